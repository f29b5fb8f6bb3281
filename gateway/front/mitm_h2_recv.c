/* mitm_h2_recv: nghttp2's callbacks for the client-facing HTTP/2 server: a request head
 * assembled from HEADERS (pseudo-headers, Host, Cookie fields joined), its body from DATA with
 * manual flow control, and the frame and stream-close events that move a stream on.
 *
 * nghttp2 calls these from inside pump() or on_tls_read (mitm_h2.c): they may queue frames and
 * hand a request to its exchange, never re-enter nghttp2 to send or receive.
 */
#include "gateway/front/mitm_h2_internal.h"

#include <nghttp2/nghttp2.h>
#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- requests ------------------------------------------------------------------------------- */

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

int on_begin_headers(nghttp2_session *ng, const nghttp2_frame *frame, void *ud)
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

int on_header(nghttp2_session *ng, const nghttp2_frame *frame, const uint8_t *name, size_t nlen,
              const uint8_t *value, size_t vlen, uint8_t flags, void *ud)
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

int on_data_chunk(nghttp2_session *ng, uint8_t flags, int32_t id, const uint8_t *data, size_t len,
                  void *ud)
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

int on_frame_recv(nghttp2_session *ng, const nghttp2_frame *frame, void *ud)
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

int on_frame_send(nghttp2_session *ng, const nghttp2_frame *frame, void *ud)
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

int on_stream_close(nghttp2_session *ng, int32_t id, uint32_t error_code, void *ud)
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
