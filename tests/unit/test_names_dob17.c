/* test_names_dob17.c: dates of birth in the shapes of branch dob17 (names_dob17.c and its birth
 * words): a bracket that ends a person's line, a roster's capitals and sex letter, Nordic "f.", a
 * "name  date" list under a birth header, a month and a two-digit year after a birth label, short
 * and misspelt birth labels, birthdays without a year in Dutch, Polish, Swedish and "turns 40";
 * and the look-alikes that stay: a recent date in the same places, a label that names another
 * event, a header of another column, a thing that turns 40. */
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
#include "names_ages.h"

static void test_dob17_bracket_ends_a_persons_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Katrin Weber (26.12.1941)", "DATE_OF_BIRTH=26.12.1941"},
        {"Rui Sousa (1957-10-17) \xe2\x80\x93 Zimmer 12", "DATE_OF_BIRTH=1957-10-17"},
        {"Teilnehmer:\n- Sergio Romero (19.12.1944)\n- Javier Castillo (22.4.1943)\n",
         "DATE_OF_BIRTH=19.12.1944;DATE_OF_BIRTH=22.4.1943"},
        {"Gelker Huihof (17.09.41) - please check", "DATE_OF_BIRTH=17.09.41"},
        {"Jakub Wi\xc5\x9bniewski (10.05.1973 r.)", "DATE_OF_BIRTH=10.05.1973"},
        /* a recent date, a label before the name (a clerk's), a word that is no name */
        {"Katrin Weber (26.12.2024)", ""},
        {"Signed: Katrin Weber (26.12.1981)", ""},
        {"see the minutes (26.12.1981)", ""},
    };
    CHECK(c);
}

static void test_dob17_caps_roster_with_sex_letter(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"OKAFOR SIOBHAN 04/09/1989 M", "DATE_OF_BIRTH=04/09/1989"},
        {"HOLQVIST SJ\xc3\x96LUND 1985-11-23 F", "DATE_OF_BIRTH=1985-11-23"},
        {"VOGEL TOBIAS 1968-3-8 W\n", "DATE_OF_BIRTH=1968-3-8"},
        {"NAVARRO \xc3\x81LVARO 1948-01-06 \xe2\x80\x93 please check", "DATE_OF_BIRTH=1948-01-06"},
        {"KOWALSKA KRZYSZTOF 08.03.74\n", "DATE_OF_BIRTH=08.03.74"},
        /* words after the date, a recent date, a word in lower case, a heading's common words */
        {"OKAFOR SIOBHAN 04/09/1989 room 4", ""},
        {"ANNUAL REPORT 1989-12-31", ""},
        {"FINAL INVOICE 04/09/1989 \xe2\x80\x93 paid", ""},
        {"OKAFOR SIOBHAN 04/09/2022 M", ""},
        {"Okafor said 04/09/1989 M", ""},
    };
    CHECK(c);
}

static void test_dob17_nordic_mark(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Lundvik Holmgren, f. 23 oktober 1942, d. 2001", "DATE_OF_BIRTH=23 oktober 1942"},
        {"Erik Ekstr\xc3\xb6m (f. 04.12.1946)", "DATE_OF_BIRTH=04.12.1946"},
        {"Patient: Dalberg Lundgren, f.:  06/08/1959", "DATE_OF_BIRTH=06/08/1959"},
        /* German "f." for "für", a page's "f." */
        {"Antrag f. 12.03.1990 eingereicht", ""},
        {"siehe S. 12 f. 04.03.1990", ""},
    };
    CHECK(c);
}

static void test_dob17_list_under_birth_header(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Columns: Nombre, Fecha nac.\n\nRoc\xc3\xado Navarro - 07.12.96\nLuc\xc3\xad"
         "a Romero  1994-4-3\n",
         "DATE_OF_BIRTH=07.12.96;DATE_OF_BIRTH=1994-4-3"},
        {"Here is the export, columns are name / Data di nascita:\nCorlon Brucorone  "
         "05.10.59\nLorenzo Rossi  1.11.1969\n",
         "DATE_OF_BIRTH=05.10.59;DATE_OF_BIRTH=1.11.1969"},
        /* a header of another column, rows without a name */
        {"Columns: Name, Admission date\n\nRoc\xc3\xado Navarro - 07.12.2016\n", ""},
        {"Geburtsdaten folgen:\nrow 1  07.12.1996\n", ""},
    };
    CHECK(c);
}

static void test_dob17_month_and_two_digit_year(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Applicant: Priya Pemberton, dob: Jan '62", "DATE_OF_BIRTH=Jan '62"},
        {"Born: November 68", "DATE_OF_BIRTH=November 68"},
        {"DOB 08/73", "DATE_OF_BIRTH=08/73"},
        {"Wickmel Wenwickley was born in Jan '95", "DATE_OF_BIRTH=Jan '95"},
        {"Applicant: Declan Doyle, Born: 06/54", "DATE_OF_BIRTH=06/54"},
        /* no birth label, a month that is no month, a fraction */
        {"Invoice: Jan '62", ""},
        {"Release 08/73 of the manual", ""},
        {"DOB 13/73", ""},
    };
    CHECK(c);
}

