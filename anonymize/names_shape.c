/* names_shape.c: how much a word looks like a name by its letters alone (the name-shape score).
 *
 * A table built at build time from the NAMES lexicon (gen/gen_name_shape.c) holds, for every
 * letter trigram, the log-odds that it comes from a given name or surname rather than from an
 * ordinary word; a word's score is the mean over its trigrams, boundaries included, so
 * "Oddgeirsdóttir" and "Wrighughel" score as names and "Kubernetes" or "Rechnungsadresse" as
 * words though none of them is in the lexicon. The score is a weak signal: the scanner uses it
 * only together with a context (names.c), never alone on one word.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_scan52.h"
#include "anonymize/names_shape_sym.h"

#include "anonymize/name_shape.h"

/* A word with a letter that no ordinary word of the pack's languages (en/de/fr/nl/es/it) has:
 * Latin Extended-A ("ł", "ř", "ş", "ğ", "ı", "ő", "ă"), Romanian "ș"/"ț", Icelandic "ð"/"þ",
 * Vietnamese ("ơ", "ư", "ễ").
 * The trigram table reads every such letter as one symbol that ordinary accented words dominate,
 * so "Güneş" or "Sigríður" would score as words; such a letter is a name's evidence instead
 * (names of Slavic, Turkish, Hungarian, Romanian, Nordic origin carry them). */
#define SHAPE_FOREIGN 12
static int foreign_letter(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        uint8_t c = p[i];
        if (c < 0xC3)
            continue;
        if (c == 0xC4 || c == 0xC5)
            return 1;
        if (c == 0xC3 &&
            (p[i + 1] == 0xB0 || p[i + 1] == 0x90 || p[i + 1] == 0xBE || p[i + 1] == 0x9E))
            return 1; /* ð Ð þ Þ */
        if (c == 0xC8 && p[i + 1] >= 0x98 && p[i + 1] <= 0x9B)
            return 1;
        if ((c == 0xC6 &&
             (p[i + 1] == 0xA0 || p[i + 1] == 0xA1 || p[i + 1] == 0xAF || p[i + 1] == 0xB0)) ||
            (c == 0xE1 && p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB) ||
            (c == 0xCC && (p[i + 1] == 0x9B || p[i + 1] == 0xA3)))
            return 1; /* Vietnamese: "ơ" "ư", Latin Extended Additional, NFD's horn and dot below */
    }
    return 0;
}

int nw_name_shape(const uint8_t *p, size_t n)
{
    int a = NS_EDGE, b = NS_EDGE, sum = 0, k = 0;
    for (size_t i = 0; i <= n;) {
        int c = NS_EDGE;
        size_t l = 1;
        if (i < n && (c = ns_sym(p + i, n - i, &l)) == NS_JOIN)
            c = NS_EDGE;    /* "Keller-Ostrowski", "O'Brien": each part a word of its own */
        if (b != NS_EDGE) { /* no trigram across a boundary: "^^K", "r^O" */
            sum += name_shape_lo[(a * NS_SYMS + b) * NS_SYMS + c];
            k++;
        }
        a = b;
        b = c;
        i += l;
    }
    int v = k > 0 ? sum / k : 0;
    return v < SHAPE_FOREIGN && foreign_letter(p, n) ? SHAPE_FOREIGN : v;
}

/* A word scores as a name from here up (sixteenths of a nat per trigram): about half of the
 * invented names of the tune sets and one in seven of the unknown capitalised words of the
 * developer text score so. */
#define SHAPE_NAME 10
/* A run of two or three words is name-shaped when the mean of its words' scores reaches
 * SHAPE_RUN and none is below SHAPE_FLOOR; a lexicon name counts SHAPE_LEX. */
#define SHAPE_RUN 7
#define SHAPE_FLOOR (-6)
#define SHAPE_LEX 24
#define SHAPE_CAPS 14 /* the mean for a run all in capitals */
#define NOT_NAME (-1000)

/* The name-shape score of the name-shaped word w, NOT_NAME when it is in a list of ordinary or
 * product words, shorter than three letters or no SH_NAME; SHAPE_LEX for a lexicon name. */
