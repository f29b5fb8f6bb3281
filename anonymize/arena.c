/* arena.c: a request's small objects (a session's values, its entry and hash tables, its
 * per-type lists) in a few blocks, so a request makes a handful of allocations rather than one
 * per value and per table, and gives them back in one pass.
 *
 * The objects may be PII. None is freed or reused on its own: an object outgrown by a larger
 * copy stays where it is, and every block is wiped from its start up to its high-water mark (all
 * it ever handed out) when the arena is freed, and only then given back. The first block is
 * allocated on the first request for memory: a session that finds nothing allocates none.
 */
#include "anonymize/arena.h"

#include <openssl/mem.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ALIGN alignof(max_align_t)
#define FIRST 4096 /* a chat request's findings fit in one; each later block doubles */

struct anon_arena_blk {
    struct anon_arena_blk *next;
    size_t used, cap;
    alignas(max_align_t) unsigned char data[];
};

static size_t round_up(size_t n)
{
    return (n + (ALIGN - 1)) & ~(size_t)(ALIGN - 1);
}

void *anon_arena_alloc(anon_arena_t *a, size_t n)
{
    if (n > SIZE_MAX / 4)
        return NULL;
    n = round_up(n ? n : 1);
    struct anon_arena_blk *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = b ? b->cap * 2 : FIRST;
        if (cap < n)
            cap = n;
        struct anon_arena_blk *nb = malloc(sizeof *nb + cap);
        if (!nb)
            return NULL;
        nb->next = b;
        nb->used = 0;
        nb->cap = cap;
        a->head = b = nb;
    }
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

void *anon_arena_grow(anon_arena_t *a, void *old, size_t n, size_t size, int zero)
{
    struct anon_arena_blk *b = a->head;
    if (size > SIZE_MAX / 4)
        return NULL;
    if (old && b && (unsigned char *)old + round_up(n ? n : 1) == b->data + b->used) {
        size_t at = (size_t)((unsigned char *)old - b->data);
        if (b->cap - at >= round_up(size)) {
            b->used = at + round_up(size);
            if (zero)
                memset((unsigned char *)old + n, 0, size - n);
            return old;
        }
    }
    unsigned char *p = anon_arena_alloc(a, size);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, old, n);
    if (zero)
        memset(p + n, 0, size - n);
    return p;
}

void anon_arena_free(anon_arena_t *a)
{
    struct anon_arena_blk *b = a->head;
    while (b) {
        struct anon_arena_blk *next = b->next;
        OPENSSL_cleanse(b->data, b->used);
        free(b);
        b = next;
    }
    a->head = NULL;
}
