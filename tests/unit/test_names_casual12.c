/* test_names_casual12.c: people in casual chat text (branch casual12): the other half of a pair
 * of lower-case names joined by a conjunction ("lunch met pieter of sanne", "ping jonas or
 * dijdija"), and lower-case sign-offs after a comma or a dash ("thx, jonas", "cheers -- priya");
 * teams, models, hosts and replies in the same shapes stay ("meeting with sales and marketing",
 * "ask gpt or claude", "danke, gemergt"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"

#include "names_cases.h"

static void test_lower_case_pairs_after_a_cue_are_both_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ping jonas or dijdija when it's merged", "PERSON=jonas;PERSON=dijdija"},
        {"frag lena und tobias wegen dem release", "PERSON=lena;PERSON=tobias"},
        {"lunch met pieter of sanne om 12", "PERSON=pieter;PERSON=sanne"},
    };
    CHECK(c);
}

static void test_lower_case_pairs_of_words_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"meeting with sales and marketing tomorrow", ""},
        {"ask gpt or claude for a summary", ""},
        {"reunión con contabilidad y soporte mañana", ""},
        {"ping google.com and retry", ""},
        {"meeting with jonas and the team tomorrow", "PERSON=jonas"},
    };
    CHECK(c);
}

static void test_lower_case_sign_offs_after_a_comma_or_dash(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"thx, jonas", "PERSON=jonas"},
        {"cheers -- priya", "PERSON=priya"},
        {"danke, tobias", "PERSON=tobias"},
        {"grazie, davide", "PERSON=davide"},
    };
    CHECK(c);
}

static void test_lower_case_replies_after_thanks_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"danke, gemergt", ""},     {"gracias, mergeado", ""},        {"thanks, everyone", ""},
        {"cheers -- the team", ""}, {"thx, jonas will merge it", ""},
    };
    CHECK(c);
}

static void test_casual12_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("meeting with dijdija and jonas tomorrow");
    scan_every_prefix("cheers -- priya");
    scan_every_prefix("lucía y javier");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lower_case_pairs_after_a_cue_are_both_people),
        cmocka_unit_test(test_lower_case_pairs_of_words_stay),
        cmocka_unit_test(test_lower_case_sign_offs_after_a_comma_or_dash),
        cmocka_unit_test(test_lower_case_replies_after_thanks_stay),
        cmocka_unit_test(test_casual12_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
