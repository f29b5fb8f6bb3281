/* names_rec39.c: a person's name again, where no cue says so (branch rec39).
 *
 * The tune sets' largest shared class of missed persons (seven sets of seven): a text names a
 * person once where a cue shows it ("Owner: Marloes Huiker", "Hi, I'm Javier Zarmonez") and
 * again with no cue, often before that place ("Huiker agreed to the surgery", "thanks Javier").
 * The scanner remembers the last few names it found, left to right only; the session's sweep
 * looks for a whole known name in other forms. This pass runs once the text's findings are
 * resolved: each word of a PERSON finding is looked for again in the whole text, exact bytes at
 * word bounds, and masked where no finding holds it.
 *
 * It only adds: a text with no PERSON finding (every PII-free text) costs one loop over its
 * findings. The words it carries over are no ordinary words, places, months, titles, brands or
 * famous surnames (a "Florence" or "Ford" in the name is not looked for), and a place reads as a
 * firm or thing ("the Ford Transit", "Keller & Söhne", "Keller GmbH") is left.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/names_added.h"
#include "anonymize/names_internal.h"

#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 64 /* distinct words carried over; a text names few people */
#define MAX_WORD NW_ADDED_WORD

struct rword {
    size_t at, n; /* a finding's word, in the text */
    int weak;     /* only a one-word finding that no lexicon names has it */
};

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80 || c == '_';
}

