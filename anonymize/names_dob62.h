/* names_dob62.h: private to the names scanner (names_dob62.c, names_visit_digits.c,
 * names_clean57.c). */
#ifndef HUSH_NAMES_DOB62_H
#define HUSH_NAMES_DOB62_H

#include <stddef.h>
#include <stdint.h>

struct sc;
/* The date at ds, which a birth rule took, is the value of its own field whose label names
 * another event ("Gültig bis: 16.4.2010 - Geb.-Datum: ...", "född 2005-04-03, gift 21.02.1996")
 * and holds no birth word: no birth. */
int nw_dob62_veto(const struct sc *s, size_t ds);
/* The words of [a, b): -1 when a birth word stands among them, 1 when another event's label
 * word does (and no birth word), else 0. */
int nw_dob62_words(const struct sc *s, size_t a, size_t b);
/* The DATE_OF_BIRTH finding at ds of text t, whatever rule took it, is no birth: its field
 * names another event (nw_dob62_veto; asked by names_clean57.c's emit link, branch dobmix63). */
int nw_dob62_veto_text(const uint8_t *t, size_t len, size_t ds);

#endif
