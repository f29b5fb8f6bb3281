/* names_dob11.c: dates of birth at the end of a list's lines under a birth question, tree marks
 * before recent births, export headers far above their rows (branch dob11, issue 15).
 *
 * - Someone asked for the family's dates of birth answers with a list, one person a line, the
 *   date last: "my wife (Ilse Varn), 12-03-1985", "2. Tomo Reddik - 3 mai 1990". The line's
 *   shape alone is any list's (a travel day, an appointment), so the date counts only when,
 *   reading up past the list, its intro, other turns and blank lines, the nearest line that
 *   names a birth or asks something names a person's birth (nw_dob11_list_birth); a birth
 *   question about animals makes the same list no one's (nw_dob11_not_birth).
 * - A family tree writes "n.", "*" or "b." before a birth and a place after it ("5. Ana Reis n.
 *   08/07/2020, Braga"); names_dob10.c takes a one-letter mark only for a year no child has
 *   (so that "Fattura n. 12.03.2024" stays). A full name before the mark and a place after the
 *   date make it a tree's line whatever the year (nw_dob11_mark).
 * - An export's birth column is named in its header, which names_dobcols.c looks for 16 lines
 *   up; nw_dob11_far_column() reads the text's first lines for it, however far the row is.
 *
 * Everything here runs at a date the reader already found and no other rule took (rare), reads
 * a bounded window, and allocates nothing.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define ABOVE 2000 /* bytes read above the date: a turn's list and the question before it */
#define MAX_LINES 14
#define HEAD_LINES 6 /* the text's first lines, read for an export's header */

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

static size_t line_start(const uint8_t *t, size_t p, size_t floor)
{
    while (p > floor && t[p - 1] != '\n')
        p--;
    return p;
}

/* The four-digit year (1800..2099) in a..b, or 0. */
static unsigned year_in(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = a; k + 4 <= b; k++) {
        if ((k > a && is_digit(t[k - 1])) || !is_digit(t[k]) || !is_digit(t[k + 1]) ||
            !is_digit(t[k + 2]) || !is_digit(t[k + 3]) || (k + 4 < b && is_digit(t[k + 4])))
            continue;
        unsigned y = (unsigned)(t[k] - '0') * 1000u + (unsigned)(t[k + 1] - '0') * 100u +
                     (unsigned)(t[k + 2] - '0') * 10u + (unsigned)(t[k + 3] - '0');
        if (y >= 1800 && y <= 2099)
            return y;
    }
    return 0;
}

/* Stems of the words that name a birth in the pack's languages, folded: "dates of birth",
 * "Geburtsdaten", "geboortedata", "date de naissance", "nacimiento", "nascita", "nascimento",
 * "born", "nato", "nacieron". nw_birth_word_at() knows the labels; a question uses the plurals
 * and verbs too. */
static const char *const birth_stems[] = {"birth",  "born",   "geburt", "geboren",    "geboort",
                                          "naissa", "naci",   "nasci",  "nascimento", "nato",
                                          "nata",   "nati",   "nate",   "n\303\251",  "dob",
                                          "d.o.b",  "nacido", "nacida", "nasceu",     "nasceram"};

static int birth_word(const char *f)
{
    for (size_t i = 0; i < sizeof birth_stems / sizeof birth_stems[0]; i++) {
        size_t n = strlen(birth_stems[i]);
        /* short stems must be the whole word ("nato", "dob"), long ones its start */
        if (n <= 4 ? strcmp(f, birth_stems[i]) == 0 : strncmp(f, birth_stems[i], n) == 0)
            return 1;
    }
    /* "dates of birth" is covered by "birth"; "Geburtsdaten" by "geburt"; "data di nascita" by
     * "nasci"; "naissance" by "naissa" */
    return 0;
}

/* Animals whose births a question asks for ("When were your dogs born?"), folded; names_dob9.c
 * knows pets' labels and breeds. */
static const char *const animals[] = {
    "dog",    "dogs",     "puppy",      "puppies",     "cat",       "cats",   "kitten", "kittens",
    "pets",   "hund",     "hunde",      "welpen",      "katze",     "katzen", "chien",  "chiens",
    "chiots", "chat",     "chats",      "chatons",     "hond",      "honden", "kat",    "katten",
    "perro",  "perros",   "gato",       "gatos",       "cachorros", "cane",   "cani",   "gatto",
    "gatti",  "cuccioli", "c\303\243o", "c\303\243es", "gatinhos",  "horse",  "horses", "foals",
    "pferde", "chevaux",  "paarden",    "caballos",    "cavalli",   "cavalos"};

