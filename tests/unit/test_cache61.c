/* test_cache61.c: the scan cache keyed on the answers a scan got from the known names (branch
 * cache61, anonymize/scan_deps.c, contrib/bench/accuracy/notes/cache61.md): a turn that names a
 * new person elsewhere still answers the old strings from the cache; a string whose reading
 * depends on the new name is scanned again; the index the look-up asks answers as
 * anon_names_known_has() does; any other read of the set inside a recorded scan keeps the scan
 * out of the cache; every body comes out byte for byte as without the cache. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"
#include "anonymize/session_internal.h"

#include "cache_rewrite.h"

/* body rewritten in a new session through cache c (NULL: none) in one client's partition */
static void rewrite(anon_scan_cache_t *c, const char *body, anon_buf_t *out, size_t *hits)
{
    rewrite_in(c, "user:dev", body, out, hits);
}

#define TURN1                                                                                      \
    "{\"messages\":[{\"role\":\"system\",\"content\":\"" PAD PAD "\"},"                            \
    "{\"role\":\"user\",\"content\":\"My name is Maria Keller, maria.keller@example.com. " PAD     \
    "\"}"

/* The next turn names a new person in a message of its own: the long strings before it asked
 * nothing the new name answers, so both come from the cache (the start code keyed every string
 * on the whole set's digest: no hit). */
static void test_new_name_elsewhere(void **state)
{
    (void)state;
    static const char t1[] = TURN1 "]}";
    static const char t2[] = TURN1 ",{\"role\":\"user\",\"content\":\"New ticket from Jonas "
                                   "Lindqvist, jonas.lindqvist@example.org.\"}]}";
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    anon_buf_t a = {0};
    size_t h = 9;
    rewrite(c, t1, &a, &h);
    assert_int_equal(h, 0);
    same_as_cold(t1, &a);
    rewrite(c, t2, &a, &h);
    assert_int_equal(h, 2);
    same_as_cold(t2, &a);
    assert_null(memmem(a.data, a.len, "Lindqvist", 9));
    assert_null(memmem(a.data, a.len, "Keller", 6));
    anon_buf_free(&a);
    anon_scan_cache_free(c);
}

/* A long string whose reading depends on a name added later ("Lindqvist" alone is a person once
 * the request knows Jonas Lindqvist) is scanned again, and the earlier answer is kept beside the
 * new one: the turn without the name hits again. */
