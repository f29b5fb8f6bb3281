/* test_names_dob16.c: dates of birth in the shapes of branch dob16 (names_dob16.c): a
 * correction or second candidate after a birth date, a birth label misread by OCR, a file name
 * with a birth segment, a clause after the date that names the birth, an age before the date, a
 * time between the date and its verb; and the look-alikes that stay: another event's date after
 * a birth date, a label that is another field's, a file name without a birth segment, a clause
 * about a thing, an age that does not agree, and an age group's cut-off after "a partir del",
 * "ab dem", "dal". The ages are computed from this year, as the rule computes them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"
#include "names_ages.h"

static void test_dob16_correction_after_a_birth_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DOB 08/11/1970 - sorry, typo, it's 06/05/2004",
         "DATE_OF_BIRTH=08/11/1970;DATE_OF_BIRTH=06/05/2004"},
        {"Geb.-Datum 04.12.1940, richtig ist 11.02.1981",
         "DATE_OF_BIRTH=04.12.1940;DATE_OF_BIRTH=11.02.1981"},
        {"her DOB is either 22/07/1961 or 10/23/1991, the records disagree",
         "DATE_OF_BIRTH=22/07/1961;DATE_OF_BIRTH=10/23/1991"},
        {"Geboortedatum 08-09-2005, sorry, moet 01-01-1995 zijn",
         "DATE_OF_BIRTH=08-09-2005;DATE_OF_BIRTH=01-01-1995"},
        {"Data de nascimento 06/03/1950, desculpe, \xc3\xa9 06/12/1948",
         "DATE_OF_BIRTH=06/03/1950;DATE_OF_BIRTH=06/12/1948"},
        /* a negated date, another event after the birth date, a later date, no birth date first */
        {"Korrektur: Lukas K\xc3\xbchn ist am 25.07.1983 geboren, nicht am 02.09.1951.",
         "DATE_OF_BIRTH=25.07.1983"},
        {"date of birth should read 10.07.1956, not 02/10/20 (the date she joined)",
         "DATE_OF_BIRTH=10.07.1956"},
        {"DOB 12/05/1990, no 15/06/2025 appointment yet", "DATE_OF_BIRTH=12/05/1990"},
        {"DOB 08/11/1970, admitted 06/05/2024", "DATE_OF_BIRTH=08/11/1970"},
        {"DOB 08/11/1970 or 06/05/2031", "DATE_OF_BIRTH=08/11/1970"},
        {"Invoice 08/11/2020 - sorry, it's 06/05/2021", ""},
    };
    check(c, sizeof c / sizeof c[0]);
}

static void test_dob16_ocr_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: Owen Fairbairn\nD0B: 17/12/1962\nSex: F", "DATE_OF_BIRTH=17/12/1962"},
        {"DATE OF B1RTH 09-MAR-1979", "DATE_OF_BIRTH=09-MAR-1979"},
        {"Fecha de nacirniento 01/08/1990", "DATE_OF_BIRTH=01/08/1990"},
        {"Date de naissanee : 09/12/1948", "DATE_OF_BIRTH=09/12/1948"},
        {"Geboorledatum 05-04-1967", "DATE_OF_BIRTH=05-04-1967"},
        {"Data di nasc\xc3\xadta: 07/02/1949", "DATE_OF_BIRTH=07/02/1949"},
        /* other labels close to a birth label, misread or not */
        {"Date of death: 17/12/1962", ""},
        {"Data de vencimento: 10/01/2026", ""},
        {"D0I: 17/12/1962", ""},
        {"Data di uscita: 13.5.2014", ""},
    };
    check(c, sizeof c / sizeof c[0]);
}

static void test_dob16_file_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"attached: passport_Fairbairn_dob_1980-04-02.pdf and utility_bill.pdf",
         "DATE_OF_BIRTH=1980-04-02"},
        {"Anhang: Geburtsurkunde_Demir_1951-09-25.pdf", "DATE_OF_BIRTH=1951-09-25"},
        {"Bijlage: geboorteakte_Brouwer_19470525.pdf", "DATE_OF_BIRTH=19470525"},
        {"Allegato: certificato_nascita_Fontana_19780619.pdf", "DATE_OF_BIRTH=19780619"},
        /* no birth segment */
        {"attached: invoice_Fairbairn_2024-04-02.pdf", ""},
        {"Bijlage: factuur_20240525.pdf", ""},
    };
    check(c, sizeof c / sizeof c[0]);
}

