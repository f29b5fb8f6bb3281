/* client: one accepted client connection's identity, whatever front end serves it.
 *
 * A gw_client_t is made at accept and handed along with the socket (proxy port -> forward, or ->
 * connect-then-tunnel -> tunnel, or -> MITM handshake -> h1/h2), so exactly one owner holds it at
 * any time. It owns the connection's slots in one explicit state (GW_CLIENT_SLOT_*): the
 * maxConnections slot, then the per-client slot of maxConnectionsPerClient. The peer is
 * normalised once here (an IPv4 client on a dual-stack socket, ::ffff:a.b.c.d, is AF_INET), so the
 * per-client cap, allowedClients, the auth rate limit and the logs see one client one way.
 * gw_client_close() is the only place that writes the `event=conn` line and gives the slots back;
 * it does so once, however often it is called.
 */
#include "gateway/core/core.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

void gw_client_normalise(struct sockaddr_storage *ss)
{
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
    if (ss->ss_family != AF_INET6 || !IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
        return;
    }
    struct sockaddr_in in;
    memset(&in, 0, sizeof(in));
    in.sin_family = AF_INET;
    in.sin_port = in6->sin6_port;
    memcpy(&in.sin_addr, in6->sin6_addr.s6_addr + 12, 4);
    memset(ss, 0, sizeof(*ss));
    memcpy(ss, &in, sizeof(in));
}

void gw_client_format(const struct sockaddr *sa, char *out, size_t n)
{
    char ip[INET6_ADDRSTRLEN] = "?";
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in->sin_addr, ip, sizeof(ip));
        snprintf(out, n, "%s:%u", ip, (unsigned)ntohs(in->sin_port));
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof(ip));
        snprintf(out, n, "[%s]:%u", ip, (unsigned)ntohs(in6->sin6_port));
    } else {
        snprintf(out, n, "unknown");
    }
}

gw_client_t *gw_client_accept(gw_worker_t *w, evutil_socket_t fd, const struct sockaddr *peer,
                              int plen, int mode, const char *busy)
{
    gw_counters_t *k = &w->srv->counters;
    /* Reserve the slot first: with several workers a check-then-count admits too many. The admin
     * port is counted but not capped. */
    if (atomic_fetch_add(&k->conns_open, 1) >= w->cfg->max_connections && mode != GW_CLIENT_ADMIN) {
        atomic_fetch_sub(&k->conns_open, 1);
        if (busy && fd >= 0) {
            char resp[256]; /* the length computed, never counted by hand */
            int n = snprintf(resp, sizeof(resp),
                             "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                             "Content-Length: %zu\r\nConnection: close\r\n\r\n%s",
                             strlen(busy), busy);
            if (n > 0 && (size_t)n < sizeof(resp)) {
                ssize_t r = send(fd, resp, (size_t)n, MSG_NOSIGNAL | MSG_DONTWAIT);
                (void)r;
            }
        }
        if (fd >= 0) {
            evutil_closesocket(fd);
        }
        atomic_fetch_add(&k->conns_refused, 1);
        gw_log(GW_LOG_WARN, "event=refused%s reason=max_connections limit=%zu",
               mode == GW_CLIENT_TRANSPARENT ? " mode=transparent" : "", w->cfg->max_connections);
        return NULL;
    }
    gw_client_t *cl = calloc(1, sizeof(*cl));
    if (!cl) {
        atomic_fetch_sub(&k->conns_open, 1);
        if (fd >= 0) {
            evutil_closesocket(fd);
        }
        return NULL;
    }
    cl->w = w;
    cl->mode = mode;
    cl->slots = GW_CLIENT_SLOT_CONN;
    gettimeofday(&cl->t0, NULL);
    if (peer && plen > 0 && (size_t)plen <= sizeof(cl->peer)) {
        memcpy(&cl->peer, peer, (size_t)plen);
    }
    gw_client_normalise(&cl->peer);
    gw_client_format((struct sockaddr *)&cl->peer, cl->addr, sizeof(cl->addr));
    atomic_fetch_add(&k->conns_total, 1);
    return cl;
}

