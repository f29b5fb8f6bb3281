/* mitm_h2: the client-facing HTTP/2 server of an intercepted connection (nghttp2).
 *
 * Each client stream becomes one gw_req_t handed to gw_exchange_start, and the response comes
 * back through a gw_sink_t that the stream implements. The one thing to know: nghttp2 is never
 * re-entered. Sink calls (made from inside nghttp2 callbacks when the exchange answers at once,
 * or later from upstream events) only queue frames with nghttp2_submit_* and schedule flush_ev;
 * bytes leave only through pump(), which runs at the top of a libevent callback; the connection
 * ends (conn_free) only from there, from a timer, or from the TLS layer's on_close, and its
 * memory and nghttp2 session go on the loop (defer.c). A stream is freed in
 * on_stream_close (or with the connection), always after its exchange has ended, failed or been
 * cancelled, so an exchange never calls a dangling sink.
 *
 * From gw_mitm_h2_serve on this file owns the connection: the gw_tls_t, its drain-list entry and
 * its one log line.
 *
 * An extended CONNECT with :protocol websocket (RFC 8441; SETTINGS_ENABLE_CONNECT_PROTOCOL is
 * offered) hands its stream to ws/ws_relay.c instead of an exchange. Flow control is manual
 * (no automatic WINDOW_UPDATE): every DATA byte is consumed at once, except on a WebSocket stream
 * whose upstream is not keeping up, whose bytes are consumed when the relay resumes it.
 */
#include "gateway/front/front.h"

#include <nghttp2/nghttp2.h>
#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

#define MAX_STREAMS 128
#define STREAM_WINDOW (1024 * 1024)
#define CONN_WINDOW (16 * 1024 * 1024)
#define OUT_HIGH (1024 * 1024) /* socket backlog above which no more frames are serialized */
#define RESET_LIMIT 1000       /* client RST_STREAMs in a row without a completed response */
#define CLOSE_GRACE_SECS 5     /* how long close_notify may wait for a client that reads nothing */

enum h2state { H2_OPEN, H2_CLOSING };

/* A stream's life, response side first: who owns it and what has been queued for the client.
 * Changed only by stream_to(), which refuses a transition the table does not allow. The request
 * half (req_ended), back-pressure (waiting, deferred, ws_paused) and facts about the request
 * (is_head, too_big, expect_continue) are not states and stay flags. */
enum h2s_state {
    H2S_REQUEST,    /* receiving the request head and body (st->req) */
    H2S_EXCHANGE,   /* the exchange owns the request; no response head yet */
    H2S_RESPONSE,   /* the exchange's response head is queued; its body streams */
    H2S_WS_OPENING, /* the WebSocket relay owns the stream; no answer yet */
    H2S_WS_OPEN,    /* the relay's answer head is queued; frames stream both ways */
    H2S_ENDING,     /* the response is queued up to its end (END_STREAM pending) */
    H2S_ANSWERED,   /* hush's own answer is queued; the rest of the request is ignored */
    H2S_RESET,      /* RST_STREAM submitted; the rest of the request is ignored */
    H2S_COMPLETE,   /* END_STREAM went out */
    H2S_CLOSED,     /* the connection ended under it */
    H2S_NSTATES
};

static const char *const h2s_names[H2S_NSTATES] = {
    "request", "exchange", "response", "ws_opening", "ws_open",
    "ending",  "answered", "reset",    "complete",   "closed",
};

#define B(s) (1u << (s))
/* allowed[from]: the states a stream may move to from there (H2S_CLOSED: from anywhere). */
static const unsigned h2s_allowed[H2S_NSTATES] = {
    [H2S_REQUEST] = B(H2S_EXCHANGE) | B(H2S_WS_OPENING) | B(H2S_ANSWERED) | B(H2S_RESET),
    [H2S_EXCHANGE] = B(H2S_RESPONSE) | B(H2S_ANSWERED) | B(H2S_RESET),
    [H2S_RESPONSE] = B(H2S_ENDING) | B(H2S_RESET) | B(H2S_COMPLETE),
    [H2S_WS_OPENING] = B(H2S_WS_OPEN) | B(H2S_ANSWERED) | B(H2S_RESET),
    [H2S_WS_OPEN] = B(H2S_ENDING) | B(H2S_RESET) | B(H2S_COMPLETE),
    [H2S_ENDING] = B(H2S_COMPLETE) | B(H2S_RESET),
    [H2S_ANSWERED] = B(H2S_COMPLETE) | B(H2S_RESET),
    [H2S_RESET] = B(H2S_COMPLETE), /* a HEADERS with END_STREAM queued before the reset */
    [H2S_COMPLETE] = B(H2S_RESET),
    [H2S_CLOSED] = 0,
};
#undef B

struct h2_stream;

struct h2_conn {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    gw_obj_t obj; /* freed through defer.c (conn_free) */
    gw_tls_t *tls;
    nghttp2_session *ng;
    gw_mitm_ctx_t ctx;
    enum h2state st;
    struct event *tick, *flush_ev;
    struct h2_stream *streams;
    struct timeval t0, last, closing_since;
    size_t body_bytes, body_budget; /* request bodies buffered by streams not yet started */
    size_t sized_bytes; /* declared lengths of those held in one block (gw_req_size_body) */
    uint64_t nstreams, nreq;
    unsigned resets; /* client RST_STREAMs since the last completed response */
    enum { DRAIN_NONE, DRAIN_NOTICE_SENT, DRAIN_GOAWAY_SENT } drain; /* RFC 9113 6.8, twice */
    int client_goaway;
    const char *outcome;
    int logged; /* conn_log ran: once, before the socket can close */
    char why[160];
};

struct h2_stream {
    struct h2_conn *c;
    struct h2_stream *prev, *next;
    int32_t id;
    gw_req_t *req;  /* being received; NULL once handed to the exchange or dropped */
    char *host_hdr; /* Host, used when :authority is missing */
    size_t hbytes;
    gw_exchange_t *x;     /* set in EXCHANGE and RESPONSE, unless it ended inside start */
    gw_ws_t *ws;          /* a WebSocket stream's relay, until it calls done */
    char protocol[16];    /* :protocol of an extended CONNECT */
    size_t ws_unconsumed; /* WebSocket DATA bytes not yet given back to the window */
    int ws_paused;
    struct evbuffer *out; /* response body nghttp2 has not taken yet */
    gw_hdrs_t trailers;
    int status;
    enum h2s_state state; /* stream_to() only */
    int deferred;         /* nghttp2 asked for body bytes that were not there yet (kick_data) */
    int waiting;          /* the producer paused on back-pressure; pump() resumes it */
    int req_ended;        /* the client ended its half (END_STREAM received) */
    int too_big, is_head, expect_continue;
    size_t max_body; /* maxBodyBytes of the generation current when the stream began */
    uint64_t clen;   /* the request's content-length, 0 when absent or unreadable */
    size_t sized;    /* what this stream counts in c->sized_bytes */
    char lpath[96];  /* path without the query, for the debug log */
    struct timeval started, last_data; /* a request body is bounded in time like on HTTP/1.1 */
};

