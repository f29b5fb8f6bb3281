/* test_where54.c: a value cut anywhere over the strings of one JSON array (branch where54,
 * contrib/bench/accuracy/notes/where54.md; rewrite_pieces54.c). The pieces joined as they stand
 * read as one value: each piece becomes its own token of that type and restores in place; a
 * separator string (" ", "-", "@") stays. Adjacent members of one object ("card_part1",
 * "card_part2") the same, labelled by the object's name or a member's. A birth's numbers under
 * "dob_year", "dob_month", "dob_day" (rewrite_parts53.c reads the member's own name). Births as
 * parts with '-' pieces, a card's "chunks", IBAN pieces longer than 20 bytes. Look-alikes in the
 * same shapes (order refs, a digits-only array under a neutral key, word lists, a list of e-mails)
 * stay as they were. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"

#include "rewrite_rt.h"

/* 4539 1488 3436 4670 passes Luhn */
static void test_card_cut_mid_group_masked_and_restored(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"numero_carta\":[\"4539 1488 343\",\"6 4670\"],"
                                      "\"order_ref\":[\"ORD-2026\",\"525931\"]}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "4539 1488 343");
    has(r, "\"numero_carta\":[\"[CREDIT_CARD_1]\",\"[CREDIT_CARD_2]\"]");
    has(r, "[\"ORD-2026\",\"525931\"]");
    restores(s, "[CREDIT_CARD_1][CREDIT_CARD_2]", "4539 1488 3436 4670");
    anon_session_free(s);
    free(r);
}

static void test_card_with_separator_strings_masked_separators_stay(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"card_number\":[\"4539\",\" \",\"1488\",\" \",\"3436\","
                                      "\" \",\"4670\"]}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "1488");
    has(r, "[\"[CREDIT_CARD_1]\",\" \",\"[CREDIT_CARD_2]\",\" \",\"[CREDIT_CARD_3]\",\" \","
           "\"[CREDIT_CARD_4]\"]");
    restores(s, "[CREDIT_CARD_1] [CREDIT_CARD_2] [CREDIT_CARD_3] [CREDIT_CARD_4]",
             "4539 1488 3436 4670");
    anon_session_free(s);
    free(r);
}

static void test_card_chunks_at_odd_cuts_masked(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"card_number_chunks\":[\"453914\",\"8834364670\"],"
                       "\"kartennummer\":[\"45\",\"39148834\",\"364670\"]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "8834364670");
    lacks(r, "39148834");
    free(r);
}

static void test_email_split_at_the_at_sign_masked_and_restored(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"email\":[\"anna.keller\",\"@posteo.de\"],"
                       "\"e_mail_parts\":[\"jonas.brandt\",\"@\",\"web.de\"]}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "anna.keller");
    lacks(r, "posteo.de");
    lacks(r, "jonas.brandt");
    has(r, "\"@\"");
    restores(s, "[EMAIL_1][EMAIL_2]", "anna.keller@posteo.de");
    anon_session_free(s);
    free(r);
}

static void test_ssn_and_birth_with_dash_pieces_masked(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"ssn\":[\"114\",\"-\",\"13\",\"-\",\"6170\"],"
                       "\"geburtsdatum\":[\"1986\",\"-\",\"06\",\"-\",\"16\"],"
                       "\"created\":[\"2024\",\"-\",\"02\",\"-\",\"18\"]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "6170");
    lacks(r, "1986");
    has(r, "\"-\",\"[US_SSN_2]\"");
    has(r, "[\"2024\",\"-\",\"02\",\"-\",\"18\"]");
    free(r);
}

static void test_iban_piece_longer_than_twenty_bytes_masked(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"iban\":[\"GB29 NWBK 6016 1331 926\",\"8 19\"]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "6016 1331");
    has(r, "[\"[IBAN_1]\",\"[IBAN_2]\"]");
    free(r);
}

