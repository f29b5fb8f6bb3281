/* names_dob49.c: Nordic birth notations, and the other event a register prints under a birth's
 * own date.
 *
 * Swedes, Danes and Norwegians write a birth day/month with the year after a space or a dash
 * ("född 17/1 1950", "f. 17/1-50", "født 17/1-1950"), and as six bare digits after the cue
 * ("född 820616" year first, "født 160682" day first, the date part of their personal
 * numbers). The first reads as a date anywhere (the birth rules still decide); the six digits
 * only right after a birth cue, since the same digits are order and booking numbers elsewhere;
 * so are eight read as yyyymmdd ("(f. 19830924)", branch left50).
 *
 * Greek dates with the month in the genitive ("16 Ιουνίου 1982"), and Lithuanian and Latvian ones
 * that open with the year ("1982 m. birželio 16", "1982. gada 16. jūnijā"), are read only after
 * a birth word of the language on their line ("γεννήθηκε", "gimė", "dzimusi"): nw_dob49_spelled.
 *
 * names_dob48.c masks every copy of a birth's bytes. A parish register prints a baptism or a burial
 * under the very date of the birth ("born 28 December 1952, baptised 28 December 1952"): that copy
 * is masked too (the same token as the birth), since left it would print the birth date. Bare
 * digits after an order's or a booking's word ("Bestilling 080378") are an order's number, not the
 * birth's digits again (nw_dob49_id_copy).
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

/* The digits of t[a .. b) as a number. */
static unsigned digits_value(const uint8_t *t, size_t a, size_t b)
{
    unsigned v = 0;
    while (a < b)
        v = v * 10 + (unsigned)(t[a++] - '0');
    return v;
}

size_t nw_dob49_nordic(const struct sc *s, size_t k, unsigned day, unsigned month)
{
    const uint8_t *t = s->t;
    if (day < 1 || day > 31 || month < 1 || month > 12 || k + 3 > s->len ||
        (t[k] != ' ' && t[k] != '-'))
        return 0;
    size_t y = k + 1, e = y;
    while (e < s->len && e - y < 5 && is_digit(t[e]))
        e++;
    if (e - y == 4) {
        unsigned v = digits_value(t, y, e);
        if (v < 1880 || v > 2039)
            return 0;
    } else if (e - y != 2 || t[k] != '-') {
        return 0; /* "17/1 50" is no date; "17/1-50" is */
    }
    if (e < s->len && (word_byte(t[e]) ||
                       ((t[e] == '-' || t[e] == '/' || t[e] == '.' || t[e] == ':' || t[e] == ',') &&
                        e + 1 < s->len && is_digit(t[e + 1]))))
        return 0;
    return e;
}

/* Nordic birth cues that six bare digits may follow, lower case (a capital's first byte is
 * folded by the caller). */
static const char *const cues6[] = {"f\303\266dd",
                                    "f\303\270dt",
                                    "f\303\270dd",
                                    "f\303\266delsedatum",
                                    "f\303\270dselsdato",
                                    "f.",
                                    "f\303\266dd den",
                                    "f\303\270dt den",
                                    "fodd",
                                    "fodt",
                                    "f\303\266ddes den",
                                    "f\303\266ddes"};

int nw_dob49_compact(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    if ((d - i != 6 && d - i != 8) || i < 3 ||
        (d < s->len && (word_byte(t[d]) || t[d] == '-' || t[d] == '/' ||
                        (t[d] == '.' && d + 1 < s->len && is_digit(t[d + 1])))))
        return 0;
    if (d - i == 8) { /* branch left50: "(f. 19830924)", yyyymmdd only */
        unsigned y = digits_value(t, i, i + 4), m = digits_value(t, i + 4, i + 6),
                 dd = digits_value(t, i + 6, i + 8);
        if (y < 1880 || y > 2039 || m < 1 || m > 12 || dd < 1 || dd > 31)
            return 0;
    } else {
        unsigned a = digits_value(t, i, i + 2), b = digits_value(t, i + 2, i + 4),
                 c = digits_value(t, i + 4, i + 6);
        int ymd = b >= 1 && b <= 12 && c >= 1 && c <= 31,
            dmy = a >= 1 && a <= 31 && b >= 1 && b <= 12;
        if (!ymd && !dmy)
            return 0;
    }
    size_t p = i;
    while (p > 0 && i - p < 4 && (t[p - 1] == ' ' || t[p - 1] == ':' || t[p - 1] == '\t'))
        p--;
    if (p == i)
        return 0;
    for (size_t k = 0; k < sizeof cues6 / sizeof cues6[0]; k++) {
        size_t n = strlen(cues6[k]);
        if (n > p)
            continue;
        size_t w = p - n;
        if (w > 0 && word_byte(t[w - 1]))
            continue;
        if ((t[w] | 32) == (uint8_t)cues6[k][0] && memcmp(t + w + 1, cues6[k] + 1, n - 1) == 0)
            return 1;
    }
    return 0;
}

