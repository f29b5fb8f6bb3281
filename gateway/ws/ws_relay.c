/* ws_relay: the frame relay of one WebSocket on an intercepted host (see ws_relay.h, ws.h).
 *
 * The one thing to know: every byte crosses in one of two ways. Binary messages and control
 * frames are forwarded byte for byte as they arrive, masks included, never buffered. Text
 * messages are collected whole (bounded by maxWebSocketMessage), anonymized (client to server)
 * or restored (server to client) with the connection's one anonymizer session, and sent on as
 * one new frame; a client text message that cannot be scanned is never sent: the client gets a
 * close frame instead (1009 too big, 1008 policy, 1007 not UTF-8). The session lives as long as
 * the connection and is wiped at its end, so tokens stay consistent across messages.
 */
#include "gateway/ws/ws_relay.h"

#include "anonymize/anonymize.h"

#include <openssl/mem.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>

/* ---- lifetime ------------------------------------------------------------------------------ */

/* Let go of a direction's collected message and the budget it took. */
static void msg_release(struct ws_dir *d, int free_it)
{
    if (free_it) {
        anon_buf_free(&d->msg);
    } else {
        anon_buf_reset(&d->msg);
    }
    gw_budget_give(d->held);
    d->held = 0;
}

void ws_destroy(struct gw_ws *ws)
{
    gw_worker_unlink(ws->w, &ws->link);
    gw_dial_cancel(ws->dial);
    gw_tls_free(ws->up);
    gw_head_free(ws->head);
    gw_req_free(ws->req);
    gw_evbuffer_wipe_free(ws->upin); /* an intercepted host's bytes */
    gw_evbuffer_wipe_free(ws->early);
    gw_evbuffer_wipe_free(ws->body);
    if (ws->tick) {
        event_free(ws->tick);
    }
    msg_release(&ws->c2s, 1);
    msg_release(&ws->s2c, 1);
    gw_xform_free(ws->xf);
    gw_gen_release(ws->gen);
    free(ws);
}

static void ws_destroy_cb(void *self)
{
    ws_destroy(self);
}

void ws_done(struct gw_ws *ws)
{
    ws->st = WS_DONE;
    gw_worker_unlink(ws->w, &ws->link); /* a drain deadline has nothing left to abort */
    event_del(ws->tick);
    gw_dial_cancel(ws->dial); /* nothing reaches a DONE relay */
    ws->dial = NULL;
    gw_tls_free(ws->up);
    ws->up = NULL;
    gw_defer_free(&ws->obj, ws_destroy_cb);
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
        gw_evbuffer_wipe(b);
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
        gw_evbuffer_wipe(b);
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
        gw_evbuffer_wipe_free(b);
    }
}

/* hush's own close frames: code to the client, up_code to the upstream (0: none), then the end.
 */
void ws_hush_close(struct gw_ws *ws, int code, const char *reason, int up_code, const char *refusal,
                   const char *outcome)
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

/* A complete client text message: anonymized (transform.c, the same call and policy as request
 * bodies) and sent as one masked frame, or refused with a close frame. */
static int send_anonymized(struct ws_dir *d)
{
    struct gw_ws *ws = d->ws;
    anon_buf_t out = {0};
    gw_xform_result_t res;
    int rc = gw_xform_message(ws->xf, d->msg.data, d->msg.len, &out, &res);
    msg_release(d, 0);
    if (rc != 0) {
        anon_buf_free(&out);
        gw_metrics_t *m = &ws->w->srv->metrics;
        char reason[124];
        snprintf(reason, sizeof(reason), "hush: %s", res.reason);
        if (res.refusal == GW_REFUSAL_BLOCKED_PII) {
            atomic_fetch_add(&m->blocked_requests, 1);
            ws_hush_close(ws, GW_WS_POLICY, reason, GW_WS_GOING_AWAY, res.code, "blocked");
        } else {
            atomic_fetch_add(&m->refused[gw_refusal_metric(res.refusal)], 1);
            ws_hush_close(
                ws, res.refusal == GW_REFUSAL_BAD_ENCODING ? GW_WS_INVALID_DATA : GW_WS_INTERNAL,
                reason, GW_WS_GOING_AWAY, res.code, "refused");
        }
        return WS_STOP;
    }
    struct evbuffer *b = frame_wiped(1, GW_WS_TEXT, out.data, out.len, 1);
    anon_buf_free(&out);
    if (!b) {
        ws_hush_close(ws, GW_WS_INTERNAL, "hush: out of memory", GW_WS_GOING_AWAY, NULL, "failed");
        return WS_STOP;
    }
    d->rewritten++;
    to_up(ws, b);
    gw_evbuffer_wipe_free(b);
    return 0;
}

