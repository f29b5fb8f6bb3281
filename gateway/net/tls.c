/* tls: a TLS connection driven over a socket bufferevent.
 *
 * The one thing to know: every path that may make the SSL produce bytes (handshake, read, write,
 * shutdown) ends with flush_out(), which moves the sealed ciphertext (`ctext`) to the socket.
 * Callbacks into the owner come last in each function, because the owner may free the object inside
 * them: such calls hold the object (gw_hold, defer.c) and gw_tls_free only asks for the free,
 * which the worker's loop runs once no call is on the stack. After the owner freed it, no further
 * callback reaches the owner: gw_tls_free silences the socket, the timers and the callbacks.
 *
 * Writes are corked: plaintext from gw_tls_write* collects in `pend` and is sealed at the end of
 * the loop iteration (or once CORK_MAX is pending), in records of up to 16 KiB, so a response
 * written as head, body and trailer pieces becomes one record and one send(). Ciphertext goes
 * straight to the socket with send() while nothing waits in the bufferevent's output (no write
 * event to add and delete for every response); only what the socket does not take is queued.
 *
 * Reads are this file's own too: one persistent read event on the socket (`rd`) and readv() into
 * the bufferevent's input, which is then used as a buffer only (its own reading stays disabled).
 * libevent's socket read asks ioctl(FIONREAD) before every readv to size it, one more syscall per
 * read on every leg; here a read is sized by the space reserved (READ_FIRST, then
 * MAX_SINGLE_READ after a read that filled it).
 *
 * The SSL's BIOs are this file's own (bio_read, bio_write): reads take ciphertext straight from the
 * bufferevent's input and writes append to `ctext`. Memory BIOs cost a copy into a buffer that is
 * zeroed as it grows, moved down on every read (a few per record) and kept at its largest size
 * for the connection's life; these keep nothing while a connection idles.
 *
 * Closing lingers: after close_notify the write side is shut and input is read and discarded
 * until the peer closes or LINGER_SECONDS pass, because closing a socket with unread input makes
 * the kernel send RST, and a client still uploading would lose hush's final answer (a 413).
 */
#include "gateway/net/net.h"

#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/uio.h>

#define LOW_WATER (64 * 1024)
#define READ_CHUNK (16 * 1024)
#define READ_FIRST (16 * 1024) /* ciphertext per read wake-up, before read_more */
#define RECORD_MAX (16 * 1024) /* TLS plaintext per record */
#define CORK_MAX (64 * 1024)   /* pending plaintext sealed at once, not at the iteration's end */
#define SEND_CHUNK (64 * 1024) /* ciphertext sealed before it is sent, during a large write */
#define SEND_MAX (256 * 1024)  /* ciphertext per sendmsg() */
#define SEND_IOV 16
/* Unsent bytes the kernel may hold for this socket before it stops being writable. Bounds what a
 * peer that reads nothing pins in kernel memory (autotuning would let it grow to tcp_wmem's
 * maximum) so the owner's own back-pressure (gw_tls_backlog) engages after this much. */
#define NOTSENT_LOWAT (128 * 1024)
/* gw_tls_expect: the most the kernel is asked to collect before waking us, and the ciphertext
 * of a record BoringSSL may hold half-read (its plaintext not delivered yet). A large read per
 * wake-up (MAX_SINGLE_READ) is what makes the fewer wake-ups pay. */
#define RCVLOWAT_MAX (128 * 1024)
#define RECORD_SLACK (RECORD_MAX + 2048)
#define MAX_SINGLE_READ (128 * 1024) /* read_more */
#define PLAIN_SLICE (64 * 1024)      /* plaintext decrypted before the owner takes it */
#define LINGER_SECONDS 2
#define LINGER_MAX_DISCARD (4 * 1024 * 1024)

struct gw_tls {
    gw_worker_t *w;
    struct bufferevent *raw; /* writes, and its input as the read buffer (see the top) */
    struct event *rd;        /* EV_READ | EV_PERSIST on the socket */
    int reading;             /* rd is added */
    int read_full;           /* the last read filled the space it had: more is likely waiting */
    SSL *ssl;
    BIO *rbio, *wbio;       /* owned by ssl */
    struct evbuffer *ctext; /* ciphertext sealed, not yet sent or queued */
    gw_tls_cbs_t cbs;
    void *arg;
    struct evbuffer *plain;
    struct evbuffer *pend;  /* plaintext written by the owner, not yet sealed */
    struct event *flush_ev; /* seals pend at the end of the loop iteration */
    int flush_armed;
    struct event *hs_timer;
    int ready, closing, closed_notified;
    int lingering; /* close_notify sent and write side shut: discarding input until EOF */
    int rcvlowat;  /* SO_RCVLOWAT set by gw_tls_expect; 0: the default */
    size_t discarded;
    gw_obj_t obj; /* held around owner callbacks; freed through defer.c */
    char err[160];
};

