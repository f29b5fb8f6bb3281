/* engine_sweep.c: the structured sweep, one pass over a text that runs each pattern detector only
 * where it could match.
 *
 * The pass (16 bytes at a time with SSE2/SSSE3, 32 with AVX2) stops only at digits, '[' and the
 * rarest byte of each trigger literal whose neighbours fit, then compares the literal; literal
 * detectors run anchored at their literal, "window" detectors in the whitespace-delimited window
 * around it, digit detectors in windows around digit runs that hold enough digits and only where
 * their gate (gate.c) finds the shape of a value they could accept. Bytes are visited in increasing
 * order, so a detector's `done` offset and a window's end only move forward.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/spelled51.h"

#ifdef __SSE2__
#include <emmintrin.h>
#ifdef HAVE_SSSE3_SWEEP
#include <immintrin.h>
#include <tmmintrin.h>
#endif
#endif
#include <string.h>

/* Bytes a digit window reaches beyond its outermost digits (an IBAN's BBAN may end in a few
 * letters past its last digit, grouped by four: Qatar's registry example ends "90AB CDEF G"). */
#define DIGIT_REACH 9
#define DIGIT_BACK 16 /* ... and before them (phone words like "number is") */

static int is_ws(uint8_t c)
{
    return c <= ' ' && (c == ' ' || (unsigned)(c - '\t') <= 4u); /* \t \n \v \f \r */
}

/* Windows up to this long are checked for the ASCII twin of a pattern (struct detector). */
#define ASCII_SPAN 256

static int all_ascii(const char *p, size_t n)
{
    uint64_t hi = 0, w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        hi |= w;
    }
    for (; i < n; i++)
        hi |= (uint8_t)p[i];
    return !(hi & 0x8080808080808080ull);
}

/* Runs detector d over text[from .. to) (the subject ends at `to`, lookbehind sees before
 * `from`). Returns the end of the last match (or from), or < 0 on error. */
static long run(struct scan *s, size_t d, size_t from, size_t to, int anchored)
{
    const struct detector *det = &s->e->det[d];
    pcre2_match_data *md = s->tls->md;
    size_t off = from, last = from;
    uint32_t opts = PCRE2_NO_UTF_CHECK | (anchored ? PCRE2_ANCHORED : 0);
    const pcre2_code *re = det->re;
    if (det->ascii && !anchored && to - from <= ASCII_SPAN) {
        size_t b = from > det->behind ? from - det->behind : 0;
        if (all_ascii(s->text + b, to - b))
            re = det->ascii;
    }
    while (off < to) {
        if (det->has_start) {
            const uint8_t *t = (const uint8_t *)s->text;
            while (off < to && !det->start[t[off]])
                off++;
            if (off == to || (anchored && off != from))
                break;
        }
        int rc = PCRE2_ERROR_JIT_BADOPTION;
        /* pcre2_match()'s own first step for these options, without its checks of what the
         * engine already knows (offsets, options, the pattern's mode); it runs the interpreter
         * where JIT code is missing, and for anchored matches */
        if (det->jit && !anchored)
            rc = pcre2_jit_match(re, (PCRE2_SPTR)s->text, to, off, opts, md, s->tls->mctx);
        if (rc == PCRE2_ERROR_JIT_BADOPTION)
            rc = pcre2_match(re, (PCRE2_SPTR)s->text, to, off, opts, md, s->tls->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0)
            return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT
                       ? ANON_ERR_TOO_LARGE
                       : ANON_ERR_CONFIG;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t ms = ov[0], me = ov[1], vs = ms, ve = me;
        if (det->vgroup && (uint32_t)rc > det->vgroup && ov[2 * det->vgroup] != PCRE2_UNSET) {
            vs = ov[2 * det->vgroup];
            ve = ov[2 * det->vgroup + 1];
        }
        size_t ok = ve - vs;
        if (ok && det->validate)
            ok = det->validate(s->text + vs, ve - vs);
        if (ok && det->context && !det->context(s->text, s->len, vs, vs + ok))
            ok = 0;
        size_t next;
        if (ok) {
            if (add_cand(s, d, vs, vs + ok, (det->flags & ANON_DF_CHECKSUM) != 0) < 0)
                return ANON_ERR_NOMEM;
            next = vs + ok < ve ? vs + ok : me;
            if (next > last)
                last = next;
        } else {
            /* a rejected candidate's tail may still hold a value after a space ("Flat 12
             * 07700 900123"): retry from the next space-separated token, else past it */
            next = me;
            for (size_t p = ms + 1; p < me; p++)
                if (s->text[p - 1] == ' ' && s->text[p] != ' ') {
                    next = p;
                    break;
                }
        }
        if (anchored)
            break;
        if (next <= ms) {
            next = ms + 1;
            while (next < to && ((uint8_t)s->text[next] & 0xC0) == 0x80)
                next++;
        }
        off = next;
    }
    return (long)last;
}

static size_t ws_after(const struct scan *s, size_t p)
{
    while (p < s->len && !is_ws((uint8_t)s->text[p]))
        p++;
    return p;
}

