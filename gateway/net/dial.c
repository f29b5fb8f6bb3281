/* dial: host and port in, a connected socket out, with the SSRF guard in between.
 *
 * The invariant: the address handed to connect() is the very sockaddr that passed
 * gw_guard_check. Names are resolved once, through libevent's asynchronous resolver; every
 * resolved address is checked, refused ones are never tried, and the rest are tried in order
 * until one connects. One timer bounds the whole attempt (resolution included). The result is
 * always delivered from the event loop, never from inside gw_dial_start, so callers need not
 * guard against re-entry; gw_dial_cancel is valid until the callback has run.
 *
 * With upstreamProxy, a destination not listed in upstreamNoProxy is reached through the
 * corporate proxy with CONNECT: hush connects to the proxy (an address the operator chose, so
 * not subject to the guard), and the proxy resolves the name. IP-literal destinations are still
 * checked by the guard first; for names, the corporate proxy's own egress rules apply.
 */
#include "gateway/net/net.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <openssl/mem.h>
#include <unistd.h>

#define MAX_ADDRS 8

struct gw_dial {
    gw_worker_t *w;
    gw_dial_cb cb;
    void *arg;
    struct evdns_getaddrinfo_request *req;
    struct event *timer, *conn_ev;
    evutil_socket_t fd;
    struct sockaddr_storage addrs[MAX_ADDRS];
    socklen_t lens[MAX_ADDRS];
    size_t naddrs, next;
    unsigned port;
    const char *blocked_reason;
    int last_errno;
    /* upstreamProxy: CONNECT target once connected to the proxy */
    char *via_target;
    struct event *head_ev;
    /* the result, parked until on_deliver runs */
    struct event *deliver;
    int done, status, out_fd;
    const char *reason;
    struct sockaddr_storage out_addr;
};

static void finish(gw_dial_t *d, int fd, int status, const char *reason, const struct sockaddr *sa)
{
    if (d->done) {
        return;
    }
    d->done = 1;
    d->out_fd = fd;
    d->status = status;
    d->reason = reason;
    if (sa) {
        memcpy(&d->out_addr, sa, sizeof(d->out_addr));
    }
    if (d->req) {
        struct evdns_getaddrinfo_request *req = d->req;
        d->req = NULL;
        evdns_getaddrinfo_cancel(req);
    }
    evtimer_del(d->timer);
    event_active(d->deliver, 0, 0);
}

static void dial_free(gw_dial_t *d)
{
    if (d->req) {
        evdns_getaddrinfo_cancel(d->req);
    }
    event_free(d->timer);
    event_free(d->deliver);
    if (d->head_ev) {
        event_free(d->head_ev);
    }
    free(d->via_target);
    if (d->conn_ev) {
        event_free(d->conn_ev);
    }
    if (d->fd >= 0) {
        evutil_closesocket(d->fd);
    }
    if (d->out_fd >= 0) {
        evutil_closesocket(d->out_fd);
    }
    free(d);
}

static void on_deliver(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_dial_t *d = arg;
    gw_dial_cb cb = d->cb;
    void *cb_arg = d->arg;
    int out = d->out_fd, status = d->status;
    const char *reason = d->reason;
    struct sockaddr_storage sa = d->out_addr;
    d->out_fd = -1;
    dial_free(d);
    cb(out, status, reason, out >= 0 ? (struct sockaddr *)&sa : NULL, cb_arg);
}

static void try_next(gw_dial_t *d);

/* The corporate proxy's answer to our CONNECT: peeked, so that bytes after the head (a server
 * that speaks first) stay in the socket for whoever gets the fd. */
static void on_proxy_head(evutil_socket_t fd, short what, void *arg)
{
    (void)what;
    gw_dial_t *d = arg;
    char buf[4096];
    ssize_t n = recv(fd, buf, sizeof(buf) - 1, MSG_PEEK);
    if (n <= 0) {
        finish(d, -1, 502, "the upstream proxy closed the connection", NULL);
        return;
    }
    buf[n] = '\0';
    char *end = strstr(buf, "\r\n\r\n");
    if (!end) {
        if (n == (ssize_t)sizeof(buf) - 1) {
            finish(d, -1, 502, "the upstream proxy sent an oversized answer", NULL);
        } else {
            event_add(d->head_ev, NULL); /* more to come */
        }
        return;
    }
    size_t head = (size_t)(end - buf) + 4;
    ssize_t r = recv(fd, buf, head, 0);
    (void)r;
    if (strncmp(buf, "HTTP/1.1 200", 12) != 0 && strncmp(buf, "HTTP/1.0 200", 12) != 0) {
        char q[80];
        snprintf(q, sizeof(q), "%.*s", (int)strcspn(buf, "\r\n"), buf);
        gw_log(GW_LOG_WARN, "event=upstream_proxy_refused status=%s", gw_log_quote(q, 80, q));
        finish(d, -1, 502, "the upstream proxy refused the connection", NULL);
        return;
    }
    d->fd = -1;
    finish(d, fd, 0, NULL, (struct sockaddr *)&d->addrs[d->next - 1]);
}

