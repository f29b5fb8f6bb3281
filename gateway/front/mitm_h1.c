/* mitm_h1: HTTP/1.1 served to a client inside an intercepted TLS connection.
 *
 * States: HEAD (reading a request head) -> BODY (reading its body, bounded by maxBodyBytes) ->
 * EXCHANGE (the exchange owns the request; its sink writes the response) -> back to HEAD for the
 * next keep-alive or pipelined request, or CLOSING. One request at a time: pipelined requests
 * wait in the input buffer until the previous response has ended, which keeps responses in order.
 * Time bounds (slowloris): a head must be complete timeouts.head after its first byte, however
 * it trickles in; a body may pause at most timeouts.head between reads and take timeouts.idle in
 * all. Both end in 408. A WebSocket handshake (Upgrade: websocket) moves the connection to
 * WEBSOCKET for good: ws/ws_relay.c owns what follows, this file only carries its bytes.
 */
#include "gateway/front/front.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum h1state { H1_HEAD, H1_BODY, H1_EXCHANGE, H1_WEBSOCKET, H1_CLOSING };

struct h1conn {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    gw_tls_t *tls;
    gw_obj_t obj; /* freed through defer.c */
    gw_mitm_ctx_t ctx;
    enum h1state st;
    gw_head_t *head;
    gw_req_t *req;
    gw_exchange_t *x;
    gw_ws_t *ws;         /* WEBSOCKET: the relay, until it calls done */
    struct evbuffer *in; /* plaintext not yet parsed */
    struct event *timer;
    int keep_alive, http10, chunked_out, head_sent, head_only, body_error;
    int head_started; /* the head deadline runs from the first byte of a request */
    size_t max_body;  /* maxBodyBytes of the current generation, as the request began */
    uint64_t requests;
    struct timeval t0, body_t0;
};

static void conn_destroy(void *self)
{
    struct h1conn *c = self;
    gw_head_free(c->head);
    gw_req_free(c->req);
    gw_evbuffer_wipe_free(c->in);
    event_free(c->timer);
    free(c);
}

/* The one teardown: logs, lets go of the exchange or relay, gives back the slots; the memory
 * goes on the loop (defer.c). */
static void conn_end(struct h1conn *c, const char *outcome)
{
    gw_log(GW_LOG_INFO,
           "event=mitm_conn client=%s host=%s alpn=http/1.1 requests=%llu duration_ms=%.1f "
           "outcome=%s",
           c->ctx.client, c->ctx.host, (unsigned long long)c->requests, gw_elapsed_ms(&c->t0),
           outcome);
    if (c->x) {
        gw_exchange_cancel(c->x);
    }
    if (c->ws) {
        gw_ws_client_gone(c->ws);
    }
    gw_worker_unlink(c->w, &c->link);
    gw_tls_free(c->tls); /* silenced: no TLS callback reaches c any more */
    gw_client_end(c->ctx.cl, "intercepted");
    event_del(c->timer);
    c->st = H1_CLOSING;
    gw_defer_free(&c->obj, conn_destroy); /* callers up the stack may still hold c */
}

static void arm_timer(struct h1conn *c, double seconds)
{
    if (seconds < 0.001) {
        seconds = 0.001;
    }
    struct timeval tv = {(time_t)seconds, (suseconds_t)((seconds - (double)(time_t)seconds) * 1e6)};
    evtimer_add(c->timer, &tv);
}

/* While a body arrives: the next read within timeouts.head, the whole body within timeouts.idle. */
static void arm_body_timer(struct h1conn *c)
{
    double left = c->w->cfg->idle_timeout - gw_elapsed_ms(&c->body_t0) / 1000.0;
    double gap = c->w->cfg->head_timeout;
    arm_timer(c, gap < left ? gap : left);
}

/* hush's own answer (an error before any response head was sent); the connection closes. */
static void reply_error(struct h1conn *c, int status, const char *msg)
{
    struct evbuffer *b = evbuffer_new();
    gw_http_error(b, status, msg);
    gw_tls_write_buffer(c->tls, b);
    evbuffer_free(b);
    c->st = H1_CLOSING;
    gw_tls_close(c->tls);
}

/* ---- the sink: the response, written to the client ------------------------------------------ */

/* The client cannot take the response (its connection is closing): we let go of the exchange,
 * which ends itself when a sink call returns non-zero (exchange.h), and of the connection. */
