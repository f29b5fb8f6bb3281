/* upstream: requests through the pooled, verified upstream client against the Node mock AI API
 * (tests/helpers/mock-upstream.mjs) on 127.0.0.1. Both protocols, streaming, back-pressure,
 * multiplexing, keep-alive reuse, certificate and guard failures, cancel and timeout.
 * Skips (exit 77) when node is not installed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <fcntl.h>
#include <openssl/sha.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gateway/exchange/exchange.h"

#define TINY "generativelanguage.googleapis.com"

static char dir[64];
static pid_t mock_pid[3];
static unsigned mock_port[3]; /* mock, mock with the untrusted cert, tiny h2 server below */
static struct event_base *base;
static struct evdns_base *dns;
static gw_server_t srv;
static gw_config_t *cfg_main;     /* srv.cfg */
static gw_config_t *cfg_short;    /* upstream_timeout 0.5 s */
static gw_config_t *cfg_insecure; /* acceptInvalidUpstreamCerts */
static struct event *tick;

/* ---- the recording sink -------------------------------------------------------------------- */

typedef struct rec {
    gw_upstream_req_t *h;
    int status, ended, failed, fail_status, calls_after_done;
    char fail_msg[256];
    char ctype[128];
    int has_clen, has_te;
    struct evbuffer *body;
    int ndata;
    size_t backlog;   /* what backlog() answers */
    int cancel_after; /* cancel inside data() after this many calls (0: never) */
    int cancelled;
    int ntrailers;
    struct timeval first_data, done_at;
    SHA256_CTX sha;
    size_t bytes;
    int keep_body; /* 0: hash only */
} rec_t;

static int rec_head(void *arg, int status, const gw_hdrs_t *h)
{
    rec_t *r = arg;
    r->calls_after_done += r->ended || r->failed || r->cancelled;
    r->status = status;
    size_t n;
    const char *ct = gw_hdrs_get(h, "content-type", &n);
    if (ct) {
        snprintf(r->ctype, sizeof(r->ctype), "%.*s", (int)n, ct);
    }
    r->has_clen = gw_hdrs_get(h, "content-length", NULL) != NULL;
    r->has_te = gw_hdrs_get(h, "transfer-encoding", NULL) != NULL;
    return 0;
}

static int rec_data(void *arg, struct evbuffer *chunk)
{
    rec_t *r = arg;
    r->calls_after_done += r->ended || r->failed || r->cancelled;
    size_t n = evbuffer_get_length(chunk);
    if (r->ndata++ == 0) {
        gettimeofday(&r->first_data, NULL);
    }
    r->bytes += n;
    unsigned char *p = evbuffer_pullup(chunk, -1);
    SHA256_Update(&r->sha, p, n);
    if (r->keep_body) {
        evbuffer_add(r->body, p, n);
    }
    evbuffer_drain(chunk, n);
    if (r->cancel_after && r->ndata == r->cancel_after) {
        r->cancelled = 1;
        gw_upstream_cancel(r->h);
    }
    return 0;
}

static void rec_end(void *arg, const gw_hdrs_t *trailers)
{
    rec_t *r = arg;
    r->calls_after_done += r->ended || r->failed || r->cancelled;
    r->ended = 1;
    r->ntrailers = trailers ? (int)trailers->n : 0;
    gettimeofday(&r->done_at, NULL);
}

static void rec_fail(void *arg, int status, const char *msg)
{
    rec_t *r = arg;
    r->calls_after_done += r->ended || r->failed || r->cancelled;
    r->failed = 1;
    r->fail_status = status;
    snprintf(r->fail_msg, sizeof(r->fail_msg), "%s", msg);
    gettimeofday(&r->done_at, NULL);
}

static size_t rec_backlog(void *arg)
{
    return ((rec_t *)arg)->backlog;
}

static const gw_sink_t sink = {rec_head, rec_data, rec_end, rec_fail, rec_backlog};

static void rec_init(rec_t *r)
{
    memset(r, 0, sizeof(*r));
    r->body = evbuffer_new();
    r->keep_body = 1;
    SHA256_Init(&r->sha);
}

static void rec_clear(rec_t *r)
{
    evbuffer_free(r->body);
}

static int rec_done(const rec_t *r)
{
    return r->ended || r->failed;
}

