/* transform: what hush does to an intercepted request body and its response, via anonymize/.
 *
 * Fail closed: a body that is not scanned is not forwarded. Every refusal names the reason in the
 * provider's own error shape and never quotes the body. The session (value <-> token map) lives
 * in the gw_xform_t and is wiped when the exchange frees it.
 */
#include "gateway/exchange/exchange.h"

#include "anonymize/anonymize.h"
#include "domains/domains.h"

#include <fnmatch.h>
#include <openssl/mem.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct gw_xform {
    char msg[320]; /* a refusal naming PII types (never values); lives as long as the xform */
    const anon_engine_t *engine;
    anon_session_t *session;
    anon_restorer_t *restorer; /* NULL: the response passes unchanged */
    anon_decoder_t *decoder;   /* response Content-Encoding being removed */
    anon_buf_t out, plain;
    size_t max_body;
    /* responses: the limits, what came in (encoded) and went out of the decoder, and what the
     * restorer's held bytes took from the buffered-bytes budget */
    size_t max_resp, buf_limit, budget;
    unsigned ratio;
    int head_req;       /* HEAD: a response Content-Length describes no body */
    const uint8_t *act; /* the host's policy: GW_ACT_* per PII type */
    size_t ntypes;
    uint64_t enc_in, dec_out;
};

#define RATIO_FLOOR ((uint64_t)1 << 20) /* the ratio cap counts once this much was decoded */
#define DECODE_SLICE 16384              /* encoded bytes decoded at a time */
/* bodies from this size split their detection over threads: a thread costs ~50 us to start and
 * join, 64 KiB takes ~0.8 ms to scan */
#define SPLIT_MIN_BYTES ((size_t)128 << 10)

/* Why a response stops (besides the anon_* errors). */
enum { RESP_TOO_LARGE = -100, RESP_RATIO = -101, RESP_BUSY = -102 };

static anon_profile_t profile_of(int dom_profile)
{
    switch (dom_profile) {
    case DOM_PROFILE_OPENAI:
        return ANON_PROFILE_OPENAI;
    case DOM_PROFILE_ANTHROPIC:
        return ANON_PROFILE_ANTHROPIC;
    case DOM_PROFILE_GEMINI:
        return ANON_PROFILE_GEMINI;
    case DOM_PROFILE_COHERE:
        return ANON_PROFILE_COHERE;
    default:
        return ANON_PROFILE_GENERIC;
    }
}

/* {"error":...} in the shape the provider's SDKs parse. msg never contains request data. */
char *gw_xform_error_json(int dom_profile, int status, const char *code, const char *msg)
{
    char *out = NULL;
    const char *type = status == 413 ? "request_too_large" : "invalid_request_error";
    int n;
    if (dom_profile == DOM_PROFILE_ANTHROPIC) {
        n = asprintf(&out,
                     "{\"type\":\"error\",\"error\":{\"type\":\"%s\",\"message\":\"hush: %s\"}}",
                     type, msg);
    } else if (dom_profile == DOM_PROFILE_GEMINI) {
        n = asprintf(&out, "{\"error\":{\"code\":%d,\"message\":\"hush: %s\",\"status\":\"%s\"}}",
                     status, msg, status == 413 ? "RESOURCE_EXHAUSTED" : "INVALID_ARGUMENT");
    } else {
        n = asprintf(&out,
                     "{\"error\":{\"message\":\"hush: %s\",\"type\":\"%s\",\"param\":null,"
                     "\"code\":\"%s\"}}",
                     msg, type, code);
    }
    return n < 0 ? NULL : out;
}

static int host_listed(const gw_strlist_t *l, const char *host)
{
    for (size_t i = 0; i < l->n; i++) {
        if (fnmatch(l->v[i], host, FNM_CASEFOLD) == 0) {
            return 1;
        }
    }
    return 0;
}

#define BODY_MULTIPART 100 /* besides anon_body_kind_t */

/* JSON, text, multipart (with its boundary), or -1 for a type hush cannot scan. No
 * Content-Type: JSON (what SDKs send). */
