/* names_leaks39.c: cues that name a person which the scanner read in one shape and not in the
 * next (branch leaks39, issue 15's grid of signals):
 * - before a run, a code file's author tag ("@author X", ":author: X", "__author__ = 'X'",
 *   "Copyright (c) 2024 X", "Written by X") and a record's title that names its subject
 *   ("Dental chart – X (12.03.2024)", "Zahnbefund: X", "Ficha dental - X"): nw_leaks39_ctx();
 * - after a person's label, a value of two lower-case words that no lexicon knows
 *   ("Owner: kaen weindling", "\"owner\": \"kaen weindling\""): nw_leaks39_lower_value();
 * and one veto: the work after a famous person's creation verb is a title, not a person
 * ("Victor Hugo wrote Les Misérables in 1862"): nw_leaks39_work_title().
 *
 * The one thing to know: both only widen what a cue the scanner already trusts reads. The
 * title's words must hold a record's noun and the name must end the title (the line's end, a
 * bracket or a dash after it); the lower-case value must fill its field and none of its words
 * may be an ordinary word of the lexicon, a label or a month ("Owner: payments team" stays).
 */
#include "anonymize/names_internal.h"

#include <limits.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Folded line-start prefixes of a code file's author tag, comment marks stripped. */
static const char *const author_tags[] = {
    "@author",     ":author:",     "__author__ =", "__author__=", "written by",
    "@maintainer", ":maintainer:", "author",       "authors"};

/* Nouns of a record whose title names its subject, in en/de/fr/nl/es/it/pt (German and Dutch
 * compounds end in them: "Zahnbefund", "Mieterakte", "Beoordelingsgesprek"). */
static const char *const record_nouns[] = {
    "chart",      "report",    "review",      "file",        "record",      "records",
    "assessment", "appraisal", "evaluation",  "referral",    "befund",      "bericht",
    "brief",      "akte",      "gespräch",    "beurteilung", "zeugnis",     "dossier",
    "compte",     "entretien", "bilan",       "fiche",       "rapport",     "évaluation",
    "verslag",    "gesprek",   "beoordeling", "ficha",       "informe",     "evaluación",
    "expediente", "historia",  "cartella",    "referto",     "valutazione", "relazione",
    "scheda",     "fascicolo", "relatório",   "avaliação",   "prontuário"};

/* Does folded word w end in one of the record nouns (the whole word for short ones)? */
static int record_word(const char *w)
{
    size_t n = strlen(w);
    for (size_t k = 0; k < sizeof record_nouns / sizeof record_nouns[0]; k++) {
        size_t m = strlen(record_nouns[k]);
        if (n == m ? strcmp(w, record_nouns[k]) == 0
                   : n > m && m >= 5 && strcmp(w + n - m, record_nouns[k]) == 0)
            return 1;
    }
    return 0;
}

/* The line's start before p (a real line break or an escaped one, "\\n"). */
static size_t line_from(const struct sc *s, size_t p)
{
    size_t b = p;
    while (b > 0 && p - b < 96 && s->t[b - 1] != '\n' && s->t[b - 1] != '\r' &&
           !(b >= 2 && s->t[b - 2] == '\\' && s->t[b - 1] == 'n'))
        b--;
    return b;
}

/* t[a .. e) folded (ASCII lower case, "É" as "é") into buf; "" when longer than cap - 1. */
static const char *fold(const struct sc *s, size_t a, size_t e, char *buf, size_t cap)
{
    return nw_fold_span(s, a, e, buf, cap);
}

/* "@author X", ":author: X", "__author__ = 'X'", " * Written by X", "Copyright (c) 2024 X": the
 * line before the run, comment marks aside. CTX_STRONG for a tag, CTX_WEAK for a copyright
 * (a firm holds as many). */
