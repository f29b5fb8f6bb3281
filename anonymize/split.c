/* split.c: one large JSON body's detection spread over threads, its output unchanged.
 *
 * Detection is most of a rewrite, and all of it but one input is a function of the string alone:
 * the request's name set (a later bare "Keller" is a person because "Maria Keller" was one) grows
 * as the strings are read in order. So the walk runs twice. In the detection phase each of k
 * threads walks the whole body with a shadow session and detects the strings of its blocks of
 * `block` calls (call = one anon_session_scan_member, counted in walk order), against a copy of the
 * name set as the prescan left it, logging every name look-up that found nothing. In the apply
 * phase the caller's session walks the body as anon_rewrite always did (tokens issued in order,
 * names added, output written) and takes each string's findings from the thread that detected
 * it, unless a name added since the copy answers one of that string's logged look-ups: then the
 * string is detected again, now. The set only grows, so every other look-up answers the same and
 * the detection it steered is the one the sequential rewrite makes.
 *
 * The one thing to know: the walks hand the session the same strings in the same order because
 * which strings a walk hands over never depends on what was found in them (the detection phase
 * replaces nothing); a call with no record (another thread failed, ran out of memory, or the
 * walk ended early on bad JSON) is detected live, so a failure costs time, never bytes.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"

#include <openssl/mem.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* calls per block: small enough to even out a few long strings (tests set 1: every call moves) */
static unsigned block = 16;
#define MAX_THR 16u /* more would only add walks */

struct rec {
    size_t call;   /* which call of the walk */
    size_t fo, nf; /* its findings in thr->f */
    size_t qo, qn; /* its logged look-ups in thr->log.words */
};

struct thr;

struct anon_split {
    int apply;
    unsigned k;      /* threads */
    size_t calls;    /* calls seen so far in this walk */
    struct thr *own; /* detection phase: this thread's */
    struct thr *all; /* apply phase: every thread's, by index */
    size_t n0;       /* names in the set the copies were made from */
};

struct thr {
    anon_split_t sp;
    unsigned t;
    anon_session_t *shadow;
    anon_names_log_t log;
    struct rec *rec;
    size_t nrec, caprec, cur;
    anon_finding_t *f;
    size_t nf, capf;
    size_t qo; /* log offset when the current string's detection began */
    const uint8_t *in;
    size_t len;
    unsigned depth;
    pthread_t id;
    int started;
};

void anon_split_test_block(unsigned calls)
{
    block = calls ? calls : 16;
}

int anon_split_take(anon_split_t *sp, const anon_names_known_t *known, const anon_finding_t **f,
                    size_t *nf)
{
    size_t c = sp->calls++;
    unsigned t = (unsigned)((c / block) % sp->k);
    if (!sp->apply) {
        if (t != sp->own->t)
            return ANON_SPLIT_SKIP;
        sp->own->qo = sp->own->log.words.len;
        return ANON_SPLIT_DETECT;
    }
    struct thr *h = &sp->all[t];
    while (h->cur < h->nrec && h->rec[h->cur].call < c)
        h->cur++;
    if (h->cur == h->nrec || h->rec[h->cur].call != c)
        return ANON_SPLIT_LIVE;
    const struct rec *r = &h->rec[h->cur++];
    if (r->qn && anon_names_known_count(known) > sp->n0 &&
        anon_names_known_answers(known, sp->n0, h->log.words.data + r->qo, r->qn))
        return ANON_SPLIT_LIVE;
    *f = h->f + r->fo;
    *nf = r->nf;
    return ANON_SPLIT_HAVE;
}

/* Grow an array of n used elements of size sz to hold one more. */
static int room(void **p, size_t *cap, size_t n, size_t more, size_t sz)
{
    if (n + more <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < n + more)
        c *= 2;
    void *q = realloc(*p, c * sz);
    if (!q)
        return ANON_ERR_NOMEM;
    *p = q;
    *cap = c;
    return 0;
}

void anon_split_store(anon_split_t *sp, int rc, const anon_finding_t *f, size_t nf)
{
    struct thr *h = sp->own;
    /* a failed detection or a lost look-up leaves no record: the apply phase detects it live */
    if (rc < 0 || h->log.lost)
        return;
    if (room((void **)&h->rec, &h->caprec, h->nrec, 1, sizeof *h->rec) < 0 ||
        room((void **)&h->f, &h->capf, h->nf, nf, sizeof *h->f) < 0)
        return;
    if (nf)
        memcpy(h->f + h->nf, f, nf * sizeof *f);
    h->rec[h->nrec++] = (struct rec){sp->calls - 1, h->nf, nf, h->qo, h->log.words.len - h->qo};
    h->nf += nf;
}

static void *detect(void *arg)
{
    struct thr *h = arg;
    /* errors are the apply walk's to report: it meets the same ones */
    (void)anon_rewrite_walk(h->shadow, h->in, h->len, h->depth, NULL, NULL);
    return NULL;
}

static void thr_free(struct thr *h)
{
    anon_session_free(h->shadow);
    anon_buf_free(&h->log.words);
    free(h->rec);
    if (h->f)
        OPENSSL_cleanse(h->f, h->capf * sizeof *h->f); /* offsets only, but of PII */
    free(h->f);
}

int anon_split_walk(anon_session_t *s, const uint8_t *in, size_t len, unsigned depth,
                    unsigned nthreads, anon_buf_t *out, size_t *changed)
{
    unsigned k = nthreads < MAX_THR ? nthreads : MAX_THR;
    struct thr *thr = calloc(k, sizeof *thr);
    if (!thr)
        return anon_rewrite_walk(s, in, len, depth, out, changed);
    unsigned ready = 0;
    for (; ready < k; ready++) {
        struct thr *h = &thr[ready];
        h->t = ready;
        h->sp = (anon_split_t){.k = k, .own = h};
        h->in = in;
        h->len = len;
        h->depth = depth;
        if (!(h->shadow = anon_session_shadow(s, &h->sp, &h->log)))
            break;
    }
    if (ready == k) {
        for (unsigned t = 1; t < k; t++)
            thr[t].started = pthread_create(&thr[t].id, NULL, detect, &thr[t]) == 0;
        detect(&thr[0]);
        for (unsigned t = 1; t < k; t++)
            if (thr[t].started)
                pthread_join(thr[t].id, NULL);
    }
    /* with a thread missing (no memory, no thread) its calls are simply detected live */
    anon_split_t sp = {
        .apply = 1, .k = k, .all = thr, .n0 = anon_names_known_count(anon_session_known(s))};
    anon_session_set_split(s, ready == k ? &sp : NULL);
    int rc = anon_rewrite_walk(s, in, len, depth, out, changed);
    anon_session_set_split(s, NULL);
    for (unsigned t = 0; t < k; t++)
        thr_free(&thr[t]);
    free(thr);
    return rc;
}
