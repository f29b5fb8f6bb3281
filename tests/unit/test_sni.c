/* gw_sni_parse on real ClientHellos made by BoringSSL (with and without SNI, TLS 1.2 and 1.3,
 * small and 2 kB large), cut at every byte, re-framed over several records, and on
 * garbage and hand-broken hellos: a prefix always asks for more, a whole hello always decides,
 * and nothing malformed is ever read as a name. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/net/net.h"

/* The first flight of a BoringSSL client: one or more records holding its ClientHello. */
static size_t client_hello(const char *sni, uint16_t max_version, int big, uint8_t *out, size_t cap)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    assert_non_null(ctx);
    assert_int_equal(SSL_CTX_set_max_proto_version(ctx, max_version), 1);
    SSL *ssl = SSL_new(ctx);
    assert_non_null(ssl);
    if (sni) {
        assert_int_equal(SSL_set_tlsext_host_name(ssl, sni), 1);
    }
    /* big: a long ALPN list gives a hello the size post-quantum key shares give (about 2 kB) */
    uint8_t alpn[4096];
    size_t alen = 0;
    for (int i = 0; i < (big ? 100 : 1); i++) {
        int w = snprintf((char *)alpn + alen + 1, sizeof(alpn) - alen - 1, "%s%03d",
                         big ? "proto-abcdefghij-" : "h", i);
        alpn[alen] = (uint8_t)w;
        alen += 1 + (size_t)w;
    }
    assert_int_equal(SSL_set_alpn_protos(ssl, alpn, alen), 0);
    BIO *rb = BIO_new(BIO_s_mem()), *wb = BIO_new(BIO_s_mem());
    SSL_set_bio(ssl, rb, wb);
    SSL_set_connect_state(ssl);
    assert_true(SSL_do_handshake(ssl) <= 0); /* wants the server's answer */
    size_t n = BIO_pending(wb);
    assert_true(n > 0 && n <= cap);
    assert_int_equal(BIO_read(wb, out, (int)n), (int)n);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return n;
}

/* The handshake bytes of a flight (record headers removed). */
static size_t handshake_bytes(const uint8_t *rec, size_t n, uint8_t *out)
{
    size_t off = 0, o = 0;
    while (off + 5 <= n) {
        size_t len = (size_t)rec[off + 3] << 8 | rec[off + 4];
        assert_int_equal(rec[off], 0x16);
        memcpy(out + o, rec + off + 5, len);
        o += len;
        off += 5 + len;
    }
    assert_int_equal(off, n);
    return o;
}

/* Re-frame handshake bytes into records of at most chunk bytes each. */
static size_t reframe(const uint8_t *hs, size_t n, size_t chunk, uint8_t *out)
{
    size_t o = 0;
    for (size_t off = 0; off < n; off += chunk) {
        size_t len = n - off < chunk ? n - off : chunk;
        out[o++] = 0x16;
        out[o++] = 0x03;
        out[o++] = 0x01;
        out[o++] = (uint8_t)(len >> 8);
        out[o++] = (uint8_t)len;
        memcpy(out + o, hs + off, len);
        o += len;
    }
    return o;
}

/* Every proper prefix needs more; the whole flight gives want (and name when found). */
static void expect_at_every_cut(const uint8_t *b, size_t n, int want, const char *name)
{
    char out[256];
    for (size_t k = 0; k < n; k++) {
        int r = gw_sni_parse(b, k, out, sizeof(out), NULL, 0);
        if (r != GW_SNI_NEED_MORE) {
            fail_msg("prefix of %zu of %zu bytes gave %d, not need-more", k, n, r);
        }
    }
    assert_int_equal(gw_sni_parse(b, n, out, sizeof(out), NULL, 0), want);
    if (name) {
        assert_string_equal(out, name);
    } else {
        assert_string_equal(out, "");
    }
}

