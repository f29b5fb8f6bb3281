/* net: connections to the outside: the SSRF guard (guard.c), dialling through it (dial.c), the
 * bypass mark (mark.c), byte tunnels (tunnel.c, with pipes.c's spare pipes), lingering close
 * (linger.c), the ClientHello's SNI (sni.c), and TLS (tls.c, tls_ctx.c) with the shared SSL_CTXs
 * (the net part builds them).
 *
 * tls: BoringSSL driven over a socket bufferevent through memory BIOs.
 *
 * One gw_tls_t per TLS connection, either side. Ciphertext moves between the socket bufferevent
 * and the SSL's memory BIOs; the owner sees only plaintext: on_read hands it the plaintext buffer
 * (the owner drains what it consumes), gw_tls_write* encrypts. Callbacks run on the worker's
 * thread. After on_close the owner must call gw_tls_free and touch the object no more; the owner
 * may also call gw_tls_free at any time itself (no callback follows).
 */
#ifndef HUSH_GATEWAY_NET_H
#define HUSH_GATEWAY_NET_H

#include "gateway/http/http.h"

#include <openssl/ssl.h>

typedef struct gw_tls gw_tls_t;

typedef struct gw_tls_cbs {
    void (*on_ready)(gw_tls_t *t, void *arg); /* handshake complete; ALPN known */
    void (*on_read)(gw_tls_t *t, struct evbuffer *plain, void *arg);
    void (*on_drained)(gw_tls_t *t, void *arg); /* socket output fell below the low-water mark */
    /* The connection is over: peer closed (error 0), or failed (error 1, why says how). */
    void (*on_close)(gw_tls_t *t, int error, const char *why, void *arg);
} gw_tls_cbs_t;

/* Takes ownership of raw (a connected socket bufferevent) and ssl (already set to accept or
 * connect, with its SNI/ALPN/verification configured). The handshake starts at once and must
 * finish within timeouts.handshake. */
gw_tls_t *gw_tls_new(gw_worker_t *w, struct bufferevent *raw, SSL *ssl, const gw_tls_cbs_t *cbs,
                     void *arg);
void gw_tls_free(gw_tls_t *t);
void gw_tls_set_cbs(gw_tls_t *t, const gw_tls_cbs_t *cbs, void *arg);

int gw_tls_write(gw_tls_t *t, const void *data, size_t len);
int gw_tls_write_buffer(gw_tls_t *t, struct evbuffer *buf); /* drains buf */
/* Ciphertext queued toward the socket and not yet written: back-pressure for the owner. */
size_t gw_tls_backlog(const gw_tls_t *t);
/* Stop (1) or resume (0) reading from the socket. */
void gw_tls_pause_read(gw_tls_t *t, int pause);
/* The owner can do nothing until about `bytes` more plaintext arrived (the rest of a request body
 * of known length): the kernel need not wake the connection for less (SO_RCVLOWAT, bounded; what
 * the TLS layer may already hold is allowed for). Holds until the next read; 0 clears it. */
void gw_tls_expect(gw_tls_t *t, size_t bytes);
/* Bytes received by the kernel and not read yet (held back by gw_tls_expect): progress a body
 * timer should count. */
size_t gw_tls_unread(const gw_tls_t *t);
/* Send close_notify after everything queued, then close; on_close(0, "closed") follows. */
void gw_tls_close(gw_tls_t *t);

SSL *gw_tls_ssl(gw_tls_t *t);
int gw_tls_is_h2(const gw_tls_t *t);        /* ALPN chose h2 */
const char *gw_tls_alpn(const gw_tls_t *t); /* "h2", "http/1.1" (also when none was sent) */
/* A reason for the last failure, e.g. "certificate verify failed: unable to get local issuer" */
const char *gw_tls_error(const gw_tls_t *t);

/* Shared SSL_CTXs (tls_ctx.c), built once at start and read-only afterwards. */
struct ca;
/* Server side of interception: leaf chosen per connection by gw_tls_server_ssl's host. */
SSL_CTX *gw_tls_server_ctx_new(struct ca *ca, char *err, size_t errlen);
/* An SSL for a client connection that was CONNECTed to host; SNI naming another host fails the
 * handshake. */
SSL *gw_tls_server_ssl(SSL_CTX *ctx, const char *host);
/* Client side toward upstream APIs: system trust store plus upstreamCaFile. */
SSL_CTX *gw_tls_client_ctx_new(const gw_boot_t *cfg, char *err, size_t errlen);
/* An SSL that verifies host (name or IP literal) and sends it as SNI; ALPN h2, http/1.1. */
SSL *gw_tls_client_ssl(SSL_CTX *ctx, const char *host, int verify);
/* Resumption: offer *slot's session on ssl and store the server's next ticket in *slot (the slot
 * owns one reference; free it with SSL_SESSION_free). The slot must outlive ssl. */
