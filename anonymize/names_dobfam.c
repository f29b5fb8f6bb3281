/* names_dobfam.c: a famous person's birth date is not a user's personal data (branch dobfam,
 * issue 15). "Mozart was born on 27 January 1756", "Am 28. August 1749 kam Goethe zur Welt",
 * "Quiz: When was Ada Lovelace born?\nAnswer: 10 December 1815": the date is public knowledge
 * and masking it spoils the prompt.
 *
 * The rule sits on the emit path (nw_dobfam_emit()), so every birth rule of the pack is judged
 * the same way and none of them needs to know it. A birth date is dropped only when its subject,
 * the name nearest to it in its own clause, is a public figure as names_famous.c judges one
 * (nw_famous_topic(): a gazetteer name or a topic cue, and no personal cue around it). The
 * subject is looked for before the date first; a first- or second-person word or a relation word
 * on the way ("my", "unser", "ma fille", "Kunde") or any other name ends the search and keeps
 * the date, so "my grandmother Ilse, born 3 March 1931, loved Mozart" stays masked. A label line
 * ("Born:", "Answer:") sends the search to the lines above in the same block (a heading or a
 * question); a clause with no name before the date is read forward ("Le 7 novembre 1867 naît
 * Marie Curie"). Nothing else is dropped: the other rules still decide what is a birth.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* A token of the window: a word (letters, digits, '\'', '-', an initial's dot) or one mark. */
struct tok {
    size_t s, e;
    uint8_t mark; /* 0 for a word, else the punctuation byte ('-' for any dash or bullet) */
};

#define DOBFAM_TOKS 48

static int word_byte(const uint8_t *t, size_t i, size_t len)
{
    uint8_t c = t[i];
    if (is_alnum(c) || c == '-')
        return 1;
    if (c == '\'') /* inside a word ("O'Brien", "d'Arc"), not a quote around it ('Leone') */
        return i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80) && i + 1 < len &&
               (is_alnum(t[i + 1]) || t[i + 1] >= 0x80);
    if (c == 0xE2 || c == 0xC2)
        return 0; /* general punctuation (dashes, daggers, quotes) and Latin-1 signs */
    if (c >= 0x80)
        return 1;
    /* an initial's dot inside a run ("Annie M.G. Schmidt"), not a sentence's */
    return c == '.' && i > 0 && is_up(t[i - 1]) &&
           (i < 2 || !is_alnum(t[i - 2]) || t[i - 2] == '.') && i + 1 < len &&
           (is_up(t[i + 1]) || t[i + 1] == ' ');
}

/* The tokens of t[a .. b) into k (at most cap: the first, or the last when last is set); how
 * many. Multi-byte marks are one '-'. */
static size_t tokens(const struct sc *s, size_t a, size_t b, struct tok *k, size_t cap, int last)
{
    const uint8_t *t = s->t;
    size_t n = 0, i = a;
    while (i < b && (last || n < cap)) {
        uint8_t c = t[i];
        if (c == ' ' || c == '\t' || c == '\r') {
            i++;
            continue;
        }
        if (n == cap) { /* keep the last cap: the words nearest to the date */
            memmove(k, k + 1, (cap - 1) * sizeof *k);
            n--;
        }
        if (word_byte(t, i, s->len)) {
            size_t j = i;
            while (j < b && word_byte(t, j, s->len))
                j++;
            k[n++] = (struct tok){i, j, 0};
            i = j;
            continue;
        }
        size_t w = (c == 0xE2 && i + 2 < b) ? 3 : (c == 0xC2 && i + 1 < b) ? 2 : 1;
        k[n++] = (struct tok){i, i + w, w > 1 ? '-' : c};
        i += w;
    }
    return n;
}

static int cap_word(const struct sc *s, const struct tok *k)
{
    return !k->mark && (is_up(s->t[k->s]) || nw_upper(s->t + k->s, s->len - k->s) > 1);
}

/* The word k folded into buf (terminated), "" for a mark or a word too long. */
static const char *fold_tok(const struct sc *s, const struct tok *k, char *buf, size_t cap)
{
    size_t n = k->mark ? 0 : nw_fold((const char *)s->t + k->s, k->e - k->s, buf, cap - 1);
    buf[n] = '\0';
    return buf;
}

/* A word that says the person is the writer, the reader or someone the writer is related to. */
static int personal_word(const struct sc *s, const struct tok *k)
{
    static const char *const w[] = {
        "i",       "me",      "my",     "our",    "we",     "your",  "you",    "ich",
        "mein",    "meine",   "meinem", "meiner", "meinen", "unser", "unsere", "unserem",
        "unseren", "unserer", "dein",   "deine",  "wir",    "je",    "mon",    "ma",
        "mes",     "notre",   "nos",    "ton",    "ta",     "nous",  "ik",     "mijn",
        "onze",    "ons",     "jouw",   "je",     "wij",    "mi",    "mis",    "yo",
        "nuestro", "nuestra", "tu",     "mio",    "mia",    "miei",  "mie",    "io",
        "nostro",  "nostra",  "meu",    "minha",  "eu",     "nosso", "nossa",  "teu",
        "tua",     "sono",    "soy",    "sou",    "suis",   "bin"};
    char b[32];
    const char *f = fold_tok(s, k, b, sizeof b);
    if (!*f)
        return 0;
    return NW_ONE_OF(f, w) || nw_ctx2_lead(f);
}

