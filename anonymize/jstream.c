/* jstream.c: the streaming restorer behind ANON_RESP_JSON: a JSON response is restored as it
 * arrives instead of being held whole.
 *
 * A small lexer follows the document byte by byte. Bytes outside strings go out as they come
 * (through a text token stream, which only ever holds back a '[' + token prefix). A string is
 * held, raw and decoded, until its closing quote, and then restored exactly as the whole-document
 * walker would (anon_restore_string: member names as text, tool-call arguments and other JSON
 * text at their own level); unchanged strings keep their original escaping. A string longer than
 * JS_SPILL is not held: its decoded text streams through a token stream of its own (JSON text in
 * it lexed when the member is a known carrier or the string starts with a bracket) and goes out
 * re-escaped, so memory stays bounded by JS_SPILL whatever the response size.
 * The first byte that cannot be JSON (bad grammar, a bad escape, a control byte in a string,
 * nesting past JS_MAX_DEPTH) turns the rest of the body into text, restored as the text restorer
 * does, as a body declared JSON that is not JSON always was.
 */
#include "anonymize/json_rewrite.h"
#include "anonymize/restore.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define JS_SPILL (1u << 20)
#define JS_MAX_DEPTH 512
#define NOT_JSON 1    /* string_bytes: the lexer met a byte JSON cannot have there */
#define JS_KEY_MAX 16 /* longest member name that matters (carriers: arguments, partial_json) */

enum { ESC_NONE, ESC_BS, ESC_U1, ESC_U2, ESC_U3, ESC_U4 };

struct anon_jstream {
    anon_lookup_t lk;
    anon_tokstream_t text; /* outside strings, and everything after the body stopped being JSON */
    int fallback;
    /* the lexer */
    uint8_t stack[JS_MAX_DEPTH]; /* 1: object, 0: array */
    unsigned depth;
    int expect_key;
    int in_str, is_key, esc;
    unsigned u;       /* \uXXXX being read */
    unsigned hi_surr; /* a high surrogate waiting for its low half, or 0 */
    char key[JS_KEY_MAX];
    size_t key_len; /* raw bytes of the last member name, JS_KEY_MAX + 1 when longer */
    /* the string being read */
    anon_buf_t raw, dec; /* until JS_SPILL; after it dec only holds this call's decoded text */
    int dec_is_raw;      /* no escape met yet: dec is not kept, raw is the decoded text too */
    int spilled;
    anon_tokstream_t sts; /* spilled string's token stream */
    anon_buf_t tmp;
};

anon_jstream_t *anon_jstream_new(const anon_lookup_t *lk)
{
    anon_jstream_t *j = calloc(1, sizeof *j);
    if (j)
        j->lk = *lk;
    return j;
}

/* Empty a buffer; one that grew past 64 KiB (a long string) gives its memory back. */
static void wipe(anon_buf_t *b)
{
    if (b->cap > (64u << 10))
        anon_buf_free(b);
    else
        anon_buf_reset(b);
}

void anon_jstream_free(anon_jstream_t *j)
{
    if (!j)
        return;
    anon_buf_free(&j->raw);
    anon_buf_free(&j->dec);
    anon_buf_free(&j->tmp);
    OPENSSL_cleanse(j, sizeof *j);
    free(j);
}

size_t anon_jstream_buffered(const anon_jstream_t *j)
{
    return j ? j->raw.cap + j->dec.cap + j->tmp.cap : 0;
}

static int text_out(anon_jstream_t *j, const uint8_t *p, size_t n, anon_buf_t *out)
{
    if (n == 0)
        return ANON_OK;
    return anon_tok_restore(&j->text, &j->lk, (const char *)p, n, 0, out, NULL);
}

/* The top container is an object whose member being read is a carrier of JSON text. */
static int carrier(const anon_jstream_t *j)
{
    return j->depth && j->stack[j->depth - 1] && j->key_len <= JS_KEY_MAX &&
           anon_json_carrier_key((const uint8_t *)j->key, j->key_len);
}

static int spill_flush(anon_jstream_t *j, int final, anon_buf_t *out);

/* Stop lexing: what the current string held goes out as text, and so does everything after. */
static int to_text(anon_jstream_t *j, anon_buf_t *out)
{
    int rc = ANON_OK;
    j->fallback = 1;
    if (j->in_str && !j->spilled)
        rc = text_out(j, j->raw.data, j->raw.len, out);
    else if (j->in_str && j->spilled)
        rc = spill_flush(j, 1, out);
    wipe(&j->raw);
    wipe(&j->dec);
    j->in_str = 0;
    return rc;
}

/* Spilled string: restore the decoded text gathered so far and write it re-escaped. */
static int spill_flush(anon_jstream_t *j, int final, anon_buf_t *out)
{
    anon_buf_reset(&j->tmp);
    int rc = anon_tok_restore(&j->sts, &j->lk, (const char *)j->dec.data, j->dec.len, final,
                              &j->tmp, NULL);
    if (rc == ANON_OK)
        rc = anon_json_escape(out, (const char *)j->tmp.data, j->tmp.len);
    wipe(&j->tmp);
    wipe(&j->dec);
    return rc;
}

