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
        {"Priya Doyle turns 40 on August 28.", "DATE_OF_BIRTH=August 28"},
        {"my husband turns 50 on 3 May", "DATE_OF_BIRTH=3 May"},
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob17_short_and_misspelt_labels),
        cmocka_unit_test(test_dob17_birthday_without_year),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