static void send_connect(gw_dial_t *d, evutil_socket_t fd)
{
    const gw_boot_t *c = d->w->cfg;
    char req[1024];
    int n = snprintf(req, sizeof(req), "CONNECT %s HTTP/1.1\r\nHost: %s\r\n%s%s%s\r\n",
                     d->via_target, d->via_target, c->up_proxy_auth ? "Proxy-Authorization: " : "",
                     c->up_proxy_auth ? c->up_proxy_auth : "", c->up_proxy_auth ? "\r\n" : "");
    if (n <= 0 || (size_t)n >= sizeof(req) || send(fd, req, (size_t)n, MSG_NOSIGNAL) != n) {
        OPENSSL_cleanse(req, sizeof(req));
        finish(d, -1, 502, "cannot talk to the upstream proxy", NULL);
        return;
    }
    OPENSSL_cleanse(req, sizeof(req));
    d->head_ev = event_new(d->w->base, fd, EV_READ, on_proxy_head, d);
    event_add(d->head_ev, NULL);
}

static void on_connected(evutil_socket_t fd, short what, void *arg)
{
    (void)what;
    gw_dial_t *d = arg;
    int err = 0;
    if (d->done) {
        return;
    }
    socklen_t len = sizeof(err);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) {
        err = errno;
    }
    if (err == 0 && d->via_target) {
        event_free(d->conn_ev);
        d->conn_ev = NULL;
        send_connect(d, fd);
        return;
    }
    if (err == 0) {
        event_free(d->conn_ev);
        d->conn_ev = NULL;
        d->fd = -1;
        finish(d, fd, 0, NULL, (struct sockaddr *)&d->addrs[d->next - 1]);
        return;
    }
    d->last_errno = err;
    try_next(d);
}

static void try_next(gw_dial_t *d)
{
    if (d->conn_ev) {
        event_free(d->conn_ev);
        d->conn_ev = NULL;
    }
    if (d->fd >= 0) {
        evutil_closesocket(d->fd);
        d->fd = -1;
    }
    while (d->next < d->naddrs) {
        struct sockaddr *sa = (struct sockaddr *)&d->addrs[d->next];
        socklen_t len = d->lens[d->next];
        d->next++;
        evutil_socket_t fd = socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            d->last_errno = errno;
            continue;
        }
        if (gw_tp_mark_socket(d->w->cfg, fd) != 0) { /* never let it be diverted back to hush */
            d->last_errno = errno;
            evutil_closesocket(fd);
            continue;
        }
        if (connect(fd, sa, len) == 0 || errno == EINPROGRESS) {
            d->fd = fd;
            d->conn_ev = event_new(d->w->base, fd, EV_WRITE, on_connected, d);
            event_add(d->conn_ev, NULL);
            return;
        }
        d->last_errno = errno;
        evutil_closesocket(fd);
    }
    if (d->naddrs == 0 && d->blocked_reason) {
        finish(d, -1, 403, d->blocked_reason, NULL);
        return;
    }
    finish(d, -1, 502,
           d->last_errno == ECONNREFUSED ? "connection refused by the destination"
           : d->last_errno == ENETUNREACH || d->last_errno == EHOSTUNREACH
               ? "destination unreachable"
               : "cannot connect to the destination",
           NULL);
}

/* IPv4 seen through a dual-stack socket or written as ::ffff:a.b.c.d, as plain IPv4. */
static int is_any(const struct sockaddr_storage *ss)
{
    if (ss->ss_family == AF_INET) {
        return ((const struct sockaddr_in *)ss)->sin_addr.s_addr == htonl(INADDR_ANY);
    }
    return IN6_IS_ADDR_UNSPECIFIED(&((const struct sockaddr_in6 *)ss)->sin6_addr);
}

/* 1 when addr is one of this host's addresses (or the unspecified address, which connects to
 * the host itself): binding to it succeeds. Any other failure than "not available" counts as
 * local, so an error never opens the way. */
