/* names_dob12.c: dates of birth shown by their place beside a person, with no birth word near
 * (branch dob12, issue 15).
 *
 * - A case table writes the date in the person's cell or the cell after it, with no header or a
 *   blank one over the date: "| Okafor, Chidi, 04/03/1987 | asylum |", "| Okafor, Chidi |
 *   1987-03-04 | asylum |" (also split by ';' or a tab).
 * - A loan or CRM note brackets the date after the name: "Applicant: Maria Keller (3 Mar 1987),
 *   employed since 2015", "Ivanova (04.03.1987)".
 * - A loyalty export puts the date cell right after an e-mail or a phone cell, its header far
 *   above or absent.
 * - A message says the birth after the date, later in the same sentence ("Das Datum ist der
 *   04.03.1987, an dem Tag ist X geboren", "El 4 de marzo de 1987, ese día nació X"), or marks it
 *   with "s." after the name ("Name, s. 04.03.1987").
 *
 * The one thing to know: the place alone is every dated row's (a hearing, a visit, a last
 * login), so the first three count only for a year at least NW_DOB10_MIN_AGE years back, when
 * the column's header (if any) is blank or names a birth, and when the same column in the rows
 * above and below holds no recent year. Asked only at a date the walk has read and no other rule
 * took; reads a bounded window and allocates nothing.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define UP_LINES 16   /* rows read up for a table's header */
#define UP_BYTES 2048 /* ... and bytes: a long export pays a bounded cost per row */
#define HEAD_LINES 6  /* then the text's first lines, for an export's header far above */

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

/* Any four-digit year (1000..2999) in t[a .. b), or 0. */
static unsigned year4(const uint8_t *t, size_t a, size_t b)
{
    for (size_t i = a; i + 4 <= b; i++) {
        if ((i > a && is_digit(t[i - 1])) || t[i] < '1' || t[i] > '2' || !is_digit(t[i + 1]) ||
            !is_digit(t[i + 2]) || !is_digit(t[i + 3]) || (i + 4 < b && is_digit(t[i + 4])))
            continue;
        return (unsigned)((t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 +
                          (t[i + 3] - '0'));
    }
    return 0;
}

/* A year a person of age may be born in. */
static int birth_year(unsigned y)
{
    return y >= 1900 && y <= nw_dob10_newest_year();
}

/* t[a .. b) holds one to four name words: capitalised (or all capitals), letters, '-' and '\''
 * inside, short lower-case particles between, at most one comma ("Okafor, Chidi", "de Boer,
 * Sanne", "Maria Keller"). The number of capitalised words, or 0. */
static int name_words(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    int words = 0, commas = 0, parts = 0;
    size_t i = a;
    while (i < b && t[i] == ' ')
        i++;
    while (b > i && t[b - 1] == ' ')
        b--;
    if (i >= b)
        return 0;
    while (i < b) {
        size_t ws = i;
        while (i < b && (word_byte(t[i]) || t[i] == '-' || t[i] == '\''))
            i++;
        if (i == ws || i - ws > 24)
            return 0;
        for (size_t k = ws; k < i; k++)
            if (is_digit(t[k]))
                return 0;
        if (is_up(t[ws]) || (t[ws] >= 0xC3 && t[ws] <= 0xC5 && ws + 1 < i && t[ws + 1] >= 0x80 &&
                             t[ws + 1] <= 0x9E)) {
            if (i - ws < 2)
                return 0;
            words++;
        } else if (i - ws > 3 || ++parts > 2) {
            return 0; /* a lower-case word that is no particle: prose */
        }
        if (words > 4)
            return 0;
        if (i < b && t[i] == ',') {
            if (++commas > 1)
                return 0;
            i++;
        }
        if (i < b && t[i] != ' ')
            return 0;
        while (i < b && t[i] == ' ')
            i++;
    }
    return words;
}

/* The cell of row ls..le at column col (split by sep), trimmed, in *cs and *ce; 0 if the row has
 * fewer cells. */
static int cell_of(const uint8_t *t, size_t ls, size_t le, uint8_t sep, unsigned col, size_t *cs,
                   size_t *ce)
{
    unsigned c = 0;
    size_t a = ls;
    for (size_t i = ls; i <= le; i++) {
        if (i < le && t[i] != sep)
            continue;
        if (c == col) {
            while (a < i && (t[a] == ' ' || t[a] == '\t'))
                a++;
            size_t z = i;
            while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\r' || t[z - 1] == '\t'))
                z--;
            *cs = a;
            *ce = z;
            return 1;
        }
        c++;
        a = i + 1;
    }
    return 0;
}

static unsigned count_sep(const uint8_t *t, size_t a, size_t b, uint8_t sep)
{
    unsigned n = 0;
    for (size_t i = a; i < b; i++)
        n += t[i] == sep;
    return n;
}

static size_t line_end(const struct sc *s, size_t p)
{
    return nw_line_end_at(s, p); /* names_internal.h: the text's line table */
}

/* A rule line of a Markdown table ("|---|:--|"): only '|', '-', ':', ' '. */
static int rule_line(const uint8_t *t, size_t a, size_t b)
{
    int dash = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i] == '-')
            dash = 1;
        else if (t[i] != '|' && t[i] != ':' && t[i] != ' ' && t[i] != '\r')
            return 0;
    }
    return dash;
}

