/* upstream_h2: many requests multiplexed on one upstream HTTP/2 connection (nghttp2 client).
 *
 * The one thing to know: flow control is manual (no automatic WINDOW_UPDATE). A stream's DATA is
 * consumed, and its window reopened, only once the bytes were handed to the sink; while the sink
 * is backed up the bytes wait in the request and the upstream runs out of window, which is the
 * back-pressure. nghttp2 is never re-entered: callbacks only record and deliver, and frames are
 * written by up_h2_flush after mem_recv returns (in_ng guards that).
 */
#include "gateway/upstream/upstream.h"

#include <stdlib.h>
#include <string.h>

#define SEND_HIGH (256 * 1024) /* ciphertext queued toward the socket before we stop producing */

/* A DATA frame's payload is not copied into nghttp2's frame buffer: read_body only says how
 * many bytes go (NGHTTP2_DATA_FLAG_NO_COPY) and send_data() writes the frame header and those
 * bytes straight from the request body to the TLS writer, which was a second copy of the whole
 * body per request. body_off counts the bytes handed to a frame; frames of a stream are sent in
 * the order they were read, so a frame's bytes start where the previous frame's ended
 * (body_sent). */
static ssize_t read_body(nghttp2_session *s, int32_t sid, uint8_t *buf, size_t len, uint32_t *flags,
                         nghttp2_data_source *src, void *ud)
{
    (void)buf;
    (void)src;
    (void)ud;
    gw_upstream_req_t *r = nghttp2_session_get_stream_user_data(s, sid);
    if (!r) {
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    }
    size_t total = evbuffer_get_length(r->req->body);
    size_t n = total - r->body_off < len ? total - r->body_off : len;
    r->body_off += n;
    if (n) {
        *flags |= NGHTTP2_DATA_FLAG_NO_COPY;
    }
    if (r->body_off == total) {
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    }
    return (ssize_t)n;
}

/* The DATA frame read_body sized: its header, the pad length, length body bytes from where the
 * last frame ended, the padding (hush asks for none; written as nghttp2 asks if it comes). */
static int send_data(nghttp2_session *s, nghttp2_frame *frame, const uint8_t *framehd,
                     size_t length, nghttp2_data_source *src, void *ud)
{
    (void)src;
    up_conn_t *c = ud;
    gw_upstream_req_t *r = nghttp2_session_get_stream_user_data(s, frame->hd.stream_id);
    static const uint8_t zeros[256];
    if (!r || r->body_sent + length > evbuffer_get_length(r->req->body)) {
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE; /* nothing written: the stream is reset */
    }
    struct evbuffer *body = r->req->body;
    size_t pad = frame->data.padlen;
    uint8_t padlen = (uint8_t)(pad ? pad - 1 : 0);
    if (gw_tls_write(c->tls, framehd, 9) != 0 || (pad && gw_tls_write(c->tls, &padlen, 1) != 0)) {
        return NGHTTP2_ERR_CALLBACK_FAILURE;
    }
    struct evbuffer_ptr pos;
    if (evbuffer_ptr_set(body, &pos, r->body_sent, EVBUFFER_PTR_SET) != 0) {
        return NGHTTP2_ERR_CALLBACK_FAILURE;
    }
    size_t left = length;
    while (left) {
        struct evbuffer_iovec v[8];
        int k = evbuffer_peek(body, (ev_ssize_t)left, &pos, v, 8);
        if (k <= 0) {
            return NGHTTP2_ERR_CALLBACK_FAILURE;
        }
        size_t step = 0;
        for (int i = 0; i < k && i < 8 && step < left; i++) {
            size_t m = v[i].iov_len < left - step ? v[i].iov_len : left - step;
            if (gw_tls_write(c->tls, v[i].iov_base, m) != 0) {
                return NGHTTP2_ERR_CALLBACK_FAILURE;
            }
            step += m;
        }
        left -= step;
        if (left && evbuffer_ptr_set(body, &pos, step, EVBUFFER_PTR_ADD) != 0) {
            return NGHTTP2_ERR_CALLBACK_FAILURE;
        }
    }
    r->body_sent += length;
    for (size_t p = pad > 1 ? pad - 1 : 0; p;) {
        size_t m = p < sizeof zeros ? p : sizeof zeros;
        if (gw_tls_write(c->tls, zeros, m) != 0) {
            return NGHTTP2_ERR_CALLBACK_FAILURE;
        }
        p -= m;
    }
    /* the SEND_HIGH bound of up_h2_flush: nghttp2 would go on to the next frame in this call */
    return gw_tls_backlog(c->tls) >= SEND_HIGH ? NGHTTP2_ERR_PAUSE : 0;
}

