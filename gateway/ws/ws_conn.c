/* ws_conn: one WebSocket on an intercepted host, from the client's handshake to the upstream's
 * 101, and the API in ws.h (the frames themselves are ws_relay.c's).
 *
 * States: CONNECTING (dial and TLS to upstream; a fresh connection, never pooled, ALPN
 * http/1.1 only) -> HANDSHAKE (our Upgrade request sent, its answer awaited) -> OPEN (frames
 * relayed both ways) or ERROR_BODY (a non-101 answer's body, relayed as a normal response) ->
 * LINGER (the client side is done; the upstream side flushes and closes) -> DONE (freed). A
 * one-second tick bounds every state: the handshake by timeouts.upstream, an open WebSocket by
 * timeouts.idle, a close frame's answer and the linger by a short grace.
 */
#include "gateway/ws/ws_relay.h"

#include "domains/domains.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static double since(const struct timeval *t)
{
    return gw_elapsed_ms(t) / 1000.0;
}

/* hush's own answer to the handshake (no upstream 101): a short text body. */
static void answer_error(struct gw_ws *ws, int status, gw_upfail_t kind, const char *msg)
{
    gw_hdrs_t h = {0};
    struct evbuffer *b = evbuffer_new();
    snprintf(ws->why, sizeof(ws->why), "%s", msg);
    ws->status = status;
    atomic_fetch_add(&ws->w->srv->metrics.upfail[kind], 1);
    if (b && ws->attached) {
        char len[24];
        evbuffer_add_printf(b, "hush: %s\n", msg);
        int k = snprintf(len, sizeof(len), "%zu", evbuffer_get_length(b));
        gw_hdrs_add(&h, "content-type", 12, "text/plain; charset=utf-8", 25);
        gw_hdrs_add(&h, "content-length", 14, len, (size_t)k);
        if (ws->cl->head(ws->carg, status, &h) == 0) {
            ws->cl->write(ws->carg, b);
        }
    }
    gw_hdrs_clear(&h);
    if (b) {
        evbuffer_free(b);
    }
    ws_finish(ws, "failed", 0);
}

/* ---- the handshake toward upstream ------------------------------------------------------------
 */

static int send_upgrade(struct gw_ws *ws)
{
    gw_req_t *q = ws->req;
    struct evbuffer *b = evbuffer_new();
    if (!b || gw_ws_new_key(ws->key) != 0) {
        if (b) {
            evbuffer_free(b);
        }
        return -1;
    }
    evbuffer_add_printf(b, "GET %s HTTP/1.1\r\nhost: %s\r\n", q->path, q->authority);
    for (size_t i = 0; i < q->hdrs.n; i++) {
        const gw_hdr_t *h = &q->hdrs.v[i];
        if (!strcmp(h->name, "sec-websocket-key") || !strcmp(h->name, "sec-websocket-version") ||
            !strcmp(h->name, "sec-websocket-extensions") ||
            !strcmp(h->name, "sec-websocket-accept") || gw_hdr_is_hop(h->name, h->nlen, NULL)) {
            continue; /* extensions are never offered: hush must read every text frame */
        }
        evbuffer_add_printf(b, "%s: %s\r\n", h->name, h->value);
    }
    evbuffer_add_printf(b,
                        "upgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-key: %s\r\n"
                        "sec-websocket-version: 13\r\n\r\n",
                        ws->key);
    int rc = gw_tls_write_buffer(ws->up, b);
    evbuffer_free(b);
    gw_req_free(ws->req);
    ws->req = NULL;
    return rc;
}

static int token_in(const char *v, size_t n, const char *tok)
{
    size_t tl = strlen(tok);
    for (size_t i = 0; i < n;) {
        while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ',')) {
            i++;
        }
        size_t s = i;
        while (i < n && v[i] != ',') {
            i++;
        }
        size_t e = i;
        while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\t')) {
            e--;
        }
        if (e - s == tl && !strncasecmp(v + s, tok, tl)) {
            return 1;
        }
    }
    return 0;
}

