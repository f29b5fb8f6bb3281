/* upstream: the per-worker pool of verified TLS connections to upstream APIs, and the life of
 * one upstream request (queue, connection, sink calls, timeout, cancel, retry).
 *
 * The one thing to know: a request is only ever dispatched from the pool's kick event, never
 * from inside gw_upstream_send or a connection callback, so no sink is called before the caller
 * holds its handle, and a connection dying inside its own callback never re-enters dispatch.
 * Connections and requests are freed only when no callback of theirs is on the stack (defer.c).
 */
#include "gateway/upstream/upstream.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const uint8_t alpn_h1_only[] = "\x08http/1.1";

static void arm(struct event *ev, double secs)
{
    struct timeval tv = {(time_t)secs, (suseconds_t)((secs - (double)(time_t)secs) * 1e6)};
    evtimer_add(ev, &tv);
}

static void release(up_conn_t *c);

/* ---- requests ------------------------------------------------------------------------------ */

static void list_remove(gw_upstream_req_t *r)
{
    if (r->qprev) {
        *r->qprev = r->qnext;
        if (r->qnext) {
            r->qnext->qprev = r->qprev;
        }
        r->qnext = NULL;
        r->qprev = NULL;
    }
}

static void queue_remove(up_host_t *h, gw_upstream_req_t *r)
{
    if (h->qtail == &r->qnext) {
        h->qtail = r->qprev;
    }
    list_remove(r);
    h->nqueue--;
}

static void queue_push_back(up_host_t *h, gw_upstream_req_t *r)
{
    r->qnext = NULL;
    r->qprev = h->qtail;
    *h->qtail = r;
    h->qtail = &r->qnext;
    h->nqueue++;
}

void up_queue_push_front(up_host_t *h, gw_upstream_req_t *r)
{
    r->qnext = h->queue;
    r->qprev = &h->queue;
    if (h->queue) {
        h->queue->qprev = &r->qnext;
    } else {
        h->qtail = &r->qnext;
    }
    h->queue = r;
    h->nqueue++;
}

static const char *const req_state_names[UR_NSTATES] = {"queued", "sent", "body", "ended",
                                                        "finished"};

#define B(s) (1u << (s))
static const unsigned req_allowed[UR_NSTATES] = {
    [UR_QUEUED] = B(UR_SENT) | B(UR_FINISHED),
    [UR_SENT] = B(UR_BODY) | B(UR_QUEUED) | B(UR_FINISHED), /* QUEUED: a retry */
    [UR_BODY] = B(UR_ENDED) | B(UR_FINISHED),
    [UR_ENDED] = B(UR_FINISHED),
    [UR_FINISHED] = 0,
};
#undef B

int up_req_to(gw_upstream_req_t *r, enum up_req_state next)
{
    if (next == r->st) {
        return 0;
    }
    if (!(req_allowed[r->st] & (1u << next))) {
        char qhost[300];
        gw_log(GW_LOG_WARN, "event=upstream_request_bad_transition host=%s from=%s to=%s",
               gw_log_quote(qhost, sizeof(qhost), r->host->key), req_state_names[r->st],
               req_state_names[next]);
        return -1;
    }
    gw_log(GW_LOG_DEBUG, "event=upstream_request_state stream=%d from=%s to=%s", (int)r->stream_id,
           req_state_names[r->st], req_state_names[next]);
    r->st = next;
    return 0;
}

void up_conn_attach(up_conn_t *c, gw_upstream_req_t *r)
{
    r->conn = c;
    (void)up_req_to(r, UR_SENT);
    r->qnext = c->reqs;
    r->qprev = &c->reqs;
    if (c->reqs) {
        c->reqs->qprev = &r->qnext;
    }
    c->reqs = r;
    c->nreqs++;
    c->requests++;
    evtimer_del(c->idle_timer);
}

void up_conn_detach(up_conn_t *c, gw_upstream_req_t *r)
{
    if (r->conn != c) {
        return;
    }
    list_remove(r);
    r->conn = NULL;
    c->nreqs--;
    if (c->h2 && c->ng && r->stream_id > 0) {
        /* nghttp2 may still call back about this stream; it must not find the request. */
        nghttp2_session_set_stream_user_data(c->ng, r->stream_id, NULL);
    }
}

