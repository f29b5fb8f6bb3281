/* tunnel: copy bytes both ways between two connected sockets until both directions are done.
 *
 * Two engines with the same semantics. The fast one (Linux) moves bytes with splice(2) from one
 * socket into a pipe and from the pipe into the other socket, so they never enter user space; it is
 * used once nothing is buffered in either bufferevent (the "200 Connection Established" answer and
 * any bytes pipelined after CONNECT go first, through the bufferevents). A direction takes a pipe
 * from the worker's pool (pipes.c) when it has bytes to move and gives it back once the pipe is
 * empty, so an idle tunnel holds no pipe; when none can be had (descriptors short) it peeks the
 * bytes through a stack buffer and consumes only what the other side took. The other engine
 * copies evbuffer chains between the two bufferevents; it runs until the splice engine can start,
 * and throughout when a side is not a plain socket. Back-pressure: a side is not read while the
 * other side's pending output (the pipe, bytes it refused, or HIGH_WATER of evbuffer) waits.
 * Half-close: EOF from one side becomes shutdown(SHUT_WR) on the other once everything before it
 * was written, and the tunnel ends when both directions have closed. Idle time is tracked with a
 * timestamp and one timer per tunnel, not by re-arming a timer on every read.
 */
#include "gateway/net/net.h"

#include <errno.h>
#include <fcntl.h> /* splice */
#include <stdlib.h>
#include <sys/socket.h>

#define HIGH_WATER (1024 * 1024)
#define LOW_WATER (256 * 1024)
/* Bytes one callback moves before other connections get a turn. */
#define PUMP_BUDGET (4u * 1024 * 1024)
/* The copy without a pipe, one peek at a time. */
#define PEEK_CHUNK (16 * 1024)

struct tunnel;

/* One direction of the splice engine: bytes read from side i, through the pipe, to side 1 - i. */
struct dir {
    struct tunnel *t;
    int i;
    gw_pipe_t p; /* from the pool while held > 0 (or for one pump); rd -1 when none */
    size_t held; /* bytes in the pipe, not yet written to side 1 - i */
    int refused; /* without a pipe: side 1 - i refused bytes that wait in side i's socket */
    struct event *rd, *wr;
    int rd_on, wr_on;
};

struct tunnel {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    gw_obj_t obj;                /* freed through defer.c (tunnel_end) */
    struct bufferevent *side[2]; /* 0: client, 1: upstream; they own the sockets */
    int fd[2];
    int spliced;       /* the splice engine runs; the bufferevents are disabled */
    int eof[2];        /* side i sent EOF */
    int shut[2];       /* we shut down writing to side i */
    uint64_t bytes[2]; /* bytes read from side i */
    struct dir dir[2];
    struct event *idle;
    struct timeval last;
    gw_tunnel_done_cb done;
    void *arg;
};

static void dir_release(struct dir *d, gw_worker_t *w)
{
    if (d->rd) {
        event_free(d->rd);
    }
    if (d->wr) {
        event_free(d->wr);
    }
    d->rd = d->wr = NULL;
    gw_pipe_put(w, &d->p, d->held == 0); /* a pipe still holding bytes is closed */
    d->held = 0;
}

static void tunnel_destroy(void *self)
{
    struct tunnel *t = self;
    bufferevent_free(t->side[0]);
    bufferevent_free(t->side[1]);
    event_free(t->idle);
    free(t);
}

static void tunnel_end(struct tunnel *t, const char *outcome)
{
    gw_tunnel_stats_t st = {t->bytes[0], t->bytes[1], outcome};
    gw_counters_t *k = &t->w->srv->counters;
    atomic_fetch_add(&k->bytes_up, t->bytes[0]);
    atomic_fetch_add(&k->bytes_down, t->bytes[1]);
    gw_worker_unlink(t->w, &t->link);
    gw_tunnels_open_add(-1);
    dir_release(&t->dir[0], t->w); /* its events go before the sockets close */
    dir_release(&t->dir[1], t->w);
    for (int i = 0; i < 2; i++) { /* silenced now; the sockets close with the memory */
        bufferevent_disable(t->side[i], EV_READ | EV_WRITE);
        bufferevent_setcb(t->side[i], NULL, NULL, NULL, NULL);
    }
    event_del(t->idle);
    gw_defer_free(&t->obj, tunnel_destroy); /* the callback that ended it may still hold t */
    t->done(t->arg, &st);
}