static int word_score(const struct sc *s, const struct word *w)
{
    char buf[48];
    if (w->shape != SH_NAME || w->e - w->s < 3 || (w->lex & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) ||
        nw_not_name(nw_fold_span(s, w->s, w->e, buf, sizeof buf)))
        return NOT_NAME;
    if (w->lex)
        return nw_lexname(w->lex) ? SHAPE_LEX : NOT_NAME;
    return nw_name_shape(s->t + w->s, w->e - w->s);
}

/* Two or three name-shaped words in run[0 .. n), each a lexicon name or unknown, one at least
 * unknown: 2 when they are name-shaped together, 1 when they are not, 0 for no such run. The
 * lists and the lexicon first, the letters only when every word may be a name. */
static int run_form(const struct sc *s, const struct word *run, size_t n)
{
    int names = 0, unknown = 0, sum = 0;
    char buf[48];
    for (size_t k = 0; k < n; k++) {
        const struct word *w = &run[k];
        if (w->shape != SH_NAME)
            continue;
        if (w->e - w->s < 3 || (w->lex & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) ||
            (w->lex && !nw_lexname(w->lex)) ||
            nw_not_name(nw_fold_span(s, w->s, w->e, buf, sizeof buf)))
            return 0;
        names++;
        unknown += w->lex == 0;
    }
    if (names < 2 || names > 3 || !unknown)
        return 0;
    for (size_t k = 0; k < n; k++) {
        if (run[k].shape != SH_NAME)
            continue;
        int v = run[k].lex ? SHAPE_LEX : nw_name_shape(s->t + run[k].s, run[k].e - run[k].s);
        if (v < SHAPE_FLOOR)
            return 1;
        sum += v;
    }
    return sum >= SHAPE_RUN * names ? 2 : 1;
}

static int run_shaped(const struct sc *s, const struct word *run, size_t n)
{
    return run_form(s, run, n) == 2;
}

/* Does the run t[a .. b) fill a list item: a line that opens with a bullet ("- ", "* ", "• ",
 * "3. ", "3) ") right before it and ends right after it? */
static int list_item(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b < s->len && t[b] != '\n' && t[b] != '\r')
        return 0;
    if (a < 2 || t[a - 1] != ' ')
        return 0;
    size_t i = a - 1;
    if (t[i - 1] == '-' || t[i - 1] == '*')
        i--;
    else if (i >= 3 && t[i - 3] == 0xE2 && t[i - 2] == 0x80 && t[i - 1] == 0xA2)
        i -= 3;
    else if (t[i - 1] == '.' || t[i - 1] == ')') {
        i--;
        size_t d = i;
        while (i > 0 && is_digit(t[i - 1]) && d - i < 3)
            i--;
        if (i == d)
            return 0;
    } else
        return 0;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    return i == 0 || t[i - 1] == '\n';
}

/* Is w (n bytes, lower case) a conjunction of a list: and, und, et, en, y, e? */
static int conj_word(const uint8_t *w, size_t n)
{
    switch (n) {
    case 1:
        return w[0] == 'y' || w[0] == 'e';
    case 2:
        return (w[0] == 'e' && (w[1] == 't' || w[1] == 'n'));
    case 3:
        return (w[0] == 'a' && w[1] == 'n' && w[2] == 'd') ||
               (w[0] == 'u' && w[1] == 'n' && w[2] == 'd');
    default:
        return 0;
    }
}

/* Is the run t[a .. b) an item of a list of capitalised items: ", " or a conjunction and a
 * capital after it, or a capitalised word and ", " or a conjunction before it ("Taiin Sosaiihan,
 * Cegagha Fainerty and Neaghgian Bikaiagh")? A few bytes' look on either side. */
