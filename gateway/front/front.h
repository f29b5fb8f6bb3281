/* front: the client side. The proxy listener and its connections (proxy.c), the transparent
 * listener (transparent_listener.c), absolute-form forwarding (forward.c), hush's own endpoints
 * (control.c, manage.c, inspect_http.c with the inspector/ page), and interception (mitm.c,
 * mitm_h1.c, mitm_h2.c) which hands each request to the exchange.
 */
#ifndef HUSH_GATEWAY_FRONT_H
#define HUSH_GATEWAY_FRONT_H

#include "gateway/ws/ws.h"

/* ---- mitm.c / mitm_h1.c / mitm_h2.c -------------------------------------------------------- */
struct gw_tls;
/* After CONNECT was answered 200 for an intercepted host: TLS server on bev, then h1 or h2. */
void gw_mitm_start(gw_worker_t *w, struct bufferevent *bev, const gw_mitm_ctx_t *ctx);
/* Serve one client TLS connection whose ALPN chose h2 / http/1.1. Take ownership of tls. */
void gw_mitm_h2_serve(gw_worker_t *w, struct gw_tls *tls, const gw_mitm_ctx_t *ctx);
void gw_mitm_h1_serve(gw_worker_t *w, struct gw_tls *tls, const gw_mitm_ctx_t *ctx);

/* forward.c: an absolute-form request (GET http://host/...). Takes ownership of bev, head and
 * cl (core/client.c). */
void gw_forward_start(gw_worker_t *w, struct bufferevent *bev, gw_head_t *head, gw_client_t *cl);

/* control.c: an origin-form request to hush itself. Appends the whole response to out and
 * returns its status, or returns GW_CONTROL_PENDING when the answer needs the main thread (a
 * management change, core/reload.c): cw->job is then set, and cw->cb runs later on w's loop with
 * the status and the whole response (cw->job cleared first). A connection that goes away
 * meanwhile calls gw_main_cancel(cw->job). */
#define GW_CONTROL_PENDING 0
typedef struct gw_control_wait {
    void (*cb)(void *arg, int status, struct evbuffer *response);
    void *arg;
    gw_main_job_t *job; /* set while an answer is pending */
} gw_control_wait_t;
int gw_control_handle(gw_worker_t *w, gw_head_t *head, const char *client,
                      const struct sockaddr *peer, int admin, struct evbuffer *out,
                      gw_control_wait_t *cw);

/* A loopback peer (127.0.0.0/8, ::1, ::ffff:127.x.y.z): the control endpoints' own clients. */
int gw_control_loopback(const struct sockaddr *sa);
/* The request carries "Authorization: Bearer <token>" (compared in constant time); 0 for a
 * NULL token. */
int gw_control_bearer(gw_head_t *head, const char *token);

/* manage.c: the management API (/api/...). GW_CONTROL_PENDING: see gw_control_handle. */
int gw_manage_handle(gw_worker_t *w, gw_head_t *head, struct evbuffer *out, gw_control_wait_t *cw);

/* proxy.c: a client connection on the proxy or admin port (cl->mode says which). Takes ownership
 * of fd and cl. */
void gw_proxy_accept(gw_worker_t *w, evutil_socket_t fd, gw_client_t *cl);

/* connect_tunnel.c: the way from a known destination to an opaque tunnel, shared by the proxy
 * port (after CONNECT: intercept or dial, 200, peek at the ClientHello) and the transparent
 * listener (peek first, then dial the original destination): SNI interception, metadata mode,
 * the held-back server flight, tunnel.c. cl->host and cl->port name the destination. Takes
 * ownership of bev and cl. */
void gw_ct_connect(gw_worker_t *w, struct bufferevent *bev, gw_client_t *cl);
void gw_ct_transparent(gw_worker_t *w, struct bufferevent *bev, gw_client_t *cl);

/* transparent_listener.c: the transparent listener (one per worker, SO_REUSEPORT, IP_TRANSPARENT);
 * its connections, once admitted, go to gw_ct_transparent. */
struct evconnlistener *gw_tproxy_listen(gw_worker_t *w, char *err, size_t errlen);

/* inspect_http.c: the inspector page on the admin listener. */
/* One file of the page, embedded at build time (cmake/embed_assets.cmake). The table ends with
 * a NULL name. */
typedef struct gw_asset {
    const char *name;
    const unsigned char *data;
    size_t len;
} gw_asset_t;
extern const gw_asset_t gw_inspector_assets[];

/* Worker 0, after its admin listener is bound: turn the inspector on. stop frees what start made
 * and any stream still open (after the loop has ended). */
int gw_inspect_start(gw_worker_t *w);
void gw_inspect_stop(gw_worker_t *w);
/* 1 when an origin-form target on the admin listener is the inspector's. */
int gw_inspect_is_path(const char *target, size_t tlen);
/* Answer one request for the inspector; takes over bev (a final answer lingers and closes, a
 * stream stays). Returns the status. */
int gw_inspect_handle(gw_worker_t *w, struct bufferevent *bev, gw_head_t *head,
                      const struct sockaddr *peer);

/* The front part (cli/main.c's list): accepts on the proxy and admin listeners, the transparent
 * listener and the inspector. */
extern const gw_part_t gw_front_part;

#endif
