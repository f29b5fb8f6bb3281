/* http_head: incremental parsing of one HTTP/1.x request or response head with llhttp.
 *
 * Bytes are fed as they arrive and never re-parsed. The parser pauses itself when the head is
 * complete, so the caller learns exactly where the head ends; what follows (body, or tunnel bytes
 * after CONNECT) stays in the caller's buffer. Names and values live in one bounded arena, so a
 * hostile head costs at most max_bytes. The arena and the header slots grow as a head needs them
 * (an idle keep-alive connection holds a parser), up to max_bytes and MAX_HEADERS.
 */
#include "gateway/http/http.h"

#include <llhttp.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_HEADERS 128

struct hdr {
    size_t name, nlen, value, vlen;
};

struct gw_head {
    llhttp_t parser;
    llhttp_settings_t settings;
    int kind;
    size_t max_bytes, seen;
    int complete, status;
    const char *error;
    char *arena;
    size_t alen, acap;
    size_t target, tlen, reason, rlen;
    struct hdr *hdrs;
    size_t nhdrs, hcap;
    int field_open; /* a header name is being received */
    int body_done;
    int (*on_body)(void *arg, const char *p, size_t n);
    void *body_arg;
};

static struct gw_head *head_of(llhttp_t *p)
{
    return (struct gw_head *)p->data;
}

#define ARENA_FIRST 1024

/* Room for need more bytes (and a NUL) in the arena, growing it up to max_bytes + 1. */
static int arena_room(struct gw_head *h, size_t need)
{
    size_t max = h->max_bytes + 1;
    if (h->alen + need + 1 <= h->acap) {
        return 0;
    }
    if (h->alen + need + 1 > max) {
        h->error = "request head too large";
        h->status = 431;
        return -1;
    }
    size_t cap = h->acap ? h->acap : ARENA_FIRST;
    while (cap < h->alen + need + 1) {
        cap *= 2;
    }
    cap = cap > max ? max : cap;
    char *a = realloc(h->arena, cap);
    if (!a) {
        h->error = "out of memory";
        h->status = 500;
        return -1;
    }
    h->arena = a;
    h->acap = cap;
    return 0;
}

static int arena_add(struct gw_head *h, const char *at, size_t len)
{
    if (arena_room(h, len) != 0) {
        return -1;
    }
    memcpy(h->arena + h->alen, at, len);
    h->alen += len;
    h->arena[h->alen] = '\0';
    return 0;
}

/* Each name, value and the target is stored NUL-terminated; a span starts after the last NUL. */
static int on_url(llhttp_t *p, const char *at, size_t len)
{
    struct gw_head *h = head_of(p);
    if (h->tlen == 0) {
        h->target = h->alen;
    }
    h->tlen += len;
    return arena_add(h, at, len) == 0 ? 0 : -1;
}

static int on_status(llhttp_t *p, const char *at, size_t len)
{
    struct gw_head *h = head_of(p);
    if (h->rlen == 0) {
        h->reason = h->alen;
    }
    h->rlen += len;
    return arena_add(h, at, len) == 0 ? 0 : -1;
}

static int close_span(struct gw_head *h)
{
    if (arena_room(h, 1) != 0) {
        return -1;
    }
    h->alen++; /* keep the NUL that arena_add wrote */
    h->arena[h->alen] = '\0';
    return 0;
}

static int on_url_complete(llhttp_t *p)
{
    return close_span(head_of(p));
}

static int on_status_complete(llhttp_t *p)
{
    return close_span(head_of(p));
}