/* Is the word k..we a maiden name's mark, a name after it and no date ("Riedmüller geb.
 * Danderford", "née Keller", "roz. Nováková"; branch dob45)? */
static int maiden(const struct sc *s, size_t k, size_t we, size_t b)
{
    static const char *const marks[] = {"geb",  "n\303\251e", "nee",        "roz",
                                        "nata", "nascida",    "sz\303\274l"};
    const uint8_t *t = s->t;
    char buf[16];
    const char *f = we - k < sizeof buf ? nw_fold_span(s, k, we, buf, sizeof buf) : NULL;
    if (!f || !NW_ONE_OF(f, marks))
        return 0;
    size_t q = we + (we < b && t[we] == '.');
    if (q >= b || t[q] != ' ')
        return 0;
    q++;
    if (q >= b || !nw_upper(t + q, b - q))
        return 0;
    for (size_t z = q; z < b && z < q + 16; z++)
        if (is_digit(t[z]))
            return 0; /* "geb. März 1987": a month */
    return 1;
}

/* Does line a..b name a person's birth: 1; an animal's: -1; a form's birth field, a value in
 * the few bytes after the birth word ("DOB: 09/19/1958", "geboortedatum: 1939-07-24"): -2;
 * none: 0? */
static int names_birth(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    char buf[24];
    int birth = 0;
    for (size_t k = a; k < b; k++) {
        if ((k != a && word_byte(t[k - 1])) || !word_byte(t[k]))
            continue;
        size_t we = k;
        while (we < b && word_byte(t[we]))
            we++;
        const char *f = we - k < sizeof buf ? nw_fold_span(s, k, we, buf, sizeof buf) : NULL;
        if (f && *f && (NW_ONE_OF(f, animals) || nw_dob9_animal_word(f)))
            return -1;
        if ((nw_birth_word_at(s, k, b) || (f && *f && birth_word(f))) && !maiden(s, k, we, b)) {
            for (size_t q = we; q < b && q < we + 24; q++)
                if (is_digit(t[q]))
                    return -2;
            birth = 1;
        }
        k = we;
    }
    return birth;
}

/* A full name ends at p: two to five words, the first and the last capitalised, short
 * particles between ("Ilse Varn", "Tomo van Reddik"). */
static int name_before(const struct sc *s, size_t lo, size_t p)
{
    /* a firm's legal form ends a company's name: its founding date is no birth */
    static const char *const forms[] = {"gmbh", "ag",  "kg",  "ohg", "se",  "sa",   "sas",
                                        "sarl", "sl",  "spa", "srl", "bv",  "nv",   "lda",
                                        "ltda", "ltd", "inc", "llc", "plc", "corp", "co"};
    const uint8_t *t = s->t;
    size_t ws = p;
    while (ws > lo && word_byte(t[ws - 1]))
        ws--;
    char buf[8];
    const char *f = ws < p && p - ws < sizeof buf ? nw_fold_span(s, ws, p, buf, sizeof buf) : NULL;
    if (f && NW_ONE_OF(f, forms))
        return 0;
    int words = 0;
    while (p > lo) {
        size_t we = p;
        while (p > lo && word_byte(t[p - 1]))
            p--;
        if (p == we)
            return 0;
        if (!(is_up(t[p]) || t[p] >= 0xC3)) {
            /* a particle ("Tomo van Reddik") when a capitalised word stands before it; else
             * the name began after it ("my wife Ilse Varn", "and Britt Varn") */
            size_t q = p;
            if (words == 0 || we - p > 3 || q < lo + 2 || t[q - 1] != ' ' || !word_byte(t[q - 2]))
                break;
            q--;
            while (q > lo && word_byte(t[q - 1]))
                q--;
            if (!(is_up(t[q]) || t[q] >= 0xC3))
                break;
        } else if (++words > 5)
            return 0;
        if (p == lo || t[p - 1] != ' ' || p < lo + 2 || !word_byte(t[p - 2]))
            break;
        p--;
    }
    return words >= 2;
}

