/* proxy: a client connection on the proxy port, from accept to the decision of what it is.
 *
 * States: HEAD (reading the request head, bounded in time and size) -> AUTH (Proxy-Authorization
 * being checked off the loop by core/auth.c, bounded by the head timeout) -> DIAL (a CONNECT being
 * resolved, checked and connected) -> PEEK (only a CONNECT to an IP address or an unlisted name on
 * a mitmPorts port: 200 sent, the TLS ClientHello read without consuming it, bounded by the head
 * timeout; an SNI naming an intercepted host is intercepted or refused (connectSni), as in
 * transparent mode, so an IP address is no way around scanning) -> SERVER (only when a tunnelRules
 * rule needs what the server's first flight shows: the ClientHello is sent on and the flight held
 * back, bounded by the head timeout, until its certificate is read) -> TUNNEL (handed to
 * net/tunnel.c). Metadata mode (core/tunnel_policy.c) decides at the first of CONNECT, PEEK and
 * SERVER that knows enough: a deny at CONNECT is a 403, later the tunnel is closed with a TLS
 * alert. A final response (an error, or a control endpoint's answer) is handed to net/linger.c with
 * the socket. Absolute-form requests are handed to forward.c. Whoever holds the connection last
 * writes its one log line: this file for everything but forwards.
 */
#include "gateway/front/front.h"

#include "domains/domains.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum pstate { PS_HEAD, PS_AUTH, PS_DIAL, PS_PEEK, PS_SERVER, PS_TUNNEL };

struct proxy_conn {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    enum pstate st;
    struct bufferevent *bev;
    gw_head_t *head;
    struct event *timer;
    gw_dial_t *dial;
    gw_auth_job_t *auth;    /* PS_AUTH: credentials being checked off the loop */
    struct bufferevent *up; /* PS_PEEK: the dialled destination, waiting for the decision */
    int peek;               /* peek at the ClientHello before tunnelling */
    char sni[256];
    char alpn[128];      /* the ClientHello's ALPN offer, for metadata mode */
    int host_is_ip;      /* the CONNECT target is an IP literal */
    int tp_done;         /* metadata mode has decided (and recorded) this tunnel */
    char tp_reason[200]; /* its reason, when it denied or audited */
    char tp_log[400];    /* " tunnel_policy=... rule=... service=..." for the log line */
    uint64_t sent_early; /* ClientHello bytes sent on before the tunnel (PS_SERVER) */
    struct sockaddr_storage peer;
    char client[INET6_ADDRSTRLEN + 8];
    char host[256];
    unsigned port;
    struct timeval t0;
    const char *decision;
    int status;
    const char *reason;
    int keeps_slot; /* handed to the MITM, which releases the maxConnections slot itself */
    int admin;      /* arrived on the admin listener: control endpoints only */
};

static void conn_log(struct proxy_conn *c, uint64_t up, uint64_t down, const char *outcome)
{
    char qhost[300], qreason[200], qsni[300];
    int lvl = c->status >= 500 ? GW_LOG_WARN : GW_LOG_INFO;
    gw_log(lvl,
           "event=conn client=%s target=%s:%u%s%s decision=%s status=%d bytes_up=%llu "
           "bytes_down=%llu duration_ms=%.1f outcome=%s%s%s%s",
           c->client, gw_log_quote(qhost, sizeof(qhost), c->host), c->port,
           c->sni[0] ? " sni=" : "", c->sni[0] ? gw_log_quote(qsni, sizeof(qsni), c->sni) : "",
           c->decision ? c->decision : "none", c->status, (unsigned long long)up,
           (unsigned long long)down, gw_elapsed_ms(&c->t0), outcome, c->reason ? " reason=" : "",
           c->reason ? gw_log_quote(qreason, sizeof(qreason), c->reason) : "", c->tp_log);
    gw_inspect_conn(c->client, c->host, c->port, c->decision, c->status, c->reason,
                    gw_elapsed_ms(&c->t0));
}