/* Hand buffered body bytes to the sink and reopen the window by as much. -1: request gone. */
static int deliver(up_conn_t *c, gw_upstream_req_t *r)
{
    size_t before = evbuffer_get_length(r->rbuf);
    int32_t sid = r->stream_id;
    if (up_sink_deliver(r) < 0) {
        return -1;
    }
    size_t done = before - evbuffer_get_length(r->rbuf);
    if (c && sid > 0 && done) {
        nghttp2_session_consume(c->ng, sid, done);
        r->unconsumed -= done < r->unconsumed ? done : r->unconsumed;
    }
    return 0;
}

/* The stream ended upstream; end the request once everything was delivered. */
static void maybe_end(up_conn_t *c, gw_upstream_req_t *r)
{
    if (r->st != UR_ENDED || evbuffer_get_length(r->rbuf) || r->paused) {
        return;
    }
    if (c && r->stream_id > 0 && nghttp2_session_get_stream_local_close(c->ng, r->stream_id) == 0) {
        /* The response is complete before our body was: stop sending it (RFC 9113 8.1). */
        nghttp2_submit_rst_stream(c->ng, NGHTTP2_FLAG_NONE, r->stream_id, NGHTTP2_NO_ERROR);
    }
    up_sink_end(r, r->hdrs.n ? &r->hdrs : NULL);
}

static int on_header(nghttp2_session *s, const nghttp2_frame *frame, const uint8_t *name,
                     size_t nlen, const uint8_t *value, size_t vlen, uint8_t flags, void *ud)
{
    (void)flags;
    (void)ud;
    if (frame->hd.type != NGHTTP2_HEADERS) {
        return 0;
    }
    gw_upstream_req_t *r = nghttp2_session_get_stream_user_data(s, frame->hd.stream_id);
    if (!r) {
        return 0;
    }
    const char *n = (const char *)name;
    if (!up_req_head_delivered(r) && nlen == 7 && memcmp(n, ":status", 7) == 0) {
        int st = 0;
        for (size_t i = 0; i < vlen && vlen == 3; i++) {
            st = value[i] >= '0' && value[i] <= '9' ? st * 10 + (value[i] - '0') : -1000;
        }
        r->status = st >= 100 && st <= 599 ? st : -1; /* -1: on_headers fails the request */
        return 0;
    }
    if (nlen == 0 || n[0] == ':' || gw_hdr_is_hop(n, nlen, NULL)) {
        return 0;
    }
    return gw_hdrs_add(&r->hdrs, n, nlen, (const char *)value, vlen) == 0
               ? 0
               : NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
}

static void on_headers(up_conn_t *c, gw_upstream_req_t *r, const nghttp2_frame *frame)
{
    r->received = 1;
    up_req_touch(r);
    if (up_req_head_delivered(r)) {
        (void)up_req_to(r, UR_ENDED); /* trailers always end the stream */
        maybe_end(c, r);
        return;
    }
    if (r->status < 100) {
        /* no :status, or not three digits in 100..599 (RFC 9110 15) */
        nghttp2_submit_rst_stream(c->ng, NGHTTP2_FLAG_NONE, r->stream_id, NGHTTP2_PROTOCOL_ERROR);
        up_conn_detach(c, r);
        up_sink_fail(r, 502, GW_UPFAIL_CONNECT, "upstream sent an invalid status");
        return;
    }
    if (r->status >= 100 && r->status < 200) {
        gw_hdrs_clear(&r->hdrs); /* interim response */
        r->status = 0;
        return;
    }
    gw_hdrs_t h = r->hdrs;
    memset(&r->hdrs, 0, sizeof(r->hdrs));
    int rc = up_sink_head(r, r->status, &h);
    gw_hdrs_clear(&h);
    if (rc == 0 && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM)) {
        (void)up_req_to(r, UR_ENDED);
        maybe_end(c, r);
    }
}

