/* names_precheck.h: cheap necessary conditions that the pass in names.c asks at a digit run
 * before it calls the recognisers of names_places.c there, private to names*.c and the tests.
 *
 * Each pre-check is derived from what its recogniser requires at its entry and must stay a
 * superset of it: any run the recogniser accepts passes the pre-check (a no spares the call, a
 * yes only means "ask it"). When a recogniser learns a new shape, widen its pre-check here;
 * test_names's test_digit_prechecks_pass_every_recognised_run checks the pairs position by
 * position over its texts. i is where the digit run starts, d where it ends (the first byte
 * that is no digit).
 */
#ifndef HUSH_ANON_NAMES_PRECHECK_H
#define HUSH_ANON_NAMES_PRECHECK_H

#include "anonymize/names_internal.h"

/* nw_date_at(): date_at() reads at most 4 digits first; 4 only before '-', '/', '.' or a
 * Unicode dash or space's first byte 0xE2 ("1987-03-04", "1955.04.02", "1939‐04‐10"), else at
 * most 2 ("04.03.1987", "4 March", "March 4, 1987", "04-Mar-87", "13/jun./1986"); or exactly 8
 * ("19870304"). */
static inline int nw_date_may(const struct sc *s, size_t i, size_t d)
{
    return d - i <= 2 || d - i == 8 ||
           (d - i == 4 && d < s->len &&
            (s->t[d] == '-' || s->t[d] == '/' || s->t[d] == '.' || s->t[d] == 0xE2));
}

/* nw_addr_number_first(): house_number() takes 1-5 digits, then a range ("3-5"), a letter
 * ("12a"), a floor ("174-III"), " bis"/" ter", "/B", or nothing; a space (or ", ") must follow
 * the number. So the byte after the digits is a space, ',', '-', '/' or an ASCII letter. */
static inline int nw_addr_number_may(const struct sc *s, size_t i, size_t d)
{
    if (d - i > 5 || d >= s->len)
        return 0;
    uint8_t c = s->t[d];
    return c == ' ' || c == ',' || c == '-' || c == '/' || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* nw_addr_zip(): a postcode of exactly 5 digits after its label. */
static inline int nw_addr_zip_may(const struct sc *s, size_t i, size_t d)
{
    (void)s;
    return d - i == 5;
}

#endif
