/* names_leadgate.c: one filter before three of person_run()'s lead tests (names_people.c). The
 * loop over a run's leading words asked nw_informal_lead(), nw_prose41_lead() and
 * nw_leaks45_kin() of every capitalised word before a second one ("John Smith", "Mountain
 * View"): ~310 instructions a word on the 2 KiB chat request (stop 61, cost62), their own filters
 * each reading the word again. Each of them answers 1 only of a word of its lists (the
 * *_words() callbacks list them), so a 4,096-bit filter of their union, one FNV-1a hash of the
 * folded word's first four bytes, says 0 for the words none of them takes: their answer is then 0.
 * A word that passes is asked as before. Built once a process; test_cost62.c asks that every listed
 * word passes.
 */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

static uint64_t lead_bits[64];
static pthread_once_t lead_once = PTHREAD_ONCE_INIT;
static atomic_int lead_ready;

/* The top 12 bits of the 32-bit FNV-1a of w's first four bytes (all of a shorter word): words
 * that open alike share a bit, which a filter allows; a long word costs no more than a short. */
static inline uint32_t lead_hash(const char *w)
{
    uint32_t h = 0x811C9DC5u;
    for (int k = 0; k < 4 && w[k]; k++)
        h = (h ^ (uint8_t)w[k]) * 0x01000193u;
    return h >> 20;
}

static void lead_add(const char *w, void *arg)
{
    (void)arg;
    uint32_t h = lead_hash(w);
    lead_bits[h >> 6] |= 1ull << (h & 63);
}

static void lead_init(void)
{
    nw_informal_lead_words(lead_add, NULL);
    nw_prose41_lead_words(lead_add, NULL);
    nw_leaks45_kin_words(lead_add, NULL);
    atomic_store_explicit(&lead_ready, 1, memory_order_release);
}

int nw_lead_may(const char *f)
{
    if (!atomic_load_explicit(&lead_ready, memory_order_acquire))
        pthread_once(&lead_once, lead_init);
    uint32_t h = lead_hash(f);
    return (int)((lead_bits[h >> 6] >> (h & 63)) & 1);
}
