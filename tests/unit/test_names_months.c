/* test_names_months.c: a given name that the word lists keep from names (a month: "Jan",
 * "April", "Julio", "Mei"; a product or city: "Claude", "Hugo", "Julia", "Paris"; a country:
 * "Jordan", "India") opens a full name when a name-shaped word follows, perhaps after a particle
 * ("Jan de Vries"); dates, products, places and storms stay words (names.c, listed_given and
 * s->thing_first). Before, person_at() took every such run for a place ("New Zealand") and
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

static void test_listed_given_names_open_full_names(void **state)
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

static void test_product_and_city_given_names_open_full_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: Claude Dubois", "PERSON=Claude Dubois"},
        {"Julia Schmidt called about the invoice.", "PERSON=Julia Schmidt"},
        {"Please forward this to Pascal Lefebvre before Friday.", "PERSON=Pascal Lefebvre"},
        {"Dear Hugo Martin,", "PERSON=Hugo Martin"},
        {"Paris Nakamura called about the invoice.", "PERSON=Paris Nakamura"},
        {"Name: Jordan Whitfield", "PERSON=Jordan Whitfield"},
        {"Patient: India Okonjo", "PERSON=India Okonjo"},
    };
    CHECK(c);
}

static void test_products_places_and_storms_stay_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"We use Claude Code and Claude Opus daily; Claude Sonnet 4 is cheaper.", ""},
        {"Upgrade to Claude Max for more usage.", ""},
        {"Compare Gemini Nano with Gemini Pro.", ""},
        {"Wearing Hugo Boss to the interview.", ""},
        {"Storm Eunice closed the port.", ""},
        {"The Jordan River flows south.", ""},
        {"Ada Lovelace was the first programmer.", ""},
        {"I flew from Santa Cruz to San Diego.", ""},
    };
    CHECK(c);
}

static void test_month_runs_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Mr Jan de Vries; Julio Fernández; Jan Feb Mar; June 2024; May Day; "
                      "Claude Dubois; Claude Code; Storm Eunice; Name: Jordan Whitfield");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_listed_given_names_open_full_names),
        cmocka_unit_test(test_months_in_dates_and_titles_stay_words),
        cmocka_unit_test(test_product_and_city_given_names_open_full_names),
        cmocka_unit_test(test_products_places_and_storms_stay_words),
        cmocka_unit_test(test_month_runs_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
