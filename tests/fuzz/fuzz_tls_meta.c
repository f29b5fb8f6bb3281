/* fuzz_tls_meta: arbitrary first bytes from a server against metadata mode's handshake reader.
 *
 * Invariants (abort() when broken): the reader never reads outside the input (ASan); every
 * string it returns is NUL-terminated printable ASCII inside its field; a certificate it reports
 * has a 64-digit lower-case hex fingerprint; once the input reaches GW_TLSMETA_MAX_INPUT the answer
 * is never "need more"; a decision made on a prefix stands when more bytes arrive (the caller
 * parses a growing buffer). (A ClientHello's ALPN is read by net/sni.c: fuzz_sni.)
 */
#include "gateway/core/core.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_str(const char *s, size_t cap)
{
    size_t n = strnlen(s, cap);
    if (n == cap) {
        abort();
    }
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x20 || s[i] > 0x7e) {
            abort();
        }
    }
}

static void check_meta(const gw_tls_meta_t *m)
{
    check_str(m->issuer, sizeof(m->issuer));
    check_str(m->issuer_cn, sizeof(m->issuer_cn));
    check_str(m->subject_cn, sizeof(m->subject_cn));
    if (m->nsans > GW_TLSMETA_MAX_SANS) {
        abort();
    }
    for (size_t i = 0; i < m->nsans; i++) {
        check_str(m->sans[i], sizeof(m->sans[i]));
    }
    if (m->cert_seen) {
        if (strlen(m->fingerprint) != 64 || strspn(m->fingerprint, "0123456789abcdef") != 64) {
            abort();
        }
    } else if (!m->why) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *buf = malloc(size ? size : 1); /* exact size, so ASan sees a read past the end */
    gw_tls_meta_t *m = malloc(sizeof(*m)), *h = malloc(sizeof(*h));
    if (!buf || !m || !h) {
        free(buf);
        free(m);
        free(h);
        return 0;
    }
    memcpy(buf, data, size);
    int r = gw_tls_meta_server(buf, size, m);
    if (r == GW_TLSMETA_DONE) {
        check_meta(m);
    } else if (r != GW_TLSMETA_NEED_MORE || size >= GW_TLSMETA_MAX_INPUT) {
        abort();
    }
    int hr = gw_tls_meta_server(buf, size / 2, h);
    if (hr == GW_TLSMETA_DONE &&
        (r != GW_TLSMETA_DONE || h->cert_seen != m->cert_seen || h->version != m->version ||
         strcmp(h->fingerprint, m->fingerprint) != 0)) {
        abort();
    }
    free(h);
    free(m);
    free(buf);
    return 0;
}
