/* test_names_months.c: a given name that is also a month's name ("Jan", "April", "June",
 * "Julio", "August", "Mei", "Mar") opens a full name when a name-shaped word follows, perhaps
 * after a particle ("Jan de Vries"); dates and titles of things made of months stay words
 * (names.c, month_given). Before, person_at() took such a run for a place ("New Zealand") and
 * dropped it, even after "Mr" or "Name:". */
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

static void test_month_given_names_open_full_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Contact: Jan Smeets", "PERSON=Jan Smeets"},
        {"Dear Jan de Vries,", "PERSON=Jan de Vries"},
        {"Mr Jan Vermeulen will call.", "PERSON=Jan Vermeulen"},
        {"Sr. Julio Fernández llamó ayer.", "PERSON=Julio Fernández"},
        {"Herr August Müller hat angerufen.", "PERSON=August Müller"},
        {"Name: May Chen", "PERSON=May Chen"},
        {"April Okafor called about the invoice.", "PERSON=April Okafor"},
        {"Regards,\nJune Okonkwo", "PERSON=June Okonkwo"},
        {"Cliente: Mar Ortega", "PERSON=Mar Ortega"},
        {"Contactpersoon: Mei de Boer", "PERSON=Mei de Boer"},
    };
    CHECK(c);
}

static void test_months_in_dates_and_titles_stay_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Revenue by month: Jan Feb Mar Apr", ""},
        {"We released it in June 2024.", ""},
        {"the May Day parade", ""},
        {"March Madness brackets are out", ""},
        {"Deadline: Jan 5", ""},
        {"The April Fools prank worked.", ""},
        {"Q3 Review: June Planning Session", ""},
        {"Meeting on August Bank Holiday", ""},
        {"Release: May Update", ""},
        {"Agenda: Jan Review", ""},
    };
    CHECK(c);
}

static void test_month_runs_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Mr Jan de Vries; Julio Fernández; Jan Feb Mar; June 2024; May Day");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_month_given_names_open_full_names),
        cmocka_unit_test(test_months_in_dates_and_titles_stay_words),
        cmocka_unit_test(test_month_runs_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