/* A complete server text message: tokens back to values, sent as one frame. */
static int send_restored(struct ws_dir *d)
{
    struct gw_ws *ws = d->ws;
    anon_buf_t out = {0};
    struct evbuffer *b;
    if (gw_xform_restore_message(ws->xf, d->msg.data, d->msg.len, &out) == 0) {
        b = frame_wiped(1, GW_WS_TEXT, out.data, out.len, 0);
    } else {
        /* Tokens stay tokens: nothing leaks, the client sees placeholders. */
        ws->restore_skipped++;
        b = frame_wiped(1, GW_WS_TEXT, d->msg.data, d->msg.len, 0);
    }
    anon_buf_free(&out);
    msg_release(d, 0);
    if (!b) {
        ws_hush_close(ws, GW_WS_INTERNAL, "hush: out of memory", GW_WS_GOING_AWAY, NULL, "failed");
        return WS_STOP;
    }
    d->rewritten++;
    to_client(ws, b);
    gw_evbuffer_wipe_free(b);
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
        } else if (f->message == GW_WS_TEXT && ws->xf && (d->c2s || gw_xform_found(ws->xf) > 0)) {
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
            msg_release(d, 0);
        }
    }
    if (d->mode == MODE_COLLECT) {
        /* the frame's payload is held until the message ends: take it from the budget first */
        if (gw_budget_take(ws->w->cfg->max_buffered_bytes, (size_t)f->len) != 0) {
            if (d->c2s) {
                return GW_WS_TRY_AGAIN; /* before a byte of it is buffered */
            }
            ws->restore_skipped++;
            d->mode = MODE_STREAM;
            if (d->msg.len) {
                stream_piece(d, d->msg.data, d->msg.len, 0);
                msg_release(d, 0);
            }
        } else {
            d->held += (size_t)f->len;
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
            msg_release(d, 0);
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
        ws_hush_close(ws, GW_WS_BAD_GATEWAY, "hush: the upstream broke the WebSocket protocol",
                      code == GW_WS_PROTOCOL_ERROR ? GW_WS_PROTOCOL_ERROR : GW_WS_INTERNAL, NULL,
                      "upstream_protocol_error");
        return;
    }
    switch (code) {
    case GW_WS_TOO_BIG:
        atomic_fetch_add(&ws->w->srv->metrics.refused[GW_REFUSE_TOO_LARGE], 1);
        ws_hush_close(ws, GW_WS_TOO_BIG,
                      "hush: text message larger than maxWebSocketMessage; it was not sent",
                      GW_WS_GOING_AWAY, gw_refusal_code(GW_REFUSAL_TOO_LARGE), "refused");
        break;
    case GW_WS_TRY_AGAIN:
        atomic_fetch_add(&ws->w->srv->metrics.budget_refused[0], 1);
        gw_log(GW_LOG_WARN, "event=buffer_budget_full direction=websocket");
        ws_hush_close(
            ws, GW_WS_TRY_AGAIN,
            "hush: too much buffered (maxBufferedBytes); try again later; it was not sent",
            GW_WS_GOING_AWAY, gw_refusal_code(GW_REFUSAL_BUSY), "refused");
        break;
    case GW_WS_PROTOCOL_ERROR:
        ws_hush_close(ws, GW_WS_PROTOCOL_ERROR, "hush: WebSocket protocol error", GW_WS_GOING_AWAY,
                      NULL, "client_protocol_error");
        break;
    default:
        ws_hush_close(ws, GW_WS_INTERNAL, "hush: internal error", GW_WS_GOING_AWAY, NULL, "failed");
        break;
    }
}

void ws_relay_client(struct gw_ws *ws, const uint8_t *p, size_t n)
{
    int rc = gw_ws_parse(&ws->c2s.p, p, n, &dir_cbs, &ws->c2s);
    if (rc) {
        parse_stopped(ws, &ws->c2s, rc);
    }
}

