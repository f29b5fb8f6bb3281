/* json_rewrite.c: the JSON walker behind request rewriting and response restoring.
 *
 * One pass, no allocation per string: the input is copied to the output lazily (a "copied up to"
 * offset), so a document whose strings all come back unchanged costs one memcpy; a string is only
 * decoded when it holds escapes, and only re-encoded when its callback changed it. The walker
 * validates the full grammar (and UTF-8, and surrogate pairs) as it goes, so nothing invalid is
 * ever passed through unexamined.
 */
#include "anonymize/json_rewrite.h"
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite_internal.h"

#include <openssl/mem.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef ANON_JSON_HAVE_AVX2
#include <immintrin.h>
#endif
#include <stdlib.h>
#include <string.h>

/* ---- character classes ------------------------------------------------------------------- */

static int is_ws(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Any byte in w that is '"', '\\', < 0x20 or >= 0x80? May report a false hit next to a true one,
 * never misses one. */
static int word_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    uint64_t t = ((q - ones) & ~q) | ((b - ones) & ~b) | ((w - ones * 0x20) & ~w) | w;
    return (t & high) != 0;
}

/* Length of the valid UTF-8 sequence at p (lead byte >= 0x80), or 0 if invalid. */
static size_t utf8_seq(const uint8_t *p, const uint8_t *end)
{
    uint8_t c = p[0];
    size_t n = (size_t)(end - p);
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && p[1] >= 0xA0)
            return 0; /* UTF-16 surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0; /* above U+10FFFF */
        return 4;
    }
    return 0;
}

/* ---- strings ------------------------------------------------------------------------------ */

/* The special byte at *pp of a string body (a quote, an escape, a control byte, a non-ASCII or
 * a false hit of word_special): 1 at the closing quote, 0 with *pp past it, < 0 an error. */
static inline __attribute__((always_inline)) int string_special(const uint8_t **pp,
                                                                const uint8_t *end, int *has_esc)
{
    const uint8_t *p = *pp;
    if (p >= end)
        return ANON_ERR_JSON;
    uint8_t c = *p;
    if (c == '"')
        return 1;
    if (c == '\\') {
        *has_esc = 1;
        if (end - p < 2)
            return ANON_ERR_JSON;
        switch (p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            *pp = p + 2;
            return 0;
        case 'u':
            break;
        default:
            return ANON_ERR_JSON;
        }
        unsigned u, lo;
        if (end - p < 6 || hex4(p + 2, &u) < 0)
            return ANON_ERR_JSON;
        p += 6;
        if (u >= 0xDC00 && u <= 0xDFFF)
            return ANON_ERR_ENCODING; /* lone low surrogate */
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, &lo) < 0 || lo < 0xDC00 ||
                lo > 0xDFFF)
                return ANON_ERR_ENCODING; /* high surrogate without its pair */
            p += 6;
        }
        *pp = p;
        return 0;
    }
    if (c < 0x20)
        return ANON_ERR_JSON;
    if (c >= 0x80) {
        size_t k = utf8_seq(p, end);
        if (!k)
            return ANON_ERR_ENCODING;
        *pp = p + k;
        return 0;
    }
    *pp = p + 1; /* false hit of word_special */
    return 0;
}

/* Scan a string body starting after its opening quote (has_esc: escapes seen before p). On
 * success *endp points at the closing quote and *esc says whether it holds escapes. */
static int scan_string_from(const uint8_t *p, const uint8_t *end, const uint8_t **endp, int *esc,
                            int has_esc)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'),
                  space = _mm_set1_epi8(0x20);
#endif
    int rc;
    for (;;) {
#ifdef __SSE2__
        /* 16 bytes at a time, straight to the first special byte: the signed compare with 0x20
         * also catches every byte >= 0x80 */
        while ((size_t)(end - p) >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i m =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash)),
                             _mm_cmplt_epi8(v, space));
            unsigned mask = (unsigned)_mm_movemask_epi8(m);
            if (mask) {
                p += __builtin_ctz(mask);
                goto special;
            }
            p += 16;
        }
#endif
        while ((size_t)(end - p) >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if (word_special(w))
                break;
            p += 8;
        }
#ifdef __SSE2__
    special:
#endif
        rc = string_special(&p, end, &has_esc);
        if (rc < 0)
            return rc;
        if (rc) {
            *endp = p;
            *esc = has_esc;
            return ANON_OK;
        }
    }
}

