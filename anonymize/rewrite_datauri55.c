/* rewrite_datauri55.c: base64 payloads inside a string's text, decoded, scanned, encoded again.
 *
 * A string value that is a data: URI or a base64 blob as a whole is read by rewrite.c
 * (scan_data_uri, opaque_cb). This file reads the ones that sit inside other text: a
 * `data:text/vcard;base64,...` in a prompt, a markdown link or an HTML attribute, and a blob under
 * "content" or "attachment" in JSON pasted as text. Each maximal run of base64 characters (wrapped
 * lines joined) that decodes to text is rewritten like a request body's string and encoded again
 * in the run's own alphabet, padding, line width and line break, so the tokens travel inside the
 * payload (the model's answer holds them plain, and restores as any other). Runs that decode to
 * binary (images, fonts, hashes, keys) stay as they are: their first 48 bytes decide.
 * A percent-encoded data: URI of a text media type inside text is decoded, scanned and encoded
 * again the same way: what it held unencoded stays so, the rest escaped in its case of hex, so
 * only the values' bytes change. The pass runs only on strings that hold "data:", a quoted base64
 * value after a colon, or are base64 from their first byte (a memchr for ':' decides); every run
 * is decoded once (linear in the string).
 */
#include "anonymize/anon_internal.h"

#include <openssl/mem.h>
#include <string.h>

#define RUN_MIN 64                 /* shorter: words, ids, keys and secrets (detected whole) */
#define RUN_MAX (8u * 1024 * 1024) /* a larger run is left to the body's own size limit */

static int b64c(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '-' || c == '_';
}

/* The line break at p[i] that a wrapped payload uses: "\n", "\r\n", or the two-character escape
 * "\\n" ("\\r\\n") of JSON pasted as text; its length, 0 for none. */
static size_t brk(const char *p, size_t i, size_t n)
{
    if (p[i] == '\n')
        return 1;
    if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
        return 2;
    if (p[i] == '\\' && i + 1 < n && p[i + 1] == 'n')
        return 2;
    if (p[i] == '\\' && i + 3 < n && p[i + 1] == 'r' && p[i + 2] == '\\' && p[i + 3] == 'n')
        return 4;
    return 0;
}

typedef struct run {
    size_t start, end; /* p[start .. end): the run with its line breaks */
    size_t width;      /* characters per line when wrapped, else 0 */
    size_t blen;       /* the line break's length */
    int url, pad;
} run_t;

/* The run of base64 characters at p[i]: lines of one width joined by one kind of break, then
 * '=' padding. Returns the run's end (i when there is none). */
static size_t read_run(const char *p, size_t i, size_t n, run_t *r)
{
    memset(r, 0, sizeof *r);
    r->start = i;
    size_t j = i, line = 0;
    for (;;) {
        while (j < n && b64c((uint8_t)p[j])) {
            if (p[j] == '-' || p[j] == '_')
                r->url = 1;
            j++;
            line++;
        }
        size_t b = j < n ? brk(p, j, n) : 0;
        if (!b || line < 60 || (r->width && (line != r->width || b != r->blen)) || j + b >= n ||
            !b64c((uint8_t)p[j + b]))
            break;
        r->width = line, r->blen = b;
        j += b;
        line = 0;
    }
    while (j < n && p[j] == '=' && j - i < RUN_MAX) {
        r->pad = 1;
        j++;
    }
    r->end = j;
    return j;
}

int anon_b64_starts_text(const char *s, size_t n)
{
    anon_buf_t head = {0};
    size_t k = 0, take = 0;
    while (take < n && k < 64) { /* 64 base64 characters, escapes and whitespace aside */
        char c = s[take++];
        if (c != '\n' && c != '\r' && c != '=')
            k++;
    }
    int ok = 0;
    if (anon_base64_decode(&head, s, take) == 0 || head.len) {
        size_t len = head.len, cut = len;
        for (size_t back = 1; back <= 3 && back <= len; back++) {
            uint8_t c = head.data[len - back];
            if ((c & 0xC0) == 0x80)
                continue; /* continuation byte: keep looking for its lead */
            size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (need > back)
                cut = len - back; /* the last character is cut off */
            break;
        }
        ok = cut > 0 && anon_looks_text(head.data, cut);
    }
    anon_buf_free(&head);
    return ok;
}

