/* sse.c: restoring tokens in text/event-stream responses, provider-aware.
 *
 * Events are cut at their blank line and handled one at a time, never held longer. Each streamed
 * delta field (OpenAI choices[].delta.content / reasoning_content /
 * tool_calls[].function.arguments, Responses "*.delta", Anthropic content_block_delta text /
 * thinking / partial_json, Gemini candidates[].content.parts[].text, Cohere delta.message...)
 * belongs to a stream key (its choice, block, part or tool index). Per key, a trailing token prefix
 * is held back and prepended to the next delta of the same key; when the key ends (finish_reason,
 * content_block_stop, *.done, finishReason, [DONE], end of stream) it is flushed into that event's
 * own delta if it has one, otherwise in a copy of the key's last delta event whose delta text is
 * the held text (and whose other delta fields are empty). Only string contents are edited; other
 * bytes of the event stay. Shapes are recognised from the JSON itself, so the profile is only
 * advisory. Events whose data is not JSON are restored as text within the event.
 */
#include "anonymize/sse.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/sse_shape.h"

#include <limits.h>
#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define SSE_MAX_EVENT (32u << 20)
#define SSE_MAX_KEYS 4096
typedef struct sstate {
    sse_key_t key;
    anon_tokstream_t ts;
    anon_buf_t tmpl; /* raw bytes of the last event that carried a delta for this key */
    int in_event;    /* had a delta in the event being handled */
    int ending;
} sstate_t;

typedef struct line {
    size_t off, len, term;
} line_t;

/* A string of the event's JSON that the restore must look at, recorded by the one walk and
 * handled once the whole event is known (its index and finish fields may follow its deltas). */
#define REC_SEGS 7 /* sse_classify() reads seg[0..6] */
typedef struct srec {
    size_t start, end;                   /* the raw string in the data, quotes excluded */
    size_t toff, tlen;                   /* its decoded text in s->texts */
    unsigned depth;                      /* the path's full depth */
    anon_json_seg_t seg[REC_SEGS], last; /* its first segments and its last one */
} srec_t;

struct anon_sse {
    anon_lookup_t lk;
    anon_profile_t profile;
    anon_buf_t ev;   /* the event being received */
    size_t line_len; /* bytes of the current line so far */
    size_t ev_lines; /* lines of ev put in s->lines as they ended */
    int cr;          /* last byte was a CR ending a line */
    int cr_dispatched;
    sstate_t *keys;
    size_t nkeys, capkeys;
    size_t *saved; /* keys whose template was saved by the last dispatch */
    size_t nsaved, capsaved;
    unsigned long splits; /* split_lines calls: has s->lines been overwritten since? */
    line_t *lines;
    size_t caplines;
    anon_buf_t data, newdata;
    srec_t *recs; /* the strings of the event being handled */
    size_t nrecs, caprecs;
    anon_buf_t texts, xf; /* their decoded text; a restored string */
    anon_buf_t dec;       /* the walk's decoding scratch, kept from event to event */
};

/* ---- helpers -------------------------------------------------------------------------------- */

static sstate_t *find_key(anon_sse_t *s, const sse_key_t *k)
{
    for (size_t i = 0; i < s->nkeys; i++)
        if (sse_key_eq(&s->keys[i].key, k))
            return &s->keys[i];
    return NULL;
}

/* The state of key k; a new one is made for event m, whose ending of it is noted once. */
static sstate_t *get_key(anon_sse_t *s, const sse_key_t *k, int carrier, const sse_meta_t *m)
{
    sstate_t *st = find_key(s, k);
    if (st)
        return st;
    if (s->nkeys == s->capkeys) {
        if (s->capkeys >= SSE_MAX_KEYS)
            return NULL;
        size_t nc = s->capkeys ? s->capkeys * 2 : 8;
        sstate_t *nk = realloc(s->keys, nc * sizeof *nk);
        if (!nk)
            return NULL;
        s->keys = nk;
        s->capkeys = nc;
    }
    st = &s->keys[s->nkeys++];
    memset(st, 0, sizeof *st);
    st->key = *k;
    st->ts.json_inner = carrier;
    st->ending = sse_ends(m, k);
    return st;
}

