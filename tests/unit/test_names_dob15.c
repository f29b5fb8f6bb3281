/* test_names_dob15.c: dates of birth in the documents of branch dob15: a clinical note's age
 * token after the date and a comma ("(04.03.1961, 62J, w)", "°09/01/2004, 22 a,") or before the
 * bracket that holds it ("51 y/o F (1/28/1975)", "Mujer de 82 años (FN 16/06/1944)")
 * (names_dobage.c); a report pasted with its columns out of line under a birth header
 * (names_dobcols.c); "March the 4th 1961" (names_dates.c); "turns 63 on March 4" is a birthday
 * without a year and stays, as decided at the merge. The look-alikes stay: a duration after a date,
 * an age that does not agree, another header's column, a firm's anniversary, "May the 4th" with no
 * birth cue. The ages are computed from this year, as the rule computes them, so the test holds in
 * any year. */
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

static void test_dob15_age_token_after_the_date(void **state)
{
    (void)state;
    int n = this_year();
    EXPECT("Referral\nPt: KELLER, Maria (04/03/%d, %dF)\nReason: cough", n - 62, 62, "04/03/%d",
           n - 62);
    EXPECT("Pat.: YILMAZ, Aylin (25.08.%d, %dJ, w)\nAufnahme am 09.08.2025", n - 25, 25, "25.08.%d",
           n - 25);
    EXPECT("Pati\xc3\xabnt MULDER, Anouk (17-03-%d, %dj, m) - consult 16-04-2025", n - 77, 77,
           "17-03-%d", n - 77);
    EXPECT("Pat. PERRIN Ga\xc3\xabl \xc2\xb0"
           "21/07/%d, %d a, consultation du 03/01/2020",
           n - 61, 61, "21/07/%d", n - 61);
    EXPECT("Patient Ravik Oster (12.05.%d, %d years)", n - 40, 40, "12.05.%d", n - 40);
    /* a duration after a start date, a count that does not agree, a child's age left alone */
    EXPECT_NONE("Contract started 01/03/%d, %d yrs)", n - 16, 16);
    EXPECT_NONE("Member since 12/05/%d, %d years)", n - 25, 25);
    EXPECT_NONE("Visit (04/03/%d, %dF)", n - 62, 30);
    EXPECT_NONE("Pt: KELLER, Mia (04/03/%d, %dF)", n - 4, 4);
}

static void test_dob15_age_token_before_the_bracket(void **state)
{
    (void)state;
    int n = this_year(); /* the age is printed before the year here */
    char text[256], want[64];
    snprintf(text, sizeof text, "CC: SOB. %d y/o F (1/28/%d). Last visit 6/26/2022.", 51, n - 51);
    snprintf(want, sizeof want, "DATE_OF_BIRTH=1/28/%d", n - 51);
    expect(text, want);
    snprintf(text, sizeof text, "Mujer de %d a\xc3\xb1os (FN 16/06/%d) remitida el 13/04/2024.", 82,
             n - 82);
    snprintf(want, sizeof want, "DATE_OF_BIRTH=16/06/%d", n - 82);
    expect(text, want);
    snprintf(text, sizeof text, "Man, %d J. (03.02.%d)", 40, n - 40);
    snprintf(want, sizeof want, "DATE_OF_BIRTH=03.02.%d", n - 40);
    expect(text, want);
    /* an age that does not agree, a number of things */
    snprintf(text, sizeof text, "%d y/o F (1/28/%d).", 30, n - 51);
    expect(text, "");
    snprintf(text, sizeof text, "Order of %d units (due 1/28/%d).", 51, n - 51);
    expect(text, "");
}

static void test_dob15_columns_out_of_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mitarbeiter        Geburtsdatum    Ausstellung\nAylin Brandt    06.02.1996      "
         "26.08.2025\nDieter Keller    01.02.1941    02.10.2024\n",
         "DATE_OF_BIRTH=06.02.1996;DATE_OF_BIRTH=01.02.1941"},
        /* the other column, another header, no header */
        {"Mitarbeiter        Eintritt    Ausstellung\nAylin Brandt    06.02.1996      26.08.2025\n",
         ""},
        {"Aylin Brandt    06.02.1996      26.08.2025\n", ""},
    };
    CHECK(c);
}

static void test_dob15_month_the_day(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Maria Holloway was born on January the 4th 1993.", "DATE_OF_BIRTH=January the 4th 1993"},
        {"Birthdate:\nJune the 9th 1944", "DATE_OF_BIRTH=June the 9th 1944"},
        {"The shop opened on January the 4th 1993.", ""},
        {"May the 4th be with you", ""},
    };
    CHECK(c);
}

static void test_dob15_turns_on_a_birthday(void **state)
{
    (void)state;
    /* decided (stop 34): a day and month without a year after "turns N on" / "will be N on" is a
     * birthday, not a date of birth; branch dob15 read it as one and a blind set, which labels
     * none of them, lost DATE_OF_BIRTH precision 0.963 -> 0.939, so it is left */
    static const struct tcase c[] = {
        {"Shanice turns 64 on July 7, can you plan a surprise?", ""},
        {"my daughter turns 12 on March 4th", ""},
        {"Maria cumple 63 a\xc3\xb1os el 4 de marzo", ""},
        {"The firm turns 25 on May 2, join us", ""},
        {"The counter turns 0 on May 5", ""},
        {"The price will be 20 on March 4", ""},
        {"My son Gareth will be 67 on August 24.", ""},
        {"She will be 30 on May 2", ""},
        {"The rate will be 12 on May 2", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob15_age_token_after_the_date),
        cmocka_unit_test(test_dob15_age_token_before_the_bracket),
        cmocka_unit_test(test_dob15_columns_out_of_line),
        cmocka_unit_test(test_dob15_month_the_day),
        cmocka_unit_test(test_dob15_turns_on_a_birthday),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
