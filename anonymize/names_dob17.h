/* names_dob17.h: the two questions names.c asks names_dob17.c (branch dob17), private to the
 * NAMES pack. */
#ifndef HUSH_NAMES_DOB17_H
#define HUSH_NAMES_DOB17_H

#include <stddef.h>

struct sc;

/* The date at [ds, e) is a birth by a person's line: the bracket after a name that ends the
 * line, a roster's capitals and sex letter, Nordic "f.", a list under a birth header. */
int nw_dob17_birth(const struct sc *s, size_t ds, size_t e);
/* A month and a two-digit year after a birth label ("dob: Jan '62", "DOB 08/73") at the digits
 * [i, d): the value's start (its end in *end), or 0. */
size_t nw_dob17_month_yy(const struct sc *s, size_t i, size_t d, size_t *end);

/* A birth date written "09 . 04 . 1995" or "19november1948" after a birth label, at the day's
 * digits [i, d): its end, or 0. */
size_t nw_dob17_ocr_date(const struct sc *s, size_t i, size_t d);

#endif
