/* names_typed54.h: private to anonymize/ (names_typed54.c): a lower-case street typed in chat. */
#ifndef HUSH_NAMES_TYPED54_H
#define HUSH_NAMES_TYPED54_H

#include "anonymize/names_internal.h"

/* The number i .. d ends a lower-case street typed in chat after a cue ("solvej 38",
 * "pick up from petofi utca 9.", "addr inonu cad no 67"): its end, or 0; its start in *start. */
size_t nw_typed54_street(const struct sc *s, size_t i, size_t d, size_t *start);

/* A number i .. d glued to a lower-case street's last word ("kerkstraat52", "husova32b",
 * "calle mayor3", "ul.lipowa4") after a chat cue: the street's end, or 0; its start in *start.
 * nw_typed54_glued_may() is its cheap first test (the word before i). */
int nw_typed54_glued_may(const uint8_t *t, size_t i);
size_t nw_typed54_glued(const struct sc *s, size_t i, size_t d, size_t *start);

#endif
