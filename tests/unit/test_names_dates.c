/* test_names_dates.c: the NAMES pack's dates of birth (names_dates.c, names_dobcols.c) in the
 * shapes the second DOB tune set (gen_dob_tune2.py) found missing, one written shape a test, each
 * with the look-alike it must leave alone. test_names_places.c holds the shapes of the round
 * before.
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
#include "anonymize/names.h"

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"

/* A serialiser's midnight after an ISO date column is part of the date; any other time of day
 * still makes it a timestamp (`stat` prints "Birth:" before one). */
static void test_dob_iso_date_with_midnight_time(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"dob\": \"1987-03-04T00:00:00Z\"}", "DATE_OF_BIRTH=1987-03-04T00:00:00Z"},
        {"birth_date: 1968-02-25T00:00:00.000Z", "DATE_OF_BIRTH=1968-02-25T00:00:00.000Z"},
        {"DOB/Age: 2004-03-11T00:00:00+00:00 / 22", "DATE_OF_BIRTH=2004-03-11T00:00:00+00:00"},
        {"<birth_date>1949-11-26T00:00:00</birth_date>", "DATE_OF_BIRTH=1949-11-26T00:00:00"},
        {" Birth: 2023-02-17T11:57:29Z", ""},
        {" Birth: 2023-02-17 00:00:00.000000000 +0000", ""},
    };
    CHECK(c);
}

/* "19870304" after a birth word; eight digits that are no date, or no birth word, stay. */
static void test_dob_compact_eight_digits(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"\"geboortedatum\": \"19660321\"", "DATE_OF_BIRTH=19660321"},
        {"Birth: 19670410", "DATE_OF_BIRTH=19670410"},
        {"DOB: 19871304", ""},
        {"order 19870304 shipped", ""},
    };
    CHECK(c);
}

/* Roman-numeral months ("4.III.1987", "4 III 1987"), an apostrophe before a two-digit year. */
static void test_dob_roman_month_and_apostrophe_year(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"geboren am 9.III.1996", "DATE_OF_BIRTH=9.III.1996"},
        {"DOB: 1 XII 2006", "DATE_OF_BIRTH=1 XII 2006"},
        {"Data di nascita: 17\xe2\x80\x89IX\xe2\x80\x89"
         "1958",
         "DATE_OF_BIRTH=17\xe2\x80\x89IX\xe2\x80\x89"
         "1958"},
        {"DATE OF BIRTH\n25 May '01", "DATE_OF_BIRTH=25 May '01"},
        {"DOB: 4.IIII.1987", ""},
        {"DOB: 4.III 1987", ""},
        {"see chapter 4 III 1987", ""},
    };
    CHECK(c);
}

/* Unicode hyphens and dashes between the parts, a slash between spaces as OCR reads a form, and
 * no-break or thin spaces inside a spelled date. */
static void test_dob_unicode_dashes_spaces_and_spaced_slashes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nasci em 1939\xe2\x80\x90"
         "04\xe2\x80\x90"
         "10.",
         "DATE_OF_BIRTH=1939\xe2\x80\x90"
         "04\xe2\x80\x90"
         "10"},
        {"DOB: 22\xe2\x80\x93"
         "04\xe2\x80\x93"
         "1993",
         "DATE_OF_BIRTH=22\xe2\x80\x93"
         "04\xe2\x80\x93"
         "1993"},
        {"D.O.B 28 / 11 / 1993", "DATE_OF_BIRTH=28 / 11 / 1993"},
        {"Birthday: 27\xe2\x80\xaf/\xe2\x80\xaf"
         "05\xe2\x80\xaf/\xe2\x80\xaf"
         "1988",
         "DATE_OF_BIRTH=27\xe2\x80\xaf/\xe2\x80\xaf"
         "05\xe2\x80\xaf/\xe2\x80\xaf"
         "1988"},
        {"born January\xc2\xa0"
         "19,\xc2\xa0"
         "1934",
         "DATE_OF_BIRTH=January\xc2\xa0"
         "19,\xc2\xa0"
         "1934"},
        {"D.N.: 12\xc2\xa0"
         "de\xc2\xa0"
         "dezembro\xc2\xa0"
         "de\xc2\xa0"
         "1935",
         "DATE_OF_BIRTH=12\xc2\xa0"
         "de\xc2\xa0"
         "dezembro\xc2\xa0"
         "de\xc2\xa0"
         "1935"},
        {"DOB: 28 / 11 /1993", ""},
        {"born in 2019 / 12 / 1 list", ""},
    };
    CHECK(c);
}