static int on_frame_recv(nghttp2_session *s, const nghttp2_frame *frame, void *ud)
{
    up_conn_t *c = ud;
    gw_upstream_req_t *r;
    switch (frame->hd.type) {
    case NGHTTP2_HEADERS:
        if ((r = nghttp2_session_get_stream_user_data(s, frame->hd.stream_id))) {
            on_headers(c, r, frame);
        }
        break;
    case NGHTTP2_DATA:
        r = nghttp2_session_get_stream_user_data(s, frame->hd.stream_id);
        if (r && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM)) {
            (void)up_req_to(r, UR_ENDED);
            maybe_end(c, r);
        }
        break;
    case NGHTTP2_SETTINGS:
        c->settings = 1;
        up_kick(c->host); /* MAX_CONCURRENT_STREAMS may have grown */
        break;
    case NGHTTP2_GOAWAY:
        c->goaway = 1;
        c->last_stream_id = frame->goaway.last_stream_id;
        gw_log(GW_LOG_DEBUG, "event=upstream_goaway last_stream_id=%d error=%u",
               (int)c->last_stream_id, frame->goaway.error_code);
        up_kick(c->host);
        break;
    default:
        break;
    }
    return 0;
}

static int on_data_chunk(nghttp2_session *s, uint8_t flags, int32_t sid, const uint8_t *data,
                         size_t len, void *ud)
{
    (void)flags;
    up_conn_t *c = ud;
    gw_upstream_req_t *r = nghttp2_session_get_stream_user_data(s, sid);
    if (!r) {
        nghttp2_session_consume(s, sid, len); /* a cancelled stream's leftovers */
        return 0;
    }
    r->received = 1;
    up_req_touch(r);
    if (evbuffer_add(r->rbuf, data, len) != 0) {
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    }
    r->unconsumed += len;
    if (!r->paused) {
        deliver(c, r);
    }
    return 0;
}

static int on_stream_close(nghttp2_session *s, int32_t sid, uint32_t error, void *ud)
{
    up_conn_t *c = ud;
    gw_upstream_req_t *r = nghttp2_session_get_stream_user_data(s, sid);
    up_kick(c->host); /* a slot opened */
    gw_log(GW_LOG_DEBUG, "event=upstream_stream_close stream=%d error=%u request=%d", (int)sid,
           error, r != NULL);
    if (!r) {
        return 0;
    }
    if (r->st == UR_ENDED) {
        /* Fully received, some of it still waiting for a slow sink: the request outlives its
         * stream, and the connection window must not wait for it. */
        if (r->unconsumed) {
            nghttp2_session_consume_connection(s, r->unconsumed);
            r->unconsumed = 0;
        }
        up_conn_detach(c, r);
        r->stream_id = 0;
        return 0;
    }
    if (error == NGHTTP2_REFUSED_STREAM && up_req_retry(r) == 0) {
        return 0;
    }
    char msg[128];
    snprintf(msg, sizeof(msg), "upstream reset the stream (%s)", nghttp2_http2_strerror(error));
    int mid = up_req_head_delivered(r);
    up_sink_fail(r, 502, mid ? GW_UPFAIL_CLOSED : GW_UPFAIL_CONNECT,
                 mid ? "upstream closed the connection mid-response" : msg);
    return 0;
}

