/* names_dob41.c: dates of birth placed by mechanism, where the birth word stands in another
 * turn, cell or clause than the date (branch dob41, issue 15), written after a corpus of those
 * mechanisms (gen_dob41.py) and the tune sets' misses had been grouped:
 *
 * - a turn's answer: a speaker's turn that is the date alone, right after the other speaker's
 *   turn asked for the birth date with no question mark ("[agent]: and your date of birth\n
 *   [caller]: 10 August 1963", "Speaker 1: et votre date de naissance / Speaker 2: 04/11/1998",
 *   "AGENT: e a data de nascimento | CUSTOMER: 24/06/97", subtitles' cue and timing lines between
 *   the turns, WebVTT's "<v Name>" voices);
 * - a spreadsheet's cell dump: "C3: 26/07/1971" under "C1: F. Nac." (cell references, tabs);
 * - the owner's birthday named after the date: "1995-05-05 (Sandrine Martin's birthday)";
 * - a code comment after a birth key on its line: "born=date(1945, 4, 10),  # 1945-04-10";
 * - a checked label: "Fecha de nacimiento validada \u2713 (03/03/1963)".
 *
 * The one thing to know: every rule is asked only at a date no earlier rule took (the end of
 * visit_digits()'s chain), so text without dates pays nothing; nothing allocates.
 */
#include <stdint.h>
#include <string.h>

#include "anonymize/names_internal.h"
#include "anonymize/names_dob41.h"

/* Is there a birth word at a word start in [a, b)? Its start, or b. */
static size_t birth_word_in(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    for (size_t k = a; k < b; k++)
        if ((k == a || !(is_alnum(t[k - 1]) || t[k - 1] >= 0x80) ||
             (is_up(t[k]) && t[k - 1] >= 'a' && t[k - 1] <= 'z')) &&
            nw_birth_word_at(s, k, b))
            return k;
    return b;
}

/* ---- a turn's answer --------------------------------------------------------------------- */

/* Words of a speaker label that name a field with a date of its own: "Died:", "Date:",
 * "Expires:", "Termin:" (lower case, matched as a word's start). */
static const char *const field_words[] = {
    "dat",     "died",    "death",   "dece",   "d\303\251c\303\250s",
    "overl",   "gest",    "expir",   "issu",   "valid",
    "admi",    "due",     "appoint", "termin", "visit",
    "sent",    "creat",   "updat",   "start",  "end",
    "until",   "since",   "from",    "to",     "sub",
    "re",      "von",     "an",      "cc",     "rdv",
    "cita",    "hire",    "join",    "eintr",  "entr",
    "ingres",  "wed",     "marr",    "ship",   "deliver",
    "paid",    "pay",     "order",   "receiv", "re\303\247u",
    "eingang", "sign",    "closed",  "open",   "last",
    "next",    "modif",   "chang",   "effect", "renew",
    "check",   "release", "publish", "launch", "found"};

static int field_word(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = 0; k < sizeof field_words / sizeof *field_words; k++) {
        size_t n = strlen(field_words[k]), q = 0;
        if (n > b - a)
            continue;
        while (q < n && (t[a + q] | (t[a + q] < 0x80 ? 32 : 0)) == (uint8_t)field_words[k][q])
            q++;
        if (q == n && (n >= 3 || a + n == b))
            return 1;
    }
    return 0;
}

/* The label of a speaker that ends at c (before its ':'): one to three words
 * with no field word among them, starting after a separator; its start, or SIZE_MAX. */
static size_t speaker_label(const struct sc *s, size_t c)
{
    const uint8_t *t = s->t;
    size_t b = c;
    while (b > 0 && c - b < 40 && t[b - 1] != '\n' && t[b - 1] != '|' && t[b - 1] != ':' &&
           !(t[b - 1] == '/' && b >= 2 && t[b - 2] == ' '))
        b--;
    if (c - b >= 40 || (b > 0 && t[b - 1] == ':'))
        return SIZE_MAX;
    while (b < c && t[b] == ' ')
        b++;
    int words = 0;
    for (size_t k = b; k < c; k++) {
        if (k > b && t[k - 1] != ' ' && t[k - 1] != '[')
            continue;
        if (t[k] == ' ')
            continue;
        size_t w = k;
        while (w < c && t[w] != ' ' && t[w] != ']')
            w++;
        if (++words > 3 || field_word(t, k + (t[k] == '['), w))
            return SIZE_MAX;
    }
    if (words == 1 && is_up(t[b])) { /* a cell reference is no speaker: "C1:", "AB12:" */
        size_t k = b;
        while (k < c && k - b < 2 && is_up(t[k]))
            k++;
        while (k < c && is_digit(t[k]))
            k++;
        if (k > b && k < c + 1 && is_digit(t[k - 1]) && (k == c || t[k] == ' '))
            return SIZE_MAX;
    }
    return words ? b : SIZE_MAX;
}

