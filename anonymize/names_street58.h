/* names_street58.h: streets named after a date or a number, births whose first digit OCR misread
 * (names_street58.c), and the byte tests their call sites ask first. */
#ifndef ANON_NAMES_STREET58_H
#define ANON_NAMES_STREET58_H

#include "anonymize/names_internal.h"

/* A street whose name holds the date or number at the digits i .. d ("Rua 25 de Abril 112", "ul.
 * 3 Maja 7", "Straße des 17. Juni 8", "3, rue du 8 Mai 1945", "19 Mayıs Cad. No: 14", "Október
 * 6. utca 12", "Plac 1000-lecia 4", "350 5th Ave"): 1 when it was found and emitted (the emit's
 * answer in *rc, *next past it and its tail), else 0. */
int nw_street58_digits(struct sc *s, size_t i, size_t d, size_t *next, int *rc);

/* A street whose type is written short with a dot ("R. da Alegria 12", "P.zza IV Novembre 3",
 * "V.le XXIV Maggio 8", "C.so Vittorio Emanuele II 41") at the capital i, its house number after
 * the name: 1 when it was found and emitted (*rc, *next as above), else 0. Asked at a capital
 * with a dot after it. */
int nw_street58_dotted(struct sc *s, size_t i, size_t *next, int *rc);

/* The test before nw_street58_digits() at the digits i .. d: a month or a particle after a space
 * ("25 de Abril", "3 Maja", "19 MAYIS"), a dot and a space ("17. Juni", "6. utca"), "º",
 * "-lecia", a year's range, an ordinal's letters ("5th"). */
static inline int nw_street58_may(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    if (d + 5 >= s->len || d - i > 4 || !(s->kinds & (1u << ANON_NAMES_ADDRESS)))
        return 0;
    uint8_t c = t[d], n = t[d + 1];
    if (c == ' ')
        return d - i <= 2 && (is_up(n) || n >= 0xC3 || (n == 'd' && t[d + 2] >= 'a'));
    if (c == '.')
        return (n == ' ' || n == 0xC2) && d - i <= 2;
    if (c == 0xC2)
        return n == 0xBA;
    if (c == '-')
        return (n | 32) == 'l' || (d - i == 4 && is_digit(n) && t[d + 5] == ' ');
    uint8_t a = c | 32, b = n | 32;
    return ((a == 't' && b == 'h') || (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
            (a == 'r' && b == 'd')) &&
           t[d + 2] == ' ' && d - i <= 3;
}

/* A date of birth after its label whose digits OCR read as letters, its first one too
 * ("l4.07.1976", "O8/O5/1936", "27 O6 1965"), starting at i: its end, or 0. */
size_t nw_street58_ocr_date(const struct sc *s, size_t i);

/* Is c a letter OCR prints for a digit (O, l, I, S, B)? */
static inline int nw_street58_ocr_byte(uint8_t c)
{
    return c == 'O' || c == 'l' || c == 'I' || c == 'S' || c == 'B';
}

/* The visit's test before nw_street58_ocr_date() at a word's first byte. */
static inline int nw_street58_ocr_may(const uint8_t *t, size_t len, size_t i)
{
    return i + 8 < len && (t[i] == 'l' || t[i] == 'I' || t[i] == 'O') &&
           (is_digit(t[i + 1]) || t[i + 1] == 'l' || t[i + 1] == 'O' || t[i + 1] == 'I' ||
            t[i + 1] == 'S' || t[i + 1] == 'B');
}

#endif