static void drop_key(anon_sse_t *s, size_t i)
{
    anon_buf_free(&s->keys[i].tmpl);
    OPENSSL_cleanse(&s->keys[i].ts, sizeof s->keys[i].ts);
    s->keys[i] = s->keys[--s->nkeys];
}

/* ---- the walk: what the event is, and which strings to look at ----------------------------- */

typedef struct ctx {
    anon_sse_t *s;
    sse_meta_t m;
    const uint8_t *data;
    int synth;                  /* building a flush event from a template */
    const sse_key_t *synth_key; /* ... for this key */
    const anon_tokstream_t *synth_held;
    size_t restored;
    int pending; /* the string just handed to record_cb was recorded: its offsets come next */
} ctx_t;

/* The walk's string callback: record the strings the restore may change, never change them
 * here. A string that is no delta and holds no token start is left alone, unrecorded. */
static int record_cb(void *arg, const anon_json_path_t *p, const char *str, size_t n,
                     anon_buf_t *out)
{
    ctx_t *c = arg;
    anon_sse_t *s = c->s;
    int rc;
    (void)out;
    c->pending = 0;
    if (p->is_key || (!sse_maybe_delta(p) && !anon_tok_may_hold(str, n)))
        return 0;
    if (s->nrecs == s->caprecs) {
        size_t nc = s->caprecs ? 2 * s->caprecs : 8;
        srec_t *nr = realloc(s->recs, nc * sizeof *nr);
        if (!nr)
            return ANON_ERR_NOMEM;
        s->recs = nr;
        s->caprecs = nc;
    }
    srec_t *r = &s->recs[s->nrecs];
    r->toff = s->texts.len;
    r->tlen = n;
    if (n && (rc = anon_buf_append(&s->texts, str, n)) < 0)
        return rc;
    r->depth = p->depth;
    memcpy(r->seg, p->seg, (p->depth < REC_SEGS ? p->depth : REC_SEGS) * sizeof *r->seg);
    if (p->depth)
        r->last = p->seg[p->depth - 1];
    c->pending = 1;
    return 0;
}

/* The walk's value callback: the raw offsets of a string just recorded; the index, finish and
 * type fields the event's deltas are classified by. */
static int meta_cb(void *arg, const anon_json_path_t *p, int type, size_t start, size_t end)
{
    ctx_t *c = arg;
    sse_meta_t *m = &c->m;
    if (c->pending) { /* called right after record_cb, for the same string */
        srec_t *r = &c->s->recs[c->s->nrecs++];
        c->pending = 0;
        r->start = start + 1;
        r->end = end - 1;
    }
    if (!sse_meta_depth(p->depth))
        return 0;
    return sse_meta_value(m, p, type, c->data + start, end - start);
}

/* ---- the recorded strings, restored once the event is known ------------------------------- */

/* Restore one recorded string into out; > 0 when it changed (out then holds its new text). */
static int restore_rec(ctx_t *c, const srec_t *r, const char *str, size_t n, anon_buf_t *out)
{
    anon_sse_t *s = c->s;
    anon_json_path_t path = {.seg = r->seg, .depth = r->depth}, *p = &path;
    sse_key_t k;
    int carrier, rc;
    if (!sse_classify(&c->m, p, &k, &carrier)) {
        if (!anon_tok_may_hold(str, n))
            return 0;
        const anon_json_seg_t *last = p->depth ? &r->last : NULL;
        int hint = last && !last->in_array && anon_json_carrier_key(last->key, last->key_len);
        size_t got = 0;
        if ((rc = anon_restore_string(&s->lk, str, n, hint, out, &got)) < 0)
            return rc;
        c->restored += got;
        return got ? 1 : 0;
    }
    if (c->synth) {
        if (sse_key_eq(&k, c->synth_key)) {
            anon_tokstream_t ts = *c->synth_held; /* released as text: no token can complete */
            rc = anon_tok_restore(&ts, &s->lk, "", 0, 1, out, NULL);
            OPENSSL_cleanse(&ts, sizeof ts);
            return rc < 0 ? rc : 1;
        }
        return n ? 1 : 0; /* other deltas of the copied event are emptied */
    }
    sstate_t *st = get_key(s, &k, carrier, &c->m);
    if (!st)
        return ANON_ERR_TOO_LARGE;
    int final = st->ending; /* sse_ends(&c->m, &k), noted for every key before the strings */
    size_t had = st->ts.nheld, got = 0;
    if ((rc = anon_tok_restore(&st->ts, &s->lk, str, n, final, out, &got)) < 0)
        return rc;
    st->in_event = 1;
    c->restored += got;
    return (had || st->ts.nheld || got) ? 1 : 0;
}