int up_h2_start(up_conn_t *c)
{
    nghttp2_session_callbacks *cbs;
    nghttp2_option *opt;
    if (nghttp2_session_callbacks_new(&cbs) != 0) {
        return -1;
    }
    if (nghttp2_option_new(&opt) != 0) {
        nghttp2_session_callbacks_del(cbs);
        return -1;
    }
    nghttp2_session_callbacks_set_on_header_callback(cbs, on_header);
    nghttp2_session_callbacks_set_on_frame_recv_callback(cbs, on_frame_recv);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cbs, on_data_chunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(cbs, on_stream_close);
    nghttp2_session_callbacks_set_send_data_callback(cbs, send_data);
    nghttp2_option_set_no_auto_window_update(opt, 1);
    nghttp2_option_set_peer_max_concurrent_streams(opt, 100);
    int rv = nghttp2_session_client_new2(&c->ng, cbs, c, opt);
    nghttp2_session_callbacks_del(cbs);
    nghttp2_option_del(opt);
    if (rv != 0) {
        c->ng = NULL;
        return -1;
    }
    nghttp2_settings_entry iv[] = {{NGHTTP2_SETTINGS_ENABLE_PUSH, 0},
                                   {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, UP_H2_WINDOW}};
    if (nghttp2_submit_settings(c->ng, NGHTTP2_FLAG_NONE, iv, 2) != 0 ||
        nghttp2_session_set_local_window_size(c->ng, NGHTTP2_FLAG_NONE, 0, UP_H2_CONN_WINDOW) !=
            0) {
        return -1;
    }
    up_h2_flush(c);
    return 0;
}

void up_h2_free(up_conn_t *c)
{
    if (c->ng) {
        nghttp2_session_del(c->ng);
        c->ng = NULL;
    }
}

int up_h2_has_room(const up_conn_t *c)
{
    uint32_t max =
        nghttp2_session_get_remote_settings(c->ng, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS);
    return c->settings && c->nreqs < max;
}

#define NV(n, nl, v, vl)                                                                           \
    ((nghttp2_nv){(uint8_t *)(n), (uint8_t *)(v), (nl), (vl), NGHTTP2_NV_FLAG_NONE})

void up_h2_send(up_conn_t *c, gw_upstream_req_t *r)
{
    const gw_req_t *q = r->req;
    char abuf[300], clen[32];
    const char *auth = up_authority(r, abuf, sizeof(abuf));
    /* on the stack for the usual few headers (nghttp2_submit_request copies them) */
    nghttp2_nv stack_nva[32];
    nghttp2_nv *nva = q->hdrs.n + 5 <= 32 ? stack_nva : calloc(q->hdrs.n + 5, sizeof(*nva));
    if (!nva) {
        up_sink_fail(r, 502, GW_UPFAIL_CONNECT, "out of memory");
        return;
    }
    size_t n = 0;
    nva[n++] = NV(":method", 7, q->method, strlen(q->method));
    nva[n++] = NV(":scheme", 7, "https", 5);
    nva[n++] = NV(":authority", 10, auth, strlen(auth));
    nva[n++] = NV(":path", 5, q->path, strlen(q->path));
    for (size_t i = 0; i < q->hdrs.n; i++) {
        const gw_hdr_t *h = &q->hdrs.v[i];
        if (gw_hdr_is_hop(h->name, h->nlen, &q->hdrs) || !strcmp(h->name, "host") ||
            !strcmp(h->name, "content-length") || h->name[0] == ':') {
            continue;
        }
        nva[n++] = NV(h->name, h->nlen, h->value, h->vlen);
    }
    size_t blen = evbuffer_get_length(q->body);
    if (up_method_wants_length(q)) {
        size_t k = sizeof(clen), v = blen; /* "%zu" at the end of clen, without printf */
        do {
            clen[--k] = (char)('0' + v % 10);
            v /= 10;
        } while (v && k > 0);
        nva[n++] = NV("content-length", 14, clen + k, sizeof(clen) - k);
    }
    nghttp2_data_provider prd = {.source.ptr = r, .read_callback = read_body};
    int32_t sid = nghttp2_submit_request(c->ng, NULL, nva, n, blen ? &prd : NULL, r);
    if (nva != stack_nva) {
        free(nva);
    }
    if (sid < 0) {
        up_sink_fail(r, 502, GW_UPFAIL_CONNECT, "cannot send the request upstream");
        return;
    }
    r->stream_id = sid;
}

