/* scanpool (gateway/exchange/scanpool.c) on a real libevent loop with real threads: work runs
 * off the loop's thread and done back on it, exactly once per accepted job; small jobs, no pool
 * and a full queue are refused (the caller scans inline); a job cancelled before it starts gets
 * done with dropped set and its work never runs; a worker freed with jobs queued and running
 * gets every done (dropped) before its free returns; jobs in sequence run on one thread. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gateway/exchange/exchange.h"

typedef struct job {
    pthread_t loop_thread;
    pthread_t ran_on;
    atomic_int started, ran;
    int done, dropped;
    atomic_int *gate; /* work waits while *gate is 0 (NULL: no wait) */
    struct event_base *base;
    int *left; /* loop exits when it reaches 0 */
} job_t;

static void work(void *arg)
{
    job_t *j = arg;
    atomic_store(&j->started, 1);
    while (j->gate && !atomic_load(j->gate)) {
        usleep(1000);
    }
    j->ran_on = pthread_self();
    atomic_store(&j->ran, 1);
}

static void done(void *arg, int dropped)
{
    job_t *j = arg;
    assert_true(pthread_equal(pthread_self(), j->loop_thread));
    j->done++;
    j->dropped = dropped;
    if (j->left && --*j->left == 0 && j->base) {
        event_base_loopbreak(j->base);
    }
}

typedef struct fixture {
    gw_config_t *cfg;
    gw_server_t srv;
    gw_worker_t w;
} fixture_t;

static fixture_t *start(const char *threads, const char *offload)
{
    fixture_t *f = calloc(1, sizeof(*f));
    char t[64], o[64], err[256];
    snprintf(t, sizeof(t), "HUSH_SCAN_THREADS=%s", threads);
    snprintf(o, sizeof(o), "HUSH_SCAN_OFFLOAD_BYTES=%s", offload);
    char *env[] = {t, o, NULL};
    f->cfg = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(f->cfg);
    f->srv.cfg = &f->cfg->boot;
    f->w.srv = &f->srv;
    f->w.cfg = &f->cfg->boot;
    f->w.base = event_base_new();
    assert_non_null(f->w.base);
    assert_int_equal(gw_scan_part.server_init(&f->srv, err, sizeof(err)), 0);
    assert_int_equal(gw_scan_part.worker_init(&f->w, err, sizeof(err)), 0);
    return f;
}

static void stop(fixture_t *f)
{
    gw_scan_part.worker_free(&f->w);
    gw_scan_part.server_free(&f->srv);
    event_base_free(f->w.base);
    gw_config_free(f->cfg);
    free(f);
}

static void init_job(job_t *j, fixture_t *f, int *left)
{
    memset(j, 0, sizeof(*j));
    j->loop_thread = pthread_self();
    j->base = f->w.base;
    j->left = left;
    atomic_init(&j->ran, 0);
    atomic_init(&j->started, 0);
}

static void until_started(job_t *j)
{
    for (int i = 0; i < 10000 && !atomic_load(&j->started); i++) {
        usleep(1000);
    }
    assert_true(atomic_load(&j->started));
}

static void *open_later(void *gate)
{
    usleep(50000);
    atomic_store((atomic_int *)gate, 1);
    return NULL;
}

static void test_work_runs_off_the_loop_and_done_on_it(void **state)
{
    (void)state;
    fixture_t *f = start("2", "100");
    enum { N = 8 }; /* the queue holds 4 per thread: all fit */
    job_t jobs[N];
    int left = N;
    for (int i = 0; i < N; i++) {
        init_job(&jobs[i], f, &left);
        assert_non_null(gw_scan_submit(&f->w, 100, work, done, &jobs[i]));
    }
    event_base_dispatch(f->w.base);
    for (int i = 0; i < N; i++) {
        assert_int_equal(jobs[i].done, 1);
        assert_int_equal(jobs[i].dropped, 0);
        assert_true(atomic_load(&jobs[i].ran));
        assert_false(pthread_equal(jobs[i].ran_on, pthread_self()));
    }
    stop(f);
}

/* Bodies that come one after another are scanned by the thread that became idle last, so only
 * one thread's heap grows for them (scanpool.c's top); with a shared condition any waiter woke. */
