/* ws_relay: one WebSocket on an intercepted host, from the client's handshake to the last frame.
 *
 * States: CONNECTING (dial and TLS to upstream; a fresh connection, never pooled, ALPN
 * http/1.1 only) -> HANDSHAKE (our Upgrade request sent, its answer awaited) -> OPEN (frames
 * relayed both ways) or ERROR_BODY (a non-101 answer's body, relayed as a normal response) ->
 * LINGER (the client side is done; the upstream side flushes and closes) -> DONE (freed).
 *
 * The one thing to know: every byte crosses in one of two ways. Binary messages and control
 * frames are forwarded byte for byte as they arrive, masks included, never buffered. Text
 * messages are collected whole (bounded by maxWebSocketMessage), anonymized (client to server)
 * or restored (server to client) with the connection's one anonymizer session, and sent on as
 * one new frame; a client text message that cannot be scanned is never sent: the client gets a
 * close frame instead (1009 too big, 1008 policy, 1007 not UTF-8). The session lives as long as
 * the connection and is wiped at its end, so tokens stay consistent across messages.
 */
#include "gateway/metrics.h"
#include "gateway/tls.h"
#include "gateway/transform.h"
#include "gateway/ws.h"

#include "anonymize/anonymize.h"
#include "domains/domains.h"

#include <openssl/mem.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
    anon_session_t *session; /* NULL: text passes unchanged */
    const uint8_t *act;      /* policy action per PII type */
    size_t ntypes, max_msg;
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
    int busy;
};

static const uint8_t alpn_h1_only[] = "\x08http/1.1";

static void ws_finish(struct gw_ws *ws, const char *outcome, int abort);

static double since(const struct timeval *t)
{
    return gw_elapsed_ms(t) / 1000.0;
}

/* ---- lifetime ------------------------------------------------------------------------------ */

static void ws_destroy(struct gw_ws *ws)
{
    gw_worker_unlink(ws->w, &ws->link);
    gw_dial_cancel(ws->dial);
    gw_tls_free(ws->up);
    gw_head_free(ws->head);
    gw_req_free(ws->req);
    if (ws->upin) {
        evbuffer_free(ws->upin);
    }
    if (ws->early) {
        evbuffer_free(ws->early);
    }
    if (ws->body) {
        evbuffer_free(ws->body);
    }
    if (ws->tick) {
        event_free(ws->tick);
    }
    anon_buf_free(&ws->c2s.msg);
    anon_buf_free(&ws->s2c.msg);
    anon_session_free(ws->session);
    gw_gen_release(ws->gen);
    free(ws);
}

static void hold(struct gw_ws *ws)
{
    ws->busy++;
}

static void release(struct gw_ws *ws)
{
    if (--ws->busy == 0 && ws->st == WS_DONE) {
        ws_destroy(ws);
    }
}

/* ---- output -------------------------------------------------------------------------------- */

static void wipe_free(const void *data, size_t len, void *extra)
{
    (void)extra;
    OPENSSL_cleanse((void *)data, len);
    free((void *)data);
}

/* A frame whose payload may hold PII: built in a heap block that is wiped when sent. */
static struct evbuffer *frame_wiped(int fin, int opcode, const uint8_t *payload, size_t len,
                                    int masked)
{
    uint8_t mask[4];
    uint8_t hdr[GW_WS_MAX_HEADER];
    if (masked && RAND_bytes(mask, sizeof(mask)) != 1) {
        return NULL;
    }
    size_t hl = gw_ws_header(hdr, fin, opcode, len, masked ? mask : NULL);
    struct evbuffer *b = evbuffer_new();
    uint8_t *blk = malloc(hl + len + 1);
    if (!b || !blk) {
        free(blk);
        if (b) {
            evbuffer_free(b);
        }
        return NULL;
    }
    memcpy(blk, hdr, hl);
    if (len) {
        memcpy(blk + hl, payload, len);
    }
    if (masked) {
        gw_ws_mask(blk + hl, len, mask, 0);
    }
    if (evbuffer_add_reference(b, blk, hl + len, wipe_free, NULL) != 0) {
        wipe_free(blk, hl + len, NULL);
        evbuffer_free(b);
        return NULL;
    }
    return b;
}

static void to_client(struct gw_ws *ws, struct evbuffer *b)
{
    if (!ws->attached) {
        evbuffer_drain(b, evbuffer_get_length(b));
        return;
    }
    ws->cl->write(ws->carg, b);
    if (!ws->up_paused && ws->up && ws->cl->backlog(ws->carg) > GW_BACKLOG_HIGH) {
        ws->up_paused = 1;
        gw_tls_pause_read(ws->up, 1);
    }
}

static void to_up(struct gw_ws *ws, struct evbuffer *b)
{
    if (!ws->up || gw_tls_write_buffer(ws->up, b) != 0) {
        evbuffer_drain(b, evbuffer_get_length(b));
        return;
    }
    if (!ws->client_paused && ws->attached && gw_tls_backlog(ws->up) > GW_BACKLOG_HIGH) {
        ws->client_paused = 1;
        ws->cl->pause(ws->carg, 1);
    }
}

static void send_dir(struct ws_dir *d, struct evbuffer *b)
{
    if (d->c2s) {
        to_up(d->ws, b);
    } else {
        to_client(d->ws, b);
    }
}

static void send_bytes(struct ws_dir *d, const uint8_t *p, size_t n)
{
    struct evbuffer *b = evbuffer_new();
    if (b) {
        evbuffer_add(b, p, n);
        send_dir(d, b);
        evbuffer_free(b);
    }
}

/* hush's own close frames: code to the client, up_code to the upstream (0: none), then the end.
 */
