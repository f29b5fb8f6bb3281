/* names_inflects62.h: streets written in their declined forms (names_inflects62.c) and the byte
 * test its call site asks first. */
#ifndef ANON_NAMES_INFLECTS62_H
#define ANON_NAMES_INFLECTS62_H

#include "anonymize/names_internal.h"

/* A street in its declined form whose house number is the digits i .. d ("przy ulicy Długiej
 * 3", "Dlouhé ulici 8", "Tērbatas ielā 13", "Hämeenkadulla 12"): its end (with the unit,
 * postcode and town after it), its start in *start; else 0. */
size_t nw_inflects62_street(const struct sc *s, size_t i, size_t d, size_t *start);

/* The test first (the caller has seen the space before the number and a letter, a dot, a colon
 * or a comma before it): a short number not starting with 0, no comma before the space, and after
 * it no letter, "%", decimal, time or date ("2.4.1", "10:22", "2024-05-01"); "22-5" and "3/5" are a
 * flat. */
static inline int nw_inflects62_may(const uint8_t *t, size_t len, size_t i, size_t d)
{
    if (d - i > 4 || i < 4 || t[i] == '0' || t[i - 2] == ',')
        return 0;
    if (d + 1 >= len)
        return 1;
    uint8_t c = t[d], n = t[d + 1];
    int digit_after = n >= '0' && n <= '9';
    if (c == ',' || c == '.')
        return !digit_after;
    if (c == '-' || c == '/')
        return d - i < 4 && digit_after;
    return c != ':' && c != '%' && c < 0x80 && !((uint8_t)((c | 32) - 'a') < 26);
}

#endif
