/* ca.c: deciding which CA hush runs with: load it, generate it on first start, or none (MITM off).
 *
 * The one thing to know: every refusal names the file, the reason and the fix, because it is the
 * first thing a user sees when the gateway will not start. The key file's mode is checked on the
 * descriptor we read it from (no window between the check and the read), and its bytes are wiped.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/ec_key.h>
#include <openssl/mem.h>
#include <openssl/nid.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "ca/ca_internal.h"

#define MAX_PEM_BYTES (1024 * 1024)

static void logf_(const ca_config_t *cfg, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void logf_(const ca_config_t *cfg, int level, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    if (!cfg->log)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cfg->log(level, msg, cfg->log_arg);
}

static void fmt_date(time_t t, char *out, size_t outlen)
{
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(out, outlen, "%Y-%m-%d %H:%M UTC", &tm))
        snprintf(out, outlen, "(unknown date)");
}

static char *join_path(const char *dir, const char *name)
{
    size_t n = strlen(dir) + 1 + strlen(name) + 1;
    char *p = OPENSSL_malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Read a whole PEM file. The caller wipes and frees *out. */
static int read_file(const char *path, uint8_t **out, size_t *len, mode_t *mode, char *err,
                     size_t errlen)
{
    struct stat st;
    uint8_t *buf = NULL;
    size_t got = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) != 0) {
        ca_seterr(err, errlen, "cannot open %s: %s", path, strerror(errno));
        goto fail;
    }
    if (!S_ISREG(st.st_mode) || st.st_size <= 0 || st.st_size > MAX_PEM_BYTES) {
        ca_seterr(err, errlen, "%s is not a regular PEM file of sensible size", path);
        goto fail;
    }
    buf = OPENSSL_malloc((size_t)st.st_size);
    if (!buf) {
        ca_seterr(err, errlen, "out of memory reading %s", path);
        goto fail;
    }
    while (got < (size_t)st.st_size) {
        ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    *out = buf;
    *len = got;
    *mode = st.st_mode;
    return 0;
fail:
    if (fd >= 0)
        close(fd);
    OPENSSL_free(buf);
    return -1;
}

static int no_password(char *buf, int size, int rwflag, void *u)
{
    (void)buf, (void)size, (void)rwflag, (void)u;
    return 0;
}

static EVP_PKEY *load_key(const ca_t *ca, char *err, size_t errlen)
{
    uint8_t *data = NULL;
    size_t len = 0;
    mode_t mode = 0;
    BIO *bio;
    EVP_PKEY *key = NULL;

    if (read_file(ca->key_path, &data, &len, &mode, err, errlen))
        return NULL;
    if (mode & 077) {
        ca_seterr(err, errlen,
                  "CA key %s is accessible by group or others (mode %04o); fix: chmod 600 %s",
                  ca->key_path, (unsigned)(mode & 07777), ca->key_path);
        goto done;
    }
    bio = BIO_new_mem_buf(data, len);
    key = bio ? PEM_read_bio_PrivateKey(bio, NULL, no_password, NULL) : NULL;
    BIO_free(bio);
    if (!key)
        ca_seterr(err, errlen,
                  "cannot read the private key in %s (PEM, unencrypted, EC or RSA expected); fix: "
                  "export it with `openssl pkey -in KEY -out %s`",
                  ca->key_path, ca->key_path);
done:
    OPENSSL_cleanse(data, len);
    OPENSSL_free(data);
    return key;
}

static X509 *load_cert(const ca_t *ca, char *err, size_t errlen)
{
    uint8_t *data = NULL;
    size_t len = 0;
    mode_t mode;
    BIO *bio;
    X509 *cert;

    if (read_file(ca->cert_path, &data, &len, &mode, err, errlen))
        return NULL;
    bio = BIO_new_mem_buf(data, len);
    cert = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
    BIO_free(bio);
    OPENSSL_free(data);
    if (!cert)
        ca_seterr(err, errlen, "cannot read a PEM certificate from %s", ca->cert_path);
    return cert;
}