/* Portuguese months and the short labels of pt, it and es ("D.N.", "Nasc.", "data_nasc",
 * "fecha_nac", "Nasci em", "n. il"), "16.Juli 1989" with no space after the dot, "1.º". */
static void test_dob_portuguese_months_and_short_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Data de nascimento: 4 de mar\xc3\xa7o de 1987",
         "DATE_OF_BIRTH=4 de mar\xc3\xa7o de 1987"},
        {"nascida em Recife a 27 out. 1988", "DATE_OF_BIRTH=27 out. 1988"},
        {"D.N.: 10-02-1979", "DATE_OF_BIRTH=10-02-1979"},
        {"DN: 06/10/1992", "DATE_OF_BIRTH=06/10/1992"},
        {"Nasc.: 22 fev. 1959", "DATE_OF_BIRTH=22 fev. 1959"},
        {"Nasci em 17/4/1959.", "DATE_OF_BIRTH=17/4/1959"},
        {"n. il 14/10/1965", "DATE_OF_BIRTH=14/10/1965"},
        {"Geburtsdatum: 16.Juli 1989", "DATE_OF_BIRTH=16.Juli 1989"},
        {"nacido el 1.\xc2\xba de marzo de 1987", "DATE_OF_BIRTH=1.\xc2\xba de marzo de 1987"},
        {"DNS: 2023-01-01", ""},
        {"NASCAR 2019-05-05", ""},
    };
    CHECK(c);
}

/* The genealogical star: after "(" or a comma, or at a line's start with a place after the
 * date or a death cross below; not a Markdown bullet. */
static void test_dob_genealogical_star(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Frau Odalys Ferreirinha, * 14.7.1980", "DATE_OF_BIRTH=14.7.1980"},
        {"Anouk Haldimann (* 4.10.1942 in Chur)", "DATE_OF_BIRTH=4.10.1942"},
        {"Casimo Abelleira\n* 20.4.1993 in Graz\n\xe2\x80\xa0 6. Mai 2017 in Ulm",
         "DATE_OF_BIRTH=20.4.1993"},
        {"Changelog\n* 2023-05-01 first release\n* 2023-06-01 fixes", ""},
    };
    CHECK(c);
}

/* A column under a birth header in tables the round before did not read: psql and MySQL
 * results (rules with '+'), HTML rows, fixed-width reports with no separator. A comma in prose
 * is no column: a cell with digits is no header. */
static void test_dob_column_in_sql_html_and_fixed_width_tables(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {" name  | dob        | hired\n-------+------------+-----------\n X     | 1981-05-04 | "
         "2019-10-21\n",
         "DATE_OF_BIRTH=1981-05-04"},
        {"+------+------------+\n| name | birth_date |\n+------+------------+\n| X    | "
         "1984-08-24 |\n+------+------------+",
         "DATE_OF_BIRTH=1984-08-24"},
        {"<table>\n<tr><th>Name</th><th>Date of birth</th><th>Visit</th></tr>\n<tr><td>X</td>"
         "<td>09/10/1967</td><td>09.07.2019</td></tr>\n</table>",
         "DATE_OF_BIRTH=09/10/1967"},
        {"NAME          DOB           HIRED\n==========    ==========    ==========\nAna Costa    "
         " 04/03/1987    2015-06-01\nJo Ramos      1990-01-02    2016-07-08\n",
         "DATE_OF_BIRTH=04/03/1987;DATE_OF_BIRTH=1990-01-02"},
        {"NAME          HIRED\nAna Costa     2015-06-01\n", ""},
        {"<tr><th>Release</th></tr>\n<tr><td>2024-01-01</td></tr>", ""},
        {"Il sottoscritto X, nato a Lecce il 02/01/1968, dichiara\nLecce, 04-02-2024",
         "DATE_OF_BIRTH=02/01/1968"},
    };
    CHECK(c);
}

/* A word of another event (or of the birth's place or certificate) between the birth word and
 * the date makes the date that event's. */
