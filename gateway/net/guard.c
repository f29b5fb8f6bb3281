/* guard: the SSRF check that every outbound connection passes, on the address actually dialled.
 *
 * Callers resolve first and check each resolved address here; the address that passed is the one
 * connected to, so a second DNS answer (rebinding) never gets a say. IPv6 forms that carry an IPv4
 * address (mapped, compatible, NAT64, 6to4) are judged by the embedded address.
 */
#include "gateway/net/net.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct range {
    const char *cidr;
    const char *reason;
};

static const struct range v4_special[] = {
    {"0.0.0.0/8", "unspecified (\"this network\") address"},
    {"10.0.0.0/8", "private network address"},
    {"100.64.0.0/10", "carrier-grade NAT address"},
    {"127.0.0.0/8", "loopback address"},
    {"169.254.0.0/16", "link-local address"},
    {"172.16.0.0/12", "private network address"},
    {"192.0.0.0/24", "IETF protocol assignment address"},
    {"192.0.2.0/24", "documentation address"},
    {"192.88.99.0/24", "6to4 relay anycast address"},
    {"192.168.0.0/16", "private network address"},
    {"198.18.0.0/15", "benchmarking network address"},
    {"198.51.100.0/24", "documentation address"},
    {"203.0.113.0/24", "documentation address"},
    {"224.0.0.0/4", "multicast address"},
    {"240.0.0.0/4", "reserved or broadcast address"},
};

static const struct range v6_special[] = {
    {"::/128", "unspecified address"},
    {"::1/128", "loopback address"},
    {"100::/64", "discard-only address"},
    {"2001::/32", "Teredo tunnel address"},
    {"2001:2::/48", "benchmarking network address"},
    {"2001:10::/28", "ORCHID address"},
    {"2001:20::/28", "ORCHID address"},
    {"2001:db8::/32", "documentation address"},
    {"3fff::/20", "documentation address"},
    {"5f00::/16", "segment routing address"},
    {"fc00::/7", "unique local (private) address"},
    {"fe80::/10", "link-local address"},
    {"fec0::/10", "site-local address"},
    {"ff00::/8", "multicast address"},
};

static int prefix_match(const uint8_t *a, const uint8_t *net, unsigned prefix)
{
    unsigned full = prefix / 8, rest = prefix % 8;
    if (memcmp(a, net, full) != 0) {
        return 0;
    }
    if (rest == 0) {
        return 1;
    }
    uint8_t mask = (uint8_t)(0xff00u >> rest);
    return (a[full] & mask) == (net[full] & mask);
}

static int cidr_contains(const gw_cidr_t *c, int family, const uint8_t *addr)
{
    return c->family == family && prefix_match(addr, c->addr, c->prefix);
}

static int list_contains(const gw_cidr_t *list, size_t n, int family, const uint8_t *addr)
{
    for (size_t i = 0; i < n; i++) {
        if (cidr_contains(&list[i], family, addr)) {
            return 1;
        }
    }
    return 0;
}

#define NV4 (sizeof(v4_special) / sizeof(v4_special[0]))
#define NV6 (sizeof(v6_special) / sizeof(v6_special[0]))
static gw_cidr_t v4_nets[NV4], v6_nets[NV6];
static pthread_once_t nets_once = PTHREAD_ONCE_INIT;

static void parse_tables(void)
{
    for (size_t i = 0; i < NV4; i++) {
        (void)gw_cidr_parse(v4_special[i].cidr, &v4_nets[i]);
    }
    for (size_t i = 0; i < NV6; i++) {
        (void)gw_cidr_parse(v6_special[i].cidr, &v6_nets[i]);
    }
}

static const char *special_reason(int family, const uint8_t *a)
{
    pthread_once(&nets_once, parse_tables);
    const gw_cidr_t *nets = family == AF_INET ? v4_nets : v6_nets;
    const struct range *t = family == AF_INET ? v4_special : v6_special;
    size_t n = family == AF_INET ? NV4 : NV6;
    for (size_t i = 0; i < n; i++) {
        if (cidr_contains(&nets[i], family, a)) {
            return t[i].reason;
        }
    }
    return NULL;
}