static int is_local(const struct sockaddr_storage *addr)
{
    struct sockaddr_storage a = *addr;
    socklen_t len;
    if (a.ss_family == AF_INET) {
        ((struct sockaddr_in *)&a)->sin_port = 0;
        len = sizeof(struct sockaddr_in);
    } else {
        ((struct sockaddr_in6 *)&a)->sin6_port = 0;
        len = sizeof(struct sockaddr_in6);
    }
    if (is_any(&a)) {
        return 1;
    }
    int fd = socket(a.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return 1;
    }
    int rc = bind(fd, (struct sockaddr *)&a, len);
    int e = errno;
    close(fd);
    return rc == 0 || e != EADDRNOTAVAIL;
}

static unsigned port_of(const struct sockaddr_storage *ss)
{
    return ntohs(ss->ss_family == AF_INET ? ((const struct sockaddr_in *)ss)->sin_port
                                          : ((const struct sockaddr_in6 *)ss)->sin6_port);
}

int gw_dial_is_self(const gw_server_t *srv, const struct sockaddr *sa)
{
    struct sockaddr_storage dst;
    gw_addr_unmap_v4(sa, &dst);
    for (size_t i = 0; i < srv->nself; i++) {
        const struct sockaddr_storage *l = &srv->self_addrs[i];
        if (port_of(l) != port_of(&dst)) {
            continue;
        }
        /* A wildcard listener takes any local address; :: takes IPv4 too (dual stack). */
        if (is_any(l) && (l->ss_family == dst.ss_family || l->ss_family == AF_INET6)) {
            if (is_local(&dst)) {
                return 1;
            }
            continue;
        }
        if (is_any(&dst)) {
            return 1; /* 0.0.0.0 and :: connect to this host */
        }
        if (l->ss_family != dst.ss_family) {
            continue;
        }
        if (l->ss_family == AF_INET
                ? !memcmp(&((const struct sockaddr_in *)l)->sin_addr,
                          &((const struct sockaddr_in *)&dst)->sin_addr, 4)
                : !memcmp(&((const struct sockaddr_in6 *)l)->sin6_addr,
                          &((const struct sockaddr_in6 *)&dst)->sin6_addr, 16)) {
            return 1;
        }
    }
    return 0;
}

/* Keep an address only if it passes the guard and is not hush itself. */
static void add_addr(gw_dial_t *d, const struct sockaddr *sa, socklen_t len)
{
    const char *reason;
    if (d->naddrs == MAX_ADDRS || len > sizeof(struct sockaddr_storage)) {
        return;
    }
    if (!d->via_target && gw_guard_check(d->w->cfg, sa, &reason) != 0) {
        if (!d->blocked_reason) {
            d->blocked_reason = reason;
        }
        return;
    }
    memcpy(&d->addrs[d->naddrs], sa, len);
    struct sockaddr *dst = (struct sockaddr *)&d->addrs[d->naddrs];
    if (dst->sa_family == AF_INET) {
        ((struct sockaddr_in *)dst)->sin_port = htons((uint16_t)d->port);
    } else {
        ((struct sockaddr_in6 *)dst)->sin6_port = htons((uint16_t)d->port);
    }
    if (!d->via_target && gw_dial_is_self(d->w->srv, dst)) {
        if (!d->blocked_reason) {
            d->blocked_reason = "the destination is hush itself";
        }
        return;
    }
    d->lens[d->naddrs++] = len;
}

static void on_resolved(int result, struct evutil_addrinfo *res, void *arg)
{
    gw_dial_t *d = arg;
    if (result == EVUTIL_EAI_CANCEL) {
        if (res) {
            evutil_freeaddrinfo(res);
        }
        return;
    }
    d->req = NULL;
    if (d->done) {
        if (res) {
            evutil_freeaddrinfo(res);
        }
        return;
    }
    if (result != 0) {
        if (res) {
            evutil_freeaddrinfo(res);
        }
        finish(d, -1, 502, "cannot resolve the destination host", NULL);
        return;
    }
    for (struct evutil_addrinfo *ai = res; ai; ai = ai->ai_next) {
        if (ai->ai_family == AF_INET || ai->ai_family == AF_INET6) {
            add_addr(d, ai->ai_addr, (socklen_t)ai->ai_addrlen);
        }
    }
    evutil_freeaddrinfo(res);
    try_next(d);
}

static void on_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    finish(arg, -1, 504, "timed out connecting to the destination", NULL);
}

static const char *override_for(const gw_boot_t *c, const char *host, unsigned port)
{
    char key[300];
    snprintf(key, sizeof(key), "%s:%u", host, port);
    for (size_t i = 0; i < c->nupstream_overrides; i++) {
        if (strcasecmp(c->upstream_overrides[i].key, key) == 0) {
            return c->upstream_overrides[i].value;
        }
    }
    return NULL;
}

