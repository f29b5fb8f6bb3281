/* bench_loadgen: the benchmark's load client (HTTP/1.1, HTTP/2, new connections, SSE, opaque
 * tunnels, idle connections), optionally through an HTTP CONNECT proxy, then TLS.
 *
 * The one thing a reader must know: it only ever dials numeric loopback addresses (127.0.0.0/8,
 * ::1) given with --proxy or --connect, and every run is bounded by --duration and --max-reqs.
 * The name in --authority is only written into the CONNECT line, the Host header and the SNI;
 * the proxy decides where it goes (run.sh starts everything inside a network namespace with only
 * lo). Results go to stdout as one "RESULT key=value ..." line for run.sh.
 *
 * Modes: h1 (keep-alive POST of --body), h2 (--streams per connection), newconn (CONNECT + TLS +
 * one POST per connection), sse (h1 POST, counts SSE events), tunnel (CONNECT, then the
 * bench_upstream bulk protocol: 'U'/'D'/'E' + 8-byte length), idle (--conns connections
 * opened, then held for --hold seconds while the watched process's RSS is sampled).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <event2/event.h>
#include <event2/buffer.h>
#include <event2/thread.h>
#include <fcntl.h>
#include <nghttp2/nghttp2.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum mode { M_H1, M_H2, M_NEWCONN, M_SSE, M_TUNNEL, M_IDLE };

#define MAX_WATCH 4

static struct {
    enum mode mode;
    struct sockaddr_storage addr; /* what we dial: the proxy, or the target directly */
    socklen_t addrlen;
    int via_proxy;
    char authority[256]; /* CONNECT target and Host header */
    char host[256];      /* SNI and Host header */
    char path[256];
    const char *ca_file;
    int tls;
    int conns, threads, streams;
    double duration, warmup, hold, rate;
    uint64_t max_reqs;
    uint64_t bytes;  /* tunnel: payload bytes in all */
    char tunnel_dir; /* 'U' 'D' 'E' */
    int inflight;    /* idle: handshakes in flight at once */
    int resume;      /* offer each worker's latest TLS session (tickets / session ids) */
    char *body;
    size_t body_len;
    char *req_head; /* HTTP/1.1 request head */
    size_t req_head_len;
    pid_t watch[MAX_WATCH];
    int nwatch;
    const char *label;
} O = {
    .conns = 1,
    .threads = 1,
    .streams = 1,
    .duration = 5,
    .hold = 5,
    .max_reqs = 10000000,
    .bytes = 64u << 20,
    .tunnel_dir = 'E',
    .inflight = 256,
    .path = "/v1/chat/completions",
};

static atomic_int g_measuring; /* 1 while samples count */
static atomic_int g_stop;
static atomic_ullong g_issued;
static atomic_int g_established, g_failed_open;
static uint64_t g_t0_ns; /* measurement start */

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

typedef struct worker {
    struct event_base *base;
    SSL_CTX *ctx;
    pthread_t th;
    int idx, nconns;
    struct event *tick;
    uint64_t *lat;
    size_t nlat, caplat;
    uint64_t *fb; /* h1: time to the response head (first byte), per measured request */
    size_t nfb, capfb;
    uint64_t reqs, errs, bytes_in, bytes_out, events, tunnel_bytes;
    uint64_t handshakes, resumed; /* TLS handshakes completed, of which resumed */
    SSL_SESSION *session;         /* --resume: the latest session the server gave */
    int to_open, opening;         /* idle mode */
    char first_error[160];
} worker_t;

enum cstate { CS_TCP, CS_CONNECT, CS_TLS, CS_READY, CS_DEAD };
enum rstate { RS_HEAD, RS_CL, RS_CHSIZE, RS_CHDATA, RS_CHCRLF, RS_TRAILER, RS_CLOSE };

typedef struct conn {
    worker_t *w;
    int fd;
    SSL *ssl;
    struct event *ev_r, *ev_w, *ev_timer;
    enum cstate st;
    struct evbuffer *in, *out;
    uint64_t t_conn, t_req, next_due;
    /* h1 response */
    enum rstate rs;
    int status, busy, finished;
    uint64_t remain;
    int sse_match;
    uint64_t sse_events;
    /* h2 */
    nghttp2_session *h2;
    int h2_inflight;
    /* tunnel */
    uint64_t tun_sent, tun_recv, tun_goal_send, tun_goal_recv;
    int tun_hdr_sent;
} conn_t;

typedef struct h2stream {
    conn_t *c;
    uint64_t t0;
    int status;
    size_t off;
} h2stream_t;

static void conn_open(worker_t *w);
static void conn_kill(conn_t *c, const char *why);
static void conn_want_write(conn_t *c);
static void conn_flush(conn_t *c);
static void h1_send(conn_t *c);
static void h2_submit(conn_t *c);

static void fail(worker_t *w, const char *why)
{
    if (!w->first_error[0])
        snprintf(w->first_error, sizeof w->first_error, "%s", why);
}

static void record(worker_t *w, uint64_t lat, int ok)
{
    if (!atomic_load(&g_measuring) || atomic_load(&g_stop))
        return;
    if (!ok) {
        w->errs++;
        return;
    }
    w->reqs++;
    if (w->nlat == w->caplat) {
        size_t n = w->caplat ? w->caplat * 2 : 65536;
        uint64_t *p = realloc(w->lat, n * sizeof *p);
        if (!p)
            return;
        w->lat = p;
        w->caplat = n;
    }
    w->lat[w->nlat++] = lat;
}

/* h1: the response head arrived (time to first byte; the request's latency is to the last). */
static void record_fb(worker_t *w, uint64_t lat)
{
    if (!atomic_load(&g_measuring) || atomic_load(&g_stop))
        return;
    if (w->nfb == w->capfb) {
        size_t n = w->capfb ? w->capfb * 2 : 65536;
        uint64_t *p = realloc(w->fb, n * sizeof *p);
        if (!p)
            return;
        w->fb = p;
        w->capfb = n;
    }
    w->fb[w->nfb++] = lat;
}

/* A request may start while under the global cap and before the stop. */
static int may_issue(void)
{
    if (atomic_load(&g_stop))
        return 0;
    return atomic_fetch_add(&g_issued, 1) < O.max_reqs;
}