static void hush_close(struct gw_ws *ws, int code, const char *reason, int up_code,
                       const char *refusal, const char *outcome)
{
    struct evbuffer *b = evbuffer_new();
    if (!b) {
        ws_finish(ws, outcome, 1);
        return;
    }
    if (ws->attached && !ws->close_to_client) {
        ws->close_to_client = 1;
        gw_ws_close_add(b, code, reason, NULL);
        to_client(ws, b);
    }
    if (up_code && ws->up && ws->st == WS_OPEN && !ws->close_to_up) {
        uint8_t mask[4];
        ws->close_to_up = 1;
        if (RAND_bytes(mask, sizeof(mask)) == 1 &&
            gw_ws_close_add(b, up_code, "hush: the client side ended", mask) == 0) {
            to_up(ws, b);
        }
    }
    evbuffer_free(b);
    if (refusal && !ws->refusal) {
        ws->refusal = refusal;
    }
    ws_finish(ws, outcome, 0);
}

/* ---- text messages --------------------------------------------------------------------------- */

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

static size_t blocked_count(struct gw_ws *ws)
{
    size_t n = 0;
    for (size_t t = 0; t < ws->ntypes; t++) {
        if (ws->act[t] == GW_ACT_BLOCK) {
            n += anon_session_count(ws->session, t);
        }
    }
    return n;
}

/* A complete client text message: anonymized and sent as one masked frame, or refused. */
static int send_anonymized(struct ws_dir *d)
{
    struct gw_ws *ws = d->ws;
    anon_rewrite_opts_t opts = {.profile = ANON_PROFILE_GENERIC, .add_instruction = 0};
    anon_buf_t out = {0};
    char err[160];
    size_t blocked0 = blocked_count(ws);
    int rc = ANON_ERR_JSON;
    if (looks_json(d->msg.data, d->msg.len)) {
        rc = anon_rewrite(ws->session, ANON_BODY_JSON, &opts, d->msg.data, d->msg.len, &out, err,
                          sizeof(err));
    }
    if (rc == ANON_ERR_JSON || rc == ANON_ERR_DEPTH) {
        /* Not JSON (or too deep to walk): scanned as text, so nothing leaves unscanned. */
        rc = anon_rewrite(ws->session, ANON_BODY_TEXT, &opts, d->msg.data, d->msg.len, &out, err,
                          sizeof(err));
    }
    anon_buf_reset(&d->msg);
    if (rc != 0) {
        anon_buf_free(&out);
        if (rc == ANON_ERR_ENCODING) {
            hush_close(ws, GW_WS_INVALID_DATA, "hush: text message is not valid UTF-8; not sent",
                       GW_WS_GOING_AWAY, "hush_bad_encoding", "refused");
        } else {
            hush_close(ws, GW_WS_INTERNAL, "hush: the message could not be scanned; not sent",
                       GW_WS_GOING_AWAY, "hush_unscannable_body", "refused");
        }
        return WS_STOP;
    }
    if (blocked_count(ws) > blocked0) {
        anon_buf_free(&out);
        char reason[124] = "hush: message contains ";
        size_t o = strlen(reason), k = 0;
        for (size_t t = 0; t < ws->ntypes && o + 1 < sizeof(reason); t++) {
            if (ws->act[t] == GW_ACT_BLOCK && anon_session_count(ws->session, t)) {
                o += (size_t)snprintf(reason + o, sizeof(reason) - o, "%s%s", k++ ? "," : "",
                                      anon_engine_type_name(ws->gen->anon, t));
            }
        }
        atomic_fetch_add(&ws->w->srv->metrics.blocked_requests, 1);
        hush_close(ws, GW_WS_POLICY, reason, GW_WS_GOING_AWAY, "hush_blocked_pii", "blocked");
        return WS_STOP;
    }
    struct evbuffer *b = frame_wiped(1, GW_WS_TEXT, out.data, out.len, 1);
    anon_buf_free(&out);
    if (!b) {
        hush_close(ws, GW_WS_INTERNAL, "hush: out of memory", GW_WS_GOING_AWAY, NULL, "failed");
        return WS_STOP;
    }
    d->rewritten++;
    to_up(ws, b);
    evbuffer_free(b);
    return 0;
}

/* A complete server text message: tokens back to values, sent as one frame. */
static int send_restored(struct ws_dir *d)
{
    struct gw_ws *ws = d->ws;
    anon_buf_t out = {0};
    anon_resp_kind_t kind = looks_json(d->msg.data, d->msg.len) ? ANON_RESP_JSON : ANON_RESP_TEXT;
    anon_restorer_t *r = anon_restorer_new(ws->session, kind, ANON_PROFILE_GENERIC);
    int rc = r ? anon_restorer_feed(r, d->msg.data, d->msg.len, &out) : ANON_ERR_NOMEM;
    if (rc == 0) {
        rc = anon_restorer_finish(r, &out);
    }
    anon_restorer_free(r);
    struct evbuffer *b;
    if (rc == 0) {
        b = frame_wiped(1, GW_WS_TEXT, out.data, out.len, 0);
    } else {
        /* Tokens stay tokens: nothing leaks, the client sees placeholders. */
        ws->restore_skipped++;
        b = frame_wiped(1, GW_WS_TEXT, d->msg.data, d->msg.len, 0);
    }
    anon_buf_free(&out);
    anon_buf_reset(&d->msg);
    if (!b) {
        hush_close(ws, GW_WS_INTERNAL, "hush: out of memory", GW_WS_GOING_AWAY, NULL, "failed");
        return WS_STOP;
    }
    d->rewritten++;
    to_client(ws, b);
    evbuffer_free(b);
    return 0;
}

/* A server text message over maxWebSocketMessage goes on unrestored, as fragments. */
static void stream_piece(struct ws_dir *d, const uint8_t *p, size_t n, int fin)
{
    struct evbuffer *b = frame_wiped(fin, d->streamed ? GW_WS_CONT : GW_WS_TEXT, p, n, 0);
    if (b) {
        to_client(d->ws, b);
        evbuffer_free(b);
    }
    d->streamed = 1;
}

/* ---- the parser's callbacks, one direction each ------------------------------------------------
 */

