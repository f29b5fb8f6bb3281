/* names_inflects62.h: streets written in their declined forms (names_inflects62.c) and the byte
 * test its call site asks first. */
#ifndef ANON_NAMES_INFLECTS62_H
#define ANON_NAMES_INFLECTS62_H

#include "anonymize/names_internal.h"

/* A street in its declined form whose house number is the digits i .. d ("przy ulicy Długiej
 * 3", "Dlouhé ulici 8", "Tērbatas ielā 13", "Hämeenkadulla 12"): its end (with the unit,
 * postcode and town after it), its start in *start; else 0. */
size_t nw_inflects62_street(const struct sc *s, size_t i, size_t d, size_t *start);

/* The test first: a short number after a space, a letter, a dot or a colon before the space. */
static inline int nw_inflects62_may(const uint8_t *t, size_t i, size_t d)
{
    return d - i <= 4 && i >= 4 && t[i - 1] == ' ' &&
           ((uint8_t)((t[i - 2] | 32) - 'a') < 26 || t[i - 2] >= 0x80 || t[i - 2] == '.' ||
            t[i - 2] == ':');
}

#endif
