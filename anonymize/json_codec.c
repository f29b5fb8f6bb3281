/* json_codec.c: a JSON string's text in and out (unescaping into UTF-8, escaping back) and the
 * opaque-payload rule (base64 and data: URIs left unscanned), for the walker of json_rewrite.c.
 *
 * Neither ever writes past what it reserved: unescaping reserves the escaped length (decoded text
 * is never longer), escaping the input's length (escaped text is never shorter), up front.
 */
#include "anonymize/json_rewrite.h"
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <string.h>

static void put_utf8(uint8_t *o, size_t *k, unsigned cp)
{
    if (cp < 0x80) {
        o[(*k)++] = (uint8_t)cp;
    } else if (cp < 0x800) {
        o[(*k)++] = (uint8_t)(0xC0 | (cp >> 6));
        o[(*k)++] = (uint8_t)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        o[(*k)++] = (uint8_t)(0xE0 | (cp >> 12));
        o[(*k)++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[(*k)++] = (uint8_t)(0x80 | (cp & 0x3F));
    } else {
        o[(*k)++] = (uint8_t)(0xF0 | (cp >> 18));
        o[(*k)++] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
        o[(*k)++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[(*k)++] = (uint8_t)(0x80 | (cp & 0x3F));
    }
}

int anon_json_unescape(anon_buf_t *out, const uint8_t *raw, size_t n)
{
    /* Decoded text is never longer than its escaped form. */
    if (out->cap - out->len < n) {
        int rc = anon_buf_append(out, raw, n);
        if (rc < 0)
            return rc;
        out->len -= n;
    }
    /* written up to len + n (whole blocks; an error stops part way), before len moves */
    anon_buf_mark(out, out->len + n);
    uint8_t *o = out->data + out->len;
    size_t k = 0;
    const uint8_t *p = raw, *end = raw + n;
#ifdef ANON_JSON_HAVE_AVX2
    const int avx2 = ANON_JSON_AVX2();
#endif
    while (p < end) {
        size_t run = 0, left = (size_t)(end - p);
#ifdef ANON_JSON_HAVE_AVX2
        /* whole blocks: its stores end at most at o + n, as k <= p - raw */
        if (avx2)
            run = anon_json_copy_avx2(o + k, p, left);
        if (run == left || p[run] != '\\')
#endif
        {
            const uint8_t *bs = memchr(p + run, '\\', left - run);
            size_t more = bs ? (size_t)(bs - p) - run : left - run;
            memcpy(o + k + run, p + run, more);
            run += more;
        }
        k += run;
        p += run;
        if (p == end)
            break;
        if (end - p < 2)
            return ANON_ERR_JSON;
        uint8_t e = p[1];
        p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            o[k++] = e;
            break;
        case 'b':
            o[k++] = '\b';
            break;
        case 'f':
            o[k++] = '\f';
            break;
        case 'n':
            o[k++] = '\n';
            break;
        case 'r':
            o[k++] = '\r';
            break;
        case 't':
            o[k++] = '\t';
            break;
        case 'u': {
            unsigned u, lo;
            if (end - p < 4 || hex4(p, &u) < 0)
                return ANON_ERR_JSON;
            p += 4;
            if (u >= 0xDC00 && u <= 0xDFFF)
                return ANON_ERR_ENCODING;
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, &lo) < 0 ||
                    lo < 0xDC00 || lo > 0xDFFF)
                    return ANON_ERR_ENCODING;
                p += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            put_utf8(o, &k, u);
            break;
        }
        default:
            return ANON_ERR_JSON;
        }
    }
    out->len += k;
    return ANON_OK;
}

/* Append within the capacity without a call; anon_buf_append when it must grow. */
static inline int put(anon_buf_t *out, const void *p, size_t n)
{
    if (n == 0)
        return ANON_OK;
    if (out->cap - out->len < n)
        return anon_buf_append(out, p, n);
    memcpy(out->data + out->len, p, n);
    out->len += n;
    return ANON_OK;
}

