/* transparent_listener: the transparent listener, for connections diverted to it by `hush
 * transparent apply`'s rules.
 *
 * The one thing to know: the original destination is the accepted socket's own address
 * (getsockname), and only the bytes the client sent decide what happens next. After the client
 * (core/client.c) is admitted and the destination checked (transparentPorts, not the listener
 * itself), connect_tunnel.c takes the connection: the ClientHello is peeked; an SNI naming an
 * intercepted host is intercepted exactly as after CONNECT, everything else tunnelled to the
 * original IP and port through the SSRF guard, under metadata mode.
 */
#include "gateway/front/front.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void format_addr(const struct sockaddr_storage *ss, char *ip, size_t n, unsigned *port)
{
    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &in->sin_addr, ip, (socklen_t)n);
        *port = ntohs(in->sin_port);
    } else if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &in6->sin6_addr, ip, (socklen_t)n);
        *port = ntohs(in6->sin6_port);
    } else {
        snprintf(ip, n, "?");
        *port = 0;
    }
}

/* A connection made to the listener itself rather than diverted to it: tunnelling it to its
 * "original destination" would connect hush to itself. */
static int is_listener(gw_worker_t *w, const struct sockaddr_storage *dst)
{
    struct sockaddr_storage ls;
    memset(&ls, 0, sizeof(ls));
    socklen_t len = sizeof(ls);
    if (getsockname(evconnlistener_get_fd(w->tp_listener), (struct sockaddr *)&ls, &len) != 0) {
        return 1;
    }
    char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN];
    unsigned pa, pb;
    format_addr(&ls, a, sizeof(a), &pa);
    format_addr(dst, b, sizeof(b), &pb);
    return pa == pb && (!strcmp(a, "0.0.0.0") || !strcmp(a, "::") || !strcmp(a, b));
}

/* Refused before connect_tunnel.c: no HTTP to answer with, the connection is just closed. */
static void refuse(gw_worker_t *w, evutil_socket_t fd, gw_client_t *cl, const char *reason)
{
    cl->decision = "blocked";
    gw_client_reason(cl, reason);
    atomic_fetch_add(&w->srv->counters.blocked, 1);
    gw_client_end(cl, "refused");
    evutil_closesocket(fd);
}

static void tp_accept(gw_worker_t *w, evutil_socket_t fd, gw_client_t *cl)
{
    struct sockaddr_storage orig;
    memset(&orig, 0, sizeof(orig));
    socklen_t olen = sizeof(orig);
    if (getsockname(fd, (struct sockaddr *)&orig, &olen) != 0) {
        snprintf(cl->host, sizeof(cl->host), "?");
        gw_client_end(cl, "no_original_destination");
        evutil_closesocket(fd);
        return;
    }
    gw_client_normalise(&orig);
    format_addr(&orig, cl->host, sizeof(cl->host), &cl->port);
    gw_gen_t *g = gw_gen_acquire(w->srv);
    int rc = gw_client_enter(cl, g->cfg);
    gw_gen_release(g);
    if (rc != GW_CLIENT_OK) {
        refuse(w, fd, cl, gw_client_refusal(rc));
        return;
    }
    if (!gw_port_allowed(w->cfg->transparent_ports, w->cfg->ntransparent_ports, cl->port)) {
        refuse(w, fd, cl, "original destination port not in transparentPorts");
        return;
    }
    if (is_listener(w, &orig)) {
        refuse(w, fd, cl, "a direct connection to the transparent listener (nothing was diverted)");
        return;
    }
    struct bufferevent *bev =
        bufferevent_socket_new(w->base, fd, BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
    if (!bev) {
        gw_client_end(cl, "out_of_memory");
        evutil_closesocket(fd);
        return;
    }
    gw_tune_bev(bev);
    gw_ct_transparent(w, bev, cl);
}

static void on_accept(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa, int len,
                      void *arg)
{
    (void)l;
    gw_worker_t *w = arg;
    /* No reply when full: the client expects a TLS server here, not an HTTP one. */
    gw_client_t *cl = gw_client_accept(w, fd, sa, len, GW_CLIENT_TRANSPARENT, NULL);
    if (cl) {
        tp_accept(w, fd, cl);
    }
}

static void on_accept_error(struct evconnlistener *l, void *arg)
{
    (void)l;
    (void)arg;
    int e = EVUTIL_SOCKET_ERROR();
    gw_log(GW_LOG_WARN, "event=accept_error mode=transparent error=\"%s\"",
           evutil_socket_error_to_string(e));
}

struct evconnlistener *gw_tproxy_listen(gw_worker_t *w, char *err, size_t errlen)
{
    const gw_boot_t *c = w->cfg;
    struct sockaddr_storage ss;
    socklen_t len;
    if (gw_parse_listen(c->transparent_listen, &ss, &len) != 0) {
        snprintf(err, errlen, "transparentListen: invalid address");
        return NULL;
    }
    int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        snprintf(err, errlen, "transparentListen: socket: %s", strerror(errno));
        return NULL;
    }
    int one = 1, zero = 0;
    const char *what = NULL;
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) != 0) {
        what = "SO_REUSEPORT";
    } else if (ss.ss_family == AF_INET6 &&
               (setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof(zero)) != 0 ||
                setsockopt(fd, SOL_IPV6, IPV6_TRANSPARENT, &one, sizeof(one)) != 0)) {
        what = "IPV6_TRANSPARENT";
    } else if (ss.ss_family == AF_INET &&
               setsockopt(fd, SOL_IP, IP_TRANSPARENT, &one, sizeof(one)) != 0) {
        what = "IP_TRANSPARENT";
    }
    if (what) {
        int e = errno;
        snprintf(err, errlen, "transparentListen: %s: %s%s", what, strerror(e),
                 e == EPERM ? " (transparent mode needs CAP_NET_ADMIN: run as root or grant the "
                              "capability, e.g. AmbientCapabilities=CAP_NET_ADMIN)"
                            : "");
        close(fd);
        return NULL;
    }
    /* hush's own connections must carry the bypass mark; find out now, not per connection. */
    if (w->id == 0) {
        int probe = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int rc = probe >= 0 ? gw_tp_mark_socket(c, probe) : -1;
        int e = errno;
        if (probe >= 0) {
            close(probe);
        }
        if (rc != 0) {
            snprintf(err, errlen,
                     "transparentBypassMark: cannot set SO_MARK: %s (needs CAP_NET_ADMIN)",
                     strerror(e));
            close(fd);
            return NULL;
        }
    }
    if (bind(fd, (struct sockaddr *)&ss, len) != 0 || listen(fd, 1024) != 0) {
        snprintf(err, errlen, "transparentListen: cannot bind %s: %s", c->transparent_listen,
                 strerror(errno));
        close(fd);
        return NULL;
    }
    struct evconnlistener *l = evconnlistener_new(
        w->base, on_accept, w, LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC, 0, fd);
    if (!l) {
        snprintf(err, errlen, "transparentListen: out of memory");
        close(fd);
        return NULL;
    }
    evconnlistener_set_error_cb(l, on_accept_error);
    if (w->id == 0) {
        gw_log(GW_LOG_INFO, "event=transparent_listening addr=%s bypass_mark=0x%x",
               c->transparent_listen, c->transparent_bypass_mark);
    }
    return l;
}
