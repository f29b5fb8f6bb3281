/* names_dob46.c: dates of birth that layouts and escapes separate from their label, and animals'
 * births beside them (branch dob46, issue 15), written after gen_dob46.py had been graded and
 * its misses grouped by mechanism.
 *
 * A date the date reader read and no birth test took is a birth when:
 * - pdftotext put the other column's text between its label and it: the line opens with a birth
 *   label, its colon and a gap, another label's value follows, and the date ends the line
 *   (`Geburtsdatum:  Erstzulassung: 14.02.2002  20.10.1962`);
 * - it stands in a space-aligned table under a head cell that is a birth mark (`f.`, `b.`, `g.`,
 *   `född`, `DOB`): the head is the nearest line above without a digit, the cell at the date's
 *   column;
 * - the line above names a person with a maiden name (`X geb. Y`, `née`, `roz.`, `z d.`) and the
 *   date opens its line after a star or `°`, or stands alone on it under a head that asks for the
 *   birth (`Name (maiden name), date of birth:`);
 * - a key escaped twice names the birth (`\\\"fodelsedatum\\\":\\\"1981-07-11`);
 * - it is a bracketed item of a list whose head names the birth (`Születési idő (év.hó.nap.)\n•
 *   X (2016. 01. 25.)`).
 * And nw_dob46_veto(): a date that an animal's clause, key or table column holds (`our dog
 * Biscuit was born on 15 October 2012`, `pet_birth_date`, a table headed `Pferd  Geb.`) is no
 * person's birth, and neither is a date under another label on the line after a maiden name
 * (`Eigentümer: X geb. Y\nPrüfung: 4.8.2024`).
 *
 * The one thing to know: every test starts from the date's own line and reads a few lines above,
 * bounded; they run only at a date the reader found (rare in text without PII); nothing here
 * allocates.
 */
#include <stdint.h>
#include <string.h>

#include "anonymize/names_internal.h"

static size_t line_start(const uint8_t *t, size_t i)
{
    while (i > 0 && t[i - 1] != '\n')
        i--;
    return i;
}

static size_t line_end(const struct sc *s, size_t i)
{
    while (i < s->len && s->t[i] != '\n')
        i++;
    return i;
}

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

/* A birth word at a word's start in t[a .. b). */
static int birth_in(const struct sc *s, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if ((k == a || !word_byte(s->t[k - 1])) && word_byte(s->t[k]) && nw_birth_word_at(s, k, b))
            return 1;
    return 0;
}

/* Does t[a .. b) hold two spaces in a row (a column's gap)? */
static int gap_in(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = a; k + 1 < b; k++)
        if (t[k] == ' ' && t[k + 1] == ' ')
            return 1;
    return 0;
}

/* `LABEL:  OTHER LABEL: VALUE  DATE` with the birth word in LABEL and the date ending the line. */
static int split_row(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(t, ds), le = line_end(s, e), c;
    size_t k = e;
    while (k < le && t[k] == ' ')
        k++;
    if (k != le || ds < ls + 2 || t[ds - 1] != ' ' || t[ds - 2] != ' ')
        return 0;
    for (c = ls; c < ds && c - ls < 48 && t[c] != ':'; c++)
        ;
    if (c >= ds || t[c] != ':' || c + 2 >= ds || t[c + 1] != ' ' || t[c + 2] != ' ' ||
        !birth_in(s, ls, c))
        return 0;
    /* another label's colon between, so the gap holds the other column */
    for (k = c + 3; k < ds; k++)
        if (t[k] == ':')
            return 1;
    return 0;
}

/* Head cells that mark a birth column alone. */
static const char *const head_marks[] = {
    "f.",           "b.",    "g.",    "s.",   "n.",         "f\303\266dd",
    "f\303\270dt",  "dob",   "born",  "geb.", "nar.",       "ur.",
    "sz\303\274l.", "synt.", "nasc.", "d.t.", "do\304\237."};

