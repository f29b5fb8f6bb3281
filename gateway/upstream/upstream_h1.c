/* upstream_h1: one HTTP/1.1 request at a time over a pooled upstream TLS connection.
 *
 * The request goes out whole (head with Content-Length, then the complete body; never chunked).
 * The response is parsed with llhttp: interim 1xx heads are skipped, the body is decoded
 * (chunked framing removed) and handed to the sink as it arrives. The connection returns to the
 * pool only after a complete response that allows keep-alive and nothing unexpected after it;
 * anything else (cancel, timeout, framing error, close) ends the connection.
 */
#include "gateway/upstream/upstream.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int on_body(void *arg, const char *p, size_t n)
{
    up_conn_t *c = arg;
    return c->reqs && evbuffer_add(c->reqs->rbuf, p, n) == 0 ? 0 : -1;
}

int up_h1_start(up_conn_t *c)
{
    c->head = gw_head_new(GW_HEAD_RESPONSE, c->w->cfg->max_header_bytes);
    c->in = evbuffer_new();
    if (!c->head || !c->in) {
        return -1;
    }
    gw_head_on_body(c->head, on_body, c);
    return 0;
}

void up_h1_free(up_conn_t *c)
{
    gw_head_free(c->head);
    gw_evbuffer_wipe_free(c->in);
}

static int is_token(const char *s, size_t n)
{
    static const char extra[] = "!#$%&'*+-.^_`|~";
    if (n == 0) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              (ch && strchr(extra, ch)))) {
            return 0;
        }
    }
    return 1;
}

static int is_field_value(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r' || s[i] == '\n' || s[i] == '\0') {
            return 0;
        }
    }
    return 1;
}

static int is_path(const char *s)
{
    if (!s || (s[0] != '/' && strcmp(s, "*") != 0)) {
        return 0;
    }
    for (; *s; s++) {
        if ((unsigned char)*s <= ' ' || *s == 0x7f) {
            return 0;
        }
    }
    return 1;
}

/* The request head; -1 when a field could not be written as HTTP/1.1 without changing it. */
static int build_head(gw_upstream_req_t *r, struct evbuffer *out)
{
    const gw_req_t *q = r->req;
    char abuf[300];
    const char *auth = up_authority(r, abuf, sizeof(abuf));
    if (!is_token(q->method, strlen(q->method)) || !is_path(q->path) ||
        !is_field_value(auth, strlen(auth))) {
        return -1;
    }
    evbuffer_add_printf(out, "%s %s HTTP/1.1\r\nHost: %s\r\n", q->method, q->path, auth);
    for (size_t i = 0; i < q->hdrs.n; i++) {
        const gw_hdr_t *h = &q->hdrs.v[i];
        if (gw_hdr_is_hop(h->name, h->nlen, &q->hdrs) || !strcmp(h->name, "host") ||
            !strcmp(h->name, "content-length")) {
            continue;
        }
        if (!is_token(h->name, h->nlen) || !is_field_value(h->value, h->vlen)) {
            return -1;
        }
        evbuffer_add(out, h->name, h->nlen);
        evbuffer_add(out, ": ", 2);
        evbuffer_add(out, h->value, h->vlen);
        evbuffer_add(out, "\r\n", 2);
    }
    if (up_method_wants_length(q)) {
        evbuffer_add_printf(out, "Content-Length: %zu\r\n", evbuffer_get_length(q->body));
    }
    evbuffer_add(out, "\r\n", 2);
    return 0;
}

