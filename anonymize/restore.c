/* restore.c: tokens back to original values in responses (text and whole JSON bodies).
 *
 * The one rule: a token is restored in the decoded space of the text it appears in, and the value
 * is then encoded for that text's own level. JSON string values are decoded, restored and
 * re-encoded by the JSON walker; text inside them that is itself JSON (tool-call arguments) is
 * restored with its values JSON-escaped once more, so nested levels come out right. Tokens are
 * matched in every form a model retypes them in (token.c); a percent-encoded form gets its value
 * percent-encoded. The start of a form at the end of a piece is held back (never
 * ANON_TOKEN_HOLD bytes or more) until the next piece.
 *
 * ANON_RESP_JSON bodies are restored as they stream (jstream.c), string by string; a body
 * declared JSON that does not parse is restored as text from where it stops being JSON.
 */
#include "anonymize/restore.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/sse.h"

#include <ctype.h>
#include <limits.h>
#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

static void truncate_wipe(anon_buf_t *b, size_t len)
{
    if (b->len > len)
        OPENSSL_cleanse(b->data + len, b->len - len);
    b->len = len;
}

static int tok_type_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

int anon_tok_match(const char *p, size_t n, size_t *len)
{
    if (n < 2)
        return ANON_TOK_PREFIX;
    if (p[1] < 'A' || p[1] > 'Z')
        return ANON_TOK_NO;
    size_t i;
    for (i = 2; i < n && i < ANON_TOKEN_MAX; i++) {
        char c = p[i];
        if (c == ']') {
            /* p[1..i) must be TYPE '_' N with N digits, no leading zero */
            size_t u = i;
            while (u > 1 && p[u - 1] >= '0' && p[u - 1] <= '9')
                u--;
            if (u == i || p[u - 1] != '_' || u - 1 < 2)
                return ANON_TOK_NO;
            if (p[u] == '0' && i - u > 1)
                return ANON_TOK_NO;
            *len = i + 1;
            return ANON_TOK_FULL;
        }
        if (!tok_type_char(c))
            return ANON_TOK_NO;
    }
    return i >= ANON_TOKEN_MAX ? ANON_TOK_NO : ANON_TOK_PREFIX;
}

/* Append literal text, keeping the inner JSON lexer current. */
static int emit_text(anon_tokstream_t *ts, const char *s, size_t n, anon_buf_t *out)
{
    if (ts->json_inner) {
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            if (ts->esc)
                ts->esc = 0;
            else if (ts->in_str && c == '\\')
                ts->esc = 1;
            else if (c == '"')
                ts->in_str = !ts->in_str;
        }
    }
    return anon_buf_append(out, s, n);
}

/* The value percent-encoded: every byte but the unreserved ones (RFC 3986). */
static int percent_encode(anon_buf_t *out, const char *v, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)v[i];
        int rc;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~') {
            rc = anon_buf_append(out, &v[i], 1);
        } else {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            rc = anon_buf_append(out, e, 3);
        }
        if (rc < 0)
            return rc;
    }
    return ANON_OK;
}

/* Is v already the text of a JSON string, escapes and all (a backslash in it, each one opening a
 * valid escape, no bare quote or control byte)? Such a value was taken from text that is JSON
 * but did not parse whole (a tool call's arguments cut short), where the detectors read the
 * escapes as they stand ("frank@example.org\u0435"): it goes back as it was, not escaped twice. */
static int escaped_already(const char *v, size_t n)
{
    int seen = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)v[i];
        if (c < 0x20 || c == '"')
            return 0;
        if (c != '\\')
            continue;
        if (i + 1 >= n)
            return 0;
        c = (uint8_t)v[++i];
        if (c == 'u') {
            if (i + 4 >= n)
                return 0;
            for (size_t k = 1; k <= 4; k++)
                if (!isxdigit((unsigned char)v[i + k]))
                    return 0;
            i += 4;
        } else if (c < 0x20 || !strchr("\"\\/bfnrt", c)) {
            return 0;
        }
        seen = 1;
    }
    return seen;
}

static unsigned allowed(const anon_tokstream_t *ts)
{
    return ts->json_inner ? 0 : ANON_TF_BACKSLASH;
}

/* tok[0..n) is a token form whose canonical token is canon: its value, encoded for where it
 * lands, or the form itself when the token is not this session's. */
