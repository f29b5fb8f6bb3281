/* split.c: one large JSON body's detection spread over threads, its output unchanged.
 *
 * Detection is most of a rewrite, and all of it but one input is a function of the string alone:
 * the request's name set (a later bare "Keller" is a person because "Maria Keller" was one) grows
 * as the strings are read in order. So the body is walked by k threads at once, its strings
 * dealt out in blocks of `block` calls (call = one anon_session_scan_member, counted in walk
 * order). The caller's session walks it as anon_rewrite always did (tokens issued in order,
 * names added, output written), detecting the strings of its own blocks; k - 1 helpers walk it
 * with shadow sessions and detect theirs meanwhile, against a copy of the name set as the
 * prescan left it, logging every name look-up that found nothing.
 * When the caller reaches a string, it takes the helper's findings, unless a name added since
 * the copy answers one of that string's logged look-ups: then it detects the string again, now.
 * The set only grows, so every other look-up answers the same and the detection it steered is
 * the one the sequential rewrite makes. A string its helper has not started yet the caller
 * detects itself (and the helper skips it), so a helper that gets no CPU costs time, never a
 * wait; one the helper is detecting at that moment it waits for, up to about twice the time
 * the string should take.
 *
 * The one thing to know: every walk hands the session the same strings in the same order
 * because which strings a walk hands over never depends on what was found in them (a helper
 * replaces nothing); a call with no record (the helper failed, ran out of memory, ended early on
 * bad JSON or was overtaken) is detected live, so a failure costs time, never bytes. Records are
 * written by one helper and read by the caller: a record is complete before the release store of
 * nrec that publishes it, and chunks never move.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"

#include <openssl/mem.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#define MAX_THR 16u /* more would only add walks */
#define RCHUNK 256  /* records per chunk */
#define HELPER_NICE 10

/* calls per block: small enough to even out a few long strings (tests set 1: every call moves) */
static unsigned block = 16;

struct rec {
    size_t call;       /* which call of the walk */
    anon_finding_t *f; /* its findings (malloc'd, NULL when none) */
    size_t nf;
    uint8_t *q; /* its logged look-ups (names.h's format), NULL when none */
    size_t qn;
};

struct rchunk {
    struct rec r[RCHUNK];
    struct rchunk *next;
};

struct thr;
struct helper;

struct anon_split {
    int apply;
    unsigned k;          /* threads, the caller's included */
    size_t calls;        /* calls seen so far in this walk */
    struct thr *own;     /* a helper's walk: its own state */
    struct thr *all;     /* the caller's walk: every helper's, all[1 .. k - 1] */
    size_t n0;           /* names in the set the copies were made from */
    _Atomic size_t *pos; /* the caller's next call (SIZE_MAX: done); helpers skip what it passed */
};

struct thr {
    anon_split_t sp;
    unsigned t;
    anon_session_t *shadow;
    anon_names_log_t log; /* the current string's look-ups */
    struct rchunk *head, *tail;
    size_t ntail;        /* helper: records used in tail */
    _Atomic size_t nrec; /* records published */
    _Atomic size_t cur;  /* the call being detected now, SIZE_MAX when none */
    struct rchunk *rd;   /* caller: the chunk of the last record read */
    size_t seen;         /* caller: records read */
    const uint8_t *in;
    size_t len;
    unsigned depth;
    struct helper *helper; /* NULL: no thread (the caller detects this helper's calls live) */
};

/* Helper threads are kept between walks, waiting for the next one, rather than started for each
 * walk: each keeps its glibc heap, stack and match data (engine.c) for the next request. A
 * detached thread per walk, niced, could still be exiting on a busy machine when the next walk
 * started its own, which then got a heap of its own: a process grew one ~1 MB heap per such
 * overlap after 256 KiB bodies, up to glibc's 8 per CPU.
 *
 * A helper is handed a walk (ASSIGNED) and takes it when it wakes (WALKING). A helper the
 * machine gives no CPU before the caller is done is never waited for: the caller takes its walk
 * back (IDLE again) and detects its calls live, as it does for a helper that never existed. All
 * of it under pool.lock; a helper's struct lives as long as the process. */
