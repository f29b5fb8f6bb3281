/* bench_upstream: the fast mock AI upstream for the benchmark (TLS with HTTP/1.1 and HTTP/2, and a
 * plain TCP bulk port for the tunnel scenario). TEST ONLY: it listens on 127.0.0.1 and answers
 * anything.
 *
 * The one thing a reader must know: every POST gets a fixed-shape chat.completion of about 1 KiB
 * whose content echoes (up to 600 bytes of) the last "content" string of the request, so a gateway
 * has placeholders to restore; a body containing "stream":true gets an SSE stream of --events
 * chat.completion.chunk events and "data: [DONE]". The bulk port speaks: one byte 'U' (client
 * uploads N bytes, server answers 'K'), 'D' (server sends N bytes) or 'E' (server echoes N bytes),
 * then N as 8 bytes big-endian. It exits by itself after --max-seconds.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/thread.h>
#include <nghttp2/nghttp2.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

static struct {
    const char *cert, *key, *port_file;
    int port, bulk_port, threads, events;
    double max_seconds;
} O = {.threads = 1, .events = 500, .max_seconds = 3600};

static SSL_CTX *g_ctx;
static unsigned char g_pattern[65536];

typedef struct conn conn_t;

typedef struct stream {
    int32_t id;
    struct evbuffer *body, *resp;
} stream_t;

struct conn {
    struct event_base *base;
    int fd;
    SSL *ssl;
    int handshaken, is_h2, bulk;
    struct event *ev_r, *ev_w;
    struct evbuffer *in, *out;
    nghttp2_session *h2;
    /* h1 request */
    int have_head, chunked;
    uint64_t remain;
    struct evbuffer *body;
    /* bulk */
    char bdir;
    uint64_t bn, bdone, bsent;
    int bhdr;
    int closing;
};

static void conn_free(conn_t *c)
{
    if (c->h2)
        nghttp2_session_del(c->h2);
    if (c->ssl)
        SSL_free(c->ssl);
    event_free(c->ev_r);
    event_free(c->ev_w);
    close(c->fd);
    evbuffer_free(c->in);
    evbuffer_free(c->out);
    evbuffer_free(c->body);
    free(c);
}

/* ---- responses ---------------------------------------------------------------------------- */

/* The last "content":"..." string value of the request (raw JSON escapes kept), at most max. */
static size_t last_content(struct evbuffer *body, char *dst, size_t max)
{
    size_t n = evbuffer_get_length(body);
    const char *p = (const char *)evbuffer_pullup(body, -1);
    const char *key = "\"content\":\"";
    size_t k = strlen(key);
    const char *found = NULL;
    for (size_t i = 0; i + k <= n; i++)
        if (p[i] == '"' && memcmp(p + i, key, k) == 0)
            found = p + i + k;
    if (!found)
        return 0;
    size_t o = 0;
    const char *end = p + n;
    for (const char *q = found; q < end && *q != '"' && o + 2 < max; q++) {
        if (*q == '\\' && q + 1 < end) {
            dst[o++] = *q++;
        }
        dst[o++] = *q;
    }
    return o;
}

static int wants_stream(struct evbuffer *body)
{
    size_t n = evbuffer_get_length(body);
    const char *p = (const char *)evbuffer_pullup(body, -1);
    for (size_t i = 0; i + 13 <= n; i++)
        if (p[i] == '"' && (memcmp(p + i, "\"stream\":true", 13) == 0 ||
                            (i + 14 <= n && memcmp(p + i, "\"stream\": true", 14) == 0)))
            return 1;
    return 0;
}

static void json_response(struct evbuffer *req, struct evbuffer *out)
{
    char echo[640];
    size_t en = last_content(req, echo, sizeof echo);
    static const char pad[] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                              "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                              "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                              "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                              "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                              "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    size_t padn = en < 620 ? 620 - en : 0;
    evbuffer_add_printf(
        out,
        "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":"
        "1700000000,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":"
        "{\"role\":\"assistant\",\"content\":\"%.*s\",\"refusal\":null},"
        "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
        "512,\"completion_tokens\":128,\"total_tokens\":640},"
        "\"system_fingerprint\":\"fp_%.*s\"}",
        (int)en, echo, (int)(padn > sizeof pad - 1 ? sizeof pad - 1 : padn), pad);
}