static int let_go(struct h1conn *c)
{
    c->x = NULL;
    conn_end(c, "client_write_failed");
    return -1;
}

/* The response head is assembled on the stack and handed to gw_tls_write as one piece: no
 * printf (a formatted line costs ~1k instructions), no evbuffer of its own. A head larger than
 * the stack space spills into an evbuffer. The stack copy is wiped (values may carry PII). */
struct headw {
    char buf[2048];
    size_t len;
    struct evbuffer *spill; /* non-NULL once buf was too small */
    int failed;
};

static void put(struct headw *w, const char *s, size_t n)
{
    if (!w->spill && n <= sizeof(w->buf) - w->len) {
        memcpy(w->buf + w->len, s, n);
        w->len += n;
        return;
    }
    if (!w->spill && (!(w->spill = evbuffer_new()) || evbuffer_add(w->spill, w->buf, w->len))) {
        w->failed = 1;
    }
    if (w->spill && evbuffer_add(w->spill, s, n) != 0) {
        w->failed = 1;
    }
}

/* "name: value\r\n"; strnlen keeps printf's "%s" behaviour should a value hold a NUL. */
static void put_field(struct headw *w, const char *name, size_t nlen, const char *value,
                      size_t vlen)
{
    put(w, name, nlen);
    put(w, ": ", 2);
    put(w, value, strnlen(value, vlen));
    put(w, "\r\n", 2);
}

static void put_status_line(struct headw *w, int status)
{
    const char *reason = gw_http_reason(status);
    char line[32];
    if (status < 100 || status > 999) {
        int k = snprintf(line, sizeof(line), "HTTP/1.1 %d ", status);
        put(w, line, (size_t)k < sizeof(line) ? (size_t)k : sizeof(line) - 1);
    } else {
        memcpy(line, "HTTP/1.1 000 ", 13);
        line[9] = (char)('0' + status / 100);
        line[10] = (char)('0' + status / 10 % 10);
        line[11] = (char)('0' + status % 10);
        put(w, line, 13);
    }
    put(w, reason, strlen(reason));
    put(w, "\r\n", 2);
}

static int sink_head(void *arg, int status, const gw_hdrs_t *hdrs)
{
    struct h1conn *c = arg;
    struct headw w;
    w.len = 0;
    w.spill = NULL;
    w.failed = 0;
    size_t cl_len = 0;
    const char *cl = gw_hdrs_get(hdrs, "content-length", &cl_len);
    int no_body = c->head_only || status == 204 || status == 304 || (status >= 100 && status < 200);
    put_status_line(&w, status);
    for (size_t i = 0; i < hdrs->n; i++) {
        const gw_hdr_t *h = &hdrs->v[i];
        if (gw_hdr_is_hop(h->name, h->nlen, hdrs)) {
            continue;
        }
        put_field(&w, h->name, strnlen(h->name, h->nlen), h->value, h->vlen);
    }
    c->chunked_out = 0;
    if (!cl && !no_body) {
        if (c->http10) {
            c->keep_alive = 0; /* close-delimited */
        } else {
            c->chunked_out = 1;
            put_field(&w, "transfer-encoding", 17, "chunked", 7);
        }
    }
    if (c->keep_alive) {
        put_field(&w, "connection", 10, "keep-alive\r\n", 12);
    } else {
        put_field(&w, "connection", 10, "close\r\n", 7);
    }
    c->head_sent = 1;
    int rc = -1;
    if (!w.failed) {
        rc = w.spill ? gw_tls_write_buffer(c->tls, w.spill) : gw_tls_write(c->tls, w.buf, w.len);
    }
    OPENSSL_cleanse(w.buf, w.len);
    gw_evbuffer_wipe_free(w.spill);
    return rc == 0 ? 0 : let_go(c);
}

/* A chunk's size line, "%zx\r\n" without printf; returns its length. */
static size_t chunk_line(char out[24], size_t n)
{
    char tmp[16];
    size_t k = 0;
    do {
        tmp[k++] = "0123456789abcdef"[n & 15];
        n >>= 4;
    } while (n);
    for (size_t i = 0; i < k; i++) {
        out[i] = tmp[k - 1 - i];
    }
    out[k] = '\r';
    out[k + 1] = '\n';
    return k + 2;
}

