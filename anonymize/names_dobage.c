/* names_dobage.c: a date next to an age that agrees with it is a date of birth, with no birth
 * word: "Kowalski, Anna, 04/03/1987 (39)", "12.05.1990 (35 J.)", "(42 ans) 03/02/1984",
 * "1979-11-02 (age 46)". Registers, exports and case lists write a person's birth date and age
 * side by side and leave the label to a header far away (or to nobody).
 *
 * The one thing to know: the age must be the date's age this year or last (the clock's year,
 * nw_dob10_this_year), so "12/03/2023 (3)" (three of something, three years ago) is refused
 * unless a unit or an age word says age, and a bare number must be 12 or more. The age sits in
 * brackets right after the date, or right before it followed by a comma or a space; a clinical
 * note's age token ("62J", "35F", "22 a", "51 y/o F") may also follow the date after a comma
 * ("(04.03.1961, 62J, w)") or stand before the bracket that holds it ("51 y/o F (1/28/1975)"),
 * 12 or more and with its unit or sex letter (branch dob15). Asked only for a date the walk has
 * read, so it costs nothing on text without dates. */
#include "anonymize/names_internal.h"

#include <string.h>

/* The four-digit year (1850 .. this year) in t[a .. b), or 0 */
static unsigned year_of(const uint8_t *t, size_t a, size_t b)
{
    unsigned y = nw_year4(t, a, b);
    return y >= 1850 && y <= nw_dob10_this_year() ? y : 0;
}

