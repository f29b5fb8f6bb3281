/* test_wipe52.c: stop 52's wipes (gw52). A buffer wipes what was ever written, not its whole
 * capacity: the high-water mark covers bytes a writer took back (anon_buf_setlen) or wrote past
 * len (anon_json_unescape stopping part way on an error), so every byte that held PII is still
 * wiped before its block is given back, and the bytes never written are not touched. A session
 * keeps its values, entries and lists in one arena (arena.c), wiped up to its high-water mark.
 * The release hook sees each block a buffer gives back after its wipe.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/arena.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/session_internal.h"

#define PII 'Z' /* the byte a test writes as PII; nothing else here writes it */

static struct {
    size_t n;
    size_t cap[16], wiped[16];
    size_t pii[16]; /* PII bytes left in the first `span` bytes of the block */
    const char *value;
    size_t value_len, value_hits; /* a rewrite's value found anywhere in a released block */
} seen;
static size_t span; /* how far into each block to look for PII */

static void on_release(const uint8_t *p, size_t cap, size_t wiped)
{
    size_t k = seen.n < 16 ? seen.n : 15, lim = span < cap ? span : cap;
    seen.cap[k] = cap;
    seen.wiped[k] = wiped;
    seen.pii[k] = 0;
    for (size_t i = 0; i < lim; i++)
        seen.pii[k] += p[i] == PII;
    if (seen.value) {
        for (size_t i = 0; i + seen.value_len <= cap; i++)
            seen.value_hits += memcmp(p + i, seen.value, seen.value_len) == 0;
    }
    seen.n++;
}

static int setup(void **state)
{
    (void)state;
    memset(&seen, 0, sizeof seen);
    span = 0;
    anon_buf_release_hook_for_tests(on_release);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    anon_buf_release_hook_for_tests(NULL);
    return 0;
}

static void test_bytes_taken_back_are_wiped_and_no_more(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    char z[300], a[5];
    memset(z, PII, sizeof z);
    memset(a, 'a', sizeof a);
    assert_int_equal(anon_buf_append(&b, z, sizeof z), ANON_OK);
    size_t cap = b.cap;
    assert_true(cap > sizeof z);
    anon_buf_setlen(&b, 10); /* taken back, not wiped: the high-water mark keeps them */
    assert_int_equal(anon_buf_append(&b, a, sizeof a), ANON_OK);
    assert_int_equal(b.len, 15);
    assert_int_equal(anon_buf_written(&b), sizeof z);
    span = sizeof z;
    anon_buf_free(&b);
    assert_int_equal(seen.n, 1);
    assert_int_equal(seen.cap[0], cap);
    assert_int_equal(seen.wiped[0], sizeof z); /* what was written, not the capacity */
    assert_int_equal(seen.pii[0], 0);
}

static void test_growth_wipes_the_old_block_past_len(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    char z[60], a[100];
    memset(z, PII, sizeof z);
    memset(a, 'a', sizeof a);
    assert_int_equal(anon_buf_reserve(&b, 64), ANON_OK);
    assert_int_equal(anon_buf_append(&b, z, sizeof z), ANON_OK);
    anon_buf_setlen(&b, 0);
    span = sizeof z;
    assert_int_equal(anon_buf_append(&b, a, sizeof a), ANON_OK); /* outgrows the 64 bytes */
    assert_int_equal(seen.n, 1);
    assert_int_equal(seen.wiped[0], sizeof z);
    assert_int_equal(seen.pii[0], 0);
    assert_int_equal(anon_buf_written(&b), sizeof a); /* the new block holds len bytes */
    anon_buf_free(&b);
}

static void test_reset_wipes_past_len_and_forgets_the_mark(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    char z[40];
    memset(z, PII, sizeof z);
    assert_int_equal(anon_buf_append(&b, z, sizeof z), ANON_OK);
    anon_buf_setlen(&b, 4);
    anon_buf_reset(&b);
    for (size_t i = 0; i < sizeof z; i++)
        assert_int_not_equal(b.data[i], PII);
    assert_int_equal(anon_buf_written(&b), 0);
    anon_buf_free(&b);
    assert_int_equal(seen.wiped[0], 0);
}

/* An escape without its pair stops the decoder after it wrote the text before it past len. */
static void test_unescape_stopped_part_way_is_wiped(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    uint8_t raw[130];
    memset(raw, PII, 128);
    raw[128] = '\\';
    raw[129] = 'q';
    assert_int_equal(anon_buf_reserve(&b, 512), ANON_OK);
    assert_int_equal(anon_json_unescape(&b, raw, sizeof raw), ANON_ERR_JSON);
    assert_int_equal(b.len, 0);
    assert_true(anon_buf_written(&b) >= 128);
    span = sizeof raw;
    anon_buf_free(&b);
    assert_int_equal(seen.n, 1);
    assert_int_equal(seen.pii[0], 0);
    assert_true(seen.wiped[0] < 512);
}

/* The escaper reserves room by appending the text and taking it back (the buffer is short of
 * room: 256 bytes, 2 used); the escaped text then taken back by its caller. */
static void test_escape_reservation_is_wiped(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    char z[300];
    memset(z, PII, sizeof z);
    assert_int_equal(anon_buf_append(&b, "ab", 2), ANON_OK);
    assert_true(b.cap - b.len < sizeof z);
    assert_int_equal(anon_json_escape(&b, z, sizeof z), ANON_OK);
    anon_buf_setlen(&b, 2);
    assert_int_equal(anon_buf_written(&b), 2 + sizeof z);
    span = 2 + sizeof z;
    anon_buf_free(&b);
    assert_int_equal(seen.pii[seen.n - 1], 0);
}