static int on_frame(void *arg, const gw_ws_frame_t *f)
{
    struct ws_dir *d = arg;
    struct gw_ws *ws = d->ws;
    d->frames++;
    gettimeofday(&ws->last, NULL);
    if (!f->message) {
        d->ctl_len = 0;
        d->ctl_drop = d->closed;
        memcpy(d->ctl, f->hdr, f->hlen);
        d->ctl_len = f->hlen;
        return 0;
    }
    if (f->opcode != GW_WS_CONT) {
        d->streamed = 0;
        if (d->closed) {
            d->mode = MODE_DROP; /* nothing may follow a close frame */
        } else if (f->message == GW_WS_TEXT && ws->session &&
                   (d->c2s || anon_session_total(ws->session) > 0)) {
            d->mode = MODE_COLLECT;
        } else {
            d->mode = MODE_RAW;
        }
    }
    if (d->mode == MODE_COLLECT && d->msg.len + f->len > ws->max_msg) {
        if (d->c2s) {
            return GW_WS_TOO_BIG; /* before a byte of it is buffered */
        }
        ws->restore_skipped++;
        d->mode = MODE_STREAM;
        if (d->msg.len) {
            stream_piece(d, d->msg.data, d->msg.len, 0);
            anon_buf_reset(&d->msg);
        }
    }
    if (d->mode == MODE_RAW) {
        send_bytes(d, f->hdr, f->hlen);
    }
    return 0;
}

static int on_payload(void *arg, const gw_ws_frame_t *f, const uint8_t *raw, size_t n)
{
    struct ws_dir *d = arg;
    d->bytes += n;
    if (!f->message) {
        memcpy(d->ctl + d->ctl_len, raw, n); /* at most 125 bytes in all */
        d->ctl_len += n;
        return 0;
    }
    switch (d->mode) {
    case MODE_RAW:
        send_bytes(d, raw, n);
        break;
    case MODE_COLLECT: {
        size_t at = d->msg.len;
        if (anon_buf_append(&d->msg, raw, n) != 0) {
            return GW_WS_INTERNAL;
        }
        if (f->masked) {
            gw_ws_mask(d->msg.data + at, n, f->mask, f->off);
        }
        break;
    }
    case MODE_STREAM: {
        stream_piece(d, raw, n, 0); /* server frames are never masked */
        break;
    }
    default:
        break;
    }
    return 0;
}

/* Both sides have sent their close frame, or hush closed: the WebSocket is over. */
static int check_closed(struct gw_ws *ws)
{
    if (ws->close_to_up && ws->close_to_client) {
        ws_finish(ws, "closed", 0);
        return WS_STOP;
    }
    return 0;
}

static int on_control_end(struct ws_dir *d, const gw_ws_frame_t *f)
{
    struct gw_ws *ws = d->ws;
    if (d->ctl_drop) {
        return 0;
    }
    if (f->opcode == GW_WS_CLOSE) {
        if (f->len == 1) {
            return GW_WS_PROTOCOL_ERROR;
        }
        if (f->len >= 2) {
            uint8_t c[2] = {d->ctl[f->hlen], d->ctl[f->hlen + 1]};
            if (f->masked) {
                gw_ws_mask(c, 2, f->mask, 0);
            }
            d->close_code = (c[0] << 8) | c[1];
        }
        d->closed = 1;
        if (d->p.open_msg) {
            d->mode = MODE_DROP; /* the rest of an open message may not follow a close */
            anon_buf_reset(&d->msg);
        }
        int *sent = d->c2s ? &ws->close_to_up : &ws->close_to_client;
        if (*sent) {
            return check_closed(ws); /* hush closed that way already */
        }
        *sent = 1;
        send_bytes(d, d->ctl, d->ctl_len);
        return check_closed(ws);
    }
    send_bytes(d, d->ctl, d->ctl_len); /* ping, pong */
    return 0;
}

static int on_frame_end(void *arg, const gw_ws_frame_t *f)
{
    struct ws_dir *d = arg;
    if (!f->message) {
        return on_control_end(d, f);
    }
    if (!f->fin) {
        return 0;
    }
    d->messages++;
    int mode = d->mode;
    d->mode = MODE_RAW;
    switch (mode) {
    case MODE_COLLECT:
        return d->c2s ? send_anonymized(d) : send_restored(d);
    case MODE_STREAM:
        stream_piece(d, NULL, 0, 1);
        break;
    default:
        break;
    }
    return 0;
}

static const gw_ws_cbs_t dir_cbs = {on_frame, on_payload, on_frame_end};

/* A parser stopped with code: close both sides the way the code says. */
static void parse_stopped(struct gw_ws *ws, struct ws_dir *d, int code)
{
    if (code == WS_STOP || ws->st != WS_OPEN) {
        return;
    }
    if (!d->c2s) {
        hush_close(ws, GW_WS_BAD_GATEWAY, "hush: the upstream broke the WebSocket protocol",
                   code == GW_WS_PROTOCOL_ERROR ? GW_WS_PROTOCOL_ERROR : GW_WS_INTERNAL, NULL,
                   "upstream_protocol_error");
        return;
    }
    switch (code) {
    case GW_WS_TOO_BIG:
        atomic_fetch_add(&ws->w->srv->metrics.refused[GW_REFUSE_TOO_LARGE], 1);
        hush_close(ws, GW_WS_TOO_BIG,
                   "hush: text message larger than maxWebSocketMessage; it was not sent",
                   GW_WS_GOING_AWAY, "hush_too_large", "refused");
        break;
    case GW_WS_PROTOCOL_ERROR:
        hush_close(ws, GW_WS_PROTOCOL_ERROR, "hush: WebSocket protocol error", GW_WS_GOING_AWAY,
                   NULL, "client_protocol_error");
        break;
    default:
        hush_close(ws, GW_WS_INTERNAL, "hush: internal error", GW_WS_GOING_AWAY, NULL, "failed");
        break;
    }
}

static void relay_client(struct gw_ws *ws, const uint8_t *p, size_t n)
{
    int rc = gw_ws_parse(&ws->c2s.p, p, n, &dir_cbs, &ws->c2s);
    if (rc) {
        parse_stopped(ws, &ws->c2s, rc);
    }
}

