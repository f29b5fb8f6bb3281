/* connect_tunnel: from a known destination to an opaque tunnel (or to interception), the one
 * path the proxy port (after CONNECT) and the transparent listener share.
 *
 * States: DIAL (the destination being resolved, checked by the guard and connected) -> PEEK (the
 * TLS ClientHello read without consuming it, bounded by timeouts.head) -> SERVER (only when a
 * tunnelRules rule needs what the server's first flight shows: the ClientHello is sent on and
 * the flight held back, bounded by timeouts.head, until its certificate is read) -> TUNNEL
 * (handed to net/tunnel.c). The two entries differ only in order:
 * - after CONNECT (gw_ct_connect): a listed host is intercepted at once; otherwise DIAL, answer
 *   "200 Connection Established", and PEEK only when the ClientHello could matter (MITM on and a
 *   mitmPorts port, or metadata mode reads it). An SNI naming an intercepted host is intercepted
 *   or refused (connectSni), so an IP address is no way around scanning. A refusal before the 200
 *   is an HTTP error.
 * - transparent (gw_ct_transparent): PEEK first (only the bytes decide), then DIAL the original
 *   destination (cl->host, an IP address), then SERVER or TUNNEL. An SNI naming an intercepted
 *   host is intercepted; upstream/upstream.c dials the name through the guard, never this IP.
 * Metadata mode (core/tunnel_policy.c) decides at the first stage that knows enough; a tunnel
 * denied after its 200 (or transparently) is closed after a TLS alert when it is TLS. The peeked
 * bytes stay in the client's input buffer for whoever comes next. The client (cl) is ended here, or
 * handed on with the socket to mitm.c.
 */
#include "gateway/front/front.h"

#include "domains/domains.h"

#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

enum ct_state { CT_DIAL, CT_PEEK, CT_SERVER, CT_TUNNEL };

struct ct {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    gw_client_t *cl; /* owned */
    enum ct_state st;
    int transparent; /* peek before the dial, no HTTP answers */
    struct bufferevent *bev;
    struct bufferevent *up; /* PEEK (after CONNECT) and SERVER: the dialled destination */
    struct event *timer;
    gw_dial_t *dial;
    int peek;       /* after CONNECT: read the ClientHello before tunnelling */
    int host_is_ip; /* the destination is an IP literal */
    int tp_done;    /* metadata mode has decided (and recorded) this tunnel */
    int tp_pending; /* transparent: metadata mode waits for the server's first flight */
    char alpn[128]; /* the ClientHello's ALPN offer, for metadata mode */
    char tp_reason[200];
    uint64_t sent_early; /* ClientHello bytes sent on before the tunnel (SERVER) */
};

/* The interception decision after CONNECT, also made on the SNI: 1 when MITM is on, port is in
 * mitmPorts and host is on the intercepted list (*profile: dom_profile_t). */
static int intercept_decide(gw_worker_t *w, const char *host, unsigned port, int *profile)
{
    dom_profile_t prof = 0;
    gw_gen_t *g = gw_gen_acquire(w->srv);
    int hit = w->srv->tls_server &&
              gw_port_allowed(g->cfg->mitm_ports, g->cfg->nmitm_ports, port) &&
              dom_match(g->domains, host, &prof);
    gw_gen_release(g);
    if (hit && profile) {
        *profile = (int)prof;
    }
    return hit;
}

static void ct_free(struct ct *c)
{
    gw_worker_unlink(c->w, &c->link);
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
    gw_client_free(c->cl);
    free(c);
}

static void ct_close(struct ct *c, const char *outcome)
{
    c->cl->bytes_up = c->sent_early;
    gw_client_close(c->cl, outcome);
    ct_free(c);
}

static void on_abort(gw_link_t *l)
{
    ct_close((struct ct *)l, "shutdown");
}

static void arm_head_timer(struct ct *c)
{
    double t = c->w->cfg->head_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    evtimer_add(c->timer, &tv);
}

static void blocked(struct ct *c)
{
    c->cl->decision = "blocked";
    atomic_fetch_add(&c->w->srv->counters.blocked, 1);
}

/* Before the 200 of a CONNECT: an HTTP error, delivered by linger.c. */
static void respond_error(struct ct *c, int status, const char *text)
{
    c->cl->status = status;
    gw_client_reason(c->cl, text);
    gw_http_error(bufferevent_get_output(c->bev), status, text);
    struct bufferevent *bev = c->bev;
    c->bev = NULL;
    gw_linger_close(c->w, bev);
    ct_close(c, "responded");
}

/* Transparent: no HTTP to answer with, the connection is just closed. */
static void refuse(struct ct *c, const char *reason)
{
    blocked(c);
    gw_client_reason(c->cl, reason);
    ct_close(c, "refused");
}

