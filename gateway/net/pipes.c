/* pipes: each worker's spare pipes for the tunnels' splice engine (tunnel.c).
 *
 * A direction of a tunnel takes a pipe when it has bytes to move and gives it back as soon as the
 * pipe is empty again, so a tunnel holds descriptors and pipe pages only while bytes wait in it for
 * a slow reader; an idle or interactive tunnel holds none. This matters beyond descriptors: the
 * kernel charges every pipe's capacity to its user (fs.pipe-user-pages-soft, 64 MiB by default),
 * and past that limit an unprivileged process (hush's container user) gets 2-page pipes that
 * cannot grow, which turns splice into a syscall pair per few KiB for every later tunnel.
 *
 * Invariant: only empty pipes come back (the caller tracks the bytes it spliced in). One worker
 * thread uses its own pool; at most SPARE_MAX spares wait in it, the rest are closed.
 */
#include "gateway/net/net.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

#define PIPE_SIZE (256 * 1024) /* asked for; the kernel may give less (pipe-user-pages-soft) */
#define SPARE_MAX 8
/* Descriptors never taken by pipes: accepting and dialling go first. */
#define FD_RESERVE 256

struct pool {
    size_t n;
    gw_pipe_t spare[SPARE_MAX];
};

/* Pipes open in all workers, spares included (2 descriptors each). */
static atomic_size_t n_pipes;

/* Descriptors the process may open (RLIMIT_NOFILE), read once. */
static size_t fd_limit(void)
{
    static atomic_size_t lim;
    size_t l = atomic_load(&lim);
    if (!l) {
        struct rlimit r;
        l = getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur != RLIM_INFINITY ? (size_t)r.rlim_cur
                                                                             : 1024 * 1024;
        atomic_store(&lim, l);
    }
    return l;
}

/* A new pipe only while every open connection could still hold a socket pair and FD_RESERVE
 * descriptors remain. */
static int affordable(gw_worker_t *w)
{
    size_t open = (size_t)atomic_load(&w->srv->counters.conns_open);
    return open * 2 + (atomic_load(&n_pipes) + 1) * 2 + FD_RESERVE <= fd_limit();
}

int gw_pipe_get(gw_worker_t *w, gw_pipe_t *p)
{
    struct pool *pl = w->tunnel_pipes;
    if (pl && pl->n) {
        *p = pl->spare[--pl->n];
        return 0;
    }
    int fd[2];
    if (!affordable(w) || pipe2(fd, O_NONBLOCK | O_CLOEXEC) != 0) {
        return -1;
    }
    int cap = fcntl(fd[1], F_SETPIPE_SZ, PIPE_SIZE);
    if (cap <= 0) {
        cap = fcntl(fd[1], F_GETPIPE_SZ);
    }
    p->rd = fd[0];
    p->wr = fd[1];
    p->cap = cap > 0 ? (size_t)cap : 65536;
    atomic_fetch_add(&n_pipes, 1);
    return 0;
}

static void pipe_close(gw_pipe_t *p)
{
    close(p->rd);
    close(p->wr);
    atomic_fetch_sub(&n_pipes, 1);
}

void gw_pipe_put(gw_worker_t *w, gw_pipe_t *p, int empty)
{
    if (p->rd < 0) {
        return;
    }
    struct pool *pl = w->tunnel_pipes;
    if (!pl && empty) {
        pl = w->tunnel_pipes = calloc(1, sizeof(*pl));
    }
    if (empty && pl && pl->n < SPARE_MAX) {
        pl->spare[pl->n++] = *p;
    } else {
        pipe_close(p);
    }
    p->rd = p->wr = -1;
    p->cap = 0;
}

size_t gw_pipes_open(void)
{
    return atomic_load(&n_pipes);
}

void gw_pipes_worker_free(gw_worker_t *w)
{
    struct pool *pl = w->tunnel_pipes;
    if (!pl) {
        return;
    }
    while (pl->n) {
        pipe_close(&pl->spare[--pl->n]);
    }
    free(pl);
    w->tunnel_pipes = NULL;
}