#ifdef ANON_JSON_HAVE_AVX2
/* scan_string_from 32 bytes at a time; the last < 32 bytes go to it. */
__attribute__((target("avx2"))) static int scan_string_avx2(const uint8_t *p, const uint8_t *end,
                                                            const uint8_t **endp, int *esc)
{
    const __m256i quote = _mm256_set1_epi8('"'), bslash = _mm256_set1_epi8('\\'),
                  space = _mm256_set1_epi8(0x20);
    int has_esc = 0;
    while ((size_t)(end - p) >= 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)p);
        __m256i m = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, bslash)),
            _mm256_cmpgt_epi8(space, v));
        unsigned mask = (unsigned)_mm256_movemask_epi8(m);
        if (!mask) {
            p += 32;
            continue;
        }
        p += __builtin_ctz(mask);
        int rc = string_special(&p, end, &has_esc);
        if (rc < 0)
            return rc;
        if (rc) {
            *endp = p;
            *esc = has_esc;
            return ANON_OK;
        }
    }
    return scan_string_from(p, end, endp, esc, has_esc);
}
#endif

static int scan_string(const uint8_t *p, const uint8_t *end, const uint8_t **endp, int *esc)
{
#ifdef ANON_JSON_HAVE_AVX2
    if (ANON_JSON_AVX2())
        return scan_string_avx2(p, end, endp, esc);
#endif
    return scan_string_from(p, end, endp, esc, 0);
}

/* ---- looking ahead ---------------------------------------------------------------------- */

/* Past the closing quote of the string whose opening quote is at p, or NULL. */
static const uint8_t *skip_string(const uint8_t *p, const uint8_t *end)
{
    for (p++; p < end; p++) {
        const uint8_t *q = memchr(p, '"', (size_t)(end - p));
        if (!q)
            return NULL;
        size_t bs = 0;
        while (q - bs > p && q[-1 - (ptrdiff_t)bs] == '\\')
            bs++;
        if (bs % 2 == 0)
            return q + 1;
        p = q;
    }
    return NULL;
}

const uint8_t *anon_json_skip(const uint8_t *p, const uint8_t *end)
{
    if (p >= end)
        return NULL;
    if (*p == '"')
        return skip_string(p, end);
    if (*p == '{' || *p == '[') {
        size_t depth = 0;
        while (p < end) {
            if (*p == '"') {
                if (!(p = skip_string(p, end)))
                    return NULL;
                continue;
            }
            if (*p == '{' || *p == '[')
                depth++;
            else if ((*p == '}' || *p == ']') && --depth == 0)
                return p + 1;
            p++;
        }
        return NULL;
    }
    while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' &&
           *p != '\r' && *p != '\t')
        p++;
    return p;
}

/* ---- the walk ------------------------------------------------------------------------------- */

typedef struct walk {
    const anon_json_walker_t *w;
    const uint8_t *in;
    anon_buf_t *out;
    size_t copied; /* in[0..copied) is already in out */
    size_t changed;
    anon_buf_t own_dec, xf; /* scratch: decoded string, callback output */
    anon_buf_t *dec;        /* own_dec, or the caller's (w->dec) */
    anon_json_path_t path;
    anon_json_seg_t *seg;
    size_t *starts; /* per open container: where its value starts */
    unsigned cap;   /* room in seg and starts; on the stack until a document nests deeper */
    int heap;
} walk_t;

/* Room for one more level of nesting, up to max_depth: the arrays move to the heap only for a
 * document that nests deeper than the stack arrays hold (most never do, even when the caller
 * allows ANON_JSON_DEPTH_CAP). */
static int grow(walk_t *k, unsigned max_depth)
{
    unsigned cap = k->cap * 2 < max_depth ? k->cap * 2 : max_depth;
    anon_json_seg_t *seg = malloc(cap * sizeof *seg);
    size_t *starts = malloc(cap * sizeof *starts);
    if (!seg || !starts) {
        free(seg);
        free(starts);
        return ANON_ERR_NOMEM;
    }
    memcpy(seg, k->seg, k->cap * sizeof *seg);
    memcpy(starts, k->starts, k->cap * sizeof *starts);
    if (k->heap) {
        free(k->seg);
        free(k->starts);
    }
    k->seg = seg;
    k->path.seg = seg;
    k->starts = starts;
    k->cap = cap;
    k->heap = 1;
    return ANON_OK;
}

