/* names_dates.c: the NAMES pack's dates of birth, called by the pass in names.c at digit runs
 * that start a word (and by its table reader for a birth-date column).
 *
 * A date is a date of birth only when a birth word belongs to it: one in the 48 bytes before it
 * with no other number and no other line's label between them ("DOB: 4.3.1987", "born on March
 * 4, 1987", "Date of birth\n1987-03-04"), or one right after it ("1987-03-04 (date of birth)",
 * "am 4.3.1987 geboren"). Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Digits at i: their value and end, at most max of them. */
static size_t num_at(const struct sc *s, size_t i, size_t max, unsigned *v)
{
    size_t j = i;
    *v = 0;
    while (j < s->len && is_digit(s->t[j]) && j - i < max + 1)
        *v = *v * 10 + (unsigned)(s->t[j++] - '0');
    return (j == i || j - i > max) ? 0 : j;
}

static int year_ok(unsigned y, size_t digits)
{
    return digits == 2 || (y >= 1900 && y <= 2099);
}

/* A month name at i ("March", "März", "mars", "Sept."): its end, or 0. */
static size_t month_at(const struct sc *s, size_t i)
{
    size_t e = i;
    if (i >= s->len || !nw_may_be(s->t + i, s->len - i, C_MONTH))
        return 0;
    while (e < s->len && e - i < 12 && nw_letter(s->t + e, s->len - e))
        e += nw_letter(s->t + e, s->len - e);
    char buf[16];
    if (e == i || !nw_month(nw_fold_span(s, i, e, buf, sizeof buf)))
        return 0;
    return e < s->len && s->t[e] == '.' ? e + 1 : e;
}

static size_t skip_sp(const struct sc *s, size_t i)
{
    while (i < s->len && s->t[i] == ' ')
        i++;
    return i;
}

/* "de " / "of " between the parts of a spelled date. */
static size_t skip_de(const struct sc *s, size_t i)
{
    if (i + 3 < s->len && s->t[i + 2] == ' ' &&
        ((s->t[i] == 'd' && s->t[i + 1] == 'e') || (s->t[i] == 'o' && s->t[i + 1] == 'f')))
        return skip_sp(s, i + 3);
    return i;
}

static size_t date_at(const struct sc *s, size_t i, size_t *ds);

/* A date followed by a time of day ("2023-02-17 11:57:29", "1970-01-01T00:00") is a timestamp:
 * `stat` prints "Birth:" before one, and no one writes a birth date with the second it happened. */
static int time_follows(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e < s->len && (t[e] == ' ' || t[e] == 'T' || t[e] == ','))
        e++;
    while (e < s->len && t[e] == ' ')
        e++;
    return e + 4 < s->len && is_digit(t[e]) && is_digit(t[e + 1]) && t[e + 2] == ':' &&
           is_digit(t[e + 3]) && is_digit(t[e + 4]);
}

/* A date that starts with the digits at i (or with the month word before them). Returns its end
 * and its start in *ds, or 0 (also for a date that is part of a timestamp). */
size_t nw_date_at(const struct sc *s, size_t i, size_t *ds)
{
    size_t e = date_at(s, i, ds);
    return e && !time_follows(s, e) ? e : 0;
}

