/* control: origin-form requests addressed to hush itself on the proxy port (GET /healthz, ...).
 *
 * Each handler appends one complete response; the connection closes after it. Nothing here
 * reveals configuration or traffic to non-loopback clients.
 */
#include "gateway/internal.h"

#include <string.h>

static void respond(struct evbuffer *out, int status, const char *type, const char *body)
{
    evbuffer_add_printf(out,
                        "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
                        "Cache-Control: no-store\r\nConnection: close\r\n\r\n%s",
                        status, gw_http_reason(status), type, strlen(body), body);
}

static int path_is(const char *target, size_t len, const char *path)
{
    size_t n = strlen(path);
    return len >= n && memcmp(target, path, n) == 0 && (len == n || target[n] == '?');
}

void gw_control_handle(gw_worker_t *w, gw_head_t *head, const char *client,
                       const struct sockaddr *peer, struct evbuffer *out)
{
    (void)client;
    (void)peer;
    size_t tlen;
    const char *target = gw_head_target(head, &tlen);
    const char *method = gw_head_method(head);
    int is_get = !strcmp(method, "GET") || !strcmp(method, "HEAD");

    if (path_is(target, tlen, "/healthz")) {
        if (!is_get) {
            respond(out, 405, "text/plain", "hush: use GET\n");
            return;
        }
        char body[160];
        snprintf(body, sizeof(body), "{\"status\":\"ok\",\"version\":\"%s\",\"uptime_s\":%.0f}\n",
                 HUSH_VERSION, gw_elapsed_ms(&w->srv->started) / 1000.0);
        respond(out, 200, "application/json", body);
        return;
    }
    respond(out, 404, "text/plain",
            "hush: this is an HTTP proxy. Set HTTPS_PROXY=http://<this address> in your "
            "client. Endpoints here: /healthz\n");
}