static int emit_token(anon_tokstream_t *ts, const anon_lookup_t *lk, const char *tok, size_t n,
                      const char *canon, size_t clen, unsigned form, anon_buf_t *out,
                      size_t *restored)
{
    size_t vl = 0;
    const char *v = lk->fn(lk->arg, canon, clen, &vl);
    if (!v)
        return emit_text(ts, tok, n, out);
    if (restored)
        (*restored)++;
    if (form & ANON_FORM_PERCENT)
        return percent_encode(out, v, vl); /* ASCII without quotes or backslashes */
    if (ts->json_inner && ts->in_str && !escaped_already(v, vl))
        return anon_json_escape(out, v, vl);
    return anon_buf_append(out, v, vl);
}

/* The held bytes no longer start a token form: release them up to the next byte that could. */
static int release_held(anon_tokstream_t *ts, size_t from, anon_buf_t *out)
{
    size_t h = ts->nheld;
    size_t at = from + anon_tok_next_start(ts->held + from, h - from, allowed(ts));
    int rc = emit_text(ts, ts->held, at, out);
    memmove(ts->held, ts->held + at, h - at);
    ts->nheld = h - at;
    return rc;
}

int anon_tok_restore(anon_tokstream_t *ts, const anon_lookup_t *lk, const char *s, size_t n,
                     int final, anon_buf_t *out, size_t *restored)
{
    size_t i = 0, tl = 0, cl = 0;
    unsigned allow = allowed(ts), form = 0;
    char canon[ANON_TOKEN_MAX + 1];
    int rc;
    /* The held start of a form meets the next piece; at most ANON_TOKEN_HOLD rounds, as each
     * one releases or completes at least one held byte. */
    while (ts->nheld) {
        char tmp[2 * ANON_TOKEN_HOLD];
        size_t h = ts->nheld, take = n < ANON_TOKEN_HOLD ? n : ANON_TOKEN_HOLD;
        memcpy(tmp, ts->held, h);
        if (take)
            memcpy(tmp + h, s, take);
        switch (anon_tok_variant(tmp, h + take, allow, &tl, canon, &cl, &form)) {
        case ANON_TOK_FULL:
            if ((rc = emit_token(ts, lk, tmp, tl, canon, cl, form, out, restored)) < 0)
                return rc;
            if (tl >= h) {
                ts->nheld = 0;
                i = tl - h;
                break;
            }
            memmove(ts->held, ts->held + tl, h - tl); /* the form ended inside what was held */
            ts->nheld = h - tl;
            if ((rc = release_held(ts, 0, out)) < 0)
                return rc;
            continue;
        case ANON_TOK_PREFIX: /* all of s joined the prefix (take == n: a prefix is shorter) */
            ts->nheld = 0;
            if (final)
                return emit_text(ts, tmp, h + take, out);
            memcpy(ts->held, tmp, h + take);
            ts->nheld = h + take;
            OPENSSL_cleanse(tmp, sizeof tmp);
            return ANON_OK;
        default: /* the first held byte starts no form */
            if ((rc = release_held(ts, 1, out)) < 0)
                return rc;
            continue;
        }
        break;
    }
    while (i < n) {
        size_t at = i + anon_tok_next_start(s + i, n - i, allow);
        if ((rc = emit_text(ts, s + i, at - i, out)) < 0)
            return rc;
        if (at >= n)
            break;
        switch (anon_tok_variant(s + at, n - at, allow, &tl, canon, &cl, &form)) {
        case ANON_TOK_FULL:
            if ((rc = emit_token(ts, lk, s + at, tl, canon, cl, form, out, restored)) < 0)
                return rc;
            i = at + tl;
            break;
        case ANON_TOK_PREFIX:
            if (final)
                return emit_text(ts, s + at, n - at, out);
            memcpy(ts->held, s + at, n - at);
            ts->nheld = n - at;
            return ANON_OK;
        default:
            if ((rc = emit_text(ts, s + at, 1, out)) < 0)
                return rc;
            i = at + 1;
        }
    }
    return ANON_OK;
}

int anon_json_carrier_key(const uint8_t *key, size_t key_len)
{
    return key && ((key_len == 9 && memcmp(key, "arguments", 9) == 0) ||
                   (key_len == 12 && memcmp(key, "partial_json", 12) == 0));
}

