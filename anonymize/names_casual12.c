/* names_casual12.c: the other half of a pair of people typed in chat (branch casual12).
 * "meeting with maria and jonas", "ask priya or tomasz", "reunión con lucía y quimone",
 * "vraag pieter of sanne": the rules of the pack find one of the two (a lexicon name after a cue,
 * a greeting), and the other, an invented name or one the lexicon also knows as a word of another
 * language, has no context of its own: the conjunction beside a person found is that context.
 *
 * The rule sits on the emit path (nw_particles_emit() calls nw_casual12_pair() after each PERSON
 * finding), so every rule of the pack lends its findings the same way. The one thing to know:
 * the finding must be one lower-case word (a capitalised pair is the coordination rule's, names_
 * informal.c), the partner one lower-case word too, right across one conjunction of the pack's
 * languages, and a name by itself: a lexicon name that is no ordinary English word (or a
 * well-attested given name that is one too), or an unknown word whose letters lean clearly to a
 * name's ("sales and marketing", "maria and the team", "ask gpt or claude" stay: no person is
 * found there first, or the partner is a word). The test is a few byte compares per finding and
 * nothing on text without one. */
#include "anonymize/names_internal.h"

#include <string.h>

/* A word's letters score as a name from here up (nw_name_shape(), sixteenths of a nat): the
 * pack's SHAPE_NAME. */
#define PAIR_SHAPE 10

/* Is t[i] the start of a lower-case letter (a capital too in names_lower.c's raised copy)? Its
 * byte length, or 0. */
static size_t low_letter(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i >= s->len)
        return 0;
    if (t[i] >= 'a' && t[i] <= 'z')
        return 1;
    if (t[i] < 0x80)
        return s->raised && t[i] >= 'A' && t[i] <= 'Z' ? 1 : 0;
    size_t l = nw_letter(t + i, s->len - i);
    return l && (!nw_upper(t + i, s->len - i) || s->raised) ? l : 0;
}

/* The end of the word of letters from a (lower case after its first), or a. */
static size_t word_end(const struct sc *s, size_t a)
{
    size_t e = a, l;
    if (!(l = low_letter(s, e)))
        return a;
    e += l;
    while (e < s->len && e - a < 24) {
        const uint8_t c = s->t[e];
        if (c >= 'a' && c <= 'z')
            e++;
        else if (c >= 0xC3 && (l = nw_letter(s->t + e, s->len - e)) != 0 &&
                 !nw_upper(s->t + e, s->len - e))
            e += l;
        else
            break;
    }
    return e;
}

/* The start of the word of letters ending at e (lower case after its first), or e. */
static size_t word_start(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t a = e;
    while (a > 0 && e - a < 24 &&
           ((t[a - 1] >= 'a' && t[a - 1] <= 'z') || (t[a - 1] >= 0x80 && t[a - 1] < 0xC0)))
        a--; /* letters and UTF-8 continuation bytes */
    if (a > 0 && t[a - 1] >= 0xC3 && t[a - 1] < 0xE0)
        a--; /* "élodie": the lead byte of the first letter */
    if (a > 0 && s->raised && t[a - 1] >= 'A' && t[a - 1] <= 'Z')
        a--;
    return word_end(s, a) == e ? a : e;
}

/* Is t[a .. e) a name by itself (see the top of the file)? */
static int partner_name(const struct sc *s, size_t a, size_t e, int strong_conj)
{
    const uint8_t *t = s->t;
    if (e - a < 3 || e - a > 20)
        return 0;
    if (e < s->len && (is_alnum(t[e]) || strchr("_@/\\('-", t[e]) ||
                       (t[e] == '.' && e + 1 < s->len && is_alnum(t[e + 1]))))
        return 0; /* an identifier, a path, an address, a call */
    if (a > 0 && (is_alnum(t[a - 1]) || strchr("_@/\\.-'", t[a - 1])))
        return 0;
    char b[32];
    const char *w = nw_fold_span(s, a, e, b, sizeof b);
    if (!*w || nw_not_name(w) || nw_month(w) || nw_particle(w) ||
        (nw_cats(w) & (C_LABEL | C_CLOSE | C_SAL | C_HON | C_TERM | C_MONTH | C_NOT)))
        return 0;
    unsigned f = nw_lexicon_in(t, s->len, a, e);
    if (f)
        return nw_lexname(f) &&
               (!(f & ANON_NL_COMMON_EN) ||
                ((f & ANON_NL_GIVEN) && (f & ANON_NL_ATTESTED) && strong_conj)) &&
               (!(f & ANON_NL_COMMON) || (f & (ANON_NL_GIVEN | ANON_NL_NAME)));
    /* unknown: only after a conjunction that is never a preposition, letters of a name's */
    return strong_conj && e - a >= 4 && nw_name_shape(t + a, e - a) >= PAIR_SHAPE;
}

