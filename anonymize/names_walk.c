/* names_walk.c: the NAMES pass's walk over a text: 16 bytes at a time with SSE2, 32 with AVX2
 * where the CPU has it (asked once; HUSH_NAMES_NO_AVX2 in the environment keeps SSE2). The one
 * thing to know: both walks stop at the same bytes and hand them to nw_visit() and
 * nw_visit_punct() (names.c) in the same text order, so every finding is the same on both
 * (test_names_walk checks it at every alignment). A block is classed whole; only a block with a
 * capital, digit, 0xC3-0xC8 lead byte, '.' or ':' is looked at byte by byte
 * (0xC6-0xC8 for "Ơ", "Ư", "Ș", "Ț"; a name opens with a Latin Extended Additional
 * capital too rarely to stop at 0xE1, which collect_run() and parse_word() do read).
 */
#include "anonymize/names_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef HAVE_NW_AVX2_WALK
#include <immintrin.h>
#include <stdatomic.h>
#include <stdlib.h>
#endif

#ifdef __SSE2__
/* The ASCII bytes after which word_start_ok() (names.c) starts no word and nw_visit() has
 * nothing to do: letters, digits and "_.@/\\#$%+~`&" (a letter after "\\" may: "\\nMaria",
 * which the caller's b handles). Not '-': nw_visit() reads the day of "May-16-1985" there. */
static inline int no_start_after(uint8_t c)
{
    static const uint64_t lo = 0x03FFC87800000000u, hi = 0x47FFFFFF97FFFFFFu;
    return c < 64 ? (int)(lo >> c & 1) : c < 128 ? (int)(hi >> (c - 64) & 1) : 0;
}

/* The positions of a block at i that start no word: w has a bit for each byte after which none
 * starts (no_start_after()), b one for each '\\'; the bits of the two bytes before the block
 * come from t. A capital or digit right after such a byte starts no word, unless a '\\' stands
 * two bytes before it ("\nMaria"). */
static inline uint32_t inword_of(const uint8_t *t, size_t i, uint32_t w, uint32_t b)
{
    uint32_t carry_w = 0, carry_bs = 0;
    if (i) {
        uint8_t c = t[i - 1];
        carry_w = (uint32_t)no_start_after(c);
        /* i is a block start, so i >= 16 here */
        carry_bs = (uint32_t)(t[i - 2] == '\\') | (uint32_t)(c == '\\') << 1;
    }
    return ((w << 1) | carry_w) & ~((b << 2) | carry_bs);
}

/* The digits of a block at i right after three lower-case ASCII letters ("kerkstraat52"; a
 * street word is never shorter, and ids and hashes seldom have three letters before a digit):
 * dg has a bit for each digit, lw one for each lower-case letter; the letters before the block
 * from t. */
static inline uint32_t glued_of(const uint8_t *t, size_t i, uint32_t dg, uint32_t lw)
{
    uint64_t ext = (uint64_t)lw << 3; /* bit k + 3: byte k is a lower-case letter */
    for (size_t k = 1; k <= 3 && k <= i; k++)
        ext |= (uint64_t)((uint8_t)(t[i - k] - 'a') < 26) << (3 - k);
    return dg & (uint32_t)(ext & ext >> 1 & ext >> 2);
}

/* One block of the walk at i: mask has a bit for each capital, digit (when digits count) or
 * 0xC3-0xC8 lead byte, punct one for each '.' and ':', inword one for each position that starts
 * no word (inword_of()); the rest is visited in text order. The same for 16- and 32-byte
 * blocks. */
