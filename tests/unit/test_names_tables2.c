/* test_names_tables2.c: people, street addresses and dates of birth as the values of fields that
 * name them (names_tables2.c, and the quote-aware CSV columns of names.c's csv_names() and
 * names_dobcols.c): logfmt, JSON, YAML, SQL INSERT columns, CSV with quoted commas, Markdown and
 * fixed-width tables under headers of the pack's languages; each with the look-alike it must
 * leave alone (a product's `name`, a machine's `address`, a created date beside the birth). */
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

static void test_logfmt_fields_name_person_address_and_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"2024-10-18T21:58:47Z INFO user_id=89582 name=\"Aurent Monville\" "
         "action=profile_update dob=01/10/1982\n",
         "PERSON=Aurent Monville;DATE_OF_BIRTH=01/10/1982"},
        /* '_' for the spaces of a logged value, a comma kept */
        {"INFO user_id=21552 name=\"Luilio da Zimeiro\" action=profile_update "
         "dob=12_de_outubro_de_1968\n",
         "PERSON=Luilio da Zimeiro;DATE_OF_BIRTH=12_de_outubro_de_1968"},
        {"INFO user_id=63518 name=\"Wynas Pellwood\" dob=April_12th,_1993\n",
         "PERSON=Wynas Pellwood;DATE_OF_BIRTH=April_12th,_1993"},
        {"INFO action=address_change new_address=\"Steenweg op Gent 6, 2000 Antwerpen\" "
         "by=\"Mat Heima\"\n",
         "STREET_ADDRESS=Steenweg op Gent 6, 2000 Antwerpen;PERSON=Mat Heima"},
        /* a deploy's name beside a machine's address names no one */
        {"INFO action=deploy name=\"Release Train\" address=db-3.eu-west-1.internal:5432 "
         "created=2024-04-10\n",
         ""},
        {"INFO action=deploy name=\"Blue Green\" created=12_maart_2023\n", ""},
        /* TOML and INI put spaces around '=' */
        {"[customer]\nfull_name = \"Oraella Quarato\"\nhome_address = \"Via Nazionale 133, 6500 "
         "Bellinzona\"\n",
         "PERSON=Oraella Quarato;STREET_ADDRESS=Via Nazionale 133, 6500 Bellinzona"},
        {"if (address == 0x7ffd) name = \"Power BI\";\n", ""},
    };
    CHECK(c);
}

static void test_json_name_keys_take_common_words_and_particles(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[\n  {\"id\": 1, \"first_name\": \"Joke\", \"last_name\": \"de Jong\", "
         "\"birth_date\": \"15 februari 1933\", \"address\": \"Steenweg op Gent 6, 2000 "
         "Antwerpen\"}\n]",
         "PERSON=Joke;PERSON=de Jong;DATE_OF_BIRTH=15 februari 1933;STREET_ADDRESS=Steenweg op "
         "Gent 6, 2000 Antwerpen"},
        {"{\"first_name\": \"Brendan\", \"last_name\": \"White\"}", "PERSON=Brendan;PERSON=White"},
        {"{\"first_name\": \"Bernd\", \"last_name\": \"zu Stolberg\"}",
         "PERSON=Bernd;PERSON=zu Stolberg"},
        /* a product's name, a memory address, a creation date */
        {"{\"name\": \"Orion Backpack\", \"address\": \"0x7ffd3854e8c\", \"created_at\": "
         "\"2021-05-11\"}",
         ""},
    };
    CHECK(c);
}

static void test_yaml_item_fields(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"users:\n  - name: Joke Verhoeven\n    dob: 1979-04-21\n    address: \"Stationsweg 91, "
         "5611 AB Eindhoven\"\n    plan: Premium\n",
         "PERSON=Joke Verhoeven;DATE_OF_BIRTH=1979-04-21;STREET_ADDRESS=Stationsweg 91, 5611 AB "
         "Eindhoven"},
    };
    CHECK(c);
}

static void test_xml_elements_by_tag(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<customer id=\"7\">\n  <fullName>Irminde Kochler</fullName>\n  "
         "<birthDate>1961-04-02</birthDate>\n  <address>Steenweg op Gent 6, 2000 "
         "Antwerpen</address>\n  <city>Kassel</city>\n  <createdAt>2024-06-14</createdAt>\n"
         "</customer>",
         "PERSON=Irminde Kochler;DATE_OF_BIRTH=1961-04-02;STREET_ADDRESS=Steenweg op Gent 6, 2000 "
         "Antwerpen"},
        /* a product's name, a machine's address */
        {"<item><name>Orion Backpack</name><address>0x7ffd3854e8c</address></item>", ""},
    };
    CHECK(c);
}