/* The event's data with its recorded strings restored, into s->newdata (the whole data when a
 * string changed or the event is a flush copy; otherwise newdata is not needed and stays
 * empty). *changed: how many strings changed. The same bytes anon_json_rewrite would give. */
static int restore_recs(ctx_t *c, const uint8_t *data, size_t dlen, size_t *changed)
{
    anon_sse_t *s = c->s;
    size_t copied = 0;
    int rc = ANON_OK;
    *changed = 0;
    for (size_t i = 0; i < s->nrecs; i++) {
        const srec_t *r = &s->recs[i];
        const char *text = s->texts.data ? (const char *)s->texts.data + r->toff : "";
        anon_buf_setlen(&s->xf, 0);
        if ((rc = restore_rec(c, r, text, r->tlen, &s->xf)) < 0)
            goto done;
        if (rc == 0)
            continue;
        *changed += (size_t)rc;
        if ((rc = anon_buf_append(&s->newdata, data + copied, r->start - copied)) < 0 ||
            (rc = anon_json_escape(&s->newdata, (const char *)s->xf.data, s->xf.len)) < 0)
            goto done;
        copied = r->end;
    }
    rc = ANON_OK;
    if (*changed || c->synth)
        rc = anon_buf_append(&s->newdata, data + copied, dlen - copied);
done:
    anon_buf_reset(&s->xf);
    return rc;
}

/* ---- events ------------------------------------------------------------------------------- */

/* The next CR or LF from i, or len; 16 bytes at a time. */
static size_t line_end(const uint8_t *in, size_t i, size_t len)
{
#ifdef __SSE2__
    const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(in + i));
        unsigned mask =
            (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
        if (mask)
            return i + (size_t)__builtin_ctz(mask);
    }
#endif
    while (i < len && in[i] != '\r' && in[i] != '\n')
        i++;
    return i;
}

/* s->lines[k] = l, growing the array. */
static int put_line(anon_sse_t *s, size_t k, line_t l)
{
    if (k == s->caplines) {
        size_t nc = s->caplines ? s->caplines * 2 : 16;
        line_t *nl = realloc(s->lines, nc * sizeof *nl);
        if (!nl)
            return ANON_ERR_NOMEM;
        s->lines = nl;
        s->caplines = nc;
    }
    s->lines[k] = l;
    return ANON_OK;
}

static int split_lines(anon_sse_t *s, const uint8_t *ev, size_t n, size_t *nlines)
{
    size_t k = 0, i = 0;
    int rc;
    s->splits++;
    while (i < n) {
        size_t st = i;
        i = line_end(ev, i, n);
        size_t len = i - st, term = 0;
        if (i < n) {
            term = (ev[i] == '\r' && i + 1 < n && ev[i + 1] == '\n') ? 2 : 1;
            i += term;
        }
        if ((rc = put_line(s, k++, (line_t){st, len, term})) < 0)
            return rc;
    }
    *nlines = k;
    return ANON_OK;
}

static int is_data_line(const uint8_t *l, size_t n)
{
    return n >= 4 && memcmp(l, "data", 4) == 0 && (n == 4 || l[4] == ':');
}

