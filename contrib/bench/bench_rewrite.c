/* bench_rewrite.c: request rewrite throughput (MB/s) on chat bodies of 2 KiB, 64 KiB and 1 MiB.
 *
 * Rows: the JSON walker alone with a fake transform (the floor of the rewrite path), and the whole
 * anon_rewrite with a real session on PII-free and PII-bearing bodies, plus restoring the
 * anonymized body. One core; each case runs for about half a second of this thread's CPU time
 * (not wall-clock: the machine is shared, and a descheduled thread would count as slow).
 * HUSH_BENCH_ITERS=N runs N rounds of 8 per case instead, for instruction counts; an argument
 * (0-3) runs one row.
 */
#include "anonymize/anonymize.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/restore.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const prose[] = {
    "Could you help me refactor this function so that it handles the empty case? ",
    "The build fails on the CI runner with a linker error about a missing symbol. ",
    "Here is the stack trace from version 2.4.1 of the service, order 884213 failed. ",
    "Summarise the meeting notes below in three bullet points for the team. ",
    "Wie kann ich die Konfiguration \xc3\xa4ndern, damit der Cache gr\xc3\xb6\xc3\x9f"
    "er wird? ",
    "The deployment at 2024-05-01T10:22:33Z used commit 9f8e7d6c5b4a and took 42 seconds. ",
    "def add(a, b):\\n    return a + b\\n\\nprint(add(1, 2))\\n ",
    "UUID 123e4567-e89b-12d3-a456-426614174000 maps to the tenant \\\"acme\\\". ",
};
static const char *const pii[] = {
    "Please email alice.smith@example.com about it. ",
    "Call me on +1 415 555 2671 tomorrow. ",
    "My card is 4111 1111 1111 1111, expiry next year. ",
    "The key sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD leaked. ",
};

static char *make_body(size_t target, int with_pii, size_t *len)
{
    anon_buf_t b = {0};
    const char *head = "{\"model\":\"gpt-4o\",\"stream\":true,\"temperature\":0.2,\"messages\":[";
    anon_buf_append(&b, head, strlen(head));
    unsigned k = 0, m = 0;
    while (b.len < target) {
        char msg[64];
        int n = snprintf(msg, sizeof msg, "%s{\"role\":\"%s\",\"content\":\"", m ? "," : "",
                         (m & 1) ? "assistant" : "user");
        anon_buf_append(&b, msg, (size_t)n);
        size_t start = b.len;
        while (b.len - start < 1500 && b.len < target) {
            const char *p = prose[k++ % (sizeof prose / sizeof *prose)];
            if (with_pii && k % 6 == 0)
                p = pii[(k / 6) % (sizeof pii / sizeof *pii)];
            anon_buf_append(&b, p, strlen(p));
        }
        anon_buf_append(&b, "\"}", 2);
        m++;
    }
    anon_buf_append(&b, "]}", 2);
    char *s = malloc(b.len + 1);
    memcpy(s, b.data, b.len);
    s[b.len] = 0;
    *len = b.len;
    anon_buf_free(&b);
    return s;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int keep_cb(void *arg, const anon_json_path_t *p, const char *s, size_t n, anon_buf_t *out)
{
    (void)p;
    (void)out;
    /* looks at every byte, as a detector prefilter would, and changes nothing */
    const char *at = memchr(s, '@', n);
    *(size_t *)arg += n + (at != NULL);
    return 0;
}

enum { WALK, REWRITE, RESTORE };

/* HUSH_BENCH_ITERS=N: exactly N rounds of 8 per case instead of half a second, so an
 * instruction count (callgrind) is comparable between two builds */
static size_t fixed_rounds;

static double run(int what, const anon_engine_t *e, const char *body, size_t len)
{
    anon_buf_t out = {0}, tmp = {0};
    size_t iters = 0, sink = 0;
    double t0 = now(), t;
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 1};
    do {
        for (int i = 0; i < 8; i++) {
            anon_buf_setlen(&out, 0);
            if (what == WALK) {
                anon_json_walker_t w = {.skip_opaque = 1, .str = keep_cb, .arg = &sink};
                if (anon_json_rewrite(&w, (const uint8_t *)body, len, &out, NULL) < 0)
                    abort();
            } else {
                anon_session_t *s = anon_session_new(e);
                if (anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)body, len, &out, NULL, 0) <
                    0)
                    abort();
                if (what == RESTORE) {
                    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_JSON, ANON_PROFILE_OPENAI);
                    anon_buf_setlen(&tmp, 0);
                    if (anon_restorer_feed(r, out.data, out.len, &tmp) < 0 ||
                        anon_restorer_finish(r, &tmp) < 0)
                        abort();
                    anon_restorer_free(r);
                }
                anon_session_free(s);
            }
            iters++;
        }
        t = now() - t0;
    } while (fixed_rounds ? iters < fixed_rounds * 8 : t < 0.5);
    anon_buf_free(&out);
    anon_buf_free(&tmp);
    return (double)len * (double)iters / t / 1e6;
}

int main(int argc, char **argv)
{
    int only = argc > 1 ? atoi(argv[1]) : -1; /* run one row (0-based), for profiling */
    char err[256];
    /* HUSH_BENCH_PACKS=SECRETS,GLOBAL,US measures a pack list other than the defaults (the cost
     * of one pack is the difference) */
    const char *packs[16];
    char packbuf[256];
    anon_config_t cfg = {.packs = packs};
    const char *env = getenv("HUSH_BENCH_PACKS");
    if (getenv("HUSH_BENCH_ITERS"))
        fixed_rounds = strtoul(getenv("HUSH_BENCH_ITERS"), NULL, 10);
    if (env && *env) {
        snprintf(packbuf, sizeof packbuf, "%s", env);
        for (char *save = NULL, *t = strtok_r(packbuf, ",", &save); t && cfg.npacks < 16;
             t = strtok_r(NULL, ",", &save))
            packs[cfg.npacks++] = t;
        printf("packs: %s\n", env);
    } else {
        printf("packs: default (SECRETS, GLOBAL, US, NAMES)\n");
    }
    anon_engine_t *e = anon_engine_new(cfg.npacks ? &cfg : NULL, err, sizeof err);
    if (!e) {
        fprintf(stderr, "engine: %s\n", err);
        return 1;
    }
    static const size_t sizes[] = {2048, 65536, 1 << 20};
    static const char *const names[] = {"2 KiB", "64 KiB", "1 MiB"};
    printf("%-44s %10s %10s %10s\n", "MB/s (one core)", names[0], names[1], names[2]);
    static const struct {
        const char *label;
        int what, pii;
    } rows[] = {
        {"walker, fake transform, PII-free", WALK, 0},
        {"anon_rewrite, real session, PII-free", REWRITE, 0},
        {"anon_rewrite, real session, with PII", REWRITE, 1},
        {"anon_rewrite + JSON restore, with PII", RESTORE, 1},
    };
    for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
        if (only >= 0 && (size_t)only != r)
            continue;
        printf("%-44s", rows[r].label);
        for (size_t i = 0; i < 3; i++) {
            size_t len;
            char *body = make_body(sizes[i], rows[r].pii, &len);
            printf(" %10.0f", run(rows[r].what, e, body, len));
            fflush(stdout);
            free(body);
        }
        printf("\n");
    }
    anon_engine_free(e);
    return 0;
}