static void sse_event(struct evbuffer *out, int i)
{
    if (i == 0)
        evbuffer_add_printf(out, "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion."
                                 "chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
                                 "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                                 "\"content\":\"\"},\"finish_reason\":null}]}\n\n");
    else if (i == O.events - 1)
        evbuffer_add_printf(out, "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion."
                                 "chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
                                 "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":"
                                 "\"stop\"}]}\n\ndata: [DONE]\n\n");
    else
        evbuffer_add_printf(out,
                            "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion."
                            "chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
                            "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word%d \"},"
                            "\"finish_reason\":null}]}\n\n",
                            i);
}

/* ---- I/O ---------------------------------------------------------------------------------- */

static void conn_flush(conn_t *c)
{
    while (evbuffer_get_length(c->out) > 0) {
        /* Whole TLS records (16 KiB) rather than one per small piece: pull the front together. */
        struct evbuffer_iovec v;
        size_t len = evbuffer_get_length(c->out);
        v.iov_len = len < 16384 ? len : 16384;
        v.iov_base = evbuffer_pullup(c->out, (ev_ssize_t)v.iov_len);
        int r;
        if (c->ssl) {
            r = SSL_write(c->ssl, v.iov_base, (int)(v.iov_len > 65536 ? 65536 : v.iov_len));
            if (r <= 0) {
                int e = SSL_get_error(c->ssl, r);
                if (e == SSL_ERROR_WANT_WRITE || e == SSL_ERROR_WANT_READ) {
                    event_add(c->ev_w, NULL);
                    return;
                }
                ERR_clear_error();
                c->closing = 2;
                return;
            }
        } else {
            ssize_t s = send(c->fd, v.iov_base, v.iov_len, MSG_NOSIGNAL);
            if (s < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK) {
                    event_add(c->ev_w, NULL);
                    return;
                }
                c->closing = 2;
                return;
            }
            r = (int)s;
        }
        evbuffer_drain(c->out, (size_t)r);
    }
}

/* ---- HTTP/1.1 ----------------------------------------------------------------------------- */

static void h1_respond(conn_t *c)
{
    if (wants_stream(c->body)) {
        evbuffer_add_printf(c->out,
                            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                            "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n");
        struct evbuffer *ev = evbuffer_new();
        for (int i = 0; i < O.events; i++) {
            sse_event(ev, i);
            evbuffer_add_printf(c->out, "%zx\r\n", evbuffer_get_length(ev));
            evbuffer_add_buffer(c->out, ev);
            evbuffer_add(c->out, "\r\n", 2);
        }
        evbuffer_add(c->out, "0\r\n\r\n", 5);
        evbuffer_free(ev);
    } else {
        struct evbuffer *b = evbuffer_new();
        json_response(c->body, b);
        evbuffer_add_printf(c->out,
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: %zu\r\n\r\n",
                            evbuffer_get_length(b));
        evbuffer_add_buffer(c->out, b);
        evbuffer_free(b);
    }
    evbuffer_drain(c->body, evbuffer_get_length(c->body));
}

static int find_ci(const char *h, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(h + i, needle, k) == 0)
            return (int)i;
    return -1;
}

