/* mitm: the TLS handshake of an intercepted CONNECT, up to the protocol the client chose.
 *
 * After "200 Connection Established" the client's bytes are a TLS ClientHello. The leaf is minted
 * for the host the client CONNECTed to (net/tls_ctx.c refuses an SNI naming another host). Once the
 * handshake is done, ALPN decides who owns the connection: mitm_h2.c or mitm_h1.c. Whoever
 * holds the connection holds its client (ctx.cl) and ends it: here, only when the handshake fails
 * (the connection's one `event=conn` line then says so) or the worker drains.
 */
#include "gateway/front/front.h"

#include <stdlib.h>
#include <string.h>

struct handshake {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    gw_tls_t *tls;
    gw_obj_t obj; /* freed through defer.c */
    gw_mitm_ctx_t ctx;
    struct timeval t0;
};

static void hs_destroy(void *self)
{
    free(self);
}

/* Ends the handshake stage (from inside a TLS callback): the memory goes on the loop. */
static void hs_free(struct handshake *h)
{
    gw_worker_unlink(h->w, &h->link);
    gw_defer_free(&h->obj, hs_destroy);
}

static void on_ready(gw_tls_t *t, void *arg)
{
    struct handshake *h = arg;
    gw_worker_t *w = h->w;
    gw_mitm_ctx_t ctx = h->ctx;
    gw_log(GW_LOG_DEBUG, "event=tls_handshake client=%s host=%s alpn=%s ms=%.1f", ctx.client,
           ctx.host, gw_tls_alpn(t), gw_elapsed_ms(&h->t0));
    hs_free(h);
    atomic_fetch_add(&w->srv->counters.intercepted, 1);
    if (gw_tls_is_h2(t)) {
        gw_mitm_h2_serve(w, t, &ctx);
    } else {
        gw_mitm_h1_serve(w, t, &ctx);
    }
}

static void on_close(gw_tls_t *t, int error, const char *why, void *arg)
{
    struct handshake *h = arg;
    (void)error;
    atomic_fetch_add(&h->w->srv->counters.handshake_failures, 1);
    gw_tls_free(t);
    h->ctx.cl->warn = 1;
    gw_client_reason(h->ctx.cl, why);
    gw_client_end(h->ctx.cl, "tls_handshake_failed");
    hs_free(h);
}

static void on_abort(gw_link_t *l)
{
    struct handshake *h = (struct handshake *)l;
    gw_tls_free(h->tls);
    gw_client_end(h->ctx.cl, "shutdown");
    hs_free(h);
}

void gw_mitm_start(gw_worker_t *w, struct bufferevent *bev, const gw_mitm_ctx_t *ctx)
{
    static const gw_tls_cbs_t cbs = {.on_ready = on_ready, .on_close = on_close};
    struct handshake *h = calloc(1, sizeof(*h));
    SSL *ssl = h ? gw_tls_server_ssl(w->srv->tls_server, ctx->host) : NULL;
    if (!ssl) {
        free(h);
        bufferevent_free(bev);
        gw_log(GW_LOG_ERROR, "event=mitm_failed host=%s reason=out_of_memory", ctx->host);
        gw_client_end(ctx->cl, "out_of_memory");
        return;
    }
    h->w = w;
    gw_obj_init(&h->obj, &w->reaper, h);
    h->ctx = *ctx;
    gettimeofday(&h->t0, NULL);
    gw_worker_link(w, &h->link, on_abort);
    h->tls = gw_tls_new(w, bev, ssl, &cbs, h);
    if (!h->tls) {
        gw_client_end(ctx->cl, "out_of_memory");
        hs_free(h);
    }
}