/* The nearest line above ls without a digit, over at most 12 lines and a rule of dashes; its
 * start, or SIZE_MAX. */
static size_t head_line(const uint8_t *t, size_t ls)
{
    for (int n = 0; n < 12 && ls > 0; n++) {
        size_t ps = line_start(t, ls - 1), k;
        if (ps + 1 >= ls)
            return SIZE_MAX; /* a blank line */
        for (k = ps; k < ls - 1 && !is_digit(t[k]); k++)
            ;
        if (k == ls - 1 && t[ps] != '-')
            return ps;
        ls = ps;
    }
    return SIZE_MAX;
}

/* The width of t[a .. b) in characters (UTF-8 continuation bytes not counted). */
static size_t width(const uint8_t *t, size_t a, size_t b)
{
    size_t w = 0;
    for (size_t k = a; k < b; k++)
        w += (t[k] & 0xC0) != 0x80;
    return w;
}

/* The cell of the head line hs that starts at column col, in characters (a space or the line's
 * start before it): its folded word in buf, or NULL. */
static const char *head_cell(const struct sc *s, size_t hs, size_t col, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t he = line_end(s, hs), a = hs, b;
    for (size_t w = 0; a < he && w < col; a++)
        w += (t[a] & 0xC0) != 0x80;
    while (a < he && (t[a] & 0xC0) == 0x80)
        a++;
    if (a >= he || t[a] == ' ' || (a > hs && t[a - 1] != ' '))
        return NULL;
    for (b = a; b < he && !(t[b] == ' ' && (b + 1 >= he || t[b + 1] == ' ')); b++)
        ;
    return b - a < cap - 1 ? nw_fold_span(s, a, b, buf, cap) : NULL;
}

/* A date in a space-aligned row under a head whose cell over it is a birth mark. */
static int table_mark(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(t, ds), hs;
    char buf[24];
    if (ds == ls || !gap_in(t, ls, ds + 1) || (hs = head_line(t, ls)) == SIZE_MAX ||
        !gap_in(t, hs, line_end(s, hs)))
        return 0;
    const char *f = head_cell(s, hs, width(t, ls, ds), buf, sizeof buf);
    return f && NW_ONE_OF(f, head_marks);
}

/* Maiden-name marks between a name and the name one was born with. */
static const char *const maiden[] = {" geb. ",   " geborene ",      " n\303\251e ",
                                     " roz. ",   " rozen\303\241 ", " z d. ",
                                     " z domu ", " sz\303\274l. "};

static int maiden_in(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if (t[k] != ' ')
            continue;
        for (size_t j = 0; j < sizeof maiden / sizeof *maiden; j++) {
            size_t n = strlen(maiden[j]);
            if (k + n < b && memcmp(t + k, maiden[j], n) == 0 && nw_upper(t + k + n, b - k - n))
                return 1;
        }
    }
    return 0;
}

/* The line above a maiden name: a star or `°` before the date on the next line, or the date alone
 * on its line under a head that asks for the birth. */
static int after_maiden(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(t, ds);
    if (ls < 2)
        return 0;
    size_t ps = line_start(t, ls - 1);
    if (ls - 1 - ps > 160 || !maiden_in(t, ps, ls - 1))
        return 0;
    size_t k = ls;
    if (k < ds && (t[k] == '*' || (k + 1 < ds && t[k] == 0xC2 && t[k + 1] == 0xB0))) {
        k += t[k] == '*' ? 1 : 2;
        while (k < ds && t[k] == ' ')
            k++;
        return k == ds;
    }
    if (ds != ls || line_end(s, e) != e || ps < 2)
        return 0;
    size_t hs = line_start(t, ps - 1);
    return ps - 1 > hs && t[ps - 2] == ':' && birth_in(s, hs, ps - 1);
}