static void conn_free(struct h2_conn *c, const char *outcome);
static void conn_log(struct h2_conn *c);
static const gw_sink_t stream_sink;

static void stamp(struct h2_conn *c, struct timeval *tv)
{
    event_base_gettimeofday_cached(c->w->base, tv);
}

static double since_s(struct h2_conn *c, const struct timeval *t)
{
    struct timeval now, d;
    stamp(c, &now);
    timersub(&now, t, &d);
    return (double)d.tv_sec + (double)d.tv_usec / 1e6;
}

static void want_flush(struct h2_conn *c)
{
    if (c->st == H2_OPEN) {
        event_active(c->flush_ev, EV_READ, 0);
    }
}

static nghttp2_nv mknv(const char *name, const char *value)
{
    nghttp2_nv nv = {(uint8_t *)name, (uint8_t *)value, strlen(name), strlen(value),
                     NGHTTP2_NV_FLAG_NONE};
    return nv;
}

/* Header list for nghttp2 (it copies), without pseudo-headers or connection-specific fields. */
static nghttp2_nv *hdrs_to_nv(const gw_hdrs_t *h, const char *status, size_t *n)
{
    nghttp2_nv *nv = malloc((h->n + 1) * sizeof(*nv));
    size_t k = 0;
    if (!nv) {
        return NULL;
    }
    if (status) {
        nv[k++] = mknv(":status", status);
    }
    for (size_t i = 0; i < h->n; i++) {
        const gw_hdr_t *e = &h->v[i];
        if (e->nlen == 0 || e->name[0] == ':' || gw_hdr_is_hop(e->name, e->nlen, h)) {
            continue;
        }
        nv[k++] = (nghttp2_nv){(uint8_t *)e->name, (uint8_t *)e->value, e->nlen, e->vlen,
                               NGHTTP2_NV_FLAG_NONE};
    }
    *n = k;
    return nv;
}

/* ---- streams ------------------------------------------------------------------------------ */

static struct h2_stream *stream_new(struct h2_conn *c, int32_t id)
{
    struct h2_stream *st = calloc(1, sizeof(*st));
    if (!st) {
        return NULL;
    }
    st->c = c;
    st->id = id;
    gw_gen_t *g = gw_gen_acquire(c->w->srv); /* maxBodyBytes is reloadable */
    st->max_body = g->cfg->max_body_bytes;
    gw_gen_release(g);
    stamp(c, &st->started);
    st->last_data = st->started;
    st->req = gw_req_new();
    st->out = evbuffer_new();
    if (!st->req || !st->out) {
        gw_req_free(st->req);
        if (st->out) {
            evbuffer_free(st->out);
        }
        free(st);
        return NULL;
    }
    st->next = c->streams;
    if (c->streams) {
        c->streams->prev = st;
    }
    c->streams = st;
    return st;
}

static void drop_req(struct h2_stream *st)
{
    if (!st->req) {
        return;
    }
    st->c->body_bytes -= evbuffer_get_length(st->req->body);
    st->c->sized_bytes -= st->sized;
    st->sized = 0;
    gw_req_free(st->req); /* wipes the body */
    st->req = NULL;
}

/* The one place a stream changes state. An impossible transition is refused (and logged): the
 * stream keeps its state and the caller gets -1. */
static int stream_to(struct h2_stream *st, enum h2s_state next)
{
    if (next == st->state) {
        return 0;
    }
    if (next != H2S_CLOSED && !(h2s_allowed[st->state] & (1u << next))) {
        gw_log(GW_LOG_WARN, "event=h2_stream_bad_transition client=%s stream=%d from=%s to=%s",
               st->c->ctx.client, st->id, h2s_names[st->state], h2s_names[next]);
        return -1;
    }
    gw_log(GW_LOG_DEBUG, "event=h2_stream_state stream=%d from=%s to=%s", st->id,
           h2s_names[st->state], h2s_names[next]);
    st->state = next;
    return 0;
}

static int in_exchange(const struct h2_stream *st)
{
    return st->state == H2S_EXCHANGE || st->state == H2S_RESPONSE;
}

/* hush answered or reset the stream itself: what the client still sends is ignored. */
static int rejected(const struct h2_stream *st)
{
    return st->state == H2S_ANSWERED || st->state == H2S_RESET;
}

/* A response head is queued (or the stream is past needing one). */
static int head_out(const struct h2_stream *st)
{
    return st->state == H2S_RESPONSE || st->state == H2S_WS_OPEN || st->state == H2S_ENDING ||
           st->state == H2S_ANSWERED || st->state == H2S_COMPLETE;
}

/* Every byte of the response is queued: the data provider ends the stream when st->out drains. */
static int out_eof(const struct h2_stream *st)
{
    return st->state == H2S_ENDING || st->state == H2S_ANSWERED || st->state == H2S_COMPLETE;
}

static void stream_log(struct h2_stream *st, uint32_t error_code)
{
    if (!gw_log_enabled(GW_LOG_DEBUG)) {
        return;
    }
    char qpath[200], path[160];
    gw_gen_t *g = gw_gen_acquire(st->c->w->srv);
    gw_redact_path(g->anon, st->lpath, path, sizeof(path));
    gw_gen_release(g);
    gw_log(GW_LOG_DEBUG,
           "event=mitm_stream client=%s stream=%d path=%s status=%d outcome=%s state=%s",
           st->c->ctx.client, st->id, gw_log_quote(qpath, sizeof(qpath), path), st->status,
           st->state == H2S_COMPLETE ? "completed"
           : error_code              ? "reset"
                                     : "closed",
           h2s_names[st->state]);
}

