/* test_names_bounds.c: the NAMES pack's walks stay inside the text (what fuzz_names found).
 *
 * Each text is scanned from a copy that ends at the end of a readable page, the next page
 * PROT_NONE, and again from a copy that starts at a page whose previous page is PROT_NONE: a read
 * one byte past the end or before the start faults in any build, not only under ASan. A test per
 * fuzz find, with the findings the text must still give.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

static anon_engine_t *eng; /* the NAMES pack alone */

static int setup(void **state)
{
    (void)state;
    const char *packs[] = {"NAMES"};
    anon_config_t cfg = {.packs = packs, .npacks = 1};
    char err[256];
    eng = anon_engine_new(&cfg, err, sizeof err);
    return eng ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(eng);
    return 0;
}

/* text copied against a guard page: after it (at_end) or before it; len < one page */
static char *guarded(const char *text, size_t len, int at_end, void **map, size_t *maplen)
{
    size_t pg = (size_t)sysconf(_SC_PAGESIZE);
    assert_true(len < pg);
    *maplen = 2 * pg;
    uint8_t *m = mmap(NULL, *maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    assert_true(m != MAP_FAILED);
    *map = m;
    if (at_end) {
        assert_int_equal(mprotect(m + pg, pg, PROT_NONE), 0);
        memcpy(m + pg - len, text, len);
        return (char *)m + pg - len;
    }
    assert_int_equal(mprotect(m, pg, PROT_NONE), 0);
    memcpy(m + pg, text, len);
    return (char *)m + pg;
}

/* the findings of text ("TYPE=value;..."), scanned from both guarded copies */
static void check_guarded(const char *text, const char *want)
{
    size_t len = strlen(text);
    for (int at_end = 0; at_end < 2; at_end++) {
        void *map;
        size_t maplen;
        char *c = guarded(text, len, at_end, &map, &maplen);
        anon_finding_t *f = NULL;
        size_t n = 0, o = 0;
        char got[1024] = "";
        assert_int_equal(anon_find(eng, c, len, &f, &n), 0);
        for (size_t i = 0; i < n; i++)
            o += (size_t)snprintf(got + o, sizeof got - o, "%s%s=%.*s", o ? ";" : "",
                                  anon_engine_type_name(eng, f[i].type),
                                  (int)(f[i].end - f[i].start), c + f[i].start);
        free(f);
        munmap(map, maplen);
        if (strcmp(got, want) != 0)
            print_error("text: %s\n  want: %s\n  got:  %s\n", text, want, got);
        assert_string_equal(got, want);
    }
}

/* names_postblock.c nw_town_rest: "Wellington 6140" at the very end looked for "ème" after the
 * two digits of an arrondissement, four bytes where two were left */
static void test_town_then_digits_at_the_end_of_the_text(void **state)
{
    (void)state;
    check_guarded("PO Box 1234, Wellington 6140", "STREET_ADDRESS=PO Box 1234, Wellington 6140");
    check_guarded("5 rue d'Orsel, 75018 Paris 18", "STREET_ADDRESS=5 rue d'Orsel, 75018 Paris");
    check_guarded("5 rue d'Orsel, 75018 Paris 18e",
                  "STREET_ADDRESS=5 rue d'Orsel, 75018 Paris 18e");
}

/* names_places.c unnumbered_street: a capital word longer than the 40 bytes it looks for a comma
 * in ("Flatbbb... Stve") made the length of the memchr negative */
static void test_word_longer_than_the_street_window(void **state)
{
    (void)state;
    check_guarded("Flatbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb Stve", "");
    check_guarded("Queensbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb Gardens", "");
    check_guarded("Queens Gardens, Bath BS8 0YA", "STREET_ADDRESS=Queens Gardens, Bath BS8 0YA");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_town_then_digits_at_the_end_of_the_text),
        cmocka_unit_test(test_word_longer_than_the_street_window),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
