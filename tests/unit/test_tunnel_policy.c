/* Metadata mode: gw_tls_meta_server on real server flights made by BoringSSL (TLS 1.2 shows the
 * leaf, TLS 1.3 does not, a prefix asks for more), the client's ALPN, and gw_tpol_decide: first
 * match in order even across stages, tunnelUninspectable, domain fronting, mode audit, the
 * shadow AI list, and config errors naming the key. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <openssl/sha.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ca/ca.h"
#include "domains/domains.h"
#include "gateway/core/core.h"
#include "gateway/net/net.h"

static char dir[64];
static ca_t *ca;

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof(dir), "/tmp/hush-test-tpol-XXXXXX");
    if (!mkdtemp(dir)) {
        return -1;
    }
    char err[256];
    ca_config_t cfg = {.data_dir = dir};
    return ca_open(&cfg, &ca, err, sizeof(err));
}

static int teardown(void **state)
{
    (void)state;
    ca_free(ca);
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Move what one side wrote to the other; returns the bytes moved and copies them to cap. */
static size_t pass(BIO *from, BIO *to, uint8_t *copy, size_t cap)
{
    uint8_t buf[65536];
    int n = BIO_read(from, buf, sizeof(buf));
    if (n <= 0) {
        return 0;
    }
    assert_true((size_t)n <= cap);
    memcpy(copy, buf, (size_t)n);
    assert_int_equal(BIO_write(to, buf, n), n);
    return (size_t)n;
}

/* The client's hello and the server's first flight for a handshake at most max_version. */
static void flights(uint16_t max_version, uint8_t *hello, size_t *hlen, uint8_t *flight,
                    size_t *flen, CRYPTO_BUFFER **leaf)
{
    SSL_CTX *cctx = SSL_CTX_new(TLS_method()), *sctx = SSL_CTX_new(TLS_method());
    assert_non_null(cctx);
    assert_non_null(sctx);
    assert_int_equal(SSL_CTX_set_max_proto_version(sctx, max_version), 1);
    ca_leaf_t *l = ca_leaf_get(ca, "unit.example.test");
    assert_non_null(l);
    size_t nchain;
    CRYPTO_BUFFER *const *chain = ca_leaf_chain(l, &nchain);
    *leaf = chain[0];
    CRYPTO_BUFFER_up_ref(chain[0]);
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
    assert_int_equal(SSL_set_chain_and_key(s, chain, nchain, ca_leaf_key(l), NULL), 1);
    static const uint8_t alpn[] = {2, 'h', '2', 8, 'h', 't', 't', 'p', '/', '1', '.', '1'};
    assert_int_equal(SSL_set_alpn_protos(c, alpn, sizeof(alpn)), 0);
    SSL_set_tlsext_host_name(c, "unit.example.test");
    BIO *c2s = BIO_new(BIO_s_mem()), *s2c = BIO_new(BIO_s_mem());
    BIO *c_in = BIO_new(BIO_s_mem()), *s_in = BIO_new(BIO_s_mem());
    SSL_set_bio(c, c_in, c2s);
    SSL_set_bio(s, s_in, s2c);
    SSL_set_connect_state(c);
    SSL_set_accept_state(s);
    assert_true(SSL_do_handshake(c) <= 0);
    *hlen = pass(c2s, s_in, hello, 65536);
    assert_true(SSL_do_handshake(s) <= 0);
    *flen = pass(s2c, c_in, flight, 65536);
    assert_true(*flen > 0);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    ca_leaf_release(l);
}

