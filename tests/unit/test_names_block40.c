/* test_names_block40.c: the addressee line above a postal block (names_block40.c): an invented
 * name alone on the line right above a street is a person, in title case, capitals, "SURNAME,
 * Given", after titles, with particles, under a label line; and the lines it must leave: a firm,
 * a department, a building or a venue above the street, a firm under a person in a letter's
 * recipient block or a signature, a sentence, a column layout. */
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

static void test_the_addressee_above_a_street_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kaen Weindling\n12 Baker Street\nLondon NW1 6XE", "PERSON=Kaen Weindling"},
        {"Ship to:\nOrlaith Vandersloot\nBuilding C, 3258 Maple Avenue\nBoise, ID 83702",
         "PERSON=Orlaith Vandersloot"},
        {"Lebenslauf\nKaen Weindling\nHauptstraße 5\n10115 Berlin", "PERSON=Kaen Weindling"},
        {"Estratto conto\nGIULIA DI STEFANO\nVIA DEI MILLE 142\n40126 BOLOGNA",
         "PERSON=GIULIA DI STEFANO"},
        {"Ship to:\nMORSENFORD, Ocktre\n30 Station Road, Bristol BS3 4HN",
         "PERSON=MORSENFORD, Ocktre"},
        {"Frau Dr. Kaen Weindling\nHauptstraße 5\n10115 Berlin", "PERSON=Kaen Weindling"},
        {"Sig.ra Orlaith Vandersloot\nVia Roma 10\n00184 Roma", "PERSON=Orlaith Vandersloot"},
        {"Dhr. K. Weindling\nKeizersgracht 123\n1015 CJ Amsterdam", "PERSON=K. Weindling"},
        {"Kaen van der Weindling\nKeizersgracht 123\n1015 CJ Amsterdam",
         "PERSON=Kaen van der Weindling"},
        {"Celandine Drabbeck\nKerkstraat 218, B-2000 Antwerpen\n\nCordialement",
         "PERSON=Celandine Drabbeck"},
        /* a Windows line end and a no-break space */
        {"Kaen\xc2\xa0Weindling\r\n12 Baker Street\r\nLondon NW1 6XE",
         "PERSON=Kaen\xc2\xa0Weindling"},
        /* the name goes on to be carried where the text names the person again */
        {"Kaen Weindling\n12 Baker Street\nLondon NW1 6XE\n\nWeindling will sign on arrival.",
         "PERSON=Kaen Weindling;PERSON=Weindling"},
        /* under a label line, two persons of an inventors' list */
        {"(72) Inventors:\n    PELLHURST, Marton\n      116 Beach Road, Muizenberg, Cape Town, "
         "7945",
         "PERSON=PELLHURST, Marton"},
    };
    CHECK(c);
}

static void test_firms_buildings_and_sentences_above_a_street_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Acme Widgets Ltd\n12 Baker Street\nLondon NW1 6XE", ""},
        {"Head Office\n12 Baker Street\nLondon NW1 6XE", ""},
        {"Customer Services\n12 Baker Street\nLondon NW1 6XE", ""},
        {"Northwind Traders\n12 Baker Street\nLondon NW1 6XE", ""},
        {"Wells Fargo Bank\n420 Montgomery Street\nSan Francisco, CA 94104", ""},
        {"Sherlock Holmes Museum\n221B Baker Street\nLondon NW1 6XE", ""},
        {"Hotel Adlon Kempinski\nUnter den Linden 77\n10117 Berlin", ""},
        {"Rijksmuseum Amsterdam\nMuseumstraat 1\n1071 XX Amsterdam", ""},
        /* a firm under a person: the recipient block of a letter, a signature */
        {"Dr Ruohan Fang\nSiemens Healthineers\n4 Ogunlana Drive, Surulere\nLagos",
         "PERSON=Ruohan Fang"},
        {"Kind regards,\nMarey Blaywell\nProjectleider\nVan Lier Installatietechniek\n5494 "
         "Gottingen St, Vancouver, BC V6E 4L3",
         "PERSON=Marey Blaywell"},
        /* a sentence, a heading in lower case, columns */
        {"Please send it to\n12 Baker Street\nLondon NW1 6XE", ""},
        {"Delivery Address\n12 Baker Street\nLondon NW1 6XE", ""},
        {"Name        Street\n12 Baker Street", ""},
    };
    CHECK(c);
}

static void test_block40_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Kaen Weindling\n12 Baker Street\nLondon NW1 6XE");
    scan_every_prefix("Ship to:\nMORSENFORD, Ocktre\r\n30 Station Road, Bristol BS3 4HN");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_addressee_above_a_street_is_a_person),
        cmocka_unit_test(test_firms_buildings_and_sentences_above_a_street_stay),
        cmocka_unit_test(test_block40_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