static int on_header_field(llhttp_t *p, const char *at, size_t len)
{
    struct gw_head *h = head_of(p);
    if (!h->field_open) {
        if (h->nhdrs == MAX_HEADERS) {
            h->error = "too many header fields";
            h->status = 431;
            return -1;
        }
        if (h->nhdrs == h->hcap) {
            size_t cap = h->hcap ? h->hcap * 2 : 16;
            cap = cap > MAX_HEADERS ? MAX_HEADERS : cap;
            struct hdr *x = realloc(h->hdrs, cap * sizeof(*x));
            if (!x) {
                h->error = "out of memory";
                h->status = 500;
                return -1;
            }
            h->hdrs = x;
            h->hcap = cap;
        }
        struct hdr *nh = &h->hdrs[h->nhdrs++];
        nh->name = h->alen;
        nh->nlen = nh->value = nh->vlen = 0;
        h->field_open = 1;
    }
    h->hdrs[h->nhdrs - 1].nlen += len;
    return arena_add(h, at, len) == 0 ? 0 : -1;
}

static int on_header_field_complete(llhttp_t *p)
{
    struct gw_head *h = head_of(p);
    if (close_span(h) != 0) {
        return -1;
    }
    h->hdrs[h->nhdrs - 1].value = h->alen;
    h->field_open = 0;
    return 0;
}

static int on_header_value(llhttp_t *p, const char *at, size_t len)
{
    struct gw_head *h = head_of(p);
    h->hdrs[h->nhdrs - 1].vlen += len;
    return arena_add(h, at, len) == 0 ? 0 : -1;
}

static int on_header_value_complete(llhttp_t *p)
{
    return close_span(head_of(p));
}

static int on_body_cb(llhttp_t *p, const char *at, size_t len)
{
    struct gw_head *h = head_of(p);
    return h->on_body && h->on_body(h->body_arg, at, len) != 0 ? -1 : 0;
}

static int on_message_complete(llhttp_t *p)
{
    head_of(p)->body_done = 1;
    return HPE_PAUSED;
}

static int on_headers_complete(llhttp_t *p)
{
    struct gw_head *h = head_of(p);
    h->complete = 1;
    return HPE_PAUSED;
}

gw_head_t *gw_head_new(int kind, size_t max_bytes)
{
    struct gw_head *h = calloc(1, sizeof(*h));
    if (!h) {
        return NULL;
    }
    h->kind = kind;
    h->max_bytes = max_bytes;
    if (arena_room(h, 0) != 0) {
        free(h);
        return NULL;
    }
    llhttp_settings_init(&h->settings);
    h->settings.on_url = on_url;
    h->settings.on_url_complete = on_url_complete;
    h->settings.on_status = on_status;
    h->settings.on_status_complete = on_status_complete;
    h->settings.on_header_field = on_header_field;
    h->settings.on_header_field_complete = on_header_field_complete;
    h->settings.on_header_value = on_header_value;
    h->settings.on_header_value_complete = on_header_value_complete;
    h->settings.on_headers_complete = on_headers_complete;
    h->settings.on_body = on_body_cb;
    h->settings.on_message_complete = on_message_complete;
    gw_head_reset(h);
    return h;
}

void gw_head_reset(gw_head_t *h)
{
    llhttp_init(&h->parser, h->kind == GW_HEAD_RESPONSE ? HTTP_RESPONSE : HTTP_REQUEST,
                &h->settings);
    h->parser.data = h;
    h->seen = 0;
    h->complete = 0;
    h->status = 0;
    h->error = NULL;
    h->alen = 0;
    h->arena[0] = '\0';
    h->target = h->tlen = h->reason = h->rlen = 0;
    h->nhdrs = 0;
    h->field_open = 0;
    h->body_done = 0;
}

void gw_head_free(gw_head_t *h)
{
    if (!h) {
        return;
    }
    free(h->arena);
    free(h->hdrs);
    free(h);
}

