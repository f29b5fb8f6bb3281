/* test_codec.c: Content-Encoding decoders round-trip data compressed here, refuse corrupt and
 * truncated streams, and stop decompression bombs at the limit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <brotli/encode.h>
#include <zlib.h>
#include <zstd.h>

#include "anonymize/anonymize.h"

enum { GZ, ZLIB, RAW, BR, ZS };

/* BoringSSL's allocation hooks: every OPENSSL_malloc/OPENSSL_free of this program goes through
 * them (production has none: OPENSSL_free wipes the block), so a test sees what a block still
 * held when it was handed back. */
#define MARK "maria.keller.window@example.com"
static int watch_frees, freed_mark;

void *OPENSSL_memory_alloc(size_t size);
void OPENSSL_memory_free(void *ptr);
size_t OPENSSL_memory_get_size(void *ptr);

void *OPENSSL_memory_alloc(size_t size)
{
    uint8_t *p = malloc(size + 16);
    if (!p)
        return NULL;
    memcpy(p, &size, sizeof size);
    return p + 16;
}

size_t OPENSSL_memory_get_size(void *ptr)
{
    size_t n;
    memcpy(&n, (uint8_t *)ptr - 16, sizeof n);
    return n;
}

void OPENSSL_memory_free(void *ptr)
{
    if (!ptr)
        return;
    size_t n = OPENSSL_memory_get_size(ptr);
    if (watch_frees && memmem(ptr, n, MARK, strlen(MARK)))
        freed_mark++;
    memset(ptr, 0, n);
    free((uint8_t *)ptr - 16);
}

static uint8_t *compress_with(int how, const uint8_t *in, size_t n, size_t *outn)
{
    size_t cap = n + n / 2 + 1024;
    uint8_t *out = malloc(cap);
    assert_non_null(out);
    if (how == BR) {
        *outn = cap;
        assert_true(BrotliEncoderCompress(5, 22, BROTLI_MODE_GENERIC, n, in, outn, out));
        return out;
    }
    if (how == ZS) {
        size_t r = ZSTD_compress(out, cap, in, n, 3);
        assert_false(ZSTD_isError(r));
        *outn = r;
        return out;
    }
    z_stream z = {0};
    int wbits = how == GZ ? 16 + MAX_WBITS : how == RAW ? -MAX_WBITS : MAX_WBITS;
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (Bytef *)(uintptr_t)in;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *outn = z.total_out;
    deflateEnd(&z);
    return out;
}

static uint8_t *sample(size_t n)
{
    uint8_t *p = malloc(n);
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        p[i] = (i % 3) ? (uint8_t)("{\"role\":\"user\",\"content\":\"hello\"} "[i % 34])
                       : (uint8_t)(x >> 24);
    }
    return p;
}

/* Decode in pieces of `chunk` bytes; returns the rc of the first failure or of finish. */
static int decode(const char *ce, const uint8_t *in, size_t n, size_t chunk, size_t max,
                  anon_buf_t *out)
{
    anon_decoder_t *d = anon_decoder_new(ce);
    assert_non_null(d);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i += chunk)
        rc = anon_decoder_feed(d, in + i, n - i < chunk ? n - i : chunk, out, max);
    if (rc == 0)
        rc = anon_decoder_finish(d);
    anon_decoder_free(d);
    return rc;
}

static void test_each_encoding_round_trips_in_any_pieces(void **st)
{
    (void)st;
    static const struct {
        const char *ce;
        int how;
    } cases[] = {{"gzip", GZ},     {"x-gzip", GZ}, {"GZip", GZ}, {"deflate", ZLIB},
                 {"deflate", RAW}, {"br", BR},     {"zstd", ZS}};
    size_t n = 200000;
    uint8_t *plain = sample(n);
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        size_t zn;
        uint8_t *z = compress_with(cases[c].how, plain, n, &zn);
        static const size_t chunks[] = {1, 7, 4096, (size_t)-1};
        for (size_t k = 0; k < 4; k++) {
            if (chunks[k] == 1 && zn > 60000)
                continue;
            anon_buf_t out = {0};
            assert_int_equal(decode(cases[c].ce, z, zn, chunks[k] == (size_t)-1 ? zn : chunks[k],
                                    10 << 20, &out),
                             0);
            assert_int_equal(out.len, n);
            assert_memory_equal(out.data, plain, n);
            anon_buf_free(&out);
        }
        free(z);
    }
    free(plain);
}