/* The date ds..e ends its line after ", " or " - " (or a dash), the separator's start in *pp:
 * a list item's. Its line's start, or (size_t)-1. The item names a person ("[bullet] [relation]
 * Name Surname" or "relation (Name Surname)") when list_item() says so. */
static size_t item_line(const struct sc *s, size_t ds, size_t e, size_t *pp)
{
    const uint8_t *t = s->t;
    size_t k = e;
    while (k < s->len && (t[k] == ' ' || t[k] == '\r' || t[k] == '.'))
        k++;
    if (k < s->len && t[k] != '\n')
        return (size_t)-1;
    if (ds < 4 || t[ds - 1] != ' ')
        return (size_t)-1;
    size_t p = ds - 1; /* the separator ends at p */
    if (t[p - 1] == ',' || t[p - 1] == '-')
        p--;
    else if (p >= 4 && t[p - 3] == 0xE2 && t[p - 2] == 0x80 &&
             (t[p - 1] == 0x93 || t[p - 1] == 0x94))
        p -= 3; /* an en or em dash */
    else
        return (size_t)-1;
    if (t[p] == '-' || t[p] >= 0x80) { /* a dash between spaces: " - " */
        if (p < 2 || t[p - 1] != ' ')
            return (size_t)-1;
        p--;
    }
    if (p == 0)
        return (size_t)-1;
    size_t lo = p > 100 ? p - 100 : 0, ls = line_start(t, p, lo);
    if (ls == lo && ls > 0)
        return (size_t)-1; /* a line too long to be a list item */
    *pp = p;
    return ls;
}

/* ... and the item is a person's: a full name before the separator. */
static size_t list_item(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t p, ls = item_line(s, ds, e, &p);
    if (ls == (size_t)-1)
        return ls;
    for (size_t q = ls; q < p; q++)
        if (t[q] == '?' || t[q] == '@' || t[q] == '/' || t[q] == '=')
            return (size_t)-1; /* a question or another value: no person's item */
    size_t b = ls;             /* past a bullet or a number: "- ", "* ", "2. ", "3) " */
    while (b < p && (t[b] == ' ' || t[b] == '-' || t[b] == '*' || t[b] == '\t'))
        b++;
    if (b < p && is_digit(t[b])) {
        while (b < p && is_digit(t[b]))
            b++;
        if (b >= p || (t[b] != '.' && t[b] != ')'))
            return (size_t)-1;
        b++;
    }
    for (size_t q = b; q < p; q++)
        if (is_digit(t[q]))
            return (size_t)-1;
    if (t[p - 1] == ')') { /* "my wife (Ilse Varn)" */
        const uint8_t *o = memchr(t + b, '(', p - b);
        return o && name_before(s, (size_t)(o - t) + 1, p - 1) ? ls : (size_t)-1;
    }
    return name_before(s, b, p) ? ls : (size_t)-1;
}

/* Does line ps..le open with a speaker's label ("User:", "**Assistant:**", "> ", "KI :")? */
static int speaker_turn(const uint8_t *t, size_t ps, size_t le)
{
    size_t k = ps;
    if (k < le && t[k] == '>')
        return 1;
    while (k < le && t[k] == '*')
        k++;
    size_t ws = k;
    int words = 0;
    for (; k < le && k - ws < 24 && t[k] != ':'; k++) {
        if (!(word_byte(t[k]) || t[k] == ' '))
            return 0;
        words += word_byte(t[k]) && (k == ws || !word_byte(t[k - 1]));
    }
    return k < le && t[k] == ':' && words >= 1 && words <= 2;
}

/* Reading up from the list's line ls: 1 when the nearest line that names a birth or asks names
 * a person's birth, -1 an animal's, 0 otherwise. */
