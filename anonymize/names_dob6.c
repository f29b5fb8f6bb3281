/* names_dob6.c: dates of birth that the date reader (names_dates.c) does not read as they stand,
 * and answers that give a birth date without a birth word (branch dob6, issue 15).
 *
 * - A birth before 1900 ("was born on 27 November 1899", "b. 1884-11-19", "né le 23/04/1859"):
 *   the reader's year floor of 1900 keeps a bare old date from being a birth, but after an
 *   explicit birth word the date is one (a family history's, a parish note's). Not a famous
 *   person's ("Einstein was born on 14 March 1879"), whose birth is no one's personal data.
 * - A value whose words are joined by '_' ("dob=12_de_outubro_de_1968", "2nd_of_March_1937"),
 *   as a logger writes a value that may hold no space.
 * - An answer: "Sure. It's Kelissa Stanwood, 6 March 1996." in a text that asks for the date of
 *   birth elsewhere (a mail thread, a chat): the date right after the writer's name, which a
 *   self-introduction opens ("It's", "Ich bin", "C'est", "Soy"...), ending its sentence.
 *
 * The first two read the date from a copy of its line's bytes (at most 64) in which '_' is a
 * space and the first year 18xx after the day is 19xx: same length, so every position maps back
 * unchanged. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define BEFORE 24 /* bytes of the line read before the day: a month name and ", " */
#define AFTER 40  /* ... and after it: "27 de novembre de 1899", "2nd_of_September_1937" */

/* A four-digit year 18xx starting in [i, lim): its start + 1, or 0. */
static size_t old_year(const uint8_t *t, size_t len, size_t i, size_t lim)
{
    if (lim > len)
        lim = len;
    for (const uint8_t *q = t + i + 1; q < t + lim && (q = memchr(q, '8', (size_t)(t + lim - q)));
         q++) {
        size_t k = (size_t)(q - t) - 1;
        if (t[k] == '1' && k + 3 < len && is_digit(t[k + 2]) && is_digit(t[k + 3]) &&
            (k == 0 || !is_digit(t[k - 1])) && (k + 4 == len || !is_digit(t[k + 4])))
            return k + 1;
    }
    return 0;
}

/* The date starting at the digits at i, read from the line's bytes with '_' as a space and the
 * year at yr1 - 1 (if yr1 is not 0) raised to 19xx. Its end (and *ds), or 0. */
static size_t reread(const struct sc *s, size_t i, size_t yr1, size_t *ds)
{
    uint8_t buf[BEFORE + AFTER];
    size_t a = i > BEFORE ? i - BEFORE : 0, b = i + AFTER < s->len ? i + AFTER : s->len;
    for (size_t k = i; k > a; k--)
        if (s->t[k - 1] == '\n') {
            a = k;
            break;
        }
    for (size_t k = a; k < b; k++) {
        if (s->t[k] == '\n') {
            b = k;
            break;
        }
        buf[k - a] = s->t[k] == '_' ? ' ' : s->t[k];
    }
    if (yr1) {
        if (yr1 + 3 > b || yr1 - 1 < a)
            return 0;
        buf[yr1 - a] = '9';
    }
    struct sc c = *s; /* the copy's positions are the line's from a; no cached word applies */
    c.t = buf;
    c.len = b - a;
    c.words = NULL;
    c.lc_pos = c.lc_start = 0;
    size_t e = nw_date_at(&c, i - a, ds);
    if (!e)
        return 0;
    *ds += a;
    e += a;
    if (e < s->len && (is_alnum(s->t[e]) || s->t[e] == '_' ||
                       (s->t[e] == '.' && e + 1 < s->len && is_digit(s->t[e + 1]))))
        return 0;
    return e;
}

/* A famous person's surname in the sentence before p ("Einstein was born on ...", "- Freud
 * (geb. 6. Mai 1856)": "geb. " ends no sentence). */
static int famous_before(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t a = p > 120 ? p - 120 : 0;
    for (size_t k = p; k > a; k--)
        if (t[k - 1] == '\n' ||
            (t[k - 1] == ' ' && k >= 2 && t[k - 2] == '.' && nw_upper(t + k, p - k))) {
            a = k;
            break;
        }
    for (size_t k = a; k < p; k++) {
        if ((k > a && is_alnum(t[k - 1])) || !nw_upper(t + k, p - k))
            continue;
        size_t w = k;
        while (w < p && (is_alnum(t[w]) || t[w] >= 0x80))
            w++;
        char buf[24];
        const char *f = nw_fold_span(s, k, w, buf, sizeof buf);
        if (f && nw_famous(f))
            return 1;
    }
    return 0;
}

