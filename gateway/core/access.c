/* access: who may use the proxy. allowedClients (CIDRs), a per-client connection cap, and
 * Proxy-Authorization: Basic against configured users whose passwords are stored as
 * "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
 *
 * Key derivation is deliberately slow, so a successful check is remembered for CACHE_SECONDS as
 * an HMAC of the stored hash and the presented credentials under a per-process random key (never
 * the password itself); a failed one is not cached. Comparisons are constant-time. The slow part
 * runs off the event loops (auth.c), so everything here is thread-safe.
 */
#include "gateway/core/core.h"

#include <openssl/base64.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/mem.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define CACHE_SLOTS 256
#define CACHE_SECONDS 600
#define CLIENT_SLOTS 4096
#define MIN_ITERATIONS 10000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static uint8_t cache_key[32];
static int cache_key_ready;
static struct {
    uint8_t mac[32];
    time_t until;
} cache[CACHE_SLOTS];

/* Per-client open connection counts, keyed by address (open addressing, small and bounded). */
static struct {
    uint8_t addr[16];
    int family;
    unsigned count;
} clients[CLIENT_SLOTS];

typedef struct parsed_hash {
    unsigned iterations;
    uint8_t salt[64], hash[64];
    size_t salt_len, hash_len;
} parsed_hash_t;

static int b64_decode(const char *s, size_t n, uint8_t *out, size_t cap, size_t *out_len)
{
    size_t max;
    if (!EVP_DecodedLength(&max, n) || max > cap) {
        return -1;
    }
    return EVP_DecodeBase64(out, out_len, cap, (const uint8_t *)s, n) ? 0 : -1;
}

static int parse_hash(const char *s, parsed_hash_t *p)
{
    static const char prefix[] = "pbkdf2-sha256$";
    if (strncmp(s, prefix, sizeof(prefix) - 1) != 0) {
        return -1;
    }
    const char *it = s + sizeof(prefix) - 1;
    char *end;
    unsigned long iters = strtoul(it, &end, 10);
    if (*end != '$' || iters < MIN_ITERATIONS || iters > 10000000) {
        return -1;
    }
    const char *salt = end + 1;
    const char *dollar = strchr(salt, '$');
    if (!dollar) {
        return -1;
    }
    p->iterations = (unsigned)iters;
    if (b64_decode(salt, (size_t)(dollar - salt), p->salt, sizeof(p->salt), &p->salt_len) != 0 ||
        b64_decode(dollar + 1, strlen(dollar + 1), p->hash, sizeof(p->hash), &p->hash_len) != 0 ||
        p->salt_len < 8 || p->hash_len != 32) {
        return -1;
    }
    return 0;
}

int gw_access_check_hash(const char *hash)
{
    parsed_hash_t p;
    return parse_hash(hash, &p);
}

char *gw_access_hash_password(const char *password, unsigned iterations)
{
    uint8_t salt[16], hash[32];
    RAND_bytes(salt, sizeof(salt));
    if (!PKCS5_PBKDF2_HMAC(password, strlen(password), salt, sizeof(salt), iterations, EVP_sha256(),
                           sizeof(hash), hash)) {
        return NULL;
    }
    char s64[32], h64[48];
    EVP_EncodeBlock((uint8_t *)s64, salt, sizeof(salt));
    EVP_EncodeBlock((uint8_t *)h64, hash, sizeof(hash));
    OPENSSL_cleanse(hash, sizeof(hash));
    char *out = NULL;
    if (asprintf(&out, "pbkdf2-sha256$%u$%s$%s", iterations, s64, h64) < 0) {
        return NULL;
    }
    return out;
}

/* The cache key: an HMAC of the stored hash and the presented credentials, so a changed hash (a
 * rotated password) never matches an old entry even before the reload clears the cache. */
void gw_access_mac(const char *stored, const char *cred, size_t n, uint8_t mac[32])
{
    unsigned len = 32;
    pthread_mutex_lock(&lock);
    if (!cache_key_ready) {
        RAND_bytes(cache_key, sizeof(cache_key));
        cache_key_ready = 1;
    }
    pthread_mutex_unlock(&lock);
    HMAC_CTX h;
    HMAC_CTX_init(&h);
    if (!HMAC_Init_ex(&h, cache_key, sizeof(cache_key), EVP_sha256(), NULL) ||
        !HMAC_Update(&h, (const uint8_t *)stored, strlen(stored) + 1) ||
        !HMAC_Update(&h, (const uint8_t *)cred, n) || !HMAC_Final(&h, mac, &len)) {
        RAND_bytes(mac, 32); /* matches nothing */
    }
    HMAC_CTX_cleanup(&h);
}

int gw_access_cached(const uint8_t mac[32])
{
    time_t now = time(NULL);
    int hit = 0;
    pthread_mutex_lock(&lock);
    size_t i = mac[0] % CACHE_SLOTS;
    hit = cache[i].until > now && CRYPTO_memcmp(cache[i].mac, mac, 32) == 0;
    pthread_mutex_unlock(&lock);
    return hit;
}

void gw_access_remember(const uint8_t mac[32])
{
    pthread_mutex_lock(&lock);
    size_t i = mac[0] % CACHE_SLOTS;
    memcpy(cache[i].mac, mac, 32);
    cache[i].until = time(NULL) + CACHE_SECONDS;
    pthread_mutex_unlock(&lock);
}

void gw_access_cache_clear(void)
{
    pthread_mutex_lock(&lock);
    OPENSSL_cleanse(cache, sizeof(cache));
    pthread_mutex_unlock(&lock);
}

unsigned gw_access_iterations(const char *stored)
{
    parsed_hash_t p;
    return stored && parse_hash(stored, &p) == 0 ? p.iterations : 200000;
}

