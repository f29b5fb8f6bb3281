/* names_nspeed2.c: byte scans for the NAMES pack's whole-string passes, 16 bytes a step.
 *
 * The passes that read a whole string for a shape (a blank line, a table header's separators,
 * two spaces between columns) asked glibc's memmem() for a two-byte needle (a generic two-way
 * search, several instructions a byte) or counted bytes one at a time. These give the same
 * answers with SSE2: a pair of equal bytes is found by comparing the string with itself shifted
 * by one, and bytes are counted in byte-wide lanes (at most 255 steps between two sums, so no
 * lane overflows). Each has a plain byte loop for the bytes after the last whole step and for
 * builds without SSE2; the unit tests compare both with a byte-at-a-time reference.
 */
#include "anonymize/names_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t nw_pair_at(const uint8_t *t, size_t a, size_t b, uint8_t c)
{
    size_t i = a;
#ifdef __SSE2__
    const __m128i v = _mm_set1_epi8((char)c);
    for (; b > 16 && i < b - 16; i += 16) { /* t[i + 16] is still inside */
        __m128i x = _mm_loadu_si128((const __m128i *)(t + i));
        __m128i y = _mm_loadu_si128((const __m128i *)(t + i + 1));
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, v), _mm_cmpeq_epi8(y, v)));
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i + 1 < b; i++)
        if (t[i] == c && t[i + 1] == c)
            return i;
    return b;
}

void nw_count2(const uint8_t *t, size_t a, size_t b, uint8_t c1, uint8_t c2, size_t *n1, size_t *n2)
{
    size_t i = a, k1 = 0, k2 = 0;
#ifdef __SSE2__
    const __m128i v1 = _mm_set1_epi8((char)c1), v2 = _mm_set1_epi8((char)c2),
                  zero = _mm_setzero_si128();
    while (b - i >= 16) {
        __m128i s1 = zero, s2 = zero; /* per lane: minus the number of matches */
        for (int step = 0; step < 255 && b - i >= 16; step++, i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(t + i));
            s1 = _mm_add_epi8(s1, _mm_cmpeq_epi8(x, v1));
            s2 = _mm_add_epi8(s2, _mm_cmpeq_epi8(x, v2));
        }
        s1 = _mm_sad_epu8(_mm_sub_epi8(zero, s1), zero);
        s2 = _mm_sad_epu8(_mm_sub_epi8(zero, s2), zero);
        k1 += (size_t)_mm_cvtsi128_si32(s1) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(s1, 8));
        k2 += (size_t)_mm_cvtsi128_si32(s2) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(s2, 8));
    }
#endif
    for (; i < b; i++) {
        k1 += t[i] == c1;
        k2 += t[i] == c2;
    }
    *n1 = k1;
    *n2 = k2;
}
