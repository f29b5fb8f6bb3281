/* names_ages.h: what the tests of dates of birth beside an age share (test_names_dobage.c,
 * test_names_dob15.c): this year as the rule reads it, and a case built from a format with a
 * birth year and an age, so the tests hold in any year. Include after names_cases.h. */
#ifndef HUSH_TEST_NAMES_AGES_H
#define HUSH_TEST_NAMES_AGES_H

#include <stdio.h>
#include <string.h>
#include <time.h>

static int this_year(void)
{
    time_t now = time(NULL);
    struct tm tm;
    int y = gmtime_r(&now, &tm) ? tm.tm_year + 1900 : 2026;
    return y < 2026 ? 2026 : y;
}

/* want: "DATE_OF_BIRTH=..." or "" for the text; fails with both shown */
static void expect(const char *text, const char *want)
{
    char got[1024];
    render(text, got, sizeof got);
    if (strcmp(got, want) != 0)
        fail_msg("text: %s\n  want: %s\n  got:  %s", text, want, got);
}

/* the text from FMT (a literal) with A and B: its date of birth is DFMT with Y */
#define EXPECT(FMT, A, B, DFMT, Y)                                                                 \
    do {                                                                                           \
        char text_[256], d_[64], w_[128];                                                          \
        snprintf(text_, sizeof text_, FMT, A, B);                                                  \
        snprintf(d_, sizeof d_, DFMT, Y);                                                          \
        snprintf(w_, sizeof w_, "DATE_OF_BIRTH=%s", d_);                                           \
        expect(text_, w_);                                                                         \
    } while (0)

/* ... with no date of birth */
#define EXPECT_NONE(FMT, A, B)                                                                     \
    do {                                                                                           \
        char text_[256];                                                                           \
        snprintf(text_, sizeof text_, FMT, A, B);                                                  \
        expect(text_, "");                                                                         \
    } while (0)

#endif
