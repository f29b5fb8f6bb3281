/* names_dob58.h: private to the names scanner (names_dob58.c, names_visit_digits.c). */
#ifndef HUSH_NAMES_DOB58_H
#define HUSH_NAMES_DOB58_H

#include <stddef.h>

struct sc;
/* The date [ds, e) with a year before this one is a birth by a birthday emoji before it ("🎂
 * 1.1.84") or a birthday phrase after it on its line ("4/3/87 is my bday"). */
int nw_dob58_birth(const struct sc *s, size_t ds, size_t e);
/* A party word after the date that ends at e, on its line ("4/3/26 bday party"): the party's. */
int nw_dob58_veto(const struct sc *s, size_t e);
/* A date typed without separators or with single spaces at the digits i .. d ("dob 040387", "ur.
 * 4 3 87", "bday 4387") that a birth word, emoji or phrase claims: its end, or 0. */
size_t nw_dob58_digits(const struct sc *s, size_t i, size_t d);

#endif