static void test_dependency_miss(void **state)
{
    (void)state;
    static const char lone[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"" PAD PAD
                               "Ask Lindqvist about the retry logic.\"}]}";
    static const char named[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"" PAD PAD
                                "Ask Lindqvist about the retry logic.\"},{\"role\":\"user\","
                                "\"content\":\"Ticket from Jonas Lindqvist, "
                                "jonas.lindqvist@example.org.\"}]}";
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    anon_buf_t a = {0};
    size_t h = 9;
    rewrite(c, lone, &a, &h);
    same_as_cold(lone, &a);
    rewrite(c, named, &a, &h);
    assert_int_equal(h, 0);
    same_as_cold(named, &a);
    assert_null(memmem(a.data, a.len, "Lindqvist", 9));
    anon_scan_cache_stats_t st;
    anon_scan_cache_stats(c, &st);
    assert_int_equal(st.stale, 1);
    rewrite(c, named, &a, &h);
    assert_int_equal(h, 1);
    same_as_cold(named, &a);
    rewrite(c, lone, &a, &h);
    assert_int_equal(h, 1);
    same_as_cold(lone, &a);
    anon_buf_free(&a);
    anon_scan_cache_free(c);
}

/* The index answers every question as anon_names_known_has() does: whole names and their runs of
 * words in any ASCII case, parts that are no run, NUL bytes, names past the parts index's eight
 * and one with more than five spaces (its wide list). */
static void test_index_is_has(void **state)
{
    (void)state;
    static const char *names[] = {"Maria Keller",     "Anna de la Cruz", "Jean-Luc Picard",
                                  "Li Wei",           "Keller",          "Ola Nordmann",
                                  "Pieter de Vries",  "Chen Wei",        "Ana Maria da Silva",
                                  "A B C D E F Gomez"};
    static const char *words[] = {"Maria",
                                  "maria",
                                  "KELLER",
                                  "Keller",
                                  "Maria Keller",
                                  "maria keller",
                                  "Kell",
                                  "aria",
                                  "de la",
                                  "la Cruz",
                                  "de",
                                  "Anna de la Cruz",
                                  "Jean-Luc",
                                  "Jean",
                                  "Luc",
                                  "Li",
                                  "Wei",
                                  "Li Wei",
                                  "Chen",
                                  "de Vries",
                                  "Vries",
                                  "Ana Maria",
                                  "da",
                                  "E F",
                                  "A B C D E F Gomez",
                                  "Gomez",
                                  "F Gomez",
                                  "Maria Kellerx",
                                  "Keller ",
                                  " Keller",
                                  "Ola",
                                  "Nordmann"};
    for (size_t upto = 1; upto <= sizeof names / sizeof *names; upto++) {
        anon_names_known_t *k = anon_names_known_new();
        for (size_t i = 0; i < upto; i++)
            anon_names_known_add(k, names[i], strlen(names[i]));
        anon_deps_index_t *x = NULL;
        assert_int_equal(anon_deps_index_sync(&x, k), 0);
        for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
            size_t n = strlen(words[w]);
            anon_deps_t r = {0};
            int ans = anon_names_known_has(k, words[w], n);
            anon_deps_note(&r, words[w], n, ans);
            assert_true(anon_deps_hold(x, (const uint64_t(*)[2])r.d, r.n));
            r.n = 0;
            anon_deps_note(&r, words[w], n, (ans + 1) % 3);
            assert_false(anon_deps_hold(x, (const uint64_t(*)[2])r.d, r.n));
            anon_deps_free(&r);
        }
        /* strncasecmp() stops at a NUL: "Li\0x" and "Li\0y" are one question */
        anon_deps_t r = {0};
        anon_deps_note(&r, "Li\0x", 4, anon_names_known_has(k, "Li\0y", 4));
        assert_true(anon_deps_hold(x, (const uint64_t(*)[2])r.d, r.n));
        anon_deps_free(&r);
        anon_deps_index_free(x);
        anon_names_known_free(k);
    }
}

static int no_emit(void *arg, int kind, size_t start, size_t end)
{
    (void)arg;
    (void)kind;
    (void)start;
    (void)end;
    return 0;
}

/* While a recording is set, has() notes its questions; any other read of the set makes it
 * opaque (not to be kept); the none test is noted. */
static void test_recording(void **state)
{
    (void)state;
    anon_names_known_t *k = anon_names_known_new();
    anon_deps_t r = {0};
    anon_names_known_record(k, &r);
    assert_true(anon_names_known_none(k));
    anon_names_known_record(k, NULL);
    assert_int_equal(r.none, 1);
    assert_int_equal(anon_deps_seal(&r), 0);
    anon_deps_free(&r);
    anon_names_known_add(k, "Maria Keller", 12);
    const char *reads[] = {"count", "name", "canonical", "sweep", "add", "digest"};
    for (size_t i = 0; i < sizeof reads / sizeof *reads; i++) {
        anon_deps_t q = {0};
        anon_names_known_record(k, &q);
        assert_int_equal(anon_names_known_has(k, "Keller", 6), 1);
        assert_int_equal(anon_names_known_has(k, "Keller", 6), 1);
        assert_int_equal(q.n, 2);
        size_t n;
        uint64_t d[2];
        switch (i) {
        case 0:
            (void)anon_names_known_count(k);
            break;
        case 1:
            (void)anon_names_known_name(k, 0, &n);
            break;
        case 2:
            (void)anon_names_canonical(k, "Keller", 6, &n);
            break;
        case 3:
            (void)anon_names_known_sweep(k, "MARIA KELLER", 12, no_emit, NULL);
            break;
        case 4:
            (void)anon_names_known_add(k, "Jonas Lindqvist", 15);
            break;
        default:
            anon_names_known_digest(k, d);
            break;
        }
        anon_names_known_record(k, NULL);
        assert_true(q.opaque);
        assert_int_equal(anon_deps_seal(&q), -1);
        anon_deps_free(&q);
    }
    /* has() alone: kept, the repeat folded */
    anon_deps_t q = {0};
    anon_names_known_record(k, &q);
    (void)anon_names_known_has(k, "Keller", 6);
    (void)anon_names_known_has(k, "keller", 6);
    (void)anon_names_known_has(k, "Lindqvist", 9);
    anon_names_known_record(k, NULL);
    assert_int_equal(anon_deps_seal(&q), 0);
    assert_int_equal(q.n, 2);
    anon_deps_free(&q);
    anon_names_known_free(k);
}

/* Six turns of one conversation, each naming a new person: every turn's bytes are those without
 * the cache, and from the second turn on the old long strings hit. */
static void test_every_turn_new(void **state)
{
    (void)state;
    static const char *people[] = {"Maria Keller", "Jonas Lindqvist", "Fatima Haddad",
                                   "Kenji Sato",   "Elena Rossi",     "Diego Paredes"};
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    anon_buf_t a = {0};
    size_t cap = 1 << 16, len = 0;
    char *msgs = malloc(cap), *body = malloc(cap + 64);
    assert_non_null(msgs);
    assert_non_null(body);
    msgs[0] = '\0';
    for (int t = 0; t < 6; t++) {
        char mail[64];
        snprintf(mail, sizeof mail, "%s", people[t]);
        for (char *p = mail; *p; p++)
            *p = *p == ' ' ? '.' : (char)(*p | 32);
        len += (size_t)snprintf(msgs + len, cap - len,
                                "%s{\"role\":\"user\",\"content\":\"New ticket from %s (%s@example"
                                ".com) in turn %d. " PAD "\"},{\"role\":\"assistant\",\"content\":"
                                "\"Looked at it: " PAD "Build %d passes.\"}",
                                t ? "," : "", people[t], mail, t, 1000 + t);
        snprintf(body, cap + 64, "{\"messages\":[%s]}", msgs);
        size_t h = 0;
        rewrite(c, body, &a, &h);
        same_as_cold(body, &a);
        if (t)
            assert_true(h >= (size_t)t); /* at least the old answers ("Looked at it") */
        assert_null(memmem(a.data, a.len, people[t], strlen(people[t])));
    }
    free(msgs);
    free(body);
    anon_buf_free(&a);
    anon_scan_cache_free(c);
}

/* names_chat9.c's line_near() (the walk back to a line's start bounded by what its slot reads):
 * every prefix of lines with its slots, near and far from their line's start, copied to a buffer
 * of exactly its size, scanned without error (under ASan a read before the text fails here). The
 * outputs are unchanged (bench_turns cold checksums, notes/cache61.md). */
static void test_chat9_prefixes(void **state)
{
    (void)state;
    static const char text[] =
        "1 - Jonas Weber (vegetarian)\n#12 - Lena (Cork)\nHakuna Matata (Jonas K.)\n+1 (Maria)\n"
        "{\"content\":\"The on-call said: New ticket from Maria Keller (maria.keller@example.com) "
        "and 4 - Lena (Cork), table for 4 (Jonas)\"}";
    size_t n = strlen(text);
    for (size_t k = 0; k <= n; k++) {
        char *t = malloc(k ? k : 1);
        assert_non_null(t);
        memcpy(t, text, k);
        anon_finding_t *f = NULL;
        size_t m = 0;
        int rc = anon_find(engine, t, k, &f, &m);
        assert_true(rc == 0 || rc == ANON_ERR_ENCODING);
        free(f);
        free(t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_name_elsewhere), cmocka_unit_test(test_dependency_miss),
        cmocka_unit_test(test_index_is_has),       cmocka_unit_test(test_recording),
        cmocka_unit_test(test_every_turn_new),     cmocka_unit_test(test_chat9_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