static int body_kind(const gw_req_t *req, char *boundary, size_t cap)
{
    size_t n = 0;
    const char *ct = gw_hdrs_get(&req->hdrs, "content-type", &n);
    if (!ct) {
        return ANON_BODY_JSON;
    }
    char v[128];
    gw_copy_str(v, sizeof(v), ct, n);
    if (!strncasecmp(v, "multipart/form-data", 19)) {
        /* boundary=... or boundary="..." (RFC 2046: 1 to 70 characters) */
        const char *b = strcasestr(ct, "boundary=");
        size_t bl = 0;
        if (b && (size_t)(b - ct) < n) {
            b += 9;
            size_t rest = n - (size_t)(b - ct);
            int q = rest && *b == '"';
            b += q;
            rest -= (size_t)q;
            while (bl < rest && b[bl] != (q ? '"' : ';') && (q || b[bl] != ' ')) {
                bl++;
            }
        }
        if (bl == 0 || bl >= cap) {
            return -1;
        }
        memcpy(boundary, b, bl);
        boundary[bl] = '\0';
        return BODY_MULTIPART;
    }
    char *semi = strchr(v, ';');
    if (semi) {
        *semi = '\0';
    }
    for (char *p = v; *p; p++) {
        *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    }
    size_t len = strlen(v);
    while (len && v[len - 1] == ' ') {
        v[--len] = '\0';
    }
    if (!strcmp(v, "application/json") || (len > 5 && !strcmp(v + len - 5, "+json"))) {
        return ANON_BODY_JSON;
    }
    if (!strncmp(v, "text/", 5) || !strcmp(v, "application/x-ndjson")) {
        return ANON_BODY_TEXT;
    }
    return -1;
}

/* ---- refusals: one enum, one code each ------------------------------------------------------ */

static const struct {
    const char *code; /* in the provider-shaped error body and the audit record */
    int req_metric;   /* GW_REFUSE_*: hush_refused_requests_total's reason (blocked: its own) */
    int resp_metric;  /* GW_RESP_REFUSE_*: hush_responses_refused_total's reason */
} refusals[GW_REFUSAL_N] = {
    [GW_REFUSAL_NONE] = {"", GW_REFUSE_OTHER, GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_INVALID_JSON] = {"hush_invalid_json", GW_REFUSE_INVALID_JSON, GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_UNSCANNABLE] = {"hush_unscannable_body", GW_REFUSE_UNSCANNABLE,
                                GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_UNKNOWN_ENCODING] = {"hush_unknown_encoding", GW_REFUSE_UNKNOWN_ENCODING,
                                     GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_BAD_ENCODING] = {"hush_bad_encoding", GW_REFUSE_BAD_ENCODING, GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_TOO_LARGE] = {"hush_too_large", GW_REFUSE_TOO_LARGE, GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_SIGNED_BODY] = {"hush_signed_body", GW_REFUSE_SIGNED_BODY, GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_BLOCKED_PII] = {"hush_blocked_pii", GW_REFUSE_OTHER, GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_AMBIGUOUS_PATH] = {"hush_ambiguous_path", GW_REFUSE_OTHER, GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_INTERNAL] = {"hush_internal", GW_REFUSE_OTHER, GW_RESP_REFUSE_OTHER},
    [GW_REFUSAL_RESPONSE_TOO_LARGE] = {"hush_response_too_large", GW_REFUSE_OTHER,
                                       GW_RESP_REFUSE_TOO_LARGE},
    [GW_REFUSAL_RESPONSE_RATIO] = {"hush_response_ratio", GW_REFUSE_OTHER, GW_RESP_REFUSE_RATIO},
    [GW_REFUSAL_BAD_RESPONSE] = {"hush_bad_response", GW_REFUSE_OTHER, GW_RESP_REFUSE_BAD},
    [GW_REFUSAL_BUSY] = {"hush_busy", GW_REFUSE_OTHER, GW_RESP_REFUSE_BUSY},
};

static gw_refusal_t refusal_ok(gw_refusal_t r)
{
    return r > GW_REFUSAL_NONE && r < GW_REFUSAL_N ? r : GW_REFUSAL_INTERNAL;
}

const char *gw_refusal_code(gw_refusal_t r)
{
    return refusals[refusal_ok(r)].code;
}

int gw_refusal_metric(gw_refusal_t r)
{
    return refusals[refusal_ok(r)].req_metric;
}

int gw_refusal_resp_metric(gw_refusal_t r)
{
    return refusals[refusal_ok(r)].resp_metric;
}

static int refuse(int dom_profile, int status, gw_refusal_t r, const char *msg,
                  gw_xform_result_t *res)
{
    res->status = status;
    res->reason = msg;
    res->refusal = r;
    res->code = gw_refusal_code(r);
    res->error_json = gw_xform_error_json(dom_profile, status, res->code, msg);
    return -1;
}

/* A request about to be forwarded: its path and headers masked where policy says so (after the
 * body, so the same value gets the same token), its counts final. */
static int forward(const gw_xform_env_t *env, const gw_mitm_ctx_t *ctx, gw_xform_t *x,
                   const uint8_t *act, gw_req_t *req, gw_xform_result_t *res, size_t target_kept)
{
    if (gw_reqscan(env, x->session, act, req, 1, x->msg, sizeof(x->msg), NULL) < 0) {
        return refuse(ctx->profile, 500, GW_REFUSAL_INTERNAL, "out of memory", res);
    }
    res->found = anon_session_total(x->session);
    res->kept += target_kept;
    return 0;
}