/* The upstream's headers that may reach the client (no framing, no hop-by-hop, none of the
 * handshake's own). */
static int copy_answer_headers(struct gw_ws *ws, gw_hdrs_t *out)
{
    size_t clen = 0;
    const char *conn = gw_head_get(ws->head, "connection", &clen);
    for (size_t i = 0; i < gw_head_nheaders(ws->head); i++) {
        const char *n, *v;
        size_t nl, vl;
        gw_head_header_at(ws->head, i, &n, &nl, &v, &vl);
        if (gw_is_hop_by_hop(n, nl, conn, clen) ||
            (nl == 14 && !strncasecmp(n, "content-length", 14)) ||
            (nl == 17 && !strncasecmp(n, "transfer-encoding", 17)) ||
            (nl == 20 && !strncasecmp(n, "sec-websocket-accept", 20)) ||
            (nl == 24 && !strncasecmp(n, "sec-websocket-extensions", 24))) {
            continue;
        }
        if (gw_hdrs_add(out, n, nl, v, vl) != 0) {
            return -1;
        }
    }
    return 0;
}

static void on_switched(struct gw_ws *ws)
{
    size_t n = 0;
    const char *v = gw_head_get(ws->head, "upgrade", &n);
    if (!v || !token_in(v, n, "websocket")) {
        answer_error(ws, 502, GW_UPFAIL_CONNECT,
                     "upstream answered 101 without Upgrade: websocket");
        return;
    }
    v = gw_head_get(ws->head, "connection", &n);
    if (!v || !token_in(v, n, "upgrade")) {
        answer_error(ws, 502, GW_UPFAIL_CONNECT,
                     "upstream answered 101 without Connection: upgrade");
        return;
    }
    char want[32];
    gw_ws_accept(ws->key, strlen(ws->key), want);
    v = gw_head_get(ws->head, "sec-websocket-accept", &n);
    if (!v || n != strlen(want) || memcmp(v, want, n) != 0) {
        answer_error(ws, 502, GW_UPFAIL_CONNECT,
                     "upstream answered with a wrong Sec-WebSocket-Accept");
        return;
    }
    if (gw_head_get(ws->head, "sec-websocket-extensions", &n)) {
        answer_error(ws, 502, GW_UPFAIL_CONNECT,
                     "upstream negotiated a WebSocket extension hush did not offer");
        return;
    }
    gw_hdrs_t h = {0};
    int ok = 1;
    if (!ws->h2) {
        ok = gw_hdrs_add(&h, "upgrade", 7, "websocket", 9) == 0 &&
             gw_hdrs_add(&h, "connection", 10, "Upgrade", 7) == 0 &&
             gw_hdrs_add(&h, "sec-websocket-accept", 20, ws->accept, strlen(ws->accept)) == 0;
    }
    if (!ok || copy_answer_headers(ws, &h) != 0) {
        gw_hdrs_clear(&h);
        answer_error(ws, 500, GW_UPFAIL_OTHER, "out of memory");
        return;
    }
    ws->status = 101;
    ws->st = WS_OPEN;
    atomic_fetch_add(&ws->w->srv->metrics.ws_open, 1);
    gettimeofday(&ws->last, NULL);
    int rc = ws->attached ? ws->cl->head(ws->carg, 101, &h) : -1;
    gw_hdrs_clear(&h);
    if (rc != 0) {
        ws_finish(ws, "client_closed", 1);
        return;
    }
    ws_start_relay(ws);
}

static int on_error_body(void *arg, const char *p, size_t n)
{
    struct gw_ws *ws = arg;
    if (evbuffer_get_length(ws->body) + n > ERROR_BODY_MAX) {
        ws->body_too_big = 1;
        return -1;
    }
    return evbuffer_add(ws->body, p, n);
}

