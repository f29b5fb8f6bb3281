/* addr: parsing the addresses a config names (CIDR blocks, "host:port" authorities), used by the
 * config validation and by the wings above it. */
#include "gateway/core/core.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

int gw_cidr_parse(const char *s, gw_cidr_t *out)
{
    char buf[64];
    const char *slash = strchr(s, '/');
    size_t alen = slash ? (size_t)(slash - s) : strlen(s);
    if (alen == 0 || alen >= sizeof(buf)) {
        return -1;
    }
    memcpy(buf, s, alen);
    buf[alen] = '\0';
    memset(out, 0, sizeof(*out));
    unsigned max;
    if (inet_pton(AF_INET, buf, out->addr) == 1) {
        out->family = AF_INET;
        max = 32;
    } else if (inet_pton(AF_INET6, buf, out->addr) == 1) {
        out->family = AF_INET6;
        max = 128;
    } else {
        return -1;
    }
    out->prefix = max;
    if (slash) {
        char *end;
        if (slash[1] < '0' || slash[1] > '9') {
            return -1;
        }
        unsigned long p = strtoul(slash + 1, &end, 10);
        if (*end != '\0' || p > max) {
            return -1;
        }
        out->prefix = (unsigned)p;
    }
    /* Host bits must be zero: "10.0.0.1/8" is almost always a typo for something else. */
    for (unsigned bit = out->prefix; bit < max; bit++) {
        if (out->addr[bit / 8] & (0x80u >> (bit % 8))) {
            return -1;
        }
    }
    return 0;
}

int gw_split_authority(const char *s, size_t len, char *host, size_t hostlen, unsigned *port,
                       unsigned default_port)
{
    size_t hend, pstart;
    if (len == 0) {
        return -1;
    }
    if (s[0] == '[') {
        const char *rb = memchr(s, ']', len);
        if (!rb) {
            return -1;
        }
        hend = (size_t)(rb - s) + 1;
        if (hend < len && s[hend] != ':') {
            return -1;
        }
        pstart = hend < len ? hend + 1 : len;
    } else {
        const char *colon = memchr(s, ':', len);
        if (colon && memchr(colon + 1, ':', len - (size_t)(colon - s) - 1)) {
            return -1; /* a bare IPv6 literal needs brackets */
        }
        hend = colon ? (size_t)(colon - s) : len;
        pstart = colon ? hend + 1 : len;
    }
    if (hend == 0 || hend >= hostlen) {
        return -1;
    }
    for (size_t i = 0; i < hend; i++) {
        unsigned char c = (unsigned char)s[i];
        /* Names, IPv4 and bracketed IPv6; nothing that could smuggle a path, a userinfo or a
         * second authority. */
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '-' || c == '_' || c == ':' || c == '[' || c == ']')) {
            return -1;
        }
    }
    memcpy(host, s, hend);
    host[hend] = '\0';
    if (pstart == len) {
        if (s[len - 1] == ':' || default_port == 0) {
            return -1;
        }
        *port = default_port;
        return 0;
    }
    unsigned long p = 0;
    for (size_t i = pstart; i < len; i++) {
        if (s[i] < '0' || s[i] > '9' || i - pstart > 5) {
            return -1;
        }
        p = p * 10 + (unsigned long)(s[i] - '0');
    }
    if (p == 0 || p > 65535) {
        return -1;
    }
    *port = (unsigned)p;
    return 0;
}

void gw_addr_unmap_v4(const struct sockaddr *sa, struct sockaddr_storage *out)
{
    memset(out, 0, sizeof(*out));
    const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
    if (sa->sa_family == AF_INET6 && IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
        struct sockaddr_in *in = (struct sockaddr_in *)out;
        in->sin_family = AF_INET;
        in->sin_port = in6->sin6_port;
        memcpy(&in->sin_addr, in6->sin6_addr.s6_addr + 12, 4);
    } else {
        memcpy(out, sa,
               sa->sa_family == AF_INET6 ? sizeof(struct sockaddr_in6)
                                         : sizeof(struct sockaddr_in));
    }
}

void gw_server_note_self(gw_server_t *srv, evutil_socket_t fd)
{
    struct sockaddr_storage ss, plain;
    socklen_t len = sizeof(ss);
    if (fd < 0 || srv->nself == sizeof(srv->self_addrs) / sizeof(srv->self_addrs[0]) ||
        getsockname(fd, (struct sockaddr *)&ss, &len) != 0) {
        return;
    }
    gw_addr_unmap_v4((struct sockaddr *)&ss, &plain);
    srv->self_addrs[srv->nself++] = plain;
}
