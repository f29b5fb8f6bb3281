/* names_scan56.h: private to anonymize/ (names.c asks names_scan56.c). */
#ifndef HUSH_NAMES_SCAN56_H
#define HUSH_NAMES_SCAN56_H

#include "anonymize/names_internal.h"

/* A street in capitals in a scanned form's cell at the capitals word w ("UL. LIPOWA 4 M. 2",
 * "STORGATAN     70", "ARANY JÁNOS UTCA 12"), the whole line in capitals and the cell ending
 * after the house number: the cell's end, *st_e the street words' end and *num_s the number's
 * start (a column gap between them when *num_s > *st_e + 1), or 0. */
size_t nw_scan56_caps_street(const struct sc *s, const struct word *w, size_t *st_e, size_t *num_s);

/* Is the line around the cell a .. b free of small ASCII letters but 'l' (a capitals form's
 * line)? 48 bytes on either side are read. */
int nw_scan56_caps_line(const struct sc *s, size_t a, size_t b);

/* Is the folded word f a street type written before the name (last 0: "ul", "via", "rue") or
 * last (last 1: "street", "utca", "cad")? */
int nw_scan56_type(const char *f, int last);

/* Could nw_scan56_caps_street() take the word w (its caller has seen ' ', '.' or '\t' after it)?
 * Its first tests, asked before the call so that the capitals words of prose pay no frame: two
 * letters at least, and a cell's start before the word (a superset of cell_start(): the text's
 * or line's start, a tab, a quote, or a space after a column gap, a colon, a mark, a capital or a
 * UTF-8 byte) or a word of seven bytes or more (a compound ending in its type needs no start). */
static inline int nw_scan56_may(const uint8_t *t, const struct word *w)
{
    size_t i = w->s;
    if (w->e - w->s < 2)
        return 0;
    if (w->e - w->s >= 7 || i == 0 || t[i - 1] == '\n' || t[i - 1] == '\t' || t[i - 1] == '"')
        return 1;
    uint8_t b = i >= 2 && t[i - 1] == ' ' ? t[i - 2] : 'a';
    return b == ' ' || b == ':' || b == '|' || b == '~' || b == '.' || b >= 0x80 || is_up(b);
}

#endif
