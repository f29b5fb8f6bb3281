/* The transform without a network: every way gw_xform_request refuses a request (unscannable
 * body, unknown or corrupt Content-Encoding, invalid JSON, too large, policy block, buffered-bytes
 * budget, allocation failure) and what it forwards when it does not; and that the buffers holding
 * an intercepted host's bytes are wiped before libevent frees them (gw_evbuffer_wipe_free).
 *
 * libevent's allocator is replaced for this program (event_set_mem_functions, before any other
 * libevent call) by one that can fail on request and that looks at each block it frees: that is
 * how the tests inject an allocation failure and see whether a freed chain still held a value.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "gateway/exchange/exchange.h"

#include "anonymize/anonymize.h"
#include "domains/domains.h"

#include <event2/event.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

/* ---- libevent's allocator, instrumented ------------------------------------------------------ */

#define SECRET "jane.doe.secret@example.com"

static int fail_allocs;       /* non-zero: libevent allocations fail */
static int freed_secret;      /* a block freed while it still held SECRET */
static int watch_frees;       /* look for SECRET in freed blocks */
static const size_t HDR = 16; /* keeps the user block 16-aligned */

static void *t_malloc(size_t n)
{
    if (fail_allocs) {
        return NULL;
    }
    /* zeroed: a block then holds only what its owner wrote, not stale bytes of a block an
     * earlier test freed unwiped (test_plain_free_leaves_value does so on purpose), which a
     * chain's unused tail would carry into the freed-block check by heap layout alone */
    uint8_t *p = calloc(1, HDR + n);
    if (!p) {
        return NULL;
    }
    memcpy(p, &n, sizeof(n));
    return p + HDR;
}

static void t_free(void *q)
{
    if (!q) {
        return;
    }
    uint8_t *p = (uint8_t *)q - HDR;
    size_t n;
    memcpy(&n, p, sizeof(n));
    if (watch_frees && memmem(q, n, SECRET, strlen(SECRET))) {
        freed_secret = 1;
    }
    free(p);
}

static void *t_realloc(void *q, size_t n)
{
    if (!q) {
        return t_malloc(n);
    }
    uint8_t *p = (uint8_t *)q - HDR;
    size_t old;
    memcpy(&old, p, sizeof(old));
    void *r = t_malloc(n);
    if (!r) {
        return NULL;
    }
    memcpy(r, q, old < n ? old : n);
    t_free(q);
    return r;
}

/* ---- fixtures -------------------------------------------------------------------------------- */

static gw_gen_t *gen;
static char datadir[] = "/tmp/hush-test-transform-XXXXXX";

