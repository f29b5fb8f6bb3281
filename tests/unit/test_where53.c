/* test_where53.c: identifiers where a detector did not look (branch where53,
 * contrib/bench/accuracy/notes/where53.md). A card's key in another language labels its number
 * and its groups ("kartennummer", "numero_carta"), a tail after a tail too
 * ("kortin_numero_groups"); a value split over two strings of an array ("5538 4815", "2969 4962")
 * is offered whole (json_rewrite.c digit_group, rewrite_array.c); a birth date as its numbers
 * under a birth key ([1987, 3, 12], {"y": 1987, "m": 3, "d": 12}) becomes DATE_OF_BIRTH tokens
 * (rewrite_parts53.c). A value as a JSON key is masked as a key and restored. Look-alikes in the
 * same shapes stay (the key round trip is the behaviour main had: kept here as the check). */
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

#define GEMINI_FR_OPEN                                                                             \
    "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"g\","          \
    "\"response\":"
#define GEMINI_FR_CLOSE "}}]}]}"

static void test_card_groups_under_a_german_key_masked_and_restored(void **st)
{
    (void)st;
    /* 4539 1488 3436 4670 passes Luhn */
    const char *body = GEMINI_FR_OPEN "{\"kartennummer_parts\":[4539,1488,3436,4670],"
                                      "\"version\":[4,11,2]}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "4539,1488");
    has(r, "[\"[CREDIT_CARD_1]\",\"[CREDIT_CARD_2]\",\"[CREDIT_CARD_3]\",\"[CREDIT_CARD_4]\"]");
    has(r, "\"version\":[4,11,2]");
    restores(s, "[CREDIT_CARD_1] [CREDIT_CARD_2] [CREDIT_CARD_3] [CREDIT_CARD_4]",
             "4539 1488 3436 4670");
    anon_session_free(s);
    free(r);
}

static void test_card_groups_under_italian_and_swedish_keys_masked(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"numero_carta\":[4539,1488,3436,4670],"
                                      "\"kortnummer\":[\"4539\",\"1488\",\"3436\",\"4670\"],"
                                      "\"order_id\":[4000,1234,56]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "4539,1488");
    lacks(r, "\"4539\",\"1488\"");
    has(r, "\"order_id\":[4000,1234,56]");
    free(r);
}

static void test_tail_after_a_tail_labels_the_groups(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"kortin_numero_groups\":[4539,1488,3436,4670]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "4539,1488");
    free(r);
}

static void test_card_split_over_two_strings_masked_and_restored(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"card\":[\"4539 1488\",\"3436 4670\"],"
                                      "\"order_parts\":[\"ORD-2025\",\"000173\"]}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "4539 1488");
    lacks(r, "3436 4670");
    has(r, "\"card\":[\"[CREDIT_CARD_1]\",\"[CREDIT_CARD_2]\"]");
    has(r, "[\"ORD-2025\",\"000173\"]");
    restores(s, "[CREDIT_CARD_1] [CREDIT_CARD_2]", "4539 1488 3436 4670");
    anon_session_free(s);
    free(r);
}

static void test_iban_and_phone_split_over_two_strings_masked(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"iban\":[\"DE89 3704 0044\",\"0532 0130 00\"],"
                                      "\"telefon\":[\"+49 151\",\"2345 6789\"]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "3704 0044");
    lacks(r, "2345 6789");
    free(r);
}

static void test_phone_as_country_code_and_number_masked(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"telefon\":[49,15123456789],"
                                      "\"resolution\":[1920,1080]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "15123456789");
    has(r, "\"telefon\":[\"[PHONE_1]\",\"[PHONE_2]\"]");
    has(r, "[1920,1080]");
    free(r);
}

static void test_birth_array_under_birth_key_masked_and_restored(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"geburtsdatum\":[1987,3,12],"
                                      "\"created\":[2024,3,12]}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "[1987,3,12]");
    has(r, "\"geburtsdatum\":[\"[DATE_OF_BIRTH_1]\",\"[DATE_OF_BIRTH_2]\","
           "\"[DATE_OF_BIRTH_3]\"]");
    has(r, "\"created\":[2024,3,12]");
    restores(s, "[DATE_OF_BIRTH_1]-[DATE_OF_BIRTH_2]-[DATE_OF_BIRTH_3]", "1987-3-12");
    anon_session_free(s);
    free(r);
}

