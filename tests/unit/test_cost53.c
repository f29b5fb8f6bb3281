/* test_cost53.c: the cost round of stop 53 (issue 19, exact). names_lowaddr.c's cue_tail() now
 * turns a word away by its last byte before it walks it: a cue's last word ends in one of a, e,
 * m, n, o, p, r, s, t, u (either case), in ':' or in the second byte of "à", "è", "é". That
 * table encodes the list of cue tails, so every tail must still open a street after it ("send
 * it TAIL 12 wallaby way"), in lower case, capitalised and in capitals; and the walk back over
 * the words before a number ("hauptstraße 5") still reads a word of 24 bytes and no longer one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

static void scan_of(struct sc *sc, const char *text, size_t len)
{
    memset(sc, 0, sizeof *sc);
    sc->t = (const uint8_t *)text;
    sc->len = len;
    sc->kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS;
}

/* nw_addr_lower_cued() at the first digit run of text that starts a word */
static size_t lower_cued(const char *text)
{
    struct sc sc;
    size_t len = strlen(text), i = 0, start = 0;
    scan_of(&sc, text, len);
    while (i < len && !(is_digit(sc.t[i]) && (i == 0 || !is_alnum(sc.t[i - 1]))))
        i++;
    assert_true(i < len);
    size_t d = i;
    while (d < len && is_digit(sc.t[d]))
        d++;
    return nw_addr_lower_cued(&sc, i, d, &start);
}

static void test_every_cue_tail_still_opens_a_street(void **state)
{
    (void)state;
    static const char *const tails[] = {
        "a",   "e",   "am",  "an",  "at",   "au",   "de",   "em",   "en",     "es",
        "in",  "is",  "la",  "le",  "na",   "no",   "on",   "op",   "to",     "aan",
        "der", "die", "est", "ist", "naar", "para", "into", "from", "habite",
    };
    char buf[96], tail[16];
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
        for (int form = 0; form < 3; form++) { /* lower case, capitalised, capitals */
            size_t n = strlen(tails[k]);
            for (size_t b = 0; b <= n; b++)
                tail[b] = (char)(form == 2 || (form == 1 && b == 0)
                                     ? (tails[k][b] >= 'a' && tails[k][b] <= 'z' ? tails[k][b] - 32
                                                                                 : tails[k][b])
                                     : tails[k][b]);
            snprintf(buf, sizeof buf, "please send it %s 12 wallaby way", tail);
            if (!lower_cued(buf))
                print_error("cue tail lost: %s\n", buf);
            assert_true(lower_cued(buf) != 0);
        }
    }
    /* the accented tails alone, and a label's ':' */
    assert_true(lower_cued("please send it \xc3\xa0 12 wallaby way") != 0);
    assert_true(lower_cued("please send it \xc3\xa8 12 wallaby way") != 0);
    assert_true(lower_cued("please send it \xc3\xa9 12 wallaby way") != 0);
    assert_true(lower_cued("address: 12 wallaby way") != 0);
}

static void test_words_that_end_no_cue_open_no_street(void **state)
{
    (void)state;
    assert_int_equal(lower_cued("please send it took 12 wallaby way"), 0);
    assert_int_equal(lower_cued("the deployment took 42 seconds. "), 0);
    assert_int_equal(lower_cued("please send it \xc3\xb6 12 wallaby way"), 0);
    assert_int_equal(lower_cued("please send it; 12 wallaby way"), 0);
}

static void test_the_name_first_walk_reads_a_word_of_24_bytes(void **state)
{
    (void)state;
    assert_true(lower_cued("ich wohne in der hauptstra\xc3\x9f"
                           "e 5 in berlin") != 0);
    /* 17 letters and "strasse": 24 bytes, read; one letter more is past the walk's bound */
    assert_true(lower_cued("send it to abcdefghijklmnopqstrasse 5") != 0);
    assert_int_equal(lower_cued("send it to abcdefghijklmnopqrstrasse 5"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_cue_tail_still_opens_a_street),
        cmocka_unit_test(test_words_that_end_no_cue_open_no_street),
        cmocka_unit_test(test_the_name_first_walk_reads_a_word_of_24_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
