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

#endif
