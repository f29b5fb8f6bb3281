/* tls (gateway/net/tls.c): how writes leave the socket, and what runs after a read. hush's end is
 * a gw_tls server on one end of a socketpair; the peer is a blocking BoringSSL client in a thread
 * that, after the handshake, optionally sends a few bytes, then reads the raw records (TLS 1.3:
 * each record's plaintext is its length minus 17). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <openssl/ec_key.h>
#include <openssl/evp.h>
#include <openssl/obj.h>
#include <openssl/x509.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "gateway/net/net.h"

#define PIECE (16384 + 9) /* an HTTP/2 DATA frame of the largest default size, with its header */
#define PIECES 5
#define MAX_RECORDS 64

typedef struct peer {
    int fd;
    const char *say; /* sent after the handshake, before reading */
    size_t want;     /* plaintext bytes to collect */
    size_t rec[MAX_RECORDS];
    int nrec;
    atomic_int done;
} peer_t;

static SSL_CTX *server_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    EVP_PKEY *pk = EVP_PKEY_new();
    EC_KEY *ec = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);
    X509 *x = X509_new();
    assert_true(ctx && pk && ec && x && EC_KEY_generate_key(ec) && EVP_PKEY_assign_EC_KEY(pk, ec));
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
    X509_gmtime_adj(X509_getm_notBefore(x), 0);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC,
                               (const uint8_t *)"test", -1, -1, 0);
    X509_set_issuer_name(x, X509_get_subject_name(x));
    assert_true(X509_set_pubkey(x, pk) && X509_sign(x, pk, EVP_sha256()));
    assert_true(SSL_CTX_use_certificate(ctx, x) && SSL_CTX_use_PrivateKey(ctx, pk));
    SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET); /* no records but the data after the handshake */
    X509_free(x);
    EVP_PKEY_free(pk);
    return ctx;
}

static int read_full(int fd, uint8_t *p, size_t n)
{
    while (n) {
        ssize_t k = read(fd, p, n);
        if (k <= 0) {
            return -1;
        }
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

static void *peer_main(void *arg)
{
    peer_t *pe = arg;
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, pe->fd);
    if (SSL_connect(ssl) == 1 && /* not verified: only the records matter here */
        (!pe->say || SSL_write(ssl, pe->say, (int)strlen(pe->say)) > 0)) {
        size_t got = 0;
        uint8_t hdr[5], *body = malloc(1 << 15);
        while (got < pe->want && pe->nrec < MAX_RECORDS && read_full(pe->fd, hdr, 5) == 0) {
            size_t len = (size_t)hdr[3] << 8 | hdr[4];
            if (len < 17 || len > (1 << 15) || read_full(pe->fd, body, len) != 0) {
                break;
            }
            pe->rec[pe->nrec++] = len - 17;
            got += len - 17;
        }
        free(body);
    }
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    atomic_store(&pe->done, 1);
    return NULL;
}

static void on_ready(gw_tls_t *t, void *arg)
{
    (void)arg;
    uint8_t piece[PIECE];
    memset(piece, 'x', sizeof(piece));
    for (int i = 0; i < PIECES; i++) { /* in one callback, as up_h2_flush writes frames */
        assert_int_equal(gw_tls_write(t, piece, sizeof(piece)), 0);
    }
}

static void on_read(gw_tls_t *t, struct evbuffer *plain, void *arg)
{
    (void)t;
    (void)arg;
    evbuffer_drain(plain, evbuffer_get_length(plain));
}

static void on_drained(gw_tls_t *t, void *arg)
{
    (void)t;
    (void)arg;
}

static void on_close(gw_tls_t *t, int error, const char *why, void *arg)
{
    (void)t;
    (void)error;
    (void)why;
    (void)arg;
}

/* One gw_tls server with cbs against a peer thread; returns once the peer has read pe->want. */
static void run_server(const gw_tls_cbs_t *cbs, void *arg, peer_t *pe, gw_worker_t **wout)
{
    struct event_base *base = event_base_new();
    static gw_boot_t cfg;
    memset(&cfg, 0, sizeof(cfg));
    cfg.handshake_timeout = 10;
    gw_worker_t *w = calloc(1, sizeof(*w));
    w->cfg = &cfg;
    w->base = base;
    *wout = w;
    assert_int_equal(gw_reaper_init(&w->reaper, base), 0);
    int sv[2];
    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    evutil_make_socket_nonblocking(sv[0]);
    SSL_CTX *ctx = server_ctx();
    SSL *ssl = SSL_new(ctx);
    SSL_set_accept_state(ssl);
    struct bufferevent *raw = bufferevent_socket_new(base, sv[0], BEV_OPT_CLOSE_ON_FREE);
    gw_tls_t *t = gw_tls_new(w, raw, ssl, cbs, arg);
    assert_non_null(t);

    pe->fd = sv[1];
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, peer_main, pe), 0);
    for (int i = 0; i < 10000 && !atomic_load(&pe->done); i++) {
        event_base_loop(base, EVLOOP_NONBLOCK);
        usleep(1000);
    }
    assert_true(atomic_load(&pe->done));
    pthread_join(th, NULL);

    gw_tls_free(t);
    gw_reaper_run(&w->reaper);
    gw_reaper_cleanup(&w->reaper);
    close(sv[1]);
    SSL_CTX_free(ctx);
    free(w);
    event_base_free(base);
}