static void test_dob_other_event_between_birth_word_and_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Place of birth: Leeds, admitted 4 May 2024", ""},
        {"Birth certificate issued on 12/03/2020.", ""},
        {"Born and raised in Cork; joined the team on 2019-04-01.", ""},
        {"Geburtsort Ulm - verstorben am 3.2.2021", ""},
        {"Lieu de naissance : Lyon - d\xc3\xa9"
         "c\xc3\xa9"
         "d\xc3\xa9 le 3 mars 2021",
         ""},
        {"Natural de Braga, nascida no Porto; \xc3\xb3"
         "bito em 07.09.2020",
         ""},
        {"Geboorteakte afgegeven op 4-3-2019", ""},
        {"Born in Cork on 4 March 1987", "DATE_OF_BIRTH=4 March 1987"},
        {"Date of birth (as printed): 04/03/1987", "DATE_OF_BIRTH=04/03/1987"},
    };
    CHECK(c);
}

/* A month, a hyphen and the day in prose: the pass starts no word after '-', names.c hands the
 * day to names_dates.c when a month ends right before it. */
static void test_dob_month_hyphen_day_in_prose(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Birth date\nMay-16-1985", "DATE_OF_BIRTH=May-16-1985"},
        {"My son was born Mar-27-1992 at 3 lbs.", "DATE_OF_BIRTH=Mar-27-1992"},
        {"name,dob\nX,Mar-04-1987", "DATE_OF_BIRTH=Mar-04-1987"},
        {"Released May-16-2024, see the notes", ""},
        {"id e89b-12d3-a456 born", ""},
    };
    CHECK(c);
}

/* After a birth word, a threshold ("born after"), a format's example ("e.g.", "z. B.") or the
 * day the field changed is no birth; SQL's DATETIME at midnight in a birth column is one. */
static void test_dob_thresholds_examples_and_sql_datetime(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Applicants born after 27 April 2018 are not eligible.", ""},
        {"Teilnahme nur f\xc3\xbcr Personen geboren vor dem 1.1.1950.", ""},
        {"Riservato ai nati dopo il 3/4/2001.", ""},
        {"Date of birth (format DD/MM/YYYY, e.g. 23/11/2026)", ""},
        {"Geburtsdatum (Format TT.MM.JJJJ, z. B. 03.07.16)", ""},
        {"DOB updated on 2024-01-02 by the front desk.", ""},
        {"Date of birth (dd/mm/yyyy): 04/03/1987", "DATE_OF_BIRTH=04/03/1987"},
        {"{\"dob\": \"1968-08-14 00:00:00\", \"last_login\": \"2024-03-05 17:22:09\"}",
         "DATE_OF_BIRTH=1968-08-14 00:00:00"},
        {"| name | birth_date |\n+---+---+\n| X | 1969-06-12 00:00:00 |",
         "DATE_OF_BIRTH=1969-06-12 00:00:00"},
        {" Birth: 2021-02-17 00:00:00 +0000", ""},
        {" Birth: 2021-02-17 00:00:00.000000000 +0000", ""},
    };
    CHECK(c);
}

/* A birth word between two dates labels the second: the first is another event's. */
static void test_dob_birth_word_between_two_dates_labels_the_second(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Admitted 12/03/2020, born 04/03/1987.", "DATE_OF_BIRTH=04/03/1987"},
        {"Aufnahme am 3.2.2021, geboren am 4.3.1987", "DATE_OF_BIRTH=4.3.1987"},
        {"Visit 2024-05-01, DOB 1987-03-04", "DATE_OF_BIRTH=1987-03-04"},
        {"1969-04-19 (date of birth)", "DATE_OF_BIRTH=1969-04-19"},
    };
    CHECK(c);
}

/* "dob" and "born" as whole words (or a key's part) only: not "Dobrev", "Bornholm"; "naiss" and
 * "geb" without their dots. */
static void test_dob_birth_words_are_not_the_start_of_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kind regards,\nIvan Dobrev, 4 March 2024", ""},
        {"Bornholm, 4 May 2023: the ferry leaves", ""},
        {"{\"dobIso\": \"1987-03-04\"}", "DATE_OF_BIRTH=1987-03-04"},
        {"dt_naiss: 04/03/1987", "DATE_OF_BIRTH=04/03/1987"},
        {"Geb 04.03.1987", "DATE_OF_BIRTH=04.03.1987"},
    };
    CHECK(c);
}

/* Another field's label after the birth field ("..., Date: ...") takes the date; "the" may open
 * the date on the line under its label. */
