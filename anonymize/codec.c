/* codec.c: Content-Encoding decoders (gzip, deflate, br, zstd and stacks of them).
 *
 * A stack "a, b" was applied a then b, so it is decoded b first: each stage's output is the next
 * stage's input. max_out counts the final output of one decoder over its whole life, so a
 * decompression bomb stops at the limit, never after inflating it all. The decoders' windows hold
 * the decompressed body: zlib, brotli and zstd allocate through BoringSSL, whose OPENSSL_free
 * wipes a block before freeing it.
 */
#include "anonymize/anonymize.h"

#include <brotli/decode.h>
#include <openssl/mem.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>
#define ZSTD_STATIC_LINKING_ONLY /* ZSTD_createDStream_advanced: the wiping allocator */
#include <zstd.h>

#define MAX_STAGES 4
#define ZSTD_WINDOW_LOG_MAX 23 /* 8 MiB */
#define CHUNK 16384

enum { C_IDENTITY, C_GZIP, C_DEFLATE, C_BR, C_ZSTD };

typedef struct stage {
    int kind;
    int started, ended; /* saw input; reached the end of the compressed stream */
    z_stream z;
    int zinit, raw_tried;
    uint8_t zhead[2]; /* deflate: first bytes, to pick zlib-wrapped or raw */
    size_t nhead;
    BrotliDecoderState *br;
    ZSTD_DStream *zs;
} stage_t;

struct anon_decoder {
    stage_t st[MAX_STAGES];
    size_t n;
    size_t total;
    anon_buf_t tmp[2];
};

static int parse_one(const char *s, size_t n, int *kind)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    static const struct {
        const char *name;
        int kind;
    } names[] = {{"identity", C_IDENTITY}, {"gzip", C_GZIP}, {"x-gzip", C_GZIP},
                 {"deflate", C_DEFLATE},   {"br", C_BR},     {"zstd", C_ZSTD}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i].name) == n && strncasecmp(s, names[i].name, n) == 0) {
            *kind = names[i].kind;
            return 0;
        }
    return -1;
}

static voidpf z_alloc(voidpf opaque, uInt items, uInt size)
{
    (void)opaque;
    return size && items > SIZE_MAX / size ? NULL : OPENSSL_malloc((size_t)items * size);
}

static void z_free(voidpf opaque, voidpf p)
{
    (void)opaque;
    OPENSSL_free(p);
}

static void *w_alloc(void *opaque, size_t n)
{
    (void)opaque;
    return OPENSSL_malloc(n);
}

static void w_free(void *opaque, void *p)
{
    (void)opaque;
    OPENSSL_free(p);
}

static int z_init(stage_t *s, int wbits)
{
    memset(&s->z, 0, sizeof s->z);
    s->z.zalloc = z_alloc;
    s->z.zfree = z_free;
    return inflateInit2(&s->z, wbits);
}

static void stage_free(stage_t *s)
{
    if (s->zinit)
        inflateEnd(&s->z);
    if (s->br)
        BrotliDecoderDestroyInstance(s->br);
    if (s->zs)
        ZSTD_freeDStream(s->zs);
    memset(s, 0, sizeof *s);
}

static int stage_init(stage_t *s, int kind)
{
    memset(s, 0, sizeof *s);
    s->kind = kind;
    switch (kind) {
    case C_GZIP:
        if (z_init(s, 16 + MAX_WBITS) != Z_OK)
            return ANON_ERR_NOMEM;
        s->zinit = 1;
        break;
    case C_BR:
        if (!(s->br = BrotliDecoderCreateInstance(w_alloc, w_free, NULL)))
            return ANON_ERR_NOMEM;
        break;
    case C_ZSTD:
        if (!(s->zs = ZSTD_createDStream_advanced((ZSTD_customMem){w_alloc, w_free, NULL})) ||
            ZSTD_isError(ZSTD_initDStream(s->zs)))
            return ANON_ERR_NOMEM;
        /* HTTP zstd windows are at most 8 MiB (RFC 9659); a frame asking for more (up to 2 GiB,
         * allocated before any output) is refused as corrupt */
        if (ZSTD_isError(ZSTD_DCtx_setParameter(s->zs, ZSTD_d_windowLogMax, ZSTD_WINDOW_LOG_MAX)))
            return ANON_ERR_NOMEM;
        break;
    default: /* deflate is set up when its first bytes show which framing it uses */
        break;
    }
    return ANON_OK;
}