static void tls_destroy(void *self)
{
    gw_tls_t *t = self;
    if (t->hs_timer) {
        event_free(t->hs_timer);
    }
    if (t->flush_ev) {
        event_free(t->flush_ev);
    }
    if (t->rd) {
        event_free(t->rd);
    }
    bufferevent_free(t->raw);
    SSL_free(t->ssl);
    gw_evbuffer_wipe_free(t->plain); /* plaintext: an intercepted host's bytes */
    if (t->ctext) {
        evbuffer_free(t->ctext);
    }
    gw_evbuffer_wipe_free(t->pend);
    free(t);
}

static void set_reading(gw_tls_t *t, int on)
{
    if (on == t->reading || !t->rd) {
        return;
    }
    int saved = errno; /* callers report the errno of a failed read after this */
    if (on ? event_add(t->rd, NULL) == 0 : event_del(t->rd) == 0) {
        t->reading = on;
    }
    errno = saved;
}

void gw_tls_free(gw_tls_t *t)
{
    if (!t) {
        return;
    }
    if (gw_obj_dying(&t->obj)) {
        return;
    }
    memset(&t->cbs, 0, sizeof(t->cbs)); /* the owner is gone: nothing reaches it any more */
    set_reading(t, 0);
    bufferevent_disable(t->raw, EV_READ | EV_WRITE);
    bufferevent_setcb(t->raw, NULL, NULL, NULL, NULL);
    event_del(t->hs_timer);
    event_del(t->flush_ev);
    gw_defer_free(&t->obj, tls_destroy);
}

static void set_ssl_error(gw_tls_t *t, const char *what)
{
    uint32_t e = ERR_peek_error();
    const char *reason = e ? ERR_reason_error_string(e) : NULL;
    /* Only a client verifies a peer certificate here; a server's result is meaningless. A
     * handshake that failed before any certificate arrived (an old protocol version, no shared
     * cipher) leaves the result at "invalid call": the queued error is the real reason then. */
    long v = SSL_is_server(t->ssl) ? X509_V_OK : SSL_get_verify_result(t->ssl);
    if (v != X509_V_OK && v != X509_V_ERR_INVALID_CALL &&
        (!e || ERR_GET_REASON(e) == SSL_R_CERTIFICATE_VERIFY_FAILED)) {
        snprintf(t->err, sizeof(t->err), "%s: certificate verify failed: %s", what,
                 X509_verify_cert_error_string(v));
    } else if (e && (ERR_GET_REASON(e) == SSL_R_UNSUPPORTED_PROTOCOL ||
                     ERR_GET_REASON(e) == SSL_R_TLSV1_ALERT_PROTOCOL_VERSION)) {
        snprintf(t->err, sizeof(t->err),
                 "%s: protocol version: no TLS version both sides accept "
                 "(hush needs TLS 1.2 or newer; %s)",
                 what, reason);
    } else {
        snprintf(t->err, sizeof(t->err), "%s: %s", what, reason ? reason : "protocol error");
    }
    ERR_clear_error();
}

