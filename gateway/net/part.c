/* part: the net wing's part in a run (see gw_part_t in core/core.h): the two shared SSL_CTXs
 * (tls_ctx.c), built once on the main thread before the workers start and freed after they end,
 * and each worker's spare pipes (pipes.c), closed when the worker ends. */
#include "gateway/net/net.h"

#include "domains/domains.h"

#include <openssl/ssl.h>

static int net_server_init(gw_server_t *srv, char *err, size_t errlen)
{
    const gw_boot_t *cfg = srv->cfg;
    srv->tls_client = gw_tls_client_ctx_new(cfg, err, errlen);
    if (!srv->tls_client) {
        return -1;
    }
    if (cfg->accept_invalid_upstream_certs) {
        gw_log(GW_LOG_WARN, "event=insecure_config key=acceptInvalidUpstreamCerts "
                            "msg=\"upstream certificates are NOT verified\"");
    }
    if (!srv->ca) {
        return 0;
    }
    srv->tls_server = gw_tls_server_ctx_new(srv->ca, err, errlen);
    if (!srv->tls_server) {
        return -1;
    }
    gw_log(GW_LOG_INFO, "event=mitm intercepted_patterns=%zu", dom_count(srv->gen->domains));
    return 0;
}

static void net_server_free(gw_server_t *srv)
{
    SSL_CTX_free(srv->tls_server);
    SSL_CTX_free(srv->tls_client);
    srv->tls_server = srv->tls_client = NULL;
}

const gw_part_t gw_net_part = {
    .name = "net",
    .server_init = net_server_init,
    .server_free = net_server_free,
    .worker_free = gw_pipes_worker_free,
};