int anon_restore_string(const anon_lookup_t *lk, const char *s, size_t n, int json_hint,
                        anon_buf_t *out, size_t *restored)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    if (i < n && (s[i] == '{' || s[i] == '[')) {
        size_t before = out->len, got = 0;
        int rc = anon_restore_json(lk, (const uint8_t *)s, n, out, &got);
        if (rc == ANON_OK) {
            if (restored)
                *restored += got;
            return ANON_OK;
        }
        truncate_wipe(out, before);
        if (rc == ANON_ERR_NOMEM)
            return rc;
        /* not whole JSON: lexed as JSON only when the field is known to carry it (a streamed or
         * cut-off argument string); other text that merely starts with a bracket stays text */
    }
    anon_tokstream_t ts = {.json_inner = json_hint};
    return anon_tok_restore(&ts, lk, s, n, 1, out, restored);
}

static int restore_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                      anon_buf_t *out)
{
    const anon_lookup_t *lk = arg;
    if (!anon_tok_may_hold(s, n))
        return 0;
    const anon_json_seg_t *last = path->depth ? &path->seg[path->depth - 1] : NULL;
    int hint = last && !last->in_array && anon_json_carrier_key(last->key, last->key_len);
    size_t got = 0;
    int rc = anon_restore_string(lk, s, n, hint, out, &got);
    if (rc < 0)
        return rc;
    return got > INT_MAX ? INT_MAX : (int)got;
}

int anon_restore_json(const anon_lookup_t *lk, const uint8_t *in, size_t n, anon_buf_t *out,
                      size_t *restored)
{
    anon_json_walker_t w = {.max_depth = 512, .keys = 1, .str = restore_cb, .arg = (void *)lk};
    size_t got = 0;
    int rc = anon_json_rewrite(&w, in, n, out, &got);
    if (rc == ANON_OK && restored)
        *restored += got;
    return rc;
}

/* ---- the restorer ------------------------------------------------------------------------- */

struct anon_restorer {
    anon_resp_kind_t kind;
    anon_lookup_t lk;
    anon_tokstream_t text;
    anon_jstream_t *js; /* ANON_RESP_JSON */
    anon_sse_t *sse;
    int done;
};

anon_restorer_t *anon_restorer_new_lookup(const anon_lookup_t *lk, anon_resp_kind_t kind,
                                          anon_profile_t profile)
{
    anon_restorer_t *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->kind = kind;
    r->lk = *lk;
    if ((kind == ANON_RESP_SSE && !(r->sse = anon_sse_new(lk, profile))) ||
        (kind == ANON_RESP_JSON && !(r->js = anon_jstream_new(lk)))) {
        free(r);
        return NULL;
    }
    return r;
}

int anon_restorer_feed(anon_restorer_t *r, const uint8_t *in, size_t len, anon_buf_t *out)
{
    if (r->done)
        return ANON_ERR_CONFIG;
    switch (r->kind) {
    case ANON_RESP_JSON:
        return anon_jstream_feed(r->js, in, len, out);
    case ANON_RESP_SSE:
        return anon_sse_feed(r->sse, in, len, out);
    default:
        return anon_tok_restore(&r->text, &r->lk, (const char *)in, len, 0, out, NULL);
    }
}

int anon_restorer_finish(anon_restorer_t *r, anon_buf_t *out)
{
    if (r->done)
        return ANON_ERR_CONFIG;
    r->done = 1;
    switch (r->kind) {
    case ANON_RESP_JSON:
        return anon_jstream_finish(r->js, out);
    case ANON_RESP_SSE:
        return anon_sse_finish(r->sse, out);
    default:
        return anon_tok_restore(&r->text, &r->lk, "", 0, 1, out, NULL);
    }
}

size_t anon_restorer_buffered(const anon_restorer_t *r)
{
    return !r ? 0 : r->js ? anon_jstream_buffered(r->js) : r->sse ? anon_sse_buffered(r->sse) : 0;
}

void anon_restorer_free(anon_restorer_t *r)
{
    if (!r)
        return;
    anon_jstream_free(r->js);
    anon_sse_free(r->sse);
    OPENSSL_cleanse(&r->text, sizeof r->text);
    free(r);
}