static inline __attribute__((always_inline)) int
walk_block(struct sc *s, size_t i, uint32_t mask, uint32_t punct, uint32_t inword, size_t *next)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    int rc;
    mask &= ~inword;
    mask |= punct;
    while (mask) { /* in text order: a finding moves next past what it took */
        size_t p = i + (size_t)__builtin_ctz(mask);
        uint32_t bit = mask & (0u - mask);
        mask &= mask - 1;
        if (p < *next)
            continue;
        if (punct & bit) {
            size_t e = p + 1;
            if (p + 2 < len && t[p + 1] == ' ' &&
                ((t[p + 2] >= 'a' && t[p + 2] <= 'z') ||
                 ((t[p + 2] == '"' || t[p + 2] == '\\') && t[p] == ':')) &&
                (rc = nw_visit_punct(s, p, &e)) < 0)
                return rc;
            /* a document's extension: the file name before it ("CV_Maria_Keller.pdf") */
            if (t[p] == '.' && nw_files10_may(t, len, p) && (rc = nw_files10(s, p, &e)) < 0)
                return rc;
            if (e > p + 1)
                *next = e;
            continue;
        }
        if ((rc = nw_visit(s, p, next)) < 0)
            return rc;
    }
    return 0;
}

/* walk_block() for a block with digits glued to a lower-case word (glued, glued_of(); rare, so
 * out of the common loop): the block in pieces, each glued digit visited in its text order
 * (names_typed55.c: "kerkstraat52"). */
static __attribute__((noinline)) int walk_block_glued(struct sc *s, size_t i, uint32_t mask,
                                                      uint32_t punct, uint32_t inword,
                                                      uint32_t glued, size_t *next)
{
    int rc;
    while (glued) {
        uint32_t g = glued & (0u - glued), below = g - 1;
        if ((rc = walk_block(s, i, mask & below, punct & below, inword, next)) < 0)
            return rc;
        size_t p = i + (size_t)__builtin_ctz(glued);
        if (p >= *next && (rc = nw_typed55_glued(s, p, next)) < 0)
            return rc;
        mask &= ~(below | g);
        punct &= ~(below | g);
        glued &= glued - 1;
    }
    return walk_block(s, i, mask, punct, inword, next);
}

/* The walk 16 bytes at a time from *ip while a whole block is left; *ip ends at the first byte
 * not walked. */
int nw_walk_sse2(struct sc *s, size_t *ip, size_t *next, int digits, int strong)
{
    const uint8_t *t = s->t;
    size_t i = *ip, len = s->len;
    int rc;
    const __m128i a_ = _mm_set1_epi8('A'), z25 = _mm_set1_epi8(25), d0 = _mm_set1_epi8('0'),
                  nine = _mm_set1_epi8(9), c3 = _mm_set1_epi8((char)0xC3), five = _mm_set1_epi8(5),
                  sp = _mm_set1_epi8(0x20), la = _mm_set1_epi8('a'), us = _mm_set1_epi8('_'),
                  bs = _mm_set1_epi8('\\'), dot = _mm_set1_epi8('.'), colon = _mm_set1_epi8(':');
    /* digits only start dates and addresses: without those kinds (the request's prescan) the
     * pass stops at capitals alone (a digit's visit would only step over its run) */
    const __m128i dstop = _mm_set1_epi8(digits ? (char)0xFF : 0);
    /* digits glued to a lower-case word are looked at only when addresses count */
    const int glue = digits && (s->kinds & (1u << ANON_NAMES_ADDRESS));
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i up = _mm_sub_epi8(v, a_), dg = _mm_sub_epi8(v, d0), lat = _mm_sub_epi8(v, c3),
                lo = _mm_sub_epi8(_mm_or_si128(v, sp), la);
        __m128i dgm = _mm_cmpeq_epi8(_mm_min_epu8(dg, nine), dg);
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(up, z25), up), _mm_and_si128(dgm, dstop)),
            _mm_cmpeq_epi8(_mm_min_epu8(lat, five), lat));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        /* '.' and ':' before " x": a lower-case name after a title or a label ("mr. larry",
         * "name: dana") */
        unsigned punct = strong ? 0
                                : (unsigned)_mm_movemask_epi8(_mm_or_si128(
                                      _mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, colon)));
        if (!mask && !punct) /* most blocks: lower-case words and spaces */
            continue;
        /* a word or number starts only after a byte that is no ASCII letter, digit or '_',
         * or after "\n" in raw JSON ("\nMaria") */
        unsigned w = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(lo, z25), lo), dgm), _mm_cmpeq_epi8(v, us)));
        unsigned b = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs));
        uint32_t inword = inword_of(t, i, w & 0xFFFFu, b), glued = 0;
        if (glue && (mask & inword)) { /* a stop inside a word first: most blocks have none */
            uint32_t dgb = (unsigned)_mm_movemask_epi8(dgm) & inword;
            if (dgb) {
                __m128i lw = _mm_sub_epi8(v, la);
                glued = glued_of(t, i, dgb,
                                 (unsigned)_mm_movemask_epi8(
                                     _mm_cmpeq_epi8(_mm_min_epu8(lw, z25), lw))) &
                        0xFFFFu;
            }
        }
        if ((rc = glued ? walk_block_glued(s, i, mask & 0xFFFFu, punct, inword, glued, next)
                        : walk_block(s, i, mask & 0xFFFFu, punct, inword, next)) < 0)
            return rc;
    }
    *ip = i;
    return 0;
}
#endif