static int author_tag(const struct sc *s, size_t start)
{
    const uint8_t *t = s->t;
    size_t e = start;
    if (e > 0 && (t[e - 1] == '"' || t[e - 1] == '\''))
        e--;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t b = line_from(s, e);
    while (b < e && (t[b] == ' ' || t[b] == '\t' || t[b] == '*' || t[b] == '#' || t[b] == '/' ||
                     t[b] == '-' || t[b] == ';' || t[b] == '"'))
        b++;
    if (e <= b || e - b > 30)
        return CTX_NONE;
    char buf[40];
    const char *f = fold(s, b, e, buf, sizeof buf);
    if (!*f)
        return CTX_NONE;
    if (NW_ONE_OF(f, author_tags) && (f[0] == '@' || f[0] == ':' || f[0] == '_'))
        return CTX_STRONG;
    if (strcmp(f, "written by") == 0)
        return CTX_WEAK; /* "Written by Autoconf 2.71." is a tool's */
    /* "copyright (c) 2024", "copyright © 2019-2024", "(c) 2024": a year last */
    size_t n = strlen(f);
    if (n >= 8 && is_digit((uint8_t)f[n - 1]) && is_digit((uint8_t)f[n - 4]) &&
        (strncmp(f, "copyright ", 10) == 0 || strncmp(f, "(c) ", 4) == 0 ||
         strncmp(f, "\302\251 ", 3) == 0))
        return CTX_WEAK;
    return CTX_NONE;
}

/* "Dental chart – X", "Zahnbefund: X", "Evaluación de desempeño - X": one to four words that
 * hold a record's noun open the line, then a dash or a colon, the run, and the title's end (the
 * line's end, " (", " – ", " - ", ", " and a digit). CTX_WEAK: the run's words are still
 * judged ("Report – Q3 Sales" is no one). */
static int record_title(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t k = start;
    if (k < 3 || t[k - 1] != ' ')
        return CTX_NONE;
    k--;
    int colon = t[k - 1] == ':';
    if (colon)
        k--;
    else if (t[k - 1] == '-' && t[k - 2] == ' ')
        k -= 2;
    else if (k >= 4 && t[k - 1] >= 0x93 && t[k - 1] <= 0x94 && t[k - 2] == 0x80 &&
             t[k - 3] == 0xE2 && t[k - 4] == ' ')
        k -= 4; /* an en or em dash */
    else
        return CTX_NONE;
    while (k > 0 && t[k - 1] == ' ')
        k--;
    size_t b = line_from(s, k);
    while (b < k && (t[b] == ' ' || t[b] == '#' || t[b] == '*'))
        b++; /* a Markdown heading */
    if (k <= b || k - b > 48)
        return CTX_NONE;
    /* the end of the title after the run */
    size_t j = end;
    int ends = j >= s->len || t[j] == '\n' || t[j] == '\r' ||
               (t[j] == '\\' && j + 1 < s->len && t[j + 1] == 'n');
    if (!ends && j + 2 < s->len && t[j] == ' ')
        ends = (t[j + 1] == '(' && (is_digit(t[j + 2]) || t[j + 2] == '*')) ||
               (t[j + 1] == '-' && j + 3 < s->len && t[j + 2] == ' ' && is_digit(t[j + 3])) ||
               (t[j + 1] == 0xE2 && j + 5 < s->len && t[j + 4] == ' ' && is_digit(t[j + 5]));
    if (!ends && j + 2 < s->len && t[j] == ',' && t[j + 1] == ' ')
        ends = is_digit(t[j + 2]);
    if (!ends)
        return CTX_NONE;
    /* one to four words of letters, one of them a record's noun */
    int words = 0, noun = 0;
    for (size_t a = b; a < k && words <= 4;) {
        size_t w = a;
        while (w < k && t[w] != ' ')
            w++;
        for (size_t q = a; q < w; q++)
            if (t[q] < 0x80 && !((t[q] | 32) >= 'a' && (t[q] | 32) <= 'z'))
                return CTX_NONE;
        char buf[32];
        noun |= record_word(fold(s, a, w, buf, sizeof buf));
        words++;
        a = w;
        while (a < k && t[a] == ' ')
            a++;
    }
    /* after a colon a title of one or two words ("Zahnbefund: X"): "Processo tratado por:" is
     * a label */
    return words <= (colon ? 2 : 4) && noun ? CTX_WEAK : CTX_NONE;
}

