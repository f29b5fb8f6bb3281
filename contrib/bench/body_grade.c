/* body_grade.c: a record that is a whole API request body, graded the way the gateway reads it.
 *
 * The gateway does not scan a body's raw bytes: anon_rewrite walks the JSON, hands each decoded
 * string to the session and rewrites a string that is itself JSON (tool-call arguments) at its
 * own level. So a body record is rewritten with hush scan's options and the output is aligned
 * with the input: every byte outside a replacement comes back unchanged, up to the escapes a
 * rewritten string is written back with (\u00e9 becomes é, \/ becomes /, at every level), and
 * each issued token stands where the bytes it replaced stood. The alignment is a minimal edit
 * script (Myers) over units that compare alike however they are escaped: a raw character and its
 * \uXXXX form (one backslash or the two of a string inside a string) are one unit; an issued
 * token is one unit that matches nothing. The input bytes deleted where a token was inserted are
 * that token's finding, typed by the token. For a body record "found" therefore means: the raw
 * span's bytes were replaced, in whatever escaping they stood. Inserted text that replaces
 * nothing (an instruction, the quotes around a number's token) and re-escaped bytes are no
 * finding.
 */
#include "body_grade.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEY_ESC 0x200000u         /* an escape kept as written: | backslashes << 16 | char */
#define KEY_RAW 0x100000000ull    /* a byte that is no valid UTF-8 character */
#define KEY_TOKEN 0x1000000000ull /* an issued token: | its unit index, matches nothing */
#define MAX_EDITS 40000           /* units deleted plus inserted; more is not a rewrite */

struct unit {
    size_t s, e;  /* raw bytes */
    uint64_t key; /* what it compares as */
    int type;     /* an issued token's type, else -1 */
    const char *value;
    size_t vlen;
};

struct units {
    struct unit *u;
    size_t n, cap;
};

static int push(struct units *us, size_t s, size_t e, uint64_t key)
{
    if (us->n == us->cap) {
        size_t cap = us->cap ? us->cap * 2 : 256;
        struct unit *u = realloc(us->u, cap * sizeof *u);
        if (!u)
            return -1;
        us->u = u;
        us->cap = cap;
    }
    us->u[us->n++] = (struct unit){s, e, key, -1, NULL, 0};
    return 0;
}

static int hex4(const char *p, const char *end, unsigned *v)
{
    unsigned x = 0;
    if (end - p < 4)
        return -1;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int h = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (h < 0)
            return -1;
        x = x << 4 | (unsigned)h;
    }
    *v = x;
    return 0;
}

/* The short escape a code point is written back as, or 0 when it is written raw. */
static unsigned short_escape(unsigned cp)
{
    switch (cp) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\n':
        return 'n';
    case '\t':
        return 't';
    case '\r':
        return 'r';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    default:
        return cp < 0x20 ? 0x100 + cp : 0;
    }
}

/* A run of backslashes at t[i] and what it escapes: one unit. */
static int unit_escape(struct units *us, const char *t, size_t len, size_t i)
{
    size_t b = 0;
    while (i + b < len && t[i + b] == '\\')
        b++;
    uint64_t lvl = (uint64_t)(b > 15 ? 15 : b) << 16;
    if (i + b == len)
        return push(us, i, len, KEY_ESC | lvl);
    char c = t[i + b];
    unsigned cp;
    if (c == 'u' && hex4(t + i + b + 1, t + len, &cp) == 0) {
        size_t e = i + b + 5;
        unsigned lo;
        /* a surrogate pair, its second half escaped at the same level */
        if (cp >= 0xD800 && cp <= 0xDBFF && e + b + 5 <= len && strspn(t + e, "\\") >= b &&
            t[e + b] == 'u' && hex4(t + e + b + 1, t + len, &lo) == 0 && lo >= 0xDC00 &&
            lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            e += b + 5;
        }
        unsigned se = short_escape(cp);
        return push(us, i, e, se ? KEY_ESC | lvl | se : cp);
    }
    if (c == '/')
        return push(us, i, i + b + 1, '/');
    /* an escaped backslash before a character no escape has ("C:\\Users\\MRoth",
     * "CORP\\x", "\\[PERSON_1]" where a token replaced it): the backslashes are one unit and
     * the character stands alone, so a value or a token right after a path's backslash aligns */
    if (b % 2 == 0 && !strchr("\"bfnrtu", c))
        return push(us, i, i + b, KEY_ESC | lvl | '\\');
    if ((unsigned char)c < 0x80)
        return push(us, i, i + b + 1, KEY_ESC | lvl | (unsigned char)c);
    return push(us, i, i + b, KEY_ESC | lvl | 0xFFFF);
}

