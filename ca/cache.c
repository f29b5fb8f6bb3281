/* cache.c: the leaf cache, one chained hash table behind one pthread mutex.
 *
 * The one thing to know: the table holds one reference to each leaf and every caller gets its own,
 * so clearing the table (done whole, when an insert would exceed the capacity) never frees a leaf a
 * handshake is still using. Minting happens outside the lock; if two threads race for the same
 * host, the first insert wins and the other thread's leaf is dropped.
 */
#include <string.h>

#include <openssl/mem.h>
#include <openssl/rand.h>
#include <openssl/siphash.h>

#include "ca/ca_internal.h"

struct cache_entry {
    struct cache_entry *next;
    uint64_t hash;
    ca_leaf_t *leaf;
    char host[]; /* normalized host, NUL terminated */
};

int ca_cache_init(struct leaf_cache *c, size_t capacity)
{
    size_t nb = 16;
    memset(c, 0, sizeof *c);
    while (nb < capacity && nb < ((size_t)1 << 24))
        nb <<= 1;
    c->buckets = ca_zalloc(nb * sizeof *c->buckets);
    if (!c->buckets)
        return -1;
    if (pthread_mutex_init(&c->lock, NULL) != 0) {
        OPENSSL_free(c->buckets);
        c->buckets = NULL;
        return -1;
    }
    c->nbuckets = nb;
    c->capacity = capacity;
    RAND_bytes((uint8_t *)c->sipkey, sizeof c->sipkey);
    return 0;
}

static void clear_locked(struct leaf_cache *c)
{
    for (size_t i = 0; i < c->nbuckets; i++) {
        struct cache_entry *e = c->buckets[i];
        while (e) {
            struct cache_entry *next = e->next;
            ca_leaf_release(e->leaf);
            OPENSSL_free(e);
            e = next;
        }
        c->buckets[i] = NULL;
    }
    c->count = 0;
}

void ca_cache_destroy(struct leaf_cache *c)
{
    if (!c->buckets)
        return;
    clear_locked(c);
    OPENSSL_free(c->buckets);
    c->buckets = NULL;
    pthread_mutex_destroy(&c->lock);
}

static struct cache_entry *find_locked(struct leaf_cache *c, const char *host, uint64_t hash)
{
    for (struct cache_entry *e = c->buckets[hash & (c->nbuckets - 1)]; e; e = e->next)
        if (e->hash == hash && strcmp(e->host, host) == 0)
            return e;
    return NULL;
}

/* A leaf this close to its notAfter is minted again: a day, or half the validity if that is less
 * (so one-day leaves are not re-minted on every lookup). */
static int fresh(const ca_t *ca, const ca_leaf_t *leaf, time_t now)
{
    time_t margin = (time_t)ca->leaf_days * 86400 / 2;
    if (margin > 86400)
        margin = 86400;
    return now < leaf->not_after - margin;
}

static ca_leaf_t *take(ca_leaf_t *leaf)
{
    atomic_fetch_add_explicit(&leaf->refs, 1, memory_order_relaxed);
    return leaf;
}

ca_leaf_t *ca_leaf_get(ca_t *ca, const char *host)
{
    struct leaf_cache *c;
    char norm[CA_HOST_MAX + 1];
    size_t nlen;
    int is_ip;
    uint64_t hash;
    struct cache_entry *e;
    ca_leaf_t *minted, *out = NULL;
    time_t now = ca_now();

    if (!ca || ca_host_normalize(host, norm, sizeof norm, &is_ip))
        return NULL;
    c = &ca->cache;
    nlen = strlen(norm);
    hash = SIPHASH_24(c->sipkey, (const uint8_t *)norm, nlen);

    pthread_mutex_lock(&c->lock);
    e = find_locked(c, norm, hash);
    if (e && fresh(ca, e->leaf, now)) {
        c->hits++;
        out = take(e->leaf);
    } else {
        c->misses++;
    }
    pthread_mutex_unlock(&c->lock);
    if (out)
        return out;

    minted = ca_mint_leaf(ca, norm, is_ip, now);
    if (!minted)
        return NULL;

    pthread_mutex_lock(&c->lock);
    e = find_locked(c, norm, hash);
    if (e && fresh(ca, e->leaf, now)) {
        out = take(e->leaf); /* another thread minted it meanwhile: keep theirs */
    } else if (e) {
        ca_leaf_release(e->leaf);
        e->leaf = minted;
        out = take(minted);
        minted = NULL;
    } else {
        e = OPENSSL_malloc(sizeof *e + nlen + 1);
        if (e) {
            if (c->count >= c->capacity) {
                clear_locked(c);
                c->clears++;
            }
            memcpy(e->host, norm, nlen + 1);
            e->hash = hash;
            e->leaf = minted;
            e->next = c->buckets[hash & (c->nbuckets - 1)];
            c->buckets[hash & (c->nbuckets - 1)] = e;
            c->count++;
            out = take(minted);
            minted = NULL;
        } else {
            out = minted; /* out of memory for the entry: hand the leaf over uncached */
            minted = NULL;
        }
    }
    pthread_mutex_unlock(&c->lock);
    ca_leaf_release(minted);
    return out;
}

size_t ca_preload(ca_t *ca, const char *const *hosts, size_t n)
{
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        ca_leaf_t *leaf = ca_leaf_get(ca, hosts[i]);
        if (!leaf)
            failed++;
        ca_leaf_release(leaf);
    }
    return failed;
}

void ca_get_stats(ca_t *ca, ca_stats_t *out)
{
    memset(out, 0, sizeof *out);
    if (!ca)
        return;
    pthread_mutex_lock(&ca->cache.lock);
    out->hits = ca->cache.hits;
    out->misses = ca->cache.misses;
    out->clears = ca->cache.clears;
    out->entries = ca->cache.count;
    pthread_mutex_unlock(&ca->cache.lock);
}