/* Handle the string whose body is in[s..e) (quotes at s-1 and e). */
static int on_string(walk_t *k, size_t s, size_t e, int esc, int is_key)
{
    const anon_json_walker_t *w = k->w;
    if (!w->str || (is_key && !w->keys))
        return ANON_OK;
    const uint8_t *raw = k->in + s;
    size_t n = e - s;
    anon_json_str_fn fn = w->str;
    if (!is_key && w->skip_opaque && (n >= ANON_OPAQUE_MEDIA_MIN || (n > 5 && raw[0] == 'd'))) {
        const anon_json_seg_t *last = k->path.depth ? &k->seg[k->path.depth - 1] : NULL;
        if (anon_json_is_opaque(raw, n, last && !last->in_array ? last->key : NULL,
                                last ? last->key_len : 0)) {
            if (!w->opaque)
                return ANON_OK;
            fn = w->opaque;
        }
    }
    const char *text = (const char *)raw;
    size_t tlen = n;
    int rc;
    if (esc) {
        anon_buf_setlen(k->dec, 0);
        if ((rc = anon_json_unescape(k->dec, raw, n)) < 0)
            return rc;
        text = (const char *)k->dec->data;
        tlen = k->dec->len;
    }
    k->path.is_key = is_key;
    k->path.str_end = e;
    anon_buf_setlen(&k->xf, 0);
    rc = fn(w->arg, &k->path, text ? text : "", tlen, &k->xf);
    k->path.is_key = 0;
    if (rc <= 0)
        return rc;
    k->changed += (size_t)rc;
    if (!k->out)
        return ANON_OK;
    if ((rc = anon_buf_append(k->out, k->in + k->copied, s - k->copied)) < 0)
        return rc;
    if ((rc = anon_json_escape(k->out, (const char *)k->xf.data, k->xf.len)) < 0)
        return rc;
    k->copied = e;
    return ANON_OK;
}

/* Handle the number in[s..e): the callback's replacement is raw JSON, copied as it is. */
static int on_number(walk_t *k, size_t s, size_t e)
{
    anon_buf_setlen(&k->xf, 0);
    int rc = k->w->num(k->w->arg, &k->path, (const char *)k->in + s, e - s, &k->xf);
    if (rc <= 0)
        return rc;
    k->changed += (size_t)rc;
    if (!k->out)
        return ANON_OK;
    if ((rc = anon_buf_append(k->out, k->in + k->copied, s - k->copied)) < 0 ||
        (rc = anon_buf_append(k->out, k->xf.data, k->xf.len)) < 0)
        return rc;
    k->copied = e;
    return ANON_OK;
}

/* A string element that is a value's digit groups: [0-9A-Z +-], at most ANON_JSON_ARR_STR bytes,
 * three digits or more (so a list of words or tags never is one). p at its opening quote: the
 * closing quote, or NULL. */
static const uint8_t *digit_group(const uint8_t *p, const uint8_t *end)
{
    unsigned digits = 0;
    const uint8_t *e = p + 1;
    for (; e < end && e - p <= ANON_JSON_ARR_STR + 1; e++) {
        if (*e >= '0' && *e <= '9')
            digits++;
        else if (!((*e >= 'A' && *e <= 'Z') || *e == ' ' || *e == '-' || *e == '+'))
            break;
    }
    return e < end && *e == '"' && e - p <= ANON_JSON_ARR_STR + 1 && digits >= 3 ? e : NULL;
}

/* A string element that is a piece of a value cut anywhere (rewrite_pieces54.c): a separator
 * string, or a piece of an e-mail (*mail set; the array must hold an '@', *at). p at its opening
 * quote: the closing quote, or NULL. */
static const uint8_t *cut_piece(const uint8_t *p, const uint8_t *end, int *mail, int *at)
{
    const uint8_t *e = p + 1;
    while (e < end && e - p <= 65 && *e != '"' && *e != '\\')
        e++;
    if (e >= end || *e != '"')
        return NULL;
    size_t n = (size_t)(e - p - 1);
    if (anon_json_sep_piece(p + 1, n)) {
        if (memchr(p + 1, '@', n))
            *at = 1;
        return e;
    }
    if (!anon_json_mail_piece(p + 1, n, at))
        return NULL;
    *mail = 1;
    return e;
}

/* An array of short scalars at p ('['), as anon_json_arr_fn describes: the offset just past its
 * ']', or 0. Stops at the first byte that does not fit, so a body's other arrays cost a byte or
 * two each. */
