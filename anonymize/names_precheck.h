/* names_precheck.h: cheap necessary conditions that the pass in names.c asks at a digit run
 * before it calls the recognisers of names_places.c there, private to names*.c and the tests.
 *
 * Each pre-check is derived from what its recogniser requires at its entry and must stay a
 * superset of it: any run the recogniser accepts passes the pre-check (a no spares the call, a
 * yes only means "ask it"). When a recogniser learns a new shape, widen its pre-check here;
 * test_names's test_digit_prechecks_pass_every_recognised_run checks the pairs position by
 * position over its texts. i is where the digit run starts, d where it ends (the first byte
 * that is no digit).
 */
#ifndef HUSH_ANON_NAMES_PRECHECK_H
#define HUSH_ANON_NAMES_PRECHECK_H

#include "anonymize/names_internal.h"

#include <string.h>

/* nw_date_at(): date_at() reads at most 4 digits first, or exactly 8 ("19870304"); 4 only before
 * '-', '/', '.' or a Unicode dash's first byte 0xE2 ("1987-03-04", "1955.04.02", "1939‐04‐10"),
 * else at most 2, and then a date goes on after them: with a separator ('-' '/' '.', a Unicode
 * dash or space 0xE2: "04.03.1987", "04-Mar-87", "13/jun./1986", "Mar-04-1987", "22–04–1993"),
 * an ordinal ("4th", "1st", "2nd", "3rd", "1er", "1º", "1°": 's' 'n' 'r' 't' 'e' 0xC2), a space,
 * a tab or "de"/"of" before the month ("4 March", "4de marzo"), a month glued on in capitals
 * ("04MAR1987", "4Mar87"), or ',' or a space before the year after a month ("March 4, 1987").
 * Nothing after the digits is no date, but for a day after a space at the text's end. A capital
 * after at most 2 digits opens a glued month ("04MAR1987": a letter or a byte >= 0x80 after it),
 * or it is read as the end of a day after its month word, which stands before a space (' ', or a
 * wide one's last byte >= 0x80): not a clock's seconds in "12:34:15Z INFO". */
static inline int nw_date_may(const struct sc *s, size_t i, size_t d)
{
    if (d - i == 8)
        return 1;
    if (d >= s->len) /* a day after its month at the text's end: "bday is May 5" */
        return d - i <= 2 && i > 0 && s->t[i - 1] == ' ';
    uint8_t c = s->t[d];
    if (d - i == 4)
        return c == '-' || c == '/' || c == '.' || c == 0xE2;
    if (d - i > 2)
        return 0;
    /* date_at() reads a day of two digits that is no day (00, 32-99) only as "04.03.1987",
     * "03/04/1987" or "17/1 1950" (names_dob8.c's and names_dob49.c's readers, before its test of
     * the day) and as a glued month: not before any other byte of the switch below ("took 42
     * seconds"). A day before ',' is read only after a month and a space before it ("March 4,
     * 1987"): not after '(' ("add(1, 2)"), nor any other ASCII byte but a space. */
    if (d - i == 2 && c != '/' && c != '.' && !(c >= 'A' && c <= 'Z')) {
        unsigned a = (unsigned)(s->t[i] - '0') * 10u + (unsigned)(s->t[i + 1] - '0');
        if (a == 0 || a > 31)
            return 0;
    }
    if (c == ',' && i > 0 && s->t[i - 1] < 0x80 && s->t[i - 1] != ' ')
        return 0;
    if (c >= 'A' && c <= 'Z')
        return (d + 1 < s->len && (is_alnum(s->t[d + 1]) || s->t[d + 1] >= 0x80)) ||
               (i > 0 && (s->t[i - 1] == ' ' || s->t[i - 1] >= 0x80));
    switch (c) {
    case '\n': /* a day after its month at a line's end: "X: march 14" (branch dob7) */
    case '\r':
        return i > 0 && s->t[i - 1] == ' ';
    case '-':
    case '/':
    case '.':
    case ' ':
    case '\t':
    case ',':
    case 's':
    case 'n':
    case 'r':
    case 't':
    case 'e':
    case 'd':
    case 'o':
    case 0xC2:
    case 0xE2:
        return 1;
    default:
        return 0;
    }
}