enum { HELPER_IDLE, HELPER_ASSIGNED, HELPER_WALKING };
struct helper {
    pthread_cond_t wake; /* IDLE -> ASSIGNED (the helper waits), WALKING -> IDLE (the caller) */
    int state;
    struct thr *job;      /* ASSIGNED or WALKING: the walk */
    struct helper *below; /* IDLE: the helper that became idle before this one */
};

#define MAX_HELPERS (MAX_THR - 1)
static struct {
    pthread_mutex_t lock;
    struct helper *idle; /* the one that became idle last */
    unsigned n;          /* helpers started */
} pool = {.lock = PTHREAD_MUTEX_INITIALIZER};

void anon_split_test_block(unsigned calls)
{
    block = calls ? calls : 16;
}

/* The thread whose block call c is in: 0 the caller, else a helper. Of every ROUND blocks the
 * caller takes the first 20 / k - 1, a little under its share: it also writes the output. */
#define ROUND 20u
static unsigned owner(const anon_split_t *sp, size_t c)
{
    unsigned r = (unsigned)((c / block) % ROUND), mine = ROUND / sp->k - 1;
    return r < mine ? 0 : 1 + (r - mine) % (sp->k - 1);
}

/* The helper is done with its current call (published or not). */
static void release_cur(struct thr *h)
{
    atomic_store(&h->cur, SIZE_MAX);
}

static int helper_take(anon_split_t *sp, size_t c)
{
    struct thr *h = sp->own;
    if (owner(sp, c) != h->t)
        return ANON_SPLIT_SKIP;
    size_t p = atomic_load(sp->pos);
    if (p == SIZE_MAX)
        return ANON_SPLIT_STOP;
    /* announce, then look: the caller stores its position, then looks at cur (see caller_take),
     * so at least one of the two sees the other */
    atomic_store(&h->cur, c);
    if (atomic_load(sp->pos) > c) {
        release_cur(h);
        return ANON_SPLIT_SKIP;
    }
    anon_buf_setlen(&h->log.words, 0);
    h->log.lost = 0;
    return ANON_SPLIT_DETECT;
}

/* The helper's record for call c if it is published now: 1, else 0. rd is the chunk of the
 * last record read (NULL before the first). */
static int published(struct thr *h, size_t c, const struct rec **out)
{
    size_t n = atomic_load_explicit(&h->nrec, memory_order_acquire);
    while (h->seen < n) {
        struct rchunk *ch = h->seen % RCHUNK ? h->rd : h->seen ? h->rd->next : h->head;
        const struct rec *r = &ch->r[h->seen % RCHUNK];
        if (r->call > c)
            return 0; /* for a later call: left for it */
        h->rd = ch;
        h->seen++;
        if (r->call == c) {
            *out = r;
            return 1;
        }
        /* an older record, for a call the caller took itself: passed over */
    }
    return 0;
}

static int caller_take(anon_split_t *sp, size_t c, size_t len, const anon_names_known_t *known,
                       const anon_finding_t **f, size_t *nf)
{
    atomic_store(sp->pos, c + 1);
    unsigned t = owner(sp, c);
    if (t == 0)
        return ANON_SPLIT_LIVE; /* the caller's own block */
    struct thr *h = &sp->all[t];
    const struct rec *r = NULL;
    /* The helper is on it: its result comes sooner than ours would, unless it lost its CPU (a
     * loaded machine): then, past about twice what the string should take, detect it here. */
    struct timespec t0 = {0, 0};
    uint64_t limit = 50000 + (uint64_t)len * 20; /* ns: ~50 MB/s, the slowest text */
    for (unsigned spins = 0;; spins++) {
        if (published(h, c, &r))
            break;
        if (atomic_load(&h->cur) != c)
            return ANON_SPLIT_LIVE; /* not started (it will skip it now), failed, or passed */
        if (spins < 64)
            continue;
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (spins == 64)
            t0 = now;
        else if ((uint64_t)(now.tv_sec - t0.tv_sec) * 1000000000u + (uint64_t)now.tv_nsec -
                     (uint64_t)t0.tv_nsec >
                 limit)
            return ANON_SPLIT_LIVE;
        sched_yield();
    }
    if (r->qn && anon_names_known_count(known) > sp->n0 &&
        anon_names_known_answers(known, sp->n0, r->q, r->qn))
        return ANON_SPLIT_LIVE;
    *f = r->f;
    *nf = r->nf;
    return ANON_SPLIT_HAVE;
}

