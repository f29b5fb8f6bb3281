/* test_names_regions.c: the NAMES pack's whole postal block in the shapes and regions of
 * gen_addr_tune4.py (branch addr3): HTML line breaks, a signature's " | " and " · ", unit and
 * company lines before the street, and the postcodes and units of regions the earlier sets lack.
 * One written shape a test, each with the look-alike it must leave alone.
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

static void test_addr_html_line_breaks_inside_the_block(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<p>159 Eyre Square<br>Galway<br>H91 FT2E</p>",
         "STREET_ADDRESS=159 Eyre Square<br>Galway<br>H91 FT2E"},
        {"Bahnhofstrasse 174<br/>8001 Zürich<br />Schweiz",
         "STREET_ADDRESS=Bahnhofstrasse 174<br/>8001 Zürich<br />Schweiz"},
        {"<p>Unit 9<br>2 Bloor St W<br>Etobicoke, Ontario M8X 2X3</p>",
         "STREET_ADDRESS=Unit 9<br>2 Bloor St W<br>Etobicoke, Ontario M8X 2X3"},
        {"a List<T> of 5 Main Street things", "STREET_ADDRESS=5 Main Street"},
    };
    CHECK(c);
}

static void test_addr_signature_bars_and_dots_are_line_breaks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"91 Main Street · Kinsale · Co. Cork · P17 WY80",
         "STREET_ADDRESS=91 Main Street · Kinsale · Co. Cork · P17 WY80"},
        {"9/108 Ponsonby Road | Ponsonby | Auckland 1011",
         "STREET_ADDRESS=9/108 Ponsonby Road | Ponsonby | Auckland 1011"},
        {"8/235 Adelaide Terrace | Perth WA 6000 | Australia",
         "STREET_ADDRESS=8/235 Adelaide Terrace | Perth WA 6000 | Australia"},
        {"Apt 2 | 162 Grange Road | Dublin 14",
         "STREET_ADDRESS=Apt 2 | 162 Grange Road | Dublin 14"},
        {"Level 6 · 39 Collins Street · Melbourne VIC 3000",
         "STREET_ADDRESS=Level 6 · 39 Collins Street · Melbourne VIC 3000"},
        {"171 Grange Road;D14 N2F7;Dublin;Ireland",
         "STREET_ADDRESS=171 Grange Road;D14 N2F7;Dublin;Ireland"},
        {"Firma GmbH · Hauptstraße 5 · 10115 Berlin · Tel. 030 123",
         "STREET_ADDRESS=Hauptstraße 5 · 10115 Berlin"},
    };
    CHECK(c);
}

static void test_addr_care_of_and_company_line_above_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"c/o Harbor Logistics LLC\n179 Industrial Pkwy, Suite 200\nFremont, CA 94538",
         "STREET_ADDRESS=c/o Harbor Logistics LLC\n179 Industrial Pkwy, Suite 200\nFremont, CA "
         "94538"},
        {"Brightwave Analytics, Inc.<br>100 Market Street<br>San Francisco, CA 94105",
         "STREET_ADDRESS=Brightwave Analytics, Inc.<br>100 Market Street<br>San Francisco, CA "
         "94105"},
        {"Level 2\n8 Collins Street\nMelbourne VIC 3000",
         "STREET_ADDRESS=Level 2\n8 Collins Street\nMelbourne VIC 3000"},
        {"Thanks to everyone at Brightwave\n100 Market Street, San Francisco, CA 94105",
         "STREET_ADDRESS=100 Market Street, San Francisco, CA 94105"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_addr_html_line_breaks_inside_the_block),
        cmocka_unit_test(test_addr_signature_bars_and_dots_are_line_breaks),
        cmocka_unit_test(test_addr_care_of_and_company_line_above_the_street),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