static const char *reset_outcome(int side)
{
    return side == 0 ? "client_reset" : "upstream_reset";
}

/* ---- splice engine ---------------------------------------------------------------------- */

static void set_event(struct event *ev, int *on, int want)
{
    if (want && !*on) {
        event_add(ev, NULL);
    } else if (!want && *on) {
        event_del(ev);
    }
    *on = want;
}

/* Both directions closed: end. Returns 1 when the tunnel is gone. */
static int splice_settle(struct tunnel *t)
{
    for (int i = 0; i < 2; i++) {
        struct dir *d = &t->dir[i];
        if (t->eof[i] && d->held == 0 && !t->shut[1 - i]) {
            shutdown(t->fd[1 - i], SHUT_WR);
            t->shut[1 - i] = 1;
        }
    }
    if (t->shut[0] && t->shut[1]) {
        tunnel_end(t, "closed");
        return 1;
    }
    return 0;
}

/* No pipe to be had: bytes go through the stack, peeked first and consumed only once side 1 - i
 * took them, so nothing waits here between callbacks (d->refused: they wait in side i's socket).
 * Returns -1 when the tunnel ended. */
static int copy_peeked(struct dir *d, size_t *moved)
{
    struct tunnel *t = d->t;
    int i = d->i;
    char buf[PEEK_CHUNK];
    while (*moved < PUMP_BUDGET) {
        ssize_t n = recv(t->fd[i], buf, sizeof(buf), MSG_PEEK);
        if (n == 0) {
            t->eof[i] = 1;
            return 0;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                return 0;
            }
            tunnel_end(t, reset_outcome(i));
            return -1;
        }
        ssize_t m = send(t->fd[1 - i], buf, (size_t)n, MSG_NOSIGNAL);
        if (m < 0 && errno == EINTR) {
            continue;
        }
        if (m < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            d->refused = 1;
            return 0;
        }
        if (m <= 0 || recv(t->fd[i], buf, (size_t)m, 0) != m) { /* consume what was sent */
            tunnel_end(t, reset_outcome(m <= 0 ? 1 - i : i));
            return -1;
        }
        *moved += (size_t)m;
        t->bytes[i] += (uint64_t)m;
        if (m < n) {
            d->refused = 1;
            return 0;
        }
    }
    return 0;
}

/* Move what can move from side i to side 1 - i without blocking, up to PUMP_BUDGET, then arm the
 * events: read side i while nothing waits, wait for side 1 - i to take more while bytes do. The
 * pipe goes back to the pool once it is empty. */
