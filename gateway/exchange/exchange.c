/* exchange: one intercepted request, from the client side's gw_req_t to the response's last byte.
 *
 * This is the seam where hush changes traffic, and the only one (transform.c does the work):
 *   request:  gw_xform_request() anonymizes the complete body before it goes upstream, or
 *             refuses the request (fail closed);
 *   response: gw_xform_response_*() restore each piece on its way to the client.
 * Everything else is plumbing between two sinks: the client side's (given to start) and ours
 * (given to upstream/upstream.c). The exchange never calls the client sink from inside
 * gw_exchange_start, so callers may store the handle before anything happens; it frees itself after
 * end or fail.
 *
 * A body of scanOffloadBytes or more is scanned on a pool thread (scanpool.c): while x->job is set
 * the request, the new session and the result in x->scan are the pool's, the exchange is held
 * (defer.c) so a cancel cannot free it, and scan_done continues on the worker's loop, or only
 * frees what the scan made when the exchange was cancelled meanwhile (nothing goes upstream).
 */
#include "gateway/exchange/exchange.h"

#include <stdlib.h>
#include <string.h>

struct gw_exchange {
    gw_worker_t *w;
    gw_mitm_ctx_t ctx;
    const gw_sink_t *sink; /* the client side */
    void *arg;
    gw_upstream_req_t *up;
    gw_obj_t obj; /* freed through defer.c */
    int refusing; /* a refusal found during start: its deferred free delivers it (defer.c) */
    int fail_status;
    const char *fail_msg;
    char *fail_json; /* the refusal in the provider's error shape */
    gw_xform_t *xf;  /* the request's anonymizer session; NULL: nothing to restore */
    gw_hdrs_t resp_hdrs;
    int head_held; /* restoring: the head waits for the first piece, so a failure there is a 502 */
    int head_sent; /* the client sink has the head */
    size_t found;
    const char *action;      /* masked, none, refused, passthrough, unscanned */
    const char *refusal;     /* the refusal code when refused */
    const char *client_alpn; /* static strings */
    const char *up_alpn;
    struct timeval wall0;
    gw_gen_t *gen; /* the rules this request started with, held until it ends */
    uint64_t id;
    char method[24];
    char path[160]; /* redacted: no query string, PII in segments replaced (gw_redact_path) */
    int status;
    uint64_t bytes_up, bytes_down;
    struct timeval t0;
    gw_scan_job_t *job; /* the body is being scanned on a pool thread */
    struct {            /* the scan's input and output; the pool thread's while job is set */
        gw_xform_env_t env;
        gw_mitm_ctx_t ctx;
        gw_req_t *req;
        gw_xform_t *xf;
        gw_xform_result_t res;
        int rc;
    } scan;
};

static atomic_ullong next_id = 1;

static void log_request(struct gw_exchange *x, const char *outcome)
{
    gw_log(GW_LOG_INFO,
           "event=request id=%llu client=%s host=%s method=%s path=%s status=%d pii_found=%zu "
           "bytes_up=%llu bytes_down=%llu duration_ms=%.1f outcome=%s",
           (unsigned long long)x->id, x->ctx.client, x->ctx.host, x->method, x->path, x->status,
           x->found, (unsigned long long)x->bytes_up, (unsigned long long)x->bytes_down,
           gw_elapsed_ms(&x->t0), outcome);
}

static void count_to_json(void *arg, const char *type, size_t n)
{
    json_object_set_new(arg, type, json_integer((json_int_t)n));
}

static void count_to_metrics(void *arg, const char *type, size_t n)
{
    gw_metrics_pii_add(arg, type, n);
}

void gw_xform_count_metrics(const gw_xform_t *x, gw_metrics_t *m)
{
    gw_xform_each_count(x, count_to_metrics, m);
}

json_t *gw_record_json(const gw_record_t *f, const gw_xform_t *xf)
{
    char ts[40];
    gw_iso_time(f->wall0, ts, sizeof(ts));
    json_t *pii = json_object();
    if (pii && xf) {
        gw_xform_each_count(xf, count_to_json, pii);
    }
    return json_pack("{s:s, s:I, s:s, s:s, s:s, s:s, s:i, s:s, s:s?, s:I, s:I, s:f, s:o, "
                     "s:s, s:s?, s:s}",
                     "time", ts, "id", (json_int_t)f->id, "client", f->client, "host", f->host,
                     "method", f->method, "path", f->path, "status", f->status, "alpn_client",
                     f->alpn_client, "alpn_upstream", f->alpn_upstream, "bytes_up",
                     (json_int_t)f->bytes_up, "bytes_down", (json_int_t)f->bytes_down,
                     "duration_ms", gw_elapsed_ms(f->t0), "pii", pii, "action", f->action,
                     "refusal", f->refusal, "outcome", f->outcome);
}