static int leaks39_ctx(const struct sc *s, size_t start, size_t end);

/* Is there a space in t[start, end)? One SSE2 compare where the span is at most 16 bytes and
 * 16 bytes from start lie inside the text (most runs: one word), else memchr. */
static inline int has_space(const struct sc *s, size_t start, size_t end)
{
#ifdef __SSE2__
    if (end - start <= 16 && start + 16 <= s->len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s->t + start));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
        return (m & ((1u << (end - start)) - 1)) != 0;
    }
#endif
    return memchr(s->t + start, ' ', end - start) != NULL;
}

/* both cues take a full name: "@author jdoe", "Copyright (c) 2015 Ferrari S.p.A.", "Release
 * Notes — Leipzig" name no one: a run of one word stops here, with no frame */
int nw_leaks39_ctx(const struct sc *s, size_t start, size_t end)
{
    return has_space(s, start, end) ? leaks39_ctx(s, start, end) : CTX_NONE;
}

static __attribute__((noinline)) int leaks39_ctx(const struct sc *s, size_t start, size_t end)
{
    /* the byte before the run's space (or quote) says which cue may stand there: most runs
     * leave at this switch */
    const uint8_t *t = s->t;
    size_t k = start;
    if (k > 0 && (t[k - 1] == '"' || t[k - 1] == '\''))
        k--;
    if (k < 2 || t[k - 1] != ' ')
        return CTX_NONE;
    uint8_t c = t[k - 2];
    if (c == 'r' || c == 's' || c == ':' || c == '=' || c == 'y' || is_digit(c) || c == 'R' ||
        c == 'S' || c == 'Y') {
        int rc = author_tag(s, start);
        if (rc)
            return rc;
    }
    if (c == ':' || c == '-' || c == 0x93 || c == 0x94)
        return record_title(s, start, end);
    return CTX_NONE;
}

/* The end of the lower-case letters at i (ASCII or the two-byte Latin range), at most 24 bytes
 * of them. */
static size_t lower_letters(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t e = i;
    while (e < s->len && e - i < 24) {
        if (t[e] >= 'a' && t[e] <= 'z')
            e++;
        else if (t[e] >= 0xC3 && t[e] <= 0xC5 && e + 1 < s->len && (t[e + 1] & 0xC0) == 0x80 &&
                 !nw_upper(t + e, s->len - e))
            e += 2;
        else
            break;
    }
    return e;
}

/* A lower-case word at i of a label's value: letters only (ASCII or the two-byte Latin range),
 * 3 to 20 of them; its end, or 0. */
static size_t lower_word(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t e = lower_letters(s, i);
    if (e - i < 3 || e - i > 20 || (e < s->len && (is_alnum(t[e]) || t[e] >= 0x80)))
        return 0;
    return e;
}

/* Is the lower-case word t[a .. e) (or a part of a hyphenated one) no label, month, particle or
 * title, and shaped like a name? Its shape (64 for a lexicon name), or INT_MIN. An ordinary word
 * of the lexicon passes only when the lexicon knows it as a name too ("weber", "costa", "jean"),
 * and then *common is set: the value needs a word that is no ordinary one. */
static int lower_part(const struct sc *s, size_t a, size_t e, int *common)
{
    const uint8_t *t = s->t;
    unsigned f = anon_names_lexicon((const char *)t + a, e - a);
    char buf[32];
    const char *w = nw_fold_span(s, a, e, buf, sizeof buf);
    if (!*w || (nw_cats(w) & (C_NOT | C_MONTH | C_LABEL | C_PART | C_HON)))
        return INT_MIN; /* "n/a", "van"; the capitalised pass reads particles */
    if (f & (ANON_NL_COMMON | ANON_NL_COMMON_EN)) {
        if (!nw_lexname(f))
            return INT_MIN; /* "payments team" */
        *common = 1;
        return 0;
    }
    int shape = nw_lexname(f) ? 64 : nw_name_shape(t + a, e - a);
    return shape < -16 ? INT_MIN : shape; /* an identifier's or a term's letters */
}

