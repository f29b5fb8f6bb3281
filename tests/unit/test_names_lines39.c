/* test_names_lines39.c: the shared line table of branch lines39 (names_internal.h's
 * nw_line_end_at()): the end of the line that holds a position is what memchr() finds from it,
 * for every position asked in order, backwards and at random, with "\r\n" breaks, a raw JSON
 * "\n" escape (two bytes, no break), a last line without a break, empty lines, a text of only
 * breaks, more lines than the table holds, and a copy of the struct sc with another length (no
 * table); and the passes that read it still find the people of a text. names_docs4.c's dotted
 * lists 32 bytes a step find what the byte walk finds. */
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

static size_t slow_end(const uint8_t *t, size_t len, size_t i)
{
    while (i < len && t[i] != '\n')
        i++;
    return i;
}

static uint32_t rnd(uint32_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 17;
    *x ^= *x << 5;
    return *x;
}

/* Every position of text asked three ways (forward, backward, at random), each against the
 * byte loop, with a fresh table each way; and the lines' table filled as nw_line_at() fills it. */
static void check_text(const uint8_t *t, size_t len, uint32_t seed)
{
    for (int way = 0; way < 3; way++) {
        struct nw_lines lines;
        memset(&lines, 0, sizeof lines);
        lines.t = t;
        lines.len = len;
        struct sc s;
        memset(&s, 0, sizeof s);
        s.t = t;
        s.len = len;
        s.lines = &lines;
        uint32_t x = seed + (uint32_t)way;
        for (size_t q = 0; q <= len; q++) {
            size_t i = way == 0 ? q : way == 1 ? len - q : rnd(&x) % (len + 1);
            assert_int_equal(nw_line_end_at(&s, i), slow_end(t, len, i));
        }
        for (size_t k = 0; k < lines.n; k++) /* the table: each line's end from its start */
            assert_int_equal(lines.le[k], slow_end(t, len, k ? lines.le[k - 1] + 1 : 0));
        struct sc cut = s; /* a copy with another length: no table, memchr() */
        if (len) {
            cut.len = len - 1;
            for (size_t i = 0; i <= cut.len; i++)
                assert_int_equal(nw_line_end_at(&cut, i), slow_end(t, cut.len, i));
        }
    }
}

static void check_str(const char *text)
{
    check_text((const uint8_t *)text, strlen(text), 7);
}

static void test_line_end_at_shapes(void **state)
{
    (void)state;
    check_str("");
    check_str("\n");
    check_str("\n\n\n\n");
    check_str("one line, no break");
    check_str("first\r\nsecond\r\n\r\nthird");
    check_str("a raw JSON escape \\n is two bytes\\nand no break\nbut this is");
    check_str("ends with a break\n");
    check_str("\nopens with one\n\nand an empty line\n\n");
    check_str("x\ny\nz");
}

static void test_line_end_at_past_the_table(void **state)
{
    (void)state;
    /* more lines than the table's NW_LINES: the lines past it by memchr() */
    size_t n = 3 * NW_LINES + 5, len = 0;
    char *t = malloc(n * 8 + 1);
    assert_non_null(t);
    for (size_t k = 0; k < n; k++)
        len += (size_t)sprintf(t + len, k % 7 == 3 ? "\n" : "ln %03zu\n", k % 1000);
    check_text((const uint8_t *)t, len, 11);
    check_text((const uint8_t *)t, len - 1, 13); /* the last line without its break */
    free(t);
}

static void test_line_end_at_random_texts(void **state)
{
    (void)state;
    uint32_t x = 2024;
    for (int round = 0; round < 200; round++) {
        size_t len = rnd(&x) % 700;
        uint8_t *t = malloc(len + 1);
        assert_non_null(t);
        unsigned nl = 1 + rnd(&x) % 60;
        for (size_t i = 0; i < len; i++) {
            uint32_t r = rnd(&x);
            t[i] = r % nl == 0 ? '\n' : "ab \r\\n:"[(r / nl) % 7];
        }
        check_text(t, len, (uint32_t)round);
        free(t);
    }
}