static void test_look_alikes_cut_the_same_way_stay(void **st)
{
    (void)st;
    /* digits that join to a Luhn number under a neutral key, words, e-mails listed whole */
    const char *body =
        GEMINI_FR_OPEN "{\"ids\":[\"453914\",\"8834364670\"],\"tags\":[\"ops\",\"-\",\"billing\"],"
                       "\"build\":[\"4\",\".\",\"11\",\".\",\"2\"],\"cc\":[\"a.b@example.com\",\"c@"
                       "example.org\"]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    has(r, "[\"453914\",\"8834364670\"]");
    has(r, "[\"ops\",\"-\",\"billing\"]");
    has(r, "[\"4\",\".\",\"11\",\".\",\"2\"]");
    free(r);
}

static void test_card_over_adjacent_members_masked_and_restored(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"payment\":{\"card_part1\":\"4539 1488\","
                                      "\"card_part2\":\"3436 4670\"},\"ref\":{\"part1\":\"2026\","
                                      "\"part2\":\"000123\"}}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "4539 1488");
    has(r, "{\"card_part1\":\"[CREDIT_CARD_1]\",\"card_part2\":\"[CREDIT_CARD_2]\"}");
    has(r, "{\"part1\":\"2026\",\"part2\":\"000123\"}");
    restores(s, "[CREDIT_CARD_1] [CREDIT_CARD_2]", "4539 1488 3436 4670");
    anon_session_free(s);
    free(r);
}

static void test_ssn_and_phone_over_members_masked(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"ssn\":{\"area\":\"114\",\"group\":\"13\","
                                      "\"serial\":\"6170\"},\"contact\":{\"cc\":\"+49\","
                                      "\"subscriber\":\"151 2345678\"},\"size\":{\"w\":1920,"
                                      "\"h\":1080}}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "6170");
    lacks(r, "2345678");
    has(r, "{\"w\":1920,\"h\":1080}");
    free(r);
}

static void test_birth_parts_as_named_members_masked(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"patient\":{\"name\":\"Anna Keller\",\"dob_year\":1987,"
                                      "\"dob_month\":3,\"dob_day\":12,\"created_year\":2024,"
                                      "\"created_month\":5}}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "1987");
    has(r, "\"dob_month\":\"[DATE_OF_BIRTH_2]\"");
    has(r, "\"created_year\":2024,\"created_month\":5");
    free(r);
}

static void test_split_walk_takes_the_same_pieces(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"card\":[\"4539 1488 343\",\"6 4670\"],"
                                      "\"email\":[\"anna.keller\",\"@\",\"posteo.de\"],"
                                      "\"ssn\":[\"114\",\"-\",\"13\",\"-\",\"6170\"],"
                                      "\"pay\":{\"card_1\":\"4539 1488\",\"card_2\":\"3436 4670\"},"
                                      "\"name\":\"Anna Keller\"}" GEMINI_FR_CLOSE;
    char *seq = rewrite(body, NULL);
    lacks(seq, "6 4670");
    anon_split_test_block(1);
    for (unsigned t = 2; t <= 4; t++) {
        char *par = rewrite_par(body, t, NULL);
        assert_string_equal(par, seq);
        free(par);
    }
    anon_split_test_block(0);
    free(seq);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_card_cut_mid_group_masked_and_restored),
        cmocka_unit_test(test_card_with_separator_strings_masked_separators_stay),
        cmocka_unit_test(test_card_chunks_at_odd_cuts_masked),
        cmocka_unit_test(test_email_split_at_the_at_sign_masked_and_restored),
        cmocka_unit_test(test_ssn_and_birth_with_dash_pieces_masked),
        cmocka_unit_test(test_iban_piece_longer_than_twenty_bytes_masked),
        cmocka_unit_test(test_look_alikes_cut_the_same_way_stay),
        cmocka_unit_test(test_card_over_adjacent_members_masked_and_restored),
        cmocka_unit_test(test_ssn_and_phone_over_members_masked),
        cmocka_unit_test(test_birth_parts_as_named_members_masked),
        cmocka_unit_test(test_split_walk_takes_the_same_pieces),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