static size_t short_array(const uint8_t *in, const uint8_t *p, const uint8_t *end)
{
    unsigned count = 0;
    int mail = 0, at = 0;
    for (p++;;) {
        while (p < end && is_ws(*p))
            p++;
        if (p >= end)
            return 0;
        const uint8_t *e = p;
        if (*p == '"') {
            for (e = p + 1; e < end && e - p <= ANON_JSON_ARR_ELEM + 1; e++)
                if (!((*e >= '0' && *e <= '9') || ((*e | 0x20) >= 'a' && (*e | 0x20) <= 'z') ||
                      *e == '+'))
                    break;
            if (e >= end || *e != '"' || e == p + 1 || e - p > ANON_JSON_ARR_ELEM + 1)
                e = digit_group(p, end); /* "5538 4815", "DE89 3704 0044" */
            if (!e && !(e = cut_piece(p, end, &mail, &at)))
                return 0;
            e++;
        } else if (*p >= '1' && *p <= '9') {
            while (e < end && *e >= '0' && *e <= '9' && e - p < ANON_JSON_ARR_NUM + 1)
                e++;
            if (e - p > ANON_JSON_ARR_NUM)
                return 0;
        } else if (*p == '0') {
            e = p + 1;
        } else {
            return 0;
        }
        if (++count > ANON_JSON_ARR_MAX)
            return 0;
        for (p = e; p < end && is_ws(*p);)
            p++;
        if (p >= end)
            return 0;
        if (*p == ']')
            return count >= 2 && (!mail || at) ? (size_t)(p + 1 - in) : 0;
        if (*p != ',')
            return 0;
        p++;
    }
}

/* Offer the array in[s..e) to the walker's arr callback: 1 when it took it whole. */
static int on_array(walk_t *k, size_t s, size_t e)
{
    size_t changes = 0;
    anon_buf_setlen(&k->xf, 0);
    int rc = k->w->arr(k->w->arg, &k->path, k->in + s, e - s, &k->xf, &changes);
    if (rc <= 0)
        return rc;
    k->changed += changes;
    if (!k->out || !k->xf.len)
        return 1;
    if ((rc = anon_buf_append(k->out, k->in + k->copied, s - k->copied)) < 0 ||
        (rc = anon_buf_append(k->out, k->xf.data, k->xf.len)) < 0)
        return rc;
    k->copied = e;
    return 1;
}

static int report(walk_t *k, int type, size_t start, size_t end)
{
    if (!k->w->value || k->path.depth > k->w->value_depth)
        return ANON_OK;
    return k->w->value(k->w->arg, &k->path, type, start, end);
}