/* The date's column col in the rows of its table (lines ls..le, split by sep) says nothing
 * against a birth: the nearest digit-free row above with as many separators (the header) has a
 * blank cell there, or a birth word, or (for the person's own cell, blank_only 0) a single word;
 * and the rows right above and below hold no year younger than an adult's in that column. */
static int header_says(const struct sc *s, size_t cs, size_t ce, int blank_only)
{
    const uint8_t *t = s->t;
    if (cs == ce)
        return 1;
    for (size_t i = cs; i < ce; i++)
        if ((i == cs || !is_alnum(t[i - 1])) && nw_birth_word_at(s, i, ce))
            return 1;
    if (blank_only)
        return 0;
    for (size_t i = cs; i < ce; i++)
        if (!word_byte(t[i]))
            return 0; /* "Client / Hearing" */
    return 1;
}

/* A digit-free line with n separators among the text's first HEAD_LINES lines, above ls: its
 * cell col in *cs and *ce (an export's header far above its rows). */
static int head_line(const struct sc *s, size_t ls, uint8_t sep, unsigned n, unsigned col,
                     size_t *cs, size_t *ce)
{
    const uint8_t *t = s->t;
    size_t a = 0;
    for (int k = 0; k < HEAD_LINES && a < ls; k++) {
        size_t b = line_end(s, a);
        int digits = 0;
        for (size_t i = a; i < b && !digits; i++)
            digits = is_digit(t[i]);
        if (!digits && count_sep(t, a, b, sep) == n)
            return cell_of(t, a, b, sep, col, cs, ce);
        a = b + 1;
    }
    return 0;
}

static int column_allows(const struct sc *s, size_t ls, size_t le, uint8_t sep, unsigned col,
                         int blank_only)
{
    const uint8_t *t = s->t;
    unsigned n = count_sep(t, ls, le, sep);
    size_t cs, ce, p = ls, floor = ls > UP_BYTES ? ls - UP_BYTES : 0;
    int near = 0;
    unsigned k = 0;
    for (; k < UP_LINES && p > floor; k++) {
        size_t b = p - 1, a = nw_line_start(s, b);
        p = a;
        if (rule_line(t, a, b))
            continue;
        if (count_sep(t, a, b, sep) != n)
            break; /* the table starts below this line */
        int digits = 0;
        for (size_t i = a; i < b && !digits; i++)
            digits = is_digit(t[i]);
        if (!cell_of(t, a, b, sep, col, &cs, &ce))
            break;
        if (digits) {
            unsigned y = near++ ? 0 : year4(t, cs, ce);
            if (y > nw_dob10_newest_year())
                return 0; /* a recent date in the row above: an event's column */
            continue;
        }
        return header_says(s, cs, ce, blank_only);
    }
    if ((k == UP_LINES || (p == floor && p > 0)) && head_line(s, p, sep, n, col, &cs, &ce))
        return header_says(s, cs, ce, blank_only);
    size_t nb = le + 1; /* the row below */
    if (nb < s->len) {
        size_t ne = line_end(s, nb);
        if (count_sep(t, nb, ne, sep) == n && cell_of(t, nb, ne, sep, col, &cs, &ce) &&
            year4(t, cs, ce) > nw_dob10_newest_year())
            return 0;
    }
    return 1;
}

/* The separator that ends a date's cell at e: sep, or the line's end. */
static int cell_ends(const struct sc *s, size_t e, uint8_t sep)
{
    const uint8_t *t = s->t;
    while (e < s->len && t[e] == ' ')
        e++;
    return e >= s->len || t[e] == sep || t[e] == '\n' || t[e] == '\r';
}