long gw_head_feed(gw_head_t *h, const char *data, size_t len)
{
    if (h->complete) {
        return 0;
    }
    if (h->status) {
        return -1;
    }
    /* Bound the head by bytes seen on the wire too (whitespace and CRLFs count). */
    size_t room = h->max_bytes - h->seen;
    size_t n = len < room ? len : room;
    llhttp_errno_t e = llhttp_execute(&h->parser, data, n);
    if (e == HPE_PAUSED && h->complete) {
        size_t used = (size_t)(llhttp_get_error_pos(&h->parser) - data);
        h->seen += used;
        return (long)used;
    }
    if (e != HPE_OK) {
        if (!h->status) {
            h->status = e == HPE_INVALID_METHOD && h->kind == GW_HEAD_REQUEST ? 501 : 400;
            h->error = llhttp_get_error_reason(&h->parser);
            if (!h->error) {
                h->error = llhttp_errno_name(e);
            }
        }
        return -1;
    }
    h->seen += n;
    if (n < len || h->seen >= h->max_bytes) {
        h->status = 431;
        h->error = "request head too large";
        return -1;
    }
    return 0;
}

int gw_head_body_kind(const gw_head_t *h, uint64_t *len)
{
    const llhttp_t *p = &h->parser;
    if (p->flags & F_CHUNKED) {
        return 2;
    }
    if (p->flags & F_CONTENT_LENGTH) {
        *len = p->content_length;
        return p->content_length ? 1 : 0;
    }
    if (h->kind == GW_HEAD_RESPONSE && llhttp_message_needs_eof(p)) {
        return 3;
    }
    return 0;
}

void gw_head_on_body(gw_head_t *h, int (*cb)(void *arg, const char *p, size_t n), void *arg)
{
    h->on_body = cb;
    h->body_arg = arg;
}

long gw_head_feed_body(gw_head_t *h, const char *data, size_t len, int *done)
{
    *done = h->body_done;
    if (h->body_done || len == 0) {
        return 0;
    }
    if (llhttp_get_errno(&h->parser) == HPE_PAUSED) {
        llhttp_resume(&h->parser);
    }
    llhttp_errno_t e = llhttp_execute(&h->parser, data, len);
    if (e == HPE_PAUSED && h->body_done) {
        *done = 1;
        return (long)(llhttp_get_error_pos(&h->parser) - data);
    }
    if (e != HPE_OK) {
        h->error = llhttp_get_error_reason(&h->parser);
        return -1;
    }
    return (long)len;
}

int gw_head_complete(const gw_head_t *h)
{
    return h->complete;
}

int gw_head_status(const gw_head_t *h)
{
    return h->status;
}

const char *gw_head_error(const gw_head_t *h)
{
    return h->error ? h->error : "";
}

const char *gw_head_method(const gw_head_t *h)
{
    return llhttp_method_name((llhttp_method_t)llhttp_get_method((llhttp_t *)&h->parser));
}

int gw_head_status_code(const gw_head_t *h)
{
    return llhttp_get_status_code((llhttp_t *)&h->parser);
}

const char *gw_head_reason(const gw_head_t *h, size_t *len)
{
    *len = h->rlen;
    return h->arena + h->reason;
}

const char *gw_head_target(const gw_head_t *h, size_t *len)
{
    *len = h->tlen;
    return h->arena + h->target;
}

int gw_head_version(const gw_head_t *h)
{
    llhttp_t *p = (llhttp_t *)&h->parser;
    return llhttp_get_http_major(p) * 10 + llhttp_get_http_minor(p);
}

size_t gw_head_nheaders(const gw_head_t *h)
{
    return h->nhdrs;
}

void gw_head_header_at(const gw_head_t *h, size_t i, const char **name, size_t *nlen,
                       const char **value, size_t *vlen)
{
    const struct hdr *x = &h->hdrs[i];
    *name = h->arena + x->name;
    *nlen = x->nlen;
    *value = h->arena + x->value;
    *vlen = x->vlen;
}

const char *gw_head_get(const gw_head_t *h, const char *name, size_t *len)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < h->nhdrs; i++) {
        const struct hdr *x = &h->hdrs[i];
        if (x->nlen == n && strncasecmp(h->arena + x->name, name, n) == 0) {
            if (len) {
                *len = x->vlen;
            }
            return h->arena + x->value;
        }
    }
    return NULL;
}