int anon_json_escape(anon_buf_t *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (n == 0)
        return ANON_OK; /* s may then be an empty buffer's NULL, and NULL + 0 is undefined */
    const uint8_t *p = (const uint8_t *)s, *end = p + n, *run = p;
    int rc;
    /* Room for the text up front: the output is never shorter than the input, so the bytes
     * copied only to reserve the space are all overwritten. */
    if (out->cap - out->len < n) {
        if ((rc = anon_buf_append(out, s, n)) < 0)
            return rc;
        anon_buf_setlen(out, out->len - n);
    }
    while (p < end) {
#ifdef __SSE2__
        /* 16 bytes at a time past text that needs no escape (control bytes, '"', '\\') */
        const __m128i ctl = _mm_set1_epi8(0x1F), quote = _mm_set1_epi8('"'),
                      bsl = _mm_set1_epi8('\\');
        while (end - p >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i m =
                _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl),
                             _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bsl)));
            unsigned mask = (unsigned)_mm_movemask_epi8(m);
            if (mask) {
                p += __builtin_ctz(mask);
                break;
            }
            p += 16;
        }
        if (p == end)
            break;
#endif
        uint8_t c = *p;
        if (c >= 0x20 && c != '"' && c != '\\') {
            p++;
            continue;
        }
        if ((rc = put(out, run, (size_t)(p - run))) < 0)
            return rc;
        char e[6] = {'\\', 0, 0, 0, 0, 0};
        size_t el = 2;
        switch (c) {
        case '"':
            e[1] = '"';
            break;
        case '\\':
            e[1] = '\\';
            break;
        case '\n':
            e[1] = 'n';
            break;
        case '\r':
            e[1] = 'r';
            break;
        case '\t':
            e[1] = 't';
            break;
        case '\b':
            e[1] = 'b';
            break;
        case '\f':
            e[1] = 'f';
            break;
        default:
            e[1] = 'u';
            e[2] = '0';
            e[3] = '0';
            e[4] = hex[c >> 4];
            e[5] = hex[c & 15];
            el = 6;
        }
        if ((rc = put(out, e, el)) < 0)
            return rc;
        run = ++p;
    }
    return put(out, run, (size_t)(p - run));
}

/* ---- opaque payloads ------------------------------------------------------------------------ */

static int b64_char(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=' || c == '-' || c == '_';
}

static int all_b64(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (b64_char(p[i]))
            continue;
        if (p[i] == '\\' && i + 1 < n && (p[i + 1] == '/' || p[i + 1] == 'n' || p[i + 1] == 'r')) {
            i++;
            continue;
        }
        return 0;
    }
    return 1;
}

static int key_eq(const uint8_t *k, size_t kl, const char *name)
{
    size_t n = strlen(name);
    return kl == n && memcmp(k, name, n) == 0;
}

static int media_key(const uint8_t *k, size_t kl)
{
    static const char *const names[] = {"b64_json",   "data",      "image_url",  "url",
                                        "image",      "audio",     "bytes",      "inline_data",
                                        "inlineData", "file_data", "image_data", NULL};
    if (!k)
        return 0;
    for (size_t i = 0; names[i]; i++)
        if (key_eq(k, kl, names[i]))
            return 1;
    return 0;
}

int anon_json_is_opaque(const uint8_t *raw, size_t n, const uint8_t *key, size_t key_len)
{
    size_t payload;
    int b64, json;
    if (anon_data_uri_text((const char *)raw, n, &payload, &b64, &json))
        return 0; /* text, only wrapped: scanned (rewrite.c) */
    if (n >= 5 && memcmp(raw, "data:", 5) == 0) {
        size_t lim = n < 256 ? n : 256;
        for (size_t i = 5; i + 8 <= lim; i++) {
            if (raw[i] == ',')
                break;
            if (memcmp(raw + i, ";base64,", 8) == 0)
                return all_b64(raw + i + 8, n - i - 8);
        }
        return 0;
    }
    if (n >= ANON_OPAQUE_MIN || (n >= ANON_OPAQUE_MEDIA_MIN && media_key(key, key_len)))
        return all_b64(raw, n);
    return 0;
}

int anon_json_seg_is(const anon_json_path_t *p, unsigned i, const char *name)
{
    return i < p->depth && p->seg[i].key && key_eq(p->seg[i].key, p->seg[i].key_len, name);
}
