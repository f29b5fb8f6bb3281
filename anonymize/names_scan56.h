/* names_scan56.h: private to anonymize/ (names.c asks names_scan56.c). */
#ifndef HUSH_NAMES_SCAN56_H
#define HUSH_NAMES_SCAN56_H

#include "anonymize/names_internal.h"

/* A street in capitals in a scanned form's cell at the capitals word w ("UL. LIPOWA 4 M. 2",
 * "STORGATAN     70", "ARANY JÁNOS UTCA 12"), the whole line in capitals and the cell ending
 * after the house number: the cell's end, *st_e the street words' end and *num_s the number's
 * start (a column gap between them when *num_s > *st_e + 1), or 0. */
size_t nw_scan56_caps_street(const struct sc *s, const struct word *w, size_t *st_e, size_t *num_s);

/* Is the folded word f a street type written before the name (last 0: "ul", "via", "rue") or
 * last (last 1: "street", "utca", "cad")? */
int nw_scan56_type(const char *f, int last);

#endif
