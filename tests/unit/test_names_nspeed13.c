/* test_names_nspeed13.c: the passes that read the text's '/' and '@' from scan()'s tables
 * (names_internal.h, branch nspeed13) instead of each walking them with memchr():
 * names_travel8.c's airline records fill the '/' table, names_docs4.c's airline names and
 * names_profileurl.c's profile links read it (the links skip ahead past each slug: nw_hit_from());
 * names_profileurl.c's fediverse handles read the '@' table names_chat.c's mentions fill;
 * names_hl7.c's segments fill the '|' table and names_tables.c's header tables read it. The
 * tables are only caches, so every answer must be the one each pass gave with its own memchr():
 * each expectation below is the branch base's answer (this file's texts found by a program linked
 * against the base's library). The texts: passenger lines, SSR DOCS, boarding passes, child and
 * infant births in en/de/fr/es, HL7 messages and '|' tables, profile links (with JSON's escaped
 * slashes), fediverse handles, paths, dates and links that are no one's, texts ending in '/' or
 * '@', and a text whose '/' cross the table's bound of 128 entries; then the '/' table against the
 * memchr() walk itself.
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

static void test_slash_and_at_passes_read_the_tables(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1.OKAFOR/CHIDI MR 2.OKAFOR/ADA MRS\nSSR DOCS YY HK1 "
         "P/GBR/123456789/GBR/12JUL84/F/14MAR29/OKAFOR/ADA",
         "PERSON=OKAFOR/CHIDI;PERSON=OKAFOR/ADA;DATE_OF_BIRTH=12JUL84;PERSON=OKAFOR/ADA"},
        {"PAX: VANTREMONT/AURELE MR  seat 12A\nINF/VANTREMONT/LEA (CHD/03MAR19)",
         "PERSON=VANTREMONT/AURELE MR;DATE_OF_BIRTH=03MAR19"},
        {"M1DORREVAAL/PIET       EABC123 AMSLHRKL 1001 123Y012A0001 100", "PERSON=DORREVAAL/PIET"},
        {"Passagier: MOORCRAG/ILSABET FRAU, Flug LH 400, Sitz 23C", "PERSON=MOORCRAG/ILSABET"},
        {"Passager : QUELMARK/ANNA MME\r\nBillet 0571234567890", "PERSON=QUELMARK/ANNA"},
        {"Pasajero: ABURROW/TESNI SRA (ADT)\n2.LENSWICK/KAVOR MSTR",
         "PERSON=ABURROW/TESNI;PERSON=LENSWICK/KAVOR"},
        {"Profil: https://www.linkedin.com/in/tesni-aburrow-4b2a1 - Tesni Aburrow",
         "PERSON=tesni-aburrow-4b2a1;PERSON=Tesni Aburrow"},
        {"Siehe github.com/openai/openai-python und github.com/kavorlenswick", ""},
        {"folgt mir auf x.com/@quennel oder https://www.instagram.com/ilsabet.moorcrag/", ""},
        {"https://www.facebook.com/people/Maria-Keller/1000123456 et https://t.me/some_bot",
         "PERSON=Maria-Keller"},
        {"{\"url\": \"https:\\/\\/www.linkedin.com\\/in\\/kavor-lenswick\\/\"}",
         "PERSON=kavor-lenswick"},
        {"mastodon: @doran@mastodon.social, mail me at a@b.example, cc @Ilsabet", "PERSON=Ilsabet"},
        {"Fediverso: @tesca.ombrelli@social.example.it - Tesca Ombrelli",
         "PERSON=tesca.ombrelli;PERSON=Tesca Ombrelli"},
        {"path /usr/local/bin/ and 2024/05/06, a/b/c, http://example.com/in/, 12/07/1984", ""},
        {"see https://www.linkedin.com/company/acme-gmbh/ and https://www.youtube.com/watch?v=abc",
         ""},
        {"KELLER/MARIA MS 12JUL84 / BROWN/JOHN MR", "PERSON=KELLER/MARIA MS;PERSON=BROWN/JOHN MR"},
        {"/", ""},
        {"//", ""},
        {"a/", ""},
        {"@", ""},
        {"x@", ""},
        {"linkedin.com/in/", ""},
        {"linkedin.com\\/", ""},
        {"INF/", ""},
        {"1.OKAFOR/", ""},
    };
    CHECK(c);
}

/* 140 '/' (past the table's 128) before a passenger, a profile link, a handle and an airline
 * name: the passes read the table, then walk on with memchr(). */