/* Frees st without touching the connection's list of streams. */
static void stream_destroy(struct h2_stream *st)
{
    if (in_exchange(st) && st->x) {
        gw_exchange_cancel(st->x);
    }
    if (st->ws) {
        gw_ws_client_gone(st->ws);
        st->ws = NULL;
    }
    drop_req(st);
    free(st->host_hdr);
    gw_evbuffer_wipe_free(st->out);
    gw_hdrs_clear(&st->trailers);
    free(st);
}

static void stream_free(struct h2_stream *st)
{
    struct h2_conn *c = st->c;
    if (c->streams == st) {
        c->streams = st->next;
    } else if (st->prev) {
        st->prev->next = st->next;
    }
    if (st->next) {
        st->next->prev = st->prev;
    }
    stream_destroy(st);
}

static void stream_reset(struct h2_stream *st, uint32_t code)
{
    (void)stream_to(st, H2S_RESET); /* the RST goes even if refused (a connection closing) */
    drop_req(st);
    nghttp2_submit_rst_stream(st->c->ng, NGHTTP2_FLAG_NONE, st->id, code);
    want_flush(st->c);
}

static ssize_t on_data_read(nghttp2_session *ng, int32_t id, uint8_t *buf, size_t len,
                            uint32_t *flags, nghttp2_data_source *src, void *ud)
{
    (void)ud;
    struct h2_stream *st = src->ptr;
    size_t have = evbuffer_get_length(st->out);
    if (have == 0 && !out_eof(st)) {
        st->deferred = 1;
        return NGHTTP2_ERR_DEFERRED;
    }
    size_t n = have < len ? have : len;
    gw_evbuffer_take_wiped(st->out, buf, n);
    if (n == have && out_eof(st)) {
        *flags |= NGHTTP2_DATA_FLAG_EOF;
        size_t k = 0;
        nghttp2_nv *nv = st->trailers.n ? hdrs_to_nv(&st->trailers, NULL, &k) : NULL;
        if (nv && k && nghttp2_submit_trailer(ng, id, nv, k) == 0) {
            *flags |= NGHTTP2_DATA_FLAG_NO_END_STREAM;
        }
        free(nv);
    }
    return (ssize_t)n;
}

static int submit_head(struct h2_stream *st, const nghttp2_nv *nv, size_t n)
{
    nghttp2_data_provider prd;
    prd.source.ptr = st;
    prd.read_callback = on_data_read;
    int rv = nghttp2_submit_response(st->c->ng, st->id, nv, n, &prd);
    want_flush(st->c);
    return rv == 0 ? 0 : -1;
}

static void respond_error(struct h2_stream *st, int status, const char *msg);

/* hush's own answer for a request it refuses before the exchange (the texts h1 sends too). */
static void reject(struct h2_stream *st, gw_req_reject_t r)
{
    respond_error(st, gw_req_reject_status(r), gw_req_reject_text(r));
}

/* hush's own answer ("hush: msg"), or RST_STREAM when a response head already went out. */
static void respond_error(struct h2_stream *st, int status, const char *msg)
{
    drop_req(st);
    if (head_out(st)) {
        stream_reset(st, NGHTTP2_INTERNAL_ERROR);
        return;
    }
    if (stream_to(st, H2S_ANSWERED) != 0) {
        return; /* reset or closed already: nothing to answer */
    }
    char code[16], clen[24];
    gw_evbuffer_wipe(st->out);
    evbuffer_add_printf(st->out, "hush: %s\n", msg);
    snprintf(code, sizeof(code), "%d", status);
    snprintf(clen, sizeof(clen), "%zu", evbuffer_get_length(st->out));
    if (st->is_head) {
        evbuffer_drain(st->out, evbuffer_get_length(st->out));
    }
    nghttp2_nv nv[4] = {mknv(":status", code), mknv("content-type", "text/plain; charset=utf-8"),
                        mknv("content-length", clen), mknv("sec-websocket-version", "13")};
    if (status == 503) {
        nv[3] = mknv("retry-after", "1"); /* hush is busy, not broken */
    }
    st->status = status;
    /* 426 only ever refuses a WebSocket version; it names the one hush speaks (RFC 6455 4.4). */
    if (submit_head(st, nv, status == 426 || status == 503 ? 4 : 3) != 0) {
        stream_reset(st, NGHTTP2_INTERNAL_ERROR);
    }
}

/* ---- the sink the exchange answers through -------------------------------------------------- */

/* The exchange let go of the stream (the caller moves the state on). */
static void exchange_over(struct h2_stream *st)
{
    st->x = NULL;
    st->waiting = 0;
}

static void kick_data(struct h2_stream *st)
{
    if (st->deferred) {
        st->deferred = 0;
        nghttp2_session_resume_data(st->c->ng, st->id);
    }
    want_flush(st->c);
}

static int sink_head(void *arg, int status, const gw_hdrs_t *hdrs)
{
    struct h2_stream *st = arg;
    if (st->state != H2S_EXCHANGE) {
        exchange_over(st);
        return -1;
    }
    if (status < 200 || status > 999) {
        exchange_over(st);
        respond_error(st, 502, "upstream sent an invalid status");
        return -1;
    }
    char code[16];
    size_t n = 0;
    snprintf(code, sizeof(code), "%d", status);
    nghttp2_nv *nv = hdrs_to_nv(hdrs, code, &n);
    if (!nv) {
        exchange_over(st);
        respond_error(st, 500, "out of memory");
        return -1;
    }
    st->status = status;
    (void)stream_to(st, H2S_RESPONSE);
    int rv = submit_head(st, nv, n);
    free(nv);
    if (rv != 0) {
        exchange_over(st);
        stream_reset(st, NGHTTP2_INTERNAL_ERROR);
        return -1;
    }
    return 0;
}

static size_t sink_backlog(void *arg)
{
    struct h2_stream *st = arg;
    size_t b = evbuffer_get_length(st->out) + gw_tls_backlog(st->c->tls);
    if (b > GW_BACKLOG_HIGH && in_exchange(st)) {
        st->waiting = 1; /* the producer pauses; pump() resumes it */
    }
    return b;
}

static int sink_data(void *arg, struct evbuffer *chunk)
{
    struct h2_stream *st = arg;
    if (st->state != H2S_RESPONSE) {
        gw_evbuffer_wipe(chunk);
        return -1;
    }
    if (st->is_head) {
        gw_evbuffer_wipe(chunk);
        return 0;
    }
    evbuffer_add_buffer(st->out, chunk);
    (void)sink_backlog(st);
    kick_data(st);
    return 0;
}

