/* names_dob14.c: dates of birth whose birth cue is a structure's, not the text's (branch dob14,
 * issue 15). A combinatorial grid (gen_dob14.py: cue x format x gap x container) showed the
 * cues of every language reaching their dates in prose and forms, and failing by the gap:
 *
 * - a nested key: the date is the value of a generic field ("value", "date", "datum"...) whose
 *   parent key one or more lines up names the birth: YAML "date_of_birth:\n  value: ...", JSON
 *   "\"dob\": {\n  \"source\": \"passport\",\n  \"value\": ...", XML "<dateOfBirth>\n
 *   <value>...". The parent is the nearest line above with less indentation; sibling lines
 *   between (more or equal indentation) are skipped; a blank line ends the search.
 * - an SQL row: "INSERT INTO t (id, name, dob) VALUES (7, 'X', '1987-03-04')": the value's
 *   position in its tuple picks its column in the list before VALUES.
 * - an HTML form: "<label for=\"f\">Date of birth</label>\n<input id=\"f\" value=\"...\">":
 *   the input right after a label that names the birth.
 * - a birthday whose owner is a thing ("our company's birthday", "the iPod's birthday") is no
 *   one's birth.
 * - a month and a year alone ("March 1987", "03/1987") after a birth cue (decided: labelled, it
 *   is a date of birth; nothing else makes one).
 *
 * The one thing to know: every rule names a birth by the same birth words as names_dates.c
 * (nw_birth_word_at) and is asked only at a date no other rule took (or, for the month and year,
 * at a year run after a month), so text without dates pays nothing. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* The start of the line holding p, looked for back to lo at most: SIZE_MAX when the line starts
 * before lo (a long line is no key's: the walk stays linear on a text of one line). */
static size_t line_start(const uint8_t *t, size_t p, size_t lo)
{
    while (p > lo && t[p - 1] != '\n')
        p--;
    return p > 0 && t[p - 1] != '\n' ? SIZE_MAX : p;
}

static size_t blank_run(const uint8_t *t, size_t a, size_t b)
{
    size_t k = a;
    while (k < b && (t[k] == ' ' || t[k] == '\t'))
        k++;
    return k - a;
}

/* Is there a birth word in t[a, b) starting a word or a camelCase part, and no word of another
 * document or fact of the birth ("birth_certificate", "birthplace")? */
static int names_birth(const struct sc *s, size_t a, size_t b)
{
    static const char *const other[] = {"certif", "place", "ort",  "plaats", "regist",
                                        "luogo",  "lugar", "lieu", "akte"};
    const uint8_t *t = s->t;
    int found = 0;
    for (size_t i = a; i < b; i++) {
        if (i > a && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80) &&
            !(is_up(t[i]) && t[i - 1] >= 'a' && t[i - 1] <= 'z'))
            continue;
        size_t n = nw_birth_word_at(s, i, b);
        if (n) {
            found = 1;
            i += n - 1;
            continue;
        }
        for (size_t k = 0; k < sizeof other / sizeof *other; k++) {
            size_t m = strlen(other[k]), q = 0;
            while (q < m && i + q < b && (t[i + q] | 32) == (uint8_t)other[k][q])
                q++;
            if (q == m)
                return 0;
        }
    }
    return found;
}

/* The date at ds is a generic field's value on its own line ("value: ", "\"date\": \"",
 * "<value>"), and the parent key above names a birth. */
static int nested_key(const struct sc *s, size_t ds)
{
    static const char *const generic[] = {"value", "val", "date", "datum", "data", "fecha", "dt"};
    const uint8_t *t = s->t;
    size_t lo = ds > 400 ? ds - 400 : 0, ls = line_start(t, ds, lo);
    if (ls == SIZE_MAX)
        return 0;
    size_t ind = blank_run(t, ls, ds), k = ls + ind, a, b;
    if (k < ds && (t[k] == '"' || t[k] == '<' || t[k] == '\''))
        k++;
    for (a = k; k < ds && (is_alnum(t[k]) || t[k] == '_');)
        k++;
    b = k;
    if (b == a || b - a > 8)
        return 0;
    while (k < ds && (t[k] == '"' || t[k] == '\'' || t[k] == ':' || t[k] == '>' || t[k] == '=' ||
                      t[k] == ' '))
        k++;
    char buf[16];
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    if (k != ds || !f || !NW_ONE_OF(f, generic))
        return 0;
    size_t p = ls;
    for (int lines = 0; p > 0 && lines < 6 && ds - p < 400; lines++) {
        size_t pe = p - 1, ps = line_start(t, pe, lo);
        if (ps == SIZE_MAX)
            return 0; /* the parent's line reaches back past the window */
        size_t pi = blank_run(t, ps, pe);
        if (ps + pi == pe)
            return 0; /* a blank line: another block */
        if (pi < ind) {
            size_t q = pe;
            while (q > ps && (t[q - 1] == ' ' || t[q - 1] == '\r'))
                q--;
            if (q == ps || !strchr(":{[>", t[q - 1]))
                return 0; /* the line above is no parent key */
            return names_birth(s, ps + pi, q);
        }
        p = ps;
    }
    return 0;
}