/* The word (lower case) at t[a .. b) is one of words[] */
static int word_in(const uint8_t *t, size_t a, size_t b, const char *const *words)
{
    for (size_t k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (n != b - a)
            continue;
        size_t j = 0;
        while (j < n && (uint8_t)(t[a + j] | (t[a + j] < 0x80 ? 32 : 0)) == (uint8_t)words[k][j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

/* A number of one to three digits at t[*p] (no digit after it): its value, *p past it; -1 if
 * none. */
static long small_number(const uint8_t *t, size_t len, size_t *p)
{
    size_t a = *p, q = a;
    while (q < len && is_digit(t[q]) && q - a < 3)
        q++;
    if (q == a || (q < len && is_digit(t[q])))
        return -1;
    long n = 0;
    for (size_t k = a; k < q; k++)
        n = n * 10 + (t[k] - '0');
    *p = q;
    return n;
}

/* An age in brackets at t[i] == '(': its value and its end past ')' in *end; -1 if none.
 * *said: an age word or a unit says it is an age ("age 39", "39 y", "39 ans"). */
static long bracket_age(const uint8_t *t, size_t i, size_t len, size_t *end, int *said)
{
    static const char *const before[] = {"age", "aged",  "alter",    "âge",  "edad",
                                         "età", "idade", "leeftijd", "wiek", NULL};
    static const char *const units[] = {"y",    "yo",    "yrs", "yr",   "years", "year",
                                        "ans",  "jahre", "j",   "años", "anni",  "anos",
                                        "jaar", "a",     "lat", "y/o",  "yo.",   NULL};
    size_t p = i + 1, w = p;
    *said = 0;
    while (w < len && w - p < 9 && (((t[w] | 32) >= 'a' && (t[w] | 32) <= 'z') || t[w] >= 0x80))
        w++;
    if (w > p && word_in(t, p, w, before)) {
        *said = 1;
        p = w;
        if (p < len && t[p] == ':')
            p++;
        if (p < len && t[p] == ' ')
            p++;
    }
    long n = small_number(t, len, &p);
    if (n < 0)
        return -1;
    size_t u = p + (p < len && t[p] == ' ');
    w = u;
    while (w < len && w - u < 6 &&
           (((t[w] | 32) >= 'a' && (t[w] | 32) <= 'z') || t[w] >= 0x80 || t[w] == '/'))
        w++;
    if (w > u && word_in(t, u, w, units)) {
        *said = 1;
        p = w + (w < len && t[w] == '.');
    }
    if (p >= len || t[p] != ')')
        return -1;
    *end = p + 1;
    return n;
}

/* Does the age n agree with a birth in year y (this year's age, or last year's)? */
static int agrees(long n, unsigned y, int said)
{
    unsigned now = nw_dob10_this_year();
    if (!y || n < 0 || (!said && n < 12))
        return 0;
    return (unsigned long)n + y == now || (unsigned long)n + y + 1 == now;
}

/* A register's or a clinician's age token at t[a]: "35F", "62J", "83j", "38 a", "51 y/o",
 * "82 años": its value, *end past it (past a fused sex letter: "35F", "62M", "40w"); -1 when no
 * unit or sex letter says it is an age. long_ok: the long words ("years", "ans", "jaar"...) may
 * be the unit, which also count a duration ("since 12/05/2001, 25 years"). */
static long age_token(const uint8_t *t, size_t a, size_t len, size_t *end, int long_ok)
{
    static const char *const short_units[] = {"y",  "yo",  "y/o", "yo.", "j", "jr",
                                              "j.", "jr.", "a",   "aa",  NULL};
    static const char *const long_units[] = {"ans",   "jahre", "años", "anni", "anos", "jaar",
                                             "years", "year",  "yrs",  "yr",   "lat",  NULL};
    size_t p = a;
    long n = small_number(t, len, &p);
    if (n < 0)
        return -1;
    size_t u = p + (p < len && t[p] == ' '), w = u;
    while (w < len && w - u < 6 &&
           (((t[w] | 32) >= 'a' && (t[w] | 32) <= 'z') || t[w] >= 0x80 || t[w] == '/'))
        w++;
    if (w > u && (word_in(t, u, w, short_units) || (long_ok && word_in(t, u, w, long_units)))) {
        *end = w + (w < len && t[w] == '.' && (w + 1 >= len || !is_alnum(t[w + 1])));
        return n;
    }
    if (u == p && w == p + 1 && strchr("FMWfmw", t[p])) {
        *end = w;
        return n;
    }
    return -1;
}

/* "(04.03.1961, 62J, w)", "04/03/1987, 35F)", "°09/01/2004, 22 a,": an age token after the
 * date and a comma, ending at a comma, a bracket, a semicolon or the line's end. */
static int age_after_comma(const uint8_t *t, size_t len, size_t ds, size_t e)
{
    size_t end;
    if (e + 3 > len || t[e] != ',' || t[e + 1] != ' ' || !is_digit(t[e + 2]))
        return 0;
    long n = age_token(t, e + 2, len, &end, ds > 0 && t[ds - 1] == '(');
    return n >= 12 && (end == len || (t[end] && strchr(",);\n\r", t[end]))) &&
           agrees(n, year_of(t, ds, e), 1);
}

/* "51 y/o F (1/28/1975)", "Mujer de 82 años (FN 16/06/1944)": an age token (a sex letter may
 * follow it) right before the bracket that holds the date, a short label inside it allowed. */
static int age_before_bracket(const uint8_t *t, size_t len, size_t ds, size_t e)
{
    size_t o = ds, end;
    if (o > 0 && t[o - 1] == ' ')
        o--;
    if (o > 0 && t[o - 1] == ':')
        o--;
    while (o > 0 && ds - o < 6 && (t[o - 1] | 32) >= 'a' && (t[o - 1] | 32) <= 'z')
        o--;
    if (o < 2 || t[o - 1] != '(' || t[o - 2] != ' ' || (o != ds && t[ds - 1] != ' '))
        return 0;
    size_t j = o - 2, a = j;
    while (a > 0 && j - a < 14 && t[a - 1] != '\n')
        a--;
    for (; a < j; a++) {
        if (!is_digit(t[a]) || (a > 0 && is_alnum(t[a - 1])))
            continue;
        long n = age_token(t, a, len, &end, 1);
        if (n < 12)
            continue;
        if (end + 2 <= j && (t[end] == ' ' || t[end] == ',')) { /* "51 y/o F", "82 J., w" */
            size_t x = end + 1 + (t[end] == ',' && t[end + 1] == ' ');
            if (x + 1 == j && t[x] && strchr("FMWfmw", t[x]))
                end = j;
        }
        return end == j && agrees(n, year_of(t, ds, e), 1);
    }
    return 0;
}

int nw_dob_age_near(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t len = s->len, end;
    int said;
    /* after: "04/03/1987 (39)" */
    size_t i = e;
    if (i < len && t[i] == ' ')
        i++;
    if (i < len && t[i] == '(') {
        long n = bracket_age(t, i, len, &end, &said);
        if (n >= 0 && agrees(n, year_of(t, ds, e), said))
            return 1;
    }
    if (age_after_comma(t, len, ds, e) || age_before_bracket(t, len, ds, e))
        return 1;
    /* before: "(39) 04/03/1987", "(39 J.), 04.03.1987" */
    i = ds;
    if (i > 0 && t[i - 1] == ' ')
        i--;
    if (i > 0 && (t[i - 1] == ',' || t[i - 1] == ';'))
        i--;
    if (i == 0 || t[i - 1] != ')')
        return 0;
    size_t o = i - 1;
    while (o > 0 && i - o < 24 && t[o - 1] != '(' && t[o - 1] != '\n')
        o--;
    if (o == 0 || t[o - 1] != '(')
        return 0;
    long n = bracket_age(t, o - 1, len, &end, &said);
    return n >= 0 && end == i && agrees(n, year_of(t, ds, e), said);
}