static size_t ws_before(const struct scan *s, size_t p, size_t floor_)
{
    while (p > floor_ && !is_ws((uint8_t)s->text[p - 1]))
        p--;
    return p;
}

static int lit_eq(const struct trigger *t, const char *p, size_t avail)
{
    if (avail < t->len)
        return 0;
    if (!t->nocase) {
        for (size_t i = 0; i < t->len; i++)
            if (p[i] != t->lit[i])
                return 0;
        return 1;
    }
    for (size_t i = 0; i < t->len; i++)
        if (lower(p[i]) != t->lit[i])
            return 0;
    return 1;
}

static int has_bit(const uint64_t *set, uint8_t b)
{
    return (set[b >> 6] >> (b & 63)) & 1;
}

/* Could any trigger anchored at text[i] match, judging by its neighbours? pair_next: the scan's
 * (struct scan), without the ATHOST literals once none can match in the rest of the text. */
static inline __attribute__((always_inline)) int near_anchor(const anon_engine_t *e,
                                                             const uint64_t *pair_next,
                                                             const char *text, size_t len, size_t i)
{
    uint8_t a = (uint8_t)text[i];
    if (i > 0 && i + 1 < len) {
        uint16_t p, n;
        memcpy(&p, text + i - 1, 2);
        memcpy(&n, text + i, 2);
        if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
            return (int)((e->pair_prev[p >> 6] >> (p & 63)) & 1) |
                   (int)((pair_next[n >> 6] >> (n & 63)) & 1);
    }
    return e->near[a].always || (i > 0 && has_bit(e->near[a].prev, (uint8_t)text[i - 1])) ||
           (i + 1 < len && has_bit(e->near[a].next, (uint8_t)text[i + 1]));
}

/* Trigger k, anchored at text[at]: runs its detector where its literal lies. */
/* An e-mail address a PDF or terminal wrapped before its '@' or its top-level domain
 * ("maria\n@example.com", "maria@example.\ncom"): the window around the '@' takes in the word
 * across the line break (the pattern and anon_v_email decide). */
static void wrapped_at(const struct scan *s, size_t i, size_t floor_, size_t *from, size_t *to)
{
    const char *x = s->text;
    if (*from == i && i > floor_ && x[i - 1] == '\n') {
        size_t b = i - 1;
        if (b > floor_ && x[b - 1] == '\r')
            b--;
        if (b > floor_ && !is_ws((uint8_t)x[b - 1]))
            *from = ws_before(s, b, floor_);
    }
    size_t e = *to;
    if (e > i + 1 && e < s->len && x[e - 1] == '.' && (x[e] == '\n' || x[e] == '\r')) {
        size_t a = e + (x[e] == '\r' && e + 1 < s->len && x[e + 1] == '\n' ? 2 : 1);
        if (a < s->len && !is_ws((uint8_t)x[a]))
            *to = ws_after(s, a);
    }
}

/* An AROUND detector's window: AROUND_BACK bytes before its literal and AROUND_AHEAD after it,
 * on the line, never before what it already scanned, never inside a UTF-8 sequence. */
#define AROUND_BACK 96
#define AROUND_AHEAD 128

static void around(const struct scan *s, size_t i, size_t n, size_t floor_, size_t *from,
                   size_t *to)
{
    const char *x = s->text;
    size_t b = i;
    while (b > floor_ && i - b < AROUND_BACK && x[b - 1] != '\n')
        b--;
    while (b < i && ((uint8_t)x[b] & 0xC0) == 0x80)
        b++;
    size_t e = i + n;
    while (e < s->len && e - i < AROUND_AHEAD && x[e] != '\n')
        e++;
    while (e < s->len && ((uint8_t)x[e] & 0xC0) == 0x80)
        e++;
    *from = b;
    *to = e;
}

/* ANON_DF_ATHOST: is the '.' at i a host's dot after an "at" word ("maria.keller at
 * example.com", "AT", the German "ät", the French "chez")? Two to six letters after it, then no
 * letter, digit, '_', '-' or '@' (another label's '.' may follow: "web.com.br"); before it, the
 * host's labels and dots up to a space, and the word before that space. Most dots before a letter
 * (obj.method, file.txt, e.g.) fail one of these in a few bytes, before any pattern runs. */