/* The conjunction at t[i ..) (" and ", " & "...): its length with both spaces, 0 for none; *strong
 * 0 for "of", "o", "e" (Dutch "of" is English "of", "o" and "e" are letters in lists). */
static size_t conj_at(const struct sc *s, size_t i, int *strong)
{
    static const char *const conj[] = {" and ", " & ",  " und ",  " et ", " y ", " en ",
                                       " or ",  " ou ", " oder ", " e ",  " o ", " of "};
    const uint8_t *t = s->t;
    if (i + 3 >= s->len || t[i] != ' ')
        return 0;
    for (size_t k = 0; k < sizeof conj / sizeof conj[0]; k++) {
        size_t n = strlen(conj[k]);
        if (i + n <= s->len && memcmp(t + i, conj[k], n) == 0) {
            *strong = k < 9;
            return n;
        }
    }
    return 0;
}

/* The conjunction ending at t[.. e) (its last space at e - 1): its length, 0 for none. */
static size_t conj_before(const struct sc *s, size_t e, int *strong)
{
    for (size_t n = 3; n <= 6 && n <= e; n++)
        if (s->t[e - n] == ' ') {
            size_t m = conj_at(s, e - n, strong);
            return m == n ? n : 0;
        }
    return 0;
}

int nw_casual12_pair(const struct sc *s, size_t a, size_t b, anon_names_emit_fn emit, void *arg)
{
    const uint8_t *t = s->t;
    int strong;
    /* the finding: one word, lower case (a letter raised in names_lower.c's copy counts) */
    if (b - a < 3 || !low_letter(s, a) || word_end(s, a) != b)
        return 0;
    size_t n;
    if (b + 4 < s->len && t[b] == ' ' && (n = conj_at(s, b, &strong)) != 0) {
        size_t pa = b + n, pe = word_end(s, pa);
        if (pe > pa && partner_name(s, pa, pe, strong)) {
            int rc = emit(arg, ANON_NAMES_PERSON, pa, pe);
            if (rc < 0)
                return rc;
        }
    }
    if (a > 4 && t[a - 1] == ' ' && (n = conj_before(s, a, &strong)) != 0) {
        size_t pe = a - n, pa = word_start(s, pe);
        if (pa < pe && partner_name(s, pa, pe, strong))
            return emit(arg, ANON_NAMES_PERSON, pa, pe);
    }
    return 0;
}

/* A lexicon given name at t[a .. e) that is no ordinary word of any list ("jonas", "priya"). */
static int strong_given(const struct sc *s, size_t a, size_t e)
{
    unsigned f = nw_lexicon_in(s->t, s->len, a, e);
    return nw_lexname(f) && (f & ANON_NL_GIVEN) && !(f & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

/* Does the word ending right before the space at t[e - 1] say people follow ("with", "ask",
 * "ping", "mit", "avec", "met", "con", "com", their verbs)? */
static int pair_cue(const struct sc *s, size_t e)
{
    static const char *const cues[] = {
        "with",     "ask",      "ping",    "tell", "cc",     "mit",    "frag",  "avec",
        "à",        "met",      "vraag",   "con",  "a",      "com",    "ao",    "chiedi",
        "pergunta", "pregunta", "demande", "dile", "invite", "remind", "thank", "thanks"};
    if (e < 2 || s->t[e - 1] != ' ')
        return 0;
    size_t a = word_start(s, e - 1);
    if (a == e - 1 || (a > 0 && is_alnum(s->t[a - 1])))
        return 0;
    char b[16];
    const char *w = nw_fold_span(s, a, e - 1, b, sizeof b);
    return *w && NW_ONE_OF(w, cues);
}

int nw_casual12_pairs(struct sc *s)
{
    const uint8_t *t = s->t;
    if (!s->raised || s->len < 12)
        return 0; /* a text in lower case only (names_lower.c's copy): short, and rare */
    for (const uint8_t *p = memchr(t, ' ', s->len); p;
         p = memchr(p + 1, ' ', s->len - (size_t)(p + 1 - t))) {
        size_t i = (size_t)(p - t), n;
        int strong;
        if (i < 3 || !(n = conj_at(s, i, &strong)) || !strong)
            continue;
        size_t la = word_start(s, i), rb = i + n, re = word_end(s, rb);
        if (la == i || re == rb || !pair_cue(s, la))
            continue;
        int lg = strong_given(s, la, i), rg = strong_given(s, rb, re);
        if (!(lg || rg) || !(lg || partner_name(s, la, i, 1)) ||
            !(rg || partner_name(s, rb, re, 1)))
            continue; /* one a given name that is no word, the other a name by itself */
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, la, i);
        if (rc < 0 || (rc = s->emit(s->arg, ANON_NAMES_PERSON, rb, re)) < 0)
            return rc;
    }
    return 0;
}
