/* test_names_dob13.c: dates of birth written in ways no corpus had (branch dob13): a spreadsheet
 * row pasted after its cell reference, a bracket holding a surname and the date, misspelt birth
 * words, a birthday with its owner ("son anniversaire", "aniversário dela"), a serialiser's
 * timestamp of any hour under a birth key, a spreadsheet's date serial under a birth header, a
 * baby that arrived, "auf die Welt gekommen". The look-alikes stay dates: a future date in the same
 * places, "born-again", a release named after the birth word, a timestamp under another key. */
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

static void test_pasted_spreadsheet_rows(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"A2: Maria Keller\t04.03.1987", "DATE_OF_BIRTH=04.03.1987"},
        {"A8515: Reyes, Zofia\tJuly 6th, 2002\t4499", "DATE_OF_BIRTH=July 6th, 2002"},
        {"Zeile 12: Jana Vogel\t18-06-1949", "DATE_OF_BIRTH=18-06-1949"},
        /* a future date in the same cell */
        {"A2: Maria Keller\t04.03.2099", ""},
        /* prose in the first cell */
        {"A2: the invoice was paid\t04.03.1987", ""},
    };
    CHECK(c);
}

static void test_bracket_with_surname_and_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Claimant (Kowalczyk, 28/10/1942) reported the loss.", "DATE_OF_BIRTH=28/10/1942"},
        {"Applicant (Okonjo, Hannah, 08/11/1981) is eligible.", "DATE_OF_BIRTH=08/11/1981"},
        {"Versicherter (Vogel, 24.04.1950) meldete den Schaden.", "DATE_OF_BIRTH=24.04.1950"},
        /* a meeting this year */
        {"Meeting (Reyes, 12/03/2099) moved.", ""},
        /* the bracket holds more than a name */
        {"Claim (see file 12, 28/10/1942) closed.", ""},
    };
    CHECK(c);
}

static void test_misspelt_birth_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Zofia was bron on 23/03/1978", "DATE_OF_BIRTH=23/03/1978"},
        {"my brithday is 09/17/2000", "DATE_OF_BIRTH=09/17/2000"},
        {"birht date: 12.03.1987", "DATE_OF_BIRTH=12.03.1987"},
        {"Geburstag 1996-07-09", "DATE_OF_BIRTH=1996-07-09"},
        {"date de naisance : 1985-04-15", "DATE_OF_BIRTH=1985-04-15"},
        {"fecha de nacimento 11/11/1956", "DATE_OF_BIRTH=11/11/1956"},
        {"data di nascta 10-10-1941", "DATE_OF_BIRTH=10-10-1941"},
        {"Léa ? son anniversaire est le 13.8.1940", "DATE_OF_BIRTH=13.8.1940"},
        {"Bruno? o aniversário dela é 05.12.1943", "DATE_OF_BIRTH=05.12.1943"},
        /* look-alikes */
        {"# born-again build 2009-04-27", ""},
        {"Born to Run was released on 16-07-2003.", ""},
        {"Naissance d'une nation (DVD) sortie 13/11/2006", ""},
        {"bron: rapport van 12.03.1987", ""},
    };
    CHECK(c);
}

static void test_timestamp_under_a_birth_key(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"geburtsdatum=1968-04-05T12:14:00+01:00", "DATE_OF_BIRTH=1968-04-05T12:14:00+01:00"},
        {"\"dob\": \"1987-03-03T23:00:00Z\"", "DATE_OF_BIRTH=1987-03-03T23:00:00Z"},
        /* another key's timestamp */
        {"created_at=1968-04-05T12:14:00+01:00", ""},
        {"dob: 1987-03-04, created_at=2019-04-05T12:14:00Z", "DATE_OF_BIRTH=1987-03-04"},
    };
    CHECK(c);
}

static void test_excel_serial_and_arrivals(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Geb.-Datum\n19641\n", "DATE_OF_BIRTH=19641"},
        {"Date of birth (Excel): 16950", "DATE_OF_BIRTH=16950"},
        {"Birgit ist am 13.09.1967 auf die Welt gekommen", "DATE_OF_BIRTH=13.09.1967"},
        {"baby Priya arrived 24/11/2013, 3.2 kg", "DATE_OF_BIRTH=24/11/2013"},
        /* a postcode after a birth place, a serial of this decade, a parcel that arrived */
        {"geboren in 10115 Berlin", ""},
        {"Geb.-Datum\n46001\n", ""},
        {"the parcel arrived 24/11/2013", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pasted_spreadsheet_rows),
        cmocka_unit_test(test_bracket_with_surname_and_date),
        cmocka_unit_test(test_misspelt_birth_words),
        cmocka_unit_test(test_timestamp_under_a_birth_key),
        cmocka_unit_test(test_excel_serial_and_arrivals),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