int anon_split_take(anon_split_t *sp, size_t len, const anon_names_known_t *known,
                    const anon_finding_t **f, size_t *nf)
{
    size_t c = sp->calls++;
    return sp->apply ? caller_take(sp, c, len, known, f, nf) : helper_take(sp, c);
}

void anon_split_store(anon_split_t *sp, int rc, const anon_finding_t *f, size_t nf)
{
    struct thr *h = sp->own;
    size_t c = sp->calls - 1;
    /* a failed detection or a lost look-up leaves no record: the caller detects it live */
    if (rc >= 0 && !h->log.lost) {
        if (h->ntail == RCHUNK || !h->tail) {
            struct rchunk *ch = calloc(1, sizeof *ch);
            if (!ch)
                goto done;
            if (h->tail)
                h->tail->next = ch;
            else
                h->head = ch;
            h->tail = ch;
            h->ntail = 0;
        }
        struct rec r = {.call = c, .nf = nf, .qn = h->log.words.len};
        if ((nf && !(r.f = malloc(nf * sizeof *f))) || (r.qn && !(r.q = malloc(r.qn)))) {
            free(r.f);
            goto done;
        }
        if (nf)
            memcpy(r.f, f, nf * sizeof *f);
        if (r.qn)
            memcpy(r.q, h->log.words.data, r.qn);
        h->tail->r[h->ntail++] = r;
        atomic_store_explicit(&h->nrec, atomic_load_explicit(&h->nrec, memory_order_relaxed) + 1,
                              memory_order_release);
    }
done:
    release_cur(h);
}

static void *helper_main(void *arg)
{
    struct helper *me = arg;
    /* spare capacity only: any other thread of the machine that wants the CPU (a worker's loop,
     * another request's scan) comes first; a starved helper only means the caller detects more
     * itself. Linux's nice is per thread. */
    (void)setpriority(PRIO_PROCESS, (id_t)gettid(), HELPER_NICE);
    pthread_mutex_lock(&pool.lock);
    for (;;) {
        while (me->state != HELPER_ASSIGNED)
            pthread_cond_wait(&me->wake, &pool.lock);
        me->state = HELPER_WALKING;
        struct thr *h = me->job;
        pthread_mutex_unlock(&pool.lock);
        /* errors are the caller's walk's to report: it meets the same ones */
        (void)anon_rewrite_walk(h->shadow, h->in, h->len, h->depth, NULL, NULL);
        release_cur(h);
        pthread_mutex_lock(&pool.lock);
        me->job = NULL; /* from here h is the caller's to free */
        me->state = HELPER_IDLE;
        me->below = pool.idle;
        pool.idle = me;
        pthread_cond_broadcast(&me->wake);
    }
    return NULL;
}

/* Hand h's walk to an idle helper, or to a new one while there are fewer than MAX_HELPERS;
 * without one the caller detects h's calls live. */
