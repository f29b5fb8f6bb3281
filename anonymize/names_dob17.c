/* names_dob17.c: dates of birth that stand beside a person with no birth word next to them, or
 * after a birth label in a short form no earlier rule read (branch dob17, issue 15), written
 * after a corpus of shapes (gen_dob17.py) had been measured:
 *
 * - a person's line that holds the name and a bracket with the date alone, nothing after it but
 *   a note after a dash: "Katrin Weber (26.12.1941)", "- Sergio Romero (19.12.1944)" under
 *   "Teilnehmer:" (names_dob12.c takes the bracket when prose goes on after it);
 * - a roster's line: a name in capitals, the date, a sex letter: "OKAFOR SIOBHAN 04/09/1989 M";
 * - Swedish and Danish "f." (född, født) after a name: "Holmgren, f. 23 oktober 1942",
 *   "Erik Ekström (f. 04.12.1946)";
 * - a list of "name  date" lines under a line that names a birth column and holds no digit:
 *   "Columns: Nombre, Fecha nac.\n\nRocío Navarro - 07.12.96", "columns are name / Data di
 *   nascita:\nLorenzo Rossi  1.11.1969";
 * - a month and a two-digit year after a birth label: "dob: Jan '62", "Born: November 68",
 *   "DOB 08/73" (names_dob14.c reads the four-digit year).
 *
 * The one thing to know: the first two take a date only in a year a person of age is born in
 * (nw_dob10_newest_year()), as names_dob12.c does; every rule is asked only at a date (or a
 * two-digit run) no other rule took, so text without dates pays nothing. Nothing allocates.
 */
#include <stdint.h>
#include <string.h>

#include "anonymize/names_internal.h"
#include "anonymize/names_dob17.h"
#include "anonymize/names_scan59.h"

#define UP_LINES 16   /* lines read up from a list's row for its header */
#define UP_BYTES 2048 /* ... and bytes */