/* A non-101 answer, complete: relayed as an ordinary response, then the end. */
static void deliver_answer(struct gw_ws *ws)
{
    gw_hdrs_t h = {0};
    char len[24];
    int k = snprintf(len, sizeof(len), "%zu", evbuffer_get_length(ws->body));
    if (copy_answer_headers(ws, &h) != 0 || gw_hdrs_add(&h, "content-length", 14, len, (size_t)k)) {
        gw_hdrs_clear(&h);
        answer_error(ws, 500, GW_UPFAIL_OTHER, "out of memory");
        return;
    }
    if (ws->attached && ws->cl->head(ws->carg, ws->status, &h) == 0) {
        ws->cl->write(ws->carg, ws->body);
    }
    gw_hdrs_clear(&h);
    ws_finish(ws, "upstream_refused", 0);
}

static void feed_error_body(struct gw_ws *ws, int eof)
{
    while (evbuffer_get_length(ws->upin)) {
        struct evbuffer_iovec v;
        evbuffer_peek(ws->upin, -1, NULL, &v, 1);
        int done = 0;
        long used = gw_head_feed_body(ws->head, v.iov_base, v.iov_len, &done);
        if (used < 0) {
            answer_error(ws, 502, GW_UPFAIL_CONNECT,
                         ws->body_too_big ? "upstream refused the WebSocket with a large body"
                                          : "upstream sent a malformed body");
            return;
        }
        gw_evbuffer_wipe_drain(ws->upin, (size_t)used);
        if (done) {
            deliver_answer(ws);
            return;
        }
        if (!used) {
            break;
        }
    }
    uint64_t len = 0;
    if (eof) {
        if (gw_head_body_kind(ws->head, &len) == 3) {
            deliver_answer(ws);
        } else {
            answer_error(ws, 502, GW_UPFAIL_CLOSED, "upstream closed the connection mid-response");
        }
    }
}

static void on_answer(struct gw_ws *ws)
{
    ws->status = gw_head_status_code(ws->head);
    if (ws->status == 101) {
        on_switched(ws);
        return;
    }
    if (ws->status < 200 || ws->status > 999) {
        answer_error(ws, 502, GW_UPFAIL_CONNECT, "upstream sent an unexpected interim answer");
        return;
    }
    snprintf(ws->why, sizeof(ws->why), "upstream answered %d", ws->status);
    uint64_t len = 0;
    if (gw_head_body_kind(ws->head, &len) == 0) {
        deliver_answer(ws);
        return;
    }
    ws->st = WS_ERROR_BODY;
    gw_head_on_body(ws->head, on_error_body, ws);
    feed_error_body(ws, 0);
}

static void read_answer(struct gw_ws *ws)
{
    while (ws->st == WS_HANDSHAKE && evbuffer_get_length(ws->upin)) {
        struct evbuffer_iovec v;
        evbuffer_peek(ws->upin, -1, NULL, &v, 1);
        long r = gw_head_feed(ws->head, v.iov_base, v.iov_len);
        if (r < 0) {
            answer_error(ws, 502, GW_UPFAIL_CONNECT,
                         "upstream sent a malformed answer to the WebSocket handshake");
            return;
        }
        if (!gw_head_complete(ws->head)) {
            gw_evbuffer_wipe_drain(ws->upin, v.iov_len);
            continue;
        }
        gw_evbuffer_wipe_drain(ws->upin, (size_t)r);
        on_answer(ws);
    }
}

/* ---- the upstream TLS connection ----------------------------------------------------------------
 */

static void on_up_ready(gw_tls_t *t, void *arg)
{
    (void)t;
    struct gw_ws *ws = arg;
    gw_hold(&ws->obj);
    if (ws->st == WS_CONNECTING) {
        ws->st = WS_HANDSHAKE;
        gettimeofday(&ws->phase, NULL);
        if (send_upgrade(ws) != 0) {
            answer_error(ws, 502, GW_UPFAIL_CONNECT,
                         "cannot send the WebSocket handshake upstream");
        }
    }
    gw_release(&ws->obj);
}

