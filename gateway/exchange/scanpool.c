/* scanpool: a few threads that rewrite large request bodies off the workers' event loops.
 *
 * A 1 MiB body takes ~13 ms to scan and a 4 MiB one ~50 ms; on its worker's loop every other
 * connection of that worker (h1, h2 streams, tunnels, handshakes) would wait as long. A body of
 * scanOffloadBytes or more is handed to a pool thread (gw_scan_submit); its done function runs
 * back on the submitting worker's loop, woken through that worker's eventfd.
 *
 * The one thing to know: between submit and done the job's arg belongs to the pool thread (the
 * worker touches none of it, only gw_scan_cancel's flag), and done runs exactly once for every
 * job submit accepted, always on the worker's loop (or in its cleanup): after the work, or with
 * dropped set when the work did not run (cancelled before it started, the worker stopping). Pool
 * threads never call libevent; their only signal to a worker is a write to its eventfd, made
 * under the lock the worker's cleanup waits on, so the fd is never written once closed.
 *
 * Idle threads wait on a stack, each on its own condition: a job wakes the thread that became
 * idle last. glibc gives each thread a heap of its own and every heap keeps its top between
 * requests (gateway/core/heap.c), so bodies that come one after another are all scanned by one
 * thread and only as many heaps grow as large scans run at the same time, not one per thread
 * (a shared condition woke any waiter: two 4 MiB bodies in a row grew two heaps, ~10 MB each).
 *
 * A full queue (SCAN_QUEUE_PER_THREAD jobs per thread waiting) makes submit return NULL and the
 * caller scans on its loop as before: never a refusal for a body that would pass, and a worker
 * that is busy scanning reads no further requests meanwhile, which is the back-pressure.
 *
 * Test-only: HUSH_TEST_SCAN_HOLD=<path> makes every pool job log event=scan_held and wait, before
 * its work, until <path> exists (tests hold a scan to prove that nothing else waits for it).
 */
#include "gateway/exchange/exchange.h"

#include "anonymize/anonymize.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#define SCAN_QUEUE_PER_THREAD 4

/* A worker's finished jobs and the eventfd that wakes its loop for them. */
struct scan_done {
    pthread_mutex_t lock; /* head, tail, pending */
    pthread_cond_t idle;  /* pending reached 0 */
    gw_scan_job_t *head, **tail;
    size_t pending; /* submitted and not yet on this list */
    int efd;
    struct event *ev;
    gw_worker_t *w;
};

struct gw_scan_job {
    gw_scan_job_t *next;
    struct scan_done *home;
    gw_scan_work_fn work;
    gw_scan_done_fn done;
    void *arg;
    atomic_int cancelled;
    int dropped;
};

/* A pool thread, waiting on the idle stack or working. */
struct scan_thr {
    struct scanpool *p;
    pthread_t id;
    pthread_cond_t wake;
    struct scan_thr *below; /* on the idle stack: the thread that became idle before this one */
    int on_stack;           /* waiting to be woken; a submit (or the pool's stop) pops it */
};

struct scanpool {
    pthread_mutex_t lock;  /* everything below, and the threads' below and on_stack */
    struct scan_thr *idle; /* the idle stack's top: the thread that became idle last */
    gw_scan_job_t *head, **tail;
    size_t queued, max_queued;
    struct scan_thr *threads;
    unsigned nthreads;
    int stop;
    size_t threshold;
    char *hold; /* HUSH_TEST_SCAN_HOLD */
};

/* Put j on its worker's done list and wake the loop. The write is made under the list's lock
 * so the worker's cleanup (which waits for pending 0 under it) never closes the fd before it. */