static void test_tls12_flight_shows_the_leaf_and_a_prefix_asks_for_more(void **state)
{
    (void)state;
    static uint8_t hello[65536], flight[65536];
    size_t hlen, flen;
    CRYPTO_BUFFER *leaf;
    flights(TLS1_2_VERSION, hello, &hlen, flight, &flen, &leaf);
    gw_tls_meta_t *m = malloc(sizeof(*m));
    assert_int_equal(gw_tls_meta_server(flight, flen, m), GW_TLSMETA_DONE);
    assert_int_equal(m->version, 0x0303);
    assert_true(m->cert_seen);
    uint8_t md[32];
    char hex[65];
    SHA256(CRYPTO_BUFFER_data(leaf), CRYPTO_BUFFER_len(leaf), md);
    for (int i = 0; i < 32; i++) {
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    }
    assert_string_equal(m->fingerprint, hex);
    int san = 0;
    for (size_t i = 0; i < m->nsans; i++) {
        san |= !strcmp(m->sans[i], "unit.example.test");
    }
    assert_true(san);
    assert_non_null(strstr(m->issuer, "CN="));
    assert_true(m->issuer_cn[0] != '\0');
    /* Every prefix either waits or has already read the same leaf. */
    for (size_t k = 0; k < flen; k++) {
        gw_tls_meta_t *p = malloc(sizeof(*p));
        int r = gw_tls_meta_server(flight, k, p);
        if (r == GW_TLSMETA_DONE) {
            assert_true(p->cert_seen);
            assert_string_equal(p->fingerprint, hex);
        }
        free(p);
    }
    gw_tls_meta_t *p = malloc(sizeof(*p));
    assert_int_equal(gw_tls_meta_server(flight, 3, p), GW_TLSMETA_NEED_MORE);
    free(p);
    free(m);
    CRYPTO_BUFFER_free(leaf);
}

static void test_tls13_flight_hides_the_certificate(void **state)
{
    (void)state;
    static uint8_t hello[65536], flight[65536];
    size_t hlen, flen;
    CRYPTO_BUFFER *leaf;
    flights(TLS1_3_VERSION, hello, &hlen, flight, &flen, &leaf);
    gw_tls_meta_t *m = malloc(sizeof(*m));
    assert_int_equal(gw_tls_meta_server(flight, flen, m), GW_TLSMETA_DONE);
    assert_int_equal(m->version, 0x0304);
    assert_int_equal(m->cipher >> 8, 0x13); /* a TLS 1.3 suite, visible in the ServerHello */
    assert_false(m->cert_seen);
    assert_non_null(strstr(m->why, "TLS 1.3"));
    char sni[256], alpn[64];
    assert_int_equal(gw_sni_parse(hello, hlen, sni, sizeof(sni), alpn, sizeof(alpn)), GW_SNI_FOUND);
    assert_string_equal(alpn, "h2,http/1.1");
    free(m);
    CRYPTO_BUFFER_free(leaf);
}

static void test_a_server_that_is_not_tls_is_decided_without_a_certificate(void **state)
{
    (void)state;
    static const char http[] = "HTTP/1.1 200 OK\r\n\r\n";
    static const uint8_t alert[] = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28};
    gw_tls_meta_t *m = malloc(sizeof(*m));
    assert_int_equal(gw_tls_meta_server((const uint8_t *)http, sizeof(http) - 1, m),
                     GW_TLSMETA_DONE);
    assert_false(m->cert_seen);
    assert_int_equal(gw_tls_meta_server(alert, sizeof(alert), m), GW_TLSMETA_DONE);
    assert_false(m->cert_seen);
    assert_non_null(strstr(m->why, "alert"));
    free(m);
}

/* ---- decisions ------------------------------------------------------------------------------ */

static gw_tpol_t *policy(char **env)
{
    char err[256];
    gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
    if (!c) {
        fail_msg("config: %s", err);
    }
    gw_tpol_t *p = gw_tpol_new(&c->live, err, sizeof(err));
    if (!p) {
        fail_msg("tpol: %s", err);
    }
    gw_config_free(c);
    return p;
}

static int decide(gw_tpol_t *p, int stage, int final, const char *host, const char *sni,
                  const gw_tls_meta_t *tls, gw_tpol_verdict_t *v)
{
    gw_tpol_facts_t f = {.stage = stage,
                         .final = final,
                         .host = host,
                         .port = 443,
                         .sni = sni ? sni : "",
                         .alpn = "",
                         .tls = tls};
    return gw_tpol_decide(p, &f, v);
}