static int word_ci(const uint8_t *t, size_t i, size_t len, const char *w)
{
    size_t n = strlen(w);
    if (i + n > len)
        return 0;
    for (size_t q = 0; q < n; q++)
        if ((t[i + q] | 32) != (uint8_t)w[q])
            return 0;
    return 1;
}

/* The date at ds is a quoted value of "INSERT ... (cols) VALUES (...)" under a column that names
 * a birth. */
static int sql_column(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    if (ds < 16 || (t[ds - 1] != '\'' && t[ds - 1] != '"'))
        return 0;
    size_t o = ds - 1, lo = ds > 400 ? ds - 400 : 0;
    while (o > lo && t[o] != '(' && t[o] != ')' && t[o] != ';')
        o--;
    if (t[o] != '(')
        return 0;
    size_t v = o;
    while (v > lo && t[v - 1] == ' ')
        v--;
    if (v < lo + 6 || !word_ci(t, v - 6, s->len, "values"))
        return 0;
    unsigned n = 0;
    int q = 0;
    for (size_t k = o + 1; k < ds - 1; k++) {
        if (t[k] == '\'' || t[k] == '"')
            q = !q;
        else if (!q && t[k] == ',')
            n++;
    }
    size_t c = v - 6;
    while (c > lo && (t[c - 1] == ' ' || t[c - 1] == '\n'))
        c--;
    if (c <= lo || t[c - 1] != ')')
        return 0;
    size_t ce = c - 1, cs = ce;
    while (cs > lo && t[cs - 1] != '(' && t[cs - 1] != ')' && t[cs - 1] != '\'')
        cs--;
    if (cs == lo || t[cs - 1] != '(')
        return 0;
    unsigned col = 0;
    for (size_t k = cs, a = cs; k <= ce; k++) /* the n-th column's name */
        if (k == ce || t[k] == ',') {
            if (col++ == n)
                return names_birth(s, a, k);
            a = k + 1;
        }
    return 0;
}

/* The date at ds is the value of an <input> right after a <label> that names a birth. */
static int label_input(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    if (ds < 24 || (t[ds - 1] != '"' && t[ds - 1] != '\'') || !word_ci(t, ds - 7, s->len, "value"))
        return 0;
    size_t lo = ds > 320 ? ds - 320 : 0, g = ds - 7;
    while (g > lo && t[g] != '<' && t[g] != '>')
        g--;
    if (t[g] != '<' || !word_ci(t, g + 1, s->len, "input"))
        return 0;
    while (g > lo && (t[g - 1] == ' ' || t[g - 1] == '\n' || t[g - 1] == '\t' || t[g - 1] == '\r'))
        g--;
    if (g < lo + 8 || !word_ci(t, g - 8, s->len, "</label>"))
        return 0;
    size_t le = g - 8, lb = le;
    while (lb > lo && t[lb - 1] != '>' && t[lb - 1] != '<')
        lb--;
    return lb > lo && t[lb - 1] == '>' && le - lb < 80 && names_birth(s, lb, le);
}

int nw_dob14_birth(const struct sc *s, size_t ds, size_t e)
{
    (void)e;
    const uint8_t *t = s->t;
    if (ds == 0)
        return 0;
    uint8_t c = t[ds - 1];
    if (c == ' ' || c == '>' || c == '"' || c == '\'')
        return nested_key(s, ds) || sql_column(s, ds) || label_input(s, ds);
    return 0;
}

/* A month and a year with no day after a birth cue: "Date of birth: March 1987", "DOB 03/1987".
 * The year's digits at [i, d); the date's start, or 0. */