static void sink_end(void *arg, const gw_hdrs_t *trailers)
{
    struct h2_stream *st = arg;
    if (!in_exchange(st)) {
        return;
    }
    exchange_over(st);
    if (stream_to(st, H2S_ENDING) != 0) { /* an end before any head: never from the exchange */
        respond_error(st, 502, "upstream response ended before its head");
        return;
    }
    for (size_t i = 0; trailers && i < trailers->n; i++) {
        const gw_hdr_t *e = &trailers->v[i];
        if (gw_hdrs_add(&st->trailers, e->name, e->nlen, e->value, e->vlen) != 0) {
            break; /* out of memory: the trailers are lost, the body is not */
        }
    }
    kick_data(st);
}

static void sink_fail(void *arg, int status, const char *msg)
{
    struct h2_stream *st = arg;
    if (!in_exchange(st)) {
        return;
    }
    exchange_over(st);
    respond_error(st, status, msg);
}

static const gw_sink_t stream_sink = {sink_head, sink_data, sink_end, sink_fail, sink_backlog};

/* ---- a WebSocket stream: the relay's client side ------------------------------------------- */

static int ws_head(void *arg, int status, const gw_hdrs_t *hdrs)
{
    struct h2_stream *st = arg;
    char code[16];
    size_t n = 0;
    st->status = status == 101 ? 200 : status; /* RFC 8441 5: 2xx accepts the CONNECT */
    snprintf(code, sizeof(code), "%d", st->status);
    nghttp2_nv *nv = hdrs_to_nv(hdrs, code, &n);
    if (!nv || stream_to(st, H2S_WS_OPEN) != 0) {
        free(nv);
        return -1;
    }
    int rv = submit_head(st, nv, n);
    free(nv);
    return rv;
}

static int ws_write(void *arg, struct evbuffer *data)
{
    struct h2_stream *st = arg;
    evbuffer_add_buffer(st->out, data);
    kick_data(st);
    return 0;
}

static size_t ws_backlog(void *arg)
{
    struct h2_stream *st = arg;
    size_t b = evbuffer_get_length(st->out) + gw_tls_backlog(st->c->tls);
    if (b > GW_BACKLOG_HIGH) {
        st->waiting = 1; /* pump() tells the relay when it drained */
    }
    return b;
}

static void ws_pause(void *arg, int pause)
{
    struct h2_stream *st = arg;
    st->ws_paused = pause;
    if (!pause && st->ws_unconsumed) {
        nghttp2_session_consume(st->c->ng, st->id, st->ws_unconsumed);
        st->ws_unconsumed = 0;
        want_flush(st->c);
    }
}

static void ws_done(void *arg, int abort)
{
    struct h2_stream *st = arg;
    st->ws = NULL;
    ws_pause(st, 0);
    if (abort || st->state != H2S_WS_OPEN) {
        stream_reset(st, NGHTTP2_CANCEL);
        return;
    }
    (void)stream_to(st, H2S_ENDING); /* END_STREAM once the relay's last bytes are out */
    kick_data(st);
}

static const gw_ws_client_t ws_client = {ws_head, ws_write, ws_backlog, ws_pause, ws_done};

/* An extended CONNECT (RFC 8441): the stream becomes a WebSocket relayed to upstream. */
static void start_websocket(struct h2_stream *st, int end_stream)
{
    const char *why = NULL;
    if (strcmp(st->protocol, "websocket") != 0) {
        respond_error(st, 501, "only the websocket protocol is supported in an extended CONNECT");
        return;
    }
    if (end_stream) {
        stream_reset(st, NGHTTP2_PROTOCOL_ERROR); /* a tunnel that is closed before it opens */
        return;
    }
    int rc = gw_ws_h2_check(st->req, &why);
    if (rc != 1) {
        respond_error(st, rc, why);
        return;
    }
    gw_req_t *req = st->req;
    st->req = NULL;
    req->client_alpn = "h2";
    st->c->nreq++;
    (void)stream_to(st, H2S_WS_OPENING);
    st->ws = gw_ws_start(st->c->w, &st->c->ctx, req, 1, &ws_client, st);
    if (!st->ws) {
        reject(st, GW_REQ_NOMEM);
    }
}

/* ---- requests ------------------------------------------------------------------------------- */

static void start_exchange(struct h2_stream *st)
{
    struct h2_conn *c = st->c;
    gw_req_t *req = st->req;
    st->req = NULL;
    c->body_bytes -= evbuffer_get_length(req->body);
    c->sized_bytes -= st->sized;
    st->sized = 0;
    req->client_alpn = "h2";
    (void)stream_to(st, H2S_EXCHANGE);
    c->nreq++;
    gw_exchange_t *x = gw_exchange_start(c->w, &c->ctx, req, &stream_sink, st);
    if (!in_exchange(st)) {
        return; /* answered already (end or fail inside start): x is spent */
    }
    if (!x) {
        exchange_over(st);
        respond_error(st, 500, "out of memory");
        return;
    }
    st->x = x;
}

/* h2 allows the Cookie header in pieces; HTTP/1.1 upstreams need one field. */
static int join_cookies(gw_hdrs_t *h)
{
    size_t count = 0;
    for (size_t i = 0; i < h->n; i++) {
        count += strcmp(h->v[i].name, "cookie") == 0;
    }
    if (count < 2) {
        return 0;
    }
    struct evbuffer *b = evbuffer_new();
    if (!b) {
        return -1;
    }
    for (size_t i = 0; i < h->n; i++) {
        if (strcmp(h->v[i].name, "cookie") == 0) {
            if (evbuffer_get_length(b)) {
                evbuffer_add(b, "; ", 2);
            }
            evbuffer_add(b, h->v[i].value, h->v[i].vlen);
        }
    }
    size_t len = evbuffer_get_length(b);
    const char *joined = (const char *)evbuffer_pullup(b, -1);
    int rv = joined ? 0 : -1;
    if (joined) {
        gw_hdrs_del(h, "cookie");
        rv = gw_hdrs_add(h, "cookie", 6, joined, len);
    }
    gw_evbuffer_wipe_free(b);
    return rv;
}

