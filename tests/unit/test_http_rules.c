/* http rules: the header rules every intercepted request and response passes through
 * (RFC 9110 7.6.1 hop-by-hop headers, Connection-named headers, framing headers named in
 * Connection, the header list's lower-casing, the authority an intercepted connection serves,
 * authority splitting) and the error responses hush writes itself (their Content-Length is the
 * body's length, counted, not typed). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <event2/buffer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/http/http.h"

static int hop(const char *name, const char *connection)
{
    return gw_is_hop_by_hop(name, strlen(name), connection, connection ? strlen(connection) : 0);
}

static void test_hop_by_hop_fixed(void **state)
{
    (void)state;
    const char *hops[] = {"connection", "Keep-Alive",          "proxy-connection",   "TE",
                          "trailer",    "Proxy-Authorization", "proxy-authenticate", "upgrade"};
    for (size_t i = 0; i < sizeof(hops) / sizeof(hops[0]); i++) {
        assert_true(hop(hops[i], NULL));
    }
    const char *end_to_end[] = {"content-type",
                                "authorization",
                                "x-api-key",
                                "te2",
                                "t",
                                "connectionx",
                                "upgrade-insecure-requests",
                                "accept"};
    for (size_t i = 0; i < sizeof(end_to_end) / sizeof(end_to_end[0]); i++) {
        assert_false(hop(end_to_end[i], NULL));
    }
}

static void test_hop_by_hop_named_in_connection(void **state)
{
    (void)state;
    assert_true(hop("x-trace", "close, X-Trace"));
    assert_true(hop("x-trace", "x-trace"));
    assert_true(hop("X-TRACE", "\tx-trace ,keep-alive"));
    assert_false(hop("x-trace", "x-trace-id"));
    assert_false(hop("x-trace-id", "x-trace"));
    assert_false(hop("x-trace", ""));
    assert_false(hop("x-trace", ", ,"));
}

static void test_hdr_is_hop_uses_the_list(void **state)
{
    (void)state;
    gw_hdrs_t h = {0};
    assert_int_equal(gw_hdrs_add(&h, "Connection", 10, "X-Debug", 7), 0);
    assert_int_equal(gw_hdrs_add(&h, "X-Debug", 7, "1", 1), 0);
    assert_true(gw_hdr_is_hop("x-debug", 7, &h));
    /* Transfer-Encoding never crosses: each hop frames the body itself. */
    assert_true(gw_hdr_is_hop("transfer-encoding", 17, NULL));
    assert_false(gw_hdr_is_hop("content-type", 12, &h));
    gw_hdrs_clear(&h);
    assert_null(h.v);
    assert_int_equal(h.n, 0);
}

static void test_hdrs_list(void **state)
{
    (void)state;
    gw_hdrs_t h = {0};
    for (int i = 0; i < 40; i++) { /* past the first growth */
        char name[16], value[16];
        int nl = snprintf(name, sizeof(name), "X-H%d", i);
        int vl = snprintf(value, sizeof(value), "V%d", i);
        assert_int_equal(gw_hdrs_add(&h, name, (size_t)nl, value, (size_t)vl), 0);
    }
    assert_int_equal(gw_hdrs_add(&h, "X-H3", 4, "second", 6), 0);
    size_t vl = 0;
    const char *v = gw_hdrs_get(&h, "x-h3", &vl); /* names are stored lower-case */
    assert_non_null(v);
    assert_string_equal(v, "V3"); /* the first of two */
    assert_int_equal(vl, 2);
    assert_null(gw_hdrs_get(&h, "X-H3", NULL)); /* lookups take a lower-case name */
    gw_hdrs_del(&h, "x-h3");                    /* every one of that name */
    assert_null(gw_hdrs_get(&h, "x-h3", NULL));
    assert_int_equal(h.n, 39);
    assert_string_equal(gw_hdrs_get(&h, "x-h39", NULL), "V39");
    /* Values keep their bytes, including ones a header may not carry on the wire: the writer
     * decides; the list does not lose anything silently. */
    assert_int_equal(gw_hdrs_add(&h, "x-bin", 5, "a\0b", 3), 0);
    assert_non_null(gw_hdrs_get(&h, "x-bin", &vl));
    assert_int_equal(vl, 3);
    gw_hdrs_clear(&h);
}

