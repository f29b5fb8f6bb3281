/* test_names_prec38.c: the places that names_prec38.c drops from PERSON (branch prec38): a
 * building after its unit in an Indian-style address ("Flat 192, Lotus Apartments, ... 400069"),
 * an Irish county (", Co. Clare, V95 D9E6"), a town alone after a residence label ("Address:
 * Jackson"); and the probes: the same cues before, after and around real people (a person after
 * a flat number and a label, a person named like the county, a person first after the address
 * label, a form with several fields, lower case, other languages) stay masked. */
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

static void test_buildings_after_a_unit_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mr Jing Liu\nFlat 192, Lotus Apartments, 3rd Main Road, Jayanagar\nMumbai 400069",
         "PERSON=Jing Liu"},
        {"consignee Rohan Nair | Flat No. 676, Sai Ganesh Residency, 100 Feet Road, Gachibowli, "
         "Hyderabad 500001 | COD 0.00",
         "PERSON=Rohan Nair"},
        {"Tenant: Aoife Reddy\nRented premises: Flat 925, D-Wing, Shanti Kunj, 2nd Main Road, "
         "Velachery, Chennai 600041",
         "PERSON=Aoife Reddy"},
        {"Premises: Door No. 958, Anand Vihar, Nehru Street, Andheri West, Mumbai 400059", ""},
    };
    CHECK(c);
}

static void test_people_beside_a_unit_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a person after a flat number and a label */
        {"Flat 12 – Occupant: Meera Iyer, tel +91 98831 03954", "PERSON=Meera Iyer"},
        {"Flat 12: Meera Iyer, 2nd Main Road, Pune 411059", "PERSON=Meera Iyer"},
        /* the resident before the unit, on the same line */
        {"Meera Iyer, Flat 12, Lotus Enclave, MG Road, Pune 411059", "PERSON=Meera Iyer"},
        /* a person after the unit with no address after it */
        {"Room 4, Dr Anjali Menon, on call tonight", "PERSON=Anjali Menon"},
        /* a person after the unit, in an address that goes on */
        {"Flat 12, Meera Iyer, MG Road, Pune 411001", "PERSON=Meera Iyer"},
        {"Wohnung 4, Jonas Weber, Gartenstraße 3, 93047 Regensburg", "PERSON=Jonas Weber"},
        /* a care-of name after the unit */
        {"Flat 3B, c/o Priya Sharma, Kamala Niwas, SV Road, Mumbai 400086", "PERSON=Priya Sharma"},
        /* an unknown name after the unit: no building word, so a person (stop 38 review) */
        {"Deliver to: Flat 3, Kaen Weindling, 5 Rue d'Orsel, 75018 Paris", "PERSON=Kaen Weindling"},
        {"Flat 12, Zorvan Kelt, MG Road, Pune 411001", "PERSON=Zorvan Kelt"},
    };
    CHECK(c);
}

static void test_irish_counties_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: Siobhan Duggan\nAddress: 88 Ashgrove Park, Ennis, Co. Clare, V95 D9E6",
         "PERSON=Siobhan Duggan"},
        {"parent Tadhg Kavanagh, 41 Church Road, Tralee, Co. Kerry, V92 C28K",
         "PERSON=Tadhg Kavanagh"},
        {"lives at 59 Ashgrove Park, Ennis, Co. Clare", ""},
    };
    CHECK(c);
}

static void test_people_named_like_a_county_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: Clare Duggan\nDOB: 05/06/1991\nAddress: 88 Ashgrove Park, Ennis, Co. Clare, "
         "V95 D9E6",
         "PERSON=Clare Duggan;DATE_OF_BIRTH=05/06/1991"},
        {"co-applicant Kerry Fitzgerald, 41 Church Road, Tralee, Co. Kerry",
         "PERSON=Kerry Fitzgerald"},
        /* a firm's "Co." before a person */
        {"Invoices to Murphy & Co. Kerry Fitzgerald signs them.", "PERSON=Kerry Fitzgerald"},
    };
    CHECK(c);
}

static void test_a_lone_town_after_a_residence_label_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Library card application\nName: Aoife Fitzgerald\nDate of birth: 16/06/2004\nAddress: "
         "Jackson",
         "PERSON=Aoife Fitzgerald;DATE_OF_BIRTH=16/06/2004"},
        {"Name: Miriam Brenner | Wohnort: Bamberg | Geburtsdatum: 07/12/1986",
         "PERSON=Miriam Brenner;DATE_OF_BIRTH=07/12/1986"},
        {"Nombre: Rocío Rubio; domicilio: Victoria; Teléfono: 049 738 6882", "PERSON=Rocío Rubio"},
        {"Nom : Solène Perrin\nDomicile : Laval", "PERSON=Solène Perrin"},
    };
    CHECK(c);
}

static void test_people_after_a_residence_label_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the addressee first after the label */
        {"Address: Olivia Marsh\n14 Mill Lane, Leicester LE2 7QD", "PERSON=Olivia Marsh"},
        /* one word after the label that names a person elsewhere in the text */
        {"Anschrift: Weber\nName: Jonas Weber", "PERSON=Weber;PERSON=Jonas Weber"},
        {"Address: Jackson | DOB: 01/02/1990 | Name: Jackson Hale",
         "PERSON=Jackson;DATE_OF_BIRTH=01/02/1990;PERSON=Jackson Hale"},
        /* a full name alone after the label */
        {"Anschrift: Jonas Weber\nGeburtsdatum: 07.12.1986",
         "PERSON=Jonas Weber;DATE_OF_BIRTH=07.12.1986"},
        /* a person after other labels on the same form line */
        {"Address: Leeds | Attn: Jackson", "PERSON=Jackson"},
        {"Wohnort: Bamberg, Ansprechpartner: Herr Jonas Weber", "PERSON=Jonas Weber"},
        {"Adresse : Laval ; Nom : Manon Perrin", "PERSON=Manon Perrin"},
        {"Town: Madison\nName: Madison Clarke", "PERSON=Madison Clarke"},
    };
    CHECK(c);
}

static void test_prec38_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Flat 192, Lotus Apartments, 3rd Main Road, Mumbai 400069");
    scan_every_prefix("Door No. 958, B-Wing, Anand Vihar, Nehru Street, 400059");
    scan_every_prefix(", Co. Clare, V95 D9E6");
    scan_every_prefix("Address: Jackson");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buildings_after_a_unit_are_no_person),
        cmocka_unit_test(test_people_beside_a_unit_stay),
        cmocka_unit_test(test_irish_counties_are_no_person),
        cmocka_unit_test(test_people_named_like_a_county_stay),
        cmocka_unit_test(test_a_lone_town_after_a_residence_label_is_no_person),
        cmocka_unit_test(test_people_after_a_residence_label_stay),
        cmocka_unit_test(test_prec38_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