/* The IPv4 address an IPv6 address stands for, when it is one of the embedding forms. */
static int embedded_v4(const uint8_t *a, uint8_t v4[4])
{
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    static const uint8_t nat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    static const uint8_t zero[12] = {0};
    if (memcmp(a, mapped, 12) == 0 || memcmp(a, nat64, 12) == 0) {
        memcpy(v4, a + 12, 4);
        return 1;
    }
    /* 64:ff9b:1::/48, the local-use NAT64 prefix: the IPv4 address sits in the last 32 bits. */
    if (a[0] == 0 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b && a[4] == 0 && a[5] == 1) {
        memcpy(v4, a + 12, 4);
        return 1;
    }
    if (a[0] == 0x20 && a[1] == 0x02) { /* 6to4 */
        memcpy(v4, a + 2, 4);
        return 1;
    }
    /* Deprecated IPv4-compatible ::a.b.c.d (but not :: and ::1, handled as themselves). */
    if (memcmp(a, zero, 12) == 0 && (a[12] | a[13] | a[14]) != 0) {
        memcpy(v4, a + 12, 4);
        return 1;
    }
    return 0;
}

static int check_v4(const gw_boot_t *c, const uint8_t *a, const char **reason)
{
    if (list_contains(c->blocked, c->nblocked, AF_INET, a)) {
        *reason = "address in blockedNetworks";
        return -1;
    }
    if (list_contains(c->allow_private, c->nallow_private, AF_INET, a)) {
        return 0;
    }
    const char *r = special_reason(AF_INET, a);
    if (r) {
        *reason = r;
        return -1;
    }
    return 0;
}

int gw_guard_check(const gw_boot_t *c, const struct sockaddr *sa, const char **reason)
{
    const char *dummy;
    if (!reason) {
        reason = &dummy;
    }
    *reason = NULL;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        return check_v4(c, (const uint8_t *)&in->sin_addr, reason);
    }
    if (sa->sa_family != AF_INET6) {
        *reason = "unsupported address family";
        return -1;
    }
    const uint8_t *a = ((const struct sockaddr_in6 *)sa)->sin6_addr.s6_addr;
    if (list_contains(c->blocked, c->nblocked, AF_INET6, a)) {
        *reason = "address in blockedNetworks";
        return -1;
    }
    uint8_t v4[4];
    if (embedded_v4(a, v4)) {
        return check_v4(c, v4, reason);
    }
    if (list_contains(c->allow_private, c->nallow_private, AF_INET6, a)) {
        return 0;
    }
    const char *r = special_reason(AF_INET6, a);
    if (r) {
        *reason = r;
        return -1;
    }
    if ((a[0] & 0xe0) != 0x20) { /* only 2000::/3 is global unicast */
        *reason = "reserved IPv6 address";
        return -1;
    }
    return 0;
}

int gw_parse_ip_literal(const char *host, struct sockaddr_storage *out)
{
    char buf[64];
    size_t n = strlen(host);
    memset(out, 0, sizeof(*out));
    if (n == 0 || n >= sizeof(buf)) {
        return -1;
    }
    if (host[0] == '[') {
        if (n < 3 || host[n - 1] != ']') {
            return -1;
        }
        memcpy(buf, host + 1, n - 2);
        buf[n - 2] = '\0';
    } else {
        memcpy(buf, host, n + 1);
    }
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)out;
    if (strchr(buf, ':')) {
        if (inet_pton(AF_INET6, buf, &in6->sin6_addr) != 1) {
            return -1;
        }
        in6->sin6_family = AF_INET6;
        return 0;
    }
    if (host[0] == '[') {
        return -1;
    }
    /* inet_aton accepts the historic spellings (0x7f.1, 0177.0.0.1, 127.1, 2130706433), which is
     * exactly what a name lookup of such a "host name" would turn into. Reject any other byte. */
    for (const char *p = buf; *p; p++) {
        if (!((*p >= '0' && *p <= '9') || *p == '.' || *p == 'x' || *p == 'X' ||
              (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F'))) {
            return -1;
        }
    }
    struct sockaddr_in *in = (struct sockaddr_in *)out;
    if (inet_aton(buf, &in->sin_addr) == 0) {
        return -1;
    }
    in->sin_family = AF_INET;
    return 0;
}

int gw_port_allowed(const gw_port_range_t *ports, size_t n, unsigned port)
{
    for (size_t i = 0; i < n; i++) {
        if (port >= ports[i].lo && port <= ports[i].hi) {
            return 1;
        }
    }
    return 0;
}
