/* exchange: one intercepted request and its response, independent of HTTP version (private to
 * gateway/).
 *
 * The client-side protocols (mitm_h1.c, mitm_h2.c) turn what they read into a gw_req_t and hand
 * it to gw_exchange_start together with a gw_sink_t through which the response comes back. The
 * exchange transforms the body (anonymize), sends it upstream (upstream.c, which uses the same
 * sink type towards the exchange), and restores the response on the way back.
 *
 * Sink rules, for whoever calls a sink: head, then data any number of times, then end; or fail
 * at any point. Nothing after end or fail. A head or data that returns non-zero means the
 * receiver has let go, exactly as if it had cancelled: it has finished its own side already, will
 * never cancel or resume, and expects no further call; the caller releases what it held for it
 * (upstream.c frees the request, the exchange ends itself). Header names are lower-case and carry
 * no pseudo-headers and no hop-by-hop fields. A sink's backlog() is how many bytes it holds that
 * its client has not taken yet; a producer stops reading when that passes GW_BACKLOG_HIGH and
 * waits for a resume call.
 */
#ifndef HUSH_GATEWAY_EXCHANGE_H
#define HUSH_GATEWAY_EXCHANGE_H

#include "gateway/internal.h"

#define GW_BACKLOG_HIGH (256 * 1024)

typedef struct gw_hdr {
    char *name; /* lower-case, NUL-terminated */
    char *value;
    size_t nlen, vlen;
} gw_hdr_t;

typedef struct gw_hdrs {
    gw_hdr_t *v;
    size_t n, cap;
} gw_hdrs_t;

/* Adds a copy; the name is lower-cased. */
int gw_hdrs_add(gw_hdrs_t *h, const char *name, size_t nlen, const char *value, size_t vlen);
/* First value for a lower-case name, or NULL. */
const char *gw_hdrs_get(const gw_hdrs_t *h, const char *name, size_t *vlen);
void gw_hdrs_del(gw_hdrs_t *h, const char *name);
void gw_hdrs_clear(gw_hdrs_t *h);
/* 1 for headers that never cross hush (RFC 9110 hop-by-hop, plus those named in Connection, and
 * HTTP/2 connection-specific ones). */
int gw_hdr_is_hop(const char *lname, size_t nlen, const gw_hdrs_t *all);

/* 1 when an authority (Host / :authority, port optional) names host: an intercepted connection
 * serves only the host it was opened for (otherwise 421, RFC 9110 15.5.20). */
int gw_authority_is_host(const char *authority, const char *host);

typedef struct gw_req {
    char method[24];
    char *authority; /* as the client named it (:authority or Host) */
    char *path;      /* origin-form, query included */
    gw_hdrs_t hdrs;  /* end-to-end headers; no host, no content-length, no transfer-encoding */
    struct evbuffer *body;   /* complete body, possibly empty; never NULL */
    const char *client_alpn; /* "h2" or "http/1.1" */
    size_t budget;           /* bytes taken from maxBufferedBytes; given back by gw_req_free */
} gw_req_t;

gw_req_t *gw_req_new(void);
void gw_req_free(gw_req_t *r);
/* Append n body bytes, first taking them from the buffered-bytes budget (limit). 0; -1 when
 * out of memory; 1 when the budget is spent (nothing added: answer 503 with Retry-After). */
int gw_req_add_body(gw_req_t *r, size_t limit, const void *p, size_t n);
/* The body is no longer needed (sent, and no retry can follow): wipe it, give its budget back. */
void gw_req_drop_body(gw_req_t *r);

typedef struct gw_sink {
    /* Response head. Non-zero return: the receiver let go (see above). */
    int (*head)(void *arg, int status, const gw_hdrs_t *hdrs);
    /* Body bytes; the receiver takes them all (drains chunk). Non-zero: it let go. */
    int (*data)(void *arg, struct evbuffer *chunk);
    void (*end)(void *arg, const gw_hdrs_t *trailers /* NULL: none */);
    /* Failure. Before head: the receiver answers the client with status and msg (hush's own
     * error). After head: the response is aborted (h2 RST_STREAM, h1 close). */
    void (*fail)(void *arg, int status, const char *msg);
    size_t (*backlog)(void *arg);
} gw_sink_t;