static void audit(struct gw_exchange *x, const char *outcome)
{
    gw_record_t f = {&x->wall0,   &x->t0,        x->id,     x->ctx.client,  x->ctx.host,
                     x->method,   x->path,       x->status, x->client_alpn, x->up_alpn,
                     x->bytes_up, x->bytes_down, x->action, x->refusal,     outcome};
    json_t *r = gw_record_json(&f, x->xf);
    if (r) {
        gw_audit_write(r);
        json_decref(r);
    }
}

static void exchange_destroy(void *self)
{
    struct gw_exchange *x = self;
    free(x->fail_json);
    gw_xform_free(x->xf);
    gw_hdrs_clear(&x->resp_hdrs);
    gw_gen_release(x->gen);
    free(x);
}

static void report(struct gw_exchange *x, const char *outcome)
{
    log_request(x, outcome);
    gw_metrics_request(&x->w->srv->metrics, x->ctx.host, x->status, gw_elapsed_ms(&x->t0) / 1000.0);
    if (gw_audit_enabled()) {
        audit(x, outcome);
    }
}

/* Every ending goes through here: the log line, the metrics, the audit record; the memory goes
 * on the loop (defer.c), so an ending inside a sink call leaves x valid until the call returns. */
static void exchange_end(struct gw_exchange *x, const char *outcome)
{
    x->refusing = 0;
    report(x, outcome);
    gw_defer_free(&x->obj, exchange_destroy);
}

static gw_xform_env_t env_of(struct gw_exchange *x)
{
    gw_xform_env_t e = {x->gen->cfg,
                        x->gen->anon,
                        x->gen->domains,
                        x->gen->policy,
                        x->w->cfg->max_buffered_bytes,
                        1,
                        &x->gen->api_words,
                        x->w->srv->scan_cache};
    return e;
}

/* ---- our sink, called by upstream.c ---------------------------------------------------------- */

/* A complete response in the provider's error shape (json), or hush's plain error when there is
 * none (out of memory). Used for refusals found during start and for responses hush cannot
 * deliver before their head went out. The exchange is over already: only the client sink is
 * called. */
static void answer_error(const gw_sink_t *s, void *sarg, int status, const char *msg, char *json)
{
    if (!json) {
        s->fail(sarg, status, msg);
        return;
    }
    gw_hdrs_t h = {0};
    char len[24];
    int k = snprintf(len, sizeof(len), "%zu", strlen(json));
    gw_hdrs_add(&h, "content-type", 12, "application/json", 16);
    gw_hdrs_add(&h, "content-length", 14, len, (size_t)k);
    gw_hdrs_add(&h, "x-hush-refused", 14, "1", 1);
    if (status == 503) {
        gw_hdrs_add(&h, "retry-after", 11, "1", 1);
    }
    if (s->head(sarg, status, &h) == 0) {
        struct evbuffer *b = evbuffer_new();
        int rc = b ? evbuffer_add(b, json, strlen(json)) : -1;
        if (rc == 0) {
            rc = s->data(sarg, b);
        }
        if (b) {
            evbuffer_free(b);
        }
        if (rc == 0) {
            s->end(sarg, NULL);
        }
    }
    gw_hdrs_clear(&h);
}

/* The client side let go (its head or data returned non-zero: it expects no further call and
 * will not cancel). The exchange ends; returning -1 tells upstream.c to drop its request. */
static int client_gone(struct gw_exchange *x)
{
    x->up = NULL;
    exchange_end(x, "client_aborted");
    return -1;
}

/* hush cannot deliver this response (it cannot be restored, or it is over a limit). The exchange
 * ends here: the client gets the provider's error shape when nothing was sent yet, else the
 * response is aborted (h2 RST_STREAM, h1 close). Returns -1, which tells upstream.c to drop its
 * request (so x->up is never touched again). msg and code never contain response data. */