/* The run's base64 characters alone (breaks dropped) into b64. */
static int run_chars(const char *p, const run_t *r, anon_buf_t *b64)
{
    for (size_t j = r->start; j < r->end;) {
        size_t b = brk(p, j, r->end);
        if (b && r->width) {
            j += b;
            continue;
        }
        size_t k = j;
        while (k < r->end && !(r->width && brk(p, k, r->end)))
            k++;
        int rc = anon_buf_append(b64, p + j, k - j);
        if (rc < 0)
            return rc;
        j = k;
    }
    return ANON_OK;
}

/* text encoded in the run's own shape, appended to out. */
static int encode_like(const run_t *r, const char *p, const uint8_t *text, size_t len,
                       anon_buf_t *out)
{
    anon_buf_t enc = {0};
    int rc = anon_base64_encode(&enc, text, len);
    size_t el = enc.len;
    if (rc == 0) {
        for (size_t j = 0; j < el; j++) {
            if (r->url && enc.data[j] == '+')
                enc.data[j] = '-';
            else if (r->url && enc.data[j] == '/')
                enc.data[j] = '_';
        }
        while (!r->pad && el && enc.data[el - 1] == '=')
            el--;
        for (size_t j = 0; j < el && rc == 0; j += r->width ? r->width : el) {
            size_t k = r->width && el - j > r->width ? r->width : el - j;
            if (j)
                rc = anon_buf_append(out, p + r->start + r->width, r->blen); /* its break */
            if (rc == 0)
                rc = anon_buf_append(out, enc.data + j, k);
        }
    }
    anon_buf_free(&enc);
    return rc;
}

/* One run rewritten into out: > 0 replacements (out holds its new form), 0 when it is not a text
 * payload or holds nothing (out unchanged), < 0 on failure. */
static int one_run(anon_session_t *s, const char *p, const run_t *r, unsigned depth,
                   anon_buf_t *out)
{
    anon_buf_t b64 = {0}, dec = {0}, inner = {0};
    int rc = run_chars(p, r, &b64);
    if (rc < 0)
        goto done;
    if (!anon_b64_starts_text((const char *)b64.data, b64.len) ||
        anon_base64_decode(&dec, (const char *)b64.data, b64.len) != 0 ||
        !anon_looks_text(dec.data, dec.len)) {
        rc = 0; /* binary, or not base64 after all: left as it is */
        goto done;
    }
    size_t i = 0;
    while (i < dec.len && (dec.data[i] == ' ' || dec.data[i] == '\n' || dec.data[i] == '\r' ||
                           dec.data[i] == '\t'))
        i++;
    int json = i < dec.len && (dec.data[i] == '{' || dec.data[i] == '[');
    rc = anon_rewrite_payload(s, (const char *)dec.data, dec.len, json, depth, &inner);
    if (rc > 0) {
        int e = encode_like(r, p, inner.data, inner.len, out);
        if (e < 0)
            rc = e;
    }
done:
    anon_buf_free(&b64);
    anon_buf_free(&dec);
    anon_buf_free(&inner);
    return rc;
}

/* The end of a pass over p that wrote out[before..]: with replacements (total > 0) the text after
 * the last one is appended and total returned; with none, or on failure (total < 0), what the
 * pass wrote is wiped and dropped and total returned. */
static int finish(const char *p, size_t done, size_t n, size_t before, int total, anon_buf_t *out)
{
    if (total > 0) {
        int rc = anon_buf_append(out, p + done, n - done);
        if (rc == 0)
            return total;
        total = rc;
    }
    if (out->len > before)
        OPENSSL_cleanse(out->data + before, out->len - before);
    out->len = before;
    return total;
}

/* ---- percent-encoded data: URIs inside text ------------------------------------------------ */

