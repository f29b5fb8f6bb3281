/* reqscan: PII in the parts of an intercepted request that are not its body: the path, the query
 * string and non-standard headers.
 *
 * Nothing comes back through a URL or a request header, so a value there cannot be restored: by
 * default the request is refused (urlAndHeaderPii: block, 403 naming the type and where, never the
 * value); mask puts the token in its place (percent-encoded in the URL), audit forwards and
 * counts. A type whose policy is audit (or mode audit) is only counted, one whose policy is
 * block is blocked here too. Path segments and query
 * names and values are percent-decoded before scanning ('+' is a space in the query). Headers
 * that carry the API key, HTTP or provider protocol, the hops a request took (Forwarded, Via,
 * X-Forwarded-*) or tracing ids (their long numbers can pass a card's checksum) are not scanned
 * (skip_header): the key must reach the provider, and the SDKs' own telemetry holds versions, not
 * people. Everything else is scanned, Referer included. So are query parameters, except those that
 * carry the API key (credential_param).
 */
#include "gateway/exchange/exchange.h"

#include "anonymize/anonymize.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

static int skip_header(const char *name)
{
    /* clang-format off */
    static const char *const exact[] = {
        "authorization", "proxy-authorization", "cookie", "x-api-key", "api-key",
        "x-goog-api-key", "x-goog-api-client", "x-goog-user-project", "content-type",
        "content-encoding", "content-language", "accept", "accept-encoding", "accept-language",
        "accept-charset", "user-agent", "cache-control", "pragma", "if-match", "if-none-match",
        "if-modified-since", "if-unmodified-since", "if-range", "range", "te", "expect", "date",
        "origin", "priority", "idempotency-key", "via", "forwarded",
        /* tracing and request ids */
        "traceparent", "tracestate", "baggage", "b3", "sentry-trace", "newrelic",
        "uber-trace-id", "x-cloud-trace-context", "elastic-apm-traceparent", "x-ot-span-context",
        "request-id", "x-request-id", "x-client-request-id", "correlation-id",
        "x-correlation-id", "x-amzn-trace-id", "x-goog-request-params", NULL};
    static const char *const prefix[] = {
        "x-stainless-", "anthropic-", "openai-", "sec-", "x-amz-", "x-forwarded-", "x-datadog-",
        "x-b3-", NULL};
    /* clang-format on */
    for (size_t i = 0; exact[i]; i++) {
        if (!strcmp(name, exact[i])) {
            return 1;
        }
    }
    for (size_t i = 0; prefix[i]; i++) {
        if (!strncmp(name, prefix[i], strlen(prefix[i]))) {
            return 1;
        }
    }
    return 0;
}

typedef struct scan {
    const gw_xform_env_t *env;
    anon_session_t *session;
    const uint8_t *act;
    int action; /* GW_ACT_* for values here */
    int apply;  /* 0: find and decide; 1: mask */
    char types[200];
    size_t ntypes_listed;
    char where[160];
    size_t kept;
    int blocked;
    int error;
} scan_t;

static void note(scan_t *sc, char *buf, size_t cap, const char *s)
{
    size_t o = strlen(buf);
    if (strstr(buf, s) || o + strlen(s) + 3 >= cap) {
        return;
    }
    snprintf(buf + o, cap - o, "%s%s", o ? ", " : "", s);
    (void)sc;
}

/* Decide (apply 0) or mask (apply 1) one decoded component. Returns 1 when out holds the
 * component's masked text, 0 when it stays, < 0 on error. */
static int component(scan_t *sc, const char *where, const char *dec, size_t n, anon_buf_t *out)
{
    anon_finding_t *f = NULL;
    size_t nf = 0;
    if (n == 0) {
        return 0;
    }
    if (anon_find(sc->env->engine, dec, n, &f, &nf) != 0) {
        /* not UTF-8 text: nothing hush can read, nothing it lets through unread */
        if (!sc->apply) {
            sc->blocked = 1;
            note(sc, sc->types, sizeof(sc->types), "unscannable bytes");
            note(sc, sc->where, sizeof(sc->where), where);
        }
        free(f);
        return 0;
    }
    int mask = 0;
    for (size_t i = 0; i < nf; i++) {
        uint8_t pa = sc->act[f[i].type];
        int a = sc->env->cfg->audit_mode || pa == GW_ACT_AUDIT ? GW_ACT_AUDIT
                : pa == GW_ACT_BLOCK                           ? GW_ACT_BLOCK
                                                               : sc->action;
        if (sc->apply) {
            mask |= a == GW_ACT_MASK;
            continue;
        }
        if (a == GW_ACT_BLOCK) {
            sc->blocked = 1;
            note(sc, sc->types, sizeof(sc->types),
                 anon_engine_type_name(sc->env->engine, f[i].type));
            note(sc, sc->where, sizeof(sc->where), where);
        } else if (a == GW_ACT_AUDIT) {
            sc->kept++;
        }
    }
    free(f);
    if (!mask) {
        return 0;
    }
    int rc = anon_session_scan_text(sc->session, dec, n, out);
    return rc < 0 ? rc : rc > 0;
}

