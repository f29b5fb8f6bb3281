/* test_names_speed16.c: branch speed16's cheaper NAMES passes, the same answers: names_forms6.c's
 * attention marks asked only where a mark's first two bytes open the line (attn_pair_may()), and
 * the ':' of a line's first bytes read from scan()'s table by nw_hit_within() (names_forms6.c's
 * line labels, names_lists2.c's titled names) instead of a memchr() a line; names_lists2.c's
 * register entries test the capital after a particle before folding it. Each expectation below
 * is the branch base's answer (these texts found by a program linked against the base's
 * library): the marks in en/de/nl/fr/it, line labels in any case, clerics' titles, roster items,
 * register entries with a particle, the lines of prose that open with "C", "T", "A" and hold a
 * ':' (no one), and a text whose ':' cross the table's bound of 128 entries. Then
 * nw_hit_within() against memchr() itself.
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

static void test_marks_labels_and_entries(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"FAO: Tesni Aburrow\nAcme Ltd, 4 Mill Lane",
         "PERSON=Tesni Aburrow;STREET_ADDRESS=4 Mill Lane"},
        {"For the attention of Kavor Lenswick", "PERSON=Kavor Lenswick"},
        {"z. Hd. Ilsabet Moorcrag\nBahnhofstr. 3",
         "PERSON=Ilsabet Moorcrag;STREET_ADDRESS=Bahnhofstr. 3"},
        {"t.a.v. Piet Dorrevaal", "PERSON=Piet Dorrevaal"},
        {"\xc3\x80 l'attention de Aur\xc3\xa8le Vantremont", "PERSON=Aur\xc3\xa8le Vantremont"},
        {"a/c Tesca Ombrelli", "PERSON=Tesca Ombrelli"},
        {"Att. Maren Oskvold", "PERSON=Maren Oskvold"},
        {"Could you help me refactor this function?", ""},
        {"The build fails: see the log", ""},
        {"Attached: the report for Q3", ""},
        {"Case: 42 closed", ""},
        {"Are we done? Fine.", ""},
        {"Witness: anna keller", "PERSON=anna keller"},
        {"Zeuge: JOREK VLAM", "PERSON=JOREK VLAM"},
        {"Celebrant: Fr. Horham", "PERSON=Horham"},
        {"Zelebrant: Pfr. Kr\xc3\xbcger", "PERSON=Kr\xc3\xbcger"},
        {"Present: KIVAN HAYMCOMBE, dorur anurliaini",
         "PERSON=KIVAN HAYMCOMBE;PERSON=dorur anurliaini"},
        {"Ilarelando del Tobialez was baptised on 3 May 1901", "PERSON=Ilarelando del Tobialez"},
        {"KEVIN WHITE was baptized on 4 June 1990", "PERSON=KEVIN WHITE"},
        {"Anna de Vries werd geboren op 2 maart 1950",
         "PERSON=Anna de Vries;DATE_OF_BIRTH=2 maart 1950"},
        {"Could you help me: yes\nNotes: see below\nThe end: done", ""},
        {"Summarise the notes you have: all of them", ""},
    };
    CHECK(c);
}

/* 140 lines with a ':' (past the table's 128) before a cleric, a label, a mark and an entry:
 * the passes read the table, then a bounded memchr() on each line. */
static void test_colons_past_the_table(void **state)
{
    (void)state;
    static char big[8192];
    size_t o = 0;
    for (int i = 0; i < 140; i++)
        o += (size_t)snprintf(big + o, sizeof big - o, "k%d: v\n", i);
    snprintf(big + o, sizeof big - o,
             "Celebrant: Fr. Horham\nWitness: anna keller\nFAO: Tesni Aburrow\nKEVIN WHITE was "
             "baptized on 4 June 1990");
    const struct tcase c[] = {
        {big, "PERSON=Horham;PERSON=anna keller;PERSON=Tesni Aburrow;PERSON=KEVIN WHITE"}};
    CHECK(c);
}

/* nw_hit_within() gives the first ':' of [from, lim) as memchr() does (lim for none): with the
 * table filled to the text's end, without one (NULL), filled only in part (a pass that stopped
 * early) and past its 128 entries; each line's first bytes in order, and every from and lim. */
static size_t first_in(const uint8_t *t, uint8_t c, size_t from, size_t lim)
{
    const uint8_t *p = memchr(t + from, c, lim - from);
    return p ? (size_t)(p - t) : lim;
}

static void within_all(const char *text, size_t len)
{
    for (int pass = 0; pass < 4; pass++) {
        struct nw_hits h[NW_HIT_BYTES];
        struct sc s;
        memset(&s, 0, sizeof s);
        s.t = (const uint8_t *)text;
        s.len = len;
        for (int k = 0; k < NW_HIT_BYTES; k++) {
            h[k].t = s.t;
            h[k].len = len;
            h[k].n = 0;
        }
        s.hits = h;
        struct nw_hits *t = pass == 1 ? NULL : nw_hits_of(&s, ':');
        size_t stop = pass == 2 ? 3 : (size_t)-1; /* pass 3: the table left empty */
        for (size_t k = 0, at = nw_hit_at(t, &s, ':', 0, 0); pass != 3 && at < len && k < stop;
             at = nw_hit_at(t, &s, ':', ++k, at + 1))
            ;
        for (size_t from = 0; from <= len; from++) /* every range, a fresh cursor each */
            for (size_t lim = from; lim <= len && lim <= from + 40; lim++) {
                size_t k = 0;
                assert_int_equal(nw_hit_within(t, &s, ':', &k, from, lim),
                                 first_in(s.t, ':', from, lim));
            }
        size_t k = 0; /* the lines in order, one cursor, as the passes ask */
        for (size_t ls = 0; ls < len;) {
            const uint8_t *nl = memchr(s.t + ls, '\n', len - ls);
            size_t le = nl ? (size_t)(nl - s.t) : len, lim = le - ls > 33 ? ls + 33 : le;
            for (size_t c = nw_hit_within(t, &s, ':', &k, ls, lim),
                        want = first_in(s.t, ':', ls, lim);
                 ; c = nw_hit_within(t, &s, ':', &k, c + 1, lim),
                        want = first_in(s.t, ':', want + 1, lim)) {
                assert_int_equal(c, want);
                if (c >= lim)
                    break;
            }
            ls = le + 1;
        }
    }
}

static void test_hit_within_matches_memchr(void **state)
{
    (void)state;
    static char big[1400];
    size_t o = 0;
    for (int i = 0; i < 150 && o + 16 < sizeof big; i++) /* 150 ':' past the table */
        o += (size_t)snprintf(big + o, sizeof big - o, i % 3 ? "a:b " : "x: y\n");
    within_all("", 0);
    within_all(":", 1);
    within_all("no colon here\nnor here", 22);
    within_all("Celebrant: Fr. Horham\nWitness: anna keller\n::\n", 46);
    within_all("a line that is longer than thirty-three bytes: and its colon", 60);
    within_all(big, o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_marks_labels_and_entries),
        cmocka_unit_test(test_colons_past_the_table),
        cmocka_unit_test(test_hit_within_matches_memchr),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