static char *rec_body(rec_t *r)
{
    evbuffer_add(r->body, "", 1);
    return (char *)evbuffer_pullup(r->body, -1);
}

/* ---- helpers ------------------------------------------------------------------------------- */

static double since_ms(const struct timeval *t0)
{
    return gw_elapsed_ms(t0);
}

static void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    (void)arg;
}

/* Run the loop until all n records are done or the time is up. */
static void run_until_done(rec_t *r, size_t n, double secs)
{
    struct timeval t0;
    gettimeofday(&t0, NULL);
    for (;;) {
        size_t done = 0;
        for (size_t i = 0; i < n; i++) {
            done += rec_done(&r[i]);
        }
        if (done == n || since_ms(&t0) > secs * 1000) {
            return;
        }
        event_base_loop(base, EVLOOP_ONCE);
    }
}

static void run_for(double secs)
{
    struct timeval t0;
    gettimeofday(&t0, NULL);
    while (since_ms(&t0) < secs * 1000) {
        event_base_loop(base, EVLOOP_ONCE);
    }
}

static gw_worker_t *worker_new(const gw_boot_t *cfg)
{
    gw_worker_t *w = calloc(1, sizeof(*w));
    w->srv = &srv;
    w->cfg = cfg;
    w->base = base;
    w->dns = dns;
    w->live.next = w->live.prev = &w->live;
    assert_int_equal(gw_reaper_init(&w->reaper, base), 0);
    return w;
}

static void worker_free(gw_worker_t *w)
{
    gw_reaper_run(&w->reaper); /* as gw_worker_cleanup does */
    gw_upstream_worker_free(w);
    gw_reaper_cleanup(&w->reaper);
    free(w);
}

static gw_req_t *req_new(const char *method, const char *path, const char *body)
{
    gw_req_t *q = gw_req_new();
    snprintf(q->method, sizeof(q->method), "%s", method);
    q->path = strdup(path);
    q->client_alpn = "h2";
    if (body) {
        evbuffer_add(q->body, body, strlen(body));
        gw_hdrs_add(&q->hdrs, "Content-Type", 12, "application/json", 16);
    }
    gw_hdrs_add(&q->hdrs, "authorization", 13, "Bearer sk-test", 14);
    gw_hdrs_add(&q->hdrs, "connection", 10, "x-drop-me", 9);
    gw_hdrs_add(&q->hdrs, "x-drop-me", 9, "1", 1);
    return q;
}

static gw_upstream_req_t *send_req(gw_worker_t *w, const char *host, rec_t *r, const char *method,
                                   const char *path, const char *body)
{
    r->h = gw_upstream_send(w, host, 443, req_new(method, path, body), &sink, r);
    assert_non_null(r->h);
    return r->h;
}

static void sha_hex(SHA256_CTX *c, char out[65])
{
    unsigned char d[32];
    SHA256_Final(d, c);
    for (int i = 0; i < 32; i++) {
        snprintf(out + 2 * i, 3, "%02x", d[i]);
    }
}

static void expected_sha(unsigned seed, size_t n, char out[65])
{
    char cmd[512];
    snprintf(cmd, sizeof(cmd),
             "node -e \"import('%s/tests/helpers/pattern.mjs').then(m => "
             "process.stdout.write(m.patternSha256(%u, %zu)))\"",
             HUSH_SOURCE_DIR, seed, n);
    FILE *f = popen(cmd, "r");
    assert_non_null(f);
    assert_non_null(fgets(out, 65, f));
    pclose(f);
}

/* What the mock recorded, as text (GET /__requests). */
static char *recorded(gw_worker_t *w, rec_t *r)
{
    rec_init(r);
    send_req(w, "api.openai.com", r, "GET", "/__requests", NULL);
    run_until_done(r, 1, 10);
    assert_true(r->ended);
    return rec_body(r);
}

/* ---- tests --------------------------------------------------------------------------------- */

static const char chat[] =
    "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hello upstream\"}]}";