/* ---- I/O ---------------------------------------------------------------------------------- */

static void conn_free(conn_t *c)
{
    if (c->h2)
        nghttp2_session_del(c->h2);
    if (c->ssl)
        SSL_free(c->ssl);
    if (c->ev_r)
        event_free(c->ev_r);
    if (c->ev_w)
        event_free(c->ev_w);
    if (c->ev_timer)
        event_free(c->ev_timer);
    if (c->fd >= 0)
        close(c->fd);
    evbuffer_free(c->in);
    evbuffer_free(c->out);
    free(c);
}

static void conn_kill(conn_t *c, const char *why)
{
    worker_t *w = c->w;
    int was_ready = c->st == CS_READY;
    if (c->st == CS_DEAD)
        return;
    c->st = CS_DEAD;
    if (O.mode == M_IDLE) {
        if (was_ready)
            atomic_fetch_sub(&g_established, 1);
        else {
            atomic_fetch_add(&g_failed_open, 1);
            w->opening--;
        }
    }
    if (why) {
        fail(w, why);
        if (O.mode == M_H2) {
            for (int i = 0; i < c->h2_inflight; i++)
                record(w, 0, 0);
        } else if (O.mode != M_IDLE && (c->busy || O.mode == M_NEWCONN || O.mode == M_TUNNEL))
            record(w, 0, 0);
    }
    w->nconns--;
    conn_free(c);
    /* Keep the connection count: replace a lost connection (not in idle or tunnel mode). */
    if (!atomic_load(&g_stop) && O.mode != M_IDLE && O.mode != M_TUNNEL)
        conn_open(w);
}

static int io_write(conn_t *c, const void *p, size_t n)
{
    if (!c->ssl) {
        ssize_t r = send(c->fd, p, n, MSG_NOSIGNAL);
        if (r >= 0)
            return (int)r;
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
    }
    int r = SSL_write(c->ssl, p, (int)(n > 65536 ? 65536 : n));
    if (r > 0)
        return r;
    int e = SSL_get_error(c->ssl, r);
    return (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ) ? 0 : -1;
}

static void conn_flush(conn_t *c)
{
    while (evbuffer_get_length(c->out) > 0) {
        /* Whole TLS records (16 KiB) rather than one per small piece: pull the front together. */
        struct evbuffer_iovec v;
        size_t len = evbuffer_get_length(c->out);
        v.iov_len = len < 16384 ? len : 16384;
        v.iov_base = evbuffer_pullup(c->out, (ev_ssize_t)v.iov_len);
        int r = io_write(c, v.iov_base, v.iov_len);
        if (r < 0) {
            conn_kill(c, "write failed");
            return;
        }
        if (r == 0) {
            conn_want_write(c);
            return;
        }
        c->w->bytes_out += (uint64_t)r;
        evbuffer_drain(c->out, (size_t)r);
    }
}

static void conn_want_write(conn_t *c)
{
    event_add(c->ev_w, NULL);
}

/* ---- HTTP/1.1 ----------------------------------------------------------------------------- */

static void sse_count(conn_t *c, const unsigned char *p, size_t n)
{
    static const char pat[] = "data:";
    for (size_t i = 0; i < n; i++) {
        if (p[i] == (unsigned char)pat[c->sse_match]) {
            if (++c->sse_match == 5) {
                c->sse_events++;
                c->sse_match = 0;
            }
        } else
            c->sse_match = p[i] == 'd';
    }
}

static void body_bytes(conn_t *c, size_t n)
{
    if (O.mode == M_SSE) {
        struct evbuffer_iovec v[8];
        size_t left = n;
        int k = evbuffer_peek(c->in, (ev_ssize_t)n, NULL, v, 8);
        for (int i = 0; i < k && i < 8 && left; i++) {
            size_t m = v[i].iov_len < left ? v[i].iov_len : left;
            sse_count(c, v[i].iov_base, m);
            left -= m;
        }
    }
    evbuffer_drain(c->in, n);
}

static void h1_done(conn_t *c)
{
    worker_t *w = c->w;
    uint64_t t = now_ns();
    int ok = c->status == 200 && (O.mode != M_SSE || c->sse_events > 0);
    if (!ok) {
        char why[64];
        snprintf(why, sizeof why, "HTTP status %d", c->status);
        fail(w, why);
    }
    if (O.mode == M_SSE && atomic_load(&g_measuring))
        w->events += c->sse_events;
    record(w, t - (O.mode == M_NEWCONN ? c->t_conn : c->t_req), ok);
    c->busy = 0;
    c->rs = RS_HEAD;
    if (O.mode == M_NEWCONN) {
        c->finished = 1; /* on_read closes it, and a new connection takes its place */
        return;
    }
    h1_send(c);
}

static void sched_cb(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    h1_send(arg);
}

static void h1_send(conn_t *c)
{
    if (!may_issue())
        return;
    uint64_t t = now_ns();
    if (O.rate > 0) {
        double gap = (double)O.conns / O.rate * 1e9;
        if (!c->next_due) {
            /* Spread the connections' first sends over one gap (golden-ratio sequence), so they
             * do not all fire in the same instant every gap and measure their own burst. */
            static atomic_uint spread;
            double f = (double)atomic_fetch_add(&spread, 1) * 0.6180339887;
            c->next_due = t + (uint64_t)(gap * (f - (double)(uint64_t)f));
        }
        if (c->next_due > t + 20000) {
            atomic_fetch_sub(&g_issued, 1);
            uint64_t d = c->next_due - t;
            struct timeval tv = {(time_t)(d / 1000000000u), (suseconds_t)(d % 1000000000u / 1000)};
            evtimer_add(c->ev_timer, &tv);
            return;
        }
        c->t_req = c->next_due; /* latency from the scheduled time: no coordinated omission */
        c->next_due += (uint64_t)gap;
    } else
        c->t_req = t;
    c->busy = 1;
    c->rs = RS_HEAD;
    c->status = 0;
    c->sse_events = 0;
    c->sse_match = 0;
    evbuffer_add_reference(c->out, O.req_head, O.req_head_len, NULL, NULL);
    evbuffer_add_reference(c->out, O.body, O.body_len, NULL, NULL);
    conn_flush(c);
}