/* nw_addr_number_first(): house_number() takes 1-5 digits, then a range ("3-5", after at most 3
 * digits), a letter ("12a", "221B") or two lower-case ones ("227hs") that no letter or digit
 * follows, a floor ("174-III"), " bis"/" ter", "/B", or nothing; a space (or ", ") must follow
 * the number. So the byte after the digits is a space, ',', '/', a '-' before a digit or a
 * floor's 'I'/'V', or such a letter; "2024-05", "9f8e" and "123e4567" are no house numbers. */
static inline int nw_addr_number_may(const struct sc *s, size_t i, size_t d)
{
    if (d - i > 5 || d >= s->len)
        return 0;
    const uint8_t *t = s->t;
    uint8_t c = t[d], n = d + 1 < s->len ? t[d + 1] : 0;
    if (c == ' ' || c == ',' || c == '/') /* not a clock's minutes or seconds: "09:41:03 AM" */
        return !(i >= 2 && t[i - 1] == ':' && is_digit(t[i - 2]));
    if (c == '-')
        return (is_digit(n) && d - i < 4) || n == 'I' || n == 'V';
    if ((c | 32) < 'a' || (c | 32) > 'z')
        return 0;
    if (!is_alnum(n)) /* also at the text's end */
        return 1;
    return c >= 'a' && c <= 'z' && n >= 'a' && n <= 'z' && (d + 2 >= s->len || !is_alnum(t[d + 2]));
}

/* nw_addr_number_first() after a number that nw_addr_number_may() let through, ending at d.
 * house_number() takes one letter that no letter or digit follows, or two lower-case ones
 * ("12a", "15Z", "485ms"), and every reader after it wants a ' ' (", " for number_first(), '-'
 * for a chōme, '-' or '/' for house_number()'s floor and unit) where the number ends: "dur=485ms\n"
 * is no street. After the number and its ' ': a word of ASCII letters that opens with a capital
 * other than 'P' and 'B' (no "P.O. Box", no "Box") and a space after it, then a second space or
 * a lower-case word that is no particle, is none either. Each of number_first()'s readers (a
 * street type first, the words before a type or a number) and nw_addr_untyped_postcode()'s town
 * stop after the capitalised word there: a capitalised word, a number or a particle must follow
 * it. So the log levels "12:34:15Z INFO  worker-3" and "15Z DEBUG cache hit" are asked nothing;
 * "12 Baker Street" and "15 High de la Cruz" are. The lower-case word is read as both readers
 * read it: [a-z] up to 6 bytes, no '\'' after them. A lower-case word right after the number and
 * its ' ' is read only by lower_street() (four letters or more, then ' ' and a digit or s, a, r,
 * b, l, d), lower_first_type() (a C_FIRST word) and the French reader (" bis", " ter" or a C_FR
 * word): "took 42 seconds." and "33Z used commit" are asked nothing. After ", " and digits,
 * number_first() reads on only at an ordinal's s, n, r or t ("12, 5th Avenue"): "add(1, 2)" is
 * no street. */