/* A key escaped twice (or more) right before the value: `\\\"dob\\\":\\\"`. */
static int escaped_key(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t p = ds, lo = ds > 24 ? ds - 24 : 0;
    int bs = 0;
    while (p > lo && (t[p - 1] == '\\' || t[p - 1] == '"' || t[p - 1] == ':' || t[p - 1] == ' ')) {
        bs += t[p - 1] == '\\';
        p--;
    }
    if (bs < 4 || p == ds)
        return 0;
    size_t a = p;
    while (a > 0 && p - a < 32 && (is_alnum(t[a - 1]) || t[a - 1] == '_'))
        a--;
    if (a == p || (a > 0 && t[a - 1] != '"'))
        return 0;
    for (size_t k = a; k < p; k++)
        if ((k == a || t[k - 1] == '_') && nw_birth_word_at(s, k, p))
            return 1;
    return 0;
}

/* `X (DATE)` as an item of a list whose head line (the nearest line above that is no item) names
 * the birth. */
static int list_item(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(t, ds), k = e;
    if (ds == ls || t[ds - 1] != '(' ||
        !(t[ls] == ' ' || t[ls] == '-' || t[ls] == '*' || t[ls] == '\t' || t[ls] == 0xE2))
        return 0;
    while (k < s->len && t[k] == '.')
        k++;
    if (k >= s->len || t[k] != ')')
        return 0;
    for (int n = 0; n < 8 && ls > 1; n++) {
        size_t ps = line_start(t, ls - 1);
        if (ps + 1 >= ls)
            return 0;
        uint8_t c = t[ps];
        if (!(c == ' ' || c == '-' || c == '*' || c == '\t' || c == 0xE2 /* "•" */))
            return birth_in(s, ps, ls - 1);
        ls = ps;
    }
    return 0;
}

/* A case ending after the date and a birth verb after it on its line: Hungarian "1987. március
 * 3-án született", Turkish "12 Mart 1985'te İzmir'de doğdu". */
static int suffix_then_verb(const struct sc *s, size_t e)
{
    static const char *const tr_verbs[] = {"do\304\237du", "do\304\237mu\305\237", "do\304\237an",
                                           "do\304\237umlu"};
    const uint8_t *t = s->t;
    size_t k = e;
    if (k + 2 < s->len && (t[k] == '-' || t[k] == '\''))
        k++;
    else if (k + 4 < s->len && memcmp(t + k, "\342\200\231", 3) == 0)
        k += 3;
    else
        return 0;
    size_t a = k;
    while (k < s->len && k - a < 8 && word_byte(t[k]))
        k++;
    if (k == a || k - a > 6 || k >= s->len || t[k] != ' ')
        return 0;
    size_t end = k;
    while (end < s->len && end - k < 48 && t[end] != '\n' && t[end] != '.')
        end++;
    if (birth_in(s, k, end))
        return 1;
    for (size_t q = k; q < end; q++)
        if (t[q] == 'd' && (t[q - 1] == ' ' || t[q - 1] == '\''))
            for (size_t j = 0; j < sizeof tr_verbs / sizeof *tr_verbs; j++)
                if (q + strlen(tr_verbs[j]) <= end &&
                    memcmp(t + q, tr_verbs[j], strlen(tr_verbs[j])) == 0)
                    return 1;
    return 0;
}

int nw_dob46_birth(const struct sc *s, size_t ds, size_t e)
{
    return suffix_then_verb(s, e) || split_row(s, ds, e) || table_mark(s, ds) ||
           after_maiden(s, ds, e) || escaped_key(s, ds) || list_item(s, ds, e);
}