static void req_destroy(void *self)
{
    gw_upstream_req_t *r = self;
    evtimer_del(r->timer); /* in r's allocation: no event_free */
    gw_evbuffer_wipe_free(r->rbuf);
    gw_hdrs_clear(&r->hdrs);
    gw_req_free(r->req);
    free(r);
}

void up_req_free(gw_upstream_req_t *r)
{
    if (r->conn) {
        up_conn_detach(r->conn, r);
    } else if (r->st == UR_QUEUED && r->qprev) {
        queue_remove(r->host, r);
    }
    evtimer_del(r->timer);
    r->st = UR_FINISHED; /* from any state: this is the end */
    gw_defer_free(&r->obj, req_destroy);
}

void up_req_touch(gw_upstream_req_t *r)
{
    if (!r->paused && r->st != UR_FINISHED) {
        arm(r->timer, r->host->pool->w->cfg->upstream_timeout);
    }
}

int up_req_retry(gw_upstream_req_t *r)
{
    if (r->received || r->retried || r->st != UR_SENT || r->cancelled) {
        return -1;
    }
    if (r->conn) {
        up_conn_detach(r->conn, r);
    }
    r->retried = 1;
    (void)up_req_to(r, UR_QUEUED); /* from SENT, checked above */
    r->stream_id = 0;
    r->body_off = 0;
    r->body_sent = 0;
    r->unconsumed = 0;
    r->status = 0;
    gw_hdrs_clear(&r->hdrs);
    up_queue_push_front(r->host, r);
    up_kick(r->host);
    return 0;
}

/* Take the request off whatever carries it, as cancel does: h2 resets the stream, h1 gives up
 * the connection (its response can no longer be framed). */
static void req_abort(gw_upstream_req_t *r)
{
    up_conn_t *c = r->conn;
    if (c) {
        if (c->h2) {
            up_h2_cancel(c, r);
        } else {
            up_conn_detach(c, r);
            up_conn_close(c, "cancelled", 0, GW_UPFAIL_OTHER, NULL);
        }
    } else if (r->st == UR_QUEUED && r->qprev) {
        queue_remove(r->host, r);
    }
    evtimer_del(r->timer);
}

static void count_failure(gw_upstream_req_t *r, int status)
{
    gw_counters_t *k = &r->host->pool->w->srv->counters;
    atomic_fetch_add(status == 403 ? &k->blocked : &k->upstream_errors, 1);
}

/* After a sink call: a receiver that let go (non-zero return, which means it has already ended
 * its side, or a cancel inside) loses the request here. Returns -1 when it is gone. */
static int after_sink(gw_upstream_req_t *r, int rc)
{
    if (rc == 0 && !r->cancelled) {
        return 0;
    }
    req_abort(r);
    up_req_free(r);
    return -1;
}

int up_sink_head(gw_upstream_req_t *r, int status, const gw_hdrs_t *hdrs)
{
    if (!r->conn || !r->conn->h2 || r->body_off == evbuffer_get_length(r->req->body)) {
        /* sent whole, and a response came: no retry can need it (a stream can take minutes) */
        gw_req_drop_body(r->req);
    }
    (void)up_req_to(r, UR_BODY);
    gw_hold(&r->obj);
    int rc = r->sink.head(r->arg, status, hdrs);
    gw_release(&r->obj);
    if (after_sink(r, rc) < 0) {
        return -1;
    }
    up_req_touch(r);
    return 0;
}

int up_sink_deliver(gw_upstream_req_t *r)
{
    while (evbuffer_get_length(r->rbuf) && !r->paused) {
        gw_hold(&r->obj);
        int rc = r->sink.data(r->arg, r->rbuf);
        gw_release(&r->obj);
        gw_evbuffer_wipe(r->rbuf);
        if (after_sink(r, rc) < 0) {
            return -1;
        }
        if (r->sink.backlog && r->sink.backlog(r->arg) > GW_BACKLOG_HIGH) {
            r->paused = 1;
            evtimer_del(r->timer);
        }
    }
    return 0;
}

