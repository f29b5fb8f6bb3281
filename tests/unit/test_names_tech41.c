/* test_names_tech41.c: fields of technical text (names_tech41.c): psql's expanded rows and
 * two-column "field | value" tables, sqlite's rows under the SELECT that chose them, CoNLL PER
 * tags, a name object's parts (mongosh, JSON), Django's `<Customer: X>` reprs, SSML `<say-as>`;
 * and what they must leave: a weak key's value alone, name parts under a SELECT with no column
 * that only a person has, other tags, other models, dates with no birth word. */
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

static void test_psql_expanded_rows_name_their_values(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"-[ RECORD 1 ]-+-----------\nid            | 4821\nfirst_name    | Kaen\nlast_name     "
         "| Weindling\ndate_of_birth | 1984-02-11\nexpires_at    | 2027-01-01 10:00:00\n",
         "PERSON=Kaen;PERSON=Weindling;DATE_OF_BIRTH=1984-02-11"},
        /* a two-column Markdown table, lower case beside a birth date */
        {"| field | value |\n|---|---|\n| first_name | kaen |\n| last_name | weindling |\n| dob | "
         "1984-02-11 |\n",
         "PERSON=kaen;PERSON=weindling;DATE_OF_BIRTH=1984-02-11"},
        /* a weak key beside a strong one */
        {"-[ RECORD 1 ]-----\nname       | Kaen Weindling\nbirth_date | 1984-02-11\n",
         "PERSON=Kaen Weindling;DATE_OF_BIRTH=1984-02-11"},
    };
    CHECK(c);
}

static void test_sqlite_rows_read_by_their_select(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"sqlite> SELECT id, first, last, dob FROM people;\n66|Javier|Vriquano|1995-07-22\n425|"
         "Cuea|Brelloso|1994-05-28\nsqlite> .schema people\n",
         "PERSON=Javier;PERSON=Vriquano;DATE_OF_BIRTH=1995-07-22;PERSON=Cuea;PERSON=Brelloso;DATE_"
         "OF_BIRTH=1994-05-28"},
        {"SELECT p.id, p.first_name AS fn, p.last_name FROM patients p;\n7|Ondrash|Velquist\n",
         "PERSON=Ondrash;PERSON=Velquist"},
    };
    CHECK(c);
}

static void test_conll_tags_name_persons(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"-DOCSTART- -X- O O\n\nKaen NNP B-PER\nWeindling NNP I-PER\nvisited NN O\nPorto NNP "
         "B-LOC\n. . O\n",
         "PERSON=Kaen;PERSON=Weindling"},
        {"Ondrash\tB-PERSON\nvelquist\tI-PERSON\nsaid\tO\n", "PERSON=Ondrash;PERSON=velquist"},
    };
    CHECK(c);
}

static void test_name_objects_and_reprs_and_ssml(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[ { _id: ObjectId('6bdaac43'), name: { first: 'Elsa', last: 'Fjalquist' }, city: 'Malmo' "
         "} ]",
         "PERSON=Elsa;PERSON=Fjalquist"},
        {"{\"fullName\": {\"given\": \"Ondrash\", \"family\": \"Velquist\"}}",
         "PERSON=Ondrash;PERSON=Velquist"},
        {">>> Customer.objects.all()\n<QuerySet [<Customer: Colfordy Whitcombe>, <Customer: "
         "Ondrash "
         "Velquist>]>",
         "PERSON=Colfordy Whitcombe;PERSON=Ondrash Velquist"},
        {"<speak>Hello <say-as interpret-as=\"name\">Kaen Weindling</say-as>. Please confirm your "
         "date of birth, <say-as interpret-as=\"date\" format=\"ymd\">1984-02-11</say-as>.</speak>",
         "PERSON=Kaen Weindling;DATE_OF_BIRTH=1984-02-11"},
    };
    CHECK(c);
}

static void test_technical_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a weak key alone, a product's name */
        {"-[ RECORD 1 ]--\nname    | Release Train\nversion | 2.1.0\n", ""},
        {"| key | value |\n|---|---|\n| name | Office Chair |\n| sku | S-014 |\n", ""},
        /* name parts under a SELECT with no column only a person has */
        {"sqlite> SELECT first, last FROM segments;\nIntro|Outro\n", ""},
        /* other tags */
        {"Porto NNP B-LOC\nAcme NNP B-ORG\nsaid VBD O\n", ""},
        /* an object that is no name's, another model */
        {"range: { first: 'Alpha', last: 'Omega' }", ""},
        {"<QuerySet [<Product: Office Chair>, <Team: Backend Guild>]>", ""},
        /* a date with no birth word, another say-as */
        {"<speak>Your visit is on <say-as interpret-as=\"date\">2025-03-01</say-as>, code <say-as "
         "interpret-as=\"characters\">ABC</say-as></speak>",
         ""},
        /* lower case with no strong value beside it */
        {"-[ RECORD 1 ]--\nfirst_name | pending\nlast_name  | unknown\n", ""},
    };
    CHECK(c);
}

static void test_tech41_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix(
        "sqlite> SELECT id, first, last, dob FROM people;\n66|Javier|Vriquano|1995-07-"
        "22\n");
    scan_every_prefix("-[ RECORD 1 ]-+--\nfirst_name    | Kaen\r\nlast_name     | Weindling\r\n");
    scan_every_prefix("Kaen NNP B-PER\nWeindling NNP I-PERSON\n");
    scan_every_prefix("name: { first: 'Elsa', last: 'Fjalquist' }");
    scan_every_prefix(
        "<QuerySet [<Customer: Colfordy Whitcombe>]> <say-as interpret-as=\"name\">Kaen"
        " Weindling</say-as>");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_psql_expanded_rows_name_their_values),
        cmocka_unit_test(test_sqlite_rows_read_by_their_select),
        cmocka_unit_test(test_conll_tags_name_persons),
        cmocka_unit_test(test_name_objects_and_reprs_and_ssml),
        cmocka_unit_test(test_technical_look_alikes_stay),
        cmocka_unit_test(test_tech41_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
