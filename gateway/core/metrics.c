/* metrics: the numbers behind GET /metrics (Prometheus text format 0.0.4).
 *
 * Everything here is a counter or gauge updated with atomics from any worker, except the per-host
 * request table, which takes a short mutex. Labels come only from bounded sets: PII type names
 * from the engine, fixed reason and kind names, and at most HOST_SLOTS intercepted host names
 * (hosts beyond that count as "other"). No label or value ever carries request data.
 */
#include "gateway/core/core.h"

#include "anonymize/anonymize.h"
#include "ca/ca.h"

#include <string.h>

static const double buckets[GW_LAT_BUCKETS] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
                                               1,     2.5,  5,     10,   30,  60};

static const char *const refusal_names[GW_REFUSE_N] = {
    "invalid_json", "unscannable_body", "unknown_encoding",
    "bad_encoding", "too_large",        "signed_body",
    "other"};

static const char *const upfail_names[GW_UPFAIL_N] = {"blocked", "connect", "tls",
                                                      "timeout", "closed",  "other"};

static const char *const resp_refusal_names[GW_RESP_REFUSE_N] = {"too_large", "ratio",
                                                                 "bad_response", "busy", "other"};

void gw_metrics_init(gw_metrics_t *m)
{
    memset(m, 0, sizeof(*m));
    pthread_mutex_init(&m->hosts_lock, NULL);
}

void gw_metrics_destroy(gw_metrics_t *m)
{
    pthread_mutex_destroy(&m->hosts_lock);
}

const char *gw_upfail_name(gw_upfail_t k)
{
    return k >= 0 && k < GW_UPFAIL_N ? upfail_names[k] : upfail_names[GW_UPFAIL_OTHER];
}

gw_upfail_t gw_upfail_of_dial(int status)
{
    return status == 403   ? GW_UPFAIL_BLOCKED
           : status == 504 ? GW_UPFAIL_TIMEOUT
                           : GW_UPFAIL_CONNECT;
}

void gw_metrics_pii_add(gw_metrics_t *m, const char *name, size_t n)
{
    size_t count = atomic_load(&m->npii);
    for (size_t i = 0; i < count; i++) {
        if (!strcmp(m->pii[i].name, name)) {
            atomic_fetch_add(&m->pii[i].n, n);
            return;
        }
    }
    pthread_mutex_lock(&m->hosts_lock); /* a new type name: rare, serialised */
    count = atomic_load(&m->npii);
    size_t i = 0;
    while (i < count && strcmp(m->pii[i].name, name) != 0) {
        i++;
    }
    if (i == count && count < GW_MAX_TYPES) {
        snprintf(m->pii[i].name, sizeof(m->pii[i].name), "%s", name);
        atomic_store(&m->npii, count + 1);
    }
    if (i < GW_MAX_TYPES) {
        atomic_fetch_add(&m->pii[i].n, n);
    }
    pthread_mutex_unlock(&m->hosts_lock);
}

void gw_metrics_request(gw_metrics_t *m, const char *host, int status, double seconds)
{
    int cls = status >= 100 && status < 600 ? status / 100 : 0;
    for (int i = 0; i < GW_LAT_BUCKETS; i++) {
        if (seconds <= buckets[i]) {
            atomic_fetch_add(&m->lat_bucket[i], 1);
            break;
        }
    }
    atomic_fetch_add(&m->lat_count, 1);
    atomic_fetch_add(&m->lat_sum_us, (unsigned long long)(seconds * 1e6));
    pthread_mutex_lock(&m->hosts_lock);
    size_t i = 0;
    while (i < m->nhosts && strcmp(m->hosts[i].name, host) != 0) {
        i++;
    }
    if (i == m->nhosts && m->nhosts < GW_HOST_SLOTS && strlen(host) < sizeof(m->hosts[0].name)) {
        snprintf(m->hosts[i].name, sizeof(m->hosts[i].name), "%s", host);
        m->nhosts++;
    }
    if (i < m->nhosts) {
        m->hosts[i].by_class[cls]++;
    } else {
        m->other_by_class[cls]++;
    }
    pthread_mutex_unlock(&m->hosts_lock);
}

static void counter(struct evbuffer *out, const char *name, const char *help, unsigned long long v)
{
    evbuffer_add_printf(out, "# HELP %s %s\n# TYPE %s counter\n%s %llu\n", name, help, name, name,
                        v);
}

static void gauge(struct evbuffer *out, const char *name, const char *help, unsigned long long v)
{
    evbuffer_add_printf(out, "# HELP %s %s\n# TYPE %s gauge\n%s %llu\n", name, help, name, name, v);
}

#define LOAD(x) ((unsigned long long)atomic_load(&(x)))

