/* test_names_walk.c: the NAMES pass walks a text 32 bytes at a time where the CPU has AVX2 and
 * 16 at a time otherwise (names_walk.c); both must visit the same positions in the same order, so
 * every finding is the same. Checked at every alignment of names, dates, addresses, lower-case
 * names after '.' and ':', and words after "\n" in raw JSON, for the string scans and the
 * prescan (ANON_NAMES_HINT_STRONG). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/names_internal.h"

struct got {
    char s[2048];
    size_t o;
};

static int emit(void *arg, int kind, size_t start, size_t end)
{
    struct got *g = arg;
    int n = snprintf(g->s + g->o, sizeof g->s - g->o, "%d:%zu-%zu;", kind, start, end);
    if (n > 0 && (size_t)n < sizeof g->s - g->o)
        g->o += (size_t)n;
    return 0;
}

static void run(const char *text, int hint, int avx2, struct got *g)
{
    g->o = 0;
    g->s[0] = '\0';
    nw_walk_avx2(avx2);
    unsigned kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_ADDRESS | 1u << ANON_NAMES_DOB;
    assert_int_equal(anon_names_scan(text, strlen(text), kinds, NULL, hint, emit, g), 0);
}

static void test_walk_avx2_and_sse2_find_the_same_at_every_alignment(void **state)
{
    (void)state;
    static const char pads[] = "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghijkl";
    static const char *const forms[] = {
        "Best regards,\\nMaria Keller",
        " Dear Dr. Maria Keller, hello",
        " xMaria Keller said",
        " date of birth: 04.03.1987 and",
        " she lives at 12 Baker Street, London",
        " thanks. mr. larry page wrote; name: dana scully",
        " Müller_x Ölberg \\\\nAnna Weber 2024-05-01T10:22:33Z",
        " Patient: Jean-Luc O'Brien, born 1987-03-04",
        " Dear Zoe Zimmermann, Olga \u00d8rsted, \303\226zil and \305\201ukasz \305\273ak",
        " i spoke with Zoe Zimmermann, then with Yusuf Xu and Ulla Quist; ask \303\226zil",
        " Hi Yusuf, date of birth: 9/8/1970, from Quinn Xu at 7 Via Roma, 00184 Roma",
        /* the day after a month and '-' is read where no word starts (month_hyphen_day) */
        " Birth date: May-16-1985; born mar-27-1992, x-12 ab-3",
        /* a word starts after these bytes (and not after a letter, digit or "_.@/#$%+~`&",
         * which the AVX2 walk passes over by nibble classes) */
        " Dear ^Maria Keller, [Maria Keller] said, {Anna Weber}, |Anna Weber|, 1)Anna Weber said,"
        " ]Maria Keller said, =Anna Weber said, !Maria Keller said, <Anna Weber> `Maria Keller",
        /* a house number glued to its street, where the walk stops at a digit after a letter
         * (names_typed55.c); ids and versions glued the same way beside it */
        " ophalen bij kerkstraat52 graag, sha256 a3f9 v2.1 x86_64 room12",
    };
    int found = 0;
    for (size_t pad = 0; pad < 66; pad++) {
        for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++) {
            for (size_t tail = 0; tail < 2; tail++) {
                char text[512];
                snprintf(text, sizeof text, "%.*s%s%s", (int)pad, pads, forms[k],
                         tail ? "\nsent from my phone, please excuse typos, thank you all" : "");
                for (int hint = 0; hint <= ANON_NAMES_HINT_STRONG; hint += ANON_NAMES_HINT_STRONG) {
                    struct got a, b;
                    run(text, hint, 1, &a);
                    run(text, hint, 0, &b);
                    if (strcmp(a.s, b.s) != 0)
                        print_error("pad %zu hint %d: %s\n  avx2: %s\n  sse2: %s\n", pad, hint,
                                    text, a.s, b.s);
                    assert_string_equal(a.s, b.s);
                    found += a.o > 0;
                }
            }
        }
    }
    nw_walk_avx2(1);
    assert_true(found > 66 * 8); /* the texts do hold findings */
}