static int sink_data(void *arg, struct evbuffer *chunk)
{
    struct h1conn *c = arg;
    size_t n = evbuffer_get_length(chunk);
    if (n == 0 || c->head_only) {
        gw_evbuffer_wipe(chunk);
        return 0;
    }
    int rc;
    if (c->chunked_out) {
        char hdr[24];
        rc = gw_tls_write(c->tls, hdr, chunk_line(hdr, n));
        rc = rc ? rc : gw_tls_write_buffer(c->tls, chunk);
        rc = rc ? rc : gw_tls_write(c->tls, "\r\n", 2);
    } else {
        rc = gw_tls_write_buffer(c->tls, chunk);
    }
    gw_evbuffer_wipe(chunk);
    return rc == 0 ? 0 : let_go(c);
}

static void next_request(struct h1conn *c);

static void sink_end(void *arg, const gw_hdrs_t *trailers)
{
    struct h1conn *c = arg;
    if (c->chunked_out && (!trailers || !trailers->n)) {
        gw_tls_write(c->tls, "0\r\n\r\n", 5);
    } else if (c->chunked_out) {
        struct evbuffer *b = evbuffer_new();
        evbuffer_add(b, "0\r\n", 3);
        for (size_t i = 0; trailers && i < trailers->n; i++) {
            evbuffer_add_printf(b, "%s: %s\r\n", trailers->v[i].name, trailers->v[i].value);
        }
        evbuffer_add(b, "\r\n", 2);
        gw_tls_write_buffer(c->tls, b);
        evbuffer_free(b);
    }
    c->x = NULL;
    if (!c->keep_alive) {
        c->st = H1_CLOSING;
        gw_tls_close(c->tls);
        return;
    }
    next_request(c);
}

static void sink_fail(void *arg, int status, const char *msg)
{
    struct h1conn *c = arg;
    c->x = NULL;
    if (!c->head_sent) {
        reply_error(c, status, msg);
        return;
    }
    /* The response was under way: only closing tells an HTTP/1.1 client it is incomplete. */
    conn_end(c, "upstream_aborted");
}

static size_t sink_backlog(void *arg)
{
    struct h1conn *c = arg;
    return gw_tls_backlog(c->tls);
}

static const gw_sink_t sink = {sink_head, sink_data, sink_end, sink_fail, sink_backlog};

/* ---- a WebSocket: the relay's client side ------------------------------------------------- */

static int ws_head(void *arg, int status, const gw_hdrs_t *hdrs)
{
    struct h1conn *c = arg;
    struct evbuffer *b = evbuffer_new();
    if (!b) {
        return -1;
    }
    evbuffer_add_printf(b, "HTTP/1.1 %d %s\r\n", status,
                        status == 101 ? "Switching Protocols" : gw_http_reason(status));
    for (size_t i = 0; i < hdrs->n; i++) {
        evbuffer_add_printf(b, "%s: %s\r\n", hdrs->v[i].name, hdrs->v[i].value);
    }
    evbuffer_add_printf(b, "%s\r\n", status == 101 ? "" : "connection: close\r\n");
    c->head_sent = 1;
    int rc = gw_tls_write_buffer(c->tls, b);
    evbuffer_free(b);
    return rc;
}

static int ws_write(void *arg, struct evbuffer *data)
{
    struct h1conn *c = arg;
    return gw_tls_write_buffer(c->tls, data);
}

static size_t ws_backlog(void *arg)
{
    struct h1conn *c = arg;
    return gw_tls_backlog(c->tls);
}

static void ws_pause(void *arg, int pause)
{
    struct h1conn *c = arg;
    gw_tls_pause_read(c->tls, pause);
}

static void ws_done(void *arg, int abort)
{
    (void)abort; /* HTTP/1.1 has one way to end: close the connection after what was written */
    struct h1conn *c = arg;
    c->ws = NULL;
    c->st = H1_CLOSING;
    gw_tls_close(c->tls);
}

static const gw_ws_client_t ws_client = {ws_head, ws_write, ws_backlog, ws_pause, ws_done};

static void feed_ws(struct h1conn *c)
{
    while (c->ws && evbuffer_get_length(c->in)) {
        struct evbuffer_iovec v;
        evbuffer_peek(c->in, -1, NULL, &v, 1);
        gw_ws_client_data(c->ws, v.iov_base, v.iov_len);
        gw_evbuffer_wipe_drain(c->in, v.iov_len);
    }
    if (c->st != H1_WEBSOCKET) {
        gw_evbuffer_wipe(c->in);
    }
}