/* One URL component raw[0..n): decoded, scanned, re-encoded when masked. */
/* Percent-decoding text without '%' (and, in the query, '+') gives the text itself. */
static int decodes_to_itself(const char *raw, size_t n, int query)
{
    return !memchr(raw, '%', n) && !(query && memchr(raw, '+', n));
}

/* The target is rebuilt only when masking (apply 1); deciding needs the findings alone. */
static int emit(const scan_t *sc, anon_buf_t *out, const void *p, size_t n)
{
    return sc->apply ? anon_buf_append(out, p, n) : 0;
}

/* The path words of the providers' APIs ("/v1/chat/completions", "/v1/messages"): every request
 * carries a few, and an anon_find per word is ~4k instructions, a tenth of what a request costs
 * outside its body. What the engine finds in a fixed word is fixed too, so the generation's first
 * request asks it once for each word (api_words_clean) and later requests skip the words it found
 * nothing in. Only these exact words: no request text is remembered. At most 31 (bit 31 says the
 * memo is filled). */
static const char *const api_words[] = {
    "v1",          "v1beta",       "v1alpha",        "v2",
    "api",         "openai",       "chat",           "completions",
    "messages",    "responses",    "embeddings",     "models",
    "deployments", "count_tokens", "batches",        "files",
    "audio",       "speech",       "transcriptions", "translations",
    "images",      "generations",  "moderations",    "complete",
    NULL};
#define API_WORDS_FILLED (1u << 31)
_Static_assert(sizeof(api_words) / sizeof(api_words[0]) <= 32, "api_words: at most 31 words");

static int api_word(const char *p, size_t n)
{
    if (n < 2 || n > 14 || p[0] < 'a' || p[0] > 'v') {
        return -1;
    }
    for (int i = 0; api_words[i]; i++) {
        if (api_words[i][0] == p[0] && strlen(api_words[i]) == n && !memcmp(api_words[i], p, n)) {
            return i;
        }
    }
    return -1;
}

/* Which API words the engine finds nothing in (bit i for api_words[i]). */
static unsigned api_words_clean(const anon_engine_t *e)
{
    unsigned clean = API_WORDS_FILLED;
    for (int i = 0; api_words[i]; i++) {
        anon_finding_t *f = NULL;
        size_t nf = 0;
        if (anon_find(e, api_words[i], strlen(api_words[i]), &f, &nf) == 0 && nf == 0) {
            clean |= 1u << i;
        }
        free(f);
    }
    return clean;
}

/* 1: raw[0..n) is an API word the engine finds nothing in (component() would return 0 and note
 * nothing). Two workers may fill the memo at once: both store the same bits. */
static int known_clean(const scan_t *sc, const char *raw, size_t n)
{
    int i = api_word(raw, n);
    if (i < 0 || !sc->env->api_words) {
        return 0;
    }
    unsigned m = atomic_load_explicit(sc->env->api_words, memory_order_relaxed);
    if (!m) {
        m = api_words_clean(sc->env->engine);
        atomic_store_explicit(sc->env->api_words, m, memory_order_relaxed);
    }
    return (m >> i) & 1;
}

static int url_part(scan_t *sc, const char *where, const char *raw, size_t n, int query,
                    anon_buf_t *out)
{
    anon_buf_t dec = {0}, masked = {0};
    int rc = 0;
    if (!query && known_clean(sc, raw, n)) {
        rc = 0; /* what component() gives for a word with no finding */
    } else if (n == 0 || decodes_to_itself(raw, n, query)) {
        rc = component(sc, where, raw, n, &masked); /* no copy to decode into */
    } else if ((rc = anon_percent_decode(&dec, raw, n, query)) == 0) {
        rc = component(sc, where, dec.data ? (const char *)dec.data : "", dec.len, &masked);
    }
    if (rc > 0) {
        rc = anon_percent_encode(out, (const char *)masked.data, masked.len,
                                 query ? "!$'()*,;:@/?" : "!$&'()*+,;=:@");
    } else if (rc == 0) {
        rc = emit(sc, out, raw, n);
    }
    anon_buf_free(&dec);
    anon_buf_free(&masked);
    return rc;
}

/* Query parameters that carry the API key itself (Gemini's ?key=, Azure's SAS sig): like the
 * Authorization header, they must reach the provider. */
