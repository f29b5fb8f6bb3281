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
        {"c/o Fernleigh & Co Solicitors · 137 Corn Street · Bristol · BS1 1HT",
         "STREET_ADDRESS=c/o Fernleigh & Co Solicitors · 137 Corn Street · Bristol · BS1 1HT"},
        {"Flat 1, Kestrel House | 42 Pitfield Street | London N1 6DA",
         "STREET_ADDRESS=Flat 1, Kestrel House | 42 Pitfield Street | London N1 6DA"},
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

static void test_addr_postcodes_of_poland_sweden_czechia_brazil(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ul. Marszałkowska 216/5\n00-514 Warszawa",
         "STREET_ADDRESS=ul. Marszałkowska 216/5\n00-514 Warszawa"},
        {"Drottninggatan 80, 111 21 Stockholm",
         "STREET_ADDRESS=Drottninggatan 80, 111 21 Stockholm"},
        {"Drottninggatan 94,111 21,Stockholm,Sverige",
         "STREET_ADDRESS=Drottninggatan 94,111 21,Stockholm,Sverige"},
        {"Av. Paulista, 220;01310-200;São Paulo;Brasil",
         "STREET_ADDRESS=Av. Paulista, 220;01310-200;São Paulo;Brasil"},
        {"207 Water Street, St. John's, NL A1C 1A1, Canada",
         "STREET_ADDRESS=207 Water Street, St. John's, NL A1C 1A1, Canada"},
        {"Nørregade 67, 8000 Aarhus C, Danmark",
         "STREET_ADDRESS=Nørregade 67, 8000 Aarhus C, Danmark"},
        {"Drottninggatan 80, 111 items in stock", "STREET_ADDRESS=Drottninggatan 80"},
    };
    CHECK(c);
}

static void test_addr_units_and_floors_of_more_regions(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ul. Floriańska 112 m. 8\n31-019 Kraków",
         "STREET_ADDRESS=ul. Floriańska 112 m. 8\n31-019 Kraków"},
        {"ul. Piotrkowska 62 lok. 2, 90-406 Łódź",
         "STREET_ADDRESS=ul. Piotrkowska 62 lok. 2, 90-406 Łódź"},
        {"Kungsgatan 221, lgh 1602, 411 19 Göteborg",
         "STREET_ADDRESS=Kungsgatan 221, lgh 1602, 411 19 Göteborg"},
        {"Vesterbrogade 225, 2. tv.\n1620 København V",
         "STREET_ADDRESS=Vesterbrogade 225, 2. tv.\n1620 København V"},
        {"C/ Mayor, 118, piso 3º izda. | 28013 Madrid",
         "STREET_ADDRESS=C/ Mayor, 118, piso 3º izda. | 28013 Madrid"},
        {"Av. Providencia 118, Of. 502, Providencia, Santiago, Chile",
         "STREET_ADDRESS=Av. Providencia 118, Of. 502, Providencia, Santiago, Chile"},
        {"Av. Afonso Pena, 16, sala 904, Centro",
         "STREET_ADDRESS=Av. Afonso Pena, 16, sala 904, Centro"},
        {"ul. Floriańska 112 m 8 later", "STREET_ADDRESS=ul. Floriańska 112"},
    };
    CHECK(c);
}

static void test_addr_landmark_cp_town_and_json_keys_of_more_locales(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"199, Park Street, near Metro Station, Kolkata, West Bengal 700016",
         "STREET_ADDRESS=199, Park Street, near Metro Station, Kolkata, West Bengal 700016"},
        {"Av. Insurgentes Sur 234, Int. 9 · Col. Roma, C.P. 03940 · Ciudad de México, CDMX",
         "STREET_ADDRESS=Av. Insurgentes Sur 234, Int. 9 · Col. Roma, C.P. 03940 · Ciudad de "
         "México, CDMX"},
        {"{\"rua\": \"Rua Garrett, 12\", \"cep\": \"1200-203\", \"cidade\": \"Lisboa\"}",
         "STREET_ADDRESS=Rua Garrett, 12\", \"cep\": \"1200-203\", \"cidade\": \"Lisboa"},
        {"{\"street\": \"Via Roma 12\", \"kod_pocztowy\": \"10121\"}",
         "STREET_ADDRESS=Via Roma 12\", \"kod_pocztowy\": \"10121"},
        {"12 Park Street, near the station", "STREET_ADDRESS=12 Park Street"},
    };
    CHECK(c);
}

