/* control: origin-form requests addressed to hush itself on the proxy port (GET /healthz, ...).
 *
 * Each handler appends one complete response; the connection closes after it. Nothing here
 * reveals configuration or traffic to non-loopback clients.
 */
#include "gateway/front/front.h"

#include "ca/ca.h"

#include <arpa/inet.h>
#include <openssl/mem.h>
#include <errno.h>
#include <netinet/in.h>
#include <fcntl.h>
#include <unistd.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int respond(struct evbuffer *out, int status, const char *type, const char *body)
{
    evbuffer_add_printf(out,
                        "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
                        "Cache-Control: no-store\r\nConnection: close\r\n\r\n%s",
                        status, gw_http_reason(status), type, strlen(body), body);
    return status;
}

static int path_is(const char *target, size_t len, const char *path)
{
    size_t n = strlen(path);
    return len >= n && memcmp(target, path, n) == 0 && (len == n || target[n] == '?');
}

#define CA_FILE_MAX (64 * 1024)

/* GET /ca.crt: the CA certificate as it is on disk now, so a rotated CA is served at once. A
 * read of one small local file; everything else about the file was checked at start-up. */
static int serve_ca(gw_worker_t *w, gw_head_t *head, const char *client, int is_head,
                    struct evbuffer *out)
{
    char q1[300], q2[300];
    if (!w->srv->ca) {
        return respond(out, 503, "text/plain",
                       "hush: MITM is off (caCertFile and caKeyFile are empty), so there is no CA "
                       "to trust. Unset CA_CERT_FILE/CA_KEY_FILE (or caCertFile/caKeyFile) and "
                       "restart.\n");
    }
    const char *path = ca_cert_path(w->srv->ca);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    char *pem = malloc(CA_FILE_MAX);
    ssize_t n = fd >= 0 && pem ? read(fd, pem, CA_FILE_MAX - 1) : -1;
    if (fd >= 0) {
        close(fd);
    }
    if (n <= 0) {
        free(pem);
        gw_log(GW_LOG_ERROR, "event=ca_download client=%s error=%s", client,
               gw_log_quote(q1, sizeof(q1), strerror(errno)));
        return respond(out, 500, "text/plain", "hush: cannot read the CA certificate file\n");
    }
    size_t ualen = 0;
    const char *ua = gw_head_get(head, "user-agent", &ualen);
    char uab[256];
    snprintf(uab, sizeof(uab), "%.*s", (int)(ualen < 200 ? ualen : 200), ua ? ua : "");
    gw_log(GW_LOG_INFO, "event=ca_download client=%s user_agent=%s file=%s", client,
           gw_log_quote(q1, sizeof(q1), uab), gw_log_quote(q2, sizeof(q2), path));
    evbuffer_add_printf(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: application/x-pem-file\r\n"
        "Content-Disposition: attachment; filename=\"hush-ca.crt\"\r\n"
        "Content-Length: %zd\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        n);
    if (!is_head) {
        evbuffer_add(out, pem, (size_t)n);
    }
    free(pem);
    return 200;
}

int gw_control_loopback(const struct sockaddr *sa)
{
    if (sa->sa_family == AF_INET) {
        return (ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr) >> 24) == 127;
    }
    if (sa->sa_family == AF_INET6) {
        const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
        return IN6_IS_ADDR_LOOPBACK(a) || (IN6_IS_ADDR_V4MAPPED(a) && a->s6_addr[12] == 127);
    }
    return 0;
}

int gw_control_bearer(gw_head_t *head, const char *token)
{
    size_t alen = 0;
    const char *auth = gw_head_get(head, "authorization", &alen);
    size_t tl = token ? strlen(token) : 0;
    return token && auth && alen == tl + 7 && !strncasecmp(auth, "Bearer ", 7) &&
           CRYPTO_memcmp(auth + 7, token, tl) == 0;
}

static int handle(gw_worker_t *w, gw_head_t *head, const char *client, const struct sockaddr *peer,
                  int admin, struct evbuffer *out, gw_control_wait_t *cw);

/* A HEAD gets the head GET would get and no body (RFC 9110 9.3.2): a body after it would be read
 * as the next response. */
