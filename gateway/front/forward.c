/* forward: plain-HTTP proxying of one absolute-form request (GET http://host/path).
 *
 * One request per client connection: the request goes upstream with "Connection: close", its
 * body framed exactly as the client framed it (the parser only finds where it ends), and the
 * response comes back with hop-by-hop headers removed, then streams until the origin closes.
 * The destination passes the same dial + guard as a CONNECT tunnel.
 */
#include "gateway/front/front.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum fstate { FW_DIAL, FW_REQUEST, FW_RESPONSE_HEAD, FW_RESPONSE_BODY, FW_RESPOND };

struct fwd {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    enum fstate st;
    struct bufferevent *cli, *up;
    gw_head_t *req, *resp;
    gw_dial_t *dial;
    struct evbuffer *pending; /* the rewritten request head, until upstream connects */
    char host[256];
    char authority[300];
    unsigned port;
    gw_client_t *cl; /* owned; ended in fwd_end */
    int req_done;
    uint64_t up_bytes, down_bytes;
    int status;
    const char *reason;
};

static void fwd_end(struct fwd *f, const char *outcome)
{
    gw_client_t *cl = f->cl;
    snprintf(cl->host, sizeof(cl->host), "%s", f->host);
    cl->port = f->port;
    cl->decision = "forward";
    cl->status = f->status;
    cl->bytes_up = f->up_bytes;
    cl->bytes_down = f->down_bytes;
    gw_client_reason(cl, f->reason);
    gw_client_end(cl, outcome);
    gw_worker_unlink(f->w, &f->link);
    gw_dial_cancel(f->dial);
    if (f->cli) {
        bufferevent_free(f->cli);
    }
    if (f->up) {
        bufferevent_free(f->up);
    }
    gw_head_free(f->req);
    gw_head_free(f->resp);
    if (f->pending) {
        evbuffer_free(f->pending);
    }
    free(f);
}

static void on_abort(gw_link_t *l)
{
    fwd_end((struct fwd *)l, "shutdown");
}

#define HIGH_WATER (1024 * 1024)
#define LOW_WATER (256 * 1024)

static void on_cli_flushed(struct bufferevent *bev, void *arg)
{
    struct fwd *f = arg;
    if (f->st == FW_RESPOND) {
        if (evbuffer_get_length(bufferevent_get_output(bev)) == 0) {
            fwd_end(f, f->status ? "closed" : "responded");
        } else {
            bufferevent_setwatermark(bev, EV_WRITE, 0, 0);
        }
        return;
    }
    if (f->st == FW_RESPONSE_BODY && f->up && !(bufferevent_get_enabled(f->up) & EV_READ)) {
        bufferevent_setwatermark(bev, EV_WRITE, 0, 0);
        bufferevent_enable(f->up, EV_READ);
    }
}

static void respond_error(struct fwd *f, int status, const char *text)
{
    f->status = status;
    f->reason = text;
    gw_http_error(bufferevent_get_output(f->cli), status, text);
    gw_linger_close(f->w, f->cli);
    f->cli = NULL;
    fwd_end(f, "responded");
}

/* Move request body bytes from the client to upstream, stopping exactly at the message end. */
static void pump_request(struct fwd *f)
{
    struct evbuffer *in = bufferevent_get_input(f->cli);
    while (!f->req_done && evbuffer_get_length(in)) {
        struct evbuffer_iovec v;
        if (evbuffer_peek(in, -1, NULL, &v, 1) < 1) {
            break;
        }
        int done = 0;
        long used = gw_head_feed_body(f->req, v.iov_base, v.iov_len, &done);
        if (used < 0) {
            respond_error(f, 400, "malformed request body framing");
            return;
        }
        f->up_bytes += (uint64_t)used;
        evbuffer_remove_buffer(in, bufferevent_get_output(f->up), (size_t)used);
        f->req_done = done;
    }
    if (f->req_done) {
        /* Connection: close was sent upstream; anything pipelined after it is not served. */
        evbuffer_drain(in, evbuffer_get_length(in));
        bufferevent_disable(f->cli, EV_READ);
    }
}