static int refuse_response(struct gw_exchange *x, int status, gw_refusal_t r, const char *msg)
{
    const char *code = gw_refusal_code(r);
    const gw_sink_t *s = x->sink;
    void *sarg = x->arg;
    int head_sent = x->head_sent;
    char q[200];
    gw_log(GW_LOG_WARN,
           "event=response_refused id=%llu host=%s upstream_status=%d status=%d code=%s "
           "head_sent=%s reason=%s",
           (unsigned long long)x->id, x->ctx.host, x->status, status, code,
           head_sent ? "true" : "false", gw_log_quote(q, sizeof(q), msg));
    atomic_fetch_add(&x->w->srv->metrics.responses_refused[gw_refusal_resp_metric(r)], 1);
    if (r == GW_REFUSAL_BUSY) {
        atomic_fetch_add(&x->w->srv->metrics.budget_refused[1], 1);
    }
    char *json = head_sent ? NULL : gw_xform_error_json(x->ctx.profile, status, code, msg);
    if (!head_sent) {
        x->status = status;
    }
    x->up = NULL;
    exchange_end(x, "response_refused");
    if (head_sent) {
        s->fail(sarg, status, msg);
    } else {
        answer_error(s, sarg, status, msg, json);
    }
    free(json);
    return -1;
}

static int send_head(struct gw_exchange *x)
{
    x->head_held = 0;
    x->head_sent = 1;
    return x->sink->head(x->arg, x->status, &x->resp_hdrs) == 0 ? 0 : client_gone(x);
}

static int up_head(void *arg, int status, const gw_hdrs_t *hdrs)
{
    struct gw_exchange *x = arg;
    x->status = status;
    x->up_alpn = gw_upstream_alpn(x->up);
    if (status < 200 || status > 599) {
        /* upstream.c passes only final statuses; never write what HTTP cannot carry */
        return refuse_response(x, 502, GW_REFUSAL_BAD_RESPONSE,
                               "the upstream sent an invalid status");
    }
    gw_xform_env_t env = env_of(x);
    gw_xform_refusal_t why = {0};
    int rc = gw_xform_response_head(&env, x->xf, x->ctx.profile, status, hdrs, &x->resp_hdrs, &why);
    if (rc != 0) {
        return refuse_response(x, why.status, why.refusal, why.msg);
    }
    if (gw_xform_restoring(x->xf)) {
        x->head_held = 1; /* sent with the first restored piece (or at the end) */
        return 0;
    }
    return send_head(x);
}

static int up_data(void *arg, struct evbuffer *chunk)
{
    struct gw_exchange *x = arg;
    x->bytes_down += evbuffer_get_length(chunk);
    gw_xform_refusal_t why = {0};
    if (gw_xform_response_data(x->xf, chunk, &why) != 0) {
        return refuse_response(x, why.status, why.refusal, why.msg);
    }
    if (x->head_held && send_head(x) != 0) {
        return -1;
    }
    if (evbuffer_get_length(chunk) == 0) {
        return 0; /* all held back for now */
    }
    return x->sink->data(x->arg, chunk) == 0 ? 0 : client_gone(x);
}

static void up_end(void *arg, const gw_hdrs_t *trailers)
{
    struct gw_exchange *x = arg;
    const gw_sink_t *s = x->sink;
    void *sarg = x->arg;
    gw_xform_refusal_t why = {0};
    struct evbuffer *tail = evbuffer_new();
    if (!tail) {
        refuse_response(x, 502, GW_REFUSAL_INTERNAL, "out of memory");
        return;
    }
    if (gw_xform_response_end(x->xf, tail, &why) != 0) {
        gw_evbuffer_wipe_free(tail);
        refuse_response(x, why.status, why.refusal, why.msg);
        return;
    }
    if (x->head_held && send_head(x) != 0) {
        gw_evbuffer_wipe_free(tail);
        return;
    }
    int rc = evbuffer_get_length(tail) ? s->data(sarg, tail) : 0;
    gw_evbuffer_wipe_free(tail);
    if (rc != 0) {
        client_gone(x);
        return;
    }
    x->up = NULL;
    exchange_end(x, "complete");
    s->end(sarg, trailers);
}

static void up_fail(void *arg, int status, const char *msg)
{
    struct gw_exchange *x = arg;
    const gw_sink_t *s = x->sink;
    void *sarg = x->arg;
    char q[200];
    if (!x->status) {
        x->status = status;
    }
    gw_upfail_t kind = x->up ? gw_upstream_fail_kind(x->up) : GW_UPFAIL_OTHER;
    atomic_fetch_add(&x->w->srv->metrics.upfail[kind], 1);
    gw_log(GW_LOG_WARN, "event=request_failed id=%llu host=%s status=%d kind=%s reason=%s",
           (unsigned long long)x->id, x->ctx.host, status, gw_upfail_name(kind),
           gw_log_quote(q, sizeof(q), msg));
    x->up = NULL;
    exchange_end(x, "failed");
    s->fail(sarg, status, msg);
}