static int walk(walk_t *k, size_t len, unsigned max_depth, size_t *starts)
{
    const uint8_t *in = k->in, *p = in, *end = in + len, *q;
    unsigned depth = 0;
    int rc, esc;

#define SKIP_WS()                                                                                  \
    do {                                                                                           \
        while (p < end && is_ws(*p))                                                               \
            p++;                                                                                   \
    } while (0)
#define SYNC() (k->path.depth = depth)

value:
    SKIP_WS();
    if (p >= end)
        return ANON_ERR_JSON;
    size_t vstart = (size_t)(p - in);
    int vtype;
    switch (*p) {
    case '[':
        if (k->w->arr && depth < max_depth) {
            size_t e = short_array(in, p, end);
            if (e && (rc = on_array(k, vstart, e)) != 0) {
                if (rc < 0)
                    return rc;
                p = in + e;
                vtype = ANON_JSON_ARRAY;
                goto done;
            }
        }
        /* fall through */
    case '{':
        if (*p == '{' && k->w->arr && depth < max_depth) {
            /* {"card_part1": "4539 1488", "card_part2": "3436 4670"} (rewrite_pieces54.c) */
            size_t e = anon_json_short_object(in, p, end);
            if (e && (rc = on_array(k, vstart, e)) != 0) {
                if (rc < 0)
                    return rc;
                p = in + e;
                vtype = ANON_JSON_OBJECT;
                goto done;
            }
        }
        if (depth >= max_depth)
            return ANON_ERR_DEPTH;
        if (depth >= k->cap) {
            if ((rc = grow(k, max_depth)) < 0)
                return rc;
            starts = k->starts;
        }
        k->seg[depth].in_array = *p == '[';
        k->seg[depth].key = NULL;
        k->seg[depth].key_len = 0;
        k->seg[depth].index = 0;
        starts[depth] = vstart;
        depth++;
        SYNC();
        p++;
        SKIP_WS();
        if (p < end && *p == (k->seg[depth - 1].in_array ? ']' : '}')) {
            p++;
            depth--;
            SYNC();
            vtype = k->seg[depth].in_array ? ANON_JSON_ARRAY : ANON_JSON_OBJECT;
            goto done;
        }
        if (k->seg[depth - 1].in_array)
            goto value;
        goto member;
    case '"':
        if ((rc = scan_string(p + 1, end, &q, &esc)) < 0)
            return rc;
        if ((rc = on_string(k, (size_t)(p + 1 - in), (size_t)(q - in), esc, 0)) < 0)
            return rc;
        p = q + 1;
        vtype = ANON_JSON_STRING;
        goto done;
    case 't':
    case 'f':
    case 'n': {
        const char *lit = *p == 't' ? "true" : *p == 'f' ? "false" : "null";
        size_t ll = strlen(lit);
        if ((size_t)(end - p) < ll || memcmp(p, lit, ll) != 0)
            return ANON_ERR_JSON;
        p += ll;
        vtype = ANON_JSON_LITERAL;
        goto done;
    }
    default:
        if (*p == '-')
            p++;
        if (p >= end)
            return ANON_ERR_JSON;
        if (*p == '0') {
            p++;
        } else if (*p >= '1' && *p <= '9') {
            while (p < end && *p >= '0' && *p <= '9')
                p++;
        } else {
            return ANON_ERR_JSON;
        }
        if (p < end && *p == '.') {
            p++;
            if (p >= end || *p < '0' || *p > '9')
                return ANON_ERR_JSON;
            while (p < end && *p >= '0' && *p <= '9')
                p++;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            p++;
            if (p < end && (*p == '+' || *p == '-'))
                p++;
            if (p >= end || *p < '0' || *p > '9')
                return ANON_ERR_JSON;
            while (p < end && *p >= '0' && *p <= '9')
                p++;
        }
        vtype = ANON_JSON_NUMBER;
        if (k->w->num && (rc = on_number(k, vstart, (size_t)(p - in))) < 0)
            return rc;
        goto done;
    }

member: /* at the opening quote of a member name, inside an object */
    if (p >= end || *p != '"')
        return ANON_ERR_JSON;
    if ((rc = scan_string(p + 1, end, &q, &esc)) < 0)
        return rc;
    k->seg[depth - 1].key = p + 1;
    k->seg[depth - 1].key_len = (size_t)(q - p - 1);
    if ((rc = on_string(k, (size_t)(p + 1 - in), (size_t)(q - in), esc, 1)) < 0)
        return rc;
    p = q + 1;
    SKIP_WS();
    if (p >= end || *p != ':')
        return ANON_ERR_JSON;
    p++;
    goto value;

done: /* a value of type vtype ended just before p */
    if ((rc = report(k, vtype, vstart, (size_t)(p - in))) < 0)
        return rc;
    if (depth == 0) {
        SKIP_WS();
        return p == end ? ANON_OK : ANON_ERR_JSON;
    }
    SKIP_WS();
    if (p >= end)
        return ANON_ERR_JSON;
    anon_json_seg_t *top = &k->seg[depth - 1];
    if (*p == ',') {
        p++;
        top->index++;
        SKIP_WS();
        if (top->in_array)
            goto value;
        goto member;
    }
    if (*p != (top->in_array ? ']' : '}'))
        return ANON_ERR_JSON;
    p++;
    depth--;
    SYNC();
    vstart = starts[depth];
    vtype = top->in_array ? ANON_JSON_ARRAY : ANON_JSON_OBJECT;
    goto done;
#undef SKIP_WS
#undef SYNC
}

int anon_json_rewrite(const anon_json_walker_t *w, const uint8_t *in, size_t len, anon_buf_t *out,
                      size_t *changed)
{
    enum { STACK_SEGS = 128 };
    anon_json_seg_t seg_stack[STACK_SEGS];
    size_t start_stack[STACK_SEGS];
    unsigned max_depth = w->max_depth ? w->max_depth : ANON_JSON_DEFAULT_DEPTH;
    if (max_depth > ANON_JSON_DEPTH_CAP)
        max_depth = ANON_JSON_DEPTH_CAP;
    walk_t k = {
        .w = w, .in = in, .out = out, .seg = seg_stack, .starts = start_stack, .cap = STACK_SEGS};
    k.path.seg = k.seg;
    k.path.in = in;
    k.path.in_len = len;
    k.dec = w->dec ? w->dec : &k.own_dec;
    int rc = walk(&k, len, max_depth, k.starts);
    if (rc == ANON_OK && out)
        rc = anon_buf_append(out, in + k.copied, len - k.copied);
    if (rc == ANON_OK && changed)
        *changed = k.changed;
    anon_buf_free(&k.own_dec);
    anon_buf_free(&k.xf);
    if (k.heap) {
        free(k.seg);
        free(k.starts);
    }
    return rc;
}
