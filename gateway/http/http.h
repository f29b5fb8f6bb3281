/* http: HTTP/1.x on the wire and the version-independent message types: the head parser
 * (http_head.c, llhttp), writing responses (http_out.c), and the header list and request that every
 * HTTP version in the gateway translates into and out of (hdrs.c), with the sink a response comes
 * back through.
 *
 * Sink rules, for whoever calls a sink: head, then data any number of times, then end; or fail
 * at any point. Nothing after end or fail. A head or data that returns non-zero means the
 * receiver has let go, exactly as if it had cancelled: it has finished its own side already, will
 * never cancel or resume, and expects no further call; the caller releases what it held for it
 * (upstream/upstream.c frees the request, the exchange ends itself). Header names are lower-case
 * and carry no pseudo-headers and no hop-by-hop fields. A sink's backlog() is how many bytes it
 * holds that its client has not taken yet; a producer stops reading when that passes
 * GW_BACKLOG_HIGH and waits for a resume call.
 */
#ifndef HUSH_GATEWAY_HTTP_H
#define HUSH_GATEWAY_HTTP_H

#include "gateway/core/core.h"

/* ---- HTTP head parser (llhttp) ----------------------------------------------------------------
 */
typedef struct gw_head gw_head_t;
enum { GW_HEAD_REQUEST = 0, GW_HEAD_RESPONSE = 1 };
gw_head_t *gw_head_new(int kind, size_t max_bytes);
void gw_head_free(gw_head_t *h);
void gw_head_reset(gw_head_t *h);
/* Feed bytes. Returns the number of bytes that belong to the head once it is complete (the rest
 * is body or tunnel data), 0 when more bytes are needed (all were consumed), or -1 on error with
 * the HTTP status to answer in gw_head_status (400, 414, 431, 501). */
long gw_head_feed(gw_head_t *h, const char *data, size_t len);
int gw_head_complete(const gw_head_t *h);
int gw_head_status(const gw_head_t *h);
const char *gw_head_error(const gw_head_t *h);
const char *gw_head_method(const gw_head_t *h); /* "GET", "CONNECT", ... */
int gw_head_status_code(const gw_head_t *h);    /* responses */
const char *gw_head_reason(const gw_head_t *h, size_t *len);
const char *gw_head_target(const gw_head_t *h, size_t *len); /* request-target as sent */
int gw_head_version(const gw_head_t *h);                     /* 10 or 11 */
size_t gw_head_nheaders(const gw_head_t *h);
void gw_head_header_at(const gw_head_t *h, size_t i, const char **name, size_t *nlen,
                       const char **value, size_t *vlen);
/* First header named name (case-insensitive), or NULL. */
const char *gw_head_get(const gw_head_t *h, const char *name, size_t *len);
/* Body framing of a complete head: 0 none, 1 Content-Length (*len set), 2 chunked, 3 until EOF
 * (responses only). */
int gw_head_body_kind(const gw_head_t *h, uint64_t *len);
/* Feed bytes of the body that follows a complete head. Returns how many belong to this message
 * and sets *done at its end; -1 on a framing error. Decoded body bytes go to the on_body callback
 * when one is set (chunked framing removed). */
long gw_head_feed_body(gw_head_t *h, const char *data, size_t len, int *done);
void gw_head_on_body(gw_head_t *h, int (*cb)(void *arg, const char *p, size_t n), void *arg);

/* http_out.c: small helpers for writing HTTP/1.1 responses. */
void gw_http_error(struct evbuffer *out, int status, const char *text);
const char *gw_http_reason(int status);
int gw_is_hop_by_hop(const char *name, size_t len, const char *connection, size_t clen);
/* 1 when a Connection header names Content-Length or Transfer-Encoding: dropping the framing
 * header as hop-by-hop would leave the body unframed for the next hop, so the request is refused.
 */
int gw_connection_names_framing(const gw_head_t *head);

#define GW_BACKLOG_HIGH (256 * 1024)

typedef struct gw_hdr {
    char *name; /* lower-case, NUL-terminated */
    char *value;
    size_t nlen, vlen;
} gw_hdr_t;

typedef struct gw_hdrs {
    gw_hdr_t *v;
    size_t n, cap;
} gw_hdrs_t;

/* Adds a copy; the name is lower-cased. */
int gw_hdrs_add(gw_hdrs_t *h, const char *name, size_t nlen, const char *value, size_t vlen);
/* First value for a lower-case name, or NULL. */
const char *gw_hdrs_get(const gw_hdrs_t *h, const char *name, size_t *vlen);
void gw_hdrs_del(gw_hdrs_t *h, const char *name);
/* Replaces the value of field i (the old one wiped); -1 leaves the field as it was. */
int gw_hdrs_set_value(gw_hdrs_t *h, size_t i, const char *value, size_t vlen);
void gw_hdrs_clear(gw_hdrs_t *h);
/* 1 for headers that never cross hush (RFC 9110 hop-by-hop, plus those named in Connection, and
 * HTTP/2 connection-specific ones). */
int gw_hdr_is_hop(const char *lname, size_t nlen, const gw_hdrs_t *all);

/* 1 when an authority (Host / :authority, port optional) names host: an intercepted connection
 * serves only the host it was opened for (otherwise 421, RFC 9110 15.5.20). */
int gw_authority_is_host(const char *authority, const char *host);

typedef struct gw_req {
    char method[24];
    char *authority; /* as the client named it (:authority or Host) */
    char *path;      /* origin-form, query included */
    gw_hdrs_t hdrs;  /* end-to-end headers; no host, no content-length, no transfer-encoding */
    struct evbuffer *body; /* complete body, possibly empty; never NULL */
    /* the rewritten body's block when body is that one block added by reference: its cleanup
     * wipes every byte written before freeing it, so dropping the body only drains it */
    const void *body_ref;
    const char *client_alpn; /* "h2" or "http/1.1" */
    size_t budget;           /* bytes taken from maxBufferedBytes; given back by gw_req_free */
} gw_req_t;

gw_req_t *gw_req_new(void);
void gw_req_free(gw_req_t *r);
/* Append n body bytes, first taking them from the buffered-bytes budget (limit). 0; -1 when
 * out of memory; 1 when the budget is spent (nothing added: answer 503 with Retry-After). */
int gw_req_add_body(gw_req_t *r, size_t limit, const void *p, size_t n);
/* The body's declared length, told before its first byte is added: a large body (64 KiB up to
 * 16 MiB, within max_body) is then received into one block, which the scan reads where it is
 * instead of copying it out (a body held once, not twice). Only a hint: nothing is refused. */
void gw_req_size_body(gw_req_t *r, uint64_t total, size_t max_body);
/* The body is no longer needed (sent, and no retry can follow): wipe it, give its budget back. */
void gw_req_drop_body(gw_req_t *r);

typedef struct gw_sink {
    /* Response head. Non-zero return: the receiver let go (see above). */
    int (*head)(void *arg, int status, const gw_hdrs_t *hdrs);
    /* Body bytes; the receiver takes them all (drains chunk). Non-zero: it let go. */
    int (*data)(void *arg, struct evbuffer *chunk);
    void (*end)(void *arg, const gw_hdrs_t *trailers /* NULL: none */);
    /* Failure. Before head: the receiver answers the client with status and msg (hush's own
     * error). After head: the response is aborted (h2 RST_STREAM, h1 close). */
    void (*fail)(void *arg, int status, const char *msg);
    size_t (*backlog)(void *arg);
} gw_sink_t;

#endif
