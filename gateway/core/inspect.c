/* inspect: what the inspector page shows, kept in memory: the recent records and the last hour.
 *
 * Records come from every worker thread (audit.c's records, front/proxy.c's connection decisions)
 * and are copied into a bounded ring and per-minute buckets under one mutex held for a copy, never
 * for I/O: a worker never waits on a viewer. A record here holds exactly what an audit record
 * holds (counts, codes, the redacted path), never a value, a body or a header value.
 * Serving is front/inspect_http.c's, on worker 0.
 */
#include "gateway/core/core.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NTYPES 32   /* PII type names tracked per minute; more share "other" */
#define NREASONS 24 /* refusal codes tracked per minute; more share "other" */
#define LAT_B 96    /* latency buckets: four per doubling from 0.1 ms */
#define NAME_LEN 40

struct minute {
    long t; /* minutes since the epoch; 0: empty */
    unsigned requests, connections, refusals;
    unsigned pii[NTYPES];
    unsigned reasons[NREASONS];
    unsigned lat[LAT_B];
    unsigned long long conns_open, tunnels_open; /* the most seen in the minute */
};

static struct {
    pthread_mutex_t lock;
    atomic_int on;
    gw_server_t *srv;
    uint64_t head; /* seq of the newest record; seq 1 is the first */
    struct {
        uint64_t seq;
        char *json;
    } ring[GW_INSPECT_RING];
    struct minute min[GW_INSPECT_MINUTES];
    char types[NTYPES][NAME_LEN];
    size_t ntypes;
    char reasons[NREASONS][NAME_LEN];
    size_t nreasons;
} S = {.lock = PTHREAD_MUTEX_INITIALIZER};

int gw_inspect_on(void)
{
    return atomic_load(&S.on);
}

/* inspect_http.c turns the inspector on for srv (and off with NULL). */
void gw_inspect_enable(gw_server_t *srv)
{
    pthread_mutex_lock(&S.lock);
    S.srv = srv;
    pthread_mutex_unlock(&S.lock);
    atomic_store(&S.on, srv != NULL);
}

void gw_inspect_reset(void)
{
    pthread_mutex_lock(&S.lock);
    for (size_t i = 0; i < GW_INSPECT_RING; i++) {
        free(S.ring[i].json);
    }
    memset(S.ring, 0, sizeof(S.ring));
    memset(S.min, 0, sizeof(S.min));
    S.ntypes = S.nreasons = 0;
    S.head = 0;
    pthread_mutex_unlock(&S.lock);
}

static long now_minute(void)
{
    return (long)(time(NULL) / 60);
}

/* The bucket for minute t, emptied when it last held an older minute. Under the lock. */
static struct minute *bucket(long t)
{
    struct minute *m = &S.min[(size_t)t % GW_INSPECT_MINUTES];
    if (m->t != t) {
        memset(m, 0, sizeof(*m));
        m->t = t;
    }
    return m;
}

/* The index of name in a name table, adding it while there is room; the last slot is "other". */
static size_t name_index(char (*names)[NAME_LEN], size_t *n, size_t cap, const char *name)
{
    for (size_t i = 0; i < *n; i++) {
        if (!strcmp(names[i], name)) {
            return i;
        }
    }
    if (*n < cap - 1) {
        snprintf(names[*n], NAME_LEN, "%s", name);
        return (*n)++;
    }
    if (*n == cap - 1) {
        snprintf(names[*n], NAME_LEN, "other");
        (*n)++;
    }
    return cap - 1;
}

static size_t lat_index(double ms)
{
    if (!(ms >= 0.1)) {
        return 0;
    }
    double k = floor(4.0 * log2(ms / 0.1)) + 1.0;
    return k >= LAT_B - 1 ? LAT_B - 1 : (size_t)k;
}

/* The middle (geometric) of a latency bucket, in ms. */
static double lat_value(size_t k)
{
    return k == 0 ? 0.05 : 0.1 * exp2(((double)k - 0.5) / 4.0);
}

/* Take the gauges' current values into this minute. Under the lock. */
static void sample_locked(struct minute *m)
{
    if (!S.srv) {
        return;
    }
    unsigned long long open = atomic_load(&S.srv->counters.conns_open);
    unsigned long long tun = (unsigned long long)gw_tunnels_open();
    if (open > m->conns_open) {
        m->conns_open = open;
    }
    if (tun > m->tunnels_open) {
        m->tunnels_open = tun;
    }
}

void gw_inspect_sample(void)
{
    if (!gw_inspect_on()) {
        return;
    }
    pthread_mutex_lock(&S.lock);
    sample_locked(bucket(now_minute()));
    pthread_mutex_unlock(&S.lock);
}

