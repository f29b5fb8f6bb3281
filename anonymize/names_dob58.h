/* names_dob58.h: private to the names scanner (names_dob58.c, names_visit_digits.c). */
#ifndef HUSH_NAMES_DOB58_H
#define HUSH_NAMES_DOB58_H

#include <stddef.h>
#include <stdint.h>

struct sc;
/* The date [ds, e) with a year before this one is a birth by a birthday emoji before it ("🎂
 * 1.1.84") or a birthday phrase after it on its line ("4/3/87 is my bday"). */
int nw_dob58_birth(const struct sc *s, size_t ds, size_t e);
/* A party word after the date that ends at e, on its line ("4/3/26 bday party"): the party's. */
int nw_dob58_veto(const struct sc *s, size_t e);
/* The byte test before nw_dob58_digits(): the run i .. d stands after a space, ':', '-', a line
 * break, a tab, '"', '(', '=' or an emoji's last byte; six or eight digits open with a day or
 * month's first digit (0-3); four digits have no 0 in their first two places, or open a Hungarian
 * date ("2001 marcius 21"); one or two digits have a space and a digit after them. */
static inline int nw_dob58_may(const uint8_t *t, size_t len, size_t i, size_t d)
{
    int ok;
    switch (d - i) {
    case 1:
    case 2:
        if (d + 2 >= len)
            return 0;
        if (t[d] == ' ' && t[d + 1] >= '0' && t[d + 1] <= '9') {
            ok = 1;
            break;
        }
        { /* "26 mayis 1940", "1. marz 1954": a lower-case word, a space and a year's digit */
            size_t m = d + 1 + (t[d] == '.'), w = m;
            if (t[d] != ' ' && !(t[d] == '.' && t[d + 1] == ' '))
                return 0;
            while (w < len && w - m < 14 && t[w] >= 'a' && t[w] <= 'z')
                w++;
            ok = w > m + 2 && w + 1 < len && t[w] == ' ' &&
                 ((t[w + 1] >= '0' && t[w + 1] <= '9') || t[w + 1] == '\'');
        }
        break;
    case 4:
        ok = (t[i] != '0' && t[i + 1] != '0') || (d + 1 < len && t[d] == ' ' && t[d + 1] >= 'A');
        break;
    case 6:
    case 8:
        ok = t[i] <= '3';
        break;
    default:
        return 0;
    }
    uint8_t b = i ? t[i - 1] : 0;
    return ok && (b == ' ' || b == ':' || b == '-' || b == '\n' || b == '\t' || b == '"' ||
                  b == '(' || b == '=' || b >= 0x80);
}
/* A date typed without separators or with single spaces at the digits i .. d ("dob 040387", "ur.
 * 4 3 87", "bday 4387") that a birth word, emoji or phrase claims: its end, or 0. */
size_t nw_dob58_digits(const struct sc *s, size_t i, size_t d);

#endif
