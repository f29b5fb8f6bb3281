/* names_ctxgate.h: private to the names scanner (names_ctxgate.c; for its tests). */
#ifndef HUSH_NAMES_CTXGATE_H
#define HUSH_NAMES_CTXGATE_H

#include <stddef.h>

struct sc;
/* nw_ctx_helpers() for a run of two words or more after ", " (a word right before the comma;
 * after the run none of ' ', ',', ']', '-', a line break, a dash's lead byte, the text's end):
 * the ten helpers' answer, 0 or 1; -1 for any other run. */
int nw_ctx_after_comma(const struct sc *s, size_t start, size_t end);

#endif
