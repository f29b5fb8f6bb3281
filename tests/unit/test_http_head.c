/* The request-head parser: heads split anywhere, CONNECT targets, limits, smuggling shapes, and
 * where the head ends (bytes after it belong to the caller). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <string.h>

#include "gateway/http/http.h"

static void test_connect_head_ends_before_tunnel_bytes(void **state)
{
    (void)state;
    const char *req = "CONNECT api.openai.com:443 HTTP/1.1\r\nHost: api.openai.com:443\r\n"
                      "Proxy-Connection: keep-alive\r\n\r\n\x16\x03\x01";
    gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 4096);
    long r = gw_head_feed(h, req, strlen(req));
    assert_int_equal(r, (long)strlen(req) - 3);
    assert_true(gw_head_complete(h));
    assert_string_equal(gw_head_method(h), "CONNECT");
    size_t tlen;
    const char *t = gw_head_target(h, &tlen);
    assert_int_equal(tlen, strlen("api.openai.com:443"));
    assert_memory_equal(t, "api.openai.com:443", tlen);
    size_t vlen;
    const char *v = gw_head_get(h, "proxy-connection", &vlen);
    assert_non_null(v);
    assert_memory_equal(v, "keep-alive", vlen);
    assert_int_equal(gw_head_nheaders(h), 2);
    gw_head_free(h);
}

static void test_head_split_at_every_offset_parses_the_same(void **state)
{
    (void)state;
    const char *req = "GET http://example.com/a?b=c HTTP/1.1\r\nHost: example.com\r\n"
                      "X-Long-Header-Name: some value with spaces\r\nEmpty:\r\n\r\n";
    size_t n = strlen(req);
    for (size_t cut = 1; cut < n; cut++) {
        gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 4096);
        long r = gw_head_feed(h, req, cut);
        assert_true(r == 0 || (r > 0 && cut == n));
        r = gw_head_feed(h, req + cut, n - cut);
        assert_int_equal(r, (long)(n - cut));
        size_t vlen;
        const char *v = gw_head_get(h, "x-long-header-name", &vlen);
        assert_non_null(v);
        assert_int_equal(vlen, strlen("some value with spaces"));
        assert_memory_equal(v, "some value with spaces", vlen);
        v = gw_head_get(h, "empty", &vlen);
        assert_non_null(v);
        assert_int_equal(vlen, 0);
        size_t tlen;
        const char *t = gw_head_target(h, &tlen);
        assert_memory_equal(t, "http://example.com/a?b=c", tlen);
        gw_head_free(h);
    }
}

static void test_oversize_head_is_431(void **state)
{
    (void)state;
    gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 256);
    char big[600];
    memset(big, 'a', sizeof(big));
    const char *start = "GET / HTTP/1.1\r\nX: ";
    assert_int_equal(gw_head_feed(h, start, strlen(start)), 0);
    assert_int_equal(gw_head_feed(h, big, sizeof(big)), -1);
    assert_int_equal(gw_head_status(h), 431);
    gw_head_free(h);
}

static void test_too_many_headers_is_431(void **state)
{
    (void)state;
    gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 65536);
    assert_int_equal(gw_head_feed(h, "GET / HTTP/1.1\r\n", 16), 0);
    long r = 0;
    for (int i = 0; i < 200 && r == 0; i++) {
        r = gw_head_feed(h, "A: b\r\n", 6);
    }
    assert_int_equal(r, -1);
    assert_int_equal(gw_head_status(h), 431);
    gw_head_free(h);
}

/* The arena and the header slots grow as a head needs them: a head of 100 headers and ~20 KB
 * (far past the first allocation) reads back intact, twice on one parser, and max_bytes still
 * holds to the byte. */
