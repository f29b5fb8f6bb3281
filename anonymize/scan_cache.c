/* scan_cache.c: the findings of a long string already scanned in an earlier request of the same
 * client under the same state, so an agent's next turn (the whole conversation sent again) pays
 * for its new text only (issue 19 (g)).
 *
 * What is kept is member_find's answer (session_scan.c): anon_find_ex's findings with the
 * member's own reading (lead label, key label, names hint, id and thing keys). It is kept under a
 * keyed 128-bit SipHash-2-4 of everything that answer reads but the known names: the client's
 * partition, the engine, the lead label, the member key and the string's bytes. What the scan read
 * of the request's known names (the has() questions it asked and their answers, scan_deps.c) is
 * kept with it as its conditions: a look-up is answered only when the set gives the same answers
 * now, so a turn that names someone new elsewhere still hits (a few answers of one string are
 * kept, under different conditions). add_forms' spans are kept under the set's digest instead
 * (the sweeps read every name). Everything after it (what the request learns,
 * known names in other forms, births and streets read again, tokens) runs as it does without the
 * cache, so every side effect is the same by construction. A split rewrite's strings (detected
 * ahead on other threads against a logged copy of the set) are never looked up.
 *
 * No value is kept: keys and conditions are hashes under a random per-process key, an entry is
 * offsets, lengths and types. Memory is bounded (least recently used entries go first) and wiped on
 * free.
 *
 * One cache serves every scan thread behind a mutex held only to look up or add an entry (the
 * hashing and the scan run outside it): a look-up is a few hundred instructions beside the scan
 * of 256 bytes or more, and the gateway's requests land on any scan thread, so caches per thread
 * would miss a client's next turn.
 */
#include "anonymize/anon_internal.h"

#include <openssl/mem.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- SipHash-2-4, 128-bit output ---------------------------------------------------------- */
static uint64_t sip_key[2];
static pthread_once_t sip_once = PTHREAD_ONCE_INIT;

static void sip_draw(void)
{
    if (RAND_bytes((uint8_t *)sip_key, sizeof sip_key) != 1)
        abort(); /* a guessable key would let one text's entry be forged for another */
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v)                                                                                \
    do {                                                                                           \
        v[0] += v[1];                                                                              \
        v[1] = ROTL(v[1], 13);                                                                     \
        v[1] ^= v[0];                                                                              \
        v[0] = ROTL(v[0], 32);                                                                     \
        v[2] += v[3];                                                                              \
        v[3] = ROTL(v[3], 16);                                                                     \
        v[3] ^= v[2];                                                                              \
        v[0] += v[3];                                                                              \
        v[3] = ROTL(v[3], 21);                                                                     \
        v[3] ^= v[0];                                                                              \
        v[2] += v[1];                                                                              \
        v[1] = ROTL(v[1], 17);                                                                     \
        v[1] ^= v[2];                                                                              \
        v[2] = ROTL(v[2], 32);                                                                     \
    } while (0)

/* With a given key: anon_sip_init's, and the reference vectors' in the tests. */
void anon_sip_init_key(anon_sip_t *h, const uint64_t key[2])
{
    h->v[0] = 0x736f6d6570736575ull ^ key[0];
    h->v[1] = 0x646f72616e646f6dull ^ key[1] ^ 0xee;
    h->v[2] = 0x6c7967656e657261ull ^ key[0];
    h->v[3] = 0x7465646279746573ull ^ key[1];
    h->tail = 0;
    h->n = 0;
}

void anon_sip_init(anon_sip_t *h)
{
    pthread_once(&sip_once, sip_draw);
    anon_sip_init_key(h, sip_key);
}

static inline void sip_word(uint64_t *v, uint64_t m)
{
    v[3] ^= m;
    SIPROUND(v);
    SIPROUND(v);
    v[0] ^= m;
}

void anon_sip_update(anon_sip_t *h, const void *p, size_t n)
{
    const uint8_t *b = p;
    size_t have = h->n & 7;
    h->n += n;
    while (have && n) { /* fill the pending word */
        h->tail |= (uint64_t)*b++ << (8 * have);
        n--;
        if (++have == 8) {
            sip_word(h->v, h->tail);
            h->tail = 0;
            have = 0;
        }
    }
    uint64_t v[4] = {h->v[0], h->v[1], h->v[2], h->v[3]};
    for (; n >= 8; n -= 8, b += 8) {
        uint64_t m;
        memcpy(&m, b, 8); /* little-endian hosts (x86-64, arm64): the reference's byte order */
        sip_word(v, m);
    }
    memcpy(h->v, v, sizeof v);
    for (size_t i = 0; i < n; i++)
        h->tail |= (uint64_t)b[i] << (8 * (have + i));
}

