/* names_scan57.h: private to anonymize/ (names.c, names_visit_digits.c and names_scan56.c ask
 * names_scan57.c). */
#ifndef HUSH_NAMES_SCAN57_H
#define HUSH_NAMES_SCAN57_H

#include "anonymize/names_internal.h"

/* The end of a capitals word at e that OCR cut with a digit read for a letter ("ST0RGATAN",
 * "SK0LEVEJ": 0 1 5 8 between capitals), past every such cut; e when there is none. */
size_t nw_scan57_ocr_end(const struct sc *s, size_t e);

/* text[a .. b) folded to lower case into buf with OCR's digits read as the letters they stand
 * for (0 O, 1 I, 5 S, 8 B). */
const char *nw_scan57_fold_ocr(const struct sc *s, size_t a, size_t b, char *buf, size_t cap);

/* The same with every F read as the E whose bottom bar OCR lost ("STREFT", "MOLENWFG"); NULL
 * when the span has no F. */
const char *nw_scan57_fold_ef(const struct sc *s, size_t a, size_t b, char *buf, size_t cap);

/* Is a separator run (" . ", " .. ", " _ ", " :: ") at e, a column's end in a scanned row? */
int nw_scan57_sep_at(const struct sc *s, size_t e);

/* The end of a flat or side unit after a capitals street's house number at e ("161 B", "11 A 7",
 * ", ST. TH.", ", 4. TV.", ", LGH 1102", ", AP. 6", "3º IZQ"); e when there is none. */
size_t nw_scan57_unit(const struct sc *s, size_t e);

/* A street in capitals with its house number first ("12 HIGH STREET", "80 AV. DU GÉNÉRAL
 * LECLERC", "7 RUE DES ÉCOLES") at the digits i .. d, in a capitals line's cell: its end, or 0. */
size_t nw_scan57_number_first(const struct sc *s, size_t i, size_t d);

/* The postcode and town in their own cell right after a capitals street's cell end e (", 7011
 * TRONDHEIM", "  602 00 BRNO", "\n41001 SEVILLA", "\nOXFORD OX4 1YB"): the end, *ps its start; 0
 * when there is none. */
size_t nw_scan57_postcode(const struct sc *s, size_t e, size_t *ps);

/* Is the date ds .. e a birth in a capitals register row under a column header that holds a
 * birth word ("NR.  NAME  ANSCHRIFT  GEB.-DAT.  AUFNAHME"), the row's earliest year? */
int nw_scan57_birth_column(const struct sc *s, size_t ds, size_t e);

/* names_scan56.c's street in a capitals cell at w (its number split off by a column gap its own
 * finding) and the postcode cell after it, for names.c's pass: 1 when there is one, emitted (the
 * emit's answer in *rc), *next past it. */
int nw_scan57_cell(struct sc *s, const struct word *w, size_t *next, int *rc);

#endif