static void test_slashes_past_the_table(void **state)
{
    (void)state;
    static char big[2048];
    size_t o = 0;
    for (int i = 0; i < 140; i++)
        o += (size_t)snprintf(big + o, sizeof big - o, "a/");
    snprintf(big + o, sizeof big - o,
             "\n1.OKAFOR/CHIDI MR see linkedin.com/in/maren-oskvold @x@y.example KELLER/MARIA MS");
    const struct tcase c[] = {
        {big, "PERSON=OKAFOR/CHIDI;PERSON=maren-oskvold;PERSON=KELLER/MARIA MS"}};
    CHECK(c);
}

/* the '|' passes: HL7 segments (names_hl7.c, which fills the table) and header tables
 * (names_tables.c, which reads its first '|' and the next ones after each row) */
static void test_bar_passes_read_the_table(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"MSH|^~\\&|LAB|HOSP|||202401011200||ADT^A01|123|P|2.5\rPID|1||12345^^^HOSP||VANTREMONT^"
         "AURELE^J||19840712|M\rNK1|1|VANTREMONT^LEA|SPO",
         "PERSON=VANTREMONT^AURELE^J;DATE_OF_BIRTH=19840712;PERSON=VANTREMONT^LEA"},
        {"MSH|^~\\&|LAB|KLINIK|||202401011200||ORU^R01|9|P|2.5\nPID|1||77^^^K||MOORCRAG^ILSABET||"
         "19790301|F\nOBX|1|TX|||ok",
         "PERSON=MOORCRAG^ILSABET;DATE_OF_BIRTH=19790301"},
        {"| Name | City |\n|---|---|\n| Anna Quelmark | Gent |\n| Piet Dorrevaal | Leeds |\n",
         "PERSON=Anna Quelmark;PERSON=Piet Dorrevaal"},
        {"Name|Stadt\nIlsabet Moorcrag|Bremen\n\nNom|Ville\nAurèle Vantremont|Lyon",
         "PERSON=Ilsabet Moorcrag;PERSON=Aurèle Vantremont"},
        {"intro text here\n\nNaam | Stad\nTesni Aburrow | Gent\nKavor Lenswick | Brugge",
         "PERSON=Tesni Aburrow;PERSON=Kavor Lenswick"},
        {"ls | grep foo\ncat a | wc -l\n", ""},
        {"|", ""},
        {"x\n|", ""},
        {"PID|", ""},
        {"a|b\nc|d|", ""},
    };
    CHECK(c);
}

/* 140 '|' (past the table's 128) before a table, an HL7 segment and a table after a blank line */
static void test_bars_past_the_table(void **state)
{
    (void)state;
    static char big[2048];
    size_t o = 0;
    for (int i = 0; i < 140; i++)
        o += (size_t)snprintf(big + o, sizeof big - o, "a|");
    snprintf(big + o, sizeof big - o,
             "\nName|City\nAnna Quelmark|Gent\nPID|1||1^^^H||DORREVAAL^PIET||19800101|M\n\nNaam | "
             "Stad\nTesni Aburrow | Gent");
    const struct tcase c[] = {
        {big,
         "PERSON=Anna Quelmark;PERSON=DORREVAAL^PIET;DATE_OF_BIRTH=19800101;PERSON=Tesni Aburrow"}};
    CHECK(c);
}

/* nw_hit_at() and nw_hit_from() on '/' give what the memchr() walk gives: with the table,
 * without one (NULL), past its 128 entries, after a walk that stopped early, and for a walk that
 * skips ahead; a copy of the struct sc of another length or text has no table. */
