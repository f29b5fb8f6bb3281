/* http_out: the few pieces of HTTP/1.1 that hush writes itself: error responses with a short
 * plain-text body, and the hop-by-hop header rule of RFC 9110 section 7.6.1.
 */
#include "gateway/http/http.h"

#include <string.h>
#include <strings.h>

const char *gw_http_reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

void gw_http_error(struct evbuffer *out, int status, const char *text)
{
    /* The only 426 hush sends refuses a WebSocket version: RFC 6455 section 4.4 asks for the
     * versions it does speak, RFC 9110 section 15.5.22 for the protocol to upgrade to. */
    evbuffer_add_printf(out,
                        "HTTP/1.1 %d %s\r\n%sContent-Type: text/plain; charset=utf-8\r\n"
                        "Content-Length: %zu\r\nConnection: close\r\nCache-Control: no-store\r\n"
                        "\r\nhush: %s\n",
                        status, gw_http_reason(status),
                        status == 426   ? "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                        : status == 503 ? "Retry-After: 1\r\n" /* busy, not broken */
                                        : "",
                        strlen(text) + 7, text);
}

static int token_in_list(const char *list, size_t llen, const char *name, size_t nlen)
{
    size_t i = 0;
    while (i < llen) {
        while (i < llen && (list[i] == ' ' || list[i] == '\t' || list[i] == ',')) {
            i++;
        }
        size_t s = i;
        while (i < llen && list[i] != ',' && list[i] != ' ' && list[i] != '\t') {
            i++;
        }
        if (i - s == nlen && strncasecmp(list + s, name, nlen) == 0) {
            return 1;
        }
    }
    return 0;
}

int gw_is_hop_by_hop(const char *name, size_t len, const char *connection, size_t clen)
{
    static const char *const fixed[] = {
        "connection",         "keep-alive", "proxy-connection", "proxy-authorization",
        "proxy-authenticate", "te",         "trailer",          "upgrade"};
    for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
        if (strlen(fixed[i]) == len && strncasecmp(fixed[i], name, len) == 0) {
            return 1;
        }
    }
    return connection && token_in_list(connection, clen, name, len);
}

int gw_connection_names_framing(const gw_head_t *head)
{
    for (size_t i = 0; i < gw_head_nheaders(head); i++) {
        const char *n, *v;
        size_t nl, vl;
        gw_head_header_at(head, i, &n, &nl, &v, &vl);
        if (nl == 10 && strncasecmp(n, "connection", 10) == 0 &&
            (token_in_list(v, vl, "content-length", 14) ||
             token_in_list(v, vl, "transfer-encoding", 17))) {
            return 1;
        }
    }
    return 0;
}