static int particle(const struct sc *s, const struct tok *k)
{
    char f[16];
    return nw_particle(fold_tok(s, k, f, sizeof f));
}

/* The run of capitalised words (and particles between them) that ends with token j: its first
 * token's index. */
static size_t run_start(const struct sc *s, const struct tok *k, size_t j)
{
    size_t r = j;
    while (r > 0 && !k[r - 1].mark && k[r].s - k[r - 1].e == 1) {
        if (cap_word(s, &k[r - 1]) || (r > 1 && particle(s, &k[r - 1]) && cap_word(s, &k[r - 2]) &&
                                       k[r - 1].s - k[r - 2].e == 1))
            r--;
        else
            break;
    }
    return r;
}

/* The token before k[r] opens a sentence or a line, or a label's colon follows k[j]. */
static int opener(const struct tok *k, size_t r)
{
    return r == 0 || strchr("\n.:!?-*(\"", k[r - 1].mark);
}

/* The word k is a regnal number ("II", "XIV"). */
static int roman(const struct sc *s, const struct tok *k)
{
    for (size_t i = k->s; i < k->e; i++)
        if (s->t[i] != 'I' && s->t[i] != 'V' && s->t[i] != 'X')
            return 0;
    return !k->mark && k->e - k->s <= 5;
}

/* t[a .. e) names a public figure (names_famous.c) with c the scanner's state. */
static int famous_at(struct sc *c, size_t a, size_t e)
{
    if (nw_famous_topic(c, a, e))
        return 1;
    /* names_context2.c reads a birth phrase right after a run as a person's context ("X, né
     * le", "X nasceu"): here that phrase is what is being judged, so it is no cue; the run is
     * judged again with the text cut short behind it (an age in brackets still counts) */
    size_t len = c->len;
    if (e + 4 >= len || (c->t[e] == ' ' && c->t[e + 1] == '('))
        return 0;
    c->len = e + 4;
    int v = nw_famous_topic(c, a, e);
    c->len = len;
    return v;
}

/* The run k[r .. j] judged: 1 a public figure, 0 a name that keeps the date. */
static int famous_run(const struct sc *s, const struct tok *k, size_t r, size_t j)
{
    struct sc c = *s;
    c.ctx = CTX_NONE; /* the last judged run's state is not this run's */
    c.suffix = 0;
    if (j > r && roman(s, &k[j]))
        j--; /* "Élisabeth II": names_famous.c reads the regnal number after the run */
    size_t e = k[j].e;
    while (e > k[r].s && s->t[e - 1] == '.')
        e--;
    if (e <= k[r].s)
        return 0;
    if (famous_at(&c, k[r].s, e))
        return 1;
    /* a noun before a particle joined the run ("Geburtsdatum von Rosa Parks", "Biografie von
     * X"): the name after the particle is judged, with the noun as its topic phrase */
    for (size_t p = r + 2; p <= j; p++)
        if (particle(s, &k[p - 1]) && cap_word(s, &k[p]) && famous_at(&c, k[p].s, e))
            return 1;
    return 0;
}

enum { FAM_NONE, FAM_PUBLIC, FAM_PRIVATE };

/* Backwards over k[0 .. n): the nearest run decides; a single capitalised word that opens a
 * sentence or labels a line ("Born", "Answer:", "Did") is passed over. *stop says a clause end
 * ('.', ';', '?', '!') was met before anything decided. */
static int back(const struct sc *s, const struct tok *k, size_t n, int lines, int *stop,
                size_t *lead)
{
    size_t words = 0;
    *lead = SIZE_MAX;
    for (size_t j = n; j-- > 0 && words < 24;) {
        uint8_t m = k[j].mark;
        if (m == ';' || m == '!' || (m == '?' && !lines)) {
            *stop = 1;
            break;
        }
        if (m == '.' && j > 0 && !k[j - 1].mark && k[j - 1].e == k[j].s &&
            k[j - 1].e - k[j - 1].s >= 4 && !cap_word(s, &k[j - 1]) && !lines) {
            *stop = 1; /* "geboren." ends a sentence; "geb.", "4." and "Dr." do not */
            break;
        }
        if (m == ':' && *lead == SIZE_MAX)
            *lead = words;
        if (m)
            continue;
        words++;
        if (personal_word(s, &k[j]))
            return FAM_PRIVATE;
        if (!cap_word(s, &k[j]))
            continue;
        size_t r = run_start(s, k, j);
        for (size_t q = r; q < j; q++)
            if (personal_word(s, &k[q]))
                return FAM_PRIVATE; /* "Mein Urgroßvater X", "Unser Sohn X" */
        if (r > 0 && !k[r - 1].mark && personal_word(s, &k[r - 1]))
            return FAM_PRIVATE; /* "sono Federica Di Stefano, ... nata il": the writer names
                                   herself (branch h5dob) */
        int label = j + 1 < n && k[j + 1].mark == ':';
        if (famous_run(s, k, r, j))
            return FAM_PUBLIC;
        if (r == j && (opener(k, r) || label))
            continue;
        if (label && opener(k, r))
            continue; /* "Date of Birth:", "Fecha de nacimiento:" */
        return FAM_PRIVATE;
    }
    if (*lead == SIZE_MAX)
        *lead = words;
    return FAM_NONE;
}

