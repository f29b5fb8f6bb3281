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
    char part[160];  /* the scan cache's partition: "user:" login, else "addr:" IP (no port) */
    /* The client connection (core/client.c): owned by whoever holds the connection (the
     * handshake, then mitm_h1.c or mitm_h2.c), which ends it. Copies elsewhere (exchange,
     * WebSocket) hold NULL. */
    struct gw_client *cl;
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

/* ---- scanpool.c: large bodies scanned off the workers' loops (the rules are in scanpool.c) -- */
typedef struct gw_scan_job gw_scan_job_t;
typedef void (*gw_scan_work_fn)(void *arg);              /* on a pool thread */
typedef void (*gw_scan_done_fn)(void *arg, int dropped); /* on the worker's loop, exactly once */
/* Run work on a pool thread, then done on w's loop. NULL (nothing queued, the caller does the
 * work itself) when there is no pool (scanThreads 0), bytes is under scanOffloadBytes, the queue
 * is full or memory is short. Never calls done from inside. */
gw_scan_job_t *gw_scan_submit(gw_worker_t *w, size_t bytes, gw_scan_work_fn work,
                              gw_scan_done_fn done, void *arg);
/* On w's loop, before done: work is skipped if it has not started (done then gets dropped 1). */
void gw_scan_cancel(gw_scan_job_t *j);
/* On w's loop, just before gw_scan_submit: how many threads one large body's scan may use,
 * the pool's idle threads (the job takes one, the rest stand for the helpers it starts), at
 * most 4; 1 without a pool or with none idle. */
unsigned gw_scan_split_threads(gw_worker_t *w);
/* The scan part (cli/main.c's list): the threads, and each worker's done list. */
extern const gw_part_t gw_scan_part;

/* ---- transform.c, reqscan.c: the anonymizer applied to one exchange ------------------------ */
struct anon_engine;
struct dom_list;

typedef struct gw_xform gw_xform_t;

/* Why hush does not forward a request (or deliver a response), one value each; the code
 * ("hush_invalid_json") goes into the provider-shaped error body and the audit record, the
 * metric indexes say which hush_refused_requests_total / hush_responses_refused_total reason. */
typedef enum gw_refusal {
    GW_REFUSAL_NONE = 0,
    GW_REFUSAL_INVALID_JSON,
    GW_REFUSAL_UNSCANNABLE,
    GW_REFUSAL_UNKNOWN_ENCODING,
    GW_REFUSAL_BAD_ENCODING,
    GW_REFUSAL_TOO_LARGE,
    GW_REFUSAL_SIGNED_BODY,
    GW_REFUSAL_BLOCKED_PII, /* counted as hush_blocked_requests_total */
    GW_REFUSAL_AMBIGUOUS_PATH,
    GW_REFUSAL_INTERNAL,
    GW_REFUSAL_RESPONSE_TOO_LARGE, /* responses from here */
    GW_REFUSAL_RESPONSE_RATIO,
    GW_REFUSAL_BAD_RESPONSE,
    GW_REFUSAL_BUSY,
    GW_REFUSAL_N
} gw_refusal_t;
const char *gw_refusal_code(gw_refusal_t r);
int gw_refusal_metric(gw_refusal_t r);      /* GW_REFUSE_* */
int gw_refusal_resp_metric(gw_refusal_t r); /* GW_RESP_REFUSE_* */

typedef struct gw_xform_env {
    const gw_live_t *cfg; /* the generation's */
    const struct anon_engine *engine;
    const struct dom_list *domains;
    const struct gw_policy *policy;
    size_t max_buffered;    /* maxBufferedBytes as started (a restart key, unlike cfg's) */
    unsigned split_threads; /* threads a large JSON body's scan may use (0, 1: its own only) */
    atomic_uint *api_words; /* the generation's memo for reqscan.c (NULL: none, ask anon_find) */
    struct anon_scan_cache *cache; /* the server's scan cache (NULL: off) */
} gw_xform_env_t;

typedef struct gw_xform_result {
    int status;           /* refusal: HTTP status */
    const char *reason;   /* refusal: short text, no request data */
    gw_refusal_t refusal; /* refusal: why */
    const char *code;     /* refusal: gw_refusal_code(refusal), e.g. "hush_invalid_json" */
    char *error_json;     /* refusal: body in the provider's error shape (caller frees) */
    size_t found;         /* PII values replaced */
    size_t kept;          /* PII values found and forwarded unchanged (policy audit) */
    int passthrough;      /* sign-in path: forwarded unmodified */
    int unscanned;        /* forwarded unscanned because forwardUnscannable allows it */
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
    gw_refusal_t refusal;
    const char *code; /* gw_refusal_code(refusal) */
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
/* Add this request's PII counts (replaced or kept) to the metrics, by type. */
void gw_xform_count_metrics(const gw_xform_t *x, gw_metrics_t *m);

/* The one audit record of an intercepted request or WebSocket (exchange.c), with the fields every
 * record has; the caller may add its own (a WebSocket adds "websocket") before gw_audit_write.
 * NULL when out of memory. Never a PII value: counts per type, a redacted path. */
typedef struct gw_record {
    const struct timeval *wall0, *t0; /* wall clock at the start; monotonic start for duration */
    uint64_t id;
    const char *client, *host, *method, *path; /* path already redacted */
    int status;
    const char *alpn_client, *alpn_upstream; /* alpn_upstream may be NULL */
    uint64_t bytes_up, bytes_down;
    const char *action, *refusal, *outcome; /* refusal may be NULL */
} gw_record_t;
json_t *gw_record_json(const gw_record_t *f, const gw_xform_t *xf);

/* The session with the host's policy (audit types kept), without a request: what a WebSocket
 * connection holds for all its messages. NULL when out of memory. gw_xform_request makes its own.
 */
gw_xform_t *gw_xform_new(const gw_xform_env_t *env, const gw_mitm_ctx_t *ctx);
/* One client WebSocket text message, anonymized into out like a request body (JSON when it looks
 * like JSON, else text) with the same policy: -1 when it must not be sent, with res->code
 * (hush_bad_encoding, hush_unscannable_body, hush_blocked_pii, hush_internal) and res->reason
 * (no message data; lives as long as x). */
struct anon_buf;
int gw_xform_message(gw_xform_t *x, const uint8_t *p, size_t n, struct anon_buf *out,
                     gw_xform_result_t *res);
/* One server text message with its tokens restored into out; -1 when it cannot be. */
int gw_xform_restore_message(gw_xform_t *x, const uint8_t *p, size_t n, struct anon_buf *out);
size_t gw_xform_found(const gw_xform_t *x); /* values replaced so far */
size_t gw_xform_kept(const gw_xform_t *x);  /* values found and kept (policy audit) */
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
