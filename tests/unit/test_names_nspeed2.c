/* test_names_nspeed2.c: the 16-byte scans of names_nspeed2.c give the answers of a byte loop,
 * and the table reader of names_tables2.c that uses them finds the same tables wherever their
 * blank line, separators and column gaps fall against the 16-byte steps.
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
#include "anonymize/names_internal.h"
#include "names_cases.h"

/* A deterministic text of spaces, line breaks, commas and letters in runs, so that pairs and
 * runs of every length fall at every offset. */
static void fill(uint8_t *t, size_t n, unsigned seed)
{
    static const uint8_t alphabet[] = {' ', ' ', '\n', ',', ';', 'a', 'B', 0xC3, 0xA9, '\0'};
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        t[i] = alphabet[(seed >> 16) % sizeof alphabet];
    }
}

static size_t pair_ref(const uint8_t *t, size_t a, size_t b, uint8_t c)
{
    for (size_t i = a; i + 1 < b; i++)
        if (t[i] == c && t[i + 1] == c)
            return i;
    return b;
}

static void test_pair_at_agrees_with_a_byte_loop(void **state)
{
    (void)state;
    uint8_t t[96];
    for (unsigned seed = 0; seed < 200; seed++) {
        fill(t, sizeof t, seed);
        for (size_t a = 0; a < 40; a++)
            for (size_t b = a; b <= sizeof t; b++) {
                assert_int_equal(nw_pair_at(t, a, b, ' '), pair_ref(t, a, b, ' '));
                assert_int_equal(nw_pair_at(t, a, b, '\n'), pair_ref(t, a, b, '\n'));
            }
    }
    /* the pair's second byte is the range's last: found; one past it: not */
    memset(t, 'x', sizeof t);
    t[16] = t[17] = '\n';
    assert_int_equal(nw_pair_at(t, 0, 18, '\n'), 16);
    assert_int_equal(nw_pair_at(t, 0, 17, '\n'), 17);
    assert_int_equal(nw_pair_at(t, 17, 40, '\n'), 40);
}

static void test_count2_agrees_with_a_byte_loop_past_the_lane_limit(void **state)
{
    (void)state;
    static uint8_t t[9000]; /* more than 255 steps of 16 bytes: the lanes are summed between */
    for (unsigned seed = 0; seed < 8; seed++) {
        fill(t, sizeof t, seed);
        if (seed == 7)
            memset(t, ',', sizeof t); /* every lane counts 255 in each round */
        for (size_t a = 0; a < 20; a += 3)
            for (size_t b = a; b <= sizeof t; b += b < 100 ? 1 : 997) {
                size_t n1, n2, r1 = 0, r2 = 0;
                for (size_t i = a; i < b; i++)
                    r1 += t[i] == ',', r2 += t[i] == ' ';
                nw_count2(t, a, b, ',', ' ', &n1, &n2);
                assert_int_equal(n1, r1);
                assert_int_equal(n2, r2);
            }
    }
}

/* The table under a sentence starts after the first blank line, wherever that falls. */
static void test_table_after_a_blank_line_at_every_offset(void **state)
{
    (void)state;
    for (size_t k = 0; k < 40; k++) {
        char text[512], pad[64];
        memset(pad, 'e', k);
        pad[k] = '\0';
        snprintf(text, sizeof text,
                 "Here is the %s export:\n\nCustomer ID,Name,Address,Created,Date of birth\n"
                 "84153,Steven Johnson,\"6315 N Martin Luther King Jr Blvd, Madison, WI 53703\","
                 "06/10/2024,\"October 6, 1975\"\n",
                 pad);
        char got[1024];
        render(text, got, sizeof got);
        assert_string_equal(got, "PERSON=Steven Johnson;STREET_ADDRESS=6315 N Martin Luther King "
                                 "Jr Blvd, Madison, WI 53703;DATE_OF_BIRTH=October 6, 1975");
    }
}

/* cells[] joined so that cell k starts at byte col[k] (ASCII: bytes are code points). */
static void columns(char *out, const char *const *cells, const size_t *col, size_t n)
{
    size_t o = 0;
    for (size_t k = 0; k < n; k++) {
        while (o < col[k])
            out[o++] = ' ';
        o += (size_t)sprintf(out + o, "%s", cells[k]);
    }
    out[o++] = '\n';
    out[o] = '\0';
}

/* A fixed-width header needs two gaps of two spaces or more (two_gaps(), a shortcut before the
 * split into three cells or more, which asks the same), at any offset and of any width; with
 * one gap it is a sentence's words. */
static void test_fixed_width_header_gaps_at_every_offset(void **state)
{
    (void)state;
    static const char *const head[] = {"Kundennr.", "Name", "Geburtsdatum", "Anschrift"};
    static const char *const row[] = {"49210", "Ortlinde Strohller", "4.5.1953",
                                      "Lindenallee 50 b, 20095 Hamburg"};
    for (size_t g = 2; g < 24; g++) {
        size_t col[] = {0, 9 + g, 9 + g + 20, 9 + g + 20 + 12 + g};
        char text[512];
        columns(text, head, col, 4);
        columns(text + strlen(text), row, col, 4);
        char got[1024];
        render(text, got, sizeof got);
        if (!strstr(got, "DATE_OF_BIRTH=4.5.1953"))
            fail_msg("gap %zu: %s -> %s", g, text, got);
    }
    static const struct tcase c[] = {
        /* one gap: no table, and no birth label on the date's line */
        {"Kundennr. Name Geburtsdatum  Anschrift\n49210 Ortlinde 4.5.1953 Lindenallee\n", ""},
    };
    CHECK(c);
}

/* A CSV header is short cells: no more spaces than two per separator and one. */
static void test_csv_header_spaces_against_separators(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Vorname,Nachname,Geburtsdatum\nGerrike,Wiegmeier,1954-08-06\n",
         "PERSON=Gerrike;PERSON=Wiegmeier;DATE_OF_BIRTH=1954-08-06"},
        /* a sentence with commas is no header */
        {"we list the name, the date of birth and the address as they are, then\n"
         "Gerrike,Wiegmeier,1954-08-06\n",
         ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pair_at_agrees_with_a_byte_loop),
        cmocka_unit_test(test_count2_agrees_with_a_byte_loop_past_the_lane_limit),
        cmocka_unit_test(test_table_after_a_blank_line_at_every_offset),
        cmocka_unit_test(test_fixed_width_header_gaps_at_every_offset),
        cmocka_unit_test(test_csv_header_spaces_against_separators),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
