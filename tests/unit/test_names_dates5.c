/* test_names_dates5.c: the fifth round of dates of birth (branch dob5): the shapes the fifth DOB
 * tune set (gen_dob_tune5.py) found missing (a label after its date in brackets, the label's
 * colon on the next line, a roster's header one column off, the EU licence's field 3 without 4a,
 * Turkish and Romanian labels, day-first birthdays without a year), each beside the non-birth date
 * that must stay.
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

/* A label in brackets right after a date is that date's: the date before it is the birth, the
 * next date (another field's, with its own bracket) is not. */
static void test_dob_label_in_brackets_after_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Halvard Kaya, 04.03.1987 (Geb.), 22.02.2019 (Eintritt)", "DATE_OF_BIRTH=04.03.1987"},
        {"Bodil Ilves, 10/06/1978 (DOB), 07/13/2021 (joined)", "DATE_OF_BIRTH=10/06/1978"},
        {"Mirela Cerny, 27/07/1982 (date de naissance), 02/02/2022 (entr\xc3\xa9"
         "e)",
         "DATE_OF_BIRTH=27/07/1982"},
        {"Nuno Sahin, 1987-03-04 [born]", "DATE_OF_BIRTH=1987-03-04"},
        {"Order 12.02.2024 (delivered), 22.02.2024 (invoiced)", ""},
    };
    CHECK(c);
}

/* A label and its date across a line break with the colon opening the next line. */
static void test_dob_label_colon_on_the_next_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name\n: Lasse Tvedt\nDate of birth\n: 10/18/1986\nVisit\n: 03/04/2024\n",
         "DATE_OF_BIRTH=10/18/1986"},
        {"Geburtsdatum\n:\n15.02.1977\n", "DATE_OF_BIRTH=15.02.1977"},
        {"Fecha de nacimiento\n :\n12/08/1951\n", "DATE_OF_BIRTH=12/08/1951"},
        {"Date of birth\n: unknown\nVisit: 03/04/2024", ""},
        {"Date of birth\nStart\n: 03/04/2024", ""},
    };
    CHECK(c);
}

/* A roster whose header is one column off its rows: a row number with no header cell, or a
 * number's header cell the rows do not fill; a trailing column with no header shifts nothing. */
static void test_dob_roster_header_one_column_off(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name;Geburtsdatum;Verein\n1;Maria Keller;04.03.1987;Lions\n2;Anna "
         "Berg;05.06.1990;Kickers\n",
         "DATE_OF_BIRTH=04.03.1987;DATE_OF_BIRTH=05.06.1990"},
        {"Nr.\tName\tDOB\tClub\nMaria Keller\t03/04/1987\tLions\n", "DATE_OF_BIRTH=03/04/1987"},
        {"Name;Hired;Notes\n1;Maria Keller;04.03.2019;x\n", ""},
        {"Name;DOB;Hired\nMaria Keller;04.03.1987;01.02.2020;late\n", "DATE_OF_BIRTH=04.03.1987"},
    };
    CHECK(c);
}

/* The EU licence's field 3 copied without its later fields: fields 1 and 2 above it (names in
 * capitals) say it is the licence's; a numbered list of words does not. */
static void test_dob_eu_licence_field_three_after_fields_one_and_two(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1. DALGAARD\n2. ULRIKA\n3. 12.11.1998 Krak\xc3\xb3w\n5. B1234567\n",
         "DATE_OF_BIRTH=12.11.1998"},
        {"1. FONSECA\n2. NUNO\n3. 05.02.1957 Porto", "DATE_OF_BIRTH=05.02.1957"},
        {"1. Buy milk\n2. Call the bank\n3. 12.11.2024 dentist\n", ""},
        {"1. KELLER\n2. 2 copies\n3. 12.11.2024 Porto\n", ""},
    };
    CHECK(c);
}

/* Turkish "Doğum tarihi" and Romanian "Data nașterii" (comma and cedilla) are birth labels. */
static void test_dob_turkish_and_romanian_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ad\xc4\xb1 Soyad\xc4\xb1: Elif Kaya\nDo\xc4\x9fum tarihi: 16.02.1944\nVeril"
         "i\xc5\x9f tarihi: 01.03.2021\n",
         "DATE_OF_BIRTH=16.02.1944"},
        {"Nume: Ioana Marinescu, data na\xc8\x99terii 23.07.1961, data elib"
         "er\xc4\x83rii 11.05.2020",
         "DATE_OF_BIRTH=23.07.1961"},
        {"Data na\xc5\x9fterii: 01.04.1952", "DATE_OF_BIRTH=01.04.1952"},
    };
    CHECK(c);
}

/* Month names of the neighbouring locales inside a date after a birth label; the same word with
 * no date around it, or a date after another label, stays. */
static void test_dob_months_of_neighbouring_locales(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Data urodzenia: 12 marca 1980", "DATE_OF_BIRTH=12 marca 1980"},
        {"Datum narozen\xc3\xad: 26. \xc4\x8d"
         "ervence 1964",
         "DATE_OF_BIRTH=26. \xc4\x8d"
         "ervence 1964"},
        {"Syntym\xc3\xa4"
         "aika: 12. marraskuuta 1942",
         "DATE_OF_BIRTH=12. marraskuuta 1942"},
        {"Do\xc4\x9fum tarihi: 4 A\xc4\x9fustos 1943", "DATE_OF_BIRTH=4 A\xc4\x9fustos 1943"},
        {"Data na\xc8\x99terii: 15 martie 1942", "DATE_OF_BIRTH=15 martie 1942"},
        {"F\xc3\xb8"
         "dselsdato: 4. marts 1987",
         "DATE_OF_BIRTH=4. marts 1987"},
        {"Data wydania: 12 marca 2020", ""},
    };
    CHECK(c);
}