static void test_h2_json_post_gets_the_answer_and_sends_clean_headers(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    rec_t r, q;
    rec_init(&r);
    send_req(w, "api.openai.com", &r, "POST", "/v1/chat/completions", chat);
    run_until_done(&r, 1, 10);
    assert_true(r.ended);
    assert_int_equal(r.status, 200);
    assert_string_equal(r.ctype, "application/json");
    assert_true(r.has_clen);
    assert_non_null(strstr(rec_body(&r), "\"content\":\"hello upstream\""));
    assert_int_equal(r.calls_after_done, 0);

    char *rs = recorded(w, &q);
    char *last = strstr(rs, "\"path\":\"/v1/chat/completions\"");
    assert_non_null(last);
    assert_non_null(strstr(last, "\"httpVersion\":\"2.0\""));
    assert_non_null(strstr(last, "\"authority\":\"api.openai.com\""));
    char clen[64];
    snprintf(clen, sizeof(clen), "\"content-length\":\"%zu\"", strlen(chat));
    assert_non_null(strstr(last, clen));
    assert_non_null(strstr(last, "\"authorization\":\"Bearer sk-test\""));
    assert_null(strstr(last, "x-drop-me")); /* named in Connection: hop-by-hop */
    assert_int_equal(gw_upstream_dials_for_tests(w), 1);
    rec_clear(&r);
    rec_clear(&q);
    worker_free(w);
}

static void check_sse_streams(int h1)
{
    gw_worker_t *w = worker_new(srv.cfg);
    gw_upstream_force_h1_for_tests(w, h1);
    rec_t r;
    rec_init(&r);
    struct timeval t0;
    gettimeofday(&t0, NULL);
    send_req(w, "api.openai.com", &r, "GET", "/slow?events=5&interval_ms=150", NULL);
    run_until_done(&r, 1, 10);
    assert_true(r.ended);
    assert_int_equal(r.status, 200);
    assert_string_equal(r.ctype, "text/event-stream; charset=utf-8");
    assert_false(r.has_te);
    assert_false(r.has_clen);
    /* Every event came on its own, as it was sent, not all at the end. */
    assert_true(r.ndata >= 5);
    double first = (double)(r.first_data.tv_sec - t0.tv_sec) * 1000 +
                   (double)(r.first_data.tv_usec - t0.tv_usec) / 1000;
    double last = (double)(r.done_at.tv_sec - t0.tv_sec) * 1000 +
                  (double)(r.done_at.tv_usec - t0.tv_usec) / 1000;
    assert_true(last - first > 500);
    char *b = rec_body(&r);
    assert_true(strncmp(b, "data: {\"i\":0", 12) == 0); /* decoded: no chunk-size lines */
    assert_non_null(strstr(b, "data: {\"i\":4"));
    assert_non_null(strstr(b, "data: [DONE]\n\n"));
    assert_null(strstr(b, "\r\n"));
    rec_clear(&r);
    worker_free(w);
}

static void test_h2_sse_stream_is_delivered_as_it_arrives(void **state)
{
    (void)state;
    check_sse_streams(0);
}

static void test_h1_chunked_sse_is_decoded_and_streamed(void **state)
{
    (void)state;
    check_sse_streams(1);
}

static void test_openai_sse_stream_completes(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    rec_t r;
    rec_init(&r);
    send_req(w, "api.openai.com", &r, "POST", "/v1/chat/completions",
             "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":"
             "\"a fairly long sentence so the stream has many small deltas in it\"}]}");
    run_until_done(&r, 1, 10);
    assert_true(r.ended);
    assert_true(r.ndata > 1);
    assert_non_null(strstr(rec_body(&r), "data: [DONE]"));
    rec_clear(&r);
    worker_free(w);
}

static void check_download(int h1, int pause)
{
    gw_worker_t *w = worker_new(srv.cfg);
    gw_upstream_force_h1_for_tests(w, h1);
    rec_t r;
    rec_init(&r);
    r.keep_body = 0;
    if (pause) {
        r.backlog = GW_BACKLOG_HIGH + 1; /* the client is not reading */
    }
    send_req(w, "api.openai.com", &r, "GET", "/download?bytes=5000000&seed=7", NULL);
    if (pause) {
        struct timeval t0;
        gettimeofday(&t0, NULL);
        while (r.ndata == 0 && since_ms(&t0) < 10000) {
            event_base_loop(base, EVLOOP_ONCE);
        }
        assert_int_equal(r.ndata, 1);
        run_for(0.5);
        /* Paused: no data() at all, and the response is far from complete. */
        assert_int_equal(r.ndata, 1);
        assert_false(rec_done(&r));
        r.backlog = 0;
        gw_upstream_resume(r.h);
    }
    run_until_done(&r, 1, 20);
    assert_true(r.ended);
    assert_int_equal(r.status, 200);
    assert_int_equal(r.bytes, 5000000);
    char got[65], want[65];
    sha_hex(&r.sha, got);
    expected_sha(7, 5000000, want);
    assert_string_equal(got, want);
    rec_clear(&r);
    worker_free(w);
}

