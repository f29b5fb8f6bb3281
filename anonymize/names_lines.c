/* names_lines.c: nw_line_end()'s slow path (names_internal.h): the text's '\n' positions kept
 * in order in scan()'s table, so the per-line passes find each line's end once per text, not
 * once per pass. The one thing to know: the table is exact, never a guess: it holds the first
 * nl_n '\n' of the text with none missing between them (it is only ever filled forward from the
 * last one known), so an answer read from it is memchr()'s answer.
 */
#include "anonymize/names_internal.h"

#include <string.h>

size_t nw_line_end_slow(struct nw_lines *l, const struct sc *s, size_t i)
{
    size_t n = l->nl_n;
    if (n && i <= l->nl[n - 1]) { /* known: the first entry >= i */
        size_t lo = 0, hi = n - 1;
        while (lo < hi) {
            size_t m = lo + (hi - lo) / 2;
            if (l->nl[m] >= i)
                hi = m;
            else
                lo = m + 1;
        }
        l->nl_cur = lo;
        return l->nl[lo];
    }
    if (l->nl_done)
        return s->len; /* past the last '\n' of the text */
    /* forward from the last one known, each found one kept, until one at or after i */
    size_t from = n ? l->nl[n - 1] + 1 : 0;
    while (n < NW_NLS) {
        const uint8_t *p = memchr(s->t + from, '\n', s->len - from);
        if (!p) {
            l->nl_n = n;
            l->nl_done = 1;
            return s->len;
        }
        size_t at = (size_t)(p - s->t);
        l->nl[n++] = at;
        if (at >= i) {
            l->nl_n = n;
            l->nl_cur = n - 1;
            return at;
        }
        from = at + 1;
    }
    l->nl_n = n; /* full: past it, memchr() each time */
    const uint8_t *p = memchr(s->t + i, '\n', s->len - i);
    return p ? (size_t)(p - s->t) : s->len;
}
