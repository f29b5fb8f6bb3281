/* ws: WebSockets on intercepted hosts (the ws wing: frame codec and relay).
 *
 * Two halves. The frame codec (ws.c) is pure computation: an incremental RFC 6455 frame parser
 * that never copies or changes the bytes it is fed, a header writer, masking, and the handshake
 * key helpers. The relay is one WebSocket connection: its own fresh HTTP/1.1 TLS connection
 * upstream (never pooled) and the handshake (ws_conn.c), and the frame relay both ways, with text
 * messages anonymized (client -> server) and restored (server -> client) (ws_relay.c).
 *
 * The client side is HTTP/1.1 (Upgrade, front/mitm_h1.c) or one HTTP/2 stream (RFC 8441 extended
 * CONNECT, front/mitm_h2_stream.c); either implements gw_ws_client_t, and the relay never knows
 * which beyond the status it answers the handshake with.
 */
#ifndef HUSH_GATEWAY_WS_H
#define HUSH_GATEWAY_WS_H

#include "gateway/exchange/exchange.h"

#include <stddef.h>
#include <stdint.h>

/* ---- frame codec (ws.c) ---------------------------------------------------------------------- */

enum {
    GW_WS_CONT = 0x0,
    GW_WS_TEXT = 0x1,
    GW_WS_BINARY = 0x2,
    GW_WS_CLOSE = 0x8,
    GW_WS_PING = 0x9,
    GW_WS_PONG = 0xA,
};

/* Close codes hush sends or checks (RFC 6455 7.4.1). */
enum {
    GW_WS_NORMAL = 1000,
    GW_WS_GOING_AWAY = 1001,
    GW_WS_PROTOCOL_ERROR = 1002,
    GW_WS_INVALID_DATA = 1007,
    GW_WS_POLICY = 1008,
    GW_WS_TOO_BIG = 1009,
    GW_WS_INTERNAL = 1011,
    GW_WS_TRY_AGAIN = 1013,
    GW_WS_BAD_GATEWAY = 1014,
};

#define GW_WS_MAX_HEADER 14

typedef struct gw_ws_frame {
    int fin, rsv, opcode, masked;
    int message;     /* data frames: GW_WS_TEXT or GW_WS_BINARY, also for continuations; else 0 */
    uint8_t mask[4]; /* when masked */
    uint64_t len;    /* payload length */
    uint64_t off;    /* payload bytes delivered before the current payload() call */
    size_t hlen;     /* header bytes, as received in hdr (byte-for-byte forwarding) */
    uint8_t hdr[GW_WS_MAX_HEADER];
} gw_ws_frame_t;

/* Each callback returns 0 to go on, or a close code that stops the parse. */
typedef struct gw_ws_cbs {
    int (*frame)(void *arg, const gw_ws_frame_t *f); /* the header is complete */
    /* Payload bytes as on the wire (still masked); f->off is the offset of raw[0]. */
    int (*payload)(void *arg, const gw_ws_frame_t *f, const uint8_t *raw, size_t n);
    int (*frame_end)(void *arg, const gw_ws_frame_t *f);
} gw_ws_cbs_t;

typedef struct gw_ws_parser {
    gw_ws_frame_t f;
    int in_payload; /* 0: collecting a header */
    size_t hneed;   /* header bytes needed, known after the first two */
    int open_msg;   /* GW_WS_TEXT / GW_WS_BINARY while a fragmented message is open */
    int want_mask;  /* 1: frames must be masked (client to server); 0: must not be */
    int error;      /* the close code that stopped the parser, 0 while it is usable */
} gw_ws_parser_t;

void gw_ws_parser_init(gw_ws_parser_t *p, int want_mask);
/* Feed bytes. Returns 0 when all were consumed, else the close code that stopped the parse:
 * GW_WS_PROTOCOL_ERROR for a framing error the parser found (reserved bits, unknown opcode,
 * fragmented or long control frame, continuation without a message, a data frame inside one,
 * wrong masking, non-minimal or 2^63+ length), or whatever non-zero a callback returned. A
 * stopped parser stays stopped. */
int gw_ws_parse(gw_ws_parser_t *p, const uint8_t *in, size_t n, const gw_ws_cbs_t *cbs, void *arg);