static inline int host_byte(uint8_t c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Does an "at" word end at x[w] (w >= 3), as at_host_may() reads it before the space at w: " at",
 * " \xC3\xA4t" (the German "ät", "Ät" too), " chez", in any case? */
static int at_word_end(const uint8_t *x, size_t w)
{
    uint8_t c1 = x[w - 1] | 0x20, c2 = x[w - 2] | 0x20;
    if (c1 == 't' && c2 == 'a' && x[w - 3] == ' ')
        return 1;
    if (c1 == 't' && (x[w - 2] == 0xA4 || x[w - 2] == 0x84) && w >= 4 && x[w - 3] == 0xC3 &&
        x[w - 4] == ' ')
        return 1;
    return c1 == 'z' && c2 == 'e' && w >= 5 && (x[w - 3] | 0x20) == 'h' &&
           (x[w - 4] | 0x20) == 'c' && x[w - 5] == ' ';
}

#ifdef HAVE_SSSE3_SWEEP
/* at_word_from()'s blocks by 32 with AVX2; returns where its blocks stopped (*w: the word's end,
 * or SIZE_MAX when none was found before). */
__attribute__((target("avx2"))) static size_t at_word_avx2(const uint8_t *x, size_t len, size_t p,
                                                           size_t *w)
{
    const __m256i sp = _mm256_set1_epi8(' '), b20 = _mm256_set1_epi8(0x20),
                  tt = _mm256_set1_epi8('t'), zz = _mm256_set1_epi8('z');
    *w = SIZE_MAX;
    for (; p + 32 <= len; p += 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(x + p));
        __m256i u =
            _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(const void *)(x + p - 1)), b20);
        uint32_t m = (uint32_t)_mm256_movemask_epi8(
            _mm256_and_si256(_mm256_cmpeq_epi8(v, sp),
                             _mm256_or_si256(_mm256_cmpeq_epi8(u, tt), _mm256_cmpeq_epi8(u, zz))));
        for (; m; m &= m - 1)
            if (at_word_end(x, p + (unsigned)__builtin_ctz(m))) {
                *w = p + (unsigned)__builtin_ctz(m);
                return p;
            }
    }
    return p;
}
#endif

/* The first w >= p (p >= 3) where an "at" word ends with a space at x[w], or SIZE_MAX. Every
 * such word's last letter is a 't' or a 'z' in either case: a space after one of them is
 * looked at, 32 bytes a step with AVX2 (avx2: the engine's flag), else 16 with SSE2. */
static size_t at_word_from(const uint8_t *x, size_t len, size_t p, int avx2)
{
#ifdef HAVE_SSSE3_SWEEP
    if (avx2) {
        size_t w;
        p = at_word_avx2(x, len, p, &w);
        if (w != SIZE_MAX)
            return w;
    }
#else
    (void)avx2;
#endif
#ifdef __SSE2__
    const __m128i sp = _mm_set1_epi8(' '), b20 = _mm_set1_epi8(0x20), tt = _mm_set1_epi8('t'),
                  zz = _mm_set1_epi8('z');
    for (; p + 16 <= len; p += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(x + p));
        __m128i u = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(x + p - 1)), b20);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(
            _mm_cmpeq_epi8(v, sp), _mm_or_si128(_mm_cmpeq_epi8(u, tt), _mm_cmpeq_epi8(u, zz))));
        for (; m; m &= m - 1)
            if (at_word_end(x, p + (unsigned)__builtin_ctz(m)))
                return p + (unsigned)__builtin_ctz(m);
    }
#endif
    for (; p < len; p++)
        if (x[p] == ' ' && at_word_end(x, p))
            return p;
    return SIZE_MAX;
}

/* A necessary condition for at_host_may(s, i): an "at" word's space lies 2 to 129 bytes before
 * the dot at i (the space before the host, which the host's walk back reaches within 128
 * bytes). The words are looked for once per text, forward, as far as the dots asked about: the
 * greatest end before i is s->aw_prev once s->aw_next >= i. A text without one (most, and every
 * e-mail's "@host.com") pays one pass at its first dot before a letter and no walk at any. */
static int at_word_near(struct scan *s, size_t i)
{
    const uint8_t *x = (const uint8_t *)s->text;
    if (!s->aw_next)
        s->aw_next = at_word_from(x, s->len, 3, s->e->avx2);
    while (s->aw_next < i) {
        s->aw_prev = s->aw_next;
        s->aw_next = at_word_from(x, s->len, s->aw_next + 1, s->e->avx2);
    }
    if (s->aw_prev && s->aw_prev + 129 >= i)
        return 1;
    /* no "at" word ends within reach of this dot, nor after it: no later dot (the sweep asks
     * in increasing order) is a host's either, and its stops cost a visit each ("john.smith",
     * "example.com", "obj.method") unless near_anchor() leaves them */
    if (s->aw_next == SIZE_MAX)
        s->pair_next = s->e->pair_next_plain;
    return 0;
}

static int at_host_may(struct scan *s, size_t i)
{
    if (!at_word_near(s, i))
        return 0;
    const uint8_t *x = (const uint8_t *)s->text;
    size_t j = i + 1;
    while (j < s->len && j - i <= 7 && ((x[j] | 0x20) >= 'a' && (x[j] | 0x20) <= 'z'))
        j++;
    if (j - i < 3 || j - i > 7 ||
        (j < s->len && (host_byte(x[j]) || x[j] == '_' || x[j] == '-' || x[j] == '@')))
        return 0;
    size_t b = i;
    while (b > 0 && i - b < 128 && (host_byte(x[b - 1]) || x[b - 1] == '-' || x[b - 1] == '.'))
        b--;
    if (b == i || b < 5 || x[b - 1] != ' ')
        return 0;
    size_t w = b - 1; /* the space before the host */
    uint8_t c1 = x[w - 1] | 0x20, c2 = x[w - 2] | 0x20;
    if (c1 == 't' && c2 == 'a' && x[w - 3] == ' ')
        return 1;
    if (c1 == 't' && (x[w - 2] == 0xA4 || x[w - 2] == 0x84) && x[w - 3] == 0xC3 && w >= 5 &&
        x[w - 4] == ' ')
        return 1;
    return c1 == 'z' && c2 == 'e' && (x[w - 3] | 0x20) == 'h' && (x[w - 4] | 0x20) == 'c' &&
           w >= 5 && x[w - 5] == ' ';
}