static int list_of_names(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (b + 2 < len && t[b] == ',' && t[b + 1] == ' ' && nw_upper(t + b + 2, len - b - 2))
        return 1;
    if (b + 1 < len && t[b] == ' ') {
        size_t e = b + 1;
        while (e < len && e - b <= 4 && t[e] >= 'a' && t[e] <= 'z')
            e++;
        if (e + 1 < len && t[e] == ' ' && conj_word(t + b + 1, e - b - 1) &&
            nw_upper(t + e + 1, len - e - 1))
            return 1;
    }
    if (a < 4 || t[a - 1] != ' ')
        return 0;
    size_t i = a - 1; /* before: ", " or " and ", then a word that starts capitalised */
    if (t[i - 1] == ',') {
        i--;
    } else {
        size_t e = i;
        while (i > 0 && e - i <= 4 && t[i - 1] >= 'a' && t[i - 1] <= 'z')
            i--;
        if (i == e || i < 2 || t[i - 1] != ' ' || !conj_word(t + i, e - i))
            return 0;
        i--;
    }
    if (!((t[i - 1] >= 'a' && t[i - 1] <= 'z') || t[i - 1] >= 0x80))
        return 0; /* the item before ends with a letter */
    size_t w = i;
    while (w > 0 && i - w < 40 && (is_alnum(t[w - 1]) || t[w - 1] >= 0x80 || t[w - 1] == '-'))
        w--;
    return w < i && nw_upper(t + w, len - w);
}

int nw_shape_pair(const struct sc *s, const struct word *run, size_t n)
{
    const uint8_t *t = s->t;
    size_t a = run[0].s, b = run[n - 1].e;
    /* after a lower-case word, or after a comma or semicolon when the clause goes on in lower
     * case ("..., Samiour Naour la controlla domani"; not a place line ", Črni Vrh") */
    int mid = a >= 2 && t[a - 1] == ' ' &&
              ((t[a - 2] >= 'a' && t[a - 2] <= 'z') ||
               ((t[a - 2] == ',' || t[a - 2] == ';') && b + 1 < s->len && t[b] == ' ' &&
                t[b + 1] >= 'a' && t[b + 1] <= 'z'));
    int quoted = a >= 1 && t[a - 1] == '"' && b < s->len && t[b] == '"';
    if (!mid && !quoted && !list_item(s, a, b) && !list_of_names(s, a, b))
        return 0; /* inside a sentence, a whole quoted string or a whole list item */
    return run_shaped(s, run, n);
}

/* Is nw a verb whose subject is a person ("said", "shouted", "will"), or "is", "was"? Not "has":
 * "Avahi has a mailing list". */
static int subject_verb(const char *nw)
{
    static const char *const v[] = {"began", "spent",  "shouted", "listed", "wants", "went",
                                    "met",   "loves",  "became",  "grew",   "moved", "died",
                                    "gave",  "stayed", "studied", "will",   "heeft", "kam"};
    return *nw && ((nw_cats(nw) & (C_VA | C_BE)) || NW_ONE_OF(nw, v));
}

/* A verb nw that takes a person as its subject when an object follows it (n2 the word after
 * it): "Ranef fixed the build", "Mehreya reports chest pain", "Oğmet hat den Fehler gefunden",
 * "Kwadu a corrigé le bug". A verb in the past or a few present forms before an article or a
 * possessive (not a pronoun: "Broella shipped it" stays a word); an auxiliary of de/nl/fr/it
 * before a lower-case word that a space, a comma or a full stop ends. */
static int verb_with_object(const struct sc *s, const struct word *w, const char *nw)
{
    static const char *const v[] = {"reports", "says",  "writes", "thinks", "wants", "needs",
                                    "found",   "made",  "wrote",  "took",   "sent",  "broke",
                                    "built",   "ran",   "got",    "left",   "told",  "fixes",
                                    "reviews", "leads", "owns",   "joined", "knows", "gave"};
    static const char *const aux[] = {"hat", "heeft", "ha", "a"};
    static const char *const obj[] = {"the", "a",    "an",   "his", "her",  "their", "our",
                                      "my",  "this", "that", "its", "some", "chest", "no"};
    size_t l = strlen(nw);
    int past = l >= 5 && nw[l - 2] == 'e' && nw[l - 1] == 'd';
    int auxv = NW_ONE_OF(nw, aux);
    if (!past && !auxv && !NW_ONE_OF(nw, v))
        return 0;
    size_t we, we2;
    char b1[32], b2[32];
    const char *n1 = nw_word_after(s, w->e, &we, b1, sizeof b1);
    if (strcmp(n1, nw) != 0 || we >= s->len || s->t[we] != ' ' || we + 1 >= s->len ||
        s->t[we + 1] < 'a' || s->t[we + 1] > 'z')
        return 0; /* the object is a lower-case word right after the verb */
    const char *n2 = nw_word_after(s, we, &we2, b2, sizeof b2);
    if (auxv) /* a word, not an address's local part: "Envíalo a emma＠hotmail.es" */
        return we2 >= s->len || s->t[we2] == ' ' || s->t[we2] == ',' ||
               (s->t[we2] == '.' &&
                (we2 + 1 >= s->len || s->t[we2 + 1] == ' ' || s->t[we2 + 1] == '\n'));
    return NW_ONE_OF(n2, obj);
}