static int check_key_type(const ca_t *ca, char *err, size_t errlen)
{
    int type = EVP_PKEY_id(ca->key);
    if (type == EVP_PKEY_EC) {
        const EC_KEY *ec = EVP_PKEY_get0_EC_KEY(ca->key);
        int curve = EC_GROUP_get_curve_name(EC_KEY_get0_group(ec));
        if (curve == NID_X9_62_prime256v1 || curve == NID_secp384r1)
            return 0;
        ca_seterr(err, errlen, "CA key %s uses an unsupported curve; fix: use P-256 or P-384",
                  ca->key_path);
        return -1;
    }
    if (type == EVP_PKEY_RSA) {
        if (EVP_PKEY_bits(ca->key) >= 2048)
            return 0;
        ca_seterr(err, errlen, "CA key %s is RSA-%d; fix: use RSA of at least 2048 bits",
                  ca->key_path, EVP_PKEY_bits(ca->key));
        return -1;
    }
    ca_seterr(err, errlen, "CA key %s is neither EC nor RSA; fix: use EC P-256/P-384 or RSA-2048+",
              ca->key_path);
    return -1;
}

static int check_cert(ca_t *ca, const ca_config_t *cfg, char *err, size_t errlen)
{
    uint32_t flags = X509_get_extension_flags(ca->cert);
    time_t now = ca_now();
    char date[64];

    if (!X509_check_private_key(ca->cert, ca->key)) {
        ca_seterr(err, errlen,
                  "CA key %s does not match certificate %s; fix: point the key setting at this "
                  "certificate's key, or delete both files to generate a new CA",
                  ca->key_path, ca->cert_path);
        return -1;
    }
    if (flags & EXFLAG_INVALID) {
        ca_seterr(err, errlen, "certificate %s has malformed extensions; fix: use another CA",
                  ca->cert_path);
        return -1;
    }
    if (!(flags & EXFLAG_CA)) {
        ca_seterr(err, errlen,
                  "certificate %s is not a CA (no basicConstraints CA:TRUE); fix: use a CA "
                  "certificate, or delete both files to generate a new CA",
                  ca->cert_path);
        return -1;
    }
    if ((flags & EXFLAG_KUSAGE) && !(X509_get_key_usage(ca->cert) & KU_KEY_CERT_SIGN)) {
        ca_seterr(err, errlen,
                  "certificate %s may not sign certificates (keyUsage lacks keyCertSign); fix: "
                  "use a CA certificate that allows it",
                  ca->cert_path);
        return -1;
    }
    if (ca_asn1_time_to_time_t(X509_get0_notBefore(ca->cert), &ca->not_before) ||
        ca_asn1_time_to_time_t(X509_get0_notAfter(ca->cert), &ca->not_after)) {
        ca_seterr(err, errlen, "certificate %s has unreadable validity dates", ca->cert_path);
        return -1;
    }
    if (now >= ca->not_after) {
        fmt_date(ca->not_after, date, sizeof date);
        ca_seterr(err, errlen,
                  "CA certificate %s expired on %s; fix: delete %s and %s and restart to generate "
                  "a new CA (then trust the new one), or supply a renewed CA",
                  ca->cert_path, date, ca->cert_path, ca->key_path);
        return -1;
    }
    if (now < ca->not_before) {
        fmt_date(ca->not_before, date, sizeof date);
        ca_seterr(err, errlen,
                  "CA certificate %s is not valid before %s; fix: check the system clock",
                  ca->cert_path, date);
        return -1;
    }
    if (ca->not_after - now < CA_EXPIRY_WARN_SECS) {
        fmt_date(ca->not_after, date, sizeof date);
        logf_(cfg, CA_LOG_WARN,
              "CA certificate %s expires on %s (in %lld days); rotate it soon: delete %s and %s "
              "and restart, then trust the new CA",
              ca->cert_path, date, (long long)((ca->not_after - now) / 86400), ca->cert_path,
              ca->key_path);
    }
    return 0;
}

static int load(ca_t *ca, const ca_config_t *cfg, char *err, size_t errlen)
{
    uint8_t *der = NULL;
    int len;

    if (!(ca->key = load_key(ca, err, errlen)) || check_key_type(ca, err, errlen) ||
        !(ca->cert = load_cert(ca, err, errlen)) || check_cert(ca, cfg, err, errlen))
        return -1;
    len = i2d_X509(ca->cert, &der);
    ca->cert_der = len > 0 ? CRYPTO_BUFFER_new(der, (size_t)len, NULL) : NULL;
    OPENSSL_free(der);
    if (X509_get0_subject_key_id(ca->cert))
        ca->ski = ASN1_OCTET_STRING_dup(X509_get0_subject_key_id(ca->cert));
    else
        ca->ski = ca_key_id(ca->cert);
    ca->leaf_key = ca_new_ec_key(NID_X9_62_prime256v1);
    if (!ca->cert_der || !ca->ski || !ca->leaf_key) {
        ca_seterr(err, errlen, "out of memory setting up the CA");
        return -1;
    }
    return 0;
}

