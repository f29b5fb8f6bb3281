/* names_shape_sym.h: private to names_shape.c and its generator (gen/gen_name_shape.c): the
 * symbols a word is read in for its name-shape trigrams. Both sides must read a word the same
 * way, so this is the one definition. */
#ifndef HUSH_ANON_NAMES_SHAPE_SYM_H
#define HUSH_ANON_NAMES_SHAPE_SYM_H

#include <stddef.h>
#include <stdint.h>

enum { NS_EDGE = 0, NS_OTHER = 27, NS_JOIN = 28, NS_SYMS = 29 };

/* The symbol of the character at p (avail bytes): 1..26 an ASCII letter of either case, NS_OTHER
 * any other letter (a whole UTF-8 sequence), NS_JOIN an apostrophe, hyphen or anything else.
 * *len is the character's byte length. */
static inline int ns_sym(const uint8_t *p, size_t avail, size_t *len)
{
    uint8_t c = p[0];
    *len = 1;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 1;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 1;
    if (c < 0xC0)
        return NS_JOIN;
    size_t l = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    *len = l <= avail ? l : avail;
    if (c == 0xE2 && l <= avail && p[1] == 0x80 && p[2] == 0x99)
        return NS_JOIN;                    /* U+2019 in "O’Brien" */
    return c == 0xE2 ? NS_JOIN : NS_OTHER; /* U+2010/U+2011 hyphens */
}

#endif