#ifdef HAVE_NW_AVX2_WALK
/* 0 not yet asked, 1 the SSE2 walk, 2 the AVX2 walk (HUSH_NAMES_NO_AVX2 set in the environment,
 * or nw_walk_avx2(0), keeps the SSE2 walk: both visit the same positions in the same order) */
static atomic_int avx2_state;

int nw_use_avx2(void)
{
    int v = atomic_load_explicit(&avx2_state, memory_order_relaxed);
    if (!v) {
        v = __builtin_cpu_supports("avx2") && !getenv("HUSH_NAMES_NO_AVX2") ? 2 : 1;
        atomic_store_explicit(&avx2_state, v, memory_order_relaxed);
    }
    return v == 2;
}

/* walk_sse2() 32 bytes at a time; the bytes that stop it are classed by two nibble look-ups
 * (one bit each: capitals 0x41-0x4F and 0x50-0x5A, digits, lead bytes 0xC3-0xC8, '.', ':'),
 * and a block with none of them costs about ten instructions. The same look-ups class the
 * lower-case letters a-o and p-z (bits 0x40 and 0x80, never a stop), so that a word byte
 * ([A-Za-z0-9_]) is a class bit or '_'. */
__attribute__((target("avx2"))) int nw_walk_avx2_blocks(struct sc *s, size_t *ip, size_t *next,
                                                        int digits, int strong)
{
    const uint8_t *t = s->t;
    size_t i = *ip, len = s->len;
    int rc;
    const __m256i hi_t = _mm256_setr_epi8(0, 0, 0x10, 0x24, 0x01, 0x02, 0x40, (char)0x80, 0, 0, 0,
                                          0, 0x08, 0, 0, 0, 0, 0, 0x10, 0x24, 0x01, 0x02, 0x40,
                                          (char)0x80, 0, 0, 0, 0, 0x08, 0, 0, 0),
                  lo_t = _mm256_setr_epi8(
                      (char)0x86, (char)0xC7, (char)0xC7, (char)0xCF, (char)0xCF, (char)0xCF,
                      (char)0xCF, (char)0xCF, (char)0xCF, (char)0xC7, (char)0xE3, 0x41, 0x41, 0x41,
                      0x51, 0x41, (char)0x86, (char)0xC7, (char)0xC7, (char)0xCF, (char)0xCF,
                      (char)0xCF, (char)0xCF, (char)0xCF, (char)0xCF, (char)0xC7, (char)0xE3, 0x41,
                      0x41, 0x41, 0x51, 0x41);
    /* the other bytes after which no word starts ("_.@/\\#$%+~`&", no_start_after()): one
     * bit for 0x23-0x26, 0x2B, 0x2E-0x2F, one for '@' and '`', one for '\\' and '_', one for '~' */
    const __m256i hi_p = _mm256_setr_epi8(0, 0, 0x01, 0, 0x02, 0x04, 0x02, 0x08, 0, 0, 0, 0, 0, 0,
                                          0, 0, 0, 0, 0x01, 0, 0x02, 0x04, 0x02, 0x08, 0, 0, 0, 0,
                                          0, 0, 0, 0),
                  lo_p = _mm256_setr_epi8(0x02, 0, 0, 0x01, 0x01, 0x01, 0x01, 0, 0, 0, 0, 0x01,
                                          0x04, 0, 0x09, 0x05, 0x02, 0, 0, 0x01, 0x01, 0x01, 0x01,
                                          0, 0, 0, 0, 0x01, 0x04, 0, 0x09, 0x05);
    /* digits only without the request's prescan, '.' and ':' only outside it (walk_sse2) */
    const __m256i sel = _mm256_set1_epi8((char)(0x0B | (digits ? 0x04 : 0) | (strong ? 0 : 0x30))),
                  p30 = _mm256_set1_epi8(0x30), f = _mm256_set1_epi8(0x0F),
                  zero = _mm256_setzero_si256(), word = _mm256_set1_epi8((char)0xC7),
                  bs = _mm256_set1_epi8('\\'), c0 = _mm256_set1_epi8((char)0xC0),
                  four = _mm256_set1_epi8(0x04);
    const int glue = digits && (s->kinds & (1u << ANON_NAMES_ADDRESS));
    for (; i + 32 <= len; i += 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(t + i));
        __m256i hn = _mm256_and_si256(_mm256_srli_epi16(v, 4), f), ln = _mm256_and_si256(v, f);
        __m256i raw =
            _mm256_and_si256(_mm256_shuffle_epi8(hi_t, hn), _mm256_shuffle_epi8(lo_t, ln));
        __m256i cls = _mm256_and_si256(raw, sel);
        uint32_t none = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(cls, zero));
        if (none == 0xFFFFFFFFu) /* most blocks: lower-case words and spaces */
            continue;
        uint32_t punct =
            ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(cls, p30), zero));
        uint32_t mask = ~none & ~punct;
        /* the bytes after which no word starts (a class bit of a word byte or one of the
         * others), read at i - 1 so that bit k is the byte before position k, and the '\\'
         * two bytes before it */
        uint32_t inword;
        if (i >= 2) {
            __m256i vp = _mm256_loadu_si256((const __m256i *)(const void *)(t + i - 1));
            __m256i hp = _mm256_and_si256(_mm256_srli_epi16(vp, 4), f),
                    lp = _mm256_and_si256(vp, f);
            __m256i cw = _mm256_or_si256(
                _mm256_and_si256(
                    _mm256_and_si256(_mm256_shuffle_epi8(hi_t, hp), _mm256_shuffle_epi8(lo_t, lp)),
                    word),
                _mm256_and_si256(_mm256_shuffle_epi8(hi_p, hp), _mm256_shuffle_epi8(lo_p, lp)));
            uint32_t wp = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(cw, zero));
            uint32_t bp = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
                _mm256_loadu_si256((const __m256i *)(const void *)(t + i - 2)), bs));
            inword = wp & ~bp;
        } else {
            __m256i ps =
                _mm256_and_si256(_mm256_shuffle_epi8(hi_p, hn), _mm256_shuffle_epi8(lo_p, ln));
            uint32_t w = ~(uint32_t)_mm256_movemask_epi8(
                _mm256_cmpeq_epi8(_mm256_or_si256(_mm256_and_si256(raw, word), ps), zero));
            uint32_t b = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, bs));
            inword = inword_of(t, i, w, b);
        }
        uint32_t glued = 0; /* the class bits: 0x04 a digit, 0x40 or 0x80 a lower-case letter */
        if (glue && (mask & inword)) { /* a stop inside a word first: most blocks have none */
            uint32_t dg = ~(uint32_t)_mm256_movemask_epi8(
                              _mm256_cmpeq_epi8(_mm256_and_si256(raw, four), zero)) &
                          inword;
            if (dg)
                glued = glued_of(t, i, dg,
                                 ~(uint32_t)_mm256_movemask_epi8(
                                     _mm256_cmpeq_epi8(_mm256_and_si256(raw, c0), zero)));
        }
        if ((rc = glued ? walk_block_glued(s, i, mask, punct, inword, glued, next)
                        : walk_block(s, i, mask, punct, inword, next)) < 0)
            return rc;
    }
    *ip = i;
    return 0;
}

void nw_walk_avx2(int on)
{
    atomic_store_explicit(&avx2_state, on && __builtin_cpu_supports("avx2") ? 2 : 1,
                          memory_order_relaxed);
}
#else
void nw_walk_avx2(int on)
{
    (void)on;
}
#endif
