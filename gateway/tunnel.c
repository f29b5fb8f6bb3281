/* tunnel: copy bytes both ways between two connected sockets until both directions are done.
 *
 * Bytes move as evbuffer chains (no copies). Back-pressure: when one side's pending output passes
 * HIGH_WATER, reading from the other side stops until it drains to LOW_WATER. Half-close: EOF
 * from one side becomes shutdown(SHUT_WR) on the other once everything before it was written, and
 * the tunnel ends when both directions have closed. Idle time is tracked with a timestamp and one
 * timer per tunnel, not by re-arming a timer on every read.
 */
#include "gateway/internal.h"

#include <stdlib.h>
#include <sys/socket.h>

#define HIGH_WATER (1024 * 1024)
#define LOW_WATER (256 * 1024)

struct tunnel {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    struct bufferevent *side[2]; /* 0: client, 1: upstream */
    int eof[2];                  /* side i sent EOF */
    int shut[2];                 /* we shut down writing to side i */
    uint64_t bytes[2];           /* bytes read from side i */
    struct event *idle;
    struct timeval last;
    gw_tunnel_done_cb done;
    void *arg;
};

static void tunnel_end(struct tunnel *t, const char *outcome)
{
    gw_tunnel_stats_t st = {t->bytes[0], t->bytes[1], outcome};
    gw_counters_t *k = &t->w->srv->counters;
    atomic_fetch_add(&k->bytes_up, t->bytes[0]);
    atomic_fetch_add(&k->bytes_down, t->bytes[1]);
    gw_worker_unlink(t->w, &t->link);
    bufferevent_free(t->side[0]);
    bufferevent_free(t->side[1]);
    event_free(t->idle);
    gw_tunnel_done_cb done = t->done;
    void *arg = t->arg;
    free(t);
    done(arg, &st);
}

static int index_of(struct tunnel *t, struct bufferevent *bev)
{
    return bev == t->side[0] ? 0 : 1;
}

/* After side i's EOF: once its bytes are all written to the other side, pass the EOF on. */
static int settle(struct tunnel *t)
{
    for (int i = 0; i < 2; i++) {
        struct bufferevent *o = t->side[1 - i];
        if (t->eof[i] && !t->shut[1 - i] && evbuffer_get_length(bufferevent_get_output(o)) == 0) {
            shutdown(bufferevent_getfd(o), SHUT_WR);
            t->shut[1 - i] = 1;
        }
    }
    if (t->shut[0] && t->shut[1]) {
        tunnel_end(t, "closed");
        return 1;
    }
    return 0;
}

static void on_read(struct bufferevent *bev, void *arg)
{
    struct tunnel *t = arg;
    int i = index_of(t, bev);
    struct bufferevent *o = t->side[1 - i];
    struct evbuffer *in = bufferevent_get_input(bev);
    t->bytes[i] += evbuffer_get_length(in);
    bufferevent_write_buffer(o, in);
    event_base_gettimeofday_cached(t->w->base, &t->last);
    if (evbuffer_get_length(bufferevent_get_output(o)) >= HIGH_WATER) {
        bufferevent_disable(bev, EV_READ);
        bufferevent_setwatermark(o, EV_WRITE, LOW_WATER, 0);
    }
}

static void on_write(struct bufferevent *bev, void *arg)
{
    /* Called when this side's output drained to its low-water mark. */
    struct tunnel *t = arg;
    int i = index_of(t, bev);
    struct bufferevent *src = t->side[1 - i];
    if (!t->eof[1 - i] && !(bufferevent_get_enabled(src) & EV_READ)) {
        bufferevent_setwatermark(bev, EV_WRITE, 0, 0);
        bufferevent_enable(src, EV_READ);
    }
    event_base_gettimeofday_cached(t->w->base, &t->last);
    settle(t);
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
    struct tunnel *t = arg;
    int i = index_of(t, bev);
    if (what & BEV_EVENT_EOF) {
        on_read(bev, t); /* whatever arrived with the FIN */
        t->eof[i] = 1;
        bufferevent_disable(bev, EV_READ);
        settle(t);
        return;
    }
    if (what & BEV_EVENT_ERROR) {
        tunnel_end(t, i == 0 ? "client_reset" : "upstream_reset");
    }
}

static void on_idle(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct tunnel *t = arg;
    struct timeval now, quiet, limit;
    double idle = t->w->cfg->idle_timeout;
    limit.tv_sec = (time_t)idle;
    limit.tv_usec = (suseconds_t)((idle - (double)limit.tv_sec) * 1e6);
    event_base_gettimeofday_cached(t->w->base, &now);
    timersub(&now, &t->last, &quiet);
    if (!timercmp(&quiet, &limit, <)) {
        tunnel_end(t, "idle_timeout");
        return;
    }
    struct timeval left;
    timersub(&limit, &quiet, &left);
    evtimer_add(t->idle, &left);
}

static void on_abort(gw_link_t *l)
{
    tunnel_end((struct tunnel *)l, "shutdown");
}

int gw_tunnel_start(gw_worker_t *w, struct bufferevent *client, struct bufferevent *upstream,
                    gw_tunnel_done_cb done, void *arg)
{
    struct tunnel *t = calloc(1, sizeof(*t));
    if (!t) {
        return -1;
    }
    t->w = w;
    t->side[0] = client;
    t->side[1] = upstream;
    t->done = done;
    t->arg = arg;
    t->idle = evtimer_new(w->base, on_idle, t);
    event_base_gettimeofday_cached(w->base, &t->last);
    double idle = w->cfg->idle_timeout;
    struct timeval tv = {(time_t)idle, (suseconds_t)((idle - (double)(time_t)idle) * 1e6)};
    evtimer_add(t->idle, &tv);
    gw_worker_link(w, &t->link, on_abort);
    for (int i = 0; i < 2; i++) {
        bufferevent_setcb(t->side[i], on_read, on_write, on_event, t);
        bufferevent_setwatermark(t->side[i], EV_WRITE, 0, 0);
        bufferevent_set_timeouts(t->side[i], NULL, NULL);
        bufferevent_enable(t->side[i], EV_READ | EV_WRITE);
    }
    /* Bytes that arrived before the tunnel existed (pipelined after CONNECT) go first. */
    if (evbuffer_get_length(bufferevent_get_input(client))) {
        on_read(client, t);
    }
    return 0;
}
