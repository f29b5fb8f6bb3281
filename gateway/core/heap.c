/* heap: what the allocator keeps between requests.
 *
 * glibc gives the free memory at the top of a worker's heap back to the kernel (madvise
 * MADV_DONTNEED) as soon as more than its trim threshold is free there, and its dynamic
 * thresholds set that to about twice the largest block freed so far. An agent-sized request (a
 * 1 MiB body, its rewritten copy, TLS and HTTP/2 buffers: ~3 MB) frees more than that at its end,
 * so every such request faulted its ~750 pages back in, each one zeroed by the kernel: about a
 * fifth of hush's CPU time for the request. The thresholds are fixed here instead: blocks up to
 * HEAP_MMAP_MAX come from the heap (not mmap, which zero-faults them every time), and a trim
 * leaves HEAP_KEEP bytes at the top of each heap for the next request (a 4 MiB body churns
 * ~12 MB). The cost is that much memory kept per worker after a large request; the peak is
 * unchanged, and glibc's own dynamic threshold kept up to twice the largest block freed.
 *
 * Freed memory is wiped before it is freed (wipe.c), so what is kept holds no request bytes.
 */
#include "gateway/core/core.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

/* A sanitizer's allocator replaces glibc's (ASan answers mallopt with -1): nothing to set there. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define HEAP_OTHER_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
#define HEAP_OTHER_ALLOCATOR 1
#endif
#endif

#define HEAP_MMAP_MAX (32u * 1024 * 1024) /* glibc's largest on 64-bit (half a thread heap) */
#define HEAP_KEEP (16u * 1024 * 1024)

int gw_heap_keep(void)
{
#if defined(__GLIBC__) && !defined(HEAP_OTHER_ALLOCATOR)
    /* each call also turns glibc's dynamic thresholds off, so all three are set */
    if (mallopt(M_MMAP_THRESHOLD, HEAP_MMAP_MAX) != 1 ||
        mallopt(M_TRIM_THRESHOLD, HEAP_KEEP) != 1 || mallopt(M_TOP_PAD, HEAP_KEEP) != 1) {
        return -1;
    }
    return 0;
#else
    return 1; /* another allocator (a sanitizer's, or not glibc): its own defaults */
#endif
}