void anon_sip_final(anon_sip_t *h, uint64_t out[2])
{
    uint64_t *v = h->v, b = ((uint64_t)h->n << 56) | h->tail;
    sip_word(v, b);
    v[2] ^= 0xee;
    SIPROUND(v);
    SIPROUND(v);
    SIPROUND(v);
    SIPROUND(v);
    out[0] = v[0] ^ v[1] ^ v[2] ^ v[3];
    v[1] ^= 0xdd;
    SIPROUND(v);
    SIPROUND(v);
    SIPROUND(v);
    SIPROUND(v);
    out[1] = v[0] ^ v[1] ^ v[2] ^ v[3];
    OPENSSL_cleanse(h, sizeof *h);
}

/* ---- the cache ---------------------------------------------------------------------------- */
#define VARIANTS 4 /* answers kept for one string under different conditions */
struct ent {
    uint64_t key[2];
    struct ent *hnext;       /* the bucket's chain */
    struct ent *prev, *next; /* recency: head the most recent */
    int rc;
    size_t nf, ndep;
    anon_finding_t f[]; /* types and offsets only, then ndep words of the answer's conditions */
};

struct anon_scan_cache {
    pthread_mutex_t mu;
    struct ent **bucket;
    size_t nbucket, nent;
    struct ent *head, *tail;
    size_t bytes, max;
    uint64_t lookups, hits, evicted, stale;
};

static size_t ent_bytes(size_t nf, size_t ndep)
{
    return sizeof(struct ent) + nf * sizeof(anon_finding_t) + ndep * sizeof(uint64_t);
}

static uint64_t *ent_dep(struct ent *e)
{
    return (uint64_t *)(void *)(e->f + e->nf); /* a finding is three size_t: aligned */
}

anon_scan_cache_t *anon_scan_cache_new(size_t max_bytes)
{
    if (!max_bytes)
        return NULL;
    anon_scan_cache_t *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->nbucket = 1024;
    if (!(c->bucket = calloc(c->nbucket, sizeof *c->bucket)) ||
        pthread_mutex_init(&c->mu, NULL) != 0) {
        free(c->bucket);
        free(c);
        return NULL;
    }
    c->max = max_bytes;
    c->bytes = sizeof *c + c->nbucket * sizeof *c->bucket;
    pthread_once(&sip_once, sip_draw); /* not on the first request's path */
    return c;
}

static void unlink_lru(anon_scan_cache_t *c, struct ent *e)
{
    if (e->prev)
        e->prev->next = e->next;
    else
        c->head = e->next;
    if (e->next)
        e->next->prev = e->prev;
    else
        c->tail = e->prev;
    e->prev = e->next = NULL;
}

static void push_head(anon_scan_cache_t *c, struct ent *e)
{
    e->prev = NULL;
    e->next = c->head;
    if (c->head)
        c->head->prev = e;
    c->head = e;
    if (!c->tail)
        c->tail = e;
}

static void drop(anon_scan_cache_t *c, struct ent *e)
{
    struct ent **pp = &c->bucket[e->key[0] & (c->nbucket - 1)];
    while (*pp != e)
        pp = &(*pp)->hnext;
    *pp = e->hnext;
    unlink_lru(c, e);
    size_t sz = ent_bytes(e->nf, e->ndep);
    c->bytes -= sz;
    c->nent--;
    OPENSSL_cleanse(e, sz);
    free(e);
}

void anon_scan_cache_free(anon_scan_cache_t *c)
{
    if (!c)
        return;
    while (c->tail)
        drop(c, c->tail);
    free(c->bucket);
    pthread_mutex_destroy(&c->mu);
    OPENSSL_cleanse(c, sizeof *c);
    free(c);
}

void anon_scan_cache_stats(anon_scan_cache_t *c, anon_scan_cache_stats_t *st)
{
    memset(st, 0, sizeof *st);
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    st->lookups = c->lookups;
    st->hits = c->hits;
    st->entries = c->nent;
    st->bytes = c->bytes;
    st->evicted = c->evicted;
    st->stale = c->stale;
    pthread_mutex_unlock(&c->mu);
}

static struct ent *from(struct ent *e, const uint64_t key[2])
{
    while (e && !(e->key[0] == key[0] && e->key[1] == key[1]))
        e = e->hnext;
    return e;
}

