/* test_names_forms44.c: the people labels of the sixteenth set's kinds of forms
 * (names_labels7_words.c), a found name's other half in a form's `SURNAME, Given`
 * (names_forms44.c) and a child's birth date in a children list (names_dobevents.c), through the
 * default packs; each beside the look-alike that must stay. Each case lists every finding
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

static void test_role_labels_of_custody_licence_and_claim_forms_name_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Collector: ANDERS LINDQVIST   2020-09-28\n", "PERSON=ANDERS LINDQVIST"},
        {"P\xc5\x99\xc3\xadjmen\xc3\xad: Proch\xc3\xa1zka\nJm\xc3\xa9no: Jana\n",
         "PERSON=Proch\xc3\xa1zka;PERSON=Jana"},
        {"Csal\xc3\xa1"
         "di n\xc3\xa9v: VARGA\nUt\xc3\xb3n\xc3\xa9v: Eszter\n",
         "PERSON=VARGA;PERSON=Eszter"},
        {"Saksbehandler: Bakke  11.03.2022\n", "PERSON=Bakke"},
        {"\xc5\x9awiadek: NOWAK, Piotr\n", "PERSON=NOWAK, Piotr"},
        {"Vormieter: Jonas Weber\nZ\xc3\xa4hlernummer: 1234567\n", "PERSON=Jonas Weber"},
    };
    CHECK(c);
}

static void test_a_role_label_without_a_person_names_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Collector: n/a\nDonor: none\n", ""},
        {"Warden: TBD\nHandler: pending\n", ""},
    };
    CHECK(c);
}

static void test_a_found_half_takes_the_other_half_of_the_field(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"07:58:12 Tor Nord GRANTED card=403988 holder=\"SILVA, Beatriz\"\n",
         "PERSON=SILVA, Beatriz"},
        {"[x] PRYCE, Callum  (visitor)\n", "PERSON=PRYCE, Callum"},
        {"Warden: DA COSTA In\xc3\xaas\n", "PERSON=DA COSTA In\xc3\xaas"},
        {"Investigator signature: Dr. BIANCHI Maria   Date: 2023-02-12\n", "PERSON=BIANCHI Maria"},
    };
    CHECK(c);
}

static void test_words_beside_a_name_that_are_no_half_of_it_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Acgecroft, B., Thornton, O., & Fairbairn, V. (2006). Gaussian processes.\n",
         "PERSON=Acgecroft, B.;PERSON=Thornton, O.;PERSON=Fairbairn, V."},
        {"Gracias, Luc\xc3\xad"
         "a, nos vemos.\n",
         ""},
        {"Consultor: Nhavasti Calumoinho, Imobili\xc3\xa1ria Lusa\n", "PERSON=Nhavasti Calumoinho"},
        {"MEDIADOR: REMAX ATL\xc3\x82NTIDA, TIAGO RIBEIRO\n", "PERSON=TIAGO RIBEIRO"},
        {"Present: ANNA KRELLOW, Jorek Vlamsted\n", "PERSON=ANNA KRELLOW;PERSON=Jorek Vlamsted"},
        {"Dog: Nala, Beagle, chip 276098100234567\n", ""},
    };
    CHECK(c);
}

static void test_a_date_after_a_child_in_a_children_list_is_a_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Children:\n1. Femke Jansen \xe2\x80\x93 04-02-2013\n2. Daan Jansen \xe2\x80\x93 "
         "12-10-2015\n",
         "PERSON=Femke Jansen;DATE_OF_BIRTH=04-02-2013;PERSON=Daan "
         "Jansen;DATE_OF_BIRTH=12-10-2015"},
        {"Kinder:\n   - Maria, 03.11.2019\n", "DATE_OF_BIRTH=03.11.2019"},
        {"Enfants \xc3\xa0 charge :\n1. Oc\xc3\xa9"
         "ane Moreau \xe2\x80\x93 22/10/2009\n",
         "PERSON=Oc\xc3\xa9"
         "ane Moreau;DATE_OF_BIRTH=22/10/2009"},
    };
    CHECK(c);
}

static void test_a_date_in_a_list_with_no_children_label_is_no_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Appointments:\n- Maria Keller, 03.11.2024\n", "PERSON=Maria Keller"},
        {"Termine:\n- Maria Keller \xe2\x80\x93 03.11.2024\n", "PERSON=Maria Keller"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_labels_of_custody_licence_and_claim_forms_name_a_person),
        cmocka_unit_test(test_a_role_label_without_a_person_names_no_one),
        cmocka_unit_test(test_a_found_half_takes_the_other_half_of_the_field),
        cmocka_unit_test(test_words_beside_a_name_that_are_no_half_of_it_stay),
        cmocka_unit_test(test_a_date_after_a_child_in_a_children_list_is_a_birth),
        cmocka_unit_test(test_a_date_in_a_list_with_no_children_label_is_no_birth),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
