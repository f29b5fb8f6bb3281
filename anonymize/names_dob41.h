/* names_dob41.h: dates of birth placed by mechanism (branch dob41): the answer on the turn after
 * a birth question, a spreadsheet cell under its header cell, a date whose owner's birthday is
 * named after it, a code comment beside a birth key. */
#ifndef HUSH_NAMES_DOB41_H
#define HUSH_NAMES_DOB41_H

#include <stddef.h>

struct sc;

/* Is the date at ds..e, which no earlier rule took, a date of birth by one of branch dob41's
 * mechanisms? */
int nw_dob41_birth(const struct sc *s, size_t ds, size_t e);

#endif