/* What an intercepted connection knows; shared by all its requests. */
typedef struct gw_mitm_ctx {
    char host[256]; /* the CONNECT host, lower-case */
    unsigned port;
    int profile; /* dom_profile_t */
    char client[64];
    struct sockaddr_storage peer; /* for gw_release_conn */
} gw_mitm_ctx_t;

/* ---- exchange.c: the request checks h1 and h2 share -------------------------------------- */
/* Why hush answers a request itself before it reaches the exchange. One status and one text per
 * reason, whatever the HTTP version (gw_req_reject_status / _text). */
typedef enum gw_req_reject {
    GW_REQ_OK = 0,
    GW_REQ_MALFORMED,       /* 400 */
    GW_REQ_CONNECT,         /* 405: CONNECT inside an intercepted connection */
    GW_REQ_BODY_TOO_LARGE,  /* 413: maxBodyBytes */
    GW_REQ_MISDIRECTED,     /* 421: another host than the CONNECT host */
    GW_REQ_HEAD_TOO_LARGE,  /* 431: maxHeaderBytes */
    GW_REQ_NOMEM,           /* 500 */
    GW_REQ_TRANSFER_CODING, /* 501: a transfer coding other than chunked */
    GW_REQ_BUSY,            /* 503: maxBufferedBytes */
    GW_REQ_REJECT_N
} gw_req_reject_t;
int gw_req_reject_status(gw_req_reject_t r);
const char *gw_req_reject_text(gw_req_reject_t r);
/* What every intercepted request is checked for once its head is read, in this order: the
 * method (CONNECT only as a WebSocket's extended CONNECT, ext_connect 1), the authority (only
 * host: RFC 9110 15.5.20), a declared body length (declared: Content-Length, -1 when none)
 * against max_body. */
gw_req_reject_t gw_req_check(const gw_req_t *req, const char *host, int ext_connect,
                             int64_t declared, size_t max_body);

/* ---- exchange.c ---------------------------------------------------------------------------- */
typedef struct gw_exchange gw_exchange_t;
/* Takes ownership of req. The sink is called as described above; the handle stays valid until
 * the sink's end or fail has been called, or gw_exchange_cancel. */
gw_exchange_t *gw_exchange_start(gw_worker_t *w, const gw_mitm_ctx_t *ctx, gw_req_t *req,
                                 const gw_sink_t *sink, void *arg);
void gw_exchange_cancel(gw_exchange_t *x); /* the client went away; no sink call follows */
uint64_t gw_exchange_next_id(void);        /* ids for log lines and audit records */
void gw_exchange_resume(gw_exchange_t *x); /* the sink's backlog drained */

/* ---- upstream.c ---------------------------------------------------------------------------- */
typedef struct gw_upstream_req gw_upstream_req_t;
/* Send req to host:port over a pooled, verified TLS connection (ALPN h2 preferred, else
 * HTTP/1.1), dialled through the guard. Takes ownership of req; the response comes through sink.
 * Content-Length is computed from req->body. NULL only when out of memory (sink not called). */
gw_upstream_req_t *gw_upstream_send(gw_worker_t *w, const char *host, unsigned port, gw_req_t *req,
                                    const gw_sink_t *sink, void *arg);
void gw_upstream_cancel(gw_upstream_req_t *r); /* no sink call follows */
void gw_upstream_resume(gw_upstream_req_t *r);
void gw_upstream_worker_free(gw_worker_t *w); /* closes the worker's pooled connections */
/* Inside the sink's fail: why (GW_UPFAIL_*). */
gw_upfail_t gw_upstream_fail_kind(const gw_upstream_req_t *r);
/* "h2" or "http/1.1" once the request has a connection; NULL before. */
const char *gw_upstream_alpn(const gw_upstream_req_t *r);

/* ---- mitm.c / mitm_h1.c / mitm_h2.c -------------------------------------------------------- */
struct gw_tls;
/* After CONNECT was answered 200 for an intercepted host: TLS server on bev, then h1 or h2. */
void gw_mitm_start(gw_worker_t *w, struct bufferevent *bev, const gw_mitm_ctx_t *ctx);
/* Serve one client TLS connection whose ALPN chose h2 / http/1.1. Take ownership of tls. */
void gw_mitm_h2_serve(gw_worker_t *w, struct gw_tls *tls, const gw_mitm_ctx_t *ctx);
void gw_mitm_h1_serve(gw_worker_t *w, struct gw_tls *tls, const gw_mitm_ctx_t *ctx);

#endif
