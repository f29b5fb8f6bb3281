/* transparent_listener: connections diverted to the transparent listener by `hush transparent
 * apply`'s rules.
 *
 * States: PEEK (reading the ClientHello into the input buffer without draining it, bounded by
 * timeouts.head) -> DIAL (an opaque tunnel to the original destination being checked and
 * connected) -> handed to net/tunnel.c, or from PEEK straight to mitm.c. The one thing to know: the
 * original destination is the accepted socket's own address (getsockname), and only the bytes
 * the client sent decide what happens next. An SNI naming an intercepted host is handled exactly
 * as after CONNECT: TLS is terminated with a leaf for that name and each request goes upstream to
 * the name, resolved and guarded by upstream/upstream.c (so a forged SNI cannot steer hush to the
 * connection's IP). Everything else is tunnelled to the original IP and port, which must pass the
 * SSRF guard like any destination. The peeked bytes stay in the buffer for whoever comes next.
 * Metadata mode (core/tunnel_policy.c) decides such tunnels as after CONNECT, with the original IP
 * as the host: on the ClientHello, or (SERVER, when a rule needs the certificate) on the server's
 * first flight, held back until it is read; a denied tunnel is closed after a TLS alert.
 */
#include "gateway/front/front.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum tstate { TS_PEEK, TS_DIAL, TS_SERVER, TS_TUNNEL };

struct tp_conn {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    enum tstate st;
    struct bufferevent *bev;
    struct event *timer;
    gw_dial_t *dial;
    struct sockaddr_storage peer;
    char client[INET6_ADDRSTRLEN + 8];
    char ip[INET6_ADDRSTRLEN]; /* the original destination */
    unsigned port;
    char sni[256];
    char alpn[128];
    int tp_pending;         /* metadata mode waits for the server's first flight */
    struct bufferevent *up; /* TS_SERVER: the destination, its flight held back */
    uint64_t sent_early;    /* ClientHello bytes sent on in TS_SERVER */
    char tp_reason[200];
    char tp_log[400];
    struct timeval t0;
    const char *decision;
    const char *reason;
    int entered;    /* holds a per-client slot */
    int keeps_slot; /* handed to the MITM, which releases the connection slots itself */
};

static void conn_log(struct tp_conn *c, uint64_t up, uint64_t down, const char *outcome)
{
    char qsni[300], qreason[200];
    gw_log(GW_LOG_INFO,
           "event=conn mode=transparent client=%s target=%s%s%s:%u sni=%s decision=%s "
           "bytes_up=%llu bytes_down=%llu duration_ms=%.1f outcome=%s%s%s%s",
           c->client, strchr(c->ip, ':') ? "[" : "", c->ip, strchr(c->ip, ':') ? "]" : "", c->port,
           c->sni[0] ? gw_log_quote(qsni, sizeof(qsni), c->sni) : "none",
           c->decision ? c->decision : "none", (unsigned long long)up, (unsigned long long)down,
           gw_elapsed_ms(&c->t0), outcome, c->reason ? " reason=" : "",
           c->reason ? gw_log_quote(qreason, sizeof(qreason), c->reason) : "", c->tp_log);
}

static void conn_free(struct tp_conn *c)
{
    gw_worker_unlink(c->w, &c->link);
    if (!c->keeps_slot) {
        if (c->entered) {
            gw_release_conn(c->w, (struct sockaddr *)&c->peer);
        } else {
            atomic_fetch_sub(&c->w->srv->counters.conns_open, 1);
        }
    }
    gw_dial_cancel(c->dial);
    if (c->up) {
        bufferevent_free(c->up);
    }
    if (c->timer) {
        event_free(c->timer);
    }
    if (c->bev) {
        bufferevent_free(c->bev);
    }
    free(c);
}

static void conn_close(struct tp_conn *c, const char *outcome)
{
    conn_log(c, c->sent_early, 0, outcome);
    conn_free(c);
}

static void refuse(struct tp_conn *c, const char *reason)
{
    c->decision = "blocked";
    c->reason = reason;
    atomic_fetch_add(&c->w->srv->counters.blocked, 1);
    conn_close(c, "refused");
}