static void test_dob17_age_before_the_date(void **state)
{
    (void)state;
    char a[4][128];
    unsigned y = (unsigned)this_year();
    snprintf(a[0], sizeof a[0], "Chiara Rossi \xe2\x80\x93 %u J. \xe2\x80\x93 15.7.1940", y - 1940);
    snprintf(a[1], sizeof a[1], "Daldal Lundgren, %u, f. 23.4.1993", y - 1993);
    snprintf(a[2], sizeof a[2], "Chiara Rossi \xe2\x80\x93 %u J. \xe2\x80\x93 15.7.1940",
             y - 1940 + 5);
    snprintf(a[3], sizeof a[3], "Room %u, 23.4.1993", y - 1993);
    expect(a[0], "DATE_OF_BIRTH=15.7.1940");
    expect(a[1], "DATE_OF_BIRTH=23.4.1993");
    /* an age that does not agree, a number that is no age after no name */
    expect(a[2], "");
    expect(a[3], "");
}

static void test_dob17_ocr_dates_after_a_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ok so Dat e of Birth: 09 . 04 . 1995", "DATE_OF_BIRTH=09 . 04 . 1995"},
        {"dob -> 02 . 11 . 1957", "DATE_OF_BIRTH=02 . 11 . 1957"},
        {"Roswick Dalwickby | geb.am 19november1948 ??", "DATE_OF_BIRTH=19november1948"},
        {"D.O.B 27september1946", "DATE_OF_BIRTH=27september1946"},
        /* no birth label, no month */
        {"Meeting 09 . 04 . 1995", ""},
        {"shipped 19november1948", ""},
        {"DOB: 12abc1948", ""},
    };
    CHECK(c);
}

static void test_dob17_short_and_misspelt_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Form says Gebdat: 01/07/2001", "DATE_OF_BIRTH=01/07/2001"},
        {"uid=3255 gebdat=1958-09-24 status=ok", "DATE_OF_BIRTH=1958-09-24"},
        {"Naam: Llodal Lloejo; fecha de nacim.:\t8.10.1953", "DATE_OF_BIRTH=8.10.1953"},
        {"data di nascit\xc3\xa0 - 14.10.1983", "DATE_OF_BIRTH=14.10.1983"},
        {"Date de naissace: 11 d\xc3\xa9"
         "c. 1984",
         "DATE_OF_BIRTH=11 d\xc3\xa9"
         "c. 1984"},
        {"NAMN  F\xc3\x96"
         "DELSEDATUM\nSJ\xc3\x96"
         "BERG LINNEA  01/10/1950",
         "DATE_OF_BIRTH=01/10/1950"},
        /* other events after the same words */
        {"Gebdat: unbekannt, Aufnahme 01/07/2021", ""},
    };
    CHECK(c);
}

static void test_dob17_birthday_without_year(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Laarker Woutink is jarig op 10 december.", "DATE_OF_BIRTH=10 december"},
        {"Gorgor Krzewicz ma urodziny 21 sierpnia.", "DATE_OF_BIRTH=21 sierpnia"},
        {"Henrik Holmgren fyller \xc3\xa5r den 2 september.", "DATE_OF_BIRTH=2 september"},
        {"my bday is on August 28", "DATE_OF_BIRTH=August 28"},
        /* "turns N on" is a birthday, no date of birth (decided at stop 34, test_names_dob15.c) */
        {"Priya Doyle turns 40 on August 28.", ""},
        /* a thing turns an age, no birthday word */
        {"The app turns 5 on June 21.", ""},
        {"our shop turns 40 on June 21", ""},
        {"Release 5 ships on June 21.", ""},
        {"Project turns 40 on June 21.", ""},
        {"Our company's birthday is on August 28.", ""},
        {"Our company's birthday is on 28 August.", ""},
        {"Our company's birthday is Thu, 27 December 1990.", ""},
    };
    CHECK(c);
}

/* Probes for the one refusal this branch adds (a birthday whose owner is a thing, before a day
 * and month with no year): a person's birthday and a person's birth date next to it, before and
 * after, stay masked. */
static void test_dob17_thing_birthday_keeps_persons(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Our company's birthday is on 28 August, and my birthday is on 3 May.",
         "DATE_OF_BIRTH=3 May"},
        {"My birthday is on 3 May, our company's birthday is on 28 August.", "DATE_OF_BIRTH=3 May"},
        {"The shop's birthday is 28 August.\nOwner: Maria Keller, DOB 04.03.1987",
         "DATE_OF_BIRTH=04.03.1987"},
        {"Our company's birthday is on 28 August: Maria Keller (born 4 March 1987) plans it.",
         "DATE_OF_BIRTH=4 March 1987"},
        {"Maria Keller's birthday is on 28 August.", "DATE_OF_BIRTH=28 August"},
        {"my son's birthday is on August 28", "DATE_OF_BIRTH=August 28"},
        {"Name: Jonas Weber\nBirthday: 28 August\nCompany: Acme", "DATE_OF_BIRTH=28 August"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob17_bracket_ends_a_persons_line),
        cmocka_unit_test(test_dob17_caps_roster_with_sex_letter),
        cmocka_unit_test(test_dob17_nordic_mark),
        cmocka_unit_test(test_dob17_list_under_birth_header),
        cmocka_unit_test(test_dob17_month_and_two_digit_year),
        cmocka_unit_test(test_dob17_age_before_the_date),
        cmocka_unit_test(test_dob17_ocr_dates_after_a_label),
        cmocka_unit_test(test_dob17_short_and_misspelt_labels),
        cmocka_unit_test(test_dob17_birthday_without_year),
        cmocka_unit_test(test_dob17_thing_birthday_keeps_persons),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