static void test_h2_large_download_is_intact(void **state)
{
    (void)state;
    check_download(0, 0);
}

static void test_h1_large_download_is_intact(void **state)
{
    (void)state;
    check_download(1, 0);
}

static void test_h2_backpressure_stops_and_resumes(void **state)
{
    (void)state;
    check_download(0, 1);
}

static void test_h1_backpressure_stops_and_resumes(void **state)
{
    (void)state;
    check_download(1, 1);
}

static void test_h2_100_concurrent_requests_share_one_connection(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    enum { N = 100 };
    rec_t *r = calloc(N, sizeof(*r));
    for (int i = 0; i < N; i++) {
        char body[64];
        snprintf(body, sizeof(body), "{\"n\":%d,\"pad\":\"stream-%03d\"}", i, i);
        rec_init(&r[i]);
        send_req(w, "api.openai.com", &r[i], "POST", "/echo", body);
    }
    run_until_done(r, N, 30);
    for (int i = 0; i < N; i++) {
        char want[80];
        snprintf(want, sizeof(want), "stream-%03d", i);
        assert_true(r[i].ended);
        assert_int_equal(r[i].status, 200);
        char *b = rec_body(&r[i]);
        assert_non_null(strstr(b, want));
        assert_non_null(strstr(b, "\"httpVersion\":\"2.0\""));
        rec_clear(&r[i]);
    }
    assert_int_equal(gw_upstream_dials_for_tests(w), 1);
    free(r);
    worker_free(w);
}

static void test_h1_keepalive_reuses_the_connection(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    gw_upstream_force_h1_for_tests(w, 1);
    for (int i = 0; i < 3; i++) {
        rec_t r;
        rec_init(&r);
        send_req(w, "api.openai.com", &r, "POST", "/echo", "{\"x\":1}");
        run_until_done(&r, 1, 10);
        assert_true(r.ended);
        char *b = rec_body(&r);
        assert_non_null(strstr(b, "\"httpVersion\":\"1.1\""));
        assert_non_null(strstr(b, "\"host\":\"api.openai.com\""));
        assert_non_null(strstr(b, "\"content-length\":\"7\""));
        assert_null(strstr(b, "x-drop-me"));
        rec_clear(&r);
    }
    assert_int_equal(gw_upstream_dials_for_tests(w), 1);
    /* Concurrent h1 requests need more connections, up to the cap. */
    rec_t r[3];
    for (int i = 0; i < 3; i++) {
        rec_init(&r[i]);
        send_req(w, "api.openai.com", &r[i], "GET", "/slow?events=2&interval_ms=100", NULL);
    }
    run_until_done(r, 3, 10);
    for (int i = 0; i < 3; i++) {
        assert_true(r[i].ended);
        rec_clear(&r[i]);
    }
    assert_int_equal(gw_upstream_dials_for_tests(w), 3);
    worker_free(w);
}

static void test_untrusted_upstream_certificate_fails_with_502(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    unsigned long before = atomic_load(&srv.counters.upstream_errors);
    rec_t r;
    rec_init(&r);
    send_req(w, "api.anthropic.com", &r, "POST", "/v1/messages", chat);
    run_until_done(&r, 1, 10);
    assert_true(r.failed);
    assert_int_equal(r.fail_status, 502);
    assert_non_null(strstr(r.fail_msg, "upstream TLS failed"));
    assert_non_null(strstr(r.fail_msg, "certificate"));
    assert_true(atomic_load(&srv.counters.upstream_errors) > before);
    rec_clear(&r);
    worker_free(w);
}