static size_t date_at(const struct sc *s, size_t i, size_t *ds)
{
    const uint8_t *t = s->t;
    unsigned a, b, c;
    size_t j = num_at(s, i, 4, &a), k, e;
    if (!j)
        return 0;
    *ds = i;
    if (j - i == 4 && j + 1 < s->len && (t[j] == '-' || t[j] == '/')) { /* 1987-03-04 */
        char sep = (char)t[j];
        if ((k = num_at(s, j + 1, 2, &b)) && k + 1 < s->len && t[k] == sep &&
            (e = num_at(s, k + 1, 2, &c)) && year_ok(a, 4) && b >= 1 && b <= 12 && c >= 1 &&
            c <= 31)
            return e;
        return 0;
    }
    if (j - i > 2)
        return 0;
    if (j + 4 < s->len && t[j] == '-' && a >= 1 && a <= 31 && (k = month_at(s, j + 1)) &&
        k + 2 < s->len && t[k] == '-') { /* 04-Mar-1987, 4-Mar-87 */
        if ((e = num_at(s, k + 1, 4, &c)) && (e - k - 1 == 4 || e - k - 1 == 2) &&
            year_ok(c, e - k - 1))
            return e;
        return 0;
    }
    if (j + 1 < s->len && (t[j] == '.' || t[j] == '/' || t[j] == '-') && is_digit(t[j + 1])) {
        char sep = (char)t[j]; /* 04.03.1987, 03/04/1987, 04-03-87 */
        if ((k = num_at(s, j + 1, 2, &b)) && k + 1 < s->len && t[k] == sep &&
            (e = num_at(s, k + 1, 4, &c)) && (e - k - 1 == 4 || e - k - 1 == 2) &&
            year_ok(c, e - k - 1) && a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12))
            return e;
        return 0;
    }
    if (a < 1 || a > 31)
        return 0;
    /* 4 March 1987, 4. März 1987, 4th of March, 1987, 4 de marzo de 1987 */
    k = j;
    if (k + 1 < s->len &&
        (memcmp(t + k, "st", 2) == 0 || memcmp(t + k, "nd", 2) == 0 ||
         memcmp(t + k, "rd", 2) == 0 || memcmp(t + k, "th", 2) == 0 || memcmp(t + k, "er", 2) == 0))
        k += 2;
    else if (k < s->len && t[k] == '.')
        k++;
    else if (k + 1 < s->len && t[k] == 0xC2 && t[k + 1] == 0xBA) /* º */
        k += 2;
    size_t m = skip_de(s, skip_sp(s, k)), me;
    if (m > k && (me = month_at(s, m))) {
        size_t y = skip_de(s, skip_sp(s, me < s->len && t[me] == ',' ? me + 1 : me));
        if (y > me && (e = num_at(s, y, 4, &c)) && e - y == 4 && year_ok(c, 4))
            return e;
        return 0;
    }
    /* March 4, 1987: the month is the word before */
    size_t p = i;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p == i)
        return 0;
    size_t ms = p;
    while (ms > 0 && i - ms < 14 &&
           (t[ms - 1] >= 0x80 || ((t[ms - 1] | 32) >= 'a' && (t[ms - 1] | 32) <= 'z') ||
            t[ms - 1] == '.'))
        ms--;
    if (ms == p || month_at(s, ms) != p)
        return 0;
    size_t y = k < s->len && t[k] == ',' ? k + 1 : k;
    y = skip_sp(s, y);
    if (y > k && (e = num_at(s, y, 4, &c)) && e - y == 4 && year_ok(c, 4)) {
        *ds = ms;
        return e;
    }
    return 0;
}

/* A birth word in the 48 bytes before p: "born", "DOB", "date of birth", "geboren",
 * "Geburtsdatum", "né(e) le", "naissance", "fecha de nacimiento", "geboortedatum", "nascita",
 * also as a camelCase part of a key ("dateOfBirth"). */
int nw_birth_before(const struct sc *s, size_t p)
{
    static const char *const words[] = {
        "b-day", "bday",       "birth",       "born",         "d.o.b",      "dob",   "geb.",
        "ddn ",  "ddn:",       "geboorte",    "geboren",      "geburts",    "nacid", "nacimiento",
        "nac.",  "nac:",       "naissance",   "nascita",      "nata ",      "nato ", "nato/",
        "nata/", "n\303\251 ", "n\303\251e ", "n\303\251(e)", "n\303\251.e"};
    const uint8_t *t = s->t;
    size_t from = p > 48 ? p - 48 : 0;
    for (size_t i = from; i < p; i++) {
        uint8_t c = t[i] | 32;
        if (c != 'b' && c != 'd' && c != 'g' && c != 'n')
            continue;
        /* a word starts here, or a camelCase part of a key does ("dateOfBirth", "fechaNacimiento")
         */
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80) &&
            !(t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z'))
            continue;
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
            size_t n = strlen(words[k]), q = 0;
            if (words[k][0] != (char)c || i + n > p + 1)
                continue;
            while (q < n && (t[i + q] | (t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)words[k][q])
                q++;
            if (q == n)
                return 1;
        }
    }
    return 0;
}
