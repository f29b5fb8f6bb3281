/* proxy: a client connection on the proxy or admin port, from accept to the decision of what it is.
 *
 * States: HEAD (reading the request head, bounded in time and size) -> AUTH (Proxy-Authorization
 * being checked off the loop by core/auth.c, bounded by the head timeout). Then the connection is
 * handed on with its client (core/client.c): a CONNECT to connect_tunnel.c (interception, or a
 * tunnel under metadata mode), an absolute-form request to forward.c, an inspector stream to
 * inspect_http.c; a final response (an error, or a control endpoint's answer) goes to net/linger.c
 * with the socket. The client's one log line is written by whoever holds it last.
 */
#include "gateway/front/front.h"

#include "domains/domains.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum pstate { PS_HEAD, PS_AUTH, PS_CONTROL };

struct proxy_conn {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    gw_client_t *cl; /* owned until handed on with the socket */
    enum pstate st;
    struct bufferevent *bev;
    gw_head_t *head;
    struct event *timer;
    gw_auth_job_t *auth;  /* PS_AUTH: credentials being checked off the loop */
    gw_control_wait_t cw; /* PS_CONTROL: a management change on the main thread */
};

static void conn_free(struct proxy_conn *c)
{
    gw_worker_unlink(c->w, &c->link);
    gw_auth_cancel(c->auth);
    gw_main_cancel(c->cw.job);
    if (c->timer) {
        event_free(c->timer);
    }
    if (c->bev) {
        bufferevent_free(c->bev);
    }
    gw_head_free(c->head);
    gw_client_free(c->cl);
    free(c);
}

static void conn_close(struct proxy_conn *c, const char *outcome)
{
    gw_client_close(c->cl, outcome);
    conn_free(c);
}

