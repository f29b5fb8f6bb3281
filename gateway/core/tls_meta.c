/* tls_meta: what a TLS handshake shows to a bystander, read from bytes that pass through a tunnel.
 *
 * Metadata mode decides on tunnels hush does not decrypt. From the server's first flight it reads
 * the chosen version and cipher and, when the version is TLS 1.2 or older, the leaf certificate
 * (its SHA-256 fingerprint, issuer, subject CN and DNS names), which that version sends in the
 * clear; TLS 1.3 encrypts everything after the ServerHello. The one thing to know: like net/sni.c
 * the parser is a pure function over the growing buffer, strict and bounded (GW_TLSMETA_MAX_HS
 * bytes of handshake), and it never writes: the caller forwards the bytes unchanged once it has
 * decided. Certificates are parsed by BoringSSL; every string taken from them is reduced to
 * printable ASCII.
 */
#include "gateway/core/core.h"

#include <openssl/bio.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>

int gw_rd_num(gw_rd_t *r, size_t bytes, unsigned long *v)
{
    if (r->n < bytes) {
        return -1;
    }
    unsigned long x = 0;
    for (size_t i = 0; i < bytes; i++) {
        x = x << 8 | r->p[i];
    }
    r->p += bytes;
    r->n -= bytes;
    *v = x;
    return 0;
}

int gw_rd_sub(gw_rd_t *r, size_t len, gw_rd_t *sub)
{
    if (r->n < len) {
        return -1;
    }
    sub->p = r->p;
    sub->n = len;
    r->p += len;
    r->n -= len;
    return 0;
}

void gw_printable(char *out, size_t outlen, const uint8_t *s, size_t n, int lower)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < outlen; i++) {
        uint8_t c = s[i];
        if (c < 0x20 || c > 0x7e) {
            c = '?';
        } else if (lower && c >= 'A' && c <= 'Z') {
            c = (uint8_t)(c + 32);
        }
        out[o++] = (char)c;
    }
    if (outlen) {
        out[o] = '\0';
    }
}

const char *gw_tls_version_name(unsigned version)
{
    switch (version) {
    case 0x0304:
        return "tls1.3";
    case 0x0303:
        return "tls1.2";
    case 0x0302:
        return "tls1.1";
    case 0x0301:
        return "tls1.0";
    default:
        return "";
    }
}

static void read_name_cn(X509_NAME *name, char *out, size_t outlen)
{
    char buf[256];
    out[0] = '\0';
    int n = name ? X509_NAME_get_text_by_NID(name, NID_commonName, buf, sizeof(buf)) : -1;
    if (n > 0) {
        gw_printable(out, outlen, (const uint8_t *)buf, (size_t)n < sizeof(buf) ? (size_t)n : 0, 0);
    }
}

/* The leaf certificate (DER) into m. -1 when it does not parse. */
static int read_leaf(const uint8_t *der, size_t len, gw_tls_meta_t *m)
{
    const uint8_t *p = der;
    X509 *x = d2i_X509(NULL, &p, (long)len);
    if (!x || p != der + len) {
        X509_free(x);
        return -1;
    }
    uint8_t md[SHA256_DIGEST_LENGTH];
    SHA256(der, len, md);
    for (size_t i = 0; i < sizeof(md); i++) {
        snprintf(m->fingerprint + 2 * i, 3, "%02x", md[i]);
    }
    BIO *b = BIO_new(BIO_s_mem());
    if (b && X509_NAME_print_ex(b, X509_get_issuer_name(x), 0, XN_FLAG_RFC2253) >= 0) {
        const uint8_t *data;
        size_t dlen;
        if (BIO_mem_contents(b, &data, &dlen)) {
            gw_printable(m->issuer, sizeof(m->issuer), data, dlen, 0);
        }
    }
    BIO_free(b);
    read_name_cn(X509_get_issuer_name(x), m->issuer_cn, sizeof(m->issuer_cn));
    read_name_cn(X509_get_subject_name(x), m->subject_cn, sizeof(m->subject_cn));
    GENERAL_NAMES *gens = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    for (size_t i = 0; gens && i < sk_GENERAL_NAME_num(gens); i++) {
        const GENERAL_NAME *g = sk_GENERAL_NAME_value(gens, i);
        if (g->type != GEN_DNS || m->nsans == GW_TLSMETA_MAX_SANS) {
            continue;
        }
        const uint8_t *s = ASN1_STRING_get0_data(g->d.dNSName);
        int n = ASN1_STRING_length(g->d.dNSName);
        if (n > 0 && (size_t)n < sizeof(m->sans[0])) {
            gw_printable(m->sans[m->nsans++], sizeof(m->sans[0]), s, (size_t)n, 1);
        }
    }
    GENERAL_NAMES_free(gens);
    X509_free(x);
    m->cert_seen = 1;
    return 0;
}

