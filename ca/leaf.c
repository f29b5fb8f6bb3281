/* leaf.c: turning a host name or IP literal into a signed leaf certificate.
 *
 * The one thing to know: every leaf carries the same P-256 key (made once per ca_t), so minting is
 * a single signature by the CA key. Host names are validated here before they reach a certificate:
 * only [A-Za-z0-9.-_], no empty labels, at most 253 bytes, or an IPv4/IPv6 literal.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/mem.h>
#include <openssl/nid.h>
#include <openssl/obj.h>
#include <openssl/x509v3.h>

#include "ca/ca_internal.h"

static int host_char_ok(unsigned char c)
{
    return isalnum(c) || c == '.' || c == '-' || c == '_';
}

int ca_host_normalize(const char *host, char *out, size_t outlen, int *is_ip)
{
    size_t len;
    unsigned char addr[16];
    char buf[INET6_ADDRSTRLEN + 2];

    if (!host || outlen == 0)
        return -1;
    len = strlen(host);
    *is_ip = 0;

    /* IPv6 literal, with or without the URL brackets: store its canonical text. */
    if (len >= 2 && host[0] == '[' && host[len - 1] == ']') {
        if (len - 2 >= sizeof buf)
            return -1;
        memcpy(buf, host + 1, len - 2);
        buf[len - 2] = '\0';
        if (inet_pton(AF_INET6, buf, addr) != 1)
            return -1;
        *is_ip = 1;
        return inet_ntop(AF_INET6, addr, out, (socklen_t)outlen) ? 0 : -1;
    }
    if (strchr(host, ':')) {
        if (inet_pton(AF_INET6, host, addr) != 1)
            return -1;
        *is_ip = 1;
        return inet_ntop(AF_INET6, addr, out, (socklen_t)outlen) ? 0 : -1;
    }
    if (inet_pton(AF_INET, host, addr) == 1) {
        *is_ip = 1;
        return inet_ntop(AF_INET, addr, out, (socklen_t)outlen) ? 0 : -1;
    }

    if (len > 0 && host[len - 1] == '.')
        len--;
    if (len == 0 || len > CA_HOST_MAX || len >= outlen)
        return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)host[i];
        if (!host_char_ok(c))
            return -1;
        if (c == '.' && (i == 0 || host[i - 1] == '.'))
            return -1; /* empty label */
        out[i] = (char)tolower(c);
    }
    out[len] = '\0';
    return 0;
}

static int add_san(X509 *x, const char *host, int is_ip, int critical)
{
    GENERAL_NAMES *names = sk_GENERAL_NAME_new_null();
    GENERAL_NAME *gn = GENERAL_NAME_new();
    int ok = names && gn;

    if (ok && is_ip) {
        ASN1_OCTET_STRING *ip = a2i_IPADDRESS(host);
        ok = ip != NULL;
        if (ok)
            GENERAL_NAME_set0_value(gn, GEN_IPADD, ip);
    } else if (ok) {
        ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
        ok = dns && ASN1_STRING_set(dns, host, -1);
        if (ok)
            GENERAL_NAME_set0_value(gn, GEN_DNS, dns);
        else
            ASN1_IA5STRING_free(dns);
    }
    ok = ok && sk_GENERAL_NAME_push(names, gn);
    if (ok)
        gn = NULL;
    ok = ok && X509_add1_ext_i2d(x, NID_subject_alt_name, names, critical, X509V3_ADD_DEFAULT);
    GENERAL_NAME_free(gn);
    sk_GENERAL_NAME_pop_free(names, GENERAL_NAME_free);
    return ok ? 0 : -1;
}

static int add_eku_server_auth(X509 *x)
{
    EXTENDED_KEY_USAGE *eku = sk_ASN1_OBJECT_new_null();
    int ok = eku && sk_ASN1_OBJECT_push(eku, OBJ_nid2obj(NID_server_auth)) &&
             X509_add1_ext_i2d(x, NID_ext_key_usage, eku, 0, X509V3_ADD_DEFAULT);
    /* OBJ_nid2obj returns a static object; freeing the stack's entries is harmless. */
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    return ok ? 0 : -1;
}

