/* names_nspeed3.c: a bounded byte search for the NAMES pack's per-line tests, 16 bytes a step.
 *
 * Some tests read a line's first bytes one at a time for the first of two bytes (names_asr.c's
 * role label looks for the ':' or the line break within a line's first 40 bytes, at every line
 * of every string). nw_find2() gives the byte loop's answer with SSE2: it reads whole 16-byte
 * steps only where the text has them (never past len), and a match at or past the bound counts
 * as none. The plain loop does the last bytes and builds without SSE2; the unit tests compare
 * the two at every bound and offset.
 */
#include "anonymize/names_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t nw_find2(const uint8_t *t, size_t a, size_t b, size_t len, uint8_t c1, uint8_t c2)
{
    size_t i = a;
#ifdef __SSE2__
    const __m128i v1 = _mm_set1_epi8((char)c1), v2 = _mm_set1_epi8((char)c2);
    for (; i < b && len - i >= 16; i += 16) { /* len >= b > i: no wrap */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, v1), _mm_cmpeq_epi8(x, v2)));
        if (m) {
            size_t k = i + (size_t)__builtin_ctz(m);
            return k < b ? k : b;
        }
    }
#endif
    for (; i < b; i++)
        if (t[i] == c1 || t[i] == c2)
            return i;
    return b;
}