/* Words that make a birth question ask for another date: a party's, a certificate's, a
 * card's or a gift's ("when is the birthday party?", "birth certificate issued when?"). */
static const char *const other_asks[] = {
    "party",   "feier",   "f\303\252te", "fiesta", "festa", "feest",   "certif", "akte",
    "urkunde", "issu",    "expir",       "death",  "died",  "wedding", "cake",   "gift",
    "present", "deliver", "card",        "karte",  "carte", "tarjeta", "book",   "reserv"};

/* Does t[q ..] start with w, ASCII folded, before b? */
static int word_ci(const uint8_t *t, size_t q, size_t b, const char *w)
{
    size_t n = strlen(w), k = 0;
    while (k < n && q + k < b && (t[q + k] | (t[q + k] < 0x80 ? 32 : 0)) == (uint8_t)w[k])
        k++;
    return k == n;
}

/* A birth question in the turn that ends at pe: "<label>: <words>" with a birth word in the words,
 * no digit, no other label, at most ten words. */
static int asks_in_turn(const struct sc *s, size_t pe)
{
    const uint8_t *t = s->t;
    size_t ps = pe;
    while (ps > 0 && pe - ps < 200 && t[ps - 1] != '\n' && t[ps - 1] != '|' &&
           !(t[ps - 1] == '/' && ps >= 2 && t[ps - 2] == ' ' && ps < pe && t[ps] == ' '))
        ps--;
    if (pe - ps >= 200)
        return 0;
    size_t bs = ps; /* the body: after the label's ": " or a WebVTT voice's '>' */
    int voice = pe - ps > 3 && t[ps] == '<' && t[ps + 1] == 'v' && t[ps + 2] == ' ';
    while (bs < pe && bs - ps < 48 && t[bs] != (voice ? '>' : ':'))
        bs++;
    if (bs >= pe || bs - ps >= 48 || (!voice && speaker_label(s, bs) == SIZE_MAX))
        return 0;
    bs++;
    int words = 0;
    for (size_t k = bs; k < pe; k++) {
        if (is_digit(t[k]) || t[k] == ':' || t[k] == '=')
            return 0;
        words += (k == bs || t[k - 1] == ' ') && t[k] != ' ';
    }
    if (words > 10 || birth_word_in(s, bs, pe) == pe)
        return 0;
    for (size_t k = 0; k < sizeof other_asks / sizeof *other_asks; k++)
        for (size_t q = bs; q + strlen(other_asks[k]) <= pe; q++)
            if ((t[q] | 32) == (uint8_t)other_asks[k][0] && word_ci(t, q, pe, other_asks[k]))
                return 0;
    return 1;
}

/* The four-digit year in [ds, e) is after this year: no birth, an appointment. */
static int future_year(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    for (size_t k = ds; k + 4 <= e; k++)
        if (is_digit(t[k]) && is_digit(t[k + 1]) && is_digit(t[k + 2]) && is_digit(t[k + 3]) &&
            (k == ds || !is_digit(t[k - 1])) && (k + 4 == e || !is_digit(t[k + 4])))
            return (unsigned)((t[k] - '0') * 1000 + (t[k + 1] - '0') * 100 + (t[k + 2] - '0') * 10 +
                              (t[k + 3] - '0')) > nw_dob10_this_year();
    return 0;
}