/* A multipart/form-data body rewritten into out; a refusal in res on error. */
static int rewrite_multipart(const gw_xform_env_t *env, const gw_mitm_ctx_t *ctx, gw_xform_t *x,
                             const char *boundary, const uint8_t *raw, size_t len, anon_buf_t *out,
                             gw_xform_result_t *res)
{
    char err[200] = "";
    int fwd = host_listed(&env->cfg->forward_unscannable, ctx->host);
    int rc = anon_rewrite_multipart(x->session, boundary, strlen(boundary), fwd, raw, len, out, err,
                                    sizeof(err));
    if (rc >= 0) {
        res->unscanned = rc > 0; /* binary parts went as they came (forwardUnscannable) */
        return 0;
    }
    if (rc == ANON_ERR_UNSCANNABLE) {
        snprintf(x->msg, sizeof(x->msg), "%s, so the body was not sent (see forwardUnscannable)",
                 err);
        return refuse(ctx->profile, 415, GW_REFUSAL_UNSCANNABLE, x->msg, res);
    }
    snprintf(x->msg, sizeof(x->msg), "%s; it was not sent", err);
    return refuse(ctx->profile, rc == ANON_ERR_NOMEM ? 500 : 400,
                  rc == ANON_ERR_NOMEM ? GW_REFUSAL_INTERNAL : GW_REFUSAL_UNSCANNABLE, x->msg, res);
}

/* The body decoded (Content-Encoding) and rewritten into *rewritten; a refusal in res. */
static int scan_body(const gw_xform_env_t *env, const gw_mitm_ctx_t *ctx, gw_xform_t *x,
                     gw_req_t *req, int kind, const char *boundary, const char *enc, size_t elen,
                     const uint8_t *raw, size_t len, anon_buf_t *plain, anon_buf_t *rewritten,
                     gw_xform_result_t *res)
{
    if (enc) {
        char e[64];
        snprintf(e, sizeof(e), "%.*s", (int)(elen < 63 ? elen : 63), enc);
        anon_decoder_t *d = anon_decoder_new(e);
        if (!d) {
            return refuse(ctx->profile, 415, GW_REFUSAL_UNKNOWN_ENCODING,
                          "unknown Content-Encoding; the body could not be scanned, so it was "
                          "not sent",
                          res);
        }
        int rc = anon_decoder_feed(d, raw, len, plain, x->max_body);
        if (rc == 0) {
            rc = anon_decoder_finish(d);
        }
        anon_decoder_free(d);
        if (rc != 0) {
            return refuse(ctx->profile, rc == ANON_ERR_TOO_LARGE ? 413 : 400,
                          rc == ANON_ERR_TOO_LARGE ? GW_REFUSAL_TOO_LARGE : GW_REFUSAL_BAD_ENCODING,
                          rc == ANON_ERR_TOO_LARGE
                              ? "decompressed body larger than maxBodyBytes; it was not sent"
                              : "the compressed body is corrupt; it was not sent",
                          res);
        }
        raw = plain->data;
        len = plain->len;
        gw_hdrs_del(&req->hdrs, "content-encoding"); /* sent on as identity */
    }
    anon_rewrite_opts_t opts = {.profile = profile_of(ctx->profile),
                                .add_instruction = env->cfg->add_instruction};
    char err[160];
    /* about the body's size, allocated once: grown by doubling, a large body's output would be
     * held twice over on its last step and keep up to twice its size */
    if (anon_buf_reserve(rewritten, len + len / 8 + 4096) != 0) {
        return refuse(ctx->profile, 500, GW_REFUSAL_INTERNAL, "out of memory", res);
    }
    if (kind == BODY_MULTIPART) {
        return rewrite_multipart(env, ctx, x, boundary, raw, len, rewritten, res);
    }
    /* a large body's detection spread over the idle scan threads: the same bytes out */
    /* (not with the scan cache: a split's strings are detected ahead and never looked up) */
    unsigned split =
        len >= SPLIT_MIN_BYTES && env->split_threads > 1 && !env->cache ? env->split_threads : 1;
    if (split > 1) {
        gw_log(GW_LOG_DEBUG, "event=scan_split threads=%u bytes=%zu", split, len);
    }
    int rc = anon_rewrite_par(x->session, (anon_body_kind_t)kind, &opts, raw, len, split, rewritten,
                              err, sizeof(err));
    if (env->cache && gw_log_enabled(GW_LOG_DEBUG)) { /* the server's totals, no request data */
        anon_scan_cache_stats_t st;
        anon_scan_cache_stats(env->cache, &st);
        gw_log(GW_LOG_DEBUG, "event=scan_cache lookups=%llu hits=%llu entries=%zu bytes=%zu",
               (unsigned long long)st.lookups, (unsigned long long)st.hits, st.entries, st.bytes);
    }
    if (rc != 0) {
        int status = rc == ANON_ERR_TOO_LARGE ? 413 : rc == ANON_ERR_NOMEM ? 500 : 400;
        return refuse(ctx->profile, status,
                      rc == ANON_ERR_JSON        ? GW_REFUSAL_INVALID_JSON
                      : rc == ANON_ERR_TOO_LARGE ? GW_REFUSAL_TOO_LARGE
                                                 : GW_REFUSAL_UNSCANNABLE,
                      rc == ANON_ERR_JSON    ? "the body is declared JSON but is not valid JSON; "
                                               "it was not sent"
                      : rc == ANON_ERR_DEPTH ? "the JSON body is nested too deeply to scan; it "
                                               "was not sent"
                                             : "the body could not be scanned; it was not sent",
                      res);
    }
    return 0;
}

