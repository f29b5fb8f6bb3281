/* part: the front wing's part in a run (see gw_part_t in core/core.h): the workers' proxy and
 * admin listeners hand their connections to gw_proxy_accept (proxy.c); on worker 0 with an admin
 * listener the inspector starts (inspect_http.c); with transparentListen each worker gets its
 * transparent listener (transparent_listener.c). */
#include "gateway/front/front.h"

#include <stdio.h>

static int front_server_init(gw_server_t *srv, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    srv->accept = gw_proxy_accept;
    return 0;
}

static int front_worker_init(gw_worker_t *w, char *err, size_t errlen)
{
    if (w->admin_listener && gw_inspect_start(w) != 0) {
        snprintf(err, errlen, "adminListen: cannot start the inspector");
        return -1;
    }
    if (w->cfg->transparent_listen && !(w->tp_listener = gw_tproxy_listen(w, err, errlen))) {
        return -1;
    }
    return 0;
}

static void front_worker_free(gw_worker_t *w)
{
    gw_inspect_stop(w);
}

const gw_part_t gw_front_part = {
    .name = "front",
    .server_init = front_server_init,
    .worker_init = front_worker_init,
    .worker_free = front_worker_free,
};