static void flush_out(gw_tls_t *t)
{
    struct evbuffer *out = bufferevent_get_output(t->raw);
    /* Nothing queued before it: try the socket first. What it does not take (or an error, which
     * the bufferevent then meets and reports) goes to the queue. */
    while (evbuffer_get_length(t->ctext) > 0 && evbuffer_get_length(out) == 0) {
        struct evbuffer_iovec v[SEND_IOV];
        int nv = evbuffer_peek(t->ctext, SEND_MAX, NULL, v, SEND_IOV);
        struct iovec iov[SEND_IOV];
        if (nv > SEND_IOV) {
            nv = SEND_IOV;
        }
        for (int i = 0; i < nv; i++) {
            iov[i].iov_base = v[i].iov_base;
            iov[i].iov_len = v[i].iov_len;
        }
        struct msghdr m = {.msg_iov = iov, .msg_iovlen = (size_t)nv};
        ssize_t k = sendmsg(bufferevent_getfd(t->raw), &m, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (k <= 0) {
            break;
        }
        evbuffer_drain(t->ctext, (size_t)k);
    }
    if (evbuffer_get_length(t->ctext) > 0) {
        (void)evbuffer_add_buffer(out, t->ctext);
        if (!t->closed_notified && !gw_obj_dying(&t->obj)) {
            bufferevent_enable(t->raw, EV_WRITE); /* see gw_tls_new */
        }
    }
}

/* Seal the pending plaintext in records of up to RECORD_MAX and send them. whole: only full
 * records, the rest waits for more plaintext or the loop iteration's end (a large write made of
 * pieces that are not multiples of a record, such as HTTP/2 frames of 16 KiB + 9 bytes, would
 * otherwise leave a short record and a send() of its own after every CORK_MAX). */
static int seal_pending(gw_tls_t *t, int whole)
{
    size_t len;
    int rc = 0;
    while ((len = evbuffer_get_length(t->pend)) > 0 && (!whole || len >= RECORD_MAX)) {
        size_t chunk = len > RECORD_MAX ? RECORD_MAX : len;
        /* the first chain when it holds the record, else a copy wiped after (evbuffer_pullup
         * would free the chains it merges unwiped) */
        uint8_t copy[RECORD_MAX];
        struct evbuffer_iovec v;
        const uint8_t *p = copy;
        if (evbuffer_peek(t->pend, -1, NULL, &v, 1) >= 1 && v.iov_len >= chunk) {
            p = v.iov_base;
        } else {
            evbuffer_copyout(t->pend, copy, chunk);
        }
        int n = SSL_write(t->ssl, p, (int)chunk);
        if (p == copy) {
            OPENSSL_cleanse(copy, chunk);
        }
        if (n <= 0) {
            set_ssl_error(t, "TLS write failed");
            gw_evbuffer_wipe_drain(t->pend, len);
            rc = -1;
            break;
        }
        gw_evbuffer_wipe_drain(t->pend, (size_t)n);
        if (evbuffer_get_length(t->ctext) >= SEND_CHUNK) {
            flush_out(t); /* a large write leaves in SEND_CHUNK pieces, not all at the end */
        }
    }
    flush_out(t);
    return rc;
}

/* Run an owner callback with the free deferred; returns 1 if the object died meanwhile. */
#define CALL_OWNER(t, expr)                                                                        \
    do {                                                                                           \
        gw_hold(&(t)->obj);                                                                        \
        expr;                                                                                      \
        gw_release(&(t)->obj);                                                                     \
    } while (0)

static int notify_close(gw_tls_t *t, int error, const char *why)
{
    if (t->closed_notified) {
        return 0;
    }
    t->closed_notified = 1;
    if (error && !t->err[0] && why && why != t->err) { /* gw_tls_error() names it */
        snprintf(t->err, sizeof(t->err), "%s", why);
    }
    set_reading(t, 0);
    bufferevent_disable(t->raw, EV_READ | EV_WRITE);
    if (t->cbs.on_close && !gw_obj_dying(&t->obj)) {
        CALL_OWNER(t, t->cbs.on_close(t, error, why, t->arg));
    }
    return 0;
}

/* End of the loop iteration in which the owner wrote: seal, send, and tell the owner the output
 * drained when the socket took it all, as the bufferevent does after a write of its own. */
static void on_flush(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_tls_t *t = arg;
    t->flush_armed = 0;
    if (evbuffer_get_length(t->pend) == 0 || t->closed_notified || gw_obj_dying(&t->obj)) {
        return;
    }
    gw_hold(&t->obj);
    if (seal_pending(t, 0) != 0) {
        notify_close(t, 1, t->err);
    } else if (!t->closing && t->cbs.on_drained && !gw_obj_dying(&t->obj) &&
               evbuffer_get_length(bufferevent_get_output(t->raw)) <= LOW_WATER) {
        t->cbs.on_drained(t, t->arg);
    }
    gw_release(&t->obj);
}

/* Decrypt everything available; returns -1 on a fatal error (already notified). */
static int pump_read(gw_tls_t *t, size_t cap)
{
    if (!t->ready) {
        int r = SSL_do_handshake(t->ssl);
        flush_out(t);
        if (r != 1) {
            int e = SSL_get_error(t->ssl, r);
            if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
                return 0;
            }
            set_ssl_error(t, "handshake failed");
            notify_close(t, 1, t->err);
            return -1;
        }
        t->ready = 1;
        if (t->hs_timer) {
            event_del(t->hs_timer);
        }
        if (t->cbs.on_ready) {
            CALL_OWNER(t, t->cbs.on_ready(t, t->arg));
            if (gw_obj_dying(&t->obj) || t->closed_notified) {
                return -1;
            }
        }
    }
    /* Space in `plain` is reserved only while there is something to decrypt: a reservation that
     * reads nothing leaves an empty 32 KiB chain behind, which an idle connection would keep. */
    struct evbuffer *in = bufferevent_get_input(t->raw);
    while ((evbuffer_get_length(in) > 0 || SSL_pending(t->ssl) > 0) &&
           evbuffer_get_length(t->plain) < cap) {
        struct evbuffer_iovec v;
        if (evbuffer_reserve_space(t->plain, READ_CHUNK, &v, 1) < 1) {
            return -1;
        }
        int n = SSL_read(t->ssl, v.iov_base, (int)(v.iov_len > INT32_MAX ? INT32_MAX : v.iov_len));
        if (n > 0) {
            v.iov_len = (size_t)n;
            evbuffer_commit_space(t->plain, &v, 1);
            continue;
        }
        int e = SSL_get_error(t->ssl, n);
        flush_out(t);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
            return 0;
        }
        if (e == SSL_ERROR_ZERO_RETURN) {
            return 1; /* close_notify */
        }
        set_ssl_error(t, "TLS read failed");
        return -1;
    }
    flush_out(t); /* what reading produced (alerts, key updates) */
    return 0;
}

