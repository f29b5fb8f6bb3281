/* inspect_http: the inspector's HTTP side, on the admin listener only (worker 0's thread).
 *
 *   GET /inspector/                 the page (embedded HTML, script, style: no data in them)
 *   GET /inspector/api/recent       recent records as JSON          } loopback clients, or
 *   GET /inspector/api/stats        the last hour, per minute        } Authorization: Bearer
 *   GET /inspector/api/stream       new records as they come (SSE)  } <managementToken>
 *
 * A stream is a watcher: at most GW_INSPECT_WATCHERS, fed by one timer from the ring (workers
 * never touch a watcher); one that lets GW_INSPECT_SLOW bytes pile up unsent is dropped. Every
 * answer forbids caching, sniffing, framing and any script or connection but this origin's.
 */
#include "gateway/front/front.h"

#include <stdlib.h>
#include <string.h>

#define TICK_MS 250
#define KEEPALIVE_TICKS (15000 / TICK_MS)

struct watcher {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    struct watcher *next;
    struct bufferevent *bev;
};

static struct {
    gw_worker_t *w; /* worker 0 */
    struct event *tick;
    struct watcher *watchers;
    size_t nwatchers;
    uint64_t sent; /* every watcher has the records up to here */
    unsigned quiet_ticks;
} H;

static const char SECURITY_HEADERS[] =
    "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
    "Referrer-Policy: no-referrer\r\nX-Frame-Options: DENY\r\n"
    "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'\r\n";

static int reply(gw_worker_t *w, struct bufferevent *bev, int status, const char *type,
                 const void *body, size_t len, const char *extra, int head_only)
{
    struct evbuffer *out = bufferevent_get_output(bev);
    evbuffer_add_printf(out,
                        "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n%s%s"
                        "Connection: close\r\n\r\n",
                        status, gw_http_reason(status), type, len, SECURITY_HEADERS,
                        extra ? extra : "");
    if (!head_only) {
        evbuffer_add(out, body, len);
    }
    gw_linger_close(w, bev);
    return status;
}

static int reply_text(gw_worker_t *w, struct bufferevent *bev, int status, const char *text,
                      const char *extra)
{
    return reply(w, bev, status, "text/plain; charset=utf-8", text, strlen(text), extra, 0);
}

/* Loopback clients, or the management token as a bearer token (compared in constant time). */
static int authorized(gw_worker_t *w, gw_head_t *head, const struct sockaddr *peer)
{
    if (gw_control_loopback(peer)) {
        return 1;
    }
    gw_gen_t *g = gw_gen_acquire(w->srv); /* managementToken is reloadable */
    int ok = gw_control_bearer(head, g->cfg->management_token);
    gw_gen_release(g);
    return ok;
}

static const gw_asset_t *asset(const char *name, size_t n)
{
    for (const gw_asset_t *a = gw_inspector_assets; a->name; a++) {
        if (strlen(a->name) == n && !memcmp(a->name, name, n)) {
            return a;
        }
    }
    return NULL;
}

static const char *type_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (dot && !strcmp(dot, ".js")) {
        return "text/javascript; charset=utf-8";
    }
    if (dot && !strcmp(dot, ".css")) {
        return "text/css; charset=utf-8";
    }
    if (dot && !strcmp(dot, ".svg")) {
        return "image/svg+xml";
    }
    return "text/html; charset=utf-8";
}

/* A decimal query parameter, or dflt. */
static unsigned long long query_num(const char *target, size_t tlen, const char *key,
                                    unsigned long long dflt)
{
    const char *q = memchr(target, '?', tlen);
    size_t klen = strlen(key);
    while (q && q < target + tlen) {
        q++;
        const char *end = memchr(q, '&', (size_t)(target + tlen - q));
        end = end ? end : target + tlen;
        if ((size_t)(end - q) > klen && !strncmp(q, key, klen) && q[klen] == '=') {
            unsigned long long v = 0;
            for (const char *p = q + klen + 1; p < end && *p >= '0' && *p <= '9'; p++) {
                v = v < 1000000000000ULL ? v * 10 + (unsigned long long)(*p - '0') : v;
            }
            return v;
        }
        q = end;
    }
    return dflt;
}

