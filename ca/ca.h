/* ca: hush's certificate authority and the cache of leaf certificates it mints.
 *
 * Knows certificates only: no sockets, no event loop. Everything here is safe to call from any
 * worker thread; the leaf cache is one hash table behind a mutex, and leaves are reference counted
 * so a handshake can hold one while the cache is cleared underneath it.
 */
#ifndef HUSH_CA_H
#define HUSH_CA_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <openssl/base.h>

typedef struct ca ca_t;
typedef struct ca_leaf ca_leaf_t;

enum { CA_LOG_DEBUG = 0, CA_LOG_INFO = 1, CA_LOG_WARN = 2, CA_LOG_ERROR = 3 };

typedef void (*ca_log_fn)(int level, const char *msg, void *arg);

typedef struct ca_config {
    /* NULL: <data_dir>/ca-cert.pem and <data_dir>/ca-key.pem. Both "": MITM off (ca_open gives
     * *out = NULL and returns 0). One "" and the other not: error. */
    const char *cert_file;
    const char *key_file;
    const char *data_dir;        /* NULL means "." */
    unsigned leaf_validity_days; /* 0 means 7 */
    size_t leaf_cache_size;      /* 0 means 10000 */
    ca_log_fn log;               /* optional: warnings (near expiry) and the "generated" notice */
    void *log_arg;
} ca_config_t;

typedef struct ca_stats {
    uint64_t hits, misses, clears;
    size_t entries;
} ca_stats_t;

/* Load the CA, or generate it when both files are missing. Returns 0 and sets *out (NULL when MITM
 * is off), or returns -1 with a one-line reason and the fix in err. */
int ca_open(const ca_config_t *cfg, ca_t **out, char *err, size_t errlen);
void ca_free(ca_t *ca);

/* True when ca_open created the files (the caller prints trust instructions). */
int ca_was_generated(const ca_t *ca);
/* Path of the CA certificate file (served by GET /ca.crt, read from disk on each request). */
const char *ca_cert_path(const ca_t *ca);
time_t ca_not_after(const ca_t *ca);

/* Short multi-line text (no trailing newline) telling a user how to trust the CA certificate on
 * this platform, for the gateway to log when ca_was_generated(). Static storage. */
const char *ca_trust_hint(void);

/* Write a new CA pair (key created 0600, atomically). Refuses to overwrite unless force. */
int ca_generate_files(const char *cert_path, const char *key_path, int force, char *err,
                      size_t errlen);

/* The leaf for host (DNS name or IP literal), from the cache or freshly minted. The caller owns one
 * reference and drops it with ca_leaf_release. NULL on failure. */
ca_leaf_t *ca_leaf_get(ca_t *ca, const char *host);
void ca_leaf_release(ca_leaf_t *leaf);
/* DER chain (leaf first, then the CA) and the shared leaf key, for SSL_set_chain_and_key. */
CRYPTO_BUFFER *const *ca_leaf_chain(const ca_leaf_t *leaf, size_t *n);
EVP_PKEY *ca_leaf_key(const ca_leaf_t *leaf);

/* Mint leaves for hosts at start-up. Returns how many failed. */
size_t ca_preload(ca_t *ca, const char *const *hosts, size_t n);
void ca_get_stats(ca_t *ca, ca_stats_t *out);

#endif
