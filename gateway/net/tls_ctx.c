/* tls_ctx: the two SSL_CTXs hush uses, built once at start and shared read-only by all workers.
 *
 * Server side (toward clients, interception): the leaf is chosen per connection from the host the
 * client CONNECTed to, never from the SNI alone; an SNI naming another host fails the handshake.
 * Sessions (the server cache and tickets) are partitioned by that host: each SSL's session ID
 * context is a hash of it, so a session minted under one host's leaf never resumes on another's
 * (a resumed handshake sends no certificate: the client would take the first host's for the
 * second). Client side (toward upstream APIs): verified against the system trust store plus
 * upstreamCaFile, with the host name checked, unless verification was explicitly turned off.
 */
#include "gateway/net/net.h"

#include "ca/ca.h"

#include <openssl/err.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const uint8_t alpn_wire[] = "\x02h2\x08http/1.1";

static int host_idx = -1;
static pthread_once_t host_idx_once = PTHREAD_ONCE_INIT;

static void free_host(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int index, long argl, void *argp)
{
    (void)parent;
    (void)ad;
    (void)index;
    (void)argl;
    (void)argp;
    free(ptr);
}

static void make_host_idx(void)
{
    host_idx = SSL_get_ex_new_index(0, NULL, NULL, NULL, free_host);
}

/* The SSL ex-data slot holding the CONNECT host (freed with the SSL). */
static int host_ex_index(void)
{
    pthread_once(&host_idx_once, make_host_idx);
    return host_idx;
}

/* Compare an SNI with the CONNECT host: case-insensitive, one trailing dot ignored. */
static int same_host(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la && a[la - 1] == '.') {
        la--;
    }
    if (lb && b[lb - 1] == '.') {
        lb--;
    }
    return la == lb && strncasecmp(a, b, la) == 0;
}

static int cert_cb(SSL *ssl, void *arg)
{
    struct ca *ca = arg;
    const char *host = SSL_get_ex_data(ssl, host_ex_index());
    const char *sni = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    if (!host) {
        return 0;
    }
    if (sni && !same_host(sni, host)) {
        char q1[300], q2[300];
        gw_log(GW_LOG_WARN, "event=tls_refused reason=sni_mismatch connect_host=%s sni=%s",
               gw_log_quote(q1, sizeof(q1), host), gw_log_quote(q2, sizeof(q2), sni));
        return 0;
    }
    ca_leaf_t *leaf = ca_leaf_get(ca, host);
    if (!leaf) {
        return 0;
    }
    size_t n;
    CRYPTO_BUFFER *const *chain = ca_leaf_chain(leaf, &n);
    int ok = SSL_set_chain_and_key(ssl, (CRYPTO_BUFFER *const *)chain, n, ca_leaf_key(leaf), NULL);
    ca_leaf_release(leaf);
    return ok ? 1 : 0;
}

static int alpn_select(SSL *ssl, const uint8_t **out, uint8_t *outlen, const uint8_t *in,
                       unsigned inlen, void *arg)
{
    (void)ssl;
    (void)arg;
    uint8_t *sel;
    if (SSL_select_next_proto(&sel, outlen, alpn_wire, sizeof(alpn_wire) - 1, in, inlen) !=
        OPENSSL_NPN_NEGOTIATED) {
        return SSL_TLSEXT_ERR_NOACK; /* no common protocol: carry on as HTTP/1.1 */
    }
    *out = sel;
    return SSL_TLSEXT_ERR_OK;
}

#define SERVER_CIPHERS                                                                             \
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:"   \
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305"

SSL_CTX *gw_tls_server_ctx_new(struct ca *ca, char *err, size_t errlen)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    if (!ctx) {
        snprintf(err, errlen, "cannot create the TLS server context");
        return NULL;
    }
    (void)host_ex_index();
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    /* TLS 1.2 clients get forward-secret AEAD suites only: no CBC, no SHA-1 MAC, no static RSA
     * (TLS 1.3's suites are all AEAD). */
    if (!SSL_CTX_set_strict_cipher_list(ctx, SERVER_CIPHERS)) {
        snprintf(err, errlen, "cannot set the TLS server cipher suites");
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL_CTX_set_cert_cb(ctx, cert_cb, ca);
    SSL_CTX_set_alpn_select_cb(ctx, alpn_select, NULL);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_SERVER);
    /* One TLS 1.3 ticket per connection, not BoringSSL's two: each ticket costs a session
     * serialisation, a seal and a key derivation (~46k instructions of a resumed connection's
     * ~2.2M), and every connection, resumed or not, hands the client a fresh one for its next.
     * Ticket keys stay BoringSSL's own, rotated every two days. */
    SSL_CTX_set_num_tickets(ctx, 1);
    return ctx;
}

/* The session ID context for host: SHA-256 of its lower-cased name without a trailing dot (the
 * forms same_host() takes as one), so it fits SSL_MAX_SID_CTX_LENGTH whatever the name's length. */