static void h1_parse(conn_t *c)
{
    for (;;) {
        if (!c->have_head) {
            struct evbuffer_ptr p = evbuffer_search(c->in, "\r\n\r\n", 4, NULL);
            if (p.pos < 0)
                return;
            size_t hl = (size_t)p.pos + 4;
            const char *h = (const char *)evbuffer_pullup(c->in, (ev_ssize_t)hl);
            int cl = find_ci(h, hl, "\r\ncontent-length:");
            c->chunked = find_ci(h, hl, "\r\ntransfer-encoding: chunked") >= 0;
            c->remain = cl >= 0 ? strtoull(h + cl + 17, NULL, 10) : 0;
            evbuffer_drain(c->in, hl);
            c->have_head = 1;
            if (c->chunked)
                c->remain = 0;
        }
        if (c->chunked) {
            /* chunked request body: size line, data, CRLF ... 0 CRLF CRLF */
            for (;;) {
                if (c->remain) {
                    size_t n = evbuffer_get_length(c->in);
                    if (n < c->remain + 2)
                        return;
                    evbuffer_remove_buffer(c->in, c->body, (size_t)c->remain);
                    evbuffer_drain(c->in, 2);
                    c->remain = 0;
                }
                struct evbuffer_ptr p = evbuffer_search(c->in, "\r\n", 2, NULL);
                if (p.pos < 0)
                    return;
                const char *l = (const char *)evbuffer_pullup(c->in, p.pos + 2);
                uint64_t sz = strtoull(l, NULL, 16);
                evbuffer_drain(c->in, (size_t)p.pos + 2);
                if (sz == 0) {
                    struct evbuffer_ptr e = evbuffer_search(c->in, "\r\n", 2, NULL);
                    if (e.pos < 0)
                        return; /* trailers not expected; wait for the last CRLF */
                    evbuffer_drain(c->in, (size_t)e.pos + 2);
                    break;
                }
                c->remain = sz;
            }
        } else {
            size_t n = evbuffer_get_length(c->in);
            if (n < c->remain)
                return;
            evbuffer_remove_buffer(c->in, c->body, (size_t)c->remain);
        }
        c->have_head = 0;
        c->remain = 0;
        h1_respond(c);
        if (evbuffer_get_length(c->in) == 0)
            return;
    }
}

/* ---- HTTP/2 ------------------------------------------------------------------------------- */

static ssize_t h2_read_resp(nghttp2_session *s, int32_t id, uint8_t *buf, size_t len,
                            uint32_t *flags, nghttp2_data_source *src, void *ud)
{
    (void)s;
    (void)id;
    (void)ud;
    stream_t *st = src->ptr;
    int n = evbuffer_remove(st->resp, buf, len);
    if (evbuffer_get_length(st->resp) == 0)
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    return n < 0 ? 0 : n;
}

static int h2_begin(nghttp2_session *s, const nghttp2_frame *f, void *ud)
{
    (void)ud;
    if (f->hd.type != NGHTTP2_HEADERS)
        return 0;
    stream_t *st = calloc(1, sizeof *st);
    st->id = f->hd.stream_id;
    st->body = evbuffer_new();
    st->resp = evbuffer_new();
    nghttp2_session_set_stream_user_data(s, f->hd.stream_id, st);
    return 0;
}

static int h2_data(nghttp2_session *s, uint8_t flags, int32_t id, const uint8_t *data, size_t len,
                   void *ud)
{
    (void)flags;
    (void)ud;
    stream_t *st = nghttp2_session_get_stream_user_data(s, id);
    if (st)
        evbuffer_add(st->body, data, len);
    return 0;
}

static int h2_frame(nghttp2_session *s, const nghttp2_frame *f, void *ud)
{
    (void)ud;
    if (!(f->hd.flags & NGHTTP2_FLAG_END_STREAM))
        return 0;
    if (f->hd.type != NGHTTP2_DATA && f->hd.type != NGHTTP2_HEADERS)
        return 0;
    stream_t *st = nghttp2_session_get_stream_user_data(s, f->hd.stream_id);
    if (!st)
        return 0;
    int sse = wants_stream(st->body);
    if (sse)
        for (int i = 0; i < O.events; i++)
            sse_event(st->resp, i);
    else
        json_response(st->body, st->resp);
    char clen[24];
    snprintf(clen, sizeof clen, "%zu", evbuffer_get_length(st->resp));
    nghttp2_nv nv[] = {
        {(uint8_t *)":status", (uint8_t *)"200", 7, 3, NGHTTP2_NV_FLAG_NONE},
        {(uint8_t *)"content-type", (uint8_t *)(sse ? "text/event-stream" : "application/json"), 12,
         sse ? 17 : 16, NGHTTP2_NV_FLAG_NONE},
        {(uint8_t *)"content-length", (uint8_t *)clen, 14, strlen(clen), NGHTTP2_NV_FLAG_NONE},
    };
    nghttp2_data_provider dp = {.source.ptr = st, .read_callback = h2_read_resp};
    nghttp2_submit_response(s, f->hd.stream_id, nv, sse ? 2 : 3, &dp);
    return 0;
}