void up_h2_flush(up_conn_t *c)
{
    if (c->st != UC_READY || !c->ng || c->in_ng) {
        return;
    }
    gw_hold(&c->obj);
    c->in_ng = 1;
    int fail = 0;
    while (gw_tls_backlog(c->tls) < SEND_HIGH) {
        const uint8_t *data;
        ssize_t n = nghttp2_session_mem_send(c->ng, &data);
        if (n < 0) {
            fail = 1;
            break;
        }
        if (n == 0) {
            break;
        }
        if (gw_tls_write(c->tls, data, (size_t)n) != 0) {
            fail = 1;
            break;
        }
    }
    c->in_ng = 0;
    if (fail) {
        up_conn_close(c, "error", 502, GW_UPFAIL_CONNECT,
                      "cannot write to the upstream connection");
    } else if (!nghttp2_session_want_read(c->ng) && !nghttp2_session_want_write(c->ng)) {
        up_conn_close(c, c->goaway ? "goaway" : "done", 0, GW_UPFAIL_OTHER, NULL);
    } else if (c->goaway && c->nreqs == 0) {
        up_conn_close(c, "goaway", 0, GW_UPFAIL_OTHER, NULL);
    } else if (c->nreqs == 0 && !evtimer_pending(c->idle_timer, NULL)) {
        up_conn_idle(c);
    }
    gw_release(&c->obj);
}

void up_h2_on_read(up_conn_t *c, struct evbuffer *plain)
{
    while (evbuffer_get_length(plain) && c->st == UC_READY) {
        struct evbuffer_iovec v;
        if (evbuffer_peek(plain, -1, NULL, &v, 1) < 1) {
            break;
        }
        c->in_ng = 1;
        ssize_t n = nghttp2_session_mem_recv(c->ng, v.iov_base, v.iov_len);
        c->in_ng = 0;
        if (n < 0) {
            char msg[160];
            snprintf(msg, sizeof(msg), "upstream HTTP/2 error: %s", nghttp2_strerror((int)n));
            up_conn_close(c, "protocol_error", 502, GW_UPFAIL_CONNECT, msg);
            break;
        }
        gw_evbuffer_wipe_drain(plain, v.iov_len);
    }
    gw_evbuffer_wipe(plain);
    up_h2_flush(c);
}

void up_h2_on_drained(up_conn_t *c)
{
    up_h2_flush(c);
}

void up_h2_on_close(up_conn_t *c, int error, const char *why)
{
    (void)why;
    while (c->reqs) {
        gw_upstream_req_t *r = c->reqs;
        if (r->st == UR_ENDED) {
            up_conn_detach(c, r); /* complete, waiting for a slow sink: it outlives us */
            r->stream_id = 0;
            r->unconsumed = 0;
            continue;
        }
        if (c->goaway && r->stream_id > c->last_stream_id && up_req_retry(r) == 0) {
            continue; /* the server said it never processed it */
        }
        up_sink_fail(r, 502, GW_UPFAIL_CLOSED, "upstream closed the connection mid-response");
    }
    up_conn_close(c,
                  error       ? "error"
                  : c->goaway ? "goaway"
                              : "peer_closed",
                  0, GW_UPFAIL_OTHER, NULL);
}

void up_h2_cancel(up_conn_t *c, gw_upstream_req_t *r)
{
    if (r->stream_id > 0 && c->ng) {
        nghttp2_submit_rst_stream(c->ng, NGHTTP2_FLAG_NONE, r->stream_id, NGHTTP2_CANCEL);
        if (r->unconsumed) {
            nghttp2_session_consume(c->ng, r->stream_id, r->unconsumed);
            r->unconsumed = 0;
        }
    }
    up_conn_detach(c, r);
}

void up_h2_resume(up_conn_t *c, gw_upstream_req_t *r)
{
    if (deliver(c, r) < 0) {
        if (c) {
            up_h2_flush(c);
        }
        return;
    }
    maybe_end(c, r);
    if (c) {
        up_h2_flush(c);
    }
}