/* Words that number an order, a booking or an invoice, folded, opening the word before a value. */
static const char *const ids[] = {"order",   "ordre", "bestill", "booking", "bokning", "faktur",
                                  "invoice", "ref",   "kund",    "tilaus",  "lasku",   "varaus",
                                  "nr",      "no",    "id",      "ticket",  "case"};

/* The word before s (a ':', '.', '#' or spaces between) numbers an order or a booking. */
static int id_before(const uint8_t *t, size_t s)
{
    size_t p = s;
    while (p > 0 && s - p < 4 &&
           (t[p - 1] == ' ' || t[p - 1] == ':' || t[p - 1] == '.' || t[p - 1] == '#'))
        p--;
    size_t w = p;
    while (w > 0 && p - w < 16 && word_byte(t[w - 1]))
        w--;
    if (w == p)
        return 0;
    char buf[16];
    size_t n = p - w < sizeof buf ? p - w : sizeof buf;
    for (size_t k = 0; k < n; k++)
        buf[k] = (char)(t[w + k] >= 'A' && t[w + k] <= 'Z' ? t[w + k] | 32 : t[w + k]);
    for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) {
        size_t sl = strlen(ids[k]);
        if (sl <= n && memcmp(buf, ids[k], sl) == 0 && (sl > 2 || sl == n))
            return 1;
    }
    return 0;
}

int nw_dob49_id_copy(const uint8_t *t, size_t len, size_t s)
{
    size_t e = s;
    while (e < len && is_digit(t[e]))
        e++;
    /* "Bestilling 080378": an order's number, not the birth's digits again. A date of another
     * event printed under the birth's own date (a baptism the same day) is masked like the birth:
     * left, it would print the birth date. */
    return e - s >= 6 && (e == len || !word_byte(t[e])) && id_before(t, s);
}

/* Greek months in the genitive, lower case ("16 Ιουνίου 1982" with its capital folded). */
static const char *const greek_months[] = {
    "\316\271\316\261\316\275\316\277\317\205\316\261\317\201\316\257\316\277\317\205",
    "\317\206\316\265\316\262\317\201\316\277\317\205\316\261\317\201\316\257\316\277\317\205",
    "\316\274\316\261\317\201\317\204\316\257\316\277\317\205",
    "\316\261\317\200\317\201\316\271\316\273\316\257\316\277\317\205",
    "\316\274\316\261\316\220\316\277\317\205",
    "\316\271\316\277\317\205\316\275\316\257\316\277\317\205",
    "\316\271\316\277\317\205\316\273\316\257\316\277\317\205",
    "\316\261\317\205\316\263\316\277\317\215\317\203\317\204\316\277\317\205",
    "\317\203\316\265\317\200\317\204\316\265\316\274\316\262\317\201\316\257\316\277\317\205",
    "\316\277\316\272\317\204\317\211\316\262\317\201\316\257\316\277\317\205",
    "\316\275\316\277\316\265\316\274\316\262\317\201\316\257\316\277\317\205",
    "\316\264\316\265\316\272\316\265\316\274\316\262\317\201\316\257\316\277\317\205"};

/* Lithuanian months in the genitive, Latvian in the locative and the nominative. */
static const char *const baltic_months[] = {"sausio",
                                            "vasario",
                                            "kovo",
                                            "baland\305\276io",
                                            "gegu\305\276\304\227s",
                                            "bir\305\276elio",
                                            "liepos",
                                            "rugpj\305\253\304\215io",
                                            "rugs\304\227jo",
                                            "spalio",
                                            "lapkri\304\215io",
                                            "gruod\305\276io",
                                            "janv\304\201r\304\253",
                                            "febru\304\201r\304\253",
                                            "mart\304\201",
                                            "apr\304\253l\304\253",
                                            "maij\304\201",
                                            "j\305\253nij\304\201",
                                            "j\305\253lij\304\201",
                                            "august\304\201",
                                            "septembr\304\253",
                                            "oktobr\304\253",
                                            "novembr\304\253",
                                            "decembr\304\253",
                                            "janv\304\201ris",
                                            "febru\304\201ris",
                                            "marts",
                                            "apr\304\253lis",
                                            "maijs",
                                            "j\305\253nijs",
                                            "j\305\253lijs",
                                            "augusts",
                                            "septembris",
                                            "oktobris",
                                            "novembris",
                                            "decembris"};

