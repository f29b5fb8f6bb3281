/* inspect: the inspector's memory (gateway/core/inspect.c): the ring keeps the newest records and
 * nothing when off, the per-minute buckets count requests, PII types, refusal codes and latency,
 * connection decisions get bounded refusal codes, feeding from many threads loses nothing, and
 * the page is embedded with no outside references. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/front/front.h"

static gw_server_t srv; /* counters only */

static int setup(void **state)
{
    (void)state;
    gw_inspect_reset();
    gw_inspect_enable(&srv);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    gw_inspect_enable(NULL);
    gw_inspect_reset();
    return 0;
}

static void feed(const char *host, const char *pii_type, int n, const char *action,
                 const char *refusal, double ms)
{
    json_t *r = json_pack("{s:s, s:s, s:s, s:s, s:i, s:f, s:{}, s:s, s:s?}", "time",
                          "2026-12-02T00:00:00.000Z", "client", "127.0.0.1:1", "host", host, "path",
                          "/v1/chat/completions", "status", refusal ? 400 : 200, "duration_ms", ms,
                          "pii", "action", action, "refusal", refusal);
    if (pii_type) {
        json_object_set_new(json_object_get(r, "pii"), pii_type, json_integer(n));
    }
    gw_inspect_record(r, NULL);
    json_decref(r);
}

static json_t *recent(uint64_t after, size_t limit)
{
    char *s = gw_inspect_recent_json(after, limit);
    assert_non_null(s);
    json_t *j = json_loads(s, 0, NULL);
    free(s);
    assert_non_null(j);
    return j;
}

static json_t *stats(void)
{
    char *s = gw_inspect_stats_json();
    assert_non_null(s);
    json_t *j = json_loads(s, 0, NULL);
    free(s);
    assert_non_null(j);
    return j;
}

/* The sum of a per-minute field over the hour (minutes may straddle a boundary). */
static long long hour_sum(json_t *st, const char *field, const char *key)
{
    long long sum = 0;
    size_t i;
    json_t *m;
    json_array_foreach(json_object_get(st, "minutes"), i, m)
    {
        json_t *v = json_object_get(m, field);
        sum += key ? json_integer_value(json_object_get(v, key)) : json_integer_value(v);
    }
    return sum;
}

static void test_records_nothing_when_off(void **state)
{
    (void)state;
    gw_inspect_enable(NULL);
    feed("api.openai.com", "EMAIL", 1, "masked", NULL, 5);
    gw_inspect_conn("127.0.0.1:2", "example.com", 25, "blocked", 403, "port", 1);
    gw_inspect_enable(&srv);
    json_t *j = recent(0, 0);
    assert_int_equal(json_array_size(json_object_get(j, "records")), 0);
    assert_int_equal(json_integer_value(json_object_get(j, "seq")), 0);
    json_decref(j);
}

static void test_ring_keeps_the_newest_records_in_order(void **state)
{
    (void)state;
    for (int i = 0; i < GW_INSPECT_RING + 10; i++) {
        feed("api.openai.com", NULL, 0, "none", NULL, 1);
    }
    json_t *j = recent(0, 0);
    json_t *recs = json_object_get(j, "records");
    assert_int_equal(json_array_size(recs), GW_INSPECT_RING);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(recs, 0), "seq")), 11);
    assert_int_equal(
        json_integer_value(json_object_get(json_array_get(recs, GW_INSPECT_RING - 1), "seq")),
        GW_INSPECT_RING + 10);
    json_decref(j);
    j = recent(GW_INSPECT_RING + 5, 0); /* only what came after */
    assert_int_equal(json_array_size(json_object_get(j, "records")), 5);
    json_decref(j);
    j = recent(0, 3); /* the newest three */
    recs = json_object_get(j, "records");
    assert_int_equal(json_array_size(recs), 3);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(recs, 0), "seq")),
                     GW_INSPECT_RING + 8);
    json_decref(j);
}