static void on_abort(gw_link_t *l)
{
    conn_close((struct tp_conn *)l, "shutdown");
}

static void on_tunnel_done(void *arg, const gw_tunnel_stats_t *st)
{
    struct tp_conn *c = arg;
    c->bev = NULL; /* freed by the tunnel */
    conn_log(c, st->up + c->sent_early, st->down, st->outcome);
    conn_free(c);
}

/* Metadata mode at this stage; GW_TPOL_* (the original IP is the host). */
static int tp_decide(struct tp_conn *c, int stage, int final, const gw_tls_meta_t *tls)
{
    gw_tpol_facts_t f = {.stage = stage,
                         .final = final,
                         .host = c->ip,
                         .host_is_ip = 1,
                         .port = c->port,
                         .sni = c->sni,
                         .alpn = c->alpn,
                         .tls = tls};
    return gw_tpol_apply(c->w, &f, c->client, c->tp_reason, sizeof(c->tp_reason), c->tp_log,
                         sizeof(c->tp_log));
}

/* A tunnel metadata mode denied: closed, after a fatal access_denied alert when it is TLS. */
static void tp_deny(struct tp_conn *c, int tls)
{
    static const uint8_t alert[] = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x31};
    c->decision = "blocked";
    c->reason = c->tp_reason;
    atomic_fetch_add(&c->w->srv->counters.blocked, 1);
    event_del(c->timer);
    if (c->up) {
        bufferevent_free(c->up);
        c->up = NULL;
    }
    struct bufferevent *bev = c->bev;
    c->bev = NULL;
    if (tls) {
        evbuffer_add(bufferevent_get_output(bev), alert, sizeof(alert));
    }
    gw_linger_close(c->w, bev);
    conn_close(c, "denied_by_tunnel_policy");
}

static void start_tunnel(struct tp_conn *c, struct bufferevent *up)
{
    c->st = TS_TUNNEL;
    c->decision = "tunnel";
    atomic_fetch_add(&c->w->srv->counters.tunnels, 1);
    gw_worker_unlink(c->w, &c->link); /* the tunnel is on the drain list from here */
    if (gw_tunnel_start(c->w, c->bev, up, on_tunnel_done, c) != 0) {
        bufferevent_free(up);
        gw_worker_link(c->w, &c->link, on_abort);
        conn_close(c, "out_of_memory");
    }
}

/* TS_SERVER: the server's first flight, held back until it shows what the rules need. */
static void on_server_read(struct bufferevent *up, void *arg)
{
    struct tp_conn *c = arg;
    if (c->st != TS_SERVER) {
        return;
    }
    struct evbuffer *in = bufferevent_get_input(up);
    size_t len = evbuffer_get_length(in);
    if (len > GW_TLSMETA_MAX_INPUT) {
        len = GW_TLSMETA_MAX_INPUT;
    }
    const uint8_t *p = evbuffer_pullup(in, (ev_ssize_t)len);
    gw_tls_meta_t *m = malloc(sizeof(*m));
    if (!p || !m) {
        free(m);
        conn_close(c, "out_of_memory");
        return;
    }
    if (gw_tls_meta_server(p, len, m) == GW_TLSMETA_NEED_MORE) {
        free(m);
        return;
    }
    event_del(c->timer);
    bufferevent_disable(up, EV_READ);
    int a = tp_decide(c, GW_TPOL_SERVER, 1, m);
    free(m);
    if (a == GW_TPOL_DENY) {
        tp_deny(c, 1);
        return;
    }
    c->up = NULL;
    start_tunnel(c, up); /* the held flight goes first */
}

static void on_server_event(struct bufferevent *up, short what, void *arg)
{
    (void)up;
    (void)what;
    struct tp_conn *c = arg;
    c->reason = "the destination closed during its TLS handshake";
    conn_close(c, "upstream_closed_during_handshake");
}