static void on_up_read(gw_tls_t *t, struct evbuffer *plain, void *arg)
{
    (void)t;
    struct gw_ws *ws = arg;
    gw_hold(&ws->obj);
    if (ws->st == WS_HANDSHAKE || ws->st == WS_ERROR_BODY || ws->st == WS_OPEN) {
        evbuffer_add_buffer(ws->upin, plain);
        if (ws->st == WS_HANDSHAKE) {
            read_answer(ws);
        } else if (ws->st == WS_ERROR_BODY) {
            feed_error_body(ws, 0);
        } else {
            ws_relay_up(ws);
        }
    } else {
        gw_evbuffer_wipe(plain);
    }
    gw_release(&ws->obj);
}

static void on_up_drained(gw_tls_t *t, void *arg)
{
    (void)t;
    struct gw_ws *ws = arg;
    gw_hold(&ws->obj);
    if (ws->client_paused && ws->attached && gw_tls_backlog(ws->up) < GW_BACKLOG_HIGH / 2) {
        ws->client_paused = 0;
        ws->cl->pause(ws->carg, 0);
    }
    gw_release(&ws->obj);
}

static void on_up_close(gw_tls_t *t, int error, const char *why, void *arg)
{
    struct gw_ws *ws = arg;
    gw_hold(&ws->obj);
    switch (ws->st) {
    case WS_CONNECTING:
    case WS_HANDSHAKE: {
        char msg[200];
        snprintf(msg, sizeof(msg), "upstream %s: %s",
                 ws->st == WS_CONNECTING ? "TLS failed" : "closed the connection",
                 error ? gw_tls_error(t) : why);
        answer_error(ws, 502, ws->st == WS_CONNECTING ? GW_UPFAIL_TLS : GW_UPFAIL_CLOSED, msg);
        break;
    }
    case WS_ERROR_BODY:
        feed_error_body(ws, 1);
        break;
    case WS_OPEN:
        if (error) {
            snprintf(ws->why, sizeof(ws->why), "%s", gw_tls_error(t));
        }
        /* After the server's close frame this is the normal end; before it, the client learns
         * of the loss the way it would without hush: the connection (or stream) just ends. */
        ws_finish(ws,
                  ws->s2c.closed ? "closed"
                  : error        ? "upstream_error"
                                 : "upstream_closed",
                  !ws->s2c.closed);
        break;
    default:
        break;
    }
    if (ws->up) {
        gw_tls_free(ws->up); /* on_close: the owner frees it and touches it no more */
        ws->up = NULL;
    }
    if (ws->st == WS_LINGER) {
        ws_done(ws);
    }
    gw_release(&ws->obj);
}

static const gw_tls_cbs_t up_cbs = {on_up_ready, on_up_read, on_up_drained, on_up_close};

static void on_dialed(int fd, int status, const char *reason, const struct sockaddr *addr,
                      void *arg)
{
    (void)addr;
    struct gw_ws *ws = arg;
    gw_worker_t *w = ws->w;
    ws->dial = NULL;
    gw_hold(&ws->obj);
    if (fd < 0) {
        answer_error(ws, status, gw_upfail_of_dial(status), reason);
        gw_release(&ws->obj);
        return;
    }
    /* This connection carries the Upgrade and then frames: HTTP/1.1 only. */
    const char *why = NULL;
    ws->up = gw_upstream_tls_open(w, fd, ws->ctx.host, ws->ctx.host, 1, NULL, &up_cbs, ws, &why);
    if (!ws->up) {
        answer_error(ws, 502, GW_UPFAIL_TLS, why);
    }
    gw_release(&ws->obj);
}

/* ---- timers -------------------------------------------------------------------------------------
 */