static int alpha(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* May the word t[a .. a+n) of a PERSON finding name that person alone elsewhere? */
static int carried(const uint8_t *t, size_t len, size_t a, size_t n)
{
    if (n < 3 || n > MAX_WORD)
        return 0;
    int up = (t[a] >= 'A' && t[a] <= 'Z') || nw_upper(t + a, len - a) > 1;
    int lower = 0, upper = 0;
    for (size_t i = a; i < a + n; i++) {
        if (t[i] >= '0' && t[i] <= '9')
            return 0;
        lower += t[i] >= 'a' && t[i] <= 'z';
        upper += t[i] >= 'A' && t[i] <= 'Z';
    }
    if (!lower && upper >= 2)
        return 0; /* capitals: a bank line's or a heading's words ("ALQUILER", "HUUR") */
    char f[MAX_WORD * 2 + 1];
    size_t fl = nw_fold((const char *)t + a, n, f, sizeof f - 1);
    if (!fl)
        return 0;
    f[fl] = '\0';
    unsigned lx = anon_names_lexicon((const char *)t + a, n);
    if (lx & ANON_NL_COMMON_EN)
        return 0; /* "Will", "Mark", "Grace", "Bill" */
    if (!up && (!(lx & (ANON_NL_GIVEN | ANON_NL_NAME)) || (lx & ANON_NL_COMMON)))
        return 0; /* lower case: a name the lexicon holds, no ordinary word */
    if ((nw_cats(f) & ~(unsigned)(C_PART | C_NEAR)) || nw_city_name(f) || nw_route_city(f) ||
        nw_famous(f) || nw_brand(f, 1))
        return 0;
    return 1;
}

static int capital_at(const uint8_t *t, size_t len, size_t i)
{
    return i < len && ((t[i] >= 'A' && t[i] <= 'Z') || nw_upper(t + i, len - i) > 1);
}

static int is_word(const struct rword *w, size_t nw, const uint8_t *t, size_t a, size_t n)
{
    for (size_t k = 0; k < nw; k++)
        if (w[k].n == n && memcmp(t + w[k].at, t + a, n) == 0)
            return 1;
    return 0;
}

/* "the Ford Transit": an English article before the match makes it a thing or a firm. */
static int article_before(const uint8_t *t, size_t s)
{
    return s >= 4 && t[s - 1] == ' ' && (t[s - 4] | 0x20) == 't' && t[s - 3] == 'h' &&
           t[s - 2] == 'e' && (s == 4 || !word_byte(t[s - 5]));
}

/* Is the capitalised word t[a .. a+n) beside a match no part of the person's name: not one of
 * the person's words, no given name or surname of the lexicon, and (before the match) no
 * title, salutation or other context word of the scanner's lists, and no ordinary word opening
 * a sentence ("Thanks Javier")? Then the match is a firm's, a place's or a thing's word
 * ("Bäckerei Bauer", "Vasseur IP", "Trinity College Dublin", "Hendriks Bouw"). */
static int thing_word(const struct rword *w, size_t nw, const uint8_t *t, size_t a, size_t n,
                      int before)
{
    if (!n || n > MAX_WORD || is_word(w, nw, t, a, n))
        return 0;
    int lower = 0;
    for (size_t i = a; i < a + n; i++)
        lower += (t[i] >= 'a' && t[i] <= 'z') || t[i] >= 0x80;
    if (!lower)
        return 1;
    char f[MAX_WORD * 2 + 1];
    if (!nw_fold_word(t, a, n, f))
        return 1;
    unsigned cats = nw_cats(f);
    if (cats & (C_FIRST | C_EN | C_FR))
        return 1; /* a street type */
    unsigned lx = anon_names_lexicon((const char *)t + a, n);
    int common = (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) != 0;
    if ((lx & (ANON_NL_GIVEN | ANON_NL_NAME)) && !common)
        return 0;
    if (!before)
        return 1;
    if (cats)
        return 0;
    size_t p = a; /* an ordinary word at a line's or a sentence's start */
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t'))
        p--;
    return !(common && (p == 0 || t[p - 1] == '\n' || t[p - 1] == '.' || t[p - 1] == '!' ||
                        t[p - 1] == '?' || t[p - 1] == ':'));
}

/* The start of the word (letters, '-', '\'') ending at i, or i. */
static size_t word_start(const uint8_t *t, size_t i)
{
    while (i > 0 && (alpha(t[i - 1]) || t[i - 1] == '-' || t[i - 1] == '\''))
        i--;
    return i;
}

/* Is the match t[s .. e) one word of a longer capitalised run with a thing's word in it
 * (thing_word: the word after, the word before), or after a street type in the three words
 * before ("Rua Dr. Lusandro Zurrain", "Calle Gen. Idrelo")? */
static int in_run(const struct rword *w, size_t nw, const uint8_t *t, size_t len, size_t s,
                  size_t e)
{
    if (e + 1 < len && t[e] == ' ' && capital_at(t, len, e + 1)) {
        size_t j = e + 1;
        while (j < len && (alpha(t[j]) || t[j] == '-' || t[j] == '\''))
            j++;
        if (thing_word(w, nw, t, e + 1, j - (e + 1), 0))
            return 1;
    }
    size_t at = s;
    for (int k = 0; k < 3 && at >= 2 && t[at - 1] == ' '; k++) {
        size_t end = at - 1, dot = end > 0 && t[end - 1] == '.';
        size_t i = word_start(t, end - dot);
        if (i == end - dot || !capital_at(t, len, i))
            break;
        char f[MAX_WORD * 2 + 1];
        if (k == 0 && !dot && thing_word(w, nw, t, i, end - i, 1))
            return 1;
        if (k == 0 && dot && end - 1 - i == 2 && t[i] == 'C' && t[i + 1] == 'o')
            return 1; /* "Co. Kerry": an Irish county */
        if (nw_fold_word(t, i, end - dot - i, f) && (nw_cats(f) & (C_FIRST | C_EN | C_FR)))
            return 1;
        at = i;
    }
    return 0;
}

/* Does the match t[s .. e) stand alone as a word (no part of an address, a path, a handle's
 * domain, a longer name joined by '-')? */
static int bounded(const uint8_t *t, size_t len, size_t s, size_t e)
{
    if (s > 0) {
        uint8_t p = t[s - 1];
        if (word_byte(p) || p == '.' || p == '/' || p == '\\' || p == '#' || p == '$' || p == '%' ||
            p == '=' || (p == '-' && s > 1 && alpha(t[s - 2])))
            return 0;
        if (p == '@' && s > 1 && word_byte(t[s - 2]))
            return 0;
    }
    if (e < len) {
        uint8_t c = t[e];
        if (word_byte(c) || c == '@' || c == '(' || c == '=')
            return 0;
        if ((c == '.' || c == '-' || c == '/') && e + 1 < len && word_byte(t[e + 1]))
            return 0; /* "keller.de", "Keller-Braun", "keller/src" */
    }
    return 1;
}

/* Does the match t[s .. e) open its line (after a bullet, a number, a speaker's colon) or stand
 * before a number ("Tavolo 5")? A word that opens lines is as often a verb or a heading. */
static int line_start(const uint8_t *t, size_t s, size_t e, size_t len)
{
    if (e + 1 < len && t[e] == ' ' && t[e + 1] >= '0' && t[e + 1] <= '9')
        return 1;
    size_t i = s;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '-' || t[i - 1] == '*' ||
                     t[i - 1] == '>' || (t[i - 1] >= '0' && t[i - 1] <= '9') || t[i - 1] == '.'))
        i--;
    return i == 0 || t[i - 1] == '\n' || t[i - 1] == ':' || t[i - 1] == ']';
}