static void on_tunnel_done(void *arg, const gw_tunnel_stats_t *st)
{
    struct ct *c = arg;
    c->bev = NULL; /* freed by the tunnel */
    c->cl->bytes_up = st->up + c->sent_early;
    c->cl->bytes_down = st->down;
    gw_client_close(c->cl, st->outcome);
    ct_free(c);
}

/* Hand both sides to tunnel.c; bytes the client sent early (a peeked ClientHello) and a held
 * server flight go first. */
static void start_tunnel(struct ct *c, struct bufferevent *up)
{
    c->st = CT_TUNNEL;
    c->cl->decision = "tunnel";
    atomic_fetch_add(&c->w->srv->counters.tunnels, 1);
    /* The ct stays alive (for the log line) but leaves the drain list to the tunnel. */
    gw_worker_unlink(c->w, &c->link);
    if (gw_tunnel_start(c->w, c->bev, up, on_tunnel_done, c) != 0) {
        bufferevent_free(up);
        gw_worker_link(c->w, &c->link, on_abort);
        ct_close(c, "out_of_memory");
    }
}

/* Ask the tunnel policy at this stage; a final verdict is recorded once (metrics, audit record,
 * the log line's fields) and its reason kept in c->tp_reason. Returns GW_TPOL_*. */
static int tp_decide(struct ct *c, int stage, int final, const gw_tls_meta_t *tls)
{
    if (c->tp_done) {
        return GW_TPOL_ALLOW;
    }
    gw_client_t *cl = c->cl;
    gw_tpol_facts_t f = {.stage = stage,
                         .final = final,
                         .host = cl->host,
                         .host_is_ip = c->host_is_ip,
                         .port = cl->port,
                         .sni = cl->sni,
                         .alpn = c->alpn,
                         .tls = tls};
    int a = gw_tpol_apply(c->w, &f, cl->addr, c->tp_reason, sizeof(c->tp_reason), cl->tp_log,
                          sizeof(cl->tp_log));
    c->tp_done = a != GW_TPOL_PENDING;
    return a;
}

/* A tunnel denied after its 200 (or transparently): closed, after a fatal access_denied alert
 * when it is TLS. */
static void tp_deny(struct ct *c, int tls)
{
    static const uint8_t alert[] = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x31};
    blocked(c);
    gw_client_reason(c->cl, c->tp_reason);
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
    ct_close(c, "denied_by_tunnel_policy");
}