static void relay_up(struct gw_ws *ws)
{
    while (ws->st == WS_OPEN && evbuffer_get_length(ws->upin)) {
        struct evbuffer_iovec v;
        if (evbuffer_peek(ws->upin, -1, NULL, &v, 1) < 1) {
            break;
        }
        int rc = gw_ws_parse(&ws->s2c.p, v.iov_base, v.iov_len, &dir_cbs, &ws->s2c);
        if (ws->upin) {
            evbuffer_drain(ws->upin, v.iov_len);
        }
        if (rc) {
            parse_stopped(ws, &ws->s2c, rc);
            break;
        }
    }
}

/* ---- the end: one log line, one audit record, the metrics ------------------------------------ */

static void count_to_json(struct gw_ws *ws, json_t *obj, int metrics)
{
    if (!ws->session) {
        return;
    }
    size_t nt = anon_engine_ntypes(ws->gen->anon);
    for (size_t t = 0; t < nt; t++) {
        size_t c = anon_session_count(ws->session, t) + anon_session_kept(ws->session, t);
        if (!c) {
            continue;
        }
        if (metrics) {
            gw_metrics_pii_add(&ws->w->srv->metrics, anon_engine_type_name(ws->gen->anon, t), c);
        } else {
            json_object_set_new(obj, anon_engine_type_name(ws->gen->anon, t),
                                json_integer((json_int_t)c));
        }
    }
}

static void audit(struct gw_ws *ws, const char *outcome)
{
    char ts[40];
    struct tm tm;
    gmtime_r(&ws->wall0.tv_sec, &tm);
    size_t n = strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(ts + n, sizeof(ts) - n, ".%03ldZ", (long)(ws->wall0.tv_usec / 1000));
    json_t *pii = json_object();
    count_to_json(ws, pii, 0);
    json_t *r = json_pack(
        "{s:s, s:I, s:s, s:s, s:s, s:s, s:i, s:s, s:s, s:I, s:I, s:f, s:o, s:s, s:s?, s:s, "
        "s:{s:I, s:I, s:I, s:I, s:I, s:I, s:i, s:i}}",
        "time", ts, "id", (json_int_t)ws->id, "client", ws->ctx.client, "host", ws->ctx.host,
        "method", ws->method, "path", ws->path, "status", ws->status, "alpn_client",
        ws->h2 ? "h2" : "http/1.1", "alpn_upstream", "http/1.1", "bytes_up",
        (json_int_t)ws->c2s.bytes, "bytes_down", (json_int_t)ws->s2c.bytes, "duration_ms",
        gw_elapsed_ms(&ws->t0), "pii", pii, "action", ws->action, "refusal", ws->refusal, "outcome",
        outcome, "websocket", "frames_up", (json_int_t)ws->c2s.frames, "frames_down",
        (json_int_t)ws->s2c.frames, "messages_up", (json_int_t)ws->c2s.messages, "messages_down",
        (json_int_t)ws->s2c.messages, "rewritten_up", (json_int_t)ws->c2s.rewritten,
        "rewritten_down", (json_int_t)ws->s2c.rewritten, "close_code_client", ws->c2s.close_code,
        "close_code_upstream", ws->s2c.close_code);
    if (r) {
        gw_audit_write(r);
        json_decref(r);
    }
}

static const char *action_of(struct gw_ws *ws)
{
    if (ws->refusal) {
        return strcmp(ws->refusal, "hush_blocked_pii") ? "refused" : "blocked";
    }
    if (ws->action) {
        return ws->action; /* passthrough, unscanned */
    }
    if (!ws->session) {
        return "none";
    }
    size_t kept = 0;
    for (size_t t = 0; t < ws->ntypes; t++) {
        kept += anon_session_kept(ws->session, t);
    }
    return anon_session_total(ws->session) ? "masked" : kept ? "audited" : "none";
}

static void ws_report(struct gw_ws *ws, const char *outcome)
{
    gw_metrics_t *m = &ws->w->srv->metrics;
    ws->action = action_of(ws);
    count_to_json(ws, NULL, 1);
    atomic_fetch_add(&m->ws_frames[0], ws->c2s.frames);
    atomic_fetch_add(&m->ws_frames[1], ws->s2c.frames);
    atomic_fetch_add(&m->ws_bytes[0], ws->c2s.bytes);
    atomic_fetch_add(&m->ws_bytes[1], ws->s2c.bytes);
    if (ws->status == 101) {
        atomic_fetch_sub(&m->ws_open, 1);
    }
    char qwhy[200];
    gw_log(ws->refusal || !strcmp(outcome, "failed") ? GW_LOG_WARN : GW_LOG_INFO,
           "event=websocket id=%llu client=%s host=%s path=%s alpn=%s status=%d frames_up=%llu "
           "frames_down=%llu bytes_up=%llu bytes_down=%llu rewritten_up=%llu rewritten_down=%llu "
           "close_client=%d close_upstream=%d action=%s restore_skipped=%d duration_ms=%.1f "
           "outcome=%s%s%s",
           (unsigned long long)ws->id, ws->ctx.client, ws->ctx.host, ws->path,
           ws->h2 ? "h2" : "http/1.1", ws->status, (unsigned long long)ws->c2s.frames,
           (unsigned long long)ws->s2c.frames, (unsigned long long)ws->c2s.bytes,
           (unsigned long long)ws->s2c.bytes, (unsigned long long)ws->c2s.rewritten,
           (unsigned long long)ws->s2c.rewritten, ws->c2s.close_code, ws->s2c.close_code,
           ws->action, ws->restore_skipped, gw_elapsed_ms(&ws->t0), outcome,
           ws->why[0] ? " reason=" : "",
           ws->why[0] ? gw_log_quote(qwhy, sizeof(qwhy), ws->why) : "");
    if (gw_audit_enabled()) {
        audit(ws, outcome);
    }
}