int gw_access_verify(const char *pw, size_t pwlen, const char *stored, unsigned dummy_iterations)
{
    static const uint8_t dummy_salt[16] = "hush-dummy-salt";
    parsed_hash_t p;
    uint8_t got[32];
    int ok = 0;
    if (stored && parse_hash(stored, &p) == 0) {
        ok = PKCS5_PBKDF2_HMAC(pw, pwlen, p.salt, p.salt_len, p.iterations, EVP_sha256(),
                               sizeof(got), got) &&
             CRYPTO_memcmp(got, p.hash, sizeof(got)) == 0;
    } else {
        /* An unknown user: the same derivation against nothing, so the refusal takes as long. */
        (void)PKCS5_PBKDF2_HMAC(pw, pwlen, dummy_salt, sizeof(dummy_salt), dummy_iterations,
                                EVP_sha256(), sizeof(got), got);
    }
    OPENSSL_cleanse(got, sizeof(got));
    return ok;
}

int gw_access_parse_basic(const char *header, size_t len, char *cred, size_t cap, size_t *clen,
                          size_t *ulen)
{
    if (!header || len < 7 || strncasecmp(header, "Basic ", 6) != 0) {
        return -1;
    }
    const char *b = header + 6;
    size_t blen = len - 6;
    while (blen && *b == ' ') {
        b++;
        blen--;
    }
    if (b64_decode(b, blen, (uint8_t *)cred, cap - 1, clen) != 0) {
        return -1;
    }
    cred[*clen] = '\0';
    char *colon = memchr(cred, ':', *clen);
    if (!colon) {
        OPENSSL_cleanse(cred, cap);
        return -1;
    }
    *ulen = (size_t)(colon - cred);
    return 0;
}

int gw_access_client_allowed(const gw_live_t *cfg, const struct sockaddr *sa)
{
    if (cfg->nallowed_clients == 0) {
        return 1;
    }
    const uint8_t *a;
    int family = sa->sa_family;
    uint8_t v4[4];
    if (family == AF_INET) {
        a = (const uint8_t *)&((const struct sockaddr_in *)sa)->sin_addr;
    } else {
        a = ((const struct sockaddr_in6 *)sa)->sin6_addr.s6_addr;
        static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (memcmp(a, mapped, 12) == 0) { /* an IPv4 client on a dual-stack socket */
            memcpy(v4, a + 12, 4);
            a = v4;
            family = AF_INET;
        }
    }
    for (size_t i = 0; i < cfg->nallowed_clients; i++) {
        const gw_cidr_t *c = &cfg->allowed_clients[i];
        if (c->family != family) {
            continue;
        }
        unsigned full = c->prefix / 8, rest = c->prefix % 8;
        if (memcmp(a, c->addr, full) == 0 &&
            (rest == 0 || ((a[full] ^ c->addr[full]) & (0xff00u >> rest)) == 0)) {
            return 1;
        }
    }
    return 0;
}

/* The slot holding addr, or (insert) the first reusable one on its probe path. A slot whose
 * family is 0 was never used and ends a probe; one with count 0 but a family is a tombstone,
 * reusable but not the end of a chain, so a departure never hides another client's entry. */
static size_t client_slot(const uint8_t *addr, int family, int insert)
{
    size_t h = 14695981039346656037ull;
    for (int k = 0; k < 16; k++) {
        h = (h ^ addr[k]) * 1099511628211ull;
    }
    size_t i = (h ^ (size_t)family) % CLIENT_SLOTS, reuse = CLIENT_SLOTS;
    for (size_t probe = 0; probe < CLIENT_SLOTS; probe++, i = (i + 1) % CLIENT_SLOTS) {
        if (clients[i].family == 0) {
            return insert ? (reuse < CLIENT_SLOTS ? reuse : i) : CLIENT_SLOTS;
        }
        if (clients[i].family == family && !memcmp(clients[i].addr, addr, 16) && clients[i].count) {
            return i;
        }
        if (clients[i].count == 0 && reuse == CLIENT_SLOTS) {
            reuse = i;
        }
    }
    return insert ? reuse : CLIENT_SLOTS;
}

static void key_of(const struct sockaddr *sa, uint8_t addr[16], int *family)
{
    memset(addr, 0, 16);
    *family = sa->sa_family;
    if (sa->sa_family == AF_INET) {
        memcpy(addr, &((const struct sockaddr_in *)sa)->sin_addr, 4);
    } else {
        memcpy(addr, ((const struct sockaddr_in6 *)sa)->sin6_addr.s6_addr, 16);
    }
}

int gw_access_client_enter(const gw_live_t *cfg, const struct sockaddr *sa)
{
    uint8_t addr[16];
    int family, ok = 0;
    key_of(sa, addr, &family);
    pthread_mutex_lock(&lock);
    size_t i = client_slot(addr, family, 0);
    if (i == CLIENT_SLOTS) {
        i = client_slot(addr, family, 1);
    }
    if (i < CLIENT_SLOTS && clients[i].count < cfg->max_connections_per_client) {
        memcpy(clients[i].addr, addr, 16);
        clients[i].family = family;
        clients[i].count++;
        ok = 1;
    }
    pthread_mutex_unlock(&lock);
    return ok;
}

void gw_access_client_leave(const struct sockaddr *sa)
{
    uint8_t addr[16];
    int family;
    key_of(sa, addr, &family);
    pthread_mutex_lock(&lock);
    size_t i = client_slot(addr, family, 0);
    if (i < CLIENT_SLOTS) {
        clients[i].count--;
    }
    pthread_mutex_unlock(&lock);
}
