/* buf.c: the growable byte buffer every anonymize/ stage writes into.
 *
 * The bytes may be PII, so they are never left behind in freed memory: growing copies into a new
 * block and wipes the old one (no realloc, which could free the old block unwiped), and reset and
 * free wipe what was written. What was written is [0, anon_buf_written()): len, or the high-water
 * mark a writer raised before taking bytes back or writing past len (anonymize.h), never less.
 * Wiping that rather than the capacity matters for the rewritten body, reserved at ~3x its size.
 */
#include "anonymize/anonymize.h"
#include "anonymize/anon_internal.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

static anon_buf_release_fn release_hook;

void anon_buf_release_hook_for_tests(anon_buf_release_fn fn)
{
    release_hook = fn;
}

/* A block given back: the bytes written wiped, then freed. */
static void release(uint8_t *p, size_t cap, size_t written)
{
    OPENSSL_cleanse(p, written);
    if (release_hook)
        release_hook(p, cap, written);
    free(p);
}

/* The bytes moved into a new block of cap bytes, the old one wiped. */
static int resize(anon_buf_t *b, size_t cap)
{
    uint8_t *p = malloc(cap);
    if (!p)
        return ANON_ERR_NOMEM;
    if (b->data) {
        if (b->len)
            memcpy(p, b->data, b->len);
        release(b->data, b->cap, anon_buf_written(b));
    }
    b->data = p;
    b->cap = cap;
    b->hw = 0; /* the new block holds len bytes */
    return ANON_OK;
}

static int grow(anon_buf_t *b, size_t need)
{
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need) {
        if (cap > SIZE_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    return resize(b, cap);
}

/* anon_buf_append() when b must grow first. Out of line (cost63): the append that fits (most)
 * then keeps nothing across its memcpy() and saves no registers. */
static __attribute__((noinline)) int append_grow(anon_buf_t *b, const void *p, size_t n)
{
    int rc = grow(b, b->len + n);
    if (rc < 0)
        return rc;
    memcpy(b->data + b->len, p, n);
    b->len += n;
    return ANON_OK;
}

int anon_buf_append(anon_buf_t *b, const void *p, size_t n)
{
    if (n == 0)
        return ANON_OK;
    if (n > SIZE_MAX - b->len)
        return ANON_ERR_NOMEM;
    if (b->len + n > b->cap)
        return append_grow(b, p, n);
    size_t at = b->len;
    b->len = at + n;
    memcpy(b->data + at, p, n);
    return ANON_OK;
}

int anon_buf_reserve(anon_buf_t *b, size_t n)
{
    /* exactly n: a caller that knows the size wants no doubling (a 1 MiB body grown by doubling
     * holds 1 MiB and 2 MiB at once on the last step, and keeps the 2 MiB) */
    return n <= b->cap ? ANON_OK : resize(b, n);
}

void anon_buf_reset(anon_buf_t *b)
{
    size_t w = anon_buf_written(b);
    if (b->data && w)
        OPENSSL_cleanse(b->data, w);
    b->len = b->hw = 0;
}

void anon_buf_free(anon_buf_t *b)
{
    if (!b)
        return;
    if (b->data)
        release(b->data, b->cap, anon_buf_written(b));
    b->data = NULL;
    b->len = b->cap = b->hw = 0;
}