/* Every ending goes through here once: report, let the client side finish, close upstream. */
static void ws_finish(struct gw_ws *ws, const char *outcome, int abort)
{
    if (ws->st == WS_LINGER || ws->st == WS_DONE) {
        return;
    }
    ws->outcome = outcome;
    ws_report(ws, outcome);
    anon_buf_free(&ws->c2s.msg);
    anon_buf_free(&ws->s2c.msg);
    if (ws->attached) {
        ws->attached = 0;
        ws->cl->done(ws->carg, abort);
    }
    gw_dial_cancel(ws->dial);
    ws->dial = NULL;
    if (ws->up) {
        ws->st = WS_LINGER;
        gettimeofday(&ws->phase, NULL);
        gw_tls_close(ws->up); /* on_up_close, or the grace period, ends the linger */
    } else {
        ws->st = WS_DONE;
    }
}

/* hush's own answer to the handshake (no upstream 101): a short text body. */
static void answer_error(struct gw_ws *ws, int status, const char *msg)
{
    gw_hdrs_t h = {0};
    struct evbuffer *b = evbuffer_new();
    snprintf(ws->why, sizeof(ws->why), "%s", msg);
    ws->status = status;
    atomic_fetch_add(&ws->w->srv->metrics.upfail[gw_upfail_of(status, msg)], 1);
    if (b && ws->attached) {
        char len[24];
        evbuffer_add_printf(b, "hush: %s\n", msg);
        int k = snprintf(len, sizeof(len), "%zu", evbuffer_get_length(b));
        gw_hdrs_add(&h, "content-type", 12, "text/plain; charset=utf-8", 25);
        gw_hdrs_add(&h, "content-length", 14, len, (size_t)k);
        if (ws->cl->head(ws->carg, status, &h) == 0) {
            ws->cl->write(ws->carg, b);
        }
    }
    gw_hdrs_clear(&h);
    if (b) {
        evbuffer_free(b);
    }
    ws_finish(ws, "failed", 0);
}

/* ---- the handshake toward upstream ------------------------------------------------------------
 */

static int send_upgrade(struct gw_ws *ws)
{
    gw_req_t *q = ws->req;
    struct evbuffer *b = evbuffer_new();
    if (!b || gw_ws_new_key(ws->key) != 0) {
        if (b) {
            evbuffer_free(b);
        }
        return -1;
    }
    evbuffer_add_printf(b, "GET %s HTTP/1.1\r\nhost: %s\r\n", q->path, q->authority);
    for (size_t i = 0; i < q->hdrs.n; i++) {
        const gw_hdr_t *h = &q->hdrs.v[i];
        if (!strcmp(h->name, "sec-websocket-key") || !strcmp(h->name, "sec-websocket-version") ||
            !strcmp(h->name, "sec-websocket-extensions") ||
            !strcmp(h->name, "sec-websocket-accept") || gw_hdr_is_hop(h->name, h->nlen, NULL)) {
            continue; /* extensions are never offered: hush must read every text frame */
        }
        evbuffer_add_printf(b, "%s: %s\r\n", h->name, h->value);
    }
    evbuffer_add_printf(b,
                        "upgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-key: %s\r\n"
                        "sec-websocket-version: 13\r\n\r\n",
                        ws->key);
    int rc = gw_tls_write_buffer(ws->up, b);
    evbuffer_free(b);
    gw_req_free(ws->req);
    ws->req = NULL;
    return rc;
}

static int token_in(const char *v, size_t n, const char *tok)
{
    size_t tl = strlen(tok);
    for (size_t i = 0; i < n;) {
        while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ',')) {
            i++;
        }
        size_t s = i;
        while (i < n && v[i] != ',') {
            i++;
        }
        size_t e = i;
        while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\t')) {
            e--;
        }
        if (e - s == tl && !strncasecmp(v + s, tok, tl)) {
            return 1;
        }
    }
    return 0;
}

/* The upstream's headers that may reach the client (no framing, no hop-by-hop, none of the
 * handshake's own). */
static int copy_answer_headers(struct gw_ws *ws, gw_hdrs_t *out)
{
    size_t clen = 0;
    const char *conn = gw_head_get(ws->head, "connection", &clen);
    for (size_t i = 0; i < gw_head_nheaders(ws->head); i++) {
        const char *n, *v;
        size_t nl, vl;
        gw_head_header_at(ws->head, i, &n, &nl, &v, &vl);
        if (gw_is_hop_by_hop(n, nl, conn, clen) ||
            (nl == 14 && !strncasecmp(n, "content-length", 14)) ||
            (nl == 17 && !strncasecmp(n, "transfer-encoding", 17)) ||
            (nl == 20 && !strncasecmp(n, "sec-websocket-accept", 20)) ||
            (nl == 24 && !strncasecmp(n, "sec-websocket-extensions", 24))) {
            continue;
        }
        if (gw_hdrs_add(out, n, nl, v, vl) != 0) {
            return -1;
        }
    }
    return 0;
}

static void start_relay(struct gw_ws *ws);

static void on_switched(struct gw_ws *ws)
{
    size_t n = 0;
    const char *v = gw_head_get(ws->head, "upgrade", &n);
    if (!v || !token_in(v, n, "websocket")) {
        answer_error(ws, 502, "upstream answered 101 without Upgrade: websocket");
        return;
    }
    v = gw_head_get(ws->head, "connection", &n);
    if (!v || !token_in(v, n, "upgrade")) {
        answer_error(ws, 502, "upstream answered 101 without Connection: upgrade");
        return;
    }
    char want[32];
    gw_ws_accept(ws->key, strlen(ws->key), want);
    v = gw_head_get(ws->head, "sec-websocket-accept", &n);
    if (!v || n != strlen(want) || memcmp(v, want, n) != 0) {
        answer_error(ws, 502, "upstream answered with a wrong Sec-WebSocket-Accept");
        return;
    }
    if (gw_head_get(ws->head, "sec-websocket-extensions", &n)) {
        answer_error(ws, 502, "upstream negotiated a WebSocket extension hush did not offer");
        return;
    }
    gw_hdrs_t h = {0};
    int ok = 1;
    if (!ws->h2) {
        ok = gw_hdrs_add(&h, "upgrade", 7, "websocket", 9) == 0 &&
             gw_hdrs_add(&h, "connection", 10, "Upgrade", 7) == 0 &&
             gw_hdrs_add(&h, "sec-websocket-accept", 20, ws->accept, strlen(ws->accept)) == 0;
    }
    if (!ok || copy_answer_headers(ws, &h) != 0) {
        gw_hdrs_clear(&h);
        answer_error(ws, 500, "out of memory");
        return;
    }
    ws->status = 101;
    ws->st = WS_OPEN;
    atomic_fetch_add(&ws->w->srv->metrics.ws_open, 1);
    gettimeofday(&ws->last, NULL);
    int rc = ws->attached ? ws->cl->head(ws->carg, 101, &h) : -1;
    gw_hdrs_clear(&h);
    if (rc != 0) {
        ws_finish(ws, "client_closed", 1);
        return;
    }
    start_relay(ws);
}

