/* names_scan52.h: private to the NAMES pack (names_shape.c asks it). */
#ifndef HUSH_NAMES_SCAN52_H
#define HUSH_NAMES_SCAN52_H

#include "anonymize/names_internal.h"

/* A run text[a .. e) in capitals that names_shape.c's letters score as a name but that holds a
 * firm's or an institution's word ("ZIRAAT BANKASI", "SPARKASSE KÖLNBONN"), a form's field name
 * ("DOĞUM TARIHI", "SZÜLETÉSI IDŐ"), a street's own type word before a house number ("ÖSTRA
 * LÅNGGATAN 160") or stands before a street's type ("DÓZSA GYÖRGY UTCA 12"): 0, no person; the
 * run's end when none of that is in it, or the end of its first words when they are two or more
 * before such a word
 * ("FEKETE CSABA SZÜLETÉSI": a name, then a label). */
size_t nw_scan52_caps_cut(const struct sc *s, size_t a, size_t e);

#endif