static void test_sql_insert_values_by_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"INSERT INTO patients (id, full_name, date_of_birth, home_address) VALUES\n"
         "  (41808, 'Darford G. Hartson', '1958-03-22', '27 King''s Road, Manchester M14 5TQ'),\n"
         "  (46022, 'Kairick Morshaw', '2014-10-11', '18 Mill Lane, Cardiff, CF24 3AA');",
         "PERSON=Darford G. Hartson;DATE_OF_BIRTH=1958-03-22;STREET_ADDRESS=27 King''s Road, "
         "Manchester M14 5TQ;PERSON=Kairick Morshaw;DATE_OF_BIRTH=2014-10-11;STREET_ADDRESS=18 "
         "Mill Lane, Cardiff, CF24 3AA"},
        /* typographic quotes */
        {"INSERT INTO patients (id, full_name, date_of_birth, home_address) VALUES\n"
         "  (33905, \xe2\x80\x99"
         "Berrich Quelmeier-Klein\xe2\x80\x99, \xe2\x80\x99"
         "1999-12-11\xe2\x80\x99, \xe2\x80\x99"
         "Friedrich-Ebert-Stra\xc3\x9f"
         "e 22, 20095 Hamburg\xe2\x80\x99);",
         "PERSON=Berrich Quelmeier-Klein;DATE_OF_BIRTH=1999-12-11;STREET_ADDRESS=Friedrich-Ebert-"
         "Stra\xc3\x9f"
         "e 22, 20095 Hamburg"},
        /* a doubled quote inside a name; a date with a comma between typographic quotes */
        {"insert into customers (customer_id, full_name, dob, address) values\n"
         "  (5, 'Ann O''Harrow', '1980-01-02', '2 Callwick Lane, York YO1 7HH'),\n"
         "  (6, \xe2\x80\x99"
         "Clemdolyn Baker\xe2\x80\x99, \xe2\x80\x99"
         "October 4, 1997\xe2\x80\x99, \xe2\x80\x99"
         "151 Callwick Lane, York YO1 7HH\xe2\x80\x99);\n",
         "PERSON=Ann O''Harrow;DATE_OF_BIRTH=1980-01-02;STREET_ADDRESS=2 Callwick Lane, York YO1 "
         "7HH;PERSON=Clemdolyn Baker;DATE_OF_BIRTH=October 4, 1997;STREET_ADDRESS=151 Callwick "
         "Lane, York YO1 7HH"},
        /* the columns say what the values are: no birth, no person here */
        {"INSERT INTO releases (id, title, created_at) VALUES (7, 'Blue Green', '2021-04-03');",
         ""},
        /* fname and lname columns; a given name that is an English word too, set in single
         * quotes by an UPDATE */
        {"INSERT INTO t (fname, lname) VALUES ('Maria','Keller');", "PERSON=Maria;PERSON=Keller"},
        {"UPDATE users SET first_name = 'Maria' WHERE id = 4;", "PERSON=Maria"},
        {"config: name = 'production', region = 'eu-west-1'", ""},
    };
    CHECK(c);
}

static void test_csv_quoted_commas_keep_the_birth_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kundennr.,Vorname,Nachname,Anschrift,Angelegt,Geburtsdatum\n"
         "30630,Gerrike,von Wiegmeier,\"Am Markt 19, DE-80331 M\xc3\xbcnchen\",26. Jan. "
         "2024,1954-08-06\n",
         "PERSON=Gerrike;PERSON=von Wiegmeier;STREET_ADDRESS=Am Markt 19, DE-80331 "
         "M\xc3\xbcnchen;DATE_OF_BIRTH=1954-08-06"},
        {"Here is the export:\n\nCustomer ID,Name,Address,Created,Date of birth\n"
         "84153,Steven Johnson,\"6315 N Martin Luther King Jr Blvd, Madison, WI 53703\","
         "06/10/2024,\"October 6, 1975\"\n",
         "PERSON=Steven Johnson;STREET_ADDRESS=6315 N Martin Luther King Jr Blvd, Madison, WI "
         "53703;DATE_OF_BIRTH=October 6, 1975"},
    };
    CHECK(c);
}

