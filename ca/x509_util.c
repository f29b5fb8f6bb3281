/* x509_util.c: the small X.509 building blocks the CA and the leaves share (serials, key ids,
 * extensions, names) plus the module clock. Everything returns NULL / negative on failure and
 * leaves the certificate untouched or merely incomplete: callers throw it away on error.
 */
#include <stdio.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/ec_key.h>
#include <openssl/obj.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509v3.h>

#include "ca/ca_internal.h"

static time_t fake_now;

time_t ca_now(void)
{
    return fake_now ? fake_now : time(NULL);
}

void ca_test_set_now(time_t t)
{
    fake_now = t;
}

void ca_seterr(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    if (!err || errlen == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

int ca_asn1_time_to_time_t(const ASN1_TIME *t, time_t *out)
{
    ASN1_TIME *epoch = ASN1_TIME_set(NULL, 0);
    int days = 0, secs = 0;
    int ok = epoch && ASN1_TIME_diff(&days, &secs, epoch, t);
    ASN1_TIME_free(epoch);
    if (!ok)
        return -1;
    *out = (time_t)days * 86400 + secs;
    return 0;
}

/* 128 random bits with the top bit clear, so the INTEGER is positive and at most 16 bytes. */
ASN1_INTEGER *ca_random_serial(void)
{
    uint8_t raw[16];
    BIGNUM *bn = NULL;
    ASN1_INTEGER *out = NULL;
    do {
        RAND_bytes(raw, sizeof raw);
        raw[0] &= 0x7f;
        BN_free(bn);
        bn = BN_bin2bn(raw, sizeof raw, NULL);
    } while (bn && BN_is_zero(bn));
    if (bn)
        out = BN_to_ASN1_INTEGER(bn, NULL);
    BN_free(bn);
    return out;
}

/* RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
ASN1_OCTET_STRING *ca_key_id(X509 *cert)
{
    uint8_t md[SHA_DIGEST_LENGTH];
    const ASN1_BIT_STRING *bits = X509_get0_pubkey_bitstr(cert);
    ASN1_OCTET_STRING *id;
    if (!bits)
        return NULL;
    SHA1(ASN1_STRING_get0_data(bits), (size_t)ASN1_STRING_length(bits), md);
    id = ASN1_OCTET_STRING_new();
    if (id && !ASN1_OCTET_STRING_set(id, md, sizeof md)) {
        ASN1_OCTET_STRING_free(id);
        id = NULL;
    }
    return id;
}

int ca_add_ski(X509 *cert)
{
    ASN1_OCTET_STRING *id = ca_key_id(cert);
    int ok = id && X509_add1_ext_i2d(cert, NID_subject_key_identifier, id, 0, X509V3_ADD_DEFAULT);
    ASN1_OCTET_STRING_free(id);
    return ok ? 0 : -1;
}

/* bits are RFC 5280 KeyUsage bit numbers (0 digitalSignature, 5 keyCertSign, 6 cRLSign). */
int ca_add_key_usage(X509 *cert, const int *bits, size_t nbits)
{
    ASN1_BIT_STRING *ku = ASN1_BIT_STRING_new();
    int ok = ku != NULL;
    for (size_t i = 0; ok && i < nbits; i++)
        ok = ASN1_BIT_STRING_set_bit(ku, bits[i], 1);
    ok = ok && X509_add1_ext_i2d(cert, NID_key_usage, ku, 1, X509V3_ADD_DEFAULT);
    ASN1_BIT_STRING_free(ku);
    return ok ? 0 : -1;
}

int ca_add_basic_constraints(X509 *cert, int is_ca, int pathlen)
{
    BASIC_CONSTRAINTS *bc = BASIC_CONSTRAINTS_new();
    int ok = bc != NULL;
    if (ok && is_ca) {
        bc->ca = 0xff;
        if (pathlen >= 0) {
            bc->pathlen = ASN1_INTEGER_new();
            ok = bc->pathlen && ASN1_INTEGER_set(bc->pathlen, pathlen);
        }
    }
    ok = ok && X509_add1_ext_i2d(cert, NID_basic_constraints, bc, 1, X509V3_ADD_DEFAULT);
    BASIC_CONSTRAINTS_free(bc);
    return ok ? 0 : -1;
}

int ca_name_add(X509_NAME *name, int nid, const char *value)
{
    return X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8, (const uint8_t *)value, -1, -1, 0)
               ? 0
               : -1;
}

EVP_PKEY *ca_new_ec_key(int curve_nid)
{
    EC_KEY *ec = EC_KEY_new_by_curve_name(curve_nid);
    EVP_PKEY *pkey = EVP_PKEY_new();
    if (!ec || !pkey || !EC_KEY_generate_key(ec) || !EVP_PKEY_assign_EC_KEY(pkey, ec)) {
        EC_KEY_free(ec);
        EVP_PKEY_free(pkey);
        return NULL;
    }
    return pkey;
}