static int parse_server_hello(gw_rd_t h, gw_tls_meta_t *m)
{
    unsigned long legacy, sid_len, cipher, comp, ext_len;
    gw_rd_t skip, exts;
    if (gw_rd_num(&h, 2, &legacy) != 0 || (legacy >> 8) != 3 || gw_rd_sub(&h, 32, &skip) != 0 ||
        gw_rd_num(&h, 1, &sid_len) != 0 || sid_len > 32 || gw_rd_sub(&h, sid_len, &skip) != 0 ||
        gw_rd_num(&h, 2, &cipher) != 0 || gw_rd_num(&h, 1, &comp) != 0) {
        return -1;
    }
    m->version = (unsigned)legacy;
    m->cipher = (unsigned)cipher;
    if (h.n == 0) {
        return 0;
    }
    if (gw_rd_num(&h, 2, &ext_len) != 0 || ext_len != h.n || gw_rd_sub(&h, ext_len, &exts) != 0) {
        return -1;
    }
    while (exts.n) {
        unsigned long type, len, v;
        gw_rd_t body;
        if (gw_rd_num(&exts, 2, &type) != 0 || gw_rd_num(&exts, 2, &len) != 0 ||
            gw_rd_sub(&exts, len, &body) != 0) {
            return -1;
        }
        if (type == 43) { /* supported_versions: the server's real choice (RFC 8446 4.2.1) */
            if (gw_rd_num(&body, 2, &v) != 0 || body.n) {
                return -1;
            }
            m->version = (unsigned)v;
        }
    }
    return 0;
}

/* The Certificate message body (TLS 1.2: a 3-byte list of 3-byte-length DER certificates). */
static void parse_certificate(gw_rd_t h, gw_tls_meta_t *m)
{
    unsigned long list_len, clen;
    gw_rd_t list, der;
    if (gw_rd_num(&h, 3, &list_len) != 0 || list_len != h.n ||
        gw_rd_sub(&h, list_len, &list) != 0 || gw_rd_num(&list, 3, &clen) != 0 || clen == 0 ||
        gw_rd_sub(&list, clen, &der) != 0) {
        m->why = "the server's Certificate message is malformed or empty";
        return;
    }
    if (read_leaf(der.p, der.n, m) != 0) {
        m->why = "the server's certificate does not parse";
    }
}

/* The handshake messages in hs[0..have): DONE once decided, NEED_MORE for the rest. */
static int parse_messages(const uint8_t *hs, size_t have, gw_tls_meta_t *m)
{
    size_t pos = 0;
    int first = 1;
    while (have - pos >= 4) {
        unsigned type = hs[pos];
        size_t mlen = (size_t)hs[pos + 1] << 16 | (size_t)hs[pos + 2] << 8 | hs[pos + 3];
        if (mlen + 4 > GW_TLSMETA_MAX_HS) {
            m->why = "the server's handshake is too large to read";
            return GW_TLSMETA_DONE;
        }
        if (have - pos - 4 < mlen) {
            return GW_TLSMETA_NEED_MORE;
        }
        gw_rd_t body = {hs + pos + 4, mlen};
        pos += 4 + mlen;
        if (first) {
            first = 0;
            if (type != 2 || parse_server_hello(body, m) != 0) {
                m->why = "the server did not answer with a well-formed ServerHello";
                return GW_TLSMETA_DONE;
            }
            if (m->version >= 0x0304) {
                m->why = "TLS 1.3 encrypts the certificate";
                return GW_TLSMETA_DONE;
            }
            continue;
        }
        if (type == 11) {
            parse_certificate(body, m);
            return GW_TLSMETA_DONE;
        }
        m->why = "the server sent no certificate";
        return GW_TLSMETA_DONE;
    }
    return GW_TLSMETA_NEED_MORE;
}

int gw_tls_meta_server(const uint8_t *buf, size_t len, gw_tls_meta_t *m)
{
    memset(m, 0, sizeof(*m));
    uint8_t *hs = malloc(GW_TLSMETA_MAX_HS);
    if (!hs) {
        m->why = "out of memory";
        return GW_TLSMETA_DONE;
    }
    size_t off = 0, have = 0;
    int r = GW_TLSMETA_NEED_MORE;
    while (r == GW_TLSMETA_NEED_MORE) {
        size_t avail = len - off;
        if (avail >= 1 && buf[off] != 0x16) {
            /* ChangeCipherSpec (a resumed session), an alert, or not TLS at all */
            m->why = buf[off] == 0x14   ? "the server resumed a session (no certificate sent)"
                     : buf[off] == 0x15 ? "the server sent an alert"
                                        : "the server did not answer with TLS";
            r = GW_TLSMETA_DONE;
            break;
        }
        if (avail < 5) {
            break;
        }
        size_t rlen = (size_t)buf[off + 3] << 8 | buf[off + 4];
        if (buf[off + 1] != 3 || rlen == 0 || rlen > 16384 + 2048) {
            m->why = "the server did not answer with TLS";
            r = GW_TLSMETA_DONE;
            break;
        }
        if (avail < 5 + rlen) {
            break;
        }
        if (have + rlen > GW_TLSMETA_MAX_HS) {
            m->why = "the server's handshake is too large to read";
            r = GW_TLSMETA_DONE;
            break;
        }
        memcpy(hs + have, buf + off + 5, rlen);
        have += rlen;
        off += 5 + rlen;
        r = parse_messages(hs, have, m);
    }
    if (r == GW_TLSMETA_NEED_MORE && len >= GW_TLSMETA_MAX_INPUT) {
        m->why = "the server's handshake is too large to read";
        r = GW_TLSMETA_DONE;
    }
    free(hs);
    if (r == GW_TLSMETA_DONE && !m->cert_seen && !m->why) {
        m->why = "the server sent no certificate";
    }
    return r;
}
