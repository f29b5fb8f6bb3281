/* test_speed42.c: two exact cost changes of round thirty-four (issue 19).
 * - names_words.c's length filter nw_word_may() is filled for the titles (C_HON) alone: it still
 *   turns "the" away from the titles and passes every title, and it hands any other list back
 *   as asked (no filter, never a wrong "no").
 * - gate.c's anon_gates_maybe() asks each run's own bytes before the bits it was asked for:
 *   a bit that was not asked for stays clear, and one that was is still set where its gate
 *   says yes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include "gate_window.h"

static unsigned may(const char *w, unsigned cats)
{
    return nw_word_may((const uint8_t *)w, strlen(w), cats);
}

static void test_word_may_filters_titles_only(void **state)
{
    (void)state;
    assert_true(nw_audit_word_may() > 1000); /* every list word passes for all its lists */
    assert_int_equal(may("the", C_HON), 0);
    assert_int_equal(may("THE", C_HON), 0);
    assert_true(may("theol", C_HON) != 0);
    assert_true(may("Dr", C_HON) != 0);
    /* the other lists come back as asked, with or without the titles */
    assert_int_equal(may("the", C_LABEL), C_LABEL);
    assert_int_equal(may("the", C_HON | C_LABEL), C_LABEL);
    assert_int_equal(may("zzzq", C_PART | C_SAL), C_PART | C_SAL);
    assert_int_equal(may("dr", C_HON | C_NOT) & C_HON, C_HON);
    assert_int_equal(may("", C_LABEL), 0);
}

static unsigned maybe_of(const char *t, unsigned want)
{
    anon_window_t w;
    make_window(t, &w);
    return anon_gates_maybe(&w, want);
}

static void test_gates_maybe_honours_want(void **state)
{
    (void)state;
    const unsigned all = ANON_GB_CARD | ANON_GB_IBAN | ANON_GB_IPV4 | ANON_GB_PHONE |
                         ANON_GB_US_SSN | ANON_GB_US_ITIN | ANON_GB_SPLIT;
    /* a split card: asked, the bit is set; not asked, it stays clear */
    assert_true(maybe_of("card 4111/1111/1111/1111 ok", all) & ANON_GB_SPLIT);
    assert_true(maybe_of("card 4111/1111/1111/1111 ok", ANON_GB_SPLIT) & ANON_GB_SPLIT);
    assert_false(maybe_of("card 4111/1111/1111/1111 ok", all & ~ANON_GB_SPLIT) & ANON_GB_SPLIT);
    /* an IBAN after a space and after its country code glued */
    assert_true(maybe_of("IBAN DE89 3704 0044 0532 0130 00", ANON_GB_IBAN) & ANON_GB_IBAN);
    assert_true(maybe_of("iban:DE89370400440532013000", ANON_GB_IBAN) & ANON_GB_IBAN);
    assert_false(maybe_of("IBAN DE89 3704 0044 0532 0130 00", all & ~ANON_GB_IBAN) & ANON_GB_IBAN);
    assert_false(maybe_of("iban:DE89370400440532013000", all & ~ANON_GB_IBAN) & ANON_GB_IBAN);
    /* an SSN of nine digits and one split by dashes */
    assert_true(maybe_of("SSN 536228726", ANON_GB_US_SSN) & ANON_GB_US_SSN);
    assert_true(maybe_of("ssn 536-22-8726", ANON_GB_US_SSN) & ANON_GB_US_SSN);
    assert_int_equal(maybe_of("SSN 536228726", ANON_GB_CARD) & (ANON_GB_US_SSN | ANON_GB_US_ITIN),
                     0);
    /* the PII-free prose of bench_rewrite: nothing, whatever is asked */
    assert_int_equal(maybe_of("The deployment at 2024-05-01T10:22:33Z used commit "
                              "9f8e7d6c5b4a and took 42 seconds.",
                              all),
                     0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_may_filters_titles_only),
        cmocka_unit_test(test_gates_maybe_honours_want),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
