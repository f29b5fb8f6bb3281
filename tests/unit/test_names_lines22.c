/* test_names_lines22.c: the NAMES pack's shared line ends (branch lines22). nw_line_end() in
 * names_internal.h answers from the text's table of '\n' positions (names_lines.c fills it
 * forward) what memchr() answered before at each call site: the first '\n' at or after i, or the
 * text's end. The table is checked against memchr() at every position, asked in the passes'
 * orders (forward, the same line again, back to the start) and in random order, on texts with no
 * '\n', with '\n' first and last, blank lines, CRLF, more lines than the table keeps, and through
 * a copy of the struct sc with another length, which must not read it. The passes that now read
 * scan()'s ',' and '(' tables (nw_hits) keep their findings past a full table.
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

static size_t by_memchr(const uint8_t *t, size_t len, size_t i)
{
    const uint8_t *p = memchr(t + i, '\n', len - i);
    return p ? (size_t)(p - t) : len;
}

/* a fresh table for t, as scan() gives each text one */
static void table_for(struct sc *s, struct nw_lines *l, const uint8_t *t, size_t len)
{
    memset(s, 0, sizeof *s);
    memset(l, 0, sizeof *l);
    s->t = l->t = t;
    s->len = l->len = len;
    s->lines = l;
}

static uint32_t rnd_state = 12345;
static uint32_t rnd(void)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return rnd_state >> 8;
}

/* One text asked in four orders, each on a fresh table, and every answer is memchr()'s. */
static void check_text(const uint8_t *t, size_t len)
{
    struct sc s;
    struct nw_lines l;
    table_for(&s, &l, t, len); /* forward, every position */
    for (size_t i = 0; i <= len; i++)
        assert_int_equal(nw_line_end(&s, i), by_memchr(t, len, i));
    for (size_t i = 0; i <= len; i++) /* again, from the full table */
        assert_int_equal(nw_line_end(&s, i), by_memchr(t, len, i));
    table_for(&s, &l, t, len); /* backward */
    for (size_t i = len + 1; i-- > 0;)
        assert_int_equal(nw_line_end(&s, i), by_memchr(t, len, i));
    table_for(&s, &l, t, len); /* line by line, as the passes walk, then back to the start */
    for (int round = 0; round < 2; round++)
        for (size_t ls = 0; ls < len;) {
            size_t le = nw_line_end(&s, ls);
            assert_int_equal(le, by_memchr(t, len, ls));
            assert_int_equal(nw_line_end(&s, ls + (le - ls) / 2), le); /* the same line again */
            ls = le + 1;
        }
    table_for(&s, &l, t, len); /* random */
    for (size_t k = 0; k < 4 * len + 8; k++) {
        size_t i = rnd() % (len + 1);
        assert_int_equal(nw_line_end(&s, i), by_memchr(t, len, i));
    }
    if (len) { /* a copy with a shorter length: its own answers, the table left alone */
        struct sc c = s;
        c.len = len - 1;
        for (size_t i = 0; i <= c.len; i++)
            assert_int_equal(nw_line_end(&c, i), by_memchr(t, c.len, i));
    }
}

static void test_line_end_is_memchr_on_short_texts(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "",
        "\n",
        "\n\n",
        "no line break at all",
        "\nfirst byte",
        "last byte\n",
        "Anna Keller\nJan Smit\n\nPriya Shah",
        "a\r\nb\r\n\r\nc",
        "| Name | Role |\n|---|---|\n| Anna Keller | lead |\n",
        "    def f():\n        return 1\n\n\n",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++)
        check_text((const uint8_t *)texts[k], strlen(texts[k]));
}

/* More lines than the table keeps (NW_NLS), lines of 0 to 40 bytes, and long lines */
static void test_line_end_is_memchr_past_a_full_table(void **state)
{
    (void)state;
    static uint8_t buf[4 * NW_NLS * 8];
    for (int shape = 0; shape < 3; shape++) {
        size_t len = shape == 2 ? sizeof buf : 3 * NW_NLS;
        for (size_t i = 0; i < len; i++) {
            uint32_t r = rnd();
            buf[i] = shape == 0   ? (r % 3 == 0 ? '\n' : 'x')
                     : shape == 1 ? (i % 2 ? '\n' : 'y')
                                  : (r % 41 == 0 ? '\n' : (uint8_t)('a' + r % 26));
        }
        check_text(buf, len);
    }
}