void up_h1_send(up_conn_t *c, gw_upstream_req_t *r)
{
    struct evbuffer *out = evbuffer_new();
    if (!out) {
        up_conn_close(c, "error", 502, GW_UPFAIL_CONNECT, "out of memory");
        return;
    }
    gw_head_reset(c->head);
    c->nhead_hdrs = 0;
    c->body_kind = 0;
    if (build_head(r, out) != 0) {
        evbuffer_free(out);
        up_conn_detach(c, r);
        up_sink_fail(r, 400, GW_UPFAIL_OTHER, "request cannot be sent as HTTP/1.1 (invalid field)");
        up_conn_idle(c);
        return;
    }
    int rc = gw_tls_write_buffer(c->tls, out);
    evbuffer_free(out);
    /* The body stays in the request (a retry sends it again), so write it without draining. */
    struct evbuffer_ptr pos;
    evbuffer_ptr_set(r->req->body, &pos, 0, EVBUFFER_PTR_SET);
    struct evbuffer_iovec v[8];
    while (rc == 0) {
        int n = evbuffer_peek(r->req->body, -1, &pos, v, 8);
        if (n <= 0) {
            break;
        }
        size_t used = 0;
        for (int i = 0; i < n && i < 8 && rc == 0; i++) {
            rc = gw_tls_write(c->tls, v[i].iov_base, v[i].iov_len);
            used += v[i].iov_len;
        }
        if (n <= 8 || evbuffer_ptr_set(r->req->body, &pos, used, EVBUFFER_PTR_ADD) != 0) {
            break;
        }
    }
    if (rc != 0) {
        up_conn_close(c, "write_failed", 502, GW_UPFAIL_CONNECT,
                      "cannot write to the upstream connection");
    }
}

/* Response head complete: pass it on, or skip an interim 1xx. Returns 1 to go on parsing, 0 to
 * stop (request gone or connection closed). */
static int on_head(up_conn_t *c, gw_upstream_req_t *r)
{
    int status = gw_head_status_code(c->head);
    if (status < 100 || status > 599) {
        up_conn_close(c, "error", 502, GW_UPFAIL_CONNECT, "upstream sent an invalid status");
        return 0;
    }
    if (status == 101) {
        up_conn_close(c, "error", 502, GW_UPFAIL_CONNECT, "upstream tried to switch protocols");
        return 0;
    }
    if (status >= 100 && status < 200) {
        gw_head_reset(c->head);
        return 1;
    }
    uint64_t len = 0;
    int kind = gw_head_body_kind(c->head, &len);
    if (r->is_head || status == 204 || status == 304) {
        kind = 0;
    }
    c->body_kind = kind;
    c->nhead_hdrs = gw_head_nheaders(c->head);
    size_t clen = 0;
    const char *conn = gw_head_get(c->head, "connection", &clen);
    gw_hdrs_t hdrs = {0};
    for (size_t i = 0; i < c->nhead_hdrs; i++) {
        const char *n, *v;
        size_t nl, vl;
        gw_head_header_at(c->head, i, &n, &nl, &v, &vl);
        if (gw_is_hop_by_hop(n, nl, conn, clen) ||
            (nl == 17 && strncasecmp(n, "transfer-encoding", nl) == 0) ||
            (kind == 2 && nl == 14 && strncasecmp(n, "content-length", nl) == 0)) {
            continue;
        }
        if (gw_hdrs_add(&hdrs, n, nl, v, vl) != 0) {
            gw_hdrs_clear(&hdrs);
            up_conn_close(c, "error", 502, GW_UPFAIL_CONNECT, "out of memory");
            return 0;
        }
    }
    int rc = up_sink_head(r, status, &hdrs);
    gw_hdrs_clear(&hdrs);
    return rc == 0 && c->st == UC_READY;
}

static int keep_alive(up_conn_t *c)
{
    size_t clen = 0;
    const char *conn = gw_head_get(c->head, "connection", &clen);
    /* gw_is_hop_by_hop answers "is this name listed in Connection", which is the test here. */
    int close = conn && gw_is_hop_by_hop("close", 5, conn, clen);
    return gw_head_version(c->head) == 11 && !close && c->body_kind != 3;
}