static int on_error_body(void *arg, const char *p, size_t n)
{
    struct gw_ws *ws = arg;
    if (evbuffer_get_length(ws->body) + n > ERROR_BODY_MAX) {
        ws->body_too_big = 1;
        return -1;
    }
    return evbuffer_add(ws->body, p, n);
}

/* A non-101 answer, complete: relayed as an ordinary response, then the end. */
static void deliver_answer(struct gw_ws *ws)
{
    gw_hdrs_t h = {0};
    char len[24];
    int k = snprintf(len, sizeof(len), "%zu", evbuffer_get_length(ws->body));
    if (copy_answer_headers(ws, &h) != 0 || gw_hdrs_add(&h, "content-length", 14, len, (size_t)k)) {
        gw_hdrs_clear(&h);
        answer_error(ws, 500, "out of memory");
        return;
    }
    if (ws->attached && ws->cl->head(ws->carg, ws->status, &h) == 0) {
        ws->cl->write(ws->carg, ws->body);
    }
    gw_hdrs_clear(&h);
    ws_finish(ws, "upstream_refused", 0);
}

static void feed_error_body(struct gw_ws *ws, int eof)
{
    while (evbuffer_get_length(ws->upin)) {
        struct evbuffer_iovec v;
        evbuffer_peek(ws->upin, -1, NULL, &v, 1);
        int done = 0;
        long used = gw_head_feed_body(ws->head, v.iov_base, v.iov_len, &done);
        if (used < 0) {
            answer_error(ws, 502,
                         ws->body_too_big ? "upstream refused the WebSocket with a large body"
                                          : "upstream sent a malformed body");
            return;
        }
        evbuffer_drain(ws->upin, (size_t)used);
        if (done) {
            deliver_answer(ws);
            return;
        }
        if (!used) {
            break;
        }
    }
    uint64_t len = 0;
    if (eof) {
        if (gw_head_body_kind(ws->head, &len) == 3) {
            deliver_answer(ws);
        } else {
            answer_error(ws, 502, "upstream closed the connection mid-response");
        }
    }
}

static void on_answer(struct gw_ws *ws)
{
    ws->status = gw_head_status_code(ws->head);
    if (ws->status == 101) {
        on_switched(ws);
        return;
    }
    if (ws->status < 200 || ws->status > 999) {
        answer_error(ws, 502, "upstream sent an unexpected interim answer");
        return;
    }
    snprintf(ws->why, sizeof(ws->why), "upstream answered %d", ws->status);
    uint64_t len = 0;
    if (gw_head_body_kind(ws->head, &len) == 0) {
        deliver_answer(ws);
        return;
    }
    ws->st = WS_ERROR_BODY;
    gw_head_on_body(ws->head, on_error_body, ws);
    feed_error_body(ws, 0);
}

static void read_answer(struct gw_ws *ws)
{
    while (ws->st == WS_HANDSHAKE && evbuffer_get_length(ws->upin)) {
        struct evbuffer_iovec v;
        evbuffer_peek(ws->upin, -1, NULL, &v, 1);
        long r = gw_head_feed(ws->head, v.iov_base, v.iov_len);
        if (r < 0) {
            answer_error(ws, 502, "upstream sent a malformed answer to the WebSocket handshake");
            return;
        }
        if (!gw_head_complete(ws->head)) {
            evbuffer_drain(ws->upin, v.iov_len);
            continue;
        }
        evbuffer_drain(ws->upin, (size_t)r);
        on_answer(ws);
    }
}

/* ---- the upstream TLS connection ----------------------------------------------------------------
 */

static void on_up_ready(gw_tls_t *t, void *arg)
{
    (void)t;
    struct gw_ws *ws = arg;
    hold(ws);
    if (ws->st == WS_CONNECTING) {
        ws->st = WS_HANDSHAKE;
        gettimeofday(&ws->phase, NULL);
        if (send_upgrade(ws) != 0) {
            answer_error(ws, 502, "cannot send the WebSocket handshake upstream");
        }
    }
    release(ws);
}

static void on_up_read(gw_tls_t *t, struct evbuffer *plain, void *arg)
{
    (void)t;
    struct gw_ws *ws = arg;
    hold(ws);
    if (ws->st == WS_HANDSHAKE || ws->st == WS_ERROR_BODY || ws->st == WS_OPEN) {
        evbuffer_add_buffer(ws->upin, plain);
        if (ws->st == WS_HANDSHAKE) {
            read_answer(ws);
        } else if (ws->st == WS_ERROR_BODY) {
            feed_error_body(ws, 0);
        } else {
            relay_up(ws);
        }
    } else {
        evbuffer_drain(plain, evbuffer_get_length(plain));
    }
    release(ws);
}

static void on_up_drained(gw_tls_t *t, void *arg)
{
    (void)t;
    struct gw_ws *ws = arg;
    hold(ws);
    if (ws->client_paused && ws->attached && gw_tls_backlog(ws->up) < GW_BACKLOG_HIGH / 2) {
        ws->client_paused = 0;
        ws->cl->pause(ws->carg, 0);
    }
    release(ws);
}