static int lower_find(const char *head, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(head + i, needle, k) == 0)
            return (int)i;
    return -1;
}

static void h1_read(conn_t *c)
{
    for (;;) {
        size_t avail = evbuffer_get_length(c->in);
        if (c->st == CS_DEAD || !c->busy || c->finished)
            return;
        switch (c->rs) {
        case RS_HEAD: {
            struct evbuffer_ptr p = evbuffer_search(c->in, "\r\n\r\n", 4, NULL);
            if (p.pos < 0) {
                if (avail > 65536)
                    conn_kill(c, "response head too big");
                return;
            }
            size_t hl = (size_t)p.pos + 4;
            char *head = (char *)evbuffer_pullup(c->in, (ev_ssize_t)hl);
            if (hl < 12 || strncmp(head, "HTTP/1.", 7) != 0) {
                conn_kill(c, "bad response head");
                return;
            }
            c->status = atoi(head + 9);
            if (O.mode != M_NEWCONN)
                record_fb(c->w, now_ns() - c->t_req);
            int te = lower_find(head, hl, "\r\ntransfer-encoding: chunked");
            int cl = lower_find(head, hl, "\r\ncontent-length:");
            if (te >= 0)
                c->rs = RS_CHSIZE;
            else if (cl >= 0) {
                c->rs = RS_CL;
                c->remain = strtoull(head + cl + 17, NULL, 10);
            } else
                c->rs = RS_CLOSE;
            evbuffer_drain(c->in, hl);
            if (c->rs == RS_CL && c->remain == 0) {
                h1_done(c);
                if (c->st == CS_DEAD)
                    return;
            }
            break;
        }
        case RS_CL: {
            size_t n = avail < c->remain ? avail : (size_t)c->remain;
            body_bytes(c, n);
            c->remain -= n;
            if (c->remain)
                return;
            h1_done(c);
            break;
        }
        case RS_CHSIZE:
        case RS_TRAILER: {
            struct evbuffer_ptr p = evbuffer_search(c->in, "\r\n", 2, NULL);
            if (p.pos < 0)
                return;
            char *line = (char *)evbuffer_pullup(c->in, p.pos + 2);
            if (c->rs == RS_TRAILER) {
                int empty = p.pos == 0;
                evbuffer_drain(c->in, (size_t)p.pos + 2);
                if (empty)
                    h1_done(c);
                break;
            }
            c->remain = strtoull(line, NULL, 16);
            evbuffer_drain(c->in, (size_t)p.pos + 2);
            c->rs = c->remain ? RS_CHDATA : RS_TRAILER;
            break;
        }
        case RS_CHDATA: {
            size_t n = avail < c->remain ? avail : (size_t)c->remain;
            body_bytes(c, n);
            c->remain -= n;
            if (c->remain)
                return;
            c->rs = RS_CHCRLF;
            break;
        }
        case RS_CHCRLF:
            if (avail < 2)
                return;
            evbuffer_drain(c->in, 2);
            c->rs = RS_CHSIZE;
            break;
        case RS_CLOSE:
            body_bytes(c, avail);
            return;
        }
        if (c->rs == RS_HEAD && evbuffer_get_length(c->in) == 0)
            return;
    }
}

/* ---- HTTP/2 ------------------------------------------------------------------------------- */

static ssize_t h2_read_body(nghttp2_session *s, int32_t id, uint8_t *buf, size_t len,
                            uint32_t *flags, nghttp2_data_source *src, void *ud)
{
    (void)s;
    (void)id;
    (void)ud;
    h2stream_t *st = src->ptr;
    size_t n = O.body_len - st->off;
    if (n > len)
        n = len;
    memcpy(buf, O.body + st->off, n);
    st->off += n;
    if (st->off == O.body_len)
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    return (ssize_t)n;
}

static int h2_on_header(nghttp2_session *s, const nghttp2_frame *f, const uint8_t *name,
                        size_t namelen, const uint8_t *value, size_t valuelen, uint8_t flags,
                        void *ud)
{
    (void)flags;
    (void)ud;
    (void)valuelen;
    if (f->hd.type != NGHTTP2_HEADERS || namelen != 7 || memcmp(name, ":status", 7) != 0)
        return 0;
    h2stream_t *st = nghttp2_session_get_stream_user_data(s, f->hd.stream_id);
    if (st)
        st->status = atoi((const char *)value);
    return 0;
}

static int h2_on_data(nghttp2_session *s, uint8_t flags, int32_t id, const uint8_t *data,
                      size_t len, void *ud)
{
    (void)s;
    (void)flags;
    (void)id;
    (void)data;
    conn_t *c = ud;
    c->w->bytes_in += len;
    return 0;
}

static int h2_on_close(nghttp2_session *s, int32_t id, uint32_t err, void *ud)
{
    conn_t *c = ud;
    h2stream_t *st = nghttp2_session_get_stream_user_data(s, id);
    if (!st)
        return 0;
    int ok = err == 0 && st->status == 200;
    if (!ok) {
        char why[64];
        snprintf(why, sizeof why, "h2 stream status %d error %u", st->status, err);
        fail(c->w, why);
    }
    record(c->w, now_ns() - st->t0, ok);
    free(st);
    c->h2_inflight--;
    return 0;
}

static void h2_pump(conn_t *c)
{
    for (;;) {
        const uint8_t *data;
        ssize_t n = nghttp2_session_mem_send(c->h2, &data);
        if (n < 0) {
            conn_kill(c, "nghttp2 send failed");
            return;
        }
        if (n == 0)
            break;
        evbuffer_add(c->out, data, (size_t)n);
    }
    conn_flush(c);
}