void up_sink_end(gw_upstream_req_t *r, const gw_hdrs_t *trailers)
{
    if (r->conn) {
        up_conn_detach(r->conn, r);
    }
    evtimer_del(r->timer);
    (void)up_req_to(r, UR_FINISHED);
    gw_hold(&r->obj);
    r->sink.end(r->arg, trailers);
    gw_release(&r->obj);
    up_req_free(r);
}

void up_sink_fail(gw_upstream_req_t *r, int status, gw_upfail_t kind, const char *msg)
{
    if (r->conn) {
        up_conn_detach(r->conn, r);
    } else if (r->st == UR_QUEUED && r->qprev) {
        queue_remove(r->host, r);
    }
    evtimer_del(r->timer);
    count_failure(r, status);
    (void)up_req_to(r, UR_FINISHED);
    r->fail_kind = kind;
    gw_hold(&r->obj);
    r->sink.fail(r->arg, status, msg);
    gw_release(&r->obj);
    up_req_free(r);
}

static void on_req_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_upstream_req_t *r = arg;
    const char *msg = r->st == UR_QUEUED ? "timed out waiting for an upstream connection"
                      : r->st == UR_SENT ? "upstream did not answer in time"
                                         : "upstream went silent mid-response";
    up_conn_t *c = r->conn;
    if (c) {
        gw_hold(&c->obj);
    }
    req_abort(r);
    up_sink_fail(r, 504, GW_UPFAIL_TIMEOUT, msg);
    if (c) {
        if (c->h2) {
            up_h2_flush(c); /* the RST_STREAM */
        }
        release(c);
    }
}

const char *up_authority(gw_upstream_req_t *r, char *buf, size_t n)
{
    if (r->req->authority && r->req->authority[0]) {
        return r->req->authority;
    }
    const up_host_t *h = r->host;
    int v6 = strchr(h->host, ':') != NULL && h->host[0] != '[';
    if (h->port == 443) {
        snprintf(buf, n, v6 ? "[%s]" : "%s", h->host);
    } else {
        snprintf(buf, n, v6 ? "[%s]:%u" : "%s:%u", h->host, h->port);
    }
    return buf;
}

int up_method_wants_length(const gw_req_t *q)
{
    return evbuffer_get_length(q->body) > 0 || !strcmp(q->method, "POST") ||
           !strcmp(q->method, "PUT") || !strcmp(q->method, "PATCH");
}

/* ---- connections --------------------------------------------------------------------------- */

static void conn_destroy(void *self)
{
    up_conn_t *c = self;
    char qhost[300];
    int lvl = c->outcome && (strstr(c->outcome, "fail") || strstr(c->outcome, "error"))
                  ? GW_LOG_WARN
                  : GW_LOG_INFO;
    gw_log(lvl,
           "event=upstream_conn host=%s alpn=%s resumed=%s requests=%u duration_ms=%.1f "
           "outcome=%s",
           gw_log_quote(qhost, sizeof(qhost), c->host->key), c->alpn ? c->alpn : "none",
           c->resumed ? "true" : "false", c->requests, gw_elapsed_ms(&c->t0),
           c->outcome ? c->outcome : "closed");
    gw_dial_cancel(c->dial);
    if (c->h2) {
        up_h2_free(c);
    } else {
        up_h1_free(c);
    }
    gw_tls_free(c->tls);
    event_free(c->idle_timer);
    free(c);
}