static void on_up_close(gw_tls_t *t, int error, const char *why, void *arg)
{
    struct gw_ws *ws = arg;
    hold(ws);
    switch (ws->st) {
    case WS_CONNECTING:
    case WS_HANDSHAKE: {
        char msg[200];
        snprintf(msg, sizeof(msg), "upstream %s: %s",
                 ws->st == WS_CONNECTING ? "TLS failed" : "closed the connection",
                 error ? gw_tls_error(t) : why);
        answer_error(ws, 502, msg);
        break;
    }
    case WS_ERROR_BODY:
        feed_error_body(ws, 1);
        break;
    case WS_OPEN:
        if (error) {
            snprintf(ws->why, sizeof(ws->why), "%s", gw_tls_error(t));
        }
        /* After the server's close frame this is the normal end; before it, the client learns
         * of the loss the way it would without hush: the connection (or stream) just ends. */
        ws_finish(ws,
                  ws->s2c.closed ? "closed"
                  : error        ? "upstream_error"
                                 : "upstream_closed",
                  !ws->s2c.closed);
        break;
    default:
        break;
    }
    if (ws->up) {
        gw_tls_free(ws->up); /* on_close: the owner frees it and touches it no more */
        ws->up = NULL;
    }
    if (ws->st == WS_LINGER) {
        ws->st = WS_DONE;
    }
    release(ws);
}

static const gw_tls_cbs_t up_cbs = {on_up_ready, on_up_read, on_up_drained, on_up_close};

static void on_dialed(int fd, int status, const char *reason, const struct sockaddr *addr,
                      void *arg)
{
    (void)addr;
    struct gw_ws *ws = arg;
    gw_worker_t *w = ws->w;
    ws->dial = NULL;
    hold(ws);
    if (fd < 0) {
        answer_error(ws, status, reason);
        release(ws);
        return;
    }
    struct bufferevent *bev = bufferevent_socket_new(w->base, fd, BEV_OPT_CLOSE_ON_FREE);
    int verify = !w->cfg->accept_invalid_upstream_certs;
    SSL *ssl = bev ? gw_tls_client_ssl(w->srv->tls_client, ws->ctx.host, verify) : NULL;
    if (!ssl) {
        if (bev) {
            bufferevent_free(bev);
        } else {
            evutil_closesocket(fd);
        }
        answer_error(ws, 502, "cannot create the upstream TLS session");
        release(ws);
        return;
    }
    gw_tune_bev(bev);
    /* This connection carries the Upgrade and then frames: HTTP/1.1 only. */
    SSL_set_alpn_protos(ssl, alpn_h1_only, sizeof(alpn_h1_only) - 1);
    if (!verify) {
        char qhost[300];
        atomic_fetch_add(&w->srv->counters.insecure_upstream_uses, 1);
        gw_log(GW_LOG_WARN,
               "event=upstream_insecure host=%s reason=\"acceptInvalidUpstreamCerts is on: the "
               "upstream certificate is not verified\"",
               gw_log_quote(qhost, sizeof(qhost), ws->ctx.host));
    }
    ws->up = gw_tls_new(w, bev, ssl, &up_cbs, ws);
    if (!ws->up) {
        answer_error(ws, 502, "cannot start upstream TLS");
    }
    release(ws);
}

/* ---- timers -------------------------------------------------------------------------------------
 */

static void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct gw_ws *ws = arg;
    const gw_config_t *cfg = ws->w->cfg;
    hold(ws);
    switch (ws->st) {
    case WS_HANDSHAKE:
    case WS_ERROR_BODY:
        if (since(&ws->phase) >= cfg->upstream_timeout) {
            answer_error(ws, 504, "upstream did not answer the WebSocket handshake in time");
        }
        break;
    case WS_OPEN:
        if ((ws->close_to_up || ws->close_to_client) && ws->phase.tv_sec == 0) {
            gettimeofday(&ws->phase,
                         NULL); /* one close frame is out: its answer may take a while */
        }
        if (ws->phase.tv_sec && since(&ws->phase) >= CLOSE_GRACE_SECS) {
            ws_finish(ws, "close_timeout", 0);
        } else if (since(&ws->last) >= cfg->idle_timeout) {
            hush_close(ws, GW_WS_GOING_AWAY, "hush: idle timeout", GW_WS_GOING_AWAY, NULL,
                       "idle_timeout");
        }
        break;
    case WS_LINGER:
        if (since(&ws->phase) >= CLOSE_GRACE_SECS) {
            gw_tls_free(ws->up);
            ws->up = NULL;
            ws->st = WS_DONE;
        }
        break;
    default:
        break;
    }
    release(ws);
}

static void on_abort(gw_link_t *l)
{
    struct gw_ws *ws = (struct gw_ws *)l;
    hold(ws);
    ws_finish(ws, "shutdown", 1);
    gw_tls_free(ws->up);
    ws->up = NULL;
    ws->st = WS_DONE;
    release(ws);
}

/* ---- the API in ws.h ------------------------------------------------------------------------ */

static void start_relay(struct gw_ws *ws)
{
    gw_gen_t *g = ws->gen;
    ws->max_msg = g->cfg->max_ws_message;
    memset(&ws->phase, 0, sizeof(ws->phase));
    if (!g->cfg->ws_anonymize) {
        ws->action = "unscanned";
    } else if (ws->passthrough) {
        ws->action = "passthrough";
    } else {
        ws->session = anon_session_new(g->anon);
        if (!ws->session) {
            hush_close(ws, GW_WS_INTERNAL, "hush: out of memory", GW_WS_GOING_AWAY, NULL, "failed");
            return;
        }
        ws->act = gw_policy_for(g->policy, ws->ctx.host);
        ws->ntypes = gw_policy_ntypes(g->policy);
        for (size_t t = 0; t < ws->ntypes; t++) {
            if (ws->act[t] == GW_ACT_AUDIT) {
                anon_session_keep(ws->session, t);
            }
        }
    }
    if (evbuffer_get_length(ws->early)) {
        size_t n = evbuffer_get_length(ws->early);
        const uint8_t *p = evbuffer_pullup(ws->early, -1);
        relay_client(ws, p, n);
        if (ws->early) {
            evbuffer_drain(ws->early, n);
        }
    }
    if (ws->st == WS_OPEN && ws->client_paused && ws->attached) {
        ws->client_paused = 0;
        ws->cl->pause(ws->carg, 0);
    }
    relay_up(ws);
}