static int try_trigger(struct scan *s, uint32_t k, size_t at)
{
    const anon_engine_t *e = s->e;
    const struct trigger *t = &e->trig[k];
    size_t d = t->det;
    if (at < t->off)
        return 0;
    size_t i = at - t->off;
    if (i < s->done[d] || !lit_eq(t, s->text + i, s->len - i))
        return 0;
    long r;
    if (e->det[d].flags & ANON_DF_WINDOW) {
        size_t from = ws_before(s, i, s->done[d]), to = ws_after(s, i + t->len);
        if (t->len == 1 && t->lit[0] == '@')
            wrapped_at(s, i, s->done[d], &from, &to);
        /* a quoted string right before the literal ("john doe"@example.com) may hold
         * spaces: the window starts at its opening quote */
        if (i >= 2 && s->text[i - 1] == '"') {
            size_t q = i - 1;
            while (q > s->done[d] && i - q < 68 && s->text[q - 1] != '\n' &&
                   !(s->text[q - 1] == '"' && !(q >= 2 && s->text[q - 2] == '\\')))
                q--;
            if (q > s->done[d] && s->text[q - 1] == '"' && q - 1 < from)
                from = q - 1;
        }
        r = run(s, d, from, to, 0);
        if (r >= 0)
            r = (long)to;
    } else if ((e->det[d].flags & ANON_DF_ATHOST) && !at_host_may(s, i)) {
        return 0; /* done[d] stays: a later host's window may start before this dot */
    } else if (e->det[d].flags & ANON_DF_AROUND) {
        size_t from, to;
        around(s, i, t->len, s->done[d], &from, &to);
        r = run(s, d, from, to, 0);
        if (r >= 0 && (size_t)r < i + t->len)
            r = (long)(i + t->len);
    } else if (t->anchor_ok && !t->anchor_ok(s->text, i)) {
        r = (long)i; /* what run() returns when no match is taken */
    } else {
        r = run(s, d, i, s->len, 1);
    }
    if (r < 0)
        return (int)r;
    if ((size_t)r > s->done[d])
        s->done[d] = (size_t)r;
    return 0;
}

