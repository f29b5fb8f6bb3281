/* test_speed45.c: the exact cheapenings of round thirty-seven (issue 19, the agent body). Each
 * expectation is the answer of the branch base (dda7d07), taken by building this file against
 * the base's library (with nw_letters_to() and the reference loops below, which the base lacks,
 * as they are here).
 * names_prose7.c's function words by names_oneof.c's first-byte index instead of a loop over the
 * ASR stop words: every stop word and every look-alike (a letter more, a letter less, another
 * last letter, capitals) answers as the loop answered.
 * names_internal.h's nw_letters_to() (16 bytes a step): where the byte loop stops, for every
 * start and bound in random texts of letters, spaces, digits, punctuation and UTF-8, and at the
 * text's end.
 * names_lists2.c's contact lines and names_chat.c's speakers, whose prefix walks now take 16 bytes
 * a step: the people of contact lists and chats with names of every length up to the walks'
 * bounds and past them, at the text's end and far from it, found as the base found them.
 * names.c's chat greetings, whose lines without a time stop at a first letter that opens no
 * greeting: the names after greetings at a line's start and in a time-stamped line, as before.
 * Every prefix of those texts is scanned in a buffer of exactly its size (a read past a text's
 * end fails under ASan).
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
#include "anonymize/names_asr.h"
#include "anonymize/names_internal.h"

#include "names_cases.h"

/* nw_prose7_function_word() as the base wrote it: the stop words one by one. */
static int function_word_loop(const char *w)
{
    static const char *const more[] = {"hij", "zij", "wij",   "jij",  "wil", "wordt",
                                       "een", "ze",  "heeft", "gaat", "kan"};
    size_t n = strlen(w);
    if (n < 2 || n > 6)
        return 0;
    for (size_t k = 0; k < nw_asr_nstops; k++)
        if (nw_asr_stops[k][0] == w[0] && nw_asr_stops[k][1] == w[1] &&
            strcmp(nw_asr_stops[k], w) == 0)
            return 1;
    for (size_t k = 0; k < sizeof more / sizeof more[0]; k++)
        if (strcmp(more[k], w) == 0)
            return 1;
    return 0;
}

static void test_function_words_answer_as_the_loop(void **state)
{
    (void)state;
    size_t yes = 0, asked = 0;
    char b[64];
    for (size_t k = 0; k < nw_asr_nstops; k++) {
        const char *w = nw_asr_stops[k];
        size_t n = strlen(w);
        if (n + 2 >= sizeof b)
            continue;
        const char *forms[6];
        char more[64], less[64], other[64], up[64], pre[64];
        snprintf(more, sizeof more, "%ss", w);
        snprintf(less, sizeof less, "%.*s", (int)(n ? n - 1 : 0), w);
        snprintf(other, sizeof other, "%s", w);
        if (n)
            other[n - 1] = other[n - 1] == 'z' ? 'a' : (char)(other[n - 1] + 1);
        snprintf(up, sizeof up, "%s", w);
        up[0] = (char)(up[0] >= 'a' && up[0] <= 'z' ? up[0] - 32 : up[0]);
        snprintf(pre, sizeof pre, "x%s", w);
        forms[0] = w, forms[1] = more, forms[2] = less, forms[3] = other, forms[4] = up;
        forms[5] = pre;
        for (int f = 0; f < 6; f++) {
            snprintf(b, sizeof b, "%s", forms[f]);
            int want = function_word_loop(b);
            assert_int_equal(nw_prose7_function_word(b), want);
            yes += (size_t)want;
            asked++;
        }
    }
    static const char *const others[] = {"hij", "wordt",  "kan",   "kans", "the", "and", "def",
                                         "int", "return", "const", "",     "a",   "zz",  "ökay"};
    for (size_t k = 0; k < sizeof others / sizeof others[0]; k++)
        assert_int_equal(nw_prose7_function_word(others[k]), function_word_loop(others[k]));
    assert_true(yes > 100 && asked > yes); /* both answers occur */
    assert_int_equal(nw_prose7_function_word("wordt"), 1);
    assert_int_equal(nw_prose7_function_word("um"), 1);
    assert_int_equal(nw_prose7_function_word("priya"), 0);
}

/* The byte loop nw_letters_to() stands for. */
static size_t letters_loop(const uint8_t *t, size_t j, size_t cap)
{
    while (j < cap && (uint8_t)((t[j] | 32) - 'a') < 26)
        j++;
    return j;
}

static void test_letters_to_stops_where_the_byte_loop_stops(void **state)
{
    (void)state;
    static const uint8_t alphabet[] = "abcXYZ mnopqrs AEIOU'-.,:0\t\n\x7f\x80\xc3\xa9@[`{";
    srand(45);
    for (int r = 0; r < 300; r++) {
        size_t len = (size_t)(rand() % 90);
        uint8_t *t = malloc(len ? len : 1); /* exactly the text: a read past it fails ASan */
        assert_non_null(t);
        int letters = rand() % 4; /* long runs of letters in most texts */
        for (size_t i = 0; i < len; i++)
            t[i] = letters && rand() % 8 ? (uint8_t)("aZqM"[rand() % 4])
                                         : alphabet[rand() % (sizeof alphabet - 1)];
        for (size_t j = 0; j <= len; j++)
            for (size_t cap = 0; cap <= len; cap++)
                assert_int_equal(nw_letters_to(t, len, j, cap), letters_loop(t, j, cap));
        free(t);
    }
}

