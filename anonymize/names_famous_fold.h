/* names_famous_fold.h: the one spelling the famous-people gazetteer is kept and probed in, shared
 * by its build-time generator (gen/gen_famous_table.c) and names_famous.c so that the two can
 * never disagree: lower case, Latin letters without their accents ("García Márquez", "Garcia
 * Marquez" and "GARCÍA MÁRQUEZ" are one key), '-' and U+00A0 as a space, U+2019 as '\'', one
 * space between words. Bytes it does not know pass through unchanged. */
#ifndef HUSH_NAMES_FAMOUS_FOLD_H
#define HUSH_NAMES_FAMOUS_FOLD_H

#include <stddef.h>
#include <stdint.h>

/* Base letters of U+00C0 .. U+00FF and U+0100 .. U+017F, lower case; '?' for the signs among
 * them, '*' for the letters written as two (Æ, ß, Œ, IJ) that famous_fold() spells out. */
static const char famous_latin1[64 + 1] =
    "aaaaaa*ceeeeiiiidnooooo?ouuuuyt*aaaaaa*ceeeeiiiidnooooo?ouuuuyty";
static const char famous_latin_a[128 + 1] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll"
    "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* The gazetteer's hash of a folded key (FNV-1a over its bytes): gen_famous_table.c lays out
 * famous_table.h's famous_slot[] by it, names_famous.c probes with it. */
static inline uint32_t famous_hash(const char *k)
{
    uint32_t h = 2166136261u;
    for (; *k; k++)
        h = (h ^ (uint8_t)*k) * 16777619u;
    return h;
}

/* names_famous.c: k (in this spelling) is a key of the gazetteer. */
int nw_famous_key(const char *k);

/* t[0 .. n) folded into out (NUL-terminated); its length, or 0 when it does not fit. */
static inline size_t famous_fold(const uint8_t *t, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = t[i];
        const char *put = NULL;
        char one[2] = {0, 0};
        if (c == '-' || c == ' ' || c == '\t' || c == '_') {
            one[0] = ' ';
        } else if (c == 0xC2 && i + 1 < n && t[i + 1] == 0xA0) {
            i++;
            one[0] = ' ';
        } else if (c == 0xE2 && i + 2 < n && t[i + 1] == 0x80 && t[i + 2] == 0x99) {
            i += 2;
            one[0] = '\'';
        } else if (c == 0xE2 && i + 2 < n && t[i + 1] == 0x80 &&
                   (t[i + 2] == 0x90 || t[i + 2] == 0x91)) {
            i += 2;
            one[0] = ' '; /* U+2010, U+2011 hyphens */
        } else if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < n &&
                   (t[i + 1] & 0xC0) == 0x80) {
            unsigned cp = ((unsigned)(c & 0x1F) << 6) | (t[i + 1] & 0x3F);
            i++;
            char b = cp < 0x100 ? (cp >= 0xC0 ? famous_latin1[cp - 0xC0] : '?')
                                : famous_latin_a[cp - 0x100];
            if (b == '*')
                put = cp == 0xC6 || cp == 0xE6     ? "ae"
                      : cp == 0xDF                 ? "ss"
                      : cp == 0x152 || cp == 0x153 ? "oe"
                                                   : "ij";
            else
                one[0] = b;
        } else {
            one[0] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (!put)
            put = one;
        for (; *put; put++) {
            if (*put == ' ' && (o == 0 || out[o - 1] == ' '))
                continue;
            if (o + 1 >= cap)
                return 0;
            out[o++] = *put;
        }
    }
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    return o;
}

#endif