/* The triggers anchored at text[at], in their order. */
static int on_trigger(struct scan *s, size_t at)
{
    const anon_engine_t *e = s->e;
    uint8_t a = (uint8_t)s->text[at];
    if (e->tslot[a]) {
        const struct trig_masks *m = &e->tmask[e->tslot[a] - 1];
        uint64_t bits = m->always;
        if (at > 0)
            bits |= m->side[0][(uint8_t)s->text[at - 1]];
        if (at + 1 < s->len)
            bits |= m->side[1][(uint8_t)s->text[at + 1]];
        for (; bits; bits &= bits - 1) {
            int rc = try_trigger(s, e->tfirst[a] + (uint32_t)__builtin_ctzll(bits), at);
            if (rc < 0)
                return rc;
        }
        return 0;
    }
    for (uint32_t k = e->tfirst[a]; k < e->tfirst[a + 1]; k++) {
        int rc = try_trigger(s, k, at);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* What the sweep did not already collect about a window: which need bytes it holds (into
 * *present) and whether it is all ASCII (where \d and the word classes reach no further, so the
 * gates may judge it). With SSE2 one pass over the window answers both for the first four need
 * bytes (the built-in packs have three); memchr looks for the others, and in windows shorter
 * than a block. */
static int window_bytes(const struct scan *s, size_t from, size_t to, unsigned *present)
{
    const anon_engine_t *e = s->e;
    const uint8_t *t = (const uint8_t *)s->text;
    size_t i = from, k = 0;
    unsigned pres = 0, hi = 0;
#ifdef __SSE2__
    /* blocks of 16, the last one overlapping the one before: a byte seen twice changes nothing */
    if (to - from >= 16) {
        const uint8_t *nb = e->needbyte; /* lanes past nneed are never read */
        const __m128i n0 = _mm_set1_epi8((char)nb[0]), n1 = _mm_set1_epi8((char)nb[1]),
                      n2 = _mm_set1_epi8((char)nb[2]), n3 = _mm_set1_epi8((char)nb[3]);
        __m128i high = _mm_setzero_si128(), h0 = high, h1 = high, h2 = high, h3 = high;
        for (;; i += 16) {
            if (i + 16 > to)
                i = to - 16;
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            high = _mm_or_si128(high, v);
            h0 = _mm_or_si128(h0, _mm_cmpeq_epi8(v, n0));
            h1 = _mm_or_si128(h1, _mm_cmpeq_epi8(v, n1));
            h2 = _mm_or_si128(h2, _mm_cmpeq_epi8(v, n2));
            h3 = _mm_or_si128(h3, _mm_cmpeq_epi8(v, n3));
            if (i + 16 == to)
                break;
        }
        hi = (unsigned)_mm_movemask_epi8(high);
        pres = (_mm_movemask_epi8(h0) ? 1u : 0) | (_mm_movemask_epi8(h1) ? 2u : 0) |
               (_mm_movemask_epi8(h2) ? 4u : 0) | (_mm_movemask_epi8(h3) ? 8u : 0);
        pres &= (1u << (e->nneed < 4 ? e->nneed : 4)) - 1;
        k = 4;
        i = to;
    }
#endif
    for (; k < e->nneed; k++)
        if (memchr(t + from, e->needbyte[k], to - from))
            pres |= 1u << k;
    for (; i < to; i++)
        hi |= t[i] & 0x80;
    *present = pres;
    return !hi;
}

/* Digit-window state of one sweep: the window and the digit runs the sweep found in it. The
 * window ends at the first whitespace from `reach` (DIGIT_REACH past its last digit); that end
 * is looked for only when asked (window_end), as ws_after is monotone: most runs lie within
 * DIGIT_REACH of the reach before them and join the window without it. */
struct dwin {
    int open;
    int overflow; /* more runs than w.run holds: the gates cannot judge it */
    int ended;    /* w.to is the end for `reach` */
    size_t floor_;
    size_t reach;
    unsigned digits;
    anon_window_t w; /* w.from, w.to: the window */
};

static size_t window_end(const struct scan *s, struct dwin *dw)
{
    if (!dw->ended) {
        dw->w.to = ws_after(s, dw->reach);
        dw->ended = 1;
    }
    return dw->w.to;
}

/* Runs the digit detectors over the closed window that its need bytes and gates allow, in
 * their order. */
static int digit_window(struct scan *s, struct dwin *dw)
{
    const anon_engine_t *e = s->e;
    size_t from = dw->w.from, to = window_end(s, dw);
    unsigned present = 0, digits = dw->digits;
    int judged = 0; /* the window is looked at when a need byte or a gate asks */
    uint64_t todo = e->dd_digits[digits < 64 ? digits : 64];
    if (todo & e->dd_look) {
        judged = window_bytes(s, from, to, &present) && !dw->overflow;
        todo &= ~e->dd_needlost[present & 0xFF];
        /* the runs are summed up for the gates when one of them is still asked */
        if (judged && (todo & e->dd_summed))
            todo &= ~e->dd_gatelost[anon_gates_maybe(&dw->w, e->gatebits) & 0xFF];
    }
    for (; todo; todo &= todo - 1) {
        const struct digit_det *det = &e->ddet[__builtin_ctzll(todo)];
        if (det->need && !det->needbit && !memchr(s->text + from, det->need, to - from))
            continue;
        if (det->gate && judged && !det->gate(&dw->w))
            continue;
        long r = run(s, det->det, from, to, 0);
        if (r < 0)
            return (int)r;
    }
    return anon_phone55_window(s, &dw->w, dw->digits);
}

/* The digits text[b .. e) join the open window's runs (a digit that is also an anchor byte is
 * visited alone, so a run may come in pieces). */
static void window_digits(struct dwin *dw, size_t b, size_t e)
{
    anon_window_t *w = &dw->w;
    if (w->nruns && w->run[w->nruns - 1].e == b) {
        w->run[w->nruns - 1].e = e;
        return;
    }
    if (w->nruns == ANON_GATE_RUNS) {
        dw->overflow = 1;
        return;
    }
    w->run[w->nruns].s = b;
    w->run[w->nruns++].e = e;
}

static int add_token_span(struct scan *s, size_t start, size_t end)
{
    if (s->ntok + 2 > s->captok) {
        size_t cap = s->captok ? s->captok * 2 : 16;
        size_t *t = realloc(s->tok, cap * sizeof *t);
        if (!t)
            return ANON_ERR_NOMEM;
        s->tok = t;
        s->captok = cap;
    }
    s->tok[s->ntok++] = start;
    s->tok[s->ntok++] = end;
    return 0;
}

/* The digits text[i .. j) join the open window or open the next one. A run is taken whole (a
 * digit that is also an anchor byte alone): its digits lie in one window, and only its last one
 * can push the window's end. */
static inline int window_run(struct scan *s, struct dwin *w, size_t i, size_t j)
{
    anon_window_t *win = &w->w;
    size_t reach = j - 1 + DIGIT_REACH < s->len ? j - 1 + DIGIT_REACH : s->len;
    if (w->open && (i <= w->reach + DIGIT_REACH || i <= window_end(s, w) + DIGIT_REACH)) {
        w->digits += (unsigned)(j - i);
        if (reach > w->reach) {
            w->reach = reach;
            w->ended = 0;
        }
    } else {
        if (w->open) {
            int rc = digit_window(s, w);
            if (rc < 0)
                return rc;
            w->floor_ = win->to;
        }
        size_t back = i > w->floor_ + DIGIT_BACK ? i - DIGIT_BACK : w->floor_;
        win->text = s->text;
        win->from = ws_before(s, back, w->floor_);
        win->nruns = 0;
        w->reach = reach;
        w->ended = 0;
        w->overflow = 0;
        w->digits = (unsigned)(j - i);
        w->open = 1;
    }
    window_digits(w, i, j);
    return 0;
}

/* A digit that is no other interesting byte: its run is taken whole, *next is where the sweep
 * resumes. text[i .. j) are known digits of it; `more`: the run may go on at j. */
static inline __attribute__((always_inline)) int
visit_digits(struct scan *s, struct dwin *w, size_t i, size_t j, int more, size_t *next)
{
    const anon_engine_t *e = s->e;
    while (more && j < s->len && e->cls[(uint8_t)s->text[j]] == CLS_DIGIT)
        j++;
    *next = j;
    return e->ndigit ? window_run(s, w, i, j) : 0;
}

/* One interesting byte (a digit, an anchor byte or '['), in increasing order of i. A run of
 * digits is taken whole: *next is where the sweep resumes. */
static int visit(struct scan *s, struct dwin *w, size_t i, size_t *next)
{
    const anon_engine_t *e = s->e;
    size_t len = s->len;
    uint8_t f = e->cls[(uint8_t)s->text[i]];
    if (f == CLS_DIGIT)
        return visit_digits(s, w, i, i + 1, 1, next);
    *next = i + 1;
    if ((f & CLS_DIGIT) && e->ndigit) {
        int rc = window_run(s, w, i, i + 1);
        if (rc < 0)
            return rc;
    }
    if ((f & CLS_ANCHOR) && near_anchor(e, s->pair_next, s->text, len, i)) {
        int rc = on_trigger(s, i);
        if (rc < 0)
            return rc;
    }
    if (f & CLS_BRACKET) {
        size_t tl, num;
        size_t n = anon_token_parse(s->text + i, len - i, &tl, &num);
        if (n && add_token_span(s, i, i + n) < 0)
            return ANON_ERR_NOMEM;
    }
    return 0;
}

/* Visits the marked bytes (mask) of the 16-byte block at i, skipping what a visit consumed. The
 * lanes of dm are digits and nothing else (0: not known), so a run's end inside the block is
 * read off it. */
static inline __attribute__((always_inline)) int visit_block(struct scan *s, struct dwin *w,
                                                             size_t i, size_t width, uint32_t mask,
                                                             uint32_t dm, size_t *next)
{
    const anon_engine_t *e = s->e;
    const uint8_t *t = (const uint8_t *)s->text;
    if (*next > i)
        mask = *next - i >= width ? 0 : mask & (~0u << (*next - i));
    while (mask) {
        unsigned q = (unsigned)__builtin_ctz(mask);
        size_t p = i + q;
        int rc;
        if ((dm >> q) & 1) {
            /* the run's digits in this block, all of them: it goes on only from the block's end */
            size_t j = p + (unsigned)__builtin_ctzll(~(uint64_t)(dm >> q));
            if (j < i + width) { /* it ends here: visit_digits without its byte loop */
                *next = j;
                if (e->ndigit && (rc = window_run(s, w, p, j)) < 0)
                    return rc;
                mask &= ~0u << (j - i);
                continue;
            }
            rc = visit_digits(s, w, p, j, 1, next);
        } else {
            uint8_t f = e->cls[t[p]];
            if (f == CLS_ANCHOR && !near_anchor(e, s->pair_next, s->text, s->len, p)) {
                mask &= mask - 1; /* most anchor bytes in prose: no call */
                continue;
            }
            rc = f == CLS_DIGIT ? visit_digits(s, w, p, p + 1, 1, next) : visit(s, w, p, next);
        }
        if (rc < 0)
            return rc;
        mask = *next - i >= width ? 0 : mask & (~0u << (*next - i));
    }
    return 0;
}

/* Could bucket g take anchor c? Not when its lo and hi nibbles would then also name a byte with
 * a class that is no such anchor: pa must be 0 on every lane that may not be dropped. */
static int bucket_fits(const anon_engine_t *e, const uint8_t *is_f, unsigned g, unsigned c)
{
    uint8_t bit = (uint8_t)(1u << g);
    for (unsigned m = 0; m < 128; m++) {
        if (!e->cls[m] || is_f[m])
            continue;
        int in_lo = (m & 15) == (c & 15) || (e->pa_lo[m & 15] & bit);
        int in_hi = (m >> 4) == (c >> 4) || (e->pa_hi[m >> 4] & bit);
        if (in_lo && in_hi)
            return 0;
    }
    return 1;
}

/* How many bytes bucket g's pa names once it takes anchor c (its lo nibbles times its hi
 * nibbles): anchors that share a nibble share a bucket at no cost ("C" and "I": only 'C' and
 * 'I'), others let each other's lanes through the filter as bucket-mates. */
static unsigned bucket_spill(const anon_engine_t *e, unsigned g, unsigned c)
{
    unsigned lo = 0, hi = 0;
    for (unsigned n = 0; n < 16; n++) {
        lo += n == (c & 15) || ((e->pa_lo[n] >> g) & 1);
        hi += n == (c >> 4) || ((e->pa_hi[n] >> g) & 1);
    }
    return lo * hi;
}

void anon_sweep_pairs(anon_engine_t *e)
{
    uint8_t is_f[128];
    for (unsigned c = '0'; c <= '9'; c++)
        if (e->cls[c] == CLS_DIGIT)
            e->pd_lo[c & 15] |= (uint8_t)(1u << (c >> 4));
    for (unsigned c = 0; c < 128; c++)
        is_f[c] = e->cls[c] == CLS_ANCHOR && !e->near[c].always;
#ifdef HAVE_SSSE3_SWEEP
    e->avx2 = e->nib && __builtin_cpu_supports("avx2") && !getenv("HUSH_SWEEP_NO_AVX2");
#endif
    for (unsigned c = 0; c < 128; c++) {
        if (!is_f[c])
            continue;
        unsigned g = 8, best = ~0u;
        for (unsigned b = 0; b < 8; b++) { /* the bucket that fits with the fewest bytes */
            unsigned spill = bucket_spill(e, b, c);
            if (spill < best && bucket_fits(e, is_f, b, c)) {
                best = spill;
                g = b;
            }
        }
        if (g == 8)
            continue; /* no bucket: its lane is never dropped */
        uint8_t bit = (uint8_t)(1u << g);
        e->pa_lo[c & 15] |= bit;
        e->pa_hi[c >> 4] |= bit;
        for (unsigned b = 0; b < 256; b++) {
            if (has_bit(e->near[c].prev, (uint8_t)b)) {
                e->pp_lo[b & 15] |= bit;
                e->pp_hi[b >> 4] |= bit;
            }
            if (has_bit(e->near[c].next, (uint8_t)b)) {
                e->pn_lo[b & 15] |= bit;
                e->pn_hi[b >> 4] |= bit;
            }
        }
    }
}

#ifdef HAVE_SSSE3_SWEEP
#define LOAD16(p) _mm_loadu_si128((const __m128i *)(const void *)(p))
/* Blocks of 16 classified by two table lookups, whatever the number of anchor bytes (the tail
 * of sweep_avx2's text, or all of it without AVX2: there the pair filter of sweep_avx2 cost as
 * much as it spared). */
__attribute__((target("ssse3"))) static int sweep_ssse3(struct scan *s, struct dwin *w, size_t *i,
                                                        size_t *next)
{
    const uint8_t *t = (const uint8_t *)s->text;
    const __m128i lo_tab = LOAD16(s->e->nib_lo), hi_tab = LOAD16(s->e->nib_hi),
                  low4 = _mm_set1_epi8(0x0F), zero = _mm_setzero_si128();
    for (; *i + 16 <= s->len; *i += 16) {
        __m128i v = LOAD16(t + *i);
        __m128i lo = _mm_shuffle_epi8(lo_tab, _mm_and_si128(v, low4));
        __m128i hi = _mm_shuffle_epi8(hi_tab, _mm_and_si128(_mm_srli_epi16(v, 4), low4));
        unsigned mask =
            ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(lo, hi), zero)) & 0xFFFFu;
        int rc = mask ? visit_block(s, w, *i, 16, mask, 0, next) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

#define LOAD32(p) _mm256_loadu_si256((const __m256i *)(const void *)(p))
#define TAB32(p) _mm256_broadcastsi128_si256(LOAD16(p))
#define NIBBLES32(lo, hi, v)                                                                       \
    _mm256_and_si256(_mm256_shuffle_epi8(lo, _mm256_and_si256(v, low4)),                           \
                     _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), low4)))