anon_decoder_t *anon_decoder_new(const char *ce)
{
    if (!ce)
        return NULL;
    int kinds[MAX_STAGES];
    size_t n = 0;
    const char *p = ce;
    for (;;) {
        const char *c = strchr(p, ',');
        size_t len = c ? (size_t)(c - p) : strlen(p);
        int k;
        if (parse_one(p, len, &k) < 0)
            return NULL;
        if (k != C_IDENTITY) {
            if (n == MAX_STAGES)
                return NULL;
            kinds[n++] = k;
        }
        if (!c)
            break;
        p = c + 1;
    }
    anon_decoder_t *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    /* decode in reverse order of application */
    for (size_t i = 0; i < n; i++) {
        if (stage_init(&d->st[i], kinds[n - 1 - i]) < 0) {
            d->n = i + 1;
            anon_decoder_free(d);
            return NULL;
        }
    }
    d->n = n;
    return d;
}

static int put(anon_buf_t *out, const uint8_t *p, size_t n, size_t *total, size_t max_out)
{
    if (n > max_out - *total)
        return ANON_ERR_TOO_LARGE;
    *total += n;
    return anon_buf_append(out, p, n);
}

static int zlib_setup(stage_t *s, int raw)
{
    if (s->zinit)
        inflateEnd(&s->z);
    s->zinit = 0;
    if (z_init(s, raw ? -MAX_WBITS : MAX_WBITS) != Z_OK)
        return ANON_ERR_NOMEM;
    s->zinit = 1;
    return ANON_OK;
}

static int run_zlib(stage_t *s, const uint8_t *in, size_t len, anon_buf_t *out, size_t *total,
                    size_t max_out)
{
    uint8_t buf[CHUNK];
    int rc;
    while (len > 0) {
        if (s->ended)
            return ANON_ERR_ENCODING; /* bytes after the end of the stream */
        uInt take = len > (1u << 30) ? (1u << 30) : (uInt)len;
        s->z.next_in = (Bytef *)(uintptr_t)in;
        s->z.avail_in = take;
        for (;;) {
            s->z.next_out = buf;
            s->z.avail_out = sizeof buf;
            int zr = inflate(&s->z, Z_NO_FLUSH);
            if (zr == Z_MEM_ERROR)
                return ANON_ERR_NOMEM;
            if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR)
                return ANON_ERR_ENCODING;
            if ((rc = put(out, buf, sizeof buf - s->z.avail_out, total, max_out)) < 0)
                return rc;
            if (zr == Z_STREAM_END) {
                if (s->kind == C_GZIP && s->z.avail_in > 0) {
                    /* another gzip member follows (RFC 1952 allows several) */
                    if (inflateReset(&s->z) != Z_OK)
                        return ANON_ERR_ENCODING;
                    continue;
                }
                s->ended = 1;
                break;
            }
            if ((s->z.avail_in == 0 && s->z.avail_out != 0) || zr == Z_BUF_ERROR)
                break;
        }
        if (s->ended && s->z.avail_in > 0)
            return ANON_ERR_ENCODING;
        size_t used = take - s->z.avail_in;
        s->z.avail_in = 0;
        if (used == 0)
            break; /* inflate made no progress: wait for more input */
        in += used;
        len -= used;
    }
    return ANON_OK;
}

static int run_deflate(stage_t *s, const uint8_t *in, size_t len, anon_buf_t *out, size_t *total,
                       size_t max_out)
{
    if (!s->zinit) {
        /* RFC 9110 "deflate" is zlib-wrapped; some servers send raw deflate: look at the header */
        while (s->nhead < 2 && len) {
            s->zhead[s->nhead++] = *in++;
            len--;
        }
        if (s->nhead < 2)
            return ANON_OK;
        int zlib = (s->zhead[0] & 0x0F) == 8 && ((s->zhead[0] << 8) | s->zhead[1]) % 31 == 0;
        int rc = zlib_setup(s, !zlib);
        if (rc < 0)
            return rc;
        if ((rc = run_zlib(s, s->zhead, 2, out, total, max_out)) < 0)
            return rc;
    }
    return run_zlib(s, in, len, out, total, max_out);
}

