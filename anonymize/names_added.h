/* names_added.h: what the passes that add findings once a text's findings are resolved share
 * (names_block40.c, names_rec39.c, names_rec40.c), private to the NAMES pack.
 *
 * Each pass gathers its additions in a struct nw_adds and merges them into the text's findings,
 * which stay sorted by start and disjoint: an addition that overlaps a finding or an earlier
 * addition is left (the first stays).
 */
#ifndef HUSH_NAMES_ADDED_H
#define HUSH_NAMES_ADDED_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "anonymize/anonymize.h"
#include "anonymize/names_internal.h"

#define NW_ADDED_WORD 40 /* bytes of a word the passes fold; nw_fold_word's f holds twice that */

struct nw_adds {
    anon_finding_t *a;
    size_t n, cap;
};

/* Appends the finding {type, s, e} to d. 0, or ANON_ERR_NOMEM (d's memory is freed and d is
 * empty: the pass returns). */
int nw_adds_push(struct nw_adds *d, size_t type, size_t s, size_t e);

/* nw_adds_merge() of a d that holds findings. */
int nw_adds_merge_in(struct nw_adds *d, anon_finding_t **f, size_t *nf);

/* Merges d's findings into *f (nf of them, sorted, disjoint, malloc'd; replaced when d holds any)
 * and empties d (its memory is kept for the next pass: free(d->a) at the end). 0, or
 * ANON_ERR_NOMEM (*f is kept as it was). Nothing to merge (most texts) costs no call. */
static inline int nw_adds_merge(struct nw_adds *d, anon_finding_t **f, size_t *nf)
{
    return d->n ? nw_adds_merge_in(d, f, nf) : 0;
}

/* nw_adds_merge(), then d's memory freed: a pass's last step. */
static inline int nw_adds_done(struct nw_adds *d, anon_finding_t **f, size_t *nf)
{
    int rc = nw_adds_merge(d, f, nf);
    if (d->a) {
        free(d->a);
        *d = (struct nw_adds){0};
    }
    return rc;
}

/* Does any finding of f (sorted by start, disjoint) overlap [s, e)? */
static inline int nw_overlaps(const anon_finding_t *f, size_t nf, size_t s, size_t e)
{
    size_t lo = 0, hi = nf;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f[mid].end <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nf && f[lo].start < e;
}

/* A legal form (with a sentence's '.' after it: "GmbH.") or '&' among the three words after
 * t[e ..] on its line, the words before it capitalised, makes a name before e a firm's ("Keller
 * GmbH", "Cardoso Lda.", "Krause Logistik GmbH", "Keller & Söhne", "Whitcombe Logistics Ltd"). */
int nw_firm_after(const uint8_t *t, size_t len, size_t e);

/* Is t[a .. a+n) a given name or surname the lexicon holds, and no ordinary word? */
static inline int nw_lexicon_name(const uint8_t *t, size_t a, size_t n)
{
    unsigned lx = anon_names_lexicon((const char *)t + a, n);
    return (lx & (ANON_NL_GIVEN | ANON_NL_NAME)) && !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

/* t[a .. a+n) folded (nw_fold) into f (NW_ADDED_WORD * 2 + 1 bytes), '\0'-ended: its length, 0
 * when it does not fit. */
static inline int nw_fold_word(const uint8_t *t, size_t a, size_t n, char *f)
{
    size_t fl = n <= NW_ADDED_WORD ? nw_fold((const char *)t + a, n, f, NW_ADDED_WORD * 2) : 0;
    f[fl] = '\0';
    return (int)fl;
}

#endif