static unsigned year_in(const uint8_t *t, size_t a, size_t b)
{
    for (size_t i = a; i + 4 <= b; i++) {
        if ((i > a && is_digit(t[i - 1])) || t[i] < '1' || t[i] > '2' || !is_digit(t[i + 1]) ||
            !is_digit(t[i + 2]) || !is_digit(t[i + 3]) || (i + 4 < b && is_digit(t[i + 4])))
            continue;
        return (unsigned)((t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 +
                          (t[i + 3] - '0'));
    }
    if (b - a >= 6 && is_digit(t[b - 1]) && is_digit(t[b - 2]) && !is_digit(t[b - 3])) {
        unsigned yy = (unsigned)((t[b - 2] - '0') * 10 + (t[b - 1] - '0')); /* "17.09.41" */
        return yy <= nw_dob10_this_year() % 100 ? 2000 + yy : 1900 + yy;
    }
    return 0;
}

/* A year a person of age is born in. */
static int adult_year(unsigned y)
{
    return y >= 1900 && y <= nw_dob10_newest_year();
}

/* The capital of a name word at p: ASCII, or a two-byte Latin capital (U+00C0 .. U+00DE). */
static int cap_at(const uint8_t *t, size_t p, size_t len)
{
    return is_up(t[p]) || (t[p] == 0xC3 && p + 1 < len && t[p + 1] >= 0x80 && t[p + 1] <= 0x9E &&
                           t[p + 1] != 0x97);
}

static int letter_byte(uint8_t c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* t[a .. b) is a name of two to four words: each capitalised (or in capitals), letters, '-' and
 * '\'' inside, at most one comma after the first ("Okafor, Chidi"), short lower-case particles
 * between ("de Graaf"). caps: every letter a capital ("OKAFOR SIOBHAN"). */
static int person_words(const uint8_t *t, size_t len, size_t a, size_t b, int caps)
{
    int words = 0, commas = 0, parts = 0;
    while (a < b && t[a] == ' ')
        a++;
    while (b > a && t[b - 1] == ' ')
        b--;
    while (a < b) {
        size_t ws = a;
        while (a < b && (letter_byte(t[a]) || t[a] == '-' || t[a] == '\''))
            a++;
        if (a - ws < 2 || a - ws > 24)
            return 0;
        if (cap_at(t, ws, len)) {
            if (caps)
                for (size_t k = ws; k < a; k++)
                    if (t[k] >= 'a' && t[k] <= 'z')
                        return 0;
            words++;
        } else if (caps || a - ws > 3 || ++parts > 2) {
            return 0;
        }
        if (a < b && t[a] == ',') {
            if (++commas > 1 || words != 1)
                return 0;
            a++;
        }
        if (a < b && t[a] != ' ')
            return 0;
        while (a < b && t[a] == ' ')
            a++;
    }
    return words >= 2 && words <= 4 ? words : 0;
}

/* Past a list's bullet at a ("- ", "* ", "• ", "1. ", "2) "). */
static size_t past_bullet(const uint8_t *t, size_t a, size_t b)
{
    if (a + 2 <= b && (t[a] == '-' || t[a] == '*') && t[a + 1] == ' ')
        return a + 2;
    if (a + 4 <= b && t[a] == 0xE2 && t[a + 1] == 0x80 && t[a + 2] == 0xA2 && t[a + 3] == ' ')
        return a + 4;
    size_t k = a;
    while (k < b && k - a < 3 && is_digit(t[k]))
        k++;
    if (k > a && k + 1 < b && (t[k] == '.' || t[k] == ')') && t[k + 1] == ' ')
        return k + 2;
    return a;
}

/* Past Polish " r." (roku) after a date at e ("28.08.1998 r."). */
static size_t past_rok(const uint8_t *t, size_t len, size_t e)
{
    return e + 3 <= len && t[e] == ' ' && t[e + 1] == 'r' && t[e + 2] == '.' ? e + 3 : e;
}

/* After the date's end e: the line ends, or a note after a dash ("Maria Keller (04.03.1987) –
 * please check"), spaces allowed before either. */
static int line_done(const uint8_t *t, size_t len, size_t e)
{
    e = past_rok(t, len, e);
    while (e < len && t[e] == ' ')
        e++;
    if (e == len || t[e] == '\n' || t[e] == '\r')
        return 1;
    if (e + 1 < len && t[e] == '-' && t[e + 1] == ' ')
        return 1;
    return e + 3 < len && t[e] == 0xE2 && t[e + 1] == 0x80 &&
           (t[e + 2] == 0x93 || t[e + 2] == 0x94);
}

/* "Katrin Weber (26.12.1941)", "- Sergio Romero (19.12.1944)": the line opens with the name
 * (after a bullet), the bracket holds the date alone and ends the line (or a dash's note). */
static int name_line_bracket(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    e = past_rok(t, s->len, e);
    if (ds < 6 || t[ds - 1] != '(' || t[ds - 2] != ' ' || e >= s->len || t[e] != ')' ||
        !line_done(t, s->len, e + 1))
        return 0;
    size_t ls = nw_line_start(s, ds - 2);
    if (ds - 2 - ls > 80)
        return 0;
    return person_words(t, s->len, past_bullet(t, ls, ds - 2), ds - 2, 0) != 0;
}

/* Is a word of t[a .. b) an ordinary word that is no name, a term, a label or a place ("ANNUAL
 * REPORT", "FINAL INVOICE", "BERLIN OFFICE")? */
static int common_word(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    while (a < b) {
        while (a < b && !letter_byte(t[a]))
            a++;
        size_t ws = a;
        while (a < b && letter_byte(t[a]))
            a++;
        if (a == ws)
            continue;
        unsigned lx = nw_lexicon_in(t, s->len, ws, a);
        if ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !nw_lexname(lx))
            return 1;
        char buf[32];
        const char *f = nw_fold_span(s, ws, a, buf, sizeof buf);
        if (f && *f && (nw_cats(f) & (C_NOT | C_TERM | C_LABEL | C_PLACE)))
            return 1;
    }
    return 0;
}

/* "OKAFOR SIOBHAN 04/09/1989 M": a name in capitals opens the line, the date follows it after
 * spaces, and a sex letter or the line's end follows the date (a roster's or a ward list's
 * columns: "NAVARRO ÁLVARO 1948-01-06 – please check"). */
static int caps_roster(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = e;
    while (k < s->len && t[k] == ' ')
        k++;
    int sex = k > e && k < s->len && strchr("MFWDmfwd", t[k]) &&
              !(k + 1 < s->len && (is_alnum(t[k + 1]) || t[k + 1] >= 0x80));
    if (!sex && !line_done(t, s->len, e))
        return 0;
    size_t p = ds;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p == ds)
        return 0;
    size_t ls = nw_line_start(s, p), a = past_bullet(t, ls, p);
    return p - ls <= 64 && person_words(t, s->len, a, p, 1) != 0 && (sex || !common_word(s, a, p));
}