static int hexd(uint8_t c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* Where a percent-encoded payload at p[i] ends: at a space, quote, angle bracket, closing
 * parenthesis or control character, which a URI in text does not hold unencoded. */
static size_t pct_end(const char *p, size_t i, size_t n)
{
    while (i < n) {
        uint8_t c = (uint8_t)p[i];
        if (c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == ')' || c == '`' ||
            c == '\\')
            break;
        i++;
    }
    return i;
}

/* The masked text encoded as the payload p[a .. e) was: a character it held unencoded stays
 * so, the tokens' brackets too; any other byte is escaped in the payload's case of hex. */
static int pct_like(const char *p, size_t a, size_t e, const uint8_t *t, size_t len,
                    anon_buf_t *out)
{
    uint8_t raw[256] = {0};
    int lower = 0;
    for (size_t i = a; i < e; i++) {
        if (p[i] == '%' && i + 2 < e && hexd((uint8_t)p[i + 1]) && hexd((uint8_t)p[i + 2])) {
            lower |= (p[i + 1] >= 'a' && p[i + 1] <= 'f') || (p[i + 2] >= 'a' && p[i + 2] <= 'f');
            i += 2;
        } else {
            raw[(uint8_t)p[i]] = 1;
        }
    }
    raw['['] = raw[']'] = raw['_'] = 1;
    for (int c = '0'; c <= '9'; c++)
        raw[c] = 1;
    for (int c = 'A'; c <= 'Z'; c++)
        raw[c] = 1;
    const char *hex = lower ? "0123456789abcdef" : "0123456789ABCDEF";
    for (size_t i = 0; i < len; i++) {
        int rc;
        if (raw[t[i]] && t[i] != '%') {
            rc = anon_buf_append(out, t + i, 1);
        } else {
            char x[3] = {'%', hex[t[i] >> 4], hex[t[i] & 15]};
            rc = anon_buf_append(out, x, 3);
        }
        if (rc < 0)
            return rc;
    }
    return ANON_OK;
}

/* Each percent-encoded data: URI of a text media type in p (one that holds an escape), decoded,
 * scanned and encoded again; returns replacements (out then holds the whole new text), 0, < 0. */
static int pct_uris(anon_session_t *s, const char *p, size_t n, unsigned depth, anon_buf_t *out)
{
    size_t done = 0, i = 0, before = out->len;
    int total = 0;
    const char *d;
    while (i + 6 < n && (d = memmem(p + i, n - i, "data:", 5)) != NULL) {
        size_t at = (size_t)(d - p), pl;
        int b64, json;
        i = at + 5;
        if (!anon_data_uri_text(d, n - at, &pl, &b64, &json) || b64)
            continue;
        size_t a = at + pl, e = pct_end(p, a, n);
        if (e - a < 6 || !memchr(p + a, '%', e - a))
            continue;
        anon_buf_t dec = {0}, inner = {0};
        int rc = anon_percent_decode(&dec, p + a, e - a, 0);
        if (rc == 0 && anon_looks_text(dec.data, dec.len))
            rc = anon_rewrite_payload(s, (const char *)dec.data, dec.len, json, depth, &inner);
        else
            rc = rc < 0 ? rc : 0;
        if (rc > 0) {
            int x = anon_buf_append(out, p + done, a - done);
            if (x == 0)
                x = pct_like(p, a, e, inner.data, inner.len, out);
            rc = x < 0 ? x : rc;
        }
        anon_buf_free(&dec);
        anon_buf_free(&inner);
        if (rc < 0) {
            total = rc;
            break;
        }
        if (rc > 0) {
            total += rc;
            done = e;
        }
        i = e;
    }
    return finish(p, done, n, before, total, out);
}

/* Is there a payload to look for? 1: a "data:" (its colon found by memchr, the word before it
 * read), 2: base64 from the first byte on, or 64 base64 characters opening a quoted value after
 * a colon (a blob under a key of JSON pasted as text); 0: none, the
 * common case, for the cost of a memchr over the text. */
static int worth(const char *p, size_t n)
{
    if (n < RUN_MIN)
        return 0;
    int f = 2;
    for (size_t i = 0; i < RUN_MIN && f; i++)
        if (!b64c((uint8_t)p[i]))
            f = 0;
    for (const char *q = memchr(p, ':', n); q; q = memchr(q + 1, ':', n - (size_t)(q + 1 - p))) {
        size_t i = (size_t)(q - p), j = i + 1;
        uint32_t w;
        if (i >= 4) {
            memcpy(&w, q - 4, 4);
            if ((w | 0x20202020u) == 0x61746164u) /* "data" in any case, little-endian */
                return f | 1;
        }
        if (f)
            continue;
        if (j < n && p[j] == ' ')
            j++;
        if (j < n && p[j] == '\\')
            j++;
        if (j >= n || p[j] != '"' || n - j <= RUN_MIN)
            continue;
        size_t k = j + 1;
        while (k < n && k - j <= RUN_MIN && b64c((uint8_t)p[k]))
            k++;
        if (k - j > RUN_MIN)
            f = 2;
    }
    return f;
}

static int b64_runs(anon_session_t *s, const char *p, size_t n, unsigned depth, anon_buf_t *out);

int anon_rewrite_b64_inline(anon_session_t *s, const char *p, size_t n, unsigned depth,
                            anon_buf_t *out)
{
    int f = worth(p, n);
    if (!(f & 1))
        return f ? b64_runs(s, p, n, depth, out) : 0;
    anon_buf_t mid = {0};
    int k = pct_uris(s, p, n, depth, &mid);
    if (k < 0) {
        anon_buf_free(&mid);
        return k;
    }
    const char *q = k ? (const char *)mid.data : p;
    size_t qn = k ? mid.len : n;
    int m = b64_runs(s, q, qn, depth, out);
    if (m == 0 && k > 0)
        m = anon_buf_append(out, q, qn);
    anon_buf_free(&mid);
    return m < 0 ? m : m + k;
}

/* Is the run at p[i] the payload of a base64 data: URI of a text media type ("data:text/plain;
 * base64,am9o...")? Such a payload is decoded whatever its length: RUN_MIN keeps words, ids and
 * keys out, but a URI that says it holds text is never forwarded unread. */
static int uri_payload(const char *p, size_t i, size_t n)
{
    if (i < 12 || p[i - 1] != ',')
        return 0;
    size_t lo = i > 256 ? i - 256 : 0;
    for (size_t j = i - 12 + 1; j-- > lo;) {
        if ((p[j] | 0x20) != 'd' || memcmp(p + j + 1, "ata:", 4) != 0)
            continue;
        size_t pl;
        int b64, json;
        return anon_data_uri_text(p + j, n - j, &pl, &b64, &json) && b64 && j + pl == i;
    }
    return 0;
}

static int b64_runs(anon_session_t *s, const char *p, size_t n, unsigned depth, anon_buf_t *out)
{
    size_t done = 0, i = 0, before = out->len;
    int total = 0;
    while (i < n) {
        if (!b64c((uint8_t)p[i])) {
            i++;
            continue;
        }
        run_t r;
        size_t e = read_run(p, i, n, &r);
        /* a JWT's segment or a host name's label is no payload; a sentence's full stop after
         * one is no dot between segments */
        int edge = (i && p[i - 1] == '.') || (e + 1 < n && p[e] == '.' && b64c((uint8_t)p[e + 1]));
        if ((e - i >= RUN_MIN || (e - i >= 4 && uri_payload(p, i, n))) && e - i <= RUN_MAX &&
            !edge) {
            size_t at = out->len;
            int rc = anon_buf_append(out, p + done, i - done);
            if (rc == 0)
                rc = one_run(s, p, &r, depth, out);
            if (rc < 0) {
                total = rc;
                break;
            }
            if (rc > 0) {
                total += rc;
                done = e;
            } else {
                out->len = at; /* nothing in it: the text stays for the next append */
            }
        }
        i = e;
    }
    return finish(p, done, n, before, total, out);
}