/* A hyphenated lower-case word at i ("jean-luc", "dubois-marchand"): two parts of letters, the
 * second a lower_word(); its end, the hyphen's place in *mid, or 0. */
static size_t lower_hyphened(const struct sc *s, size_t i, size_t *mid)
{
    const uint8_t *t = s->t;
    size_t e = lower_letters(s, i);
    if (e - i < 2 || e + 1 >= s->len || t[e] != '-')
        return 0;
    size_t e2 = lower_word(s, e + 1);
    if (!e2)
        return 0;
    *mid = e;
    return e2;
}

/* The end of two lower-case words at v that may be a person's name (an initial and a surname
 * count as two: "l. gasrutzbach"), or 0. */
static size_t lower_run(const struct sc *s, size_t v)
{
    const uint8_t *t = s->t;
    size_t i = v, end = 0;
    int words = 0, best = -64, plain = 0;
    /* a given name's initial first ("l. gasrutzbach"): the surname after it must be a name */
    if (i + 3 < s->len && t[i] >= 'a' && t[i] <= 'z' && t[i + 1] == '.' && t[i + 2] == ' ' &&
        t[i + 3] >= 'a' && t[i + 3] <= 'z') {
        words = 1;
        i += 3;
    }
    int initial = words; /* "c. bakker": the initial and a surname that is a word too */
    while (words < 2) {
        size_t mid = 0, e = lower_hyphened(s, i, &mid);
        if (!e && !(e = lower_word(s, i)))
            return 0;
        int common = 0, shape = lower_part(s, i, mid ? mid : e, &common);
        if (mid) {
            int s2 = lower_part(s, mid + 1, e, &common);
            shape = shape == INT_MIN || s2 == INT_MIN ? INT_MIN : shape > s2 ? shape : s2;
        }
        if (shape == INT_MIN)
            return 0;
        plain += !common;
        best = shape > best ? shape : best;
        words++;
        end = e;
        if (e + 1 < s->len && t[e] == ' ' && t[e + 1] >= 'a' && t[e + 1] <= 'z')
            i = e + 1;
        else
            break;
    }
    if (words < 2 || best < 0 || (!plain && !initial))
        return 0; /* one word at least looks like a name: "muito bem", "pode ser" do not; after
                     an initial, the surname ("a. note" is no one) */
    return end;
}

int nw_leaks39_lower_cell(const struct sc *s, size_t a, size_t b, int one)
{
    if (lower_run(s, a) == b)
        return 1;
    if (!one)
        return 0;
    size_t mid = 0, e = lower_hyphened(s, a, &mid);
    if (!e && !(e = lower_word(s, a)))
        return 0;
    int common = 0, shape = lower_part(s, a, mid ? mid : e, &common);
    if (mid) {
        int s2 = lower_part(s, mid + 1, e, &common);
        shape = shape == INT_MIN || s2 == INT_MIN ? INT_MIN : shape > s2 ? shape : s2;
    }
    return e == b && shape >= 0; /* "galli", "elisa" under a name column */
}

size_t nw_leaks39_lower_value(const struct sc *s, size_t v, int json)
{
    const uint8_t *t = s->t;
    size_t end = lower_run(s, v);
    if (!end)
        return 0;
    /* the value fills its field: the line's or the string's end, a tab, a bar, a quote ("nog
     * niet bekend", "muito bem, abri ..." go on) */
    if (end < s->len && !strchr("\n\r\"\t|", t[end]) && !(t[end] == '\\' && end + 1 < s->len))
        return 0;
    if (json && (end >= s->len || (t[end] != '"' && t[end] != '\\')))
        return 0; /* a JSON key's string ends with the name */
    return end;
}

/* Verbs of making a work, past tense, in en/de/fr/nl/es/it/pt ("wrote", "schrieb", "a écrit",
 * "schreef", "escribió", "scrisse", "escreveu"). */