/* Swedish and Danish "f." (född, født) right before the date after a name: "Holmgren, f. 23
 * oktober 1942", "Ekström (f. 04.12.1946)", "Lundgren, f.: 06/08/1959". */
static int nordic_mark(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t p = ds;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p > 0 && t[p - 1] == ':')
        p--;
    if (p < 4 || t[p - 1] != '.' || (t[p - 2] | 32) != 'f')
        return 0;
    size_t m = p - 2; /* the mark's 'f' */
    if (t[m - 1] == '(') {
        m--;
        while (m > 0 && t[m - 1] == ' ')
            m--;
    } else if (t[m - 1] == ' ' && t[m - 2] == ',') {
        m -= 2;
    } else {
        return 0;
    }
    if (m == 0 || !letter_byte(t[m - 1]))
        return 0;
    size_t ws = m;
    while (ws > 0 && (letter_byte(t[ws - 1]) || t[ws - 1] == '-'))
        ws--;
    return m - ws >= 2 && cap_at(t, ws, s->len);
}

/* A row of a "name  date" list: the date ends the line, the name before it, split from it by two
 * spaces, a tab or a dash. */
static int list_row(const struct sc *s, size_t ls, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (!line_done(t, s->len, e) ||
        (e < s->len && t[e] == ' ' && e + 1 < s->len && t[e + 1] != ' ' && t[e + 1] != '\n'))
        return 0;
    size_t p = ds;
    if (p > ls && t[p - 1] == '\t') {
        p--;
    } else if (p >= ls + 2 && t[p - 1] == ' ' && t[p - 2] == ' ') {
        while (p > ls && t[p - 1] == ' ')
            p--;
    } else if (p >= ls + 3 && t[p - 1] == ' ' && t[p - 2] == '-' && t[p - 3] == ' ') {
        p -= 3;
    } else if (p >= ls + 5 && t[p - 1] == ' ' && t[p - 4] == 0xE2 && t[p - 3] == 0x80 &&
               t[p - 2] == 0x93 && t[p - 5] == ' ') {
        p -= 5;
    } else {
        return 0;
    }
    return p - ls <= 64 && person_words(t, s->len, past_bullet(t, ls, p), p, 0) != 0;
}

/* Does the line t[a .. b) name a birth, with no digit in it (a header, not a row)? */
static int birth_header(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b - a > 160)
        return 0;
    int birth = 0;
    for (size_t i = a; i < b; i++) {
        if (is_digit(t[i]))
            return 0;
        if (!birth && (i == a || !letter_byte(t[i - 1])) && nw_birth_word_at(s, i, b))
            birth = 1;
    }
    return birth;
}

/* "Columns: Nombre, Fecha nac.\n\nRocío Navarro - 07.12.96\n...": the row's date ends its line,
 * and reading up over rows that end in a digit and blank lines, the first other line names a
 * birth and holds no digit. */
static int list_under_birth_header(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = nw_line_start(s, ds);
    if (ls == 0 || !list_row(s, ls, ds, e))
        return 0;
    size_t lo = ls > UP_BYTES ? ls - UP_BYTES : 0, le = ls - 1;
    for (int n = 0; n < UP_LINES && le > lo; n++) {
        size_t a = le;
        while (a > lo && t[a - 1] != '\n')
            a--;
        if (a == lo && lo > 0)
            return 0;
        size_t z = le;
        while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\r' || t[z - 1] == '\t'))
            z--;
        if (z > a && !is_digit(t[z - 1]))
            return birth_header(s, a, z);
        if (a == 0)
            return 0;
        le = a - 1;
    }
    return 0;
}