static void test_the_first_matching_rule_decides_even_when_it_must_wait(void **state)
{
    (void)state;
    char *env[] = {"HUSH_TUNNEL_RULES=allow host=*.good.test,deny sni=x.test,deny host=b.test",
                   "HUSH_TUNNEL_SNI_MISMATCH=allow", NULL};
    gw_tpol_t *p = policy(env);
    gw_tpol_verdict_t v;
    assert_int_equal(decide(p, GW_TPOL_CONNECT, 0, "a.good.test", NULL, NULL, &v), GW_TPOL_ALLOW);
    /* b.test: rule 3 matches now, but rule 2 (the SNI) comes first and must be read */
    assert_int_equal(decide(p, GW_TPOL_CONNECT, 0, "b.test", NULL, NULL, &v), GW_TPOL_PENDING);
    assert_int_equal(decide(p, GW_TPOL_HELLO, 0, "b.test", "x.test", NULL, &v), GW_TPOL_DENY);
    assert_string_equal(v.rule, "deny sni=x.test");
    assert_int_equal(decide(p, GW_TPOL_HELLO, 0, "b.test", "y.test", NULL, &v), GW_TPOL_DENY);
    assert_string_equal(v.rule, "deny host=b.test");
    assert_int_equal(decide(p, GW_TPOL_HELLO, 0, "c.test", "c.test", NULL, &v), GW_TPOL_ALLOW);
    /* without a ClientHello (final at CONNECT) an SNI rule sees no name */
    assert_int_equal(decide(p, GW_TPOL_CONNECT, 1, "c.test", NULL, NULL, &v), GW_TPOL_ALLOW);
    gw_tpol_free(p);
}

static void test_a_certificate_rule_on_tls13_follows_tunnel_uninspectable(void **state)
{
    (void)state;
    gw_tls_meta_t t13 = {.version = 0x0304, .why = "TLS 1.3 encrypts the certificate"};
    gw_tls_meta_t t12 = {.version = 0x0303, .cert_seen = 1, .nsans = 1};
    snprintf(t12.sans[0], sizeof(t12.sans[0]), "evil.test");
    static const char *const settings[] = {"allow", "audit", "deny"};
    static const int want[] = {GW_TPOL_ALLOW, GW_TPOL_AUDIT, GW_TPOL_DENY};
    for (int i = 0; i < 3; i++) {
        char set[64];
        snprintf(set, sizeof(set), "HUSH_TUNNEL_UNINSPECTABLE=%s", settings[i]);
        char *env[] = {"HUSH_TUNNEL_RULES=deny san=evil.test", set, NULL};
        gw_tpol_t *p = policy(env);
        gw_tpol_verdict_t v;
        assert_int_equal(decide(p, GW_TPOL_HELLO, 0, "a.test", "a.test", NULL, &v),
                         GW_TPOL_PENDING);
        assert_int_equal(decide(p, GW_TPOL_SERVER, 1, "a.test", "a.test", &t13, &v), want[i]);
        assert_int_equal(v.uninspectable, 1);
        assert_int_equal(decide(p, GW_TPOL_SERVER, 1, "a.test", "a.test", &t12, &v), GW_TPOL_DENY);
        assert_int_equal(v.uninspectable, 0);
        gw_tpol_free(p);
    }
    /* What TLS 1.3 does show can be matched: the version and the cipher. */
    t13.cipher = 0x1302;
    char *env[] = {"HUSH_TUNNEL_RULES=deny version=tls1.3 cipher=0x1302", NULL};
    gw_tpol_t *p = policy(env);
    gw_tpol_verdict_t v;
    assert_int_equal(decide(p, GW_TPOL_SERVER, 1, "a.test", "a.test", &t13, &v), GW_TPOL_DENY);
    assert_int_equal(v.uninspectable, 0);
    assert_int_equal(decide(p, GW_TPOL_SERVER, 1, "a.test", "a.test", &t12, &v), GW_TPOL_ALLOW);
    gw_tpol_free(p);
}

static void test_fronting_an_ai_host_is_denied_and_mode_audit_only_records(void **state)
{
    (void)state;
    char *env[] = {NULL};
    gw_tpol_t *p = policy(env);
    gw_tpol_verdict_t v;
    assert_int_equal(decide(p, GW_TPOL_CONNECT, 0, "cdn.test", NULL, NULL, &v), GW_TPOL_PENDING);
    assert_int_equal(decide(p, GW_TPOL_HELLO, 0, "cdn.test", "chat.deepseek.com", NULL, &v),
                     GW_TPOL_DENY);
    assert_string_equal(v.rule, "tunnelSniMismatch");
    assert_int_equal(decide(p, GW_TPOL_HELLO, 0, "cdn.test", "other.test", NULL, &v),
                     GW_TPOL_ALLOW);
    assert_int_equal(decide(p, GW_TPOL_HELLO, 0, "claude.ai", "claude.ai", NULL, &v),
                     GW_TPOL_AUDIT);
    assert_string_equal(v.service, "claude");
    gw_tpol_free(p);

    char *audit[] = {"HUSH_MODE=audit", NULL};
    p = policy(audit);
    assert_int_equal(decide(p, GW_TPOL_HELLO, 0, "cdn.test", "chat.deepseek.com", NULL, &v),
                     GW_TPOL_AUDIT);
    assert_int_equal(v.would_deny, 1);
    gw_tpol_free(p);
}

