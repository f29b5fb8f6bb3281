/* test_names_dob43.c: dates of birth as programs and data stores print them (names_dob43.c,
 * branch dob43): the value's encodings the date reader leaves (a call's or an array's year,
 * month and day, epoch seconds and milliseconds, negative before 1970, Excel serials, compact
 * dates) and the containers that say a value is a birth (the key before it past its wrapper,
 * the header of its column, delimited or aligned, Redis's key line above, a console's prompt, a
 * training example's entity label); and the look-alikes
 * that stay: the same encodings under other keys and columns, a thing's birthday in prose,
 * headers glued over two columns, birth words inside other words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"

static void test_dob43_numbers_under_a_birth_key(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* epoch seconds and milliseconds, negative before 1970 */
        {"mysql> SELECT * FROM c\\G\n  data_nascimento: -23587200\n        criado_em: 1408924800\n",
         "DATE_OF_BIRTH=-23587200"},
        {"{\"_source\": {\"name\": \"Ana\", \"birthDate\": 476409600, \"updatedAt\": 1618531200}}",
         "DATE_OF_BIRTH=476409600"},
        /* an Excel serial, a compact date */
        {"sqlite> .mode line\n             namn = Astrid Berg\n             fodd = 20000605\n"
         "anstallningsdatum = 20220908\n",
         "DATE_OF_BIRTH=20000605"},
        {"127.0.0.1:6379> HGETALL user:7\n1) \"name\"\n2) \"Ana Costa\"\n3) \"dob\"\n4) \"31848\"\n"
         "5) \"created_at\"\n6) \"45123\"\n",
         "DATE_OF_BIRTH=31848"},
        /* look-alikes: the same numbers under other keys */
        {"  last_login: 1408924800\n  expires: 20270101\n  invoice: 45123\n", ""},
        {"{\"ts\": 1712345678, \"size\": 31848, \"build\": 20240312}", ""},
    };
    CHECK(c);
}

static void test_dob43_year_month_day_arguments(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"test> db.users.findOne()\n{\n  name: 'Ana',\n  dob: [1987, 3, 12],\n  created: [2024, 1, "
         "5]\n}\n",
         "DATE_OF_BIRTH=1987, 3, 12"},
        {"  birthDate: new Date(Date.UTC(1953, 4, 19)),\n  updatedAt: new Date(Date.UTC(2019, 10, "
         "13))\n",
         "DATE_OF_BIRTH=1953, 4, 19"},
        {"    [\"Name\", \"DOB\", \"Joined\"],\n    [\"Ana Costa\", \"=DATE(1939,8,11)\", "
         "\"=DATE(2025,1,24)\"]\n",
         "DATE_OF_BIRTH=1939,8,11"},
        /* an array of a version or of other numbers stays */
        {"  version: [1987, 3, 12],\n  hired_on: new Date(2019, 10, 13)\n", ""},
    };
    CHECK(c);
}

static void test_dob43_keys_past_their_wrappers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"  f_dato: ISODate(\"2002-01-15T00:00:00.000Z\"),\n  oprettet: "
         "ISODate(\"2026-11-07T00:00:00.000Z\")\n",
         "DATE_OF_BIRTH=2002-01-15T00:00:00.000Z"},
        {"{\"bdate\": {\"$date\": {\"$numberLong\": \"681955200000\"}}, \"updated\": {\"$date\": "
         "{\"$numberLong\": \"1618531200000\"}}}",
         "DATE_OF_BIRTH=681955200000"},
        {"> df <- tibble(\n+   geboortedat = c(as.Date(\"1948-04-18\"), as.Date(\"1992-05-26\")),\n"
         "+   datumindienst = c(as.Date(\"2020-05-14\"), as.Date(\"2020-10-18\"))\n+ )\n",
         "DATE_OF_BIRTH=1948-04-18;DATE_OF_BIRTH=1992-05-26"},
        {"FactoryBot.define do\n  factory :user do\n    dt_nascita { Date.new(1957,2,24) }\n    "
         "data_assunzione { Date.new(2014,6,2) }\n  end\nend\n",
         "DATE_OF_BIRTH=1957,2,24"},
        /* a thing's birthday in prose is no key; another call's argument */
        {"The iPod's birthday: 20180525.", ""},
        {"  birthday: render(1700000000),\n  dob_check: render(31848)\n", ""},
    };
    CHECK(c);
}

