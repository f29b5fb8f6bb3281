/* names_labels7_internal.h: what names_labels7.c (the labels, their lines and blocks) and
 * names_labels7_value.c (the value after a label) share, private to the two. */
#ifndef HUSH_NAMES_LABELS7_INTERNAL_H
#define HUSH_NAMES_LABELS7_INTERNAL_H

#include "anonymize/names_internal.h"

#include <stddef.h>

/* names_labels7.c: the class of the label t[a .. b); where a label starts after a numbering at
 * i ("1. ", "(3) "), or i. */
int label_class(const struct sc *s, size_t a, size_t b);
size_t skip_number(const struct sc *s, size_t i, size_t e);

/* names_labels7_value.c: the value at v on the line ending at le after a label of class cls,
 * every item emitted when each is name-shaped and the value ends where a field ends. */
int read_value(struct sc *s, size_t v, size_t le, int cls, int loose);

#endif