int nw_shape_subject(const struct sc *s, const struct word *w, const char *nw)
{
    if (!*nw || w->e - w->s < 4 || w->lex || (!subject_verb(nw) && !verb_with_object(s, w, nw)))
        return 0;
    return word_score(s, w) >= SHAPE_NAME;
}

/* After a full name, also a verb in the past ("flagged", "cancelled") and the auxiliaries of the
 * pack's other languages ("hat", "ha", "est", "heeft"). */
static int subject_verb_run(const char *nw)
{
    static const char *const v[] = {"hat", "ist", "war", "est", "ha", "è", "zijn"};
    size_t l = strlen(nw);
    return subject_verb(nw) || NW_ONE_OF(nw, v) || (l >= 5 && nw[l - 2] == 'e' && nw[l - 1] == 'd');
}

int nw_shape_subject_run(const struct sc *s, const struct word *run, size_t n, const char *nw)
{
    return subject_verb_run(nw) && run_shaped(s, run, n);
}

/* ---- tables without a header ---------------------------------------------------------------- */
/* Width of a space between a name's words at p (' ', U+00A0, U+202F, U+2009), 0 for none. */
static size_t name_space(const uint8_t *p, size_t avail)
{
    if (p[0] == ' ')
        return 1;
    if (avail >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
        return 2;
    if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xAF || p[2] == 0x89))
        return 3;
    return 0;
}

/* Is the cell t[a .. b) a full name: two or three name-shaped words (and particles, initials)
 * and nothing else, as run_form() says (2: by its shape too, 1: by its form only, 0: no)? */
static int cell_shaped(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    struct word run[6];
    size_t n = 0;
    while (a < b && (t[a] == ' ' || t[a] == '"'))
        a++;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '"' || t[b - 1] == '\r'))
        b--;
    for (size_t i = a; i < b;) {
        if (n == 6)
            return 0;
        if (nw_upper(t + i, b - i)) {
            nw_parse_word(s, i, &run[n]);
            if ((run[n].shape != SH_NAME && run[n].shape != SH_INITIAL) || run[n].e > b)
                return 0;
            i = run[n++].e;
        } else {
            size_t e = i;
            char pb[8];
            while (e < b && e - i < 6 && t[e] >= 'a' && t[e] <= 'z')
                e++;
            if (e == i || e >= b || !nw_particle(nw_fold_span(s, i, e, pb, sizeof pb)))
                return 0; /* "van der", "de la": a particle, then more of the name */
            i = e;
        }
        size_t w = i < b ? name_space(t + i, b - i) : 0;
        if (i < b && !w)
            return 0;
        i += w;
    }
    return n >= 2 ? run_form(s, run, n) : 0;
}

/* Is the cell t[a .. b) a full name for a pipe table's column test: two or three name words
 * (particles, initials between), each a lexicon name (a given name that is also a word, `Grace`,
 * `Hugo`, too, but not all of them) or an unknown word (2: each name-shaped, 1: by its form
 * only), or 0: another word, a word no name, a punctuation. */