static void test_insecure_mode_accepts_the_untrusted_certificate_and_counts_it(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(&cfg_insecure->boot);
    unsigned long before = atomic_load(&srv.counters.insecure_upstream_uses);
    rec_t r;
    rec_init(&r);
    send_req(w, "api.anthropic.com", &r, "POST", "/v1/messages", chat);
    run_until_done(&r, 1, 10);
    assert_true(r.ended);
    assert_int_equal(r.status, 200);
    assert_int_equal(atomic_load(&srv.counters.insecure_upstream_uses), before + 1);
    rec_clear(&r);
    worker_free(w);
}

static void test_head_response_has_no_body_and_keeps_the_connection(void **state)
{
    (void)state;
    for (int h1 = 0; h1 < 2; h1++) {
        gw_worker_t *w = worker_new(srv.cfg);
        gw_upstream_force_h1_for_tests(w, h1);
        for (int i = 0; i < 2; i++) {
            rec_t r;
            rec_init(&r);
            /* The mock answers HEAD with its 404 JSON head (content-length, no body). */
            send_req(w, "api.openai.com", &r, "HEAD", "/download?bytes=1000", NULL);
            run_until_done(&r, 1, 10);
            assert_true(r.ended);
            assert_int_equal(r.status, 404);
            assert_true(r.has_clen);
            assert_int_equal(r.bytes, 0);
            rec_clear(&r);
        }
        assert_int_equal(gw_upstream_dials_for_tests(w), 1);
        worker_free(w);
    }
}

static void test_blocked_destination_fails_with_403(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    rec_t r;
    rec_init(&r);
    send_req(w, "10.0.0.1", &r, "GET", "/", NULL);
    run_until_done(&r, 1, 10);
    assert_true(r.failed);
    assert_int_equal(r.fail_status, 403);
    assert_int_equal(r.status, 0);
    rec_clear(&r);
    worker_free(w);
}

static void check_cancel(int h1)
{
    gw_worker_t *w = worker_new(srv.cfg);
    gw_upstream_force_h1_for_tests(w, h1);
    rec_t r, q;
    rec_init(&r);
    r.cancel_after = 2;
    char path[64];
    snprintf(path, sizeof(path), "/slow?events=40&interval_ms=50&p=%d", h1);
    send_req(w, "api.openai.com", &r, "GET", path, NULL);
    struct timeval t0;
    gettimeofday(&t0, NULL);
    while (!r.cancelled && since_ms(&t0) < 10000) {
        event_base_loop(base, EVLOOP_ONCE);
    }
    assert_true(r.cancelled);
    run_for(0.5);
    assert_int_equal(r.ndata, 2);
    assert_int_equal(r.calls_after_done, 0);
    assert_false(rec_done(&r));
    /* The upstream saw its client go away. */
    char *rs = recorded(w, &q);
    char want[96];
    snprintf(want, sizeof(want), "\"path\":\"%s\"", path);
    char *slow = strstr(rs, want);
    assert_non_null(slow);
    char *aborted = strstr(slow, "\"aborted\":");
    assert_non_null(aborted);
    if (strncmp(aborted, "\"aborted\":true", 14) != 0) {
        fprintf(stderr, "record: %.600s\n", slow);
    }
    assert_true(strncmp(aborted, "\"aborted\":true", 14) == 0);
    /* h2 keeps the connection (only the stream was reset); h1 had to drop it. */
    assert_int_equal(gw_upstream_dials_for_tests(w), h1 ? 2 : 1);
    rec_clear(&r);
    rec_clear(&q);
    worker_free(w);
}

static void test_h2_cancel_resets_only_the_stream(void **state)
{
    (void)state;
    check_cancel(0);
}

static void test_h1_cancel_closes_the_connection(void **state)
{
    (void)state;
    check_cancel(1);
}

static void test_silent_upstream_times_out_with_504(void **state)
{
    (void)state;
    for (int h1 = 0; h1 < 2; h1++) {
        gw_worker_t *w = worker_new(&cfg_short->boot);
        gw_upstream_force_h1_for_tests(w, h1);
        rec_t r;
        rec_init(&r);
        send_req(w, "api.openai.com", &r, "GET", "/slow?events=3&interval_ms=3000", NULL);
        run_until_done(&r, 1, 10);
        assert_true(r.failed);
        assert_int_equal(r.status, 200); /* the head came; then silence */
        assert_int_equal(r.fail_status, 504);
        assert_non_null(strstr(r.fail_msg, "silent"));
        rec_clear(&r);
        worker_free(w);
    }
}

