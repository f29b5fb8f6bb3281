/* test_names_dob47.c: dates of birth as data tools and agents pass them on (branch dob47,
 * names_dob47.c): a request body's member whose key names a birth in another of the pack's
 * languages (the member path judges a value by its key alone), the values data stores write under
 * such a key, markup and ZPL's `^FD` between a birth label and its date, a spreadsheet's
 * `=DATE(y;m;d)`, a date as OCR misread it. And what stays: an animal's birth key, another key's
 * epoch or serial, markup that leaves the label's element, a value after another cell's text,
 * OCR-like text with no birth label. */
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

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"

/* A tool call's arguments (a JSON document inside a string) with one member: masked or kept. */
static void member(const char *key, const char *value, int masked)
{
    char in[512];
    snprintf(in, sizeof in,
             "{\"messages\": [{\"role\": \"assistant\", \"tool_calls\": [{\"id\": \"c1\", "
             "\"type\": \"function\", \"function\": {\"name\": \"add\", \"arguments\": "
             "\"{\\\"%s\\\": \\\"%s\\\"}\"}}]}]}",
             key, value);
    char *o = rewrite_json(in);
    if (masked) {
        assert_null(strstr(o, value));
        assert_non_null(strstr(o, "[DATE_OF_BIRTH_1]"));
    } else {
        assert_non_null(strstr(o, value));
    }
    free(o);
}

static void test_dob47_birth_keys_of_every_language_in_a_body(void **state)
{
    (void)state;
    member("datum_narozeni", "1997-02-14", 1);
    member("syntymaaika", "1952-11-25", 1);
    member("dt_naiss", "1969-06-14", 1);
    member("szul_datum", "1966.08.26.", 1);
    member("fodelsedatum", "1984-12-26", 1);
    member("d_tarihi", "1957-08-21T00:00:00+00:00", 1);
    member("data_urodzenia", "1987-03-04", 1);
    member("f_nacimiento", "1998-11-21 00:00:00", 1);
    /* an animal's birth, and other dates under other keys */
    member("Pet_Birthdate__c", "2018-06-03", 0);
    member("dog_birth_date", "2019-05-01", 0);
    member("datum_vydani", "2021-02-14", 0);
    member("created_at", "2024-01-12 10:11:12", 0);
}

static void test_dob47_data_store_values_under_a_birth_key(void **state)
{
    (void)state;
    member("date_of_birth", "541900800000", 1); /* epoch milliseconds */
    member("dob_ms", "-974505600000", 1);
    member("geburtsdatum", "19870304", 1);
    member("birth_date", "31840", 1);      /* a spreadsheet serial */
    member("fodselsdato", "541900800", 1); /* epoch seconds */
    /* the same numbers under other keys, and numbers no date is */
    member("created", "541900800000", 0);
    member("invoice_serial", "31840", 0);
    member("dob", "123", 0);
    member("dob", "19871304", 0); /* month 13 */
}

static void test_dob47_markup_and_zpl_between_label_and_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<tr><th scope=\"row\">Geboren am</th>\n      <td>27.10.1996</td></tr>\n",
         "DATE_OF_BIRTH=27.10.1996"},
        {"<dt>Date of birth</dt>\n  <dd>4 March 1987</dd>\n", "DATE_OF_BIRTH=4 March 1987"},
        {"<p>Nacido el <time datetime=\"1973-06-28\">28 de junio de 1973</time></p>\n",
         "DATE_OF_BIRTH=1973-06-28;DATE_OF_BIRTH=28 de junio de 1973"},
        {"<b>Datum&nbsp;narození:</b>&nbsp;05.04.1999<br>\n", "DATE_OF_BIRTH=05.04.1999"},
        {"^FO40,80^FDDOB: 1991.06.12.^FS\n", "DATE_OF_BIRTH=1991.06.12."},
        /* the label's element closed and its parent too, then another element's date; another
           cell's text after the label's cell */
        {"<DtAndPlcOfBirth>\n  <CityOfBirth>Lyon</CityOfBirth>\n</DtAndPlcOfBirth>\n"
         "<ReqdExctnDt>2024-12-08</ReqdExctnDt>\n",
         ""},
        {"<tr><th>Born</th><td>Lyon</td><td>12.03.2024</td></tr>\n", ""},
        {"^FO40,80^FDPrinted 12.03.2024^FS\n", ""},
    };
    CHECK(c);
}

static void test_dob47_sheet_formula_and_ocr(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Geburtsdatum: =DATE(1944;5;1)\n", "DATE_OF_BIRTH=1944;5;1"},
        {"    [\"Nome\", \"Nato il\"],\n    [\"Ilaria Greco\", \"=DATE(1944;5;1)\"]\n",
         "DATE_OF_BIRTH=1944;5;1"},
        {"Geburtsdatum: 19.O2.1987\n", "DATE_OF_BIRTH=19.O2.1987"},
        {"Doğum Tarihi: 26.0l.1967\n", "DATE_OF_BIRTH=26.0l.1967"},
        {"Födelsedatum: 14,06.1952\n", "DATE_OF_BIRTH=14,06.1952"},
        /* the same slips with no birth label, and another event's formula */
        {"Ziyaret tarihi: 26.0l.1967\n", ""},
        {"Build 19.O2.1987 of the tool, 14,06.1952 rows\n", ""},
        {"Eintritt: =DATE(2022;1;14)\n", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob47_birth_keys_of_every_language_in_a_body),
        cmocka_unit_test(test_dob47_data_store_values_under_a_birth_key),
        cmocka_unit_test(test_dob47_markup_and_zpl_between_label_and_date),
        cmocka_unit_test(test_dob47_sheet_formula_and_ocr),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