static void h2_submit(conn_t *c)
{
    while (c->h2_inflight < O.streams && may_issue()) {
        h2stream_t *st = calloc(1, sizeof *st);
        char clen[24];
        snprintf(clen, sizeof clen, "%zu", O.body_len);
#define NV(n, v) {(uint8_t *)(n), (uint8_t *)(v), sizeof(n) - 1, strlen(v), NGHTTP2_NV_FLAG_NONE}
        nghttp2_nv nv[] = {NV(":method", "POST"),
                           NV(":scheme", "https"),
                           NV(":authority", O.host),
                           NV(":path", O.path),
                           NV("content-type", "application/json"),
                           NV("authorization", "Bearer sk-bench"),
                           NV("content-length", clen)};
#undef NV
        nghttp2_data_provider dp = {.source.ptr = st, .read_callback = h2_read_body};
        st->c = c;
        st->t0 = now_ns();
        int32_t id = nghttp2_submit_request(c->h2, NULL, nv, sizeof nv / sizeof nv[0], &dp, st);
        if (id < 0) {
            free(st);
            conn_kill(c, "submit failed");
            return;
        }
        c->h2_inflight++;
    }
    h2_pump(c);
}

static int h2_start(conn_t *c)
{
    nghttp2_session_callbacks *cb;
    nghttp2_session_callbacks_new(&cb);
    nghttp2_session_callbacks_set_on_header_callback(cb, h2_on_header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cb, h2_on_data);
    nghttp2_session_callbacks_set_on_stream_close_callback(cb, h2_on_close);
    int r = nghttp2_session_client_new(&c->h2, cb, c);
    nghttp2_session_callbacks_del(cb);
    if (r != 0)
        return -1;
    nghttp2_settings_entry s[] = {{NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 1024},
                                  {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 1 << 24}};
    nghttp2_submit_settings(c->h2, NGHTTP2_FLAG_NONE, s, 2);
    nghttp2_session_set_local_window_size(c->h2, NGHTTP2_FLAG_NONE, 0, 1 << 26);
    return 0;
}

/* ---- tunnel ------------------------------------------------------------------------------- */

static unsigned char g_pattern[65536];

static void tunnel_done(conn_t *c)
{
    worker_t *w = c->w;
    w->tunnel_bytes += c->tun_goal_send > c->tun_goal_recv ? c->tun_goal_send : c->tun_goal_recv;
    record(w, now_ns() - c->t_req, 1);
    c->busy = 0;
    w->nconns--;
    c->st = CS_DEAD;
    conn_free(c);
    if (w->nconns == 0)
        event_base_loopbreak(w->base);
}

static void tunnel_pump(conn_t *c)
{
    if (!c->tun_hdr_sent) {
        unsigned char hdr[9];
        uint64_t n = c->tun_goal_send ? c->tun_goal_send : c->tun_goal_recv;
        hdr[0] = (unsigned char)O.tunnel_dir;
        for (int i = 0; i < 8; i++)
            hdr[1 + i] = (unsigned char)(n >> (56 - 8 * i));
        if (send(c->fd, hdr, 9, MSG_NOSIGNAL) != 9) {
            conn_kill(c, "tunnel header");
            return;
        }
        c->tun_hdr_sent = 1;
        c->t_req = now_ns();
        c->busy = 1;
    }
    while (c->tun_sent < c->tun_goal_send) {
        uint64_t left = c->tun_goal_send - c->tun_sent;
        size_t n = left < sizeof g_pattern ? (size_t)left : sizeof g_pattern;
        ssize_t r = send(c->fd, g_pattern, n, MSG_NOSIGNAL);
        if (r < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                conn_want_write(c);
                return;
            }
            conn_kill(c, "tunnel write");
            return;
        }
        c->tun_sent += (uint64_t)r;
        c->w->bytes_out += (uint64_t)r;
    }
}