/* parse_word() takes "Capital, lower-case letters, then a byte that ends the word" in one step
 * where 16 bytes follow the capital, and by its byte loop near the end of a text: the same word
 * (end, shape, lexicon flags) either way, whatever byte ends it and whatever comes after that. */
static void parse_at(const char *text, size_t len, int hint, struct word *w)
{
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)text;
    s.len = len;
    s.kinds = 1u << ANON_NAMES_PERSON;
    s.hint = hint;
    nw_parse_word(&s, 0, w);
}

static void test_word_parse_one_step_and_loop_agree(void **state)
{
    (void)state;
    static const char *const words[] = {"Maria", "Keller",    "Mc",    "Mac",           "Jean",
                                        "O",     "Anna",      "Adler", "Zimmermannova", "Path",
                                        "Foo",   "Summarise", "Mu",    "Will",          "Cache"};
    static const char after[] = " aAz1_\\n\"=:.'-(@<[/{\t\r\n,;";
    static const char *const more[] = {"", "\303\274ller", "\342\200\231s", "\342\200\224",
                                       "\303\227"};
    int names = 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        for (unsigned c = 1; c < 256; c++)
            for (size_t a = 0; a < sizeof after; a++) /* the last is "no byte after" */
                for (size_t m = 0; m < sizeof more / sizeof more[0]; m++) {
                    char text[96];
                    int n = snprintf(text, sizeof text, "%s%c%s%.1s .", words[k], (char)c, more[m],
                                     after + a);
                    assert_true(n > 0 && (size_t)n < 48);
                    char padded[96];
                    memcpy(padded, text, (size_t)n);
                    memset(padded + n, 'x', sizeof padded - (size_t)n);
                    for (int hint = 0; hint <= ANON_NAMES_HINT_STRONG;
                         hint += ANON_NAMES_HINT_STRONG) {
                        struct word loop, step;
                        parse_at(text, (size_t)n, hint, &loop); /* under 17 bytes: the loop */
                        parse_at(padded, sizeof padded, hint, &step);
                        /* a word that ends before the text does reads no byte past e + 1 */
                        if (loop.e + 1 < (size_t)n) {
                            assert_int_equal(loop.e, step.e);
                            assert_int_equal(loop.shape, step.shape);
                            assert_int_equal(loop.lex, step.lex);
                            names += loop.shape == SH_NAME;
                        }
                    }
                }
    assert_true(names > 1000);
}

/* label_ctx() looks for the line's start in the 64 bytes before a label first, and up to 400
 * bytes back only when the label's bytes reach that edge: "Customer" then up to 90 spaces before
 * its ':' (a form's padding), at 0 to 130 bytes of a line with no break, is a label everywhere. */
static void test_label_at_every_distance_from_its_line_start(void **state)
{
    (void)state;
    char text[320], want[64];
    struct got g;
    for (size_t line = 0; line <= 130; line += 5)
        for (size_t pad = 0; pad <= 90; pad++)
            for (int nl = 0; nl < 2; nl++) {
                size_t o = 0;
                if (nl)
                    text[o++] = '\n';
                memset(text + o, 'x', line);
                o += line;
                o += (size_t)snprintf(text + o, sizeof text - o, ",Customer");
                memset(text + o, ' ', pad);
                o += pad;
                size_t at = o + 2;
                snprintf(text + o, sizeof text - o, ": Brouwerlink ok");
                snprintf(want, sizeof want, "%d:%zu-%zu;", ANON_NAMES_PERSON, at, at + 11);
                for (int hint = 0; hint <= ANON_NAMES_HINT_STRONG; hint += ANON_NAMES_HINT_STRONG) {
                    run(text, hint, 1, &g);
                    if (strcmp(g.s, want) != 0)
                        fail_msg("line %zu pad %zu nl %d hint %d: %s", line, pad, nl, hint, g.s);
                }
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walk_avx2_and_sse2_find_the_same_at_every_alignment),
        cmocka_unit_test(test_word_parse_one_step_and_loop_agree),
        cmocka_unit_test(test_label_at_every_distance_from_its_line_start),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