/* The month of the list at i (its end), or 0; fold: the first Greek letter's capital. */
static size_t month_of(const struct sc *s, size_t i, const char *const *list, size_t n, int greek)
{
    const uint8_t *t = s->t;
    for (size_t k = 0; k < n; k++) {
        size_t sl = strlen(list[k]);
        if (i + sl > s->len)
            continue;
        size_t q = 0;
        if (greek && t[i] == 0xCE && t[i + 1] >= 0x91 && t[i + 1] <= 0xA9) {
            unsigned cp = 0x380 + (t[i + 1] & 0x3F) + 0x20; /* its small letter */
            uint8_t b0 = (uint8_t)(0xC0 | (cp >> 6)), b1 = (uint8_t)(0x80 | (cp & 0x3F));
            if ((uint8_t)list[k][0] != b0 || (uint8_t)list[k][1] != b1)
                continue;
            q = 2;
        } else if (!greek && t[i] >= 'A' && t[i] <= 'Z') {
            if ((t[i] | 32) != (uint8_t)list[k][0])
                continue;
            q = 1;
        }
        if (memcmp(t + i + q, list[k] + q, sl - q) == 0 &&
            (i + sl == s->len || !word_byte(t[i + sl])))
            return i + sl;
    }
    return 0;
}

/* Does one of the cues (bytes) lie in t[a .. b)? */
static int cue_in(const uint8_t *t, size_t a, size_t b, const char *const *cues, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t sl = strlen(cues[k]);
        for (size_t p = a; p + sl <= b; p++)
            if (memcmp(t + p, cues[k], sl) == 0)
                return 1;
    }
    return 0;
}

/* The digits at i .. e (at most max), or 0 when there are none or more. */
static size_t digits_at(const struct sc *s, size_t i, size_t max)
{
    size_t e = i;
    while (e < s->len && e - i <= max && is_digit(s->t[e]))
        e++;
    return e > i && e - i <= max ? e : 0;
}

size_t nw_dob49_spelled(const struct sc *s, size_t i, size_t d, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t m, e, ls = i;
    if (d - i <= 2) { /* Greek: "16 Ιουνίου 1982" after a birth word */
        static const char *const gr[] = {
            "\316\265\316\275\316\275\316\267", "\316\265\316\275\316\275\316\256",
            "\316\255\316\275\316\275\316\267", "\316\225\316\235\316\235\316\227"};
        if (!(m = month_of(s, d + 1, greek_months, 12, 1)) || m + 5 > s->len || t[m] != ' ' ||
            !(e = digits_at(s, m + 1, 4)) || e - m - 1 != 4 || (e < s->len && word_byte(t[e])))
            return 0;
        while (ls > 0 && t[ls - 1] != '\n' && i - ls < 48)
            ls--; /* the birth word on the date's line, before it */
        if (!cue_in(t, ls, i, gr, 4))
            return 0;
        *ds = i;
        return e;
    }
    /* Lithuanian "1982 m. birželio 16", Latvian "1982. gada 16. jūnijā" after a birth word */
    static const char *const lt[] = {"gim", "Gim", "GIM"}, *const lv[] = {"dzim", "Dzim", "DZIM"};
    size_t p;
    int lv_form;
    if (d + 4 < s->len && memcmp(t + d, " m. ", 4) == 0)
        p = d + 4, lv_form = 0;
    else if (d + 7 < s->len && memcmp(t + d, ". gada ", 7) == 0)
        p = d + 7, lv_form = 1;
    else
        return 0;
    while (ls > 0 && t[ls - 1] != '\n' && i - ls < 48)
        ls--;
    if (!cue_in(t, ls, i, lv_form ? lv : lt, 3))
        return 0;
    if (!lv_form) {
        if (!(m = month_of(s, p, baltic_months, 12, 0)) || m + 1 >= s->len || t[m] != ' ' ||
            !(e = digits_at(s, m + 1, 2)))
            return 0;
    } else {
        if (!(e = digits_at(s, p, 2)) || e + 2 >= s->len || t[e] != '.' || t[e + 1] != ' ' ||
            !(m = month_of(s, e + 2, baltic_months + 12, 24, 0)))
            return 0;
        e = m;
    }
    if (e < s->len && word_byte(t[e]))
        return 0;
    *ds = i;
    return e;
}
