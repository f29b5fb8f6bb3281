/* Private to anonymize/: the dot words of a spoken or spelled e-mail address (spelled51.c). */
#ifndef HUSH_ANONYMIZE_SPELLED51_H
#define HUSH_ANONYMIZE_SPELLED51_H

#include <stddef.h>
#include <stdint.h>

/* The first letters a dot word can start with (any case): the first pass stops after a space
 * only at these. */
#define ANON_DOTW_FIRST "dpkt"

/* The length of the dot word whose first letter is p[j] (j >= 1), between a space before it and
 * a space after it ("dot", "punkt", "punktum", "punt", "punto", "ponto", "point", "pont",
 * "punct", "prik", "kropka", "tečka"); 0 when there is none. */
size_t anon_dotword_at(const uint8_t *p, size_t j, size_t n);

#endif