/* "Chiara Rossi – 86 J. – 15.7.1940", "Daldal Lundgren, 33, f. 23.4.1993": an age that agrees
 * with the date's year (this year's age or last year's) right before it, with its unit ("J.",
 * "y", "yo", "y/o", "yrs", "ans", "años", "anni", "anos", "år", "lat") or after a name and a
 * comma, a dash, a comma or Nordic "f." between. */
static int age_before(const struct sc *s, size_t ds, unsigned y)
{
    static const char *const units[] = {"J.",        "J",   "y",           "yo",   "y/o",
                                        "yrs",       "ans", "a\303\261os", "anni", "anos",
                                        "\303\245r", "lat", "j",           "jr"};
    const uint8_t *t = s->t;
    size_t p = ds;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p >= 2 && (t[p - 1] == '.' && (t[p - 2] | 32) == 'f') && (p < 3 || t[p - 3] == ' '))
        p -= 2; /* "33, f. 23.4.1993" */
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == ','))
        p--;
    if (p >= 3 && t[p - 1] == 0x93 && t[p - 2] == 0x80 && t[p - 3] == 0xE2)
        p -= 3;
    else if (p >= 1 && t[p - 1] == '-')
        p--;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    size_t ue = p; /* the unit, if any */
    while (p > 0 && ue - p < 5 && (letter_byte(t[p - 1]) || t[p - 1] == '.' || t[p - 1] == '/'))
        p--;
    int unit = 0;
    if (p < ue) {
        char w[8];
        if (ue - p >= sizeof w)
            return 0;
        memcpy(w, t + p, ue - p);
        w[ue - p] = 0;
        for (size_t k = 0; k < sizeof units / sizeof units[0] && !unit; k++)
            unit = strcmp(w, units[k]) == 0;
        if (!unit)
            return 0;
        if (p > 0 && t[p - 1] == ' ')
            p--;
    }
    size_t ne = p;
    while (p > 0 && ne - p < 3 && is_digit(t[p - 1]))
        p--;
    if (p == ne || (p > 0 && (is_alnum(t[p - 1]) || t[p - 1] == '.' || t[p - 1] == '/')))
        return 0;
    unsigned age = 0;
    for (size_t k = p; k < ne; k++)
        age = age * 10 + (unsigned)(t[k] - '0');
    unsigned now = nw_dob10_this_year();
    if (age < 1 || (age != now - y && age + 1 != now - y))
        return 0;
    if (unit)
        return 1;
    /* a bare age: a name and a comma before it ("Daldal Lundgren, 33, f. ...") */
    if (p < 3 || t[p - 1] != ' ' || t[p - 2] != ',')
        return 0;
    size_t ls = nw_line_start(s, p - 2);
    return p - 2 - ls <= 64 && person_words(t, s->len, past_bullet(t, ls, p - 2), p - 2, 0) != 0;
}

int nw_dob17_birth(const struct sc *s, size_t ds, size_t e)
{
    if (ds < 3)
        return 0;
    uint8_t b = s->t[ds - 1];
    if (b != ' ' && b != '(' && b != '\t')
        return 0; /* cheap first test: the byte before the date */
    unsigned y = year_in(s->t, ds, e);
    if (!y || y > nw_dob10_this_year())
        return 0;
    if (adult_year(y) && (name_line_bracket(s, ds, e) || caps_roster(s, ds, e)))
        return 1;
    return y >= 1900 &&
           (nordic_mark(s, ds) || list_under_birth_header(s, ds, e) || age_before(s, ds, y));
}

/* A month and a two-digit year at the digits [i, d) after a birth label: "dob: Jan '62",
 * "Born: November 68", "DOB 08/73" (i at the month's digits, d at the year's end). The value's
 * start, or 0. */