static void test_jobs_in_sequence_run_on_one_thread(void **state)
{
    (void)state;
    fixture_t *f = start("4", "100");
    job_t first;
    for (int i = 0; i < 16; i++) {
        job_t j;
        int left = 1;
        init_job(&j, f, &left);
        assert_non_null(gw_scan_submit(&f->w, 100, work, done, &j));
        event_base_dispatch(f->w.base);
        assert_int_equal(j.done, 1);
        assert_true(atomic_load(&j.ran));
        if (i == 0) {
            first = j;
        } else {
            assert_true(pthread_equal(j.ran_on, first.ran_on));
        }
    }
    stop(f);
}

static void test_small_bodies_and_no_pool_stay_inline(void **state)
{
    (void)state;
    fixture_t *f = start("1", "100");
    job_t j;
    init_job(&j, f, NULL);
    assert_null(gw_scan_submit(&f->w, 99, work, done, &j));
    stop(f);
    f = start("0", "100");
    assert_null(f->srv.scanpool);
    assert_null(gw_scan_submit(&f->w, 1 << 20, work, done, &j));
    stop(f);
    assert_int_equal(j.done, 0);
}

static void test_full_queue_refuses_and_cancelled_job_is_dropped(void **state)
{
    (void)state;
    fixture_t *f = start("1", "1");
    atomic_int gate;
    atomic_init(&gate, 0);
    enum { N = 5 }; /* one running (held at the gate), four queued */
    job_t jobs[N], extra;
    int left = N;
    gw_scan_job_t *h[N];
    for (int i = 0; i < N; i++) {
        init_job(&jobs[i], f, &left);
        jobs[i].gate = &gate;
        h[i] = gw_scan_submit(&f->w, 1, work, done, &jobs[i]);
        assert_non_null(h[i]);
        if (i == 0) {
            until_started(&jobs[0]); /* the thread holds it: four more fit in the queue */
        }
    }
    init_job(&extra, f, NULL);
    assert_null(gw_scan_submit(&f->w, 1, work, done, &extra)); /* full: the caller scans */
    gw_scan_cancel(h[3]);
    atomic_store(&gate, 1);
    event_base_dispatch(f->w.base);
    for (int i = 0; i < N; i++) {
        assert_int_equal(jobs[i].done, 1);
        assert_int_equal(jobs[i].dropped, i == 3);
        assert_int_equal(atomic_load(&jobs[i].ran), i != 3);
    }
    stop(f);
}

static void test_worker_free_drops_queued_and_waits_for_running(void **state)
{
    (void)state;
    fixture_t *f = start("1", "1");
    atomic_int gate;
    atomic_init(&gate, 0);
    job_t running, queued;
    init_job(&running, f, NULL);
    init_job(&queued, f, NULL);
    running.gate = &gate;
    assert_non_null(gw_scan_submit(&f->w, 1, work, done, &running));
    until_started(&running);
    assert_non_null(gw_scan_submit(&f->w, 1, work, done, &queued));
    pthread_t opener; /* worker_free must wait for the running job, which waits for this */
    assert_int_equal(pthread_create(&opener, NULL, open_later, &gate), 0);
    gw_scan_part.worker_free(&f->w);
    pthread_join(opener, NULL);
    assert_int_equal(running.done, 1);
    assert_true(atomic_load(&running.ran)); /* awaited, not abandoned */
    assert_int_equal(running.dropped, 1);   /* the worker stops: no result is used */
    assert_int_equal(queued.done, 1);
    assert_int_equal(queued.dropped, 1);
    assert_false(atomic_load(&queued.ran)); /* dropped from the queue */
    gw_scan_part.server_free(&f->srv);
    event_base_free(f->w.base);
    gw_config_free(f->cfg);
    free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_work_runs_off_the_loop_and_done_on_it),
        cmocka_unit_test(test_jobs_in_sequence_run_on_one_thread),
        cmocka_unit_test(test_small_bodies_and_no_pool_stay_inline),
        cmocka_unit_test(test_full_queue_refuses_and_cancelled_job_is_dropped),
        cmocka_unit_test(test_worker_free_drops_queued_and_waits_for_running),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
