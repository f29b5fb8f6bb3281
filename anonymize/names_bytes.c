/* names_bytes.c: which of a few rare bytes a text holds at all, found in one pass (branch
 * speednames). Many of the NAMES pack's passes open with a memchr() over the whole text for a
 * byte that prose and code rarely hold ('<', '=', '@', '/', '|', ';', '\\', '\t'); each such
 * search that finds nothing reads the whole text for no answer. nw_rare_bytes() reads it once
 * for all eight, 32 bytes a step with AVX2 (two nibble look-ups, as names_walk.c), a byte at a
 * time without. The one thing to know: a bit is clear only when its byte is nowhere in
 * t[0 .. len), so a pass may skip a search for that byte in any part of the text; a set bit
 * says nothing of where. nw_space_pair_at() finds a byte with a space after it ("- ", "k "), for
 * the two passes that look at no other stop of that byte. A ninth bit, NW_RB_HIGH, says whether
 * any byte of 0xCE or more is there: without one the text holds no lead byte of the scripts that
 * names_script2.c looks for, and nw_script2_has() skips its own pass (branch cost65).
 */
#include "anonymize/names_internal.h"

#include <string.h>

#ifdef HAVE_NW_AVX2_WALK
#include <immintrin.h>
#endif

/* The bytes, in the order of their bits (NW_RB_*); no two the same. */
static const uint8_t rare[8] = {'<', '=', '@', '/', '|', ';', '\\', '\t'};

static unsigned bit_of(uint8_t c)
{
    for (unsigned k = 0; k < 8; k++)
        if (rare[k] == c)
            return 1u << k;
    return 0;
}

static unsigned rare_bytes_plain(const uint8_t *t, size_t len)
{
    unsigned m = 0;
    for (size_t i = 0; i < len; i++)
        if (t[i] == '<' || t[i] == '=' || t[i] == '@' || t[i] == '/' || t[i] == '|' ||
            t[i] == ';' || t[i] == '\\' || t[i] == '\t')
            m |= bit_of(t[i]);
        else if (t[i] >= 0xCE)
            m |= NW_RB_HIGH;
    return m;
}

#ifdef HAVE_NW_AVX2_WALK
/* Bit k of lo[x & 15] & hi[x >> 4] is set only for x == rare[k]: each bit is set at one low
 * nibble and one high nibble, its byte's. */
__attribute__((target("avx2"))) static unsigned rare_bytes_avx2(const uint8_t *t, size_t len)
{
    uint8_t lo[16] = {0}, hi[16] = {0};
    for (unsigned k = 0; k < 8; k++) {
        lo[rare[k] & 15] |= (uint8_t)(1u << k);
        hi[rare[k] >> 4] |= (uint8_t)(1u << k);
    }
    const __m256i tl = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lo));
    const __m256i th = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)hi));
    const __m256i low = _mm256_set1_epi8(0x0F);
    __m256i acc = _mm256_setzero_si256(), acc2 = acc, top = acc; /* top: the largest bytes */
#define NW_RB_CLASS(x)                                                                             \
    _mm256_and_si256(_mm256_shuffle_epi8(tl, _mm256_and_si256((x), low)),                          \
                     _mm256_shuffle_epi8(th, _mm256_and_si256(_mm256_srli_epi16((x), 4), low)))
    size_t i = 0;
    for (; len - i >= 64; i += 64) { /* two steps a round: half the loop's own instructions */
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(t + i));
        __m256i y = _mm256_loadu_si256((const __m256i *)(const void *)(t + i + 32));
        acc = _mm256_or_si256(acc, NW_RB_CLASS(x));
        acc2 = _mm256_or_si256(acc2, NW_RB_CLASS(y));
        top = _mm256_max_epu8(top, _mm256_max_epu8(x, y));
    }
    if (i < len) { /* the last 1 .. 63 bytes: steps that overlap the ones before (len >= 32) */
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(t + len - 32));
        acc = _mm256_or_si256(acc, NW_RB_CLASS(x));
        top = _mm256_max_epu8(top, x);
        if (len - i > 32) {
            __m256i y = _mm256_loadu_si256((const __m256i *)(const void *)(t + i));
            acc2 = _mm256_or_si256(acc2, NW_RB_CLASS(y));
            top = _mm256_max_epu8(top, y);
        }
    }
#undef NW_RB_CLASS
    acc = _mm256_or_si256(acc, acc2);
    uint8_t b[32];
    _mm256_storeu_si256((__m256i *)(void *)b, acc);
    unsigned m = 0;
    for (int k = 0; k < 32; k++)
        m |= b[k];
    /* a byte of 0xCE or more: the largest bytes' maximum with 0xCE is one of them */
    const __m256i ce = _mm256_set1_epi8((char)0xCE);
    if (_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_max_epu8(top, ce), top)))
        m |= NW_RB_HIGH;
    return m;
}
#endif

int nw_rare_bytes_fast(void)
{
#ifdef HAVE_NW_AVX2_WALK
    return nw_use_avx2();
#else
    return 0;
#endif
}

unsigned nw_rare_bytes(const uint8_t *t, size_t len)
{
#ifdef HAVE_NW_AVX2_WALK
    if (len >= 32 && nw_use_avx2())
        return rare_bytes_avx2(t, len);
#endif
    return rare_bytes_plain(t, len);
}

/* nw_space_pair_at() with memchr(): memchr() for c, then the space after it. */
static size_t pair_at_plain(const uint8_t *t, size_t len, size_t i, uint8_t c)
{
    while (i + 1 < len) {
        const uint8_t *p = memchr(t + i, c, len - 1 - i);
        if (!p)
            break;
        i = (size_t)(p - t);
        if (t[i + 1] == ' ')
            return i;
        i++;
    }
    return len;
}

#ifdef HAVE_NW_AVX2_WALK
/* 32 bytes a step: the bytes equal to c, and the bytes one on equal to ' ' (two loads). */
__attribute__((target("avx2"))) static size_t pair_at_avx2(const uint8_t *t, size_t len, size_t i,
                                                           uint8_t c)
{
    const __m256i vc = _mm256_set1_epi8((char)c), sp = _mm256_set1_epi8(' ');
    for (; len - i >= 65; i += 64) { /* t[i + 64] is read: the last step's byte after */
        __m256i a = _mm256_and_si256(
            _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(t + i)), vc),
            _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(t + i + 1)), sp));
        __m256i b = _mm256_and_si256(
            _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(t + i + 32)), vc),
            _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(t + i + 33)), sp));
        uint64_t m = (uint32_t)_mm256_movemask_epi8(a) | (uint64_t)(uint32_t)_mm256_movemask_epi8(b)
                                                             << 32;
        if (m)
            return i + (size_t)__builtin_ctzll(m);
    }
    for (; len - i >= 33; i += 32) {
        __m256i a = _mm256_and_si256(
            _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(t + i)), vc),
            _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(t + i + 1)), sp));
        unsigned m = (unsigned)_mm256_movemask_epi8(a);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
    for (; i + 1 < len; i++)
        if (t[i] == c && t[i + 1] == ' ')
            return i;
    return len;
}
#endif

size_t nw_space_pair_at(const uint8_t *t, size_t len, size_t i, uint8_t c)
{
    if (i >= len)
        return len;
#ifdef HAVE_NW_AVX2_WALK
    if (nw_use_avx2())
        return pair_at_avx2(t, len, i, c);
#endif
    return pair_at_plain(t, len, i, c);
}