static void pump(struct dir *d)
{
    struct tunnel *t = d->t;
    int i = d->i;
    size_t moved = 0;
    int wrote = 0;
    d->refused = 0; /* whatever waits is found again below */
    for (;;) {
        while (d->held) {
            ssize_t m = splice(d->p.rd, NULL, t->fd[1 - i], NULL, d->held,
                               SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
            if (m > 0) {
                d->held -= (size_t)m;
                wrote = 1;
            } else if (m < 0 && errno == EINTR) {
                continue;
            } else if (m < 0 && errno == EAGAIN) {
                goto blocked;
            } else {
                tunnel_end(t, reset_outcome(1 - i));
                return;
            }
        }
        if (t->eof[i] || moved >= PUMP_BUDGET) {
            break;
        }
        if (d->p.rd < 0 && gw_pipe_get(t->w, &d->p) != 0) {
            if (copy_peeked(d, &moved) != 0) {
                return;
            }
            break;
        }
        ssize_t n =
            splice(t->fd[i], NULL, d->p.wr, NULL, d->p.cap, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
        if (n > 0) {
            d->held = (size_t)n;
            moved += (size_t)n;
            t->bytes[i] += (uint64_t)n;
        } else if (n == 0) {
            t->eof[i] = 1;
        } else if (errno == EINTR) {
            continue;
        } else if (errno == EAGAIN) {
            break;
        } else {
            tunnel_end(t, reset_outcome(i));
            return;
        }
    }
blocked:
    if (d->held == 0) {
        gw_pipe_put(t->w, &d->p, 1);
    }
    if (moved || wrote) {
        event_base_gettimeofday_cached(t->w->base, &t->last);
    }
    set_event(d->rd, &d->rd_on, !t->eof[i] && d->held == 0 && !d->refused);
    set_event(d->wr, &d->wr_on, d->held > 0 || d->refused);
    splice_settle(t);
}

static void on_splice_ready(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    pump(arg);
}

static int dir_init(struct tunnel *t, int i)
{
    struct dir *d = &t->dir[i];
    d->t = t;
    d->i = i;
    d->rd = event_new(t->w->base, t->fd[i], EV_READ | EV_PERSIST, on_splice_ready, d);
    d->wr = event_new(t->w->base, t->fd[1 - i], EV_WRITE | EV_PERSIST, on_splice_ready, d);
    return d->rd && d->wr ? 0 : -1;
}

/* Switch to the splice engine when nothing is buffered on either side and no side has closed. */
static void try_splice(struct tunnel *t)
{
    if (t->spliced) {
        return;
    }
    for (int i = 0; i < 2; i++) {
        struct bufferevent *b = t->side[i];
        if (t->eof[i] || t->shut[i] || bufferevent_get_underlying(b) || bufferevent_getfd(b) < 0 ||
            evbuffer_get_length(bufferevent_get_input(b)) ||
            evbuffer_get_length(bufferevent_get_output(b))) {
            return;
        }
        t->fd[i] = bufferevent_getfd(b);
    }
    if (dir_init(t, 0) != 0 || dir_init(t, 1) != 0) {
        dir_release(&t->dir[0], t->w);
        dir_release(&t->dir[1], t->w);
        return; /* the bufferevents go on */
    }
    for (int i = 0; i < 2; i++) {
        bufferevent_disable(t->side[i], EV_READ | EV_WRITE);
        bufferevent_setcb(t->side[i], NULL, NULL, NULL, NULL);
    }
    t->spliced = 1;
    set_event(t->dir[0].rd, &t->dir[0].rd_on, 1);
    set_event(t->dir[1].rd, &t->dir[1].rd_on, 1);
}

/* ---- bufferevent engine ----------------------------------------------------------------- */

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
    if (!settle(t)) {
        try_splice(t);
    }
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
        tunnel_end(t, reset_outcome(i));
    }
}

/* ---- both ------------------------------------------------------------------------------- */

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
    gw_obj_init(&t->obj, &w->reaper, t);
    t->side[0] = client;
    t->side[1] = upstream;
    t->fd[0] = t->fd[1] = -1;
    for (int i = 0; i < 2; i++) {
        t->dir[i].p.rd = t->dir[i].p.wr = -1;
    }
    t->done = done;
    t->arg = arg;
    t->idle = evtimer_new(w->base, on_idle, t);
    event_base_gettimeofday_cached(w->base, &t->last);
    double idle = w->cfg->idle_timeout;
    struct timeval tv = {(time_t)idle, (suseconds_t)((idle - (double)(time_t)idle) * 1e6)};
    evtimer_add(t->idle, &tv);
    gw_worker_link(w, &t->link, on_abort);
    gw_tunnels_open_add(1);
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
    /* The server's first flight, when metadata mode held it back to read its certificate. */
    if (evbuffer_get_length(bufferevent_get_input(upstream))) {
        on_read(upstream, t);
    }
    try_splice(t); /* at once if nothing is pending; otherwise once the outputs drained */
    return 0;
}
