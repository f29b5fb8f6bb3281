/* names_lines.c: the end of the line that holds a position, from the text's shared table of line
 * ends (struct nw_lines, names_internal.h; branch lines39). nw_line_end_at() answers the line
 * asked last and the next one inline; this file the rest. The one thing to know: the table's
 * ends are every '\n' of the text in order from its start (and the text's end for a last line
 * without one), so the first end at or after a position is the first '\n' at or after it: the
 * answer memchr() gives, whichever way it is found.
 */
#include "anonymize/names_internal.h"

#include <string.h>

size_t nw_line_end_slow(const struct sc *s, size_t i)
{
    struct nw_lines *l = nw_lines_of(s);
    if (l && !l->n && s->len)
        (void)nw_line_at(l, s, 0, 0); /* line 0: the table's first slot */
    if (l && l->n) {
        size_t k = l->lk < l->n ? l->lk : 0;
        if (i <= l->le[k] && (k == 0 || i > l->le[k - 1]))
            return l->le[k]; /* the line asked last */
        if (i < l->le[k]) {  /* a line before it: the first end at or after i */
            size_t lo = 0, hi = k;
            while (lo < hi) {
                size_t m = (lo + hi) / 2;
                if (l->le[m] < i)
                    lo = m + 1;
                else
                    hi = m;
            }
            l->lk = lo;
            return l->le[lo];
        }
        for (k++; k < NW_LINES && l->le[k - 1] < s->len; k++) { /* the lines after it */
            size_t le = nw_line_at(l, s, k, l->le[k - 1] + 1);
            if (le >= i) {
                l->lk = k;
                return le;
            }
        }
    }
    const uint8_t *p = i < s->len ? memchr(s->t + i, '\n', s->len - i) : NULL;
    return p ? (size_t)(p - s->t) : s->len;
}
