/* names_scan59.h: private to the names scanner (names_scan59.c; asked from names.c,
 * names_visit_digits.c, names_dob17.c, names_dob47.c, names_street58.c and names_chat58.c). */
#ifndef HUSH_NAMES_SCAN59_H
#define HUSH_NAMES_SCAN59_H

#include <stddef.h>
#include <stdint.h>

struct sc;
/* The date at ds has a birth label of seventeen languages right before it, as a scanner misread
 * it ("FØD7 :_ ", "6EBOORTEDATUM ¦ ", "HATO IL . "), only stray marks between them. */
int nw_scan59_ocr_label(const struct sc *s, size_t ds);

/* A date at a (its first digit, or a letter a scanner printed for one: "23 JUL 2O05", "23 . O5 .
 * 1936", "25 08 2O03", "O8.O1.1997") with at least one such letter, after a birth label (also a
 * misread one): its end, or 0. */
size_t nw_scan59_date(const struct sc *s, size_t a);
/* A byte of a date a scanner printed: 1 a digit, 2 a letter it prints for one, 0 else. */
static inline int nw_scan59_cls(uint8_t c)
{
    return (c >= '0' && c <= '9')                                       ? 1
           : (c == 'O' || c == 'l' || c == 'I' || c == 'S' || c == 'B') ? 2
                                                                        : 0;
}

/* The byte test before nw_scan59_date() at a day's digits ending at d (one or two): the shape
 * of the rest of the date (a separator ' ', '.', '/', '-', " . " or ". ", a month of one or two
 * digits and the same separator again, or a three-capital month and a space; a year of four)
 * with a letter for a digit in the month or the year. */
static inline int nw_scan59_may(const uint8_t *t, size_t len, size_t d)
{
    if (d + 8 >= len)
        return 0;
    uint8_t c = t[d];
    int spaced = 0, trail = 0;
    size_t k = d + 1;
    if (c == ' ' && (t[k] == '.' || t[k] == '/' || t[k] == '-') && t[k + 1] == ' ')
        c = t[k], spaced = 1, k += 2; /* "23 . O5 . 1936" */
    else if (c == '.' || c == '/' || c == '-')
        trail = t[k] == ' ', k += (size_t)trail; /* "23.O5.1936", "24. O6. 1932" */
    else if (c != ' ')
        return 0;
    int noise = 0, m = nw_scan59_cls(t[k]);
    if (m) {
        noise = m;
        k++;
        if ((m = nw_scan59_cls(t[k])) != 0)
            noise |= m, k++;
        if (k + 3 >= len)
            return 0;
        if (spaced) {
            if (t[k] != ' ' || t[k + 1] != c || t[k + 2] != ' ')
                return 0;
            k += 3;
        } else {
            if (t[k] != c || (trail && t[k + 1] != ' '))
                return 0;
            k += 1 + (size_t)trail;
        }
    } else if (c == ' ' && t[k] >= 'A' && t[k] <= 'Z' && t[k + 1] >= 'A' && t[k + 1] <= 'Z' &&
               t[k + 2] >= 'A' && t[k + 2] <= 'Z' && t[k + 3] == ' ') {
        k += 4; /* "23 JUL 2O05" */
    } else {
        return 0;
    }
    if (k + 4 > len)
        return 0;
    for (size_t y = k; y < k + 4; y++) {
        int v = nw_scan59_cls(t[y]);
        if (!v)
            return 0;
        noise |= v;
    }
    return noise & 2;
}

/* The byte test before nw_scan59_date() at an 'O' (names.c asks only there, after a digit
 * test: the walk visits every capital): a digit after it. */
static inline int nw_scan59_lead_may(const uint8_t *t, size_t len, size_t i)
{
    return i + 7 < len && t[i + 1] >= '0' && t[i + 1] <= '9';
}

struct nw_link;
/* After a street the scanner's last link (names_chat58.c's tail) let through, ending at e: its
 * postcode and town when they come after it on its line (after ", ", a column gap, '|' or '¦')
 * or alone on the next line in capitals ("STORGATAN 12\n702 10 ÖREBRO"), emitted through p as a
 * finding of their own; the emit's answer, or 0 when there is none. */
int nw_scan59_town(const struct nw_link *p, size_t e);

/* May a postcode and town follow a street that ends at t[e] (nw_scan59_town)? No when the text
 * ends there, when t[e] is none of the separators the reader takes, when the text ends after an
 * optional ',' and one optional space, or when the byte there is an ASCII letter: the town reader's
 * gap holds only separators and its postcode opens with a digit
 * ("Parkway, Mountain View"). A superset of nw_scan59_town's findings (test_cost59b), inline at
 * its call. */
static inline int nw_scan59_town_may(const uint8_t *t, size_t len, size_t e)
{
    if (e >= len || !(t[e] == ',' || t[e] == ' ' || t[e] == '\n' || t[e] == '\t' || t[e] == '\r' ||
                      t[e] == '\\'))
        return 0;
    size_t k = e + (t[e] == ',');
    k += k < len && t[k] == ' ';
    return k < len && !((t[k] | 32) >= 'a' && (t[k] | 32) <= 'z');
}

#endif