int gw_client_enter(gw_client_t *cl, const gw_live_t *cfg)
{
    if (cl->slots != GW_CLIENT_SLOT_CONN) {
        return cl->slots == GW_CLIENT_SLOT_BOTH ? GW_CLIENT_OK : GW_CLIENT_OVER_CAP;
    }
    const struct sockaddr *sa = (const struct sockaddr *)&cl->peer;
    if (cl->mode != GW_CLIENT_ADMIN && !gw_access_client_allowed(cfg, sa)) {
        return GW_CLIENT_NOT_ALLOWED;
    }
    if (!gw_access_client_enter(cfg, sa)) {
        return GW_CLIENT_OVER_CAP;
    }
    cl->slots = GW_CLIENT_SLOT_BOTH;
    return GW_CLIENT_OK;
}

const char *gw_client_refusal(int rc)
{
    return rc == GW_CLIENT_NOT_ALLOWED
               ? "this client address is not allowed (allowedClients)"
               : "too many connections from this client (maxConnectionsPerClient)";
}

void gw_client_reason(gw_client_t *cl, const char *reason)
{
    snprintf(cl->reason, sizeof(cl->reason), "%s", reason ? reason : "");
}

static void write_line(gw_client_t *cl, const char *outcome, double ms)
{
    char qhost[300], qreason[260], qsni[300];
    const char *decision = cl->decision ? cl->decision : "none";
    const char *reason = cl->reason[0] ? gw_log_quote(qreason, sizeof(qreason), cl->reason) : "";
    if (cl->mode == GW_CLIENT_TRANSPARENT) {
        int v6 = strchr(cl->host, ':') != NULL; /* the original destination, an IP address */
        gw_log(cl->warn ? GW_LOG_WARN : GW_LOG_INFO,
               "event=conn mode=transparent client=%s target=%s%s%s:%u sni=%s decision=%s "
               "bytes_up=%llu bytes_down=%llu duration_ms=%.1f outcome=%s%s%s%s",
               cl->addr, v6 ? "[" : "", cl->host, v6 ? "]" : "", cl->port,
               cl->sni[0] ? gw_log_quote(qsni, sizeof(qsni), cl->sni) : "none", decision,
               (unsigned long long)cl->bytes_up, (unsigned long long)cl->bytes_down, ms, outcome,
               cl->reason[0] ? " reason=" : "", reason, cl->tp_log);
        return;
    }
    gw_log(cl->warn || cl->status >= 500 ? GW_LOG_WARN : GW_LOG_INFO,
           "event=conn client=%s target=%s:%u%s%s decision=%s status=%d bytes_up=%llu "
           "bytes_down=%llu duration_ms=%.1f outcome=%s%s%s%s",
           cl->addr, gw_log_quote(qhost, sizeof(qhost), cl->host), cl->port,
           cl->sni[0] ? " sni=" : "", cl->sni[0] ? gw_log_quote(qsni, sizeof(qsni), cl->sni) : "",
           decision, cl->status, (unsigned long long)cl->bytes_up,
           (unsigned long long)cl->bytes_down, ms, outcome, cl->reason[0] ? " reason=" : "", reason,
           cl->tp_log);
}

void gw_client_close(gw_client_t *cl, const char *outcome)
{
    if (!cl || cl->slots == GW_CLIENT_SLOT_CLOSED) {
        return;
    }
    double ms = gw_elapsed_ms(&cl->t0);
    write_line(cl, outcome, ms);
    /* The inspector shows a failed interception as its own refusal. */
    int hs_failed = !strcmp(outcome, "tls_handshake_failed");
    gw_inspect_conn(cl->addr, cl->host, cl->port, hs_failed ? outcome : cl->decision,
                    hs_failed ? 0 : cl->status, cl->reason[0] ? cl->reason : NULL, ms);
    if (cl->slots == GW_CLIENT_SLOT_BOTH) {
        gw_access_client_leave((const struct sockaddr *)&cl->peer);
    }
    atomic_fetch_sub(&cl->w->srv->counters.conns_open, 1);
    cl->slots = GW_CLIENT_SLOT_CLOSED;
}

void gw_client_free(gw_client_t *cl)
{
    if (!cl) {
        return;
    }
    gw_client_close(cl, "closed"); /* a no-op when its owner closed it, as it should */
    free(cl);
}

void gw_client_end(gw_client_t *cl, const char *outcome)
{
    gw_client_close(cl, outcome);
    gw_client_free(cl);
}
