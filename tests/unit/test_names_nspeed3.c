/* test_names_nspeed3.c: the 16-byte search of names_nspeed3.c gives the answer of a byte loop at
 * every start, bound and text length, reading nothing past the text; and names_asr.c's role
 * labels, which it finds, are read the same wherever their ':' falls against the 16-byte steps
 * and the 40-byte window; names_dates.c's birth words are found as before their look-up was
 * reordered.
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

/* A deterministic text of letters, spaces, ':' and line breaks (and UTF-8 bytes), so that both
 * bytes searched for fall at every offset. */
static void fill(uint8_t *t, size_t n, unsigned seed)
{
    static const uint8_t alphabet[] = {'a', 'b', ' ', ' ', ':', '\n', 'Q', 0xC3, 0xA9, '\r', '\0'};
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        t[i] = alphabet[(seed >> 16) % sizeof alphabet];
    }
}

static size_t find2_ref(const uint8_t *t, size_t a, size_t b, uint8_t c1, uint8_t c2)
{
    for (size_t i = a; i < b; i++)
        if (t[i] == c1 || t[i] == c2)
            return i;
    return b;
}

static void test_find2_agrees_with_a_byte_loop(void **state)
{
    (void)state;
    for (unsigned seed = 1; seed <= 60; seed++) {
        size_t len = seed % 3 == 0 ? 70 : seed % 3 == 1 ? 33 : 17;
        uint8_t *t = malloc(len); /* exactly len bytes: a read past it is a sanitizer error */
        assert_non_null(t);
        fill(t, len, seed);
        if (seed % 5 == 0) /* a text without either byte */
            for (size_t i = 0; i < len; i++)
                if (t[i] == ':' || t[i] == '\n')
                    t[i] = 'x';
        for (size_t a = 0; a <= len; a++)
            for (size_t b = a; b <= len; b++) {
                assert_int_equal(nw_find2(t, a, b, len, ':', '\n'), find2_ref(t, a, b, ':', '\n'));
                assert_int_equal(nw_find2(t, a, b, len, '\r', 0xC3),
                                 find2_ref(t, a, b, '\r', 0xC3));
            }
        free(t);
    }
}

/* A bound before the start (nothing to search) answers the bound, as the loop it replaced left
 * its index at the start and the caller then read no label. */
static void test_find2_empty_ranges(void **state)
{
    (void)state;
    const uint8_t t[] = "agent: hello";
    size_t len = sizeof t - 1;
    assert_int_equal(nw_find2(t, 0, 0, len, ':', '\n'), 0);
    assert_int_equal(nw_find2(t, 5, 5, len, ':', '\n'), 5);
    assert_int_equal(nw_find2(t, 0, len, len, ':', '\n'), 5);
    assert_int_equal(nw_find2(t, 6, len, len, ':', '\n'), len);
    assert_int_equal(nw_find2(t, 0, 3, len, ':', '\n'), 3);
}

/* Three lines opened by "agent" and k spaces before the ':' make a labelled transcript while the
 * ':' is inside the line's first 40 bytes, and none from 40 on: the ':' at every offset around
 * the 16-byte steps and the window's end, with the line at several offsets in the text. */
static void test_role_label_colon_at_every_offset(void **state)
{
    (void)state;
    for (size_t lead = 0; lead < 20; lead += 7)
        for (size_t k = 0; k < 44; k++) {
            char line[96], text[512];
            memset(line, ' ', sizeof line);
            memcpy(line, "agent", 5);
            size_t colon = 5 + k;
            memcpy(line + colon, ": hello there um", 16);
            line[colon + 16] = '\0';
            int n = snprintf(text, sizeof text, "%s\n%s\n%s\n", line, line, line);
            assert_true(n > 0 && (size_t)n < sizeof text);
            int labelled = -1;
            int rc = nw_asr_detect((const uint8_t *)text + 0, (size_t)n, &labelled);
            int want = colon < 40;
            assert_int_equal(labelled, want);
            if (want)
                assert_int_equal(rc, 1);
            /* the same with the text shifted by lead bytes of a previous line */
            char shifted[600];
            memset(shifted, 'x', lead);
            shifted[lead] = '\n';
            memcpy(shifted + lead + 1, text, (size_t)n);
            labelled = -1;
            rc = nw_asr_detect((const uint8_t *)shifted, lead + 1 + (size_t)n, &labelled);
            assert_int_equal(labelled, want);
        }
}

/* A line break before the ':' ends the label: "agent\n: hello" is no role line. */
static void test_role_label_stops_at_a_line_break(void **state)
{
    (void)state;
    int labelled = -1;
    const char *t = "agent\n: hello um\nagent\n: hi um\nagent\n: yes um\n";
    nw_asr_detect((const uint8_t *)t, strlen(t), &labelled);
    assert_int_equal(labelled, 0);
    t = "agent: hello um\ncaller: hi um\nagent: yes um\n";
    assert_int_equal(nw_asr_detect((const uint8_t *)t, strlen(t), &labelled), 1);
    assert_int_equal(labelled, 1);
}

/* nw_birth_word_at() (names_dates.c) compares a list word's first byte before taking its length:
 * the same words found, the same ones refused, the limit still honoured. */
static void test_birth_word_at_after_the_first_byte_test(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t limit; /* 0: the text's length */
        size_t want;
    } c[] = {
        {"born 1987", 0, 4},      {"Born: 1987", 0, 4},  {"DOB: 1987-03-04", 0, 3},
        {"Dobrev 1987", 0, 0},    {"Bornholm 12", 0, 0}, {"geb. 04.03.1987", 0, 4},
        {"Geb 04.03.1987", 0, 3}, {"naiss. 1987", 0, 6}, {"bday 4/3", 0, 4},
        {"birth date", 0, 5},     {"born 1987", 3, 0},   {"geboren am 4.", 0, 7},
        {"d.o.b 4.3.87", 0, 5},   {"x born", 0, 0},      {"nasc. 1987", 0, 4},
    };
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        struct sc s;
        memset(&s, 0, sizeof s);
        s.t = (const uint8_t *)c[k].text;
        s.len = strlen(c[k].text);
        size_t limit = c[k].limit ? c[k].limit : s.len;
        if (nw_birth_word_at(&s, 0, limit) != c[k].want)
            fail_msg("%s: %zu, want %zu", c[k].text, nw_birth_word_at(&s, 0, limit), c[k].want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_find2_agrees_with_a_byte_loop),
        cmocka_unit_test(test_find2_empty_ranges),
        cmocka_unit_test(test_role_label_colon_at_every_offset),
        cmocka_unit_test(test_role_label_stops_at_a_line_break),
        cmocka_unit_test(test_birth_word_at_after_the_first_byte_test),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