static void on_dialed(int fd, int status, const char *reason, const struct sockaddr *addr,
                      void *arg)
{
    (void)addr;
    struct tp_conn *c = arg;
    c->dial = NULL;
    if (fd < 0) {
        if (status == 403) {
            refuse(c, reason);
            return;
        }
        c->decision = "connect";
        c->reason = reason;
        conn_close(c, "connect_failed");
        return;
    }
    struct bufferevent *up =
        bufferevent_socket_new(c->w->base, fd, BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
    if (!up) {
        evutil_closesocket(fd);
        conn_close(c, "out_of_memory");
        return;
    }
    gw_tune_bev(up);
    if (!c->tp_pending) {
        start_tunnel(c, up);
        return;
    }
    /* Send the ClientHello on and read the server's answer, bounded by timeouts.head. */
    c->st = TS_SERVER;
    c->up = up;
    struct evbuffer *in = bufferevent_get_input(c->bev);
    c->sent_early = evbuffer_get_length(in);
    bufferevent_write_buffer(up, in);
    bufferevent_setcb(up, on_server_read, NULL, on_server_event, c);
    bufferevent_enable(up, EV_READ);
    double t = c->w->cfg->head_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    evtimer_add(c->timer, &tv);
}

/* Opaque tunnel to the original destination; the peeked bytes go first. */
static void tunnel(struct tp_conn *c)
{
    c->st = TS_DIAL;
    event_del(c->timer);
    bufferevent_disable(c->bev, EV_READ);
    c->dial = gw_dial_start(c->w, c->ip, c->port, on_dialed, c);
    if (!c->dial) {
        conn_close(c, "out_of_memory");
    }
}

static void intercept(struct tp_conn *c, int profile)
{
    gw_mitm_ctx_t ctx;
    gw_intercept_ctx(&ctx, c->sni, c->port, profile, c->client, &c->peer);
    struct bufferevent *bev = c->bev;
    gw_worker_t *w = c->w;
    c->bev = NULL;
    c->decision = "intercept";
    c->keeps_slot = 1;
    conn_close(c, "intercepted");
    gw_mitm_start(w, bev, &ctx); /* the ClientHello is still in bev's input */
}

static void on_read(struct bufferevent *bev, void *arg)
{
    struct tp_conn *c = arg;
    if (c->st != TS_PEEK) {
        return;
    }
    struct evbuffer *in = bufferevent_get_input(bev);
    size_t len = evbuffer_get_length(in);
    if (len > GW_SNI_MAX_INPUT) {
        len = GW_SNI_MAX_INPUT;
    }
    const uint8_t *p = evbuffer_pullup(in, (ev_ssize_t)len);
    int r = p ? gw_sni_parse(p, len, c->sni, sizeof(c->sni)) : GW_SNI_NOT_TLS;
    if (r == GW_SNI_NEED_MORE) {
        return; /* the parser decides by GW_SNI_MAX_INPUT bytes */
    }
    int profile;
    if (r == GW_SNI_FOUND && gw_intercept_decide(c->w, c->sni, c->port, &profile)) {
        intercept(c, profile);
        return;
    }
    int tls = r == GW_SNI_FOUND || r == GW_SNI_NONE;
    if (tls) {
        gw_tls_meta_client_alpn(p, len, c->alpn, sizeof(c->alpn));
    }
    int a = tp_decide(c, GW_TPOL_HELLO, !tls, NULL);
    if (a == GW_TPOL_DENY) {
        tp_deny(c, tls);
        return;
    }
    c->tp_pending = a == GW_TPOL_PENDING;
    tunnel(c);
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    (void)what;
    struct tp_conn *c = arg;
    conn_close(c, c->st == TS_PEEK ? "client_closed" : "client_closed_during_connect");
}

static void on_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct tp_conn *c = arg;
    if (c->st == TS_SERVER) {
        c->reason = "timed out reading the destination's TLS handshake";
        conn_close(c, "upstream_timeout");
        return;
    }
    if (evbuffer_get_length(bufferevent_get_input(c->bev)) == 0) {
        /* nothing sent: a protocol where the server speaks first */
        if (tp_decide(c, GW_TPOL_HELLO, 1, NULL) == GW_TPOL_DENY) {
            tp_deny(c, 0);
            return;
        }
        tunnel(c);
        return;
    }
    c->reason = "timed out reading the TLS ClientHello";
    conn_close(c, "client_timeout");
}

