/* fuzz_sni: arbitrary first bytes of a connection against the ClientHello SNI parser.
 *
 * Invariants (abort() when broken): the parser never reads outside the input (ASan); a found
 * name is non-empty, lower-case, NUL-terminated inside the buffer and made only of DNS name
 * bytes; a prefix of an input that decided is never "found" with a different name, and once the
 * input reaches GW_SNI_MAX_INPUT the answer is never "need more"; a decision never changes when
 * more bytes are appended (the caller parses a growing buffer).
 */
#include "gateway/net/net.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_name(const char *out, size_t outlen)
{
    size_t n = strnlen(out, outlen);
    if (n == 0 || n == outlen) {
        abort();
    }
    for (size_t i = 0; i < n; i++) {
        char c = out[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.')) {
            abort();
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char out[256], again[256];
    /* exact-size copy so ASan sees any read past the end */
    uint8_t *buf = malloc(size ? size : 1);
    if (!buf) {
        return 0;
    }
    memcpy(buf, data, size);
    char alpn[64];
    int r = gw_sni_parse(buf, size, out, sizeof(out), alpn, sizeof(alpn));
    if (r == GW_SNI_FOUND) {
        check_name(out, sizeof(out));
    }
    /* the ALPN offer is printable, terminated inside its buffer, and empty unless TLS */
    size_t al = strnlen(alpn, sizeof(alpn));
    if (al == sizeof(alpn) || (r == GW_SNI_NOT_TLS && al)) {
        abort();
    }
    for (size_t i = 0; i < al; i++) {
        if (alpn[i] < 0x20 || alpn[i] > 0x7e) {
            abort();
        }
    }
    if (r == GW_SNI_NEED_MORE && size >= GW_SNI_MAX_INPUT) {
        abort();
    }
    /* A decision made on the first half stands when the rest arrives. */
    size_t half = size / 2;
    int h = gw_sni_parse(buf, half, again, sizeof(again), NULL, 0);
    if (h != GW_SNI_NEED_MORE && (h != r || (h == GW_SNI_FOUND && strcmp(out, again) != 0))) {
        abort();
    }
    /* A small output buffer never yields a truncated name. */
    char tiny[8];
    int t = gw_sni_parse(buf, size, tiny, sizeof(tiny), NULL, 0);
    if (t == GW_SNI_FOUND && (strlen(tiny) >= sizeof(tiny) || strcmp(tiny, out) != 0)) {
        abort();
    }
    free(buf);
    return 0;
}
