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
#include "gateway/front/mitm_h2_internal.h"

#include <nghttp2/nghttp2.h>
#include <stdlib.h>
#include <string.h>

static void conn_free(struct h2_conn *c, const char *outcome);
static void conn_log(struct h2_conn *c);

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
