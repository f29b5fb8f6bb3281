/* test_names_documents.c: the NAMES pack's whole postal block inside the documents people paste
 * (gen_addr_tune5.py, branch addr4): invoices, letters, signatures, forms, JSON, YAML, XML and
 * CSV, and the lines after a street that are not its town. One written shape a test, each with
 * the look-alike it must leave alone.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_SKIP_TYPE "PERSON" /* this file is about addresses */
#include "names_cases.h"

static void test_addr_closing_line_after_the_street_is_no_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Meet me at 12 Main Street\nThanks\n", "STREET_ADDRESS=12 Main Street"},
        {"Meet me at 12 Main Street\nBest regards\n", "STREET_ADDRESS=12 Main Street"},
        {"Meet me at 12 Main Street\nCheers", "STREET_ADDRESS=12 Main Street"},
        {"Meet me at Lindenstraße 12\nDanke\n", "STREET_ADDRESS=Lindenstraße 12"},
        {"RDV au 12 rue de la Paix\nMerci !\n", "STREET_ADDRESS=12 rue de la Paix"},
        {"Meet me at 12 Main Street\nSpringfield\n", "STREET_ADDRESS=12 Main Street\nSpringfield"},
    };
    CHECK(c);
}

static void test_addr_yaml_quoted_values_and_xml_siblings_join_the_block(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"address:\n    street: 95 Maple Avenue\n    city: Chicago, IL\n    zip: \"60614\"\n"
         "    country: USA\n  tier: gold",
         "STREET_ADDRESS=95 Maple Avenue\n    city: Chicago, IL\n    zip: \"60614\"\n"
         "    country: USA"},
        {"    strasse: Lindenstraße 2\n    plz: '10115'\n    ort: Berlin",
         "STREET_ADDRESS=Lindenstraße 2\n    plz: '10115'\n    ort: Berlin"},
        {"    street: 95 Maple Avenue\n    tier: \"gold\"", "STREET_ADDRESS=95 Maple Avenue"},
        {"<street>226 Pine Street</street>\n    <postcode>98101</postcode>\n"
         "    <city>Seattle, WA</city>\n</address>",
         "STREET_ADDRESS=226 Pine Street</street>\n    <postcode>98101</postcode>\n"
         "    <city>Seattle, WA"},
        {"<street>Bergmannstraße 195</street><plz>80331</plz><ort>München</ort>",
         "STREET_ADDRESS=Bergmannstraße 195</street><plz>80331</plz><ort>München"},
        {"<street>226 Pine Street</street>\n<note>Leave at door</note>",
         "STREET_ADDRESS=226 Pine Street"},
    };
    CHECK(c);
}

static void test_addr_unit_words_of_every_locale_before_and_after_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Appt 12\n233 rue de la République\n69002 Lyon",
         "STREET_ADDRESS=Appt 12\n233 rue de la République\n69002 Lyon"},
        {"Apartamento 3\nRua Augusta, 142\n1100-053 Lisboa",
         "STREET_ADDRESS=Apartamento 3\nRua Augusta, 142\n1100-053 Lisboa"},
        {"Please send it to Piano 2, Corso Buenos Aires 153, 20124 Milano today.",
         "STREET_ADDRESS=Piano 2, Corso Buenos Aires 153, 20124 Milano"},
        {"Avenida Diagonal 188, planta 5, 08019 Barcelona",
         "STREET_ADDRESS=Avenida Diagonal 188, planta 5, 08019 Barcelona"},
        {"Send the keys to the owner at Unit 4, Oudegracht 49, 3511 AR Utrecht.",
         "STREET_ADDRESS=Unit 4, Oudegracht 49, 3511 AR Utrecht"},
        {"the piano 2, 12 Main Street", "STREET_ADDRESS=12 Main Street"},
    };
    CHECK(c);
}

static void test_addr_colombian_grid_and_a_date_as_the_street_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Deliver to the office, Carrera 7 # 71-21, Bogotá. Call first.",
         "STREET_ADDRESS=Carrera 7 # 71-21, Bogotá"},
        {"Calle 93 # 11-26, Chicó, Bogotá, Colombia",
         "STREET_ADDRESS=Calle 93 # 11-26, Chicó, Bogotá, Colombia"},
        {"Calle 26A No. 13-97\nBogotá", "STREET_ADDRESS=Calle 26A No. 13-97\nBogotá"},
        {"at Calle 5 de Febrero 120, Col. Centro, 06000 Ciudad de México",
         "STREET_ADDRESS=Calle 5 de Febrero 120, Col. Centro, 06000 Ciudad de México"},
        {"Avenida 20 de Noviembre 45, Centro, 44100 Guadalajara, Jal.",
         "STREET_ADDRESS=Avenida 20 de Noviembre 45, Centro, 44100 Guadalajara, Jal."},
        {"the calle 5 de febrero parade", ""},
        {"see calle 12 # of tests 3-4", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_addr_closing_line_after_the_street_is_no_town),
        cmocka_unit_test(test_addr_yaml_quoted_values_and_xml_siblings_join_the_block),
        cmocka_unit_test(test_addr_unit_words_of_every_locale_before_and_after_the_street),
        cmocka_unit_test(test_addr_colombian_grid_and_a_date_as_the_street_name),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