/* The host part of an authority, compared case-insensitively with one trailing dot ignored. */
/* The request's HEADERS frame is complete: check it and settle what the exchange will see. */
static void headers_done(struct h2_stream *st, int end_stream)
{
    gw_req_t *req = st->req;
    if (st->state != H2S_REQUEST || !req) {
        return;
    }
    if (st->too_big) {
        reject(st, GW_REQ_HEAD_TOO_LARGE);
        return;
    }
    if (!req->method[0]) {
        stream_reset(st, NGHTTP2_PROTOCOL_ERROR);
        return;
    }
    if (!req->authority) {
        if (st->host_hdr) {
            req->authority = st->host_hdr;
            st->host_hdr = NULL;
        } else {
            req->authority = strdup(st->c->ctx.host);
        }
    }
    if (!req->authority || join_cookies(&req->hdrs) != 0) {
        reject(st, GW_REQ_NOMEM);
        return;
    }
    /* the checks h1 makes too: method, authority. Not the declared length: a body over
     * maxBodyBytes is refused (same status and text) once it passes the limit, because an
     * answer before the upload ends comes with RST_STREAM(NO_ERROR), which curl 7 reports as an
     * error instead of the 413. */
    gw_req_reject_t rej =
        gw_req_check(req, st->c->ctx.host, st->protocol[0] != '\0', -1, st->max_body);
    if (rej != GW_REQ_OK) {
        reject(st, rej);
        return;
    }
    if (!req->path || !req->path[0]) {
        stream_reset(st, NGHTTP2_PROTOCOL_ERROR);
        return;
    }
    if (st->protocol[0]) {
        start_websocket(st, end_stream);
        return;
    }
    if (st->expect_continue && !end_stream) {
        nghttp2_nv nv = mknv(":status", "100");
        nghttp2_submit_headers(st->c->ng, NGHTTP2_FLAG_NONE, st->id, NULL, &nv, 1, NULL);
    }
}

static char *dupn(const uint8_t *p, size_t n)
{
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, p, n);
        s[n] = '\0';
    }
    return s;
}

static int set_pseudo(struct h2_stream *st, const uint8_t *name, size_t nlen, const uint8_t *value,
                      size_t vlen)
{
    gw_req_t *req = st->req;
    char **slot = NULL;
    if (nlen == 7 && memcmp(name, ":method", 7) == 0) {
        if (vlen == 0 || vlen >= sizeof(req->method)) {
            st->too_big = vlen != 0;
            return 0;
        }
        memcpy(req->method, value, vlen);
        req->method[vlen] = '\0';
        st->is_head = strcmp(req->method, "HEAD") == 0;
        return 0;
    }
    if (nlen == 5 && memcmp(name, ":path", 5) == 0) {
        size_t q = 0;
        while (q < vlen && value[q] != '?' && q + 1 < sizeof(st->lpath)) {
            st->lpath[q] = (char)value[q];
            q++;
        }
        st->lpath[q] = '\0';
        slot = &req->path;
    } else if (nlen == 10 && memcmp(name, ":authority", 10) == 0) {
        slot = &req->authority;
    } else if (nlen == 9 && memcmp(name, ":protocol", 9) == 0) {
        /* nghttp2 lets :protocol through only on CONNECT; an unknown one is refused later. */
        if (vlen == 0 || vlen >= sizeof(st->protocol)) {
            snprintf(st->protocol, sizeof(st->protocol), "?");
        } else {
            memcpy(st->protocol, value, vlen);
            st->protocol[vlen] = '\0';
        }
        return 0;
    } else {
        return 0; /* :scheme is always https here */
    }
    free(*slot);
    *slot = dupn(value, vlen);
    return *slot ? 0 : -1;
}

/* ---- nghttp2 callbacks ---------------------------------------------------------------------- */

static int on_begin_headers(nghttp2_session *ng, const nghttp2_frame *frame, void *ud)
{
    struct h2_conn *c = ud;
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST) {
        return 0;
    }
    struct h2_stream *st = stream_new(c, frame->hd.stream_id);
    if (!st) {
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE; /* RST_STREAM for this one */
    }
    nghttp2_session_set_stream_user_data(ng, frame->hd.stream_id, st);
    c->nstreams++;
    return 0;
}

static int on_header(nghttp2_session *ng, const nghttp2_frame *frame, const uint8_t *name,
                     size_t nlen, const uint8_t *value, size_t vlen, uint8_t flags, void *ud)
{
    (void)flags;
    struct h2_conn *c = ud;
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST) {
        return 0; /* request trailers: not forwarded */
    }
    struct h2_stream *st = nghttp2_session_get_stream_user_data(ng, frame->hd.stream_id);
    if (!st || st->state != H2S_REQUEST || !st->req || st->too_big) {
        return 0;
    }
    st->hbytes += nlen + vlen + 32;
    if (st->hbytes > c->w->cfg->max_header_bytes) {
        st->too_big = 1;
        return 0;
    }
    if (nlen && name[0] == ':') {
        return set_pseudo(st, name, nlen, value, vlen) == 0 ? 0
                                                            : NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    }
    const char *n = (const char *)name;
    if (nlen == 4 && memcmp(n, "host", 4) == 0) {
        free(st->host_hdr);
        st->host_hdr = dupn(value, vlen);
        return st->host_hdr ? 0 : NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    }
    if (nlen == 6 && memcmp(n, "expect", 6) == 0) {
        st->expect_continue =
            vlen == 12 && strncasecmp((const char *)value, "100-continue", 12) == 0;
        return 0; /* hush sends the whole body upstream itself */
    }
    if (nlen == 14 && memcmp(n, "content-length", 14) == 0) {
        /* not forwarded (hush sends its own); only a hint for holding the body in one block */
        uint64_t v = 0;
        for (size_t i = 0; i < vlen && i < 12 && value[i] >= '0' && value[i] <= '9'; i++) {
            v = v * 10 + (uint64_t)(value[i] - '0');
        }
        st->clen = v;
        return 0;
    }
    if (gw_hdr_is_hop(n, nlen, NULL)) {
        return 0;
    }
    if (gw_hdrs_add(&st->req->hdrs, n, nlen, (const char *)value, vlen) != 0) {
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    }
    return 0;
}

