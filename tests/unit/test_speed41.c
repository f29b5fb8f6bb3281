/* test_speed41.c: the word lists' filter that knows a word's length (names_words.c,
 * nw_word_may(), round thirty-three). names_forms5.c's titled_caps() asks it of the word before
 * a word in capitals before folding it and looking it up as a title: it must pass every list
 * word for all its lists (as written and in capitals), and it turns "the" away from the titles
 * although "theol" is one, which the three-byte filter cannot. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

static unsigned may(const char *w, unsigned cats)
{
    return nw_word_may((const uint8_t *)w, strlen(w), cats);
}

static void test_every_list_word_passes(void **state)
{
    (void)state;
    int n = nw_audit_word_may();
    assert_true(n > 1000); /* the lists hold thousands of words */
}

static void test_titles_pass_and_the_does_not(void **state)
{
    (void)state;
    const char *const titles[] = {"dr", "Dr", "DR", "theol", "Theol", "dott", "frau", "prof"};
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
        char f[16];
        size_t n = nw_fold(titles[k], strlen(titles[k]), f, sizeof f - 1);
        f[n] = '\0';
        assert_true(nw_honorific(f));
        assert_true(may(titles[k], C_HON) != 0);
    }
    assert_false(nw_honorific("the"));
    assert_int_equal(may("the", C_HON), 0);
    assert_int_equal(may("The", C_HON), 0);
    assert_int_equal(may("", C_HON), 0);
    /* no filter where folding may change a byte of the first three, or past 31 bytes */
    assert_true(may("\xC3\x9C"
                    "ber",
                    C_HON) != 0);
    assert_true(may("abcdefghijklmnopqrstuvwxyzabcdefgh", C_HON) != 0);
}

/* The rule that asks it: a title before a surname in capitals is still found ("the" before a
 * word in capitals is not). */
static int collect(void *arg, int kind, size_t s, size_t e)
{
    char *out = arg;
    if (kind == ANON_NAMES_PERSON)
        snprintf(out + strlen(out), 256 - strlen(out), "[%zu,%zu)", s, e);
    return 0;
}

static void test_titled_caps_still_found(void **state)
{
    (void)state;
    char got[256] = "";
    const char *t = "Bitte an Dr. med. GRAULMANN weiterleiten, nicht an the CI team.";
    anon_names_scan(t, strlen(t), 1u << ANON_NAMES_PERSON, NULL, ANON_NAMES_HINT_NONE, collect,
                    got);
    assert_non_null(strstr(got, "[18,27)")); /* GRAULMANN */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_list_word_passes),
        cmocka_unit_test(test_titles_pass_and_the_does_not),
        cmocka_unit_test(test_titled_caps_still_found),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
