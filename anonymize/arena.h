/* arena.h: private to anonymize/. A request's small objects in a few blocks (arena.c). */
#ifndef HUSH_ARENA_H
#define HUSH_ARENA_H

#include <stddef.h>

struct anon_arena_blk;
typedef struct anon_arena {
    struct anon_arena_blk *head; /* the block handed out from; older ones follow */
} anon_arena_t;

/* n bytes aligned for any object, NULL without memory. Never freed one by one. */
void *anon_arena_alloc(anon_arena_t *a, size_t n);
/* A larger copy of old (n bytes, from this arena; NULL: none) of size bytes, the bytes past n
 * zeroed when zero is set. old itself is grown in place when it is the block's last object and
 * the block has room; otherwise it stays behind, wiped with the arena. NULL without memory (old
 * untouched). */
void *anon_arena_grow(anon_arena_t *a, void *old, size_t n, size_t size, int zero);
/* Every block wiped up to the bytes it handed out, then freed; the arena is empty again. */
void anon_arena_free(anon_arena_t *a);

#endif