/* The UTF-8 character at t[i] as its code point (a stray byte as itself, apart). */
static size_t utf8_at(const char *t, size_t len, size_t i, uint64_t *key)
{
    const unsigned char *p = (const unsigned char *)t + i;
    size_t n = len - i, need = p[0] < 0x80 ? 1 : p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
    if (p[0] >= 0x80 && p[0] < 0xC2)
        need = 0;
    if (need == 0 || need > n) {
        *key = KEY_RAW | p[0];
        return 1;
    }
    uint32_t cp = need == 1 ? p[0] : need == 2 ? p[0] & 0x1F : need == 3 ? p[0] & 0x0F : p[0] & 7;
    for (size_t k = 1; k < need; k++) {
        if ((p[k] & 0xC0) != 0x80) {
            *key = KEY_RAW | p[0];
            return 1;
        }
        cp = cp << 6 | (p[k] & 0x3F);
    }
    *key = cp;
    return need;
}

/* An issued token at t[i] ('[' TYPE '_' N ']'), as the callback knows it: its length, or 0. */
static size_t token_at(const char *t, size_t len, size_t i, body_tok_fn tok, void *arg,
                       struct unit *u)
{
    size_t k = i + 1;
    while (k < len && k - i < ANON_TOKEN_MAX &&
           ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] >= '0' && t[k] <= '9') || t[k] == '_'))
        k++;
    if (k >= len || t[k] != ']' || k == i + 1)
        return 0;
    const char *v = NULL;
    size_t vl = 0;
    int type = tok(arg, t + i, k + 1 - i, &v, &vl);
    if (type < 0)
        return 0;
    u->type = type;
    u->value = v;
    u->vlen = vl;
    return k + 1 - i;
}

static int units_of(const char *t, size_t len, body_tok_fn tok, void *arg, struct units *us)
{
    for (size_t i = 0; i < len;) {
        struct unit tu = {0};
        size_t n;
        if (tok && t[i] == '[' && (n = token_at(t, len, i, tok, arg, &tu)) > 0) {
            if (push(us, i, i + n, KEY_TOKEN | us->n) < 0)
                return -1;
            us->u[us->n - 1].type = tu.type;
            us->u[us->n - 1].value = tu.value;
            us->u[us->n - 1].vlen = tu.vlen;
            i += n;
        } else if (t[i] == '\\') {
            if (unit_escape(us, t, len, i) < 0)
                return -1;
            i = us->u[us->n - 1].e;
        } else {
            uint64_t key;
            n = utf8_at(t, len, i, &key);
            if (push(us, i, i + n, key) < 0)
                return -1;
            i += n;
        }
    }
    return 0;
}

/* Myers' greedy edit script between a[0..n) and b[0..m): marks the units that match. The
 * furthest x of each diagonal is kept per step (d + 1 values for step d) for the walk back. */
