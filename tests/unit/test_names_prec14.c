/* test_names_prec14.c: the last look at every PERSON finding (names_prec14.c, branch prec14): an
 * animal before its species or breed ("Rocky (Beagle, 6 y)", "Luna     Katze   4"), a firm before
 * its legal form or after its trade noun ("Perrin SARL", "Bäckerei Hofmann"), a work on a title
 * key's line and an author after "by"/"von"/"de" in a text about reading are not people; the
 * owners, contacts, borrowers and hosts in the same layouts stay people. */
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

static void test_animal_before_its_species_or_breed_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: Rocky (Beagle, 6 y)\nOwner: Grace Thornton", "PERSON=Grace Thornton"},
        {"Patiënt: Pepper, hond, geb. 06-08-2016\nEigenaar: Ilse Dekker", "PERSON=Ilse Dekker"},
        {"NAME     SPECIES  OWNER\nLuna     cat      Hannah Barlow\n", "PERSON=Hannah Barlow"},
    };
    CHECK(c);
}

static void test_people_before_pet_words_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Thanks, Anna Keller (cat sitter) will come at six.", "PERSON=Anna Keller"},
        {"Patient: Rocky (Beagle, 6 y)\nOwner: Grace Thornton (dog walker)",
         "PERSON=Grace Thornton"},
    };
    CHECK(c);
}

static void test_firm_with_legal_form_or_trade_noun_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Client : Perrin SARL\nInterlocuteur : Mathieu Lemoine", "PERSON=Mathieu Lemoine"},
        {"Kunde: Bäckerei Hofmann\nAnsprechpartner: Florian Seidel", "PERSON=Florian Seidel"},
        {"Cliente: Ferretería Ruiz\nPersona de contacto: Elena Vidal", "PERSON=Elena Vidal"},
    };
    CHECK(c);
}

static void test_people_before_possessives_and_french_sa_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Pierre Martin, sa femme et leurs enfants arrivent demain.", "PERSON=Pierre Martin"},
    };
    CHECK(c);
}

static void test_work_and_author_in_reading_text_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"HOLD READY\nHannah Barlow\nItem: Atonement / Ian McEwan\nCollect by 12 March",
         "PERSON=Hannah Barlow"},
        {"Book club, autumn: Wolf Hall by Hilary Mantel. Hosted by Grace Thornton.",
         "PERSON=Grace Thornton"},
        {"VORMERKUNG\nPetra Seidel\nTitel: Tschick / Wolfgang Herrndorf", "PERSON=Petra Seidel"},
        {"Book club, spring: Atonement by Ian McEwan, then Les Misérables by Victor Hugo. Hosted "
         "by Grace Thornton.",
         "PERSON=Grace Thornton"},
    };
    CHECK(c);
}

static void test_authors_of_reports_outside_reading_text_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The incident report by Anna Keller is attached.", "PERSON=Anna Keller"},
        /* a form's honorific field, and a person inside an item's value, are no work's title */
        {"Title: Mrs   Name: Maria Keller   Phone: none", "PERSON=Maria Keller"},
        {"Title: Dr. Jonas Weber", "PERSON=Jonas Weber"},
        {"Item: gift for Anna Schmidt", "PERSON=Anna Schmidt"},
    };
    CHECK(c);
}

static void test_reply_words_and_lower_case_relations_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Assistant: Namen und Geburtsdaten bitte.\n\nUser: Klar, hier:\n1. mein Mann: Uwe "
         "Seidel, 15/05/1974",
         "PERSON=Uwe Seidel;DATE_OF_BIRTH=15/05/1974"},
        {"User: Hier:\n1. Lotte Dekker, 24.11.1965\n2. mijn vrouw: Ilse Verhoeven, 19-10-1967",
         "PERSON=Lotte Dekker;PERSON=Ilse Verhoeven"},
    };
    CHECK(c);
}

static void test_lower_case_names_after_a_cue_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ping jonas or dijdija when it's merged", "PERSON=jonas;PERSON=dijdija"},
    };
    CHECK(c);
}

static void test_prec14_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Patient: Rocky (Beagle, 6 y)\nOwner: Grace Thornton");
    scan_every_prefix("Kunde: Bäckerei Hofmann & Söhne GmbH");
    scan_every_prefix("Book club: Wolf Hall by Hilary Mantel");
    scan_every_prefix("User: Voilà :\n- ma mère (Élise Colin)");
    scan_every_prefix("Book club: Patria, de Fernando Aramburu, ");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_animal_before_its_species_or_breed_is_no_person),
        cmocka_unit_test(test_people_before_pet_words_stay),
        cmocka_unit_test(test_firm_with_legal_form_or_trade_noun_is_no_person),
        cmocka_unit_test(test_people_before_possessives_and_french_sa_stay),
        cmocka_unit_test(test_work_and_author_in_reading_text_are_no_person),
        cmocka_unit_test(test_authors_of_reports_outside_reading_text_stay),
        cmocka_unit_test(test_reply_words_and_lower_case_relations_are_no_person),
        cmocka_unit_test(test_lower_case_names_after_a_cue_stay),
        cmocka_unit_test(test_prec14_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