/* Both files there: load. Neither: generate. One: refuse and say which one is missing. */
static int locate_or_generate(ca_t *ca, const ca_config_t *cfg, char *err, size_t errlen)
{
    struct stat st;
    int have_cert = stat(ca->cert_path, &st) == 0;
    int have_key = stat(ca->key_path, &st) == 0;

    if (have_cert && !have_key) {
        ca_seterr(err, errlen,
                  "CA key %s is missing but certificate %s exists; fix: restore the key, or "
                  "delete %s to generate a new CA",
                  ca->key_path, ca->cert_path, ca->cert_path);
        return -1;
    }
    if (have_key && !have_cert) {
        ca_seterr(err, errlen,
                  "CA certificate %s is missing but key %s exists; fix: restore the certificate, "
                  "or delete %s to generate a new CA",
                  ca->cert_path, ca->key_path, ca->key_path);
        return -1;
    }
    if (!have_cert) {
        if (ca_generate_files(ca->cert_path, ca->key_path, 0, err, errlen))
            return -1;
        ca->generated = 1;
        logf_(cfg, CA_LOG_INFO, "generated a new CA: certificate %s, key %s (mode 0600)",
              ca->cert_path, ca->key_path);
    }
    return 0;
}

int ca_open(const ca_config_t *cfg, ca_t **out, char *err, size_t errlen)
{
    const char *dir = cfg->data_dir && *cfg->data_dir ? cfg->data_dir : ".";
    int cert_off = cfg->cert_file && !*cfg->cert_file;
    int key_off = cfg->key_file && !*cfg->key_file;
    size_t cache_size = cfg->leaf_cache_size ? cfg->leaf_cache_size : CA_DEFAULT_CACHE_SIZE;
    ca_t *ca;

    *out = NULL;
    if (cert_off && key_off)
        return 0; /* MITM off */
    if (cert_off || key_off) {
        ca_seterr(err, errlen,
                  "the CA %s file is set to \"\" but the %s file is not; fix: set both to \"\" to "
                  "turn interception off, or set both to files",
                  cert_off ? "certificate" : "key", cert_off ? "key" : "certificate");
        return -1;
    }
    if (cfg->leaf_validity_days > CA_MAX_LEAF_DAYS) {
        ca_seterr(err, errlen, "leafValidityDays is %u; fix: use 1 to %u", cfg->leaf_validity_days,
                  CA_MAX_LEAF_DAYS);
        return -1;
    }
    ca = ca_zalloc(sizeof *ca);
    if (!ca) {
        ca_seterr(err, errlen, "out of memory");
        return -1;
    }
    ca->leaf_days = cfg->leaf_validity_days ? cfg->leaf_validity_days : CA_DEFAULT_LEAF_DAYS;
    ca->cert_path = cfg->cert_file ? OPENSSL_strdup(cfg->cert_file) : join_path(dir, "ca-cert.pem");
    ca->key_path = cfg->key_file ? OPENSSL_strdup(cfg->key_file) : join_path(dir, "ca-key.pem");
    if (!ca->cert_path || !ca->key_path || ca_cache_init(&ca->cache, cache_size)) {
        ca_seterr(err, errlen, "out of memory");
        goto fail;
    }
    if (locate_or_generate(ca, cfg, err, errlen) || load(ca, cfg, err, errlen))
        goto fail;
    *out = ca;
    return 0;
fail:
    ca_free(ca);
    return -1;
}

void ca_free(ca_t *ca)
{
    if (!ca)
        return;
    ca_cache_destroy(&ca->cache);
    EVP_PKEY_free(ca->leaf_key);
    ASN1_OCTET_STRING_free(ca->ski);
    CRYPTO_BUFFER_free(ca->cert_der);
    X509_free(ca->cert);
    EVP_PKEY_free(ca->key);
    OPENSSL_free(ca->cert_path);
    OPENSSL_free(ca->key_path);
    OPENSSL_free(ca);
}

int ca_was_generated(const ca_t *ca)
{
    return ca && ca->generated;
}

const char *ca_cert_path(const ca_t *ca)
{
    return ca ? ca->cert_path : NULL;
}

time_t ca_not_after(const ca_t *ca)
{
    return ca ? ca->not_after : 0;
}
