/* bench_inspect: what feeding the inspector adds to a worker's audit record: gw_inspect_record()
 * alone (a copy of the dumped line, the ring and minute update under the mutex), from 1 and from
 * N threads at once, next to the one json_dumps audit.c does per record anyway.
 * Usage: bench_inspect [records per thread (200000)] [threads (4)] */
#include "gateway/core/core.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static gw_server_t srv;
static long per_thread = 200000;

static json_t *record(void)
{
    return json_pack("{s:s, s:I, s:s, s:s, s:s, s:s, s:i, s:s, s:s, s:I, s:I, s:f, "
                     "s:{s:i, s:i}, s:s, s:n, s:s}",
                     "time", "2026-12-02T04:00:00.000Z", "id", (json_int_t)17, "client",
                     "10.1.2.3:51514", "host", "api.openai.com", "method", "POST", "path",
                     "/v1/chat/completions", "status", 200, "alpn_client", "h2", "alpn_upstream",
                     "h2", "bytes_up", (json_int_t)1843, "bytes_down", (json_int_t)2210,
                     "duration_ms", 812.4, "pii", "EMAIL", 2, "CREDIT_CARD", 1, "action", "masked",
                     "refusal", "outcome", "complete");
}

/* arg NULL: the json_dumps audit.c does per record anyway; else gw_inspect_record() alone on a
 * line dumped once (a strdup, the ring and minute update under the mutex). */
static void *feed(void *arg)
{
    json_t *r = record();
    char *once = json_dumps(r, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    for (long i = 0; i < per_thread; i++) {
        if (arg) {
            gw_inspect_record(r, once);
        } else {
            free(json_dumps(r, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6)));
        }
    }
    free(once);
    json_decref(r);
    return NULL;
}

static double run(int threads, int inspect)
{
    struct timespec a, b;
    pthread_t t[64];
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < threads; i++) {
        pthread_create(&t[i], NULL, feed, inspect ? &srv : NULL);
    }
    for (int i = 0; i < threads; i++) {
        pthread_join(t[i], NULL);
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    return s * 1e9 / ((double)per_thread * threads); /* ns per record, wall clock */
}

int main(int argc, char **argv)
{
    per_thread = argc > 1 ? atol(argv[1]) : 200000;
    int n = argc > 2 ? atoi(argv[2]) : 4;
    n = n < 1 ? 1 : n > 64 ? 64 : n;
    gw_inspect_enable(&srv);
    printf("json dump only, 1 thread:       %7.0f ns/record\n", run(1, 0));
    printf("inspector alone, 1 thread:      %7.0f ns/record\n", run(1, 1));
    printf("json dump only, %d threads:     %7.0f ns/record (wall)\n", n, run(n, 0));
    printf("inspector alone, %d threads:    %7.0f ns/record (wall)\n", n, run(n, 1));
    gw_inspect_enable(NULL);
    gw_inspect_reset();
    return 0;
}