static void hand_back(gw_scan_job_t *j)
{
    struct scan_done *d = j->home;
    pthread_mutex_lock(&d->lock);
    j->next = NULL;
    *d->tail = j;
    d->tail = &j->next;
    uint64_t one = 1;
    ssize_t n;
    do {
        n = write(d->efd, &one, sizeof(one));
    } while (n < 0 && errno == EINTR); /* EAGAIN: the counter is full, the loop is woken anyway */
    if (--d->pending == 0) {
        pthread_cond_broadcast(&d->idle);
    }
    pthread_mutex_unlock(&d->lock);
}

/* Test-only hold (see the top): wait until the file exists, the job is cancelled or the pool
 * stops. Polled: tests only. */
static void hold(struct scanpool *p, gw_scan_job_t *j)
{
    gw_log(GW_LOG_INFO, "event=scan_held");
    struct timespec ts = {0, 5 * 1000 * 1000};
    for (;;) {
        if (access(p->hold, F_OK) == 0 || atomic_load(&j->cancelled)) {
            return;
        }
        pthread_mutex_lock(&p->lock);
        int stop = p->stop;
        pthread_mutex_unlock(&p->lock);
        if (stop) {
            return;
        }
        nanosleep(&ts, NULL);
    }
}

/* The idle stack, under p->lock. */
static void idle_push(struct scanpool *p, struct scan_thr *t)
{
    t->below = p->idle;
    p->idle = t;
    t->on_stack = 1;
}

static void idle_remove(struct scanpool *p, struct scan_thr *t)
{
    for (struct scan_thr **pp = &p->idle; t->on_stack && *pp; pp = &(*pp)->below) {
        if (*pp == t) {
            *pp = t->below;
            t->on_stack = 0;
        }
    }
    t->below = NULL;
}

/* Wake the thread that became idle last, if one is idle. Under p->lock. */
static void wake_one(struct scanpool *p)
{
    struct scan_thr *t = p->idle;
    if (t) {
        p->idle = t->below;
        t->below = NULL;
        t->on_stack = 0;
        pthread_cond_signal(&t->wake);
    }
}

static void *scan_thread(void *arg)
{
    struct scan_thr *t = arg;
    struct scanpool *p = t->p;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        /* a thread on the stack takes no job until a submit pops it: the job is the top's */
        while (!p->stop && (t->on_stack || !p->head)) {
            if (!t->on_stack) {
                idle_push(p, t);
            }
            while (t->on_stack) {
                pthread_cond_wait(&t->wake, &p->lock);
            }
        }
        if (!p->head) { /* stopping, nothing left */
            pthread_mutex_unlock(&p->lock);
            return NULL;
        }
        gw_scan_job_t *j = p->head;
        p->head = j->next;
        if (!p->head) {
            p->tail = &p->head;
        }
        p->queued--;
        pthread_mutex_unlock(&p->lock);
        if (p->hold) {
            hold(p, j);
        }
        if (atomic_load(&j->cancelled)) {
            j->dropped = 1;
        } else {
            j->work(j->arg);
        }
        /* idle before the job is handed back, so the submit its done may make finds this
         * thread on top of the stack */
        pthread_mutex_lock(&p->lock);
        if (!p->head && !p->stop) {
            idle_push(p, t);
        }
        pthread_mutex_unlock(&p->lock);
        hand_back(j);
        pthread_mutex_lock(&p->lock);
    }
}

/* The worker's finished jobs, taken off its list; called with d->lock held, returns with it
 * released. */
static gw_scan_job_t *take_done(struct scan_done *d)
{
    gw_scan_job_t *list = d->head;
    d->head = NULL;
    d->tail = &d->head;
    pthread_mutex_unlock(&d->lock);
    return list;
}

/* Run done for every job of list and free it; stopping: every job counts as dropped. */
static void run_done(gw_scan_job_t *list, int stopping)
{
    while (list) {
        gw_scan_job_t *j = list;
        list = j->next;
        j->done(j->arg, stopping || j->dropped);
        free(j);
    }
}

