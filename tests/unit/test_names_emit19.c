/* test_names_emit19.c: no text makes the NAMES pack re-read a long line from each run on it
 * (branch emit19). nw_line_start(), nw_seps_before() and nw_seps_from_start() (names_internal.h)
 * keep their last answer in the text's line table; they must give the answers of the walks they
 * replace (the walk back to the '\n', the count of a separator from the line's start, the walk
 * from the text's start to a header's cell) for any order of queries, and a megabyte-class line
 * of names or dates must be scanned with the findings the short lines give.
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
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include "names_cases.h"

static size_t naive_line_start(const uint8_t *t, size_t i)
{
    while (i > 0 && t[i - 1] != '\n')
        i--;
    return i;
}

static size_t naive_header(const uint8_t *t, size_t lim, size_t col, uint8_t sep, size_t *c)
{
    size_t h = 0, n = 0;
    while (h < lim && n < col)
        n += t[h++] == sep;
    *c = n;
    return h;
}

static uint32_t rnd(uint32_t *x)
{
    *x = *x * 1103515245u + 12345u;
    return *x >> 8;
}

/* Random texts of '\n', ',', ';', 'a' and ' ' with long and short lines, queried mostly forward
 * with jumps back, every answer against the plain walk. */
static void test_cached_walks_answer_as_the_plain_walks(void **state)
{
    (void)state;
    uint32_t x = 7;
    for (int round = 0; round < 200; round++) {
        size_t len = 1 + rnd(&x) % 3000;
        uint8_t *t = malloc(len);
        assert_non_null(t);
        unsigned nl = 1 + rnd(&x) % 200; /* one byte in nl is a newline */
        for (size_t i = 0; i < len; i++) {
            uint32_t r = rnd(&x);
            t[i] = r % nl == 0 ? '\n' : ",; aa"[(r / nl) % 5];
        }
        struct nw_lines lines;
        memset(&lines, 0, sizeof lines);
        lines.t = t;
        lines.len = len;
        struct sc s;
        memset(&s, 0, sizeof s);
        s.t = t;
        s.len = len;
        s.lines = &lines;
        size_t i = 0;
        for (int q = 0; q < 400; q++) {
            uint32_t r = rnd(&x);
            if (r % 10 == 0)
                i = r % (len + 1); /* a jump anywhere */
            else if (i < len)
                i += r % 40 < len - i ? r % 40 : len - i;
            size_t ls = nw_line_start(&s, i);
            assert_int_equal(ls, naive_line_start(t, i));
            uint8_t sep = r % 3 ? ',' : ';';
            size_t col = nw_seps_before(&s, ls, i, sep), want = 0;
            for (size_t k = ls; k < i; k++)
                want += t[k] == sep;
            assert_int_equal(col, want);
            size_t c1, c2, lim = r % 7 == 0 ? i : ls;
            size_t h1 = nw_seps_from_start(&s, lim, col, sep, &c1);
            size_t h2 = naive_header(t, lim, col, sep, &c2);
            assert_int_equal(h1, h2);
            assert_int_equal(c1, c2);
        }
        free(t);
    }
}

/* The findings of text, as "TYPE=value;..." (up to cap bytes), and how many. */
static size_t findings(const char *text, size_t *persons, size_t *births)
{
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    *persons = *births = 0;
    for (size_t i = 0; i < n; i++) {
        const char *type = anon_engine_type_name(eng, f[i].type);
        *persons += strcmp(type, "PERSON") == 0;
        *births += strcmp(type, "DATE_OF_BIRTH") == 0;
    }
    free(f);
    return n;
}

static char *repeat(const char *head, const char *unit, size_t times)
{
    size_t hl = strlen(head), ul = strlen(unit);
    char *t = malloc(hl + ul * times + 1);
    assert_non_null(t);
    memcpy(t, head, hl);
    for (size_t k = 0; k < times; k++)
        memcpy(t + hl + k * ul, unit, ul);
    t[hl + ul * times] = '\0';
    return t;
}

/* One long line of names (the shape that re-read its line from each name: 16 s a MiB), the same
 * after a short first line that a CSV header's walk reads, and a long line of dates: a long line
 * gives the findings a short one gives, times the repetitions. */
static void test_long_lines_find_what_short_ones_do(void **state)
{
    (void)state;
    static const char *const units[][2] = {
        {"", "Kavor Lenswick, Doran Velmick, Tesni Aburrow, "},
        {"Name;Geburtsdatum\n", "Anna Keller;14.03.1987;Jonas Brandt;02.11.1979;"},
        {"", "Anna Keller 14.03.1987 Jonas Brandt, 02.11.1979 "},
    };
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        char *small = repeat(units[u][0], units[u][1], 40);
        char *big = repeat(units[u][0], units[u][1], 4000);
        size_t ps, bs, pb, bb;
        findings(small, &ps, &bs);
        findings(big, &pb, &bb);
        /* the findings scale with the line: what 40 units gave, 100 times over */
        assert_true(ps > 0);
        assert_int_equal(pb, ps * 100);
        assert_int_equal(bb, bs * 100);
        free(small);
        free(big);
    }
}

/* The short lines the long ones repeat. */
static void test_short_lines(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kavor Lenswick, Doran Velmick, Tesni Aburrow",
         "PERSON=Kavor Lenswick;PERSON=Doran Velmick;PERSON=Tesni Aburrow"},
        {"Name;Geburtsdatum\nAnna Keller;14.03.1987;Jonas Brandt;02.11.1979;",
         "PERSON=Anna Keller;DATE_OF_BIRTH=14.03.1987;PERSON=Jonas "
         "Brandt;DATE_OF_BIRTH=02.11.1979"},
        /* dates after names on one line are no births */
        {"Anna Keller 14.03.1987 Jonas Brandt, 02.11.1979 ",
         "PERSON=Anna Keller;PERSON=Jonas Brandt"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_lines),
        cmocka_unit_test(test_cached_walks_answer_as_the_plain_walks),
        cmocka_unit_test(test_long_lines_find_what_short_ones_do),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
