/* engine_view_groups.c: a value's groups in other characters (chars57). Whether a separator-like
 * character stands between two digits of any script (ASCII, another script's, full-width, or a
 * numeric reference "&#52;"), and whether a padded box bar (" │ ") stands between the groups of a
 * card (4-4-4-4, 4-6-5) or an IBAN (country, check digits, fours) typed into a form's boxes or a
 * terminal's cells, after the label's colon. Only the row's shape is read here; the card's Luhn and
 * issuer range and the IBAN's mod 97 are checked by their detectors on the view, so a table of
 * other numbers stays what it is.
 */
#include "anonymize/engine_view_internal.h"

#include <stddef.h>
#include <stdint.h>

/* Is the UTF-8 character of l (2 or 3) bytes at p[j] a digit of another script or a full-width
 * one (norm_cp)? */
static int coded_digit_char(const uint8_t *p, size_t j, size_t l)
{
    uint32_t cp = l == 2 ? (uint32_t)(p[j] & 0x1F) << 6 | (p[j + 1] & 0x3F)
                         : (uint32_t)(p[j] & 0x0F) << 12 | (uint32_t)(p[j + 1] & 0x3F) << 6 |
                               (p[j + 2] & 0x3F);
    int m = norm_cp(cp);
    return m >= '0' && m <= '9';
}

/* A digit as a numeric reference, "&#48;".."&#57;" or "&#x30;".."&#x39;", of l bytes at p[j]. */
static int ref_digit(const uint8_t *p, size_t j, size_t l)
{
    if (p[j] != '&' || p[j + 1] != '#' || p[j + l - 1] != ';')
        return 0;
    if (l == 5)
        return (p[j + 2] == '4' && (p[j + 3] == '8' || p[j + 3] == '9')) ||
               (p[j + 2] == '5' && p[j + 3] >= '0' && p[j + 3] <= '7');
    return l == 6 && (p[j + 2] | 0x20) == 'x' && p[j + 3] == '3' && is_digit(p[j + 4]);
}

/* A digit of any script right before p[i] and right after p[i + l] (ASCII, another script's,
 * full-width, or a numeric reference): a separator character between them stands between a
 * value's groups ("۵۳۶۳\u2024۵۸۸۴", "497&#55;·5099", "০৪৯০·৮৫", chars57). */
int view_digits_around(const uint8_t *p, size_t i, size_t l, size_t n)
{
    size_t j = i + l;
    int before = (i > 0 && is_digit(p[i - 1])) ||
                 (i >= 2 && (p[i - 2] & 0xE0) == 0xC0 && coded_digit_char(p, i - 2, 2)) ||
                 (i >= 3 && (p[i - 3] & 0xF0) == 0xE0 && coded_digit_char(p, i - 3, 3)) ||
                 (i >= 5 && ref_digit(p, i - 5, 5)) || (i >= 6 && ref_digit(p, i - 6, 6));
    return before && ((j < n && is_digit(p[j])) ||
                      (j + 1 < n && (p[j] & 0xE0) == 0xC0 && coded_digit_char(p, j, 2)) ||
                      (j + 2 < n && (p[j] & 0xF0) == 0xE0 && coded_digit_char(p, j, 3)) ||
                      (j + 5 <= n && ref_digit(p, j, 5)) || (j + 6 <= n && ref_digit(p, j, 6)));
}

/* A box-drawing bar code point (the tight and dashed vertical rules). */
static int box_bar(uint32_t cp)
{
    return cp == 0x2502 || cp == 0x2503 || cp == 0x2551 || cp == 0x2506 || cp == 0x2507 ||
           cp == 0x250A || cp == 0x250B || cp == 0x254E || cp == 0x254F;
}

/* Is " <bar> " at p[j - 1 .. j + 4) (j: the bar's lead byte)? */
static int padded_bar_at(const uint8_t *p, size_t j, size_t n)
{
    if (j < 1 || j + 4 >= n || p[j - 1] != ' ' || p[j + 3] != ' ' || p[j] != 0xE2)
        return 0;
    return box_bar(0x2000u | (uint32_t)(p[j + 1] & 0x3F) << 6 | (p[j + 2] & 0x3F));
}

