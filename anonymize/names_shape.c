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
#include "anonymize/names_shape_sym.h"

#include "anonymize/name_shape.h"

int nw_name_shape(const uint8_t *p, size_t n)
{
    int a = NS_EDGE, b = NS_EDGE, sum = 0, k = 0;
    for (size_t i = 0; i <= n; k++) {
        int c = NS_EDGE;
        size_t l = 1;
        if (i < n)
            c = ns_sym(p + i, n - i, &l);
        if (k >= 1) /* the first trigram is "^^x": start from "^xy" */
            sum += name_shape_lo[(a * NS_SYMS + b) * NS_SYMS + c];
        a = b;
        b = c;
        i += l;
    }
    k -= 1; /* trigrams counted */
    return k > 0 ? sum / k : 0;
}

/* A word scores as a name from here up (sixteenths of a nat per trigram): about half of the
 * invented names of the tune sets and one in seven of the unknown capitalised words of the
 * developer text score so. */
#define SHAPE_NAME 10

/* Is the name-shaped word w a name by its letters: in no list of ordinary or product words,
 * three letters at least, and either a name of the lexicon or unknown with a name's shape? */
static int shape_name(const struct sc *s, const struct word *w, int unknown_only)
{
    char buf[48];
    if (w->shape != SH_NAME || w->e - w->s < 3 || (w->lex & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) ||
        nw_not_name(nw_fold_span(s, w->s, w->e, buf, sizeof buf)))
        return 0;
    if (w->lex)
        return !unknown_only && nw_lexname(w->lex);
    return nw_name_shape(s->t + w->s, w->e - w->s) >= SHAPE_NAME;
}

int nw_shape_pair(const struct sc *s, const struct word *run, size_t n)
{
    size_t names = 0, unknown = 0;
    if (run[0].s < 2 || s->t[run[0].s - 1] != ' ' || s->t[run[0].s - 2] < 'a' ||
        s->t[run[0].s - 2] > 'z')
        return 0; /* inside a sentence, after a lower-case word */
    for (size_t k = 0; k < n; k++) {
        if (run[k].shape != SH_NAME)
            continue;
        if (!shape_name(s, &run[k], 0))
            return 0;
        names++;
        unknown += run[k].lex == 0;
    }
    return names >= 2 && names <= 3 && unknown >= 1;
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

int nw_shape_subject(const struct sc *s, const struct word *w, const char *nw)
{
    if (!subject_verb(nw) || w->e - w->s < 4)
        return 0;
    return shape_name(s, w, 1);
}

int nw_shape_subject_run(const struct sc *s, const struct word *run, size_t n, const char *nw)
{
    size_t names = 0, unknown = 0;
    if (!subject_verb(nw))
        return 0;
    for (size_t k = 0; k < n; k++) {
        if (run[k].shape != SH_NAME)
            continue;
        if (!shape_name(s, &run[k], 0))
            return 0;
        names++;
        unknown += run[k].lex == 0;
    }
    return names >= 2 && names <= 3 && unknown >= 1;
}
