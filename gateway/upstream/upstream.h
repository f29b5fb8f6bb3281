/* upstream: the per-worker pool of verified TLS connections to upstream APIs (gw_upstream_send),
 * and the request object both protocol halves drive (the up_* part is private to upstream.c,
 * upstream_h1.c and upstream_h2.c).
 *
 * Ownership: the pool owns hosts, a host owns its connections and its queue of requests that
 * wait for a connection, a connection owns the requests it carries. A request is freed by
 * up_req_finish (after its sink's end or fail) or by gw_upstream_cancel, whichever comes first;
 * a sink callback may cancel, so sink calls go through up_sink_* which hold the request. Requests
 * and connections are freed through defer.c (gw_defer_free): never inside a call of their own.
 * Everything runs on the worker's thread: no locks anywhere.
 */
#ifndef HUSH_GATEWAY_UPSTREAM_H
#define HUSH_GATEWAY_UPSTREAM_H

#include "gateway/net/net.h"

#include <nghttp2/nghttp2.h>

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
/* "h2" or "http/1.1" once the request has a connection; NULL before. */
const char *gw_upstream_alpn(const gw_upstream_req_t *r);
/* Inside the sink's fail: why (GW_UPFAIL_*). */
gw_upfail_t gw_upstream_fail_kind(const gw_upstream_req_t *r);
/* The one TLS dial toward an upstream host (HTTP exchanges and WebSockets): a TLS client on fd
 * (a connection gw_dial_start made; always taken over) with SNI and certificate verification for
 * host (unless acceptInvalidUpstreamCerts, counted and logged as insecure under log_host), ALPN
 * http/1.1 only when h1_only (else hush's h2-first list), resumption through *resume when not
 * NULL. NULL with *why (no request data) when it cannot start. */
gw_tls_t *gw_upstream_tls_open(gw_worker_t *w, int fd, const char *host, const char *log_host,
                               int h1_only, SSL_SESSION **resume, const gw_tls_cbs_t *cbs,
                               void *arg, const char **why);

/* upstream.c: count and log one use of an unverified upstream (acceptInvalidUpstreamCerts). */
void gw_upstream_insecure_note(gw_worker_t *w, const char *host);

/* The upstream part (cli/main.c's list): frees each worker's pool. */
extern const gw_part_t gw_upstream_part;

/* ---- private to upstream/ ------------------------------------------------------------------ */
#define UP_H1_MAX_IDLE 8       /* idle keep-alive connections kept per host */
#define UP_H1_MAX_CONNS 32     /* h1 connections per host, busy or not */
#define UP_IDLE_SECS 60        /* an unused connection is closed after this */
#define UP_H2_WINDOW (1 << 20) /* per-stream receive window */
#define UP_H2_CONN_WINDOW (16 << 20)

typedef struct up_pool up_pool_t;
typedef struct up_host up_host_t;
typedef struct up_conn up_conn_t;

/* A request's life; changed only by up_req_to(), which refuses what its table does not allow. */
enum up_req_state {
    UR_QUEUED,   /* waiting for a connection */
    UR_SENT,     /* on a connection, waiting for the response head */
    UR_BODY,     /* head delivered, body streaming */
    UR_ENDED,    /* h2: the upstream ended the stream; buffered body still going to the sink */
    UR_FINISHED, /* end or fail delivered; freed as soon as no caller is inside it */
    UR_NSTATES
};

struct gw_upstream_req {
    up_host_t *host;
    up_conn_t *conn;                   /* NULL while queued */
    gw_upstream_req_t *qnext, **qprev; /* host queue or connection list */
    enum up_req_state st;
    gw_req_t *req;
    gw_sink_t sink;
    void *arg;
    struct event *timer;   /* upstream_timeout: head wait, then any silence in the body; it
                              lives in the request's own allocation (event_assign), see
                              gw_upstream_send */
    struct evbuffer *rbuf; /* decoded body bytes not yet given to the sink */
    int is_head;           /* HEAD: the response never has a body */
    gw_upfail_t fail_kind; /* set by up_sink_fail, for the sink's fail */
    int paused;            /* the sink's backlog passed GW_BACKLOG_HIGH */
    int received;          /* any response byte arrived: no retry after this */
    int retried;
    gw_obj_t obj;  /* held around sink calls (defer.c) */
    int cancelled; /* cancelled inside a sink call: the caller aborts it on return */
    /* h2 */
    int32_t stream_id;
    size_t body_off;   /* request body bytes handed to nghttp2 */
    size_t body_sent;  /* of those, the bytes written in DATA frames (send_data) */
    size_t unconsumed; /* DATA bytes received but not yet consumed (window) */
    int status;        /* the response head's, while it is read */
    gw_hdrs_t hdrs;    /* response head, then trailers */
};