/* The worker's loop: run done for every finished job. */
static void on_done(evutil_socket_t fd, short what, void *arg)
{
    (void)what;
    struct scan_done *d = arg;
    uint64_t n;
    while (read(fd, &n, sizeof(n)) < 0 && errno == EINTR) {
    }
    pthread_mutex_lock(&d->lock);
    run_done(take_done(d), 0);
}

gw_scan_job_t *gw_scan_submit(gw_worker_t *w, size_t bytes, gw_scan_work_fn work,
                              gw_scan_done_fn done, void *arg)
{
    struct scanpool *p = w->srv->scanpool;
    struct scan_done *d = w->scan_done;
    if (!p || !d || bytes < p->threshold) {
        return NULL;
    }
    gw_scan_job_t *j = calloc(1, sizeof(*j));
    if (!j) {
        return NULL; /* scanned on the loop, as without a pool */
    }
    j->home = d;
    j->work = work;
    j->done = done;
    j->arg = arg;
    atomic_init(&j->cancelled, 0);
    pthread_mutex_lock(&p->lock);
    if (p->queued >= p->max_queued || p->stop) {
        pthread_mutex_unlock(&p->lock);
        free(j);
        return NULL;
    }
    pthread_mutex_lock(&d->lock);
    d->pending++;
    pthread_mutex_unlock(&d->lock);
    *p->tail = j;
    p->tail = &j->next;
    p->queued++;
    wake_one(p);
    pthread_mutex_unlock(&p->lock);
    return j;
}

unsigned gw_scan_split_threads(gw_worker_t *w)
{
    struct scanpool *p = w->srv->scanpool;
    unsigned n = 0;
    if (!p) {
        return 1;
    }
    pthread_mutex_lock(&p->lock);
    for (struct scan_thr *t = p->idle; t && n < 4 && !p->queued; t = t->below) {
        n++;
    }
    pthread_mutex_unlock(&p->lock);
    return n ? n : 1;
}

void gw_scan_cancel(gw_scan_job_t *j)
{
    if (j) {
        atomic_store(&j->cancelled, 1);
    }
}

/* ---- the part: threads per server, a done list per worker ----------------------------------- */

static int scan_server_init(gw_server_t *srv, char *err, size_t errlen)
{
    if (srv->cfg->scan_cache_bytes &&
        !(srv->scan_cache = anon_scan_cache_new(srv->cfg->scan_cache_bytes))) {
        snprintf(err, errlen, "scanCacheBytes: out of memory");
        return -1;
    }
    unsigned n = srv->cfg->scan_threads;
    if (n == GW_THREADS_AUTO) {
        n = gw_cpus_auto(NULL, NULL); /* the CPUs the process may use, as workers = auto */
    }
    if (n == 0) {
        return 0; /* scanThreads 0: every body on its worker's loop */
    }
    struct scanpool *p = calloc(1, sizeof(*p));
    if (!p || !(p->threads = calloc(n, sizeof(*p->threads)))) {
        free(p);
        snprintf(err, errlen, "scanThreads: out of memory");
        return -1;
    }
    pthread_mutex_init(&p->lock, NULL);
    p->tail = &p->head;
    p->max_queued = (size_t)n * SCAN_QUEUE_PER_THREAD;
    p->threshold = srv->cfg->scan_offload_bytes;
    const char *h = getenv("HUSH_TEST_SCAN_HOLD");
    p->hold = h && *h ? strdup(h) : NULL;
    srv->scanpool = p;
    for (; p->nthreads < n; p->nthreads++) {
        struct scan_thr *t = &p->threads[p->nthreads];
        t->p = p;
        pthread_cond_init(&t->wake, NULL);
        pthread_mutex_lock(&p->lock);
        idle_push(p, t); /* idle from the start: a submit before it runs wakes it all the same */
        pthread_mutex_unlock(&p->lock);
        if (pthread_create(&t->id, NULL, scan_thread, t) != 0) {
            pthread_mutex_lock(&p->lock);
            idle_remove(p, t);
            pthread_mutex_unlock(&p->lock);
            pthread_cond_destroy(&t->wake);
            snprintf(err, errlen, "scanThreads: cannot start thread %u of %u", p->nthreads + 1, n);
            return -1; /* scan_server_free joins those started */
        }
    }
    gw_log(GW_LOG_INFO, "event=scan_pool threads=%u offload_bytes=%zu%s", n, p->threshold,
           p->hold ? " test_hold=on" : "");
    return 0;
}