static void start_websocket(struct h1conn *c)
{
    c->st = H1_WEBSOCKET;
    c->requests++;
    c->keep_alive = 0;
    evtimer_del(c->timer); /* the relay keeps its own time */
    gw_req_t *req = c->req;
    c->req = NULL;
    c->ws = gw_ws_start(c->w, &c->ctx, req, 0, &ws_client, c);
    if (!c->ws) {
        reply_error(c, 500, "out of memory");
        return;
    }
    feed_ws(c);
}

/* ---- requests ----------------------------------------------------------------------------- */

static int on_body(void *arg, const char *p, size_t n)
{
    struct h1conn *c = arg;
    if (evbuffer_get_length(c->req->body) + n > c->max_body) {
        c->body_error = GW_REQ_BODY_TOO_LARGE;
        return -1;
    }
    uint64_t rest;
    if (evbuffer_get_length(c->req->body) == 0 && gw_head_body_kind(c->head, &rest) == 1) {
        /* llhttp has already counted this piece off the declared length */
        gw_req_size_body(c->req, rest + n, c->max_body);
    }
    int rc = gw_req_add_body(c->req, c->w->cfg->max_buffered_bytes, p, n);
    if (rc > 0) {
        atomic_fetch_add(&c->w->srv->metrics.budget_refused[0], 1);
        gw_log(GW_LOG_WARN, "event=buffer_budget_full client=%s host=%s direction=request",
               c->ctx.client, c->ctx.host);
        c->body_error = GW_REQ_BUSY;
    } else if (rc < 0) {
        c->body_error = GW_REQ_NOMEM;
    }
    return rc == 0 ? 0 : -1;
}

/* maxBodyBytes is reloadable: each request takes the current generation's. */
static void take_max_body(struct h1conn *c)
{
    gw_gen_t *g = gw_gen_acquire(c->w->srv);
    c->max_body = g->cfg->max_body_bytes;
    gw_gen_release(g);
}

/* Build c->req from the parsed head and check it (gw_req_check, shared with h2). */
static gw_req_reject_t build_request(struct h1conn *c)
{
    take_max_body(c);
    gw_head_t *h = c->head;
    size_t tlen;
    const char *target = gw_head_target(h, &tlen);
    const char *method = gw_head_method(h);
    c->req = gw_req_new();
    if (!c->req) {
        return GW_REQ_NOMEM;
    }
    gw_copy_str(c->req->method, sizeof(c->req->method), method, SIZE_MAX);
    c->head_only = !strcmp(method, "HEAD");
    c->http10 = gw_head_version(h) == 10;
    size_t clen = 0;
    const char *conn = gw_head_get(h, "connection", &clen);
    c->keep_alive = c->http10 ? 0 : 1;
    if (conn) {
        char v[64];
        snprintf(v, sizeof(v), "%.*s", (int)(clen < 63 ? clen : 63), conn);
        if (strcasestr(v, "close")) {
            c->keep_alive = 0;
        } else if (strcasestr(v, "keep-alive")) {
            c->keep_alive = 1;
        }
    }
    /* origin-form, or absolute-form naming the intercepted host (CONNECT's authority-form is
     * refused by gw_req_check below, as on h2) */
    const char *path = target;
    size_t plen = tlen;
    int malformed = 0;
    if (tlen >= 8 && !strncasecmp(target, "https://", 8)) {
        const char *slash = memchr(target + 8, '/', tlen - 8);
        path = slash ? slash : "/";
        plen = slash ? tlen - (size_t)(slash - target) : 1;
    } else if (tlen == 0 || target[0] != '/') {
        malformed = !(tlen == 1 && target[0] == '*' && !strcmp(method, "OPTIONS"));
    }
    c->req->path = strndup(path, plen);
    size_t hlen = 0;
    const char *host = gw_head_get(h, "host", &hlen);
    c->req->authority = host ? strndup(host, hlen) : strdup(c->ctx.host);
    c->req->client_alpn = "http/1.1";
    for (size_t i = 0; i < gw_head_nheaders(h); i++) {
        const char *n, *v;
        size_t nl, vl;
        gw_head_header_at(h, i, &n, &nl, &v, &vl);
        if (gw_is_hop_by_hop(n, nl, conn, clen) || (nl == 4 && !strncasecmp(n, "host", 4)) ||
            (nl == 14 && !strncasecmp(n, "content-length", 14)) ||
            (nl == 17 && !strncasecmp(n, "transfer-encoding", 17)) ||
            (nl == 6 && !strncasecmp(n, "expect", 6))) {
            continue;
        }
        if (gw_hdrs_add(&c->req->hdrs, n, nl, v, vl) != 0) {
            return GW_REQ_NOMEM;
        }
    }
    if (!c->req->path || !c->req->authority) {
        return GW_REQ_NOMEM;
    }
    uint64_t len = 0;
    int kind = gw_head_body_kind(h, &len);
    gw_req_reject_t rej =
        gw_req_check(c->req, c->ctx.host, 0,
                     kind == 1 ? (int64_t)(len > INT64_MAX ? INT64_MAX : len) : -1, c->max_body);
    if (rej != GW_REQ_OK || malformed) {
        return rej != GW_REQ_OK ? rej : GW_REQ_MALFORMED;
    }
    /* Only plain chunked framing is understood; anything layered under it (gzip, chunked) would
     * reach the scanner still encoded (RFC 9112 6.1: 501). */
    size_t telen = 0;
    const char *te = gw_head_get(h, "transfer-encoding", &telen);
    if (te) {
        while (telen && (*te == ' ' || *te == '\t')) {
            te++;
            telen--;
        }
        while (telen && (te[telen - 1] == ' ' || te[telen - 1] == '\t')) {
            telen--;
        }
        if (telen != 7 || strncasecmp(te, "chunked", 7) != 0) {
            return GW_REQ_TRANSFER_CODING;
        }
    }
    size_t elen = 0;
    const char *expect = gw_head_get(h, "expect", &elen);
    if (expect && elen == 12 && !strncasecmp(expect, "100-continue", 12)) {
        static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n";
        gw_tls_write(c->tls, cont, sizeof(cont) - 1);
    }
    return GW_REQ_OK;
}