static void test_shadow_ai_names_services_only_for_listed_hosts(void **state)
{
    (void)state;
    char *env[] = {"HUSH_SHADOW_AI_SERVICES=*.internal-llm.test=inhouse", NULL};
    gw_tpol_t *p = policy(env);
    assert_string_equal(gw_tpol_service(p, "claude.ai"), "claude");
    assert_string_equal(gw_tpol_service(p, "www.claude.ai"), "claude");
    assert_string_equal(gw_tpol_service(p, "CHAT.DEEPSEEK.COM."), "deepseek");
    assert_string_equal(gw_tpol_service(p, "x.internal-llm.test"), "inhouse");
    assert_null(gw_tpol_service(p, "notclaude.ai"));
    assert_null(gw_tpol_service(p, "claude.ai.evil.test"));
    assert_null(gw_tpol_service(p, "internal-llm.test"));
    gw_tpol_free(p);
    char *off[] = {"HUSH_SHADOW_AI=off", NULL};
    p = policy(off);
    assert_null(gw_tpol_service(p, "claude.ai"));
    gw_tpol_free(p);
}

static void test_bad_tunnel_settings_are_refused_naming_the_key(void **state)
{
    (void)state;
    static const struct {
        const char *env, *want;
    } cases[] = {
        {"HUSH_TUNNEL_RULES=block sni=x.test", "tunnelRules: \"block sni=x.test\": must start"},
        {"HUSH_TUNNEL_RULES=deny colour=red", "tunnelRules: \"deny colour=red\": conditions"},
        {"HUSH_TUNNEL_RULES=deny fingerprint=abcd", "fingerprint= takes a SHA-256"},
        {"HUSH_TUNNEL_RULES=deny", "needs at least one condition"},
        {"HUSH_TUNNEL_RULES=deny issuer=\"CN=x", "unterminated"},
        {"HUSH_SHADOW_AI_SERVICES=foo.test", "shadowAiServices: \"foo.test\" must be"},
        {"HUSH_SHADOW_AI_SERVICES=foo.test=Bad Name", "shadowAiServices:"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *env[] = {(char *)cases[i].env, NULL};
        char err[256] = "";
        gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
        assert_non_null(c);
        gw_tpol_t *p = gw_tpol_new(&c->live, err, sizeof(err));
        assert_null(p);
        if (!strstr(err, cases[i].want)) {
            fail_msg("%s: got \"%s\"", cases[i].env, err);
        }
        gw_config_free(c);
    }
    static const char *const bad_enum[] = {"HUSH_TUNNEL_DEFAULT=block", "HUSH_SHADOW_AI=maybe",
                                           "HUSH_TUNNEL_UNINSPECTABLE=", NULL};
    for (size_t i = 0; bad_enum[i]; i++) {
        char *env[] = {(char *)bad_enum[i], NULL};
        char err[256] = "";
        assert_null(gw_config_load(NULL, env, err, sizeof(err)));
        assert_non_null(strstr(err, "must be"));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tls12_flight_shows_the_leaf_and_a_prefix_asks_for_more),
        cmocka_unit_test(test_tls13_flight_hides_the_certificate),
        cmocka_unit_test(test_a_server_that_is_not_tls_is_decided_without_a_certificate),
        cmocka_unit_test(test_the_first_matching_rule_decides_even_when_it_must_wait),
        cmocka_unit_test(test_a_certificate_rule_on_tls13_follows_tunnel_uninspectable),
        cmocka_unit_test(test_fronting_an_ai_host_is_denied_and_mode_audit_only_records),
        cmocka_unit_test(test_shadow_ai_names_services_only_for_listed_hosts),
        cmocka_unit_test(test_bad_tunnel_settings_are_refused_naming_the_key),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