static void test_queued_cancel_and_worker_free_are_quiet(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    rec_t r[2];
    rec_init(&r[0]);
    rec_init(&r[1]);
    send_req(w, "api.openai.com", &r[0], "POST", "/echo", "{}");
    gw_upstream_cancel(r[0].h); /* before it was even dispatched */
    send_req(w, "api.openai.com", &r[1], "GET", "/slow?events=100&interval_ms=50", NULL);
    run_for(0.5);
    assert_false(rec_done(&r[0]));
    assert_int_equal(r[0].ndata, 0);
    assert_true(r[1].ndata > 0);
    worker_free(w); /* in flight: no sink call, no leak */
    assert_false(rec_done(&r[1]));
    rec_clear(&r[0]);
    rec_clear(&r[1]);
}

/* A tiny h2-only server for what the mock cannot do: a stream limit of 2, a GOAWAY that refuses
 * one request, trailers. Served for generativelanguage.googleapis.com. */
static const char tiny_h2[] =
    "import http2 from 'node:http2'; import fs from 'node:fs';"
    "const [cert, key, pf] = process.argv.slice(1);"
    "let active = 0, max = 0; const seen = new Set();"
    "const s = http2.createSecureServer({cert: fs.readFileSync(cert), key: fs.readFileSync(key),"
    "  settings: {maxConcurrentStreams: 2}});"
    "s.on('stream', (st, h) => { const p = h[':path']; st.on('error', () => {});"
    "  if (p === '/max') { st.respond({':status': 200}); st.end(JSON.stringify({max})); return; }"
    "  if (p.startsWith('/goaway')) { if (!seen.has(p)) { seen.add(p);"
    "      st.session.goaway(0, Math.max(0, st.id - 2)); return; }"
    "    st.respond({':status': 200}); st.end('retried'); return; }"
    "  if (p === '/trailers') { st.respond({':status': 200}, {waitForTrailers: true});"
    "    st.on('wantTrailers', () => st.sendTrailers({'x-checksum': 'abc'})); st.end('body');"
    "    return; }"
    "  if (p === '/cut') { st.respond({':status': 200}); st.write('partial');"
    "    setTimeout(() => st.session.socket.destroy(), 50); return; }"
    "  active++; max = Math.max(max, active);"
    "  setTimeout(() => { active--; st.respond({':status': 200}); st.end('held'); }, 100); });"
    "s.listen(0, '127.0.0.1', () => { fs.writeFileSync(pf + '.tmp', s.address().port + '\\n');"
    "  fs.renameSync(pf + '.tmp', pf); });"
    "process.on('SIGTERM', () => process.exit(0));";

static void test_h2_stream_limit_is_honoured_by_queueing(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    enum { N = 7 };
    rec_t r[N];
    for (int i = 0; i < N; i++) {
        rec_init(&r[i]);
        send_req(w, TINY, &r[i], "GET", "/hold", NULL);
    }
    run_until_done(r, N, 10);
    for (int i = 0; i < N; i++) {
        assert_true(r[i].ended);
        assert_string_equal(rec_body(&r[i]), "held");
        rec_clear(&r[i]);
    }
    rec_t m;
    rec_init(&m);
    send_req(w, TINY, &m, "GET", "/max", NULL);
    run_until_done(&m, 1, 10);
    assert_string_equal(rec_body(&m), "{\"max\":2}");
    assert_int_equal(gw_upstream_dials_for_tests(w), 1);
    rec_clear(&m);
    worker_free(w);
}

static void test_h2_goaway_refused_request_is_retried_on_a_new_connection(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    /* Stream 1 (/hold) is below the GOAWAY's last stream id and completes on the old
     * connection; stream 3 was refused and is sent again on a new one. */
    rec_t r[2];
    rec_init(&r[0]);
    rec_init(&r[1]);
    send_req(w, TINY, &r[0], "GET", "/hold", NULL);
    send_req(w, TINY, &r[1], "GET", "/goaway-1", NULL);
    run_until_done(r, 2, 10);
    assert_true(r[0].ended);
    assert_string_equal(rec_body(&r[0]), "held");
    assert_true(r[1].ended);
    assert_string_equal(rec_body(&r[1]), "retried");
    assert_int_equal(gw_upstream_dials_for_tests(w), 2);
    rec_clear(&r[0]);
    rec_clear(&r[1]);
    worker_free(w);
}

