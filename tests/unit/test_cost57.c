/* test_cost57.c: the cost round of stop 57 (issue 19, exact). names_scan56.h's nw_scan56_may()
 * is nw_scan56_caps_street()'s first tests, asked before its call: it must stay a superset of
 * the reader (every capitals street the reader takes is let through, over a grid of cells and
 * the lines around them), and it turns away the capitals words of prose ("UUID" after a line
 * break and a space, "CI" inside a sentence). names_typed54.c's first test reads the 97 bytes
 * before a chat street's number for a line break with SSE2 loads in place of memchr: a break 97
 * bytes before the number still counts, one 98 bytes before it does not.
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
#include "anonymize/names_scan56.h"
#include "anonymize/names_typed54.h"

static void scan_of(struct sc *sc, const char *text, size_t len)
{
    memset(sc, 0, sizeof *sc);
    sc->t = (const uint8_t *)text;
    sc->len = len;
    sc->kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS;
}

/* Every capitals word of text that names.c would ask nw_scan56_caps_street() about (a space,
 * a dot or a tab after it): where the reader takes a street, the pre-check said yes. The
 * streets found. */
static size_t streets_pass(const char *text, size_t len)
{
    struct sc sc;
    size_t streets = 0;
    scan_of(&sc, text, len);
    for (size_t i = 0; i < len; i++) {
        if (!(sc.t[i] >= 'A' && sc.t[i] <= 'Z') || (i > 0 && is_alnum(sc.t[i - 1])))
            continue;
        struct word w;
        nw_parse_word(&sc, i, &w);
        if (w.shape != SH_CAPS || w.e >= len ||
            (sc.t[w.e] != ' ' && sc.t[w.e] != '.' && sc.t[w.e] != '\t'))
            continue;
        size_t st_e, num_s;
        if (nw_scan56_caps_street(&sc, &w, &st_e, &num_s)) {
            streets++;
            if (!nw_scan56_may(sc.t, &w))
                print_error("street lost: %s\n", text + i);
            assert_true(nw_scan56_may(sc.t, &w));
        }
    }
    return streets;
}

static void test_scan56_precheck_lets_every_street_through(void **state)
{
    (void)state;
    static const char *const before[] = {"",         "MOORING REGISTER\n",
                                         "OWNER  ",  "TAG 9076  ",
                                         "CIM ",     "ADR ",
                                         "\t",       "\"",
                                         "NAME: ",   "X | ",
                                         "ZEILE ~ ", "N\xc2\xa6 ",
                                         "NO. "};
    static const char *const cells[] = {
        "STORGATAN 122",   "UL. LIPOWA 4 M. 2",    "VIA GARIBALDI 7",   "ARANY JANOS UTCA 12",
        "KIRKEVEJ l7S",    "STATIONSGATAN     70", "GOETHESTR. 12",     "MILL LANE 4",
        "RUE DES LILAS 8", "HAUPTSTRASSE 5",       "AV. PAULISTA 1000", "ZAHRADN\xc3\x8d\t69",
        "DORFSTR 3a"};
    static const char *const after[] = {"",         "\n",  "  LABRADOR\n", ", 00184 ROMA",
                                        "\tBEAGLE", " | X"};
    char text[256];
    size_t streets = 0;
    for (size_t b = 0; b < sizeof before / sizeof *before; b++)
        for (size_t c = 0; c < sizeof cells / sizeof *cells; c++)
            for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
                int n = snprintf(text, sizeof text, "%s%s%s", before[b], cells[c], after[a]);
                streets += streets_pass(text, (size_t)n);
            }
    assert_true(streets > 100); /* the grid holds streets the reader takes */
}

/* The capitals words of bench_rewrite's prose pay no call. */
static void test_scan56_precheck_turns_prose_away(void **state)
{
    (void)state;
    static const struct {
        const char *text, *word;
    } c[] = {
        {"print(add(1, 2))\n UUID 123e4567-e89b-12d3-a456-426614174000 maps", "UUID"},
        {"The build fails on the CI runner with a linker error", "CI"},
        {"Here is the stack trace from version 2.4.1 of the API. OK", "API"},
    };
    for (size_t k = 0; k < sizeof c / sizeof *c; k++) {
        struct sc sc;
        scan_of(&sc, c[k].text, strlen(c[k].text));
        size_t i = (size_t)(strstr(c[k].text, c[k].word) - c[k].text);
        struct word w;
        nw_parse_word(&sc, i, &w);
        assert_int_equal(w.shape, SH_CAPS);
        assert_false(nw_scan56_may(sc.t, &w));
    }
}

/* A chat street after a line break d bytes before its number: the reader's first test reads the
 * 97 bytes before the number. */
static size_t typed54_after_break(size_t d)
{
    static const char tail[] = "hamta pa bjorkvagen 14 tack";
    char text[512];
    size_t num = strlen("hamta pa bjorkvagen "), lead = 40;
    assert_true(d > num && lead + d + sizeof tail < sizeof text);
    memset(text, '.', lead); /* a line of dots before the break: no break in it */
    text[lead] = '\n';
    size_t pad = d - num - 1; /* the break at lead, the number at lead + d */
    memset(text + lead + 1, ' ', pad);
    memcpy(text + lead + 1 + pad, tail, sizeof tail);
    size_t len = lead + 1 + pad + sizeof tail - 1, i = lead + d, start = 0;
    assert_memory_equal(text + i, "14", 2);
    struct sc sc;
    scan_of(&sc, text, len);
    return nw_typed54_street(&sc, i, i + 2, &start);
}

static void test_typed54_line_break_reach(void **state)
{
    (void)state;
    assert_true(typed54_after_break(30) != 0);
    assert_true(typed54_after_break(96) != 0);
    assert_true(typed54_after_break(97) != 0);
    assert_int_equal(typed54_after_break(98), 0);
    assert_int_equal(typed54_after_break(120), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scan56_precheck_lets_every_street_through),
        cmocka_unit_test(test_scan56_precheck_turns_prose_away),
        cmocka_unit_test(test_typed54_line_break_reach),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
