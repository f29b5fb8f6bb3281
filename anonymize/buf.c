/* buf.c: the growable byte buffer every anonymize/ stage writes into.
 *
 * The bytes may be PII, so they are never left behind in freed memory: growing copies into a new
 * block and wipes the old one (no realloc, which could free the old block unwiped), and reset and
 * free wipe what was written.
 */
#include "anonymize/anonymize.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

/* The bytes moved into a new block of cap bytes, the old one wiped. */
static int resize(anon_buf_t *b, size_t cap)
{
    uint8_t *p = malloc(cap);
    if (!p)
        return ANON_ERR_NOMEM;
    if (b->data) {
        if (b->len)
            memcpy(p, b->data, b->len);
        OPENSSL_cleanse(b->data, b->cap);
        free(b->data);
    }
    b->data = p;
    b->cap = cap;
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

int anon_buf_append(anon_buf_t *b, const void *p, size_t n)
{
    if (n == 0)
        return ANON_OK;
    if (n > SIZE_MAX - b->len)
        return ANON_ERR_NOMEM;
    if (b->len + n > b->cap) {
        int rc = grow(b, b->len + n);
        if (rc < 0)
            return rc;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
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
    if (b->data && b->len)
        OPENSSL_cleanse(b->data, b->len);
    b->len = 0;
}

void anon_buf_free(anon_buf_t *b)
{
    if (!b)
        return;
    if (b->data) {
        OPENSSL_cleanse(b->data, b->cap);
        free(b->data);
    }
    b->data = NULL;
    b->len = b->cap = 0;
}