static void test_dob_another_fields_label_and_the_under_a_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Place of birth: Leeds, Date: 12/03/2024", ""},
        {"Geburtsort: Ulm; Datum: 3.2.2024", ""},
        {"Lieu de naissance : Lyon | Date : 3/2/2024", ""},
        {"{\"birth\": {\"place\": \"Lyon\", \"date\": \"1987-03-04\"}}",
         "DATE_OF_BIRTH=1987-03-04"},
        {"DOB/Age: 04/03/1987 / 37", "DATE_OF_BIRTH=04/03/1987"},
        {"Date of birth / Date de naissance\nthe 1st of July 2009\nDate of issue",
         "DATE_OF_BIRTH=1st of July 2009"},
    };
    CHECK(c);
}

/* Day, month and year run together ("04MAR1987"), as airline, military and hospital systems
 * print them; the month capitalised and three letters long. */
static void test_dob_day_month_year_run_together(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PAX 1 COSTA/ANA MRS DOB 28NOV1961", "DATE_OF_BIRTH=28NOV1961"},
        {"Date of Birth: 12MAR41", "DATE_OF_BIRTH=12MAR41"},
        {"DOB: 4Mar87  SEX: F", "DATE_OF_BIRTH=4Mar87"},
        {"Flight BA117 on 09MAR2026", ""},
        {"DOB: 12MARCH1987", ""},
        {"DOB: 12MAR1987X", ""},
    };
    CHECK(c);
}

/* The new shapes' readers look before and after the date (a month before "-16", a midnight, a
 * header lines above, an HTML row, a death cross): every prefix of a text of them, copied to a
 * buffer of its exact size, is scanned without a read past its end (ASan build). */
static void test_dob_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] =
        "DOB 1987-03-04T00:00:00.000+00:00 geb. 4.III.1987 Nasc.: 22\xe2\x80\x93"
        "04\xe2\x80\x93"
        "1993 born 25 May '01 dob 19870304 D.N.: 4 de mar\xc3\xa7o de 1987\n"
        "X (* 4.X.1942 in Chur)\n* 20.4.1993 in Graz\n\xe2\x80\xa0 6. Mai 2017\n"
        "NAME      DOB\n=====     =====\nAna       04/03/1987\n"
        "<tr><th>Date of birth</th></tr>\n<tr><td>09/10/1967</td></tr>\n"
        "Birth date\nMay-16-1985 \"dob\": \"1968-08-14 00:00:00\" born 28 / 11 / 1993 DOB 4MAR87\n"
        "Ana K (10/03/1975 - September 23, 2017)\n1 BIRT\n2 DATE 27 MAR 1966\naged 33 (4.3.1987)\n"
        "Kinder: B H (5.7.2013)\n1. Date of birth\n1. 08/01/1986\nSurname Date of birth\nK M 24 10 "
        "1958\nX * 6.3.1983 \xe2\x9a\xad 28.1.2015\n* Kiel, 27 april 1935 (63, "
        "10/28/1959)\nBDAY:--08-24\n"
        "BDAY:--0304";
    scan_every_prefix(text);
}

/* A life span after a name: the first date is the birth, the second (12 to 120 years later) the
 * death. A period of a contract is neither so long nor written so. (dob3) */
static void test_dob_life_span_in_death_notice(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hjalmar Thistlewood (10/03/1975 - September 23, 2017)", "DATE_OF_BIRTH=10/03/1975"},
        {"In loving memory of Lusine Lindgaard, 04/07/1959 \xe2\x80\x93 11 October 2016.",
         "DATE_OF_BIRTH=04/07/1959"},
        {"OBITUARY\nZofia Thistlewood\n7/18/1971 ~ 08/10/2025\n", "DATE_OF_BIRTH=7/18/1971"},
        {"Yolanda M (N\xc3\xaemes, 19 de junio de 1959 - Limerick, 16 de enero de 2021)",
         "DATE_OF_BIRTH=19 de junio de 1959"},
        {"Pieter C (n. 2 gennaio 1974 - m. 12.09.2024)", "DATE_OF_BIRTH=2 gennaio 1974"},
        {"billing period (01/01/2020 - 31/12/2021)", ""},
        {"Valid 01/01/2010 \xe2\x80\x93 31/12/2030", ""},
        {"Contract (01.03.2001 - 28.02.2031)", ""},
        {"Lease (2001-03-01 - 2031-03-01)", ""},
    };
    CHECK(c);
}