static void test_addr_streets_of_portugal_austria_czechia(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rua Garrett, nº 158, 1200-203 Lisboa",
         "STREET_ADDRESS=Rua Garrett, nº 158, 1200-203 Lisboa"},
        {"R. de Santa Catarina, 39, 3º Dto., 4000-447 Porto",
         "STREET_ADDRESS=R. de Santa Catarina, 39, 3º Dto., 4000-447 Porto"},
        {"R. Oscar Freire, 230, apto 22\nJardins, São Paulo - SP\nCEP 01426-001",
         "STREET_ADDRESS=R. Oscar Freire, 230, apto 22\nJardins, São Paulo - SP\nCEP 01426-001"},
        {"R. Kelly, 42, was sentenced.", ""},
        {"Travessa do Carmo, nº 12 · 1200-095 Lisboa",
         "STREET_ADDRESS=Travessa do Carmo, nº 12 · 1200-095 Lisboa"},
        {"Mariahilfer Straße 130/Stiege 2/Tür 9, 1060 Wien",
         "STREET_ADDRESS=Mariahilfer Straße 130/Stiege 2/Tür 9, 1060 Wien"},
        {"Vodičkova 151 · 110 00 Praha 1", "STREET_ADDRESS=Vodičkova 151 · 110 00 Praha 1"},
        {"Karlova 42<br>602 00 Brno", "STREET_ADDRESS=Karlova 42<br>602 00 Brno"},
        {"Windows 10 | 2019 Server", ""},
        {"Level 3, 120 00 Points", ""},
    };
    CHECK(c);
}

static void test_addr_district_after_the_comma_when_a_postcode_follows(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rua das Laranjeiras, nº 103, Laranjeiras, Rio de Janeiro - RJ, 22240-003, Brasil",
         "STREET_ADDRESS=Rua das Laranjeiras, nº 103, Laranjeiras, Rio de Janeiro - RJ, 22240-003, "
         "Brasil"},
        {"Flat 5, 164 Riccarton Road, Christchurch 8041, New Zealand",
         "STREET_ADDRESS=Flat 5, 164 Riccarton Road, Christchurch 8041, New Zealand"},
        {"Av. Paulista, 156 - Bela Vista · São Paulo - SP · 01310-200",
         "STREET_ADDRESS=Av. Paulista, 156 - Bela Vista · São Paulo - SP · 01310-200"},
        {"Rua Garrett, nº 158, 2º Esq. | 1200-203 Lisboa",
         "STREET_ADDRESS=Rua Garrett, nº 158, 2º Esq. | 1200-203 Lisboa"},
        {"Door No. 88, 2nd Cross Street\nT. Nagar\nChennai - 600017",
         "STREET_ADDRESS=Door No. 88, 2nd Cross Street\nT. Nagar\nChennai - 600017"},
        {"I moved to 164 Riccarton Road, Anna stayed.", "STREET_ADDRESS=164 Riccarton Road"},
    };
    CHECK(c);
}

static void test_addr_norwegian_gate_and_numbers_with_a_prefix(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Karl Johans gate 131 | 0159 Oslo", "STREET_ADDRESS=Karl Johans gate 131 | 0159 Oslo"},
        {"Thereses gate 67B\n0452 Oslo\nNorge",
         "STREET_ADDRESS=Thereses gate 67B\n0452 Oslo\nNorge"},
        {"Blk 164 Ang Mo Kio Ave 3, #05-7", "STREET_ADDRESS=Blk 164 Ang Mo Kio Ave 3, #05-7"},
        {"HC 64 Box 71, Tok, AK 99780", "STREET_ADDRESS=HC 64 Box 71, Tok, AK 99780"},
        {"RR 2 Box 159<br>Millbrook, NY 12545",
         "STREET_ADDRESS=RR 2 Box 159<br>Millbrook, NY 12545"},
        {"We shipped 5 Box 12 units today.", ""},
        {"Wait at Heathrow gate 5\nThanks", ""},
    };
    CHECK(c);
}