static void test_sni_found_in_real_client_hellos_cut_at_every_byte(void **state)
{
    (void)state;
    uint8_t b[8192];
    size_t n = client_hello("api.openai.com", TLS1_3_VERSION, 0, b, sizeof(b));
    expect_at_every_cut(b, n, GW_SNI_FOUND, "api.openai.com");
    n = client_hello("Example.ORG", TLS1_2_VERSION, 0, b, sizeof(b));
    expect_at_every_cut(b, n, GW_SNI_FOUND, "example.org"); /* lower-cased */
    n = client_hello("generativelanguage.googleapis.com", TLS1_3_VERSION, 1, b, sizeof(b));
    assert_true(n > 1200);
    expect_at_every_cut(b, n, GW_SNI_FOUND, "generativelanguage.googleapis.com");
}

static void test_hello_without_sni_is_none(void **state)
{
    (void)state;
    uint8_t b[8192];
    size_t n = client_hello(NULL, TLS1_3_VERSION, 0, b, sizeof(b));
    expect_at_every_cut(b, n, GW_SNI_NONE, NULL);
}

static void test_hello_spanning_several_records_is_reassembled(void **state)
{
    (void)state;
    uint8_t b[8192], hs[8192], framed[16384];
    size_t n = client_hello("api.anthropic.com", TLS1_3_VERSION, 1, b, sizeof(b));
    size_t h = handshake_bytes(b, n, hs);
    static const size_t chunks[] = {1000, 517, 256, 100};
    for (size_t i = 0; i < sizeof(chunks) / sizeof(chunks[0]); i++) {
        size_t f = reframe(hs, h, chunks[i], framed);
        expect_at_every_cut(framed, f, GW_SNI_FOUND, "api.anthropic.com");
    }
    /* Records of 3 bytes: the 4-byte handshake header itself is split. Too many records for a
     * 1.2 kB hello, so it is refused, never read as a name. */
    char out[256];
    size_t f = reframe(hs, h, 3, framed);
    assert_int_equal(gw_sni_parse(framed, f, out, sizeof(out), NULL, 0), GW_SNI_NOT_TLS);
    /* A small hello in 3-byte records still fits under the record cap. */
    n = client_hello("a.io", TLS1_2_VERSION, 0, b, sizeof(b));
    h = handshake_bytes(b, n, hs);
    f = reframe(hs, 40, 3, framed); /* only the first 40 bytes: a prefix */
    assert_int_equal(gw_sni_parse(framed, f, out, sizeof(out), NULL, 0), GW_SNI_NEED_MORE);
}

static void test_bytes_after_the_hello_are_ignored(void **state)
{
    (void)state;
    uint8_t b[8192 + 64];
    char out[256];
    size_t n = client_hello("api.openai.com", TLS1_3_VERSION, 0, b, sizeof(b) - 64);
    /* early data / a second record after the hello does not change the answer */
    static const uint8_t more[] = {0x17, 0x03, 0x03, 0x00, 0x02, 0xaa, 0xbb};
    memcpy(b + n, more, sizeof(more));
    assert_int_equal(gw_sni_parse(b, n + sizeof(more), out, sizeof(out), NULL, 0), GW_SNI_FOUND);
    assert_string_equal(out, "api.openai.com");
}

static void test_garbage_and_plain_http_are_not_tls(void **state)
{
    (void)state;
    char out[256];
#define IN(lit)                                                                                    \
    {                                                                                              \
        lit, sizeof(lit) - 1                                                                       \
    }
    static const struct {
        const char *s;
        size_t n;
    } inputs[] = {
        IN("GET / HTTP/1.1\r\n"),
        IN("CONNECT a:443 HTTP/1.1\r\n"),
        IN("SSH-2.0-OpenSSH_9.2\r\n"),
        IN("\x16\x02"),                     /* not version 3.x */
        IN("\x16\x03\x05"),                 /* no such minor version */
        IN("\x15\x03\x01\x00\x02\x02\x28"), /* an alert record */
        IN("\x16\x03\x01\x00\x00"),         /* an empty handshake record */
        IN("\x16\x03\x01\x40\x01"),         /* a record over 2^14 */
    };
#undef IN
    for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
        assert_int_equal(
            gw_sni_parse((const uint8_t *)inputs[i].s, inputs[i].n, out, sizeof(out), NULL, 0),
            GW_SNI_NOT_TLS);
    }
    /* A handshake record whose message is not a ClientHello (a ServerHello). */
    static const uint8_t sh[] = {0x16, 0x03, 0x03, 0x00, 0x04, 0x02, 0x00, 0x00, 0x00};
    assert_int_equal(gw_sni_parse(sh, sizeof(sh), out, sizeof(out), NULL, 0), GW_SNI_NOT_TLS);
    /* A ClientHello that claims more than the cap is refused at its header. */
    static const uint8_t big[] = {0x16, 0x03, 0x01, 0x00, 0x04, 0x01, 0x01, 0x00, 0x00};
    assert_int_equal(gw_sni_parse(big, sizeof(big), out, sizeof(out), NULL, 0), GW_SNI_NOT_TLS);
    assert_int_equal(gw_sni_parse(NULL, 0, out, sizeof(out), NULL, 0), GW_SNI_NEED_MORE);
}