/* The genealogical star before a place and a comma, and after a name when a death cross or a
 * marriage sign (U+26AD) stands on the line. (dob3) */
static void test_dob_star_after_name_and_before_place(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Lusine Aranguren\n* Kiel, 27 april 1935   \xe2\x80\xa0 Limerick, 6 februari 2016",
         "DATE_OF_BIRTH=27 april 1935"},
        {"Stammbaum:\nOriane Ruggeri * 6.3.1983 \xe2\x9a\xad 28.1.2015 Emeric Morvillier * "
         "22.12.1933",
         "DATE_OF_BIRTH=6.3.1983;DATE_OF_BIRTH=22.12.1933"},
        {"total * 3 = 2020-01-02 and more", ""},
    };
    CHECK(c);
}

/* GEDCOM: the date under "1 BIRT". (dob3) */
static void test_dob_gedcom_birt(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"0 @I1@ INDI\n1 BIRT\n2 DATE 27 MAR 1966\n2 PLAC Vigo\n", "DATE_OF_BIRTH=27 MAR 1966"},
        {"1 DEAT\n2 DATE 2 MAY 2022\n1 MARR\n2 DATE 19 FEB 2015\n", ""},
    };
    CHECK(c);
}

/* An age before a date in parentheses, or inside them. (dob3) */
static void test_dob_age_before_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"interviewed, aged 33 (17 December 1928), on", "DATE_OF_BIRTH=17 December 1928"},
        {"Dario Okonjo (63, 10/28/1959) joined", "DATE_OF_BIRTH=10/28/1959"},
        {"X, 63 Jahre alt (28.12.1964), wurde", "DATE_OF_BIRTH=28.12.1964"},
        {"Alter: 39 J. (24. September 1990)", "DATE_OF_BIRTH=24. September 1990"},
        {"de 39 a\xc3\xb1os (15 de mayo de 1998)", "DATE_OF_BIRTH=15 de mayo de 1998"},
        {"version 3 (2 May 2020)", ""},
        {"x = f(3, 2020-01-01)", ""},
        {"after 63 days (28.12.1964)", ""},
    };
    CHECK(c);
}

/* A child's date after its name under a children label. (dob3) */
static void test_dob_children_list(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Children:\n1. Saskia T (5/7/2008)\n2. B T (17 January 2008)",
         "DATE_OF_BIRTH=5/7/2008;DATE_OF_BIRTH=17 January 2008"},
        {"Kinderen: Saskia T (23 oktober 2011); M L (21-10-2021)",
         "DATE_OF_BIRTH=23 oktober 2011;DATE_OF_BIRTH=21-10-2021"},
        {"Release (2 May 2020)", ""},
    };
    CHECK(c);
}

/* OCR'd ID documents: columns run together under a line that ends with the birth label, the
 * date's parts apart ("24 10 1958"), a numbered form, two labels on one line. (dob3) */
static void test_dob_ocr_columns_numbered_forms_and_label_pairs(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Surname Given names Date of birth\nKELLER MARIA 24 10 1958\nDate of issue",
         "DATE_OF_BIRTH=24 10 1958"},
        {"Name Vornamen Geburtsdatum\nKOWALCZUK SASKIA 23.05.1954\n", "DATE_OF_BIRTH=23.05.1954"},
        {"No.  Player   DOB         Joined\n18   Ana K    15/11/2018  24/09/2020\n",
         "DATE_OF_BIRTH=15/11/2018"},
        {"1. Date of birth\n2. Place of birth\n1. 08/01/1986\n2. Bergamo",
         "DATE_OF_BIRTH=08/01/1986"},
        {"1. Date of birth\n2. Date of issue\n2. 08/01/2016", ""},
        {"1. Geboortedatum\n2. Geboorteplaats\n1. 23-02-1976\n2. Tilburg",
         "DATE_OF_BIRTH=23-02-1976"},
        {"1. Geburtsort\n1. 23-02-1976", ""},
        {"Geburtsdatum / Geburtsort\n\n02.11.1994 N\xc3\x8eMES", "DATE_OF_BIRTH=02.11.1994"},
    };
    CHECK(c);
}

/* Birth words of announcements ("Geburt", "nasceu", "al mundo"), a vCard's BDAY parameter, and a
 * birth label up to 96 bytes before its date. (dob3) */