static void linger_done(gw_tls_t *t)
{
    gw_hold(&t->obj);
    notify_close(t, 0, "closed");
    gw_release(&t->obj);
}

/* One readv of up to max bytes onto the end of in: the count (t->read_full says whether it
 * filled the space), 0 at EOF, -1 on an error (errno), -2 when nothing is there. */
static ssize_t sock_read(gw_tls_t *t, struct evbuffer *in, size_t max)
{
    /* the bufferevent keeps its input's end frozen outside its own reads: do as it does */
    evbuffer_unfreeze(in, 0);
    struct evbuffer_iovec v[2];
    int nv = evbuffer_reserve_space(in, (ev_ssize_t)max, v, 2);
    nv = nv > 2 ? 2 : nv;
    struct iovec iov[2];
    size_t room = 0;
    for (int i = 0; i < nv; i++) {
        size_t len = v[i].iov_len > max - room ? max - room : v[i].iov_len;
        iov[i].iov_base = v[i].iov_base;
        iov[i].iov_len = len;
        room += len;
    }
    ssize_t k = nv > 0 ? readv(bufferevent_getfd(t->raw), iov, nv) : -1;
    int err = errno;
    t->read_full = k > 0 && (size_t)k == room;
    if (k > 0) {
        size_t got = (size_t)k;
        int used = 0;
        for (int i = 0; i < nv && got; i++, used++) {
            v[i].iov_len = iov[i].iov_len > got ? got : iov[i].iov_len;
            got -= v[i].iov_len;
        }
        evbuffer_commit_space(in, v, used);
    }
    evbuffer_freeze(in, 0);
    if (k < 0 && nv > 0 && (err == EAGAIN || err == EWOULDBLOCK || err == EINTR)) {
        return -2;
    }
    errno = err;
    return k;
}

/* A read that filled its space means more is likely waiting: take up to MAX_SINGLE_READ in one
 * more readv, so a large body costs a few wake-ups per MiB. EOF and errors are left for the next
 * read event. */
static void read_more(gw_tls_t *t, struct evbuffer *in)
{
    if (t->read_full && t->reading) {
        (void)sock_read(t, in, MAX_SINGLE_READ);
    }
    t->read_full = 0;
}