/* Write a frame header into out; returns its length. mask NULL: unmasked. */
size_t gw_ws_header(uint8_t out[GW_WS_MAX_HEADER], int fin, int opcode, uint64_t len,
                    const uint8_t *mask);
/* XOR n bytes with the mask key, starting at payload offset off (masking and unmasking). */
void gw_ws_mask(uint8_t *p, size_t n, const uint8_t mask[4], uint64_t off);
/* A whole frame (header and payload) appended to out; mask NULL: unmasked. */
int gw_ws_frame_add(struct evbuffer *out, int fin, int opcode, const uint8_t *payload, size_t len,
                    const uint8_t *mask);
/* A close frame with code and a short reason (truncated to fit 125 bytes). */
int gw_ws_close_add(struct evbuffer *out, int code, const char *reason, const uint8_t *mask);

/* 1 when key is the base64 of 16 bytes (Sec-WebSocket-Key, RFC 6455 4.1). */
int gw_ws_key_valid(const char *key, size_t len);
/* Sec-WebSocket-Accept for a key: base64(SHA-1(key + GUID)), NUL-terminated. */
void gw_ws_accept(const char *key, size_t len, char out[32]);
/* A fresh random key; 0 or -1. */
int gw_ws_new_key(char out[32]);

/* ---- relay (ws_conn.c, ws_relay.c)
 * ---------------------------------------------------------------------- */

typedef struct gw_ws gw_ws_t;

/* The client side of one WebSocket, implemented by mitm_h1.c and mitm_h2_stream.c. The relay calls
 * head exactly once (101 with the headers to send on success; any other status with a complete body
 * following through write), write any number of times, and done last; nothing after done. None
 * is called from inside gw_ws_start, nor may any of them call back into the relay. */
typedef struct gw_ws_client {
    /* 101: switch protocols (h1: status line 101; h2: :status 200). The headers are complete for
     * HTTP/1.1 (upgrade, connection, sec-websocket-accept); an h2 side drops those three. */
    int (*head)(void *arg, int status, const gw_hdrs_t *hdrs);
    int (*write)(void *arg, struct evbuffer *data); /* drains data */
    size_t (*backlog)(void *arg);        /* bytes written and not yet taken by the client */
    void (*pause)(void *arg, int pause); /* stop / resume delivering client bytes */
    /* The WebSocket is over. abort 0: finish cleanly after what was written (h1: close the
     * connection; h2: END_STREAM); 1: abort (h2: RST_STREAM). */
    void (*done)(void *arg, int abort);
} gw_ws_client_t;

/* An HTTP/1.1 request head that asks for a WebSocket (Connection: upgrade, Upgrade: websocket):
 * 0 when it does not, 1 when it is a valid handshake, or the HTTP status to refuse it with (400
 * for a bad method, key or body; 426 for a version other than 13). */
int gw_ws_h1_check(const gw_head_t *h, const char **why);
/* The same for an HTTP/2 extended CONNECT whose :protocol was websocket. */
int gw_ws_h2_check(const gw_req_t *req, const char **why);

/* Take over req (its path, authority and end-to-end headers; no body) and open the upstream
 * side. h2: the client side is an HTTP/2 stream (no Sec-WebSocket-Key from the client). NULL
 * only when out of memory (req is freed, nothing is called). */
gw_ws_t *gw_ws_start(gw_worker_t *w, const gw_mitm_ctx_t *ctx, gw_req_t *req, int h2,
                     const gw_ws_client_t *cl, void *arg);
/* Bytes from the client (the WebSocket stream after the handshake request). */
void gw_ws_client_data(gw_ws_t *ws, const uint8_t *p, size_t n);
/* The client will send nothing more (h2 END_STREAM); the relay may still write. */
void gw_ws_client_eof(gw_ws_t *ws);
/* The client's backlog fell: the relay may read upstream again. */
void gw_ws_client_drained(gw_ws_t *ws);
/* The client side is gone (connection closed, stream reset): no client callback follows; the
 * relay closes the upstream side and frees itself. */
void gw_ws_client_gone(gw_ws_t *ws);

#endif
