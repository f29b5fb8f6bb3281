/* test_cost60b.c: the cost round cost60b of stop 60 (issue 19, exact). Each pass of stop 60 that
 * walked every line of a text is asked only after a cheap test in front of it; each test must stay
 * a superset of its pass:
 * - engine_internal.h's anon_s60_may() before scan60_view.c's anon_s60_addr_break_at(): the value
 *   a break joins is in capitals, so a lower-case letter before the break turns it away; over a
 *   grid of scanned address fields (labels, values, next lines, each byte before the break and
 *   after it changed), at every line break the reader joins, the test passes.
 * - names_review60.c reads its cue marks, a CSV header's bytes and a cue word's first letter from
 *   a class table: for every byte before a cue ("*Reviewers: ...") and every case of a cue's and
 *   a header's first letter, the pass finds the login exactly when the sets say it may.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/engine_internal.h"
#include "anonymize/names.h"

/* At every line break of t[0 .. n) the reader joins, the pre-test passes. The joins found. */
static size_t s60_check(const uint8_t *t, size_t n)
{
    size_t joins = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] != '\n' && t[i] != '\r')
            continue;
        size_t l = t[i] == '\r' ? 2 : 1;
        if (l == 2 && (i + 1 >= n || t[i + 1] != '\n'))
            continue;
        size_t r = anon_s60_addr_break_at(t, i, l, n);
        if (r && !anon_s60_may(t, i, l, n))
            print_error("join turned away at %zu: %.*s\n", i, (int)n, (const char *)t);
        if (r)
            assert_true(anon_s60_may(t, i, l, n));
        joins += r != 0;
    }
    return joins;
}

static void test_s60_gate_is_a_superset(void **state)
{
    (void)state;
    static const char *const labels[] = {
        "ADDRESS: ", "ADRES: ",     "ADRESSE: ",   "INDIRIZZO: ", "ADDRE55 | ", "STRASSE  ",
        "ADRESA~ ",  "ANSCHRIFT\t", "  ADDRESS: ", "Address: ",   "address: ",  "ADRES \xC2\xA6 "};
    static const char *const values[] = {"39 CHAPEL",
                                         "\xC3\x87INAR",
                                         "CORSO",
                                         "BUCHENWEG",
                                         "HIGH",
                                         "SEE BELOW",
                                         "123 WESTGATE",
                                         "R\xC3\x9C"
                                         "CKERT",
                                         "UL. LIPOWA",
                                         "39 chapel",
                                         "Chapel",
                                         "A B C D E"};
    static const char *const nexts[] = {"STREET\n",
                                        "SK. 10/3\n",
                                        "    12\n",
                                        "VITTORIO EMANUELE 12\n",
                                        "TEL: 01234\n",
                                        "DERBY DE22 1GB\n",
                                        "\xC3\x87"
                                        "ANKAYA\n",
                                        "Street\n",
                                        "JOHN SMITH\n",
                                        "\t7\n"};
    static const char *const breaks[] = {"\n", "\r\n"};
    size_t joins = 0;
    char buf[256];
    for (size_t a = 0; a < sizeof labels / sizeof *labels; a++)
        for (size_t b = 0; b < sizeof values / sizeof *values; b++)
            for (size_t c = 0; c < sizeof nexts / sizeof *nexts; c++)
                for (size_t d = 0; d < 2; d++) {
                    int n = snprintf(buf, sizeof buf, "%s%s%s%s", labels[a], values[b], breaks[d],
                                     nexts[c]);
                    joins += s60_check((const uint8_t *)buf, (size_t)n);
                    /* the value's last byte and the next line's first changed */
                    static const uint8_t bytes[] = {'A', 'z', 'Q', '1', ' ', 0xC3, 0x87, ':', '.'};
                    size_t at = strlen(labels[a]) + strlen(values[b]);
                    size_t nx = at + strlen(breaks[d]);
                    for (size_t k = 0; k < sizeof bytes; k++) {
                        char m[256];
                        memcpy(m, buf, (size_t)n);
                        m[at - 1] = (char)bytes[k];
                        joins += s60_check((const uint8_t *)m, (size_t)n);
                        memcpy(m, buf, (size_t)n);
                        m[nx] = (char)bytes[k];
                        joins += s60_check((const uint8_t *)m, (size_t)n);
                    }
                }
    assert_true(joins > 100);
}

/* Typed text in mixed case ends its lines in lower-case letters: the pre-test turns them away
 * before the reader walks back to the line's start. */
static void test_s60_gate_turns_prose_away(void **state)
{
    (void)state;
    static const char *const texts[] = {"Please look at the\nFailing job\n",
                                        "    for item in req.items\n        Total += 1\n",
                                        "Address: 39 chapel\nSTREET\n"};
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        const uint8_t *t = (const uint8_t *)texts[k];
        size_t i = (size_t)((const char *)memchr(t, '\n', strlen(texts[k])) - texts[k]);
        assert_false(anon_s60_may(t, i, 1, strlen(texts[k])));
    }
    const char *form = "ADDRESS: 39 CHAPEL\nSTREET\n";
    assert_true(anon_s60_may((const uint8_t *)form, 18, 1, strlen(form)));
    assert_true(anon_s60_addr_break_at((const uint8_t *)form, 18, 1, strlen(form)) != 0);
}

static int count_emit(void *arg, int kind, size_t a, size_t e)
{
    (void)kind, (void)a, (void)e;
    ++*(int *)arg;
    return 0;
}

static int r60_finds(const anon_names_known_t *k, const char *t, size_t len)
{
    int n = 0;
    assert_int_equal(anon_names_review_lists(k, t, len, count_emit, &n), 0);
    return n;
}

static void test_r60_classes(void **state)
{
    (void)state;
    anon_names_known_t *k = anon_names_known_new();
    char buf[128];
    for (int b = 1; b < 256; b++) { /* the byte before the cue word */
        int n = snprintf(buf, sizeof buf, "x @ y\n%cReviewers: mkeller, jdoe\n", b);
        int may = b == ' ' || b == '\t' || b == '*' || b == '#' || b == '-' || b == '>' ||
                  b == '_' || b == '\n';
        assert_int_equal(r60_finds(k, buf, (size_t)n) > 0, may);
    }
    static const char *const cues[] = {"reviewers", "subscribers",  "watchers", "assignee",
                                       "approvers", "contributors", "reporter"};
    for (size_t c = 0; c < sizeof cues / sizeof *cues; c++)
        for (int up = 0; up < 3; up++) {
            char w[16];
            snprintf(w, sizeof w, "%s", cues[c]);
            for (size_t j = 0; w[j]; j++)
                if (up == 2 || (up == 1 && j == 0))
                    w[j] = (char)(w[j] - 32);
            int n = snprintf(buf, sizeof buf, "@ here\n%s: mkeller\n", w);
            assert_true(r60_finds(k, buf, (size_t)n) > 0);
            n = snprintf(buf, sizeof buf, "@ here\nkey,%s\nk1,mkeller\n", w);
            /* a CSV header: its heads only (not subscribers, approvers, contributors) */
            int head = c == 0 || c == 2 || c == 3 || c == 6;
            assert_int_equal(r60_finds(k, buf, (size_t)n) > 0, head);
        }
    anon_names_known_free(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_s60_gate_is_a_superset),
        cmocka_unit_test(test_s60_gate_turns_prose_away),
        cmocka_unit_test(test_r60_classes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