static void write_response_head(struct fwd *f)
{
    struct evbuffer *out = bufferevent_get_output(f->cli);
    size_t rlen, clen = 0;
    const char *reason = gw_head_reason(f->resp, &rlen);
    const char *conn = gw_head_get(f->resp, "connection", &clen);
    f->status = gw_head_status_code(f->resp);
    evbuffer_add_printf(out, "HTTP/1.1 %d %.*s\r\n", f->status, (int)rlen, reason);
    for (size_t i = 0; i < gw_head_nheaders(f->resp); i++) {
        const char *n, *v;
        size_t nl, vl;
        gw_head_header_at(f->resp, i, &n, &nl, &v, &vl);
        if (!gw_is_hop_by_hop(n, nl, conn, clen)) {
            evbuffer_add_printf(out, "%.*s: %.*s\r\n", (int)nl, n, (int)vl, v);
        }
    }
    evbuffer_add_printf(out, "Via: 1.1 hush\r\nConnection: close\r\n\r\n");
}

static void on_up_read(struct bufferevent *bev, void *arg)
{
    struct fwd *f = arg;
    struct evbuffer *in = bufferevent_get_input(bev);
    while (f->st == FW_RESPONSE_HEAD && evbuffer_get_length(in)) {
        struct evbuffer_iovec v;
        evbuffer_peek(in, -1, NULL, &v, 1);
        long r = gw_head_feed(f->resp, v.iov_base, v.iov_len);
        if (r < 0) {
            respond_error(f, 502, "malformed response from the destination");
            return;
        }
        if (!gw_head_complete(f->resp)) {
            evbuffer_drain(in, v.iov_len);
            continue;
        }
        evbuffer_drain(in, (size_t)r);
        write_response_head(f);
        if (f->status >= 100 && f->status < 200 && f->status != 101) {
            gw_head_reset(f->resp); /* an interim response; the final one follows */
            continue;
        }
        f->st = FW_RESPONSE_BODY;
    }
    if (f->st == FW_RESPONSE_BODY) {
        f->down_bytes += evbuffer_get_length(in);
        bufferevent_write_buffer(f->cli, in);
        if (evbuffer_get_length(bufferevent_get_output(f->cli)) >= HIGH_WATER) {
            bufferevent_disable(bev, EV_READ);
            bufferevent_setwatermark(f->cli, EV_WRITE, LOW_WATER, 0);
        }
    }
}

static void on_up_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    struct fwd *f = arg;
    if (what & BEV_EVENT_TIMEOUT) {
        if (f->st == FW_RESPONSE_BODY) {
            fwd_end(f, "upstream_timeout");
        } else {
            respond_error(f, 504, "the destination did not answer in time");
        }
        return;
    }
    if (f->st == FW_RESPONSE_BODY) {
        on_up_read(f->up, f);
        /* The origin closed: deliver what is buffered, then close the client. */
        bufferevent_free(f->up);
        f->up = NULL;
        f->st = FW_RESPOND;
        bufferevent_setwatermark(f->cli, EV_WRITE, 0, 0);
        if (evbuffer_get_length(bufferevent_get_output(f->cli)) == 0) {
            fwd_end(f, "closed");
        }
        return;
    }
    respond_error(f, 502, "the destination closed the connection without a response");
}

static void on_cli_read(struct bufferevent *bev, void *arg)
{
    (void)bev;
    struct fwd *f = arg;
    if (f->st == FW_REQUEST || f->st == FW_RESPONSE_HEAD || f->st == FW_RESPONSE_BODY) {
        if (!f->req_done && f->up) {
            pump_request(f);
        }
    }
}

static void on_cli_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    (void)what;
    fwd_end(arg, what & BEV_EVENT_TIMEOUT ? "client_timeout" : "client_closed");
}

