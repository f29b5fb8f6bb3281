/* json_rewrite_internal.h: what json_rewrite.c (the walker) and json_codec.c (a string's
 * escaping and unescaping, the opaque-payload rule) share, private to the two. */
#ifndef HUSH_JSON_REWRITE_INTERNAL_H
#define HUSH_JSON_REWRITE_INTERNAL_H

#include <stdint.h>

static inline int hexval(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static inline int hex4(const uint8_t *p, unsigned *v)
{
    unsigned x = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(p[i]);
        if (h < 0)
            return -1;
        x = (x << 4) | (unsigned)h;
    }
    *v = x;
    return 0;
}

#endif
