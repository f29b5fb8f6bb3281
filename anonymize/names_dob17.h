/* names_dob17.h: the two questions names.c asks names_dob17.c (branch dob17), private to the
 * NAMES pack. */
#ifndef HUSH_NAMES_DOB17_H
#define HUSH_NAMES_DOB17_H

#include <stddef.h>
#include <stdint.h>

#include "anonymize/names_internal.h"

/* The date at [ds, e) is a birth by a person's line: the bracket after a name that ends the
 * line, a roster's capitals and sex letter, Nordic "f.", a list under a birth header. */
int nw_dob17_birth(const struct sc *s, size_t ds, size_t e);
/* A month and a two-digit year after a birth label ("dob: Jan '62", "DOB 08/73") at the digits
 * [i, d): the value's start (its end in *end), or 0. */
size_t nw_dob17_month_yy(const struct sc *s, size_t i, size_t d, size_t *end);

/* A birth date written "09 . 04 . 1995" or "19november1948" after a birth label, at the day's
 * digits [i, d): its end, or 0. */
size_t nw_dob17_ocr_date(const struct sc *s, size_t i, size_t d);

/* The cheap test before the two readers above, on the bytes around the digits [i, d) only
 * (names.c asks it at every short digit run no date took): "mm/yy"; a month's last letter and
 * a space (or " '") before a two-digit year that ends its value; " . " or a lower-case letter
 * after the day. */
static inline int nw_dob17_short_may(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    if (d + 2 >= s->len)
        return d >= s->len && d - i == 2 && i >= 5 &&
               (t[i - 1] == ' ' || t[i - 1] == '\''); /* "DOB: May 59" ending the text */
    uint8_t c = t[d];
    if (c == '/')
        return d - i == 2 && is_digit(t[d + 1]) && is_digit(t[d + 2]);
    if (c == ' ')
        return t[d + 1] == '.' && t[d + 2] == ' ';
    if (c >= 'a' && c <= 'z')
        return t[d + 1] >= 'a' && t[d + 1] <= 'z' && t[d + 2] >= 'a' && t[d + 2] <= 'z';
    return d - i == 2 && i >= 5 && (t[i - 1] == ' ' || t[i - 1] == '\'') &&
           (c == '\n' || c == '\r' || c == ',' || c == ';' || c == ')' || c == '"' || c == '|' ||
            c == '\t' || (c == '.' && !is_digit(t[d + 1])));
}

#endif
