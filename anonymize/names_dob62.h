/* names_dob62.h: private to the names scanner (names_dob62.c, names_visit_digits.c). */
#ifndef HUSH_NAMES_DOB62_H
#define HUSH_NAMES_DOB62_H

#include <stddef.h>

struct sc;
/* The date at ds, which a birth rule took, is the value of its own field whose label names
 * another event ("Gültig bis: 16.4.2010 - Geb.-Datum: ...", "född 2005-04-03, gift 21.02.1996")
 * and holds no birth word: no birth. */
int nw_dob62_veto(const struct sc *s, size_t ds);

#endif