/* A spreadsheet's cell reference or row number that opens a pasted row at ls ("A2: ", "B17: ",
 * "Row 12: ", "Zeile 5: "): where the row's first cell starts after it, or ls. */
static size_t cell_ref_end(const uint8_t *t, size_t ls, size_t ce)
{
    size_t k = ls, a;
    while (k < ce && k - ls < 8 && is_alnum(t[k]) && !is_digit(t[k]))
        k++;
    if (k == ls)
        return ls;
    if (k < ce && t[k] == ' ' && k - ls >= 3)
        k++; /* "Row 12", "Linha 375" */
    else if (k - ls > 2)
        return ls; /* a cell reference is one or two letters: "A2", "AB17" */
    a = k;
    while (k < ce && k - a < 6 && is_digit(t[k]))
        k++;
    if (k == a || k + 1 >= ce || t[k] != ':' || t[k + 1] != ' ')
        return ls;
    return k + 2;
}

/* "| Okafor, Chidi, 04/03/1987 |", "| Okafor, Chidi | 1987-03-04 |", "Keller;Maria;1987-03-04;",
 * "A2: Maria Keller<TAB>04.03.1987" (a pasted spreadsheet row) */
static int cell_after_name(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t p = ds;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p == 0)
        return 0;
    uint8_t c = t[p - 1];
    size_t ls = nw_line_start(s, p - 1), le = line_end(s, e);
    uint8_t sep;
    if (c == ',' && memchr(t + ls, '|', p - ls))
        sep = '|'; /* the name's own cell: "| Okafor, Chidi, 04/03/1987 |" */
    else if (c == '|' || c == ';' || c == '\t')
        sep = c;
    else
        return 0;
    if (!cell_ends(s, e, sep))
        return 0;
    size_t ce = p - 1, cs = ce; /* the cell (or the part of it) before the date */
    while (cs > ls && t[cs - 1] != sep)
        cs--;
    if (cs == ls && sep == '\t')
        cs = cell_ref_end(t, ls, ce);
    if (c == ',' ? name_words(s, cs, ce) < 2 : !name_words(s, cs, ce))
        return 0;
    unsigned col = count_sep(t, ls, c == ',' ? cs : ds, sep);
    return column_allows(s, ls, le, sep, col, c != ',');
}

/* The cell t[cs .. ce) is an e-mail address or a phone number. */
static int contact_cell(const uint8_t *t, size_t cs, size_t ce)
{
    const uint8_t *at = memchr(t + cs, '@', ce - cs);
    if (at) {
        for (size_t i = cs; i < ce; i++)
            if (t[i] == ' ')
                return 0;
        return memchr(at, '.', (size_t)(t + ce - at)) != NULL;
    }
    unsigned digits = 0;
    if (ce == cs || (t[cs] != '+' && t[cs] != '0' && t[cs] != '('))
        return 0;
    for (size_t i = cs; i < ce; i++) {
        if (is_digit(t[i]))
            digits++;
        else if (!strchr("+ ()-./", t[i]))
            return 0;
    }
    return digits >= 8;
}

/* "maria@x.example;+49 151 2345678;1987-03-04;gold": the date right after a contact cell. */
static int cell_after_contact(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    uint8_t sep = t[ds - 1];
    if (sep != ';' && sep != ',' && sep != '\t' && sep != '|')
        return 0;
    if (!cell_ends(s, e, sep))
        return 0;
    size_t ls = nw_line_start(s, ds - 1), le = line_end(s, e), ce = ds - 1, cs = ce;
    while (cs > ls && t[cs - 1] != sep)
        cs--;
    if (!contact_cell(t, cs, ce))
        return 0;
    return column_allows(s, ls, le, sep, count_sep(t, ls, ds, sep), 1);
}

/* "Maria Keller (3 Mar 1987)", "Ivanova (04.03.1987)": the bracket holds the date alone, a name
 * of one to four words stands before it, after a line's start, a label's ':' or a word. */