static int credential_param(const char *name, size_t n)
{
    static const char *const names[] = {"key",          "api_key", "apikey", "api-key",
                                        "access_token", "sig",     NULL};
    for (size_t i = 0; names[i]; i++) {
        if (strlen(names[i]) == n && !strncmp(names[i], name, n)) {
            return 1;
        }
    }
    return 0;
}

static int scan_target(scan_t *sc, const char *path, anon_buf_t *out)
{
    size_t plen = strcspn(path, "?"), n = strlen(path);
    int rc = 0;
    for (size_t i = 0; i < plen && rc >= 0;) {
        size_t e = i;
        while (e < plen && path[e] != '/') {
            e++;
        }
        rc = url_part(sc, "path", path + i, e - i, 0, out);
        if (rc >= 0 && e < plen) {
            rc = emit(sc, out, "/", 1);
        }
        i = e + 1;
    }
    if (rc < 0 || plen == n) {
        return rc;
    }
    rc = emit(sc, out, "?", 1);
    for (size_t i = plen + 1; i <= n && rc >= 0;) {
        size_t e = i;
        while (e < n && path[e] != '&') {
            e++;
        }
        const char *eq = memchr(path + i, '=', e - i);
        size_t nl = eq ? (size_t)(eq - path) - i : e - i;
        rc = url_part(sc, "query", path + i, nl, 1, out);
        if (rc >= 0 && eq) {
            rc = emit(sc, out, "=", 1);
            if (rc >= 0 && credential_param(path + i, nl)) {
                rc = emit(sc, out, eq + 1, e - i - nl - 1);
            } else if (rc >= 0) {
                rc = url_part(sc, "query", eq + 1, e - i - nl - 1, 1, out);
            }
        }
        if (rc >= 0 && e < n) {
            rc = emit(sc, out, "&", 1);
        }
        i = e + 1;
    }
    return rc;
}

static int scan_headers(scan_t *sc, gw_req_t *req)
{
    for (size_t i = 0; i < req->hdrs.n; i++) {
        gw_hdr_t *h = &req->hdrs.v[i];
        if (skip_header(h->name)) {
            continue;
        }
        char where[80];
        snprintf(where, sizeof(where), "header %.60s", h->name);
        anon_buf_t masked = {0};
        int rc = component(sc, where, h->value, h->vlen, &masked);
        if (rc > 0 &&
            gw_hdrs_set_value(&req->hdrs, i, (const char *)masked.data, masked.len) != 0) {
            rc = -1;
        }
        anon_buf_free(&masked);
        if (rc < 0) {
            return rc;
        }
    }
    return 0;
}

void gw_reqscan_reserve(anon_session_t *s, const gw_req_t *req)
{
    size_t plen = strlen(req->path);
    if (decodes_to_itself(req->path, plen, 1)) {
        anon_session_reserve(s, req->path, plen);
    } else {
        anon_buf_t dec = {0};
        if (anon_percent_decode(&dec, req->path, plen, 1) == 0) {
            anon_session_reserve(s, (const char *)dec.data, dec.len);
        }
        anon_buf_free(&dec);
    }
    for (size_t i = 0; i < req->hdrs.n; i++) {
        anon_session_reserve(s, req->hdrs.v[i].value, req->hdrs.v[i].vlen);
    }
}

int gw_reqscan(const gw_xform_env_t *env, anon_session_t *s, const uint8_t *act, gw_req_t *req,
               int apply, char *msg, size_t msglen, size_t *kept)
{
    scan_t sc = {.env = env, .session = s, .act = act, .apply = apply};
    sc.action = env->cfg->url_header_action;
    if (apply && sc.action != GW_ACT_MASK) {
        return 0;
    }
    anon_buf_t target = {0};
    int rc = scan_target(&sc, req->path ? req->path : "/", &target);
    if (rc >= 0) {
        rc = scan_headers(&sc, req);
    }
    if (rc >= 0 && apply &&
        (target.len != strlen(req->path) || memcmp(target.data, req->path, target.len) != 0)) {
        char *p = malloc(target.len + 1);
        if (!p) {
            rc = -1;
        } else {
            memcpy(p, target.data, target.len);
            p[target.len] = '\0';
            OPENSSL_cleanse(req->path, strlen(req->path));
            free(req->path);
            req->path = p;
        }
    }
    anon_buf_free(&target);
    if (rc < 0) {
        return -1;
    }
    if (kept) {
        *kept += sc.kept;
    }
    if (sc.blocked) {
        snprintf(msg, msglen,
                 "the request %.100s contains %.120s, which cannot be restored from there, so it "
                 "was not sent (see urlAndHeaderPii)",
                 sc.where, sc.types);
        return 1;
    }
    return 0;
}
