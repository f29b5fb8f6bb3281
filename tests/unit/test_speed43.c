/* test_speed43.c: names.c's run of one word (round thirty-five, issue 19, exact). A capitalised
 * word with a space and a lower-case ASCII letter that opens no particle after it is a run of one
 * word without a suffix (one_word_run()): person_at() takes it so without collect_run() and
 * suffix_at(), and the prescan asks strong_may() of it without person_at() when a capital follows
 * within 14 bytes (no lone word). Each expectation is the answer of the branch base (80ec2a4),
 * taken by building this file against the base's names.c: words before a lower-case word and a
 * capital within 14 bytes, before particles ("van", "de la", "al-", "y", "ter"), before a
 * suffix and a middle initial, with and without a strong context, in both scans.
 * names_bytes.c's nw_space_pair_at() (a byte with a space after it) against a byte loop at every
 * start and length around its 32- and 64-byte steps, and the two passes that search with it:
 * an action's owner after " - " (names_rosters.c) and a chat cue's "k " (names_chat.c).
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
#include "prescan_finds.h"

static void test_one_word_runs_in_the_string_scan(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Wie kann ich die Konfiguration \xc3\xa4ndern, damit der Cache gr\xc3\xb6\xc3\x9f"
         "er wird?",
         ""},
        {"Anna kann morgen nicht, Jan Wril schon.", "PERSON=Anna"},
        {"Gestern hat Maria Keller angerufen, Tom nicht.", "PERSON=Maria Keller"},
        {"Hallo Tom, kannst du Bram fragen?", "PERSON=Tom;PERSON=Bram"},
        {"Dear Tavrensk, kannst du Bram fragen?", "PERSON=Tavrensk;PERSON=Bram"},
        {"Dear Tavrensk wird Bram fragen.", "PERSON=Tavrensk;PERSON=Bram"},
        {"Frau Tavrensk kommt mit Bram.", "PERSON=Tavrensk;PERSON=Bram"},
        {"Patient: Dorvenka kommt am Montag.", "PERSON=Dorvenka"},
        {"Summarise the notes for Quillan Moravec please.", "PERSON=Quillan Moravec"},
        {"I met Jordan yesterday with Sam Keller.", "PERSON=Sam Keller"},
        {"Keller kann Maria fragen, Keller hat Zeit.", "PERSON=Keller;PERSON=Keller"},
        {"Signed by Jan van Dijk yesterday.", "PERSON=Jan van Dijk"},
        {"Ask Maria de la Cruz now, Sra. de la Cruz knows.",
         "PERSON=Maria de la Cruz;PERSON=de la Cruz"},
        {"Dr. Yusuf al-Tarari called, Mr. el-Kawi too.", "PERSON=Yusuf al-Tarari;PERSON=el-Kawi"},
        /* the rules leave the famous name; the learnt model's verdict on it moves with a
         * retrain (model47's at threshold 48 took it, stop 52's at 96 did not, stop 58's at 32
         * does: a person who "spoke"): this line follows the committed model */
        {"Rocky IV and Martin Luther King Jr. spoke, Elizabeth II too.",
         "PERSON=Martin Luther King Jr"},
        {"Kate M Begum wrote to Anna ter Horst y Bram.",
         "PERSON=Kate M Begum;PERSON=Anna ter Horst y Bram"},
        {"Jan sagt, Pieter ziet Bram morgen; Els volgt Anna.",
         "PERSON=Pieter;PERSON=Bram;PERSON=Els;PERSON=Anna"},
        {"The build fails on the CI runner. The deployment took 42 seconds.", ""},
        {"Maria x", ""},
        {"Maria z", ""},
        {"Tom q", ""},
    };
    CHECK(c);
}

static void test_one_word_runs_in_the_prescan(void **state)
{
    (void)state;
    static const struct {
        const char *body;
        const char *names[2];
        size_t n;
    } c[] = {
        {"Wie kann ich die Konfiguration \xc3\xa4ndern?", {0}, 0},
        {"Dear Tavrensk wird Bram fragen.", {"Tavrensk"}, 1},
        {"Frau Tavrensk kommt mit Bram.", {"Tavrensk"}, 1},
        {"Patient: Dorvenka kommt am Montag.", {"Dorvenka"}, 1},
        {"Hallo Quillan kannst du Bram fragen?", {"Quillan"}, 1},
        {"Sehr geehrte Frau Tavrensk wie geht es Bram?", {"Tavrensk"}, 1},
        {"my name's Jorvik wenn Bram fragt", {"Jorvik"}, 1},
        {"Patient: Dorvenka van Pell kommt.", {"Dorvenka van Pell"}, 1},
        {"Patient: Dorvenka Pell kommt mit Bram.", {"Dorvenka Pell"}, 1},
        {"Best regards,\nBrannock wrote Bram", {"Brannock"}, 1},
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
        bad |= prescan_finds(c[i].body, c[i].names, c[i].n);
    assert_false(bad);
}

static size_t pair_ref(const uint8_t *t, size_t len, size_t i, uint8_t c)
{
    for (; i + 1 < len; i++)
        if (t[i] == c && t[i + 1] == ' ')
            return i;
    return len;
}

static void test_space_pair_matches_a_byte_loop(void **state)
{
    (void)state;
    uint8_t t[200];
    unsigned x = 12345;
    for (int round = 0; round < 40; round++) {
        for (size_t k = 0; k < sizeof t; k++) { /* sparse '-', 'k' and spaces, and runs of them */
            x = x * 1103515245u + 12345u;
            unsigned r = (x >> 16) % 23;
            t[k] = r == 0 ? '-' : r == 1 ? 'k' : r < 4 ? ' ' : (uint8_t)('a' + r);
        }
        for (size_t len = 0; len <= sizeof t; len += (len < 70 ? 1 : 13))
            for (size_t i = 0; i <= len + 1; i++) {
                assert_int_equal(nw_space_pair_at(t, len, i, '-'), pair_ref(t, len, i, '-'));
                assert_int_equal(nw_space_pair_at(t, len, i, 'k'), pair_ref(t, len, i, 'k'));
            }
    }
    /* a pair across the 32- and 64-byte steps' edges, and a byte that is last */
    memset(t, 'a', sizeof t);
    for (size_t at = 0; at + 1 < 130; at++) {
        t[at] = '-';
        t[at + 1] = ' ';
        assert_int_equal(nw_space_pair_at(t, 130, 0, '-'), at);
        assert_int_equal(nw_space_pair_at(t, 130, at + 1, '-'), 130);
        t[at] = t[at + 1] = 'a';
    }
    t[129] = '-';
    assert_int_equal(nw_space_pair_at(t, 130, 0, '-'), 130);
}

static void test_dash_owners_and_chat_cues(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Agenda for Monday:\n- Book the hall - Bram Tesselkamp\n- Order the food",
         "PERSON=Bram Tesselkamp"},
        {"2024-05-01 uuid 123e4567-e89b-12d3-a456-426614174000 - not a name - ok", ""},
        {"ok sameya i'll look at the upgrade", "PERSON=sameya"},
        {"not yet, ask josla", "PERSON=josla"},
        {"took 42 seconds; ask questions, ok general, think anna fixed it", "PERSON=anna"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_word_runs_in_the_string_scan),
        cmocka_unit_test(test_one_word_runs_in_the_prescan),
        cmocka_unit_test(test_space_pair_matches_a_byte_loop),
        cmocka_unit_test(test_dash_owners_and_chat_cues),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
