/* bench_turns.c: a coding agent's growing conversation through one engine, as the gateway sees
 * it, with the scan cache (anonymize/scan_cache.c) off or on (issue 19 (g)).
 *
 * The bodies are agent_turns.py's (one per line, turn 1 first) or length-prefixed ("N\n" then N
 * bytes and a newline: cache_bodies.py's, the accuracy corpora's bodies). Each body is a request
 * of its own (a new session, anon_rewrite with the OpenAI profile and the instruction; a body
 * that is no JSON is rewritten as text), one engine for all, as the gateway's workers do.
 *
 *   bench_turns FILE cold   every turn scanned whole; ns and instructions per turn
 *   bench_turns FILE warm   the same through one cache (64 MiB, one client); hits per turn
 *   bench_turns FILE check  exactness: every body rewritten without the cache, then through the
 *                           cache in order, then through it again; the three outputs must be
 *                           byte for byte the same (exit 1 naming the first body that differs)
 *
 * Under callgrind (--collect-atstart=no) only the rewrites are counted (each toggled on around
 * its call) and each turn's count is dumped to a file of its own (cg.out.N: N the turn).
 */
#include "anonymize/anonymize.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <valgrind/callgrind.h>

struct body {
    const uint8_t *p;
    size_t n;
};

/* The bodies of the file at buf[0 .. len): length-prefixed when it opens with digits and a
 * newline, else one per line. */
static size_t split_bodies(uint8_t *buf, size_t len, struct body **out)
{
    size_t cap = 64, n = 0, i = 0;
    struct body *b = malloc(cap * sizeof *b);
    size_t d = 0;
    while (d < len && buf[d] >= '0' && buf[d] <= '9')
        d++;
    int lp = d > 0 && d < len && buf[d] == '\n';
    while (b && i < len) {
        size_t start = i, blen;
        if (lp) {
            blen = strtoull((const char *)buf + i, NULL, 10);
            while (i < len && buf[i] != '\n')
                i++;
            start = ++i;
            if (start + blen > len)
                break;
            i = start + blen + 1;
        } else {
            while (i < len && buf[i] != '\n')
                i++;
            blen = i - start;
            i++;
            if (!blen)
                continue;
        }
        if (n == cap && !(b = realloc(b, (cap *= 2) * sizeof *b)))
            break;
        b[n++] = (struct body){buf + start, blen};
    }
    *out = b;
    return b ? n : 0;
}

static int rewrite(const anon_engine_t *e, anon_scan_cache_t *c, const struct body *b,
                   anon_buf_t *out)
{
    anon_session_t *s = anon_session_new(e);
    if (!s)
        return -1;
    anon_session_set_cache(s, c, "bench", 5);
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 1};
    char err[160];
    anon_buf_reset(out);
    int rc = anon_rewrite(s, ANON_BODY_JSON, &o, b->p, b->n, out, err, sizeof err);
    if (rc == ANON_ERR_JSON) { /* a corpus body that is text */
        anon_session_free(s);
        if (!(s = anon_session_new(e)))
            return -1;
        anon_session_set_cache(s, c, "bench", 5);
        anon_buf_reset(out);
        rc = anon_rewrite(s, ANON_BODY_TEXT, &o, b->p, b->n, out, err, sizeof err);
    }
    anon_session_free(s);
    return rc;
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_turns FILE cold|warm|check\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    size_t len = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc(len + 1);
    if (!buf || fread(buf, 1, len, f) != len) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    fclose(f);
    struct body *b;
    size_t n = split_bodies(buf, len, &b);
    char err[256];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    if (!e) {
        fprintf(stderr, "engine: %s\n", err);
        return 2;
    }
    const char *mode = argv[2];
    anon_buf_t out = {0}, ref = {0};
    if (!strcmp(mode, "check")) {
        anon_scan_cache_t *c = anon_scan_cache_new((size_t)64 << 20);
        size_t bad = 0;
        for (int pass = 0; pass < 3 && !bad; pass++)
            for (size_t i = 0; i < n; i++) {
                if (rewrite(e, NULL, &b[i], &ref) < 0 && pass == 0)
                    continue; /* refused alike with the cache (below) */
                int rc = rewrite(e, pass ? c : NULL, &b[i], &out);
                if (rc < 0 || out.len != ref.len || memcmp(out.data, ref.data, out.len) != 0) {
                    fprintf(stderr, "body %zu (pass %d): differs with the cache\n", i + 1, pass);
                    bad++;
                    break;
                }
            }
        anon_scan_cache_stats_t st;
        anon_scan_cache_stats(c, &st);
        printf("check %s: %zu bodies, %s; lookups %llu hits %llu (%.1f%%) entries %zu bytes %zu\n",
               argv[1], n, bad ? "DIFFERENT" : "identical", (unsigned long long)st.lookups,
               (unsigned long long)st.hits,
               st.lookups ? 100.0 * (double)st.hits / (double)st.lookups : 0.0, st.entries,
               st.bytes);
        anon_scan_cache_free(c);
        anon_buf_free(&out);
        anon_buf_free(&ref);
        anon_engine_free(e);
        free(b);
        free(buf);
        return bad ? 1 : 0;
    }
    int warm = !strcmp(mode, "warm");
    anon_scan_cache_t *c = warm ? anon_scan_cache_new((size_t)64 << 20) : NULL;
    double total = 0;
    size_t bytes = 0;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        anon_scan_cache_stats_t a, z;
        anon_scan_cache_stats(c, &a);
        double t0 = now_ns();
        CALLGRIND_TOGGLE_COLLECT;
        int rc = rewrite(e, c, &b[i], &out);
        CALLGRIND_TOGGLE_COLLECT;
        CALLGRIND_DUMP_STATS;
        double dt = now_ns() - t0;
        anon_scan_cache_stats(c, &z);
        for (size_t k = 0; k < out.len; k++)
            sum = sum * 31 + out.data[k];
        total += dt;
        bytes += b[i].n;
        printf("turn %3zu  %8zu bytes  rc %d  %9.0f us  %6.2f ms/MiB  lookups %4llu hits %4llu "
               "stale %3llu\n",
               i + 1, b[i].n, rc, dt / 1e3, dt / 1e6 / ((double)b[i].n / 1048576.0),
               (unsigned long long)(z.lookups - a.lookups), (unsigned long long)(z.hits - a.hits),
               (unsigned long long)(z.stale - a.stale));
    }
    anon_scan_cache_stats_t st;
    anon_scan_cache_stats(c, &st);
    printf("%s: %zu turns, %zu bytes, %.2f ms/MiB, hits %llu of %llu, entries %zu (%zu bytes), "
           "checksum %016llx\n",
           mode, n, bytes, total / 1e6 / ((double)bytes / 1048576.0), (unsigned long long)st.hits,
           (unsigned long long)st.lookups, st.entries, st.bytes, (unsigned long long)sum);
    anon_scan_cache_free(c);
    anon_buf_free(&out);
    anon_engine_free(e);
    free(b);
    free(buf);
    return 0;
}