void up_conn_close(up_conn_t *c, const char *outcome, int status, gw_upfail_t kind, const char *msg)
{
    if (c->st != UC_DEAD) {
        int never_ready = c->st != UC_READY;
        up_host_t *h = c->host;
        c->st = UC_DEAD;
        c->outcome = outcome;
        if (c->prev) {
            *c->prev = c->next;
            if (c->next) {
                c->next->prev = c->prev;
            }
            c->prev = NULL;
        }
        evtimer_del(c->idle_timer);
        gw_dial_cancel(c->dial); /* dead: no dial result may reach it */
        c->dial = NULL;
        gw_hold(&c->obj);
        while (c->reqs) {
            gw_upstream_req_t *r = c->reqs;
            up_sink_fail(r, status ? status : 502, msg ? kind : GW_UPFAIL_CLOSED,
                         msg ? msg : "upstream closed the connection mid-response");
        }
        if (never_ready && status) {
            /* The requests waiting for this host would meet the same refusal or failure. */
            int others = 0;
            for (up_conn_t *o = h->conns; o; o = o->next) {
                others += o->st != UC_READY;
            }
            while (h->queue && !others) {
                up_sink_fail(h->queue, status, kind, msg);
            }
        }
        gw_release(&c->obj);
        up_kick(h);
    }
    gw_defer_free(&c->obj, conn_destroy);
}

static void release(up_conn_t *c)
{
    gw_release(&c->obj);
}

static void on_idle_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    up_conn_close(arg, "idle", 0, GW_UPFAIL_OTHER, NULL);
}

void up_conn_idle(up_conn_t *c)
{
    if (c->st != UC_READY || c->nreqs) {
        return;
    }
    if (!c->h2) {
        size_t idle = 0;
        for (up_conn_t *o = c->host->conns; o; o = o->next) {
            idle += o->st == UC_READY && !o->h2 && o->nreqs == 0;
        }
        if (idle > UP_H1_MAX_IDLE) {
            up_conn_close(c, "idle_cap", 0, GW_UPFAIL_OTHER, NULL);
            return;
        }
    }
    arm(c->idle_timer, UP_IDLE_SECS);
    up_kick(c->host);
}

static void on_tls_ready(gw_tls_t *t, void *arg)
{
    up_conn_t *c = arg;
    if (c->st != UC_TLS) {
        return;
    }
    gw_hold(&c->obj);
    c->st = UC_READY;
    c->h2 = gw_tls_is_h2(t);
    c->alpn = c->h2 ? "h2" : "http/1.1";
    c->resumed = SSL_session_reused(gw_tls_ssl(t));
    c->host->proto = c->h2 ? 2 : 1;
    if ((c->h2 ? up_h2_start(c) : up_h1_start(c)) != 0) {
        up_conn_close(c, "setup_failed", 502, GW_UPFAIL_CONNECT,
                      "cannot set up the upstream connection");
    } else {
        up_conn_idle(c);
    }
    release(c);
}

static void on_tls_read(gw_tls_t *t, struct evbuffer *plain, void *arg)
{
    (void)t;
    up_conn_t *c = arg;
    if (c->st != UC_READY) {
        gw_evbuffer_wipe(plain);
        return;
    }
    gw_hold(&c->obj);
    if (c->h2) {
        up_h2_on_read(c, plain);
    } else {
        up_h1_on_read(c, plain);
    }
    release(c);
}

static void on_tls_drained(gw_tls_t *t, void *arg)
{
    (void)t;
    up_conn_t *c = arg;
    if (c->st == UC_READY && c->h2) {
        gw_hold(&c->obj);
        up_h2_on_drained(c);
        release(c);
    }
}

static void on_tls_close(gw_tls_t *t, int error, const char *why, void *arg)
{
    up_conn_t *c = arg;
    gw_hold(&c->obj);
    if (c->st == UC_TLS) {
        char msg[256];
        snprintf(msg, sizeof(msg), "upstream TLS failed: %s", error ? gw_tls_error(t) : why);
        char qhost[300], qwhy[300];
        gw_log(GW_LOG_WARN, "event=upstream_tls_failed host=%s reason=%s",
               gw_log_quote(qhost, sizeof(qhost), c->host->key),
               gw_log_quote(qwhy, sizeof(qwhy), msg));
        up_conn_close(c, "tls_failed", 502, GW_UPFAIL_TLS, msg);
    } else if (c->st == UC_READY) {
        if (c->h2) {
            up_h2_on_close(c, error, why);
        } else {
            up_h1_on_close(c, error, why);
        }
    }
    release(c);
}