static int myers(const struct unit *a, size_t n, const struct unit *b, size_t m, char *ka, char *kb)
{
    size_t maxd = n + m < MAX_EDITS ? n + m : MAX_EDITS;
    long off = (long)maxd + 1;
    long *v = calloc(2 * maxd + 3, sizeof *v);
    size_t tcap = 4096; /* the trace grows with the steps taken: a body with many values
                         * replaced needs thousands of steps, most need a few hundred */
    long *trace = malloc(tcap * sizeof *trace);
    if (!v || !trace) {
        free(v);
        free(trace);
        return -1;
    }
    long d, x = 0, y = 0, found = -1;
    for (d = 0; d <= (long)maxd && found < 0; d++) {
        size_t need = (size_t)(d + 1) * (size_t)(d + 2) / 2;
        if (need > tcap) {
            while (tcap < need)
                tcap *= 2;
            long *nt = realloc(trace, tcap * sizeof *trace);
            if (!nt) {
                free(v);
                free(trace);
                return -1;
            }
            trace = nt;
        }
        for (long k = -d; k <= d; k += 2) {
            if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
                x = v[off + k + 1];
            else
                x = v[off + k - 1] + 1;
            y = x - k;
            while (x < (long)n && y < (long)m && a[x].key == b[y].key) {
                x++;
                y++;
            }
            v[off + k] = x;
            trace[d * (d + 1) / 2 + (k + d) / 2] = x;
            if (x >= (long)n && y >= (long)m)
                found = d;
        }
    }
    free(v);
    if (found < 0) {
        free(trace);
        return -1;
    }
    x = (long)n;
    y = (long)m;
    for (d = found; d > 0; d--) {
        long k = x - y, pk;
        const long *pv = trace + (d - 1) * d / 2;
#define PV(kk) pv[((kk) + (d - 1)) / 2]
        if (k == -d || (k != d && PV(k - 1) < PV(k + 1)))
            pk = k + 1;
        else
            pk = k - 1;
        long px = PV(pk), py = px - pk;
#undef PV
        long xs = pk == k + 1 ? px : px + 1, ys = xs - k;
        for (; xs < x; xs++, ys++) {
            ka[xs] = 1;
            kb[ys] = 1;
        }
        x = px;
        y = py;
    }
    for (long i = 0; i < x; i++) {
        ka[i] = 1;
        kb[i] = 1;
    }
    free(trace);
    return 0;
}

struct tokrange {
    size_t q;      /* the token's output unit */
    size_t st, en; /* the input units it replaced */
};

static int add_finding(anon_finding_t **f, size_t *nf, size_t *cap, int type, size_t s, size_t e)
{
    if (s >= e)
        return 0;
    if (*nf == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        anon_finding_t *g = realloc(*f, c * sizeof *g);
        if (!g)
            return -1;
        *f = g;
        *cap = c;
    }
    (*f)[(*nf)++] = (anon_finding_t){(size_t)type, s, e};
    return 0;
}

/* How many of the units a[0..n) spell the value v (its code points in order; a quote, a
 * backslash or a control character as its escape, at any level). */
static size_t spell(const struct unit *a, size_t n, const char *v, size_t vl)
{
    size_t i = 0, p = 0;
    while (i < n && p < vl) {
        uint64_t key;
        p += utf8_at(v, vl, p, &key);
        unsigned se = key < 0x110000 ? short_escape((unsigned)key) : 0;
        if (a[i].key != key &&
            !(se && (a[i].key & ~0xFFFFFull) == KEY_ESC && (a[i].key & 0xFFFF) == se))
            break;
        i++;
    }
    return i;
}

