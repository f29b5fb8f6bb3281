/* test_names_dob14.c: dates of birth whose cue is a structure's (branch dob14): a generic field
 * ("value", "date") under a parent key that names the birth in YAML, JSON and XML, a value under
 * an SQL INSERT's birth column, an <input> after a birth <label>, a month and a year alone after a
 * birth cue, the cues of languages the grid added, English weekday abbreviations. The look-alikes
 * stay dates: the same shapes under another event's key, column or label, a month and year with no
 * birth cue, a company's or a product's birthday. */
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

static void test_nested_birth_keys(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"customer:\n  date_of_birth:\n    value: 1987-03-04\n  tier: gold\n",
         "DATE_OF_BIRTH=1987-03-04"},
        {"customer:\n  dob:\n    # as printed on the ID card\n    verified: true\n    value: "
         "04.03.1987\n",
         "DATE_OF_BIRTH=04.03.1987"},
        {"{\"name\": \"x\",\n \"birthDate\": {\n  \"verified\": true,\n  \"source\": "
         "\"passport\",\n  \"value\": \"4 March 1987\"\n }\n}",
         "DATE_OF_BIRTH=4 March 1987"},
        {"<record>\n  <dateOfBirth>\n    <source>passport</source>\n    "
         "<value>19870304</value>\n  </dateOfBirth>\n</record>",
         "DATE_OF_BIRTH=19870304"},
        /* another event's key, a birth certificate's date, a blank line between */
        {"customer:\n  created_at:\n    value: 1987-03-04\n", ""},
        {"<record>\n  <createdAt>\n    <source>passport</source>\n    "
         "<value>1987-03-04</value>\n  </createdAt>\n</record>",
         ""},
        {"birth_certificate:\n  date: 1987-03-04\n", ""},
        {"dob:\n\n  value: 1987-03-04\n", ""},
    };
    CHECK(c);
}

static void test_sql_insert_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"INSERT INTO customers (id, name, email, dob, country) VALUES (8253, 'Ann Lee', "
         "'x@example.org', '06-01-1988', 'GB');",
         "DATE_OF_BIRTH=06-01-1988"},
        {"INSERT INTO t (id, fecha_nacimiento, city) VALUES (7, '1987-03-04', 'Leeds');",
         "DATE_OF_BIRTH=1987-03-04"},
        /* the date under another column */
        {"INSERT INTO t (id, dob, created_at) VALUES (7, NULL, '1987-03-04');", ""},
    };
    CHECK(c);
}

static void test_input_after_birth_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<label for=\"f7\">Date of birth</label>\n<input id=\"f7\" type=\"text\" "
         "value=\"04/03/1987\" required>",
         "DATE_OF_BIRTH=04/03/1987"},
        {"<label for=\"f7\">Date of issue</label>\n<input id=\"f7\" type=\"text\" "
         "value=\"04/03/1987\">",
         ""},
    };
    CHECK(c);
}

static void test_month_and_year_after_a_birth_cue(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth: March 1987", "DATE_OF_BIRTH=March 1987"},
        {"DOB 03/1987", "DATE_OF_BIRTH=03/1987"},
        {"Geburtsdatum: 11/1962\nOrt: Ulm", "DATE_OF_BIRTH=11/1962"},
        /* no birth cue, another event's */
        {"Release date: March 1987", ""},
        {"Member since 03/1987", ""},
        {"Date of issue: 11/2015", ""},
    };
    CHECK(c);
}

static void test_cues_of_more_languages(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Születési dátum: 1987.03.04", "DATE_OF_BIRTH=1987.03.04"},
        {"Tanggal lahir: 04-03-1987", "DATE_OF_BIRTH=04-03-1987"},
        {"Data rozhdeniya: 04.03.1987", "DATE_OF_BIRTH=04.03.1987"},
        {"dogum_tarihi=1987-03-04", "DATE_OF_BIRTH=1987-03-04"},
        {"fodelsedatum: 1987-03-04", "DATE_OF_BIRTH=1987-03-04"},
        {"Ur.: 04.03.1987", "DATE_OF_BIRTH=04.03.1987"},
        /* another event's date in the same language, a Swedish "ur" (out of) */
        {"Tanggal terbit: 04-03-2019", ""},
        {"ur 2019-03-04 års rapport", ""},
    };
    CHECK(c);
}

static void test_weekday_abbreviations_and_things_birthdays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DOB: Tue, 8 December 1953", "DATE_OF_BIRTH=Tue, 8 December 1953"},
        {"| Name | DOB | City |\n|---|---|---|\n| Elif Demir | Wed, 4 March 1987 | Leeds |\n",
         "DATE_OF_BIRTH=Wed, 4 March 1987"},
        {"Maria's birthday: 12.03.1987", "DATE_OF_BIRTH=12.03.1987"},
        /* a thing's birthday, a record that came out */
        {"Our company's birthday is 12-SEP-1983.", ""},
        {"The iPod's birthday: 20011023.", ""},
        {"The shop's 30th birthday falls on 4 March 1994.", ""},
        {"Born to Run came out on 25 August 1975.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nested_birth_keys),
        cmocka_unit_test(test_sql_insert_column),
        cmocka_unit_test(test_input_after_birth_label),
        cmocka_unit_test(test_month_and_year_after_a_birth_cue),
        cmocka_unit_test(test_cues_of_more_languages),
        cmocka_unit_test(test_weekday_abbreviations_and_things_birthdays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