static int on_data_chunk(nghttp2_session *ng, uint8_t flags, int32_t id, const uint8_t *data,
                         size_t len, void *ud)
{
    (void)flags;
    struct h2_conn *c = ud;
    struct h2_stream *st = nghttp2_session_get_stream_user_data(ng, id);
    if (st && st->ws) {
        gw_ws_client_data(st->ws, data, len);
        if (st->ws && st->ws_paused) {
            st->ws_unconsumed += len; /* given back when the relay resumes (ws_pause) */
        } else {
            nghttp2_session_consume(ng, id, len);
        }
        return 0;
    }
    nghttp2_session_consume(ng, id, len); /* request bodies are bounded by their own budget */
    if (!st || st->state != H2S_REQUEST || !st->req) {
        return 0;
    }
    stamp(c, &st->last_data);
    if (evbuffer_get_length(st->req->body) + len > st->max_body) {
        reject(st, GW_REQ_BODY_TOO_LARGE);
        return 0;
    }
    if (c->body_bytes + len > c->body_budget) {
        respond_error(st, 503, "too many large requests on one connection, try again");
        return 0;
    }
    if (st->clen) {
        /* declared lengths count against the connection's budget as if they had arrived, so
         * streams that declare much and send little cannot hold more than that */
        if (c->body_bytes + c->sized_bytes + st->clen <= c->body_budget) {
            gw_req_size_body(st->req, st->clen, st->max_body);
            st->sized = (size_t)st->clen;
            c->sized_bytes += st->sized;
        }
        st->clen = 0; /* asked once, before the first bytes */
    }
    int rc = gw_req_add_body(st->req, c->w->cfg->max_buffered_bytes, data, len);
    if (rc > 0) {
        atomic_fetch_add(&c->w->srv->metrics.budget_refused[0], 1);
        gw_log(GW_LOG_WARN, "event=buffer_budget_full client=%s host=%s direction=request",
               c->ctx.client, c->ctx.host);
        reject(st, GW_REQ_BUSY);
        return 0;
    }
    if (rc != 0) {
        reject(st, GW_REQ_NOMEM);
        return 0;
    }
    c->body_bytes += len;
    return 0;
}

static int on_frame_recv(nghttp2_session *ng, const nghttp2_frame *frame, void *ud)
{
    struct h2_conn *c = ud;
    struct h2_stream *st = NULL;
    int end = (frame->hd.flags & NGHTTP2_FLAG_END_STREAM) != 0;
    switch (frame->hd.type) {
    case NGHTTP2_HEADERS:
    case NGHTTP2_DATA:
        st = nghttp2_session_get_stream_user_data(ng, frame->hd.stream_id);
        if (!st) {
            break;
        }
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST) {
            headers_done(st, end);
        }
        if (end && st->ws) {
            gw_ws_client_eof(st->ws);
        }
        if (end && !st->req_ended) {
            st->req_ended = 1;
            if (st->state == H2S_REQUEST && st->req) {
                start_exchange(st);
            }
        }
        break;
    case NGHTTP2_RST_STREAM:
        if (++c->resets > RESET_LIMIT && !c->outcome) {
            c->outcome = "reset_flood";
            nghttp2_session_terminate_session(ng, NGHTTP2_ENHANCE_YOUR_CALM);
        }
        break;
    case NGHTTP2_GOAWAY:
        c->client_goaway = 1;
        break;
    default:
        break;
    }
    return 0;
}

static int on_frame_send(nghttp2_session *ng, const nghttp2_frame *frame, void *ud)
{
    struct h2_conn *c = ud;
    if (frame->hd.type == NGHTTP2_GOAWAY && frame->goaway.error_code != NGHTTP2_NO_ERROR &&
        !c->outcome) {
        /* nghttp2's own flood limits (resets, SETTINGS, PING, CONTINUATION) end up here too. */
        c->outcome = frame->goaway.error_code == NGHTTP2_ENHANCE_YOUR_CALM ? "flood" : "h2_error";
        snprintf(c->why, sizeof(c->why), "sent GOAWAY %s",
                 nghttp2_http2_strerror(frame->goaway.error_code));
    }
    if ((frame->hd.type != NGHTTP2_DATA && frame->hd.type != NGHTTP2_HEADERS) ||
        !(frame->hd.flags & NGHTTP2_FLAG_END_STREAM)) {
        return 0;
    }
    struct h2_stream *st = nghttp2_session_get_stream_user_data(ng, frame->hd.stream_id);
    if (!st) {
        return 0;
    }
    int was_rejected = rejected(st);
    (void)stream_to(st, H2S_COMPLETE);
    c->resets = 0;
    if (was_rejected && !st->req_ended) {
        /* RFC 9113 8.1: a complete early response, then stop the upload without error. */
        nghttp2_submit_rst_stream(ng, NGHTTP2_FLAG_NONE, st->id, NGHTTP2_NO_ERROR);
    }
    return 0;
}

static int on_stream_close(nghttp2_session *ng, int32_t id, uint32_t error_code, void *ud)
{
    (void)ud;
    struct h2_stream *st = nghttp2_session_get_stream_user_data(ng, id);
    if (st && st->ws_unconsumed) {
        nghttp2_session_consume_connection(ng, st->ws_unconsumed); /* the stream window is gone */
        st->ws_unconsumed = 0;
    }
    if (st) {
        stream_log(st, error_code);
        nghttp2_session_set_stream_user_data(ng, id, NULL);
        stream_free(st); /* cancels a live exchange: the client went away */
    }
    return 0;
}

/* ---- the connection ------------------------------------------------------------------------- */

static void cancel_all(struct h2_conn *c)
{
    for (struct h2_stream *st = c->streams; st; st = st->next) {
        if (in_exchange(st) && st->x) {
            gw_exchange_cancel(st->x);
        }
        exchange_over(st);
        (void)stream_to(st, H2S_CLOSED);
        if (st->ws) {
            gw_ws_t *ws = st->ws;
            st->ws = NULL;
            gw_ws_client_gone(ws);
        }
    }
}

/* Graceful end: no more sink calls, close_notify after what is queued, then on_tls_close. */
static void conn_shutdown(struct h2_conn *c, const char *outcome)
{
    if (c->st == H2_CLOSING) {
        return;
    }
    if (!c->outcome) {
        c->outcome = outcome;
    }
    c->st = H2_CLOSING;
    stamp(c, &c->closing_since);
    cancel_all(c);
    conn_log(c);          /* before the client can see the connection end */
    gw_tls_close(c->tls); /* may call on_tls_close, which frees c, before returning */
}

/* Serialize frames into the TLS connection while the socket keeps up, resume exchanges whose
 * backlog drained, and end the connection when nghttp2 is done with it. Returns -1 when the
 * connection is ending (its memory stays valid until the loop frees it, defer.c). */
