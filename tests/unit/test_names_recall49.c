/* test_names_recall49.c: lone given names behind a cue and lower-case role tables (branch
 * recall49): lower-case `given surname` cells under a Markdown header that only a label names
 * (`Owner`, `Huurder`), the same under psql and mysql grids whose rule lines hold '+'; kin
 * nouns and greetings of sv, da, no, pl, cs; and the same cues before things that name no one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#include "names_cases.h"

static void test_lower_case_cells_under_role_heads(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Ticket | Owner | Status |\n|---|---|---|\n| #4411 | derwen brantorby | open |",
         "PERSON=derwen brantorby"},
        {" id | huurder | huur\n----+------------------+------\n  1 | derwen brantorby | 980",
         "PERSON=derwen brantorby"},
        {"+----+------------------+\n| id | assignee         |\n+----+------------------+\n| 1  | "
         "derwen brantorby |\n+----+------------------+\n",
         "PERSON=derwen brantorby"},
        {"| Ticket | Owner | Status |\n|---|---|---|\n| #4411 | platform team | open |", ""},
        {" id | owner | state\n----+---------------+------\n  1 | unassigned | open", ""},
    };
    CHECK(c);
}

static void test_kin_nouns_and_greetings_of_more_languages(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Min syster Linnea kommer på fredag.", "PERSON=Linnea"},
        {"Moja siostra Zosia przyjeżdża w piątek.", "PERSON=Zosia"},
        {"Hej Birgitta, här är offerten.", "PERSON=Birgitta"},
        {"Hej allihopa, kort uppdatering.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lower_case_cells_under_role_heads),
        cmocka_unit_test(test_kin_nouns_and_greetings_of_more_languages),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