#define MASK32(x) (~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, zero)))

/* sweep_ssse3 by blocks of 32 with AVX2 (the same tables in both 16-byte halves), and two more
 * things read off the same lanes: the digits that are nothing else (pd_lo), so a run's end in the
 * block needs no byte loop, and the anchor bytes whose bucket (pa) neither the byte before (pp)
 * nor the one after (pn) holds, which are dropped: near_anchor would say no to each (most anchor
 * bytes in prose: 'b', '.', '-', ':'). A lane at the text's edge is never dropped. */
__attribute__((target("avx2"))) static int sweep_avx2(struct scan *s, struct dwin *w, size_t *i,
                                                      size_t *next)
{
    const anon_engine_t *e = s->e;
    const uint8_t *t = (const uint8_t *)s->text;
    const size_t len = s->len;
    const __m256i lo_tab = TAB32(e->nib_lo), hi_tab = TAB32(e->nib_hi), pd_tab = TAB32(e->pd_lo),
                  pa_lo = TAB32(e->pa_lo), pa_hi = TAB32(e->pa_hi), pp_lo = TAB32(e->pp_lo),
                  pp_hi = TAB32(e->pp_hi), pn_lo = TAB32(e->pn_lo), pn_hi = TAB32(e->pn_hi),
                  low4 = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
    size_t at = *i; /* a local: the visits write through `next` only */
    for (; at + 32 <= len; at += 32) {
        __m256i v = LOAD32(t + at);
        __m256i vl = _mm256_and_si256(v, low4),
                vh = _mm256_and_si256(_mm256_srli_epi16(v, 4), low4);
        __m256i hi = _mm256_shuffle_epi8(hi_tab, vh);
        uint32_t mask = MASK32(_mm256_and_si256(_mm256_shuffle_epi8(lo_tab, vl), hi));
        if (!mask)
            continue;
        uint32_t dm = MASK32(_mm256_and_si256(_mm256_shuffle_epi8(pd_tab, vl), hi));
        __m256i pa =
            _mm256_and_si256(_mm256_shuffle_epi8(pa_lo, vl), _mm256_shuffle_epi8(pa_hi, vh));
        uint32_t f = mask & MASK32(pa);
        if (f) {
            uint32_t edge = 0;
            __m256i pv, nv;
            if (at > 0) {
                pv = LOAD32(t + at - 1);
            } else { /* v shifted by a byte across the halves; lane 0 is kept */
                pv = _mm256_alignr_epi8(v, _mm256_permute2x128_si256(v, v, 0x08), 15);
                edge |= 1u;
            }
            if (at + 33 <= len) {
                nv = LOAD32(t + at + 1);
            } else {
                nv = _mm256_alignr_epi8(_mm256_permute2x128_si256(v, v, 0x81), v, 1);
                edge |= 1u << 31;
            }
            __m256i ok = _mm256_and_si256(
                pa, _mm256_or_si256(NIBBLES32(pp_lo, pp_hi, pv), NIBBLES32(pn_lo, pn_hi, nv)));
            mask &= ~(f & ~MASK32(ok) & ~edge);
        }
        int rc = visit_block(s, w, at, 32, mask, dm, next);
        if (rc < 0)
            return rc;
    }
    *i = at;
    return 0;
}
#undef MASK32
#undef NIBBLES32
#undef TAB32
#undef LOAD32
#undef LOAD16
#endif

