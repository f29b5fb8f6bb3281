/* rewrite_tokenish.c: could a request body hold text that decodes to a token? rewrite.c runs
 * its reservation walk (every token-shaped text reserved, so no issued token collides with it)
 * only when may_hold_token() says yes.
 * The one thing to know: the answer may be a false yes, never a false no; one pass over the raw
 * bytes (AVX2 where the CPU has it), no allocation. */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <string.h>

/* Can a token (anon_tok_variant) open at the raw '[' at q? Its type is a letter and letters or
 * digits up to the '_' before its number: a '_' (plain), a backslash (the markdown "\\_", or
 * any escaped character), '%' (%5F) or 0xEF (full-width). A run of letters and digits that ends
 * on anything else (code's "p[i]", "x[idx]", a log's "[INFO]") makes no token at this bracket,
 * at this level of JSON or at any string nested in it (the same bytes, unescaped). */
static int bracket_may_open(const uint8_t *q, const uint8_t *end)
{
    while (++q < end && *q == ' ')
        ;
    if (q < end && *q == '\\')
        return 1;
    if (q >= end || !((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z'))
        return 0;
    while (++q < end && (((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') || (*q >= '0' && *q <= '9')))
        ;
    return q < end && (*q == '_' || *q == '\\' || *q == '%' || *q == 0xEF);
}

/* Could any string in the raw body decode to token-shaped text, in any form anon_tok_variant
 * reads? In raw JSON a plain or markdown form is '[' then a type that reaches its '_'
 * (bracket_may_open), or an escaped '['; a percent or full-width one needs a '%' or the byte
 * 0xEF, or their escapes. Code and logs bracket indices and levels, not tokens, so most bodies
 * skip the reservation walk (a body only holds tokens when a client sends back text hush did
 * not restore). */
int may_hold_token(const uint8_t *p, size_t n)
{
    const uint8_t *q = p, *end = p + n;
#ifdef ANON_JSON_HAVE_AVX2
    /* one pass for the four bytes the loops below look for, they then take the tail */
    if (ANON_JSON_AVX2()) {
        while ((q = anon_json_tokenish_avx2(q, end)) < end) {
            if (*q == '%' || *q == 0xEF)
                return 1;
            if (*q == '[') {
                if (bracket_may_open(q, end))
                    return 1;
            } else if (*q == '\\' && end - q >= 4 && q[1] == 'u' &&
                       (memcmp(q + 2, "00", 2) == 0 ||
                        ((q[2] | 0x20) == 'f' && (q[3] | 0x20) == 'f'))) {
                return 1;
            } else if (*q != '\\' || end - q < 2 || q[1] != 'u') {
                break; /* the tail */
            }
            q++;
        }
        p = q;
        n = (size_t)(end - q);
    }
#endif
    if (memchr(p, '%', n) || memchr(p, 0xEF, n))
        return 1;
    while ((q = memchr(q, '[', (size_t)(end - q))) != NULL) {
        if (bracket_may_open(q, end))
            return 1;
        q++;
    }
    /* an escaped '[' (\u005b), or one a level down whose backslash, 'u' or digits are escaped
     * here (\\\u0075005b): all are \u00XX; memchr for the backslash outruns memmem by far */
    for (q = p; (q = memchr(q, '\\', (size_t)(end - q))) != NULL; q++)
        if (end - q >= 4 && q[1] == 'u' &&
            (memcmp(q + 2, "00", 2) == 0 || ((q[2] | 0x20) == 'f' && (q[3] | 0x20) == 'f')))
            return 1; /* \u00XX, or \uFFXX: an escaped full-width bracket */
    return 0;
}
