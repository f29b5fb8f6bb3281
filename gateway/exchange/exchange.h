/* exchange: one intercepted request and its response, independent of HTTP version and the
 * transform.
 *
 * The client-side protocols (front/mitm_h1.c, front/mitm_h2.c) turn what they read into a gw_req_t
 * and hand it to gw_exchange_start together with a gw_sink_t through which the response comes back.
 * The exchange transforms the body (anonymize), sends it upstream (upstream/upstream.c, which uses
 * the same sink type towards the exchange), and restores the response on the way back.
 *
 * The sink rules are in http/http.h.
 */
#ifndef HUSH_GATEWAY_EXCHANGE_H
#define HUSH_GATEWAY_EXCHANGE_H

#include "gateway/upstream/upstream.h"

/* What an intercepted connection knows; shared by all its requests. */
typedef struct gw_mitm_ctx {
    char host[256]; /* the CONNECT host, lower-case */
    unsigned port;
    int profile;     /* dom_profile_t */
    char client[64]; /* cl->addr, for log lines and audit records */
    /* The client connection (core/client.c): owned by whoever holds the connection (the
     * handshake, then mitm_h1.c or mitm_h2.c), which ends it. Copies elsewhere (exchange,
     * WebSocket) hold NULL. */
    struct gw_client *cl;
} gw_mitm_ctx_t;

/* ---- exchange.c ---------------------------------------------------------------------------- */
typedef struct gw_exchange gw_exchange_t;
/* Takes ownership of req. The sink is called as described above; the handle stays valid until
 * the sink's end or fail has been called, or gw_exchange_cancel. */
gw_exchange_t *gw_exchange_start(gw_worker_t *w, const gw_mitm_ctx_t *ctx, gw_req_t *req,
                                 const gw_sink_t *sink, void *arg);
void gw_exchange_cancel(gw_exchange_t *x); /* the client went away; no sink call follows */
uint64_t gw_exchange_next_id(void);        /* ids for log lines and audit records */
void gw_exchange_resume(gw_exchange_t *x); /* the sink's backlog drained */

/* ---- transform.c, reqscan.c: the anonymizer applied to one exchange ------------------------ */
struct anon_engine;
struct dom_list;

typedef struct gw_xform gw_xform_t;

typedef struct gw_xform_env {
    const gw_config_t *cfg;
    const struct anon_engine *engine;
    const struct dom_list *domains;
    const struct gw_policy *policy;
    size_t max_buffered; /* maxBufferedBytes as started (a restart key, unlike cfg's) */
} gw_xform_env_t;

typedef struct gw_xform_result {
    int status;         /* refusal: HTTP status */
    const char *reason; /* refusal: short text, no request data */
    const char *code;   /* refusal: machine-readable code, e.g. "hush_invalid_json" */
    char *error_json;   /* refusal: body in the provider's error shape (caller frees) */
    size_t found;       /* PII values replaced */
    size_t kept;        /* PII values found and forwarded unchanged (policy audit) */
    int passthrough;    /* sign-in path: forwarded unmodified */
    int unscanned;      /* forwarded unscanned because forwardUnscannable allows it */
} gw_xform_result_t;

/* Anonymize req's body in place. 0: forward it (*out may hold the session, also on passthrough
 * NULL); -1: refuse with res->status / res->error_json (*out may still need freeing). */
int gw_xform_request(const gw_xform_env_t *env, const gw_mitm_ctx_t *ctx, gw_req_t *req,
                     gw_xform_t **out, gw_xform_result_t *res);
/* Why a response cannot be delivered: status (502, 503), a machine-readable code
 * (hush_response_too_large, hush_response_ratio, hush_bad_response, hush_busy) and a short text
 * without response data. */
typedef struct gw_xform_refusal {
    int status;
    const char *code;
    const char *msg;
} gw_xform_refusal_t;

/* Decide how to restore the response and write the headers to send (out) from those received.
 * -1: the response cannot be delivered (*why says why). */
int gw_xform_response_head(const gw_xform_env_t *env, gw_xform_t *x, int dom_profile, int status,
                           const gw_hdrs_t *in, gw_hdrs_t *out, gw_xform_refusal_t *why);
/* 1 when the response is being restored (decoded, scanned for placeholders). */
int gw_xform_restoring(const gw_xform_t *x);
/* Restore a piece in place; at the end, whatever was held back is appended to tail. -1 with
 * *why: the response cannot be delivered (undecodable, over maxResponseBytes or
 * maxResponseRatio, over maxBufferedBytes). */
int gw_xform_response_data(gw_xform_t *x, struct evbuffer *chunk, gw_xform_refusal_t *why);
int gw_xform_response_end(gw_xform_t *x, struct evbuffer *tail, gw_xform_refusal_t *why);
/* Call fn for every PII type found in this request (replaced or kept), with its count. */
void gw_xform_each_count(const gw_xform_t *x, void (*fn)(void *arg, const char *type, size_t n),
                         void *arg);
void gw_xform_free(gw_xform_t *x); /* wipes the session */
/* reqscan.c: PII in the path, query and non-standard headers (urlAndHeaderPii). Reserve the
 * token-shaped text they hold before anything is issued. With apply 0: 1 when the request must
 * be refused (msg says the types and where), audit findings added to *kept; with apply 1 (after
 * the body, so tokens agree with it): mask what policy says to mask. -1 on error. */
struct anon_session;
void gw_reqscan_reserve(struct anon_session *s, const gw_req_t *req);
int gw_reqscan(const gw_xform_env_t *env, struct anon_session *s, const uint8_t *act, gw_req_t *req,
               int apply, char *msg, size_t msglen, size_t *kept);

/* The path for logs and audit records: no query string, and any PII in it replaced by [TYPE]. */
void gw_redact_path(const struct anon_engine *e, const char *path, char *out, size_t n);
char *gw_xform_error_json(int dom_profile, int status, const char *code, const char *msg);

#endif