/* Append the event ev to out, its data lines replaced by s->newdata when changed. */
static int emit_event(anon_sse_t *s, const uint8_t *ev, size_t len, size_t nlines, int changed,
                      anon_buf_t *out)
{
    int rc, first = 1;
    if (!changed)
        return anon_buf_append(out, ev, len);
    for (size_t i = 0; i < nlines; i++) {
        const line_t *l = &s->lines[i];
        const uint8_t *p = ev + l->off;
        if (!is_data_line(p, l->len)) {
            if ((rc = anon_buf_append(out, p, l->len + l->term)) < 0)
                return rc;
            continue;
        }
        if (!first)
            continue;
        first = 0;
        int space = l->len > 5 && p[5] == ' ';
        const uint8_t *d = s->newdata.data ? s->newdata.data : (const uint8_t *)"";
        const uint8_t *e = d + s->newdata.len;
        for (;;) {
            const uint8_t *nl = memchr(d, '\n', (size_t)(e - d));
            size_t pl = nl ? (size_t)(nl - d) : (size_t)(e - d);
            if ((rc = anon_buf_append(out, space ? "data: " : "data:", space ? 6 : 5)) < 0 ||
                (rc = anon_buf_append(out, d, pl)) < 0 ||
                (rc = anon_buf_append(out, ev + l->off + l->len, l->term)) < 0)
                return rc;
            if (!nl)
                break;
            d = nl + 1;
        }
    }
    return ANON_OK;
}

/* The event's data (its data lines' values joined with \n) and the number of data lines. One
 * line's value is pointed at where it is in ev; several are joined in s->data. */
static int gather_data(anon_sse_t *s, const uint8_t *ev, size_t nlines, const uint8_t **data,
                       size_t *dlen, size_t *ndata)
{
    int rc;
    anon_buf_setlen(&s->data, 0);
    *data = (const uint8_t *)"";
    *dlen = 0;
    *ndata = 0;
    for (size_t i = 0; i < nlines; i++) {
        const uint8_t *p = ev + s->lines[i].off;
        size_t n = s->lines[i].len;
        if (!is_data_line(p, n))
            continue;
        size_t v = n > 4 ? 5 : 4;
        if (v < n && p[v] == ' ')
            v++;
        if (*ndata == 0) {
            *data = p + v;
            *dlen = n - v;
        } else if ((*ndata == 1 && (rc = anon_buf_append(&s->data, *data, *dlen)) < 0) ||
                   (rc = anon_buf_append(&s->data, "\n", 1)) < 0 ||
                   (rc = anon_buf_append(&s->data, p + v, n - v)) < 0) {
            return rc;
        }
        (*ndata)++;
    }
    if (*ndata > 1) {
        *data = s->data.data;
        *dlen = s->data.len;
    }
    return ANON_OK;
}

static int flush_keys(anon_sse_t *s, int all, anon_buf_t *out);

/* One whole event: restore, flush what it ends, append to out. fed_lines: how many lines of ev
 * anon_sse_feed already put in s->lines as it received them (0: split them here). synth_key !=
 * NULL builds the flush event for that key from its template instead. */