static void test_h2_trailers_reach_the_sink(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    rec_t r;
    rec_init(&r);
    send_req(w, TINY, &r, "GET", "/trailers", NULL);
    run_until_done(&r, 1, 10);
    assert_true(r.ended);
    assert_string_equal(rec_body(&r), "body");
    assert_int_equal(r.ntrailers, 1);
    rec_clear(&r);
    worker_free(w);
}

static void test_upstream_closing_mid_response_fails_with_502(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new(srv.cfg);
    rec_t r;
    rec_init(&r);
    send_req(w, TINY, &r, "GET", "/cut", NULL);
    run_until_done(&r, 1, 10);
    assert_true(r.failed);
    assert_int_equal(r.status, 200);
    assert_string_equal(rec_body(&r), "partial");
    assert_int_equal(r.fail_status, 502);
    assert_string_equal(r.fail_msg, "upstream closed the connection mid-response");
    rec_clear(&r);
    worker_free(w);
}

/* ---- fixture ------------------------------------------------------------------------------- */

static pid_t start_mock(const char *cert, const char *key, const char *portfile)
{
    pid_t pid = fork();
    if (pid == 0) {
        char script[512];
        snprintf(script, sizeof(script), "%s/tests/helpers/mock-upstream.mjs", HUSH_SOURCE_DIR);
        int null = open("/dev/null", 1);
        dup2(null, 1);
        execlp("node", "node", script, "--port", "0", "--cert", cert, "--key", key, "--port-file",
               portfile, (char *)NULL);
        _exit(127);
    }
    return pid;
}

static pid_t start_tiny(const char *cert, const char *key, const char *portfile)
{
    pid_t pid = fork();
    if (pid == 0) {
        execlp("node", "node", "--input-type=module", "-e", tiny_h2, cert, key, portfile,
               (char *)NULL);
        _exit(127);
    }
    return pid;
}

static unsigned wait_port(const char *portfile)
{
    for (int i = 0; i < 200; i++) {
        FILE *f = fopen(portfile, "r");
        unsigned p = 0;
        if (f) {
            if (fscanf(f, "%u", &p) != 1) {
                p = 0;
            }
            fclose(f);
        }
        if (p) {
            return p;
        }
        usleep(50 * 1000);
    }
    return 0;
}

static gw_config_t *load_cfg(const char *timeout, int insecure)
{
    char e1[] = "HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8";
    char e2[256], e3[384], e4[64];
    snprintf(e2, sizeof(e2), "HUSH_UPSTREAM_CA_FILE=%s/ca.pem", dir);
    snprintf(e3, sizeof(e3),
             "HUSH_UPSTREAM_OVERRIDES=api.openai.com:443=127.0.0.1:%u,"
             "api.anthropic.com:443=127.0.0.1:%u,"
             "generativelanguage.googleapis.com:443=127.0.0.1:%u",
             mock_port[0], mock_port[1], mock_port[2]);
    snprintf(e4, sizeof(e4), "HUSH_TIMEOUT_UPSTREAM=%s", timeout);
    char e5[] = "HUSH_ACCEPT_INVALID_UPSTREAM_CERTS=true";
    char *env[] = {e1, e2, e3, e4, insecure ? e5 : NULL, NULL};
    char err[256];
    gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
    if (!c) {
        fprintf(stderr, "config: %s\n", err);
    }
    return c;
}