static int run_br(stage_t *s, const uint8_t *in, size_t len, anon_buf_t *out, size_t *total,
                  size_t max_out)
{
    uint8_t buf[CHUNK];
    int rc;
    if (s->ended)
        return len ? ANON_ERR_ENCODING : ANON_OK;
    size_t avail_in = len;
    const uint8_t *next_in = in;
    for (;;) {
        size_t avail_out = sizeof buf;
        uint8_t *next_out = buf;
        BrotliDecoderResult r =
            BrotliDecoderDecompressStream(s->br, &avail_in, &next_in, &avail_out, &next_out, NULL);
        if ((rc = put(out, buf, sizeof buf - avail_out, total, max_out)) < 0)
            return rc;
        if (r == BROTLI_DECODER_RESULT_ERROR)
            return ANON_ERR_ENCODING;
        if (r == BROTLI_DECODER_RESULT_SUCCESS) {
            s->ended = 1;
            return avail_in ? ANON_ERR_ENCODING : ANON_OK;
        }
        if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
            return ANON_OK;
    }
}

static int run_zstd(stage_t *s, const uint8_t *in, size_t len, anon_buf_t *out, size_t *total,
                    size_t max_out)
{
    uint8_t buf[CHUNK];
    ZSTD_inBuffer ib = {in, len, 0};
    int rc;
    for (;;) {
        ZSTD_outBuffer ob = {buf, sizeof buf, 0};
        size_t before = ib.pos;
        size_t r = ZSTD_decompressStream(s->zs, &ob, &ib);
        if (ZSTD_isError(r))
            return ANON_ERR_ENCODING;
        if ((rc = put(out, buf, ob.pos, total, max_out)) < 0)
            return rc;
        /* r == 0: a frame is complete and flushed (another may follow, as zstd allows); only
         * bytes of a next frame make the stream unfinished again, not a call that found none */
        if (r == 0)
            s->ended = 1;
        else if (ib.pos > before)
            s->ended = 0;
        if (ib.pos == ib.size && (ob.pos < ob.size || r == 0))
            return ANON_OK;
    }
}

static int stage_feed(stage_t *s, const uint8_t *in, size_t len, anon_buf_t *out, size_t *total,
                      size_t max_out)
{
    if (len)
        s->started = 1;
    switch (s->kind) {
    case C_GZIP:
        return run_zlib(s, in, len, out, total, max_out);
    case C_DEFLATE:
        return run_deflate(s, in, len, out, total, max_out);
    case C_BR:
        return run_br(s, in, len, out, total, max_out);
    case C_ZSTD:
        return run_zstd(s, in, len, out, total, max_out);
    default:
        return put(out, in, len, total, max_out);
    }
}

int anon_decoder_feed(anon_decoder_t *d, const uint8_t *in, size_t len, anon_buf_t *out,
                      size_t max_out)
{
    if (d->n == 0)
        return put(out, in, len, &d->total, max_out);
    const uint8_t *p = in;
    size_t n = len;
    int rc = ANON_OK;
    for (size_t i = 0; i < d->n && rc == ANON_OK; i++) {
        int last = i + 1 == d->n;
        anon_buf_t *dst = last ? out : &d->tmp[i & 1];
        size_t inner_total = 0;
        if (!last)
            anon_buf_reset(dst);
        /* inner stages get the same limit per call: their output is only an input */
        rc = stage_feed(&d->st[i], p, n, dst, last ? &d->total : &inner_total, max_out);
        p = dst->data;
        n = dst->len;
    }
    return rc;
}

int anon_decoder_finish(anon_decoder_t *d)
{
    for (size_t i = 0; i < d->n; i++) {
        stage_t *s = &d->st[i];
        if (s->kind == C_IDENTITY)
            continue;
        /* an empty body is a valid empty representation; a started stream must have ended */
        if (s->started && !s->ended)
            return ANON_ERR_ENCODING;
        if (s->kind == C_DEFLATE && s->nhead == 1)
            return ANON_ERR_ENCODING;
    }
    return ANON_OK;
}

void anon_decoder_free(anon_decoder_t *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++)
        stage_free(&d->st[i]);
    anon_buf_free(&d->tmp[0]);
    anon_buf_free(&d->tmp[1]);
    free(d);
}

const char *anon_accept_encoding(void)
{
    return "gzip, deflate, br, zstd";
}