int body_align(const char *in, size_t inlen, const char *out, size_t outlen, body_tok_fn tok,
               void *arg, anon_finding_t **f, size_t *nf)
{
    struct units a = {0}, b = {0};
    char *ka = NULL, *kb = NULL;
    size_t cap = 0;
    int rc = -1;
    *f = NULL;
    *nf = 0;
    size_t skip = inlen >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; /* BOM: dropped */
    if (units_of(in + skip, inlen - skip, NULL, NULL, &a) < 0 ||
        units_of(out, outlen, tok, arg, &b) < 0)
        goto done;
    for (size_t i = 0; i < a.n; i++) {
        a.u[i].s += skip;
        a.u[i].e += skip;
    }
    ka = calloc(a.n + 1, 1);
    kb = calloc(b.n + 1, 1);
    if (!ka || !kb)
        goto done;
    size_t pre = 0, suf = 0;
    while (pre < a.n && pre < b.n && a.u[pre].key == b.u[pre].key)
        ka[pre] = kb[pre] = 1, pre++;
    while (suf < a.n - pre && suf < b.n - pre && a.u[a.n - 1 - suf].key == b.u[b.n - 1 - suf].key) {
        ka[a.n - 1 - suf] = kb[b.n - 1 - suf] = 1;
        suf++;
    }
    if (myers(a.u + pre, a.n - pre - suf, b.u + pre, b.n - pre - suf, ka + pre, kb + pre) < 0)
        goto done;
    /* each run of unmatched units on both sides between two matches is one hunk; a token's
     * range starts where its hunk's deletions start */
    struct tokrange *tr = calloc(b.n + 1, sizeof *tr);
    size_t ntr = 0, i = 0, j = 0;
    if (!tr)
        goto done;
    while (i < a.n || j < b.n) {
        if (i < a.n && j < b.n && ka[i] && kb[j]) {
            i++;
            j++;
            continue;
        }
        size_t ia = i, ja = j;
        while (i < a.n && !ka[i])
            i++;
        while (j < b.n && !kb[j])
            j++;
        size_t ntok = 0, at = ia;
        for (size_t q = ja; q < j; q++)
            ntok += b.u[q].type >= 0;
        for (size_t q = ja; q < j; q++) {
            if (b.u[q].type < 0)
                continue;
            size_t upto = i;
            if (--ntok > 0) { /* tokens side by side: each takes the units that spell its value */
                size_t sp = spell(a.u + at, i - at, b.u[q].value, b.u[q].vlen);
                upto = at + sp;
            }
            tr[ntr++] = (struct tokrange){q, at, upto};
            at = upto;
        }
    }
    /* Equal edit scripts may keep a separator of the value and drop the same one after it
     * ("Keller, Maria, Geb." -> "[PERSON_1], Geb." keeping the first ", "), or match an address's
     * inner line break: a token's range ends where the literal text after it in the output
     * stands in the input, first found past the units that spell the token's value. */
    for (size_t t = 0; t < ntr; t++) {
        if (t && tr[t].st < tr[t - 1].en)
            tr[t].st = tr[t - 1].en;
        size_t q = tr[t].q, l1 = q + 1;
        while (l1 < b.n && b.u[l1].type < 0)
            l1++;
        /* the literal is the output's text up to the next token less what the rewrite inserted
         * and the input never had there (the quotes around a number's token) */
        size_t lit[32], w = 0;
        for (size_t x = q + 1; x < l1 && w < 32; x++)
            if (kb[x])
                lit[w++] = x;
        if (w == 0 || tr[t].st >= a.n)
            continue;
        size_t sp = spell(a.u + tr[t].st, a.n - tr[t].st, b.u[q].value, b.u[q].vlen);
        /* and no further on than the value's own length allows (one unit a character, a little
         * for the separators the edit script moves): a window found far on is some later text
         * (the same row of a table again), not this value's end */
        size_t chars = 0;
        for (size_t x = 0; x < b.u[q].vlen; x++)
            chars += ((unsigned char)b.u[q].value[x] & 0xC0) != 0x80;
        size_t lim = tr[t].st + (sp > chars ? sp : chars) + 16;
        /* past the value where the input spells it whole; from its first unit where it holds a
         * part of it ("Maria" for a token of "Maria Keller": the spelled "Maria " runs past it) */
        for (size_t k = tr[t].st + (sp && sp >= chars ? sp : 1); k + w <= a.n && k <= lim; k++) {
            size_t m = 0;
            while (m < w && a.u[k + m].key == b.u[lit[m]].key)
                m++;
            if (m == w) {
                tr[t].en = k;
                break;
            }
        }
        /* a line break or space the edit script left at the front of the range: not the value's */
        while (sp == 0 && tr[t].st + 1 < tr[t].en && b.u[q].vlen &&
               (a.u[tr[t].st].key == ' ' || (a.u[tr[t].st].key & ~0xFFFFFull) == KEY_ESC)) {
            tr[t].st++;
            sp = spell(a.u + tr[t].st, a.n - tr[t].st, b.u[q].value, b.u[q].vlen);
        }
    }
    for (size_t t = 0; t < ntr; t++)
        if (tr[t].en > tr[t].st &&
            add_finding(f, nf, &cap, b.u[tr[t].q].type, a.u[tr[t].st].s, a.u[tr[t].en - 1].e) < 0) {
            free(tr);
            goto done;
        }
    free(tr);
    rc = 0;
done:
    if (rc < 0) {
        free(*f);
        *f = NULL;
        *nf = 0;
    }
    free(a.u);
    free(b.u);
    free(ka);
    free(kb);
    return rc;
}