static void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct gw_ws *ws = arg;
    const gw_boot_t *cfg = ws->w->cfg;
    gw_hold(&ws->obj);
    switch (ws->st) {
    case WS_HANDSHAKE:
    case WS_ERROR_BODY:
        if (since(&ws->phase) >= cfg->upstream_timeout) {
            answer_error(ws, 504, GW_UPFAIL_TIMEOUT,
                         "upstream did not answer the WebSocket handshake in time");
        }
        break;
    case WS_OPEN:
        if ((ws->close_to_up || ws->close_to_client) && ws->phase.tv_sec == 0) {
            gettimeofday(&ws->phase,
                         NULL); /* one close frame is out: its answer may take a while */
        }
        if (ws->w->draining && !ws->close_to_client && !ws->close_to_up) {
            /* A WebSocket never ends by itself: tell both sides hush is going away. */
            ws_hush_close(ws, GW_WS_GOING_AWAY, "hush: shutting down", GW_WS_GOING_AWAY, NULL,
                          "shutdown");
        } else if (ws->phase.tv_sec && since(&ws->phase) >= CLOSE_GRACE_SECS) {
            ws_finish(ws, "close_timeout", 0);
        } else if (since(&ws->last) >= cfg->idle_timeout) {
            ws_hush_close(ws, GW_WS_GOING_AWAY, "hush: idle timeout", GW_WS_GOING_AWAY, NULL,
                          "idle_timeout");
        }
        break;
    case WS_LINGER:
        if (since(&ws->phase) >= CLOSE_GRACE_SECS) {
            gw_tls_free(ws->up);
            ws->up = NULL;
            ws_done(ws);
        }
        break;
    default:
        break;
    }
    gw_release(&ws->obj);
}

static void on_abort(gw_link_t *l)
{
    struct gw_ws *ws = (struct gw_ws *)l;
    gw_hold(&ws->obj);
    ws_finish(ws, "shutdown", 1);
    gw_tls_free(ws->up);
    ws->up = NULL;
    ws_done(ws);
    gw_release(&ws->obj);
}

/* ---- the API in ws.h ------------------------------------------------------------------------ */

int gw_ws_h1_check(const gw_head_t *h, const char **why)
{
    size_t n = 0;
    const char *conn = gw_head_get(h, "connection", &n);
    if (!conn || !token_in(conn, n, "upgrade")) {
        return 0;
    }
    const char *up = gw_head_get(h, "upgrade", &n);
    if (!up || !token_in(up, n, "websocket")) {
        return 0;
    }
    uint64_t len = 0;
    if (strcmp(gw_head_method(h), "GET") != 0 || gw_head_version(h) != 11) {
        *why = "a WebSocket handshake must be an HTTP/1.1 GET";
        return 400;
    }
    if (gw_head_body_kind(h, &len) != 0) {
        *why = "a WebSocket handshake has no body";
        return 400;
    }
    const char *v = gw_head_get(h, "sec-websocket-version", &n);
    if (!v || n != 2 || memcmp(v, "13", 2) != 0) {
        *why = "only WebSocket version 13 is supported";
        return 426;
    }
    const char *k = gw_head_get(h, "sec-websocket-key", &n);
    if (!k || !gw_ws_key_valid(k, n)) {
        *why = "missing or malformed Sec-WebSocket-Key";
        return 400;
    }
    return 1;
}

int gw_ws_h2_check(const gw_req_t *req, const char **why)
{
    size_t n = 0;
    const char *v = gw_hdrs_get(&req->hdrs, "sec-websocket-version", &n);
    if (!v || n != 2 || memcmp(v, "13", 2) != 0) {
        *why = "only WebSocket version 13 is supported";
        return 426;
    }
    if (!req->path || req->path[0] != '/') {
        *why = "a WebSocket CONNECT needs an origin-form :path";
        return 400;
    }
    return 1;
}