/* A field is one allocation (name and value together): replacing a value keeps the name and the
 * other fields, and del/clear free each field once (the sanitizer build checks the frees). */
static void test_hdrs_set_value_replaces_one_value(void **state)
{
    (void)state;
    gw_hdrs_t h = {0};
    assert_int_equal(gw_hdrs_add(&h, "X-A", 3, "one", 3), 0);
    assert_int_equal(gw_hdrs_add(&h, "Authorization", 13, "Bearer secret", 13), 0);
    assert_int_equal(gw_hdrs_add(&h, "X-C", 3, "three", 5), 0);
    assert_int_equal(gw_hdrs_set_value(&h, 1, "Bearer [masked-token-1]", 23), 0);
    size_t vl = 0;
    assert_string_equal(gw_hdrs_get(&h, "authorization", &vl), "Bearer [masked-token-1]");
    assert_int_equal(vl, 23);
    assert_string_equal(h.v[1].name, "authorization");
    assert_int_equal(h.v[1].nlen, 13);
    assert_string_equal(gw_hdrs_get(&h, "x-a", NULL), "one");
    assert_string_equal(gw_hdrs_get(&h, "x-c", NULL), "three");
    assert_int_equal(gw_hdrs_set_value(&h, 2, "", 0), 0);
    assert_string_equal(gw_hdrs_get(&h, "x-c", &vl), "");
    assert_int_equal(vl, 0);
    assert_int_equal(gw_hdrs_set_value(&h, 3, "x", 1), -1); /* no such field */
    gw_hdrs_del(&h, "x-a");
    assert_int_equal(h.n, 2);
    assert_string_equal(h.v[0].name, "authorization");
    gw_hdrs_clear(&h);
}

/* gw_copy_str is snprintf(dst, cap, "%.*s", n, src) without printf: same bytes, same truncation. */
static void test_copy_str_matches_snprintf(void **state)
{
    (void)state;
    const char *srcs[] = {"", "GET", "application/json; charset=utf-8", "a\0bc"};
    size_t caps[] = {1, 2, 4, 8, 64};
    size_t ns[] = {0, 1, 3, 5, 100, SIZE_MAX};
    for (size_t i = 0; i < sizeof(srcs) / sizeof(srcs[0]); i++) {
        for (size_t j = 0; j < sizeof(caps) / sizeof(caps[0]); j++) {
            for (size_t k = 0; k < sizeof(ns) / sizeof(ns[0]); k++) {
                char want[64], got[64];
                memset(want, 'x', sizeof(want));
                memset(got, 'x', sizeof(got));
                int prec = ns[k] > 1000 ? 1000 : (int)ns[k];
                snprintf(want, caps[j], "%.*s", prec, srcs[i]);
                gw_copy_str(got, caps[j], srcs[i], ns[k]);
                assert_memory_equal(want, got, sizeof(want));
            }
        }
    }
}

static void test_authority_is_host(void **state)
{
    (void)state;
    assert_true(gw_authority_is_host("api.openai.com", "api.openai.com"));
    assert_true(gw_authority_is_host("API.OpenAI.com:443", "api.openai.com"));
    assert_true(gw_authority_is_host("api.openai.com.", "api.openai.com"));
    assert_true(gw_authority_is_host("api.openai.com", "api.openai.com."));
    assert_true(gw_authority_is_host("[::1]:8443", "[::1]"));
    assert_false(gw_authority_is_host("api.openai.com.evil.test", "api.openai.com"));
    assert_false(gw_authority_is_host("evil.test", "api.openai.com"));
    assert_false(gw_authority_is_host("api.openai.co", "api.openai.com"));
    assert_false(gw_authority_is_host("user@api.openai.com", "api.openai.com"));
    assert_false(gw_authority_is_host("api.openai.com/x", "api.openai.com"));
    assert_false(gw_authority_is_host("", "api.openai.com"));
}