static void tunnel_read(conn_t *c)
{
    static __thread unsigned char buf[262144];
    for (;;) {
        ssize_t r = recv(c->fd, buf, sizeof buf, 0);
        if (r > 0) {
            c->tun_recv += (uint64_t)r;
            c->w->bytes_in += (uint64_t)r;
            if (c->tun_recv >= c->tun_goal_recv && c->tun_sent >= c->tun_goal_send) {
                tunnel_done(c);
                return;
            }
            continue;
        }
        if (r == 0) {
            conn_kill(c, "tunnel closed early");
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        conn_kill(c, "tunnel read");
        return;
    }
}

/* ---- connection setup --------------------------------------------------------------------- */

static void on_ready(conn_t *c)
{
    c->st = CS_READY;
    switch (O.mode) {
    case M_H1:
    case M_SSE:
    case M_NEWCONN:
        h1_send(c);
        break;
    case M_H2:
        if (h2_start(c) < 0) {
            conn_kill(c, "h2 session");
            return;
        }
        h2_submit(c);
        break;
    case M_TUNNEL:
        tunnel_pump(c);
        break;
    case M_IDLE:
        atomic_fetch_add(&g_established, 1);
        c->w->opening--;
        break;
    }
}

static void tls_step(conn_t *c)
{
    int r = SSL_do_handshake(c->ssl);
    if (r == 1) {
        c->w->handshakes++;
        c->w->resumed += SSL_session_reused(c->ssl) ? 1 : 0;
        if (O.mode == M_H2) {
            const uint8_t *p;
            unsigned n;
            SSL_get0_alpn_selected(c->ssl, &p, &n);
            if (n != 2 || memcmp(p, "h2", 2) != 0) {
                conn_kill(c, "server did not choose h2");
                return;
            }
        }
        on_ready(c);
        return;
    }
    int e = SSL_get_error(c->ssl, r);
    if (e == SSL_ERROR_WANT_READ)
        return;
    if (e == SSL_ERROR_WANT_WRITE) {
        conn_want_write(c);
        return;
    }
    char why[160];
    unsigned long ec = ERR_get_error();
    snprintf(why, sizeof why, "TLS handshake: %s", ec ? ERR_reason_error_string(ec) : "eof");
    ERR_clear_error();
    conn_kill(c, why);
}

static void start_tls_or_ready(conn_t *c)
{
    if (!O.tls) {
        on_ready(c);
        return;
    }
    c->ssl = SSL_new(c->w->ctx);
    SSL_set_fd(c->ssl, c->fd);
    SSL_set_app_data(c->ssl, c);
    if (O.resume && c->w->session)
        SSL_set_session(c->ssl, c->w->session);
    SSL_set_tlsext_host_name(c->ssl, O.host);
    X509_VERIFY_PARAM_set1_host(SSL_get0_param(c->ssl), O.host, strlen(O.host));
    SSL_set_connect_state(c->ssl);
    SSL_set_mode(c->ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    static const uint8_t alpn_h2[] = "\x02h2", alpn_h1[] = "\x08http/1.1";
    if (O.mode == M_H2)
        SSL_set_alpn_protos(c->ssl, alpn_h2, sizeof alpn_h2 - 1);
    else
        SSL_set_alpn_protos(c->ssl, alpn_h1, sizeof alpn_h1 - 1);
    c->st = CS_TLS;
    tls_step(c);
}

static void connect_reply(conn_t *c)
{
    char buf[1024];
    /* Read byte by byte up to the end of the head so no tunnel byte is consumed. */
    for (;;) {
        size_t have = evbuffer_get_length(c->in);
        if (have >= sizeof buf - 1) {
            conn_kill(c, "CONNECT reply too big");
            return;
        }
        ssize_t r = recv(c->fd, buf, 1, 0);
        if (r == 0) {
            conn_kill(c, "proxy closed during CONNECT");
            return;
        }
        if (r < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            conn_kill(c, "CONNECT read");
            return;
        }
        evbuffer_add(c->in, buf, 1);
        if (have + 1 >= 4) {
            evbuffer_copyout(c->in, buf, have + 1);
            if (memcmp(buf + have + 1 - 4, "\r\n\r\n", 4) == 0)
                break;
        }
    }
    size_t n = evbuffer_get_length(c->in);
    evbuffer_remove(c->in, buf, n);
    buf[n] = 0;
    if (strncmp(buf, "HTTP/1.", 7) != 0 || atoi(buf + 9) != 200) {
        char why[96];
        snprintf(why, sizeof why, "CONNECT refused: %.60s", buf);
        for (char *p = why; *p; p++)
            if (*p == '\r' || *p == '\n')
                *p = ' ';
        conn_kill(c, why);
        return;
    }
    start_tls_or_ready(c);
}

static void tcp_connected(conn_t *c)
{
    int err = 0;
    socklen_t l = sizeof err;
    getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &l);
    if (err) {
        char why[96];
        snprintf(why, sizeof why, "connect: %s", strerror(err));
        conn_kill(c, why);
        return;
    }
    if (O.via_proxy) {
        char req[600];
        int n = snprintf(req, sizeof req, "CONNECT %s HTTP/1.1\r\nHost: %s\r\n\r\n", O.authority,
                         O.authority);
        if (send(c->fd, req, (size_t)n, MSG_NOSIGNAL) != n) {
            conn_kill(c, "CONNECT write");
            return;
        }
        c->st = CS_CONNECT;
        return;
    }
    start_tls_or_ready(c);
}

static void on_read(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    conn_t *c = arg;
    switch (c->st) {
    case CS_CONNECT:
        connect_reply(c);
        return;
    case CS_TLS:
        tls_step(c);
        return;
    case CS_TCP:
    case CS_DEAD:
        return;
    case CS_READY:
        break;
    }
    if (!c->ssl) {
        if (O.mode == M_TUNNEL) {
            tunnel_read(c);
            return;
        }
        char b[4096];
        ssize_t r = recv(c->fd, b, sizeof b, 0);
        if (r == 0)
            conn_kill(c, "peer closed idle connection");
        return;
    }
    static __thread unsigned char buf[65536];
    for (;;) {
        int r = SSL_read(c->ssl, buf, sizeof buf);
        if (r > 0) {
            c->w->bytes_in += (uint64_t)r;
            if (O.mode == M_H2) {
                if (nghttp2_session_mem_recv(c->h2, buf, (size_t)r) < 0) {
                    conn_kill(c, "h2 protocol error");
                    return;
                }
            } else if (O.mode == M_IDLE) {
                /* nothing expected */
            } else
                evbuffer_add(c->in, buf, (size_t)r);
            continue;
        }
        int e = SSL_get_error(c->ssl, r);
        if (e == SSL_ERROR_WANT_READ)
            break;
        if (e == SSL_ERROR_WANT_WRITE) {
            conn_want_write(c);
            break;
        }
        if (e == SSL_ERROR_ZERO_RETURN && c->rs == RS_CLOSE && c->busy) {
            h1_done(c);
            conn_kill(c, NULL);
            return;
        }
        ERR_clear_error();
        conn_kill(c, e == SSL_ERROR_ZERO_RETURN ? "peer closed" : "TLS read error");
        return;
    }
    if (O.mode == M_H2) {
        h2_submit(c);
    } else if (O.mode != M_IDLE) {
        h1_read(c);
        if (c->st != CS_DEAD && c->finished)
            conn_kill(c, NULL);
    }
}

static void on_write(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    conn_t *c = arg;
    switch (c->st) {
    case CS_TCP:
        tcp_connected(c);
        return;
    case CS_TLS:
        tls_step(c);
        return;
    case CS_READY:
        if (O.mode == M_TUNNEL && !c->ssl) {
            tunnel_pump(c);
            return;
        }
        conn_flush(c);
        if (c->st == CS_READY && O.mode == M_H2)
            h2_pump(c);
        return;
    default:
        return;
    }
}

static void conn_open(worker_t *w)
{
    if (atomic_load(&g_stop))
        return;
    conn_t *c = calloc(1, sizeof *c);
    c->w = w;
    c->in = evbuffer_new();
    c->out = evbuffer_new();
    c->t_conn = now_ns();
    c->fd = socket(O.addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    w->nconns++;
    if (c->fd < 0) {
        c->st = CS_TCP;
        conn_kill(c, "socket() failed (ulimit -n?)");
        return;
    }
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    c->ev_r = event_new(w->base, c->fd, EV_READ | EV_PERSIST, on_read, c);
    c->ev_w = event_new(w->base, c->fd, EV_WRITE, on_write, c);
    c->ev_timer = evtimer_new(w->base, sched_cb, c);
    if (O.mode == M_TUNNEL) {
        uint64_t share = O.bytes / (uint64_t)O.conns;
        c->tun_goal_send = O.tunnel_dir == 'D' ? 0 : share;
        c->tun_goal_recv = O.tunnel_dir == 'U' ? 1 : share;
    }
    c->st = CS_TCP;
    if (connect(c->fd, (struct sockaddr *)&O.addr, O.addrlen) < 0 && errno != EINPROGRESS) {
        char why[96];
        snprintf(why, sizeof why, "connect: %s", strerror(errno));
        conn_kill(c, why);
        return;
    }
    event_add(c->ev_r, NULL);
    event_add(c->ev_w, NULL);
}

/* idle mode: keep O.inflight handshakes going until this worker's share is open */
static void idle_tick(worker_t *w)
{
    while (w->to_open > 0 && w->opening < O.inflight && !atomic_load(&g_stop)) {
        w->to_open--;
        w->opening++;
        conn_open(w);
    }
}

static void tick_cb(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    worker_t *w = arg;
    if (atomic_load(&g_stop)) {
        event_base_loopbreak(w->base);
        return;
    }
    if (O.mode == M_IDLE)
        idle_tick(w);
}

static void *worker_main(void *arg)
{
    worker_t *w = arg;
    struct timeval tv = {0, 5000};
    w->tick = event_new(w->base, -1, EV_PERSIST, tick_cb, w);
    event_add(w->tick, &tv);
    int n = O.conns / O.threads + (w->idx < O.conns % O.threads);
    if (O.mode == M_IDLE) {
        w->to_open = n;
        idle_tick(w);
    } else
        for (int i = 0; i < n; i++)
            conn_open(w);
    event_base_dispatch(w->base);
    return NULL;
}

/* ---- process watching --------------------------------------------------------------------- */

static double cpu_seconds(void)
{
    double t = 0;
    long hz = sysconf(_SC_CLK_TCK);
    for (int i = 0; i < O.nwatch; i++) {
        char path[64], buf[2048];
        snprintf(path, sizeof path, "/proc/%d/stat", (int)O.watch[i]);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        size_t n = fread(buf, 1, sizeof buf - 1, f);
        fclose(f);
        buf[n] = 0;
        char *p = strrchr(buf, ')');
        if (!p)
            continue;
        unsigned long ut = 0, st = 0;
        /* after ") ": state(3) ... utime is field 14, stime 15 */
        if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st) == 2)
            t += (double)(ut + st) / (double)hz;
    }
    return t;
}