static int turn_answer(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = e;
    if (future_year(s, ds, e))
        return 0;
    if (k < s->len && t[k] == '.')
        k++;
    while (k < s->len && (t[k] == ' ' || t[k] == '\r'))
        k++;
    if (!(k == s->len || t[k] == '\n' || t[k] == '|' || t[k] == '/'))
        return 0; /* the date is the whole answer */
    if (ds < 3)
        return 0;
    size_t c = ds, b;
    if (t[ds - 1] == '>') { /* a WebVTT voice: "<v Holly Whitaker>25/09/1996" */
        c = ds - 1;
        for (b = c; b > 0 && c - b < 48 && t[b - 1] != '<' && t[b - 1] != '\n';)
            b--;
        if (b == 0 || t[b - 1] != '<' || t[b] != 'v' || t[b + 1] != ' ')
            return 0;
        b--;
    } else {
        while (c > 0 && ds - c < 4 && (t[c - 1] == ' ' || t[c - 1] == '\t'))
            c--;
        if (c == 0 || t[c - 1] != ':')
            return 0;
        if ((b = speaker_label(s, --c)) == SIZE_MAX)
            return 0;
    }
    /* the turn before: on this line after " | " or " / ", or on the lines above, over subtitles'
       blank, cue-number and timing lines */
    size_t pe = b;
    while (pe > 0 && t[pe - 1] == ' ')
        pe--;
    if (pe > 0 && (t[pe - 1] == '|' || t[pe - 1] == '/')) {
        pe--;
        while (pe > 0 && t[pe - 1] == ' ')
            pe--;
        return asks_in_turn(s, pe);
    }
    if (pe != b || pe == 0 || t[pe - 1] != '\n')
        return 0;
    for (int lines = 0; lines < 5 && pe > 0; lines++) {
        size_t le = pe - 1, ls = le; /* the line [ls, le) above */
        while (ls > 0 && t[ls - 1] != '\n')
            ls--;
        int skip = 1;
        for (size_t q = ls; q < le && skip; q++)
            skip = is_digit(t[q]) || strchr(" \r:.,->", t[q]) != NULL; /* "00:00:06,010 --> ..." */
        if (!skip) {
            while (le > ls && (t[le - 1] == '\r' || t[le - 1] == ' ' || t[le - 1] == '?'))
                le--;
            return asks_in_turn(s, le);
        }
        pe = ls;
    }
    return 0;
}

/* ---- a spreadsheet's cell dump ------------------------------------------------------------- */

/* "C3: 26/07/1971" whose column's first cell ("C1: F. Nac.", up to 8 KiB above) holds a birth
 * word. */
static int cell_under_header(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t c = ds;
    while (c > 0 && ds - c < 2 && (t[c - 1] == ' ' || t[c - 1] == '\t'))
        c--;
    if (c < 3 || t[c - 1] != ':')
        return 0;
    size_t r = c - 1, rs = r;
    while (rs > 0 && r - rs < 5 && is_digit(t[rs - 1]))
        rs--;
    if (rs == r || (r - rs == 1 && t[rs] == '1'))
        return 0;
    size_t cs = rs;
    while (cs > 0 && rs - cs < 3 && is_up(t[cs - 1]))
        cs--;
    if (cs == rs || rs - cs > 2 ||
        (cs > 0 &&
         !(t[cs - 1] == '\n' || t[cs - 1] == '\t' || t[cs - 1] == ' ' || t[cs - 1] == '|')))
        return 0;
    size_t cl = rs - cs, lo = cs > 8192 ? cs - 8192 : 0;
    for (size_t k = cs; k > lo; k--) {
        size_t h = k - 1;
        if (t[h] != t[cs] || (h > 0 && !(t[h - 1] == '\n' || t[h - 1] == '\t' || t[h - 1] == ' ' ||
                                         t[h - 1] == '|')))
            continue;
        if (h + cl + 2 >= cs || memcmp(t + h, t + cs, cl) != 0 || t[h + cl] != '1' ||
            t[h + cl + 1] != ':')
            continue;
        size_t a = h + cl + 2, z = a;
        while (z < s->len && z - a < 48 && t[z] != '\t' && t[z] != '\n' && t[z] != '|')
            z++;
        return birth_word_in(s, a, z) < z;
    }
    return 0;
}

/* ---- the owner's birthday after the date --------------------------------------------------- */

/* "1995-05-05 (Sandrine Martin's birthday)", "04/03/1987 = Ana's DOB": one to four words, the
 * last with a possessive "'s", then a birth word. */
static int owner_birthday_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = e;
    while (k < s->len && k - e < 3 && (t[k] == ' ' || t[k] == '(' || t[k] == '=' || t[k] == '-'))
        k++;
    if (k == e)
        return 0;
    for (int words = 0; words < 4 && k < s->len; words++) {
        size_t w = k;
        while (w < s->len && w - k < 32 && (nw_letter(t + w, s->len - w) || t[w] >= 0x80) &&
               !(t[w] == 0xE2 && w + 2 < s->len && t[w + 1] == 0x80 && t[w + 2] == 0x99))
            w += nw_letter(t + w, s->len - w) ? nw_letter(t + w, s->len - w) : 1;
        if (w == k)
            return 0;
        size_t p = w;
        if (p + 1 < s->len && t[p] == '\'' && t[p + 1] == 's')
            p += 2;
        else if (p + 3 < s->len && t[p] == 0xE2 && t[p + 1] == 0x80 && t[p + 2] == 0x99 &&
                 t[p + 3] == 's')
            p += 4;
        if (p > w) { /* the owner's possessive: the birth word next, or after "date of" */
            size_t z = p + 18 < s->len ? p + 18 : s->len;
            return p + 1 < s->len && t[p] == ' ' && birth_word_in(s, p + 1, z) < z;
        }
        if (w >= s->len || t[w] != ' ')
            return 0;
        k = w + 1;
    }
    return 0;
}

