/* gen.c: generating a CA and writing it to disk.
 *
 * The one rule: the private key is never visible with a wider mode than 0600, not even for an
 * instant. It goes to a temporary file in the target directory created O_CREAT|O_EXCL with mode
 * 0600, is fsync'ed, then renamed into place (never chmod'ed afterwards), and the directory is
 * fsync'ed. Without force the rename refuses to replace an existing file (RENAME_NOREPLACE).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/mem.h>
#include <openssl/nid.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include "ca/ca_internal.h"

X509 *ca_build_ca_cert(EVP_PKEY *key, time_t now, int days)
{
    static const int ku_bits[] = {5 /* keyCertSign */, 6 /* cRLSign */};
    X509 *x = X509_new();
    X509_NAME *name = X509_NAME_new();
    ASN1_INTEGER *serial = ca_random_serial();
    uint8_t tag[4];
    char cn[64];

    RAND_bytes(tag, sizeof tag);
    /* A short random tag tells two hush CAs apart in a trust store (e.g. after a rotation). */
    snprintf(cn, sizeof cn, "hush CA %02x%02x%02x%02x - DO NOT TRUST ON PUBLIC INTERNET", tag[0],
             tag[1], tag[2], tag[3]);
    if (!x || !name || !serial || !X509_set_version(x, X509_VERSION_3) ||
        !X509_set_serialNumber(x, serial) || ca_name_add(name, NID_organizationName, "hush") ||
        ca_name_add(name, NID_organizationalUnitName, "hush PII gateway local interception CA") ||
        ca_name_add(name, NID_commonName, cn) || !X509_set_subject_name(x, name) ||
        !X509_set_issuer_name(x, name) ||
        !X509_time_adj_ex(X509_getm_notBefore(x), 0, -3600, &now) ||
        !X509_time_adj_ex(X509_getm_notAfter(x), days, 0, &now) || !X509_set_pubkey(x, key) ||
        ca_add_basic_constraints(x, 1, 0) || ca_add_key_usage(x, ku_bits, 2) || ca_add_ski(x) ||
        !X509_sign(x, key, EVP_sha256())) {
        X509_free(x);
        x = NULL;
    }
    ASN1_INTEGER_free(serial);
    X509_NAME_free(name);
    return x;
}

static int write_all(int fd, const uint8_t *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += (size_t)w;
        n -= (size_t)w;
    }
    return 0;
}

static int dir_of(const char *path, char *out, size_t outlen)
{
    const char *slash = strrchr(path, '/');
    int n;
    if (!slash)
        n = snprintf(out, outlen, ".");
    else if (slash == path)
        n = snprintf(out, outlen, "/");
    else
        n = snprintf(out, outlen, "%.*s", (int)(slash - path), path);
    return n < 0 || (size_t)n >= outlen ? -1 : 0;
}

static void fsync_dir(const char *path)
{
    char dir[4096];
    int fd;
    if (dir_of(path, dir, sizeof dir))
        return;
    fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd); /* best effort: some filesystems refuse fsync on directories */
        close(fd);
    }
}

/* Write data to path through a same-directory temporary file created with mode (never widened). */
static int atomic_write(const char *path, const uint8_t *data, size_t len, mode_t mode, int force,
                        char *err, size_t errlen)
{
    char tmp[4096];
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; attempt++) {
        uint8_t r[6];
        int n;
        RAND_bytes(r, sizeof r);
        n = snprintf(tmp, sizeof tmp, "%s.tmp-%02x%02x%02x%02x%02x%02x", path, r[0], r[1], r[2],
                     r[3], r[4], r[5]);
        if (n < 0 || (size_t)n >= sizeof tmp) {
            ca_seterr(err, errlen, "path too long: %s", path);
            return -1;
        }
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
        if (fd < 0 && errno != EEXIST) {
            ca_seterr(err, errlen,
                      "cannot create %s: %s (check the directory exists and is writable)", tmp,
                      strerror(errno));
            return -1;
        }
    }
    if (fd < 0) {
        ca_seterr(err, errlen, "cannot create a temporary file next to %s", path);
        return -1;
    }
    /* The umask may only narrow the mode; the public certificate must stay world-readable. */
    if ((mode & 0044) && fchmod(fd, mode) != 0)
        goto io_fail;
    if (write_all(fd, data, len) || fsync(fd) != 0)
        goto io_fail;
    if (close(fd) != 0) {
        fd = -1;
        goto io_fail;
    }
    fd = -1;
    if (force) {
        if (rename(tmp, path) != 0)
            goto io_fail;
    } else if (renameat2(AT_FDCWD, tmp, AT_FDCWD, path, RENAME_NOREPLACE) != 0) {
        /* Filesystems without RENAME_NOREPLACE: the caller already checked that path is absent. */
        if ((errno != EINVAL && errno != ENOSYS) || rename(tmp, path) != 0)
            goto io_fail;
    }
    fsync_dir(path);
    return 0;