/* Store one record (its JSON text, taken over) and count it. */
static void add(char *json, int is_request, json_t *pii, const char *refusal, double ms)
{
    char *old;
    pthread_mutex_lock(&S.lock);
    struct minute *m = bucket(now_minute());
    if (is_request) {
        m->requests++;
        m->lat[lat_index(ms)]++;
    } else {
        m->connections++;
    }
    const char *type;
    json_t *n;
    json_object_foreach(pii, type, n)
    {
        json_int_t v = json_integer_value(n);
        if (v > 0) {
            m->pii[name_index(S.types, &S.ntypes, NTYPES, type)] += (unsigned)v;
        }
    }
    if (refusal) {
        m->refusals++;
        m->reasons[name_index(S.reasons, &S.nreasons, NREASONS, refusal)]++;
    }
    sample_locked(m);
    uint64_t seq = ++S.head;
    size_t slot = (size_t)(seq % GW_INSPECT_RING);
    old = S.ring[slot].json;
    S.ring[slot].json = json;
    S.ring[slot].seq = seq;
    pthread_mutex_unlock(&S.lock);
    free(old);
}

void gw_inspect_record(json_t *record, const char *line)
{
    if (!gw_inspect_on() || !json_is_object(record)) {
        return;
    }
    char *json =
        line ? strdup(line)
             : json_dumps(record, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    if (!json) {
        return;
    }
    const char *action = json_string_value(json_object_get(record, "action"));
    const char *refusal = json_string_value(json_object_get(record, "refusal"));
    if (!refusal && action && (!strcmp(action, "refused") || !strcmp(action, "blocked"))) {
        refusal = action;
    }
    add(json, 1, json_object_get(record, "pii"), refusal,
        json_number_value(json_object_get(record, "duration_ms")));
}

/* A bounded code for why a connection was refused, from what proxy.c knows. */
static const char *conn_refusal(const char *decision, int status)
{
    if (decision && !strcmp(decision, "tls_handshake_failed")) {
        return "hush_tls_handshake_failed"; /* most often: the client does not trust hush's CA */
    }
    if (status < 400) {
        return NULL;
    }
    if (status == 407) {
        return "hush_auth_required";
    }
    if (status == 429) {
        return "hush_client_limit";
    }
    if (status == 403) {
        return decision && !strcmp(decision, "blocked") ? "hush_blocked_destination"
                                                        : "hush_client_not_allowed";
    }
    if (status >= 500) {
        return "hush_unreachable";
    }
    return "hush_bad_request";
}

/* Printable ASCII only, so the text is valid JSON and safe in any log viewer. */
static void printable(char *out, size_t n, const char *s)
{
    size_t o = 0;
    for (; s && *s && o + 1 < n; s++) {
        unsigned char ch = (unsigned char)*s;
        out[o++] = ch >= 0x20 && ch < 0x7f ? (char)ch : '?';
    }
    out[o] = '\0';
}

void gw_inspect_conn(const char *client, const char *host, unsigned port, const char *decision,
                     int status, const char *reason, double ms)
{
    if (!gw_inspect_on()) {
        return;
    }
    /* Control requests are hush's own endpoints (this page, scrapes); intercepted connections
     * are shown by their requests. What remains: tunnels, forwards and refusals. */
    if (decision && (!strcmp(decision, "control") || !strcmp(decision, "intercept"))) {
        return;
    }
    const char *refusal = conn_refusal(decision, status);
    if (!refusal && (!decision || !strcmp(decision, "none"))) {
        return; /* a client that left before asking anything */
    }
    char ts[40], h[260], why[200];
    struct timeval now;
    gettimeofday(&now, NULL);
    gw_iso_time(&now, ts, sizeof(ts));
    printable(h, sizeof(h), host);
    printable(why, sizeof(why), reason);
    json_t *r = json_pack("{s:s, s:s, s:s, s:s, s:i, s:s, s:s, s:i, s:f, s:{}, s:s, s:s?, s:s?}",
                          "time", ts, "kind", "connection", "client", client ? client : "", "host",
                          h, "port", (int)port, "method", "CONNECT", "path", "", "status", status,
                          "duration_ms", ms, "pii", "action", decision ? decision : "none",
                          "refusal", refusal, "reason", refusal && why[0] ? why : NULL);
    char *json =
        r ? json_dumps(r, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(r);
    if (json) {
        add(json, 0, NULL, refusal, ms);
    }
}

char *gw_inspect_recent_json(uint64_t after, size_t limit)
{
    struct evbuffer *b = evbuffer_new();
    if (!b) {
        return NULL;
    }
    pthread_mutex_lock(&S.lock);
    uint64_t head = S.head;
    uint64_t first = head > GW_INSPECT_RING ? head - GW_INSPECT_RING + 1 : 1;
    if (limit && head >= limit && head - limit + 1 > first) {
        first = head - limit + 1;
    }
    if (after + 1 > first) {
        first = after + 1;
    }
    evbuffer_add_printf(b, "{\"seq\":%llu,\"records\":[", (unsigned long long)head);
    const char *sep = "";
    for (uint64_t s = first; s <= head; s++) {
        size_t slot = (size_t)(s % GW_INSPECT_RING);
        if (S.ring[slot].seq == s && S.ring[slot].json) {
            evbuffer_add_printf(b, "%s{\"seq\":%llu,\"record\":%s}", sep, (unsigned long long)s,
                                S.ring[slot].json);
            sep = ",";
        }
    }
    pthread_mutex_unlock(&S.lock);
    static const char end[] = "]}\n";
    evbuffer_add(b, end, sizeof(end)); /* with the NUL */
    size_t n = evbuffer_get_length(b);
    char *out = malloc(n);
    if (out) {
        evbuffer_remove(b, out, n);
    }
    evbuffer_free(b);
    return out;
}

void gw_inspect_frames(uint64_t *after, uint64_t upto, struct evbuffer *out)
{
    pthread_mutex_lock(&S.lock);
    uint64_t last = S.head < upto ? S.head : upto;
    uint64_t first = S.head > GW_INSPECT_RING ? S.head - GW_INSPECT_RING + 1 : 1;
    if (*after + 1 > first) {
        first = *after + 1;
    }
    for (uint64_t s = first; s <= last; s++) {
        size_t slot = (size_t)(s % GW_INSPECT_RING);
        if (S.ring[slot].seq == s && S.ring[slot].json) {
            evbuffer_add_printf(out, "id: %llu\ndata: %s\n\n", (unsigned long long)s,
                                S.ring[slot].json);
        }
    }
    if (last > *after) {
        *after = last;
    }
    pthread_mutex_unlock(&S.lock);
}

uint64_t gw_inspect_head(void)
{
    pthread_mutex_lock(&S.lock);
    uint64_t h = S.head;
    pthread_mutex_unlock(&S.lock);
    return h;
}

static json_t *percentiles(const unsigned *lat)
{
    unsigned long long total = 0;
    for (size_t k = 0; k < LAT_B; k++) {
        total += lat[k];
    }
    if (!total) {
        return json_null();
    }
    static const double ps[] = {0.5, 0.9, 0.99};
    static const char *names[] = {"p50", "p90", "p99"};
    json_t *o = json_object();
    for (size_t i = 0; i < 3; i++) {
        unsigned long long want = (unsigned long long)ceil(ps[i] * (double)total), seen = 0;
        size_t k = 0;
        for (; k < LAT_B - 1; k++) {
            seen += lat[k];
            if (seen >= want) {
                break;
            }
        }
        json_object_set_new(o, names[i], json_real(round(lat_value(k) * 10.0) / 10.0));
    }
    return o;
}

static json_t *named_counts(const unsigned *v, char (*names)[NAME_LEN], size_t n)
{
    json_t *o = json_object();
    for (size_t i = 0; i < n; i++) {
        if (v[i]) {
            json_object_set_new(o, names[i], json_integer(v[i]));
        }
    }
    return o;
}

char *gw_inspect_stats_json(void)
{
    json_t *mins = json_array(), *types = json_array(), *reasons = json_array();
    pthread_mutex_lock(&S.lock);
    long now = now_minute();
    sample_locked(bucket(now));
    for (long t = now - GW_INSPECT_MINUTES + 1; t <= now; t++) {
        const struct minute *m = &S.min[(size_t)t % GW_INSPECT_MINUTES];
        if (m->t != t) {
            json_array_append_new(mins, json_pack("{s:I}", "t", (json_int_t)t * 60));
            continue;
        }
        json_array_append_new(
            mins,
            json_pack("{s:I, s:i, s:i, s:i, s:o, s:o, s:o, s:I, s:I}", "t", (json_int_t)t * 60,
                      "requests", m->requests, "connections", m->connections, "refusals",
                      m->refusals, "pii", named_counts(m->pii, S.types, S.ntypes), "reasons",
                      named_counts(m->reasons, S.reasons, S.nreasons), "latency_ms",
                      percentiles(m->lat), "open_connections", (json_int_t)m->conns_open,
                      "open_tunnels", (json_int_t)m->tunnels_open));
    }
    for (size_t i = 0; i < S.ntypes; i++) {
        json_array_append_new(types, json_string(S.types[i]));
    }
    for (size_t i = 0; i < S.nreasons; i++) {
        json_array_append_new(reasons, json_string(S.reasons[i]));
    }
    uint64_t head = S.head;
    pthread_mutex_unlock(&S.lock);
    json_t *j = json_pack("{s:I, s:I, s:o, s:o, s:o}", "now", (json_int_t)time(NULL), "seq",
                          (json_int_t)head, "types", types, "reasons", reasons, "minutes", mins);
    char *s = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(j);
    return s;
}