static void test_table_headers_of_every_language(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Nome e cognome | Data di nascita | Indirizzo | Stato |\n|---|---|---|---|\n"
         "| Oraella De Quarato | 4/3/2009 | Viale dei Mille, 30, int. 5 - 6500 Bellinzona | "
         "attivo |\n",
         "PERSON=Oraella De Quarato;DATE_OF_BIRTH=4/3/2009;STREET_ADDRESS=Viale dei Mille, 30, "
         "int. 5 - 6500 Bellinzona"},
        {"Cod. cliente;Nome e cognome;Indirizzo;Data di nascita\n"
         "71407;Renaella Todoe;\"Via Nazionale 133, scala B, 6500 Bellinzona\";16 maggio 1972\n",
         "PERSON=Renaella Todoe;STREET_ADDRESS=Via Nazionale 133, scala B, 6500 "
         "Bellinzona;DATE_OF_BIRTH=16 maggio 1972"},
        /* fixed width, aligned by spaces */
        {"Kundennr.  Name                Geburtsdatum        Anschrift\n"
         "49210      Ortlinde Strohller  4.5.1953            Lindenallee 50 b, 20095 Hamburg\n",
         "PERSON=Ortlinde Strohller;DATE_OF_BIRTH=4.5.1953;STREET_ADDRESS=Lindenallee 50 b, "
         "20095 Hamburg"},
        {"Klantnr.  Naam             Geboortedatum  Adres\n"
         "53895     Griet Verhoeven  7-8-2005       Stationsweg 3, 1015 PX Amsterdam\n",
         "PERSON=Griet Verhoeven;DATE_OF_BIRTH=7-8-2005;STREET_ADDRESS=Stationsweg 3, 1015 PX "
         "Amsterdam"},
        /* a Name column with no birth, address or person column beside it: files */
        {"Name            Size    Modified\nreport_final.pdf  840 KB  2026-12-27\n", ""},
        /* a product table's Name column (csv_names() on line 0) */
        {"SKU,Name,Created,Status\nSKU-710,Nimbus Kettle,09/01/2024,active\nSKU-768,Orion "
         "Backpack,2025-08-23,active\n",
         ""},
        {"Cod. cliente;Nome;Apelido;Data de nascimento\n7;Filoleto;Pereira;14/08/1975\n",
         "PERSON=Filoleto;PERSON=Pereira;DATE_OF_BIRTH=14/08/1975"},
    };
    CHECK(c);
}

static void test_header_row_cell_is_not_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* "Alta" (Spanish "created") names a column of the header row */
        {"N.\xc2\xba cliente,Nombre,Alta,Correo\n21558,Guasia Olmiz\xc3\xa1"
         "bal Garc\xc3\xad"
         "a,5-sep-21,g@example.es\n",
         "PERSON=Guasia Olmiz\xc3\xa1"
         "bal Garc\xc3\xad"
         "a"},
        /* a row with no field's name in it keeps its people */
        {"Alta Berger,Correo\nJan,Delft\n", "PERSON=Alta Berger"},
    };
    CHECK(c);
}

static void test_field_values_read_no_byte_outside_the_text(void **state)
{
    (void)state;
    scan_every_prefix("INFO name=\"Aurent Monville\" dob=12_de_outubro_de_1968 "
                      "new_address=\"Steenweg op Gent 6, 2000 Antwerpen\"\n");
    scan_every_prefix("INSERT INTO p (id, full_name, dob, address) VALUES (1, 'Ann O''Hara', "
                      "\xe2\x80\x99"
                      "1958-03-22\xe2\x80\x99, '27 King''s Road, Leeds LS6 2AB');");
    scan_every_prefix("<c><fullName>Ann Hara</fullName><dob>1958-03-22</dob></c>");
    scan_every_prefix("Name  Geburtsdatum  Anschrift\nOrtlinde Strohller  4.5.1953  "
                      "Lindenallee 50, 20095 Hamburg\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_logfmt_fields_name_person_address_and_birth),
        cmocka_unit_test(test_json_name_keys_take_common_words_and_particles),
        cmocka_unit_test(test_yaml_item_fields),
        cmocka_unit_test(test_xml_elements_by_tag),
        cmocka_unit_test(test_sql_insert_values_by_column),
        cmocka_unit_test(test_csv_quoted_commas_keep_the_birth_column),
        cmocka_unit_test(test_table_headers_of_every_language),
        cmocka_unit_test(test_header_row_cell_is_not_a_person),
        cmocka_unit_test(test_field_values_read_no_byte_outside_the_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