static void on_raw_read(struct bufferevent *bev, void *arg)
{
    gw_tls_t *t = arg;
    struct evbuffer *in = bufferevent_get_input(bev);
    if (t->closing) {
        t->discarded += evbuffer_get_length(in);
        evbuffer_drain(in, evbuffer_get_length(in));
        if (t->lingering && t->discarded > LINGER_MAX_DISCARD) {
            linger_done(t);
        }
        return;
    }
    if (t->rcvlowat) { /* the owner sets it again if it still waits for a body */
        gw_tls_expect(t, 0);
    }
    read_more(t, in);
    gw_hold(&t->obj);
    if (evbuffer_get_length(in) && !gw_obj_dying(&t->obj) && !t->closed_notified) {
        int r;
        for (;;) {
            /* bio_read takes the ciphertext from `in`. A slice at a time, each handed to the
             * owner before the next is decrypted: all of a large read decrypted first held a
             * body three times in the worker's heap (its ciphertext, its plaintext, and the
             * owner's copy). An owner that leaves plain as it was gets the rest at once. */
            size_t cin = evbuffer_get_length(in), cplain = evbuffer_get_length(t->plain);
            r = pump_read(t, cplain < PLAIN_SLICE ? PLAIN_SLICE : SIZE_MAX);
            size_t got = evbuffer_get_length(t->plain);
            if (got && t->cbs.on_read && !gw_obj_dying(&t->obj) && !t->closed_notified) {
                t->cbs.on_read(t, t->plain, t->arg);
            }
            if (r != 0 || gw_obj_dying(&t->obj) || t->closed_notified ||
                (evbuffer_get_length(in) == cin && got == cplain) || /* a partial record */
                (evbuffer_get_length(in) == 0 && SSL_pending(t->ssl) == 0)) {
                break;
            }
        }
        if (!gw_obj_dying(&t->obj)) {
            if (r < 0 && !t->closed_notified) {
                notify_close(t, 1, t->err);
            } else if (r > 0) {
                notify_close(t, 0, "closed");
            }
        }
    }
    gw_release(&t->obj);
}

static void on_raw_write(struct bufferevent *bev, void *arg)
{
    gw_tls_t *t = arg;
    if (t->closing && !t->lingering && evbuffer_get_length(bufferevent_get_output(bev)) == 0) {
        /* Everything is written: shut our side, then wait for the peer's EOF (or the grace
         * period) while discarding what it still sends. */
        shutdown(bufferevent_getfd(bev), SHUT_WR);
        t->lingering = 1;
        struct timeval tv = {LINGER_SECONDS, 0};
        evtimer_add(t->hs_timer, &tv);
        return;
    }
    if (t->closing) {
        return;
    }
    if (t->cbs.on_drained && t->ready && !t->closed_notified) {
        gw_hold(&t->obj);
        t->cbs.on_drained(t, t->arg);
        gw_release(&t->obj);
    }
}

static void on_raw_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    gw_tls_t *t = arg;
    if (t->closing) { /* EOF or an error while lingering: the close is complete */
        linger_done(t);
        return;
    }
    gw_hold(&t->obj);
    if (what & BEV_EVENT_EOF) {
        /* A peer that closes without close_notify after a complete exchange is common (HTTP/1.1
         * framing tells the owner whether anything was truncated). */
        notify_close(t, t->ready ? 0 : 1,
                     t->ready ? "peer closed" : "peer closed during handshake");
    } else {
        snprintf(t->err, sizeof(t->err), "%s: %s",
                 t->ready ? "connection error" : "handshake failed",
                 evutil_socket_error_to_string(EVUTIL_SOCKET_ERROR()));
        notify_close(t, 1, t->err);
    }
    gw_release(&t->obj);
}

/* The socket is readable: read (no FIONREAD first), then as the bufferevent would have. */
static void on_sock_read(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_tls_t *t = arg;
    ssize_t k = sock_read(t, bufferevent_get_input(t->raw), READ_FIRST);
    if (k == -2) {
        return;
    }
    if (k <= 0) { /* stop reading first: a level-triggered EOF would fire again */
        set_reading(t, 0);
        on_raw_event(t->raw, BEV_EVENT_READING | (k == 0 ? BEV_EVENT_EOF : BEV_EVENT_ERROR), t);
        return;
    }
    on_raw_read(t->raw, t);
}

static void on_hs_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_tls_t *t = arg;
    if (t->closing) { /* the linger grace period is over */
        linger_done(t);
        return;
    }
    gw_hold(&t->obj);
    notify_close(t, 1, "handshake timed out");
    gw_release(&t->obj);
}