static void test_birth_parts_object_masked_other_dates_stay(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"date_of_birth\":{\"y\":1987,\"m\":3,\"d\":12},"
                                      "\"released\":{\"y\":2021,\"m\":3,\"d\":12},"
                                      "\"dob\":[12,40,1987]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    has(r, "\"date_of_birth\":{\"y\":\"[DATE_OF_BIRTH_1]\",\"m\":\"[DATE_OF_BIRTH_2]\","
           "\"d\":\"[DATE_OF_BIRTH_3]\"}");
    has(r, "\"released\":{\"y\":2021,\"m\":3,\"d\":12}");
    has(r, "\"dob\":[12,40,1987]"); /* no valid date */
    free(r);
}

static void test_dates_keying_a_birth_index_masked(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"by_dob\":{\"1987-03-12\":{\"count\":2}},"
                                      "\"by_day\":{\"2024-03-12\":{\"count\":2}}}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    has(r, "{\"by_dob\":{\"[DATE_OF_BIRTH_1]\":{\"count\":2}}");
    has(r, "\"2024-03-12\"");
    restores(s, "[DATE_OF_BIRTH_1]", "1987-03-12");
    anon_session_free(s);
    free(r);
}

static void test_values_as_keys_masked_and_restored(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"accounts\":{\"anna.keller@posteo.de\":\"admin\","
                                      "\"4539148834364670\":{\"limit\":5000},"
                                      "\"ORD-2025-400858\":{\"note\":\"ok\"}}}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    has(r, "{\"[EMAIL_1]\":\"admin\",\"[CREDIT_CARD_1]\":{\"limit\":5000}");
    has(r, "\"ORD-2025-400858\"");
    restores(s, "[EMAIL_1] owns [CREDIT_CARD_1]", "anna.keller@posteo.de owns 4539148834364670");
    anon_session_free(s);
    free(r);
}

static void test_word_lists_are_no_digit_groups(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"card\":[\"machine learning\",\"data\"],"
                                      "\"tags\":[\"v 1.2\",\"A B C\"]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    has(r, "[\"machine learning\",\"data\"]");
    has(r, "[\"v 1.2\",\"A B C\"]");
    free(r);
}

/* the split walk's helpers (split.c) decide the same: every call its own block */
static void test_split_walk_takes_the_same_parts(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"card\":[\"4539 1488\",\"3436 4670\"],\"telefon\":[49,15123456789],"
                       "\"dob\":{\"y\":1987,\"m\":3,\"d\":12},\"geburtsdatum\":[1987,3,12],"
                       "\"by_dob\":{\"1990-01-02\":1},\"name\":\"Anna Keller\"}" GEMINI_FR_CLOSE;
    char *seq = rewrite(body, NULL);
    lacks(seq, "3436 4670");
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
        cmocka_unit_test(test_card_groups_under_a_german_key_masked_and_restored),
        cmocka_unit_test(test_card_groups_under_italian_and_swedish_keys_masked),
        cmocka_unit_test(test_tail_after_a_tail_labels_the_groups),
        cmocka_unit_test(test_card_split_over_two_strings_masked_and_restored),
        cmocka_unit_test(test_iban_and_phone_split_over_two_strings_masked),
        cmocka_unit_test(test_phone_as_country_code_and_number_masked),
        cmocka_unit_test(test_birth_array_under_birth_key_masked_and_restored),
        cmocka_unit_test(test_birth_parts_object_masked_other_dates_stay),
        cmocka_unit_test(test_dates_keying_a_birth_index_masked),
        cmocka_unit_test(test_values_as_keys_masked_and_restored),
        cmocka_unit_test(test_word_lists_are_no_digit_groups),
        cmocka_unit_test(test_split_walk_takes_the_same_parts),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
