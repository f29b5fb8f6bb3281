/* findings.h: what the detector unit tests share. A case is a text and the findings anon_find must
 * report for it, written "TYPE=value;TYPE=value" in order (values are the original bytes, so a
 * masked span with invisible characters inside shows them). Include after cmocka.h. */
#ifndef HUSH_TEST_FINDINGS_H
#define HUSH_TEST_FINDINGS_H

#include "anonymize/anonymize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tcase {
    const char *text, *want;
};

static inline void render(const anon_engine_t *e, const char *text, char *buf, size_t cap)
{
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(e, text, strlen(text), &f, &n), 0);
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        int k = snprintf(buf + o, cap - o, "%s%s=%.*s", i ? ";" : "",
                         anon_engine_type_name(e, f[i].type), (int)(f[i].end - f[i].start),
                         text + f[i].start);
        assert_true(k > 0 && (size_t)k < cap - o);
        o += (size_t)k;
    }
    free(f);
}

/* Every case is checked and every mismatch printed before the test fails. */
static inline void check_cases(const anon_engine_t *e, const struct tcase *c, size_t n)
{
    char got[4096];
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        render(e, c[i].text, got, sizeof got);
        if (strcmp(got, c[i].want) != 0) {
            print_error("text: %s\n  want: %s\n  got:  %s\n", c[i].text, c[i].want, got);
            bad++;
        }
    }
    if (bad)
        fail_msg("%d of %zu cases failed", bad, n);
}
#define CHECK(e, arr) check_cases((e), (arr), sizeof(arr) / sizeof((arr)[0]))

/* The detection view's AVX2 pass and its scalar path (HUSH_SWEEP_NO_AVX2) give the same findings
 * for each sample at every offset 0..40 against a 32-byte block's edges, with no text, the rest of
 * 40 bytes, or 40 bytes after it (a space between). want: the findings each text must have, or -1
 * for any number. */
static inline void check_views_agree(const anon_engine_t *e, const char *const *samples, size_t n,
                                     long want)
{
    static const char pad[] = "Some ordinary words before the value, long enough for blocks. ";
    char err[256], text[512];
    setenv("HUSH_SWEEP_NO_AVX2", "1", 1);
    anon_engine_t *scalar = anon_engine_new(NULL, err, sizeof err);
    unsetenv("HUSH_SWEEP_NO_AVX2");
    assert_non_null(scalar);
    for (size_t k = 0; k < n; k++) {
        for (int off = 0; off <= 40; off++) {
            const int tails[] = {0, 40 - off, 40};
            for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++) {
                int len = snprintf(text, sizeof text, "%.*s%s%s%.*s", off, pad, samples[k],
                                   tails[t] ? " " : "", tails[t], pad);
                assert_true(len > 0 && (size_t)len < sizeof text);
                anon_finding_t *a = NULL, *b = NULL;
                size_t na = 0, nb = 0;
                assert_int_equal(anon_find(e, text, (size_t)len, &a, &na), 0);
                assert_int_equal(anon_find(scalar, text, (size_t)len, &b, &nb), 0);
                if (na != nb || (na && memcmp(a, b, na * sizeof *a) != 0) ||
                    (want >= 0 && na != (size_t)want))
                    fail_msg("AVX2 (%zu) and scalar (%zu) findings differ on \"%s\"", na, nb, text);
                free(a);
                free(b);
            }
        }
    }
    anon_engine_free(scalar);
}

#endif