static int handle_event(anon_sse_t *s, const uint8_t *ev, size_t len, size_t fed_lines,
                        const sse_key_t *synth_key, const anon_tokstream_t *synth_held,
                        anon_buf_t *out)
{
    size_t nlines = fed_lines, ndata, dlen;
    const uint8_t *data;
    int rc;
    if ((!fed_lines && (rc = split_lines(s, ev, len, &nlines)) < 0) ||
        (rc = gather_data(s, ev, nlines, &data, &dlen, &ndata)) < 0)
        return rc;
    if (!ndata)
        return emit_event(s, ev, len, nlines, 0, out);
    if (!synth_key && dlen == 6 && memcmp(data, "[DONE]", 6) == 0) {
        if ((rc = flush_keys(s, 1, out)) < 0)
            return rc;
        /* flushing re-split the template events: split this one again */
        if ((rc = split_lines(s, ev, len, &nlines)) < 0)
            return rc;
        return emit_event(s, ev, len, nlines, 0, out);
    }
    ctx_t c = {.s = s,
               .data = data,
               .synth = synth_key != NULL,
               .synth_key = synth_key,
               .synth_held = synth_held};
    sse_meta_init(&c.m);
    anon_json_walker_t w = {.max_depth = 256,
                            .str = record_cb,
                            .value = meta_cb,
                            .value_depth = UINT_MAX,
                            .arg = &c,
                            .dec = &s->dec};
    anon_buf_setlen(&s->newdata, 0);
    s->nrecs = 0;
    anon_buf_setlen(&s->texts, 0);
    if ((rc = anon_json_rewrite(&w, data, dlen, NULL, NULL)) == ANON_ERR_NOMEM)
        return rc;
    if (rc < 0) {
        /* not JSON: restore within this event as text */
        anon_tokstream_t ts = {0};
        size_t got = 0;
        if ((rc = anon_tok_restore(&ts, &s->lk, (const char *)data, dlen, 1, &s->newdata, &got)) <
            0)
            return rc;
        return emit_event(s, ev, len, nlines, got > 0, out);
    }
    sse_meta_done(&c.m);
    for (size_t i = 0; !synth_key && i < s->nkeys; i++) {
        s->keys[i].in_event = 0;
        s->keys[i].ending = sse_ends(&c.m, &s->keys[i].key);
    }
    size_t changed = 0;
    if ((rc = restore_recs(&c, data, dlen, &changed)) < 0)
        return rc;
    if (synth_key)
        return emit_event(s, ev, len, nlines, 1, out);
    /* Keys this event ends without a delta of their own get their held text first. */
    anon_buf_t mine = s->newdata;
    unsigned long splits = s->splits;
    s->newdata = (anon_buf_t){0};
    rc = flush_keys(s, 0, out);
    anon_buf_free(&s->newdata);
    s->newdata = mine;
    if (rc < 0)
        return rc;
    /* a flush handled template events, which split s->lines anew */
    if ((s->splits != splits && (rc = split_lines(s, ev, len, &nlines)) < 0) ||
        (rc = emit_event(s, ev, len, nlines, changed > 0, out)) < 0)
        return rc;
    /* Remember this event as the template of the keys it carried; forget keys it ended. */
    s->nsaved = 0;
    for (size_t i = 0; i < s->nkeys;) {
        sstate_t *st = &s->keys[i];
        if (st->ending) {
            drop_key(s, i);
            continue;
        }
        /* A template is only read while its key holds text, and a key only comes to hold text
         * in an event with its delta: the copy is needed only when this event leaves it so. */
        if (st->in_event)
            anon_buf_setlen(&st->tmpl, 0);
        if (st->in_event && st->ts.nheld) {
            if ((rc = anon_buf_append(&st->tmpl, ev, len)) < 0)
                return rc;
            if (s->nsaved == s->capsaved) { /* grown, never shrunk: not once per event */
                size_t nc = s->capsaved ? 2 * s->capsaved : 8;
                size_t *ns = realloc(s->saved, nc * sizeof *ns);
                if (!ns)
                    return ANON_ERR_NOMEM;
                s->saved = ns;
                s->capsaved = nc;
            }
            s->saved[s->nsaved++] = i;
        }
        i++;
    }
    return ANON_OK;
}

/* Emit a flush event for every key (all) or every ending key that still holds text. */
static int flush_keys(anon_sse_t *s, int all, anon_buf_t *out)
{
    int rc;
    for (size_t i = 0; i < s->nkeys; i++) {
        sstate_t *st = &s->keys[i];
        if (!st->ts.nheld || !st->tmpl.len || (!all && (!st->ending || st->in_event)))
            continue;
        anon_tokstream_t held = st->ts;
        sse_key_t key = st->key;
        anon_buf_t tmpl = st->tmpl;
        st->tmpl = (anon_buf_t){0};
        st->ts.nheld = 0;
        rc = handle_event(s, tmpl.data, tmpl.len, 0, &key, &held, out);
        /* handle_event may not add keys in synth mode, so st is still valid */
        s->keys[i].tmpl = tmpl;
        OPENSSL_cleanse(&held, sizeof held);
        if (rc < 0)
            return rc;
    }
    if (all) {
        while (s->nkeys)
            drop_key(s, s->nkeys - 1);
        s->nsaved = 0;
    }
    return ANON_OK;
}

/* ---- the byte stream ------------------------------------------------------------------------ */

anon_sse_t *anon_sse_new(const anon_lookup_t *lk, anon_profile_t profile)
{
    anon_sse_t *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->lk = *lk;
    s->profile = profile;
    return s;
}