static const gw_tls_cbs_t tls_cbs = {on_tls_ready, on_tls_read, on_tls_drained, on_tls_close};

void gw_upstream_insecure_note(gw_worker_t *w, const char *host)
{
    char qhost[300];
    atomic_fetch_add(&w->srv->counters.insecure_upstream_uses, 1);
    gw_log(GW_LOG_WARN,
           "event=upstream_insecure host=%s reason=\"acceptInvalidUpstreamCerts is on: the "
           "upstream certificate is not verified\"",
           gw_log_quote(qhost, sizeof(qhost), host));
}

static void on_dialed(int fd, int status, const char *reason, const struct sockaddr *addr,
                      void *arg)
{
    (void)addr;
    up_conn_t *c = arg;
    gw_worker_t *w = c->w;
    c->dial = NULL;
    if (fd < 0) {
        up_conn_close(c, status == 403 ? "blocked" : "dial_failed", status,
                      gw_upfail_of_dial(status), reason);
        return;
    }
    c->st = UC_TLS;
    const char *why = NULL;
    c->tls = gw_upstream_tls_open(w, fd, c->host->host, c->host->key, c->host->pool->force_h1,
                                  &c->host->session, &tls_cbs, c, &why);
    if (!c->tls) {
        up_conn_close(c, "tls_failed", 502, GW_UPFAIL_TLS, why);
    }
}

gw_tls_t *gw_upstream_tls_open(gw_worker_t *w, int fd, const char *host, const char *log_host,
                               int h1_only, SSL_SESSION **resume, const gw_tls_cbs_t *cbs,
                               void *arg, const char **why)
{
    struct bufferevent *bev = bufferevent_socket_new(w->base, fd, BEV_OPT_CLOSE_ON_FREE);
    if (!bev) {
        evutil_closesocket(fd);
        *why = "out of memory";
        return NULL;
    }
    gw_tune_bev(bev);
    int verify = !w->cfg->accept_invalid_upstream_certs;
    SSL *ssl = gw_tls_client_ssl(w->srv->tls_client, host, verify);
    if (!ssl) {
        bufferevent_free(bev);
        *why = "cannot create the upstream TLS session";
        return NULL;
    }
    if (resume) {
        gw_tls_remember_sessions(ssl, resume);
    }
    if (h1_only) {
        SSL_set_alpn_protos(ssl, alpn_h1_only, sizeof(alpn_h1_only) - 1);
    }
    if (!verify) {
        gw_upstream_insecure_note(w, log_host);
    }
    gw_tls_t *t = gw_tls_new(w, bev, ssl, cbs, arg);
    if (!t) {
        *why = "cannot start upstream TLS";
    }
    return t;
}

static up_conn_t *conn_dial(up_host_t *h)
{
    gw_worker_t *w = h->pool->w;
    up_conn_t *c = calloc(1, sizeof(*c));
    if (!c) {
        return NULL;
    }
    gw_obj_init(&c->obj, &w->reaper, c);
    c->host = h;
    c->w = w;
    c->st = UC_DIAL;
    gettimeofday(&c->t0, NULL);
    c->idle_timer = evtimer_new(w->base, on_idle_timeout, c);
    if (!c->idle_timer) {
        free(c);
        return NULL;
    }
    c->next = h->conns;
    c->prev = &h->conns;
    if (h->conns) {
        h->conns->prev = &c->next;
    }
    h->conns = c;
    h->pool->dials++;
    c->dial = gw_dial_start(w, h->host, h->port, on_dialed, c);
    if (!c->dial) {
        c->outcome = "dial_failed";
        up_conn_close(c, "dial_failed", 0, GW_UPFAIL_OTHER, NULL);
        return NULL;
    }
    return c;
}

/* ---- dispatch ------------------------------------------------------------------------------ */

static up_conn_t *pick_conn(up_host_t *h)
{
    for (up_conn_t *c = h->conns; c; c = c->next) {
        if (c->st != UC_READY) {
            continue;
        }
        if (c->h2 ? !c->goaway && up_h2_has_room(c) : c->nreqs == 0) {
            return c;
        }
    }
    return NULL;
}

