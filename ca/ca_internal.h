/* ca_internal.h: what the ca/ files share with each other (and with tests/benchmarks), never with
 * the gateway. The one thing to know: every expiry decision reads the clock through ca_now(), so a
 * test can move time with ca_test_set_now() instead of sleeping.
 */
#ifndef HUSH_CA_INTERNAL_H
#define HUSH_CA_INTERNAL_H

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <string.h>

#include <openssl/asn1.h>
#include <openssl/evp.h>
#include <openssl/mem.h>
#include <openssl/pool.h>
#include <openssl/x509.h>

#include "ca/ca.h"

#define CA_DEFAULT_LEAF_DAYS 7u
#define CA_MAX_LEAF_DAYS 398u /* the CA/B forum ceiling; nothing needs longer */
#define CA_DEFAULT_CACHE_SIZE 10000u
#define CA_GENERATED_DAYS 3650
#define CA_EXPIRY_WARN_SECS (30 * 86400)
#define CA_HOST_MAX 253u

struct ca_leaf {
    atomic_size_t refs;
    CRYPTO_BUFFER *chain[2]; /* leaf DER, CA DER */
    EVP_PKEY *key;           /* the shared leaf key, one reference held by this leaf */
    time_t not_after;
};

struct cache_entry;

struct leaf_cache {
    pthread_mutex_t lock;
    struct cache_entry **buckets;
    size_t nbuckets; /* power of two */
    size_t count, capacity;
    uint64_t hits, misses, clears;
    uint64_t sipkey[2]; /* random per cache: host names come from clients */
};

struct ca {
    char *cert_path, *key_path;
    int generated;
    X509 *cert;
    EVP_PKEY *key;
    CRYPTO_BUFFER *cert_der;
    ASN1_OCTET_STRING *ski; /* the CA's key id, copied into each leaf's AKI */
    time_t not_before, not_after;
    EVP_PKEY *leaf_key;
    unsigned leaf_days;
    struct leaf_cache cache;
};

static inline void *ca_zalloc(size_t n)
{
    void *p = OPENSSL_malloc(n);
    if (p)
        memset(p, 0, n);
    return p;
}

/* Clock. */
time_t ca_now(void);
/* Tests only: pin the clock to t; 0 returns to the real clock. Not thread safe. */
void ca_test_set_now(time_t t);

/* Small helpers (x509_util.c). */
void ca_seterr(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int ca_asn1_time_to_time_t(const ASN1_TIME *t, time_t *out);
ASN1_INTEGER *ca_random_serial(void);
ASN1_OCTET_STRING *ca_key_id(X509 *cert);
int ca_add_ski(X509 *cert);
int ca_add_key_usage(X509 *cert, const int *bits, size_t nbits);
int ca_add_basic_constraints(X509 *cert, int is_ca, int pathlen);
int ca_name_add(X509_NAME *name, int nid, const char *value);
EVP_PKEY *ca_new_ec_key(int curve_nid);

/* Generation (gen.c). ca_build_ca_cert makes a self-signed CA certificate for key, valid from an
 * hour before now for days days; ca_write_pair writes key (0600, atomically) then cert (0644). */
X509 *ca_build_ca_cert(EVP_PKEY *key, time_t now, int days);
int ca_write_pair(const char *cert_path, const char *key_path, X509 *cert, EVP_PKEY *key, int force,
                  char *err, size_t errlen);

/* Leaves (leaf.c). ca_host_normalize writes the cache key (lower case, no trailing dot, IPv6 in
 * canonical form, brackets removed) into out and says whether it is an IP literal. */
int ca_host_normalize(const char *host, char *out, size_t outlen, int *is_ip);
ca_leaf_t *ca_mint_leaf(ca_t *ca, const char *norm_host, int is_ip, time_t now);

/* Cache (cache.c). */
int ca_cache_init(struct leaf_cache *c, size_t capacity);
void ca_cache_destroy(struct leaf_cache *c);

#endif
