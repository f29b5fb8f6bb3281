/* test_names_forms6.c: PERSON in business documents where the walk's runs do not reach it
 * (names_forms6.c): an attention mark or a party label at a line's start in each locale, with the
 * name lower case, in capitals or as an initial; the second of two parties before "(born ...)";
 * a relative in brackets; a nickname after "known as"; and the things in the same places (a firm
 * above an attention line, a vehicle, an office, a quantity's product) left alone. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_attention_marks_of_each_locale_name_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Invoice 12\nAttn wytharley calbraford\nTotal 40", "PERSON=wytharley calbraford"},
        {"Rechnung\nz. Hd. H. Walrud\nBetrag 40", "PERSON=H. Walrud"},
        {"Rechnung\nz.Hd. Trabert Trarud\nBetrag 40", "PERSON=Trabert Trarud"},
        {"Facture\nÀ l'att. de Loutriac Benbenette\nTotal 40", "PERSON=Loutriac Benbenette"},
        {"Factuur\nt.a.v. DELFORD LINWORTH\nTotaal 40", "PERSON=DELFORD LINWORTH"},
        {"Factura\nAt. Quiferela Mirueta\nTotal 40", "PERSON=Quiferela Mirueta"},
        {"Fattura\nc.a. Ludetta Solucci\nTotale 40", "PERSON=Ludetta Solucci"},
        {"Fatura\nA/C tavoso ronzeira\nTotal 40", "PERSON=tavoso ronzeira"},
        /* the same marks before what is no person */
        {"Notes\nA/C repair done\nok", ""},
        {"Notes\nAttn: see below\nok", ""},
    };
    CHECK(c);
}

static void test_party_labels_take_any_case(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Other driver: haysa geelridge (4-17-1951)\nx", "PERSON=haysa geelridge"},
        {"Assigned adjuster: N. Delcott\nx", "PERSON=N. Delcott"},
        {"Unfallgegner: gisöhild grerühausen\nx", "PERSON=gisöhild grerühausen"},
        {"Témoin: élodie marvaudet\nx", "PERSON=élodie marvaudet"},
        {"Behandelaar: B. Smitveld\nx", "PERSON=B. Smitveld"},
        {"Perito asignado: M. Luariorado de Solegualón\nx", "PERSON=M. Luariorado de Solegualón"},
        {"Testemunha: QUINOSO TAVEIRA\nx", "PERSON=QUINOSO TAVEIRA"},
        {"Prescriber: DR H. ROBWELL\nx", "PERSON=H. ROBWELL"},
        /* the same labels before no one, or a firm */
        {"Witness: none\nx", ""},
        {"Tomador: Grupo Altamira Seguros\nx", ""},
    };
    CHECK(c);
}

static void test_pairs_kin_and_nicknames(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tenants: Jessica Okafor (born 3/4/85) & quneenock mcbraywick (born 7/8/87)",
         "PERSON=Jessica Okafor;DATE_OF_BIRTH=3/4/85;PERSON=quneenock "
         "mcbraywick;DATE_OF_BIRTH=7/8/87"},
        {"Key safe code with family (Brittany, daughter).", "PERSON=Brittany"},
        {"Chiave presso la famiglia (Ludetta, figlia).", "PERSON=Ludetta"},
        {"Witness: none\nRP states that a male known to her as Deb forced entry.", "PERSON=Deb"},
        {"Getuige: geen\nAangeefster verklaart dat een man die zij kent als Bas binnenkwam.",
         "PERSON=Bas"},
        /* brackets without a kin word, and "known as" before a lower-case word */
        {"Delivered (Monday, morning).", ""},
        {"a method known as caching", ""},
    };
    CHECK(c);
}

static void test_things_in_party_places_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Bill to:\nFerrero\nAttn Siew Lan Chua\n", "PERSON=Siew Lan Chua"},
        {"Vehicle: Porsche Cayenne.\n", ""},
        {"Insurer: Albert Heijn\n", ""},
        {"1 × Oscar Mayer  9,99\n", ""},
        {"Appliances: Mrs. Butterworth's.\n", ""},
        {"Appliances: Dr Pepper.\n", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each signal is scanned without reading past its end (under ASan). */
static void test_every_forms6_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Bill to:\nFerrero\nz. Hd. H. Walrud\nÀ l'att. de X. Y\nOther driver: a b "
                      "(x)\nTenants: A B (born 1) & c d (born 2)\n(Hanna, daughter)\nknown to "
                      "her as Deb\n1 × Opel Astra\nVehicle: Fiat Tipo");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attention_marks_of_each_locale_name_a_person),
        cmocka_unit_test(test_party_labels_take_any_case),
        cmocka_unit_test(test_pairs_kin_and_nicknames),
        cmocka_unit_test(test_things_in_party_places_are_no_person),
        cmocka_unit_test(test_every_forms6_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
