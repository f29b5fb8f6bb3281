/* test_wrap55.c: grouped values cut by a word wrap (branch wrap55,
 * contrib/bench/accuracy/notes/wrap55.md). A word-wrapping writer breaks at a space, so its lines
 * differ in length and no two show a width; the longest line (a usual width's, 56-80 columns)
 * bounds it. Where the line before the break is near it and the next word would not have fitted,
 * digit groups read across the break as the space the writer took, when the join validates as a
 * card in groups of four (Luhn), an IBAN (mod 97), a '+' phone, or an SSN in 3-2-4 named on its
 * line; each line's piece gets its own token and the break stays. The same groups under another
 * name (an order number) stay as written.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rewrite_rt.h"

#define LEAD "please check the records below after the migration and send us a short\\n"
#define TAIL " thanks, the team will close the ticket after that"

/* The round trip: an SSN broken at the space between its group and its serial (lines of 70 and
 * 68 columns, the serial would not have fitted), each piece its own token that restores exactly
 * its bytes. */
static void test_ssn_cut_by_a_word_wrap_round_trip(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN LEAD "summary before friday and so the team can close it today "
                                     "SSN: 536 22\\n8104" TAIL TOOL_CLOSE,
                      &s);
    lacks(r, "536 22");
    lacks(r, "\\n8104");
    has(r, "SSN: [US_SSN_1]\\n[US_SSN_2] thanks");
    restores(s, "[US_SSN_1]|[US_SSN_2]", "536 22|8104");
    anon_session_free(s);
    free(r);
}

/* A card's and an IBAN's groups broken at a space: a token per line's piece, the break kept
 * (before, one token swallowed the break). */
static void test_card_groups_cut_by_a_word_wrap_keep_the_break(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN LEAD "summary before friday so the team can close it card 4111 "
                                     "1111 1111\\n1111" TAIL TOOL_CLOSE,
                      &s);
    has(r, "card [CREDIT_CARD_1]\\n[CREDIT_CARD_2] thanks");
    restores(s, "[CREDIT_CARD_1]|[CREDIT_CARD_2]", "4111 1111 1111|1111");
    anon_session_free(s);
    free(r);
}

static void test_iban_groups_cut_by_a_word_wrap_keep_the_break(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN LEAD "summary before friday so the team can close it IBAN DE89 "
                                     "3704 0044\\n0532 0130 00" TAIL TOOL_CLOSE,
                      &s);
    has(r, "IBAN [IBAN_1]\\n[IBAN_2] thanks");
    restores(s, "[IBAN_1]|[IBAN_2]", "DE89 3704 0044|0532 0130 00");
    anon_session_free(s);
    free(r);
}

/* The same 3-2-4 groups under an order's name stay as written (no SSN named on the line). */
static void test_grouped_lookalike_at_a_word_wrap_stays(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN LEAD "summary before friday and so the team can close it today "
                                     "order 536 22\\n8104" TAIL TOOL_CLOSE,
                      &s);
    has(r, "order 536 22\\n8104 thanks");
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ssn_cut_by_a_word_wrap_round_trip),
        cmocka_unit_test(test_card_groups_cut_by_a_word_wrap_keep_the_break),
        cmocka_unit_test(test_iban_groups_cut_by_a_word_wrap_keep_the_break),
        cmocka_unit_test(test_grouped_lookalike_at_a_word_wrap_stays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