static void conn_free(struct proxy_conn *c)
{
    gw_worker_unlink(c->w, &c->link);
    if (!c->keeps_slot) {
        gw_release_conn(c->w, (struct sockaddr *)&c->peer);
    }
    gw_dial_cancel(c->dial);
    gw_auth_cancel(c->auth);
    if (c->up) {
        bufferevent_free(c->up);
    }
    if (c->timer) {
        event_free(c->timer);
    }
    if (c->bev) {
        bufferevent_free(c->bev);
    }
    gw_head_free(c->head);
    free(c);
}

static void conn_close(struct proxy_conn *c, const char *outcome)
{
    conn_log(c, c->sent_early, 0, outcome);
    conn_free(c);
}

static void on_abort(gw_link_t *l)
{
    conn_close((struct proxy_conn *)l, "shutdown");
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    struct proxy_conn *c = arg;
    (void)what;
    conn_close(c, c->st == PS_HEAD   ? "client_closed"
                  : c->st == PS_PEEK ? "client_closed_during_peek"
                                     : "client_closed_during_connect");
}

/* The response is in the output buffer: log, and let linger.c deliver it and close. */
static void begin_respond(struct proxy_conn *c)
{
    struct bufferevent *bev = c->bev;
    c->bev = NULL;
    gw_linger_close(c->w, bev);
    conn_close(c, "responded");
}

static void respond_error(struct proxy_conn *c, int status, const char *text)
{
    c->status = status;
    c->reason = text;
    gw_http_error(bufferevent_get_output(c->bev), status, text);
    begin_respond(c);
}

static void on_tunnel_done(void *arg, const gw_tunnel_stats_t *st)
{
    struct proxy_conn *c = arg;
    c->bev = NULL; /* freed by the tunnel */
    conn_log(c, st->up + c->sent_early, st->down, st->outcome);
    conn_free(c);
}

/* Hand both sides to tunnel.c; bytes the client sent early (a peeked ClientHello) go first. */
static void start_tunnel(struct proxy_conn *c, struct bufferevent *up)
{
    c->st = PS_TUNNEL;
    c->decision = "tunnel";
    atomic_fetch_add(&c->w->srv->counters.tunnels, 1);
    struct bufferevent *cli = c->bev;
    /* The proxy_conn stays alive (for the log line) but leaves the drain list to the tunnel. */
    gw_worker_unlink(c->w, &c->link);
    if (gw_tunnel_start(c->w, cli, up, on_tunnel_done, c) != 0) {
        bufferevent_free(up);
        gw_worker_link(c->w, &c->link, on_abort);
        conn_close(c, "out_of_memory");
    }
}

static void on_read(struct bufferevent *bev, void *arg);

/* ---- metadata mode ------------------------------------------------------------------------ */

/* Ask the tunnel policy at this stage; a final verdict is recorded once (metrics, audit record,
 * the log line's fields) and its reason kept in c->tp_reason. Returns GW_TPOL_*. */
static int tp_decide(struct proxy_conn *c, int stage, int final, const gw_tls_meta_t *tls)
{
    if (c->tp_done) {
        return GW_TPOL_ALLOW;
    }
    gw_tpol_facts_t f = {.stage = stage,
                         .final = final,
                         .host = c->host,
                         .host_is_ip = c->host_is_ip,
                         .port = c->port,
                         .sni = c->sni,
                         .alpn = c->alpn,
                         .tls = tls};
    int a = gw_tpol_apply(c->w, &f, c->client, c->tp_reason, sizeof(c->tp_reason), c->tp_log,
                          sizeof(c->tp_log));
    c->tp_done = a != GW_TPOL_PENDING;
    return a;
}

/* 1 when metadata mode wants this CONNECT's ClientHello: its port is a mitmPorts port (where TLS
 * is expected) and something in the policy reads the handshake. */
static int tp_wants_hello(struct proxy_conn *c)
{
    gw_gen_t *g = gw_gen_acquire(c->w->srv);
    int yes = gw_port_allowed(g->cfg->mitm_ports, g->cfg->nmitm_ports, c->port) &&
              gw_tpol_wants_hello(g->tpol);
    gw_gen_release(g);
    return yes;
}

/* A tunnel denied after its 200: close it, after a fatal access_denied alert when it is TLS. */
static void tp_deny_tunnel(struct proxy_conn *c, int tls)
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