void ws_relay_up(struct gw_ws *ws)
{
    while (ws->st == WS_OPEN && evbuffer_get_length(ws->upin)) {
        struct evbuffer_iovec v;
        if (evbuffer_peek(ws->upin, -1, NULL, &v, 1) < 1) {
            break;
        }
        int rc = gw_ws_parse(&ws->s2c.p, v.iov_base, v.iov_len, &dir_cbs, &ws->s2c);
        if (ws->upin) {
            gw_evbuffer_wipe_drain(ws->upin, v.iov_len);
        }
        if (rc) {
            parse_stopped(ws, &ws->s2c, rc);
            break;
        }
    }
}

/* ---- the end: one log line, one audit record, the metrics ------------------------------------ */

/* The audit record every intercepted request has (gw_record_json), plus the WebSocket's own. */
static void audit(struct gw_ws *ws, const char *outcome)
{
    gw_record_t f = {&ws->wall0,     &ws->t0,       ws->id,
                     ws->ctx.client, ws->ctx.host,  ws->method,
                     ws->path,       ws->status,    ws->h2 ? "h2" : "http/1.1",
                     "http/1.1",     ws->c2s.bytes, ws->s2c.bytes,
                     ws->action,     ws->refusal,   outcome};
    json_t *r = gw_record_json(&f, ws->xf);
    json_t *own = json_pack(
        "{s:I, s:I, s:I, s:I, s:I, s:I, s:i, s:i}", "frames_up", (json_int_t)ws->c2s.frames,
        "frames_down", (json_int_t)ws->s2c.frames, "messages_up", (json_int_t)ws->c2s.messages,
        "messages_down", (json_int_t)ws->s2c.messages, "rewritten_up",
        (json_int_t)ws->c2s.rewritten, "rewritten_down", (json_int_t)ws->s2c.rewritten,
        "close_code_client", ws->c2s.close_code, "close_code_upstream", ws->s2c.close_code);
    if (r && own && json_object_set_new(r, "websocket", own) == 0) {
        own = NULL;
        gw_audit_write(r);
    }
    json_decref(own);
    json_decref(r);
}

static const char *action_of(struct gw_ws *ws)
{
    if (ws->refusal) {
        return strcmp(ws->refusal, gw_refusal_code(GW_REFUSAL_BLOCKED_PII)) ? "refused" : "blocked";
    }
    if (ws->action) {
        return ws->action; /* passthrough, unscanned */
    }
    return gw_xform_found(ws->xf) ? "masked" : gw_xform_kept(ws->xf) ? "audited" : "none";
}

static void ws_report(struct gw_ws *ws, const char *outcome)
{
    gw_metrics_t *m = &ws->w->srv->metrics;
    ws->action = action_of(ws);
    gw_xform_count_metrics(ws->xf, m);
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
void ws_finish(struct gw_ws *ws, const char *outcome, int abort)
{
    if (ws->st == WS_LINGER || ws->st == WS_DONE) {
        return;
    }
    ws->outcome = outcome;
    ws_report(ws, outcome);
    msg_release(&ws->c2s, 1);
    msg_release(&ws->s2c, 1);
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
        ws_done(ws);
    }
}

void ws_start_relay(struct gw_ws *ws)
{
    gw_gen_t *g = ws->gen;
    ws->max_msg = g->cfg->max_ws_message;
    memset(&ws->phase, 0, sizeof(ws->phase));
    if (!g->cfg->ws_anonymize) {
        ws->action = "unscanned";
    } else if (ws->passthrough) {
        ws->action = "passthrough";
    } else {
        gw_xform_env_t env = {
            g->cfg, g->anon,       g->domains, g->policy, ws->w->cfg->max_buffered_bytes,
            1,      &g->api_words, NULL}; /* a message at a time: no scan cache */
        ws->xf = gw_xform_new(&env, &ws->ctx);
        if (!ws->xf) {
            ws_hush_close(ws, GW_WS_INTERNAL, "hush: out of memory", GW_WS_GOING_AWAY, NULL,
                          "failed");
            return;
        }
    }
    if (evbuffer_get_length(ws->early)) {
        size_t n = 0;
        uint8_t *p = gw_evbuffer_dup(ws->early, &n); /* no pullup: it frees chains unwiped */
        if (p) {
            ws_relay_client(ws, p, n);
            OPENSSL_cleanse(p, n);
            free(p);
        }
        if (ws->early) {
            gw_evbuffer_wipe_drain(ws->early, n);
        }
    }
    if (ws->st == WS_OPEN && ws->client_paused && ws->attached) {
        ws->client_paused = 0;
        ws->cl->pause(ws->carg, 0);
    }
    ws_relay_up(ws);
}