size_t nw_dob_reread(const struct sc *s, size_t i, size_t d, size_t *ds)
{
    const uint8_t *t = s->t;
    int joined = (i > 0 && t[i - 1] == '_') || (d < s->len && t[d] == '_') ||
                 (d + 1 < s->len && t[d + 1] == '_') || (d + 2 < s->len && t[d + 2] == '_');
    size_t y1 = old_year(t, s->len, i, i + AFTER - 4), e;
    if (!joined && !y1)
        return 0;
    if ((e = reread(s, i, 0, ds)) && joined && memchr(t + *ds, '_', e - *ds) &&
        nw_birth_before(s, *ds))
        return e; /* "dob=12_de_outubro_de_1968" */
    if (y1 && (e = reread(s, i, y1, ds)) && *ds < y1 && y1 + 3 <= e &&
        (nw_birth_before(s, *ds) || nw_birth_after(s, e) || nw_dob10_mark(s, *ds, e)) &&
        !famous_before(s, *ds))
        return e; /* "b. 1884-11-19", "dob=2_de_maio_de_1881" */
    return 0;
}

/* The word ending at q (exclusive), folded into buf: its start in *ws, or NULL. */
static const char *word_before(const struct sc *s, size_t q, size_t *ws, char *buf, size_t cap)
{
    size_t w = q;
    while (w > 0 && q - w < 24 && s->t[w - 1] != ' ' && s->t[w - 1] != '\n')
        w--;
    *ws = w;
    return w < q ? nw_fold_span(s, w, q, buf, cap) : NULL;
}

/* A birth word in the 4 KiB before a: the text asked for the birth date before the answer (a
 * chat's earlier turn, the newer mail quoted above the reply); one after it ("it's Tom, 12 May
 * 2024. The DOB field is empty") asks nothing of this date. */
static int asked_for_birth(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    for (size_t k = a > 4096 ? a - 4096 : 0; k < a; k++)
        if ((k == 0 || !(is_alnum(t[k - 1]) || t[k - 1] >= 0x80)) && nw_birth_word_at(s, k, a))
            return 1;
    return 0;
}

int nw_birth_answer(const struct sc *s, size_t ds, size_t e)
{
    /* the word that introduces the writer: "It's X", "This is X", "I'm X", "Ich bin X",
     * "Hier ist X", "C'est X", "Je suis X", "Ik ben X", "Dit is X", "Soy X", "Me llamo X",
     * "Sono X", "Mi chiamo X", "Sou X", "Chamo-me X" */
    static const char *const intro[] = {
        "it's",         "it\342\200\231s", "i'm",  "bin", "c'est", "suis",   "ben",
        "soy",          "llamo",           "sono", "sou", "chamo", "chiamo", "heet",
        "hei\303\237e", "c\342\200\231est"};
    /* "is" and "ist" only after a pronoun: "Der Termin ist Montag, 4. März" is no answer */
    static const char *const pronoun[] = {"this", "it", "here", "that", "hier", "dit", "das"};
    const uint8_t *t = s->t;
    if (ds < 4 || t[ds - 1] != ' ' || t[ds - 2] != ',' ||
        !(e == s->len || t[e] == '.' || t[e] == '\n' || t[e] == '\r' || t[e] == ';'))
        return 0;
    size_t q = ds - 2, ws;
    char buf[48];
    for (int words = 0; words < 4; words++) {
        const char *f = word_before(s, q, &ws, buf, sizeof buf);
        if (!f || !nw_upper(t + ws, q - ws) || ws < 2 || t[ws - 1] != ' ')
            return 0; /* the name: capitalised words, an initial "F." among them */
        if ((words == 0 && nw_term_after(f)) || nw_not_name(f))
            return 0; /* "This is Acme Corp, ...", "It's Monday, ..." */
        size_t ps, pps;
        const char *pf = word_before(s, ws - 1, &ps, buf, sizeof buf);
        if (pf && NW_ONE_OF(pf, intro))
            return !nw_not_person(s, ws, ds - 2) && asked_for_birth(s, ps);
        if (pf && (strcmp(pf, "is") == 0 || strcmp(pf, "ist") == 0) && ps >= 2 &&
            t[ps - 1] == ' ' && (pf = word_before(s, ps - 1, &pps, buf, sizeof buf)) &&
            NW_ONE_OF(pf, pronoun))
            return !nw_not_person(s, ws, ds - 2) && asked_for_birth(s, pps);
        q = ws - 1;
    }
    return 0;
}