static void dispatch(struct h1conn *c)
{
    c->st = H1_EXCHANGE;
    c->head_sent = 0;
    c->requests++;
    evtimer_del(c->timer);
    gw_req_t *req = c->req;
    c->req = NULL;
    c->x = gw_exchange_start(c->w, &c->ctx, req, &sink, c);
    if (!c->x && c->st == H1_EXCHANGE && !c->head_sent) {
        reply_error(c, 500, "out of memory");
    }
}

/* hush's own answer for a request it refuses before the exchange (the texts h2 sends too). */
static void reject(struct h1conn *c, gw_req_reject_t r)
{
    reply_error(c, gw_req_reject_status(r), gw_req_reject_text(r));
}

/* Parse as much of c->in as the current state allows. */
static void process(struct h1conn *c)
{
    while (evbuffer_get_length(c->in) && (c->st == H1_HEAD || c->st == H1_BODY)) {
        struct evbuffer_iovec v;
        evbuffer_peek(c->in, -1, NULL, &v, 1);
        if (c->st == H1_HEAD) {
            if (!c->head_started) {
                c->head_started = 1;
                arm_timer(c, c->w->cfg->head_timeout);
            }
            long r = gw_head_feed(c->head, v.iov_base, v.iov_len);
            if (r < 0) {
                reply_error(c, gw_head_status(c->head), gw_head_error(c->head));
                return;
            }
            if (!gw_head_complete(c->head)) {
                gw_evbuffer_wipe_drain(c->in, v.iov_len);
                continue;
            }
            gw_evbuffer_wipe_drain(c->in, (size_t)r);
            gw_req_reject_t rej = build_request(c);
            if (rej != GW_REQ_OK) {
                reject(c, rej);
                return;
            }
            const char *why = NULL;
            int ws = gw_ws_h1_check(c->head, &why);
            if (ws > 1) {
                reply_error(c, ws, why);
                return;
            }
            if (ws == 1) {
                start_websocket(c);
                return;
            }
            uint64_t len;
            if (gw_head_body_kind(c->head, &len) == 0) {
                dispatch(c);
                return;
            }
            c->st = H1_BODY;
            gettimeofday(&c->body_t0, NULL);
            arm_body_timer(c);
            gw_head_on_body(c->head, on_body, c);
            continue;
        }
        int done = 0;
        long used = gw_head_feed_body(c->head, v.iov_base, v.iov_len, &done);
        if (used < 0) {
            reject(c, c->body_error ? (gw_req_reject_t)c->body_error : GW_REQ_MALFORMED);
            return;
        }
        gw_evbuffer_wipe_drain(c->in, (size_t)used);
        if (done) {
            dispatch(c);
            return;
        }
        if (used > 0) {
            arm_body_timer(c);
        }
    }
    uint64_t len;
    if (c->st == H1_BODY && gw_head_body_kind(c->head, &len) == 1) {
        /* the rest of the body is still to come: no need to wake up for every packet of it */
        size_t have = evbuffer_get_length(c->req->body) + evbuffer_get_length(c->in);
        gw_tls_expect(c->tls, len > have ? (size_t)(len - have) : 0);
    }
}

