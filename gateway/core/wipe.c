/* wipe: evbuffers that held an intercepted host's request or response bytes are zeroed before
 * their memory goes back to the allocator.
 *
 * libevent frees a chain as soon as it is drained, so "wipe then drain" is the only way to clear
 * what a buffer held: gw_evbuffer_wipe_drain() cleanses each chain's bytes before draining them,
 * and gw_evbuffer_wipe_free() does that for the whole buffer before freeing it. Use these (never
 * evbuffer_drain / evbuffer_free) on every buffer that carried request or response bytes of an
 * intercepted host (bodies, decrypted input, response pieces, WebSocket messages). Do not
 * evbuffer_pullup() such a buffer either: libevent copies the chains and frees the old ones as
 * they are; evbuffer_copyout into memory you wipe yourself instead (gw_evbuffer_dup).
 */
#include "gateway/core/core.h"

#include <openssl/mem.h>
#include <stdlib.h>

void gw_evbuffer_wipe_drain(struct evbuffer *buf, size_t n)
{
    struct evbuffer_iovec v[16];
    while (buf && n) {
        int k = evbuffer_peek(buf, (ev_ssize_t)n, NULL, v, 16);
        size_t used = 0;
        for (int i = 0; i < k && i < 16 && used < n; i++) {
            size_t len = v[i].iov_len < n - used ? v[i].iov_len : n - used;
            OPENSSL_cleanse(v[i].iov_base, len);
            used += len;
        }
        if (!used) {
            break;
        }
        evbuffer_drain(buf, used);
        n -= used;
    }
}

void gw_evbuffer_wipe(struct evbuffer *buf)
{
    if (buf) {
        gw_evbuffer_wipe_drain(buf, evbuffer_get_length(buf));
    }
}

void gw_evbuffer_wipe_free(struct evbuffer *buf)
{
    if (buf) {
        gw_evbuffer_wipe(buf);
        evbuffer_free(buf);
    }
}

void gw_evbuffer_take_wiped(struct evbuffer *buf, void *dst, size_t n)
{
    /* a step at a time, so a large body is held twice only one step's worth */
    uint8_t *d = dst;
    while (n) {
        size_t step = n < 65536 ? n : 65536;
        evbuffer_copyout(buf, d, step);
        gw_evbuffer_wipe_drain(buf, step);
        d += step;
        n -= step;
    }
}

uint8_t *gw_evbuffer_dup(struct evbuffer *buf, size_t *len)
{
    size_t n = evbuffer_get_length(buf);
    uint8_t *p = malloc(n ? n : 1);
    if (p) {
        evbuffer_copyout(buf, p, n);
    }
    *len = n;
    return p;
}