static void maybe_dial(up_host_t *h)
{
    size_t connecting = 0, usable_h2 = 0, total = 0;
    for (up_conn_t *c = h->conns; c; c = c->next) {
        total++;
        connecting += c->st == UC_DIAL || c->st == UC_TLS;
        usable_h2 += c->st == UC_READY && c->h2 && !c->goaway;
    }
    size_t want;
    if (h->proto != 1) {
        /* h2 or not known yet: one connection carries everything; wait for it. */
        want = connecting || usable_h2 ? 0 : 1;
    } else {
        want = h->nqueue > connecting ? h->nqueue - connecting : 0;
        if (total + want > UP_H1_MAX_CONNS) {
            want = total < UP_H1_MAX_CONNS ? UP_H1_MAX_CONNS - total : 0;
        }
    }
    for (size_t i = 0; i < want; i++) {
        if (!conn_dial(h)) {
            while (h->queue && !connecting && i == 0) {
                up_sink_fail(h->queue, 502, GW_UPFAIL_CONNECT, "cannot connect to the destination");
            }
            return;
        }
    }
}

static void dispatch(up_host_t *h)
{
    while (h->queue) {
        up_conn_t *c = pick_conn(h);
        if (!c) {
            break;
        }
        gw_upstream_req_t *r = h->queue;
        queue_remove(h, r);
        gw_hold(&c->obj);
        up_conn_attach(c, r);
        if (c->h2) {
            up_h2_send(c, r);
        } else {
            up_h1_send(c, r);
        }
        release(c);
    }
    if (h->queue) {
        maybe_dial(h);
    }
    for (up_conn_t *c = h->conns, *next; c; c = next) {
        next = c->next;
        if (c->h2 && c->st == UC_READY) {
            up_h2_flush(c);
        }
    }
}

static void on_kick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    up_pool_t *p = arg;
    for (up_host_t *h = p->hosts; h; h = h->next) {
        if (h->queue) {
            dispatch(h);
        }
    }
}

void up_kick(up_host_t *h)
{
    event_active(h->pool->kick, 0, 0);
}

static up_pool_t *pool_of(gw_worker_t *w)
{
    up_pool_t *p = w->upstream_pool;
    if (p) {
        return p;
    }
    p = calloc(1, sizeof(*p));
    if (!p) {
        return NULL;
    }
    p->w = w;
    p->kick = event_new(w->base, -1, 0, on_kick, p);
    if (!p->kick) {
        free(p);
        return NULL;
    }
    w->upstream_pool = p;
    return p;
}

/* "host:port" into key, truncated as snprintf would, without its cost (asked every request). */
static void host_key(char key[300], const char *host, unsigned port)
{
    char digits[16];
    size_t k = sizeof(digits);
    digits[--k] = '\0';
    do {
        digits[--k] = (char)('0' + port % 10);
        port /= 10;
    } while (port && k > 1);
    digits[--k] = ':';
    size_t n = strnlen(host, 299);
    memcpy(key, host, n);
    gw_copy_str(key + n, 300 - n, digits + k, SIZE_MAX);
}

static up_host_t *host_of(up_pool_t *p, const char *host, unsigned port)
{
    char key[300];
    host_key(key, host, port);
    for (up_host_t *h = p->hosts; h; h = h->next) {
        if (strcasecmp(h->key, key) == 0) {
            return h;
        }
    }
    up_host_t *h = calloc(1, sizeof(*h));
    if (!h) {
        return NULL;
    }
    h->pool = p;
    snprintf(h->key, sizeof(h->key), "%s", key);
    snprintf(h->host, sizeof(h->host), "%s", host);
    h->port = port;
    h->qtail = &h->queue;
    h->next = p->hosts;
    p->hosts = h;
    return h;
}

/* ---- the API in exchange.h ----------------------------------------------------------------- */