static void scan_server_free(gw_server_t *srv)
{
    struct scanpool *p = srv->scanpool;
    if (!p) {
        anon_scan_cache_free(srv->scan_cache); /* the workers' loops are done with it */
        srv->scan_cache = NULL;
        return;
    }
    pthread_mutex_lock(&p->lock);
    p->stop = 1;
    while (p->idle) {
        wake_one(p);
    }
    pthread_mutex_unlock(&p->lock);
    for (unsigned i = 0; i < p->nthreads; i++) {
        pthread_join(p->threads[i].id, NULL);
        pthread_cond_destroy(&p->threads[i].wake);
    }
    pthread_mutex_destroy(&p->lock);
    free(p->threads);
    free(p->hold);
    free(p);
    srv->scanpool = NULL;
    anon_scan_cache_free(srv->scan_cache); /* every scan thread has ended */
    srv->scan_cache = NULL;
}

static int scan_worker_init(gw_worker_t *w, char *err, size_t errlen)
{
    if (!w->srv->scanpool) {
        return 0;
    }
    struct scan_done *d = calloc(1, sizeof(*d));
    if (!d) {
        snprintf(err, errlen, "scanThreads: out of memory");
        return -1;
    }
    pthread_mutex_init(&d->lock, NULL);
    pthread_cond_init(&d->idle, NULL);
    d->tail = &d->head;
    d->w = w;
    w->scan_done = d;
    d->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (d->efd < 0 || !(d->ev = event_new(w->base, d->efd, EV_READ | EV_PERSIST, on_done, d)) ||
        event_add(d->ev, NULL) != 0) {
        snprintf(err, errlen, "scanThreads: cannot create the wake-up: %s", strerror(errno));
        return -1; /* scan_worker_free undoes */
    }
    return 0;
}

/* After the worker's loop stopped, before the pool's threads do: its queued jobs are dropped,
 * its running ones awaited, and every done runs here (dropped), so nothing of the worker is left
 * on a pool thread or a list. */
static void scan_worker_free(gw_worker_t *w)
{
    struct scan_done *d = w->scan_done;
    struct scanpool *p = w->srv ? w->srv->scanpool : NULL;
    if (!d) {
        return;
    }
    if (p) {
        pthread_mutex_lock(&p->lock);
        gw_scan_job_t **pp = &p->head;
        p->tail = &p->head;
        while (*pp) {
            gw_scan_job_t *j = *pp;
            if (j->home == d) {
                *pp = j->next;
                p->queued--;
                j->dropped = 1;
                hand_back(j);
            } else {
                p->tail = &j->next;
                pp = &j->next;
            }
        }
        pthread_mutex_unlock(&p->lock);
    }
    pthread_mutex_lock(&d->lock);
    while (d->pending) {
        pthread_cond_wait(&d->idle, &d->lock);
    }
    run_done(take_done(d), 1); /* the worker is stopping: no result is used */
    if (d->ev) {
        event_free(d->ev);
    }
    if (d->efd >= 0) {
        close(d->efd);
    }
    pthread_cond_destroy(&d->idle);
    pthread_mutex_destroy(&d->lock);
    free(d);
    w->scan_done = NULL;
}

const gw_part_t gw_scan_part = {
    .name = "scan",
    .server_init = scan_server_init,
    .server_free = scan_server_free,
    .worker_init = scan_worker_init,
    .worker_free = scan_worker_free,
};
