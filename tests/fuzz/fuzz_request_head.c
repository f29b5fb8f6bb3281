/* fuzz_request_head: the HTTP/1.x head parser and the CONNECT authority splitter.
 *
 * Input layout: byte 0 picks request or response (bit 0), byte 1 is the cut point (mod length + 1),
 * the rest is the wire. The head is parsed once whole and once in two pieces; abort() when the
 * two disagree (status, where the head ends, target, headers), when an accessor returns a span
 * that is not NUL-terminated in place, or when gw_split_authority returns a host it should not.
 */
#include "gateway/http/http.h"

#include <stdlib.h>
#include <string.h>

#define MAX_HEAD 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct result {
    long used; /* bytes of the head, 0 incomplete, -1 error */
    int status;
} result_t;

/* Feed pieces (cut at cut) until the head is complete or fails. */
static result_t parse(gw_head_t *h, const char *wire, size_t n, size_t cut)
{
    result_t r = {0, 0};
    long got = gw_head_feed(h, wire, cut);
    if (got > 0) {
        if ((size_t)got > cut)
            abort();
        r.used = got;
    } else if (got < 0) {
        r.used = -1;
    } else {
        got = gw_head_feed(h, wire + cut, n - cut);
        if (got > (long)(n - cut))
            abort();
        r.used = got > 0 ? (long)cut + got : got;
    }
    r.status = gw_head_status(h);
    if ((r.used < 0) != (r.status != 0))
        abort();
    if ((r.used > 0) != (gw_head_complete(h) != 0))
        abort();
    return r;
}

static void check_span(const char *p, size_t n)
{
    /* Every non-empty span lives NUL-terminated in the arena (callers go by the length; an empty
     * one may point anywhere in it); reading it all lets ASan check the bounds. */
    volatile size_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += (unsigned char)p[i];
    if (n && p[n] != '\0')
        abort();
}

static void check_authority(const char *t, size_t tl)
{
    char host[256];
    unsigned port = 0;
    if (gw_split_authority(t, tl, host, sizeof host, &port, 443) != 0)
        return;
    size_t hl = strlen(host);
    if (hl == 0 || hl >= sizeof host || port == 0 || port > 65535 || hl > tl ||
        memcmp(host, t, hl) != 0)
        abort();
    for (size_t i = 0; i < hl; i++)
        if (host[i] == '/' || host[i] == '@' || host[i] == '?' || host[i] == '#' ||
            (unsigned char)host[i] <= ' ')
            abort();
}

static void accessors(const gw_head_t *h)
{
    size_t n;
    const char *p;
    (void)gw_head_error(h);
    if (!gw_head_complete(h))
        return;
    (void)gw_head_method(h);
    (void)gw_head_status_code(h);
    (void)gw_head_version(h);
    p = gw_head_target(h, &n);
    check_span(p, n);
    p = gw_head_reason(h, &n);
    check_span(p, n);
    for (size_t i = 0; i < gw_head_nheaders(h); i++) {
        const char *name, *value;
        size_t nl, vl;
        gw_head_header_at(h, i, &name, &nl, &value, &vl);
        check_span(name, nl);
        check_span(value, vl);
    }
    if ((p = gw_head_get(h, "host", &n)) != NULL) {
        check_span(p, n);
        check_authority(p, n);
    }
    uint64_t len = 0;
    (void)gw_head_body_kind(h, &len);
    p = gw_head_target(h, &n);
    check_authority(p, n);
}

static int on_body(void *arg, const char *p, size_t n)
{
    (void)arg;
    volatile size_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += (unsigned char)p[i];
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    int kind = data[0] & 1 ? GW_HEAD_RESPONSE : GW_HEAD_REQUEST;
    const char *wire = (const char *)data + 2;
    size_t n = size - 2, cut = data[1] % (n + 1);
    gw_head_t *a = gw_head_new(kind, MAX_HEAD), *b = gw_head_new(kind, MAX_HEAD);
    if (!a || !b)
        abort();
    result_t ra = parse(a, wire, n, n), rb = parse(b, wire, n, cut);
    if (ra.used != rb.used || ra.status != rb.status)
        abort();
    if (ra.used > 0) {
        size_t ta, tb;
        const char *pa = gw_head_target(a, &ta), *pb = gw_head_target(b, &tb);
        if (ta != tb || memcmp(pa, pb, ta) != 0 || gw_head_nheaders(a) != gw_head_nheaders(b))
            abort();
        for (size_t i = 0; i < gw_head_nheaders(a); i++) {
            const char *na, *va, *nb, *vb;
            size_t nla, vla, nlb, vlb;
            gw_head_header_at(a, i, &na, &nla, &va, &vla);
            gw_head_header_at(b, i, &nb, &nlb, &vb, &vlb);
            if (nla != nlb || vla != vlb || memcmp(na, nb, nla) || memcmp(va, vb, vla))
                abort();
        }
        accessors(a);
        /* The rest is body: run it through the body framing as well. */
        gw_head_on_body(a, on_body, NULL);
        size_t pos = (size_t)ra.used;
        int done = 0;
        while (pos < n && !done) {
            long got = gw_head_feed_body(a, wire + pos, n - pos, &done);
            if (got < 0 || (size_t)got > n - pos)
                break;
            if (got == 0 && !done)
                break;
            pos += (size_t)got;
        }
    } else {
        accessors(a);
    }
    gw_head_reset(a);
    gw_head_free(a);
    gw_head_free(b);
    return 0;
}