/* After the scan: policy (a blocked type) and signed bodies; a refusal in res. */
static int check_scanned(const gw_xform_env_t *env, const gw_mitm_ctx_t *ctx, gw_xform_t *x,
                         const uint8_t *act, size_t ntypes, const gw_req_t *req,
                         gw_xform_result_t *res)
{
    res->found = anon_session_total(x->session);
    size_t blocked = 0, o = 0;
    char types[200] = "";
    for (size_t t = 0; t < ntypes; t++) {
        res->kept += anon_session_kept(x->session, t);
        if (act[t] == GW_ACT_BLOCK && anon_session_count(x->session, t) && o < sizeof(types)) {
            o += (size_t)snprintf(types + o, sizeof(types) - o, "%s%s", blocked ? ", " : "",
                                  anon_engine_type_name(env->engine, t));
            blocked++;
        }
    }
    if (blocked) {
        snprintf(x->msg, sizeof(x->msg),
                 "the request contains %.200s, which policy does not let leave; it was not sent",
                 types);
        return refuse(ctx->profile, 403, GW_REFUSAL_BLOCKED_PII, x->msg, res);
    }
    size_t alen = 0;
    const char *auth = gw_hdrs_get(&req->hdrs, "authorization", &alen);
    int signed_body =
        dom_signs_body(ctx->host) || (auth && alen >= 16 && !strncmp(auth, "AWS4-HMAC-SHA256", 16));
    if (res->found && signed_body) {
        return refuse(ctx->profile, 403, GW_REFUSAL_SIGNED_BODY,
                      "the request body contains personal data and is signed (AWS SigV4); hush "
                      "cannot remove it without breaking the signature, so it was not sent",
                      res);
    }
    return 0;
}

/* The rewritten body's memory, once the request body (a reference to it) is sent or freed:
 * wiped over every byte ever written (extra: anon_buf_written, past len where the rewrite took
 * bytes back), as anon_buf_free would. */
static void free_rewritten(const void *data, size_t len, void *extra)
{
    (void)len;
    OPENSSL_cleanse((void *)data, (size_t)(uintptr_t)extra);
    free((void *)data);
}

/* The rewritten body becomes the request body, handed over by reference (no copy: a large body
 * would be held twice), or nothing changes and the request is refused: the reference is added
 * after the original bytes and only then are those wiped off the front, so a failed add never
 * leaves a short body to go upstream (and no second evbuffer is made per request). */
static int replace_body(const gw_mitm_ctx_t *ctx, gw_req_t *req, anon_buf_t *rewritten,
                        gw_xform_result_t *res)
{
    size_t old = evbuffer_get_length(req->body);
    if (rewritten->len &&
        evbuffer_add_reference(req->body, rewritten->data, rewritten->len, free_rewritten,
                               (void *)(uintptr_t)anon_buf_written(rewritten)) != 0) {
        return refuse(ctx->profile, 500, GW_REFUSAL_INTERNAL,
                      "out of memory while rewriting the body; it was not sent", res);
    }
    const void *ref = rewritten->data;
    if (rewritten->len) {
        *rewritten = (anon_buf_t){0}; /* req->body owns it now */
    }
    gw_evbuffer_wipe_drain(req->body, old);
    req->body_ref = evbuffer_get_length(req->body) ? ref : NULL; /* wipes itself: gw_req_free */
    return 0;
}

gw_xform_t *gw_xform_new(const gw_xform_env_t *env, const gw_mitm_ctx_t *ctx)
{
    gw_xform_t *x = calloc(1, sizeof(*x));
    if (!x || !(x->session = anon_session_new(env->engine))) {
        free(x);
        return NULL;
    }
    x->max_body = env->cfg->max_body_bytes;
    x->max_resp = env->cfg->max_response_bytes;
    x->ratio = env->cfg->max_response_ratio;
    x->buf_limit = env->max_buffered;
    x->engine = env->engine;
    x->act = gw_policy_for(env->policy, ctx->host);
    if (env->cache) { /* an agent's next turn: only its new strings are scanned */
        anon_session_set_cache(x->session, env->cache, ctx->part, strlen(ctx->part));
    }
    x->ntypes = gw_policy_ntypes(env->policy);
    for (size_t t = 0; t < x->ntypes; t++) {
        if (x->act[t] == GW_ACT_AUDIT) {
            anon_session_keep(x->session, t);
        }
    }
    return x;
}

