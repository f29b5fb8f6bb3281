/* test_names_lone49.c: a lone given name that its line makes a thing (names_lone49.c,
 * names_cities.c), through the default packs: a letter's dateline ("Valencia, 21/10/2022" on a line
 * of its own), a cell of a pipe table under a column head that names a thing ("| Clio |" under "|
 * Modell |"), a town that is a given name after a Polish or Czech "in" ("w Adelaide"); each beside
 * the lone given names that are people and must stay: the letter's greeting and signature, a list
 * of people with their births, a driver's column, a speaker. Each case lists every finding
 * ("TYPE=value;..."), so a widened rule shows what it takes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_a_letters_dateline_is_a_place(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Valencia, 21/10/2022\n\nHola Lucía,\n\nlas cajas ya salieron.\n\nUn abrazo,\nJavier\n",
         "PERSON=Lucía;PERSON=Javier"},
        {"Nancy, le 3 mars 2023\n\nBonjour Claire,\n\nles cartons sont partis.\n\nBien à "
         "vous,\nMathieu\n",
         "PERSON=Claire;PERSON=Mathieu"},
        {"Verona, 12 maggio 2024\n\nCiao Giulia,\n\ngli scatoloni sono partiti.\n",
         "PERSON=Giulia"},
    };
    CHECK(c);
}

static void test_people_with_their_dates_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Birthdays:\nMaria, 12.03.1987\nSofia, 02.11.1990\nJonas, 14.07.1985\n\nCake on Friday.\n",
         "PERSON=Sofia;PERSON=Jonas"},
    };
    CHECK(c);
}

static void test_a_cell_under_a_things_head_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Modell | Baujahr | km |\n|---|---|---|\n| Octavia | 2019 | 151000 |\n| Stella | "
         "2023 | 34000 |\n",
         ""},
        {"| Model | Year | Driver |\n|---|---|---|\n| Octavia | 2019 | Maria Keller |\n| Stella | "
         "2023 | Jonas |\n",
         "PERSON=Maria Keller;PERSON=Jonas"},
    };
    CHECK(c);
}

static void test_a_town_after_a_polish_or_czech_in_is_a_place(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Konferencja odbędzie się w Adelaide. Dzięki, Agnieszka!", "PERSON=Dzięki, Agnieszka"},
        {"Konference se letos koná v Adelaide. Díky, Tereza!", "PERSON=Díky, Tereza"},
    };
    CHECK(c);
}

static void test_a_key_of_an_object_about_a_thing_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"models\": {\"Octavia\": {\"make\": \"Skoda\", \"price\": 21000}, \"Stella\": "
         "{\"make\": \"Subaru\", \"price\": 16000}}}",
         ""},
        {"{\"staff\": {\"Maria Keller\": {\"role\": \"nurse\", \"shift\": \"late\"}}}",
         "PERSON=Maria Keller"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_letters_dateline_is_a_place),
        cmocka_unit_test(test_people_with_their_dates_stay),
        cmocka_unit_test(test_a_cell_under_a_things_head_is_no_person),
        cmocka_unit_test(test_a_town_after_a_polish_or_czech_in_is_a_place),
        cmocka_unit_test(test_a_key_of_an_object_about_a_thing_is_no_person),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
