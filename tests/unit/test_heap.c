/* heap (gateway/core/heap.c): once gw_heap_keep() has fixed the allocator's thresholds, the memory
 * of a large request (three blocks of about an agent body's size, written and freed) is reused by
 * the next one from a worker thread's heap instead of being given back to the kernel and
 * faulted in again, page by page. Counted with the thread's minor page faults. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "gateway/core/core.h"

#define BLOCK (1187840) /* a 1 MiB body's rewritten copy, reserved with its slack */

static long thread_faults(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_THREAD, &ru) == 0 ? ru.ru_minflt : -1;
}

/* One "request": three large blocks (the body, its rewritten copy, the buffers around them)
 * written through, page by page, then freed. */
static void request(void)
{
    volatile char *p[3];
    for (int k = 0; k < 3; k++) {
        p[k] = malloc(BLOCK);
        assert_non_null((void *)p[k]);
        for (size_t i = 0; i < BLOCK; i += 1024) { /* volatile: the writes stay */
            p[k][i] = (char)k;
        }
    }
    for (int k = 2; k >= 0; k--) {
        free((void *)p[k]);
    }
}

static void *worker(void *arg)
{
    long *faults = arg;
    request(); /* the first one grows the heap */
    request();
    long before = thread_faults();
    request();
    *faults = thread_faults() - before;
    return NULL;
}

static void test_a_large_request_reuses_the_last_ones_memory(void **state)
{
    (void)state;
    int rc = gw_heap_keep();
    if (rc == 1) {
        skip(); /* not glibc's allocator (another C library, or a sanitizer's) */
    }
    assert_int_equal(rc, 0);
    long faults = -1;
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, worker, &faults), 0);
    assert_int_equal(pthread_join(th, NULL), 0);
    /* 3 x 290 pages when the memory went back to the kernel; a few for the allocator's own use */
    assert_in_range(faults, 0, 32);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_large_request_reuses_the_last_ones_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
