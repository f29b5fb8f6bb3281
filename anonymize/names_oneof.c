/* names_oneof.c: nw_one_of() (names_internal.h) for the long word lists: the list's words bucketed
 * by their first byte, so a look-up compares only the words that open like the one asked about.
 * Per finding the vetoes ask dozens of lists of 12 to 160 words ("john smith" against 159 towns
 * four times in names_addr5_reject.c's town_at(), prec9's clubs and titles, the place words):
 * the linear loop compared every word's first byte, about 6 instructions a word (branch emit40).
 *
 * Each list gets its index the first time it is asked about, kept for the process in a table
 * keyed by the list's address and length (every list handed to nw_one_of() is a static array);
 * its first and last word's addresses are compared too, so a list at an address the table has
 * seen with other words falls back to the loop. The answer is the loop's: a word is in a bucket
 * iff its first byte is w's, and each is compared as the loop compares it. Threads build an index
 * each and publish it with one compare-and-swap; the loser frees its own. A full table or a
 * failed allocation falls back to the loop.
 */
#include "anonymize/names_internal.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define IX_SLOTS 2048 /* a power of two; the lists of the pack number a few hundred */
#define IX_PROBES 16

struct ix {
    const char *const *list;
    size_t n;
    const char *first, *last; /* list[0] and list[n - 1] as built */
    uint16_t off[257];        /* the words opening with byte c are ord[off[c] .. off[c + 1]) */
    uint64_t pair[64];        /* pair_bit() of each word's first two bytes: a superset filter */
    uint16_t ord[];           /* then n bytes: list[ord[k]][1] (sec_of()) */
};

/* The second byte of each word in bucket order, read without following the word's pointer. */
static inline const uint8_t *sec_of(const struct ix *x)
{
    return (const uint8_t *)(x->ord + x->n);
}

static _Atomic(struct ix *) slots[IX_SLOTS];

/* The bit of pair[] for a word opening with bytes c, c1 (c1: 0 for a word of one byte, as
 * sec_of() keeps it). Words of one pair share a bit; a clear bit means no word opens with c, c1
 * (cost63: most look-ups leave on it instead of walking c's bucket). */
static inline unsigned pair_bit(uint8_t c, uint8_t c1)
{
    return (unsigned)(c & 63) << 6 | (c1 & 63);
}

static __attribute__((noinline)) int loop(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (list[k][0] == w[0] && (!w[0] || list[k][1] == w[1]) && strcmp(w, list[k]) == 0)
            return 1;
    return 0;
}

static struct ix *build(const char *const *list, size_t n)
{
    struct ix *x = malloc(sizeof *x + n * sizeof x->ord[0] + n);
    if (!x)
        return NULL;
    x->list = list;
    x->n = n;
    x->first = list[0];
    x->last = list[n - 1];
    uint16_t cnt[257] = {0};
    for (size_t k = 0; k < n; k++)
        cnt[(uint8_t)list[k][0] + 1]++;
    x->off[0] = 0;
    for (int c = 1; c < 257; c++)
        x->off[c] = (uint16_t)(x->off[c - 1] + cnt[c]);
    uint16_t at[256];
    memcpy(at, x->off, sizeof at);
    for (size_t k = 0; k < n; k++)
        x->ord[at[(uint8_t)list[k][0]]++] = (uint16_t)k;
    uint8_t *sec = (uint8_t *)(x->ord + n);
    for (size_t k = 0; k < n; k++)
        sec[k] = list[x->ord[k]][0] ? (uint8_t)list[x->ord[k]][1] : 0;
    memset(x->pair, 0, sizeof x->pair);
    for (size_t k = 0; k < n; k++) {
        unsigned b = pair_bit((uint8_t)list[x->ord[k]][0], sec[k]);
        x->pair[b >> 6] |= 1ull << (b & 63);
    }
    return x;
}

static int mine(const struct ix *x, const char *const *list, size_t n)
{
    return x->list == list && x->n == n && x->first == list[0] && x->last == list[n - 1];
}