static int setup(void **state)
{
    (void)state;
    char dd[128];
    snprintf(dd, sizeof(dd), "HUSH_DATA_DIR=%s", datadir);
    char *env[] = {dd, "HUSH_POLICY=CREDIT_CARD=block,IPV4=audit", "HUSH_MAX_BODY_BYTES=4096",
                   "HUSH_FORWARD_UNSCANNABLE=files.example.com", NULL};
    char err[256] = "";
    gw_config_t *cfg = gw_config_load(NULL, env, err, sizeof(err));
    if (!cfg) {
        fprintf(stderr, "config: %s\n", err);
        return -1;
    }
    gen = gw_gen_build(&cfg->boot, cfg, err, sizeof(err));
    if (!gen) {
        fprintf(stderr, "generation: %s\n", err);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    gw_gen_release(gen);
    rmdir(datadir);
    return 0;
}

static gw_xform_env_t env_of(void)
{
    gw_xform_env_t e = {gen->cfg, gen->anon, gen->domains,    gen->policy,
                        1u << 20, 1,         &gen->api_words, NULL};
    return e;
}

static gw_mitm_ctx_t ctx_for(const char *host)
{
    gw_mitm_ctx_t c = {0};
    snprintf(c.host, sizeof(c.host), "%s", host);
    c.port = 443;
    c.profile = DOM_PROFILE_OPENAI; /* the error shape with "code" */
    snprintf(c.client, sizeof(c.client), "127.0.0.1:1");
    return c;
}

static gw_req_t *req_with(const char *ctype, const char *enc, const void *body, size_t n)
{
    gw_req_t *r = gw_req_new();
    assert_non_null(r);
    snprintf(r->method, sizeof(r->method), "POST");
    r->path = strdup("/v1/chat/completions");
    r->authority = strdup("api.openai.com");
    if (ctype) {
        assert_int_equal(gw_hdrs_add(&r->hdrs, "content-type", 12, ctype, strlen(ctype)), 0);
    }
    if (enc) {
        assert_int_equal(gw_hdrs_add(&r->hdrs, "content-encoding", 16, enc, strlen(enc)), 0);
    }
    assert_int_equal(evbuffer_add(r->body, body, n), 0);
    return r;
}

/* Runs the transform; returns its status (0: forwarded), res filled, body left in req. */
static int run(const char *host, gw_req_t *req, gw_xform_result_t *res)
{
    gw_xform_env_t e = env_of();
    gw_mitm_ctx_t c = ctx_for(host);
    gw_xform_t *x = NULL;
    int rc = gw_xform_request(&e, &c, req, &x, res);
    gw_xform_free(x);
    return rc == 0 ? 0 : res->status;
}

static void expect_refusal(const char *ctype, const char *enc, const void *body, size_t n,
                           int status, const char *code)
{
    gw_req_t *r = req_with(ctype, enc, body, n);
    gw_xform_result_t res;
    assert_int_equal(run("api.openai.com", r, &res), status);
    assert_string_equal(res.code, code);
    assert_non_null(res.error_json);
    assert_non_null(strstr(res.error_json, code));
    assert_null(strstr(res.error_json, SECRET)); /* a refusal never quotes the body */
    free(res.error_json);
    gw_req_free(r);
}

static const char JSON_PII[] =
    "{\"messages\":[{\"role\":\"user\",\"content\":\"mail " SECRET " please\"}]}";

/* ---- the refusals ---------------------------------------------------------------------------- */

static void test_unscannable_type(void **state)
{
    (void)state;
    expect_refusal("application/octet-stream", NULL, JSON_PII, sizeof(JSON_PII) - 1, 415,
                   "hush_unscannable_body");
}

static void test_unknown_encoding(void **state)
{
    (void)state;
    expect_refusal("application/json", "x-rot13", JSON_PII, sizeof(JSON_PII) - 1, 415,
                   "hush_unknown_encoding");
}

static void test_corrupt_encoding(void **state)
{
    (void)state;
    static const char bad[] = "\x1f\x8b\x08\x00garbage-not-deflate";
    expect_refusal("application/json", "gzip", bad, sizeof(bad) - 1, 400, "hush_bad_encoding");
}

static void test_invalid_json(void **state)
{
    (void)state;
    static const char bad[] = "{\"messages\": [" SECRET;
    expect_refusal("application/json", NULL, bad, sizeof(bad) - 1, 400, "hush_invalid_json");
}

/* gzip of a body that inflates past maxBodyBytes (4096 here). */
static void test_decompressed_too_large(void **state)
{
    (void)state;
    size_t n = 64 * 1024;
    char *big = malloc(n);
    assert_non_null(big);
    memset(big, 'a', n);
    memcpy(big, "{\"a\":\"", 6);
    memcpy(big + n - 2, "\"}", 2);
    uLongf zn = compressBound(n) + 32;
    uint8_t *z = malloc(zn);
    assert_non_null(z);
    z_stream s = {0};
    assert_int_equal(deflateInit2(&s, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    s.next_in = (Bytef *)big;
    s.avail_in = (uInt)n;
    s.next_out = z;
    s.avail_out = (uInt)zn;
    assert_int_equal(deflate(&s, Z_FINISH), Z_STREAM_END);
    size_t zlen = s.total_out;
    deflateEnd(&s);
    expect_refusal("application/json", "gzip", z, zlen, 413, "hush_too_large");
    free(z);
    free(big);
}

static void test_policy_block(void **state)
{
    (void)state;
    static const char card[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"card 4111 1111 1111 1111\"}]}";
    gw_req_t *r = req_with("application/json", NULL, card, sizeof(card) - 1);
    gw_xform_result_t res;
    assert_int_equal(run("api.openai.com", r, &res), 403);
    assert_string_equal(res.code, "hush_blocked_pii");
    assert_non_null(strstr(res.error_json, "CREDIT_CARD")); /* res.reason lived in the xform */
    assert_null(strstr(res.error_json, "4111"));
    free(res.error_json);
    gw_req_free(r);
}

/* maxBufferedBytes: a body that would pass it is not added (the caller answers 503). */
static void test_budget_refusal(void **state)
{
    (void)state;
    gw_req_t *r = req_with("application/json", NULL, "", 0);
    char buf[1024];
    memset(buf, 'x', sizeof(buf));
    assert_int_equal(gw_req_add_body(r, 1536, buf, sizeof(buf)), 0);
    assert_int_equal(gw_req_add_body(r, 1536, buf, sizeof(buf)), 1);
    assert_int_equal(evbuffer_get_length(r->body), sizeof(buf)); /* nothing of the second */
    gw_req_free(r);                                              /* gives the budget back */
    gw_req_t *r2 = req_with("application/json", NULL, "", 0);
    assert_int_equal(gw_req_add_body(r2, 1536, buf, sizeof(buf)), 0);
    gw_req_free(r2);
}

/* The rewritten body cannot be stored: the request is refused (500) and never sent short. The
 * original body was moved out (wiped) to be scanned, so the request holds nothing to send. */
static void test_allocation_failure(void **state)
{
    (void)state;
    gw_req_t *r = req_with("application/json", NULL, JSON_PII, sizeof(JSON_PII) - 1);
    gw_xform_env_t e = env_of();
    gw_mitm_ctx_t c = ctx_for("api.openai.com");
    gw_xform_t *x = NULL;
    gw_xform_result_t res;
    fail_allocs = 1; /* libevent allocations fail from here: the rewritten body's reference chain */
    int rc = gw_xform_request(&e, &c, r, &x, &res);
    fail_allocs = 0;
    assert_int_equal(rc, -1);
    assert_int_equal(res.status, 500);
    assert_string_equal(res.code, "hush_internal");
    assert_int_equal(evbuffer_get_length(r->body), 0);
    free(res.error_json);
    gw_xform_free(x);
    gw_req_free(r);
}

/* ---- what is forwarded --------------------------------------------------------------------- */

static char *body_of(gw_req_t *r)
{
    size_t n = evbuffer_get_length(r->body);
    char *s = calloc(1, n + 1);
    assert_non_null(s);
    evbuffer_copyout(r->body, s, n);
    return s;
}

static void test_masked_and_forwarded(void **state)
{
    (void)state;
    gw_req_t *r = req_with("application/json", NULL, JSON_PII, sizeof(JSON_PII) - 1);
    gw_xform_result_t res;
    assert_int_equal(run("api.openai.com", r, &res), 0);
    assert_int_equal(res.found, 1);
    char *b = body_of(r);
    assert_null(strstr(b, SECRET));
    assert_non_null(strstr(b, "[EMAIL_1]"));
    free(b);
    gw_req_free(r);
}

/* gzip request bodies are decoded, scanned and sent on as identity. */
static void test_gzip_body_scanned(void **state)
{
    (void)state;
    uint8_t z[512];
    z_stream s = {0};
    assert_int_equal(deflateInit2(&s, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    s.next_in = (Bytef *)JSON_PII;
    s.avail_in = sizeof(JSON_PII) - 1;
    s.next_out = z;
    s.avail_out = sizeof(z);
    assert_int_equal(deflate(&s, Z_FINISH), Z_STREAM_END);
    size_t zlen = s.total_out;
    deflateEnd(&s);
    gw_req_t *r = req_with("application/json", "gzip", z, zlen);
    gw_xform_result_t res;
    assert_int_equal(run("api.openai.com", r, &res), 0);
    assert_null(gw_hdrs_get(&r->hdrs, "content-encoding", NULL));
    char *b = body_of(r);
    assert_null(strstr(b, SECRET));
    assert_non_null(strstr(b, "[EMAIL_1]"));
    free(b);
    gw_req_free(r);
}

/* forwardUnscannable lets an unscannable type through for the hosts it names, marked so. */
static void test_forward_unscannable(void **state)
{
    (void)state;
    gw_req_t *r = req_with("application/octet-stream", NULL, "\x00\x01\x02", 3);
    gw_xform_result_t res;
    assert_int_equal(run("files.example.com", r, &res), 0);
    assert_int_equal(res.unscanned, 1);
    gw_req_free(r);
}

/* ---- WebSocket messages: the same session, policy and refusal codes ---------------------------
 */

static void test_messages(void **state)
{
    (void)state;
    gw_xform_env_t e = env_of();
    gw_mitm_ctx_t c = ctx_for("api.openai.com");
    gw_xform_t *x = gw_xform_new(&e, &c);
    assert_non_null(x);
    anon_buf_t out = {0};
    gw_xform_result_t res;
    static const char m1[] = "{\"text\":\"mail " SECRET "\"}";
    assert_int_equal(gw_xform_message(x, (const uint8_t *)m1, sizeof(m1) - 1, &out, &res), 0);
    assert_null(memmem(out.data, out.len, SECRET, strlen(SECRET)));
    assert_non_null(memmem(out.data, out.len, "[EMAIL_1]", 9));
    assert_int_equal(gw_xform_found(x), 1);
    /* the same value in a later message gets the same token; the answer is restored */
    anon_buf_reset(&out);
    assert_int_equal(gw_xform_restore_message(x, (const uint8_t *)"re [EMAIL_1]", 12, &out), 0);
    assert_non_null(memmem(out.data, out.len, SECRET, strlen(SECRET)));
    anon_buf_reset(&out);
    static const char card[] = "card 4111 1111 1111 1111";
    static const char bad8[] = "bad \xff\xfe utf8";
    assert_int_equal(gw_xform_message(x, (const uint8_t *)card, sizeof(card) - 1, &out, &res), -1);
    assert_string_equal(res.code, "hush_blocked_pii");
    assert_non_null(strstr(res.reason, "CREDIT_CARD"));
    anon_buf_reset(&out);
    assert_int_equal(gw_xform_message(x, (const uint8_t *)bad8, sizeof(bad8) - 1, &out, &res), -1);
    assert_string_equal(res.code, "hush_bad_encoding");
    anon_buf_free(&out);
    gw_xform_free(x);
}

/* ---- wiping ---------------------------------------------------------------------------------- */

/* The control: a plain evbuffer_free hands the value back to the allocator as it was (so the
 * check below can fail). */
static void test_plain_free_leaves_value(void **state)
{
    (void)state;
    struct evbuffer *b = evbuffer_new();
    evbuffer_add(b, "x " SECRET " y", strlen(SECRET) + 4);
    freed_secret = 0;
    watch_frees = 1;
    evbuffer_free(b);
    watch_frees = 0;
    assert_int_equal(freed_secret, 1);
}

static void test_wipe_free(void **state)
{
    (void)state;
    struct evbuffer *b = evbuffer_new();
    for (int i = 0; i < 200; i++) { /* several chains */
        evbuffer_add_printf(b, "%d " SECRET " ", i);
    }
    evbuffer_drain(b, 3); /* a misaligned first chain */
    freed_secret = 0;
    watch_frees = 1;
    gw_evbuffer_wipe_free(b);
    watch_frees = 0;
    assert_int_equal(freed_secret, 0);
}

/* A request body, the rewrite and the request's end: no chain leaves with the value in it. */
static void test_request_wiped(void **state)
{
    (void)state;
    gw_req_t *r = req_with("application/json", NULL, "", 0);
    for (int i = 0; i < 50; i++) {
        assert_int_equal(gw_req_add_body(r, 1u << 20, i ? ",\"" SECRET "\"" : "[\"" SECRET "\"",
                                         strlen(SECRET) + (i ? 3 : 3)),
                         0);
    }
    assert_int_equal(gw_req_add_body(r, 1u << 20, "]", 1), 0);
    gw_xform_result_t res;
    freed_secret = 0;
    watch_frees = 1;
    int st = run("api.openai.com", r, &res);
    gw_req_free(r);
    watch_frees = 0;
    assert_int_equal(st, 0);
    assert_int_equal(freed_secret, 0);
}

/* A large JSON body of n bytes holding SECRET many times, added in pieces of 1,000 bytes; sized
 * first (gw_req_size_body) when sized is set. */
static gw_req_t *large_req(size_t n, int sized)
{
    gw_req_t *r = req_with("application/json", NULL, "", 0);
    if (sized) {
        gw_req_size_body(r, n, n);
    }
    char *b = malloc(n);
    assert_non_null(b);
    size_t o = (size_t)snprintf(b, n, "{\"messages\":[{\"role\":\"user\",\"content\":\"");
    for (unsigned i = 0; o + 200 < n; i++) {
        o += (size_t)snprintf(b + o, n - o, "line %u of the log, mail " SECRET "\\n", i);
    }
    memset(b + o, 'x', n - o - 5);
    memcpy(b + n - 5, "\"}]}\n", 5);
    for (size_t i = 0; i < n; i += 1000) {
        assert_int_equal(gw_req_add_body(r, 1u << 24, b + i, n - i < 1000 ? n - i : 1000), 0);
    }
    free(b);
    return r;
}

/* A body sized before its first byte lands in one chain; one that is small, larger than
 * maxBodyBytes or already begun does not (it is then copied out for the scan, as before). */
static void test_sized_body_is_one_block(void **state)
{
    (void)state;
    gw_req_t *r = large_req(300000, 1);
    assert_int_equal(evbuffer_peek(r->body, -1, NULL, NULL, 0), 1);
    gw_req_free(r);
    r = large_req(300000, 0);
    assert_true(evbuffer_peek(r->body, -1, NULL, NULL, 0) > 1);
    gw_req_free(r);
    gw_req_t *q = req_with("application/json", NULL, "", 0);
    gw_req_size_body(q, 1000, 1u << 20); /* small: chains are cheap to copy */
    gw_req_size_body(q, 300000, 200000); /* above maxBodyBytes */
    assert_int_equal(evbuffer_get_length(q->body), 0);
    assert_int_equal(evbuffer_peek(q->body, -1, NULL, NULL, 0), 0);
    assert_int_equal(evbuffer_add(q->body, "{", 1), 0);
    gw_req_size_body(q, 300000, 1u << 20); /* begun: the hint comes too late */
    assert_int_equal(evbuffer_add(q->body, "}", 1), 0);
    struct evbuffer_iovec v;
    assert_int_equal(evbuffer_peek(q->body, -1, NULL, &v, 1), 1);
    assert_true(v.iov_len == 2);
    gw_req_free(q);
}

/* Scanned where it lies, a one-block body is forwarded byte for byte as the same body copied
 * out of its chains is, and no freed block still holds the value. */
static void test_one_block_body_forwarded_as_chains(void **state)
{
    (void)state;
    size_t n = 300000, len[2];
    char *out[2];
    for (int sized = 0; sized < 2; sized++) {
        gw_req_t *r = large_req(n, sized);
        gw_xform_result_t res;
        freed_secret = 0;
        watch_frees = 1;
        assert_int_equal(run("api.openai.com", r, &res), 0);
        watch_frees = 0;
        assert_int_equal(freed_secret, 0);
        assert_true(res.found > 0);
        len[sized] = evbuffer_get_length(r->body);
        out[sized] = malloc(len[sized]);
        assert_non_null(out[sized]);
        evbuffer_copyout(r->body, out[sized], len[sized]);
        assert_null(memmem(out[sized], len[sized], SECRET, strlen(SECRET)));
        watch_frees = 1;
        gw_req_free(r);
        watch_frees = 0;
        assert_int_equal(freed_secret, 0);
    }
    assert_true(len[0] == len[1]);
    assert_memory_equal(out[0], out[1], len[0]);
    free(out[0]);
    free(out[1]);
}

/* Refused after a scan where it lies (a blocked type), the one-block body is wiped at once: the
 * request keeps no original bytes beside the refusal, as when it was copied out. */
static void test_one_block_body_refused_is_wiped(void **state)
{
    (void)state;
    gw_req_t *r = large_req(300000, 1);
    const char *card = ",\"card\":\"4111 1111 1111 1111\"";
    /* turn the closing "}]}" into "}],"card":"..."} so the body holds a blocked type */
    struct evbuffer *b = r->body;
    size_t n = evbuffer_get_length(b);
    char *all = malloc(n + 64);
    assert_non_null(all);
    evbuffer_copyout(b, all, n);
    assert_memory_equal(all + n - 5, "\"}]}\n", 5);
    gw_req_free(r);
    r = req_with("application/json", NULL, "", 0);
    gw_req_size_body(r, n - 2 + strlen(card) + 2, 1u << 20);
    assert_int_equal(gw_req_add_body(r, 1u << 24, all, n - 2), 0);
    assert_int_equal(gw_req_add_body(r, 1u << 24, card, strlen(card)), 0);
    assert_int_equal(gw_req_add_body(r, 1u << 24, "}\n", 2), 0);
    assert_int_equal(evbuffer_peek(r->body, -1, NULL, NULL, 0), 1);
    free(all);
    gw_xform_result_t res;
    freed_secret = 0;
    watch_frees = 1;
    assert_int_equal(run("api.openai.com", r, &res), 403);
    watch_frees = 0;
    assert_int_equal(freed_secret, 0);
    assert_int_equal(evbuffer_get_length(r->body), 0);
    free(res.error_json);
    gw_req_free(r);
}

/* The rewritten body goes upstream as one block added by reference, which wipes itself when
 * libevent frees it (free_rewritten): dropping the body only drains that block (body_ref names
 * it), and a body that is more than that block, or not it, is wiped chain by chain as before. */
static void test_rewritten_body_dropped_by_reference(void **state)
{
    (void)state;
    gw_req_t *r = large_req(300000, 1);
    gw_xform_result_t res;
    assert_int_equal(run("api.openai.com", r, &res), 0);
    struct evbuffer_iovec v;
    assert_int_equal(evbuffer_peek(r->body, -1, NULL, &v, 1), 1);
    assert_ptr_equal(r->body_ref, v.iov_base);
    gw_req_drop_body(r);
    assert_int_equal(evbuffer_get_length(r->body), 0);
    assert_null(r->body_ref);
    gw_req_free(r);

    /* more than the block: a chain of the value after it is wiped before it is freed */
    r = large_req(300000, 1);
    assert_int_equal(run("api.openai.com", r, &res), 0);
    assert_non_null(r->body_ref);
    assert_int_equal(evbuffer_add(r->body, "x " SECRET " y", strlen(SECRET) + 4), 0);
    freed_secret = 0;
    watch_frees = 1;
    gw_req_drop_body(r);
    watch_frees = 0;
    assert_int_equal(freed_secret, 0);
    assert_int_equal(evbuffer_get_length(r->body), 0);
    gw_req_free(r);

    /* a body that was never rewritten (nothing to replace it with) keeps the plain wipe */
    r = req_with("application/json", NULL, "", 0);
    assert_null(r->body_ref);
    assert_int_equal(gw_req_add_body(r, 1u << 20, "[\"" SECRET "\"]", strlen(SECRET) + 4), 0);
    freed_secret = 0;
    watch_frees = 1;
    gw_req_free(r);
    watch_frees = 0;
    assert_int_equal(freed_secret, 0);
}

int main(void)
{
    event_set_mem_functions(t_malloc, t_realloc, t_free);
    if (!mkdtemp(datadir)) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unscannable_type),
        cmocka_unit_test(test_unknown_encoding),
        cmocka_unit_test(test_corrupt_encoding),
        cmocka_unit_test(test_invalid_json),
        cmocka_unit_test(test_decompressed_too_large),
        cmocka_unit_test(test_policy_block),
        cmocka_unit_test(test_budget_refusal),
        cmocka_unit_test(test_allocation_failure),
        cmocka_unit_test(test_masked_and_forwarded),
        cmocka_unit_test(test_gzip_body_scanned),
        cmocka_unit_test(test_forward_unscannable),
        cmocka_unit_test(test_messages),
        cmocka_unit_test(test_plain_free_leaves_value),
        cmocka_unit_test(test_wipe_free),
        cmocka_unit_test(test_request_wiped),
        cmocka_unit_test(test_sized_body_is_one_block),
        cmocka_unit_test(test_one_block_body_forwarded_as_chains),
        cmocka_unit_test(test_one_block_body_refused_is_wiped),
        cmocka_unit_test(test_rewritten_body_dropped_by_reference),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