int gw_control_handle(gw_worker_t *w, gw_head_t *head, const char *client,
                      const struct sockaddr *peer, int admin, struct evbuffer *out,
                      gw_control_wait_t *cw)
{
    if (strcmp(gw_head_method(head), "HEAD") != 0) {
        return handle(w, head, client, peer, admin, out, cw);
    }
    struct evbuffer *full = evbuffer_new();
    if (!full) {
        return respond(out, 500, "text/plain", "hush: out of memory\n");
    }
    int st = handle(w, head, client, peer, admin, full, cw);
    struct evbuffer_ptr end = evbuffer_search(full, "\r\n\r\n", 4, NULL);
    if (st != GW_CONTROL_PENDING && end.pos >= 0) {
        evbuffer_remove_buffer(full, out, (size_t)end.pos + 4);
    } else {
        evbuffer_add_buffer(out, full);
    }
    evbuffer_free(full);
    return st;
}

static int handle(gw_worker_t *w, gw_head_t *head, const char *client, const struct sockaddr *peer,
                  int admin, struct evbuffer *out, gw_control_wait_t *cw)
{
    size_t tlen;
    const char *target = gw_head_target(head, &tlen);
    const char *method = gw_head_method(head);
    int is_get = !strcmp(method, "GET") || !strcmp(method, "HEAD");

    if (path_is(target, tlen, "/healthz")) {
        if (!is_get) {
            return respond(out, 405, "text/plain", "hush: use GET\n");
        }
        char body[160];
        snprintf(body, sizeof(body), "{\"status\":\"ok\",\"version\":\"%s\",\"uptime_s\":%.0f}\n",
                 HUSH_VERSION, gw_elapsed_ms(&w->srv->started) / 1000.0);
        return respond(out, 200, "application/json", body);
    }
    if (path_is(target, tlen, "/readyz")) {
        if (!is_get) {
            return respond(out, 405, "text/plain", "hush: use GET\n");
        }
        if (w->draining) {
            return respond(out, 503, "application/json",
                           "{\"ready\":false,\"reason\":\"draining\"}\n");
        }
        return respond(out, 200, "application/json",
                       w->srv->ca ? "{\"ready\":true,\"mitm\":\"on\"}\n"
                                  : "{\"ready\":true,\"mitm\":\"off\"}\n");
    }
    /* Traffic volumes, hosts and management are not for every client of a shared gateway:
     * the admin listener, or loopback clients of the proxy port when there is none. */
    int privileged = admin || (!w->cfg->admin_listen && gw_control_loopback(peer));
    if (tlen >= 5 && !strncmp(target, "/api/", 5)) {
        if (!privileged) {
            return respond(out, 403, "text/plain",
                           "hush: the management API is on the admin listener\n");
        }
        return gw_manage_handle(w, head, out, cw);
    }
    if (path_is(target, tlen, "/metrics")) {
        if (!privileged) {
            return respond(out, 403, "text/plain",
                           w->cfg->admin_listen
                               ? "hush: /metrics is served on the admin listener\n"
                               : "hush: /metrics is served to loopback clients only\n");
        }
        struct evbuffer *body = evbuffer_new();
        gw_metrics_render(w->srv, body);
        evbuffer_add_printf(out,
                            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\n"
                            "Content-Length: %zu\r\nCache-Control: no-store\r\n"
                            "Connection: close\r\n\r\n",
                            evbuffer_get_length(body));
        if (strcmp(method, "HEAD") != 0) {
            evbuffer_add_buffer(out, body);
        }
        evbuffer_free(body);
        return 200;
    }
    if (path_is(target, tlen, "/ca.crt")) {
        if (!is_get) {
            return respond(out, 405, "text/plain", "hush: use GET\n");
        }
        return serve_ca(w, head, client, !strcmp(method, "HEAD"), out);
    }
    return respond(out, 404, "text/plain",
                   "hush: this is an HTTP proxy. Set HTTPS_PROXY=http://<this address> in your "
                   "client. Endpoints here: /healthz, /readyz, /ca.crt, /metrics\n");
}
