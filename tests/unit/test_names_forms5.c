/* test_names_forms5.c: PERSON in business and case documents (names_forms5.c): the role labels
 * of invoices, pharmacy labels, lab reports, claims, police reports, tenancy agreements and HR
 * records in each locale, the animal of a veterinary record and its birth date (no person's), a
 * surname in capitals after a title or before a comma and a given name, an initial before a
 * particle, police ranks; each with the look-alike it must leave alone. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people and their births */
#include "names_cases.h"

static void test_role_labels_of_each_locale_name_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rx# 448812\nPrescriber: Velham Darmorwell\nQty: 28", "PERSON=Velham Darmorwell"},
        {"Verordnet von: Halwen Grauldorf\nMenge: 21", "PERSON=Halwen Grauldorf"},
        {"Prescripteur : Solène Marvaudet\nQté : 14", "PERSON=Solène Marvaudet"},
        {"Voorschrijver: Wamke Broeling\nAantal: 30", "PERSON=Wamke Broeling"},
        {"Médico solicitante: Quilmar Tovereda\nFecha: 2024-01-04", "PERSON=Quilmar Tovereda"},
        {"Verbalizzante: Gnadar Monlucci\nProt. n.: 44", "PERSON=Gnadar Monlucci"},
        {"Requisitado por: Tiveira Gomoado\nObrigado.", "PERSON=Tiveira Gomoado"},
        {"Tegenpartij: Stiken Hoeveling\nSchadedatum: 3 mei", "PERSON=Stiken Hoeveling"},
        /* the same labels before what is no person */
        {"Prescriber: see the attached letter", ""},
        {"Verordnet von: siehe Rückseite", ""},
    };
    CHECK(c);
}

static void test_company_labels_leave_a_firm_alone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a landlord, a tenant, a policy's holder may be a firm: the run must look like a name */
        {"Mieter: Deutsche Bahn\nRef: 22-477", ""},
        {"Verzekeringnemer: Crédit Agricole\nRef: 1", ""},
        {"Landlord: Harbour Homes\nTenant: Tom Pennington", "PERSON=Tom Pennington"},
        {"Vermieter: Brinkmann Haustechnik KG\nMieter: Jens Lüdtke", "PERSON=Jens Lüdtke"},
        /* a firm named after its owner, its trade noun first or last */
        {"Fratelli Conti ringrazia.", ""},
        {"Ansprechpartner: Nordlicht Logistik", ""},
    };
    CHECK(c);
}

static void test_vet_record_animal_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Meadowbank Veterinary Clinic\nOwner: Ifeoma Greaves\nPatient: Luna\nSpecies: Canine   "
         "Breed: Labrador Retriever\nDOB: 16/05/2017\n\nLuna presented with a limp.",
         "PERSON=Ifeoma Greaves"},
        {"Tierhalterin: Anke Öztürk\nTiername: Moppie\nTierart: Katze\nGeb.: 12.03.2019",
         "PERSON=Anke Öztürk"},
        {"Propietaria: Rocío Navarro\nMascota: Trufa\nEspecie: Perro   Raza: Podenco",
         "PERSON=Rocío Navarro"},
        /* a clinic's patient, with no species nor breed near: a person and a birth */
        {"Patient: Luna Okafor\nDOB: 16/05/1987\nWard 4",
         "PERSON=Luna Okafor;DATE_OF_BIRTH=16/05/1987"},
    };
    CHECK(c);
}

static void test_caps_surname_after_title_or_before_given_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Veterinario: Dr. MORENO\nx", "PERSON=MORENO"},
        {"Dierenarts: dr. DE BOER\nx", "PERSON=DE BOER"},
        {"Anfordernder Arzt: Dr. med. GRAULMANN\nx", "PERSON=GRAULMANN"},
        {"Patient: THWAHAMSENLEY, Belock   Sex: F", "PERSON=THWAHAMSENLEY, Belock"},
        {"Arzt: GRAULMANN, Halhalwen\nx", "PERSON=GRAULMANN, Halhalwen"},
        /* a full name in capitals under a label that may hold a firm: a name the lexicon knows */
        {"SENHORIO: MARIANA FONSECA\nRENDA: 675 EUR", "PERSON=MARIANA FONSECA"},
        {"Vermieter: BRÜCKNER HAUSTECHNIK\nx", ""},
        /* capitals that say nothing: a line all in capitals, a title after a title, a status */
        {"EL SEÑOR DON\nx", ""},
        {"PAX 1 MRS DOB 28NOV1961", "DATE_OF_BIRTH=28NOV1961"},
        {"Status: ERROR, Retry later", ""},
        /* surname first in capitals after a title or role word, as a ward list prints it: the
         * given name after the comma is the same person's (it was left alone) */
        {"Patient KELLER, MARIA admitted.", "PERSON=KELLER, MARIA"},
        {"Patient KELLER, MARIA (F, 36) admitted 2024-01-12.", "PERSON=KELLER, MARIA"},
        {"Dr. KELLER, MARIA", "PERSON=KELLER, MARIA"},
        /* a given name that is also a word, before a lower-case word; a month before a year */
        {"Mr. JONES, MAY we ask you to reply?", "PERSON=JONES"},
        {"Dr. KELLER, APRIL 2024 report", "PERSON=KELLER"},
    };
    CHECK(c);
}

static void test_initial_before_particle_and_police_ranks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Goedgekeurd door: T. de Vries\nx", "PERSON=T. de Vries"},
        {"Approved by: R. van Dijk\nx", "PERSON=R. van Dijk"},
        {"Reported to Sgt Okafor yesterday.", "PERSON=Okafor"},
        {"Section 2. de facto rules apply.", ""},
        {"We flew to Cabo Verde.", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each signal is scanned without reading past its end (under ASan):
 * the label before a colon, the animal's label and the look back for it, the title before a
 * surname in capitals, the comma before a given name, the particle after an initial. */
static void test_every_forms5_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Owner: Ifeoma Greaves\nPatient: Luna\nSpecies: Canine\nDOB: 16/05/2017\n"
                      "Luna limps. Vet: Dr. med. MORENO\nArzt: GRAULMANN, Halhalwen\n"
                      "Goedgekeurd door: T. de Vries, Sgt Okafor");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_labels_of_each_locale_name_a_person),
        cmocka_unit_test(test_company_labels_leave_a_firm_alone),
        cmocka_unit_test(test_vet_record_animal_is_no_person),
        cmocka_unit_test(test_caps_surname_after_title_or_before_given_name),
        cmocka_unit_test(test_initial_before_particle_and_police_ranks),
        cmocka_unit_test(test_every_forms5_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