gw_ws_t *gw_ws_start(gw_worker_t *w, const gw_mitm_ctx_t *ctx, gw_req_t *req, int h2,
                     const gw_ws_client_t *cl, void *arg)
{
    struct gw_ws *ws = calloc(1, sizeof(*ws));
    if (!ws) {
        gw_req_free(req);
        return NULL;
    }
    ws->w = w;
    gw_obj_init(&ws->obj, &w->reaper, ws);
    ws->ctx = *ctx;
    ws->ctx.cl = NULL; /* the connection's, not this WebSocket's */
    ws->req = req;
    ws->h2 = h2;
    ws->cl = cl;
    ws->carg = arg;
    ws->attached = 1;
    ws->gen = gw_gen_acquire(w->srv);
    ws->st = WS_CONNECTING;
    ws->id = gw_exchange_next_id();
    gettimeofday(&ws->t0, NULL);
    ws->wall0 = ws->t0;
    ws->phase = ws->t0;
    snprintf(ws->method, sizeof(ws->method), "%s", req->method);
    gw_redact_path(ws->gen->anon, req->path ? req->path : "/", ws->path, sizeof(ws->path));
    ws->passthrough = dom_passthrough(ws->gen->domains, ctx->host, req->path ? req->path : "/");
    ws->c2s.ws = ws->s2c.ws = ws;
    ws->c2s.c2s = 1;
    gw_ws_parser_init(&ws->c2s.p, 1);
    gw_ws_parser_init(&ws->s2c.p, 0);
    size_t klen = 0;
    const char *key = gw_hdrs_get(&req->hdrs, "sec-websocket-key", &klen);
    if (key) {
        gw_ws_accept(key, klen, ws->accept);
    }
    ws->upin = evbuffer_new();
    ws->early = evbuffer_new();
    ws->body = evbuffer_new();
    ws->head = gw_head_new(GW_HEAD_RESPONSE, w->cfg->max_header_bytes);
    struct timeval one = {1, 0};
    ws->tick = event_new(w->base, -1, EV_PERSIST, on_tick, ws);
    gw_worker_link(w, &ws->link, on_abort);
    if (!ws->upin || !ws->early || !ws->body || !ws->head || !ws->tick ||
        evtimer_add(ws->tick, &one) != 0 ||
        !(ws->dial = gw_dial_start(w, ctx->host, ctx->port, on_dialed, ws))) {
        ws_destroy(ws);
        return NULL;
    }
    atomic_fetch_add(&w->srv->counters.requests, 1);
    atomic_fetch_add(&w->srv->metrics.ws_conns, 1);
    return ws;
}

void gw_ws_client_data(gw_ws_t *ws, const uint8_t *p, size_t n)
{
    gw_hold(&ws->obj);
    if (ws->st == WS_OPEN) {
        ws_relay_client(ws, p, n);
    } else if (ws->st < WS_OPEN) {
        /* A client should wait for the 101; what it sends early waits here, bounded. */
        evbuffer_add(ws->early, p, n);
        if (evbuffer_get_length(ws->early) > EARLY_MAX && !ws->client_paused) {
            ws->client_paused = 1;
            ws->cl->pause(ws->carg, 1);
        }
    }
    gw_release(&ws->obj);
}

void gw_ws_client_eof(gw_ws_t *ws)
{
    gw_hold(&ws->obj);
    ws->client_eof = 1;
    if (ws->st == WS_OPEN && !ws->c2s.closed) {
        ws_hush_close(ws, GW_WS_GOING_AWAY, "hush: the client stream ended", GW_WS_GOING_AWAY, NULL,
                      "client_closed");
    } else if (ws->st < WS_OPEN) {
        ws_finish(ws, "client_closed", 1);
    }
    gw_release(&ws->obj);
}

void gw_ws_client_drained(gw_ws_t *ws)
{
    gw_hold(&ws->obj);
    if (ws->up_paused && ws->up && ws->attached &&
        ws->cl->backlog(ws->carg) < GW_BACKLOG_HIGH / 2) {
        ws->up_paused = 0;
        gw_tls_pause_read(ws->up, 0);
    }
    gw_release(&ws->obj);
}

void gw_ws_client_gone(gw_ws_t *ws)
{
    gw_hold(&ws->obj);
    ws->attached = 0;
    if (ws->st == WS_OPEN && !ws->close_to_up) {
        ws_hush_close(ws, 0, NULL, GW_WS_GOING_AWAY, NULL,
                      ws->c2s.closed ? "closed" : "client_closed");
    } else {
        ws_finish(ws, ws->st == WS_OPEN ? "closed" : "client_closed", 1);
    }
    gw_release(&ws->obj);
}
