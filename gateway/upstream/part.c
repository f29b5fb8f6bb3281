/* part: the upstream wing's part in a run (see gw_part_t in core/core.h): each worker's pool of
 * upstream connections (upstream.c) is made on first use and closed when the worker is freed. */
#include "gateway/upstream/upstream.h"

static void upstream_worker_free(gw_worker_t *w)
{
    if (w->base) {
        gw_upstream_worker_free(w);
    }
}

const gw_part_t gw_upstream_part = {
    .name = "upstream",
    .worker_free = upstream_worker_free,
};