static int spill(anon_jstream_t *j, anon_buf_t *out)
{
    j->spilled = 1;
    size_t i = 0;
    while (i < j->dec.len && (j->dec.data[i] == ' ' || j->dec.data[i] == '\t' ||
                              j->dec.data[i] == '\n' || j->dec.data[i] == '\r'))
        i++;
    int inner = i < j->dec.len && (j->dec.data[i] == '{' || j->dec.data[i] == '[');
    memset(&j->sts, 0, sizeof j->sts);
    j->sts.json_inner = carrier(j) || inner;
    wipe(&j->raw);
    return spill_flush(j, 0, out);
}

/* The closing quote of a string that was held whole. */
static int string_end(anon_jstream_t *j, anon_buf_t *out)
{
    int rc = ANON_OK;
    const anon_buf_t *dec = j->dec_is_raw ? &j->raw : &j->dec;
    if (j->spilled) {
        rc = spill_flush(j, 1, out);
    } else if (!anon_tok_may_hold(dec->data ? (const char *)dec->data : "", dec->len)) {
        rc = anon_buf_append(out, j->raw.data, j->raw.len);
    } else {
        /* member names are restored too (a value may be a key in the request), never as JSON */
        size_t got = 0;
        anon_buf_reset(&j->tmp);
        rc = anon_restore_string(&j->lk, (const char *)dec->data, dec->len,
                                 j->is_key ? 0 : carrier(j), &j->tmp, &got);
        if (rc == ANON_OK)
            rc = got ? anon_json_escape(out, (const char *)j->tmp.data, j->tmp.len)
                     : anon_buf_append(out, j->raw.data, j->raw.len);
        wipe(&j->tmp);
    }
    if (j->is_key) {
        j->key_len = j->raw.len > JS_KEY_MAX ? JS_KEY_MAX + 1 : j->raw.len;
        if (j->key_len <= JS_KEY_MAX && j->key_len)
            memcpy(j->key, j->raw.data, j->key_len);
    }
    wipe(&j->raw);
    wipe(&j->dec);
    j->in_str = 0;
    j->spilled = 0;
    if (rc == ANON_OK)
        rc = anon_buf_append(out, "\"", 1);
    return rc;
}

static int put_utf8(anon_buf_t *b, unsigned cp)
{
    uint8_t u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (uint8_t)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (uint8_t)(0xC0 | (cp >> 6));
        u[1] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (uint8_t)(0xE0 | (cp >> 12));
        u[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (uint8_t)(0xF0 | (cp >> 18));
        u[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return anon_buf_append(b, u, n);
}

static int hexval(uint8_t c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* One byte of an escape. 1: fine; 0: not JSON. */
static int escape_byte(anon_jstream_t *j, uint8_t c, int *rc)
{
    if (j->esc == ESC_BS) {
        static const char simple[] = "\"\\/bfnrt";
        static const char value[] = "\"\\/\b\f\n\r\t";
        const char *s = c ? strchr(simple, c) : NULL;
        if (c == 'u') {
            j->esc = ESC_U1;
            j->u = 0;
            return 1;
        }
        if (!s || j->hi_surr)
            return 0;
        j->esc = ESC_NONE;
        *rc = anon_buf_append(&j->dec, &value[s - simple], 1);
        return 1;
    }
    int h = hexval(c);
    if (h < 0)
        return 0;
    j->u = j->u << 4 | (unsigned)h;
    if (j->esc != ESC_U4) {
        j->esc++;
        return 1;
    }
    j->esc = ESC_NONE;
    if (j->u >= 0xD800 && j->u <= 0xDBFF) {
        if (j->hi_surr)
            return 0;
        j->hi_surr = j->u;
        return 1;
    }
    if (j->u >= 0xDC00 && j->u <= 0xDFFF) {
        if (!j->hi_surr)
            return 0;
        unsigned cp = 0x10000 + ((j->hi_surr - 0xD800) << 10) + (j->u - 0xDC00);
        j->hi_surr = 0;
        *rc = put_utf8(&j->dec, cp);
        return 1;
    }
    if (j->hi_surr)
        return 0;
    *rc = put_utf8(&j->dec, j->u);
    return 1;
}

/* The end of a run of plain string bytes from i: the next quote, backslash or control byte. */
static size_t plain_run(const uint8_t *in, size_t i, size_t len)
{
#ifdef __SSE2__
    const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1F);
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(in + i));
        /* c <= 0x1F unsigned: min(c, 0x1F) == c */
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, bs)),
                                   _mm_cmpeq_epi8(_mm_min_epu8(v, ctl), v));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (mask)
            return i + (size_t)__builtin_ctz(mask);
    }
#endif
    while (i < len && in[i] != '"' && in[i] != '\\' && in[i] >= 0x20)
        i++;
    return i;
}