/* The SSL's BIOs (see the top of the file). A read with nothing buffered asks to be retried. */
static int bio_read(BIO *b, char *out, int outl)
{
    gw_tls_t *t = BIO_get_data(b);
    BIO_clear_retry_flags(b);
    if (outl <= 0) {
        return 0;
    }
    int n = evbuffer_remove(bufferevent_get_input(t->raw), out, (size_t)outl);
    if (n <= 0) {
        BIO_set_retry_read(b);
        return -1;
    }
    return n;
}

static int bio_write(BIO *b, const char *in, int inl)
{
    gw_tls_t *t = BIO_get_data(b);
    BIO_clear_retry_flags(b);
    if (inl <= 0) {
        return 0;
    }
    return evbuffer_add(t->ctext, in, (size_t)inl) == 0 ? inl : -1;
}

static long bio_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    (void)b;
    (void)num;
    (void)ptr;
    return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}

static int bio_create(BIO *b)
{
    BIO_set_init(b, 1);
    return 1;
}

static BIO_METHOD *bio_method;
static pthread_once_t bio_once = PTHREAD_ONCE_INIT;

static void bio_method_init(void)
{
    BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "hush socket");
    if (m && BIO_meth_set_read(m, bio_read) && BIO_meth_set_write(m, bio_write) &&
        BIO_meth_set_ctrl(m, bio_ctrl) && BIO_meth_set_create(m, bio_create)) {
        bio_method = m;
    } else if (m) {
        BIO_meth_free(m);
    }
}

static BIO *bio_new(gw_tls_t *t)
{
    pthread_once(&bio_once, bio_method_init);
    BIO *b = bio_method ? BIO_new(bio_method) : NULL;
    if (b) {
        BIO_set_data(b, t);
    }
    return b;
}

gw_tls_t *gw_tls_new(gw_worker_t *w, struct bufferevent *raw, SSL *ssl, const gw_tls_cbs_t *cbs,
                     void *arg)
{
    gw_tls_t *t = calloc(1, sizeof(*t));
    if (!t) {
        bufferevent_free(raw);
        SSL_free(ssl);
        return NULL;
    }
    t->w = w;
    gw_obj_init(&t->obj, &w->reaper, t);
    t->raw = raw;
    t->ssl = ssl;
    t->cbs = *cbs;
    t->arg = arg;
    t->plain = evbuffer_new();
    t->pend = evbuffer_new();
    t->ctext = evbuffer_new();
    t->rbio = bio_new(t);
    t->wbio = bio_new(t);
    t->hs_timer = evtimer_new(w->base, on_hs_timeout, t);
    t->flush_ev = event_new(w->base, -1, 0, on_flush, t);
    t->rd = event_new(w->base, bufferevent_getfd(raw), EV_READ | EV_PERSIST, on_sock_read, t);
    if (!t->plain || !t->pend || !t->ctext || !t->rbio || !t->wbio || !t->hs_timer ||
        !t->flush_ev || !t->rd) {
        BIO_free(t->rbio);
        BIO_free(t->wbio);
        t->ssl = ssl;
        tls_destroy(t);
        return NULL;
    }
    int lowat = NOTSENT_LOWAT;
    (void)setsockopt(bufferevent_getfd(raw), IPPROTO_TCP, TCP_NOTSENT_LOWAT, &lowat, sizeof(lowat));
    SSL_set_bio(ssl, t->rbio, t->wbio);
    double hs = w->cfg->handshake_timeout;
    struct timeval tv = {(time_t)hs, (suseconds_t)((hs - (double)(time_t)hs) * 1e6)};
    evtimer_add(t->hs_timer, &tv);
    bufferevent_setcb(raw, on_raw_read, on_raw_write, on_raw_event, t);
    bufferevent_setwatermark(raw, EV_WRITE, LOW_WATER, 0);
    /* rd reads. Added before the bufferevent's own read event goes, so the socket's epoll
     * registration does not change (no DEL and ADD pair). Writing is enabled when flush_out
     * first queues: enabled on an empty output, the write event would wake the loop once for
     * nothing. */
    set_reading(t, 1);
    bufferevent_disable(raw, EV_READ);
    if (evbuffer_get_length(bufferevent_get_input(raw))) {
        /* Bytes that came with the CONNECT head (an eager ClientHello): read them from the loop,
         * after the caller has its handle. */
        bufferevent_trigger(raw, EV_READ, BEV_TRIG_DEFER_CALLBACKS);
    }
    if (!SSL_is_server(ssl)) {
        /* The client speaks first: produce the ClientHello now. */
        gw_hold(&t->obj);
        int r = SSL_do_handshake(ssl);
        flush_out(t);
        if (r != 1) {
            int e = SSL_get_error(ssl, r);
            if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
                set_ssl_error(t, "handshake failed");
            }
        }
        gw_release(&t->obj);
    }
    return t;
}

