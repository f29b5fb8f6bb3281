/* test_cache60.c: the scan cache (branch cache60, anonymize/scan_cache.c,
 * contrib/bench/accuracy/notes/cache60.md): a long string sent again in a later request of the
 * same client, under the same known names, is answered from the cache; the rewritten body is
 * byte for byte the one without it; what the string taught the request (a person's name, read
 * again in the next string) is learnt on a hit too; another known set, another client or a short
 * string is never answered from it; its memory stays under its bound; scanCacheBytes 0 turns it
 * off in the gateway. */
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
#include "gateway/core/core.h"

#include "cache_rewrite.h"

static const char body1[] =
    "{\"messages\":[{\"role\":\"user\",\"content\":\"My name is Maria Keller and my e-mail is "
    "maria.keller@example.com. " PAD "\"},{\"role\":\"assistant\",\"content\":\"Thanks, Keller "
    "noted.\"}]}";

/* The second request's long string is answered from the cache (its findings and the known
 * names' other forms in it); the bytes are the same. */
static void test_hit(void **state)
{
    (void)state;
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    assert_non_null(c);
    anon_buf_t a = {0}, b = {0};
    size_t h1 = 9, h2 = 0;
    rewrite_in(c, "addr:10.0.0.1", body1, &a, &h1);
    rewrite_in(c, "addr:10.0.0.1", body1, &b, &h2);
    assert_int_equal(h1, 0);
    assert_int_equal(h2, 1);
    same_as_cold(body1, &a);
    same_as_cold(body1, &b);
    assert_non_null(memmem(b.data, b.len, "[PERSON_1]", 10));
    /* two look-ups a request: the string's findings, then the known names' other forms in it
     * (add_forms, under the set after the string's own names) */
    anon_scan_cache_stats_t st;
    anon_scan_cache_stats(c, &st);
    assert_int_equal(st.lookups, 4);
    assert_int_equal(st.hits, 2);
    anon_buf_free(&a);
    anon_buf_free(&b);
    anon_scan_cache_free(c);
}

/* A hit replays what the string taught the request: "Keller" in the short answer after it is
 * Maria Keller's token, as without the cache (learn() runs on the cached findings). */
static void test_side_effects(void **state)
{
    (void)state;
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    anon_buf_t a = {0}, b = {0};
    size_t h = 0;
    rewrite_in(c, "user:ana", body1, &a, NULL);
    rewrite_in(c, "user:ana", body1, &b, &h);
    assert_int_equal(h, 1);
    assert_non_null(memmem(b.data, b.len, "Thanks, [PERSON_1] noted.", 25));
    same_as_cold(body1, &b);
    anon_buf_free(&a);
    anon_buf_free(&b);
    anon_scan_cache_free(c);
}

/* A known name in another form inside a long string ("KELLER, MARIA", "maria_keller"): the
 * other forms' spans come from the cache on the second request, and the bytes are those
 * without it. */