static inline int nw_addr_number_word_may(const struct sc *s, size_t d)
{
    const uint8_t *t = s->t;
    size_t j = d;
    if (d < s->len && (t[d] | 32) >= 'a' && (t[d] | 32) <= 'z') {
        if (d + 1 >= s->len || !is_alnum(t[d + 1]))
            j = d + 1;
        else if (t[d] >= 'a' && t[d + 1] >= 'a' && t[d + 1] <= 'z' &&
                 (d + 2 >= s->len || !is_alnum(t[d + 2])))
            j = d + 2;
        else
            return 1;
        if (j >= s->len || (t[j] != ' ' && t[j] != ',' && t[j] != '-' && t[j] != '/'))
            return 0;
    }
    if (j + 2 < s->len && t[j] == ',' && t[j + 1] == ' ' && is_digit(t[j + 2])) {
        size_t k = j + 2; /* "add(1, 2)": number_first()'s "5th Avenue" wants s, n, r or t */
        while (k < s->len && is_digit(t[k]))
            k++;
        return k + 2 <= s->len && (t[k] == 's' || t[k] == 'n' || t[k] == 'r' || t[k] == 't' ||
                                   t[k] == 0); /* strchr("snrt", 0) finds the terminator */
    }
    if (j + 2 < s->len && t[j] == ' ' && t[j + 1] >= 'a' && t[j + 1] <= 'z') {
        size_t e = j + 1; /* "took 42 seconds.", "33Z used commit": a lower-case word */
        if (t[e] == 'b' || t[e] == 't') /* " bis", " ter" */
            return 1;
        while (e < s->len && e - (j + 1) < 32 && (t[e] >= 0x80 || (t[e] >= 'a' && t[e] <= 'z')))
            e++;
        if (e - (j + 1) >= 4 && e + 2 < s->len && t[e] == ' ' &&
            (is_digit(t[e + 1]) || t[e + 1] == 's' || t[e + 1] == 'a' || t[e + 1] == 'r' ||
             t[e + 1] == 'b' || t[e + 1] == 'l' || t[e + 1] == 'd'))
            return 1; /* lower_street()'s shape: "42 machelsesteenweg 197", "97 guildry street" */
        return nw_may_be(t + j + 1, s->len - j - 1, C_FIRST | C_FR) != 0;
    }
    if (j + 2 >= s->len || t[j] != ' ' || !is_up(t[j + 1]) || t[j + 1] == 'P' || t[j + 1] == 'B')
        return 1;
    size_t w = nw_letters_to(t, s->len, j + 2, s->len);
    if (w + 1 >= s->len || t[w] != ' ')
        return 1;
    if (t[w + 1] == ' ')
        return 0;
    size_t l = w + 1;
    while (l < s->len && l - (w + 1) < 6 && t[l] >= 'a' && t[l] <= 'z')
        l++;
    if (l == w + 1 || (l < s->len && l - (w + 1) < 6 && t[l] == '\''))
        return 1;
    char buf[8];
    return nw_particle(nw_fold_span(s, w + 1, l, buf, sizeof buf));
}

/* nw_street40_pin(): walk_back() reads the town part that ends at the town's end te (i - 1,
 * i - 2, i - 3 or i - 5 before the PIN at i) back to its opening ", ", which part_start() finds
 * within 48 bytes; a part opened otherwise (a line's start, a ':') leaves no part before the town
 * and no address. So a ',' stands in the 54 bytes before i - 1: "Flat 12, Sai Residency, MG
 * Road, Bengaluru 560001" has one, a log line's "retry 575 for job 123456: ..." none. */
static inline int nw_street40_pin_may(const struct sc *s, size_t i)
{
    size_t lo = i > 54 ? i - 54 : 0;
    return i >= 2 && memchr(s->t + lo, ',', i - 1 - lo) != NULL;
}

/* nw_addr_zip(): a postcode of exactly 5 digits after its label. */
static inline int nw_addr_zip_may(const struct sc *s, size_t i, size_t d)
{
    (void)s;
    return d - i == 5;
}

/* nw_addr_lower_cued(): addr_lower_cued() reads the number's end hn (after one lower-case letter
 * that no letter or digit follows: "12a") and goes on only where a space follows it (a street
 * after the cue, or the number ending a street before it), or ',', a line end, a '.' that no
 * digit follows, the text's end, or a "-1".."-123" joined to the number and then one of those
 * ("keizersgracht 123-2"); "2.4.1", "2024-05-01", "9f8e" and "add(1, 2)" end no street. */
static inline int nw_addr_lower_cued_may(const struct sc *s, size_t d)
{
    const uint8_t *t = s->t;
    size_t hn = d;
    if (hn < s->len && t[hn] >= 'a' && t[hn] <= 'z' && (hn + 1 >= s->len || !is_alnum(t[hn + 1])))
        hn++;
    if (hn + 1 < s->len && t[hn] == '-' && is_digit(t[hn + 1])) {
        size_t k = hn + 1;
        while (k < s->len && k - hn <= 3 && is_digit(t[k]))
            k++;
        if (k - hn <= 3)
            hn = k;
    }
    if (hn >= s->len)
        return 1;
    uint8_t c = t[hn];
    return c == ' ' || c == ',' || c == '\n' || c == '\r' ||
           (c == '.' && (hn + 1 >= s->len || !is_digit(t[hn + 1])));
}

#endif