/* dec starts being kept: until now it was the raw bytes (no escape met). */
static int dec_from_raw(anon_jstream_t *j)
{
    if (!j->dec_is_raw)
        return ANON_OK;
    j->dec_is_raw = 0;
    return anon_buf_append(&j->dec, j->raw.data, j->raw.len);
}

/* Inside a string: bytes up to and including the closing quote, or to the end of the input.
 * *used says how many were taken; NOT_JSON: the byte after them cannot be JSON. Raw bytes are
 * appended once per call (in[from..i)), not once per run. */
static int string_bytes(anon_jstream_t *j, const uint8_t *in, size_t len, anon_buf_t *out,
                        size_t *used)
{
    size_t i = 0, from = 0;
    int rc = ANON_OK;
    *used = 0;
#define RAW_FLUSH()                                                                                \
    do {                                                                                           \
        if (rc == ANON_OK && !j->spilled && i > from)                                              \
            rc = anon_buf_append(&j->raw, in + from, i - from);                                    \
        from = i;                                                                                  \
    } while (0)
    while (i < len && rc == ANON_OK) {
        uint8_t c = in[i];
        size_t k = i + 1;
        if (j->esc != ESC_NONE) {
            if (!escape_byte(j, c, &rc)) {
                RAW_FLUSH();
                return rc < 0 ? rc : NOT_JSON;
            }
        } else if (c == '\\') {
            RAW_FLUSH();
            if (rc == ANON_OK)
                rc = dec_from_raw(j);
            j->esc = ESC_BS;
        } else if (c == '"' || c < 0x20 || j->hi_surr) {
            RAW_FLUSH();
            if (rc < 0)
                return rc;
            if (c != '"' || j->hi_surr)
                return NOT_JSON;
            *used = i + 1;
            return string_end(j, out);
        } else {
            k = plain_run(in, k, len);
            if (!j->dec_is_raw)
                rc = anon_buf_append(&j->dec, in + i, k - i);
        }
        i = k;
        *used = i;
        if (rc == ANON_OK && !j->spilled && j->raw.len + (i - from) > JS_SPILL) {
            RAW_FLUSH();
            if (j->is_key)
                return NOT_JSON; /* a member name over a MiB: not a document worth lexing */
            if (rc == ANON_OK)
                rc = dec_from_raw(j);
            if (rc == ANON_OK)
                rc = spill(j, out);
        }
    }
    RAW_FLUSH();
#undef RAW_FLUSH
    if (rc == ANON_OK && j->spilled && j->dec.len)
        rc = spill_flush(j, 0, out);
    return rc;
}

static int structural(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':' ||
           (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' ||
           c == 't' || c == 'r' || c == 'u' || c == 'f' || c == 'a' || c == 'l' || c == 's' ||
           c == 'n';
}

int anon_jstream_feed(anon_jstream_t *j, const uint8_t *in, size_t len, anon_buf_t *out)
{
    int rc = ANON_OK;
    size_t i = 0;
    while (i < len && rc == ANON_OK) {
        if (j->fallback)
            return text_out(j, in + i, len - i, out);
        if (j->in_str) {
            size_t used = 0;
            rc = string_bytes(j, in + i, len - i, out, &used);
            i += used;
            if (rc == NOT_JSON) {
                if ((rc = to_text(j, out)) == ANON_OK)
                    rc = text_out(j, in + i, len - i, out);
                return rc;
            }
            continue;
        }
        /* outside strings: a run up to and including an opening quote goes out as it is */
        size_t k = i;
        int bad = 0;
        for (; k < len; k++) {
            uint8_t c = in[k];
            if (c == '"') {
                j->in_str = 1;
                j->is_key = j->depth && j->stack[j->depth - 1] && j->expect_key;
                j->expect_key = 0;
                j->esc = ESC_NONE;
                j->hi_surr = 0;
                j->spilled = 0;
                j->dec_is_raw = 1;
                k++;
                break;
            }
            if (c == '{' || c == '[') {
                if (j->depth == JS_MAX_DEPTH) {
                    bad = 1;
                    break;
                }
                j->stack[j->depth++] = c == '{';
                j->expect_key = c == '{';
            } else if (c == '}' || c == ']') {
                if (!j->depth || j->stack[j->depth - 1] != (c == '}')) {
                    bad = 1;
                    break;
                }
                j->depth--;
                j->expect_key = 0;
            } else if (c == ',') {
                j->expect_key = j->depth && j->stack[j->depth - 1];
            } else if (c == ':') {
                j->expect_key = 0;
            } else if (!structural(c)) {
                bad = 1;
                break;
            }
        }
        rc = text_out(j, in + i, k - i, out);
        i = k;
        if (bad && rc == ANON_OK)
            rc = to_text(j, out);
    }
    return rc;
}

int anon_jstream_finish(anon_jstream_t *j, anon_buf_t *out)
{
    int rc = ANON_OK;
    if (j->in_str)
        rc = to_text(j, out); /* cut off inside a string: not JSON */
    if (rc == ANON_OK)
        rc = anon_tok_restore(&j->text, &j->lk, "", 0, 1, out, NULL);
    return rc;
}