static void format_addr(const struct sockaddr_storage *ss, char *ip, size_t n, unsigned *port)
{
    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &in->sin_addr, ip, (socklen_t)n);
        *port = ntohs(in->sin_port);
    } else if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &in6->sin6_addr, ip, (socklen_t)n);
        *port = ntohs(in6->sin6_port);
    } else {
        snprintf(ip, n, "?");
        *port = 0;
    }
}

/* IPv4 arriving on a dual-stack listener shows as ::ffff:a.b.c.d; dial and log it as IPv4. */
static void unmap(struct sockaddr_storage *ss)
{
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
    if (ss->ss_family != AF_INET6 || !IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
        return;
    }
    struct sockaddr_in in;
    memset(&in, 0, sizeof(in));
    in.sin_family = AF_INET;
    in.sin_port = in6->sin6_port;
    memcpy(&in.sin_addr, in6->sin6_addr.s6_addr + 12, 4);
    memset(ss, 0, sizeof(*ss));
    memcpy(ss, &in, sizeof(in));
}

/* A connection made to the listener itself rather than diverted to it: tunnelling it to its
 * "original destination" would connect hush to itself. */
static int is_listener(gw_worker_t *w, const struct sockaddr_storage *dst)
{
    struct sockaddr_storage ls;
    memset(&ls, 0, sizeof(ls));
    socklen_t len = sizeof(ls);
    if (getsockname(evconnlistener_get_fd(w->tp_listener), (struct sockaddr *)&ls, &len) != 0) {
        return 1;
    }
    char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN];
    unsigned pa, pb;
    format_addr(&ls, a, sizeof(a), &pa);
    format_addr(dst, b, sizeof(b), &pb);
    return pa == pb && (!strcmp(a, "0.0.0.0") || !strcmp(a, "::") || !strcmp(a, b));
}