/* SERVER: the server's first flight, held back until it shows what the rules need. */
static void on_server_read(struct bufferevent *up, void *arg)
{
    struct ct *c = arg;
    if (c->st != CT_SERVER) {
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
        ct_close(c, "out_of_memory");
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
    struct ct *c = arg;
    gw_client_reason(c->cl, "the destination closed during its TLS handshake");
    ct_close(c, "upstream_closed_during_handshake");
}

/* Send the ClientHello on and read the server's answer (bounded in time). c->up is dialled. */
static void start_server_read(struct ct *c)
{
    c->st = CT_SERVER;
    struct evbuffer *in = bufferevent_get_input(c->bev);
    c->sent_early = evbuffer_get_length(in);
    bufferevent_write_buffer(c->up, in);
    bufferevent_setcb(c->up, on_server_read, NULL, on_server_event, c);
    bufferevent_enable(c->up, EV_READ);
    arm_head_timer(c);
}

/* An intercepted host: TLS is terminated (mitm.c) with a leaf for host; the upstream is dialled,
 * through the same guard, per request by upstream.c. The client goes with the socket. */
/* "200 Connection Established" straight to the socket when nothing waits before it: through the
 * bufferevent, 39 bytes cost a write event (three epoll_ctl calls) and a loop iteration before the
 * client's ClientHello can even be sent. What the socket does not take is queued as before. */
static void send_established(struct bufferevent *bev)
{
    static const char ok[] = "HTTP/1.1 200 Connection Established\r\n\r\n";
    struct evbuffer *out = bufferevent_get_output(bev);
    size_t len = sizeof(ok) - 1, sent = 0;
    if (evbuffer_get_length(out) == 0) {
        ssize_t k = send(bufferevent_getfd(bev), ok, len, MSG_DONTWAIT | MSG_NOSIGNAL);
        sent = k > 0 ? (size_t)k : 0;
    }
    if (sent < len) {
        evbuffer_add(out, ok + sent, len - sent);
    }
}

static void intercept(struct ct *c, const char *host, int profile)
{
    gw_client_t *cl = c->cl;
    gw_mitm_ctx_t ctx;
    memset(&ctx, 0, sizeof(ctx));
    for (size_t i = 0; i < sizeof(ctx.host) - 1 && host[i]; i++) {
        char ch = host[i];
        ctx.host[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    ctx.port = cl->port;
    ctx.profile = profile;
    snprintf(ctx.client, sizeof(ctx.client), "%s", cl->addr);
    if (cl->user[0]) {
        snprintf(ctx.part, sizeof(ctx.part), "user:%s", cl->user);
    } else { /* the address without its port: a client's next turn comes on another connection */
        const char *colon = strrchr(cl->addr, ':');
        int n = colon ? (int)(colon - cl->addr) : (int)strlen(cl->addr);
        snprintf(ctx.part, sizeof(ctx.part), "addr:%.*s", n, cl->addr);
    }
    ctx.cl = cl;
    cl->decision = "intercept";
    cl->status = 200;
    struct bufferevent *bev = c->bev;
    if (!c->transparent && c->st != CT_PEEK) {
        send_established(bev);
    }
    gw_worker_t *w = c->w;
    c->bev = NULL;
    c->cl = NULL;
    ct_free(c);
    gw_mitm_start(w, bev, &ctx); /* a peeked ClientHello is still in bev's input */
}

static void on_dialed(int fd, int status, const char *reason, const struct sockaddr *addr,
                      void *arg);

/* Transparent, after PEEK: the original destination, the peeked bytes going first. */
static void start_dial(struct ct *c)
{
    c->st = CT_DIAL;
    event_del(c->timer);
    bufferevent_disable(c->bev, EV_READ); /* early bytes wait in the input buffer */
    c->dial = gw_dial_start(c->w, c->cl->host, c->cl->port, on_dialed, c);
    if (!c->dial) {
        if (c->transparent) {
            ct_close(c, "out_of_memory");
        } else {
            respond_error(c, 502, "out of resources");
        }
    }
}

/* PEEK: the ClientHello decides. */
static void peek_decide(struct ct *c)
{
    gw_client_t *cl = c->cl;
    struct evbuffer *in = bufferevent_get_input(c->bev);
    size_t len = evbuffer_get_length(in);
    if (len > GW_SNI_MAX_INPUT) {
        len = GW_SNI_MAX_INPUT;
    }
    const uint8_t *p = evbuffer_pullup(in, (ev_ssize_t)len);
    int r = p ? gw_sni_parse(p, len, cl->sni, sizeof(cl->sni), c->alpn, sizeof(c->alpn))
              : GW_SNI_NOT_TLS;
    if (r == GW_SNI_NEED_MORE) {
        return; /* the parser decides by GW_SNI_MAX_INPUT bytes */
    }
    event_del(c->timer);
    bufferevent_disable(c->bev, EV_READ);
    int profile;
    if (r == GW_SNI_FOUND && intercept_decide(c->w, cl->sni, cl->port, &profile)) {
        if (!c->transparent) {
            bufferevent_free(c->up);
            c->up = NULL;
            gw_gen_t *g = gw_gen_acquire(c->w->srv);
            int refuse_sni = g->cfg->connect_sni_refuse;
            gw_gen_release(g);
            gw_client_reason(cl, "the ClientHello names an intercepted host");
            if (refuse_sni) {
                blocked(c);
                ct_close(c, "refused_sni");
                return;
            }
        }
        intercept(c, cl->sni, profile);
        return;
    }
    int tls = r == GW_SNI_FOUND || r == GW_SNI_NONE;
    int a = tp_decide(c, GW_TPOL_HELLO, !tls, NULL);
    if (a == GW_TPOL_DENY) {
        tp_deny(c, tls);
        return;
    }
    if (c->transparent) {
        c->tp_pending = a == GW_TPOL_PENDING;
        start_dial(c);
        return;
    }
    if (a == GW_TPOL_PENDING) {
        start_server_read(c);
        return;
    }
    struct bufferevent *up = c->up;
    c->up = NULL;
    start_tunnel(c, up);
}

static void on_read(struct bufferevent *bev, void *arg)
{
    (void)bev;
    struct ct *c = arg;
    if (c->st == CT_PEEK) {
        peek_decide(c);
    }
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    (void)what;
    struct ct *c = arg;
    ct_close(c, c->st != CT_PEEK ? "client_closed_during_connect"
                : c->transparent ? "client_closed"
                                 : "client_closed_during_peek");
}

static void on_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct ct *c = arg;
    if (c->st == CT_SERVER) {
        gw_client_reason(c->cl, "timed out reading the destination's TLS handshake");
        ct_close(c, "upstream_timeout");
        return;
    }
    if (evbuffer_get_length(bufferevent_get_input(c->bev)) > 0) {
        gw_client_reason(c->cl, "timed out reading the TLS ClientHello");
        ct_close(c, "client_timeout");
        return;
    }
    /* Nothing sent: a protocol where the server speaks first. */
    bufferevent_disable(c->bev, EV_READ);
    if (tp_decide(c, GW_TPOL_HELLO, 1, NULL) == GW_TPOL_DENY) {
        tp_deny(c, 0);
        return;
    }
    if (c->transparent) {
        start_dial(c);
        return;
    }
    struct bufferevent *up = c->up;
    c->up = NULL;
    start_tunnel(c, up);
}

/* Wait (bounded) for the ClientHello; after CONNECT the destination's bytes wait in its socket. */
static void start_peek(struct ct *c)
{
    c->st = CT_PEEK;
    arm_head_timer(c);
    bufferevent_enable(c->bev, EV_READ);
    if (evbuffer_get_length(bufferevent_get_input(c->bev)) > 0) {
        peek_decide(c);
    }
}

static void on_dialed(int fd, int status, const char *reason, const struct sockaddr *addr,
                      void *arg)
{
    (void)addr;
    struct ct *c = arg;
    c->dial = NULL;
    if (fd < 0) {
        if (c->transparent) {
            if (status == 403) {
                refuse(c, reason);
                return;
            }
            c->cl->decision = "connect";
            gw_client_reason(c->cl, reason);
            ct_close(c, "connect_failed");
            return;
        }
        if (status == 403) {
            blocked(c);
        }
        respond_error(c, status, reason);
        return;
    }
    struct bufferevent *up =
        bufferevent_socket_new(c->w->base, fd, BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
    if (!up) {
        evutil_closesocket(fd);
        if (c->transparent) {
            ct_close(c, "out_of_memory");
        } else {
            respond_error(c, 502, "out of resources");
        }
        return;
    }
    gw_tune_bev(up);
    if (c->transparent) {
        if (c->tp_pending) {
            c->up = up;
            start_server_read(c);
            return;
        }
        start_tunnel(c, up);
        return;
    }
    c->cl->status = 200;
    send_established(c->bev);
    if (!c->peek) {
        start_tunnel(c, up);
        return;
    }
    c->up = up;
    start_peek(c);
}

/* 1 when metadata mode wants this CONNECT's ClientHello: its port is a mitmPorts port (where TLS
 * is expected) and something in the policy reads the handshake. With could_intercept: 1 when a
 * ClientHello on this CONNECT could be intercepted (MITM on and the port in mitmPorts). */
static void peek_reasons(struct ct *c, int *wants_hello, int *could_intercept)
{
    gw_gen_t *g = gw_gen_acquire(c->w->srv);
    int mitm_port = gw_port_allowed(g->cfg->mitm_ports, g->cfg->nmitm_ports, c->cl->port);
    *wants_hello = mitm_port && gw_tpol_wants_hello(g->tpol);
    *could_intercept = mitm_port && c->w->srv->tls_server;
    gw_gen_release(g);
}

static struct ct *ct_new(gw_worker_t *w, struct bufferevent *bev, gw_client_t *cl, int transparent)
{
    struct ct *c = calloc(1, sizeof(*c));
    struct event *timer = c ? evtimer_new(w->base, on_timeout, c) : NULL;
    if (!timer) {
        free(c);
        bufferevent_free(bev);
        gw_client_end(cl, "out_of_memory");
        return NULL;
    }
    c->w = w;
    c->bev = bev;
    c->cl = cl;
    c->timer = timer;
    c->transparent = transparent;
    gw_worker_link(w, &c->link, on_abort);
    bufferevent_setcb(bev, on_read, NULL, on_event, c);
    return c;
}

void gw_ct_connect(gw_worker_t *w, struct bufferevent *bev, gw_client_t *cl)
{
    struct ct *c = ct_new(w, bev, cl, 0);
    if (!c) {
        return;
    }
    int profile;
    if (intercept_decide(w, cl->host, cl->port, &profile)) {
        /* reading stays on: net/tls.c takes the socket's read interest over without an
         * epoll_ctl pair in between */
        intercept(c, cl->host, profile);
        return;
    }
    bufferevent_disable(bev, EV_READ); /* early tunnel bytes wait in the input buffer */
    struct in6_addr ip;
    c->host_is_ip =
        inet_pton(AF_INET, cl->host, &ip) == 1 || inet_pton(AF_INET6, cl->host, &ip) == 1;
    int wants_hello, could_intercept;
    peek_reasons(c, &wants_hello, &could_intercept);
    c->peek = could_intercept || wants_hello;
    if (tp_decide(c, GW_TPOL_CONNECT, !c->peek, NULL) == GW_TPOL_DENY) {
        blocked(c);
        respond_error(c, 403, c->tp_reason);
        return;
    }
    c->cl->decision = "connect";
    start_dial(c);
}

void gw_ct_transparent(gw_worker_t *w, struct bufferevent *bev, gw_client_t *cl)
{
    struct ct *c = ct_new(w, bev, cl, 1);
    if (!c) {
        return;
    }
    c->host_is_ip = 1;
    start_peek(c);
}
