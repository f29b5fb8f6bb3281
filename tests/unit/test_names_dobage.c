/* test_names_dobage.c: a date next to an age in brackets that agrees with it is a date of birth
 * with no birth word (names_dobage.c): after the date or before it, bare or with an age word or a
 * unit in the pack's languages; a count or a duration that does not agree stays a date. The
 * ages are computed from this year, as the rule computes them, so the test holds in any year. */
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

#include "names_cases.h"
#include "names_ages.h"

static void test_age_after_the_date(void **state)
{
    (void)state;
    int n = this_year();
    EXPECT("row 7; 04/03/%d (%d)|ok", n - 39, 39, "04/03/%d", n - 39);
    EXPECT("12.05.%d (%d J.)", n - 35, 35, "12.05.%d", n - 35);
    EXPECT("%d-11-02 (age %d)", n - 46, 46, "%d-11-02", n - 46);
    EXPECT("03/02/%d (%d ans), Lyon", n - 42, 42, "03/02/%d", n - 42);
    EXPECT("14-06-%d (%d años)", n - 28, 28, "14-06-%d", n - 28);
    EXPECT("07/07/%d (%d anni)", n - 61, 61, "07/07/%d", n - 61);
    /* last year's age: the birthday has not come yet this year */
    EXPECT("09/12/%d (%d)", n - 51, 50, "09/12/%d", n - 51);
    /* a child's age with its unit */
    EXPECT("05/05/%d (%d y)", n - 4, 4, "05/05/%d", n - 4);
}

static void test_age_before_the_date(void **state)
{
    (void)state;
    int n = this_year();
    EXPECT("(%d) 03/02/%d", 42, n - 42, "03/02/%d", n - 42);
    EXPECT("(%d jaar), 21-01-%d", 33, n - 33, "21-01-%d", n - 33);
}

static void test_counts_and_durations_stay_dates(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Zimmer 12, 04.03.1987 (Nr. 39)", ""}, /* a bracket that holds no age */
    };
    CHECK(c);
    int n = this_year();
    /* three deliveries three years ago: a bare small number is no age */
    EXPECT_NONE("delivered 12/03/%d (%d)", n - 3, 3);
    /* a number that does not agree with the date */
    EXPECT_NONE("meeting 12/03/%d (%d)", n - 20, 7);
    EXPECT_NONE("release 01.02.%d (%d Tage)", n - 26, 26);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_age_after_the_date),
        cmocka_unit_test(test_age_before_the_date),
        cmocka_unit_test(test_counts_and_durations_stay_dates),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
