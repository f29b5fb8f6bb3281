/* names_forms44.c: a found name's other half in a form's `SURNAME, Given` and `SURNAME Given`
 * (branch forms44, from the tune set gen_forms44.py).
 *
 * Registers, logs and forms write a person surname first, the surname in capitals:
 *
 *     holder="SILVA, Beatriz"        [x] PRYCE, Callum  (visitor)     Warden: DA COSTA Inês
 *     Investigator signature: Dr. BIANCHI Chiara   Date: ...          156    SØRENSEN, Mikkel
 * 2024-03-17
 *
 * The scanner often finds one half only (a known given name, or the surname after a title), and
 * the other half stays in clear. Every PERSON finding that the filters kept passes through
 * nw_forms44_emit last, which widens it over the other half when the two fill one field: the
 * finding and the words beside it start where a field starts (a line, a quote, a cell, a label's
 * ": ", a list marker, aligned columns) and end where one ends. Before a given name of one word
 * it takes the surname in capitals (`SILVA, Beatriz`, `DA COSTA Inês`); after a surname in
 * capitals it takes one given name in Title Case (`Dr. BIANCHI Chiara`). A `Surname, Given` in
 * Title Case is left as the scanner found it: in a list it is as often two people.
 *
 * The one thing to know: it never adds a finding of its own, only widens one, and the words it
 * takes must look like a name's (no label, title, month or place word, no digit).
 */
#include "anonymize/names_internal.h"

#include <string.h>

enum { W_NONE, W_CAPS, W_TITLE, W_PARTICLE };

/* Lower-case particles inside a surname ("da Costa", "van den Berg"). */
static int particle(const uint8_t *t, size_t a, size_t b)
{
    static const char *const parts[] = {"da", "das", "do",  "dos", "de",  "del", "della",
                                        "di", "du",  "van", "von", "der", "den", "la",
                                        "le", "ten", "ter", "zu",  "af",  "av",  "y"};
    size_t n = b - a;
    if (n > 5)
        return 0;
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
        if (strlen(parts[k]) == n && memcmp(parts[k], t + a, n) == 0)
            return 1;
    return 0;
}

/* The kind of the word t[a .. b): capitals (two letters or more), Title Case, a particle, or
 * none (a digit, a sign, one letter). */
static int word_kind(const uint8_t *t, size_t a, size_t b)
{
    size_t letters = 0, upper = 0;
    int first_upper = 0;
    for (size_t i = a; i < b;) {
        if (t[i] == '-' || t[i] == '\'') {
            i++;
            continue;
        }
        size_t l = nw_letter(t + i, b - i);
        if (!l)
            return W_NONE;
        if (nw_upper(t + i, b - i)) {
            upper++;
            if (i == a)
                first_upper = 1;
        } else if (nw_mark(t + i)) {
            upper += letters && upper == letters; /* a mark after a capital stays a capital */
        }
        letters++;
        i += l;
    }
    if (letters < 2)
        return W_NONE;
    if (upper == letters)
        return W_CAPS;
    if (first_upper)
        return W_TITLE;
    return particle(t, a, b) ? W_PARTICLE : W_NONE;
}

/* The start of the word that ends at p (letters, UTF-8, '-' and '\''). */
static size_t word_start(const uint8_t *t, size_t p)
{
    size_t i = p;
    while (i > 0) {
        uint8_t c = t[i - 1];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            i--;
        else if (c >= 0x80 || c == '-' || c == '\'')
            i--;
        else
            break;
    }
    return i;
}

/* The end of the word that starts at p. */
static size_t word_end(const uint8_t *t, size_t len, size_t p)
{
    size_t i = p;
    while (i < len) {
        uint8_t c = t[i];
        if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80 || c == '-' || c == '\'')
            i++;
        else
            break;
    }
    return i;
}

/* Does a field start at p: the text's or a line's start, a quote, a cell, a tag's '>', a label's
 * ": ", two spaces of aligned columns, a list marker ("1. ", "[x] ", "- ")? */
static int field_start(const uint8_t *t, size_t p)
{
    size_t k = p, ns = 0;
    while (k > 0 && t[k - 1] == ' ')
        k--, ns++;
    if (k == 0)
        return 1;
    uint8_t c = t[k - 1];
    if (c == '\n' || c == '\r' || c == '\t' || c == '|' || c == '"' || c == '(' || c == '[' ||
        c == ';' || c == '=' || c == '>')
        return 1;
    if (ns == 0)
        return 0;
    if (c == ':' || ns >= 2)
        return 1;
    if (c == '.' || c == ')' || c == ']' || c == '-') { /* a list marker at its line's start */
        size_t j = k - 1;
        while (j > 0 && k - j < 6 &&
               (is_digit(t[j - 1]) || t[j - 1] == 'x' || t[j - 1] == ' ' || t[j - 1] == '['))
            j--;
        return j == 0 || t[j - 1] == '\n';
    }
    return 0;
}