/* PS_SERVER: the server's first flight, held back until it shows what the rules need. */
static void on_server_read(struct bufferevent *up, void *arg)
{
    struct proxy_conn *c = arg;
    if (c->st != PS_SERVER) {
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
        tp_deny_tunnel(c, 1);
        return;
    }
    c->up = NULL;
    start_tunnel(c, up); /* the held flight goes first */
}

static void on_server_event(struct bufferevent *up, short what, void *arg)
{
    (void)up;
    (void)what;
    struct proxy_conn *c = arg;
    c->reason = "the destination closed during its TLS handshake";
    conn_close(c, "upstream_closed_during_handshake");
}

/* From PS_PEEK: send the ClientHello on and read the server's answer (bounded in time). */
static void start_server_read(struct proxy_conn *c)
{
    c->st = PS_SERVER;
    struct evbuffer *in = bufferevent_get_input(c->bev);
    c->sent_early = evbuffer_get_length(in);
    bufferevent_write_buffer(c->up, in);
    bufferevent_setcb(c->up, on_server_read, NULL, on_server_event, c);
    bufferevent_enable(c->up, EV_READ);
    double t = c->w->cfg->head_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    evtimer_add(c->timer, &tv);
}

static void on_dialed(int fd, int status, const char *reason, const struct sockaddr *addr,
                      void *arg)
{
    (void)addr;
    struct proxy_conn *c = arg;
    c->dial = NULL;
    if (fd < 0) {
        if (status == 403) {
            atomic_fetch_add(&c->w->srv->counters.blocked, 1);
            c->decision = "blocked";
        }
        respond_error(c, status, reason);
        return;
    }
    struct bufferevent *up =
        bufferevent_socket_new(c->w->base, fd, BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
    if (!up) {
        evutil_closesocket(fd);
        respond_error(c, 502, "out of resources");
        return;
    }
    gw_tune_bev(up);
    c->status = 200;
    evbuffer_add(bufferevent_get_output(c->bev), "HTTP/1.1 200 Connection Established\r\n\r\n", 39);
    if (!c->peek) {
        start_tunnel(c, up);
        return;
    }
    /* Wait (bounded) for the ClientHello; the destination's bytes wait in its socket. */
    c->up = up;
    c->st = PS_PEEK;
    double t = c->w->cfg->head_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    evtimer_add(c->timer, &tv);
    bufferevent_enable(c->bev, EV_READ);
    if (evbuffer_get_length(bufferevent_get_input(c->bev)) > 0) {
        on_read(c->bev, c);
    }
}

int gw_intercept_decide(gw_worker_t *w, const char *host, unsigned port, int *profile)
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

void gw_intercept_ctx(struct gw_mitm_ctx *ctx, const char *host, unsigned port, int profile,
                      const char *client, const struct sockaddr_storage *peer)
{
    memset(ctx, 0, sizeof(*ctx));
    for (size_t i = 0; host[i] && i < sizeof(ctx->host) - 1; i++) {
        char ch = host[i];
        ctx->host[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    ctx->port = port;
    ctx->profile = profile;
    snprintf(ctx->client, sizeof(ctx->client), "%s", client);
    ctx->peer = *peer;
}

/* An AI host: answer 200 ourselves and terminate TLS (mitm.c). The upstream is dialled, through
 * the same guard, per request by upstream.c. */
static void intercept(struct proxy_conn *c, const char *host, int profile)
{
    gw_mitm_ctx_t ctx;
    gw_intercept_ctx(&ctx, host, c->port, profile, c->client, &c->peer);
    c->decision = "intercept";
    c->status = 200;
    struct bufferevent *bev = c->bev;
    c->bev = NULL;
    if (c->st != PS_PEEK) {
        evbuffer_add(bufferevent_get_output(bev), "HTTP/1.1 200 Connection Established\r\n\r\n",
                     39);
    }
    gw_worker_t *w = c->w;
    c->keeps_slot = 1;
    conn_close(c, "intercepted");
    gw_mitm_start(w, bev, &ctx); /* a peeked ClientHello is still in bev's input */
}

/* PS_PEEK: the ClientHello decides. An SNI naming an intercepted host is handled as a CONNECT to
 * that name (upstream.c dials the name through the guard, never this IP), or refused. */
static void peek_decide(struct proxy_conn *c)
{
    struct evbuffer *in = bufferevent_get_input(c->bev);
    size_t len = evbuffer_get_length(in);
    if (len > GW_SNI_MAX_INPUT) {
        len = GW_SNI_MAX_INPUT;
    }
    const uint8_t *p = evbuffer_pullup(in, (ev_ssize_t)len);
    int r = p ? gw_sni_parse(p, len, c->sni, sizeof(c->sni)) : GW_SNI_NOT_TLS;
    if (r == GW_SNI_NEED_MORE) {
        return; /* the parser decides by GW_SNI_MAX_INPUT bytes */
    }
    event_del(c->timer);
    bufferevent_disable(c->bev, EV_READ);
    int profile;
    if (r == GW_SNI_FOUND && gw_intercept_decide(c->w, c->sni, c->port, &profile)) {
        bufferevent_free(c->up);
        c->up = NULL;
        gw_gen_t *g = gw_gen_acquire(c->w->srv);
        int refuse = g->cfg->connect_sni_refuse;
        gw_gen_release(g);
        c->reason = "the ClientHello names an intercepted host";
        if (refuse) {
            c->decision = "blocked";
            atomic_fetch_add(&c->w->srv->counters.blocked, 1);
            conn_close(c, "refused_sni");
            return;
        }
        intercept(c, c->sni, profile);
        return;
    }
    int tls = r == GW_SNI_FOUND || r == GW_SNI_NONE;
    if (tls) {
        gw_tls_meta_client_alpn(p, len, c->alpn, sizeof(c->alpn));
    }
    int a = tp_decide(c, GW_TPOL_HELLO, !tls, NULL);
    if (a == GW_TPOL_DENY) {
        tp_deny_tunnel(c, tls);
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

/* 1 when a ClientHello on this CONNECT could be intercepted: MITM on and the port in mitmPorts. */
static int could_intercept(struct proxy_conn *c)
{
    gw_gen_t *g = gw_gen_acquire(c->w->srv);
    int yes =
        c->w->srv->tls_server && gw_port_allowed(g->cfg->mitm_ports, g->cfg->nmitm_ports, c->port);
    gw_gen_release(g);
    return yes;
}

static void start_connect(struct proxy_conn *c)
{
    size_t tlen;
    const char *target = gw_head_target(c->head, &tlen);
    if (gw_split_authority(target, tlen, c->host, sizeof(c->host), &c->port, 0) != 0) {
        respond_error(c, 400, "CONNECT needs host:port");
        return;
    }
    if (!gw_port_allowed(c->w->cfg->connect_ports, c->w->cfg->nconnect_ports, c->port)) {
        c->decision = "blocked";
        atomic_fetch_add(&c->w->srv->counters.blocked, 1);
        respond_error(c, 403, "destination port not allowed (see connectPorts)");
        return;
    }
    int profile;
    if (gw_intercept_decide(c->w, c->host, c->port, &profile)) {
        intercept(c, c->host, profile);
        return;
    }
    struct in6_addr ip;
    c->host_is_ip = inet_pton(AF_INET, c->host, &ip) == 1 || inet_pton(AF_INET6, c->host, &ip) == 1;
    c->peek = could_intercept(c) || tp_wants_hello(c);
    if (tp_decide(c, GW_TPOL_CONNECT, !c->peek, NULL) == GW_TPOL_DENY) {
        c->decision = "blocked";
        atomic_fetch_add(&c->w->srv->counters.blocked, 1);
        respond_error(c, 403, c->tp_reason);
        return;
    }
    c->st = PS_DIAL;
    c->decision = "connect";
    bufferevent_disable(c->bev, EV_READ); /* early tunnel bytes wait in the input buffer */
    c->dial = gw_dial_start(c->w, c->host, c->port, on_dialed, c);
    if (!c->dial) {
        respond_error(c, 502, "out of resources");
    }
}

/* 1 when an absolute-form http:// target names a host on the intercepted list. */
static int to_ai_host(struct proxy_conn *c, const char *target, size_t tlen)
{
    const char *p = target + 7, *end = target + tlen, *a = p;
    while (a < end && *a != '/' && *a != '?' && *a != '#') {
        a++;
    }
    unsigned port;
    if (gw_split_authority(p, (size_t)(a - p), c->host, sizeof(c->host), &port, 80) != 0) {
        return 0; /* forward.c answers 400 */
    }
    gw_gen_t *g = gw_gen_acquire(c->w->srv);
    int hit = dom_match(g->domains, c->host, NULL);
    gw_gen_release(g);
    return hit;
}

static void proceed(struct proxy_conn *c);

static void respond_auth_required(struct proxy_conn *c, int had_credentials, const char *user)
{
    char quser[160];
    c->decision = "auth_required";
    c->status = 407;
    c->reason = had_credentials ? "invalid proxy credentials" : "proxy credentials required";
    if (had_credentials) {
        gw_log(GW_LOG_WARN, "event=auth_failed client=%s user=%s", c->client,
               gw_log_quote(quser, sizeof(quser), user));
    }
    static const char body[] = "hush: proxy authentication required\n";
    evbuffer_add_printf(bufferevent_get_output(c->bev),
                        "HTTP/1.1 407 Proxy Authentication Required\r\n"
                        "Proxy-Authenticate: Basic realm=\"hush\", charset=\"UTF-8\"\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\nContent-Length: %zu\r\n"
                        "Connection: close\r\n\r\n%s",
                        sizeof(body) - 1, body);
    begin_respond(c);
}

/* 429 (too many failures from this address) or 503 (the checkers are saturated), unchecked. */
static void respond_auth_later(struct proxy_conn *c, int status, unsigned retry_after,
                               const char *user)
{
    char quser[160];
    c->decision = "auth_required";
    c->status = status;
    c->reason = status == 429 ? "too many failed proxy logins from this client"
                              : "proxy credential checks are saturated";
    gw_log(GW_LOG_WARN, "event=auth_%s client=%s user=%s retry_after=%u",
           status == 429 ? "rate_limited" : "busy", c->client,
           gw_log_quote(quser, sizeof(quser), user), retry_after);
    evbuffer_add_printf(bufferevent_get_output(c->bev),
                        "HTTP/1.1 %d %s\r\nRetry-After: %u\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\nContent-Length: %zu\r\n"
                        "Connection: close\r\n\r\nhush: %s\n",
                        status, gw_http_reason(status), retry_after, strlen(c->reason) + 7,
                        c->reason);
    begin_respond(c);
}

static void on_auth_done(void *arg, int result, const char *user)
{
    struct proxy_conn *c = arg;
    c->auth = NULL;
    if (c->st != PS_AUTH) {
        return;
    }
    event_del(c->timer);
    c->st = PS_HEAD;
    if (result != GW_AUTH_OK) {
        respond_auth_required(c, 1, user);
        return;
    }
    proceed(c);
}

static void dispatch(struct proxy_conn *c)
{
    size_t tlen;
    const char *target = gw_head_target(c->head, &tlen);
    const char *method = gw_head_method(c->head);
    event_del(c->timer); /* the head arrived in time; each next state bounds itself */
    int proxied =
        !strcmp(method, "CONNECT") || (tlen >= 7 && strncasecmp(target, "http://", 7) == 0);
    if (c->admin && (proxied || !(tlen >= 1 && target[0] == '/'))) {
        respond_error(c, 400, "this is the admin listener, not the proxy");
        return;
    }
    if (!proxied) {
        proceed(c);
        return;
    }
    size_t alen = 0;
    const char *auth = gw_head_get(c->head, "proxy-authorization", &alen);
    char user[128];
    unsigned retry_after = 0;
    gw_gen_t *g = gw_gen_acquire(c->w->srv);
    int rc = gw_auth_start(c->w, g->cfg, (struct sockaddr *)&c->peer, auth, alen, on_auth_done, c,
                           &c->auth, user, sizeof(user), &retry_after);
    gw_gen_release(g);
    switch (rc) {
    case GW_AUTH_OK:
        proceed(c);
        return;
    case GW_AUTH_DENIED:
        respond_auth_required(c, auth != NULL, user);
        return;
    case GW_AUTH_LIMITED:
        respond_auth_later(c, 429, retry_after, user);
        return;
    case GW_AUTH_BUSY:
        respond_auth_later(c, 503, 1, user);
        return;
    default: /* GW_AUTH_PENDING: on_auth_done continues */
        c->st = PS_AUTH;
        bufferevent_disable(c->bev, EV_READ); /* early tunnel bytes wait in the input buffer */
        double t = c->w->cfg->head_timeout;
        struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
        evtimer_add(c->timer, &tv);
        return;
    }
}

/* The request may go on: credentials (if any are needed) were accepted. */
static void proceed(struct proxy_conn *c)
{
    size_t tlen;
    const char *target = gw_head_target(c->head, &tlen);
    const char *method = gw_head_method(c->head);
    if (!strcmp(method, "CONNECT")) {
        start_connect(c);
        return;
    }
    if (tlen >= 7 && strncasecmp(target, "http://", 7) == 0 && to_ai_host(c, target, tlen)) {
        /* Plain forwarding does not scan bodies: an intercepted host is reachable only over
         * HTTPS through CONNECT, where it is anonymized. Fail closed. */
        c->decision = "blocked";
        atomic_fetch_add(&c->w->srv->counters.blocked, 1);
        respond_error(c, 403,
                      "this AI host is reachable only over https:// (CONNECT), where "
                      "hush anonymizes it; plain http:// is refused");
        return;
    }
    if (tlen >= 7 && strncasecmp(target, "http://", 7) == 0) {
        struct bufferevent *bev = c->bev;
        gw_head_t *head = c->head;
        c->bev = NULL;
        c->head = NULL;
        c->decision = "forward";
        atomic_fetch_add(&c->w->srv->counters.forwards, 1);
        /* forward.c owns the connection (its log line, its place in conns_open) from here on */
        gw_worker_unlink(c->w, &c->link);
        event_free(c->timer);
        gw_worker_t *w = c->w;
        char client[sizeof(c->client)];
        struct sockaddr_storage peer = c->peer;
        memcpy(client, c->client, sizeof(client));
        free(c);
        gw_forward_start(w, bev, head, client, (struct sockaddr *)&peer);
        return;
    }
    if (c->admin && gw_inspect_is_path(target, tlen)) {
        /* inspect_http.c answers, or keeps the connection as a live stream */
        c->decision = "control";
        snprintf(c->host, sizeof(c->host), "hush");
        struct bufferevent *bev = c->bev;
        c->bev = NULL;
        c->status = gw_inspect_handle(c->w, bev, c->head, (struct sockaddr *)&c->peer);
        conn_close(c, "inspector");
        return;
    }
    if (tlen >= 1 && target[0] == '/') {
        c->decision = "control";
        atomic_fetch_add(&c->w->srv->counters.control, 1);
        struct evbuffer *out = bufferevent_get_output(c->bev);
        c->status =
            gw_control_handle(c->w, c->head, c->client, (struct sockaddr *)&c->peer, c->admin, out);
        snprintf(c->host, sizeof(c->host), "hush");
        begin_respond(c);
        return;
    }
    if (tlen >= 8 && strncasecmp(target, "https://", 8) == 0) {
        respond_error(c, 400, "https:// URLs go through CONNECT (set HTTPS_PROXY)");
        return;
    }
    respond_error(c, 400, "unsupported request target");
}

static void on_read(struct bufferevent *bev, void *arg)
{
    struct proxy_conn *c = arg;
    if (c->st == PS_PEEK) {
        peek_decide(c);
        return;
    }
    if (c->st != PS_HEAD) {
        return;
    }
    struct evbuffer *in = bufferevent_get_input(bev);
    struct evbuffer_iovec v[8];
    int n = evbuffer_peek(in, -1, NULL, v, 8);
    size_t fed = 0;
    for (int i = 0; i < n && i < 8; i++) {
        long r = gw_head_feed(c->head, v[i].iov_base, v[i].iov_len);
        if (r < 0) {
            evbuffer_drain(in, evbuffer_get_length(in));
            respond_error(c, gw_head_status(c->head), gw_head_error(c->head));
            return;
        }
        if (gw_head_complete(c->head)) {
            fed += (size_t)r;
            evbuffer_drain(in, fed);
            dispatch(c);
            return;
        }
        fed += v[i].iov_len;
    }
    evbuffer_drain(in, fed);
}

static void on_head_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct proxy_conn *c = arg;
    if (c->st == PS_PEEK) {
        if (evbuffer_get_length(bufferevent_get_input(c->bev)) == 0) {
            struct bufferevent *up =
                c->up; /* nothing sent: a protocol where the server speaks first */
            c->up = NULL;
            bufferevent_disable(c->bev, EV_READ);
            if (tp_decide(c, GW_TPOL_HELLO, 1, NULL) == GW_TPOL_DENY) {
                c->up = up;
                tp_deny_tunnel(c, 0);
                return;
            }
            start_tunnel(c, up);
            return;
        }
        c->reason = "timed out reading the TLS ClientHello";
        conn_close(c, "client_timeout");
        return;
    }
    if (c->st == PS_SERVER) {
        c->reason = "timed out reading the destination's TLS handshake";
        conn_close(c, "upstream_timeout");
        return;
    }
    if (c->st == PS_AUTH) {
        gw_auth_cancel(c->auth);
        c->auth = NULL;
        respond_error(c, 503, "timed out checking the proxy credentials");
        return;
    }
    respond_error(c, 408, "timed out waiting for the request head");
}

static void format_peer(const struct sockaddr *sa, char *out, size_t n)
{
    char ip[INET6_ADDRSTRLEN] = "?";
    unsigned port = 0;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in->sin_addr, ip, sizeof(ip));
        port = ntohs(in->sin_port);
        snprintf(out, n, "%s:%u", ip, port);
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof(ip));
        port = ntohs(in6->sin6_port);
        snprintf(out, n, "[%s]:%u", ip, port);
    } else {
        snprintf(out, n, "unknown");
    }
}

void gw_proxy_accept(gw_worker_t *w, evutil_socket_t fd, const struct sockaddr *peer, int plen,
                     int admin)
{
    struct proxy_conn *c = calloc(1, sizeof(*c));
    if (!c) { /* the caller reserved a conns_open slot for this connection */
        evutil_closesocket(fd);
        atomic_fetch_sub(&w->srv->counters.conns_open, 1);
        return;
    }
    c->w = w;
    c->admin = admin;
    gettimeofday(&c->t0, NULL);
    if (plen > 0 && (size_t)plen <= sizeof(c->peer)) {
        memcpy(&c->peer, peer, (size_t)plen);
    }
    format_peer(peer, c->client, sizeof(c->client));
    c->head = gw_head_new(GW_HEAD_REQUEST, w->cfg->max_header_bytes);
    c->bev = bufferevent_socket_new(w->base, fd, BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
    c->timer = evtimer_new(w->base, on_head_timeout, c);
    atomic_fetch_add(&w->srv->counters.conns_total, 1);
    gw_worker_link(w, &c->link, on_abort);
    gw_gen_t *g = gw_gen_acquire(w->srv);
    int allowed = admin || gw_access_client_allowed(g->cfg, peer);
    int entered = allowed && gw_access_client_enter(g->cfg, peer);
    gw_gen_release(g);
    if (!entered) {
        /* Counted in conns_open only: there is no per-client slot to give back. */
        c->peer.ss_family = AF_UNSPEC;
        if (c->bev && c->head && c->timer) {
            respond_error(c, allowed ? 429 : 403,
                          allowed
                              ? "too many connections from this client (maxConnectionsPerClient)"
                              : "this client address is not allowed (allowedClients)");
            return;
        }
    }
    if (!c->head || !c->bev || !c->timer) {
        if (!c->bev) {
            evutil_closesocket(fd);
        }
        conn_close(c, "out_of_memory");
        return;
    }
    gw_tune_bev(c->bev);
    double t = w->cfg->head_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    evtimer_add(c->timer, &tv);
    bufferevent_setcb(c->bev, on_read, NULL, on_event, c);
    bufferevent_enable(c->bev, EV_READ);
}