/* Contact lists (names_lists2.c) and chats (names_chat.c): names of every length up to the walks'
 * bounds (64 bytes, 48 bytes) and past them, joined by '-', '\'', '.', '_', spaces, with UTF-8
 * letters, and code and log lines that hold no one. */
static const char *const texts[] = {
    "- kaen weindling: 0612345678\n- orla fennimore: 0687654321\n- tobias quellmann: 0611122233",
    "- KAEN WEINDLINGHAUSENBERGER: 14.03.1961\n- ORLA FENNIMORE-QUADRELLIS: 02.11.1970\n"
    "- TOBIAS QUELLMANNSDORFERS: 30.05.1988",
    "1. kaen o'weindling - kaen@example.org\n2. orla fennimore - ?\n"
    "3. tobias quellmann - t.q@example.org",
    "- maria-sofia anabel quellmann-fennimore de la weindlingstrasse: 0612345678\n"
    "- orla fennimore: 0687654321\n- tobias quellmann: 0611122233",
    "| Keller, Anna | 3.4.1961 |\n| Berger, Tom | 5.6.1970 |\n| Novak, Lena | 7.8.1980 |",
    "- def handle(req): return 1\n- for item in req.items: total += 2\n- raise ValueError: 3",
    "Anna Keller: can you send me the report?\nTom Berger: sure, today\nAnna Keller: thanks",
    "[10:02] Maria Anabel Quellmann-Fennimore: hi all\n[10:03] Tobias Weindlinghausen: morning",
    "10:02 <anna.carter> are we on?\n10:03 <theo_lef> yes",
    "* emily_weindling has quit (Ping timeout)\n<orla.fennimore> bye",
    "Maria Anabel Sofia Quellmann-Fennimore Weindling: too long a name\nTom Berger: ok\n"
    "Tom Berger: yes",
    "Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m-O'Neill: bonjour\nL\xc3\xa9"
    "a Dubois : salut\nZo\xc3\xab \xc3\x85ngstr\xc3\xb6m-O'Neill: \xc3\xa7"
    "a va",
    "anna_keller2: deploy done\ntom.berger: ok\nanna_keller2: thanks",
    "2026-11-30T12:49:16Z WARN  worker-7 retry 280 for job 159025: connection reset\n"
    "export async function load(id: string) {\ndef handle(req):\nsudo: unable to resolve host",
    "thanks priya, that fixed it",
    "[09:58] anna: hey tom, are you there? morning jonas",
    "cheers, jonas\nyo maria\nbest effort only\ndanke - tobias",
    "def handle(req):\n    return total\nstatic int parse(const char *p);\ngrazie mille",
};

/* Each text alone, after a line that moves it across the 16-byte steps, and before a line that
 * puts its last line far from the text's end. */
static const char *const before[] = {"", "see below\n"};
static const char *const after[] = {"", "\nthat is all for today, see you soon"};