static long rss_kb(void)
{
    long total = 0;
    for (int i = 0; i < O.nwatch; i++) {
        char path[64], line[256];
        snprintf(path, sizeof path, "/proc/%d/status", (int)O.watch[i]);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        while (fgets(line, sizeof line, f))
            if (strncmp(line, "VmRSS:", 6) == 0)
                total += atol(line + 6);
        fclose(f);
    }
    return total;
}

static void sleep_s(double s)
{
    struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
    }
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* ---- options ------------------------------------------------------------------------------ */

static int parse_loopback(const char *s, struct sockaddr_storage *ss, socklen_t *len)
{
    char host[128];
    const char *colon = strrchr(s, ':');
    if (!colon || (size_t)(colon - s) >= sizeof host)
        return -1;
    memcpy(host, s, (size_t)(colon - s));
    host[colon - s] = 0;
    int port = atoi(colon + 1);
    if (port <= 0 || port > 65535)
        return -1;
    char *h = host;
    if (h[0] == '[') {
        h++;
        char *e = strchr(h, ']');
        if (e)
            *e = 0;
    }
    memset(ss, 0, sizeof *ss);
    struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
    if (inet_pton(AF_INET, h, &a4->sin_addr) == 1) {
        if ((ntohl(a4->sin_addr.s_addr) >> 24) != 127)
            return -2;
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)port);
        *len = sizeof *a4;
        return 0;
    }
    if (inet_pton(AF_INET6, h, &a6->sin6_addr) == 1) {
        if (!IN6_IS_ADDR_LOOPBACK(&a6->sin6_addr))
            return -2;
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        *len = sizeof *a6;
        return 0;
    }
    return -2; /* names are not dialled: only numeric loopback addresses */
}