static void on_dialed(int fd, int status, const char *reason, const struct sockaddr *addr,
                      void *arg)
{
    (void)addr;
    struct fwd *f = arg;
    f->dial = NULL;
    if (fd < 0) {
        if (status == 403) {
            atomic_fetch_add(&f->w->srv->counters.blocked, 1);
        }
        respond_error(f, status, reason);
        return;
    }
    f->up = bufferevent_socket_new(f->w->base, fd, BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
    if (!f->up) {
        evutil_closesocket(fd);
        respond_error(f, 502, "out of resources");
        return;
    }
    gw_tune_bev(f->up);
    double t = f->w->cfg->upstream_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    bufferevent_set_timeouts(f->up, &tv, NULL);
    bufferevent_setcb(f->up, on_up_read, NULL, on_up_event, f);
    bufferevent_enable(f->up, EV_READ | EV_WRITE);
    bufferevent_write_buffer(f->up, f->pending);
    f->st = FW_RESPONSE_HEAD;
    bufferevent_enable(f->cli, EV_READ);
    pump_request(f);
}

/* Build the upstream request head: origin-form target, no hop-by-hop headers, our Host. */
static int build_request(struct fwd *f, const char *target, size_t tlen)
{
    const char *p = target + 7; /* after "http://" */
    const char *end = target + tlen;
    const char *a_end = p;
    while (a_end < end && *a_end != '/' && *a_end != '?' && *a_end != '#') {
        a_end++;
    }
    if (memchr(p, '@', (size_t)(a_end - p))) {
        return -1; /* userinfo in a proxy URL is a credential leak or a trick */
    }
    if (gw_split_authority(p, (size_t)(a_end - p), f->host, sizeof(f->host), &f->port, 80) != 0) {
        return -1;
    }
    snprintf(f->authority, sizeof(f->authority), "%.*s", (int)(a_end - p), p);
    const char *path = a_end;
    const char *frag = memchr(path, '#', (size_t)(end - path));
    size_t plen = (size_t)((frag ? frag : end) - path);
    size_t clen = 0;
    const char *conn = gw_head_get(f->req, "connection", &clen);
    evbuffer_add_printf(f->pending, "%s %s%.*s HTTP/1.1\r\nHost: %s\r\n", gw_head_method(f->req),
                        (plen && path[0] == '/') ? "" : "/", (int)plen, path, f->authority);
    for (size_t i = 0; i < gw_head_nheaders(f->req); i++) {
        const char *n, *v;
        size_t nl, vl;
        gw_head_header_at(f->req, i, &n, &nl, &v, &vl);
        if (gw_is_hop_by_hop(n, nl, conn, clen) || (nl == 4 && !strncasecmp(n, "host", 4))) {
            continue;
        }
        evbuffer_add_printf(f->pending, "%.*s: %.*s\r\n", (int)nl, n, (int)vl, v);
    }
    evbuffer_add_printf(f->pending, "Via: 1.1 hush\r\nConnection: close\r\n\r\n");
    return 0;
}

void gw_forward_start(gw_worker_t *w, struct bufferevent *bev, gw_head_t *head, gw_client_t *cl)
{
    struct fwd *f = calloc(1, sizeof(*f));
    if (!f) {
        bufferevent_free(bev);
        gw_head_free(head);
        cl->decision = "forward";
        gw_client_end(cl, "out_of_memory");
        return;
    }
    f->w = w;
    f->cli = bev;
    f->req = head;
    f->cl = cl;
    f->resp = gw_head_new(GW_HEAD_RESPONSE, w->cfg->max_header_bytes);
    f->pending = evbuffer_new();
    gw_worker_link(w, &f->link, on_abort);
    bufferevent_setcb(bev, on_cli_read, on_cli_flushed, on_cli_event, f);
    double t = w->cfg->idle_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    bufferevent_set_timeouts(bev, &tv, NULL);
    if (!f->resp || !f->pending) {
        respond_error(f, 500, "out of memory");
        return;
    }
    size_t tlen;
    const char *target = gw_head_target(head, &tlen);
    if (gw_connection_names_framing(head)) {
        respond_error(f, 400,
                      "a Connection header may not name Content-Length or Transfer-Encoding");
        return;
    }
    if (build_request(f, target, tlen) != 0) {
        respond_error(f, 400, "bad absolute URL (http://host[:port]/path, no userinfo)");
        return;
    }
    f->st = FW_DIAL;
    bufferevent_disable(bev, EV_READ);
    f->dial = gw_dial_start(w, f->host, f->port, on_dialed, f);
    if (!f->dial) {
        respond_error(f, 502, "out of resources");
    }
}