/* The first entry under key in its bucket's chain (the newest, but after grow()), or NULL */
static struct ent *find(const anon_scan_cache_t *c, const uint64_t key[2])
{
    return from(c->bucket[key[0] & (c->nbucket - 1)], key);
}

/* The next entry under key after e (another answer of the string, under other conditions: each
 * is exact wherever its conditions hold, so whichever holds first may answer) */
static struct ent *next_of(struct ent *e, const uint64_t key[2])
{
    return from(e->hnext, key);
}

int anon_scan_cache_get(anon_scan_cache_t *c, const uint64_t key[2], anon_finding_t **f, size_t *nf,
                        int *rc, anon_scan_cache_ok_fn ok, void *arg)
{
    pthread_mutex_lock(&c->mu);
    c->lookups++;
    struct ent *e = find(c, key);
    /* an answer of the string whose conditions hold (a few are kept: a turn may name someone and
     * the next not) */
    int seen = 0;
    while (e && e->ndep && !(ok && ok(arg, ent_dep(e), e->ndep))) {
        seen = 1;
        e = next_of(e, key);
    }
    if (!e && seen)
        c->stale++; /* kept under other answers only: scanned again */
    anon_finding_t *copy = NULL;
    if (e && e->nf && !(copy = malloc(e->nf * sizeof *copy)))
        e = NULL; /* scanned again: the same answer */
    if (e) {
        c->hits++;
        if (e->nf)
            memcpy(copy, e->f, e->nf * sizeof *copy);
        *f = copy;
        *nf = e->nf;
        *rc = e->rc;
        unlink_lru(c, e);
        push_head(c, e);
    }
    pthread_mutex_unlock(&c->mu);
    return e != NULL;
}

/* Twice the buckets when the entries outnumber them (kept while memory allows). */
static void grow(anon_scan_cache_t *c)
{
    size_t nb = c->nbucket * 2, add = c->nbucket * sizeof *c->bucket;
    struct ent **b;
    if (c->bytes + add > c->max / 4 || !(b = calloc(nb, sizeof *b)))
        return;
    for (size_t i = 0; i < c->nbucket; i++)
        for (struct ent *e = c->bucket[i], *nx; e; e = nx) {
            nx = e->hnext;
            struct ent **pp = &b[e->key[0] & (nb - 1)];
            e->hnext = *pp;
            *pp = e;
        }
    free(c->bucket);
    c->bucket = b;
    c->nbucket = nb;
    c->bytes += add;
}

void anon_scan_cache_put(anon_scan_cache_t *c, const uint64_t key[2], int rc,
                         const anon_finding_t *f, size_t nf, const uint64_t *dep, size_t ndep)
{
    size_t sz = ent_bytes(nf, ndep);
    if (sz > c->max / 16) /* an answer that would crowd out the rest is not kept */
        return;
    struct ent *e = malloc(sz);
    if (!e)
        return;
    e->key[0] = key[0];
    e->key[1] = key[1];
    e->rc = rc;
    e->nf = nf;
    e->ndep = ndep;
    if (nf)
        memcpy(e->f, f, nf * sizeof *f);
    if (ndep)
        memcpy(ent_dep(e), dep, ndep * sizeof *dep);
    pthread_mutex_lock(&c->mu);
    /* one answer a string without conditions (another thread's meanwhile: replaced), else up to
     * VARIANTS under different ones: the same conditions replaced, the last in the chain (the
     * oldest but after grow()) dropped past that */
    struct ent *old = find(c, key), *last = NULL;
    int nv = 0;
    for (struct ent *x = old, *nx; x; x = nx) {
        nx = next_of(x, key);
        if (!ndep || !x->ndep ||
            (x->ndep == ndep && memcmp(ent_dep(x), dep, ndep * sizeof *dep) == 0))
            drop(c, x);
        else {
            nv++;
            last = x;
        }
    }
    if (nv >= VARIANTS)
        drop(c, last);
    while (c->tail && c->bytes + sz > c->max) {
        drop(c, c->tail);
        c->evicted++;
    }
    if (c->bytes + sz > c->max) {
        pthread_mutex_unlock(&c->mu);
        free(e);
        return;
    }
    struct ent **pp = &c->bucket[key[0] & (c->nbucket - 1)];
    e->hnext = *pp;
    *pp = e;
    push_head(c, e);
    c->nent++;
    c->bytes += sz;
    if (c->nent > c->nbucket)
        grow(c);
    pthread_mutex_unlock(&c->mu);
}
