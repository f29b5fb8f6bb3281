/* datauri.c: data: URIs that carry text (RFC 2397), and the byte codecs they need.
 *
 * A data: URI whose media type is text or JSON is text a user sent, only wrapped: it is decoded,
 * scanned and wrapped again (rewrite.c). Images, audio and other binary media stay opaque. The
 * decoders are strict about what they cannot read (ANON_ERR_ENCODING: the request is refused,
 * never forwarded unscanned) and lenient about what does not change the bytes (whitespace and
 * missing padding in base64).
 */
#include "anonymize/anon_internal.h"

#include <string.h>
#include <strings.h>

static int ieq_prefix(const char *s, size_t n, const char *lit)
{
    size_t l = strlen(lit);
    return n >= l && strncasecmp(s, lit, l) == 0;
}

int anon_media_is_text(const char *mt, size_t n, int *json)
{
    static const char *const exact[] = {"application/json",
                                        /* JSON lines: */ "application/x-ndjson",
                                        "application/jsonl",
                                        "application/x-jsonl",
                                        "application/jsonlines",
                                        "application/x-jsonlines",
                                        /* text: */ "application/xml",
                                        "application/yaml",
                                        "application/x-yaml",
                                        "application/javascript",
                                        "application/sql",
                                        "application/csv",
                                        "application/x-sh",
                                        "application/toml",
                                        "application/x-www-form-urlencoded",
                                        NULL};
    *json = 0;
    while (n && (mt[n - 1] == ' ' || mt[n - 1] == '\t'))
        n--;
    if (n == 0 || ieq_prefix(mt, n, "text/"))
        return 1; /* RFC 2397: no media type means text/plain */
    for (size_t i = 0; exact[i]; i++) {
        if (strlen(exact[i]) == n && strncasecmp(mt, exact[i], n) == 0) {
            *json = i == 0 ? 1 : i < 6 ? 2 : 0; /* 1: one JSON text, 2: JSON lines */
            return 1;
        }
    }
    if (n > 5 && strncasecmp(mt + n - 5, "+json", 5) == 0) {
        *json = 1;
        return 1;
    }
    return n > 4 && strncasecmp(mt + n - 4, "+xml", 4) == 0;
}

int anon_data_uri_text(const char *s, size_t n, size_t *payload, int *b64, int *json)
{
    if (n < 6 || strncasecmp(s, "data:", 5) != 0)
        return 0;
    size_t lim = n < 512 ? n : 512;
    const char *comma = memchr(s + 5, ',', lim - 5);
    if (!comma)
        return 0;
    size_t hl = (size_t)(comma - s) - 5; /* header: mediatype *(;param) [;base64] */
    const char *h = s + 5;
    const char *semi = memchr(h, ';', hl);
    size_t mtl = semi ? (size_t)(semi - h) : hl;
    if (!anon_media_is_text(h, mtl, json))
        return 0;
    *b64 = hl >= 7 && strncasecmp(h + hl - 7, ";base64", 7) == 0;
    *payload = (size_t)(comma - s) + 1;
    return 1;
}

/* Text bytes: valid UTF-8, no control characters but tab, CR, LF, FF. */
int anon_looks_text(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f')
                return 0;
            i++;
            continue;
        }
        size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (!k || i + k > n)
            return 0;
        for (size_t j = 1; j < k; j++)
            if ((p[i + j] & 0xC0) != 0x80)
                return 0;
        i += k;
    }
    return 1;
}

/* ---- base64 ------------------------------------------------------------------------------- */

static int b64v(uint8_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

int anon_base64_decode(anon_buf_t *out, const char *s, size_t n)
{
    uint32_t acc = 0;
    unsigned bits = 0;
    int pad = 0, rc;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '=') {
            pad = 1;
            continue;
        }
        int v = b64v(c);
        if (v < 0 || pad)
            return ANON_ERR_ENCODING; /* not base64, or data after the padding */
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            uint8_t b = (uint8_t)(acc >> bits);
            if ((rc = anon_buf_append(out, &b, 1)) < 0)
                return rc;
        }
    }
    return bits >= 6 ? ANON_ERR_ENCODING : ANON_OK; /* a lone sextet holds no byte */
}

int anon_base64_encode(anon_buf_t *out, const uint8_t *p, size_t n)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        if (i + 1 < n)
            v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        char q[4] = {tab[v >> 18], tab[(v >> 12) & 63], i + 1 < n ? tab[(v >> 6) & 63] : '=',
                     i + 2 < n ? tab[v & 63] : '='};
        int rc = anon_buf_append(out, q, 4);
        if (rc < 0)
            return rc;
    }
    return ANON_OK;
}

/* ---- percent-encoding ------------------------------------------------------------------- */

static int hexv(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int anon_percent_decode(anon_buf_t *out, const char *s, size_t n, int plus_space)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        int hi, lo, rc;
        if (c == '%' && i + 2 < n && (hi = hexv((uint8_t)s[i + 1])) >= 0 &&
            (lo = hexv((uint8_t)s[i + 2])) >= 0) {
            c = (uint8_t)(hi << 4 | lo);
            i += 2;
        } else if (c == '+' && plus_space) {
            c = ' ';
        }
        if ((rc = anon_buf_append(out, &c, 1)) < 0)
            return rc;
    }
    return ANON_OK;
}

int anon_percent_encode(anon_buf_t *out, const char *s, size_t n, const char *keep)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        int rc;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~' || (c && keep && strchr(keep, c))) {
            rc = anon_buf_append(out, &c, 1);
        } else {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            rc = anon_buf_append(out, e, 3);
        }
        if (rc < 0)
            return rc;
    }
    return ANON_OK;
}