static void test_a_large_write_leaves_in_full_records(void **state)
{
    (void)state;
    gw_tls_cbs_t cbs = {
        .on_ready = on_ready, .on_read = on_read, .on_drained = on_drained, .on_close = on_close};
    peer_t pe = {.want = (size_t)PIECE * PIECES};
    gw_worker_t *w;
    run_server(&cbs, NULL, &pe, &w);

    size_t total = 0;
    for (int i = 0; i < pe.nrec; i++) {
        total += pe.rec[i];
        if (i < pe.nrec - 1) { /* only the last record may be short */
            assert_int_equal(pe.rec[i], 16384);
        }
    }
    assert_int_equal(total, (size_t)PIECE * PIECES);
    assert_int_equal(pe.nrec, PIECES + 1); /* 5 x 16 KiB and the 45 bytes left */
}

/* gw_tls_flush: what was written leaves inside the owner's call, as a record of its own; what is
 * written after it is corked again and leaves at the loop iteration's end. */
static void flush_on_ready(gw_tls_t *t, void *arg)
{
    (void)arg;
    assert_int_equal(gw_tls_write(t, "0123456789", 10), 0);
    assert_int_equal(gw_tls_backlog(t), 10); /* corked */
    gw_tls_flush(t);
    assert_int_equal(gw_tls_backlog(t), 0); /* sealed and taken by the socket */
    gw_tls_flush(t);                        /* nothing pending: nothing happens */
    assert_int_equal(gw_tls_write(t, "abcde", 5), 0);
    assert_int_equal(gw_tls_write(t, "fgh", 3), 0);
    assert_int_equal(gw_tls_backlog(t), 8);
}

static void test_flush_sends_what_was_written_now(void **state)
{
    (void)state;
    gw_tls_cbs_t cbs = {.on_ready = flush_on_ready,
                        .on_read = on_read,
                        .on_drained = on_drained,
                        .on_close = on_close};
    peer_t pe = {.want = 18};
    gw_worker_t *w;
    run_server(&cbs, NULL, &pe, &w);
    assert_int_equal(pe.nrec, 2);
    assert_int_equal(pe.rec[0], 10);
    assert_int_equal(pe.rec[1], 8); /* the two later writes, in one record */
}

/* gw_worker_soon asked inside a read callback runs once that read returns, not inside it. */
typedef struct soon_case {
    gw_worker_t *w; /* run_server fills it before any callback */
    int in_read, runs, ran_inside;
} soon_case_t;

static void soon_fn(void *arg)
{
    soon_case_t *sc = arg;
    sc->runs++;
    sc->ran_inside += sc->in_read;
}

static void soon_on_read(gw_tls_t *t, struct evbuffer *plain, void *arg)
{
    soon_case_t *sc = arg;
    evbuffer_drain(plain, evbuffer_get_length(plain));
    sc->in_read = 1;
    gw_worker_soon(sc->w, soon_fn, sc);
    assert_int_equal(gw_tls_write(t, "pong", 4), 0); /* lets the peer finish */
    assert_int_equal(sc->runs, 0);
    sc->in_read = 0;
}

static void test_work_asked_in_a_read_runs_after_it_once(void **state)
{
    (void)state;
    soon_case_t sc;
    memset(&sc, 0, sizeof(sc));
    gw_tls_cbs_t cbs = {.on_read = soon_on_read, .on_drained = on_drained, .on_close = on_close};
    peer_t pe = {.say = "ping", .want = 4};
    run_server(&cbs, &sc, &pe, &sc.w);
    assert_int_equal(sc.runs, 1);
    assert_int_equal(sc.ran_inside, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_large_write_leaves_in_full_records),
        cmocka_unit_test(test_flush_sends_what_was_written_now),
        cmocka_unit_test(test_work_asked_in_a_read_runs_after_it_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
