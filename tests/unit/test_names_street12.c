/* test_names_street12.c: an address whose parts stand behind labels on one line
 * (names_addrlabels.c: "Straße: Hauptstraße, Hausnummer: 5, PLZ: 10115, Ort: Berlin"), the
 * labelled fields after a street on its line (", PLZ: 10115"), an HTML block's "<br>" and the
 * source's own line break after it counted as one break, a vCard ADR's fields after its street;
 * and numbered things in the same fields
 * that are no address ("Version: 5, Build: 12", "Room: 5, Floor: 2", "Table 3"). */
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

static void test_labelled_parts_on_one_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Straße: Hauptstraße, Hausnummer: 5, PLZ: 10115, Ort: Berlin",
         "STREET_ADDRESS=Hauptstraße, Hausnummer: 5, PLZ: 10115, Ort: Berlin"},
        {"Street: Baker Street | No: 12", "STREET_ADDRESS=Baker Street | No: 12"},
        {"Rue : rue d'Orsel / N° 5 / CP 75018", "STREET_ADDRESS=rue d'Orsel / N° 5 / CP 75018"},
        {"Adres: Keizersgracht; Huisnummer: 123; Postcode: 1015 CJ",
         "STREET_ADDRESS=Keizersgracht; Huisnummer: 123; Postcode: 1015 CJ"},
        {"Calle: Calle Mayor  Nº 12  CP: 28013  Ciudad: Madrid",
         "STREET_ADDRESS=Calle Mayor  Nº 12  CP: 28013  Ciudad: Madrid"},
        {"Indirizzo: Via Roma; N. 10; CAP 50123; Comune: Torino",
         "STREET_ADDRESS=Via Roma; N. 10; CAP 50123; Comune: Torino"},
        {"Rua: Rua Augusta | Número: 123 | Código postal: 1100-048",
         "STREET_ADDRESS=Rua Augusta | Número: 123 | Código postal: 1100-048"},
        {"Anschrift: Mariahilfer Straße / Hausnr.: 1/2/3 / Postleitzahl: 1060",
         "STREET_ADDRESS=Mariahilfer Straße / Hausnr.: 1/2/3 / Postleitzahl: 1060"},
        /* words before the street's label on the line */
        {"Kunde: ok. Strasse: Maukelgasse  Nr.: 43  PLZ: 1204  Stadt: Bern",
         "STREET_ADDRESS=Maukelgasse  Nr.: 43  PLZ: 1204  Stadt: Bern"},
        /* a found street's labelled fields on its line */
        {"Hauptstraße 5, PLZ: 10115, Ort: Berlin",
         "STREET_ADDRESS=Hauptstraße 5, PLZ: 10115, Ort: Berlin"},
    };
    CHECK(c);
}

static void test_html_block_over_br_and_newline(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<address>\n  Office<br>\n  Götgatan 7<br>\n  106 57 Göteborg<br>\n  Sverige\n</address>",
         "STREET_ADDRESS=Götgatan 7<br>\n  106 57 Göteborg<br>\n  Sverige"},
        {"<p>Hauptstraße 5<br/>\n10115 Berlin</p>",
         "STREET_ADDRESS=Hauptstraße 5<br/>\n10115 Berlin"},
    };
    CHECK(c);
}

static void test_numbered_fields_that_are_no_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Version: 5, Build: 12", ""},
        {"Room: 5, Floor: 2", ""},
        {"Chapter: 4, Page: 12", ""},
        {"Model: Street 5 | No: 12", ""},
        {"Table: Main 10 | Seats: 4", ""},
        {"Box: 2 of 3", ""},
        {"Runtime: Python 3.12, Workers: 4", ""},
        {"Item: Storage 12 GB, Qty: 3", ""},
        /* a house-number label after a value whose label names no street */
        {"Product: Baker Blend, Nr.: 12", ""},
        {"Version: Ruby Edition / N° 5 / CP 75018", ""},
        /* a number label whose value before it has no street label */
        {"Order: Blue Widget, No: 12", ""},
        {"See Table 3 and Chapter 4. Python 3.12 and Ruby 3.2.", ""},
        /* a field key on a line that is no address's */
        {"Status: ok, City: Berlin", ""},
    };
    CHECK(c);
}

static void test_vcard_adr_fields_after_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BEGIN:VCARD\nADR;TYPE=home:;;Hauptstraße 5;Berlin;;10115;DE\nEND:VCARD",
         "STREET_ADDRESS=Hauptstraße 5;Berlin;;10115;DE"},
        {"item1.ADR:;;Storgatan 62;Uppsala;;213 89;SE\n",
         "STREET_ADDRESS=Storgatan 62;Uppsala;;213 89;SE"},
        /* not an ADR line: the street alone */
        {"Note: Hauptstraße 5;foo;bar", "STREET_ADDRESS=Hauptstraße 5"},
    };
    CHECK(c);
}

/* A form's fields a line each: the street's label and name on one line, the house number's
 * label opening the next (branch agent49); a label that names no street stays text. */
static void test_street_and_number_on_two_lines(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nome: Chiara\nVia: Via Roma\nCivico: 32\n", "STREET_ADDRESS=Via Roma\nCivico: 32"},
        {"Gata: Storgatan\nNummer: 178\n", "STREET_ADDRESS=Storgatan\nNummer: 178"},
        {"Utca: Andr\xc3\xa1ssy \xc3\xbat\nH\xc3\xa1zsz\xc3\xa1m: 2\n",
         "STREET_ADDRESS=Andr\xc3\xa1ssy \xc3\xbat\nH\xc3\xa1zsz\xc3\xa1m: 2"},
        {"Product: Widget Pro\nNumber: 12\n", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_labelled_parts_on_one_line),
        cmocka_unit_test(test_html_block_over_br_and_newline),
        cmocka_unit_test(test_numbered_fields_that_are_no_address),
        cmocka_unit_test(test_vcard_adr_fields_after_the_street),
        cmocka_unit_test(test_street_and_number_on_two_lines),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
