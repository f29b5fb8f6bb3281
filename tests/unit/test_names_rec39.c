/* test_names_rec39.c: a person's name again with no cue (names_rec39.c, branch rec39): a word of
 * a PERSON finding is masked where the text names the person again, before or after the cue
 * (given name alone, surname alone, after a title, possessive, in brackets, in other languages);
 * and the look-alikes it must leave: the same word as an ordinary word ("Will you", "Mark the
 * invoice", "Grace period"), a month, a city that is a given name, a brand or a firm ("the Ford
 * Transit", "Keller GmbH", "Keller & Söhne"), a mail domain, a path, a longer hyphenated word. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS"
#include "names_cases.h"

static void test_a_name_again_after_its_cue_is_masked(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Owner: Marloes Huiker\nVaccine given. Huiker reports a limp.",
         "PERSON=Marloes Huiker;PERSON=Huiker"},
        {"Customer: Dertoro Whitcombe\nSurvey done with Dertoro on site.",
         "PERSON=Dertoro Whitcombe;PERSON=Dertoro"},
        {"Mieter: Holbrea Zeilinger\nTermin mit Holbrea am Dienstag. Frau Zeilinger ruft an.",
         "PERSON=Holbrea Zeilinger;PERSON=Holbrea;PERSON=Zeilinger"},
        {"Cliente: Monmone Calvo\nVisita hecha con Monmone; Calvo quiere embalar el piano.",
         "PERSON=Monmone Calvo;PERSON=Monmone;PERSON=Calvo"},
        /* the name again before the cue that shows it */
        {"Brelwin agreed to the surgery.\nOwner: Brelwin Huikersen",
         "PERSON=Brelwin;PERSON=Brelwin Huikersen"},
        /* a possessive and brackets */
        {"Tenant: Quenwick Brabley\nQuenwick's deposit is held (Brabley paid in May).",
         "PERSON=Quenwick Brabley;PERSON=Quenwick;PERSON=Brabley"},
    };
    CHECK(c);
}

static void test_words_of_a_name_that_are_other_things_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* ("Will you", "Mark the invoice", "Grace period", "due in April" after a person of
         * that given name are masked by the scanner's own memory of the names it found, as at
         * stop 39's start: not by this pass, which carries no ordinary word over) */
        {"Tenant: Florence Zeilinger\nThe team flies to Florence on Monday.",
         "PERSON=Florence Zeilinger"},
        {"Tenant: Paul Ford\nThe Ford Transit needs a new clutch.", "PERSON=Paul Ford"},
        {"Tenant: Paul Whitcombe\nThe Whitcombe Transit needs a new clutch.",
         "PERSON=Paul Whitcombe"},
        {"Kunde: Anna Brewinler\nBrewinler GmbH liefert am Montag. Brewinler & Söhne auch.",
         "PERSON=Anna Brewinler"},
        {"Contact: Anna Brewinler\nmail anna@brewinler.de or see /srv/Brewinler/docs",
         "PERSON=Anna Brewinler"},
        {"Contact: Anna Brewinler\nThe Brewinler-Stiftung pays.", "PERSON=Anna Brewinler"},
    };
    CHECK(c);
}

static void test_people_beside_the_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the person again on the line of a firm, a city, a month */
        {"Kunde: Anna Brewinler\nBrewinler GmbH liefert; Anna Brewinler unterschreibt.",
         "PERSON=Anna Brewinler;PERSON=Anna Brewinler"},
        {"Tenant: Florence Zeilinger\nZeilinger flies to Florence in April.",
         "PERSON=Florence Zeilinger;PERSON=Zeilinger"},
        /* lower case: a lower-case repeat of a capitalised name (names_rec40.c since stop 40) */
        {"Tenant: Quenwick Brabley\nbrabley paid.", "PERSON=Quenwick Brabley;PERSON=brabley"},
        /* capitals: the name in capitals is a different byte string */
        {"Mieterin: Holbrea Zeilinger\nZEILINGER ZAHLT. Zeilinger zahlt.",
         "PERSON=Holbrea Zeilinger;PERSON=Zeilinger"},
    };
    CHECK(c);
}

static void test_rec39_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Owner: Marloes Huiker\nHuiker reports a limp. Huiker");
    scan_every_prefix("Huiker\nOwner: Marloes Huiker");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_name_again_after_its_cue_is_masked),
        cmocka_unit_test(test_words_of_a_name_that_are_other_things_stay),
        cmocka_unit_test(test_people_beside_the_look_alikes_stay),
        cmocka_unit_test(test_rec39_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