int gw_xform_request(const gw_xform_env_t *env, const gw_mitm_ctx_t *ctx, gw_req_t *req,
                     gw_xform_t **out, gw_xform_result_t *res)
{
    memset(res, 0, sizeof(*res));
    *out = NULL;
    int pass = dom_passthrough_check(env->domains, ctx->host, req->path);
    if (pass < 0) {
        return refuse(ctx->profile, 400, GW_REFUSAL_AMBIGUOUS_PATH,
                      "the path is a sign-in path as written but not once dot segments, %XX, '//' "
                      "and ';' are resolved (or the reverse); send it normalised",
                      res);
    }
    if (pass > 0) {
        res->passthrough = 1;
        return 0;
    }
    gw_xform_t *x = gw_xform_new(env, ctx);
    if (!x) {
        return refuse(ctx->profile, 500, GW_REFUSAL_INTERNAL, "out of memory", res);
    }
    x->head_req = !strcmp(req->method, "HEAD");
    const uint8_t *act = x->act;
    size_t ntypes = x->ntypes;
    *out = x;
    /* Ask upstream only for encodings the restorer can undo. */
    gw_hdrs_del(&req->hdrs, "accept-encoding");
    gw_hdrs_add(&req->hdrs, "accept-encoding", 15, anon_accept_encoding(),
                strlen(anon_accept_encoding()));

    /* the path, query and headers first: a request refused for them is refused at once */
    gw_reqscan_reserve(x->session, req);
    size_t tkept = 0;
    int scan = gw_reqscan(env, x->session, act, req, 0, x->msg, sizeof(x->msg), &tkept);
    if (scan != 0) {
        return scan < 0 ? refuse(ctx->profile, 500, GW_REFUSAL_INTERNAL, "out of memory", res)
                        : refuse(ctx->profile, 403, GW_REFUSAL_BLOCKED_PII, x->msg, res);
    }

    size_t len = evbuffer_get_length(req->body);
    if (len == 0) {
        return forward(env, ctx, x, act, req, res, tkept);
    }
    char boundary[80];
    int kind = body_kind(req, boundary, sizeof(boundary));
    if (kind < 0) {
        if (host_listed(&env->cfg->forward_unscannable, ctx->host)) {
            res->unscanned = 1;
            return forward(env, ctx, x, act, req, res, tkept);
        }
        return refuse(ctx->profile, 415, GW_REFUSAL_UNSCANNABLE,
                      "this content type cannot be scanned for personal data, so it was not "
                      "sent (see forwardUnscannable)",
                      res);
    }
    anon_buf_t plain = {0}, rewritten = {0};
    size_t elen = 0;
    const char *enc = gw_hdrs_get(&req->hdrs, "content-encoding", &elen);
    /* A body received into one block (gw_req_size_body) is scanned where it is. Otherwise it
     * is moved into one flat block (evbuffer_pullup would free the chains it merges unwiped),
     * wiped below. From here the request goes upstream with the rewritten body or not at all,
     * so the original is not kept beside it: replace_body wipes the block in place. */
    size_t blen = len;
    struct evbuffer_iovec one;
    uint8_t *body = NULL;
    int in_place = evbuffer_peek(req->body, -1, NULL, &one, 1) == 1 && one.iov_len == len;
    if (in_place) {
        body = one.iov_base;
    } else if ((body = malloc(blen)) != NULL) {
        gw_evbuffer_take_wiped(req->body, body, blen);
    } else {
        return refuse(ctx->profile, 500, GW_REFUSAL_INTERNAL, "out of memory", res);
    }
    int rc =
        scan_body(env, ctx, x, req, kind, boundary, enc, elen, body, blen, &plain, &rewritten, res);
    if (!in_place) {
        OPENSSL_cleanse(body, blen);
        free(body);
    }
    anon_buf_free(&plain);
    if (rc == 0) {
        rc = check_scanned(env, ctx, x, act, ntypes, req, res);
    }
    if (rc == 0) {
        rc = replace_body(ctx, req, &rewritten, res);
    }
    if (rc != 0 && in_place) {
        gw_evbuffer_wipe(req->body); /* refused: the original goes no further either */
    }
    anon_buf_free(&rewritten);
    return rc == 0 ? forward(env, ctx, x, act, req, res, tkept) : rc;
}

/* ---- WebSocket text messages: the same session, policy and refusals as request bodies -------- */

static int looks_json(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n') {
            continue;
        }
        return p[i] == '{' || p[i] == '[';
    }
    return 0;
}

static size_t blocked_count(const gw_xform_t *x)
{
    size_t n = 0;
    for (size_t t = 0; t < x->ntypes; t++) {
        if (x->act[t] == GW_ACT_BLOCK) {
            n += anon_session_count(x->session, t);
        }
    }
    return n;
}