/* The passes that read the table (names_fixedcols.c, names_rosters.c, names_forms6.c,
 * names_tables2.c, names_lists2.c) still find the people of their shapes, alone and after a
 * paragraph of lines asked before them. */
static void test_passes_on_the_table_find_people(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"Name          Department     Phone\n"
         "Anna Keller   Sales          0441\n"
         "Jorek Vlam    Support        0442\n",
         "Jorek Vlam"},
        {"Attendees:\nAnna Keller\nJorek Vlam\nMarta Oosting\n\nThanks all.", "Marta Oosting"},
        {"first_name,last_name,dob\r\nAnna,Keller,1961-04-03\r\nJorek,Vlam,1970-01-02\r\n",
         "Keller"},
        {"- Anna Keller - 0171 555 0101\n- Jorek Vlam - 0171 555 0102\n"
         "- Marta Oosting - 0171 555 0103\n",
         "Marta Oosting"},
    };
    char text[2048], pad[700], got[2048];
    (void)check; /* names_cases.h's table check: these cases are looked for, not matched whole */
    size_t p = 0;
    for (int k = 0; k < 12; k++)
        p += (size_t)snprintf(pad + p, sizeof pad - p, "The build runs fine now, line %d.\n", k);
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        render(cases[c].text, got, sizeof got);
        if (!strstr(got, cases[c].want))
            fail_msg("'%s' not found: '%s'", cases[c].want, got);
        snprintf(text, sizeof text, "%s\n%s", pad, cases[c].text);
        render(text, got, sizeof got);
        if (!strstr(got, cases[c].want))
            fail_msg("'%s' not found after the paragraph: '%s'", cases[c].want, got);
    }
}

/* names_docs4.c's dotted lists 32 bytes a step (only the '.' after a capital or an 'l'): the
 * same findings as the byte walk with the unit's and "et al."'s dot at every offset of a step,
 * across a step's end, and with a unit read past the step's end; and the people found. */
static void test_dotted_lists_steps_find_the_same(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"3. Kellovar MA, Osagwe B, Lindqvarn T. Title. Lancet. 2019;394:1023-9.",
         "PERSON=Lindqvarn T"},
        {"Earlier work (Kellovar et al., 2019) found none.", "PERSON=Kellovar"},
        {"KELLOVAR M., OSAGWE B. (2016), Titre. All well.", "PERSON=OSAGWE B."},
        {"Kellovar, M. A., & Osagwe, B. (2019). Code-switching.", "PERSON=Osagwe, B."},
    };
    char text[512], avx[2048], plain[2048];
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        for (size_t pad = 0; pad < 70; pad++) {
            size_t o = 0;
            for (size_t i = 0; i < pad; i++) /* lower-case words and dots: no unit, no "al." */
                text[o++] = "the run. ok, "[i % 13];
            if (pad)
                text[o++] = '\n';
            snprintf(text + o, sizeof text - o, "%s", cases[c].text);
            nw_walk_avx2(1);
            render(text, avx, sizeof avx);
            nw_walk_avx2(0);
            render(text, plain, sizeof plain);
            nw_walk_avx2(1);
            if (strcmp(avx, plain) != 0)
                fail_msg("pad %zu: '%s' vs '%s'", pad, avx, plain);
            if (!strstr(avx, cases[c].want))
                fail_msg("pad %zu: '%s' not in '%s'", pad, cases[c].want, avx);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_end_at_shapes),
        cmocka_unit_test(test_line_end_at_past_the_table),
        cmocka_unit_test(test_line_end_at_random_texts),
        cmocka_unit_test(test_passes_on_the_table_find_people),
        cmocka_unit_test(test_dotted_lists_steps_find_the_same),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