int body_is_request(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
        i++;
    if (i == len || text[i] != '{')
        return 0;
    json_t *j = json_loadb(text, len, 0, NULL);
    if (!j)
        return 0;
    int yes = 0;
    json_t *msgs = json_object_get(j, "messages"), *cont = json_object_get(j, "contents");
    json_t *model = json_object_get(j, "model");
    if (json_is_array(msgs) && json_array_size(msgs) &&
        json_is_string(json_object_get(json_array_get(msgs, 0), "role")))
        yes = 1;
    if (json_is_array(cont) && json_array_size(cont) &&
        json_object_get(json_array_get(cont, 0), "parts"))
        yes = 1;
    if (json_is_string(model) && (json_object_get(j, "input") || json_object_get(j, "prompt")))
        yes = 1;
    /* Gemini's batchEmbedContents / batch requests: {"requests": [{"model", "content": {"parts"}}]}
     */
    json_t *reqs = json_object_get(j, "requests"), *r0 = json_array_get(reqs, 0);
    if (json_is_array(reqs) && json_is_object(r0) &&
        (json_object_get(json_object_get(r0, "content"), "parts") ||
         json_object_get(r0, "contents")))
        yes = 1;
    json_decref(j);
    return yes;
}

struct sess_tok {
    const anon_engine_t *e;
    const anon_session_t *s;
};

/* A token the session issued, typed by the name before its number. */
static int session_tok(void *arg, const char *tok, size_t n, const char **value, size_t *vlen)
{
    const struct sess_tok *st = arg;
    *value = anon_session_lookup(st->s, tok, n, vlen);
    if (!*value)
        return -1;
    size_t us = n - 1;
    while (us > 1 && tok[us] != '_')
        us--;
    for (size_t t = 0; t < anon_engine_ntypes(st->e); t++) {
        const char *name = anon_engine_type_name(st->e, t);
        if (strlen(name) == us - 1 && memcmp(name, tok + 1, us - 1) == 0)
            return (int)t;
    }
    return -1;
}

int body_find(const anon_engine_t *e, const char *text, size_t len, anon_finding_t **f, size_t *nf)
{
    anon_session_t *s = anon_session_new(e);
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_GENERIC, .add_instruction = 0};
    anon_buf_t out = {0};
    int rc = -1;
    *f = NULL;
    *nf = 0;
    if (s && anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)text, len, &out, NULL, 0) == 0) {
        struct sess_tok st = {e, s};
        rc = body_align(text, len, (const char *)out.data, out.len, session_tok, &st, f, nf);
    }
    anon_buf_free(&out);
    anon_session_free(s);
    return rc;
}

/* ---- the check ------------------------------------------------------------------------------ */

struct fake {
    const anon_engine_t *e;
    const char *const *issued; /* "TOKEN=value", NULL-terminated */
};

static int fake_tok(void *arg, const char *tok, size_t n, const char **value, size_t *vlen)
{
    const struct fake *fk = arg;
    for (const char *const *p = fk->issued; *p; p++) {
        const char *eq = strchr(*p, '=');
        if ((size_t)(eq - *p) != n || memcmp(*p, tok, n) != 0)
            continue;
        *value = eq + 1;
        *vlen = strlen(eq + 1);
        size_t us = n - 1;
        while (us > 1 && tok[us] != '_')
            us--;
        for (size_t t = 0; t < anon_engine_ntypes(fk->e); t++) {
            const char *name = anon_engine_type_name(fk->e, t);
            if (strlen(name) == us - 1 && memcmp(name, tok + 1, us - 1) == 0)
                return (int)t;
        }
    }
    return -1;
}

/* The findings as "TYPE:raw bytes|TYPE:raw bytes". */
static void describe(const anon_engine_t *e, const char *in, const anon_finding_t *f, size_t nf,
                     char *buf, size_t cap)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < nf && o < cap; k++)
        o += (size_t)snprintf(buf + o, cap - o, "%s%s:%.*s", k ? "|" : "",
                              anon_engine_type_name(e, f[k].type), (int)(f[k].end - f[k].start),
                              in + f[k].start);
}