/* A whole rewrite (escaped strings decoded into scratch buffers and taken back string by
 * string): no block any buffer gives back holds the value, anywhere in its capacity (the scan
 * reads bytes never written too, which memcheck reports as uninitialised: on purpose). */
static void test_rewrite_leaves_no_value_in_released_blocks(void **state)
{
    (void)state;
    static const char body[] =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"write to "
        "zed.quarkwell@example.org\\nthanks\"},{\"role\":\"user\",\"content\":\"or "
        "\\\"zed.quarkwell@example.org\\\" again\"}]}";
    char err[128];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    assert_non_null(e);
    anon_session_t *s = anon_session_new(e);
    assert_non_null(s);
    seen.value = "quarkwell@example";
    seen.value_len = strlen(seen.value);
    anon_rewrite_opts_t opts = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 1};
    anon_buf_t out = {0};
    assert_int_equal(anon_rewrite(s, ANON_BODY_JSON, &opts, (const uint8_t *)body, sizeof body - 1,
                                  &out, err, sizeof err),
                     0);
    assert_null(memmem(out.data, out.len, seen.value, seen.value_len));
    anon_buf_free(&out);
    anon_session_free(s);
    anon_engine_free(e);
    assert_true(seen.n > 0);
    assert_int_equal(seen.value_hits, 0);
}

static void test_arena_grows_in_place_and_by_copy(void **state)
{
    (void)state;
    anon_arena_t a = {0};
    size_t *p = anon_arena_grow(&a, NULL, 0, 8 * sizeof *p, 0);
    assert_non_null(p);
    for (size_t i = 0; i < 8; i++)
        p[i] = i;
    size_t *q = anon_arena_grow(&a, p, 8 * sizeof *p, 16 * sizeof *p, 1);
    assert_ptr_equal(q, p); /* the last object, room behind it */
    for (size_t i = 0; i < 16; i++)
        assert_int_equal(q[i], i < 8 ? i : 0);
    char *v = anon_arena_alloc(&a, 5);
    assert_non_null(v);
    assert_int_equal((uintptr_t)v % _Alignof(max_align_t), 0);
    size_t *r = anon_arena_grow(&a, q, 16 * sizeof *q, 32 * sizeof *q, 0);
    assert_ptr_not_equal(r, q); /* not the last object: copied */
    for (size_t i = 0; i < 16; i++)
        assert_int_equal(r[i], i < 8 ? i : 0);
    void *big = anon_arena_alloc(&a, 1u << 20); /* past any block: one of its own */
    assert_non_null(big);
    memset(big, 1, 1u << 20);
    anon_arena_free(&a);
    assert_null(a.head);
    anon_arena_free(&a);
}

/* Enough values to grow the entries, the hash table and a type's list several times over; each
 * token still restores its own value. A session that finds nothing allocates no arena. */
static void test_session_arena_keeps_every_value(void **state)
{
    (void)state;
    char err[128];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    assert_non_null(e);
    anon_session_t *s = anon_session_new(e);
    assert_non_null(s);
    for (size_t i = 0; i < 300; i++) {
        char v[32], tok[ANON_TOKEN_MAX];
        int n = snprintf(v, sizeof v, "user%zu@example.org", i);
        int k = anon_session_issue(s, i % 3, v, (size_t)n, tok, sizeof tok);
        assert_true(k > 0);
        size_t vl = 0;
        const char *back = anon_session_lookup(s, tok, (size_t)k, &vl);
        assert_non_null(back);
        assert_int_equal(vl, (size_t)n);
        assert_memory_equal(back, v, vl);
    }
    for (size_t i = 0; i < 300; i++) { /* the same values again: the same tokens */
        char v[32], again[ANON_TOKEN_MAX];
        int n = snprintf(v, sizeof v, "user%zu@example.org", i);
        int k = anon_session_issue(s, i % 3, v, (size_t)n, again, sizeof again);
        size_t vl = 0;
        const char *back = anon_session_lookup(s, again, (size_t)k, &vl);
        assert_non_null(back);
        assert_memory_equal(back, v, vl);
    }
    assert_int_equal(anon_session_total(s), 600);
    anon_session_free(s);
    anon_engine_free(e);
}

/* No value, no arena and no seed: a PII-free request allocates nothing for its map. */
static void test_pii_free_request_allocates_no_arena(void **state)
{
    (void)state;
    static const char body[] =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"how do I sort a "
        "list in place?\"}]}";
    char err[128];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    assert_non_null(e);
    anon_session_t *s = anon_session_new(e);
    assert_non_null(s);
    anon_rewrite_opts_t opts = {.profile = ANON_PROFILE_OPENAI};
    anon_buf_t out = {0};
    assert_int_equal(anon_rewrite(s, ANON_BODY_JSON, &opts, (const uint8_t *)body, sizeof body - 1,
                                  &out, err, sizeof err),
                     0);
    assert_int_equal(anon_session_total(s), 0);
    assert_null(s->arena.head);
    assert_int_equal(s->htcap, 0);
    anon_buf_free(&out);
    anon_session_free(s);
    anon_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_bytes_taken_back_are_wiped_and_no_more, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_growth_wipes_the_old_block_past_len, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reset_wipes_past_len_and_forgets_the_mark, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_unescape_stopped_part_way_is_wiped, setup, teardown),
        cmocka_unit_test_setup_teardown(test_escape_reservation_is_wiped, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rewrite_leaves_no_value_in_released_blocks, setup,
                                        teardown),
        cmocka_unit_test(test_arena_grows_in_place_and_by_copy),
        cmocka_unit_test(test_session_arena_keeps_every_value),
        cmocka_unit_test(test_pii_free_request_allocates_no_arena),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