static int add_aki(X509 *x, const ASN1_OCTET_STRING *ca_ski)
{
    AUTHORITY_KEYID *aki = AUTHORITY_KEYID_new();
    int ok = aki && (aki->keyid = ASN1_OCTET_STRING_dup(ca_ski)) != NULL &&
             X509_add1_ext_i2d(x, NID_authority_key_identifier, aki, 0, X509V3_ADD_DEFAULT);
    AUTHORITY_KEYID_free(aki);
    return ok ? 0 : -1;
}

static CRYPTO_BUFFER *to_buffer(X509 *x)
{
    uint8_t *der = NULL;
    int len = i2d_X509(x, &der);
    CRYPTO_BUFFER *buf = len > 0 ? CRYPTO_BUFFER_new(der, (size_t)len, NULL) : NULL;
    OPENSSL_free(der);
    return buf;
}

ca_leaf_t *ca_mint_leaf(ca_t *ca, const char *host, int is_ip, time_t now)
{
    static const int ku_bits[] = {0 /* digitalSignature */};
    X509 *x = X509_new();
    X509_NAME *name = X509_NAME_new();
    ASN1_INTEGER *serial = ca_random_serial();
    ca_leaf_t *leaf = NULL;
    time_t not_after = now + (time_t)ca->leaf_days * 86400;
    int has_cn = strlen(host) <= 64;

    /* A leaf never outlives its issuer. */
    if (not_after > ca->not_after)
        not_after = ca->not_after;
    if (!x || !name || !serial || !X509_set_version(x, X509_VERSION_3) ||
        !X509_set_serialNumber(x, serial) || ca_name_add(name, NID_organizationName, "hush") ||
        (has_cn && ca_name_add(name, NID_commonName, host)) || !X509_set_subject_name(x, name) ||
        !X509_set_issuer_name(x, X509_get_subject_name(ca->cert)) ||
        !X509_time_adj_ex(X509_getm_notBefore(x), 0, -3600, &now) ||
        !ASN1_TIME_set(X509_getm_notAfter(x), not_after) || !X509_set_pubkey(x, ca->leaf_key) ||
        ca_add_basic_constraints(x, 0, -1) || ca_add_key_usage(x, ku_bits, 1) ||
        add_eku_server_auth(x) || add_san(x, host, is_ip, 0) || ca_add_ski(x) ||
        add_aki(x, ca->ski) || !X509_sign(x, ca->key, EVP_sha256()))
        goto done;

    leaf = ca_zalloc(sizeof *leaf);
    if (!leaf)
        goto done;
    atomic_init(&leaf->refs, 1);
    leaf->chain[0] = to_buffer(x);
    leaf->chain[1] = ca->cert_der;
    CRYPTO_BUFFER_up_ref(ca->cert_der);
    leaf->key = ca->leaf_key;
    EVP_PKEY_up_ref(ca->leaf_key);
    leaf->not_after = not_after;
    if (!leaf->chain[0]) {
        ca_leaf_release(leaf);
        leaf = NULL;
    }
done:
    ASN1_INTEGER_free(serial);
    X509_NAME_free(name);
    X509_free(x);
    return leaf;
}

void ca_leaf_release(ca_leaf_t *leaf)
{
    if (!leaf || atomic_fetch_sub_explicit(&leaf->refs, 1, memory_order_acq_rel) != 1)
        return;
    CRYPTO_BUFFER_free(leaf->chain[0]);
    CRYPTO_BUFFER_free(leaf->chain[1]);
    EVP_PKEY_free(leaf->key);
    OPENSSL_free(leaf);
}

CRYPTO_BUFFER *const *ca_leaf_chain(const ca_leaf_t *leaf, size_t *n)
{
    *n = 2;
    return leaf->chain;
}

EVP_PKEY *ca_leaf_key(const ca_leaf_t *leaf)
{
    return leaf->key;
}