static int setup(void **state)
{
    (void)state;
    if (system("node --version >/dev/null 2>&1") != 0) {
        fprintf(stderr, "test_upstream: SKIP: node is not installed (needed for the mock)\n");
        exit(77);
    }
    snprintf(dir, sizeof(dir), "/tmp/hush-upstream-XXXXXX");
    if (!mkdtemp(dir)) {
        return -1;
    }
    char cmd[512], cert[128], key[128], pf[128];
    snprintf(cmd, sizeof(cmd), "bash %s/tests/helpers/gen-test-pki.sh %s >/dev/null",
             HUSH_SOURCE_DIR, dir);
    if (system(cmd) != 0) {
        return -1;
    }
    static const char *const names[2] = {"server", "other"};
    for (int i = 0; i < 2; i++) {
        snprintf(cert, sizeof(cert), "%s/%s.pem", dir, names[i]);
        snprintf(key, sizeof(key), "%s/%s.key", dir, names[i]);
        snprintf(pf, sizeof(pf), "%s/port%d", dir, i);
        mock_pid[i] = start_mock(cert, key, pf);
    }
    snprintf(cert, sizeof(cert), "%s/server.pem", dir);
    snprintf(key, sizeof(key), "%s/server.key", dir);
    snprintf(pf, sizeof(pf), "%s/port2", dir);
    mock_pid[2] = start_tiny(cert, key, pf);
    for (int i = 0; i < 3; i++) {
        snprintf(pf, sizeof(pf), "%s/port%d", dir, i);
        mock_port[i] = wait_port(pf);
        if (!mock_port[i]) {
            fprintf(stderr, "mock upstream did not start\n");
            return -1;
        }
    }
    signal(SIGPIPE, SIG_IGN);
    gw_log_set_level(getenv("HUSH_TEST_DEBUG") ? GW_LOG_DEBUG : GW_LOG_WARN);
    base = event_base_new();
    dns = evdns_base_new(base, 0);
    cfg_main = load_cfg("300", 0);
    cfg_short = load_cfg("0.5", 0);
    cfg_insecure = load_cfg("300", 1);
    if (!cfg_main || !cfg_short || !cfg_insecure) {
        return -1;
    }
    char err[256];
    srv.cfg = &cfg_main->boot;
    srv.tls_client = gw_tls_client_ctx_new(srv.cfg, err, sizeof(err));
    if (!srv.tls_client) {
        fprintf(stderr, "tls: %s\n", err);
        return -1;
    }
    tick = event_new(base, -1, EV_PERSIST, on_tick, NULL);
    struct timeval tv = {0, 50 * 1000};
    evtimer_add(tick, &tv);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (int i = 0; i < 3; i++) {
        if (mock_pid[i] > 0) {
            kill(mock_pid[i], SIGTERM);
            waitpid(mock_pid[i], NULL, 0);
        }
    }
    if (tick) {
        event_free(tick);
    }
    SSL_CTX_free(srv.tls_client);
    gw_config_free(cfg_main);
    gw_config_free(cfg_short);
    gw_config_free(cfg_insecure);
    if (dns) {
        evdns_base_free(dns, 0);
    }
    if (base) {
        event_base_free(base);
    }
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_h2_json_post_gets_the_answer_and_sends_clean_headers),
        cmocka_unit_test(test_h2_sse_stream_is_delivered_as_it_arrives),
        cmocka_unit_test(test_h1_chunked_sse_is_decoded_and_streamed),
        cmocka_unit_test(test_openai_sse_stream_completes),
        cmocka_unit_test(test_h2_large_download_is_intact),
        cmocka_unit_test(test_h1_large_download_is_intact),
        cmocka_unit_test(test_h2_backpressure_stops_and_resumes),
        cmocka_unit_test(test_h1_backpressure_stops_and_resumes),
        cmocka_unit_test(test_h2_100_concurrent_requests_share_one_connection),
        cmocka_unit_test(test_h1_keepalive_reuses_the_connection),
        cmocka_unit_test(test_h2_stream_limit_is_honoured_by_queueing),
        cmocka_unit_test(test_h2_goaway_refused_request_is_retried_on_a_new_connection),
        cmocka_unit_test(test_h2_trailers_reach_the_sink),
        cmocka_unit_test(test_upstream_closing_mid_response_fails_with_502),
        cmocka_unit_test(test_untrusted_upstream_certificate_fails_with_502),
        cmocka_unit_test(test_insecure_mode_accepts_the_untrusted_certificate_and_counts_it),
        cmocka_unit_test(test_head_response_has_no_body_and_keeps_the_connection),
        cmocka_unit_test(test_blocked_destination_fails_with_403),
        cmocka_unit_test(test_h2_cancel_resets_only_the_stream),
        cmocka_unit_test(test_h1_cancel_closes_the_connection),
        cmocka_unit_test(test_silent_upstream_times_out_with_504),
        cmocka_unit_test(test_queued_cancel_and_worker_free_are_quiet),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
