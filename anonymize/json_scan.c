/* json_scan.c: the byte loops of the JSON walk, 32 bytes at a time where the CPU has AVX2.
 *
 * Every request body passes through these loops whole (its strings' escapes, the token pre-check
 * of rewrite.c; the string scan itself is json_rewrite.c's scan_string_avx2, which shares the
 * walker's escape code), so they are kept apart from the walker's grammar. Each function
 * gives exactly the answer of a byte-by-byte loop, whatever the path: the AVX2 forms only take
 * the blocks of 32 bytes that hold no stop, and leave the rest (the stop itself, a tail shorter
 * than a block) to the caller's own loop.
 */
#include "anonymize/json_rewrite.h"

#ifdef ANON_JSON_HAVE_AVX2
#include <immintrin.h>

/* Copies the bytes before the first '\\' of the blocks of 32 at p to o, returns how many (the
 * '\\' is then at p + that, or the blocks ran out). Stores whole blocks, never past o + n. */
__attribute__((target("avx2"))) size_t anon_json_copy_avx2(uint8_t *o, const uint8_t *p, size_t n)
{
    const __m256i bslash = _mm256_set1_epi8('\\');
    size_t k = 0;
    while (n - k >= 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + k));
        _mm256_storeu_si256((__m256i *)(void *)(o + k), v);
        unsigned mask = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, bslash));
        if (mask)
            return k + (unsigned)__builtin_ctz(mask);
        k += 32;
    }
    return k;
}

/* The first '%', 0xEF, '[' or '\\' followed by 'u' in the blocks of 32 before end - 1 (the 'u' is
 * read from the next load), or the start of the first block that has not 33 bytes. */
__attribute__((target("avx2"))) const uint8_t *anon_json_tokenish_avx2(const uint8_t *p,
                                                                       const uint8_t *end)
{
    const __m256i pct = _mm256_set1_epi8('%'), ef = _mm256_set1_epi8((char)0xEF),
                  lb = _mm256_set1_epi8('['), bs = _mm256_set1_epi8('\\'),
                  u = _mm256_set1_epi8('u');
    while ((size_t)(end - p) >= 33) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)p);
        __m256i nx = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
        __m256i m = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(v, pct), _mm256_cmpeq_epi8(v, ef)),
            _mm256_or_si256(_mm256_cmpeq_epi8(v, lb),
                            _mm256_and_si256(_mm256_cmpeq_epi8(v, bs), _mm256_cmpeq_epi8(nx, u))));
        unsigned mask = (unsigned)_mm256_movemask_epi8(m);
        if (mask)
            return p + __builtin_ctz(mask);
        p += 32;
    }
    return p;
}
#endif /* ANON_JSON_HAVE_AVX2 */