int nw_cell_name(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    struct word w;
    size_t names = 0, strong = 0;
    int weak = 0;
    char buf[48];
    for (size_t i = a; i < b;) {
        if (nw_upper(t + i, b - i)) {
            nw_parse_word(s, i, &w);
            if (w.e > b || (w.shape != SH_NAME && w.shape != SH_INITIAL))
                return 0;
            if (w.shape == SH_NAME) {
                if (w.e - w.s < 2 || nw_not_name(nw_fold_span(s, w.s, w.e, buf, sizeof buf)))
                    return 0;
                if (w.lex) {
                    if (!nw_lexname(w.lex))
                        return 0;
                    strong += !(w.lex & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
                } else {
                    strong++;
                    weak |= nw_name_shape(t + w.s, w.e - w.s) < SHAPE_FLOOR;
                }
                names++;
            }
            i = w.e;
        } else {
            size_t e = i;
            char pb[8];
            while (e < b && e - i < 6 && t[e] >= 'a' && t[e] <= 'z')
                e++;
            if (e == i || e >= b || !nw_particle(nw_fold_span(s, i, e, pb, sizeof pb)))
                return 0;
            i = e;
        }
        size_t sp = i < b ? name_space(t + i, b - i) : 0;
        if (i < b && !sp)
            return 0;
        i += sp;
    }
    if (names < 2 || names > 3 || !strong)
        return 0;
    return weak ? 1 : 2;
}

/* The cells of the line t[ls .. le) split at sep: their bounds into c[], their number (at most
 * cap; one more means too many). */
static size_t cells(const uint8_t *t, size_t ls, size_t le, uint8_t sep, size_t c[][2], size_t cap)
{
    size_t n = 0, a = ls;
    for (size_t i = ls; i <= le && n <= cap; i++) {
        if (i < le && t[i] != sep)
            continue;
        if (n < cap) {
            c[n][0] = a;
            c[n][1] = i;
        }
        n++;
        a = i + 1;
    }
    return n;
}

int nw_table_names(struct sc *s)
{
    enum { MAXC = 12, MAXROWS = 64 };
    const uint8_t *t = s->t;
    const uint8_t *nl = memchr(t, '\n', s->len < 257 ? s->len : 257);
    if (!nl)
        return 0;
    size_t eol = (size_t)(nl - t);
    uint8_t sep = memchr(t, '\t', eol) ? '\t' : memchr(t, '|', eol) ? '|' : ';';
    size_t c[MAXC][2], ncol = cells(t, 0, eol, sep, c, MAXC);
    if (ncol < 2 || ncol > MAXC)
        return 0;
    /* every row has as many cells; a column is names when each of its cells has a full name's
     * form and half of them at least a name's shape too */
    unsigned names = (1u << ncol) - 1, rows = 0, shaped[MAXC] = {0};
    for (size_t ls = 0; ls < s->len && names; rows++) {
        const uint8_t *q = memchr(t + ls, '\n', s->len - ls);
        size_t le = q ? (size_t)(q - t) : s->len;
        if (rows == MAXROWS || cells(t, ls, le, sep, c, MAXC) != ncol)
            return 0;
        for (size_t k = 0; k < ncol; k++) {
            int f = ((names >> k) & 1) ? cell_shaped(s, c[k][0], c[k][1]) : 0;
            if (!f)
                names &= ~(1u << k);
            shaped[k] += f == 2;
        }
        ls = le + 1;
    }
    for (size_t k = 0; k < ncol; k++)
        if (shaped[k] * 2 < rows)
            names &= ~(1u << k);
    if (rows < 2 || !names)
        return 0;
    for (size_t ls = 0; ls < s->len;) {
        const uint8_t *q = memchr(t + ls, '\n', s->len - ls);
        size_t le = q ? (size_t)(q - t) : s->len;
        cells(t, ls, le, sep, c, MAXC);
        for (size_t k = 0; k < ncol; k++) {
            if (!((names >> k) & 1))
                continue;
            size_t a = c[k][0], b = c[k][1];
            while (a < b && (t[a] == ' ' || t[a] == '"'))
                a++;
            while (b > a && (t[b - 1] == ' ' || t[b - 1] == '"' || t[b - 1] == '\r'))
                b--;
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
            if (rc < 0)
                return rc;
        }
        ls = le + 1;
    }
    return 0;
}

/* ---- names in capitals without a label ------------------------------------------------------ */
/* The score of a word in capitals (or a capitalised one after it) at w, as word_score(). */
static int caps_score(const struct sc *s, struct word *w)
{
    char buf[48];
    if (w->shape != SH_CAPS && w->shape != SH_NAME)
        return NOT_NAME;
    if (w->e - w->s < (w->shape == SH_CAPS ? 4u : 3u))
        return NOT_NAME; /* "RFC", "ABI", "DNS": acronyms */
    const char *f = nw_fold_span(s, w->s, w->e, buf, sizeof buf);
    if (!*f || nw_cats(f))
        return NOT_NAME;       /* "ATTN", "VON", "DEAR", "MAY": words of the lists */
    if (w->shape == SH_CAPS) { /* "USCGC", "MCST": an acronym has few vowels */
        size_t v = 0, l = 0;
        for (const char *c = f; *c; c++, l++)
            v += strchr("aeiouy", *c) != NULL || (uint8_t)*c >= 0x80;
        if (v * 10 < l * 3)
            return NOT_NAME;
    }
    unsigned lx =
        w->shape == SH_CAPS ? anon_names_lexicon((const char *)s->t + w->s, w->e - w->s) : w->lex;
    w->lex = lx;
    if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return NOT_NAME;
    if (lx)
        return nw_lexname(lx) ? SHAPE_LEX : NOT_NAME;
    return nw_name_shape(s->t + w->s, w->e - w->s);
}

/* Is the word right before i (one space between) a person label ("PASSENGER SOIS MASLOAKIS")? */
static int label_before(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i < 3 || t[i - 1] != ' ')
        return 0;
    size_t e = i - 1, b = e;
    while (b > 0 && e - b < 24 && (is_alnum(t[b - 1]) || t[b - 1] >= 0x80))
        b--;
    char buf[32];
    return b < e && (b == 0 || !is_alnum(t[b - 1])) &&
           nw_label(nw_fold_span(s, b, e, buf, sizeof buf));
}