/* The length of the digit (ASCII, or another script's of 2 or 3 bytes) at p[j], or 0. */
static size_t digit_len(const uint8_t *p, size_t j, size_t n)
{
    if (j < n && is_digit(p[j]))
        return 1;
    if (j + 1 < n && (p[j] & 0xE0) == 0xC0 && (p[j + 1] & 0xC0) == 0x80 &&
        coded_digit_char(p, j, 2))
        return 2;
    if (j + 2 < n && (p[j] & 0xF0) == 0xE0 && (p[j + 1] & 0xC0) == 0x80 &&
        (p[j + 2] & 0xC0) == 0x80 && coded_digit_char(p, j, 3))
        return 3;
    return 0;
}

/* The length of the digit ending right before p[j], or 0. */
static size_t digit_len_before(const uint8_t *p, size_t j, size_t n)
{
    for (size_t l = 1; l <= 3 && l <= j; l++)
        if ((l == 1 || (p[j - l] & 0xC0) == 0xC0) && digit_len(p, j - l, n) == l)
            return l;
    return 0;
}

static int upper(uint8_t c)
{
    return c >= 'A' && c <= 'Z';
}

int view_box_row(const uint8_t *p, size_t i, size_t n)
{
    if (!padded_bar_at(p, i, n))
        return 0;
    /* back to the row's first group: groups of digits between padded bars */
    size_t s = i - 1, groups = 0;
    for (;;) {
        size_t e = s, l;
        while ((l = digit_len_before(p, s, n)) != 0 || (s > 0 && upper(p[s - 1])))
            s -= l ? l : 1;
        if (s == e || ++groups > 8)
            return 0;
        /* a bar with a group before it joins; the row's own opening rule does not */
        if (s >= 6 && padded_bar_at(p, s - 4, n) &&
            (digit_len_before(p, s - 5, n) || upper(p[s - 6])))
            s -= 5;
        else
            break;
    }
    /* an IBAN's country code glued to its check digits ("DE24 ║ 6914 ║ ..."); nothing else glued */
    int iban = s + 2 < n && upper(p[s]) && upper(p[s + 1]) && digit_len(p, s + 2, n);
    if (s > 0 && (is_alnum(p[s - 1]) || p[s - 1] >= 0x80))
        return 0;
    /* a form's boxes after their label ("Kartennummer: │ 4111 │ 1111 │ ..."): a label's colon
     * before the row and its opening rule; a table's row of numbers has none (chars53) */
    size_t b = s;
    if (b >= 4 && padded_bar_at(p, b - 4, n))
        b -= 5;
    while (b > 0 && p[b - 1] == ' ')
        b--;
    if (b < 2 || p[b - 1] != ':' || !(is_alnum(p[b - 2]) || p[b - 2] >= 0x80 || p[b - 2] == ')'))
        return 0;
    /* forward over the row: each group's size (in characters) */
    size_t size[8], k = 0, j = s + (iban ? 2 : 0);
    for (;;) {
        size_t c = 0, l;
        for (;;) {
            if ((l = digit_len(p, j, n)) != 0)
                j += l;
            else if (iban && k > 0 && j < n && upper(p[j]))
                j++;
            else
                break;
            c++;
        }
        if (!c || k == 8)
            return 0;
        size[k++] = c;
        if (padded_bar_at(p, j + 1, n) && (digit_len(p, j + 5, n) || (iban && upper(p[j + 5]))))
            j += 5;
        else
            break;
    }
    if (j < n && (is_alnum(p[j]) || p[j] >= 0x80))
        return 0;
    if (iban) { /* check digits, then fours; the last 1-4 */
        if (size[0] != 2 || k < 4)
            return 0;
        for (size_t g = 1; g + 1 < k; g++)
            if (size[g] != 4)
                return 0;
        return size[k - 1] >= 1 && size[k - 1] <= 4;
    }
    return (k == 4 && size[0] == 4 && size[1] == 4 && size[2] == 4 && size[3] == 4) ||
           (k == 3 && size[0] == 4 && size[1] == 6 && size[2] == 5);
}