static int pump(struct h2_conn *c)
{
    if (c->st != H2_OPEN) {
        return 0;
    }
    while (gw_tls_backlog(c->tls) < OUT_HIGH) {
        const uint8_t *p;
        ssize_t n = nghttp2_session_mem_send(c->ng, &p);
        if (n < 0) {
            conn_shutdown(c, "h2_error");
            return -1;
        }
        if (n == 0) {
            break;
        }
        if (gw_tls_write(c->tls, p, (size_t)n) != 0) {
            snprintf(c->why, sizeof(c->why), "%s", gw_tls_error(c->tls));
            conn_shutdown(c, "tls_error");
            return -1;
        }
        stamp(c, &c->last);
    }
    for (struct h2_stream *st = c->streams; st; st = st->next) {
        if (st->waiting && in_exchange(st) && st->x &&
            evbuffer_get_length(st->out) + gw_tls_backlog(c->tls) < GW_BACKLOG_HIGH / 2) {
            st->waiting = 0;
            gw_exchange_resume(st->x); /* sink calls inside only queue and schedule flush_ev */
        }
        if (st->waiting && st->ws &&
            evbuffer_get_length(st->out) + gw_tls_backlog(c->tls) < GW_BACKLOG_HIGH / 2) {
            st->waiting = 0;
            gw_ws_client_drained(st->ws);
        }
    }
    if (!nghttp2_session_want_read(c->ng) && !nghttp2_session_want_write(c->ng)) {
        conn_shutdown(c, c->drain == DRAIN_GOAWAY_SENT ? "drained"
                         : c->client_goaway            ? "client_goaway"
                                                       : "closed");
        return -1;
    }
    return 0;
}

static void on_flush(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    pump(arg);
}

static void on_tls_read(gw_tls_t *t, struct evbuffer *plain, void *arg)
{
    (void)t;
    struct h2_conn *c = arg;
    if (c->st != H2_OPEN) {
        gw_evbuffer_wipe(plain);
        return;
    }
    stamp(c, &c->last);
    while (evbuffer_get_length(plain)) {
        struct evbuffer_iovec v;
        if (evbuffer_peek(plain, -1, NULL, &v, 1) < 1) {
            break;
        }
        ssize_t r = nghttp2_session_mem_recv(c->ng, v.iov_base, v.iov_len);
        if (r < 0) {
            gw_evbuffer_wipe(plain);
            snprintf(c->why, sizeof(c->why), "%s", nghttp2_strerror((int)r));
            conn_shutdown(c, r == NGHTTP2_ERR_FLOODED            ? "flood"
                             : r == NGHTTP2_ERR_BAD_CLIENT_MAGIC ? "bad_preface"
                                                                 : "protocol_error");
            return;
        }
        gw_evbuffer_wipe_drain(plain, (size_t)r);
    }
    pump(c);
}

static void on_tls_drained(gw_tls_t *t, void *arg)
{
    (void)t;
    pump(arg);
}

static void on_tls_close(gw_tls_t *t, int error, const char *why, void *arg)
{
    (void)t;
    struct h2_conn *c = arg;
    if (c->st == H2_OPEN && error && why) {
        snprintf(c->why, sizeof(c->why), "%s", why);
    }
    conn_free(c, c->st == H2_CLOSING             ? "closed"
                 : error                         ? "tls_error"
                 : c->drain == DRAIN_GOAWAY_SENT ? "drained"
                                                 : "client_closed");
}

static int live_exchanges(const struct h2_conn *c)
{
    for (const struct h2_stream *st = c->streams; st; st = st->next) {
        if (in_exchange(st) || st->ws) {
            return 1; /* a WebSocket keeps its own idle time */
        }
    }
    return 0;
}

/* Once a second: drain (GOAWAY twice, RFC 9113 6.8), idle timeout, and the close grace. */
static void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct h2_conn *c = arg;
    struct timeval one = {1, 0};
    if (c->st == H2_CLOSING) {
        if (since_s(c, &c->closing_since) >= CLOSE_GRACE_SECS) {
            conn_free(c, c->outcome);
            return;
        }
        evtimer_add(c->tick, &one);
        return;
    }
    double idle = c->w->cfg->idle_timeout;
    /* A request still arriving may pause timeouts.head between DATA frames and take
     * timeouts.idle in all, as on HTTP/1.1; each frame otherwise keeps the connection alive. */
    for (struct h2_stream *st = c->streams, *next; st; st = next) {
        next = st->next;
        if (st->req && st->state == H2S_REQUEST &&
            (since_s(c, &st->last_data) >= c->w->cfg->head_timeout ||
             since_s(c, &st->started) >= idle)) {
            respond_error(st, 408, "the request body arrived too slowly; it was not sent");
        }
    }
    if (c->w->draining && c->drain == DRAIN_NONE) {
        c->drain = DRAIN_NOTICE_SENT;
        nghttp2_submit_shutdown_notice(c->ng);
    } else if (c->w->draining && c->drain == DRAIN_NOTICE_SENT) {
        c->drain = DRAIN_GOAWAY_SENT;
        nghttp2_submit_goaway(c->ng, NGHTTP2_FLAG_NONE,
                              nghttp2_session_get_last_proc_stream_id(c->ng), NGHTTP2_NO_ERROR,
                              NULL, 0);
    } else if (idle > 0 && !live_exchanges(c) && since_s(c, &c->last) >= idle) {
        if (!c->outcome) {
            c->outcome = "idle_timeout";
        }
        nghttp2_session_terminate_session(c->ng, NGHTTP2_NO_ERROR);
    }
    evtimer_add(c->tick, &one);
    pump(c);
}

/* Drain deadline: the loop ends right after this, so GOAWAY is best effort and the rest goes. */
static void on_abort(gw_link_t *l)
{
    struct h2_conn *c = (struct h2_conn *)l;
    if (c->st == H2_OPEN && c->ng) {
        cancel_all(c);
        nghttp2_submit_goaway(c->ng, NGHTTP2_FLAG_NONE,
                              nghttp2_session_get_last_proc_stream_id(c->ng), NGHTTP2_NO_ERROR,
                              NULL, 0);
        const uint8_t *p;
        ssize_t n;
        while ((n = nghttp2_session_mem_send(c->ng, &p)) > 0) {
            if (gw_tls_write(c->tls, p, (size_t)n) != 0) {
                break;
            }
        }
    }
    conn_free(c, "shutdown");
}