size_t nw_dob17_month_yy(const struct sc *s, size_t i, size_t d, size_t *end)
{
    const uint8_t *t = s->t;
    size_t ms, ye;
    if (d - i == 2 && d + 3 <= s->len && t[d] == '/' && is_digit(t[d + 1]) &&
        is_digit(t[d + 2])) { /* "08/73" */
        unsigned m = (unsigned)(t[i] - '0') * 10 + (unsigned)(t[i + 1] - '0');
        if (m < 1 || m > 12 || (i > 0 && (is_alnum(t[i - 1]) || strchr("/.-", t[i - 1]))))
            return 0;
        ms = i, ye = d + 3;
    } else if (d - i == 2 && i >= 4 && (t[i - 1] == ' ' || t[i - 1] == '\'')) { /* "Jan '62" */
        size_t we = i - 1;
        if (t[we] == '\'') {
            if (t[we - 1] != ' ')
                return 0;
            we--;
        }
        ms = we;
        while (ms > 0 && we - ms < 12 && letter_byte(t[ms - 1]))
            ms--;
        if (we - ms < 3 || (ms > 0 && (is_alnum(t[ms - 1]) || t[ms - 1] == '.')) ||
            !nw_may_be(t + ms, s->len - ms, C_MONTH))
            return 0;
        char buf[16];
        const char *f = nw_fold_span(s, ms, we, buf, sizeof buf);
        if (!f || !nw_month(f))
            return 0;
        ye = d;
    } else {
        return 0;
    }
    if (ye < s->len && (is_alnum(t[ye]) || t[ye] >= 0x80 || t[ye] == '/' || t[ye] == '-' ||
                        t[ye] == '\'' || (t[ye] == '.' && ye + 1 < s->len && is_digit(t[ye + 1]))))
        return 0;
    size_t p = ms; /* the label right before: "dob: ", "Born ", "DOB - ", "born in " */
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == ':' || t[p - 1] == '-'))
        p--;
    if (p >= 4 && t[p - 1] == 'n' && t[p - 2] == 'i' && t[p - 3] == ' ')
        for (p -= 3; p > 0 && t[p - 1] == ' ';)
            p--;
    if (p == ms || p < 2)
        return 0;
    size_t ws = p;
    while (ws > 0 && p - ws < 24 &&
           (letter_byte(t[ws - 1]) || t[ws - 1] == '.' || t[ws - 1] == '-'))
        ws--;
    for (size_t k = ws; k < p; k++)
        if ((k == ws || !letter_byte(t[k - 1])) && nw_birth_word_at(s, k, p + 1)) {
            *end = ye;
            return ms;
        }
    return 0;
}

/* A date as OCR or a hurried hand writes it after a birth label: spaced dots ("09 . 04 . 1995")
 * or the month's name glued between day and year ("19november1948"), at the day's digits
 * [i, d). Its end, or 0. */
size_t nw_dob17_ocr_date(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    size_t n = s->len, k = d, e = 0;
    if (d - i > 2 || (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '.')))
        return 0;
    if (k + 3 < n && t[k] == ' ' && t[k + 1] == '.' && t[k + 2] == ' ') {
        size_t m = k + 3, me = m;
        while (me < n && me - m < 2 && is_digit(t[me]))
            me++;
        if (me == m || me + 7 > n || t[me] != ' ' || t[me + 1] != '.' || t[me + 2] != ' ')
            return 0;
        size_t y = me + 3, ye = y;
        while (ye < n && ye - y < 4 && is_digit(t[ye]))
            ye++;
        if (ye - y != 4 && ye - y != 2)
            return 0;
        e = ye;
    } else if (k < n && t[k] >= 'a' && t[k] <= 'z') {
        size_t me = k;
        while (me < n && me - k < 10 && t[me] >= 'a' && t[me] <= 'z')
            me++;
        size_t ye = me;
        while (ye < n && ye - me < 4 && is_digit(t[ye]))
            ye++;
        if (ye - me != 4 || me - k < 3 || !nw_may_be(t + k, n - k, C_MONTH))
            return 0; /* the year's digits first: "64bit", "2px" end here */
        char buf[16];
        const char *f = nw_fold_span(s, k, me, buf, sizeof buf);
        if (!f || !nw_month(f))
            return 0;
        e = ye;
    } else {
        return 0;
    }
    if (e < n && (is_alnum(t[e]) || (t[e] == '.' && e + 1 < n && is_digit(t[e + 1]))))
        return 0;
    return nw_birth_before(s, i) || nw_scan59_ocr_label(s, i) ? e : 0;
}
