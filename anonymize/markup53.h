/* markup53.h: private to anonymize/ (engine_view_decode.c's view reads it). */
#ifndef HUSH_ANON_MARKUP53_H
#define HUSH_ANON_MARKUP53_H

#include <stddef.h>
#include <stdint.h>

/* The length of the markup at p[i] == '<' between the texts of two cells of an xlsx sheet's XML
 * ("</t></is></c><c r=\"B2\"><v>"), *m a tab in one row, a line break across rows; 0 when it is
 * none. */
size_t anon_m53_cell_gap(const uint8_t *p, size_t i, size_t n, int *m);

#endif