int body_align_check(const anon_engine_t *e)
{
    static const struct {
        const char *what, *in, *out, *issued[4], *want;
    } cases[] = {
        {"a value in a member",
         "{\"a\":\"Maria Keller\"}",
         "{\"a\":\"[PERSON_1]\"}",
         {"[PERSON_1]=Maria Keller"},
         "PERSON:Maria Keller"},
        {"tokens at the start and the end of a string",
         "{\"a\":\"Anna and Jonas Weber\"}",
         "{\"a\":\"[PERSON_1] and [PERSON_2]\"}",
         {"[PERSON_1]=Anna", "[PERSON_2]=Jonas Weber"},
         "PERSON:Anna|PERSON:Jonas Weber"},
        {"an escaped value",
         "{\"a\":\"Dear Ren\\u00e9 M\\u00fcller, hi\"}",
         "{\"a\":\"Dear [PERSON_1], hi\"}",
         {"[PERSON_1]=René Müller"},
         "PERSON:Ren\\u00e9 M\\u00fcller"},
        {"escapes written back raw beside a value",
         "{\"a\":\"caf\\u00e9 \\/ \\u2019Maria\\u2019\"}",
         "{\"a\":\"café / ’[PERSON_1]’\"}",
         {"[PERSON_1]=Maria"},
         "PERSON:Maria"},
        {"two levels of escaping",
         "{\"arguments\":\"{\\\"to\\\":\\\"Z\\\\u00f6e Brandt\\\\nLine 2\\\"}\"}",
         "{\"arguments\":\"{\\\"to\\\":\\\"[PERSON_1]\\\\nLine 2\\\"}\"}",
         {"[PERSON_1]=Zöe Brandt"},
         "PERSON:Z\\\\u00f6e Brandt"},
        {"a value after a path's escaped backslash (ops60)",
         "{\"a\":\"C:\\\\Users\\\\MRoth\\\\AppData CORP\\\\kuipers.niels x\"}",
         "{\"a\":\"C:\\\\Users\\\\[PERSON_1]\\\\AppData CORP\\\\[PERSON_2] x\"}",
         {"[PERSON_1]=MRoth", "[PERSON_2]=kuipers.niels"},
         "PERSON:MRoth|PERSON:kuipers.niels"},
        {"an instruction added",
         "{\"messages\":[{\"role\":\"user\",\"content\":\"hi Maria\"}]}",
         "{\"messages\":[{\"role\":\"system\",\"content\":\"Some values were replaced [EMAIL_n] "
         "keep them.\"},{\"role\":\"user\",\"content\":\"hi [PERSON_1]\"}]}",
         {"[PERSON_1]=Maria"},
         "PERSON:Maria"},
        {"a value split by an escape",
         "{\"a\":\"At 12 Main St\\nSpringfield\\nthanks\"}",
         "{\"a\":\"At [STREET_ADDRESS_1]\\nthanks\"}",
         {"[STREET_ADDRESS_1]=12 Main St\nSpringfield"},
         "STREET_ADDRESS:12 Main St\\nSpringfield"},
        {"a number becomes a quoted token",
         "{\"ssn\":536228451,\"n\":1}",
         "{\"ssn\":\"[US_SSN_1]\",\"n\":1}",
         {"[US_SSN_1]=536228451"},
         "US_SSN:536228451"},
        {"a number's quoted token, the same keys in the next row",
         "[{\"ssn\":536228451,\"p\":\"Anna\"},{\"ssn\":\"n/a\",\"p\":\"Bo\"}]",
         "[{\"ssn\":\"[US_SSN_1]\",\"p\":\"[PERSON_1]\"},{\"ssn\":\"n/a\",\"p\":\"Bo\"}]",
         {"[US_SSN_1]=536228451", "[PERSON_1]=Anna"},
         "US_SSN:536228451|PERSON:Anna"},
        {"numbers of an array, each a quoted token, an array after them",
         "{\"d\":[1948,10,1],\"c\":[2019,8,21]}",
         "{\"d\":[\"[DATE_OF_BIRTH_1]\",\"[DATE_OF_BIRTH_2]\",\"[DATE_OF_BIRTH_3]\"],\"c\":[2019,8,"
         "21]}",
         {"[DATE_OF_BIRTH_1]=1948", "[DATE_OF_BIRTH_2]=10", "[DATE_OF_BIRTH_3]=1"},
         "DATE_OF_BIRTH:1948|DATE_OF_BIRTH:10|DATE_OF_BIRTH:1"},
        {"a part of a value its token stands for, another token close after it",
         "{\"a\":\"Maria and Jonas, then x and y\"}",
         "{\"a\":\"[PERSON_1] and [PERSON_2], then x and y\"}",
         {"[PERSON_1]=Maria Keller", "[PERSON_2]=Jonas"},
         "PERSON:Maria|PERSON:Jonas"},
        {"a token already in the request is no finding",
         "{\"a\":\"[PERSON_1] is Maria\"}",
         "{\"a\":\"[PERSON_1] is [PERSON_2]\"}",
         {"[PERSON_2]=Maria"},
         "PERSON:Maria"},
        {"tokens side by side",
         "{\"a\":\"MariaKeller\"}",
         "{\"a\":\"[PERSON_1][PERSON_2]\"}",
         {"[PERSON_1]=Maria", "[PERSON_2]=Keller"},
         "PERSON:Maria|PERSON:Keller"},
        {"a value whose separator the edit script could keep",
         "{\"a\":\"Patient: Keller, Maria, "
         "Geb.: x\"}",
         "{\"a\":\"Patient: [PERSON_1], Geb.: x\"}",
         {"[PERSON_1]=Keller, Maria"},
         "PERSON:Keller, Maria"},
        {"an address over an escaped line break and its indent",
         "{\"a\":\"To:\\n    Avenida Diagonal 180\\n    08019 Barcelona\\n\\nHi\"}",
         "{\"a\":\"To:\\n    [STREET_ADDRESS_1]\\n\\nHi\"}",
         {"[STREET_ADDRESS_1]=Avenida Diagonal 180\n    08019 Barcelona"},
         "STREET_ADDRESS:Avenida Diagonal 180\\n    08019 Barcelona"},
        {"a name and an address after an address block, lines between",
         "{\"a\":\"X\\n  A St 1\\n  0801 B\\n\\nEamon O\\nC St 2\\n1100 L\\n\\nDear\"}",
         "{\"a\":\"X\\n  [STREET_ADDRESS_1]\\n\\n[PERSON_1]\\n[STREET_ADDRESS_2]\\n\\nDear\"}",
         {"[STREET_ADDRESS_1]=A St 1", "[PERSON_1]=Eamon O", "[STREET_ADDRESS_2]=C St 2"},
         "STREET_ADDRESS:A St 1\\n  0801 B|PERSON:Eamon O|STREET_ADDRESS:C St 2\\n1100 L"},
        {"a byte-order mark",
         "\xEF\xBB\xBF{\"a\":\"x@example.com\"}",
         "{\"a\":\"[EMAIL_1]\"}",
         {"[EMAIL_1]=x@example.com"},
         "EMAIL:x@example.com"},
    };
    int fails = 0;
    char got[512];
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        struct fake fk = {e, cases[c].issued};
        anon_finding_t *f = NULL;
        size_t nf = 0;
        int rc = body_align(cases[c].in, strlen(cases[c].in), cases[c].out, strlen(cases[c].out),
                            fake_tok, &fk, &f, &nf);
        describe(e, cases[c].in, f, nf, got, sizeof got);
        int ok = rc == 0 && strcmp(got, cases[c].want) == 0;
        printf("%s %s: %s\n", ok ? "ok" : "FAIL", cases[c].what, got);
        fails += !ok;
        free(f);
    }
    /* through the product: an address twice escaped in tool-call arguments */
    static const char body[] =
        "{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{\"name\":\"send\","
        "\"arguments\":\"{\\\"to\\\":\\\"write to j.weber@example.org\\\\ntoday\\\"}\"}}]}]}";
    anon_finding_t *f = NULL;
    size_t nf = 0;
    int rc = body_find(e, body, sizeof body - 1, &f, &nf);
    describe(e, body, f, nf, got, sizeof got);
    int ok = rc == 0 && strcmp(got, "EMAIL:j.weber@example.org") == 0;
    printf("%s anon_rewrite on tool-call arguments: %s\n", ok ? "ok" : "FAIL", got);
    fails += !ok;
    free(f);
    static const char plain[] = "{\"name\":\"Maria\",\"messages\":[\"a\"]}";
    ok = !body_is_request(plain, sizeof plain - 1) && body_is_request(body, sizeof body - 1);
    printf("%s a JSON document is no body, a chat body is\n", ok ? "ok" : "FAIL");
    fails += !ok;
    return fails;
}