/* Animals whose birth a text gives beside a person's (lower case, whole words). */
static const char *const animals[] = {"dog",           "dogs",
                                      "cat",           "puppy",
                                      "horse",         "pony",
                                      "pet",           "hund",
                                      "hunden",        "hunde",
                                      "katze",         "kater",
                                      "pferd",         "chien",
                                      "cheval",        "hond",
                                      "kat",           "paard",
                                      "perro",         "gato",
                                      "caballo",       "cane",
                                      "gatto",         "cavallo",
                                      "c\303\243o",    "cavalo",
                                      "pies",          "kot",
                                      "ko\305\204",    "pes",
                                      "ko\304\215ka",  "k\305\257\305\210",
                                      "kutya",         "kuty\303\241nk",
                                      "macska",        "l\303\263",
                                      "koira",         "koiramme",
                                      "kissa",         "hevonen",
                                      "k\303\266pek",  "k\303\266pe\304\237imiz",
                                      "kedi",          "at\304\261m",
                                      "c\303\242ine",  "c\303\242inele",
                                      "pisic\304\203", "skylos",
                                      "skyli",         "gata",
                                      "h\303\244st",   "hest",
                                      "hesten",        "katten",
                                      "h\303\244sten", "dier",
                                      "haustier",      "animal"};

/* Owners: their words between the animal and the date keep a person's birth. */
static const char *const owners[] = {"owner",      "besitzer",
                                     "halter",     "halterin",
                                     "eigenaar",   "propri\303\251taire",
                                     "ejer",       "\303\244gare",
                                     "eier",       "w\305\202a\305\233ciciel",
                                     "majitel",    "tulajdonos",
                                     "omistaja",   "sahibi",
                                     "proprietar", "dono",
                                     "tutor",      "keeper"};

static int word_of(const struct sc *s, size_t a, size_t b, const char *const *list, size_t n)
{
    char buf[24];
    if (b - a < 2 || b - a >= sizeof buf)
        return 0;
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    return nw_one_of(f, list, n);
}
#define WORD_OF(s, a, b, list) word_of((s), (a), (b), (list), sizeof(list) / sizeof(*(list)))

/* The clause before ds (back to a sentence's end, a comma, a quote, another number, at most one
 * line break, 120 bytes) names an animal and no owner after it; a key's parts split at '_'. */
static int animal_clause(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t i = ds, lo = ds > 120 ? ds - 120 : 0;
    int lines = 0;
    while (i > lo) {
        uint8_t c = t[i - 1];
        if (c == '\n' && ++lines > 1)
            return 0;
        if (c == '!' || c == '?' || c == ',' || c == ';' || c == '{' || is_digit(c))
            return 0;
        if (c == '.' && i < ds && (t[i] == ' ' || t[i] == '\n')) {
            size_t w = i - 1; /* a sentence's full stop; an abbreviation's dot ("apr.") is not */
            while (w > lo && word_byte(t[w - 1]) && i - 1 - w <= 4)
                w--;
            if (i - 1 - w > 4)
                return 0;
        }
        if (!word_byte(c)) {
            i--;
            continue;
        }
        size_t we = i;
        while (i > lo && word_byte(t[i - 1]))
            i--;
        if (WORD_OF(s, i, we, owners))
            return 0;
        if (WORD_OF(s, i, we, animals))
            return 1; /* also a key's part: "pet_birth_date" ('_' is no word byte) */
    }
    return 0;
}

/* A table whose head's first cell is an animal ("Pferd  Geb.  Besitzer"). */
static int animal_table(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(t, ds), hs, k;
    if (ds == ls || !gap_in(t, ls, ds) || (hs = head_line(t, ls)) == SIZE_MAX)
        return 0;
    for (k = hs; k < s->len && word_byte(t[k]);)
        k++;
    return k > hs && WORD_OF(s, hs, k, animals);
}

/* `Label: DATE` on the line after a maiden name, the label no birth's. */
static int label_after_maiden(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(t, ds);
    if (ls < 2 || ds == ls)
        return 0;
    size_t ps = line_start(t, ls - 1);
    if (ls - 1 - ps > 160 || !maiden_in(t, ps, ls - 1) || birth_in(s, ls, ds))
        return 0;
    for (size_t k = ls; k < ds; k++)
        if (t[k] == ':')
            return 1;
    return 0;
}

int nw_dob46_veto(const struct sc *s, size_t ds)
{
    return animal_clause(s, ds) || animal_table(s, ds) || label_after_maiden(s, ds);
}