void gw_tls_set_cbs(gw_tls_t *t, const gw_tls_cbs_t *cbs, void *arg)
{
    t->cbs = *cbs;
    t->arg = arg;
}

/* Queue plaintext; sealed at the end of this loop iteration, or now once CORK_MAX is pending. */
static int cork(gw_tls_t *t)
{
    if (evbuffer_get_length(t->pend) >= CORK_MAX && seal_pending(t, 1) != 0) {
        return -1;
    }
    if (evbuffer_get_length(t->pend) && !t->flush_armed) {
        t->flush_armed = 1;
        event_active(t->flush_ev, EV_WRITE, 0);
    }
    return 0;
}

int gw_tls_write(gw_tls_t *t, const void *data, size_t len)
{
    if (!t->ready || t->closing || t->closed_notified) {
        return -1;
    }
    if (evbuffer_add(t->pend, data, len) != 0) {
        return -1;
    }
    return cork(t);
}

int gw_tls_write_buffer(gw_tls_t *t, struct evbuffer *buf)
{
    if (evbuffer_get_length(buf) == 0) {
        return 0;
    }
    if (!t->ready || t->closing || t->closed_notified) {
        return -1;
    }
    if (evbuffer_add_buffer(t->pend, buf) != 0) {
        return -1;
    }
    return cork(t);
}

size_t gw_tls_backlog(const gw_tls_t *t)
{
    return evbuffer_get_length(bufferevent_get_output(t->raw)) + evbuffer_get_length(t->pend);
}

void gw_tls_pause_read(gw_tls_t *t, int pause)
{
    if (pause) {
        set_reading(t, 0);
    } else if (!t->closed_notified) {
        set_reading(t, 1);
    }
}

void gw_tls_expect(gw_tls_t *t, size_t bytes)
{
    int v = 0;
    if (bytes > RECORD_SLACK && !t->closing) {
        bytes -= RECORD_SLACK;
        v = bytes > RCVLOWAT_MAX ? RCVLOWAT_MAX : (int)bytes;
    }
    if (v == t->rcvlowat) {
        return;
    }
    int one = v ? v : 1;
    if (setsockopt(bufferevent_getfd(t->raw), SOL_SOCKET, SO_RCVLOWAT, &one, sizeof(one)) == 0) {
        t->rcvlowat = v;
    }
}

size_t gw_tls_unread(const gw_tls_t *t)
{
    int n = 0;
    if (ioctl(bufferevent_getfd(t->raw), FIONREAD, &n) != 0 || n < 0) {
        return 0;
    }
    return (size_t)n;
}

void gw_tls_close(gw_tls_t *t)
{
    if (t->closing || t->closed_notified) {
        return;
    }
    if (t->ready) {
        (void)seal_pending(t, 0); /* what the owner wrote goes before close_notify */
    }
    t->closing = 1;
    if (t->ready) {
        SSL_shutdown(t->ssl);
        flush_out(t);
    }
    set_reading(t, 1); /* keep reading: discarded, see on_raw_read */
    bufferevent_setwatermark(t->raw, EV_WRITE, 0, 0);
    if (evbuffer_get_length(bufferevent_get_output(t->raw)) == 0) {
        on_raw_write(t->raw, t);
    }
}

SSL *gw_tls_ssl(gw_tls_t *t)
{
    return t->ssl;
}

int gw_tls_is_h2(const gw_tls_t *t)
{
    const uint8_t *p;
    unsigned n;
    SSL_get0_alpn_selected(t->ssl, &p, &n);
    return n == 2 && memcmp(p, "h2", 2) == 0;
}

const char *gw_tls_alpn(const gw_tls_t *t)
{
    return gw_tls_is_h2(t) ? "h2" : "http/1.1";
}

const char *gw_tls_error(const gw_tls_t *t)
{
    return t->err[0] ? t->err : "no error";
}