/* Does the text hold the capitalised word t[a .. a+n) in lower case too, as a word ("unix",
 * "makefiles", "bazel")? Then it is an ordinary word or a tool's name there, no person's. */
static int lower_too(const uint8_t *t, size_t len, size_t a, size_t n)
{
    if (!(t[a] >= 'A' && t[a] <= 'Z'))
        return 0;
    char low[MAX_WORD];
    memcpy(low, t + a, n);
    low[0] = (char)(t[a] | 0x20);
    const uint8_t *p = t, *m;
    size_t left = len;
    while (left >= n && (m = memmem(p, left, low, n)) != NULL) {
        size_t s = (size_t)(m - t);
        if ((s == 0 || !word_byte(t[s - 1])) && (s + n >= len || !word_byte(t[s + n])))
            return 1;
        p = m + 1;
        left = len - (size_t)(p - t);
    }
    return 0;
}

int anon_names_repeats(const char *text, size_t len, size_t person, anon_finding_t **f, size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text;
    struct rword w[MAX_WORDS];
    size_t nw = 0;
    for (size_t i = 0; i < *nf && nw < MAX_WORDS; i++) {
        const anon_finding_t *x = &(*f)[i];
        if (x->type != person || anon_names_url_part(text, x->start))
            continue;
        for (size_t p = x->start; p < x->end && nw < MAX_WORDS;) {
            while (p < x->end && !alpha(t[p]))
                p++;
            size_t a = p;
            while (p < x->end && (alpha(t[p]) || ((t[p] == '-' || t[p] == '\'') && p + 1 < x->end &&
                                                  alpha(t[p + 1]))))
                p++;
            if (p == a || (p < x->end && t[p] == '.') || !carried(t, len, a, p - a))
                continue;
            /* a finding of one word that no lexicon names ("Gracias", "Tavolo") is looked for
             * only inside a line (weak) */
            int weak = a == x->start && p == x->end && !nw_lexicon_name(t, a, p - a);
            size_t k = 0;
            while (k < nw && !(w[k].n == p - a && memcmp(t + w[k].at, t + a, p - a) == 0))
                k++;
            if (k == nw && !lower_too(t, len, a, p - a))
                w[nw++] = (struct rword){a, p - a, weak};
            else
                w[k].weak &= weak;
        }
    }
    if (!nw)
        return 0;
    struct nw_adds d = {0};
    for (size_t k = 0; k < nw; k++) {
        const uint8_t *p = t;
        size_t left = len;
        const uint8_t *m;
        while (left >= w[k].n && (m = memmem(p, left, t + w[k].at, w[k].n)) != NULL) {
            size_t s = (size_t)(m - t), e = s + w[k].n;
            p = m + 1;
            left = len - (size_t)(p - t);
            if ((w[k].weak && line_start(t, s, e, len)) || !bounded(t, len, s, e) ||
                nw_overlaps(*f, *nf, s, e) || nw_firm_after(t, len, e) || article_before(t, s) ||
                nw_prose44_thing(t, len, s, e) || in_run(w, nw, t, len, s, e) ||
                anon_names_url_part(text, s))
                continue;
            if (nw_adds_push(&d, person, s, e))
                return ANON_ERR_NOMEM;
        }
    }
    return nw_adds_done(&d, f, nf);
}