static void test_split_authority(void **state)
{
    (void)state;
    char host[64];
    unsigned port = 0;
    assert_int_equal(gw_split_authority("example.test:8080", 17, host, sizeof(host), &port, 443),
                     0);
    assert_string_equal(host, "example.test");
    assert_int_equal(port, 8080);
    assert_int_equal(gw_split_authority("example.test", 12, host, sizeof(host), &port, 443), 0);
    assert_int_equal(port, 443);
    assert_int_equal(gw_split_authority("[2001:db8::1]:9", 15, host, sizeof(host), &port, 443), 0);
    assert_string_equal(host, "[2001:db8::1]");
    assert_int_equal(port, 9);
    const char *bad[] = {"",      ":443",       "2001:db8::1",   "[::1",     "[::1]x",
                         "a b:1", "host:99999", "user@host:443", "host/x:1", "host:port"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_not_equal(
            gw_split_authority(bad[i], strlen(bad[i]), host, sizeof(host), &port, 443), 0);
    }
    /* A host longer than the caller's buffer is refused, never cut. */
    assert_int_not_equal(gw_split_authority("abcdefgh.test", 13, host, 8, &port, 443), 0);
}

static gw_head_t *parse(const char *raw)
{
    gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 8192);
    assert_non_null(h);
    assert_true(gw_head_feed(h, raw, strlen(raw)) > 0);
    return h;
}

static void test_connection_names_framing(void **state)
{
    (void)state;
    gw_head_t *h = parse("POST / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, Content-Length\r\n"
                         "Content-Length: 2\r\n\r\n");
    assert_true(gw_connection_names_framing(h));
    gw_head_free(h);
    h = parse("POST / HTTP/1.1\r\nHost: a\r\nconnection: TRANSFER-ENCODING\r\n"
              "Content-Length: 2\r\n\r\n");
    assert_true(gw_connection_names_framing(h));
    gw_head_free(h);
    h = parse("POST / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, content-length-x\r\n"
              "Content-Length: 2\r\n\r\n");
    assert_false(gw_connection_names_framing(h));
    gw_head_free(h);
    h = parse("GET / HTTP/1.1\r\nHost: a\r\nX-Connection: content-length\r\n\r\n");
    assert_false(gw_connection_names_framing(h));
    gw_head_free(h);
}

/* Every error hush writes: the status line, and a Content-Length equal to the body's length. */
static void test_error_responses_frame_their_body(void **state)
{
    (void)state;
    const int statuses[] = {400, 403, 405, 407, 413, 414, 421, 426, 429, 431, 501, 502, 503, 504};
    const char *texts[] = {"", "x", "request body is not valid JSON", "caf\xc3\xa9"};
    for (size_t s = 0; s < sizeof(statuses) / sizeof(statuses[0]); s++) {
        for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++) {
            struct evbuffer *out = evbuffer_new();
            assert_non_null(out);
            gw_http_error(out, statuses[s], texts[t]);
            size_t n = evbuffer_get_length(out);
            char *p = (char *)evbuffer_pullup(out, -1);
            char *resp = strndup(p, n);
            char line[32];
            snprintf(line, sizeof(line), "HTTP/1.1 %d ", statuses[s]);
            assert_memory_equal(resp, line, strlen(line));
            const char *end = strstr(resp, "\r\n\r\n");
            assert_non_null(end);
            const char *cl = strstr(resp, "Content-Length: ");
            assert_non_null(cl);
            assert_true(cl < end);
            size_t declared = strtoul(cl + 16, NULL, 10);
            assert_int_equal(declared, n - (size_t)(end + 4 - resp));
            assert_true(strlen(gw_http_reason(statuses[s])) > 0);
            free(resp);
            evbuffer_free(out);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hop_by_hop_fixed),
        cmocka_unit_test(test_hop_by_hop_named_in_connection),
        cmocka_unit_test(test_hdr_is_hop_uses_the_list),
        cmocka_unit_test(test_hdrs_list),
        cmocka_unit_test(test_hdrs_set_value_replaces_one_value),
        cmocka_unit_test(test_copy_str_matches_snprintf),
        cmocka_unit_test(test_authority_is_host),
        cmocka_unit_test(test_split_authority),
        cmocka_unit_test(test_connection_names_framing),
        cmocka_unit_test(test_error_responses_frame_their_body),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
