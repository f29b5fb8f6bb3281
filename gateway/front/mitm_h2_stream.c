/* mitm_h2_stream: one client stream of an intercepted HTTP/2 connection, response side: its
 * states (stream_to() is the only writer of st->state), the gw_sink_t the exchange answers
 * through, hush's own answers, and the client side of a WebSocket relay.
 *
 * Sink and relay calls only queue frames (nghttp2_submit_*) and schedule flush_ev; they never
 * call into nghttp2's send or receive path (mitm_h2.c's rule).
 */
#include "gateway/front/mitm_h2_internal.h"

#include <nghttp2/nghttp2.h>
#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

struct h2_stream *stream_new(struct h2_conn *c, int32_t id)
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
int stream_to(struct h2_stream *st, enum h2s_state next)
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

int in_exchange(const struct h2_stream *st)
{
    return st->state == H2S_EXCHANGE || st->state == H2S_RESPONSE;
}

/* hush answered or reset the stream itself: what the client still sends is ignored. */
int rejected(const struct h2_stream *st)
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

void stream_log(struct h2_stream *st, uint32_t error_code)
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
void stream_destroy(struct h2_stream *st)
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

void stream_free(struct h2_stream *st)
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

void stream_reset(struct h2_stream *st, uint32_t code)
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

/* hush's own answer for a request it refuses before the exchange (the texts h1 sends too). */
void reject(struct h2_stream *st, gw_req_reject_t r)
{
    respond_error(st, gw_req_reject_status(r), gw_req_reject_text(r));
}

/* hush's own answer ("hush: msg"), or RST_STREAM when a response head already went out. */
void respond_error(struct h2_stream *st, int status, const char *msg)
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
void exchange_over(struct h2_stream *st)
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

void ws_pause(void *arg, int pause)
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
void start_websocket(struct h2_stream *st, int end_stream)
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

/* ---- starting the exchange ------------------------------------------------------------------ */

void start_exchange(struct h2_stream *st)
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
