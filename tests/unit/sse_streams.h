/* sse_streams.h: what the SSE restorer's unit tests share: a lookup over four fixed tokens (values
 * with quotes, backslashes, a newline and 4-byte UTF-8), and a driver that restores a stream fed
 * whole, in two pieces or in fixed-size pieces. Include after cmocka.h. */
#ifndef HUSH_TEST_SSE_STREAMS_H
#define HUSH_TEST_SSE_STREAMS_H

#include "anonymize/restore.h"

#include <stdlib.h>
#include <string.h>

static const char *const toks[] = {"[EMAIL_1]", "[NAME_1]", "[PATH_1]", "[UNI_1]"};
static const char *const vals[] = {"alice@example.com", "Bob \"the\" O'Neil", "C:\\tmp\\x",
                                   "Zo\xc3\xab\n\xf0\x9f\x98\x80"};

static inline const char *fake_lookup(void *arg, const char *t, size_t n, size_t *vl)
{
    (void)arg;
    for (size_t i = 0; i < sizeof toks / sizeof *toks; i++)
        if (strlen(toks[i]) == n && memcmp(toks[i], t, n) == 0) {
            *vl = strlen(vals[i]);
            return vals[i];
        }
    return NULL;
}
static const anon_lookup_t LK = {fake_lookup, NULL};

/* ---- driving the restorer ------------------------------------------------------------------ */

typedef struct split {
    size_t cut;   /* two pieces: [0,cut) and [cut,n) */
    size_t chunk; /* or fixed-size pieces when non-zero */
} split_t;

static inline char *run(const char *in, size_t n, split_t sp, size_t *outn)
{
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_SSE, ANON_PROFILE_GENERIC);
    assert_non_null(r);
    anon_buf_t out = {0};
    if (sp.chunk) {
        for (size_t i = 0; i < n; i += sp.chunk)
            assert_int_equal(anon_restorer_feed(r, (const uint8_t *)in + i,
                                                n - i < sp.chunk ? n - i : sp.chunk, &out),
                             0);
    } else {
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)in, sp.cut, &out), 0);
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)in + sp.cut, n - sp.cut, &out), 0);
    }
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    anon_restorer_free(r);
    char *s = malloc(out.len + 1);
    if (out.len)
        memcpy(s, out.data, out.len);
    s[out.len] = 0;
    *outn = out.len;
    anon_buf_free(&out);
    return s;
}

static inline void assert_split_invariant(const char *in)
{
    size_t n = strlen(in), wn, on;
    char *want = run(in, n, (split_t){n, 0}, &wn);
    for (size_t cut = 0; cut <= n; cut++) {
        char *o = run(in, n, (split_t){cut, 0}, &on);
        if (on != wn || memcmp(o, want, wn) != 0)
            fail_msg("output differs when cut at byte %zu", cut);
        free(o);
    }
    static const size_t chunks[] = {1, 2, 3, 5, 13, 64};
    for (size_t k = 0; k < sizeof chunks / sizeof *chunks; k++) {
        char *o = run(in, n, (split_t){0, chunks[k]}, &on);
        if (on != wn || memcmp(o, want, wn) != 0)
            fail_msg("output differs when fed in %zu-byte pieces", chunks[k]);
        free(o);
    }
    free(want);
}

#endif