/* Detector d (ANON_DF_DOTWORD) around every dot word (" dot ", " punkt "..., spelled51.c) of a text
 * that holds one (anon_find_ex's first pass said so), as if the word were one of its AROUND
 * literals. */
static int dot_words(struct scan *s, size_t d)
{
    const char *x = s->text;
    /* its own floor: the sweep's trigger runs of d ended where their lines did, often after an
     * earlier line's " dot " ("a at b dot de" above "c (at) d.de" was never looked at) */
    size_t floor_ = 0;
    for (size_t i = 1; i + 4 < s->len; i++) {
        size_t w;
        if (x[i - 1] != ' ' || !strchr(ANON_DOTW_FIRST, x[i] | 0x20) || i - 1 < floor_ ||
            !(w = anon_dotword_at((const uint8_t *)x, i, s->len)))
            continue;
        size_t from, to;
        around(s, i - 1, w + 2, floor_, &from, &to);
        long r = run(s, d, from, to, 0);
        if (r < 0)
            return (int)r;
        if ((size_t)r < i + w + 1)
            r = (long)(i + w + 1);
        floor_ = (size_t)r;
        if ((size_t)r > s->done[d])
            s->done[d] = (size_t)r;
    }
    return 0;
}

/* The single pass: trigger literals, digit windows, token-shaped spans. With SSE2, 16 bytes are
 * classified at once (digits by range, anchor bytes by compare, or every class by nibble lookup
 * with SSSE3) and only marked bytes visited. */