static void test_dob_announcements_vcard_and_far_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"die Geburt unserer Tochter Saskia am 5.5.2009.", "DATE_OF_BIRTH=5.5.2009"},
        {"venuta al mondo il 16.09.2018 a Utrecht.", "DATE_OF_BIRTH=16.09.2018"},
        {"Chegou! Nasceu em 1 de abril de 2011, em", "DATE_OF_BIRTH=1 de abril de 2011"},
        {"BEGIN:VCARD\nBDAY;VALUE=date:19820622\nEND:VCARD", "DATE_OF_BIRTH=19820622"},
        {"It's a girl! Emeric arrived on 2008-07-08 at 04:12.", "DATE_OF_BIRTH=2008-07-08"},
        {"Bienvenue \xc3\xa0 Dario, arriv\xc3\xa9"
         "e parmi nous le 19 mars 2017",
         "DATE_OF_BIRTH=19 mars 2017"},
        {"Date of birth (as shown on your passport or national identity card): 2/10/1969",
         "DATE_OF_BIRTH=2/10/1969"},
        {"Date of birth (as shown on the card; see the card issued on): 2/10/2019", ""},
    };
    CHECK(c);
}

/* vCard's birthday with no year ("BDAY:--0304", "BDAY;VALUE=date:--03-04"); "--0304" elsewhere
 * and a thirteenth month stay. (dob3) */
static void test_dob_vcard_birthday_without_year(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BEGIN:VCARD\nBDAY:--1123\nEND:VCARD", "DATE_OF_BIRTH=--1123"},
        {"BEGIN:VCARD\nBDAY;VALUE=date:--08-24\nEND:VCARD", "DATE_OF_BIRTH=--08-24"},
        {"flags --1123 and BDAY:--1323", ""},
    };
    CHECK(c);
}

/* A patient's wristband: the age in parentheses that the date gives today, or the sex after the
 * date with a record number before it. (dob3) */
static void test_dob_wristband_age_or_sex_after_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"VANDERMAAS, Noemie  MRN: 00500229  02/07/1935 (91y)\nAdm: 22/11/2021",
         "DATE_OF_BIRTH=02/07/1935"},
        {"FERRANDIS, Ilvana\nMRN 00435081\n04-SEP-1932  F\nAdm: 06/05/2017",
         "DATE_OF_BIRTH=04-SEP-1932"},
        {"Build 02/07/2020 (3y) ok", ""},
        {"Release 04-SEP-2032  F", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob_iso_date_with_midnight_time),
        cmocka_unit_test(test_dob_compact_eight_digits),
        cmocka_unit_test(test_dob_roman_month_and_apostrophe_year),
        cmocka_unit_test(test_dob_unicode_dashes_spaces_and_spaced_slashes),
        cmocka_unit_test(test_dob_portuguese_months_and_short_labels),
        cmocka_unit_test(test_dob_genealogical_star),
        cmocka_unit_test(test_dob_column_in_sql_html_and_fixed_width_tables),
        cmocka_unit_test(test_dob_other_event_between_birth_word_and_date),
        cmocka_unit_test(test_dob_month_hyphen_day_in_prose),
        cmocka_unit_test(test_dob_thresholds_examples_and_sql_datetime),
        cmocka_unit_test(test_dob_birth_word_between_two_dates_labels_the_second),
        cmocka_unit_test(test_dob_birth_words_are_not_the_start_of_a_name),
        cmocka_unit_test(test_dob_another_fields_label_and_the_under_a_label),
        cmocka_unit_test(test_dob_day_month_year_run_together),
        cmocka_unit_test(test_dob_life_span_in_death_notice),
        cmocka_unit_test(test_dob_star_after_name_and_before_place),
        cmocka_unit_test(test_dob_gedcom_birt),
        cmocka_unit_test(test_dob_age_before_the_date),
        cmocka_unit_test(test_dob_children_list),
        cmocka_unit_test(test_dob_ocr_columns_numbered_forms_and_label_pairs),
        cmocka_unit_test(test_dob_announcements_vcard_and_far_label),
        cmocka_unit_test(test_dob_vcard_birthday_without_year),
        cmocka_unit_test(test_dob_wristband_age_or_sex_after_the_date),
        cmocka_unit_test(test_dob_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