/* Does a field start at p, or a title that opens one stand before it ("Dr. ", "Prof. ")? */
static int field_start_or_title(const uint8_t *t, size_t p)
{
    if (field_start(t, p))
        return 1;
    if (p < 3 || t[p - 1] != ' ')
        return 0;
    size_t e = p - 1 - (t[p - 2] == '.'), s = word_start(t, e);
    char f[16];
    size_t n = e > s ? nw_fold((const char *)t + s, e - s, f, sizeof f - 1) : 0;
    if (!n)
        return 0;
    f[n] = '\0';
    return (nw_cats(f) & C_HON) && field_start(t, s);
}

/* Does a field end at q (comma: a ", " counts, before the next field of a line)? */
static int field_end(const uint8_t *t, size_t len, size_t q, int comma)
{
    if (q >= len)
        return 1;
    uint8_t c = t[q];
    if (c == '\n' || c == '\r' || c == '\t' || c == '|' || c == '"' || c == ')' || c == '(' ||
        c == ';' || c == '<')
        return 1;
    if (c == ',' && comma && q + 1 < len && t[q + 1] == ' ')
        return 1;
    if (c != ' ' || q + 1 >= len)
        return 0;
    uint8_t d = t[q + 1];
    if (d == ' ' || d == '(' || d == '+' || d == '-')
        return 1;
    return q + 3 < len && d == 0xE2 && t[q + 2] == 0x80 && (t[q + 3] == 0x93 || t[q + 3] == 0x94);
}

/* Is the word t[a .. b) one a name is never made of: a title, greeting, label, month, place or
 * list word of the pack, or an ordinary word that no name list holds? 1 yes, 0 no, 2 (caps: a
 * word in capitals) a place or list word that a name list holds too. */
static int not_name(const uint8_t *t, size_t len, size_t a, size_t b, int caps)
{
    char f[40];
    size_t n = nw_fold((const char *)t + a, b - a, f, sizeof f - 1);
    if (!n)
        return 1;
    f[n] = '\0';
    unsigned c = nw_cats(f);
    if (c & (C_HON | C_SAL | C_LABEL | C_MONTH | C_INTRO | C_CLOSE))
        return 1;
    unsigned lx = nw_lexicon_in(t, len, a, b);
    if (c & (C_PLACE | C_NOT)) /* a surname in capitals may be a place too ("COSTA"): 2 */
        return caps && (lx & ANON_NL_NAME) ? 2 : 1;
    return (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(lx & ANON_NL_NAME);
}

/* The start of the surname in capitals before the given name t[a .. e) (one word), or a when
 * there is none. */
static size_t surname_before(const uint8_t *t, size_t len, size_t a, size_t e)
{
    int comma = a >= 2 && t[a - 2] == ',' && t[a - 1] == ' ';
    if (!comma && !(a >= 1 && t[a - 1] == ' '))
        return a;
    int given = word_kind(t, a, e);
    if (word_end(t, len, a) != e || (given != W_TITLE && !(comma && given == W_CAPS)))
        return a; /* one given name: "ANNA KRELLOW, Jorek Vlamsted" are two fields */
    size_t p = a - (comma ? 2 : 1), start = a;
    int words = 0, named = 0, placed = 0;
    while (words < 4 && p > 0) {
        size_t s = word_start(t, p);
        int k = s < p ? word_kind(t, s, p) : W_NONE;
        char f[8];
        size_t n =
            k == W_CAPS && p - s < sizeof f ? nw_fold((const char *)t + s, p - s, f, sizeof f) : 0;
        if (n && words > 0 && particle((const uint8_t *)f, 0, n))
            k = W_PARTICLE; /* "DA COSTA" */
        if (!(k == W_CAPS || (k == W_PARTICLE && words > 0)))
            break;
        int no = k == W_CAPS ? not_name(t, len, s, p, 1) : 0;
        if (no == 1)
            break;
        placed += no == 2;
        named += k == W_CAPS;
        start = s;
        words++;
        if (s == 0 || t[s - 1] != ' ' || field_start(t, s))
            break;
        p = s - 1;
    }
    if (!words || !field_start(t, start) || (placed && named > 1))
        return a; /* "SAN FRANCISCO, Marisol": a place of two words */
    return field_end(t, len, e, 1) ? start : a;
}

/* The end of the given name after the surname in capitals t[a .. e) ("Dr. BIANCHI Chiara"), or
 * e when there is none. */
static size_t given_after(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e + 2 >= len || t[e] != ' ' || !field_start_or_title(t, a))
        return e;
    for (size_t s = a; s < e;) { /* the finding's words: capitals and particles */
        size_t we = word_end(t, len, s);
        int k = we > s ? word_kind(t, s, we) : W_NONE;
        if (k != W_CAPS && k != W_PARTICLE)
            return e;
        s = we < e ? we + 1 : e;
    }
    size_t g = e + 1, ge = word_end(t, len, g);
    if (ge == g || word_kind(t, g, ge) != W_TITLE || not_name(t, len, g, ge, 0))
        return e;
    return field_end(t, len, ge, 0) ? ge : e;
}

int nw_forms44_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && a > 0 && (p->t[a - 1] == ' '))
        a = surname_before(p->t, p->len, a, e);
    if (kind == ANON_NAMES_PERSON && e > a && e + 2 < p->len && (p->t[e] == ',' || p->t[e] == ' '))
        e = given_after(p->t, p->len, a, e);
    return p->emit(p->arg, kind, a, e);
}