static void next_request(struct h1conn *c)
{
    gw_head_reset(c->head);
    c->st = H1_HEAD;
    c->head_started = 0;
    arm_timer(c, c->w->cfg->idle_timeout);
    if (evbuffer_get_length(c->in) <= c->w->cfg->max_header_bytes + c->max_body) {
        gw_tls_pause_read(c->tls, 0);
    }
    process(c);
}

/* ---- the TLS connection ------------------------------------------------------------------- */

static void on_read(gw_tls_t *t, struct evbuffer *plain, void *arg)
{
    (void)t;
    struct h1conn *c = arg;
    evbuffer_add_buffer(c->in, plain);
    if (c->st == H1_WEBSOCKET) {
        feed_ws(c);
        return;
    }
    if (evbuffer_get_length(c->in) > c->w->cfg->max_header_bytes + c->max_body) {
        gw_tls_pause_read(c->tls, 1); /* pipelining more than one request's worth: wait */
    }
    process(c);
}

static void on_drained(gw_tls_t *t, void *arg)
{
    (void)t;
    struct h1conn *c = arg;
    if (c->x && gw_tls_backlog(c->tls) < GW_BACKLOG_HIGH) {
        gw_exchange_resume(c->x); /* the response may end inside, and the connection with it */
        return;
    }
    if (c->ws) {
        gw_ws_client_drained(c->ws);
    }
    if (c->st == H1_HEAD) {
        gw_tls_pause_read(c->tls, 0);
    }
}

static void on_close(gw_tls_t *t, int error, const char *why, void *arg)
{
    (void)t;
    (void)why;
    struct h1conn *c = arg;
    conn_end(c, c->st == H1_CLOSING ? "closed"
                : error             ? "client_error"
                : c->x              ? "client_closed_mid_request"
                                    : "client_closed");
}

static void on_timer(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct h1conn *c = arg;
    if (c->st == H1_BODY && gw_tls_unread(c->tls) > 0) {
        gw_tls_expect(c->tls, 0); /* the body progressed below the wake-up mark: read it */
        arm_body_timer(c);
        return;
    }
    if ((c->st == H1_HEAD && c->head_started) || c->st == H1_BODY) {
        reply_error(c, 408,
                    c->st == H1_BODY
                        ? "timed out waiting for the request body; it was not forwarded"
                        : "timed out waiting for the request head");
        return;
    }
    conn_end(c, "idle_timeout");
}

static void on_abort(gw_link_t *l)
{
    conn_end((struct h1conn *)l, "shutdown");
}

void gw_mitm_h1_serve(gw_worker_t *w, gw_tls_t *tls, const gw_mitm_ctx_t *ctx)
{
    static const gw_tls_cbs_t cbs = {
        .on_read = on_read, .on_drained = on_drained, .on_close = on_close};
    struct h1conn *c = calloc(1, sizeof(*c));
    if (!c || !(c->in = evbuffer_new()) ||
        !(c->head = gw_head_new(GW_HEAD_REQUEST, w->cfg->max_header_bytes)) ||
        !(c->timer = evtimer_new(w->base, on_timer, c))) {
        if (c) {
            evbuffer_free(c->in);
            gw_head_free(c->head);
        }
        free(c);
        gw_tls_free(tls);
        gw_client_end(ctx->cl, "out_of_memory");
        return;
    }
    c->w = w;
    gw_obj_init(&c->obj, &w->reaper, c);
    c->tls = tls;
    c->ctx = *ctx;
    gettimeofday(&c->t0, NULL);
    take_max_body(c);
    gw_worker_link(w, &c->link, on_abort);
    gw_tls_set_cbs(tls, &cbs, c);
    c->st = H1_HEAD;
    arm_timer(c, w->cfg->idle_timeout);
}