int gw_ws_h1_check(const gw_head_t *h, const char **why)
{
    size_t n = 0;
    const char *conn = gw_head_get(h, "connection", &n);
    if (!conn || !token_in(conn, n, "upgrade")) {
        return 0;
    }
    const char *up = gw_head_get(h, "upgrade", &n);
    if (!up || !token_in(up, n, "websocket")) {
        return 0;
    }
    uint64_t len = 0;
    if (strcmp(gw_head_method(h), "GET") != 0 || gw_head_version(h) != 11) {
        *why = "a WebSocket handshake must be an HTTP/1.1 GET";
        return 400;
    }
    if (gw_head_body_kind(h, &len) != 0) {
        *why = "a WebSocket handshake has no body";
        return 400;
    }
    const char *v = gw_head_get(h, "sec-websocket-version", &n);
    if (!v || n != 2 || memcmp(v, "13", 2) != 0) {
        *why = "only WebSocket version 13 is supported";
        return 426;
    }
    const char *k = gw_head_get(h, "sec-websocket-key", &n);
    if (!k || !gw_ws_key_valid(k, n)) {
        *why = "missing or malformed Sec-WebSocket-Key";
        return 400;
    }
    return 1;
}

int gw_ws_h2_check(const gw_req_t *req, const char **why)
{
    size_t n = 0;
    const char *v = gw_hdrs_get(&req->hdrs, "sec-websocket-version", &n);
    if (!v || n != 2 || memcmp(v, "13", 2) != 0) {
        *why = "only WebSocket version 13 is supported";
        return 426;
    }
    if (!req->path || req->path[0] != '/') {
        *why = "a WebSocket CONNECT needs an origin-form :path";
        return 400;
    }
    return 1;
}

gw_ws_t *gw_ws_start(gw_worker_t *w, const gw_mitm_ctx_t *ctx, gw_req_t *req, int h2,
                     const gw_ws_client_t *cl, void *arg)
{
    struct gw_ws *ws = calloc(1, sizeof(*ws));
    if (!ws) {
        gw_req_free(req);
        return NULL;
    }
    ws->w = w;
    ws->ctx = *ctx;
    ws->req = req;
    ws->h2 = h2;
    ws->cl = cl;
    ws->carg = arg;
    ws->attached = 1;
    ws->gen = gw_gen_acquire(w->srv);
    ws->st = WS_CONNECTING;
    ws->id = gw_exchange_next_id();
    gettimeofday(&ws->t0, NULL);
    ws->wall0 = ws->t0;
    ws->phase = ws->t0;
    snprintf(ws->method, sizeof(ws->method), "%s", req->method);
    gw_redact_path(ws->gen->anon, req->path ? req->path : "/", ws->path, sizeof(ws->path));
    ws->passthrough = dom_passthrough(ws->gen->domains, ctx->host, req->path ? req->path : "/");
    ws->c2s.ws = ws->s2c.ws = ws;
    ws->c2s.c2s = 1;
    gw_ws_parser_init(&ws->c2s.p, 1);
    gw_ws_parser_init(&ws->s2c.p, 0);
    size_t klen = 0;
    const char *key = gw_hdrs_get(&req->hdrs, "sec-websocket-key", &klen);
    if (key) {
        gw_ws_accept(key, klen, ws->accept);
    }
    ws->upin = evbuffer_new();
    ws->early = evbuffer_new();
    ws->body = evbuffer_new();
    ws->head = gw_head_new(GW_HEAD_RESPONSE, w->cfg->max_header_bytes);
    struct timeval one = {1, 0};
    ws->tick = event_new(w->base, -1, EV_PERSIST, on_tick, ws);
    gw_worker_link(w, &ws->link, on_abort);
    if (!ws->upin || !ws->early || !ws->body || !ws->head || !ws->tick ||
        evtimer_add(ws->tick, &one) != 0 ||
        !(ws->dial = gw_dial_start(w, ctx->host, ctx->port, on_dialed, ws))) {
        ws_destroy(ws);
        return NULL;
    }
    atomic_fetch_add(&w->srv->counters.requests, 1);
    atomic_fetch_add(&w->srv->metrics.ws_conns, 1);
    return ws;
}

void gw_ws_client_data(gw_ws_t *ws, const uint8_t *p, size_t n)
{
    hold(ws);
    if (ws->st == WS_OPEN) {
        relay_client(ws, p, n);
    } else if (ws->st < WS_OPEN) {
        /* A client should wait for the 101; what it sends early waits here, bounded. */
        evbuffer_add(ws->early, p, n);
        if (evbuffer_get_length(ws->early) > EARLY_MAX && !ws->client_paused) {
            ws->client_paused = 1;
            ws->cl->pause(ws->carg, 1);
        }
    }
    release(ws);
}

void gw_ws_client_eof(gw_ws_t *ws)
{
    hold(ws);
    ws->client_eof = 1;
    if (ws->st == WS_OPEN && !ws->c2s.closed) {
        hush_close(ws, GW_WS_GOING_AWAY, "hush: the client stream ended", GW_WS_GOING_AWAY, NULL,
                   "client_closed");
    } else if (ws->st < WS_OPEN) {
        ws_finish(ws, "client_closed", 1);
    }
    release(ws);
}

void gw_ws_client_drained(gw_ws_t *ws)
{
    hold(ws);
    if (ws->up_paused && ws->up && ws->attached &&
        ws->cl->backlog(ws->carg) < GW_BACKLOG_HIGH / 2) {
        ws->up_paused = 0;
        gw_tls_pause_read(ws->up, 0);
    }
    release(ws);
}

void gw_ws_client_gone(gw_ws_t *ws)
{
    hold(ws);
    ws->attached = 0;
    if (ws->st == WS_OPEN && !ws->close_to_up) {
        hush_close(ws, 0, NULL, GW_WS_GOING_AWAY, NULL,
                   ws->c2s.closed ? "closed" : "client_closed");
    } else {
        ws_finish(ws, ws->st == WS_OPEN ? "closed" : "client_closed", 1);
    }
    release(ws);
}
