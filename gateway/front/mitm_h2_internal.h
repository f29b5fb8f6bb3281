/* mitm_h2_internal: the connection and stream of the client-facing HTTP/2 server, shared by
 * mitm_h2.c (the connection: pump, TLS callbacks, timers, teardown), mitm_h2_stream.c (a stream's
 * states, the exchange's sink, the WebSocket relay's client side) and mitm_h2_recv.c (request
 * assembly from nghttp2's callbacks). Private to gateway/front.
 *
 * mitm_h2.c's top comment holds the rule all three keep: nghttp2 is never re-entered; frames are
 * only queued outside pump().
 */
#ifndef HUSH_GATEWAY_FRONT_MITM_H2_INTERNAL_H
#define HUSH_GATEWAY_FRONT_MITM_H2_INTERNAL_H

#include "gateway/front/front.h"

#include <nghttp2/nghttp2.h>
#include <string.h>
#include <sys/types.h>

#define MAX_STREAMS 128
#define STREAM_WINDOW (1024 * 1024)
#define CONN_WINDOW (16 * 1024 * 1024)
#define OUT_HIGH (1024 * 1024) /* socket backlog above which no more frames are serialized */
#define RESET_LIMIT 1000       /* client RST_STREAMs in a row without a completed response */
#define CLOSE_GRACE_SECS 5     /* how long close_notify may wait for a client that reads nothing */

enum h2state { H2_OPEN, H2_CLOSING };

/* A stream's life, response side first: who owns it and what has been queued for the client.
 * Changed only by stream_to(), which refuses a transition the table does not allow. The request
 * half (req_ended), back-pressure (waiting, deferred, ws_paused) and facts about the request
 * (is_head, too_big, expect_continue) are not states and stay flags. */
enum h2s_state {
    H2S_REQUEST,    /* receiving the request head and body (st->req) */
    H2S_EXCHANGE,   /* the exchange owns the request; no response head yet */
    H2S_RESPONSE,   /* the exchange's response head is queued; its body streams */
    H2S_WS_OPENING, /* the WebSocket relay owns the stream; no answer yet */
    H2S_WS_OPEN,    /* the relay's answer head is queued; frames stream both ways */
    H2S_ENDING,     /* the response is queued up to its end (END_STREAM pending) */
    H2S_ANSWERED,   /* hush's own answer is queued; the rest of the request is ignored */
    H2S_RESET,      /* RST_STREAM submitted; the rest of the request is ignored */
    H2S_COMPLETE,   /* END_STREAM went out */
    H2S_CLOSED,     /* the connection ended under it */
    H2S_NSTATES
};

struct h2_stream;

struct h2_conn {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    gw_obj_t obj; /* freed through defer.c (conn_free) */
    gw_tls_t *tls;
    nghttp2_session *ng;
    gw_mitm_ctx_t ctx;
    enum h2state st;
    struct event *tick, *flush_ev;
    struct h2_stream *streams;
    struct timeval t0, last, closing_since;
    size_t body_bytes, body_budget; /* request bodies buffered by streams not yet started */
    size_t sized_bytes; /* declared lengths of those held in one block (gw_req_size_body) */
    uint64_t nstreams, nreq;
    unsigned resets; /* client RST_STREAMs since the last completed response */
    enum { DRAIN_NONE, DRAIN_NOTICE_SENT, DRAIN_GOAWAY_SENT } drain; /* RFC 9113 6.8, twice */
    int client_goaway;
    const char *outcome;
    int logged; /* conn_log ran: once, before the socket can close */
    char why[160];
};

struct h2_stream {
    struct h2_conn *c;
    struct h2_stream *prev, *next;
    int32_t id;
    gw_req_t *req;  /* being received; NULL once handed to the exchange or dropped */
    char *host_hdr; /* Host, used when :authority is missing */
    size_t hbytes;
    gw_exchange_t *x;     /* set in EXCHANGE and RESPONSE, unless it ended inside start */
    gw_ws_t *ws;          /* a WebSocket stream's relay, until it calls done */
    char protocol[16];    /* :protocol of an extended CONNECT */
    size_t ws_unconsumed; /* WebSocket DATA bytes not yet given back to the window */
    int ws_paused;
    struct evbuffer *out; /* response body nghttp2 has not taken yet */
    gw_hdrs_t trailers;
    int status;
    enum h2s_state state; /* stream_to() only */
    int deferred;         /* nghttp2 asked for body bytes that were not there yet (kick_data) */
    int waiting;          /* the producer paused on back-pressure; pump() resumes it */
    int req_ended;        /* the client ended its half (END_STREAM received) */
    int too_big, is_head, expect_continue;
    size_t max_body; /* maxBodyBytes of the generation current when the stream began */
    uint64_t clen;   /* the request's content-length, 0 when absent or unreadable */
    size_t sized;    /* what this stream counts in c->sized_bytes */
    char lpath[96];  /* path without the query, for the debug log */
    struct timeval started, last_data; /* a request body is bounded in time like on HTTP/1.1 */
};

static inline void stamp(struct h2_conn *c, struct timeval *tv)
{
    event_base_gettimeofday_cached(c->w->base, tv);
}

static inline double since_s(struct h2_conn *c, const struct timeval *t)
{
    struct timeval now, d;
    stamp(c, &now);
    timersub(&now, t, &d);
    return (double)d.tv_sec + (double)d.tv_usec / 1e6;
}

static inline void want_flush(struct h2_conn *c)
{
    if (c->st == H2_OPEN) {
        event_active(c->flush_ev, EV_READ, 0);
    }
}

static inline nghttp2_nv mknv(const char *name, const char *value)
{
    nghttp2_nv nv = {(uint8_t *)name, (uint8_t *)value, strlen(name), strlen(value),
                     NGHTTP2_NV_FLAG_NONE};
    return nv;
}

/* mitm_h2_stream.c */
struct h2_stream *stream_new(struct h2_conn *c, int32_t id);
int stream_to(struct h2_stream *st, enum h2s_state next);
int in_exchange(const struct h2_stream *st);
int rejected(const struct h2_stream *st);
void stream_log(struct h2_stream *st, uint32_t error_code);
void stream_destroy(struct h2_stream *st);
void stream_free(struct h2_stream *st);
void stream_reset(struct h2_stream *st, uint32_t code);
void respond_error(struct h2_stream *st, int status, const char *msg);
void reject(struct h2_stream *st, gw_req_reject_t r);
void exchange_over(struct h2_stream *st);
void ws_pause(void *arg, int pause);
void start_websocket(struct h2_stream *st, int end_stream);
void start_exchange(struct h2_stream *st);

/* mitm_h2_recv.c */
int on_begin_headers(nghttp2_session *ng, const nghttp2_frame *frame, void *ud);
int on_header(nghttp2_session *ng, const nghttp2_frame *frame, const uint8_t *name, size_t nlen,
              const uint8_t *value, size_t vlen, uint8_t flags, void *ud);
int on_data_chunk(nghttp2_session *ng, uint8_t flags, int32_t id, const uint8_t *data, size_t len,
                  void *ud);
int on_frame_recv(nghttp2_session *ng, const nghttp2_frame *frame, void *ud);
int on_frame_send(nghttp2_session *ng, const nghttp2_frame *frame, void *ud);
int on_stream_close(nghttp2_session *ng, int32_t id, uint32_t error_code, void *ud);

#endif