/* The rules that read the text's ',' and '(' tables (names_docs4.c's airline and Vancouver
 * lists, names_lower11.c's lists, names_kv8.c's parties, names_forms6.c's brackets) and the line
 * ends (names_tables.c, names_rosters.c): the same findings before and past more commas and
 * brackets than a table keeps (NW_HITS). Each expectation is the base's answer (main at the
 * start of stop 36, /work/fc/build-start36's libhush_anonymize.a, through a program that renders
 * as check() does). */
#define C40                                                                                        \
    "a, b, c, d, e, f, g, h, i, j, a, b, c, d, e, f, g, h, i, j, a, b, c, d, e, f, g, h, i, j, "   \
    "a, b, c, d, e, f, g, h, i, j, "
#define C160 C40 C40 C40 C40
#define P40                                                                                        \
    "f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) "   \
    "f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) "   \
    "f(x) g(y) h(z) f(x) "
#define P160 P40 P40 P40 P40

static void test_comma_and_bracket_tables_keep_the_findings(void **state)
{
    (void)state;
    assert_int_equal(nw_hit_slot(','), 7);
    assert_int_equal(nw_hit_slot('('), 8);
    static const struct tcase c[] = {
        {"1. Keller MA, Okafor B, Lindqvist T. Gut flora. 2019.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T"},
        {C40 "\n1. Keller MA, Okafor B, Lindqvist T. Gut flora. 2019.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T"},
        {C160 "\n1. Keller MA, Okafor B, Lindqvist T. Gut flora. 2019.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T"},
        {"Keller MA, Okafor B, Lindqvist T, et al. Gut flora.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T"},
        {C160 "\nKeller MA, Okafor B, Lindqvist T, et al. Gut flora. Weber J, Braun K, Fischer L.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T;PERSON=Weber J;PERSON=Braun "
         "K;PERSON=Fischer L"},
        {"Passenger: KELLER, ANNA MRS seat 12A", "PERSON=KELLER, ANNA"},
        {C160 "\nPassenger: KELLER, ANNA MRS seat 12A", "PERSON=KELLER, ANNA"},
        {"invited: maria, jonas, priya", "PERSON=maria;PERSON=jonas;PERSON=priya"},
        {C40 "\ninvited: maria, jonas, priya", "PERSON=maria;PERSON=jonas;PERSON=priya"},
        {C160 "\ninvited: maria, jonas, priya\ncc maria keller, jonas weber and priya shah",
         "PERSON=maria;PERSON=jonas;PERSON=priya;PERSON=maria keller;PERSON=jonas "
         "weber;PERSON=priya shah"},
        {"BETWEEN:\n(1) MORWENNA TREVALLICK (the \"Seller\");\n", "PERSON=MORWENNA TREVALLICK"},
        {P40 "\nBETWEEN:\n(1) MORWENNA TREVALLICK (the \"Seller\");\n",
         "PERSON=MORWENNA TREVALLICK"},
        {P160 "\nBETWEEN:\n(1) MORWENNA TREVALLICK (the \"Seller\");\n(2) ITZIAR GARMENDOZA (en "
              "adelante, el \"Comprador\").\n",
         "PERSON=MORWENNA TREVALLICK;PERSON=ITZIAR GARMENDOZA"},
        {P160 "\nKey safe code with family (Brittany, daughter).", "PERSON=Brittany"},
        {"Key safe code with family (Brittany, daughter).", "PERSON=Brittany"},
        {C160 P160 "\nTenants: Jessica Okafor (born 3/4/85) & quneenock mcbraywick (born 7/8/87)",
         "PERSON=Jessica Okafor;DATE_OF_BIRTH=3/4/85;PERSON=quneenock "
         "mcbraywick;DATE_OF_BIRTH=7/8/87"},
        {"Anna Keller\nJan Smit\nPriya Shah\n\n| Name | Role |\n|---|---|\n| Anna Keller | lead "
         "|\n| Jan Smit | dev |\n",
         "PERSON=Anna Keller;PERSON=Jan Smit;PERSON=Priya Shah;PERSON=Anna Keller;PERSON=Jan Smit"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_end_is_memchr_on_short_texts),
        cmocka_unit_test(test_line_end_is_memchr_past_a_full_table),
        cmocka_unit_test(test_comma_and_bracket_tables_keep_the_findings),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