/* A refusal for a message: no error body (the WebSocket closes with a code instead). */
static int refuse_message(gw_refusal_t r, const char *msg, gw_xform_result_t *res)
{
    res->status = 0;
    res->refusal = r;
    res->code = gw_refusal_code(r);
    res->reason = msg;
    return -1;
}

int gw_xform_message(gw_xform_t *x, const uint8_t *p, size_t n, anon_buf_t *out,
                     gw_xform_result_t *res)
{
    memset(res, 0, sizeof(*res));
    anon_rewrite_opts_t opts = {.profile = ANON_PROFILE_GENERIC, .add_instruction = 0};
    char err[160];
    size_t blocked0 = blocked_count(x);
    int rc = ANON_ERR_JSON;
    if (looks_json(p, n)) {
        rc = anon_rewrite(x->session, ANON_BODY_JSON, &opts, p, n, out, err, sizeof(err));
    }
    if (rc == ANON_ERR_JSON || rc == ANON_ERR_DEPTH) {
        /* Not JSON (or too deep to walk): scanned as text, so nothing leaves unscanned. */
        anon_buf_reset(out);
        rc = anon_rewrite(x->session, ANON_BODY_TEXT, &opts, p, n, out, err, sizeof(err));
    }
    if (rc == ANON_ERR_ENCODING) {
        return refuse_message(GW_REFUSAL_BAD_ENCODING, "text message is not valid UTF-8; not sent",
                              res);
    }
    if (rc == ANON_ERR_NOMEM) {
        return refuse_message(GW_REFUSAL_INTERNAL, "out of memory", res);
    }
    if (rc != 0) {
        return refuse_message(GW_REFUSAL_UNSCANNABLE, "the message could not be scanned; not sent",
                              res);
    }
    if (blocked_count(x) > blocked0) {
        /* fits a close frame's reason with "hush: " before it (123 bytes) */
        size_t o = (size_t)snprintf(x->msg, 100, "message contains "), k = 0;
        for (size_t t = 0; t < x->ntypes && o + 1 < 100; t++) {
            if (x->act[t] == GW_ACT_BLOCK && anon_session_count(x->session, t)) {
                o += (size_t)snprintf(x->msg + o, 100 - o, "%s%s", k++ ? "," : "",
                                      anon_engine_type_name(x->engine, t));
            }
        }
        return refuse_message(GW_REFUSAL_BLOCKED_PII, x->msg, res);
    }
    res->found = anon_session_total(x->session);
    return 0;
}

int gw_xform_restore_message(gw_xform_t *x, const uint8_t *p, size_t n, anon_buf_t *out)
{
    anon_resp_kind_t kind = looks_json(p, n) ? ANON_RESP_JSON : ANON_RESP_TEXT;
    anon_restorer_t *r = anon_restorer_new(x->session, kind, ANON_PROFILE_GENERIC);
    int rc = r ? anon_restorer_feed(r, p, n, out) : ANON_ERR_NOMEM;
    if (rc == 0) {
        rc = anon_restorer_finish(r, out);
    }
    anon_restorer_free(r);
    return rc == 0 ? 0 : -1;
}

size_t gw_xform_found(const gw_xform_t *x)
{
    return x ? anon_session_total(x->session) : 0;
}

size_t gw_xform_kept(const gw_xform_t *x)
{
    size_t kept = 0;
    for (size_t t = 0; x && t < x->ntypes; t++) {
        kept += anon_session_kept(x->session, t);
    }
    return kept;
}

/* ---- responses ---------------------------------------------------------------------------- */

static int response_refusal(int rc, gw_xform_refusal_t *why)
{
    why->status = 502;
    switch (rc) {
    case RESP_TOO_LARGE:
        why->refusal = GW_REFUSAL_RESPONSE_TOO_LARGE;
        why->msg = "the response is larger than maxResponseBytes; it was not delivered";
        break;
    case RESP_RATIO:
        why->refusal = GW_REFUSAL_RESPONSE_RATIO;
        why->msg = "the compressed response expands more than maxResponseRatio allows (a "
                   "decompression bomb?); it was not delivered";
        break;
    case RESP_BUSY:
        why->status = 503;
        why->refusal = GW_REFUSAL_BUSY;
        why->msg = "hush is holding too many response bodies (maxBufferedBytes); try again";
        break;
    case ANON_ERR_NOMEM:
        why->refusal = GW_REFUSAL_INTERNAL;
        why->msg = "out of memory while restoring the response";
        break;
    case ANON_ERR_TOO_LARGE:
        why->refusal = GW_REFUSAL_BAD_RESPONSE;
        why->msg = "an event in the response is too large to restore; it was not delivered";
        break;
    default:
        why->refusal = GW_REFUSAL_BAD_RESPONSE;
        why->msg = "the response could not be decoded to restore its placeholders; it was not "
                   "delivered";
        break;
    }
    why->code = gw_refusal_code(why->refusal);
    return -1;
}

