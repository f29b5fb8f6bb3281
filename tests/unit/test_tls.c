/* tls (gateway/net/tls.c): how a large write leaves the socket. hush's end is a gw_tls server on
 * one end of a socketpair; the peer is a blocking BoringSSL client in a thread that, after the
 * handshake, reads the raw records (TLS 1.3: each record's plaintext is its length minus 17). */
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
    size_t want; /* plaintext bytes to collect */
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
    if (SSL_connect(ssl) == 1) { /* not verified: only the records matter here */
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

static void test_a_large_write_leaves_in_full_records(void **state)
{
    (void)state;
    struct event_base *base = event_base_new();
    gw_boot_t cfg;
    memset(&cfg, 0, sizeof(cfg));
    cfg.handshake_timeout = 10;
    gw_worker_t *w = calloc(1, sizeof(*w));
    w->cfg = &cfg;
    w->base = base;
    assert_int_equal(gw_reaper_init(&w->reaper, base), 0);
    int sv[2];
    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    evutil_make_socket_nonblocking(sv[0]);
    SSL_CTX *ctx = server_ctx();
    SSL *ssl = SSL_new(ctx);
    SSL_set_accept_state(ssl);
    struct bufferevent *raw = bufferevent_socket_new(base, sv[0], BEV_OPT_CLOSE_ON_FREE);
    gw_tls_cbs_t cbs = {
        .on_ready = on_ready, .on_read = on_read, .on_drained = on_drained, .on_close = on_close};
    gw_tls_t *t = gw_tls_new(w, raw, ssl, &cbs, NULL);
    assert_non_null(t);

    peer_t pe = {.fd = sv[1], .want = (size_t)PIECE * PIECES};
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, peer_main, &pe), 0);
    for (int i = 0; i < 10000 && !atomic_load(&pe.done); i++) {
        event_base_loop(base, EVLOOP_NONBLOCK);
        usleep(1000);
    }
    assert_true(atomic_load(&pe.done));
    pthread_join(th, NULL);

    size_t total = 0;
    for (int i = 0; i < pe.nrec; i++) {
        total += pe.rec[i];
        if (i < pe.nrec - 1) { /* only the last record may be short */
            assert_int_equal(pe.rec[i], 16384);
        }
    }
    assert_int_equal(total, (size_t)PIECE * PIECES);
    assert_int_equal(pe.nrec, PIECES + 1); /* 5 x 16 KiB and the 45 bytes left */

    gw_tls_free(t);
    gw_reaper_run(&w->reaper);
    gw_reaper_cleanup(&w->reaper);
    close(sv[1]);
    SSL_CTX_free(ctx);
    free(w);
    event_base_free(base);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_large_write_leaves_in_full_records),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