static int h2_close(nghttp2_session *s, int32_t id, uint32_t err, void *ud)
{
    (void)err;
    (void)ud;
    stream_t *st = nghttp2_session_get_stream_user_data(s, id);
    if (st) {
        evbuffer_free(st->body);
        evbuffer_free(st->resp);
        free(st);
    }
    return 0;
}

static void h2_pump(conn_t *c)
{
    for (;;) {
        const uint8_t *d;
        ssize_t n = nghttp2_session_mem_send(c->h2, &d);
        if (n <= 0) {
            if (n < 0)
                c->closing = 2;
            break;
        }
        evbuffer_add(c->out, d, (size_t)n);
    }
    conn_flush(c);
}

static void h2_start(conn_t *c)
{
    nghttp2_session_callbacks *cb;
    nghttp2_session_callbacks_new(&cb);
    nghttp2_session_callbacks_set_on_begin_headers_callback(cb, h2_begin);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cb, h2_data);
    nghttp2_session_callbacks_set_on_frame_recv_callback(cb, h2_frame);
    nghttp2_session_callbacks_set_on_stream_close_callback(cb, h2_close);
    nghttp2_session_server_new(&c->h2, cb, c);
    nghttp2_session_callbacks_del(cb);
    nghttp2_settings_entry s[] = {{NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 1024},
                                  {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 1 << 24}};
    nghttp2_submit_settings(c->h2, NGHTTP2_FLAG_NONE, s, 2);
    nghttp2_session_set_local_window_size(c->h2, NGHTTP2_FLAG_NONE, 0, 1 << 26);
}

/* ---- bulk --------------------------------------------------------------------------------- */

static void bulk_pump(conn_t *c)
{
    if (c->bdir == 'D') {
        while (c->bsent < c->bn) {
            uint64_t left = c->bn - c->bsent;
            size_t n = left < sizeof g_pattern ? (size_t)left : sizeof g_pattern;
            ssize_t r = send(c->fd, g_pattern, n, MSG_NOSIGNAL);
            if (r < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK) {
                    event_add(c->ev_w, NULL);
                    return;
                }
                c->closing = 2;
                return;
            }
            c->bsent += (uint64_t)r;
        }
        c->closing = 1;
        return;
    }
    conn_flush(c);
    if (c->bdir == 'E' && c->bdone >= c->bn && evbuffer_get_length(c->out) == 0)
        c->closing = 1;
}

static void bulk_read(conn_t *c)
{
    static __thread unsigned char buf[262144];
    for (;;) {
        ssize_t r = recv(c->fd, buf, sizeof buf, 0);
        if (r == 0) {
            c->closing = 2;
            return;
        }
        if (r < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                c->closing = 2;
            break;
        }
        size_t off = 0;
        if (!c->bhdr) {
            evbuffer_add(c->in, buf, (size_t)r);
            if (evbuffer_get_length(c->in) < 9)
                continue;
            unsigned char h[9];
            evbuffer_remove(c->in, h, 9);
            c->bdir = (char)h[0];
            for (int i = 0; i < 8; i++)
                c->bn = c->bn << 8 | h[1 + i];
            c->bhdr = 1;
            size_t rest = evbuffer_get_length(c->in);
            if (rest) {
                /* bytes after the header: handle below as if freshly read */
                evbuffer_remove(c->in, buf, rest);
                r = (ssize_t)rest;
            } else
                r = 0;
            off = 0;
            if (c->bdir == 'D') {
                bulk_pump(c);
                return;
            }
        }
        size_t n = (size_t)r - off;
        c->bdone += n;
        if (c->bdir == 'E' && n)
            evbuffer_add(c->out, buf + off, n);
        if (c->bdir == 'U' && c->bdone >= c->bn) {
            evbuffer_add(c->out, "K", 1);
        }
        if (evbuffer_get_length(c->out) > (8u << 20))
            break; /* let the echo drain first */
    }
    bulk_pump(c);
}

