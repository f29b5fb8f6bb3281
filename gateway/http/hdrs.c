/* hdrs: the small header list every HTTP version in the gateway translates into and out of.
 * Names are stored lower-case so HTTP/2 and HTTP/1.1 compare the same way.
 * A field is one allocation: the name, its NUL, the value and its NUL; `name` owns it and
 * `value` points inside it, so only gw_hdrs_* free or replace a field. */
#include "gateway/http/http.h"

#include <openssl/mem.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Fills e with a fresh allocation holding the lower-cased name and the value. */
static int set_field(gw_hdr_t *e, const char *name, size_t nlen, const char *value, size_t vlen)
{
    if (nlen > SIZE_MAX / 2 - 2 || vlen > SIZE_MAX / 2) {
        return -1;
    }
    char *m = malloc(nlen + vlen + 2);
    if (!m) {
        return -1;
    }
    for (size_t i = 0; i < nlen; i++) {
        char c = name[i];
        m[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    m[nlen] = '\0';
    if (vlen) {
        memcpy(m + nlen + 1, value, vlen);
    }
    m[nlen + 1 + vlen] = '\0';
    e->name = m;
    e->value = m + nlen + 1;
    e->nlen = nlen;
    e->vlen = vlen;
    return 0;
}

static void free_field(gw_hdr_t *e)
{
    OPENSSL_cleanse(e->value, e->vlen); /* values may carry PII */
    free(e->name);
}

int gw_hdrs_set_value(gw_hdrs_t *h, size_t i, const char *value, size_t vlen)
{
    gw_hdr_t e;
    if (i >= h->n || set_field(&e, h->v[i].name, h->v[i].nlen, value, vlen) != 0) {
        return -1;
    }
    free_field(&h->v[i]);
    h->v[i] = e;
    return 0;
}

int gw_hdrs_add(gw_hdrs_t *h, const char *name, size_t nlen, const char *value, size_t vlen)
{
    if (h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 16;
        gw_hdr_t *v = realloc(h->v, cap * sizeof(*v));
        if (!v) {
            return -1;
        }
        h->v = v;
        h->cap = cap;
    }
    gw_hdr_t *e = &h->v[h->n];
    if (set_field(e, name, nlen, value, vlen) != 0) {
        return -1;
    }
    h->n++;
    return 0;
}

const char *gw_hdrs_get(const gw_hdrs_t *h, const char *name, size_t *vlen)
{
    for (size_t i = 0; i < h->n; i++) {
        if (strcmp(h->v[i].name, name) == 0) {
            if (vlen) {
                *vlen = h->v[i].vlen;
            }
            return h->v[i].value;
        }
    }
    return NULL;
}

void gw_hdrs_del(gw_hdrs_t *h, const char *name)
{
    size_t o = 0;
    for (size_t i = 0; i < h->n; i++) {
        if (strcmp(h->v[i].name, name) == 0) {
            free_field(&h->v[i]);
        } else {
            h->v[o++] = h->v[i];
        }
    }
    h->n = o;
}

void gw_hdrs_clear(gw_hdrs_t *h)
{
    for (size_t i = 0; i < h->n; i++) {
        free_field(&h->v[i]);
    }
    free(h->v);
    h->v = NULL;
    h->n = h->cap = 0;
}

int gw_hdr_is_hop(const char *lname, size_t nlen, const gw_hdrs_t *all)
{
    size_t clen = 0;
    const char *conn = all ? gw_hdrs_get(all, "connection", &clen) : NULL;
    return gw_is_hop_by_hop(lname, nlen, conn, clen) ||
           (nlen == 17 && !strcmp(lname, "transfer-encoding"));
}

gw_req_t *gw_req_new(void)
{
    gw_req_t *r = calloc(1, sizeof(*r));
    if (r && !(r->body = evbuffer_new())) {
        free(r);
        return NULL;
    }
    return r;
}

/* The body's bytes wiped and drained. The rewritten body, handed over by reference
 * (transform.c), is wiped by its own cleanup when libevent lets go of it, over every byte the
 * rewrite wrote: wiping it here as well cleared the whole body twice per request. Anything else
 * (the body as received, a body that is more than that one block) is wiped here. */
static void drop_body_bytes(gw_req_t *r)
{
    size_t len = evbuffer_get_length(r->body);
    struct evbuffer_iovec v;
    if (r->body_ref && len && evbuffer_peek(r->body, -1, NULL, &v, 1) == 1 &&
        v.iov_base == r->body_ref && v.iov_len == len) {
        evbuffer_drain(r->body, len);
    } else {
        gw_evbuffer_wipe(r->body);
    }
    r->body_ref = NULL;
}

void gw_req_free(gw_req_t *r)
{
    if (!r) {
        return;
    }
    free(r->authority);
    free(r->path);
    gw_hdrs_clear(&r->hdrs);
    drop_body_bytes(r);
    evbuffer_free(r->body);
    gw_budget_give(r->budget);
    free(r);
}

void gw_req_drop_body(gw_req_t *r)
{
    drop_body_bytes(r);
    gw_budget_give(r->budget);
    r->budget = 0;
}

/* Below this a body's chains cost little to copy out; above the cap a client that declares a
 * length and sends nothing would hold more address space than one body of an agent's. */
#define BODY_ONE_BLOCK_MIN ((uint64_t)64 * 1024)
#define BODY_ONE_BLOCK_MAX ((uint64_t)16 * 1024 * 1024)

void gw_req_size_body(gw_req_t *r, uint64_t total, size_t max_body)
{
    /* libevent appends into the last chain while it has room, so one chain made big enough
     * before the first byte receives the whole body. A failed expand only leaves the chains. */
    if (total >= BODY_ONE_BLOCK_MIN && total <= BODY_ONE_BLOCK_MAX && total <= max_body &&
        evbuffer_get_length(r->body) == 0) {
        (void)evbuffer_expand(r->body, (size_t)total);
    }
}

int gw_req_add_body(gw_req_t *r, size_t limit, const void *p, size_t n)
{
    if (gw_budget_take(limit, n) != 0) {
        return 1;
    }
    if (evbuffer_add(r->body, p, n) != 0) {
        gw_budget_give(n);
        return -1;
    }
    r->budget += n;
    return 0;
}

int gw_authority_is_host(const char *authority, const char *host)
{
    char h[256];
    unsigned port;
    if (gw_split_authority(authority, strlen(authority), h, sizeof(h), &port, 443) != 0) {
        return 0;
    }
    size_t la = strlen(h), lb = strlen(host);
    la -= la && h[la - 1] == '.';
    lb -= lb && host[lb - 1] == '.';
    return la == lb && strncasecmp(h, host, la) == 0;
}