static int set_host_context(SSL *ssl, const char *host)
{
    uint8_t lower[256], md[SHA256_DIGEST_LENGTH];
    size_t n = strlen(host);
    if (n && host[n - 1] == '.') {
        n--;
    }
    if (n > sizeof(lower)) {
        return 0; /* longer than any DNS name */
    }
    for (size_t i = 0; i < n; i++) {
        char c = host[i];
        lower[i] = (uint8_t)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    SHA256(lower, n, md);
    return SSL_set_session_id_context(ssl, md, sizeof(md));
}

SSL *gw_tls_server_ssl(SSL_CTX *ctx, const char *host)
{
    SSL *ssl = SSL_new(ctx);
    if (!ssl) {
        return NULL;
    }
    char *copy = strdup(host);
    /* Strip IPv6 brackets so leaves for [::1] get an IP SAN. */
    if (copy && copy[0] == '[') {
        size_t n = strlen(copy);
        memmove(copy, copy + 1, n);
        if (n >= 2 && copy[n - 2] == ']') {
            copy[n - 2] = '\0';
        }
    }
    if (!copy || !set_host_context(ssl, copy) || !SSL_set_ex_data(ssl, host_ex_index(), copy)) {
        free(copy);
        SSL_free(ssl);
        return NULL;
    }
    SSL_set_accept_state(ssl);
    return ssl;
}

static int session_idx = -1;
static pthread_once_t session_once = PTHREAD_ONCE_INIT;

static void make_session_idx(void)
{
    session_idx = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
}

void gw_tls_remember_sessions(SSL *ssl, SSL_SESSION **slot)
{
    pthread_once(&session_once, make_session_idx);
    SSL_set_ex_data(ssl, session_idx, slot);
    if (*slot) {
        SSL_set_session(ssl, *slot); /* offered; the server decides whether to resume */
    }
}

/* A new session (a TLS 1.3 ticket arrives after the handshake) replaces the slot's old one. */
static int on_new_session(SSL *ssl, SSL_SESSION *session)
{
    pthread_once(&session_once, make_session_idx);
    SSL_SESSION **slot = SSL_get_ex_data(ssl, session_idx);
    if (!slot) {
        return 0; /* not kept: BoringSSL frees it */
    }
    SSL_SESSION_free(*slot);
    *slot = session;
    return 1; /* we own the reference now */
}

SSL_CTX *gw_tls_client_ctx_new(const gw_boot_t *cfg, char *err, size_t errlen)
{
    static const char *const bundles[] = {"/etc/ssl/certs/ca-certificates.crt",
                                          "/etc/pki/tls/certs/ca-bundle.crt",
                                          "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem"};
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    if (!ctx) {
        snprintf(err, errlen, "cannot create the TLS client context");
        return NULL;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    int loaded = 0;
    for (size_t i = 0; i < sizeof(bundles) / sizeof(bundles[0]) && !loaded; i++) {
        loaded = SSL_CTX_load_verify_locations(ctx, bundles[i], NULL) == 1;
    }
    ERR_clear_error();
    if (cfg->upstream_ca_file && cfg->upstream_ca_file[0]) {
        if (SSL_CTX_load_verify_locations(ctx, cfg->upstream_ca_file, NULL) != 1) {
            snprintf(err, errlen, "upstreamCaFile: cannot load PEM certificates from %s",
                     cfg->upstream_ca_file);
            ERR_clear_error();
            SSL_CTX_free(ctx);
            return NULL;
        }
        loaded = 1;
    }
    if (!loaded && !cfg->accept_invalid_upstream_certs) {
        snprintf(err, errlen,
                 "no system trust store found (install ca-certificates) and no "
                 "upstreamCaFile");
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL);
    SSL_CTX_sess_set_new_cb(ctx, on_new_session);
    return ctx;
}

SSL *gw_tls_client_ssl(SSL_CTX *ctx, const char *host, int verify)
{
    SSL *ssl = SSL_new(ctx);
    if (!ssl) {
        return NULL;
    }
    SSL_set_connect_state(ssl);
    SSL_set_alpn_protos(ssl, alpn_wire, sizeof(alpn_wire) - 1);
    struct sockaddr_storage ss;
    int is_ip = gw_parse_ip_literal(host, &ss) == 0;
    if (!is_ip) {
        SSL_set_tlsext_host_name(ssl, host);
    }
    if (verify) {
        SSL_set_verify(ssl, SSL_VERIFY_PEER, NULL);
        X509_VERIFY_PARAM *p = SSL_get0_param(ssl);
        X509_VERIFY_PARAM_set_hostflags(p, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        int ok;
        if (is_ip) {
            char ip[64];
            size_t n = strlen(host);
            snprintf(ip, sizeof(ip), "%.*s", (int)(host[0] == '[' ? n - 2 : n),
                     host[0] == '[' ? host + 1 : host);
            ok = X509_VERIFY_PARAM_set1_ip_asc(p, ip);
        } else {
            ok = X509_VERIFY_PARAM_set1_host(p, host, strlen(host));
        }
        if (!ok) {
            SSL_free(ssl);
            return NULL;
        }
    } else {
        SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
    }
    return ssl;
}