static void conn_log(struct h2_conn *c)
{
    char qhost[300], qwhy[200];
    if (c->logged) {
        return;
    }
    c->logged = 1;
    const char *outcome = c->outcome ? c->outcome : "closed";
    int warn = !strcmp(outcome, "flood") || !strcmp(outcome, "reset_flood") ||
               !strcmp(outcome, "protocol_error") || !strcmp(outcome, "h2_error") ||
               !strcmp(outcome, "bad_preface");
    gw_log(warn ? GW_LOG_WARN : GW_LOG_INFO,
           "event=mitm_conn client=%s host=%s port=%u alpn=h2 streams=%llu requests=%llu "
           "duration_ms=%.1f outcome=%s%s%s",
           c->ctx.client, gw_log_quote(qhost, sizeof(qhost), c->ctx.host), c->ctx.port,
           (unsigned long long)c->nstreams, (unsigned long long)c->nreq, gw_elapsed_ms(&c->t0),
           outcome, c->why[0] ? " reason=" : "",
           c->why[0] ? gw_log_quote(qwhy, sizeof(qwhy), c->why) : "");
}

static void conn_destroy(void *self)
{
    struct h2_conn *c = self;
    if (c->ng) {
        nghttp2_session_del(c->ng);
    }
    for (struct h2_stream *st = c->streams, *next; st; st = next) {
        next = st->next;
        stream_destroy(st);
    }
    c->streams = NULL;
    if (c->tick) {
        event_free(c->tick);
    }
    if (c->flush_ev) {
        event_free(c->flush_ev);
    }
    free(c);
}

/* The one teardown, from any state: log, slots, exchanges and relays now; nghttp2 and the memory
 * on the loop (defer.c), so a caller inside an nghttp2 or TLS callback never finds them gone. */
static void conn_free(struct h2_conn *c, const char *outcome)
{
    if (gw_obj_dying(&c->obj)) {
        return;
    }
    if (!c->outcome) {
        c->outcome = outcome;
    }
    c->st = H2_CLOSING;
    conn_log(c); /* before the socket closes */
    gw_worker_unlink(c->w, &c->link);
    cancel_all(c);
    gw_tls_free(c->tls); /* silenced: no TLS callback reaches c any more */
    gw_client_end(c->ctx.cl, "intercepted");
    if (c->tick) {
        event_del(c->tick);
    }
    if (c->flush_ev) {
        event_del(c->flush_ev);
    }
    gw_defer_free(&c->obj, conn_destroy);
}

static int session_new(struct h2_conn *c)
{
    nghttp2_session_callbacks *cbs = NULL;
    nghttp2_option *opt = NULL;
    int rv = -1;
    if (nghttp2_session_callbacks_new(&cbs) != 0 || nghttp2_option_new(&opt) != 0) {
        goto done;
    }
    nghttp2_session_callbacks_set_on_begin_headers_callback(cbs, on_begin_headers);
    nghttp2_session_callbacks_set_on_header_callback(cbs, on_header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cbs, on_data_chunk);
    nghttp2_session_callbacks_set_on_frame_recv_callback(cbs, on_frame_recv);
    nghttp2_session_callbacks_set_on_frame_send_callback(cbs, on_frame_send);
    nghttp2_session_callbacks_set_on_stream_close_callback(cbs, on_stream_close);
    /* Flood limits beyond nghttp2's defaults for SETTINGS, PING and CONTINUATION. */
    nghttp2_option_set_max_outbound_ack(opt, 1000);
    nghttp2_option_set_stream_reset_rate_limit(opt, RESET_LIMIT, 33);
    nghttp2_option_set_no_auto_window_update(opt, 1); /* see on_data_chunk */
    if (nghttp2_session_server_new2(&c->ng, cbs, c, opt) != 0) {
        c->ng = NULL;
        goto done;
    }
    uint32_t max_hdr = c->w->cfg->max_header_bytes > UINT32_MAX
                           ? UINT32_MAX
                           : (uint32_t)c->w->cfg->max_header_bytes;
    nghttp2_settings_entry iv[] = {
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, MAX_STREAMS},
        {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, STREAM_WINDOW},
        {NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE, max_hdr},
        {NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL, 1}, /* RFC 8441: WebSockets over h2 */
    };
    if (nghttp2_submit_settings(c->ng, NGHTTP2_FLAG_NONE, iv, sizeof(iv) / sizeof(iv[0])) != 0 ||
        nghttp2_session_set_local_window_size(c->ng, NGHTTP2_FLAG_NONE, 0, CONN_WINDOW) != 0) {
        goto done;
    }
    rv = 0;
done:
    nghttp2_option_del(opt);
    nghttp2_session_callbacks_del(cbs);
    return rv;
}

void gw_mitm_h2_serve(gw_worker_t *w, struct gw_tls *tls, const gw_mitm_ctx_t *ctx)
{
    struct h2_conn *c = calloc(1, sizeof(*c));
    if (!c) {
        gw_tls_free(tls);
        gw_log(GW_LOG_WARN, "event=mitm_conn client=%s alpn=h2 outcome=out_of_memory", ctx->client);
        gw_client_end(ctx->cl, "out_of_memory");
        return;
    }
    c->w = w;
    gw_obj_init(&c->obj, &w->reaper, c);
    c->tls = tls;
    c->ctx = *ctx;
    gettimeofday(&c->t0, NULL);
    stamp(c, &c->last);
    gw_gen_t *g = gw_gen_acquire(w->srv); /* the connection's budget: as it began */
    size_t mb = g->cfg->max_body_bytes;
    gw_gen_release(g);
    c->body_budget = mb > SIZE_MAX / 2 ? SIZE_MAX : 2 * mb;
    if (c->body_budget < 16 * 1024 * 1024) {
        c->body_budget = 16 * 1024 * 1024;
    }
    gw_worker_link(w, &c->link, on_abort);
    static const gw_tls_cbs_t cbs = {NULL, on_tls_read, on_tls_drained, on_tls_close};
    gw_tls_set_cbs(tls, &cbs, c);
    c->tick = evtimer_new(w->base, on_tick, c);
    c->flush_ev = event_new(w->base, -1, 0, on_flush, c);
    if (!c->tick || !c->flush_ev || session_new(c) != 0) {
        conn_free(c, "out_of_memory");
        return;
    }
    struct timeval one = {1, 0};
    evtimer_add(c->tick, &one);
    pump(c); /* our SETTINGS go first */
}
