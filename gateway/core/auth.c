/* auth: Proxy-Authorization checked off the event loop, with a brake on guessing.
 *
 * PBKDF2 is slow on purpose, so it never runs on a worker's event loop: AUTH_THREADS threads take
 * jobs from one bounded queue and hand each result back with event_active on an event the job
 * owns, so the callback runs on the worker that asked. Ownership: a job belongs to the pool from
 * gw_auth_start until its event has run on the worker (which frees it), or until
 * gw_auth_shutdown frees what is left; gw_auth_cancel only marks it, so the connection may go
 * away at once. An unknown user is hashed against a dummy with the same iteration count, so a
 * refusal costs the same whether or not the name exists.
 *
 * Guessing is braked per client address (IPv6 by /64) with a token bucket: every attempt that
 * needs hashing, and every malformed credential, takes a token; a success gives it back. With
 * the bucket empty the answer is 429 with Retry-After, and nothing is hashed.
 */
#include "gateway/core/core.h"

#include <math.h>
#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define AUTH_THREADS 2
#define AUTH_QUEUE 256
#define BUCKET_SLOTS 4096
#define CRED_MAX 512

struct gw_auth_job {
    gw_auth_job_t *next;                /* in the queue */
    gw_auth_job_t *all_prev, *all_next; /* every job not yet freed */
    gw_server_t *srv;
    struct event *ev;
    gw_auth_cb cb;
    void *arg;
    int cancelled, ok;
    char *stored; /* the user's hash; NULL for an unknown user */
    unsigned dummy_iterations;
    uint8_t mac[32];
    uint8_t key[16];     /* the client's bucket */
    char user[128];      /* "unknown" when not a configured user */
    char cred[CRED_MAX]; /* "user:password"; wiped */
    size_t clen, ulen;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_t threads[AUTH_THREADS];
static int nthreads, stopping;
static gw_auth_job_t *head, *tail, *all;
static size_t queued;

static struct {
    uint8_t key[16];
    double tokens, at;
    int used;
} buckets[BUCKET_SLOTS];

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* IPv4 (also v4-mapped) by address, IPv6 by /64: one host usually holds a whole /64. */
static void bucket_key(const struct sockaddr *sa, uint8_t key[16])
{
    memset(key, 0, 16);
    if (sa->sa_family == AF_INET) {
        key[0] = 4;
        memcpy(key + 1, &((const struct sockaddr_in *)sa)->sin_addr, 4);
        return;
    }
    const uint8_t *a = ((const struct sockaddr_in6 *)sa)->sin6_addr.s6_addr;
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (!memcmp(a, mapped, 12)) {
        key[0] = 4;
        memcpy(key + 1, a + 12, 4);
    } else {
        key[0] = 6;
        memcpy(key + 1, a, 8);
    }
}

static size_t bucket_slot(const uint8_t key[16])
{
    size_t h = 14695981039346656037ull;
    for (int i = 0; i < 16; i++) {
        h = (h ^ key[i]) * 1099511628211ull;
    }
    return h % BUCKET_SLOTS;
}

/* Take one token; 0 with *retry_after (whole seconds) when the bucket is empty. A slot held by
 * another address is taken over with a full bucket: bounded memory, at worst a fresh start. */
static int bucket_take(const gw_live_t *cfg, const uint8_t key[16], unsigned *retry_after)
{
    double burst = (double)cfg->auth_failure_burst;
    double rate = (double)cfg->auth_failures_per_minute / 60.0;
    double t = now_s();
    int ok;
    pthread_mutex_lock(&lock);
    size_t i = bucket_slot(key);
    if (!buckets[i].used || memcmp(buckets[i].key, key, 16) != 0) {
        memcpy(buckets[i].key, key, 16);
        buckets[i].tokens = burst;
        buckets[i].at = t;
        buckets[i].used = 1;
    }
    buckets[i].tokens = fmin(burst, buckets[i].tokens + (t - buckets[i].at) * rate);
    buckets[i].at = t;
    ok = buckets[i].tokens >= 1.0;
    if (ok) {
        buckets[i].tokens -= 1.0;
    } else {
        *retry_after = (unsigned)ceil((1.0 - buckets[i].tokens) / rate);
        if (*retry_after < 1) {
            *retry_after = 1;
        }
    }
    pthread_mutex_unlock(&lock);
    return ok;
}

static void bucket_give_back(const gw_live_t *cfg, const uint8_t key[16])
{
    pthread_mutex_lock(&lock);
    size_t i = bucket_slot(key);
    if (buckets[i].used && !memcmp(buckets[i].key, key, 16)) {
        buckets[i].tokens = fmin((double)cfg->auth_failure_burst, buckets[i].tokens + 1.0);
    }
    pthread_mutex_unlock(&lock);
}

/* Called with lock held. */
static void job_unlink(gw_auth_job_t *j)
{
    if (j->all_prev) {
        j->all_prev->all_next = j->all_next;
    } else {
        all = j->all_next;
    }
    if (j->all_next) {
        j->all_next->all_prev = j->all_prev;
    }
}

static void job_free(gw_auth_job_t *j)
{
    if (j->ev) {
        event_free(j->ev);
    }
    free(j->stored);
    OPENSSL_cleanse(j->cred, sizeof(j->cred));
    free(j);
}

static void *worker_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (!stopping && !head) {
            pthread_cond_wait(&wake, &lock);
        }
        if (stopping) {
            break;
        }
        gw_auth_job_t *j = head;
        head = j->next;
        if (!head) {
            tail = NULL;
        }
        queued--;
        pthread_mutex_unlock(&lock);
        const char *pw = j->cred + j->ulen + 1;
        j->ok = gw_access_verify(pw, j->clen - j->ulen - 1, j->stored, j->dummy_iterations);
        atomic_fetch_add(&j->srv->counters.auth_hashes, 1);
        event_active(j->ev, EV_READ, 1); /* the result is read on the job's loop */
        pthread_mutex_lock(&lock);
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

/* On the worker's loop: the hash is done. */
static void on_done(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_auth_job_t *j = arg;
    pthread_mutex_lock(&lock);
    job_unlink(j);
    pthread_mutex_unlock(&lock);
    gw_gen_t *g = gw_gen_acquire(j->srv);
    if (j->ok) {
        gw_access_remember(j->mac);
        bucket_give_back(g->cfg, j->key);
    } else {
        atomic_fetch_add(&j->srv->counters.auth_failures, 1);
    }
    gw_gen_release(g);
    if (!j->cancelled) {
        j->cb(j->arg, j->ok ? GW_AUTH_OK : GW_AUTH_DENIED, j->user);
    }
    job_free(j);
}

/* With lock held. */
static int pool_start_locked(void)
{
    while (nthreads < AUTH_THREADS) {
        if (pthread_create(&threads[nthreads], NULL, worker_main, NULL) != 0) {
            return nthreads > 0 ? 0 : -1;
        }
        nthreads++;
    }
    return 0;
}

/* The index of the configured user named name[0..n), or nusers. */
static size_t find_user(const gw_live_t *cfg, const char *name, size_t n)
{
    size_t i = 0;
    while (i < cfg->nusers &&
           !(strlen(cfg->users[i].key) == n && !memcmp(cfg->users[i].key, name, n))) {
        i++;
    }
    return i;
}

int gw_auth_start(gw_worker_t *w, const gw_live_t *cfg, const struct sockaddr *peer,
                  const char *header, size_t len, gw_auth_cb cb, void *arg, gw_auth_job_t **job,
                  char *user, size_t ulen, unsigned *retry_after)
{
    *job = NULL;
    snprintf(user, ulen, "unknown");
    if (cfg->nusers == 0) {
        return GW_AUTH_OK;
    }
    if (!header) {
        return GW_AUTH_DENIED; /* the client learns it must authenticate: no failure yet */
    }
    gw_auth_job_t *j = calloc(1, sizeof(*j));
    if (!j) {
        return GW_AUTH_BUSY;
    }
    j->srv = w->srv;
    j->cb = cb;
    j->arg = arg;
    bucket_key(peer, j->key);
    int rc;
    if (gw_access_parse_basic(header, len, j->cred, sizeof(j->cred), &j->clen, &j->ulen) != 0) {
        rc = bucket_take(cfg, j->key, retry_after) ? GW_AUTH_DENIED : GW_AUTH_LIMITED;
        atomic_fetch_add(&w->srv->counters.auth_failures, rc == GW_AUTH_DENIED);
        goto done;
    }
    size_t ui = find_user(cfg, j->cred, j->ulen);
    const char *known = ui < cfg->nusers ? cfg->users[ui].key : NULL;
    const char *stored = known ? cfg->users[ui].value : NULL;
    snprintf(user, ulen, "%s", known ? known : "unknown");
    snprintf(j->user, sizeof(j->user), "%s", known ? known : "unknown");
    if (stored) {
        gw_access_mac(stored, j->cred, j->clen, j->mac);
        if (gw_access_cached(j->mac)) {
            rc = GW_AUTH_OK;
            goto done;
        }
    }
    if (!bucket_take(cfg, j->key, retry_after)) {
        rc = GW_AUTH_LIMITED;
        goto done;
    }
    j->dummy_iterations = gw_access_iterations(cfg->users[0].value);
    j->stored = stored ? strdup(stored) : NULL;
    j->ev = event_new(w->base, -1, 0, on_done, j);
    if ((stored && !j->stored) || !j->ev) {
        bucket_give_back(cfg, j->key);
        rc = GW_AUTH_BUSY;
        goto done;
    }
    pthread_mutex_lock(&lock);
    if (stopping || queued >= AUTH_QUEUE || pool_start_locked() != 0) {
        pthread_mutex_unlock(&lock);
        bucket_give_back(cfg, j->key);
        rc = GW_AUTH_BUSY;
        goto done;
    }
    j->all_next = all;
    if (all) {
        all->all_prev = j;
    }
    all = j;
    if (tail) {
        tail->next = j;
    } else {
        head = j;
    }
    tail = j;
    queued++;
    pthread_cond_signal(&wake);
    pthread_mutex_unlock(&lock);
    *job = j;
    return GW_AUTH_PENDING;
done:
    if (rc == GW_AUTH_LIMITED) {
        atomic_fetch_add(&w->srv->counters.auth_limited, 1);
    }
    job_free(j);
    return rc;
}

void gw_auth_cancel(gw_auth_job_t *job)
{
    if (job) {
        job->cancelled = 1;
    }
}

void gw_auth_shutdown(void)
{
    pthread_mutex_lock(&lock);
    stopping = 1;
    pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&lock);
    for (int i = 0; i < nthreads; i++) {
        pthread_join(threads[i], NULL);
    }
    nthreads = 0;
    /* Whatever is left (queued, or done but its event never ran) is freed here, while the
     * worker bases its events belong to still exist. */
    pthread_mutex_lock(&lock);
    while (all) {
        gw_auth_job_t *j = all;
        all = j->all_next;
        job_free(j);
    }
    head = tail = NULL;
    queued = 0;
    pthread_mutex_unlock(&lock);
}