static void test_large_head_grows_and_reads_back(void **state)
{
    (void)state;
    for (int round = 0; round < 2; round++) {
        gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 32768);
        for (int rep = 0; rep < 2; rep++) {
            assert_int_equal(gw_head_feed(h, "POST /v1/x HTTP/1.1\r\n", 21), 0);
            char line[400];
            for (int i = 0; i < 100; i++) {
                char val[200];
                memset(val, 'a' + i % 26, sizeof(val) - 1);
                val[sizeof(val) - 1] = '\0';
                int n = snprintf(line, sizeof(line), "X-H%d: %s\r\n", i, val);
                assert_int_equal(gw_head_feed(h, line, (size_t)n), 0);
            }
            assert_true(gw_head_feed(h, "\r\n", 2) == 2);
            assert_true(gw_head_complete(h));
            assert_int_equal(gw_head_nheaders(h), 100);
            for (int i = 0; i < 100; i += 33) {
                char name[16];
                snprintf(name, sizeof(name), "x-h%d", i);
                size_t vl = 0;
                const char *v = gw_head_get(h, name, &vl);
                assert_non_null(v);
                assert_int_equal(vl, 199);
                assert_true(v[0] == 'a' + i % 26 && v[198] == 'a' + i % 26);
            }
            size_t tl = 0;
            const char *t = gw_head_target(h, &tl);
            assert_int_equal(tl, 5);
            assert_memory_equal(t, "/v1/x", 5);
            gw_head_reset(h);
        }
        gw_head_free(h);
    }
    /* the limit: 2 KB allowed, a head a little larger is refused */
    gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 2048);
    char big[3000];
    memset(big, 'b', sizeof(big));
    assert_int_equal(gw_head_feed(h, "GET / HTTP/1.1\r\nX: ", 19), 0);
    assert_int_equal(gw_head_feed(h, big, 2000), 0);
    assert_int_equal(gw_head_feed(h, big, 100), -1);
    assert_int_equal(gw_head_status(h), 431);
    gw_head_free(h);
}

static void expect_400(const char *req)
{
    gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 4096);
    long r = gw_head_feed(h, req, strlen(req));
    if (r != -1) {
        fail_msg("accepted: %s", req);
    }
    assert_true(gw_head_status(h) == 400 || gw_head_status(h) == 501);
    gw_head_free(h);
}

static void test_malformed_and_smuggling_shapes_are_refused(void **state)
{
    (void)state;
    expect_400("GARBAGE\r\n\r\n");
    expect_400("GET / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n");
    expect_400("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n");
    expect_400("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n");
    expect_400("GET / HTTP/1.1\r\n Folded: x\r\n\r\n");
    expect_400("GET / HTTP/9.9\r\n\r\n");
    expect_400("GET / HTTP/1.1\nHost: x\n\n\0");
}

static void test_chunked_body_end_is_found_exactly(void **state)
{
    (void)state;
    const char *req = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5\r\nhello\r\n0\r\n\r\nGET /next HTTP/1.1\r\n";
    gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 4096);
    long r = gw_head_feed(h, req, strlen(req));
    assert_true(r > 0);
    uint64_t len;
    assert_int_equal(gw_head_body_kind(h, &len), 2);
    int done = 0;
    const char *body = req + r;
    long used = gw_head_feed_body(h, body, strlen(body), &done);
    assert_true(done);
    assert_int_equal(used, (long)strlen("5\r\nhello\r\n0\r\n\r\n"));
    gw_head_free(h);
}

static void test_split_authority_forms(void **state)
{
    (void)state;
    char host[256];
    unsigned port;
    assert_int_equal(gw_split_authority("a.b:443", 7, host, sizeof(host), &port, 0), 0);
    assert_string_equal(host, "a.b");
    assert_int_equal(port, 443);
    assert_int_equal(gw_split_authority("[::1]:8443", 10, host, sizeof(host), &port, 0), 0);
    assert_string_equal(host, "[::1]");
    assert_int_equal(port, 8443);
    assert_int_equal(gw_split_authority("example.com", 11, host, sizeof(host), &port, 80), 0);
    assert_int_equal(port, 80);
    assert_int_equal(gw_split_authority("example.com", 11, host, sizeof(host), &port, 0), -1);
    assert_int_equal(gw_split_authority("a.b:0", 5, host, sizeof(host), &port, 0), -1);
    assert_int_equal(gw_split_authority("a.b:65536", 9, host, sizeof(host), &port, 0), -1);
    assert_int_equal(gw_split_authority("a.b:", 4, host, sizeof(host), &port, 80), -1);
    assert_int_equal(gw_split_authority("::1:443", 7, host, sizeof(host), &port, 0), -1);
    assert_int_equal(gw_split_authority("u@evil:443", 10, host, sizeof(host), &port, 0), -1);
    assert_int_equal(gw_split_authority("a/b:443", 7, host, sizeof(host), &port, 0), -1);
    assert_int_equal(gw_split_authority(":443", 4, host, sizeof(host), &port, 0), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_connect_head_ends_before_tunnel_bytes),
        cmocka_unit_test(test_head_split_at_every_offset_parses_the_same),
        cmocka_unit_test(test_oversize_head_is_431),
        cmocka_unit_test(test_too_many_headers_is_431),
        cmocka_unit_test(test_large_head_grows_and_reads_back),
        cmocka_unit_test(test_malformed_and_smuggling_shapes_are_refused),
        cmocka_unit_test(test_chunked_body_end_is_found_exactly),
        cmocka_unit_test(test_split_authority_forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