static void test_addr_japanese_block_numbers_and_ships_hull_numbers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"8-2-136 Shibuya · Shibuya-ku, Tokyo 150-0002",
         "STREET_ADDRESS=8-2-136 Shibuya · Shibuya-ku, Tokyo 150-0002"},
        {"Apt 502, 2-14-5 Nishi-Azabu\nMinato-ku, Tokyo 106-0031\nJapan",
         "STREET_ADDRESS=Apt 502, 2-14-5 Nishi-Azabu\nMinato-ku, Tokyo 106-0031\nJapan"},
        {"USS Nimitz CVN 68\nFPO AP 96620-2820",
         "STREET_ADDRESS=USS Nimitz CVN 68\nFPO AP 96620-2820"},
        {"The 1-2-3 Release notes", ""},
        {"Upgrade from 2-14-5 Beta to 2-15-0.", ""},
    };
    CHECK(c);
}

static void test_addr_house_names_unit_lines_directions_and_argentine_cpa(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The Old Rectory\n115 Church Road\nMalahide",
         "STREET_ADDRESS=The Old Rectory\n115 Church Road\nMalahide"},
        {"Flat 1, Kestrel House\n151 Pitfield Street\nLondon N1 6DA",
         "STREET_ADDRESS=Flat 1, Kestrel House\n151 Pitfield Street\nLondon N1 6DA"},
        {"<p>Unit 7/84 Smith St<br>Fitzroy VIC 3065</p>",
         "STREET_ADDRESS=Unit 7/84 Smith St<br>Fitzroy VIC 3065"},
        {"105 Rue Sainte-Catherine O | Montréal, QC H3G 1R8",
         "STREET_ADDRESS=105 Rue Sainte-Catherine O | Montréal, QC H3G 1R8"},
        {"Av. Corrientes 115, Piso 5, Depto. B\nC1043AAZ CABA\nArgentina",
         "STREET_ADDRESS=Av. Corrientes 115, Piso 5, Depto. B\nC1043AAZ CABA\nArgentina"},
        {"We met at the Old Rectory\n115 Church Road", "STREET_ADDRESS=115 Church Road"},
        {"12 Main Street O my", "STREET_ADDRESS=12 Main Street"},
        {"Mannerheimintie 82 B 1\n00100 Helsinki\nFinland",
         "STREET_ADDRESS=Mannerheimintie 82 B 1\n00100 Helsinki\nFinland"},
        {"Mannerheimintie 82 B 12 times", "STREET_ADDRESS=Mannerheimintie 82 B"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_addr_html_line_breaks_inside_the_block),
        cmocka_unit_test(test_addr_signature_bars_and_dots_are_line_breaks),
        cmocka_unit_test(test_addr_care_of_and_company_line_above_the_street),
        cmocka_unit_test(test_addr_postcodes_of_poland_sweden_czechia_brazil),
        cmocka_unit_test(test_addr_units_and_floors_of_more_regions),
        cmocka_unit_test(test_addr_landmark_cp_town_and_json_keys_of_more_locales),
        cmocka_unit_test(test_addr_streets_of_portugal_austria_czechia),
        cmocka_unit_test(test_addr_district_after_the_comma_when_a_postcode_follows),
        cmocka_unit_test(test_addr_norwegian_gate_and_numbers_with_a_prefix),
        cmocka_unit_test(test_addr_japanese_block_numbers_and_ships_hull_numbers),
        cmocka_unit_test(test_addr_house_names_unit_lines_directions_and_argentine_cpa),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
