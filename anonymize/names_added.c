/* names_added.c: the merge and the firm test of the passes that add findings once a text's
 * findings are resolved (names_block40.c, names_rec39.c, names_rec40.c; see names_added.h).
 *
 * The merge keeps the findings' invariant (sorted by start, disjoint) that the next pass's
 * binary search (nw_overlaps) relies on: an addition that overlaps anything already kept is left.
 */
#include "anonymize/names_added.h"

#include <stdlib.h>
#include <string.h>

int nw_adds_push(struct nw_adds *d, size_t type, size_t s, size_t e)
{
    if (d->n == d->cap) {
        size_t nc = d->cap ? d->cap * 2 : 8;
        anon_finding_t *g = realloc(d->a, nc * sizeof *g);
        if (!g) {
            free(d->a);
            *d = (struct nw_adds){0};
            return ANON_ERR_NOMEM;
        }
        d->a = g;
        d->cap = nc;
    }
    d->a[d->n++] = (anon_finding_t){type, s, e};
    return 0;
}

static int cmp_start(const void *a, const void *b)
{
    const anon_finding_t *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

int nw_adds_merge_in(struct nw_adds *d, anon_finding_t **f, size_t *nf)
{
    qsort(d->a, d->n, sizeof *d->a, cmp_start);
    anon_finding_t *m = malloc((*nf + d->n) * sizeof *m);
    if (!m)
        return ANON_ERR_NOMEM;
    size_t o = 0, i = 0;
    for (size_t j = 0; j < d->n; j++) {
        while (i < *nf && (*f)[i].start < d->a[j].start)
            m[o++] = (*f)[i++];
        if ((o && m[o - 1].end > d->a[j].start) || (i < *nf && (*f)[i].start < d->a[j].end))
            continue; /* two additions overlap ("Keller" in a match of another): the first stays */
        m[o++] = d->a[j];
    }
    while (i < *nf)
        m[o++] = (*f)[i++];
    free(*f);
    *f = m;
    *nf = o;
    d->n = 0;
    return 0;
}

/* Is the word w[0 .. n) a firm's legal form or its family noun ("GmbH", "Ltd.", "B.V.", "Söhne")?
 */
#define FORM(s)                                                                                    \
    {                                                                                              \
        s, sizeof s - 1                                                                            \
    }

int nw_legal_form(const uint8_t *w, size_t n)
{
    static const struct {
        const char *s;
        size_t n;
    } forms[] = {FORM("GmbH"),         FORM("AG"),     FORM("KG"),     FORM("Ltd"),
                 FORM("Ltd."),         FORM("LLC"),    FORM("Inc"),    FORM("Inc."),
                 FORM("BV"),           FORM("B.V."),   FORM("NV"),     FORM("N.V."),
                 FORM("SA"),           FORM("S.A."),   FORM("SpA"),    FORM("S.p.A."),
                 FORM("Srl"),          FORM("S.r.l."), FORM("SL"),     FORM("S.L."),
                 FORM("Lda"),          FORM("Lda."),   FORM("SAS"),    FORM("SARL"),
                 FORM("plc"),          FORM("Co."),    FORM("mbB"),    FORM("e.V."),
                 FORM("S\xc3\xb6hne"), FORM("Sons"),   FORM("Filhos"), FORM("Hijos"),
                 FORM("Hermanos"),     FORM("Figli"),  FORM("Zonen"),  FORM("Cie")};
    /* the forms' first bytes by length, "AG" .. "Hermanos": the model's gate asks of each word
     * of a run, so most words leave here (test_names_added holds every form) */
    static const char *const first[9] = {"",    "",   "AKBNS", "LISpCmC", "GLIBNSe",
                                         "HFZ", "SF", "",      "H"};
    if (n < 2 || n > 8 || !w[0] || !strchr(first[n], w[0]))
        return 0;
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
        if (forms[f].n == n && (uint8_t)forms[f].s[0] == w[0] && memcmp(forms[f].s, w, n) == 0)
            return 1;
    return 0;
}

#undef FORM

static int alpha(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

int nw_firm_after(const uint8_t *t, size_t len, size_t e)
{
    size_t i = e;
    for (int k = 0; k < 3; k++) {
        while (i < len && (t[i] == ' ' || t[i] == '\t'))
            i++;
        if (i >= len || t[i] == '\n')
            return 0;
        if (t[i] == '&' || t[i] == '+')
            return 1;
        size_t j = i;
        while (j < len && (alpha(t[j]) || t[j] == '.'))
            j++;
        if (j == i)
            return 0;
        if (nw_legal_form(t + i, j - i) ||
            (j - i > 1 && t[j - 1] == '.' && nw_legal_form(t + i, j - i - 1)))
            return 1; /* "GmbH." at a sentence's end too */
        if (!(t[i] >= 'A' && t[i] <= 'Z') && nw_upper(t + i, len - i) < 2)
            return 0; /* "Keller reports": the run ended */
        i = j;
    }
    return 0;
}