gw_upstream_req_t *gw_upstream_send(gw_worker_t *w, const char *host, unsigned port, gw_req_t *req,
                                    const gw_sink_t *sink, void *arg)
{
    up_pool_t *p = pool_of(w);
    up_host_t *h = p ? host_of(p, host, port) : NULL;
    /* The timer's struct event follows the request in one allocation (its size from libevent, so
     * no dependence on the struct's layout): one malloc and free fewer per request. */
    size_t at =
        (sizeof(gw_upstream_req_t) + _Alignof(max_align_t) - 1) & ~(_Alignof(max_align_t) - 1);
    gw_upstream_req_t *r = h ? calloc(1, at + event_get_struct_event_size()) : NULL;
    if (!r) {
        gw_req_free(req);
        return NULL;
    }
    gw_obj_init(&r->obj, &w->reaper, r);
    r->host = h;
    r->req = req;
    r->sink = *sink;
    r->arg = arg;
    r->is_head = strcmp(req->method, "HEAD") == 0;
    r->rbuf = evbuffer_new();
    r->timer = (struct event *)((char *)r + at);
    if (!r->rbuf || evtimer_assign(r->timer, w->base, on_req_timeout, r) != 0) {
        if (r->rbuf) {
            evbuffer_free(r->rbuf);
        }
        free(r);
        gw_req_free(req);
        return NULL;
    }
    r->st = UR_QUEUED;
    queue_push_back(h, r);
    up_req_touch(r);
    up_kick(h);
    return r;
}

void gw_upstream_cancel(gw_upstream_req_t *r)
{
    if (!r || r->st == UR_FINISHED) {
        return;
    }
    if (gw_obj_held(&r->obj)) {
        r->cancelled = 1; /* the sink call in progress notices on return */
        return;
    }
    up_conn_t *c = r->conn;
    if (c) {
        gw_hold(&c->obj);
    }
    req_abort(r);
    up_req_free(r);
    if (c) {
        if (c->h2 && c->st == UC_READY) {
            up_h2_flush(c);
        }
        release(c);
    }
}

void gw_upstream_resume(gw_upstream_req_t *r)
{
    if (!r || !r->paused || r->st == UR_FINISHED) {
        return;
    }
    r->paused = 0;
    if (gw_obj_held(&r->obj)) {
        return; /* resumed from inside data(): the delivery loop carries on */
    }
    up_req_touch(r);
    up_conn_t *c = r->conn;
    if (c) {
        gw_hold(&c->obj);
        if (c->h2) {
            up_h2_resume(c, r);
        } else {
            up_h1_resume(c, r);
        }
        release(c);
    } else if (r->st == UR_ENDED) {
        up_h2_resume(NULL, r); /* an h2 stream that ended while paused */
    }
}

void gw_upstream_worker_free(gw_worker_t *w)
{
    up_pool_t *p = w->upstream_pool;
    if (!p) {
        return;
    }
    while (p->hosts) {
        up_host_t *h = p->hosts;
        p->hosts = h->next;
        while (h->conns) {
            up_conn_t *c = h->conns;
            h->conns = c->next;
            while (c->reqs) {
                gw_upstream_req_t *r = c->reqs;
                up_conn_detach(c, r);
                up_req_free(r); /* no sink call at teardown: the receivers are gone too */
            }
            c->st = UC_DEAD;
            c->outcome = "shutdown";
            conn_destroy(c);
        }
        while (h->queue) {
            up_req_free(h->queue);
        }
        SSL_SESSION_free(h->session);
        free(h);
    }
    event_free(p->kick);
    free(p);
    w->upstream_pool = NULL;
}

void gw_upstream_force_h1_for_tests(gw_worker_t *w, int on)
{
    up_pool_t *p = pool_of(w);
    if (p) {
        p->force_h1 = on;
    }
}

unsigned long gw_upstream_dials_for_tests(gw_worker_t *w)
{
    up_pool_t *p = w->upstream_pool;
    return p ? p->dials : 0;
}

const char *gw_upstream_alpn(const gw_upstream_req_t *r)
{
    return r && r->conn && r->conn->alpn ? r->conn->alpn : NULL;
}

gw_upfail_t gw_upstream_fail_kind(const gw_upstream_req_t *r)
{
    return r ? r->fail_kind : GW_UPFAIL_OTHER;
}
