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

/* "de " / "of " / "del " between the parts of a spelled date. */
static size_t skip_de(const struct sc *s, size_t i)
{
    if (i >= s->len || (s->t[i] != 'd' && s->t[i] != 'o'))
        return i;
    if (i + 3 < s->len && s->t[i + 2] == ' ' &&
        ((s->t[i] == 'd' && s->t[i + 1] == 'e') || (s->t[i] == 'o' && s->t[i + 1] == 'f')))
        return skip_sp(s, i + 3);
    if (i + 4 < s->len && memcmp(s->t + i, "del ", 4) == 0) /* "4 de marzo del 1987" */
        return skip_sp(s, i + 4);
    return i;
}

/* The start of a month word that ends at p ("Mar" of "Mar-04-1987"), or 0 when there is none. */
static size_t month_ending_at(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ms = p;
    while (ms > 0 && p - ms < 12 &&
           (t[ms - 1] >= 0x80 || ((t[ms - 1] | 32) >= 'a' && (t[ms - 1] | 32) <= 'z') ||
            t[ms - 1] == '.'))
        ms--;
    return ms < p && month_at(s, ms) == p ? ms + 1 : 0;
}

static size_t date_at(const struct sc *s, size_t i, size_t *ds);

/* The year after a month name at y: four digits, or two ("4 Mar 87", "4. August 33") that no
 * time of day or further digits follow. Its end, or 0. */
static size_t year_after_month(const struct sc *s, size_t y)
{
    unsigned c;
    size_t e = num_at(s, y, 4, &c);
    if (e && e - y == 4 && year_ok(c, 4))
        return e;
    if (e && e - y == 2 &&
        !(e < s->len && (s->t[e] == ':' || s->t[e] == '/' ||
                         (s->t[e] == '.' && e + 1 < s->len && is_digit(s->t[e + 1])))))
        return e;
    return 0;
}

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
/* A weekday named before a date that starts at ds ("Wednesday, March 4, 1987", "Mittwoch, 4.
 * März 1987", "mercredi 4 mars 1987"): where it starts, or ds. */