static void usage(void)
{
    fprintf(
        stderr,
        "usage: bench_loadgen --mode h1|h2|newconn|sse|tunnel|idle\n"
        "  (--proxy 127.0.0.1:P --authority HOST:PORT | --connect 127.0.0.1:P [--authority H:P])\n"
        "  [--host SNI/Host] [--cafile CA.pem] [--no-tls] [--body FILE] [--path /p]\n"
        "  [--conns N] [--threads T] [--streams S] [--duration SEC] [--warmup SEC]\n"
        "  [--max-reqs N] [--rate REQ/S] [--bytes N] [--dir U|D|E] [--hold SEC]\n"
        "  [--inflight N] [--resume] [--watch-pid PID]... [--label TEXT]\n"
        "Only numeric loopback addresses (127.0.0.0/8, ::1) are dialled.\n");
    exit(2);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (!p || fread(p, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(p);
        return NULL;
    }
    fclose(f);
    p[n] = 0;
    *len = (size_t)n;
    return p;
}

static void parse_args(int argc, char **argv)
{
    const char *proxy = NULL, *direct = NULL, *body = NULL;
    O.tls = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define ARG(name) (strcmp(a, name) == 0 && v && ++i)
        if (ARG("--mode")) {
            if (!strcmp(v, "h1"))
                O.mode = M_H1;
            else if (!strcmp(v, "h2"))
                O.mode = M_H2;
            else if (!strcmp(v, "newconn"))
                O.mode = M_NEWCONN;
            else if (!strcmp(v, "sse"))
                O.mode = M_SSE;
            else if (!strcmp(v, "tunnel"))
                O.mode = M_TUNNEL;
            else if (!strcmp(v, "idle"))
                O.mode = M_IDLE;
            else
                usage();
        } else if (ARG("--proxy"))
            proxy = v;
        else if (ARG("--connect"))
            direct = v;
        else if (ARG("--authority"))
            snprintf(O.authority, sizeof O.authority, "%s", v);
        else if (ARG("--host"))
            snprintf(O.host, sizeof O.host, "%s", v);
        else if (ARG("--path"))
            snprintf(O.path, sizeof O.path, "%s", v);
        else if (ARG("--cafile"))
            O.ca_file = v;
        else if (ARG("--body"))
            body = v;
        else if (ARG("--conns"))
            O.conns = atoi(v);
        else if (ARG("--threads"))
            O.threads = atoi(v);
        else if (ARG("--streams"))
            O.streams = atoi(v);
        else if (ARG("--duration"))
            O.duration = atof(v);
        else if (ARG("--warmup"))
            O.warmup = atof(v);
        else if (ARG("--hold"))
            O.hold = atof(v);
        else if (ARG("--rate"))
            O.rate = atof(v);
        else if (ARG("--max-reqs"))
            O.max_reqs = strtoull(v, NULL, 10);
        else if (ARG("--bytes"))
            O.bytes = strtoull(v, NULL, 10);
        else if (ARG("--dir"))
            O.tunnel_dir = v[0];
        else if (ARG("--inflight"))
            O.inflight = atoi(v);
        else if (!strcmp(a, "--resume"))
            O.resume = 1;
        else if (ARG("--label"))
            O.label = v;
        else if (ARG("--watch-pid")) {
            if (O.nwatch < MAX_WATCH)
                O.watch[O.nwatch++] = (pid_t)atoi(v);
        } else if (!strcmp(a, "--no-tls"))
            O.tls = 0;
        else
            usage();
#undef ARG
    }
    if (!!proxy == !!direct)
        usage();
    int r = parse_loopback(proxy ? proxy : direct, &O.addr, &O.addrlen);
    if (r < 0) {
        fprintf(stderr, "bench_loadgen: %s: only numeric loopback addresses are allowed\n",
                proxy ? proxy : direct);
        exit(2);
    }
    O.via_proxy = proxy != NULL;
    if (O.via_proxy && !O.authority[0])
        usage();
    if (O.authority[0]) {
        /* an IP literal as CONNECT target must be loopback too */
        struct sockaddr_storage ss;
        socklen_t l;
        if (parse_loopback(O.authority, &ss, &l) == -2) {
            char h[256];
            snprintf(h, sizeof h, "%s", O.authority);
            char *c = strrchr(h, ':');
            if (c)
                *c = 0;
            struct in6_addr a6;
            struct in_addr a4;
            if (inet_pton(AF_INET, h, &a4) == 1 || inet_pton(AF_INET6, h, &a6) == 1) {
                fprintf(stderr, "bench_loadgen: CONNECT target %s is not loopback\n", h);
                exit(2);
            }
        }
    }
    if (!O.host[0]) {
        snprintf(O.host, sizeof O.host, "%s", O.authority[0] ? O.authority : "localhost");
        char *c = strrchr(O.host, ':');
        if (c && !strchr(O.host, ']'))
            *c = 0;
    }
    if (O.mode == M_TUNNEL)
        O.tls = 0;
    if (O.conns < 1 || O.threads < 1 || O.streams < 1 || O.duration <= 0 || O.duration > 600 ||
        O.hold > 600 || O.conns > 100000 || O.threads > 64)
        usage();
    if (O.threads > O.conns)
        O.threads = O.conns;
    if (O.mode == M_H1 || O.mode == M_H2 || O.mode == M_NEWCONN || O.mode == M_SSE) {
        if (!body)
            usage();
        O.body = slurp(body, &O.body_len);
        if (!O.body) {
            fprintf(stderr, "bench_loadgen: cannot read %s\n", body);
            exit(2);
        }
        char head[1024];
        int n = snprintf(head, sizeof head,
                         "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
                         "Authorization: Bearer sk-bench\r\nContent-Length: %zu\r\n\r\n",
                         O.path, O.host, O.body_len);
        O.req_head = strdup(head);
        O.req_head_len = (size_t)n;
    }
}

/* --resume: keep the worker's newest session (a TLS 1.3 ticket arrives after the handshake). */
static int on_new_session(SSL *ssl, SSL_SESSION *session)
{
    conn_t *c = SSL_get_app_data(ssl);
    if (!c)
        return 0;
    SSL_SESSION_free(c->w->session);
    c->w->session = session;
    return 1; /* the reference is ours */
}

static SSL_CTX *make_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (O.ca_file) {
        if (SSL_CTX_load_verify_locations(ctx, O.ca_file, NULL) != 1) {
            fprintf(stderr, "bench_loadgen: cannot load CA %s\n", O.ca_file);
            exit(2);
        }
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    } else
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    if (O.resume) {
        SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL);
        SSL_CTX_sess_set_new_cb(ctx, on_new_session);
    } else
        SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF); /* full handshakes */
    return ctx;
}

static const char *mode_name(void)
{
    static const char *n[] = {"h1", "h2", "newconn", "sse", "tunnel", "idle"};
    return n[O.mode];
}