/* Find the server_name extension in a flight made with sni; returns the offset of its type. */
static size_t find_sni_ext(const uint8_t *b, size_t n, const char *sni)
{
    size_t sl = strlen(sni);
    for (size_t i = 0; i + 9 + sl <= n; i++) {
        if (b[i] == 0 && b[i + 1] == 0 && b[i + 6] == 0 && b[i + 7] == (sl >> 8) &&
            b[i + 8] == (sl & 0xff) && !memcmp(b + i + 9, sni, sl)) {
            return i;
        }
    }
    fail_msg("no server_name extension found");
    return 0;
}

static void test_malformed_server_names_are_refused(void **state)
{
    (void)state;
    uint8_t b[8192], m[8192];
    char out[256];
    size_t n = client_hello("api.openai.com", TLS1_3_VERSION, 0, b, sizeof(b));
    size_t e = find_sni_ext(b, n, "api.openai.com");
    size_t name = e + 9;
    /* Each corruption keeps every length consistent; only the content is wrong. */
    static const struct {
        size_t at;
        uint8_t byte;
    } bad[] = {{0, '/'}, {3, '\0'}, {3, '.'}, {13, '.'}, {0, '.'}, {5, 0xc3}, {3, ' '}};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        memcpy(m, b, n);
        m[name + bad[i].at] = bad[i].byte;
        if (bad[i].at == 3 && bad[i].byte == '.') {
            m[name + 4] = '.'; /* "api..penai.com": an empty label */
        }
        int r = gw_sni_parse(m, n, out, sizeof(out), NULL, 0);
        if (r != GW_SNI_NOT_TLS) {
            fail_msg("corruption %zu gave %d (%s)", i, r, out);
        }
        assert_string_equal(out, "");
    }
    /* The name does not fit the caller's buffer: refused, never truncated. */
    assert_int_equal(gw_sni_parse(b, n, out, 14, NULL, 0), GW_SNI_NOT_TLS);
    assert_int_equal(gw_sni_parse(b, n, out, 15, NULL, 0), GW_SNI_FOUND);
    /* A list length that disagrees with the extension length. */
    memcpy(m, b, n);
    m[e + 5]++;
    assert_int_equal(gw_sni_parse(m, n, out, sizeof(out), NULL, 0), GW_SNI_NOT_TLS);
    /* A name length running past the list. */
    memcpy(m, b, n);
    m[e + 8]++;
    assert_int_equal(gw_sni_parse(m, n, out, sizeof(out), NULL, 0), GW_SNI_NOT_TLS);
    /* The extension type changed to another one: the hello simply has no SNI. */
    memcpy(m, b, n);
    m[e + 1] = 0x7f;
    assert_int_equal(gw_sni_parse(m, n, out, sizeof(out), NULL, 0), GW_SNI_NONE);
}