int anon_sweep(struct scan *s)
{
    const anon_engine_t *e = s->e;
    const uint8_t *t = (const uint8_t *)s->text;
    size_t len = s->len, i = 0, next = 0;
    struct dwin w; /* its run table is filled as runs come */
    w.open = 0;
    w.floor_ = 0;
#ifdef HAVE_SSSE3_SWEEP
    if (e->nib) {
        int rc = e->avx2 ? sweep_avx2(s, &w, &i, &next) : 0;
        if (rc == 0)
            rc = sweep_ssse3(s, &w, &i, &next);
        if (rc < 0)
            return rc;
    } else
#endif
#ifdef __SSE2__
        if (e->nsimd) {
        const __m128i zero_c = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
        __m128i probe[sizeof e->simd];
        for (size_t k = 0; k < e->nsimd; k++)
            probe[k] = _mm_set1_epi8((char)e->simd[k]);
        for (; i + 16 <= len; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            __m128i d = _mm_sub_epi8(v, zero_c);
            __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d);
            for (size_t k = 0; k < e->nsimd; k++)
                m = _mm_or_si128(m, _mm_cmpeq_epi8(v, probe[k]));
            unsigned mask = (unsigned)_mm_movemask_epi8(m);
            int rc = mask ? visit_block(s, &w, i, 16, mask, 0, &next) : 0;
            if (rc < 0)
                return rc;
        }
    }
#endif
    for (i = i > next ? i : next; i < len;) {
        if (!e->cls[t[i]]) {
            i++;
            continue;
        }
        int rc = visit(s, &w, i, &i);
        if (rc < 0)
            return rc;
    }
    if (w.open) {
        int rc = digit_window(s, &w);
        if (rc < 0)
            return rc;
    }
    if (s->dot_word && e->dotw_det) {
        int rc = dot_words(s, e->dotw_det - 1);
        if (rc < 0)
            return rc;
    }
    for (size_t k = 0; k < e->nfull; k++) {
        long r = run(s, e->full_det[k], 0, len, 0);
        if (r < 0)
            return (int)r;
    }
    return 0;
}