static const char *const made[] = {
    "wrote",    "directed", "painted",   "composed",    "sculpted",    "filmed",
    "authored", "schrieb",  "verfasste", "malte",       "komponierte", "drehte",
    "écrit",    "écrivit",  "réalisé",   "réalisa",     "peint",       "peignit",
    "composé",  "composa",  "schreef",   "regisseerde", "schilderde",  "componeerde",
    "escribió", "dirigió",  "pintó",     "compuso",     "scrisse",     "diresse",
    "dipinse",  "compose",  "escreveu",  "dirigiu",     "pintou",      "compôs"};

/* After the run ending at e, an apposition that says who it is (", his editor", " (my
 * neighbour)", ", mi vecino"): a person the famous one wrote to, not a work. */
static int apposition_after(const struct sc *s, size_t e)
{
    static const char *const poss[] = {"my",   "his",   "her",  "our",  "their", "mein", "meine",
                                       "sein", "seine", "ihr",  "ihre", "mon",   "ma",   "son",
                                       "sa",   "mijn",  "zijn", "haar", "mi",    "su",   "il",
                                       "la",   "o",     "a",    "meu",  "minha", "seu",  "sua"};
    const uint8_t *t = s->t;
    if (e + 3 >= s->len || !((t[e] == ',' && t[e + 1] == ' ') || (t[e] == ' ' && t[e + 1] == '(')))
        return 0;
    char b[32];
    size_t we;
    return NW_ONE_OF(nw_word_after(s, e + 2, &we, b, sizeof b), poss);
}

/* The end of the capitalised words from i (at most six, particles between them aside). */
static size_t caps_end(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t e = i;
    for (int words = 0; words < 6 && i < s->len && nw_upper(t + i, s->len - i); words++) {
        e = i;
        while (e < s->len && (is_alnum(t[e]) || t[e] >= 0x80 || t[e] == '-' || t[e] == '\''))
            e++;
        if (e + 1 >= s->len || t[e] != ' ')
            break;
        i = e + 1;
    }
    return e;
}

int nw_leaks39_work_title(const struct sc *s, size_t start)
{
    /* every test up to the verb says no alone, and none has an effect: the byte tests first, the
     * walk over the run to an apposition after it once the verb is there */
    const uint8_t *t = s->t;
    if (start < 8 || t[start - 1] != ' ')
        return 0;
    /* the verb's last letter, as made[]'s words end: "wrote", "directed", "schrieb", "écrit",
     * "réalisa", "schreef", "compuso", "escreveu", "compôs", "réalisé", "pintó" */
    uint8_t c = t[start - 2];
    if (!(c == 'e' || c == 'd' || c == 't' || c == 'a' || c == 'b' || c == 'f' || c == 'o' ||
          c == 'u' || c == 's' || c == 0xA9 || c == 0xB3))
        return 0;
    char b1[32], b2[32];
    size_t w1, w2;
    const char *v = nw_prev_word(s, start, &w1, b1, sizeof b1);
    if (!*v || !NW_ONE_OF(v, made) || apposition_after(s, caps_end(s, start)))
        return 0;
    const char *aux = nw_prev_word(s, w1, &w2, b2, sizeof b2);
    static const char *const auxes[] = {"a", "ha", "hat", "has", "had", "heeft", "avait"};
    if (*aux && NW_ONE_OF(aux, auxes))
        w1 = w2; /* "Victor Hugo a écrit X" */
    /* the capitalised words right before the verb: a name of the gazetteer, or a famous
     * surname alone ("Tolstoy wrote X") */
    size_t e = w1;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t a = e;
    for (int words = 0; words < 4 && a > 0;) {
        size_t b = a;
        while (b > 0 &&
               (is_alnum(t[b - 1]) || t[b - 1] >= 0x80 || t[b - 1] == '-' || t[b - 1] == '\''))
            b--;
        if (b == a || !nw_upper(t + b, s->len - b))
            break;
        words++;
        if (nw_famous_run(s, b, e))
            return 1;
        char f[32];
        if (words == 1 && nw_famous(nw_fold_span(s, b, e, f, sizeof f)))
            return 1;
        a = b;
        if (a < 2 || t[a - 1] != ' ')
            break;
        a--;
    }
    return 0;
}