static void test_duplicate_server_name_extension_is_refused(void **state)
{
    (void)state;
    uint8_t b[8192], hs[8192], dup[8192], framed[8300];
    char out[256];
    size_t n = client_hello("api.openai.com", TLS1_2_VERSION, 0, b, sizeof(b));
    size_t h = handshake_bytes(b, n, hs);
    /* The extension starts at find_sni_ext in b; in hs that is 5 bytes earlier. */
    size_t e = find_sni_ext(b, n, "api.openai.com") - 5;
    size_t elen = 4 + ((size_t)hs[e + 2] << 8 | hs[e + 3]);
    /* Append a copy of the extension: fix the extensions block and handshake lengths. */
    memcpy(dup, hs, h);
    memcpy(dup + h, hs + e, elen);
    size_t total = h + elen;
    size_t body = total - 4;
    dup[1] = (uint8_t)(body >> 16);
    dup[2] = (uint8_t)(body >> 8);
    dup[3] = (uint8_t)body;
    /* extensions length: after version(2) random(32) sid cs comp */
    size_t p = 4 + 2 + 32;
    p += 1 + dup[p];
    p += 2 + ((size_t)dup[p] << 8 | dup[p + 1]);
    p += 1 + dup[p];
    size_t ext_total = ((size_t)dup[p] << 8 | dup[p + 1]) + elen;
    dup[p] = (uint8_t)(ext_total >> 8);
    dup[p + 1] = (uint8_t)ext_total;
    size_t f = reframe(dup, total, 16384, framed);
    assert_int_equal(gw_sni_parse(framed, f, out, sizeof(out), NULL, 0), GW_SNI_NOT_TLS);
    /* The same surgery without the duplicate still parses: the test is not broken itself. */
    f = reframe(hs, h, 16384, framed);
    assert_int_equal(gw_sni_parse(framed, f, out, sizeof(out), NULL, 0), GW_SNI_FOUND);
}

static void test_truncated_hello_inside_complete_records_is_refused(void **state)
{
    (void)state;
    uint8_t b[8192], hs[8192], framed[8300];
    char out[256];
    size_t n = client_hello("api.openai.com", TLS1_3_VERSION, 0, b, sizeof(b));
    size_t h = handshake_bytes(b, n, hs);
    /* The handshake header says 10 bytes fewer than the hello has: the extensions no longer
     * fit what encloses them. */
    size_t body = h - 4 - 10;
    hs[1] = (uint8_t)(body >> 16);
    hs[2] = (uint8_t)(body >> 8);
    hs[3] = (uint8_t)body;
    size_t f = reframe(hs, h - 10, 16384, framed);
    assert_int_equal(gw_sni_parse(framed, f, out, sizeof(out), NULL, 0), GW_SNI_NOT_TLS);
}

/* The ALPN offer is read in the same pass: the protocols in order, a list too long for the buffer
 * cut at a whole protocol, nothing for a hello that is not TLS. */
static void test_alpn_offer_read_with_the_name(void **state)
{
    (void)state;
    static uint8_t b[8192];
    char out[256], alpn[64];
    size_t n = client_hello("api.openai.com", TLS1_3_VERSION, 0, b, sizeof(b));
    assert_int_equal(gw_sni_parse(b, n, out, sizeof(out), alpn, sizeof(alpn)), GW_SNI_FOUND);
    assert_string_equal(alpn, "h000");
    n = client_hello(NULL, TLS1_2_VERSION, 1, b, sizeof(b));
    assert_int_equal(gw_sni_parse(b, n, out, sizeof(out), alpn, sizeof(alpn)), GW_SNI_NONE);
    assert_string_equal(alpn, "proto-abcdefghij-000,proto-abcdefghij-001,proto-abcdefghij-002");
    static const char http[] = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
    assert_int_equal(
        gw_sni_parse((const uint8_t *)http, sizeof(http) - 1, out, sizeof(out), alpn, sizeof(alpn)),
        GW_SNI_NOT_TLS);
    assert_string_equal(alpn, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sni_found_in_real_client_hellos_cut_at_every_byte),
        cmocka_unit_test(test_hello_without_sni_is_none),
        cmocka_unit_test(test_hello_spanning_several_records_is_reassembled),
        cmocka_unit_test(test_bytes_after_the_hello_are_ignored),
        cmocka_unit_test(test_garbage_and_plain_http_are_not_tls),
        cmocka_unit_test(test_malformed_server_names_are_refused),
        cmocka_unit_test(test_duplicate_server_name_extension_is_refused),
        cmocka_unit_test(test_truncated_hello_inside_complete_records_is_refused),
        cmocka_unit_test(test_alpn_offer_read_with_the_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