static void tp_accept(gw_worker_t *w, evutil_socket_t fd, const struct sockaddr *peer, int plen)
{
    struct tp_conn *c = calloc(1, sizeof(*c));
    if (!c) {
        evutil_closesocket(fd);
        atomic_fetch_sub(&w->srv->counters.conns_open, 1);
        return;
    }
    c->w = w;
    gettimeofday(&c->t0, NULL);
    atomic_fetch_add(&w->srv->counters.conns_total, 1);
    gw_worker_link(w, &c->link, on_abort);
    if (plen > 0 && (size_t)plen <= sizeof(c->peer)) {
        memcpy(&c->peer, peer, (size_t)plen);
    }
    unmap(&c->peer);
    unsigned pport;
    char pip[INET6_ADDRSTRLEN] = "?";
    format_addr(&c->peer, pip, sizeof(pip), &pport);
    snprintf(c->client, sizeof(c->client), c->peer.ss_family == AF_INET6 ? "[%s]:%u" : "%s:%u", pip,
             pport);
    struct sockaddr_storage orig;
    memset(&orig, 0, sizeof(orig));
    socklen_t olen = sizeof(orig);
    c->bev = bufferevent_socket_new(w->base, fd, BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
    c->timer = evtimer_new(w->base, on_timeout, c);
    if (!c->bev || !c->timer) {
        if (!c->bev) {
            evutil_closesocket(fd);
        }
        conn_close(c, "out_of_memory");
        return;
    }
    if (getsockname(fd, (struct sockaddr *)&orig, &olen) != 0) {
        snprintf(c->ip, sizeof(c->ip), "?");
        conn_close(c, "no_original_destination");
        return;
    }
    unmap(&orig);
    format_addr(&orig, c->ip, sizeof(c->ip), &c->port);
    gw_gen_t *g = gw_gen_acquire(w->srv);
    int allowed = gw_access_client_allowed(g->cfg, (struct sockaddr *)&c->peer);
    c->entered = allowed && gw_access_client_enter(g->cfg, (struct sockaddr *)&c->peer);
    gw_gen_release(g);
    if (!c->entered) {
        refuse(c, allowed ? "too many connections from this client (maxConnectionsPerClient)"
                          : "this client address is not allowed (allowedClients)");
        return;
    }
    if (!gw_port_allowed(w->cfg->transparent_ports, w->cfg->ntransparent_ports, c->port)) {
        refuse(c, "original destination port not in transparentPorts");
        return;
    }
    if (is_listener(w, &orig)) {
        refuse(c, "a direct connection to the transparent listener (nothing was diverted)");
        return;
    }
    gw_tune_bev(c->bev);
    double t = w->cfg->head_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    evtimer_add(c->timer, &tv);
    bufferevent_setcb(c->bev, on_read, NULL, on_event, c);
    bufferevent_enable(c->bev, EV_READ);
}

static void on_accept(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa, int len,
                      void *arg)
{
    (void)l;
    gw_worker_t *w = arg;
    /* No reply: the client expects a TLS server here, not an HTTP one. */
    if (gw_worker_admit(w, fd, "transparent", NULL)) {
        tp_accept(w, fd, sa, len);
    }
}

static void on_accept_error(struct evconnlistener *l, void *arg)
{
    (void)l;
    (void)arg;
    int e = EVUTIL_SOCKET_ERROR();
    gw_log(GW_LOG_WARN, "event=accept_error mode=transparent error=\"%s\"",
           evutil_socket_error_to_string(e));
}

struct evconnlistener *gw_tproxy_listen(gw_worker_t *w, char *err, size_t errlen)
{
    const gw_config_t *c = w->cfg;
    struct sockaddr_storage ss;
    socklen_t len;
    if (gw_parse_listen(c->transparent_listen, &ss, &len) != 0) {
        snprintf(err, errlen, "transparentListen: invalid address");
        return NULL;
    }
    int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        snprintf(err, errlen, "transparentListen: socket: %s", strerror(errno));
        return NULL;
    }
    int one = 1, zero = 0;
    const char *what = NULL;
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) != 0) {
        what = "SO_REUSEPORT";
    } else if (ss.ss_family == AF_INET6 &&
               (setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof(zero)) != 0 ||
                setsockopt(fd, SOL_IPV6, IPV6_TRANSPARENT, &one, sizeof(one)) != 0)) {
        what = "IPV6_TRANSPARENT";
    } else if (ss.ss_family == AF_INET &&
               setsockopt(fd, SOL_IP, IP_TRANSPARENT, &one, sizeof(one)) != 0) {
        what = "IP_TRANSPARENT";
    }
    if (what) {
        int e = errno;
        snprintf(err, errlen, "transparentListen: %s: %s%s", what, strerror(e),
                 e == EPERM ? " (transparent mode needs CAP_NET_ADMIN: run as root or grant the "
                              "capability, e.g. AmbientCapabilities=CAP_NET_ADMIN)"
                            : "");
        close(fd);
        return NULL;
    }
    /* hush's own connections must carry the bypass mark; find out now, not per connection. */
    if (w->id == 0) {
        int probe = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int rc = probe >= 0 ? gw_tp_mark_socket(c, probe) : -1;
        int e = errno;
        if (probe >= 0) {
            close(probe);
        }
        if (rc != 0) {
            snprintf(err, errlen,
                     "transparentBypassMark: cannot set SO_MARK: %s (needs CAP_NET_ADMIN)",
                     strerror(e));
            close(fd);
            return NULL;
        }
    }
    if (bind(fd, (struct sockaddr *)&ss, len) != 0 || listen(fd, 1024) != 0) {
        snprintf(err, errlen, "transparentListen: cannot bind %s: %s", c->transparent_listen,
                 strerror(errno));
        close(fd);
        return NULL;
    }
    struct evconnlistener *l = evconnlistener_new(
        w->base, on_accept, w, LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC, 0, fd);
    if (!l) {
        snprintf(err, errlen, "transparentListen: out of memory");
        close(fd);
        return NULL;
    }
    evconnlistener_set_error_cb(l, on_accept_error);
    if (w->id == 0) {
        gw_log(GW_LOG_INFO, "event=transparent_listening addr=%s bypass_mark=0x%x",
               c->transparent_listen, c->transparent_bypass_mark);
    }
    return l;
}