/* Handle the event ev[0..len) whose lines anon_sse_feed noted in s->lines. */
static int dispatch(anon_sse_t *s, const uint8_t *ev, size_t len, anon_buf_t *out)
{
    s->nsaved = 0;
    int rc = handle_event(s, ev, len, s->ev_lines, NULL, NULL, out);
    s->ev_lines = 0;
    return rc;
}

/* The event being received is s->ev followed by in[from..i): bytes are copied into s->ev only
 * when an event is cut across feed calls, so an event that arrives whole is handled where it is
 * in the input. */
int anon_sse_feed(anon_sse_t *s, const uint8_t *in, size_t len, anon_buf_t *out)
{
    size_t i = 0, from = 0;
    int rc;
    while (i < len) {
        uint8_t c = in[i];
        if (s->cr) {
            s->cr = 0;
            if (c == '\n') {
                int was = s->cr_dispatched;
                s->cr_dispatched = 0;
                if (was) {
                    /* the LF of a CRLF that ended the last event: it belongs to its templates */
                    for (size_t k = 0; k < s->nsaved; k++)
                        if ((rc = anon_buf_append(&s->keys[s->saved[k]].tmpl, "\n", 1)) < 0)
                            return rc;
                    s->nsaved = 0;
                    if ((rc = anon_buf_append(out, "\n", 1)) < 0)
                        return rc;
                    from = i + 1; /* not part of the next event */
                } else {
                    s->lines[s->ev_lines - 1].term = 2; /* the CR just before ended a line */
                }
                i++;
                continue;
            }
        }
        s->cr_dispatched = 0;
        if (c == '\r' || c == '\n') {
            line_t l = {s->ev.len + (i - from) - s->line_len, s->line_len, 1};
            if ((rc = put_line(s, s->ev_lines, l)) < 0)
                return rc;
            s->ev_lines++;
            i++;
            s->cr = c == '\r';
            if (s->line_len == 0) {
                if (s->ev.len == 0) {
                    rc = dispatch(s, in + from, i - from, out);
                } else if ((rc = anon_buf_append(&s->ev, in + from, i - from)) == ANON_OK) {
                    rc = dispatch(s, s->ev.data, s->ev.len, out);
                    anon_buf_reset(&s->ev);
                }
                if (rc < 0)
                    return rc;
                from = i;
                s->cr_dispatched = s->cr;
            }
            s->line_len = 0;
            continue;
        }
        size_t j = line_end(in, i, len);
        if (s->ev.len + (j - from) > SSE_MAX_EVENT)
            return ANON_ERR_TOO_LARGE;
        s->line_len += j - i;
        i = j;
    }
    if (from == len)
        return ANON_OK; /* nothing left to keep (also in == NULL with len == 0: no in + 0) */
    return anon_buf_append(&s->ev, in + from, len - from);
}

int anon_sse_finish(anon_sse_t *s, anon_buf_t *out)
{
    int rc = flush_keys(s, 1, out);
    if (rc < 0)
        return rc;
    if (s->ev.len) {
        /* an unterminated last event: restore it as text */
        anon_tokstream_t ts = {0};
        rc = anon_tok_restore(&ts, &s->lk, (const char *)s->ev.data, s->ev.len, 1, out, NULL);
        anon_buf_reset(&s->ev);
    }
    return rc;
}

size_t anon_sse_buffered(const anon_sse_t *s)
{
    return s ? s->ev.cap + s->data.cap + s->newdata.cap + s->texts.cap + s->xf.cap + s->dec.cap : 0;
}

void anon_sse_free(anon_sse_t *s)
{
    if (!s)
        return;
    while (s->nkeys)
        drop_key(s, s->nkeys - 1);
    free(s->keys);
    free(s->saved);
    free(s->lines);
    anon_buf_free(&s->ev);
    anon_buf_free(&s->data);
    anon_buf_free(&s->newdata);
    anon_buf_free(&s->texts);
    anon_buf_free(&s->xf);
    anon_buf_free(&s->dec);
    free(s->recs);
    free(s);
}