/* The response is complete: end the request, then pool or close the connection. */
static void finish(up_conn_t *c, gw_upstream_req_t *r, int with_trailers)
{
    gw_hdrs_t trailers = {0};
    size_t n = gw_head_nheaders(c->head);
    for (size_t i = with_trailers ? c->nhead_hdrs : n; i < n; i++) {
        const char *hn, *hv;
        size_t nl, vl;
        gw_head_header_at(c->head, i, &hn, &nl, &hv, &vl);
        gw_hdrs_add(&trailers, hn, nl, hv, vl);
    }
    int reuse = keep_alive(c);
    up_conn_detach(c, r);
    up_sink_end(r, trailers.n ? &trailers : NULL);
    gw_hdrs_clear(&trailers);
    if (c->st != UC_READY) {
        return;
    }
    if (!reuse) {
        up_conn_close(c, "done", 0, GW_UPFAIL_OTHER, NULL);
    } else if (evbuffer_get_length(c->in)) {
        up_conn_close(c, "unexpected_data", 0, GW_UPFAIL_OTHER, NULL);
    } else {
        gw_head_reset(c->head);
        up_conn_idle(c);
    }
}

static void process(up_conn_t *c)
{
    while (c->st == UC_READY && evbuffer_get_length(c->in)) {
        gw_upstream_req_t *r = c->reqs;
        if (!r) {
            up_conn_close(c, "unexpected_data", 0, GW_UPFAIL_OTHER, NULL);
            return;
        }
        if (r->paused) {
            gw_tls_pause_read(c->tls, 1);
            return;
        }
        r->received = 1;
        up_req_touch(r);
        struct evbuffer_iovec v;
        if (evbuffer_peek(c->in, -1, NULL, &v, 1) < 1) {
            return;
        }
        if (r->st == UR_SENT) {
            long n = gw_head_feed(c->head, v.iov_base, v.iov_len);
            if (n < 0) {
                up_conn_close(c, "error", 502, GW_UPFAIL_CONNECT,
                              "malformed response head from upstream");
                return;
            }
            if (n == 0) {
                gw_evbuffer_wipe_drain(c->in, v.iov_len);
                continue;
            }
            gw_evbuffer_wipe_drain(c->in, (size_t)n);
            if (!on_head(c, r)) {
                return;
            }
            if (gw_head_complete(c->head) && c->body_kind == 0 && r->st == UR_BODY) {
                finish(c, r, 0);
            }
            continue;
        }
        int done = 0;
        long n = gw_head_feed_body(c->head, v.iov_base, v.iov_len, &done);
        if (n < 0) {
            up_conn_close(c, "error", 502, GW_UPFAIL_CONNECT,
                          "malformed response body from upstream");
            return;
        }
        gw_evbuffer_wipe_drain(c->in, (size_t)n);
        if (up_sink_deliver(r) < 0 || c->st != UC_READY) {
            return;
        }
        if (done) {
            finish(c, r, c->body_kind == 2);
        } else if (r->paused) {
            gw_tls_pause_read(c->tls, 1);
            return;
        }
    }
}

void up_h1_on_read(up_conn_t *c, struct evbuffer *plain)
{
    evbuffer_add_buffer(c->in, plain);
    if (!c->reqs || !c->reqs->paused) {
        process(c);
    }
}

void up_h1_resume(up_conn_t *c, gw_upstream_req_t *r)
{
    (void)r;
    gw_tls_pause_read(c->tls, 0);
    process(c);
}

void up_h1_on_close(up_conn_t *c, int error, const char *why)
{
    gw_upstream_req_t *r = c->reqs;
    if (r && r->st == UR_BODY && c->body_kind == 3 && !error) {
        /* Delimited by the close: the response is complete. */
        if (up_sink_deliver(r) == 0 && c->reqs == r) {
            up_conn_detach(c, r);
            up_sink_end(r, NULL);
        }
        up_conn_close(c, "done", 0, GW_UPFAIL_OTHER, NULL);
        return;
    }
    if (r && c->requests > 1 && up_req_retry(r) == 0) {
        /* A kept-alive connection the server closed as we reused it: try once more. */
        up_conn_close(c, "stale", 0, GW_UPFAIL_OTHER, NULL);
        return;
    }
    (void)why;
    up_conn_close(c,
                  r       ? "closed_mid_response"
                  : error ? "error"
                          : "peer_closed",
                  502, GW_UPFAIL_CLOSED, "upstream closed the connection mid-response");
}