static void test_identity_and_stacks(void **st)
{
    (void)st;
    const uint8_t text[] = "plain body";
    anon_buf_t out = {0};
    assert_int_equal(decode("identity", text, 10, 3, 100, &out), 0);
    assert_int_equal(out.len, 10);
    anon_buf_free(&out);
    /* "gzip, br": gzip applied first, so br is undone first */
    size_t n = 50000, gn, bn;
    uint8_t *plain = sample(n);
    uint8_t *g = compress_with(GZ, plain, n, &gn);
    uint8_t *b = compress_with(BR, g, gn, &bn);
    assert_int_equal(decode("gzip, br", b, bn, 999, 1 << 20, &out), 0);
    assert_int_equal(out.len, n);
    assert_memory_equal(out.data, plain, n);
    anon_buf_free(&out);
    /* identity in a list is a no-op */
    assert_int_equal(decode("identity,gzip", g, gn, 100, 1 << 20, &out), 0);
    assert_int_equal(out.len, n);
    anon_buf_free(&out);
    free(b);
    free(g);
    free(plain);
}

static void test_unknown_encodings_refused(void **st)
{
    (void)st;
    assert_null(anon_decoder_new("compress"));
    assert_null(anon_decoder_new("gzip, foo"));
    assert_null(anon_decoder_new(""));
    assert_null(anon_decoder_new(NULL));
    assert_string_equal(anon_accept_encoding(), "gzip, deflate, br, zstd");
}

static void test_bombs_stop_at_the_limit(void **st)
{
    (void)st;
    size_t n = 64 << 20; /* 64 MiB of zeros compresses to a few KiB */
    uint8_t *zeros = calloc(1, n);
    const int hows[] = {GZ, ZLIB, BR, ZS};
    const char *ces[] = {"gzip", "deflate", "br", "zstd"};
    for (int i = 0; i < 4; i++) {
        size_t zn;
        uint8_t *z = compress_with(hows[i], zeros, n, &zn);
        assert_true(zn < (1 << 20));
        anon_buf_t out = {0};
        assert_int_equal(decode(ces[i], z, zn, zn, 1 << 20, &out), ANON_ERR_TOO_LARGE);
        assert_true(out.len <= (1 << 20));
        anon_buf_free(&out);
        free(z);
    }
    free(zeros);
    /* identity respects the limit too */
    anon_buf_t out = {0};
    assert_int_equal(decode("identity", (const uint8_t *)"0123456789", 10, 10, 5, &out),
                     ANON_ERR_TOO_LARGE);
    anon_buf_free(&out);
}

static void test_corrupt_truncated_and_trailing_refused(void **st)
{
    (void)st;
    size_t n = 30000;
    uint8_t *plain = sample(n);
    const int hows[] = {GZ, ZLIB, RAW, BR, ZS};
    const char *ces[] = {"gzip", "deflate", "deflate", "br", "zstd"};
    for (int i = 0; i < 5; i++) {
        size_t zn;
        uint8_t *z = compress_with(hows[i], plain, n, &zn);
        anon_buf_t out = {0};
        /* truncated: finish notices */
        assert_int_equal(decode(ces[i], z, zn / 2, 100, 1 << 20, &out), ANON_ERR_ENCODING);
        anon_buf_reset(&out);
        /* trailing garbage after the end */
        uint8_t *t = malloc(zn + 5);
        memcpy(t, z, zn);
        memcpy(t + zn, "JUNK!", 5);
        int rc = decode(ces[i], t, zn + 5, 64, 1 << 20, &out);
        if (rc != ANON_ERR_ENCODING)
            fail_msg("%s/%d accepted trailing bytes", ces[i], hows[i]);
        assert_int_equal(rc, ANON_ERR_ENCODING);
        anon_buf_reset(&out);
        free(t);
        /* corrupt: gzip and zlib carry checksums, so damage anywhere is caught; brotli and zstd
         * (no checksum by default) are damaged in their framing */
        size_t at = (hows[i] == GZ || hows[i] == ZLIB) ? zn / 3 : 0;
        for (size_t k = 0; k < 4; k++)
            z[at + k] ^= 0x5A;
        if (hows[i] != RAW) /* raw deflate has no checksum: garbage may decode */
            assert_int_equal(decode(ces[i], z, zn, 1000, 1 << 20, &out), ANON_ERR_ENCODING);
        anon_buf_free(&out);
        free(z);
    }
    anon_buf_t out = {0};
    assert_int_equal(decode("gzip", (const uint8_t *)"not gzip at all", 15, 4, 100, &out),
                     ANON_ERR_ENCODING);
    assert_int_equal(decode("br", (const uint8_t *)"\xff\xff\xff\xff", 4, 4, 100, &out),
                     ANON_ERR_ENCODING);
    assert_int_equal(decode("zstd", (const uint8_t *)"not zstd", 8, 4, 100, &out),
                     ANON_ERR_ENCODING);
    /* an empty body is an empty representation */
    assert_int_equal(decode("gzip", (const uint8_t *)"", 0, 1, 100, &out), 0);
    assert_int_equal(out.len, 0);
    anon_buf_free(&out);
    free(plain);
}