void gw_metrics_render(gw_server_t *srv, struct evbuffer *out)
{
    gw_counters_t *k = &srv->counters;
    gw_metrics_t *m = &srv->metrics;
    evbuffer_add_printf(out,
                        "# HELP hush_build_info hush version\n# TYPE hush_build_info gauge\n"
                        "hush_build_info{version=\"%s\"} 1\n",
                        HUSH_VERSION);
    gauge(out, "hush_connections_open", "Client connections open now.", LOAD(k->conns_open));
    counter(out, "hush_connections_total", "Client connections accepted.", LOAD(k->conns_total));
    counter(out, "hush_connections_refused_total", "Connections refused over maxConnections.",
            LOAD(k->conns_refused));
    evbuffer_add_printf(out,
                        "# HELP hush_decisions_total What hush did with each proxy request.\n"
                        "# TYPE hush_decisions_total counter\n"
                        "hush_decisions_total{decision=\"tunnel\"} %llu\n"
                        "hush_decisions_total{decision=\"intercept\"} %llu\n"
                        "hush_decisions_total{decision=\"forward\"} %llu\n"
                        "hush_decisions_total{decision=\"control\"} %llu\n"
                        "hush_decisions_total{decision=\"blocked\"} %llu\n",
                        LOAD(k->tunnels), LOAD(k->intercepted), LOAD(k->forwards), LOAD(k->control),
                        LOAD(k->blocked));
    evbuffer_add_printf(out,
                        "# HELP hush_tunnel_bytes_total Bytes through opaque tunnels.\n"
                        "# TYPE hush_tunnel_bytes_total counter\n"
                        "hush_tunnel_bytes_total{direction=\"up\"} %llu\n"
                        "hush_tunnel_bytes_total{direction=\"down\"} %llu\n",
                        LOAD(k->bytes_up), LOAD(k->bytes_down));
    counter(out, "hush_auth_failures_total",
            "Proxy logins refused for wrong, unknown or malformed credentials.",
            LOAD(k->auth_failures));
    counter(out, "hush_auth_rate_limited_total",
            "Proxy logins answered 429 unchecked: too many failures from the client address.",
            LOAD(k->auth_limited));
    counter(out, "hush_auth_hashes_total",
            "Password hashes computed for proxy logins (off the event loops).",
            LOAD(k->auth_hashes));
    counter(out, "hush_tls_handshake_failures_total",
            "Client TLS handshakes on intercepted connections that failed.",
            LOAD(k->handshake_failures));

    evbuffer_add_printf(out, "# HELP hush_requests_total Intercepted requests by host and status "
                             "class.\n# TYPE hush_requests_total counter\n");
    static const char *const cls[] = {"other", "1xx", "2xx", "3xx", "4xx", "5xx"};
    pthread_mutex_lock(&m->hosts_lock);
    for (size_t i = 0; i < m->nhosts; i++) {
        for (int c = 0; c < 6; c++) {
            if (m->hosts[i].by_class[c]) {
                evbuffer_add_printf(out, "hush_requests_total{host=\"%s\",class=\"%s\"} %llu\n",
                                    m->hosts[i].name, cls[c], m->hosts[i].by_class[c]);
            }
        }
    }
    for (int c = 0; c < 6; c++) {
        if (m->other_by_class[c]) {
            evbuffer_add_printf(out, "hush_requests_total{host=\"other\",class=\"%s\"} %llu\n",
                                cls[c], m->other_by_class[c]);
        }
    }
    pthread_mutex_unlock(&m->hosts_lock);

    gw_tpol_metrics(out);

    evbuffer_add_printf(out, "# HELP hush_pii_found_total PII values replaced, by type.\n"
                             "# TYPE hush_pii_found_total counter\n");
    /* Every type the current rules detect, so a dashboard sees zeros, plus any type counted
     * under earlier rules. */
    gw_gen_t *g = gw_gen_acquire(srv);
    for (size_t t = 0; t < anon_engine_ntypes(g->anon); t++) {
        gw_metrics_pii_add(m, anon_engine_type_name(g->anon, t), 0);
    }
    gw_gen_release(g);
    size_t npii = atomic_load(&m->npii);
    for (size_t i = 0; i < npii; i++) {
        evbuffer_add_printf(out, "hush_pii_found_total{type=\"%s\"} %llu\n", m->pii[i].name,
                            LOAD(m->pii[i].n));
    }
    counter(out, "hush_requests_blocked_total",
            "Requests refused because policy blocks a PII type they contained.",
            LOAD(m->blocked_requests));
    counter(out, "hush_websocket_connections_total",
            "WebSocket handshakes on intercepted hosts (h1 Upgrade and h2 extended CONNECT).",
            LOAD(m->ws_conns));
    gauge(out, "hush_websocket_open", "WebSockets relayed now.", LOAD(m->ws_open));
    evbuffer_add_printf(out,
                        "# HELP hush_websocket_frames_total WebSocket frames received, by "
                        "direction (up: from clients).\n"
                        "# TYPE hush_websocket_frames_total counter\n"
                        "hush_websocket_frames_total{direction=\"up\"} %llu\n"
                        "hush_websocket_frames_total{direction=\"down\"} %llu\n"
                        "# HELP hush_websocket_payload_bytes_total WebSocket payload bytes "
                        "received, by direction.\n"
                        "# TYPE hush_websocket_payload_bytes_total counter\n"
                        "hush_websocket_payload_bytes_total{direction=\"up\"} %llu\n"
                        "hush_websocket_payload_bytes_total{direction=\"down\"} %llu\n",
                        LOAD(m->ws_frames[0]), LOAD(m->ws_frames[1]), LOAD(m->ws_bytes[0]),
                        LOAD(m->ws_bytes[1]));
    evbuffer_add_printf(out, "# HELP hush_fail_closed_total Requests refused because their body "
                             "could not be scanned, by reason.\n"
                             "# TYPE hush_fail_closed_total counter\n");
    for (int i = 0; i < GW_REFUSE_N; i++) {
        evbuffer_add_printf(out, "hush_fail_closed_total{reason=\"%s\"} %llu\n", refusal_names[i],
                            LOAD(m->refused[i]));
    }
    evbuffer_add_printf(out, "# HELP hush_upstream_errors_total Intercepted requests that failed "
                             "upstream, by kind.\n# TYPE hush_upstream_errors_total counter\n");
    for (int i = 0; i < GW_UPFAIL_N; i++) {
        evbuffer_add_printf(out, "hush_upstream_errors_total{kind=\"%s\"} %llu\n", upfail_names[i],
                            LOAD(m->upfail[i]));
    }
    evbuffer_add_printf(out, "# HELP hush_responses_refused_total Upstream responses hush did not "
                             "deliver (502/503, or cut once their head was sent), by reason.\n"
                             "# TYPE hush_responses_refused_total counter\n");
    for (int i = 0; i < GW_RESP_REFUSE_N; i++) {
        evbuffer_add_printf(out, "hush_responses_refused_total{reason=\"%s\"} %llu\n",
                            resp_refusal_names[i], LOAD(m->responses_refused[i]));
    }
    gauge(out, "hush_buffered_bytes",
          "Request and response body bytes held in memory now (counted against maxBufferedBytes).",
          (unsigned long long)gw_budget_used());
    evbuffer_add_printf(out,
                        "# HELP hush_buffer_budget_refusals_total Bodies refused with 503 because "
                        "maxBufferedBytes was reached, by direction.\n"
                        "# TYPE hush_buffer_budget_refusals_total counter\n"
                        "hush_buffer_budget_refusals_total{direction=\"request\"} %llu\n"
                        "hush_buffer_budget_refusals_total{direction=\"response\"} %llu\n",
                        LOAD(m->budget_refused[0]), LOAD(m->budget_refused[1]));
    evbuffer_add_printf(out, "# HELP hush_request_duration_seconds Intercepted request latency.\n"
                             "# TYPE hush_request_duration_seconds histogram\n");
    unsigned long long cum = 0;
    for (int i = 0; i < GW_LAT_BUCKETS; i++) {
        cum += LOAD(m->lat_bucket[i]);
        evbuffer_add_printf(out, "hush_request_duration_seconds_bucket{le=\"%g\"} %llu\n",
                            buckets[i], cum);
    }
    evbuffer_add_printf(out,
                        "hush_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n"
                        "hush_request_duration_seconds_sum %.6f\n"
                        "hush_request_duration_seconds_count %llu\n",
                        LOAD(m->lat_count), (double)LOAD(m->lat_sum_us) / 1e6, LOAD(m->lat_count));
    if (srv->ca) {
        ca_stats_t cs;
        ca_get_stats(srv->ca, &cs);
        counter(out, "hush_leaf_cache_hits_total", "Leaf certificates served from the cache.",
                cs.hits);
        counter(out, "hush_leaf_cache_misses_total", "Leaf certificates minted.", cs.misses);
        counter(out, "hush_leaf_cache_clears_total", "Times the full leaf cache was cleared.",
                cs.clears);
        gauge(out, "hush_leaf_cache_entries", "Leaf certificates cached now.", cs.entries);
    }
    gauge(out, "hush_mitm_enabled", "1 when interception is on (a CA is loaded).", srv->ca != NULL);
    gauge(out, "hush_upstream_verification_disabled",
          "1 when acceptInvalidUpstreamCerts turns upstream certificate checks off.",
          (unsigned long long)srv->cfg->accept_invalid_upstream_certs);
    counter(out, "hush_insecure_upstream_connections_total",
            "Upstream connections made without certificate verification.",
            LOAD(k->insecure_upstream_uses));
}

/* Tunnels open on all workers (the inspector's chart); net/tunnel.c counts them. */
static atomic_size_t n_tunnels_open;

size_t gw_tunnels_open(void)
{
    return atomic_load(&n_tunnels_open);
}

void gw_tunnels_open_add(int delta)
{
    if (delta > 0) {
        atomic_fetch_add(&n_tunnels_open, (size_t)delta);
    } else {
        atomic_fetch_sub(&n_tunnels_open, (size_t)-delta);
    }
}