static void test_stats_count_types_refusals_and_latency(void **state)
{
    (void)state;
    for (int i = 0; i < 90; i++) {
        feed("api.openai.com", "EMAIL", 2, "masked", NULL, 10);
    }
    for (int i = 0; i < 10; i++) {
        feed("api.openai.com", "CREDIT_CARD", 1, "masked", NULL, 1000);
    }
    feed("api.openai.com", NULL, 0, "refused", "hush_invalid_json", 0.05);
    feed("api.anthropic.com", "IBAN", 1, "blocked", "hush_blocked_pii", 3);
    json_t *st = stats();
    assert_int_equal(json_array_size(json_object_get(st, "minutes")), GW_INSPECT_MINUTES);
    assert_int_equal(hour_sum(st, "requests", NULL), 102);
    assert_int_equal(hour_sum(st, "pii", "EMAIL"), 180);
    assert_int_equal(hour_sum(st, "pii", "CREDIT_CARD"), 10);
    assert_int_equal(hour_sum(st, "refusals", NULL), 2);
    assert_int_equal(hour_sum(st, "reasons", "hush_invalid_json"), 1);
    assert_int_equal(hour_sum(st, "reasons", "hush_blocked_pii"), 1);
    /* the current minute holds them all unless a minute ended meanwhile: check it when it does */
    json_t *now = json_array_get(json_object_get(st, "minutes"), GW_INSPECT_MINUTES - 1);
    if (json_integer_value(json_object_get(now, "requests")) == 102) {
        json_t *lat = json_object_get(now, "latency_ms");
        double p50 = json_number_value(json_object_get(lat, "p50"));
        double p99 = json_number_value(json_object_get(lat, "p99"));
        assert_true(p50 > 9.0 && p50 < 11.0);     /* 10 ms, within a quarter-doubling bucket */
        assert_true(p99 > 900.0 && p99 < 1100.0); /* 1 s */
    }
    json_decref(st);
}

static void test_connections_get_bounded_refusal_codes(void **state)
{
    (void)state;
    gw_inspect_conn("10.0.0.1:5", "example.com", 25, "blocked", 403,
                    "destination port not allowed (see connectPorts)", 0.2);
    gw_inspect_conn("10.0.0.1:6", "example.com", 443, "auth_required", 407, "x", 0.1);
    gw_inspect_conn("10.0.0.1:7", "example.org", 443, "tunnel", 200, NULL, 50);
    gw_inspect_conn("10.0.0.1:8", "hush", 0, "control", 200, NULL, 1);         /* hush itself */
    gw_inspect_conn("10.0.0.1:9", "", 0, "none", 0, NULL, 1);                  /* left early */
    gw_inspect_conn("10.0.0.1:10", "a\x01\xff", 443, "connect", 502, "no", 1); /* printable */
    gw_inspect_conn("10.0.0.1:11", "api.openai.com", 443, "tls_handshake_failed", 0,
                    "tlsv1 alert unknown ca", 3);
    json_t *j = recent(0, 0);
    json_t *recs = json_object_get(j, "records");
    assert_int_equal(json_array_size(recs), 5);
    json_t *r4 = json_object_get(json_array_get(recs, 4), "record");
    assert_string_equal(json_string_value(json_object_get(r4, "refusal")),
                        "hush_tls_handshake_failed");
    assert_string_equal(json_string_value(json_object_get(r4, "reason")), "tlsv1 alert unknown ca");
    json_t *r0 = json_object_get(json_array_get(recs, 0), "record");
    assert_string_equal(json_string_value(json_object_get(r0, "refusal")),
                        "hush_blocked_destination");
    assert_string_equal(json_string_value(json_object_get(r0, "kind")), "connection");
    json_t *r2 = json_object_get(json_array_get(recs, 2), "record");
    assert_null(json_string_value(json_object_get(r2, "refusal")));
    assert_string_equal(json_string_value(json_object_get(r2, "action")), "tunnel");
    json_t *r3 = json_object_get(json_array_get(recs, 3), "record");
    assert_string_equal(json_string_value(json_object_get(r3, "host")), "a??");
    assert_string_equal(json_string_value(json_object_get(r3, "refusal")), "hush_unreachable");
    json_decref(j);
    json_t *st = stats();
    assert_int_equal(hour_sum(st, "connections", NULL), 5);
    assert_int_equal(hour_sum(st, "reasons", "hush_auth_required"), 1);
    json_decref(st);
}