int main(int argc, char **argv)
{
    parse_args(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    for (size_t i = 0; i < sizeof g_pattern; i++)
        g_pattern[i] = (unsigned char)(i * 131u + 7u);
    evthread_use_pthreads();

    worker_t *ws = calloc((size_t)O.threads, sizeof *ws);
    SSL_CTX *ctx = make_ctx();
    long rss0 = rss_kb();
    double cpu_start = 0;
    if (O.warmup <= 0) {
        atomic_store(&g_measuring, 1);
        g_t0_ns = now_ns();
        cpu_start = cpu_seconds();
    }
    for (int i = 0; i < O.threads; i++) {
        ws[i].idx = i;
        ws[i].ctx = ctx;
        /* timerfd-precise timers: --rate schedules sends to the microsecond, not the ms */
        struct event_config *cfg = event_config_new();
        event_config_set_flag(cfg, EVENT_BASE_FLAG_PRECISE_TIMER);
        ws[i].base = event_base_new_with_config(cfg);
        event_config_free(cfg);
        pthread_create(&ws[i].th, NULL, worker_main, &ws[i]);
    }

    long rss_max = 0, rss_held = 0;
    double open_s = 0;
    double elapsed;
    if (O.mode == M_IDLE) {
        uint64_t t = now_ns();
        while ((double)(now_ns() - t) / 1e9 < O.duration &&
               atomic_load(&g_established) + atomic_load(&g_failed_open) < O.conns)
            sleep_s(0.05);
        open_s = (double)(now_ns() - t) / 1e9;
        sleep_s(O.hold < 1 ? O.hold : 1); /* let the proxy settle */
        long sum = 0;
        int n = 0;
        uint64_t th = now_ns();
        while ((double)(now_ns() - th) / 1e9 < O.hold || n == 0) {
            long r = rss_kb();
            sum += r;
            n++;
            if (r > rss_max)
                rss_max = r;
            sleep_s(0.25);
        }
        rss_held = sum / n;
        elapsed = open_s;
    } else {
        if (O.warmup > 0) {
            sleep_s(O.warmup);
            cpu_start = cpu_seconds();
            g_t0_ns = now_ns();
            atomic_store(&g_measuring, 1);
        }
        for (;;) {
            double el = (double)(now_ns() - g_t0_ns) / 1e9;
            if (el >= O.duration)
                break;
            int alive = 0;
            for (int i = 0; i < O.threads; i++)
                alive += ws[i].nconns > 0;
            if (!alive && O.mode == M_TUNNEL && el > 0.2)
                break;
            uint64_t done = 0; /* read across threads without locks: a benchmark may be late */
            for (int i = 0; i < O.threads; i++)
                done += ws[i].reqs + ws[i].errs;
            if (done >= O.max_reqs)
                break;
            long r = rss_kb();
            if (r > rss_max)
                rss_max = r;
            sleep_s(0.02);
        }
        elapsed = (double)(now_ns() - g_t0_ns) / 1e9;
    }
    double cpu_end = cpu_seconds();
    long rss_end = rss_kb();
    if (rss_end > rss_max)
        rss_max = rss_end;
    atomic_store(&g_stop, 1);
    for (int i = 0; i < O.threads; i++)
        pthread_join(ws[i].th, NULL);

    uint64_t reqs = 0, errs = 0, bin = 0, bout = 0, events = 0, tbytes = 0, hs = 0, resumed = 0;
    size_t nlat = 0;
    const char *first_error = "";
    for (int i = 0; i < O.threads; i++) {
        reqs += ws[i].reqs;
        errs += ws[i].errs;
        bin += ws[i].bytes_in;
        bout += ws[i].bytes_out;
        events += ws[i].events;
        tbytes += ws[i].tunnel_bytes;
        hs += ws[i].handshakes;
        resumed += ws[i].resumed;
        nlat += ws[i].nlat;
        if (!first_error[0] && ws[i].first_error[0])
            first_error = ws[i].first_error;
    }
    uint64_t *lat = malloc((nlat ? nlat : 1) * sizeof *lat);
    size_t k = 0;
    for (int i = 0; i < O.threads; i++) {
        memcpy(lat + k, ws[i].lat, ws[i].nlat * sizeof *lat);
        k += ws[i].nlat;
    }
    qsort(lat, nlat, sizeof *lat, cmp_u64);
#define PCT(p) (nlat ? (double)lat[(size_t)((double)(nlat - 1) * (p))] / 1000.0 : 0.0)
    double cpu = cpu_end - cpu_start;
    printf("RESULT label=%s mode=%s conns=%d streams=%d threads=%d elapsed_s=%.3f reqs=%llu "
           "errors=%llu rps=%.1f p50_us=%.1f p90_us=%.1f p99_us=%.1f max_us=%.1f "
           "mb_in_s=%.2f mb_out_s=%.2f",
           O.label ? O.label : "-", mode_name(), O.conns, O.streams, O.threads, elapsed,
           (unsigned long long)reqs, (unsigned long long)errs, (double)reqs / elapsed, PCT(0.5),
           PCT(0.9), PCT(0.99), nlat ? (double)lat[nlat - 1] / 1000.0 : 0.0,
           (double)bin / elapsed / 1e6, (double)bout / elapsed / 1e6);
    size_t nfb = 0;
    for (int i = 0; i < O.threads; i++)
        nfb += ws[i].nfb;
    if (nfb) {
        uint64_t *fb = malloc(nfb * sizeof *fb);
        size_t j = 0;
        for (int i = 0; fb && i < O.threads; i++) {
            memcpy(fb + j, ws[i].fb, ws[i].nfb * sizeof *fb);
            j += ws[i].nfb;
        }
        if (fb) {
            qsort(fb, nfb, sizeof *fb, cmp_u64);
            printf(" ttfb_p50_us=%.1f ttfb_p99_us=%.1f", (double)fb[(nfb - 1) / 2] / 1000.0,
                   (double)fb[(size_t)((double)(nfb - 1) * 0.99)] / 1000.0);
            free(fb);
        }
    }
    if (O.mode == M_SSE)
        printf(" events=%llu events_s=%.1f", (unsigned long long)events, (double)events / elapsed);
    if (O.mode == M_TUNNEL)
        /* Over the transfers' own time (header sent to last byte; all start together), not the
         * process's: the 20 ms polling of the main thread would distort short transfers. */
        printf(" tunnel_bytes=%llu tunnel_mb_s=%.1f", (unsigned long long)tbytes,
               nlat ? (double)tbytes / ((double)lat[nlat - 1] / 1e9) / 1e6 : 0.0);
    if (O.tls)
        printf(" handshakes=%llu resumed=%llu resumed_pct=%.1f", (unsigned long long)hs,
               (unsigned long long)resumed, hs ? 100.0 * (double)resumed / (double)hs : 0.0);
    if (O.mode == M_IDLE)
        printf(" established=%d failed=%d open_s=%.3f opens_s=%.1f", atomic_load(&g_established),
               atomic_load(&g_failed_open), open_s,
               (double)atomic_load(&g_established) / (open_s > 0 ? open_s : 1));
    if (O.nwatch) {
        printf(" cpu_s=%.2f cpu_s_per_10k=%.3f rss_start_kb=%ld rss_max_kb=%ld rss_end_kb=%ld", cpu,
               reqs ? cpu / (double)reqs * 10000.0 : 0.0, rss0, rss_max, rss_end);
        if (O.mode == M_IDLE) {
            int est = atomic_load(&g_established);
            printf(" rss_held_kb=%ld rss_per_conn_kb=%.2f", rss_held,
                   est ? (double)(rss_held - rss0) / est : 0.0);
        }
    }
    printf(" first_error=\"%s\"\n", first_error);
    fflush(stdout);
    _exit(0); /* connections die with the process */
}