/* ---- a code comment beside a birth key ----------------------------------------------------- */

/* "born=date(1945, 4, 10),  # 1945-04-10", "dob: new Date(1987, 2, 4), // 1987-03-04": the date
 * opens a line comment whose code holds a birth key before its '=' or ':'. */
static int comment_after_birth_key(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t c = ds;
    while (c > 0 && ds - c < 3 && t[c - 1] == ' ')
        c--;
    if (c == ds || c < 2)
        return 0;
    size_t o = c;
    if (t[c - 1] == '#')
        o = c - 1;
    else if (t[c - 1] == '/' && t[c - 2] == '/')
        o = c - 2;
    else if (t[c - 1] == '-' && t[c - 2] == '-')
        o = c - 2;
    if (o == c || o == 0 || t[o - 1] != ' ')
        return 0;
    size_t ls = nw_line_start(s, o);
    if (o - ls > 160)
        return 0;
    size_t b = birth_word_in(s, ls, o);
    if (b == o)
        return 0;
    for (size_t k = b; k < o && k - b < 24; k++) {
        if (t[k] == '=' || t[k] == ':')
            return 1;
        if (!(is_alnum(t[k]) || t[k] == '_' || t[k] == '"' || t[k] == '\'' || t[k] == ' '))
            return 0;
    }
    return 0;
}

/* ---- a checked label ------------------------------------------------------------------------ */

/* "Fecha de nacimiento validada \u2713 (03/03/1963)", "Date of birth verified (04/03/1987)": a
 * birth label, a word that says it was checked, an optional check mark, the date in brackets. */
static int checked_label(const struct sc *s, size_t ds)
{
    static const char *const checked[] = {"verified",
                                          "confirmed",
                                          "checked",
                                          "validated",
                                          "ok",
                                          "validada",
                                          "validado",
                                          "verificada",
                                          "verificado",
                                          "confirmada",
                                          "confirmado",
                                          "comprobada",
                                          "v\303\251rifi\303\251e",
                                          "v\303\251rifi\303\251",
                                          "confirm\303\251e",
                                          "valid\303\251e",
                                          "gepr\303\274ft",
                                          "best\303\244tigt",
                                          "verifiziert",
                                          "gecontroleerd",
                                          "geverifieerd",
                                          "bevestigd",
                                          "verificata",
                                          "verificato",
                                          "confermata",
                                          "confermato",
                                          "convalidata"};
    const uint8_t *t = s->t;
    size_t k = ds;
    if (k < 8 || t[k - 1] != '(')
        return 0;
    for (k--; k > 0 && t[k - 1] == ' ';)
        k--;
    if (k >= 3 && t[k - 3] == 0xE2 && t[k - 2] == 0x9C && (t[k - 1] == 0x93 || t[k - 1] == 0x94))
        for (k -= 3; k > 0 && t[k - 1] == ' ';) /* U+2713, U+2714 */
            k--;
    size_t w = k;
    while (w > 0 && k - w < 16 && (nw_letter(t + w - 1, 1) || t[w - 1] >= 0x80))
        w--;
    char buf[24];
    const char *f = w < k ? nw_fold_span(s, w, k, buf, sizeof buf) : NULL;
    if (!f || !NW_ONE_OF(f, checked) || w == 0 || t[w - 1] != ' ')
        return 0;
    size_t le = w - 1, lb = le; /* the label: the words before, on this line */
    while (lb > 0 && le - lb < 40 && t[lb - 1] != '\n' && t[lb - 1] != ':' && t[lb - 1] != '|' &&
           !is_digit(t[lb - 1]) && t[lb - 1] != ')')
        lb--;
    size_t b = birth_word_in(s, lb, le);
    if (b == le)
        return 0;
    while (b < le && (nw_letter(t + b, 1) || t[b] >= 0x80)) /* the label ends the run */
        b++;
    return b == le;
}

int nw_dob41_birth(const struct sc *s, size_t ds, size_t e)
{
    return turn_answer(s, ds, e) || cell_under_header(s, ds) || owner_birthday_after(s, e) ||
           comment_after_birth_key(s, ds) || checked_label(s, ds);
}