static size_t caps_shaped(const struct sc *s, const struct word *w0);

size_t nw_caps_shaped(const struct sc *s, const struct word *w0)
{
    const uint8_t *t = s->t;
    if (w0->e + 1 >= s->len || t[w0->e] != ' ' || !nw_upper(t + w0->e + 1, s->len - w0->e - 1))
        return 0; /* one word alone ("JSON", "README"), with no frame */
    return caps_shaped(s, w0);
}

static __attribute__((noinline)) size_t caps_shaped(const struct sc *s, const struct word *w0)
{
    const uint8_t *t = s->t;
    struct word w = *w0;
    int names = 0, unknown = 0, sum = 0, mixed = 0;
    size_t end = 0;
    for (;;) {
        int v = caps_score(s, &w);
        if (v < SHAPE_FLOOR)
            break;
        sum += v;
        names++;
        mixed |= w.shape == SH_NAME;
        unknown += w.lex == 0;
        end = w.e;
        if (names == 3 || end + 1 >= s->len || t[end] != ' ' ||
            !nw_upper(t + end + 1, s->len - end - 1))
            break;
        nw_parse_word(s, end + 1, &w);
        if (w.shape != SH_CAPS && w.shape != SH_NAME)
            break;
    }
    /* all in capitals, the words may be acronyms ("NVIDIA CUDA"): only a clear name's shape,
     * unless a person label without its colon comes first ("PASSENGER", "ATTN", "EMPFÄNGER") */
    if (names < 2 || !unknown)
        return 0;
    if (sum < (mixed || label_before(s, w0->s) ? SHAPE_RUN : SHAPE_CAPS) * names)
        return 0;
    if (end < s->len && is_alnum(t[end]))
        return 0;
    end = nw_scan52_caps_cut(s, w0->s, end);             /* "ZIRAAT BANKASI": names_scan52.c */
    end = end ? nw_scan53_caps_cut(s, w0->s, end) : 0;   /* "ASKERLİK ŞUBESİ": names_scan53.c */
    return end ? nw_scanp58_caps_cut(s, w0->s, end) : 0; /* "NAZWISKO IMIĘ": names_scanp58.c */
}
