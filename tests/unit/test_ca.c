/* test_ca.c: the CA module: generation, loading and every refusal, leaf minting checked by
 * BoringSSL's own verifier, and the leaf cache (hits, clear-when-full, re-mint near expiry).
 *
 * Test CAs for the bring-your-own cases are built here with BoringSSL directly, not with ca/'s own
 * generator, so a bug there cannot hide itself. Time is moved with ca_test_set_now().
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/bytestring.h>
#include <openssl/ec_key.h>
#include <openssl/nid.h>
#include <openssl/obj.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include "ca/ca.h"
#include "ca/ca_internal.h"

#define T0 ((time_t)1750000000) /* a fixed "now" (June 2025) for tests that pin the clock */

enum key_kind { KEY_P256, KEY_P384, KEY_RSA2048 };

struct fixture {
    char dir[64];
    char cert[128], key[128];
    char err[512];
};

/* ---- helpers -------------------------------------------------------------------------------- */

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/hush-test-ca-XXXXXX");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->cert, sizeof f->cert, "%s/ca-cert.pem", f->dir);
    snprintf(f->key, sizeof f->key, "%s/ca-key.pem", f->dir);
    ca_test_set_now(0);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    ca_test_set_now(0);
    nftw(f->dir, rm_entry, 8, FTW_DEPTH | FTW_PHYS);
    free(f);
    return 0;
}

static EVP_PKEY *new_key(enum key_kind kind)
{
    EVP_PKEY *pkey = EVP_PKEY_new();
    if (kind == KEY_RSA2048) {
        RSA *rsa = RSA_new();
        BIGNUM *e = BN_new();
        assert_non_null(rsa);
        assert_true(BN_set_word(e, RSA_F4));
        assert_true(RSA_generate_key_ex(rsa, 2048, e, NULL));
        assert_true(EVP_PKEY_assign_RSA(pkey, rsa));
        BN_free(e);
    } else {
        EC_KEY *ec =
            EC_KEY_new_by_curve_name(kind == KEY_P256 ? NID_X9_62_prime256v1 : NID_secp384r1);
        assert_true(EC_KEY_generate_key(ec));
        assert_true(EVP_PKEY_assign_EC_KEY(pkey, ec));
    }
    return pkey;
}

static void add_ext(X509 *x, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509_EXTENSION *ext;
    X509V3_set_ctx(&ctx, x, x, NULL, NULL, 0);
    ext = X509V3_EXT_nconf_nid(NULL, &ctx, nid, value);
    assert_non_null(ext);
    assert_true(X509_add_ext(x, ext, -1));
    X509_EXTENSION_free(ext);
}

