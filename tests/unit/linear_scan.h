/* linear_scan.h: what the pathological-input tests share (test_detect.c, test_detect_variants.c):
 * a unit repeated to a length and scanned, timed by this thread's CPU clock. Linearity is judged
 * by the growth from a quarter of the length to the whole (4x when linear, 16x when quadratic),
 * never by a wall-clock limit, which a loaded machine breaks. Include after cmocka.h and
 * anonymize/anonymize.h. */
#ifndef HUSH_TEST_LINEAR_SCAN_H
#define HUSH_TEST_LINEAR_SCAN_H

#include <time.h>

static double thread_cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* b (total + 1 bytes) filled with unit repeated whole, then scanned by e: the CPU seconds of the
 * scan alone */
static double scan_repeated(anon_engine_t *e, const char *unit, char *b, size_t total)
{
    size_t ul = strlen(unit), o = 0;
    while (o + ul <= total) {
        memcpy(b + o, unit, ul);
        o += ul;
    }
    anon_finding_t *f = NULL;
    size_t n = 0;
    double t0 = thread_cpu_seconds();
    assert_int_equal(anon_find(e, b, o, &f, &n), 0);
    double t = thread_cpu_seconds() - t0;
    free(f);
    return t;
}

#endif