size_t nw_dob14_month_year(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    unsigned y = (unsigned)(t[i] - '0') * 1000 + (unsigned)(t[i + 1] - '0') * 100 +
                 (unsigned)(t[i + 2] - '0') * 10 + (unsigned)(t[i + 3] - '0');
    if (y < 1900 || y > nw_dob10_this_year() || i < 3 ||
        (d < s->len && (is_alnum(t[d]) || t[d] == '/' || t[d] == '-' ||
                        (t[d] == '.' && d + 1 < s->len && is_digit(t[d + 1])))))
        return 0;
    size_t ms;
    if (t[i - 1] == '/' || t[i - 1] == '.' || t[i - 1] == '-') {
        ms = i - 1;
        while (ms > 0 && i - 1 - ms < 2 && is_digit(t[ms - 1]))
            ms--;
        if (ms == i - 1 || (ms > 0 && (is_alnum(t[ms - 1]) || strchr("/.-", t[ms - 1]))))
            return 0;
        unsigned m = (unsigned)(t[ms] - '0');
        if (i - 1 - ms == 2)
            m = m * 10 + (unsigned)(t[ms + 1] - '0');
        if (m < 1 || m > 12)
            return 0;
    } else if (t[i - 1] == ' ') {
        size_t we = i - 1;
        ms = we;
        while (ms > 0 && we - ms < 12 && (nw_letter(t + ms - 1, 1) || t[ms - 1] >= 0x80))
            ms--;
        while (ms < we && (t[ms] & 0xC0) == 0x80)
            ms++;
        if (we - ms < 3 || (ms > 0 && (is_alnum(t[ms - 1]) || t[ms - 1] == '.')))
            return 0;
        char buf[16];
        const char *f = nw_fold_span(s, ms, we, buf, sizeof buf);
        if (!f || !(nw_month(f) || nw_month_more(s, ms) == we))
            return 0;
        size_t b = ms;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        if (b > 0 && is_digit(t[b - 1]))
            return 0; /* "4 March 1987" is a whole date, read (or refused) as one */
        if (b >= 3 && (word_ci(t, b - 3, s->len, " of") || word_ci(t, b - 3, s->len, " de")))
            return 0;
    } else
        return 0;
    return nw_birth_before(s, ms) ? ms : 0;
}

/* The birthday word at i has a thing for its owner: "our company's birthday", "the shop's 30th
 * birthday", "the iPod's birthday" (a word with a capital after its first letter: a product). */
int nw_dob14_thing_birthday(const struct sc *s, size_t i)
{
    static const char *const things[] = {
        "company",   "firm",       "shop",    "store",    "brand",        "club",
        "team",      "school",     "city",    "town",     "app",          "website",
        "site",      "blog",       "product", "project",  "channel",      "band",
        "business",  "restaurant", "startup", "podcast",  "game",         "magazine",
        "journal",   "museum",     "hotel",   "agency",   "studio",       "library",
        "community", "server",     "forum",   "festival", "organisation", "organization"};
    const uint8_t *t = s->t;
    if (!word_ci(t, i, s->len, "birthday"))
        return 0;
    size_t p = i;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    size_t q = p; /* an ordinal between: "30th" */
    while (q > 0 && ((t[q - 1] >= 'a' && t[q - 1] <= 'z') || is_digit(t[q - 1])) && p - q < 6)
        q--;
    if (q < p && is_digit(t[q]))
        for (p = q; p > 0 && t[p - 1] == ' ';)
            p--;
    if (p >= 2 && (t[p - 1] | 32) == 's' && t[p - 2] == '\'')
        p -= 2;
    else if (p >= 4 && (t[p - 1] | 32) == 's' && memcmp(t + p - 4, "\342\200\231", 3) == 0)
        p -= 4;
    else
        return 0;
    size_t a = p;
    while (a > 0 && p - a < 16 && is_alnum(t[a - 1]))
        a--;
    if (a == p)
        return 0;
    for (size_t k = a + 1; k < p; k++)
        if (is_up(t[k]) && t[k - 1] >= 'a' && t[k - 1] <= 'z')
            return 1; /* "iPod", "eBay", "YouTube" */
    char buf[16];
    const char *f = nw_fold_span(s, a, p, buf, sizeof buf);
    return f && NW_ONE_OF(f, things);
}
