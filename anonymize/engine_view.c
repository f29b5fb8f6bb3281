/* engine_view.c: anon_find's entry, and the detection view. Text people paste renders like ASCII
 * but is not: no-break and other Unicode spaces between groups, non-breaking hyphens and dashes,
 * full-width forms, digits of other scripts, and invisible format characters inside a value. The
 * detectors run over a view of the text where those are their ASCII equivalents (or gone) and
 * each finding is mapped back to the original bytes, so the whole original span is replaced.
 * Only texts holding such a character pay for the view; ASCII text never does. The view holds
 * the text's PII: it is wiped before it is freed.
 */
#include "anonymize/engine_internal.h"

#include <openssl/mem.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <string.h>

#include "anonymize/nd_table.h"

#define NORM_KEEP (-1)
#define NORM_DROP 0

/* What code point cp (>= 0x80) is in the detection view: an ASCII byte, NORM_DROP or
 * NORM_KEEP. */
static int norm_cp(uint32_t cp)
{
    if (cp < 0x660) /* Latin, Greek, Cyrillic, Hebrew...: the common case */
        return cp == 0xA0 ? ' ' : cp == 0xAD ? NORM_DROP : NORM_KEEP;
    if (cp >= 0x2000 && cp <= 0x206F) {
        if (cp <= 0x200A || cp == 0x202F || cp == 0x205F)
            return ' ';
        if (cp <= 0x200D || cp == 0x2060)
            return NORM_DROP;
        if (cp >= 0x2010 && cp <= 0x2015)
            return '-';
        return NORM_KEEP;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII: digits, ＠ ． ＋ （ ） and the rest */
        return (int)(cp - 0xFEE0);
    switch (cp) {
    case 0x2212:
    case 0xFE63:
        return '-';
    case 0x3000:
        return ' ';
    case 0xFEFF:
        return NORM_DROP;
    default:
        break;
    }
    /* the zero at or below cp; a digit when cp lies in its run of ten */
    size_t lo = 0, hi = sizeof nd_zero / sizeof nd_zero[0];
    if (cp < nd_zero[0])
        return NORM_KEEP;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (nd_zero[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return cp - nd_zero[lo] < 10 ? (int)('0' + (cp - nd_zero[lo])) : NORM_KEEP;
}

static size_t utf8_len(uint8_t c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Could a character with this UTF-8 lead byte differ in the detection view? (U+00A0/U+00AD,
 * digits of other scripts, U+2000-U+206F, U+2212, U+3000, U+FE63, U+FEFF, U+FF01-U+FF5E.) The
 * letters of most scripts (C3-D8, D0-D1, E4-E9 ...) are skipped without decoding. */
static int norm_lead(uint8_t c)
{
    return c == 0xC2 || (c >= 0xD9 && c <= 0xDF) || (c >= 0xE0 && c <= 0xE3) || c == 0xEA ||
           c == 0xEF || c == 0xF0;
}

/* The view keeps every byte but the mapped characters, so view and original differ only by an
 * offset that changes after each mapped character: brk[k] = {view offset, original offset} from
 * where the two run in step. */
struct norm_brk {
    size_t v, o;
};

struct norm {
    char *view;
    size_t vlen;
    struct norm_brk *brk;
    size_t nbrk;
};

static size_t norm_orig(const struct norm *nm, size_t v)
{
    size_t lo = 0, hi = nm->nbrk; /* brk[0] is {0, 0} */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (nm->brk[mid].v <= v)
            lo = mid;
        else
            hi = mid;
    }
    return nm->brk[lo].o + (v - nm->brk[lo].v);
}

/* Offsets of the characters the detection view maps or drops, collected while checking UTF-8. */
struct normpos {
    size_t *pos;
    size_t n, cap;
    size_t inl[32];
    int nomem;
};

static void normpos_add(struct normpos *np, size_t at)
{
    if (np->n == np->cap) {
        size_t cap = np->cap * 2;
        size_t *q =
            np->pos == np->inl ? malloc(cap * sizeof *q) : realloc(np->pos, cap * sizeof *q);
        if (!q) {
            np->nomem = 1;
            return;
        }
        if (np->pos == np->inl)
            memcpy(q, np->inl, sizeof np->inl);
        np->pos = q;
        np->cap = cap;
    }
    np->pos[np->n++] = at;
}

/* UTF-8 validity (PCRE2 runs with NO_UTF_CHECK); 8 ASCII bytes at a time. The characters the
 * detection view changes go into np. */
static int utf8_ok(const uint8_t *p, size_t n, struct normpos *np)
{
    size_t i = 0;
    while (i < n) {
#ifdef __SSE2__
        if (i + 16 <= n &&
            !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + i)))) {
            i += 16;
            continue;
        }
#endif
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        uint8_t c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (n - i <= need)
            return 0;
        for (size_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        if (norm_lead(c) && norm_cp(cp) != NORM_KEEP)
            normpos_add(np, i);
        i += need + 1;
    }
    return 1;
}

/* The detection view of valid UTF-8 text (at most len bytes), given the offsets of the
 * characters it maps or drops. */
static int norm_view(const uint8_t *p, size_t len, const struct normpos *np, struct norm *nm)
{
    nm->view = malloc(len);
    nm->brk = malloc((np->n + 1) * sizeof *nm->brk);
    nm->nbrk = 1;
    if (!nm->view || !nm->brk)
        return ANON_ERR_NOMEM;
    nm->brk[0] = (struct norm_brk){0, 0};
    size_t o = 0, span = 0; /* p[span .. ) is still to be copied */
    for (size_t k = 0; k < np->n; k++) {
        size_t i = np->pos[k], cl = utf8_len(p[i]);
        uint32_t cp = p[i] & (cl == 2 ? 0x1F : cl == 3 ? 0x0F : 0x07);
        for (size_t j = 1; j < cl; j++)
            cp = cp << 6 | (p[i + j] & 0x3F);
        int m = norm_cp(cp);
        memcpy(nm->view + o, p + span, i - span);
        o += i - span;
        /* a mapped character's view byte maps to its start: a finding ending on it covers it */
        if (m != NORM_DROP)
            nm->view[o++] = (char)m;
        span = i + cl;
        nm->brk[nm->nbrk++] = (struct norm_brk){o, span};
    }
    memcpy(nm->view + o, p + span, len - span);
    nm->vlen = o + (len - span);
    return 0;
}

/* anon_find over the detection view, findings mapped back to the original text. */
static int find_view(const anon_engine_t *e, const char *text, size_t len, const struct normpos *np,
                     const struct names_ctx *nc, anon_finding_t **out, size_t *n)
{
    struct norm nm = {0};
    int rc = norm_view((const uint8_t *)text, len, np, &nm);
    if (rc == 0 && nm.vlen)
        rc = anon_find_in(e, nm.view, nm.vlen, nc, out, n);
    /* back to the original: from the first character of a finding to the end of its last, so
     * invisible characters inside it go with it (a mapped character's view byte maps to its
     * lead byte, other bytes to themselves) */
    for (size_t i = 0; rc == 0 && i < *n; i++) {
        anon_finding_t *f = &(*out)[i];
        f->start = norm_orig(&nm, f->start);
        size_t last = norm_orig(&nm, f->end - 1);
        uint8_t c = (uint8_t)text[last];
        f->end = last + (c >= 0xC0 ? utf8_len(c) : 1);
    }
    if (nm.view)
        OPENSSL_cleanse(nm.view, nm.vlen);
    free(nm.view);
    free(nm.brk);
    return rc;
}

int anon_find(const anon_engine_t *e, const char *text, size_t len, anon_finding_t **out, size_t *n)
{
    return anon_find_ex(e, text, len, NULL, ANON_NAMES_HINT_NONE, out, n);
}

int anon_find_ex(const anon_engine_t *e, const char *text, size_t len,
                 const anon_names_known_t *known, int hint, anon_finding_t **out, size_t *n)
{
    if (!e || !out || !n || (!text && len))
        return ANON_ERR_CONFIG;
    *out = NULL;
    *n = 0;
    if (len == 0)
        return 0;
    struct normpos np = {.cap = sizeof np.inl / sizeof np.inl[0]};
    np.pos = np.inl;
    struct names_ctx nc = {known, hint};
    int rc;
    if (!utf8_ok((const uint8_t *)text, len, &np)) {
        rc = ANON_ERR_ENCODING;
    } else if (np.nomem) {
        rc = ANON_ERR_NOMEM;
    } else if (!np.n) {
        rc = anon_find_in(e, text, len, &nc, out, n);
    } else {
        rc = find_view(e, text, len, &np, &nc, out, n);
    }
    anon_labels_forget();
    if (np.pos != np.inl)
        free(np.pos);
    return rc;
}
