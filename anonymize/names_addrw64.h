/* names_addrw64.h: addresses written in a non-Latin script in the country's order
 * (names_addrw64.c) and the byte test its call site asks first. */
#ifndef ANON_NAMES_ADDRW64_H
#define ANON_NAMES_ADDRW64_H

#include "anonymize/names_internal.h"

/* The address around the digits at i, when the clause that holds them is one in a non-Latin
 * script ("ул. Ленина, д. 5, кв. 12", "北京市海淀区中关村大街27号", "테헤란로 152", "רחוב הרצל
 * 12"): emitted as one span, *next past it; 1 when found (the emit's answer in *rc), else 0. */
__attribute__((noinline)) int nw_addrw64_at(struct sc *s, size_t i, size_t *next, int *rc);

/* nw_addrw64_at() for digits glued to a non-ASCII letter, where no word starts ("大街27号",
 * "千代田1丁目"): the emit's answer, 0 when none (*next left as it was then). */
__attribute__((noinline)) int nw_addrw64_glued(struct sc *s, size_t i, size_t *next);

/* The test first: a non-ASCII byte right before the digits, or before a space, ". " or ", "
 * before them. ASCII text never passes it. */
static inline int nw_addrw64_may(const uint8_t *t, size_t i)
{
    return i >= 3 &&
           (t[i - 1] >= 0x80 ||
            (t[i - 1] == ' ' &&
             (t[i - 2] >= 0x80 || ((t[i - 2] == '.' || t[i - 2] == ',') && t[i - 3] >= 0x80))));
}

#endif