static size_t up_backlog(void *arg)
{
    struct gw_exchange *x = arg;
    return x->sink->backlog(x->arg);
}

static const gw_sink_t up_sink = {up_head, up_data, up_end, up_fail, up_backlog};

/* A refusal decided during start. With a provider-shaped body it is a complete response the
 * SDK can parse; without one (out of memory) it is hush's plain error. */
static void deliver_refusal(void *self)
{
    struct gw_exchange *x = self;
    if (!x->refusing) { /* cancelled meanwhile: exchange_end reported it */
        exchange_destroy(x);
        return;
    }
    const gw_sink_t *s = x->sink;
    void *sarg = x->arg;
    int status = x->fail_status;
    const char *msg = x->fail_msg;
    char *json = x->fail_json;
    x->fail_json = NULL;
    x->status = status;
    char q[200];
    gw_log(GW_LOG_WARN, "event=request_refused id=%llu host=%s status=%d reason=%s",
           (unsigned long long)x->id, x->ctx.host, status, gw_log_quote(q, sizeof(q), msg));
    report(x, "refused");
    exchange_destroy(x);
    answer_error(s, sarg, status, msg, json);
    free(json);
}

/* The scan itself: on a pool thread (scanpool.c) or inline. Touches only x->scan. */
static void scan_work(void *arg)
{
    struct gw_exchange *x = arg;
    x->scan.rc =
        gw_xform_request(&x->scan.env, &x->scan.ctx, x->scan.req, &x->scan.xf, &x->scan.res);
}

/* The body is scanned (x->scan): forward it, or refuse. On the worker's loop. */
static void scanned(struct gw_exchange *x)
{
    gw_worker_t *w = x->w;
    gw_req_t *req = x->scan.req;
    gw_xform_result_t res = x->scan.res;
    x->scan.req = NULL;
    x->xf = x->scan.xf;
    x->scan.xf = NULL;
    const char *msg = NULL;
    int refuse = 0;
    if (x->scan.rc != 0) {
        refuse = res.status;
        msg = res.reason;
        x->fail_json = res.error_json;
        x->refusal = res.code;
        if (res.refusal == GW_REFUSAL_BLOCKED_PII) {
            atomic_fetch_add(&w->srv->metrics.blocked_requests, 1);
        } else {
            atomic_fetch_add(&w->srv->metrics.refused[gw_refusal_metric(res.refusal)], 1);
        }
    }
    int blocked = refuse && res.refusal == GW_REFUSAL_BLOCKED_PII;
    x->action = blocked           ? "blocked"
                : refuse          ? "refused"
                : res.passthrough ? "passthrough"
                : res.unscanned   ? "unscanned"
                : res.found       ? "masked"
                : res.kept        ? "audited"
                                  : "none";
    gw_xform_count_metrics(x->xf, &w->srv->metrics);
    x->found = res.found + res.kept;
    x->bytes_up = refuse ? 0 : evbuffer_get_length(req->body); /* what went upstream */
    if (!refuse) {
        x->up = gw_upstream_send(w, x->ctx.host, x->ctx.port, req, &up_sink, x);
        if (x->up) {
            return;
        }
        refuse = 500;
        msg = "out of memory";
        req = NULL; /* upstream.c took it */
    }
    gw_req_free(req);
    x->fail_status = refuse;
    x->fail_msg = msg;
    x->refusing = 1;
    gw_defer_free(&x->obj, deliver_refusal); /* never from inside start (see the top) */
}

/* A pool scan came back (scanpool.c), on the worker's loop. A cancelled exchange (dying) or a
 * stopping worker (dropped) sends nothing: what the scan made is wiped and freed. */
static void scan_done(void *arg, int dropped)
{
    struct gw_exchange *x = arg;
    x->job = NULL;
    if (dropped || gw_obj_dying(&x->obj)) {
        gw_req_free(x->scan.req);
        gw_xform_free(x->scan.xf);
        free(x->scan.res.error_json);
        x->scan.req = NULL;
        x->scan.xf = NULL;
        if (!gw_obj_dying(&x->obj)) {
            exchange_end(x, "worker_stopped");
        }
    } else {
        scanned(x);
    }
    gw_release(&x->obj);
}