static size_t next_of(const uint8_t *t, size_t len, uint8_t c, size_t from)
{
    const uint8_t *p = memchr(t + from, c, len - from);
    return p ? (size_t)(p - t) : len;
}

static void walk_slashes(const char *text, size_t len, size_t stop, size_t skip)
{
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
    assert_int_equal(nw_hit_slot('/'), 5);
    assert_ptr_equal(nw_hits_of(&s, '/'), &h[5]);
    for (int pass = 0; pass < 5; pass++) {
        struct nw_hits *t = pass == 3 ? NULL : nw_hits_of(&s, '/');
        if (pass == 1) {
            size_t k = 0, from = 0;
            for (;;) {
                size_t at = nw_hit_from(t, &s, '/', &k, from);
                assert_int_equal(at, next_of(s.t, len, '/', from));
                if (at >= len)
                    break;
                from = at + 1 + skip > len ? len : at + 1 + skip;
            }
            continue;
        }
        size_t want = next_of(s.t, len, '/', 0), k = 0, at = nw_hit_at(t, &s, '/', 0, 0);
        for (; at < len && (pass > 0 || k < stop); at = nw_hit_at(t, &s, '/', ++k, at + 1)) {
            assert_int_equal(at, want);
            want = next_of(s.t, len, '/', want + 1);
        }
        if (pass > 0)
            assert_int_equal(at, len);
    }
    assert_true(h[5].n <= NW_HITS);
    for (int k = 0; k < 5; k++)
        assert_int_equal(h[k].n, 0); /* the other bytes' tables are not touched */
    assert_int_equal(h[6].n, 0);
    struct sc copy = s;
    copy.len = len + 1;
    assert_null(nw_hits_of(&copy, '/'));
    copy.len = len;
    copy.t = (const uint8_t *)"other";
    assert_null(nw_hits_of(&copy, '/'));
}

static void test_slash_table_matches_the_memchr_walk(void **state)
{
    (void)state;
    char big[600];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = i % 4 == 1 ? '/' : 'a'; /* 150 '/': past the table */
    for (size_t skip = 0; skip < 6; skip += 5) {
        walk_slashes("", 0, 0, skip);
        walk_slashes("/", 1, 0, skip);
        walk_slashes("no such byte here", 17, 3, skip);
        walk_slashes("OKAFOR/CHIDI MR\nhttps://x.example/in/a", 38, 1, skip);
        walk_slashes(big, sizeof big, 5, skip);
        walk_slashes(big, sizeof big, 140, skip);
        walk_slashes(big, 2, 0, skip);
    }
    assert_int_equal(nw_hit_slot('|'), 6);
    assert_int_equal(nw_hit_slot(';'), -1);
}

static void test_every_prefix_of_the_slash_passes(void **state)
{
    (void)state;
    scan_every_prefix("1.OKAFOR/CHIDI MR 2.OKAFOR/ADA MRS\nSSR DOCS YY HK1 "
                      "P/GBR/123456789/GBR/12JUL84/F/14MAR29/OKAFOR/ADA\nINF/VANTREMONT/LEA "
                      "(CHD/03MAR19) KELLER/MARIA MS");
    scan_every_prefix(
        "MSH|^~\\&|LAB|HOSP|||2024||ADT^A01|1|P|2.5\rPID|1||1^^^H||VANTREMONT^AURELE||"
        "19840712|M\n\nName | City\nAnna Quelmark | Gent\n|");
    scan_every_prefix("see https://www.linkedin.com/in/tesni-aburrow-4b2a1 - Tesni Aburrow, "
                      "https:\\/\\/x.com\\/@quennel @doran@mastodon.social /");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slash_and_at_passes_read_the_tables),
        cmocka_unit_test(test_slashes_past_the_table),
        cmocka_unit_test(test_bar_passes_read_the_table),
        cmocka_unit_test(test_bars_past_the_table),
        cmocka_unit_test(test_slash_table_matches_the_memchr_walk),
        cmocka_unit_test(test_every_prefix_of_the_slash_passes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