/* A day and month without a year in fr/es/it/pt/de prose: up to three small words after the
 * birthday word, a birthday's verb, "Geburtstag" after the date; a firm's anniversary with its
 * own words between stays. */
static void test_dob_day_first_birthday_without_a_year(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"mi cumplea\xc3\xb1os es el 24 de agosto jaja", "DATE_OF_BIRTH=24 de agosto"},
        {"il mio compleanno \xc3\xa8 il 4 marzo, ci vediamo?", "DATE_OF_BIRTH=4 marzo"},
        {"Ana Lopez cumple a\xc3\xb1os el 4 de marzo, \xc2\xbfvienes?", "DATE_OF_BIRTH=4 de marzo"},
        {"Radka compie gli anni il 14 agosto, vieni?", "DATE_OF_BIRTH=14 agosto"},
        {"Nuno faz anos a 21 de mar\xc3\xa7o, vens?", "DATE_OF_BIRTH=21 de mar\xc3\xa7o"},
        {"Bodil f\xc3\xaate son anniversaire le 26 janvier, on lui offre un livre ?",
         "DATE_OF_BIRTH=26 janvier"},
        {"Mein Geburtstag ist der 4. Mai, kommst du?", "DATE_OF_BIRTH=4. Mai"},
        {"Halvard hat am 20. April Geburtstag, wer besorgt die Karte?", "DATE_OF_BIRTH=20. April"},
        {"L'anniversaire de la soci\xc3\xa9t\xc3\xa9 est le 4 mars, pot \xc3\xa0 17h.", ""},
        {"Firmenjubil\xc3\xa4um am 4. Mai, alle sind eingeladen.", ""},
        {"O anivers\xc3\xa1rio da empresa \xc3\xa9 a 4 de mar\xc3\xa7o.", ""},
    };
    CHECK(c);
}

/* A Unix timestamp (seconds or milliseconds, negative before 1970) as a birth key's value; the
 * created and login timestamps beside it, and a timestamp under another key, stay. */
static void test_dob_unix_timestamp_under_a_birth_key(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"id\": 4411, \"dob\": 541814400, \"created\": 1712345678, \"name\": \"X\"}",
         "DATE_OF_BIRTH=541814400"},
        {"{\"id\": 12, \"dateOfBirth\": -853027200, \"created\": 1712345678}",
         "DATE_OF_BIRTH=-853027200"},
        {"birthdate: 285724800000\nlast_login: 1712345678000\n", "DATE_OF_BIRTH=285724800000"},
        {"geburtsdatum: -938822400000\n", "DATE_OF_BIRTH=-938822400000"},
        {"{\"created\": 1712345678, \"updated\": 1712349999}", ""},
        {"{\"dob\": null, \"start\": 1712345678}", ""},
        {"temperature: -853027200", ""},
    };
    CHECK(c);
}

/* A month and a year before "baby" in conversation; a product's or a year's "baby" without a
 * month stays. */
static void test_dob_month_year_baby(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"lol yeah I'm a May '79 baby, so basically ancient", "DATE_OF_BIRTH=May '79"},
        {"haha same, December 1948 baby here", "DATE_OF_BIRTH=December 1948"},
        {"a March \xe2\x80\x99"
         "87 baby",
         "DATE_OF_BIRTH=March \xe2\x80\x99"
         "87"},
        {"the 2019 baby boom", ""},
        {"Windows 2000 baby steps", ""},
    };
    CHECK(c);
}

/* A birthday's day after its month at the text's very end; a day alone, an ordinal right after
 * a birthday word and small words. */
static void test_dob_birthday_at_the_end_of_the_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"new phone who dis. also fyi bday is February 6", "DATE_OF_BIRTH=February 6"},
        {"my birthday is May 5", "DATE_OF_BIRTH=May 5"},
        {"the meeting is May 5", ""},
        {"[X] omg my birthday's the 14th and nobody remembered", "DATE_OF_BIRTH=14th"},
        {"her birthday is the 3rd", "DATE_OF_BIRTH=3rd"},
        {"the party is the 14th and the bday cake on the 15th", ""},
    };
    CHECK(c);
}

/* This round's readers look back over lines and brackets and forward to a bracket's end: every
 * prefix of a text of their shapes scans without reading past its end (ASan). */
static void test_dob5_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] =
        "X, 04.03.1987 (Geb.), 22.02.2019 (Eintritt)\nDate of birth\n: 10/18/1986\n1. DALGAARD\n"
        "2. ULRIKA\n3. 12.11.1998 Krakow\nNr.;Name;DOB\nA B;04.03.1987\nName;DOB\n1;A "
        "B;04.03.1987\nDo\xc4\x9fum tarihi: 16.02.1944\nRadka compie gli anni il "
        "14 agosto\nhat am 20. April Geburtstag\n{\"dob\": -853027200, \"dob\": 541814400}\nbday "
        "is May 5";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob_label_in_brackets_after_the_date),
        cmocka_unit_test(test_dob_label_colon_on_the_next_line),
        cmocka_unit_test(test_dob_roster_header_one_column_off),
        cmocka_unit_test(test_dob_eu_licence_field_three_after_fields_one_and_two),
        cmocka_unit_test(test_dob_turkish_and_romanian_labels),
        cmocka_unit_test(test_dob_months_of_neighbouring_locales),
        cmocka_unit_test(test_dob_day_first_birthday_without_a_year),
        cmocka_unit_test(test_dob_unix_timestamp_under_a_birth_key),
        cmocka_unit_test(test_dob_month_year_baby),
        cmocka_unit_test(test_dob_birthday_at_the_end_of_the_text),
        cmocka_unit_test(test_dob5_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