static void test_dob43_column_headers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a delimited table: Gherkin, psql, a Sheets API row under its header row */
        {"      | nome               | natoil     | dataassunzione |\n      | Mellind Drubransen | "
         "1216598400 | 1461801600     |\n      | Davide Greco       | -272764800 | 1644019200     "
         "|\n",
         "DATE_OF_BIRTH=1216598400;DATE_OF_BIRTH=-272764800"},
        {"    [\"nombre\", \"fnacimiento\", \"fechaalta\"],\n    [\"Ximena Fuentes\", 31238, "
         "43549],\n    [\"Pilar Navarro\", 28968, 43772]\n",
         "DATE_OF_BIRTH=31238;DATE_OF_BIRTH=28968"},
        {"    [\"jmeno\", \"Dat nar\", \"Vytvoreno\"],\n    [\"Halmau Quihalson\", \"1986-11-25\", "
         "\"2026-07-28\"]\n",
         "DATE_OF_BIRTH=1986-11-25"},
        /* an aligned frame: the header word over the cell's edge, many lines above */
        {"                 nome  nascimento    validade\n0    Graciete Ribeiro  -179539200  "
         "1523836800\n1    Kelmau Vlatinsen   476409600  1618531200\n",
         "DATE_OF_BIRTH=-179539200;DATE_OF_BIRTH=476409600"},
        {"                 name                         birthdate                         "
         "updatedAt\n0    Halhal Bertorley  Timestamp('1956-07-15 00:00:00')  "
         "Timestamp('2025-02-23 00:00:00')\n",
         "DATE_OF_BIRTH=1956-07-15 00:00:00"},
        /* other columns; a header glued over two columns; a birth word inside another word */
        {"      | name | created    | expires    |\n      | Ana  | 1216598400 | 1461801600 |\n",
         ""},
        {"NOM                     DATE DE NAISSANCEENTR\xc3\x89"
         "E\nLEF\xc3\x88VRE BENO\xc3\x8eT     "
         "     27/11/1937    28/8/2019\n",
         "DATE_OF_BIRTH=27/11/1937"},
        {"Paciente: Ana | Fecha de vacunaci\xc3\xb3n: 14/04/2026 | Receta: 19/04/2026", ""},
        {"Firmengeburtstag: 19600303.", ""},
    };
    CHECK(c);
}

static void test_dob43_statements_transposed_rows_and_prompts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* an INSERT's column list over its rows, the last one ending the statement */
        {"INSERT INTO m (jmeno, narozen, nastup) VALUES\n  ('Ana', 1, 2),\n  ('Eva', -36374400, "
         "1671494400);\n",
         "DATE_OF_BIRTH=-36374400"},
        /* a record-linkage table: the field's row, both sides */
        {"| field | left | right |\n|---|---|---|\n| geboortedatum | =DATE(1939,8,11) | "
         "=DATE(1939,8,11) |\n| aangemaakt | =DATE(2025,1,24) | =DATE(2023,4,5) |\n",
         "DATE_OF_BIRTH=1939,8,11;DATE_OF_BIRTH=1939,8,11"},
        /* a console's answer to a prompt for a birth attribute; a flat "bornon" header; a
           negative epoch after a tab */
        {">>> p.f\xc3\xb8"
         "dselsdato\nnumpy.datetime64('1985-05-09')\n>>> p.ansaettelsesdato\n"
         "numpy.datetime64('2021-11-25')\n",
         "DATE_OF_BIRTH=1985-05-09"},
        {"      | name  | bornon          | expires           |\n      | Ana   | 25 August 1991  | "
         "February 21, 2019 |\n",
         "DATE_OF_BIRTH=25 August 1991"},
        {"id\tname\tbirth_date\tcreated_at\n1002\tAna\t-27993600\t1504828800\n",
         "DATE_OF_BIRTH=-27993600"},
        /* a flat French header; a dotted key's last part */
        {"id;nom;datedenaissance;creele\n1001;Druqui Zarini;288835200000;1466985600000\n",
         "DATE_OF_BIRTH=288835200000"},
        {"pair 9527: left.dat_nar=20535 right.dat_nar=20535 score=0.73\n  left.datum_umrti=44786\n",
         "DATE_OF_BIRTH=20535;DATE_OF_BIRTH=20535"},
        /* other fields' rows, a first cell with a value in it; other attributes */
        {"| field | left | right |\n| created_at | 1216598400 | 1461801600 |\n| nr 2 | 1216598400 "
         "| 31848 |\n",
         ""},
        {">>> p.created\n681955200000\n>>> p.updated_at\n1618531200\n", ""},
    };
    CHECK(c);
}

static void test_dob43_training_examples_by_their_entity_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"text\": \"Lindwen Scaeira 19690704 / 20160128\", \"entities\": [[0, 15, \"PER\"], "
         "[16, 24, \"DATE_OF_BIRTH\"], [27, 35, \"DATE\"]]}\n",
         "DATE_OF_BIRTH=19690704"},
        {"TRAIN_DATA = [\n    (\"Ana K\xc3\xa4stner 1987-03-12T00:00:00+01:00 / 2024-01-05\", "
         "{\"entities\": [(0, 11, \"PER\"), (12, 37, \"DOB\")]}),\n]\n",
         "DATE_OF_BIRTH=1987-03-12T00:00:00"},
        /* the same shapes labelled as other dates */
        {"{\"text\": \"Lindwen Scaeira 19690704 / 20160128\", \"entities\": [[0, 15, \"PER\"], "
         "[16, 24, \"DATE\"], [27, 35, \"DATE\"]]}\n",
         ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob43_numbers_under_a_birth_key),
        cmocka_unit_test(test_dob43_year_month_day_arguments),
        cmocka_unit_test(test_dob43_keys_past_their_wrappers),
        cmocka_unit_test(test_dob43_column_headers),
        cmocka_unit_test(test_dob43_statements_transposed_rows_and_prompts),
        cmocka_unit_test(test_dob43_training_examples_by_their_entity_labels),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