/* The base's findings, text by text, before by before, after by after. */
static const char *const want[] = {
    "PERSON=kaen weindling;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=kaen weindling;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=kaen weindling;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=kaen weindling;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=KAEN WEINDLINGHAUSENBERGER;PERSON=ORLA FENNIMORE-QUADRELLIS;PERSON=TOBIAS "
    "QUELLMANNSDORFERS",
    "PERSON=KAEN WEINDLINGHAUSENBERGER;PERSON=ORLA FENNIMORE-QUADRELLIS;PERSON=TOBIAS "
    "QUELLMANNSDORFERS",
    "PERSON=KAEN WEINDLINGHAUSENBERGER;PERSON=ORLA FENNIMORE-QUADRELLIS;PERSON=TOBIAS "
    "QUELLMANNSDORFERS",
    "PERSON=KAEN WEINDLINGHAUSENBERGER;PERSON=ORLA FENNIMORE-QUADRELLIS;PERSON=TOBIAS "
    "QUELLMANNSDORFERS",
    "PERSON=kaen o'weindling;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=kaen o'weindling;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=anabel quellmann-fennimore;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=anabel quellmann-fennimore;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=anabel quellmann-fennimore;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=anabel quellmann-fennimore;PERSON=orla fennimore;PERSON=tobias quellmann",
    "PERSON=Keller, Anna;DATE_OF_BIRTH=3.4.1961;PERSON=Berger, "
    "Tom;DATE_OF_BIRTH=5.6.1970;PERSON=Novak, Lena;DATE_OF_BIRTH=7.8.1980",
    "PERSON=Keller, Anna;DATE_OF_BIRTH=3.4.1961;PERSON=Berger, "
    "Tom;DATE_OF_BIRTH=5.6.1970;PERSON=Novak, Lena;DATE_OF_BIRTH=7.8.1980",
    "PERSON=Keller, Anna;DATE_OF_BIRTH=3.4.1961;PERSON=Berger, "
    "Tom;DATE_OF_BIRTH=5.6.1970;PERSON=Novak, Lena;DATE_OF_BIRTH=7.8.1980",
    "PERSON=Keller, Anna;DATE_OF_BIRTH=3.4.1961;PERSON=Berger, "
    "Tom;DATE_OF_BIRTH=5.6.1970;PERSON=Novak, Lena;DATE_OF_BIRTH=7.8.1980",
    "",
    "",
    "",
    "",
    "PERSON=Anna Keller;PERSON=Tom Berger;PERSON=Anna Keller",
    "PERSON=Anna Keller;PERSON=Tom Berger;PERSON=Anna Keller",
    "PERSON=Anna Keller;PERSON=Tom Berger;PERSON=Anna Keller",
    "PERSON=Anna Keller;PERSON=Tom Berger;PERSON=Anna Keller",
    "PERSON=Maria Anabel Quellmann-Fennimore;PERSON=Tobias Weindlinghausen",
    "PERSON=Maria Anabel Quellmann-Fennimore;PERSON=Tobias Weindlinghausen",
    "PERSON=Maria Anabel Quellmann-Fennimore;PERSON=Tobias Weindlinghausen",
    "PERSON=Maria Anabel Quellmann-Fennimore;PERSON=Tobias Weindlinghausen",
    "PERSON=anna.carter;PERSON=theo_lef",
    "PERSON=anna.carter;PERSON=theo_lef",
    "PERSON=anna.carter;PERSON=theo_lef",
    "PERSON=anna.carter;PERSON=theo_lef",
    "PERSON=emily_weindling",
    "PERSON=emily_weindling",
    "PERSON=emily_weindling",
    "PERSON=emily_weindling",
    "PERSON=Maria Anabel Sofia Quellmann-Fennimore Weindling;PERSON=Tom Berger;PERSON=Tom Berger",
    "PERSON=Maria Anabel Sofia Quellmann-Fennimore Weindling;PERSON=Tom Berger;PERSON=Tom Berger",
    "PERSON=Maria Anabel Sofia Quellmann-Fennimore Weindling;PERSON=Tom Berger;PERSON=Tom Berger",
    "PERSON=Maria Anabel Sofia Quellmann-Fennimore Weindling;PERSON=Tom Berger;PERSON=Tom Berger",
    "PERSON=Zoë Ångström-O'Neill;PERSON=Léa Dubois;PERSON=Zoë Ångström-O'Neill",
    "PERSON=Zoë Ångström-O'Neill;PERSON=Léa Dubois;PERSON=Zoë Ångström-O'Neill",
    "PERSON=Zoë Ångström-O'Neill;PERSON=Léa Dubois;PERSON=Zoë Ångström-O'Neill",
    "PERSON=Zoë Ångström-O'Neill;PERSON=Léa Dubois;PERSON=Zoë Ångström-O'Neill",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "PERSON=priya",
    "PERSON=priya",
    "PERSON=priya",
    "PERSON=priya",
    "PERSON=anna;PERSON=tom;PERSON=jonas",
    "PERSON=anna;PERSON=tom;PERSON=jonas",
    "PERSON=anna;PERSON=tom;PERSON=jonas",
    "PERSON=anna;PERSON=tom;PERSON=jonas",
    "PERSON=jonas;PERSON=maria;PERSON=tobias",
    "PERSON=jonas;PERSON=maria;PERSON=tobias",
    "PERSON=jonas;PERSON=maria;PERSON=tobias",
    "PERSON=jonas;PERSON=maria;PERSON=tobias",
    "",
    "",
    "",
    "",
};

static void test_lists_and_speakers_found_as_before(void **state)
{
    (void)state;
    char got[1024], buf[2048];
    size_t w = 0;
    int print = getenv("HUSH_T45_PRINT") != NULL, bad = 0;
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
        for (size_t b = 0; b < sizeof before / sizeof before[0]; b++)
            for (size_t a = 0; a < sizeof after / sizeof after[0]; a++, w++) {
                int n = snprintf(buf, sizeof buf, "%s%s%s", before[b], texts[k], after[a]);
                assert_true(n > 0 && (size_t)n < sizeof buf);
                render(buf, got, sizeof got);
                if (print) {
                    printf("    \"%s\",\n", got);
                    continue;
                }
                assert_true(w < sizeof want / sizeof want[0]);
                if (strcmp(got, want[w]) != 0) {
                    print_error("text: %s\n  want: %s\n  got:  %s\n", buf, want[w], got);
                    bad = 1;
                }
            }
    assert_false(bad);
    assert_true(print || w == sizeof want / sizeof want[0]);
    static const struct tcase lone[] = {{"", ""}, {"Tom:", ""}};
    CHECK(lone);
    /* every prefix in a buffer of exactly its size: the 16-byte steps read inside the text */
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
        scan_every_prefix(texts[k]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_function_words_answer_as_the_loop),
        cmocka_unit_test(test_letters_to_stops_where_the_byte_loop_stops),
        cmocka_unit_test(test_lists_and_speakers_found_as_before),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
