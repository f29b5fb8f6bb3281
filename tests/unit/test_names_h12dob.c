/* test_names_h12dob.c: dates of birth known by where their label stands (names_h12dob.c): a
 * printout's birth column left- or right-aligned or one column off, R's type row, a two-column
 * form flattened by a PDF copy, a birth label in a comment or bracket after the date; and the
 * look-alikes that stay: another column's date, a header spanning several columns, a comment
 * that names another date or denies a birth. */
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

static void test_h12dob_printout_birth_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* pandas, right-aligned and one column off its index */
        {">>> df.head(2)\n  first_name  last_name         dob  street\n0        Bram    "
         "Mertens  1989-02-27  Oudegracht 154\n1       Anouk      Claes  1957-07-04  Kerkstraat 1\n",
         "DATE_OF_BIRTH=1989-02-27;STREET_ADDRESS=Oudegracht 154;DATE_OF_BIRTH=1957-07-04;"
         "STREET_ADDRESS=Kerkstraat 1"},
        /* R's tibble: a type row between the header and the rows, one space between cells */
        {"# A tibble: 2 x 3\n  name                   birth_date postcode\n  <chr>              "
         "    <date>     <chr>\n1 Lieke de Vries         1979-07-12 28013\n2 Femke Smit          "
         "   2004-01-11 04109\n",
         "DATE_OF_BIRTH=1979-07-12;DATE_OF_BIRTH=2004-01-11"},
        /* another column's date stays */
        {"report\n   id   geburtsdatum   eintritt\n  101     1966-09-05  2021-03-01\n",
         "DATE_OF_BIRTH=1966-09-05"},
        {"report\n   id   eintritt   aufnahme\n  101  1966-09-05  2021-03-01\n", ""},
        /* a single-spaced header spans the later date too */
        {"Surname Given names Date of birth\nMAZZOLENI AURELIO  10.07.1952  07.11.2022\n",
         "DATE_OF_BIRTH=10.07.1952"},
    };
    CHECK(c);
}

static void test_h12dob_two_column_form(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"LEBENSLAUF\n\nGeburtsdatum                    2014 \xe2\x80\x93 2018  Controller\n"
         "24. Juli 1973                 Reporting to the CFO\n",
         "DATE_OF_BIRTH=24. Juli 1973"},
        {"Scan\nDate of birth          Date of issue\n12.03.1980             01.02.2025\n",
         "DATE_OF_BIRTH=12.03.1980"},
        {"Scan\nValid until            Geburtsdatum\n01.02.2030             12.03.1980\n",
         "DATE_OF_BIRTH=12.03.1980"},
    };
    CHECK(c);
}

static void test_h12dob_label_after_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"x\n(0010,0030) DA [19981022]  #   8, 1 PatientBirthDate\n", "DATE_OF_BIRTH=19981022"},
        {"INSERT INTO p VALUES (1, 'Ann', '1980-03-12'); -- geboortedatum\n",
         "DATE_OF_BIRTH=1980-03-12"},
        {"  when: 1974-05-12   # date of birth\n", "DATE_OF_BIRTH=1974-05-12"},
        {"  d1: \"06/05/2012\",  // data di nascita\n", "DATE_OF_BIRTH=06/05/2012"},
        /* another date's label, a denied birth */
        {"INSERT INTO p VALUES (1, 'Ann', '2025-03-12'); -- admission date\n", ""},
        {"x\n(0008,0020) DA [20250420]  #   8, 1 StudyDate\n", ""},
        {"- Anselma Ollivrand, d. 1896-11-21 (no birth recorded)\n", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_h12dob_printout_birth_column),
        cmocka_unit_test(test_h12dob_two_column_form),
        cmocka_unit_test(test_h12dob_label_after_the_date),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