gw_exchange_t *gw_exchange_start(gw_worker_t *w, const gw_mitm_ctx_t *ctx, gw_req_t *req,
                                 const gw_sink_t *sink, void *arg)
{
    struct gw_exchange *x = calloc(1, sizeof(*x));
    if (!x) {
        gw_req_free(req);
        return NULL;
    }
    x->w = w;
    gw_obj_init(&x->obj, &w->reaper, x);
    x->ctx = *ctx;
    x->ctx.cl = NULL; /* the connection's, not this exchange's */
    x->sink = sink;
    x->arg = arg;
    x->id = atomic_fetch_add(&next_id, 1);
    x->gen = gw_gen_acquire(w->srv);
    gettimeofday(&x->t0, NULL);
    x->wall0 = x->t0;
    x->client_alpn = req->client_alpn ? req->client_alpn : "http/1.1";
    gw_copy_str(x->method, sizeof(x->method), req->method, SIZE_MAX);
    /* The redacted path feeds only the request's log line (info) and its audit record: with
     * neither on, its scan of the path is skipped. One that begins meanwhile (a reload, the
     * inspector opened) shows '-' for requests that started before. */
    if (gw_log_enabled(GW_LOG_INFO) || gw_audit_enabled()) {
        gw_redact_path(x->gen->anon, req->path, x->path, sizeof(x->path));
    } else {
        x->path[0] = '-';
    }
    atomic_fetch_add(&w->srv->counters.requests, 1);

    x->scan.env = env_of(x);
    x->scan.ctx = x->ctx;
    x->scan.req = req;
    /* a body the pool takes may spread its detection over the threads idle now (psplit) */
    x->scan.env.split_threads = gw_scan_split_threads(w);
    x->job = gw_scan_submit(w, evbuffer_get_length(req->body), scan_work, scan_done, x);
    if (x->job) {
        gw_hold(&x->obj); /* scan_done releases it */
        return x;
    }
    x->scan.env.split_threads = 1; /* on the loop: small, or the pool is busy or absent */
    scan_work(x);
    scanned(x);
    return x;
}

/* ---- the request checks h1 and h2 share ------------------------------------------------------ */

static const struct {
    int status;
    const char *text;
} rejects[GW_REQ_REJECT_N] = {
    [GW_REQ_OK] = {0, ""},
    [GW_REQ_MALFORMED] = {400, "malformed request"},
    [GW_REQ_CONNECT] = {405, "CONNECT is not supported inside an intercepted connection"},
    [GW_REQ_BODY_TOO_LARGE] = {413, "request body larger than maxBodyBytes; it was not forwarded"},
    [GW_REQ_MISDIRECTED] = {421, "this connection serves only the host it was opened for"},
    [GW_REQ_HEAD_TOO_LARGE] = {431, "request head too large"},
    [GW_REQ_NOMEM] = {500, "out of memory"},
    [GW_REQ_TRANSFER_CODING] = {501, "only chunked transfer coding is supported; the body was "
                                     "not sent"},
    [GW_REQ_BUSY] = {503, "hush is holding too many request bodies (maxBufferedBytes); try again"},
};

int gw_req_reject_status(gw_req_reject_t r)
{
    return r > GW_REQ_OK && r < GW_REQ_REJECT_N ? rejects[r].status : 500;
}

const char *gw_req_reject_text(gw_req_reject_t r)
{
    return r > GW_REQ_OK && r < GW_REQ_REJECT_N ? rejects[r].text : "internal error";
}

gw_req_reject_t gw_req_check(const gw_req_t *req, const char *host, int ext_connect,
                             int64_t declared, size_t max_body)
{
    if (!strcmp(req->method, "CONNECT") && !ext_connect) {
        return GW_REQ_CONNECT;
    }
    if (!req->authority) {
        return GW_REQ_NOMEM;
    }
    if (!gw_authority_is_host(req->authority, host)) {
        return GW_REQ_MISDIRECTED;
    }
    if (declared >= 0 && (uint64_t)declared > max_body) {
        return GW_REQ_BODY_TOO_LARGE;
    }
    return GW_REQ_OK;
}

uint64_t gw_exchange_next_id(void)
{
    return atomic_fetch_add(&next_id, 1);
}

void gw_exchange_cancel(gw_exchange_t *x)
{
    if (!x) {
        return;
    }
    if (x->up) {
        gw_upstream_cancel(x->up);
    }
    gw_scan_cancel(x->job); /* scan_done frees what it made */
    exchange_end(x, "client_cancelled");
}

void gw_exchange_resume(gw_exchange_t *x)
{
    if (x && x->up) {
        gw_upstream_resume(x->up);
    }
}
