/* defer: the one way a connection object on a worker is freed (tls, upstream h1/h2, WebSocket,
 * MITM h1/h2, exchange).
 *
 * The one thing to know: nothing is freed while a callback of its own may still be on the stack.
 * An object embeds a gw_obj_t. Code that calls out of an object (an owner callback, a sink call)
 * holds it around the call (gw_hold / gw_release); the object's teardown asks for its free with
 * gw_defer_free, which runs the free function on a zero-delay event of the worker's loop once no
 * holder remains, never inside the call that asked. Asking twice is asking once. Objects are freed
 * in the order they became free to go (FIFO); a free function may defer further objects, which go
 * in the same run. Like Redis's close-asap list: one list per loop, drained by one event.
 *
 * Between gw_defer_free and the free the object is dying (gw_obj_dying): its own callbacks must do
 * nothing then, and its teardown should already have stopped its events and told its peers.
 */
#include "gateway/core/core.h"

#include <stdlib.h>

static void reap(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_reaper_run(arg);
}

int gw_reaper_init(gw_reaper_t *r, struct event_base *base)
{
    r->head = NULL;
    r->tail = &r->head;
    r->ev = event_new(base, -1, 0, reap, r);
    return r->ev ? 0 : -1;
}

void gw_reaper_run(gw_reaper_t *r)
{
    while (r->head) {
        gw_obj_t *o = r->head;
        r->head = o->next;
        if (!r->head) {
            r->tail = &r->head;
        }
        o->next = NULL;
        o->queued = 0;
        o->free_fn(o->self); /* may queue more: they are taken in this same run */
    }
}

void gw_reaper_cleanup(gw_reaper_t *r)
{
    if (!r->tail) {
        return; /* never initialised */
    }
    gw_reaper_run(r);
    if (r->ev) {
        event_free(r->ev);
        r->ev = NULL;
    }
}

void gw_obj_init(gw_obj_t *o, gw_reaper_t *r, void *self)
{
    o->reaper = r;
    o->self = self;
    o->next = NULL;
    o->free_fn = NULL;
    o->holds = 0;
    o->dying = 0;
    o->queued = 0;
}

/* No holder is left on a dying object: queue it for the loop (or free it now without one). */
static void queue(gw_obj_t *o)
{
    gw_reaper_t *r = o->reaper;
    if (o->queued) {
        return;
    }
    o->queued = 1;
    o->next = NULL;
    *r->tail = o;
    r->tail = &o->next;
    event_active(r->ev, EV_TIMEOUT, 0);
}

void gw_hold(gw_obj_t *o)
{
    o->holds++;
}

void gw_release(gw_obj_t *o)
{
    if (o->holds == 0) {
        return; /* unbalanced: never below zero */
    }
    if (--o->holds == 0 && o->dying) {
        queue(o);
    }
}

void gw_defer_free(gw_obj_t *o, void (*free_fn)(void *self))
{
    if (o->dying) {
        return;
    }
    o->dying = 1;
    o->free_fn = free_fn;
    if (o->holds == 0) {
        queue(o);
    }
}