void gw_tls_remember_sessions(SSL *ssl, SSL_SESSION **slot);

/* guard.c: the SSRF guard. */
/* Parse host as an IP literal, accepting every spelling the OS resolver would (2130706433,
 * 0x7f.1, 0177.0.0.1, 127.1, [::1], ::ffff:127.0.0.1). Returns 0 and fills *out, or -1. */
int gw_parse_ip_literal(const char *host, struct sockaddr_storage *out);
/* 0 when the address may be connected to; -1 with a short reason ("loopback address", ...). */
int gw_guard_check(const gw_boot_t *c, const struct sockaddr *sa, const char **reason);
/* 1 when port is in one of the ranges. */
int gw_port_allowed(const gw_port_range_t *ports, size_t n, unsigned port);

/* dial.c: resolve -> guard -> connect, never blocking the loop.
 * status: 0 with a connected fd; otherwise the HTTP status to answer (403, 502, 504) and a reason
 * that is safe to show the client. */
typedef void (*gw_dial_cb)(int fd, int status, const char *reason, const struct sockaddr *addr,
                           void *arg);
typedef struct gw_dial gw_dial_t;
gw_dial_t *gw_dial_start(gw_worker_t *w, const char *host, unsigned port, gw_dial_cb cb, void *arg);
void gw_dial_cancel(gw_dial_t *d);
/* 1 when sa (address and port) reaches one of hush's own listeners: the same address, or any
 * local address when the listener is on 0.0.0.0 or ::. Dialling it would let a client reach the
 * loopback-only control and admin endpoints through hush. */
int gw_dial_is_self(const gw_server_t *srv, const struct sockaddr *sa);

/* mark.c: SO_MARK transparentBypassMark on an outbound socket when transparent mode is on; -1
 * (logged once) when the kernel refuses. */
int gw_tp_mark_socket(const gw_boot_t *c, int fd);

/* tunnel.c: copy bytes both ways until both sides are done. Takes ownership of both
 * bufferevents; done is called once, after they are freed. */
typedef struct gw_tunnel_stats {
    uint64_t up, down; /* client->upstream, upstream->client */
    const char *outcome;
} gw_tunnel_stats_t;
typedef void (*gw_tunnel_done_cb)(void *arg, const gw_tunnel_stats_t *st);
int gw_tunnel_start(gw_worker_t *w, struct bufferevent *client, struct bufferevent *upstream,
                    gw_tunnel_done_cb done, void *arg);

/* pipes.c: a worker's spare pipes for the tunnels' splice engine, taken while bytes wait in them.
 * gw_pipe_get: 0, or -1 when no pipe can be had (descriptors short; p untouched). gw_pipe_put:
 * back to the pool when empty is 1, closed otherwise; p reads -1 after. Worker thread only. */
typedef struct gw_pipe {
    int rd, wr; /* -1 when none */
    size_t cap; /* the capacity the kernel gave */
} gw_pipe_t;
int gw_pipe_get(gw_worker_t *w, gw_pipe_t *p);
void gw_pipe_put(gw_worker_t *w, gw_pipe_t *p, int empty);
size_t gw_pipes_open(void); /* all workers, spares included */
void gw_pipes_worker_free(gw_worker_t *w);

/* linger.c: flush the final response in bev, shut the write side, discard input until the client
 * closes or a grace period ends. Takes ownership of bev. */
void gw_linger_close(gw_worker_t *w, struct bufferevent *bev);

/* sni.c: the server name of a TLS ClientHello, read without consuming it (transparent mode).
 * Returns GW_SNI_FOUND with the lower-case name in out, GW_SNI_NONE for a well-formed hello
 * without one, GW_SNI_NEED_MORE while buf is a proper prefix of a ClientHello, or GW_SNI_NOT_TLS.
 * Never returns GW_SNI_NEED_MORE once len reaches GW_SNI_MAX_INPUT. The protocols the hello
 * offers go to alpn as "h2,http/1.1" (printable bytes only; "" when none or not TLS; alpnlen 0
 * when not wanted). */
enum { GW_SNI_NOT_TLS = -1, GW_SNI_FOUND = 0, GW_SNI_NONE = 1, GW_SNI_NEED_MORE = 2 };
int gw_sni_parse(const uint8_t *buf, size_t len, char *out, size_t outlen, char *alpn,
                 size_t alpnlen);

/* The net part (cli/main.c's list): the shared TLS contexts. */
extern const gw_part_t gw_net_part;

#endif