io_fail:
    ca_seterr(err, errlen, "cannot write %s: %s", path, strerror(errno));
    if (fd >= 0)
        close(fd);
    unlink(tmp);
    return -1;
}

static int no_password(char *buf, int size, int rwflag, void *u)
{
    (void)buf, (void)size, (void)rwflag, (void)u;
    return 0;
}

static int pem_to_mem(BIO *bio, const uint8_t **data, size_t *len)
{
    return BIO_mem_contents(bio, data, len) ? 0 : -1;
}

int ca_write_pair(const char *cert_path, const char *key_path, X509 *cert, EVP_PKEY *key, int force,
                  char *err, size_t errlen)
{
    BIO *kb = BIO_new(BIO_s_mem()), *cb = BIO_new(BIO_s_mem());
    const uint8_t *kdata = NULL, *cdata = NULL;
    size_t klen = 0, clen = 0;
    struct stat st;
    int rc = -1;

    if (!force) {
        const char *exists = lstat(key_path, &st) == 0    ? key_path
                             : lstat(cert_path, &st) == 0 ? cert_path
                                                          : NULL;
        if (exists) {
            ca_seterr(err, errlen, "%s already exists; refusing to overwrite (use --force)",
                      exists);
            goto done;
        }
    }
    if (!kb || !cb || !PEM_write_bio_PrivateKey(kb, key, NULL, NULL, 0, no_password, NULL) ||
        !PEM_write_bio_X509(cb, cert) || pem_to_mem(kb, &kdata, &klen) ||
        pem_to_mem(cb, &cdata, &clen)) {
        ca_seterr(err, errlen, "cannot encode the CA as PEM");
        goto done;
    }
    if (atomic_write(key_path, kdata, klen, 0600, force, err, errlen))
        goto done;
    if (atomic_write(cert_path, cdata, clen, 0644, force, err, errlen)) {
        unlink(key_path); /* a key without its certificate would block the next start */
        goto done;
    }
    rc = 0;
done:
    if (kdata)
        OPENSSL_cleanse((void *)kdata, klen);
    BIO_free(kb);
    BIO_free(cb);
    return rc;
}

int ca_generate_files(const char *cert_path, const char *key_path, int force, char *err,
                      size_t errlen)
{
    EVP_PKEY *key = NULL;
    X509 *cert = NULL;
    int rc = -1;

    if (!cert_path || !key_path || !*cert_path || !*key_path) {
        ca_seterr(err, errlen, "CA certificate and key paths must both be set");
        return -1;
    }
    if (strcmp(cert_path, key_path) == 0) {
        ca_seterr(err, errlen, "CA certificate and key must be different files (%s)", cert_path);
        return -1;
    }
    key = ca_new_ec_key(NID_X9_62_prime256v1);
    cert = key ? ca_build_ca_cert(key, ca_now(), CA_GENERATED_DAYS) : NULL;
    if (!cert) {
        ca_seterr(err, errlen, "cannot generate the CA key and certificate");
        goto done;
    }
    rc = ca_write_pair(cert_path, key_path, cert, key, force, err, errlen);
done:
    X509_free(cert);
    EVP_PKEY_free(key);
    return rc;
}
