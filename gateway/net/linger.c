/* linger: the last moments of a connection that hush is closing with a final response.
 *
 * Closing a socket that still has unread input makes the kernel send RST, and a client that is
 * still uploading then loses the response (the 431 or 413 that explains why). So the response is
 * flushed, the write side shut, and input read and discarded until the client closes or a short
 * grace period ends. The linger owns the bufferevent; callers hand it over and forget it.
 */
#include "gateway/net/net.h"

#include <stdlib.h>
#include <sys/socket.h>

#define LINGER_SECONDS 2
#define LINGER_MAX_DISCARD (1024 * 1024)

struct lingering {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    struct bufferevent *bev;
    struct event *timer;
    size_t discarded;
    int shut;
};

static void linger_end(struct lingering *l)
{
    gw_worker_unlink(l->w, &l->link);
    event_free(l->timer);
    bufferevent_free(l->bev);
    free(l);
}

static void on_abort(gw_link_t *link)
{
    linger_end((struct lingering *)link);
}

static void on_read(struct bufferevent *bev, void *arg)
{
    struct lingering *l = arg;
    struct evbuffer *in = bufferevent_get_input(bev);
    l->discarded += evbuffer_get_length(in);
    evbuffer_drain(in, evbuffer_get_length(in));
    if (l->discarded > LINGER_MAX_DISCARD) {
        linger_end(l);
    }
}

static void on_write(struct bufferevent *bev, void *arg)
{
    struct lingering *l = arg;
    if (!l->shut && evbuffer_get_length(bufferevent_get_output(bev)) == 0) {
        shutdown(bufferevent_getfd(bev), SHUT_WR);
        l->shut = 1;
    }
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    (void)what;
    linger_end(arg); /* EOF or error: the client is gone */
}

static void on_timer(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    linger_end(arg);
}

void gw_linger_close(gw_worker_t *w, struct bufferevent *bev)
{
    static const struct timeval grace = {LINGER_SECONDS, 0};
    struct lingering *l = calloc(1, sizeof(*l));
    if (!l || !(l->timer = evtimer_new(w->base, on_timer, l))) {
        free(l);
        bufferevent_free(bev);
        return;
    }
    l->w = w;
    l->bev = bev;
    gw_worker_link(w, &l->link, on_abort);
    evtimer_add(l->timer, &grace);
    bufferevent_setcb(bev, on_read, on_write, on_event, l);
    bufferevent_setwatermark(bev, EV_WRITE, 0, 0);
    bufferevent_set_timeouts(bev, NULL, NULL);
    bufferevent_enable(bev, EV_READ | EV_WRITE);
    /* Input already buffered is discarded here rather than through on_read, which may free. */
    struct evbuffer *in = bufferevent_get_input(bev);
    l->discarded = evbuffer_get_length(in);
    evbuffer_drain(in, l->discarded);
    on_write(bev, l);
}