/* NO_PROXY semantics: "*", an exact host, ".domain" or "*.domain" (the domain and below), an IP
 * literal, or a CIDR. */
static int no_proxy(const gw_boot_t *c, const char *host)
{
    struct sockaddr_storage ss;
    int is_ip = gw_parse_ip_literal(host, &ss) == 0;
    size_t hl = strlen(host);
    for (size_t i = 0; i < c->upstream_no_proxy.n; i++) {
        const char *e = c->upstream_no_proxy.v[i];
        gw_cidr_t cidr;
        if (!strcmp(e, "*")) {
            return 1;
        }
        if (is_ip && gw_cidr_parse(e, &cidr) == 0) {
            const uint8_t *a = ss.ss_family == AF_INET
                                   ? (const uint8_t *)&((struct sockaddr_in *)&ss)->sin_addr
                                   : ((struct sockaddr_in6 *)&ss)->sin6_addr.s6_addr;
            int fam = ss.ss_family;
            unsigned full = cidr.prefix / 8, rest = cidr.prefix % 8;
            if (cidr.family == fam && !memcmp(a, cidr.addr, full) &&
                (!rest || !((a[full] ^ cidr.addr[full]) & (0xff00u >> rest)))) {
                return 1;
            }
            continue;
        }
        const char *dom = e[0] == '*' && e[1] == '.' ? e + 1 : e;
        size_t dl = strlen(dom);
        if (dom[0] == '.') {
            if ((hl > dl && !strcasecmp(host + hl - dl, dom)) || !strcasecmp(host, dom + 1)) {
                return 1;
            }
        } else if (!strcasecmp(host, dom)) {
            return 1;
        }
    }
    return 0;
}

gw_dial_t *gw_dial_start(gw_worker_t *w, const char *host, unsigned port, gw_dial_cb cb, void *arg)
{
    gw_dial_t *d = calloc(1, sizeof(*d));
    if (!d) {
        return NULL;
    }
    d->w = w;
    d->cb = cb;
    d->arg = arg;
    d->fd = d->out_fd = -1;
    d->deliver = event_new(w->base, -1, 0, on_deliver, d);
    d->port = port;
    double t = w->cfg->connect_timeout;
    struct timeval tv = {(time_t)t, (suseconds_t)((t - (double)(time_t)t) * 1e6)};
    d->timer = evtimer_new(w->base, on_timeout, d);
    evtimer_add(d->timer, &tv);

    struct sockaddr_storage ss;
    const char *ov = override_for(w->cfg, host, port);
    if (ov) {
        int len = sizeof(ss);
        if (evutil_parse_sockaddr_port(ov, (struct sockaddr *)&ss, &len) == 0) {
            d->port = ss.ss_family == AF_INET ? ntohs(((struct sockaddr_in *)&ss)->sin_port)
                                              : ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
            add_addr(d, (struct sockaddr *)&ss, (socklen_t)len);
        }
        try_next(d);
        return d;
    }
    if (w->cfg->up_proxy_host && !no_proxy(w->cfg, host)) {
        /* An IP literal destination still passes the guard before anything is sent. */
        const char *reason;
        if (gw_parse_ip_literal(host, &ss) == 0 &&
            gw_guard_check(w->cfg, (struct sockaddr *)&ss, &reason) != 0) {
            finish(d, -1, 403, reason, NULL);
            return d;
        }
        if (asprintf(&d->via_target, "%s%s%s:%u", strchr(host, ':') && host[0] != '[' ? "[" : "",
                     host, strchr(host, ':') && host[0] != '[' ? "]" : "", port) < 0) {
            d->via_target = NULL;
            finish(d, -1, 502, "out of memory", NULL);
            return d;
        }
        host = w->cfg->up_proxy_host;
        d->port = w->cfg->up_proxy_port;
    }
    if (gw_parse_ip_literal(host, &ss) == 0) {
        add_addr(d, (struct sockaddr *)&ss,
                 ss.ss_family == AF_INET ? sizeof(struct sockaddr_in)
                                         : sizeof(struct sockaddr_in6));
        try_next(d);
        return d;
    }
    struct evutil_addrinfo hints;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    hints.ai_flags = EVUTIL_AI_ADDRCONFIG;
    /* evdns may answer synchronously (hosts file, errors) and then returns NULL; on_resolved
     * has already run and only parked its result. */
    struct evdns_getaddrinfo_request *req =
        evdns_getaddrinfo(w->dns, host, NULL, &hints, on_resolved, d);
    if (!d->done) {
        d->req = req;
    }
    return d;
}

void gw_dial_cancel(gw_dial_t *d)
{
    if (d) {
        dial_free(d);
    }
}
