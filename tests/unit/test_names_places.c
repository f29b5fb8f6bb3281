/* test_names_places.c: the NAMES pack's street addresses (names_places.c) and dates of birth
 * (names_dates.c), one written shape a test, each with the look-alike it must leave alone.
 * test_names.c holds the first round of both; this file the shapes gen_dob_addr.py found missing.
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

static anon_engine_t *eng; /* the NAMES pack alone */

static int setup(void **state)
{
    (void)state;
    const char *packs[] = {"NAMES"};
    anon_config_t cfg = {.packs = packs, .npacks = 1};
    char err[256];
    eng = anon_engine_new(&cfg, err, sizeof err);
    return eng ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(eng);
    return 0;
}

/* "TYPE=value;TYPE=value" for the STREET_ADDRESS and DATE_OF_BIRTH findings, in order. */
static void render(const char *text, char *buf, size_t cap)
{
    anon_finding_t *f = NULL;
    size_t n = 0, o = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        const char *type = anon_engine_type_name(eng, f[i].type);
        if (strcmp(type, "PERSON") == 0)
            continue;
        o += (size_t)snprintf(buf + o, cap - o, "%s%s=%.*s", o ? ";" : "", type,
                              (int)(f[i].end - f[i].start), text + f[i].start);
    }
    free(f);
}

struct tcase {
    const char *text, *want;
};

static void check(const struct tcase *c, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[1024];
        render(c[i].text, got, sizeof got);
        if (strcmp(got, c[i].want) != 0) {
            print_error("text: %s\n  want: %s\n  got:  %s\n", c[i].text, c[i].want, got);
            bad = 1;
        }
    }
    assert_false(bad);
}
#define CHECK(c) check(c, sizeof c / sizeof c[0])

/* ---- dates of birth ------------------------------------------------------------------------- */
static void test_dob_birth_word_after_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1969-04-19 (date of birth)", "DATE_OF_BIRTH=1969-04-19"},
        {"03.07.1939 is my date of birth, please update", "DATE_OF_BIRTH=03.07.1939"},
        {"Ich bin am 10/10/1959 geboren.", "DATE_OF_BIRTH=10/10/1959"},
        {"1/5/1933 (data di nascita)", "DATE_OF_BIRTH=1/5/1933"},
        {"1987-03-04 (release of the born-again build)", ""},
        {"Released 2021-03-04, see the notes", ""},
    };
    CHECK(c);
}

static void test_dob_weekday_before_the_date_is_part_of_it(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DOB: Wednesday, March 15, 1956", "DATE_OF_BIRTH=Wednesday, March 15, 1956"},
        {"geboren am Freitag, 14. Februar 1968", "DATE_OF_BIRTH=Freitag, 14. Februar 1968"},
        {"née le jeudi 3 septembre 1978", "DATE_OF_BIRTH=jeudi 3 septembre 1978"},
        {"nacida el sábado, 17 de marzo de 1997", "DATE_OF_BIRTH=sábado, 17 de marzo de 1997"},
    };
    CHECK(c);
}

static void test_dob_two_digit_year_after_a_month_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DOB:\n  7 Mar 57", "DATE_OF_BIRTH=7 Mar 57"},
        {"Geburtsdatum\n4. August 33", "DATE_OF_BIRTH=4. August 33"},
        {"born on March 4, 87", "DATE_OF_BIRTH=March 4, 87"},
        {"born on 4 March 10:30", ""}, /* a time, not a year */
    };
    CHECK(c);
}

static void test_dob_year_first_dots_and_month_between_slashes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"nato il 1955.04.02", "DATE_OF_BIRTH=1955.04.02"},
        {"nacido el 13/jun./1986", "DATE_OF_BIRTH=13/jun./1986"},
        {"version 2024.04.02 released", ""},
    };
    CHECK(c);
}

static void test_dob_birth_words_of_neighbouring_languages(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nací el 22 de noviembre de 1991.", "DATE_OF_BIRTH=22 de noviembre de 1991"},
        {"Data de nascimento: 04/03/1987", "DATE_OF_BIRTH=04/03/1987"},
        {"född 1987-03-04", "DATE_OF_BIRTH=1987-03-04"},
        {"Data urodzenia: 4.3.1987", "DATE_OF_BIRTH=4.3.1987"},
        {"date de naiss. : 4.3.1987", "DATE_OF_BIRTH=4.3.1987"},
        {"Usage: since 04/03/1987", ""},
    };
    CHECK(c);
}

/* The birth word belongs to the first date after it, not to one after another number or on the
 * next labelled line (a passport's issue date, a record's createdAt, a last visit). */
static void test_dob_later_dates_are_not_births(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth: 11-Mar-1932\nDate of issue: Jul. 15, 2016", "DATE_OF_BIRTH=11-Mar-1932"},
        {"DOB 12/02/2006; last visit 26 January 2016", "DATE_OF_BIRTH=12/02/2006"},
        {"{\"dateOfBirth\": \"3 July 1946\", \"createdAt\": \"DECEMBER 14, 2017\"}",
         "DATE_OF_BIRTH=3 July 1946"},
        {"dob: 26.09.1968\nsignup_date: 6. Februar 2024", "DATE_OF_BIRTH=26.09.1968"},
        {"Born: June 10, 1974\nDied: March 24, 2026", "DATE_OF_BIRTH=June 10, 1974"},
        {"Date of birth\n1987-03-04", "DATE_OF_BIRTH=1987-03-04"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob_birth_word_after_the_date),
        cmocka_unit_test(test_dob_weekday_before_the_date_is_part_of_it),
        cmocka_unit_test(test_dob_two_digit_year_after_a_month_name),
        cmocka_unit_test(test_dob_year_first_dots_and_month_between_slashes),
        cmocka_unit_test(test_dob_birth_words_of_neighbouring_languages),
        cmocka_unit_test(test_dob_later_dates_are_not_births),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