static void test_forms(void **state)
{
    (void)state;
    static const char body[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"My name is Maria Keller.\"},"
        "{\"role\":\"user\",\"content\":\"" PAD "Ping KELLER, MARIA or maria_keller on chat.\"}]}";
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    anon_buf_t a = {0};
    rewrite_in(c, "p", body, &a, NULL);
    anon_scan_cache_stats_t st0, st1;
    anon_scan_cache_stats(c, &st0);
    rewrite_in(c, "p", body, &a, NULL);
    anon_scan_cache_stats(c, &st1);
    assert_int_equal(st1.hits - st0.hits, 2); /* the findings and the forms */
    same_as_cold(body, &a);
    assert_null(memmem(a.data, a.len, "KELLER", 6));
    anon_buf_free(&a);
    anon_scan_cache_free(c);
}

/* The same long string under another known set (a name the request named before it) is no hit,
 * and comes out as without the cache. */
static void test_miss_on_known(void **state)
{
    (void)state;
    static const char lone[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"" PAD PAD
                               "Ask Keller about the retry logic.\"}]}";
    static const char named[] = "{\"messages\":[{\"role\":\"system\",\"content\":\"The user is "
                                "Jonas Keller, jonas.keller@example.org.\"},{\"role\":\"user\","
                                "\"content\":\"" PAD PAD "Ask Keller about the retry logic.\"}]}";
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    anon_buf_t a = {0}, b = {0};
    size_t h = 9;
    rewrite_in(c, "p", lone, &a, NULL);
    rewrite_in(c, "p", named, &b, &h);
    assert_int_equal(h, 0);
    same_as_cold(named, &b);
    /* and the other way round: the set changed back, the first answer is used again */
    rewrite_in(c, "p", lone, &b, &h);
    assert_int_equal(h, 1);
    same_as_cold(lone, &b);
    anon_buf_free(&a);
    anon_buf_free(&b);
    anon_scan_cache_free(c);
}

/* The known set's digest: the same names in the same order give the same digest, a name added
 * again (no change to the set) leaves it, another name changes it. */
static void test_known_digest(void **state)
{
    (void)state;
    anon_names_known_t *x = anon_names_known_new(), *y = anon_names_known_new();
    uint64_t dx[2], dy[2], dn[2];
    anon_names_known_digest(NULL, dn);
    anon_names_known_digest(x, dx);
    assert_false(dx[0] == dn[0] && dx[1] == dn[1]); /* an empty set is not "no set" */
    anon_names_known_add(x, "Maria Keller", 12);
    anon_names_known_add(y, "Maria Keller", 12);
    anon_names_known_digest(x, dx);
    anon_names_known_digest(y, dy);
    assert_memory_equal(dx, dy, sizeof dx);
    anon_names_known_add(y, "Maria Keller", 12);
    anon_names_known_digest(y, dy);
    assert_memory_equal(dx, dy, sizeof dx);
    anon_names_known_add(y, "Jonas Lindqvist", 15);
    anon_names_known_digest(y, dy);
    assert_false(dx[0] == dy[0] && dx[1] == dy[1]);
    anon_names_known_free(x);
    anon_names_known_free(y);
}

/* Another client's request never uses the first one's answers. */
static void test_partitions(void **state)
{
    (void)state;
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    anon_buf_t a = {0};
    size_t h = 9;
    rewrite_in(c, "addr:10.0.0.1", body1, &a, NULL);
    rewrite_in(c, "addr:10.0.0.2", body1, &a, &h);
    assert_int_equal(h, 0);
    rewrite_in(c, "user:bob", body1, &a, &h);
    assert_int_equal(h, 0);
    rewrite_in(c, "addr:10.0.0.1", body1, &a, &h);
    assert_int_equal(h, 1);
    same_as_cold(body1, &a);
    anon_buf_free(&a);
    anon_scan_cache_free(c);
}

/* Short strings are scanned, not looked up; 0 bytes is no cache. */
static void test_short_and_off(void **state)
{
    (void)state;
    assert_null(anon_scan_cache_new(0));
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    static const char body[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"call Maria Keller "
                               "at +1 415 555 0132\"}]}";
    anon_buf_t a = {0};
    rewrite_in(c, "p", body, &a, NULL);
    rewrite_in(c, "p", body, &a, NULL);
    anon_scan_cache_stats_t st;
    anon_scan_cache_stats(c, &st);
    assert_int_equal(st.lookups, 0);
    same_as_cold(body, &a);
    anon_buf_free(&a);
    anon_scan_cache_free(c);
}

/* Many distinct strings through a small cache: its memory stays under the bound (the least
 * recently used go), and every body comes out as without it. */
static void test_bound(void **state)
{
    (void)state;
    const size_t max = 24 << 10;
    anon_scan_cache_t *c = anon_scan_cache_new(max);
    anon_buf_t a = {0};
    char body[1024];
    for (int i = 0; i < 400; i++) {
        snprintf(body, sizeof body,
                 "{\"messages\":[{\"role\":\"user\",\"content\":\"Ticket %d from "
                 "ops%d@example.com. " PAD "\"}]}",
                 i, i);
        rewrite_in(c, "p", body, &a, NULL);
        if (i % 50 == 0)
            same_as_cold(body, &a);
        anon_scan_cache_stats_t st;
        anon_scan_cache_stats(c, &st);
        assert_true(st.bytes <= max);
    }
    anon_scan_cache_stats_t st;
    anon_scan_cache_stats(c, &st);
    assert_true(st.evicted > 0);
    assert_true(st.entries > 0 && st.entries < 400);
    anon_buf_free(&a);
    anon_scan_cache_free(c);
}

/* Strings of 260 to 307 bytes (every tail a SipHash word can leave), the body copied to a buffer of
 * exactly its size (under the address sanitizer a read past a string's end fails here): through the
 * cache twice, the bytes are those without it. */
static void test_every_length(void **state)
{
    (void)state;
    static const char head[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"Call Maria Keller "
                               "on +1 415 555 0132. " PAD;
    static const char tail[] = "\"}]}";
    anon_scan_cache_t *c = anon_scan_cache_new(1 << 20);
    anon_buf_t a = {0};
    for (size_t extra = 0; extra < 48; extra++) {
        size_t n = sizeof head - 1 + extra + sizeof tail - 1;
        char *body = malloc(n + 1);
        assert_non_null(body);
        memcpy(body, head, sizeof head - 1);
        for (size_t k = 0; k < extra; k++)
            body[sizeof head - 1 + k] = (char)('a' + k % 26);
        memcpy(body + sizeof head - 1 + extra, tail, sizeof tail); /* with its NUL */
        char *exact = malloc(n);
        assert_non_null(exact);
        memcpy(exact, body, n);
        for (int k = 0; k < 2; k++) {
            anon_session_t *s = anon_session_new(engine);
            anon_session_set_cache(s, c, "p", 1);
            anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI};
            char err[160];
            anon_buf_reset(&a);
            assert_int_equal(
                anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)exact, n, &a, err, sizeof err),
                0);
            anon_session_free(s);
            same_as_cold(body, &a);
        }
        free(exact);
        free(body);
    }
    anon_scan_cache_stats_t st;
    anon_scan_cache_stats(c, &st);
    assert_true(st.hits > 0);
    anon_buf_free(&a);
    anon_scan_cache_free(c);
}

/* scan_cache.c's keyed start, for the reference vectors */
void anon_sip_init_key(anon_sip_t *h, const uint64_t key[2]);

/* SipHash-2-4 with 128-bit output as the reference (github.com/veorq/SipHash, vectors.h
 * vectors_sip128): key 00 .. 0f, messages 00 .. n-1. */
static void test_sip_vectors(void **state)
{
    (void)state;
    static const uint8_t want0[16] = {0xa3, 0x81, 0x7f, 0x04, 0xba, 0x25, 0xa8, 0xe6,
                                      0x6d, 0xf6, 0x72, 0x14, 0xc7, 0x55, 0x02, 0x93};
    uint8_t kb[16], got[16];
    for (int i = 0; i < 16; i++)
        kb[i] = (uint8_t)i;
    uint64_t key[2], out[2];
    memcpy(key, kb, 16);
    anon_sip_t h;
    anon_sip_init_key(&h, key);
    anon_sip_final(&h, out);
    memcpy(got, out, 16);
    assert_memory_equal(got, want0, 16);
    static const uint8_t want1[16] = {0xda, 0x87, 0xc1, 0xd8, 0x6b, 0x99, 0xaf, 0x44,
                                      0x34, 0x76, 0x59, 0x11, 0x9b, 0x22, 0xfc, 0x45};
    uint8_t m0 = 0;
    anon_sip_init_key(&h, key);
    anon_sip_update(&h, &m0, 1);
    anon_sip_final(&h, out);
    memcpy(got, out, 16);
    assert_memory_equal(got, want1, 16);
}

/* SipHash-2-4-128's parts fed in any cut give the same digest as whole. */
static void test_sip_stream(void **state)
{
    (void)state;
    static const char m[] = "0123456789abcdefghijklmnopqrstuvwxyz-0123456789ABCDEFG";
    uint64_t whole[2], cut[2];
    anon_sip_t h;
    anon_sip_init(&h);
    anon_sip_update(&h, m, sizeof m - 1);
    anon_sip_final(&h, whole);
    for (size_t k = 0; k < sizeof m; k++) {
        anon_sip_init(&h);
        anon_sip_update(&h, m, k);
        anon_sip_update(&h, m + k, 3 < sizeof m - 1 - k ? 3 : sizeof m - 1 - k);
        if (k + 3 < sizeof m - 1)
            anon_sip_update(&h, m + k + 3, sizeof m - 1 - k - 3);
        anon_sip_final(&h, cut);
        assert_memory_equal(whole, cut, sizeof whole);
    }
}

/* scanCacheBytes: 64 MiB unless set; 0 (off) is accepted, a negative count is not. */
static void test_config_key(void **state)
{
    (void)state;
    char err[256];
    char *none[] = {NULL}, *off[] = {"HUSH_SCAN_CACHE_BYTES=0", NULL},
         *bad[] = {"HUSH_SCAN_CACHE_BYTES=-1", NULL};
    gw_config_t *c = gw_config_load(NULL, none, err, sizeof err);
    assert_non_null(c);
    assert_int_equal(c->boot.scan_cache_bytes, 64u << 20);
    gw_config_free(c);
    c = gw_config_load(NULL, off, err, sizeof err);
    assert_non_null(c);
    assert_int_equal(c->boot.scan_cache_bytes, 0);
    gw_config_free(c);
    assert_null(gw_config_load(NULL, bad, err, sizeof err));
    assert_non_null(strstr(err, "scanCacheBytes"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hit),           cmocka_unit_test(test_side_effects),
        cmocka_unit_test(test_miss_on_known), cmocka_unit_test(test_forms),
        cmocka_unit_test(test_known_digest),  cmocka_unit_test(test_partitions),
        cmocka_unit_test(test_short_and_off), cmocka_unit_test(test_bound),
        cmocka_unit_test(test_sip_stream),    cmocka_unit_test(test_sip_vectors),
        cmocka_unit_test(test_every_length),  cmocka_unit_test(test_config_key),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
