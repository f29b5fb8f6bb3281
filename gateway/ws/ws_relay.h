/* ws_relay: what ws_relay.c (the frame relay) and ws_conn.c (the handshake, the upstream
 * connection, the API in ws.h) share; private to those two files (never included from outside ws/).
 *
 * Ownership: a gw_ws frees itself once it is DONE (ws_done) and no call of its own is on the
 * stack: every entry holds it (gw_hold / gw_release, defer.c). After done() the client side is
 * never called again.
 */
#ifndef HUSH_GATEWAY_WS_RELAY_H
#define HUSH_GATEWAY_WS_RELAY_H

#include "gateway/ws/ws.h"

#include "anonymize/anonymize.h"

#define EARLY_MAX (1024 * 1024)      /* client bytes accepted before the upstream said 101 */
#define ERROR_BODY_MAX (1024 * 1024) /* a non-101 answer's body */
#define CLOSE_GRACE_SECS 5.0         /* a close frame's answer, and the upstream's final flush */

enum ws_state { WS_CONNECTING, WS_HANDSHAKE, WS_ERROR_BODY, WS_OPEN, WS_LINGER, WS_DONE };
enum ws_mode { MODE_RAW, MODE_COLLECT, MODE_STREAM, MODE_DROP };

/* A parse callback's way of saying "the connection is being finished; stop". */
#define WS_STOP 1

struct ws_dir {
    gw_ws_parser_t p;
    struct gw_ws *ws;
    int c2s;        /* client to server */
    int mode;       /* of the data message being relayed */
    int ctl_drop;   /* the control frame being read is dropped (after this side's close) */
    anon_buf_t msg; /* MODE_COLLECT: the text message so far, unmasked */
    size_t held;    /* bytes of maxBufferedBytes taken for msg (msg_release gives them back) */
    int streamed;   /* MODE_STREAM: a first fragment went out */
    uint8_t ctl[GW_WS_MAX_HEADER + 125];
    size_t ctl_len;
    uint64_t frames, bytes, messages, rewritten;
    int closed;     /* this side sent a close frame */
    int close_code; /* the code in it (0: none given) */
};

struct gw_ws {
    gw_link_t link; /* first: the drain list holds a pointer to it */
    gw_worker_t *w;
    gw_mitm_ctx_t ctx;
    gw_gen_t *gen; /* the rules this connection started with */
    const gw_ws_client_t *cl;
    void *carg;
    int attached; /* the client side may be called */
    int h2;
    enum ws_state st;
    gw_req_t *req; /* until the upgrade request is sent */
    char key[32];  /* ours, toward upstream */
    char accept[32];
    gw_dial_t *dial;
    gw_tls_t *up;
    gw_head_t *head; /* the upstream's answer */
    struct evbuffer *upin, *early, *body;
    struct event *tick;
    struct gw_xform *xf; /* transform.c: the session and policy; NULL: text passes unchanged */
    size_t max_msg;
    struct ws_dir c2s, s2c;
    int close_to_up, close_to_client; /* a close frame went that way (forwarded or hush's) */
    int up_paused, client_paused, client_eof, body_too_big, restore_skipped;
    int passthrough; /* a sign-in path or host: relayed unmodified */
    int status;
    uint64_t id;
    char method[24], path[160];
    const char *action, *outcome, *refusal;
    char why[160];
    struct timeval t0, wall0, last, phase;
    gw_obj_t obj; /* held by every entry; freed through defer.c once DONE */
};

void ws_done(struct gw_ws *ws);    /* DONE: freed on the loop when the last caller leaves */
void ws_destroy(struct gw_ws *ws); /* at once: only before gw_ws_start returned it */

/* The one way out: report (log line, audit record, metrics), done() to the client side (abort:
 * RST_STREAM on h2), then close the upstream side and linger until it is gone. */
void ws_finish(struct gw_ws *ws, const char *outcome, int abort);
/* hush's own close frames: code and reason to the client, up_code (0: none) to the upstream. */
void ws_hush_close(struct gw_ws *ws, int code, const char *reason, int up_code, const char *refusal,
                   const char *outcome);
/* The upstream said 101: set up the session and relay what is already buffered. */
void ws_start_relay(struct gw_ws *ws);
void ws_relay_client(struct gw_ws *ws, const uint8_t *p, size_t n);
void ws_relay_up(struct gw_ws *ws); /* parses ws->upin */

#endif
