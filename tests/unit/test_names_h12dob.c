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
         "Mertens  1989-02-27  Oudegracht 154\n1       Anouk      Claes  1957-07-04  Kerkstraat "
         "1\n",
         "DATE_OF_BIRTH=1989-02-27;STREET_ADDRESS=Oudegracht 154;DATE_OF_BIRTH=1957-07-04;"
         "STREET_ADDRESS=Kerkstraat 1"},
        /* R's tibble: a type row between the header and the rows, one space between cells */
        {"# A tibble: 2 x 3\n  name                   birth_date postcode\n  <chr>              "
         "    <date>     <chr>\n1 Lieke de Vries         1979-07-12 28013\n2 Femke Smit          "
         "   2004-01-11 04109\n",
         "DATE_OF_BIRTH=1979-07-12;DATE_OF_BIRTH=2004-01-11"},
        /* French "DATE_NAIS" (names_dates.c's abbreviations) */
        {"scala> df.show(false)\nid     last          DATE_NAIS   date_entree\n21161  Marchand     "
         " "
         "23.02.1969  05.02.2025\n",
         "DATE_OF_BIRTH=23.02.1969"},
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

static void test_h12dob_date_glued_to_a_person_in_a_group(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mitziehende Personen:\n- Omar Haddad, 24.10.1982\n- Lena Haddad, 09.02.2015\n",
         "DATE_OF_BIRTH=24.10.1982;DATE_OF_BIRTH=09.02.2015"},
        {"Sibling already registered: Callum Widney (02/10/2019)\n", "DATE_OF_BIRTH=02/10/2019"},
        {"Acompa\xc3\xb1"
         "antes: Tasendo Valabal (19.11.1954), Guillermo (11.01.2016)\n",
         "DATE_OF_BIRTH=19.11.1954;DATE_OF_BIRTH=11.01.2016"},
        {"Passagiers:\n1. Femke van der Berg (2006-09-20)\n", "DATE_OF_BIRTH=2006-09-20"},
        {"Cartella clinica \xe2\x80\x93 "
         "Manedo Lonetti (26/11/1995)\nNote: controllo\n",
         "DATE_OF_BIRTH=26/11/1995"},
        {"Krankenakte: Jonas Krause (14.10.1966)\n", "DATE_OF_BIRTH=14.10.1966"},
        /* an agent's date, a label naming another date, this or last year, a note's title */
        {"Kinder:\n- Anna Keller, 12.03.2015\nFreigegeben von Ulrike Weber, 13.08.2023\n",
         "DATE_OF_BIRTH=12.03.2015"},
        {"Children enrolled this term, with their start dates:\n- Clodagh Keane (22.08.2021)\n",
         ""},
        {"Passengers: Anna Keller (12.03.2026)\n", ""},
        {"- son: Ghour Pelski, 2025-08-25\n", ""},
        {"Meeting notes \xe2\x80\x93 "
         "Anna Keller (12.03.2021)\n",
         ""},
        {"Approved by Declan Doyle (14.06.2019)\n", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_h12dob_printout_birth_column),
        cmocka_unit_test(test_h12dob_two_column_form),
        cmocka_unit_test(test_h12dob_label_after_the_date),
        cmocka_unit_test(test_h12dob_date_glued_to_a_person_in_a_group),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