static int question_above(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    size_t floor = ls > ABOVE ? ls - ABOVE : 0;
    for (int lines = 0; lines < MAX_LINES && ls > floor + 1; lines++) {
        size_t le = ls - 1, ps = line_start(t, le, floor);
        if (ps == floor && floor > 0)
            return 0;
        if (le - ps > 600)
            return 0; /* prose, not a dialogue's turn or a list */
        int b = names_birth(s, ps, le);
        if (b)
            return b == -2 ? 0 : b;
        if (memchr(t + ps, '?', le - ps) != NULL)
            return 0;  /* the question above asks for something else */
        size_t q = le; /* between the question and the date: the list's other items, its short
                          intro ("Sure, here they are:"), blank lines; a sentence ends it (a
                          letter's "Place, DATE" under its last paragraph) */
        while (q > ps && (t[q - 1] == ' ' || t[q - 1] == '\r' || t[q - 1] == '\t'))
            q--;
        if (q > ps && !is_digit(t[q - 1]) && (q - ps > 60 || t[q - 1] == '.') &&
            !speaker_turn(t, ps, le))
            return 0; /* a turn in between ("Assistant: Take your time.") is passed */
        ls = ps;
    }
    return 0;
}

int nw_dob11_list_birth(const struct sc *s, size_t ds, size_t e)
{
    unsigned y = year_in(s->t, ds, e);
    size_t ls;
    if (!y || y > nw_dob10_this_year() || (ls = list_item(s, ds, e)) == (size_t)-1 || ls == 0)
        return 0;
    return question_above(s, ls) == 1;
}

int nw_dob11_not_birth(const struct sc *s, size_t a, size_t b)
{
    size_t p, ls = item_line(s, a, b, &p);
    return ls != (size_t)-1 && ls > 0 && question_above(s, ls) == -1;
}

int nw_dob11_mark(const struct sc *s, size_t ds, size_t e)
{
    /* "Name Surname n. DATE, Place", "Name Surname * DATE, Place", "Name Surname b.DATE": the
     * mark right after a name, a place after the comma (or " in ") */
    const uint8_t *t = s->t;
    size_t m; /* the space before the mark */
    if (ds >= 6 && (memcmp(t + ds - 4, " n. ", 4) == 0 || memcmp(t + ds - 4, " b. ", 4) == 0))
        m = ds - 4;
    else if (ds >= 5 && (memcmp(t + ds - 3, " * ", 3) == 0 || memcmp(t + ds - 3, " b.", 3) == 0))
        m = ds - 3;
    else
        return 0;
    if (!word_byte(t[m - 1]))
        return 0;
    unsigned y = year_in(t, ds, e);
    if (!y || y > nw_dob10_this_year())
        return 0;
    /* a place after the comma, or the line's end on a numbered or bulleted line */
    int place = (e + 3 <= s->len && t[e] == ',' && t[e + 1] == ' ' && is_up(t[e + 2])) ||
                (e + 5 <= s->len && memcmp(t + e, " in ", 4) == 0 && is_up(t[e + 4]));
    int eol = e == s->len || t[e] == '\n' || t[e] == '\r';
    if (!place && !eol)
        return 0;
    /* the words before the mark are a name: capitalised, no digit since the line's start but a
     * bullet's number */
    size_t ls = line_start(t, m, m > 100 ? m - 100 : 0), k = m, words = 0;
    while (k > ls && word_byte(t[k - 1])) {
        size_t we = k;
        while (k > ls && word_byte(t[k - 1]))
            k--;
        if (!is_up(t[k]) || we - k < 2)
            return 0;
        if (++words > 4)
            return 0;
        if (k < ls + 2 || t[k - 1] != ' ' || !word_byte(t[k - 2]))
            break;
        k--;
    }
    if (words < 2 || (!place && (k == ls || !(is_digit(t[ls]) || t[ls] == '-' || t[ls] == '*'))))
        return 0;
    for (size_t q = ls; q < k; q++)
        if (!(is_digit(t[q]) || t[q] == '.' || t[q] == ')' || t[q] == ' ' || t[q] == '-' ||
              t[q] == '*'))
            return 0;
    return 1;
}

int nw_dob11_header(const struct sc *s, size_t cs, size_t ce)
{
    /* the French abbreviation of "date de naissance", whole in its cell: "DDN", "D.D.N.",
     * "ddn"; and "D.Naiss." / "DNaiss" */
    static const char *const abbrs[] = {"ddn",     "d.d.n",    "d.d.n.",     "dnaiss",
                                        "d.naiss", "d.naiss.", "date_naiss", "datenaiss"};
    const uint8_t *t = s->t;
    while (cs < ce && (t[cs] == ' ' || t[cs] == '"'))
        cs++;
    while (ce > cs && (t[ce - 1] == ' ' || t[ce - 1] == '"' || t[ce - 1] == '\r'))
        ce--;
    char buf[16];
    const char *f =
        ce > cs && ce - cs < sizeof buf ? nw_fold_span(s, cs, ce, buf, sizeof buf) : NULL;
    return f && NW_ONE_OF(f, abbrs);
}