static void test_dob16_birth_named_after_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1/16/2004 is when my son Melwick was born.", "DATE_OF_BIRTH=1/16/2004"},
        {"1984-11-19 <- DOB of Owen", "DATE_OF_BIRTH=1984-11-19"},
        {"06.08.1949 \xe2\x80\x93 das ist Elifs Geburtsdatum.", "DATE_OF_BIRTH=06.08.1949"},
        {"Le 08/04/1943, c'est la date de naissance de Nad\xc3\xa8ge.", "DATE_OF_BIRTH=08/04/1943"},
        {"24 Feb 1947 - that's Wentortor's birthday, year and all.", "DATE_OF_BIRTH=24 Feb 1947"},
        /* a thing's start, another event named after the date, a birth word that labels the
           next date */
        {"Admitted 06/04/2024, born 7 August 1984.", "DATE_OF_BIRTH=7 August 1984"},
        {"Eintritt 04.07.25, Geburtsdatum 15.01.78", "DATE_OF_BIRTH=15.01.78"},
        {"2019-03-01 is when the project was born.", ""},
        {"On 16.01.2018, Kubernetes was born as an internal tool.", ""},
        {"2024-03-01 <- birthday of our app", ""},
        {"1987-03-04 - birthday of my mum", "DATE_OF_BIRTH=1987-03-04"},
        {"06.08.2024 \xe2\x80\x93 das ist der Liefertermin.", ""},
    };
    check(c, sizeof c / sizeof c[0]);
}

static void test_dob16_age_before_the_date(void **state)
{
    (void)state;
    int n = this_year();
    char text[256], want[64];
    snprintf(text, sizeof text, "Edad/F. nac.: %d / 03/12/%d", 40, n - 40);
    snprintf(want, sizeof want, "DATE_OF_BIRTH=03/12/%d", n - 40);
    expect(text, want);
    snprintf(text, sizeof text, "\xc3\x82ge/DDN : %d / 01/01/%d", 47, n - 47);
    snprintf(want, sizeof want, "DATE_OF_BIRTH=01/01/%d", n - 47);
    expect(text, want);
    /* an age that does not agree, no birth label */
    snprintf(text, sizeof text, "Edad/F. nac.: %d / 03/12/%d", 30, n - 40);
    expect(text, "");
    snprintf(text, sizeof text, "Lote/fecha: %d / 03/12/%d", 40, n - 40);
    expect(text, "");
}

static void test_dob16_time_before_the_verb(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ich bin am 06.02.1976 um 06:15 in K\xc3\xb6ln geboren. Was ist mein Aszendent?",
         "DATE_OF_BIRTH=06.02.1976"},
        {"Wir sind am 06.02.2026 um 06:15 in K\xc3\xb6ln angekommen.", ""},
    };
    check(c, sizeof c / sizeof c[0]);
}

static void test_dob16_cutoffs_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Categor\xc3\xad"
         "a alev\xc3\xadn: nacidos a partir del 01/02/2015.",
         ""},
        {"Jahrgang U12: Spieler, die ab dem 02.01.2015 geboren sind.", ""},
        {"Escal\xc3\xa3o sub-12: nascidos a partir de 16/06/2014.", ""},
        {"Mio figlio, nato il 25/05/2018, pu\xc3\xb2 iscriversi alla primaria dal 19/01/2024?",
         "DATE_OF_BIRTH=25/05/2018"},
        /* a birth date that follows no threshold */
        {"Spieler Jonas Weber, geboren am 02.01.2015.", "DATE_OF_BIRTH=02.01.2015"},
    };
    check(c, sizeof c / sizeof c[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob16_correction_after_a_birth_date),
        cmocka_unit_test(test_dob16_ocr_label),
        cmocka_unit_test(test_dob16_file_names),
        cmocka_unit_test(test_dob16_birth_named_after_the_date),
        cmocka_unit_test(test_dob16_age_before_the_date),
        cmocka_unit_test(test_dob16_time_before_the_verb),
        cmocka_unit_test(test_dob16_cutoffs_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