/* A zstd frame may ask for a window of up to 2 GiB, which the decoder would allocate whatever
 * the output limit: HTTP content coding allows 8 MiB (RFC 9659), so anything larger is refused
 * before it is allocated, and an 8 MiB window still decodes. */
static void test_zstd_window_over_8_mib_refused(void **st)
{
    (void)st;
    size_t n = 1 << 20;
    uint8_t *plain = sample(n);
    for (int wlog = 23; wlog <= 27; wlog += 4) {
        ZSTD_CCtx *cc = ZSTD_createCCtx();
        assert_false(ZSTD_isError(ZSTD_CCtx_setParameter(cc, ZSTD_c_windowLog, wlog)));
        assert_false(ZSTD_isError(ZSTD_CCtx_setParameter(cc, ZSTD_c_contentSizeFlag, 0)));
        size_t cap = ZSTD_compressBound(n) + 64;
        uint8_t *z = malloc(cap);
        ZSTD_outBuffer ob = {z, cap, 0};
        ZSTD_inBuffer ib = {plain, n, 0};
        /* streamed without a known size: the frame header carries the window size */
        assert_false(ZSTD_isError(ZSTD_compressStream2(cc, &ob, &ib, ZSTD_e_continue)));
        ZSTD_inBuffer none = {NULL, 0, 0};
        assert_int_equal(ZSTD_compressStream2(cc, &ob, &none, ZSTD_e_end), 0);
        ZSTD_freeCCtx(cc);
        anon_buf_t out = {0};
        int rc = decode("zstd", z, ob.pos, 4096, 1 << 21, &out);
        if (wlog == 23) {
            assert_int_equal(rc, 0);
            assert_int_equal(out.len, n);
        } else {
            assert_int_equal(rc, ANON_ERR_ENCODING);
        }
        anon_buf_free(&out);
        free(z);
    }
    free(plain);
}

static void test_concatenated_gzip_members(void **st)
{
    (void)st;
    size_t an, bn;
    uint8_t *a = compress_with(GZ, (const uint8_t *)"hello ", 6, &an);
    uint8_t *b = compress_with(GZ, (const uint8_t *)"world", 5, &bn);
    uint8_t *ab = malloc(an + bn);
    memcpy(ab, a, an);
    memcpy(ab + an, b, bn);
    anon_buf_t out = {0};
    assert_int_equal(decode("gzip", ab, an + bn, 3, 100, &out), 0);
    assert_int_equal(out.len, 11);
    assert_memory_equal(out.data, "hello world", 11);
    anon_buf_free(&out);
    free(a);
    free(b);
    free(ab);
}

/* The decoders' windows hold the decompressed body: zlib, brotli and zstd give them back through
 * OPENSSL_free, which wipes them, never through free() with the body still in them. */
static void test_windows_go_back_through_openssl_free(void **st)
{
    (void)st;
    static const struct {
        const char *ce;
        int how;
    } cases[] = {{"gzip", GZ}, {"deflate", ZLIB}, {"deflate", RAW}, {"br", BR}, {"zstd", ZS}};
    char plain[4096];
    size_t n = 0;
    while (n + strlen(MARK) + 16 < sizeof plain)
        n += (size_t)snprintf(plain + n, sizeof plain - n, "%zu " MARK "\n", n);
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        size_t zn;
        uint8_t *z = compress_with(cases[c].how, (const uint8_t *)plain, n, &zn);
        anon_decoder_t *d = anon_decoder_new(cases[c].ce);
        assert_non_null(d);
        anon_buf_t out = {0};
        /* in pieces: a decoder that returns before the stream's end keeps its window */
        for (size_t i = 0; i < zn; i += 64)
            assert_int_equal(anon_decoder_feed(d, z + i, zn - i < 64 ? zn - i : 64, &out, 1 << 20),
                             0);
        assert_int_equal(anon_decoder_finish(d), 0);
        assert_int_equal(out.len, n);
        anon_buf_free(&out);
        freed_mark = 0;
        watch_frees = 1;
        anon_decoder_free(d);
        watch_frees = 0;
        if (!freed_mark)
            print_error("%s: no window holding the body went back through OPENSSL_free\n",
                        cases[c].ce);
        assert_true(freed_mark > 0);
        free(z);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_encoding_round_trips_in_any_pieces),
        cmocka_unit_test(test_identity_and_stacks),
        cmocka_unit_test(test_unknown_encodings_refused),
        cmocka_unit_test(test_bombs_stop_at_the_limit),
        cmocka_unit_test(test_corrupt_truncated_and_trailing_refused),
        cmocka_unit_test(test_concatenated_gzip_members),
        cmocka_unit_test(test_zstd_window_over_8_mib_refused),
        cmocka_unit_test(test_windows_go_back_through_openssl_free),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