static int bracket_after_name(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (ds < 3 || t[ds - 1] != '(' || t[ds - 2] != ' ' || e >= s->len || t[e] != ')')
        return 0;
    size_t p = ds - 2, a = p, lo = p > 80 ? p - 80 : 0;
    int words = 0;
    while (a > lo && words < 5) { /* back over capitalised words */
        size_t we = a;
        while (a > lo && (word_byte(t[a - 1]) || t[a - 1] == '-' || t[a - 1] == '\''))
            a--;
        if (a == we || !(is_up(t[a]) || t[a] >= 0xC3))
            break;
        words++;
        if (a < 2 || t[a - 1] != ' ' || !word_byte(t[a - 2]))
            break;
        a--;
    }
    if (!words || words > 4)
        return 0;
    while (a < p && !(is_up(t[a]) || t[a] >= 0xC3))
        a++;
    if (name_words(s, a, p) < 1)
        return 0;
    /* the note goes on about the person ("), employed since", ") re: refinancing"); a form's
     * field ends at the bracket ("Author: X (26-06-2007)", "Officer: X (7.9.1981)") */
    size_t k = e + 1;
    if (k < s->len && (t[k] == ',' || t[k] == ':'))
        k++;
    if (k + 1 >= s->len || t[k] != ' ')
        return 0;
    size_t w = ++k; /* "), CDI depuis 2012": an acronym before the prose */
    while (w < s->len && w - k < 6 && t[w] >= 'A' && t[w] <= 'Z')
        w++;
    if (w - k >= 2 && w + 1 < s->len && t[w] == ' ')
        k = w + 1;
    return k < s->len && t[k] >= 'a' && t[k] <= 'z';
}

/* "Claimant (Okafor, 04/03/1987) reported", "Applicant (Okafor, Chidi, 04/03/1987) is": the
 * bracket after a word holds a name of one or two parts and the date, nothing else. */
static int bracket_name_date(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (ds < 6 || t[ds - 1] != ' ' || t[ds - 2] != ',' || e >= s->len || t[e] != ')')
        return 0;
    size_t ce = ds - 2, o = ce, lo = ce > 64 ? ce - 64 : 0;
    while (o > lo && t[o - 1] != '(' && t[o - 1] != '\n' && !is_digit(t[o - 1]))
        o--;
    if (o < 3 || t[o - 1] != '(' || t[o - 2] != ' ' || !word_byte(t[o - 3]))
        return 0;
    return name_words(s, o, ce) >= 1;
}

/* Words that say a birth, read after the date in its sentence (folded stems). */
static const char *const after_words[] = {
    "born",   "geboren", "nació",   "nacio",     "nasceu",        "nato",
    "nata",   "naquit",  "nacque",  "né",        "née",           "nacida",
    "nacido", "nascida", "nascido", "naissance", "geboortedatum", "geburtsdatum"};
/* Who is born: a pronoun or a relation between the date and the verb ("is when she was born",
 * "qu'il est né", "è nato mio figlio"); a project or a tool is born too. */
static const char *const subjects[] = {
    "she",      "he",   "i",       "sie",    "er",    "ich",   "il",      "elle", "je",
    "zij",      "hij",  "ze",      "ik",     "ella",  "él",    "lei",     "lui",  "ela",
    "ele",      "eu",   "figlio",  "figlia", "filho", "filha", "hijo",    "hija", "son",
    "daughter", "sohn", "tochter", "fils",   "fille", "zoon",  "dochter", "her",  "his",
    "my",       "ihr",  "sein",    "mein",   "sa",    "haar",  "zijn",    "mijn", "su",
    "sua",      "suo",  "seu",     "mi",     "mia",   "mio",   "ma",      "mon"};

/* Two capitalised words from k (spaces between) before lim: a name ("Ulul Efphosen"). */
static int two_caps(const uint8_t *t, size_t k, size_t lim)
{
    for (int w = 0; w < 2; w++) {
        if (k >= lim || !(is_up(t[k]) || (t[k] >= 0xC3 && t[k] <= 0xC5)))
            return 0;
        while (k < lim && word_byte(t[k]))
            k++;
        if (w == 0 && (k >= lim || t[k] != ' '))
            return 0;
        k++;
    }
    return 1;
}

/* A place's preposition ends right before the word at i ("in Zwolle Maria geboren": Zwolle is
 * the place, not the first of a name). */
static int place_before(const struct sc *s, size_t lo, size_t i)
{
    static const char *const preps[] = {"in", "at", "à", "a", "en", "te", "op", "em", "bei", "aus"};
    char buf[8];
    size_t b = i;
    while (b > lo && s->t[b - 1] == ' ')
        b--;
    size_t a = b;
    while (a > lo && word_byte(s->t[a - 1]))
        a--;
    const char *f = a < b && b - a < sizeof buf ? nw_fold_span(s, a, b, buf, sizeof buf) : NULL;
    return f && *f && NW_ONE_OF(f, preps);
}

