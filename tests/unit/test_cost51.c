/* test_cost51.c: the cost round of stop 51 (issue 19, exact). names_precheck.h's nw_date_may()
 * says no, before nw_date_at() is asked, to a run of two digits that is no day (00, 32-99)
 * followed by any byte but '/', '.' or a capital ("took 42 seconds"), and to a day of one or two
 * digits before ',' after an ASCII byte other than a space ("add(1, 2)"). A pre-check must stay a
 * superset of its reader: every run nw_date_at() reads as a date is let through, over a grid of
 * the bytes before and after such runs; and the shapes of PII-free prose are turned away.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_precheck.h"

static void scan_of(struct sc *sc, const char *text, size_t len)
{
    memset(sc, 0, sizeof *sc);
    sc->t = (const uint8_t *)text;
    sc->len = len;
    sc->kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS;
}

/* Every digit run of text: a date nw_date_at() reads is one nw_date_may() lets through. */
static size_t dates_pass(const char *text, size_t len)
{
    struct sc sc;
    size_t dates = 0;
    scan_of(&sc, text, len);
    for (size_t i = 0; i < len; i++) {
        if (!is_digit(sc.t[i]) || (i > 0 && is_digit(sc.t[i - 1])))
            continue;
        size_t d = i, ds;
        while (d < len && is_digit(sc.t[d]))
            d++;
        if (nw_date_at(&sc, i, &ds)) {
            dates++;
            if (!nw_date_may(&sc, i, d))
                print_error("date lost: %s\n", text + i);
            assert_true(nw_date_may(&sc, i, d));
        }
    }
    return dates;
}

static void test_date_precheck_lets_every_date_through(void **state)
{
    (void)state;
    static const char *const before[] = {
        "",       "born ",      "born (", "DOB:",        "geb. ",        "Mar-",
        "March ", "March the ", "on Mar", "May\xc2\xa0", "\xe2\x80\x89", "x,"};
    static const char *const after[] = {" March 1987",
                                        ". 3. 1987",
                                        ".03.1987",
                                        "/03/1987",
                                        "-03-1987",
                                        "-Mar-1987",
                                        " 03 1987",
                                        ".III.1987",
                                        " III 1987",
                                        "/1 1950",
                                        "/11",
                                        ".11",
                                        "th of March",
                                        ", 1987",
                                        ",1987",
                                        "MAR1987",
                                        "Mar87",
                                        " de marzo de 1987",
                                        "\xc2\xba de mar\xc3\xa7o de 1987",
                                        "\xe2\x80\x93"
                                        "04\xe2\x80\x93"
                                        "1993",
                                        " / 11 / 1993",
                                        "\n1950",
                                        "",
                                        " seconds",
                                        ", 2)",
                                        "\t1987"};
    static const char *const days[] = {"1", "4", "04", "12", "29", "31", "00", "32", "42", "99"};
    char buf[96];
    size_t dates = 0;
    for (size_t b = 0; b < sizeof before / sizeof *before; b++)
        for (size_t a = 0; a < sizeof after / sizeof *after; a++)
            for (size_t d = 0; d < sizeof days / sizeof *days; d++) {
                int n = snprintf(buf, sizeof buf, "%s%s%s", before[b], days[d], after[a]);
                dates += dates_pass(buf, (size_t)n);
            }
    assert_true(dates > 500); /* the grid holds dates of every shape above */
}

static void test_date_precheck_turns_away_prose_numbers(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t at, run; /* the digit run */
    } no[] = {
        {"the deployment took 42 seconds", 20, 2},
        {"print(add(1, 2))", 10, 1},
        {"error 99, retry", 6, 2},
        {"code 00 here", 5, 2},
        {"x 77\ty", 2, 2},
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        struct sc sc;
        size_t ds;
        scan_of(&sc, no[k].text, strlen(no[k].text));
        assert_int_equal(nw_date_at(&sc, no[k].at, &ds), 0);
        assert_false(nw_date_may(&sc, no[k].at, no[k].at + no[k].run));
    }
    /* and the days still asked: "4 March", "March 4, 1987", a slash or a dot after 32 */
    static const struct {
        const char *text;
        size_t at, run;
    } yes[] = {
        {"born 4 March 1987", 5, 1}, {"born March 4, 1987", 11, 1},
        {"born 31 May 1990", 5, 2},  {"v 42/11", 2, 2},
        {"v 42.11", 2, 2},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        struct sc sc;
        scan_of(&sc, yes[k].text, strlen(yes[k].text));
        assert_true(nw_date_may(&sc, yes[k].at, yes[k].at + yes[k].run));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_precheck_lets_every_date_through),
        cmocka_unit_test(test_date_precheck_turns_away_prose_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