int gw_xform_response_head(const gw_xform_env_t *env, gw_xform_t *x, int dom_profile, int status,
                           const gw_hdrs_t *in, gw_hdrs_t *out, gw_xform_refusal_t *why)
{
    (void)env;
    int restore = x && anon_session_total(x->session) > 0;
    size_t n = 0;
    const char *ct = gw_hdrs_get(in, "content-type", &n);
    anon_resp_kind_t kind = ANON_RESP_TEXT;
    if (restore) {
        char v[128];
        gw_copy_str(v, sizeof(v), ct ? ct : "", n);
        for (char *p = v; *p; p++) {
            *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        }
        if (strstr(v, "text/event-stream")) {
            kind = ANON_RESP_SSE;
        } else if (strstr(v, "json")) {
            kind = ANON_RESP_JSON;
        } else if (!strncmp(v, "text/", 5) || !ct) {
            kind = ANON_RESP_TEXT;
        } else {
            restore = 0; /* binary: tokens cannot be in it in a form we could restore */
        }
    }
    size_t elen = 0;
    const char *enc = restore ? gw_hdrs_get(in, "content-encoding", &elen) : NULL;
    if (enc && !(elen == 8 && !strncasecmp(enc, "identity", 8))) {
        char e[64];
        snprintf(e, sizeof(e), "%.*s", (int)(elen < 63 ? elen : 63), enc);
        x->decoder = anon_decoder_new(e);
        if (!x->decoder) {
            restore = 0; /* tokens stay tokens: nothing leaks, the client sees placeholders */
            gw_log(GW_LOG_WARN, "event=restore_skipped reason=unknown_content_encoding");
        }
    }
    size_t cl_len = 0;
    int bodiless = x && (x->head_req || status == 204 || status == 304);
    const char *cl =
        restore && !x->decoder && !bodiless ? gw_hdrs_get(in, "content-length", &cl_len) : NULL;
    if (cl) {
        /* identity with a length: over the cap is known before a byte is read */
        char v[32];
        gw_copy_str(v, sizeof(v), cl, cl_len);
        char *end = NULL;
        unsigned long long len = strtoull(v, &end, 10);
        if (end != v && len > x->max_resp) {
            return response_refusal(RESP_TOO_LARGE, why);
        }
    }
    for (size_t i = 0; i < in->n; i++) {
        const gw_hdr_t *h = &in->v[i];
        if (restore && (!strcmp(h->name, "content-length") ||
                        (x->decoder && !strcmp(h->name, "content-encoding")))) {
            continue; /* restoring changes the length; decoding removes the encoding */
        }
        gw_hdrs_add(out, h->name, h->nlen, h->value, h->vlen);
    }
    if (restore) {
        x->restorer = anon_restorer_new(x->session, kind, profile_of(dom_profile));
        if (!x->restorer) {
            return response_refusal(ANON_ERR_NOMEM, why);
        }
    }
    return 0;
}

int gw_xform_restoring(const gw_xform_t *x)
{
    return x && x->restorer;
}

/* One slice of the encoded body through the decoder (bounded by maxResponseBytes and, past
 * RATIO_FLOOR, by maxResponseRatio times what came in) and the restorer. */
static int feed_slice(gw_xform_t *x, const uint8_t *p, size_t n)
{
    x->enc_in += n;
    if (!x->decoder) {
        if (n > x->max_resp - x->dec_out) {
            return RESP_TOO_LARGE;
        }
        x->dec_out += n;
        return anon_restorer_feed(x->restorer, p, n, &x->out);
    }
    size_t allowed = x->max_resp;
    int by_ratio = 0;
    if (x->ratio) {
        uint64_t r = RATIO_FLOOR + (uint64_t)x->ratio * x->enc_in;
        if (r < allowed) {
            allowed = (size_t)r;
            by_ratio = 1;
        }
    }
    anon_buf_reset(&x->plain);
    int rc = anon_decoder_feed(x->decoder, p, n, &x->plain, allowed);
    if (rc == ANON_ERR_TOO_LARGE) {
        return by_ratio ? RESP_RATIO : RESP_TOO_LARGE;
    }
    if (rc == 0) {
        x->dec_out += x->plain.len;
        rc = anon_restorer_feed(x->restorer, x->plain.data, x->plain.len, &x->out);
    }
    if (x->plain.cap > (1u << 20)) {
        anon_buf_free(&x->plain); /* a burst of output: do not keep its capacity */
    } else {
        anon_buf_reset(&x->plain);
    }
    return rc;
}

/* What the restorer holds between pieces, taken from (or given back to) the budget. */
static int hold(gw_xform_t *x)
{
    size_t held = anon_restorer_buffered(x->restorer);
    if (held > x->budget) {
        if (gw_budget_take(x->buf_limit, held - x->budget) != 0) {
            return RESP_BUSY;
        }
    } else {
        gw_budget_give(x->budget - held);
    }
    x->budget = held;
    return 0;
}