/* "Das Datum ist der 04.03.1987, an dem Tag ist X geboren.", "El 4 de marzo de 1987, ese día
 * nació X", "04/03/1987 is when she was born": a birth verb later in the date's sentence (at
 * most 64 bytes), a person around it (a pronoun, a relation or a name before the verb, or a
 * name right after it), and no digit in the rest of the sentence (then the verb has a date of
 * its own: "Admitted 20 Jan 2017, born 03-22-1983"). */
static int birth_later(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t lim = e + 64 < s->len ? e + 64 : s->len;
    char buf[16];
    int who = 0;
    if (ds > 4 && t[ds - 1] == ' ' && t[ds - 2] == ',') { /* "Mipho Torbelema, DATE (...)" */
        size_t a = ds - 2 > 64 ? ds - 2 - 64 : 0;
        while (a > 0 && t[a - 1] != '\n' && a > ds - 2 - 64)
            a--;
        a = nw_line_start(s, ds - 2) > a ? nw_line_start(s, ds - 2) : a;
        while (a < ds - 2 && !(is_up(t[a]) || t[a] >= 0xC3))
            a++;
        who = name_words(s, a, ds - 2) >= 2;
    }
    for (size_t i = e; i < lim; i++) {
        if (is_digit(t[i]) || t[i] == '\n' || t[i] == '.' || t[i] == '!' || t[i] == '?' ||
            t[i] == ';')
            return 0;
        if (!word_byte(t[i]) || (i > e && word_byte(t[i - 1])))
            continue;
        size_t we = i;
        while (we < lim && word_byte(t[we]))
            we++;
        const char *f = we - i < sizeof buf ? nw_fold_span(s, i, we, buf, sizeof buf) : NULL;
        if (!who && ((two_caps(t, i, lim) && !place_before(s, e, i)) ||
                     (f && *f && NW_ONE_OF(f, subjects))))
            who = 1;
        if (f && *f && NW_ONE_OF(f, after_words)) {
            size_t k = we;
            if (k + 1 < s->len && t[k] == ' ' && (is_up(t[k + 1]) || t[k + 1] == 0xC3) &&
                (f[0] == 'n' && f[1] != 'a'))
                return 0; /* "Tesni Aburrow (née Kolmbrand)": a maiden name */
            if (!who) {   /* "ese día nació Lucía Navarro", "que nasceu a Inês Sousa" */
                while (k < s->len && k < we + 4 && (t[k] == ' ' || t[k] == 'a'))
                    k++;
                if (!two_caps(t, k, k + 48 < s->len ? k + 48 : s->len))
                    return 0;
            }
            for (k = we; k < s->len && k < we + 80; k++) {
                if (is_digit(t[k]))
                    return 0;
                if (t[k] == '\n' || ((t[k] == '.' || t[k] == '!' || t[k] == '?') &&
                                     (k + 1 == s->len || t[k + 1] == ' ' || t[k + 1] == '\n')))
                    break;
            }
            return 1;
        }
        i = we - 1;
    }
    return 0;
}

/* "Name Surname, s. 04.03.1987": Finnish syntynyt's mark after a name and a comma. */
static int s_mark(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    if (ds < 8 || memcmp(t + ds - 5, ", s. ", 5) != 0)
        return 0;
    size_t p = ds - 5, a = nw_line_start(s, p);
    if (p - a > 64)
        a = p - 64;
    while (a < p && !(is_up(t[a]) || t[a] >= 0xC3))
        a++;
    return name_words(s, a, p) >= 2;
}

int nw_dob12_birth(const struct sc *s, size_t ds, size_t e)
{
    if (ds < 2)
        return 0;
    uint8_t b = s->t[ds - 1];
    if (b != ' ' && b != '(' && b != '|' && b != ';' && b != ',' && b != '\t' && b != '\n')
        return 0; /* cheap first test: the byte before the date */
    unsigned y = year4(s->t, ds, e);
    if (!y || y > nw_dob10_this_year())
        return 0;
    if (birth_year(y) && (bracket_after_name(s, ds, e) || cell_after_name(s, ds, e) ||
                          cell_after_contact(s, ds, e) || bracket_name_date(s, ds, e)))
        return 1;
    return y >= 1900 && (s_mark(s, ds) || birth_later(s, ds, e));
}