/* ---- events ------------------------------------------------------------------------------- */

static void maybe_close(conn_t *c)
{
    if (c->closing == 2 || (c->closing == 1 && evbuffer_get_length(c->out) == 0))
        conn_free(c);
}

static void handshake(conn_t *c)
{
    int r = SSL_do_handshake(c->ssl);
    if (r == 1) {
        c->handshaken = 1;
        const uint8_t *p;
        unsigned n;
        SSL_get0_alpn_selected(c->ssl, &p, &n);
        c->is_h2 = n == 2 && memcmp(p, "h2", 2) == 0;
        if (c->is_h2) {
            h2_start(c);
            h2_pump(c);
        }
        return;
    }
    int e = SSL_get_error(c->ssl, r);
    if (e == SSL_ERROR_WANT_READ)
        return;
    if (e == SSL_ERROR_WANT_WRITE) {
        event_add(c->ev_w, NULL);
        return;
    }
    ERR_clear_error();
    c->closing = 2;
}

static void on_read(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    conn_t *c = arg;
    if (c->bulk) {
        bulk_read(c);
        maybe_close(c);
        return;
    }
    if (!c->handshaken) {
        handshake(c);
        if (!c->handshaken) {
            maybe_close(c);
            return;
        }
    }
    static __thread unsigned char buf[65536];
    for (;;) {
        int r = SSL_read(c->ssl, buf, sizeof buf);
        if (r > 0) {
            if (c->is_h2) {
                if (nghttp2_session_mem_recv(c->h2, buf, (size_t)r) < 0)
                    c->closing = 2;
            } else
                evbuffer_add(c->in, buf, (size_t)r);
            continue;
        }
        int e = SSL_get_error(c->ssl, r);
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
            c->closing = 2;
        ERR_clear_error();
        break;
    }
    if (c->closing != 2) {
        if (c->is_h2)
            h2_pump(c);
        else {
            h1_parse(c);
            conn_flush(c);
        }
    }
    maybe_close(c);
}

static void on_write(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    conn_t *c = arg;
    if (c->bulk)
        bulk_pump(c);
    else if (!c->handshaken)
        handshake(c);
    else if (c->is_h2)
        h2_pump(c);
    else
        conn_flush(c);
    if (c->bulk && c->bdir == 'E' && c->closing == 0)
        bulk_read(c);
    maybe_close(c);
}

static void on_accept(evutil_socket_t lfd, short what, void *arg)
{
    (void)what;
    struct event_base *base = arg;
    int bulk = 0;
    struct sockaddr_in sa;
    socklen_t sl = sizeof sa;
    getsockname(lfd, (struct sockaddr *)&sa, &sl);
    bulk = ntohs(sa.sin_port) == O.bulk_port;
    for (int k = 0; k < 64; k++) {
        int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        conn_t *c = calloc(1, sizeof *c);
        c->base = base;
        c->fd = fd;
        c->bulk = bulk;
        c->in = evbuffer_new();
        c->out = evbuffer_new();
        c->body = evbuffer_new();
        c->ev_r = event_new(base, fd, EV_READ | EV_PERSIST, on_read, c);
        c->ev_w = event_new(base, fd, EV_WRITE, on_write, c);
        if (!bulk) {
            c->ssl = SSL_new(g_ctx);
            SSL_set_fd(c->ssl, fd);
            SSL_set_accept_state(c->ssl);
            SSL_set_mode(c->ssl,
                         SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
        }
        event_add(c->ev_r, NULL);
    }
}

static int alpn_select(SSL *ssl, const uint8_t **out, uint8_t *outlen, const uint8_t *in,
                       unsigned inlen, void *arg)
{
    (void)ssl;
    (void)arg;
    for (unsigned i = 0; i < inlen; i += 1u + in[i])
        if (in[i] == 2 && i + 3 <= inlen && memcmp(in + i + 1, "h2", 2) == 0) {
            *out = in + i + 1;
            *outlen = 2;
            return SSL_TLSEXT_ERR_OK;
        }
    for (unsigned i = 0; i < inlen; i += 1u + in[i])
        if (in[i] == 8 && i + 9 <= inlen && memcmp(in + i + 1, "http/1.1", 8) == 0) {
            *out = in + i + 1;
            *outlen = 8;
            return SSL_TLSEXT_ERR_OK;
        }
    return SSL_TLSEXT_ERR_NOACK;
}

static int listen_on(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(fd, 4096) < 0) {
        perror("bench_upstream: bind/listen");
        exit(1);
    }
    return fd;
}