static void watcher_free(struct watcher *x, const char *why)
{
    struct watcher **pp = &H.watchers;
    while (*pp && *pp != x) {
        pp = &(*pp)->next;
    }
    if (*pp) {
        *pp = x->next;
        H.nwatchers--;
    }
    gw_worker_unlink(H.w, &x->link);
    bufferevent_free(x->bev);
    gw_log(GW_LOG_INFO, "event=inspector_stream_end reason=%s watchers=%zu", why, H.nwatchers);
    free(x);
}

static void watcher_abort(gw_link_t *l)
{
    watcher_free((struct watcher *)l, "shutdown");
}

static void watcher_read(struct bufferevent *bev, void *arg)
{
    (void)arg;
    struct evbuffer *in = bufferevent_get_input(bev);
    evbuffer_drain(in, evbuffer_get_length(in)); /* a stream's client has nothing more to say */
}

static void watcher_event(struct bufferevent *bev, short what, void *arg)
{
    (void)bev;
    (void)what;
    watcher_free(arg, "client_closed");
}

/* New records (and, after a quiet while, a keepalive) to every watcher; H.sent moves to the
 * newest. A watcher that does not read is dropped here, before it can hold much memory. */
static void broadcast(void)
{
    struct evbuffer *batch = evbuffer_new();
    if (!batch) {
        return;
    }
    gw_inspect_frames(&H.sent, UINT64_MAX, batch);
    if (evbuffer_get_length(batch) == 0 && ++H.quiet_ticks >= KEEPALIVE_TICKS) {
        evbuffer_add(batch, ": keepalive\n\n", 13);
    }
    size_t n = evbuffer_get_length(batch);
    if (n) {
        H.quiet_ticks = 0;
        unsigned char *bytes = evbuffer_pullup(batch, -1);
        for (struct watcher *x = H.watchers, *next; x; x = next) {
            next = x->next;
            struct evbuffer *out = bufferevent_get_output(x->bev);
            if (evbuffer_get_length(out) + n > GW_INSPECT_SLOW) {
                gw_log(GW_LOG_WARN, "event=inspector_stream_dropped reason=slow_reader");
                watcher_free(x, "slow_reader");
                continue;
            }
            evbuffer_add(out, bytes, n);
        }
    }
    evbuffer_free(batch);
}

/* Every TICK_MS on worker 0: the gauges into this minute, new records to every watcher. */
static void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    (void)arg;
    gw_inspect_sample();
    if (H.w->draining) {
        while (H.watchers) {
            watcher_free(H.watchers, "draining");
        }
        return;
    }
    if (!H.watchers) {
        H.sent = gw_inspect_head();
        return;
    }
    broadcast();
}

static int stream(gw_worker_t *w, struct bufferevent *bev, gw_head_t *head, const char *target,
                  size_t tlen)
{
    if (H.nwatchers >= GW_INSPECT_WATCHERS) {
        return reply_text(w, bev, 503, "hush: too many inspector streams open\n",
                          "Retry-After: 5\r\n");
    }
    struct watcher *x = calloc(1, sizeof(*x));
    if (!x) {
        return reply_text(w, bev, 503, "hush: out of memory\n", NULL);
    }
    broadcast(); /* the others are now at H.sent; the newcomer starts from there too */
    /* Its backlog: ?after=SEQ, or the Last-Event-ID of a reconnecting client; else nothing. */
    uint64_t after = query_num(target, tlen, "after", H.sent);
    size_t llen = 0;
    const char *last = gw_head_get(head, "last-event-id", &llen);
    if (last && llen > 0 && llen < 20) {
        char tmp[24];
        memcpy(tmp, last, llen);
        tmp[llen] = '\0';
        after = strtoull(tmp, NULL, 10);
    }
    struct evbuffer *out = bufferevent_get_output(bev);
    evbuffer_add_printf(out,
                        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n%s"
                        "X-Accel-Buffering: no\r\nConnection: close\r\n\r\nretry: 2000\n\n",
                        SECURITY_HEADERS);
    if (after < H.sent) {
        gw_inspect_frames(&after, H.sent, out);
    }
    x->bev = bev;
    x->next = H.watchers;
    H.watchers = x;
    H.nwatchers++;
    gw_worker_link(w, &x->link, watcher_abort);
    bufferevent_setcb(bev, watcher_read, NULL, watcher_event, x);
    bufferevent_enable(bev, EV_READ | EV_WRITE);
    gw_log(GW_LOG_INFO, "event=inspector_stream_start watchers=%zu", H.nwatchers);
    return 200;
}