/* The bucket of w's first byte from its first word with w's second byte on: strcmp on each
 * such word (noinline: the frame its calls need is pushed only here). */
static __attribute__((noinline)) int walk(const struct ix *x, const char *w, unsigned k,
                                          unsigned end)
{
    const uint8_t *sec = sec_of(x);
    uint8_t c1 = (uint8_t)w[1];
    for (; k < end; k++)
        if (sec[k] == c1 && strcmp(w, x->list[x->ord[k]]) == 0)
            return 1;
    return 0;
}

/* The loop's answer from the index: the words of w's first byte (every other word differs from
 * w there), each compared as the loop compares it. No call but the tail call to walk(), so the
 * most asked path (no word with w's first two bytes) pushes no frame. */
static inline int lookup(const struct ix *x, const char *w)
{
    uint8_t c = (uint8_t)w[0];
    if (!c)
        return x->off[0] < x->off[1]; /* w is "": so is each word of its bucket */
    uint8_t c1 = (uint8_t)w[1];
    unsigned b = pair_bit(c, c1);
    if (!((x->pair[b >> 6] >> (b & 63)) & 1))
        return 0; /* no word opens with w's first two bytes */
    unsigned k = x->off[c], end = x->off[c + 1];
    const uint8_t *sec = sec_of(x);
    for (; k < end; k++)
        if (sec[k] == c1)
            return walk(x, w, k, end);
    return 0;
}

/* The index of list when it is not in its home slot: the probe window walked, an index built
 * and published on first use; NULL when it cannot be had (the caller loops). Out of line, so
 * the look-up of an index in its home slot saves no registers for it. */
static __attribute__((noinline)) const struct ix *index_slow(const char *const *list, size_t n,
                                                             size_t i)
{
    for (int p = 0; p < IX_PROBES; p++, i = (i + 1) & (IX_SLOTS - 1)) {
        struct ix *x = atomic_load_explicit(&slots[i], memory_order_acquire);
        if (!x) {
            struct ix *y = build(list, n);
            if (!y)
                return NULL;
            if (atomic_compare_exchange_strong_explicit(&slots[i], &x, y, memory_order_acq_rel,
                                                        memory_order_acquire))
                return y;
            free(y); /* another thread filled the slot first: x is its index */
        }
        if (mine(x, list, n))
            return x;
    }
    return NULL;
}

/* The index of list, built on first use; NULL when it cannot be had (the caller loops). */
static inline const struct ix *index_of(const char *const *list, size_t n)
{
    if (n == 0 || n > UINT16_MAX)
        return NULL;
    uint64_t h = ((uint64_t)(uintptr_t)list ^ n) * 0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 40) & (IX_SLOTS - 1);
    const struct ix *x = atomic_load_explicit(&slots[i], memory_order_acquire);
    return x && mine(x, list, n) ? x : index_slow(list, n, i);
}

/* nw_one_of_ix() when the list's index is not in its home slot i: found or built, or the
 * loop. */
static __attribute__((noinline)) int one_of_slow(const char *w, const char *const *list, size_t n,
                                                 size_t i)
{
    const struct ix *x = index_slow(list, n, i);
    return x ? lookup(x, w) : loop(w, list, n);
}

/* index_of() written out so that each path ends in a tail call or a return: no frame. */
int nw_one_of_ix(const char *w, const char *const *list, size_t n)
{
    if (n == 0 || n > UINT16_MAX)
        return loop(w, list, n);
    uint64_t h = ((uint64_t)(uintptr_t)list ^ n) * 0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 40) & (IX_SLOTS - 1);
    const struct ix *x = atomic_load_explicit(&slots[i], memory_order_acquire);
    if (!x || !mine(x, list, n))
        return one_of_slow(w, list, n, i);
    return lookup(x, w);
}

int nw_one_of_bucket(const char *const *list, size_t n, uint8_t c, const uint16_t **ord)
{
    const struct ix *x = index_of(list, n);
    if (!x)
        return -1;
    *ord = x->ord + x->off[c];
    return x->off[c + 1] - x->off[c];
}