static size_t weekday_before(const struct sc *s, size_t ds)
{
    static const char *const days[] = {"monday",
                                       "tuesday",
                                       "wednesday",
                                       "thursday",
                                       "friday",
                                       "saturday",
                                       "sunday",
                                       "montag",
                                       "dienstag",
                                       "mittwoch",
                                       "donnerstag",
                                       "freitag",
                                       "samstag",
                                       "sonntag",
                                       "lundi",
                                       "mardi",
                                       "mercredi",
                                       "jeudi",
                                       "vendredi",
                                       "samedi",
                                       "dimanche",
                                       "maandag",
                                       "dinsdag",
                                       "woensdag",
                                       "donderdag",
                                       "vrijdag",
                                       "zaterdag",
                                       "zondag",
                                       "lunes",
                                       "martes",
                                       "mi\303\251rcoles",
                                       "jueves",
                                       "viernes",
                                       "s\303\241bado",
                                       "domingo",
                                       "luned\303\254",
                                       "marted\303\254",
                                       "mercoled\303\254",
                                       "gioved\303\254",
                                       "venerd\303\254",
                                       "sabato",
                                       "domenica"};
    const uint8_t *t = s->t;
    size_t p = ds;
    while (p > 0 && ds - p < 2 && (t[p - 1] == ' ' || t[p - 1] == ','))
        p--;
    if (p == ds || p == 0)
        return ds;
    size_t b = p;
    while (b > 0 && p - b < 12 &&
           (t[b - 1] >= 0x80 || ((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z')))
        b--;
    if (b == p || (b > 0 && is_alnum(t[b - 1])))
        return ds;
    char buf[16];
    return NW_ONE_OF(nw_fold_span(s, b, p, buf, sizeof buf), days) ? b : ds;
}

size_t nw_date_at(const struct sc *s, size_t i, size_t *ds)
{
    size_t e = date_at(s, i, ds);
    if (!e || time_follows(s, e))
        return 0;
    *ds = weekday_before(s, *ds);
    return e;
}

static size_t date_at(const struct sc *s, size_t i, size_t *ds)
{
    const uint8_t *t = s->t;
    unsigned a, b, c;
    size_t j = num_at(s, i, 4, &a), k, e;
    if (!j)
        return 0;
    *ds = i;
    if (j - i == 4 && j + 1 < s->len && (t[j] == '-' || t[j] == '/' || t[j] == '.')) {
        /* 1987-03-04, 1987/03/04, 1987.03.04 */
        char sep = (char)t[j];
        if ((k = num_at(s, j + 1, 2, &b)) && k + 1 < s->len && t[k] == sep &&
            (e = num_at(s, k + 1, 2, &c)) && year_ok(a, 4) && b >= 1 && b <= 12 && c >= 1 &&
            c <= 31)
            return e;
        return 0;
    }
    if (j - i > 2)
        return 0;
    if (j + 4 < s->len && (t[j] == '-' || t[j] == '/') && a >= 1 && a <= 31 &&
        (k = month_at(s, j + 1)) && k + 2 < s->len && t[k] == t[j]) {
        /* 04-Mar-1987, 4-Mar-87, 13/jun./1986 */
        if ((e = num_at(s, k + 1, 4, &c)) && (e - k - 1 == 4 || e - k - 1 == 2) &&
            year_ok(c, e - k - 1))
            return e;
        return 0;
    }
    size_t mb;
    if (i >= 2 && t[i - 1] == '-' && j + 1 < s->len && t[j] == '-' && a >= 1 && a <= 31 &&
        (mb = month_ending_at(s, i - 1))) { /* Mar-04-1987 */
        if ((e = num_at(s, j + 1, 4, &c)) && e - j - 1 == 4 && year_ok(c, 4)) {
            *ds = mb - 1;
            return e;
        }
        return 0;
    }
    if (j + 3 < s->len && t[j] == '.' && t[j + 1] == ' ' && is_digit(t[j + 2])) {
        /* "4. 3. 1987", "04. 03. 1987" */
        if ((k = num_at(s, j + 2, 2, &b)) && k + 2 < s->len && t[k] == '.' && t[k + 1] == ' ' &&
            (e = num_at(s, k + 2, 4, &c)) && e - k - 2 == 4 && year_ok(c, 4) && a >= 1 && a <= 31 &&
            b >= 1 && b <= 12)
            return e;
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
    else if (k + 1 < s->len && t[k] == 0xC2 && (t[k + 1] == 0xBA || t[k + 1] == 0xB0))
        k += 2; /* "1º", and the degree sign written for it: "1° marzo" */
    size_t m = skip_de(s, skip_sp(s, k)), me;
    if (m > k && (me = month_at(s, m))) {
        size_t y = skip_de(s, skip_sp(s, me < s->len && t[me] == ',' ? me + 1 : me));
        if (y > me && (e = year_after_month(s, y)))
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
    if (y > k && (e = year_after_month(s, y))) {
        *ds = ms;
        return e;
    }
    return 0;
}

/* Lower case. Birthdays too ("compleanno", "cumpleaños", "verjaardag"; not "anniversaire",
 * which is also a firm's), and a few neighbouring languages (pt "nascimento", sv "född", da/no
 * "født", pl "urodzenia", fi "syntymä", cs "narozen"). */
static const char *const birth_words[] = {
    "b-day",      "b. ",         "bday",           "birth",         "born",        "d.o.b",
    "dob",        "geb.",        "ddn ",           "ddn:",          "geboorte",    "geboren",
    "geburts",    "nacid",       "nacimiento",     "nac.",          "nac:",        "naissance",
    "naiss.",     "nascita",     "nata ",          "nato ",         "nato/",       "nata/",
    "n\303\251 ", "n\303\251e ", "n\303\251(e)",   "n\303\251.e",   "nac\303\255", "nascimento",
    "nascid",     "f\303\266dd", "f\303\266delse", "f\303\270dsel", "f\303\270dt", "urodz",
    "syntym",     "narozen",     "naci\303\263",   "compleanno",    "cumplea",     "verjaardag"};

/* The length of the birth word at i (before limit), or 0. */
static size_t birth_word_at(const struct sc *s, size_t i, size_t limit)
{
    const uint8_t *t = s->t;
    uint8_t c = t[i] | 32;
    if (!strchr("bcdfgnsuv", c) || c == 0)
        return 0;
    for (size_t k = 0; k < sizeof birth_words / sizeof birth_words[0]; k++) {
        size_t n = strlen(birth_words[k]), q = 0;
        if (birth_words[k][0] != (char)c || i + n > limit)
            continue;
        while (q < n && (t[i + q] | (t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)birth_words[k][q])
            q++;
        if (q == n)
            return n;
    }
    return 0;
}

/* Does the birth word ending at we belong to a date at p? Not across another number ("DOB
 * 12/02/2006; last visit 26 January 2016", "Born: ...\nDied: ...") nor into a line with its own
 * words: a line break only right after the label ("Date of birth\n1987-03-04"). */
static int birth_reaches(const struct sc *s, size_t we, size_t p)
{
    const uint8_t *t = s->t;
    int nl = 0;
    for (size_t i = we; i < p; i++) {
        if (is_digit(t[i]))
            return 0;
        if (t[i] == '\\' && i + 1 < p && t[i + 1] == 'n')
            nl = 1, i++; /* "\n" in raw JSON */
        else if (t[i] == '\n')
            nl = 1;
        else if (nl && !strchr(" \t\r\"'>", t[i]))
            return 0; /* after the line break, only spaces up to the date */
    }
    return 1;
}

/* Does the cell at p of a table row (cells split by '|', a tab, ';' or ',') stand under a header
 * cell with a birth word, up to 16 lines above (Markdown rule lines skipped)? "| Name | Date of
 * Birth |\n|---|---|\n| X | 5/18/1933 |", "Export:\nname;dob\nX;1987-03-04". */
static int birth_column(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ls = p;
    while (ls > 0 && t[ls - 1] != '\n' && p - ls < 256)
        ls--;
    if (ls == 0 || t[ls - 1] != '\n')
        return 0;
    uint8_t sep = 0;
    for (const char *c = "|\t;,"; *c && !sep; c++)
        if (memchr(t + ls, *c, p - ls))
            sep = (uint8_t)*c;
    if (!sep)
        return 0;
    size_t col = 0;
    for (size_t q = ls; q < p; q++)
        col += t[q] == sep;
    for (int k = 0; k < 16 && ls > 0; k++) {
        size_t e = ls - 1, b = e; /* the line t[b .. e) above */
        while (b > 0 && t[b - 1] != '\n' && e - b < 512)
            b--;
        if (b > 0 && t[b - 1] != '\n')
            return 0;
        const uint8_t *q = t + b;
        while (q < t + e && strchr("-|: \t\r", *q))
            q++;
        if (q < t + e) { /* not a rule line: a header, or another row */
            size_t c = 0, cs = b;
            for (size_t i = b; i < e && c < col; i++)
                if (t[i] == sep)
                    c++, cs = i + 1;
            if (c != col)
                return 0;
            size_t ce = cs;
            while (ce < e && t[ce] != sep)
                ce++;
            for (size_t i = cs; i < ce; i++)
                if ((i == cs || !is_alnum(t[i - 1]) ||
                     (t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z')) &&
                    birth_word_at(s, i, ce))
                    return 1;
        }
        ls = b;
    }
    return 0;
}

/* A birth word in the 48 bytes before p: "born", "DOB", "date of birth", "geboren",
 * "Geburtsdatum", "né(e) le", "naissance", "fecha de nacimiento", "geboortedatum", "nascita",
 * also as a camelCase part of a key ("dateOfBirth"). The nearest one decides. */
int nw_birth_before(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t from = p > 48 ? p - 48 : 0, we = 0;
    for (size_t i = from; i < p; i++) {
        /* a word starts here, or a camelCase part of a key does ("dateOfBirth", "fechaNacimiento")
         */
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80) &&
            !(t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z'))
            continue;
        size_t n = birth_word_at(s, i, p + 1);
        if (n && !(n == 3 && t[i + 1] == '.' && i + n != p)) /* "b. " only right before it */
            we = i + n;
    }
    return (we && birth_reaches(s, we > p ? p : we, p)) || birth_column(s, p);
}

/* A birth word right after a date that ends at e, on its line: "1987-03-04 (date of birth)",
 * "4.3.1987 is my date of birth", "am 4.3.1987 geboren". */
int nw_birth_after(const struct sc *s, size_t e)
{
    static const char *const fill[] = {
        "is", "was", "my",  "his", "her",  "their", "the",   "our",      "ist",   "mein", "est",
        "ma", "sa",  "es",  "mi",  "su",   "la",    "il",    "\303\250", "zijn",  "de",   "als",
        "as", "del", "di",  "of",  "date", "data",  "fecha", "day",      "wurde", "werd", "fue",
        "et", "and", "und", "en",  "e",    "y",     "in",    "\303\240", "a"};
    static const char *const be[] = {"is",    "was",  "ist", "est", "\303\250",
                                     "wurde", "werd", "fue", "es"};
    const uint8_t *t = s->t;
    size_t i = e;
    int caps = 0, verb = 0;
    if (i < s->len && (t[i] == ' ' || t[i] == ','))
        i++;
    while (i < s->len && t[i] == ' ')
        i++;
    if (i < s->len && (t[i] == '(' || t[i] == '['))
        i++;
    for (int w = 0; w < 8 && i < s->len; w++) {
        size_t n = birth_word_at(s, i, s->len);
        if (n && caps && i + n + 3 < s->len &&
            (memcmp(t + i + n, " as ", 4) == 0 || memcmp(t + i + n, " out", 4) == 0 ||
             memcmp(t + i + n, " fro", 4) == 0))
            return 0; /* "Kubernetes was born as an internal tool", "born out of", "born from" */
        if (n) /* "birthday", "Geburtsdatum", but not "borne"; after a name only with its verb */
            return (!caps || verb) && (n >= 5 || i + n == s->len || !is_alnum(t[i + n]));
        size_t we = i;
        while (we < s->len && we - i < 16 && (is_alnum(t[we]) || t[we] >= 0x80))
            we++;
        if (we == i || we >= s->len || (t[we] != ' ' && t[we] != ','))
            return 0;
        char buf[8];
        const char *f = nw_fold_span(s, i, we, buf, sizeof buf);
        if (nw_upper(t + i, s->len - i) && caps < 3 && !NW_ONE_OF(f, fill)) {
            caps++; /* "On 4 March 1987, Maria Keller was born" */
        } else if (NW_ONE_OF(f, fill)) {
            verb |= NW_ONE_OF(f, be);
        } else {
            return 0;
        }
        i = we + (t[we] == ',' && we + 1 < s->len && t[we + 1] == ' ' ? 2 : 1);
    }
    return 0;
}
