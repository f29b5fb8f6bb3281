/* names_typed54.h: private to anonymize/ (names_typed54.c): a lower-case street typed in chat. */
#ifndef HUSH_NAMES_TYPED54_H
#define HUSH_NAMES_TYPED54_H

#include "anonymize/names_internal.h"

/* The number i .. d ends a lower-case street typed in chat after a cue ("solvej 38",
 * "pick up from petofi utca 9.", "addr inonu cad no 67"): its end, or 0; its start in *start. */
size_t nw_typed54_street(const struct sc *s, size_t i, size_t d, size_t *start);

#endif
