/* worker: one thread, one event loop, one SO_REUSEPORT listener.
 *
 * Everything a worker creates lives and dies on its own thread; the only cross-thread signal is
 * drain_ev, made active by the main thread on SIGTERM/SIGINT. Live objects register a gw_link so
 * the drain deadline can abort what is still open.
 */
#include "gateway/core/core.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>

void gw_worker_link(gw_worker_t *w, gw_link_t *l, void (*abort_fn)(gw_link_t *))
{
    l->abort = abort_fn;
    l->next = w->live.next;
    l->prev = &w->live;
    w->live.next->prev = l;
    w->live.next = l;
    w->nlive++;
}

void gw_worker_unlink(gw_worker_t *w, gw_link_t *l)
{
    if (!l->prev) {
        return;
    }
    l->prev->next = l->next;
    l->next->prev = l->prev;
    l->prev = l->next = NULL;
    w->nlive--;
    if (w->draining && w->nlive == 0) {
        event_base_loopexit(w->base, NULL);
    }
}

void gw_tune_bev(struct bufferevent *bev)
{
    int one = 1;
    evutil_socket_t fd = bufferevent_getfd(bev);
    if (fd >= 0) {
        (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    }
    bufferevent_set_max_single_read(bev, 128 * 1024);
    bufferevent_set_max_single_write(bev, 128 * 1024);
}

double gw_elapsed_ms(const struct timeval *since)
{
    struct timeval now, d;
    gettimeofday(&now, NULL);
    timersub(&now, since, &d);
    return (double)d.tv_sec * 1000.0 + (double)d.tv_usec / 1000.0;
}

static void on_accept(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa, int len,
                      void *arg)
{
    (void)l;
    gw_worker_t *w = arg;
    static const char busy[] = "hush: too many connections, try again\n";
    gw_client_t *cl = gw_client_accept(w, fd, sa, len, GW_CLIENT_PROXY, busy);
    if (cl) {
        w->srv->accept(w, fd, cl);
    }
}

static void on_accept_admin(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa,
                            int len, void *arg)
{
    (void)l;
    gw_worker_t *w = arg;
    gw_client_t *cl = gw_client_accept(w, fd, sa, len, GW_CLIENT_ADMIN, NULL);
    if (cl) {
        w->srv->accept(w, fd, cl);
    }
}

static void on_accept_error(struct evconnlistener *l, void *arg)
{
    (void)l;
    (void)arg;
    int e = EVUTIL_SOCKET_ERROR();
    /* EMFILE/ENFILE: keep serving the open connections; accepting resumes as fds free up. */
    gw_log(GW_LOG_WARN, "event=accept_error error=\"%s\"", evutil_socket_error_to_string(e));
}

static void on_deadline(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_worker_t *w = arg;
    if (w->nlive) {
        gw_log(GW_LOG_WARN, "event=drain_deadline worker=%u aborting=%zu", w->id, w->nlive);
    }
    while (w->live.next != &w->live) {
        gw_link_t *l = w->live.next;
        l->abort(l); /* unlinks itself */
        if (w->live.next == l) {
            gw_worker_unlink(w, l); /* never loop forever on a faulty abort */
        }
    }
    event_base_loopexit(w->base, NULL);
}

static void on_drain(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_worker_t *w = arg;
    if (w->draining) {
        return;
    }
    w->draining = 1;
    if (w->listener) {
        evconnlistener_free(w->listener);
        w->listener = NULL;
    }
    if (w->admin_listener) {
        evconnlistener_free(w->admin_listener);
        w->admin_listener = NULL;
    }
    if (w->tp_listener) {
        evconnlistener_free(w->tp_listener);
        w->tp_listener = NULL;
    }
    if (w->nlive == 0) {
        event_base_loopexit(w->base, NULL);
        return;
    }
    double t = w->cfg->drain_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    w->deadline_ev = evtimer_new(w->base, on_deadline, w);
    evtimer_add(w->deadline_ev, &tv);
}

int gw_worker_init(gw_worker_t *w, gw_server_t *srv, unsigned id, const struct sockaddr *sa,
                   int salen, char *err, size_t errlen)
{
    memset(w, 0, sizeof(*w));
    w->id = id;
    w->srv = srv;
    w->cfg = srv->cfg;
    w->live.next = w->live.prev = &w->live;
    w->base = event_base_new();
    if (!w->base) {
        snprintf(err, errlen, "cannot create an event loop");
        return -1;
    }
    if (gw_reaper_init(&w->reaper, w->base) != 0) {
        snprintf(err, errlen, "cannot create an event loop");
        return -1;
    }
    w->dns = evdns_base_new(w->base,
                            EVDNS_BASE_INITIALIZE_NAMESERVERS | EVDNS_BASE_DISABLE_WHEN_INACTIVE);
    if (!w->dns) {
        /* No usable resolv.conf: still serve IP literals and /etc/hosts names. */
        w->dns = evdns_base_new(w->base, EVDNS_BASE_DISABLE_WHEN_INACTIVE);
        if (w->dns) {
            evdns_base_load_hosts(w->dns, NULL);
        }
    }
    if (!w->dns) {
        snprintf(err, errlen, "cannot create a DNS resolver");
        return -1;
    }
    w->listener = evconnlistener_new_bind(w->base, on_accept, w,
                                          LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE |
                                              LEV_OPT_REUSEABLE_PORT | LEV_OPT_CLOSE_ON_EXEC,
                                          1024, sa, salen);
    if (!w->listener) {
        snprintf(err, errlen, "listen: cannot bind %s: %s", srv->cfg->listen, strerror(errno));
        return -1;
    }
    evconnlistener_set_error_cb(w->listener, on_accept_error);
    if (id == 0 && w->cfg->admin_listen) {
        struct sockaddr_storage as;
        socklen_t alen;
        if (gw_parse_listen(w->cfg->admin_listen, &as, &alen) == 0) {
            w->admin_listener = evconnlistener_new_bind(w->base, on_accept_admin, w,
                                                        LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE |
                                                            LEV_OPT_CLOSE_ON_EXEC,
                                                        64, (struct sockaddr *)&as, (int)alen);
        }
        if (!w->admin_listener) {
            snprintf(err, errlen, "adminListen: cannot bind %s: %s", w->cfg->admin_listen,
                     strerror(errno));
            return -1;
        }
        struct sockaddr_storage bound;
        socklen_t blen = sizeof(bound);
        getsockname(evconnlistener_get_fd(w->admin_listener), (struct sockaddr *)&bound, &blen);
        unsigned port = bound.ss_family == AF_INET6
                            ? ntohs(((struct sockaddr_in6 *)&bound)->sin6_port)
                            : ntohs(((struct sockaddr_in *)&bound)->sin_port);
        gw_log(GW_LOG_INFO, "event=admin_listening addr=%s port=%u", w->cfg->admin_listen, port);
    }
    for (size_t i = 0; i < srv->nparts; i++) { /* the inspector, the transparent listener */
        if (srv->parts[i].worker_init && srv->parts[i].worker_init(w, err, errlen) != 0) {
            return -1;
        }
    }
    w->drain_ev = event_new(w->base, -1, 0, on_drain, w);
    return 0;
}

void gw_worker_cleanup(gw_worker_t *w)
{
    gw_reaper_run(&w->reaper); /* what the loop had no turn left to free, before its pools */
    for (size_t i = w->srv ? w->srv->nparts : 0; i-- > 0;) { /* the inspector, the pool */
        if (w->srv->parts[i].worker_free) {
            w->srv->parts[i].worker_free(w);
        }
    }
    gw_reaper_cleanup(&w->reaper); /* what those frees deferred */
    if (w->admin_listener) {
        evconnlistener_free(w->admin_listener);
    }
    if (w->tp_listener) {
        evconnlistener_free(w->tp_listener);
    }
    if (w->listener) {
        evconnlistener_free(w->listener);
    }
    if (w->drain_ev) {
        event_free(w->drain_ev);
    }
    if (w->deadline_ev) {
        event_free(w->deadline_ev);
    }
    if (w->dns) {
        evdns_base_free(w->dns, 1);
    }
    if (w->base) {
        event_base_free(w->base);
    }
}

evutil_socket_t gw_worker_listen_fd(gw_worker_t *w)
{
    return w->listener ? evconnlistener_get_fd(w->listener) : -1;
}

static void *worker_main(void *arg)
{
    gw_worker_t *w = arg;
    event_base_dispatch(w->base);
    return NULL;
}

int gw_worker_start(gw_worker_t *w)
{
    return pthread_create(&w->thread, NULL, worker_main, w) == 0 ? 0 : -1;
}

void gw_worker_drain(gw_worker_t *w)
{
    event_active(w->drain_ev, EV_READ, 0);
}