/* Forwards over k[0 .. n) to the clause's end: the first run decides when one word at most
 * comes before it. */
static int fwd(const struct sc *s, const struct tok *k, size_t n)
{
    for (size_t j = 0, words = 0; j < n && words < 8; j++) {
        uint8_t m = k[j].mark;
        if (m == ';' || m == '.' || m == '!' || (m == '\n' && j > 0))
            return FAM_NONE;
        if (m)
            continue;
        words++;
        if (personal_word(s, &k[j]))
            return FAM_PRIVATE;
        if (!cap_word(s, &k[j]))
            continue;
        if (words > 2)
            return FAM_NONE; /* a verb at most before the subject ("naît X"), not "just like X" */
        size_t r = j;
        while (j + 1 < n && !k[j + 1].mark && k[j + 1].s - k[j].e == 1 &&
               (cap_word(s, &k[j + 1]) ||
                (j + 2 < n && !k[j + 2].mark && k[j + 2].s - k[j + 1].e == 1 &&
                 cap_word(s, &k[j + 2]) && particle(s, &k[j + 1]))))
            j++;
        for (size_t q = r + 1; q <= j; q++)
            if (personal_word(s, &k[q]))
                return FAM_PRIVATE;
        if (famous_run(s, k, r, j))
            return FAM_PUBLIC;
        if (r == j && j + 1 < n && k[j + 1].mark == ':')
            continue; /* the answer line's label: "A: Frida Kahlo" */
        return FAM_PRIVATE;
    }
    return FAM_NONE;
}

/* Whether the birth date ds..de belongs to a public figure (see the top of the file). */
static int public_birth(const struct sc *s, size_t ds, size_t de)
{
    const uint8_t *t = s->t;
    struct tok k[DOBFAM_TOKS];
    size_t ls = ds;
    while (ls > 0 && t[ls - 1] != '\n' && ds - ls < 240)
        ls--;
    size_t n0 = tokens(s, ls, ds, k, DOBFAM_TOKS, 1), words = 0;
    for (size_t j = 0; j < n0; j++)
        words += !k[j].mark;
    size_t lead, lead2; /* the words before the date in its clause, after a label's colon */
    int stop = 0, v = back(s, k, n0, 0, &stop, &lead);
    /* the date's line is a label ("- Born:", "Answer:", "Nascita:") that gave nothing, and a
     * line of the same block is above it: a heading or a question */
    for (int up = 0; v == FAM_NONE && !stop && words <= 3 && up < 3 && ls > 1 &&
                     t[ls - 1] == '\n' && t[ls - 2] != '\n';
         up++) {
        size_t le = ls - 1, a = le;
        while (a > 0 && t[a - 1] != '\n' && le - a < 240)
            a--;
        size_t n = tokens(s, a, le, k, DOBFAM_TOKS, 1);
        v = back(s, k, n, 1, &stop, &lead2);
        ls = a;
    }
    if (v != FAM_NONE)
        return v == FAM_PUBLIC;
    /* nothing before: the answer on the next line when the date's own line ends with a
     * question mark, or the clause after a date that opens it ("Le 7 novembre 1867 naît Marie
     * Curie", "Born on ..., X grew up"; two words before it at most, or "Frida was born on
     * ... and Kahlo was her idol" would read the idol as the subject) */
    size_t b = de;
    while (b < s->len && t[b] != '\n' && b - de < 160)
        b++;
    size_t n = tokens(s, de, b, k, DOBFAM_TOKS, 0);
    if (n == 1 && k[0].mark == '?' && b < s->len) {
        size_t b2 = b + 1;
        while (b2 < s->len && t[b2] != '\n' && b2 - b < 120)
            b2++;
        n = tokens(s, b + 1, b2, k, DOBFAM_TOKS, 0);
    } else if (lead > 2) {
        return 0;
    }
    return fwd(s, k, n) == FAM_PUBLIC;
}

int nw_dobfam_emit(void *arg, int kind, size_t a, size_t b)
{
    struct nw_dobfam *f = arg;
    if (kind == ANON_NAMES_DOB &&
        (public_birth(f->s, a, b) || nw_dob8_animal(f->s, a, b) || nw_dob10_not_birth(f->s, a, b) ||
         nw_dob11_not_birth(f->s, a, b)))
        return 0; /* names_dob8.c: a pet's birth in a vet record is no person's either */
    return f->emit(f->arg, kind, a, b);
}
