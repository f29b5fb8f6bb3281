/* defer: the one deferred-free mechanism (gateway/defer.c) on a real libevent loop: an object is
 * freed on the loop, once, only after its last holder let go, in the order objects became free. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <string.h>

#include "gateway/core/core.h"

#define MAXLOG 16

typedef struct thing {
    gw_obj_t obj;
    int id;
    struct thing *then; /* deferred from this one's free */
} thing_t;

static int freed_log[MAXLOG];
static int nfreed;

static void thing_free(void *self)
{
    thing_t *t = self;
    assert_true(nfreed < MAXLOG);
    freed_log[nfreed++] = t->id;
    if (t->then) {
        gw_defer_free(&t->then->obj, thing_free);
    }
}

typedef struct fixture {
    struct event_base *base;
    gw_reaper_t r;
} fixture_t;

static int setup(void **state)
{
    static fixture_t f;
    memset(&f, 0, sizeof(f));
    f.base = event_base_new();
    assert_non_null(f.base);
    assert_int_equal(gw_reaper_init(&f.r, f.base), 0);
    nfreed = 0;
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture_t *f = *state;
    gw_reaper_cleanup(&f->r);
    event_base_free(f->base);
    return 0;
}

static void thing_init(fixture_t *f, thing_t *t, int id)
{
    memset(t, 0, sizeof(*t));
    t->id = id;
    gw_obj_init(&t->obj, &f->r, t);
}

static void run_loop(fixture_t *f)
{
    assert_true(event_base_loop(f->base, EVLOOP_NONBLOCK) >= 0); /* 1: nothing was pending */
}

static void test_defer_free_runs_on_the_loop_not_in_the_call(void **state)
{
    fixture_t *f = *state;
    thing_t a;
    thing_init(f, &a, 1);
    gw_defer_free(&a.obj, thing_free);
    assert_int_equal(nfreed, 0); /* never inside the call that asked */
    assert_true(gw_obj_dying(&a.obj));
    run_loop(f);
    assert_int_equal(nfreed, 1);
    assert_int_equal(freed_log[0], 1);
}

/* An owner callback frees the object while the object's own code still has it on the stack. */
static void owner_callback(thing_t *t)
{
    gw_defer_free(&t->obj, thing_free);
}

static void test_hold_across_a_callback_keeps_it_until_release(void **state)
{
    fixture_t *f = *state;
    thing_t a;
    thing_init(f, &a, 7);
    gw_hold(&a.obj);
    gw_hold(&a.obj); /* nested */
    owner_callback(&a);
    run_loop(f);
    assert_int_equal(nfreed, 0); /* held: the loop turn frees nothing */
    gw_release(&a.obj);
    run_loop(f);
    assert_int_equal(nfreed, 0); /* still one holder */
    assert_true(gw_obj_dying(&a.obj));
    gw_release(&a.obj);
    assert_int_equal(nfreed, 0); /* the last release only queues it */
    run_loop(f);
    assert_int_equal(nfreed, 1);
    assert_int_equal(freed_log[0], 7);
}

static void test_release_frees_once(void **state)
{
    fixture_t *f = *state;
    thing_t a;
    thing_init(f, &a, 3);
    gw_hold(&a.obj);
    gw_defer_free(&a.obj, thing_free);
    gw_release(&a.obj);
    gw_release(&a.obj); /* unbalanced: ignored, not a second free */
    run_loop(f);
    run_loop(f);
    assert_int_equal(nfreed, 1);
}

static void test_release_without_defer_frees_nothing(void **state)
{
    fixture_t *f = *state;
    thing_t a;
    thing_init(f, &a, 4);
    gw_hold(&a.obj);
    gw_release(&a.obj);
    run_loop(f);
    assert_int_equal(nfreed, 0);
    assert_false(gw_obj_dying(&a.obj));
}

static void test_defer_twice_is_once(void **state)
{
    fixture_t *f = *state;
    thing_t a;
    thing_init(f, &a, 5);
    gw_defer_free(&a.obj, thing_free);
    gw_defer_free(&a.obj, thing_free);
    gw_hold(&a.obj);
    gw_release(&a.obj); /* back to zero holders while queued: not queued again */
    run_loop(f);
    assert_int_equal(nfreed, 1);
}

static void test_free_order_is_the_order_they_became_free(void **state)
{
    fixture_t *f = *state;
    thing_t a, b, c;
    thing_init(f, &a, 1);
    thing_init(f, &b, 2);
    thing_init(f, &c, 3);
    gw_hold(&a.obj);
    gw_defer_free(&a.obj, thing_free); /* held: becomes free only at its release */
    gw_defer_free(&b.obj, thing_free);
    gw_release(&a.obj);
    gw_defer_free(&c.obj, thing_free);
    run_loop(f);
    assert_int_equal(nfreed, 3);
    assert_int_equal(freed_log[0], 2);
    assert_int_equal(freed_log[1], 1);
    assert_int_equal(freed_log[2], 3);
}

static void test_a_free_that_defers_another_frees_it_in_the_same_run(void **state)
{
    fixture_t *f = *state;
    thing_t owner, child;
    thing_init(f, &owner, 1);
    thing_init(f, &child, 2);
    owner.then = &child; /* like a connection that frees its TLS object */
    gw_defer_free(&owner.obj, thing_free);
    run_loop(f);
    assert_int_equal(nfreed, 2);
    assert_int_equal(freed_log[0], 1);
    assert_int_equal(freed_log[1], 2);
}

static void test_cleanup_frees_what_the_loop_did_not(void **state)
{
    fixture_t *f = *state;
    thing_t a;
    thing_init(f, &a, 9);
    gw_defer_free(&a.obj, thing_free);
    gw_reaper_run(&f->r); /* the worker's cleanup after its loop ended */
    assert_int_equal(nfreed, 1);
    run_loop(f); /* the event fires with an empty list */
    assert_int_equal(nfreed, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_defer_free_runs_on_the_loop_not_in_the_call, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_hold_across_a_callback_keeps_it_until_release, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_release_frees_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_release_without_defer_frees_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_defer_twice_is_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_free_order_is_the_order_they_became_free, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_a_free_that_defers_another_frees_it_in_the_same_run,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_cleanup_frees_what_the_loop_did_not, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