static int bound_port(int fd)
{
    struct sockaddr_in sa;
    socklen_t sl = sizeof sa;
    getsockname(fd, (struct sockaddr *)&sa, &sl);
    return ntohs(sa.sin_port);
}

static void *thread_main(void *arg)
{
    event_base_dispatch(arg);
    return NULL;
}

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *a = argv[i], *v = argv[i + 1];
        if (!strcmp(a, "--cert"))
            O.cert = v;
        else if (!strcmp(a, "--key"))
            O.key = v;
        else if (!strcmp(a, "--port"))
            O.port = atoi(v);
        else if (!strcmp(a, "--bulk-port"))
            O.bulk_port = atoi(v);
        else if (!strcmp(a, "--port-file"))
            O.port_file = v;
        else if (!strcmp(a, "--threads"))
            O.threads = atoi(v);
        else if (!strcmp(a, "--events"))
            O.events = atoi(v);
        else if (!strcmp(a, "--max-seconds"))
            O.max_seconds = atof(v);
        else {
            fprintf(stderr, "usage: bench_upstream --cert C --key K [--port P] [--bulk-port P]"
                            " [--port-file F] [--threads N] [--events 500] [--max-seconds S]\n");
            return 2;
        }
    }
    if (!O.cert || !O.key || O.threads < 1 || O.threads > 64 || O.events < 2) {
        fprintf(stderr, "bench_upstream: --cert and --key are required\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    for (size_t i = 0; i < sizeof g_pattern; i++)
        g_pattern[i] = (unsigned char)(i * 131u + 7u);
    evthread_use_pthreads();
    g_ctx = SSL_CTX_new(TLS_server_method());
    if (SSL_CTX_use_certificate_chain_file(g_ctx, O.cert) != 1 ||
        SSL_CTX_use_PrivateKey_file(g_ctx, O.key, SSL_FILETYPE_PEM) != 1) {
        fprintf(stderr, "bench_upstream: cannot load %s / %s\n", O.cert, O.key);
        return 1;
    }
    SSL_CTX_set_alpn_select_cb(g_ctx, alpn_select, NULL);

    /* The first listeners fix the ports; the other threads bind the same ports (SO_REUSEPORT). */
    int tls_fd = listen_on(O.port);
    O.port = bound_port(tls_fd);
    int bulk_fd = listen_on(O.bulk_port);
    O.bulk_port = bound_port(bulk_fd);
    pthread_t th[64];
    for (int t = 0; t < O.threads; t++) {
        struct event_base *b = event_base_new();
        int tf = t ? listen_on(O.port) : tls_fd, bf = t ? listen_on(O.bulk_port) : bulk_fd;
        event_add(event_new(b, tf, EV_READ | EV_PERSIST, on_accept, b), NULL);
        event_add(event_new(b, bf, EV_READ | EV_PERSIST, on_accept, b), NULL);
        pthread_create(&th[t], NULL, thread_main, b);
    }
    printf("%d %d\n", O.port, O.bulk_port);
    fflush(stdout);
    if (O.port_file) {
        char tmp[512];
        snprintf(tmp, sizeof tmp, "%s.tmp", O.port_file);
        FILE *f = fopen(tmp, "w");
        if (f) {
            fprintf(f, "%d %d\n", O.port, O.bulk_port);
            fclose(f);
            rename(tmp, O.port_file);
        }
    }
    /* Bounded: the process ends by itself. SIGTERM ends it earlier. */
    sleep((unsigned)O.max_seconds);
    return 0;
}