/* The number of sep bytes in a..b. */
static size_t count_sep(const uint8_t *t, size_t a, size_t b, uint8_t sep)
{
    size_t n = 0;
    for (const uint8_t *p = t + a, *end = t + b; (p = memchr(p, sep, (size_t)(end - p))) != NULL;
         p++)
        n++;
    return n;
}

static int is_sep(uint8_t c)
{
    return c == ',' || c == ';' || c == '|' || c == '\t';
}

/* Does the header line ps..pe, with n sep bytes as the rows have, name a birth in its col-th
 * cell? A header holds no digit. */
static int header_names_birth(const struct sc *s, size_t ps, size_t pe, uint8_t sep, size_t col,
                              size_t n)
{
    const uint8_t *t = s->t;
    if (pe - ps > 400 || count_sep(t, ps, pe, sep) != n)
        return 0;
    for (size_t q = ps; q < pe; q++)
        if (is_digit(t[q]))
            return 0;
    size_t cs = ps;
    for (size_t c = 0; c < col; c++)
        cs = (size_t)((const uint8_t *)memchr(t + cs, sep, pe - cs) - t) + 1;
    const uint8_t *ce = memchr(t + cs, sep, pe - cs);
    size_t cend = ce ? (size_t)(ce - t) : pe;
    if (nw_dob11_header(s, cs, cend) || nw_dob10_header(s, cs, cend))
        return 1;
    for (size_t q = cs; q < cend; q++)
        if ((q == cs || !is_alnum(t[q - 1]) ||
             (t[q] >= 'A' && t[q] <= 'Z' && t[q - 1] >= 'a' && t[q - 1] <= 'z')) &&
            nw_birth_word_at(s, q, cend))
            return 1;
    return 0;
}

int nw_dob11_far_column(const struct sc *s, size_t ds, size_t e)
{
    /* Only the text's first lines are read as the header (an export's, under a title or a
     * line of prose): a walk up every row from every date would cost a long export the square
     * of its rows. */
    const uint8_t *t = s->t;
    uint8_t sep;
    if (ds > 0 && is_sep(t[ds - 1]))
        sep = t[ds - 1];
    else if ((ds == 0 || t[ds - 1] == '\n') && e < s->len && is_sep(t[e]))
        sep = t[e];
    else
        return 0;
    if (e < s->len && !is_sep(t[e]) && t[e] != '\n' && t[e] != '\r')
        return 0; /* "1985-03-12|T-123" in a comma export: the next field glued by another sep */
    size_t ls = line_start(t, ds, ds > 512 ? ds - 512 : 0);
    if (ls < 2)
        return 0;
    const uint8_t *nl = memchr(t + e, '\n', s->len - e);
    size_t le = nl ? (size_t)(nl - t) : s->len;
    size_t col = count_sep(t, ls, ds, sep), n = count_sep(t, ls, le, sep);
    size_t ps = line_start(t, ls - 1, ls > 513 ? ls - 513 : 0);
    if (n == 0 || n > 40 || count_sep(t, ps, ls - 1, sep) != n)
        return 0; /* the row above is no row of the same export */
    size_t hs = 0;
    for (int k = 0; k < HEAD_LINES && hs < ls; k++) {
        const uint8_t *h = memchr(t + hs, '\n', ls - hs);
        size_t he = h ? (size_t)(h - t) : ls;
        if (header_names_birth(s, hs, he > hs && t[he - 1] == '\r' ? he - 1 : he, sep, col, n))
            return 1;
        hs = he + 1;
    }
    return 0;
}

int nw_dob11_birth(const struct sc *s, size_t ds, size_t e)
{
    return nw_dob11_mark(s, ds, e) || nw_dob11_list_birth(s, ds, e) ||
           nw_dob11_far_column(s, ds, e);
}