int gw_inspect_is_path(const char *target, size_t tlen)
{
    return tlen >= 10 && !memcmp(target, "/inspector", 10) &&
           (tlen == 10 || target[10] == '/' || target[10] == '?');
}

int gw_inspect_handle(gw_worker_t *w, struct bufferevent *bev, gw_head_t *head,
                      const struct sockaddr *peer)
{
    size_t tlen;
    const char *target = gw_head_target(head, &tlen);
    const char *m = gw_head_method(head);
    int head_only = !strcmp(m, "HEAD");
    if (strcmp(m, "GET") != 0 && !head_only) {
        return reply_text(w, bev, 405, "hush: use GET\n", "Allow: GET, HEAD\r\n");
    }
    if (!gw_inspect_on() || H.w != w) {
        return reply_text(w, bev, 404, "hush: the inspector is off\n", NULL);
    }
    size_t plen = strcspn(target, "?");
    plen = plen > tlen ? tlen : plen;
    const char *page = NULL;
    size_t pagelen = 0;
    if (plen == 10 || (plen == 11 && target[10] == '/')) {
        page = "index.html";
        pagelen = 10;
    } else if (plen > 11 && strncmp(target + 11, "api/", 4) != 0) {
        page = target + 11;
        pagelen = plen - 11;
    }
    if (page) {
        const gw_asset_t *a = asset(page, pagelen);
        if (!a) {
            return reply_text(w, bev, 404, "hush: no such inspector file\n", NULL);
        }
        return reply(w, bev, 200, type_of(a->name), a->data, a->len, NULL, head_only);
    }
    if (!authorized(w, head, peer)) {
        gw_gen_t *g = gw_gen_acquire(w->srv);
        int no_token = !g->cfg->management_token;
        gw_gen_release(g);
        if (no_token) {
            return reply_text(w, bev, 403,
                              "hush: the inspector's data is for loopback clients, or for the "
                              "managementToken when one is set\n",
                              NULL);
        }
        return reply_text(w, bev, 401, "hush: bearer token required\n",
                          "WWW-Authenticate: Bearer realm=\"hush\"\r\n");
    }
    const char *api = target + 11;
    size_t alen = plen - 11;
    char *body = NULL;
    if (alen == 10 && !memcmp(api, "api/recent", 10)) {
        body = gw_inspect_recent_json(query_num(target, tlen, "after", 0),
                                      (size_t)query_num(target, tlen, "limit", GW_INSPECT_RING));
    } else if (alen == 9 && !memcmp(api, "api/stats", 9)) {
        body = gw_inspect_stats_json();
    } else if (alen == 10 && !memcmp(api, "api/stream", 10)) {
        return head_only ? reply(w, bev, 200, "text/event-stream", "", 0, NULL, 1)
                         : stream(w, bev, head, target, tlen);
    } else {
        return reply_text(w, bev, 404, "hush: unknown inspector endpoint\n", NULL);
    }
    if (!body) {
        return reply_text(w, bev, 500, "hush: out of memory\n", NULL);
    }
    int rc = reply(w, bev, 200, "application/json", body, strlen(body), NULL, head_only);
    free(body);
    return rc;
}

int gw_inspect_start(gw_worker_t *w)
{
    H.w = w;
    H.tick = event_new(w->base, -1, EV_PERSIST, on_tick, NULL);
    struct timeval tv = {0, TICK_MS * 1000};
    if (!H.tick || event_add(H.tick, &tv) != 0) {
        return -1;
    }
    H.sent = gw_inspect_head();
    gw_inspect_enable(w->srv);
    return 0;
}

void gw_inspect_stop(gw_worker_t *w)
{
    if (H.w != w) {
        return;
    }
    gw_inspect_enable(NULL);
    while (H.watchers) {
        watcher_free(H.watchers, "shutdown");
    }
    if (H.tick) {
        event_free(H.tick);
    }
    memset(&H, 0, sizeof(H));
}