static int emit(gw_xform_t *x, struct evbuffer *chunk)
{
    int rc = x->out.len ? evbuffer_add(chunk, x->out.data, x->out.len) : 0;
    if (x->out.cap > (1u << 20)) {
        anon_buf_free(&x->out);
    } else {
        anon_buf_reset(&x->out);
    }
    return rc == 0 ? 0 : ANON_ERR_NOMEM;
}

int gw_xform_response_data(gw_xform_t *x, struct evbuffer *chunk, gw_xform_refusal_t *why)
{
    if (!x || !x->restorer) {
        return 0;
    }
    size_t len = evbuffer_get_length(chunk);
    int rc = 0;
    while (len && rc == 0) {
        struct evbuffer_iovec v;
        if (evbuffer_peek(chunk, -1, NULL, &v, 1) < 1) {
            break;
        }
        size_t n = v.iov_len < DECODE_SLICE ? v.iov_len : DECODE_SLICE;
        rc = feed_slice(x, v.iov_base, n);
        evbuffer_drain(chunk, n);
        len -= n;
    }
    evbuffer_drain(chunk, len);
    if (rc == 0) {
        rc = hold(x);
    }
    if (rc == 0) {
        rc = emit(x, chunk);
    }
    if (rc != 0) {
        anon_buf_reset(&x->out);
        return response_refusal(rc, why);
    }
    return 0;
}

int gw_xform_response_end(gw_xform_t *x, struct evbuffer *tail, gw_xform_refusal_t *why)
{
    if (!x || !x->restorer) {
        return 0;
    }
    int rc = x->decoder ? anon_decoder_finish(x->decoder) : 0;
    if (rc == 0) {
        rc = anon_restorer_finish(x->restorer, &x->out);
    }
    if (rc == 0) {
        rc = emit(x, tail);
    }
    if (rc != 0) {
        anon_buf_reset(&x->out);
        return response_refusal(rc, why);
    }
    return 0;
}

void gw_xform_each_count(const gw_xform_t *x, void (*fn)(void *arg, const char *type, size_t n),
                         void *arg)
{
    if (!x || !x->session) {
        return;
    }
    size_t nt = anon_engine_ntypes(x->engine);
    for (size_t t = 0; t < nt; t++) {
        size_t c = anon_session_count(x->session, t) + anon_session_kept(x->session, t);
        if (c) {
            fn(arg, anon_engine_type_name(x->engine, t), c);
        }
    }
}

void gw_xform_free(gw_xform_t *x)
{
    if (!x) {
        return;
    }
    anon_restorer_free(x->restorer);
    anon_decoder_free(x->decoder);
    anon_buf_free(&x->out);
    anon_buf_free(&x->plain);
    gw_budget_give(x->budget);
    anon_session_free(x->session);
    free(x);
}

static int hexdig(char c)
{
    return c >= '0' && c <= '9'                     ? c - '0'
           : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 87
                                                    : -1;
}

void gw_redact_path(const struct anon_engine *e, const char *path, char *out, size_t n)
{
    size_t plen = strcspn(path, "?#"); /* the query string is never kept */
    anon_finding_t *f = NULL;
    size_t nf = 0, o = 0, pos = 0, k = 0;
    if (n == 0) {
        return;
    }
    /* scanned percent-decoded (%40 hides no address from the redaction), written as it came:
     * map[i] is where decoded byte i starts in the path */
    char *dec = malloc(plen + 1);
    size_t *map = malloc((plen + 1) * sizeof(*map));
    if (!dec || !map) {
        free(dec);
        free(map);
        snprintf(out, n, "[unscannable path]");
        return;
    }
    for (size_t i = 0; i < plen; k++) {
        int hi, lo;
        map[k] = i;
        if (path[i] == '%' && i + 2 < plen && (hi = hexdig(path[i + 1])) >= 0 &&
            (lo = hexdig(path[i + 2])) >= 0) {
            dec[k] = (char)(hi << 4 | lo);
            i += 3;
        } else {
            dec[k] = path[i++];
        }
    }
    map[k] = plen;
    if (e && anon_find(e, dec, k, &f, &nf) != 0) {
        snprintf(out, n, "[unscannable path]");
        goto done;
    }
    for (size_t i = 0; i <= nf && o + 1 < n; i++) {
        size_t end = i < nf ? map[f[i].start] : plen;
        while (pos < end && o + 1 < n) {
            out[o++] = path[pos++];
        }
        if (i < nf) {
            o += (size_t)snprintf(out + o, n - o, "[%s]", anon_engine_type_name(e, f[i].type));
            o = o < n ? o : n - 1;
            pos = map[f[i].end];
        }
    }
    out[o] = '\0';
done:
    OPENSSL_cleanse(dec, plen);
    free(dec);
    free(map);
    free(f);
}