static void start(struct thr *h)
{
    pthread_mutex_lock(&pool.lock);
    struct helper *p = pool.idle;
    if (p) {
        pool.idle = p->below;
    } else if (pool.n < MAX_HELPERS && (p = calloc(1, sizeof *p)) != NULL) {
        pthread_attr_t a;
        pthread_t id;
        int ok = pthread_cond_init(&p->wake, NULL) == 0;
        if (ok && pthread_attr_init(&a) == 0) {
            (void)pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
            ok = pthread_create(&id, &a, helper_main, p) == 0;
            pthread_attr_destroy(&a);
        } else if (ok) {
            pthread_cond_destroy(&p->wake);
            ok = 0;
        }
        if (!ok) {
            free(p);
            p = NULL;
        } else {
            pool.n++;
        }
    }
    if (p) {
        p->below = NULL;
        p->job = h;
        p->state = HELPER_ASSIGNED;
        h->helper = p;
        pthread_cond_broadcast(&p->wake);
    }
    pthread_mutex_unlock(&pool.lock);
}

/* The caller is done: a helper that has not started never will (its walk is taken back); one
 * that has is waited for (it stops at its next string, pos being SIZE_MAX). */
static void finish(struct thr *h)
{
    struct helper *p = h->helper;
    if (!p)
        return;
    pthread_mutex_lock(&pool.lock);
    if (p->job == h && p->state == HELPER_ASSIGNED) {
        p->job = NULL;
        p->state = HELPER_IDLE;
        p->below = pool.idle;
        pool.idle = p;
    }
    while (p->job == h)
        pthread_cond_wait(&p->wake, &pool.lock);
    pthread_mutex_unlock(&pool.lock);
    h->helper = NULL;
}

unsigned anon_split_test_helpers(void)
{
    pthread_mutex_lock(&pool.lock);
    unsigned n = pool.n;
    pthread_mutex_unlock(&pool.lock);
    return n;
}

static void thr_free(struct thr *h)
{
    anon_session_free(h->shadow);
    anon_buf_free(&h->log.words);
    for (struct rchunk *ch = h->head, *next; ch; ch = next) {
        size_t n = ch == h->tail ? h->ntail : RCHUNK;
        for (size_t i = 0; i < n; i++) {
            if (ch->r[i].f)
                OPENSSL_cleanse(ch->r[i].f, ch->r[i].nf * sizeof *ch->r[i].f);
            free(ch->r[i].f);
            if (ch->r[i].q)
                OPENSSL_cleanse(ch->r[i].q, ch->r[i].qn); /* words of the request: PII */
            free(ch->r[i].q);
        }
        next = ch->next;
        free(ch);
    }
}

int anon_split_walk(anon_session_t *s, const uint8_t *in, size_t len, unsigned depth,
                    unsigned nthreads, anon_buf_t *out, size_t *changed)
{
    unsigned k = nthreads < MAX_THR ? nthreads : MAX_THR;
    struct thr *thr = calloc(k, sizeof *thr);
    if (!thr)
        return anon_rewrite_walk(s, in, len, depth, out, changed);
    _Atomic size_t pos = 0;
    for (unsigned t = 1; t < k; t++) {
        struct thr *h = &thr[t];
        h->t = t;
        h->sp = (anon_split_t){.k = k, .own = h, .pos = &pos};
        h->in = in;
        h->len = len;
        h->depth = depth;
        atomic_init(&h->nrec, 0);
        atomic_init(&h->cur, SIZE_MAX);
        /* a helper without memory or thread leaves its calls to the caller, detected live */
        if ((h->shadow = anon_session_shadow(s, &h->sp, &h->log)) != NULL)
            start(h);
    }
    anon_split_t sp = {.apply = 1,
                       .k = k,
                       .all = thr,
                       .pos = &pos,
                       .n0 = anon_names_known_count(anon_session_known(s))};
    anon_session_set_split(s, &sp);
    int rc = anon_rewrite_walk(s, in, len, depth, out, changed);
    anon_session_set_split(s, NULL);
    atomic_store(&pos, SIZE_MAX);
    for (unsigned t = 1; t < k; t++)
        finish(&thr[t]);
    for (unsigned t = 1; t < k; t++)
        thr_free(&thr[t]);
    free(thr);
    return rc;
}