/* A self-signed certificate valid from now+nb_off to now+na_off (seconds), a CA when is_ca. */
static X509 *build_cert(EVP_PKEY *key, time_t nb_off, time_t na_off, int is_ca)
{
    X509 *x = X509_new();
    X509_NAME *name = X509_get_subject_name(x);
    time_t now = time(NULL);
    assert_true(X509_set_version(x, X509_VERSION_3));
    assert_true(ASN1_INTEGER_set(X509_get_serialNumber(x), 4242));
    assert_true(X509_NAME_add_entry_by_NID(name, NID_commonName, MBSTRING_UTF8,
                                           (const uint8_t *)"Test BYO CA", -1, -1, 0));
    assert_true(X509_set_issuer_name(x, name));
    assert_non_null(X509_time_adj_ex(X509_getm_notBefore(x), 0, (long)nb_off, &now));
    assert_non_null(X509_time_adj_ex(X509_getm_notAfter(x), 0, (long)na_off, &now));
    assert_true(X509_set_pubkey(x, key));
    add_ext(x, NID_basic_constraints, is_ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    add_ext(x, NID_key_usage, is_ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    add_ext(x, NID_subject_key_identifier, "hash");
    assert_true(X509_sign(x, key, EVP_sha256()));
    return x;
}

static void write_pem_cert(const char *path, X509 *x)
{
    BIO *b = BIO_new_file(path, "w");
    assert_non_null(b);
    assert_true(PEM_write_bio_X509(b, x));
    BIO_free(b);
}

static void write_pem_key(const char *path, EVP_PKEY *key, mode_t mode)
{
    BIO *b = BIO_new_file(path, "w");
    assert_non_null(b);
    assert_true(PEM_write_bio_PrivateKey(b, key, NULL, NULL, 0, NULL, NULL));
    BIO_free(b);
    assert_int_equal(chmod(path, mode), 0);
}

/* Write a BYO CA pair into the fixture's default paths. */
static void write_ca(struct fixture *f, enum key_kind kind, time_t nb_off, time_t na_off, int is_ca)
{
    EVP_PKEY *key = new_key(kind);
    X509 *x = build_cert(key, nb_off, na_off, is_ca);
    write_pem_cert(f->cert, x);
    write_pem_key(f->key, key, 0600);
    X509_free(x);
    EVP_PKEY_free(key);
}

static X509 *read_cert(const char *path)
{
    BIO *b = BIO_new_file(path, "r");
    X509 *x;
    assert_non_null(b);
    x = PEM_read_bio_X509(b, NULL, NULL, NULL);
    BIO_free(b);
    assert_non_null(x);
    return x;
}

static ca_t *open_default(struct fixture *f, size_t cache_size)
{
    ca_config_t cfg = {.data_dir = f->dir, .leaf_cache_size = cache_size};
    ca_t *ca = NULL;
    int rc = ca_open(&cfg, &ca, f->err, sizeof f->err);
    if (rc != 0)
        fail_msg("ca_open failed: %s", f->err);
    assert_non_null(ca);
    return ca;
}

/* ca_open expected to refuse; returns the error text. */
static const char *open_refused(struct fixture *f, const char *cert, const char *key)
{
    ca_config_t cfg = {.data_dir = f->dir, .cert_file = cert, .key_file = key};
    ca_t *ca = (ca_t *)0x1;
    f->err[0] = '\0';
    assert_int_equal(ca_open(&cfg, &ca, f->err, sizeof f->err), -1);
    assert_null(ca);
    assert_true(strlen(f->err) > 10);
    return f->err;
}

static X509 *leaf_cert(const ca_leaf_t *leaf)
{
    size_t n = 0;
    CRYPTO_BUFFER *const *chain = ca_leaf_chain(leaf, &n);
    X509 *x;
    assert_int_equal(n, 2);
    x = X509_parse_from_buffer(chain[0]);
    assert_non_null(x);
    return x;
}

/* BoringSSL's verifier, as a TLS client would run it: sslserver purpose plus host or IP check. */
static int verify_leaf(X509 *ca_cert, X509 *leaf, const char *host, const char *ip, time_t when)
{
    X509_STORE *store = X509_STORE_new();
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_VERIFY_PARAM *param;
    int ok;
    assert_true(X509_STORE_add_cert(store, ca_cert));
    assert_true(X509_STORE_CTX_init(ctx, store, leaf, NULL));
    assert_true(X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SSL_SERVER));
    param = X509_STORE_CTX_get0_param(ctx);
    if (host)
        assert_true(X509_VERIFY_PARAM_set1_host(param, host, strlen(host)));
    if (ip)
        assert_true(X509_VERIFY_PARAM_set1_ip_asc(param, ip));
    X509_STORE_CTX_set_time(ctx, 0, when ? when : time(NULL));
    ok = X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    return ok;
}

static time_t asn1_to_time(const ASN1_TIME *t)
{
    time_t out = 0;
    assert_int_equal(ca_asn1_time_to_time_t(t, &out), 0);
    return out;
}

static int ext_critical(X509 *x, int nid)
{
    int idx = X509_get_ext_by_NID(x, nid, -1);
    assert_true(idx >= 0);
    return X509_EXTENSION_get_critical(X509_get_ext(x, idx));
}

static void assert_positive_serial_at_most_16_bytes(X509 *x)
{
    const ASN1_INTEGER *s = X509_get0_serialNumber(x);
    BIGNUM *bn = ASN1_INTEGER_to_BN(s, NULL);
    assert_non_null(bn);
    assert_false(BN_is_negative(bn));
    assert_false(BN_is_zero(bn));
    assert_true(BN_num_bytes(bn) <= 16);
    assert_true(BN_num_bits(bn) > 64); /* random 128-bit, not a counter */
    BN_free(bn);
}

/* ---- generation ----------------------------------------------------------------------------- */

static void test_generate_creates_0600_key_and_p256_ten_year_ca(void **state)
{
    struct fixture *f = *state;
    struct stat st;
    mode_t old = umask(0); /* the key must be 0600 by creation, whatever the umask */
    ca_t *ca = open_default(f, 0);
    X509 *x;
    EVP_PKEY *pub;
    BASIC_CONSTRAINTS *bc;
    char subject[512];
    time_t nb, na;

    umask(old);
    assert_true(ca_was_generated(ca));
    assert_string_equal(ca_cert_path(ca), f->cert);
    assert_int_equal(stat(f->key, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0600);
    assert_int_equal(stat(f->cert, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0644);

    x = read_cert(f->cert);
    pub = X509_get_pubkey(x);
    assert_int_equal(EVP_PKEY_id(pub), EVP_PKEY_EC);
    assert_int_equal(EC_GROUP_get_curve_name(EC_KEY_get0_group(EVP_PKEY_get0_EC_KEY(pub))),
                     NID_X9_62_prime256v1);
    EVP_PKEY_free(pub);

    nb = asn1_to_time(X509_get0_notBefore(x));
    na = asn1_to_time(X509_get0_notAfter(x));
    assert_true(na - nb >= 3650L * 86400 && na - nb <= 3651L * 86400);
    assert_true(nb <= time(NULL) && na > time(NULL) + 3649L * 86400);
    assert_int_equal(ca_not_after(ca), na);

    assert_true(X509_get_extension_flags(x) & EXFLAG_CA);
    assert_true(ext_critical(x, NID_basic_constraints));
    bc = X509_get_ext_d2i(x, NID_basic_constraints, NULL, NULL);
    assert_non_null(bc);
    assert_non_null(bc->pathlen);
    assert_int_equal(ASN1_INTEGER_get(bc->pathlen), 0);
    BASIC_CONSTRAINTS_free(bc);
    assert_true(ext_critical(x, NID_key_usage));
    assert_int_equal(X509_get_key_usage(x), KU_KEY_CERT_SIGN | KU_CRL_SIGN);
    assert_non_null(X509_get0_subject_key_id(x));
    X509_NAME_oneline(X509_get_subject_name(x), subject, sizeof subject);
    assert_non_null(strstr(subject, "hush"));
    assert_non_null(strstr(subject, "DO NOT TRUST ON PUBLIC INTERNET"));
    assert_positive_serial_at_most_16_bytes(x);
    assert_int_equal(X509_get_signature_nid(x), NID_ecdsa_with_SHA256);
    pub = X509_get_pubkey(x);
    assert_true(X509_verify(x, pub) == 1);
    EVP_PKEY_free(pub);
    X509_free(x);
    ca_free(ca);

    /* Second start loads the same files instead of generating. */
    ca = open_default(f, 0);
    assert_false(ca_was_generated(ca));
    ca_free(ca);
}

static void test_generate_files_refuses_overwrite_without_force(void **state)
{
    struct fixture *f = *state;
    struct stat st;
    X509 *before, *after;

    assert_int_equal(ca_generate_files(f->cert, f->key, 0, f->err, sizeof f->err), 0);
    before = read_cert(f->cert);
    assert_int_equal(ca_generate_files(f->cert, f->key, 0, f->err, sizeof f->err), -1);
    assert_non_null(strstr(f->err, "already exists"));
    after = read_cert(f->cert);
    assert_int_equal(X509_cmp(before, after), 0);
    X509_free(after);

    /* Only the key present still counts as "would overwrite". */
    assert_int_equal(unlink(f->cert), 0);
    assert_int_equal(ca_generate_files(f->cert, f->key, 0, f->err, sizeof f->err), -1);

    assert_int_equal(ca_generate_files(f->cert, f->key, 1, f->err, sizeof f->err), 0);
    after = read_cert(f->cert);
    assert_int_not_equal(X509_cmp(before, after), 0);
    assert_int_equal(stat(f->key, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0600);
    X509_free(after);
    X509_free(before);

    /* The pair written with force loads (key matches certificate). */
    ca_free(open_default(f, 0));
}

/* ---- refusals ------------------------------------------------------------------------------- */

static void test_refuses_group_readable_key(void **state)
{
    struct fixture *f = *state;
    write_ca(f, KEY_P256, -60, 86400 * 365, 1);
    assert_int_equal(chmod(f->key, 0644), 0);
    assert_non_null(strstr(open_refused(f, NULL, NULL), "chmod 600"));
    assert_int_equal(chmod(f->key, 0640), 0);
    open_refused(f, NULL, NULL);
    assert_int_equal(chmod(f->key, 0400), 0);
    ca_free(open_default(f, 0));
}

static void test_refuses_key_that_does_not_match_cert(void **state)
{
    struct fixture *f = *state;
    char other[160];
    EVP_PKEY *k2 = new_key(KEY_P256);
    write_ca(f, KEY_P256, -60, 86400 * 365, 1);
    snprintf(other, sizeof other, "%s/other-key.pem", f->dir);
    write_pem_key(other, k2, 0600);
    EVP_PKEY_free(k2);
    assert_non_null(strstr(open_refused(f, f->cert, other), "does not match"));
}

static void test_refuses_cert_that_is_not_a_ca(void **state)
{
    struct fixture *f = *state;
    write_ca(f, KEY_P256, -60, 86400 * 365, 0);
    assert_non_null(strstr(open_refused(f, NULL, NULL), "not a CA"));
}

static void test_refuses_expired_and_not_yet_valid_cert(void **state)
{
    struct fixture *f = *state;
    write_ca(f, KEY_P256, -86400 * 10, -60, 1);
    assert_non_null(strstr(open_refused(f, NULL, NULL), "expired"));
    write_ca(f, KEY_P256, 86400, 86400 * 365, 1);
    assert_non_null(strstr(open_refused(f, NULL, NULL), "not valid before"));
}

static void test_refuses_when_only_one_file_exists(void **state)
{
    struct fixture *f = *state;
    const char *err;
    char moved[160];
    write_ca(f, KEY_P256, -60, 86400 * 365, 1);
    snprintf(moved, sizeof moved, "%s/moved-key.pem", f->dir);

    assert_int_equal(rename(f->key, moved), 0);
    err = open_refused(f, NULL, NULL);
    assert_non_null(strstr(err, "CA key"));
    assert_non_null(strstr(err, "is missing"));
    assert_non_null(strstr(err, f->key));
    assert_int_equal(rename(moved, f->key), 0);

    assert_int_equal(unlink(f->cert), 0);
    err = open_refused(f, NULL, NULL);
    assert_non_null(strstr(err, "CA certificate"));
    assert_non_null(strstr(err, "is missing"));
    assert_non_null(strstr(err, f->cert));
    /* Nothing was generated over the surviving key. */
    assert_int_not_equal(access(f->cert, F_OK), 0);
}

static void test_refuses_one_empty_path(void **state)
{
    struct fixture *f = *state;
    write_ca(f, KEY_P256, -60, 86400 * 365, 1);
    assert_non_null(strstr(open_refused(f, "", f->key), "both"));
    assert_non_null(strstr(open_refused(f, f->cert, ""), "both"));
    open_refused(f, "", NULL);
}

static void test_both_paths_empty_turns_mitm_off(void **state)
{
    struct fixture *f = *state;
    ca_config_t cfg = {.data_dir = f->dir, .cert_file = "", .key_file = ""};
    ca_t *ca = (ca_t *)0x1;
    assert_int_equal(ca_open(&cfg, &ca, f->err, sizeof f->err), 0);
    assert_null(ca);
    assert_int_not_equal(access(f->cert, F_OK), 0); /* and nothing generated */
    ca_free(NULL);
}

static int warned;
static void count_warnings(int level, const char *msg, void *arg)
{
    (void)arg;
    if (level == CA_LOG_WARN && strstr(msg, "expires"))
        warned++;
}

static void test_warns_when_ca_expires_within_30_days(void **state)
{
    struct fixture *f = *state;
    ca_config_t cfg = {.data_dir = f->dir, .log = count_warnings};
    ca_t *ca = NULL;

    write_ca(f, KEY_P256, -60, 86400 * 40, 1);
    warned = 0;
    assert_int_equal(ca_open(&cfg, &ca, f->err, sizeof f->err), 0);
    assert_int_equal(warned, 0);
    ca_free(ca);

    write_ca(f, KEY_P256, -60, 86400 * 10, 1);
    assert_int_equal(ca_open(&cfg, &ca, f->err, sizeof f->err), 0);
    assert_int_equal(warned, 1);
    ca_free(ca);
}

/* ---- leaves ---------------------------------------------------------------------------------- */

static void test_leaf_has_san_cn_window_eku_and_verifies(void **state)
{
    struct fixture *f = *state;
    ca_t *ca;
    ca_leaf_t *leaf;
    X509 *x, *cax;
    size_t n;
    GENERAL_NAMES *san;
    const GENERAL_NAME *gn;
    EXTENDED_KEY_USAGE *eku;
    char cn[256];

    ca_test_set_now(T0);
    /* Generated at T0 too, so the CA is valid at the pinned time. */
    ca = open_default(f, 0);
    leaf = ca_leaf_get(ca, "Api.Example.COM");
    assert_non_null(leaf);
    x = leaf_cert(leaf);
    cax = read_cert(f->cert);

    san = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    assert_int_equal(sk_GENERAL_NAME_num(san), 1);
    gn = sk_GENERAL_NAME_value(san, 0);
    assert_int_equal(gn->type, GEN_DNS);
    assert_memory_equal(ASN1_STRING_get0_data(gn->d.dNSName), "api.example.com", 15);
    assert_int_equal(ASN1_STRING_length(gn->d.dNSName), 15);
    GENERAL_NAMES_free(san);
    assert_true(X509_NAME_get_text_by_NID(X509_get_subject_name(x), NID_commonName, cn, sizeof cn) >
                0);
    assert_string_equal(cn, "api.example.com");

    assert_int_equal(asn1_to_time(X509_get0_notBefore(x)), T0 - 3600);
    assert_int_equal(asn1_to_time(X509_get0_notAfter(x)), T0 + 7 * 86400);

    eku = X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
    assert_int_equal(sk_ASN1_OBJECT_num(eku), 1);
    assert_int_equal(OBJ_obj2nid(sk_ASN1_OBJECT_value(eku, 0)), NID_server_auth);
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    assert_int_equal(X509_get_key_usage(x), KU_DIGITAL_SIGNATURE);
    assert_true(ext_critical(x, NID_key_usage));
    assert_false(X509_get_extension_flags(x) & EXFLAG_CA);
    assert_true(X509_get_ext_by_NID(x, NID_basic_constraints, -1) >= 0);
    assert_non_null(X509_get0_subject_key_id(x));
    assert_int_equal(
        ASN1_OCTET_STRING_cmp(X509_get0_authority_key_id(x), X509_get0_subject_key_id(cax)), 0);
    assert_int_equal(X509_NAME_cmp(X509_get_issuer_name(x), X509_get_subject_name(cax)), 0);
    assert_positive_serial_at_most_16_bytes(x);
    assert_int_equal(X509_get_signature_nid(x), NID_ecdsa_with_SHA256);

    /* The chain's second element is the CA, and the shared key belongs to the leaf. */
    assert_true(CRYPTO_BUFFER_len(ca_leaf_chain(leaf, &n)[1]) > 0);
    {
        X509 *second = X509_parse_from_buffer(ca_leaf_chain(leaf, &n)[1]);
        assert_int_equal(X509_cmp(second, cax), 0);
        X509_free(second);
    }
    assert_true(X509_check_private_key(x, ca_leaf_key(leaf)));

    assert_true(verify_leaf(cax, x, "api.example.com", NULL, T0));
    assert_false(verify_leaf(cax, x, "other.example.com", NULL, T0));
    assert_false(verify_leaf(cax, x, "api.example.com", NULL, T0 + 8 * 86400));

    X509_free(cax);
    X509_free(x);
    ca_leaf_release(leaf);
    ca_free(ca);
}

static void check_ip_leaf(ca_t *ca, X509 *cax, const char *host, const char *ip, int len)
{
    ca_leaf_t *leaf = ca_leaf_get(ca, host);
    X509 *x;
    GENERAL_NAMES *san;
    const GENERAL_NAME *gn;
    assert_non_null(leaf);
    x = leaf_cert(leaf);
    san = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    assert_int_equal(sk_GENERAL_NAME_num(san), 1);
    gn = sk_GENERAL_NAME_value(san, 0);
    assert_int_equal(gn->type, GEN_IPADD);
    assert_int_equal(ASN1_STRING_length(gn->d.iPAddress), len);
    GENERAL_NAMES_free(san);
    assert_true(verify_leaf(cax, x, NULL, ip, 0));
    assert_false(verify_leaf(cax, x, NULL, "10.9.8.7", 0));
    X509_free(x);
    ca_leaf_release(leaf);
}

static void test_ip_literal_leaves_carry_ip_san(void **state)
{
    struct fixture *f = *state;
    ca_t *ca = open_default(f, 0);
    X509 *cax = read_cert(f->cert);
    ca_leaf_t *a, *b;
    check_ip_leaf(ca, cax, "127.0.0.1", "127.0.0.1", 4);
    check_ip_leaf(ca, cax, "[::1]", "::1", 16);
    check_ip_leaf(ca, cax, "2001:DB8::1", "2001:db8::1", 16);
    /* Different spellings of one IPv6 address share a cache entry. */
    a = ca_leaf_get(ca, "2001:0db8:0:0:0:0:0:1");
    b = ca_leaf_get(ca, "[2001:db8::1]");
    assert_ptr_equal(a, b);
    ca_leaf_release(a);
    ca_leaf_release(b);
    X509_free(cax);
    ca_free(ca);
}

static void test_long_host_gets_san_but_no_cn(void **state)
{
    struct fixture *f = *state;
    ca_t *ca = open_default(f, 0);
    X509 *cax = read_cert(f->cert), *x;
    char host[80];
    ca_leaf_t *leaf;
    memset(host, 'a', 60);
    memcpy(host + 60, ".example.com", 13); /* 72 bytes: too long for a CN */
    leaf = ca_leaf_get(ca, host);
    assert_non_null(leaf);
    x = leaf_cert(leaf);
    assert_int_equal(X509_NAME_get_index_by_NID(X509_get_subject_name(x), NID_commonName, -1), -1);
    assert_true(verify_leaf(cax, x, host, NULL, 0));
    X509_free(x);
    X509_free(cax);
    ca_leaf_release(leaf);
    ca_free(ca);
}

static void test_rejects_bad_host_names(void **state)
{
    struct fixture *f = *state;
    ca_t *ca = open_default(f, 0);
    char big[300];
    ca_stats_t st;
    static const char *const bad[] = {"",          ".",    "a b.com", "*.example.com",
                                      "a..b.com",  "x/y",  "a\nb",    "exa\xc3\xa9mple.com",
                                      "[1.2.3.4]", "[::1", "1::2::3"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_null(ca_leaf_get(ca, bad[i]));
    assert_null(ca_leaf_get(ca, NULL));

    /* 253 bytes is the limit; 254 is refused. */
    for (size_t i = 0; i < 253; i++)
        big[i] = (i % 50 == 49) ? '.' : 'a';
    big[253] = '\0';
    ca_leaf_release(ca_leaf_get(ca, big)); /* may mint; must not crash */
    big[253] = 'b';
    big[254] = '\0';
    assert_null(ca_leaf_get(ca, big));

    {
        ca_leaf_t *ok = ca_leaf_get(ca, "under_score-host.example.com.");
        assert_non_null(ok);
        ca_leaf_release(ok);
    }
    ca_get_stats(ca, &st);
    assert_int_equal(st.entries, 2);
    ca_free(ca);
}

static void test_byo_ec_p384_and_rsa2048_cas_mint_verifying_leaves(void **state)
{
    struct fixture *f = *state;
    static const enum key_kind kinds[] = {KEY_P384, KEY_RSA2048};
    static const int sig_nid[] = {NID_ecdsa_with_SHA256, NID_sha256WithRSAEncryption};
    for (size_t i = 0; i < 2; i++) {
        ca_t *ca;
        ca_leaf_t *leaf;
        X509 *x, *cax;
        write_ca(f, kinds[i], -60, 86400 * 365, 1);
        ca = open_default(f, 0);
        assert_false(ca_was_generated(ca));
        leaf = ca_leaf_get(ca, "api.anthropic.com");
        assert_non_null(leaf);
        x = leaf_cert(leaf);
        cax = read_cert(f->cert);
        assert_int_equal(X509_get_signature_nid(x), sig_nid[i]);
        assert_true(verify_leaf(cax, x, "api.anthropic.com", NULL, 0));
        X509_free(cax);
        X509_free(x);
        ca_leaf_release(leaf);
        ca_free(ca);
    }
}

static void test_leaf_never_outlives_ca(void **state)
{
    struct fixture *f = *state;
    ca_t *ca;
    ca_leaf_t *leaf;
    X509 *x;
    write_ca(f, KEY_P256, -60, 86400 * 3, 1); /* CA ends in 3 days, leaves would last 7 */
    ca = open_default(f, 0);
    leaf = ca_leaf_get(ca, "example.com");
    x = leaf_cert(leaf);
    assert_int_equal(asn1_to_time(X509_get0_notAfter(x)), ca_not_after(ca));
    X509_free(x);
    ca_leaf_release(leaf);
    ca_free(ca);
}

/* ---- cache ---------------------------------------------------------------------------------- */

static void test_cache_hit_returns_same_leaf_for_any_case_and_trailing_dot(void **state)
{
    struct fixture *f = *state;
    ca_t *ca = open_default(f, 0);
    ca_stats_t st;
    ca_leaf_t *a = ca_leaf_get(ca, "api.openai.com");
    ca_leaf_t *b = ca_leaf_get(ca, "api.openai.com");
    ca_leaf_t *c = ca_leaf_get(ca, "API.OpenAI.com.");
    assert_non_null(a);
    assert_ptr_equal(a, b);
    assert_ptr_equal(a, c);
    ca_get_stats(ca, &st);
    assert_int_equal(st.misses, 1);
    assert_int_equal(st.hits, 2);
    assert_int_equal(st.entries, 1);
    assert_int_equal(st.clears, 0);
    ca_leaf_release(a);
    ca_leaf_release(b);
    ca_leaf_release(c);
    ca_free(ca);
}

static void test_cache_clears_whole_exactly_when_full(void **state)
{
    struct fixture *f = *state;
    ca_t *ca = open_default(f, 3);
    ca_stats_t st;
    ca_leaf_t *held = ca_leaf_get(ca, "a.example");
    size_t n;
    X509 *x;
    ca_leaf_release(ca_leaf_get(ca, "b.example"));
    ca_leaf_release(ca_leaf_get(ca, "c.example"));
    ca_leaf_release(ca_leaf_get(ca, "a.example")); /* a hit never clears */
    ca_get_stats(ca, &st);
    assert_int_equal(st.entries, 3);
    assert_int_equal(st.clears, 0);

    ca_leaf_release(ca_leaf_get(ca, "d.example"));
    ca_get_stats(ca, &st);
    assert_int_equal(st.entries, 1);
    assert_int_equal(st.clears, 1);
    assert_int_equal(st.hits, 1);
    assert_int_equal(st.misses, 4);

    /* The leaf held across the clear is intact, and a.example is minted anew. */
    x = X509_parse_from_buffer(ca_leaf_chain(held, &n)[0]);
    assert_non_null(x);
    X509_free(x);
    {
        ca_leaf_t *again = ca_leaf_get(ca, "a.example");
        assert_ptr_not_equal(again, held);
        ca_leaf_release(again);
    }
    ca_free(ca);
    /* ...and survives the CA itself. */
    x = X509_parse_from_buffer(ca_leaf_chain(held, &n)[0]);
    assert_non_null(x);
    assert_true(X509_check_private_key(x, ca_leaf_key(held)));
    X509_free(x);
    ca_leaf_release(held);
}

static void test_cache_remints_leaf_within_a_day_of_expiry(void **state)
{
    struct fixture *f = *state;
    ca_t *ca;
    ca_leaf_t *first, *second, *third;
    ca_stats_t st;
    X509 *x;

    ca_test_set_now(T0);
    ca = open_default(f, 0);
    first = ca_leaf_get(ca, "api.mistral.ai");
    ca_test_set_now(T0 + 6 * 86400 - 1); /* just over a day left: still served */
    second = ca_leaf_get(ca, "api.mistral.ai");
    assert_ptr_equal(first, second);
    ca_test_set_now(T0 + 6 * 86400); /* one day left: minted again */
    third = ca_leaf_get(ca, "api.mistral.ai");
    assert_ptr_not_equal(first, third);
    x = leaf_cert(third);
    assert_int_equal(asn1_to_time(X509_get0_notAfter(x)), T0 + 13 * 86400);
    X509_free(x);
    ca_get_stats(ca, &st);
    assert_int_equal(st.hits, 1);
    assert_int_equal(st.misses, 2);
    assert_int_equal(st.entries, 1);
    assert_int_equal(st.clears, 0);
    ca_leaf_release(first);
    ca_leaf_release(second);
    ca_leaf_release(third);
    ca_free(ca);
}

static void test_preload_mints_and_counts_failures(void **state)
{
    struct fixture *f = *state;
    ca_t *ca = open_default(f, 0);
    static const char *const hosts[] = {"api.openai.com", "bad host", "api.anthropic.com"};
    ca_stats_t st;
    assert_int_equal(ca_preload(ca, hosts, 3), 1);
    ca_get_stats(ca, &st);
    assert_int_equal(st.entries, 2);
    ca_free(ca);
}

struct race {
    ca_t *ca;
    int failures;
};

static void *hammer(void *arg)
{
    struct race *r = arg;
    static const char *const hosts[] = {"a.test", "b.test", "c.test", "d.test", "e.test"};
    for (int i = 0; i < 200; i++) {
        ca_leaf_t *leaf = ca_leaf_get(r->ca, hosts[(size_t)i % 5]);
        size_t n;
        if (!leaf || CRYPTO_BUFFER_len(ca_leaf_chain(leaf, &n)[0]) == 0)
            r->failures++;
        ca_leaf_release(leaf);
    }
    return NULL;
}

static void test_cache_shared_by_threads_under_constant_clears(void **state)
{
    struct fixture *f = *state;
    ca_t *ca = open_default(f, 2);
    pthread_t t[4];
    struct race r[4];
    ca_stats_t st;
    for (int i = 0; i < 4; i++) {
        r[i] = (struct race){ca, 0};
        assert_int_equal(pthread_create(&t[i], NULL, hammer, &r[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        assert_int_equal(r[i].failures, 0);
    }
    ca_get_stats(ca, &st);
    assert_int_equal(st.hits + st.misses, 800);
    assert_true(st.clears > 0);
    assert_true(st.entries <= 2);
    ca_free(ca);
}

static void test_trust_hint_names_the_certificate(void **state)
{
    (void)state;
    assert_non_null(strstr(ca_trust_hint(), "ca-cert.pem"));
    assert_non_null(strstr(ca_trust_hint(), "NODE_EXTRA_CA_CERTS"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_generate_creates_0600_key_and_p256_ten_year_ca, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_generate_files_refuses_overwrite_without_force, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_refuses_group_readable_key, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refuses_key_that_does_not_match_cert, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refuses_cert_that_is_not_a_ca, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refuses_expired_and_not_yet_valid_cert, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_refuses_when_only_one_file_exists, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refuses_one_empty_path, setup, teardown),
        cmocka_unit_test_setup_teardown(test_both_paths_empty_turns_mitm_off, setup, teardown),
        cmocka_unit_test_setup_teardown(test_warns_when_ca_expires_within_30_days, setup, teardown),
        cmocka_unit_test_setup_teardown(test_leaf_has_san_cn_window_eku_and_verifies, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_ip_literal_leaves_carry_ip_san, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_host_gets_san_but_no_cn, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rejects_bad_host_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_byo_ec_p384_and_rsa2048_cas_mint_verifying_leaves,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_leaf_never_outlives_ca, setup, teardown),
        cmocka_unit_test_setup_teardown(
            test_cache_hit_returns_same_leaf_for_any_case_and_trailing_dot, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cache_clears_whole_exactly_when_full, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cache_remints_leaf_within_a_day_of_expiry, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_preload_mints_and_counts_failures, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cache_shared_by_threads_under_constant_clears, setup,
                                        teardown),
        cmocka_unit_test(test_trust_hint_names_the_certificate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
