/* bench_split.c: anon_rewrite_par against anon_rewrite on whole request bodies: the same bytes
 * out (always checked) and how long each takes (median wall time of a few runs).
 *
 * Usage: bench_split [-t THREADS] [-r RUNS] [-b BLOCK] [-l] FILE...
 *   each FILE is one body, or with -l one body per line (make_chat_bodies.py's JSONL). -b sets
 *   the calls per block (1 moves every string between threads: the hardest check). Exit 1 when
 *   any body's output or replacement count differs. RUNS 0 checks without timing.
 *   HUSH_SPLIT_DUMP=DIR writes a differing body's two outputs into DIR.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double ms_of(clockid_t c)
{
    struct timespec ts;
    clock_gettime(c, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double now_ms(void)
{
    return ms_of(CLOCK_MONOTONIC);
}

/* CPU ms of the last run: the calling thread's and the whole process's (helpers included). */
static double cpu_caller, cpu_all;

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* One rewrite; its output in out, replacements in *total, wall ms returned (< 0: failed). */
static double one(const anon_engine_t *e, const uint8_t *p, size_t n, unsigned thr, anon_buf_t *out,
                  size_t *total, int *rc)
{
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 1};
    char err[256];
    anon_session_t *s = anon_session_new(e);
    if (!s)
        return -1;
    anon_buf_setlen(out, 0);
    size_t k = 0;
    while (k < n && (p[k] == ' ' || p[k] == '\n' || p[k] == '\r' || p[k] == '\t'))
        k++;
    anon_body_kind_t kind = k < n && (p[k] == '{' || p[k] == '[') ? ANON_BODY_JSON : ANON_BODY_TEXT;
    double t0 = now_ms(), c0 = ms_of(CLOCK_THREAD_CPUTIME_ID), p0 = ms_of(CLOCK_PROCESS_CPUTIME_ID);
    *rc = anon_rewrite_par(s, kind, &o, p, n, thr, out, err, sizeof err);
    double t = now_ms() - t0;
    cpu_caller = ms_of(CLOCK_THREAD_CPUTIME_ID) - c0;
    cpu_all = ms_of(CLOCK_PROCESS_CPUTIME_ID) - p0;
    *total = anon_session_total(s);
    anon_session_free(s);
    return t;
}

/* With HUSH_SPLIT_DUMP=DIR, a differing body's two outputs go to DIR/NAME.seq and DIR/NAME.par
 * (they hold the body's PII where a rewrite missed it: a local debugging aid). */
static void dump(const char *name, const anon_buf_t *a, const anon_buf_t *b)
{
    const char *dir = getenv("HUSH_SPLIT_DUMP");
    if (!dir || !*dir)
        return;
    const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
    for (int k = 0; k < 2; k++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.%s", dir, base, k ? "par" : "seq");
        FILE *f = fopen(path, "wb");
        if (!f)
            continue;
        const anon_buf_t *x = k ? b : a;
        if (x->len)
            fwrite(x->data, 1, x->len, f);
        fclose(f);
    }
}

/* Check one body and, with runs, time both ways. 0 when they agree. */
static int body(const anon_engine_t *e, const char *name, const uint8_t *p, size_t n, unsigned thr,
                int runs)
{
    anon_buf_t a = {0}, b = {0};
    size_t ta = 0, tb = 0;
    int ra = 0, rb = 0;
    one(e, p, n, 1, &a, &ta, &ra);
    one(e, p, n, thr, &b, &tb, &rb);
    int bad =
        ra != rb || ta != tb || a.len != b.len || (a.len && memcmp(a.data, b.data, a.len) != 0);
    if (bad) {
        printf("DIFF %s: rc %d/%d, replaced %zu/%zu, %zu/%zu bytes\n", name, ra, rb, ta, tb, a.len,
               b.len);
        dump(name, &a, &b);
    }
    if (runs > 0) {
        double *v = calloc((size_t)runs * 5, sizeof *v);
        for (int i = 0; v && i < runs; i++) { /* alternating, so drift hits both */
            v[i] = one(e, p, n, 1, &a, &ta, &ra);
            v[runs + i] = cpu_all;
            v[2 * runs + i] = one(e, p, n, thr, &b, &tb, &rb);
            v[3 * runs + i] = cpu_all;
            /* on free cores the split takes about its busiest thread's CPU time */
            double rest = (cpu_all - cpu_caller) / (thr > 1 ? thr - 1 : 1);
            v[4 * runs + i] = cpu_caller > rest ? cpu_caller : rest;
        }
        if (v) {
            double med[5];
            for (int k = 0; k < 5; k++) {
                qsort(v + k * runs, (size_t)runs, sizeof *v, cmp_d);
                med[k] = v[k * runs + runs / 2];
            }
            printf("%s: %zu bytes, %zu replaced: sequential %.2f ms (CPU %.2f), %u threads %.2f ms "
                   "(%.2fx; CPU %.2f in all, busiest thread %.2f: %.2fx on free cores)\n",
                   name, n, ta, med[0], med[1], thr, med[2], med[0] / med[2], med[3], med[4],
                   med[1] / med[4]);
        }
        free(v);
    }
    anon_buf_free(&a);
    anon_buf_free(&b);
    return bad;
}

int main(int argc, char **argv)
{
    unsigned thr = 2;
    int runs = 9, lines = 0, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-t") == 0 && i + 1 < argc)
            thr = (unsigned)atoi(argv[++i]);
        else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "-b") == 0 && i + 1 < argc)
            anon_split_test_block((unsigned)atoi(argv[++i]));
        else if (strcmp(argv[i], "-l") == 0)
            lines = 1;
        else
            break;
    }
    if (i == argc) {
        fprintf(stderr, "usage: bench_split [-t THREADS] [-r RUNS] [-b BLOCK] [-l] FILE...\n");
        return 2;
    }
    char err[256];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    if (!e) {
        fprintf(stderr, "engine: %s\n", err);
        return 1;
    }
    size_t bodies = 0, bad = 0;
    for (; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            bad++;
            continue;
        }
        if (lines) {
            char *line = NULL, name[64];
            size_t cap = 0;
            ssize_t len;
            while ((len = getline(&line, &cap, f)) > 0) {
                if (line[len - 1] == '\n')
                    len--;
                snprintf(name, sizeof name, "#%zu", bodies);
                bad += (size_t)body(e, name, (const uint8_t *)line, (size_t)len, thr, 0);
                bodies++;
            }
            free(line);
        } else {
            anon_buf_t in = {0};
            uint8_t chunk[65536];
            size_t n;
            while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
                anon_buf_append(&in, chunk, n);
            bad += (size_t)body(e, argv[i], in.data, in.len, thr, runs);
            bodies++;
            anon_buf_free(&in);
        }
        fclose(f);
    }
    printf("%zu bodies, %zu differ\n", bodies, bad);
    anon_engine_free(e);
    return bad ? 1 : 0;
}
