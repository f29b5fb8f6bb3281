/* test_names_dob12.c: dates of birth shown by their place beside a person (names_dob12.c): in
 * or after a person's cell of a case table whose column says nothing else, in the bracket after
 * a name, in the cell after an e-mail or phone cell, before a birth verb later in the sentence,
 * after "Name, s. ". The same places holding a future date, a date under a header that names
 * another event, or a date beside recent dates in its column stay dates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_SKIP_TYPE "PERSON"
#include "names_cases.h"

static void test_case_table_cells(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Okafor, Chidi, 04/03/1987 | asylum | open |\n", "DATE_OF_BIRTH=04/03/1987"},
        {"| Okafor, Chidi | 1987-03-04 | asylum | open |\n", "DATE_OF_BIRTH=1987-03-04"},
        {"| Client |  | Matter |\n|---|---|---|\n| Keller, Maria | 03.04.1961 | tenancy |\n",
         "DATE_OF_BIRTH=03.04.1961"},
        {"Keller;Maria;1987-03-04;gold\n", "DATE_OF_BIRTH=1987-03-04"},
    };
    CHECK(c);
}

static void test_case_table_events_stay_dates(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a future hearing */
        {"| Okafor, Chidi | 2099-03-04 | asylum | open |\n", ""},
        /* the header names the event */
        {"| Client | Hearing | Matter |\n|---|---|---|\n| Keller, Maria | 03.04.1999 | tenancy |\n",
         ""},
        {"| Client / Hearing | Matter |\n|---|---|\n| Keller, Maria, 03.04.1999 | tenancy |\n", ""},
        /* the column's row above holds a future date */
        {"| Keller, Maria | 03.04.2099 | tenancy |\n| Vogt, Lena | 03.05.1999 | tenancy |\n", ""},
        /* prose before the date is no name's cell */
        {"| the hearing was moved, 04/03/1999 | open |\n", ""},
    };
    CHECK(c);
}

static void test_bracket_after_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Applicant: Maria Keller (3 Mar 1987), employed since 2015.", "DATE_OF_BIRTH=3 Mar 1987"},
        {"Rückruf Ivanova (04.03.1987) wegen Umschuldung.", "DATE_OF_BIRTH=04.03.1987"},
        /* an appointment in the future */
        {"Meeting with Maria Keller (04.03.2099) to sign.", ""},
        /* a bracket that holds more than the date */
        {"Maria Keller (seit 04.03.1987)", ""},
    };
    CHECK(c);
}

static void test_cell_after_contact(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"40001;Lena;Vogt;lena.vogt@example.com;1979-11-02;gold\n", "DATE_OF_BIRTH=1979-11-02"},
        {"40001\tLena\tVogt\t120\t+49 151 23456789\t02.11.1979\tgold\n",
         "DATE_OF_BIRTH=02.11.1979"},
        /* a last login, with its header */
        {"id;first;last;email;last_login;tier\n40001;Lena;Vogt;lena.vogt@example.com;1999-11-"
         "02;gold\n",
         ""},
        {"40001;Lena;Vogt;lena.vogt@example.com;2099-11-02;gold\n", ""},
    };
    CHECK(c);
}

static void test_birth_verb_later_in_the_sentence(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Das Datum ist der 13.04.1992, an dem Tag ist Ulul Efphosen geboren.",
         "DATE_OF_BIRTH=13.04.1992"},
        {"El 14 de mayo de 1984, ese día nació Lucía Navarro.", "DATE_OF_BIRTH=14 de mayo de 1984"},
        {"Hi,\n\n16.12.1966 is when she was born.", "DATE_OF_BIRTH=16.12.1966"},
        {"Sabine Hartmann, s. 28.09.1961, ist die Mutter.", "DATE_OF_BIRTH=28.09.1961"},
        /* the sentence ends before the verb */
        {"Das Spiel war am 13.04.1992. Danach ist Lena geboren.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_table_cells),
        cmocka_unit_test(test_case_table_events_stay_dates),
        cmocka_unit_test(test_bracket_after_a_name),
        cmocka_unit_test(test_cell_after_contact),
        cmocka_unit_test(test_birth_verb_later_in_the_sentence),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
