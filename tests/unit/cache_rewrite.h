/* cache_rewrite.h: what the scan-cache tests (test_cache60, test_cache61) share: the default
 * engine built by cmocka's group setup, neutral prose long enough to be looked up, a body
 * rewritten through a cache (or none) and the check that a cached rewrite gives the bytes of a
 * cold one. Include after cmocka.h and the anonymize headers. */
#ifndef HUSH_TEST_CACHE_REWRITE_H
#define HUSH_TEST_CACHE_REWRITE_H

#include <string.h>

#include "anonymize/anonymize.h"
#include "anonymize/session_internal.h"

static anon_engine_t *engine;

static int setup(void **state)
{
    (void)state;
    char err[200];
    engine = anon_engine_new(NULL, err, sizeof err);
    return engine ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(engine);
    return 0;
}

/* Neutral prose (222 bytes): with the rest of a message, long enough (256 bytes or more) to be
 * looked up. */
#define PAD                                                                                        \
    "The nightly build failed again in the retry stage; the timeout was read before the "          \
    "configuration loaded, so every request used the default of thirty seconds and the queue "     \
    "backed up until the watchdog restarted the worker. "

/* body rewritten in a new session through cache c (NULL: none) in partition part; out gets the
 * bytes, *hits the strings the cache answered. */
static void rewrite_in(anon_scan_cache_t *c, const char *part, const char *body, anon_buf_t *out,
                       size_t *hits)
{
    anon_session_t *s = anon_session_new(engine);
    assert_non_null(s);
    if (c)
        anon_session_set_cache(s, c, part, strlen(part));
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI};
    char err[160];
    anon_buf_reset(out);
    assert_int_equal(anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)body, strlen(body), out,
                                  err, sizeof err),
                     0);
    if (hits)
        *hits = s->cache_hits;
    anon_session_free(s);
}

/* out must be the bytes body gives without the cache */
static void same_as_cold(const char *body, const anon_buf_t *out)
{
    anon_buf_t ref = {0};
    rewrite_in(NULL, NULL, body, &ref, NULL);
    assert_int_equal(out->len, ref.len);
    assert_memory_equal(out->data, ref.data, ref.len);
    anon_buf_free(&ref);
}

#endif