struct up_conn {
    up_host_t *host;
    gw_worker_t *w;
    up_conn_t *next, **prev;
    enum { UC_DIAL, UC_TLS, UC_READY, UC_DEAD } st;
    int h2;
    const char *alpn; /* NULL until the handshake finished */
    int resumed;      /* the handshake resumed an earlier TLS session */
    gw_dial_t *dial;
    gw_tls_t *tls;
    struct event *idle_timer;
    struct timeval t0;
    unsigned requests;
    gw_obj_t obj; /* held inside protocol callbacks; freed through defer.c once DEAD */
    int in_ng;    /* h2: inside an nghttp2 call, which must not be re-entered */
    const char *outcome;
    gw_upstream_req_t *reqs; /* requests on this connection (h1: at most one) */
    size_t nreqs;
    /* h1 */
    gw_head_t *head;
    struct evbuffer *in;
    size_t nhead_hdrs; /* headers of the head, so the rest are chunked trailers */
    int body_kind;
    /* h2 */
    nghttp2_session *ng;
    uint32_t max_streams;
    int goaway;
    int settings; /* the server's SETTINGS arrived: its stream limit is known */
    int32_t last_stream_id;
};

struct up_host {
    up_pool_t *pool;
    up_host_t *next;
    char key[300];
    char host[256];
    unsigned port;
    int proto; /* 0 unknown, 1 http/1.1, 2 h2: learned from the last handshake */
    struct ssl_session_st *session; /* TLS resumption: the last ticket this host gave us */
    up_conn_t *conns;
    gw_upstream_req_t *queue, **qtail;
    size_t nqueue;
};

struct up_pool {
    gw_worker_t *w;
    up_host_t *hosts;
    struct event *kick;
    int force_h1; /* tests only */
    unsigned long dials;
};

/* upstream.c: shared by both protocols */
void up_queue_push_front(up_host_t *h, gw_upstream_req_t *r);
void up_conn_attach(up_conn_t *c, gw_upstream_req_t *r);
void up_conn_detach(up_conn_t *c, gw_upstream_req_t *r);
/* Dispatch the host's queue from the event loop (never from inside a caller's call). */
void up_kick(up_host_t *h);
/* The connection is over: its requests fail (or retry when retry says so), it is logged and freed
 * now or, when inside a callback, when the callback returns. */
/* kind: why, for metrics and logs (status 0 and msg NULL: an orderly close, no failure) */
void up_conn_close(up_conn_t *c, const char *outcome, int status, gw_upfail_t kind,
                   const char *msg);
void up_conn_idle(up_conn_t *c); /* arms the idle timer when nothing is in flight */
/* A request on a dying connection that never got a byte back: queue it again once. Returns 0
 * when it was requeued. */
int up_req_retry(gw_upstream_req_t *r);
void up_req_touch(gw_upstream_req_t *r); /* restart the upstream timeout */
/* Sink calls; each returns -1 when the request is gone afterwards (cancelled or finished). */
int up_sink_head(gw_upstream_req_t *r, int status, const gw_hdrs_t *hdrs);
int up_sink_deliver(gw_upstream_req_t *r); /* rbuf to data(); sets r->paused on back-pressure */
void up_sink_end(gw_upstream_req_t *r, const gw_hdrs_t *trailers);
void up_sink_fail(gw_upstream_req_t *r, int status, gw_upfail_t kind, const char *msg);
void up_req_free(gw_upstream_req_t *r);
/* Move r to next; -1 (and a warning naming both states) for a transition that cannot happen. */
int up_req_to(gw_upstream_req_t *r, enum up_req_state next);
static inline int up_req_head_delivered(const gw_upstream_req_t *r)
{
    return r->st == UR_BODY || r->st == UR_ENDED;
}
const char *up_authority(gw_upstream_req_t *r, char *buf, size_t n);
int up_method_wants_length(const gw_req_t *q);

/* upstream_h1.c */
int up_h1_start(up_conn_t *c);
void up_h1_send(up_conn_t *c, gw_upstream_req_t *r);
void up_h1_on_read(up_conn_t *c, struct evbuffer *plain);
void up_h1_on_close(up_conn_t *c, int error, const char *why);
void up_h1_resume(up_conn_t *c, gw_upstream_req_t *r);
void up_h1_free(up_conn_t *c);

/* upstream_h2.c */
int up_h2_start(up_conn_t *c);
int up_h2_has_room(const up_conn_t *c);
void up_h2_send(up_conn_t *c, gw_upstream_req_t *r);
void up_h2_on_read(up_conn_t *c, struct evbuffer *plain);
void up_h2_on_drained(up_conn_t *c);
void up_h2_on_close(up_conn_t *c, int error, const char *why);
void up_h2_cancel(up_conn_t *c, gw_upstream_req_t *r);
void up_h2_resume(up_conn_t *c, gw_upstream_req_t *r);
void up_h2_free(up_conn_t *c);
void up_h2_flush(up_conn_t *c);

/* For tests: offer only http/1.1 on new connections; how many connections were dialled. */
void gw_upstream_force_h1_for_tests(gw_worker_t *w, int on);
unsigned long gw_upstream_dials_for_tests(gw_worker_t *w);

#endif