static void test_frames_are_sse_and_bounded_by_upto(void **state)
{
    (void)state;
    for (int i = 0; i < 5; i++) {
        feed("api.openai.com", NULL, 0, "none", NULL, 1);
    }
    struct evbuffer *b = evbuffer_new();
    uint64_t after = 1;
    gw_inspect_frames(&after, 3, b);
    assert_int_equal(after, 3);
    size_t n = evbuffer_get_length(b);
    char *s = calloc(1, n + 1);
    evbuffer_remove(b, s, n);
    assert_non_null(strstr(s, "id: 2\ndata: {"));
    assert_non_null(strstr(s, "id: 3\ndata: {"));
    assert_null(strstr(s, "id: 4\n"));
    assert_int_equal(s[n - 1], '\n');
    assert_int_equal(s[n - 2], '\n');
    free(s);
    gw_inspect_frames(&after, UINT64_MAX, b);
    assert_int_equal(after, 5);
    evbuffer_free(b);
}

#define THREADS 4
#define PER_THREAD 2000

static void *feeder(void *arg)
{
    (void)arg;
    for (int i = 0; i < PER_THREAD; i++) {
        if (i % 2) {
            feed("api.openai.com", "EMAIL", 1, "masked", NULL, 2);
        } else {
            gw_inspect_conn("127.0.0.1:3", "example.org", 443, "tunnel", 200, NULL, 5);
        }
    }
    return NULL;
}

static void test_feeding_from_threads_loses_nothing(void **state)
{
    (void)state;
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) {
        assert_int_equal(pthread_create(&t[i], NULL, feeder, NULL), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
    }
    assert_int_equal(gw_inspect_head(), THREADS * PER_THREAD);
    json_t *st = stats();
    assert_int_equal(hour_sum(st, "requests", NULL), THREADS * PER_THREAD / 2);
    assert_int_equal(hour_sum(st, "connections", NULL), THREADS * PER_THREAD / 2);
    assert_int_equal(hour_sum(st, "pii", "EMAIL"), THREADS * PER_THREAD / 2);
    json_decref(st);
    json_t *j = recent(0, 0);
    assert_int_equal(json_array_size(json_object_get(j, "records")), GW_INSPECT_RING);
    json_decref(j);
}

static const gw_asset_t *find(const char *name)
{
    for (const gw_asset_t *a = gw_inspector_assets; a->name; a++) {
        if (!strcmp(a->name, name)) {
            return a;
        }
    }
    return NULL;
}

static void test_page_is_embedded_with_nothing_from_outside(void **state)
{
    (void)state;
    const char *names[] = {"index.html", "app.js", "app.css"};
    for (size_t i = 0; i < 3; i++) {
        const gw_asset_t *a = find(names[i]);
        assert_non_null(a);
        assert_true(a->len > 100);
        char *s = calloc(1, a->len + 1);
        memcpy(s, a->data, a->len);
        assert_null(strstr(s, "https://"));
        /* the one http:// is the SVG namespace name, which is never fetched */
        const char *h = strstr(s, "http://");
        assert_true(!h || !strncmp(h, "http://www.w3.org/2000/svg", 26));
        assert_null(h ? strstr(h + 1, "http://") : NULL);
        assert_null(strstr(s, "innerHTML"));
        free(s);
    }
    const gw_asset_t *idx = find("index.html");
    assert_non_null(memmem(idx->data, idx->len, "/inspector/app.js", 17));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_records_nothing_when_off, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ring_keeps_the_newest_records_in_order, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_stats_count_types_refusals_and_latency, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_connections_get_bounded_refusal_codes, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_frames_are_sse_and_bounded_by_upto, setup, teardown),
        cmocka_unit_test_setup_teardown(test_feeding_from_threads_loses_nothing, setup, teardown),
        cmocka_unit_test(test_page_is_embedded_with_nothing_from_outside),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