static void on_abort(gw_link_t *l)
{
    conn_close((struct proxy_conn *)l, "shutdown");
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    (void)what;
    struct proxy_conn *c = arg;
    conn_close(c, c->st == PS_HEAD || c->st == PS_CONTROL ? "client_closed"
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
    c->cl->status = status;
    gw_client_reason(c->cl, text);
    gw_http_error(bufferevent_get_output(c->bev), status, text);
    begin_respond(c);
}

/* PS_CONTROL: the main thread has answered a management change. */
static void on_control_done(void *arg, int status, struct evbuffer *response)
{
    struct proxy_conn *c = arg;
    c->cl->status = status;
    evbuffer_add_buffer(bufferevent_get_output(c->bev), response);
    begin_respond(c);
}

static void blocked(struct proxy_conn *c)
{
    c->cl->decision = "blocked";
    atomic_fetch_add(&c->w->srv->counters.blocked, 1);
}

/* Hand the socket and the client on; this proxy_conn ends without a log line of its own. */
static void hand_on(struct proxy_conn *c, struct bufferevent **bev, gw_head_t **head,
                    gw_client_t **cl)
{
    *bev = c->bev;
    *cl = c->cl;
    c->bev = NULL;
    c->cl = NULL;
    if (head) {
        *head = c->head;
        c->head = NULL;
    }
    conn_free(c);
}

static void start_connect(struct proxy_conn *c)
{
    size_t tlen;
    gw_client_t *cl = c->cl;
    const char *target = gw_head_target(c->head, &tlen);
    if (gw_split_authority(target, tlen, cl->host, sizeof(cl->host), &cl->port, 0) != 0) {
        respond_error(c, 400, "CONNECT needs host:port");
        return;
    }
    if (!gw_port_allowed(c->w->cfg->connect_ports, c->w->cfg->nconnect_ports, cl->port)) {
        blocked(c);
        respond_error(c, 403, "destination port not allowed (see connectPorts)");
        return;
    }
    gw_worker_t *w = c->w;
    struct bufferevent *bev;
    hand_on(c, &bev, NULL, &cl);
    gw_ct_connect(w, bev, cl);
}

/* 1 when an absolute-form http:// target names a host on the intercepted list. */
static int to_ai_host(struct proxy_conn *c, const char *target, size_t tlen)
{
    const char *p = target + 7, *end = target + tlen, *a = p;
    while (a < end && *a != '/' && *a != '?' && *a != '#') {
        a++;
    }
    unsigned port;
    if (gw_split_authority(p, (size_t)(a - p), c->cl->host, sizeof(c->cl->host), &port, 80) != 0) {
        return 0; /* forward.c answers 400 */
    }
    gw_gen_t *g = gw_gen_acquire(c->w->srv);
    int hit = dom_match(g->domains, c->cl->host, NULL);
    gw_gen_release(g);
    return hit;
}

static void proceed(struct proxy_conn *c);

static void respond_auth_required(struct proxy_conn *c, int had_credentials, const char *user)
{
    char quser[160];
    c->cl->decision = "auth_required";
    c->cl->status = 407;
    gw_client_reason(c->cl,
                     had_credentials ? "invalid proxy credentials" : "proxy credentials required");
    if (had_credentials) {
        gw_log(GW_LOG_WARN, "event=auth_failed client=%s user=%s", c->cl->addr,
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
    const char *reason = status == 429 ? "too many failed proxy logins from this client"
                                       : "proxy credential checks are saturated";
    c->cl->decision = "auth_required";
    c->cl->status = status;
    gw_client_reason(c->cl, reason);
    gw_log(GW_LOG_WARN, "event=auth_%s client=%s user=%s retry_after=%u",
           status == 429 ? "rate_limited" : "busy", c->cl->addr,
           gw_log_quote(quser, sizeof(quser), user), retry_after);
    evbuffer_add_printf(bufferevent_get_output(c->bev),
                        "HTTP/1.1 %d %s\r\nRetry-After: %u\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\nContent-Length: %zu\r\n"
                        "Connection: close\r\n\r\nhush: %s\n",
                        status, gw_http_reason(status), retry_after, strlen(reason) + 7, reason);
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
    /* a checked login (a pending check means users are configured): the scan cache's partition */
    snprintf(c->cl->user, sizeof(c->cl->user), "%s", user ? user : "");
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
    if (c->cl->mode == GW_CLIENT_ADMIN && (proxied || !(tlen >= 1 && target[0] == '/'))) {
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
    int rc = gw_auth_start(c->w, g->cfg, (struct sockaddr *)&c->cl->peer, auth, alen, on_auth_done,
                           c, &c->auth, user, sizeof(user), &retry_after);
    int users = g->cfg->nusers > 0; /* without users, OK names nobody ("unknown") */
    gw_gen_release(g);
    switch (rc) {
    case GW_AUTH_OK:
        if (users) {
            snprintf(c->cl->user, sizeof(c->cl->user), "%s", user);
        }
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
        blocked(c);
        respond_error(c, 403,
                      "this AI host is reachable only over https:// (CONNECT), where "
                      "hush anonymizes it; plain http:// is refused");
        return;
    }
    if (tlen >= 7 && strncasecmp(target, "http://", 7) == 0) {
        atomic_fetch_add(&c->w->srv->counters.forwards, 1);
        gw_worker_t *w = c->w;
        struct bufferevent *bev;
        gw_head_t *head;
        gw_client_t *cl;
        hand_on(c, &bev, &head, &cl);
        gw_forward_start(w, bev, head, cl); /* which ends the client */
        return;
    }
    if (c->cl->mode == GW_CLIENT_ADMIN && gw_inspect_is_path(target, tlen)) {
        /* inspect_http.c answers, or keeps the connection as a live stream */
        c->cl->decision = "control";
        snprintf(c->cl->host, sizeof(c->cl->host), "hush");
        struct bufferevent *bev = c->bev;
        c->bev = NULL;
        c->cl->status = gw_inspect_handle(c->w, bev, c->head, (struct sockaddr *)&c->cl->peer);
        conn_close(c, "inspector");
        return;
    }
    if (tlen >= 1 && target[0] == '/') {
        gw_client_t *cl = c->cl;
        cl->decision = "control";
        atomic_fetch_add(&c->w->srv->counters.control, 1);
        struct evbuffer *out = bufferevent_get_output(c->bev);
        c->cw.cb = on_control_done;
        c->cw.arg = c;
        cl->status = gw_control_handle(c->w, c->head, cl->addr, (struct sockaddr *)&cl->peer,
                                       cl->mode == GW_CLIENT_ADMIN, out, &c->cw);
        snprintf(c->cl->host, sizeof(c->cl->host), "hush");
        if (cl->status == GW_CONTROL_PENDING) {
            c->st = PS_CONTROL; /* on_control_done answers */
            return;
        }
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
    if (c->st == PS_AUTH) {
        gw_auth_cancel(c->auth);
        c->auth = NULL;
        respond_error(c, 503, "timed out checking the proxy credentials");
        return;
    }
    if (c->st == PS_CONTROL) {
        gw_main_cancel(c->cw.job);
        c->cw.job = NULL;
        respond_error(c, 503, "timed out waiting for the configuration reload");
        return;
    }
    respond_error(c, 408, "timed out waiting for the request head");
}

void gw_proxy_accept(gw_worker_t *w, evutil_socket_t fd, gw_client_t *cl)
{
    struct proxy_conn *c = calloc(1, sizeof(*c));
    if (!c) {
        evutil_closesocket(fd);
        gw_client_end(cl, "out_of_memory");
        return;
    }
    c->w = w;
    c->cl = cl;
    c->head = gw_head_new(GW_HEAD_REQUEST, w->cfg->max_header_bytes);
    c->bev = bufferevent_socket_new(w->base, fd, BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
    c->timer = evtimer_new(w->base, on_head_timeout, c);
    gw_worker_link(w, &c->link, on_abort);
    if (!c->head || !c->bev || !c->timer) {
        if (!c->bev) {
            evutil_closesocket(fd);
        }
        conn_close(c, "out_of_memory");
        return;
    }
    gw_gen_t *g = gw_gen_acquire(w->srv);
    int rc = gw_client_enter(cl, g->cfg);
    gw_gen_release(g);
    if (rc != GW_CLIENT_OK) {
        respond_error(c, rc == GW_CLIENT_NOT_ALLOWED ? 403 : 429, gw_client_refusal(rc));
        return;
    }
    gw_tune_bev(c->bev);
    double t = w->cfg->head_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    evtimer_add(c->timer, &tv);
    bufferevent_setcb(c->bev, on_read, NULL, on_event, c);
    bufferevent_enable(c->bev, EV_READ);
}
