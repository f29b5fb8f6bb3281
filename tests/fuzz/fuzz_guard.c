/* fuzz_guard: host spellings against the SSRF guard.
 *
 * The input is a host as a C string. Invariants (abort() when broken): every literal
 * gw_parse_ip_literal accepts that an independent check below calls loopback, private,
 * link-local, unspecified, multicast or reserved (directly or embedded in IPv6) is refused by
 * gw_guard_check with the default config; a host the system's own numeric parser
 * (getaddrinfo AI_NUMERICHOST, which has no network access) takes as an address is parsed by
 * gw_parse_ip_literal to the same address; gw_cidr_parse results are well formed.
 */
#include "gateway/net/net.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gw_config_t *config;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[256];
    char *envp[] = {NULL};
    config = gw_config_load(NULL, envp, err, sizeof err);
    if (!config) {
        fprintf(stderr, "gw_config_load: %s\n", err);
        abort();
    }
    return 0;
}

/* Must the default guard refuse this IPv4 address? Written from the RFC 6890 table, not from
 * guard.c. */
static int v4_forbidden(const uint8_t *a)
{
    return a[0] == 0 || a[0] == 10 || a[0] == 127 || a[0] >= 224 ||
           (a[0] == 100 && (a[1] & 0xc0) == 64) || (a[0] == 169 && a[1] == 254) ||
           (a[0] == 172 && (a[1] & 0xf0) == 16) || (a[0] == 192 && a[1] == 168) ||
           (a[0] == 192 && a[1] == 0 && (a[2] == 0 || a[2] == 2)) ||
           (a[0] == 198 && (a[1] & 0xfe) == 18);
}

static int v6_forbidden(const uint8_t *a)
{
    static const uint8_t zero[16] = {0};
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (memcmp(a, zero, 15) == 0 && a[15] <= 1)
        return 1; /* :: and ::1 */
    if (memcmp(a, mapped, 12) == 0 || memcmp(a, zero, 12) == 0)
        return v4_forbidden(a + 12); /* ::ffff:a.b.c.d and ::a.b.c.d */
    if (a[0] == 0x20 && a[1] == 0x02)
        return v4_forbidden(a + 2); /* 6to4 */
    if (a[0] == 0 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b && memcmp(a + 4, zero, 8) == 0)
        return v4_forbidden(a + 12); /* NAT64 */
    if (a[0] == 0 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b && a[4] == 0 && a[5] == 1)
        return v4_forbidden(a + 12); /* local-use NAT64, 64:ff9b:1::/48 */
    return (a[0] & 0xfe) == 0xfc || (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) ||
           (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0) || a[0] == 0xff || (a[0] & 0xe0) != 0x20;
}

static void check_cidr(const char *s)
{
    gw_cidr_t c;
    if (gw_cidr_parse(s, &c) != 0)
        return;
    unsigned max = c.family == AF_INET ? 32 : c.family == AF_INET6 ? 128 : 0;
    if (!max || c.prefix > max)
        abort();
    for (unsigned bit = c.prefix; bit < max; bit++)
        if (c.addr[bit / 8] & (0x80u >> (bit % 8)))
            abort();
}

/* What the OS resolver makes of a numeric host; 0 when it is not one. */
static int system_parse(const char *host, struct sockaddr_storage *ss)
{
    struct addrinfo hints = {.ai_flags = AI_NUMERICHOST}, *res = NULL;
    if (strchr(host, '%') || getaddrinfo(host, NULL, &hints, &res) != 0 || !res)
        return 0;
    memset(ss, 0, sizeof *ss);
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    freeaddrinfo(res);
    return 1;
}

static int same_addr(const struct sockaddr_storage *a, const struct sockaddr_storage *b)
{
    if (a->ss_family != b->ss_family)
        return 0;
    if (a->ss_family == AF_INET)
        return !memcmp(&((const struct sockaddr_in *)a)->sin_addr,
                       &((const struct sockaddr_in *)b)->sin_addr, 4);
    return !memcmp(&((const struct sockaddr_in6 *)a)->sin6_addr,
                   &((const struct sockaddr_in6 *)b)->sin6_addr, 16);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char host[256];
    if (size >= sizeof host)
        return 0;
    memcpy(host, data, size);
    host[size] = '\0';
    check_cidr(host);

    struct sockaddr_storage ss, sys;
    int parsed = gw_parse_ip_literal(host, &ss) == 0;
    if (host[0] != '[' && strlen(host) < 64 && system_parse(host, &sys)) {
        if (!parsed || !same_addr(&ss, &sys)) {
            fprintf(stderr, "the OS reads \"%s\" as an address; hush %s\n", host,
                    parsed ? "reads another one" : "does not");
            abort();
        }
    }
    if (!parsed)
        return 0;
    const char *reason = NULL;
    int verdict = gw_guard_check(&config->boot, (const struct sockaddr *)&ss, &reason);
    int forbidden;
    if (ss.ss_family == AF_INET)
        forbidden = v4_forbidden((const uint8_t *)&((struct sockaddr_in *)&ss)->sin_addr);
    else if (ss.ss_family == AF_INET6)
        forbidden = v6_forbidden(((struct sockaddr_in6 *)&ss)->sin6_addr.s6_addr);
    else
        abort();
    if (forbidden && verdict == 0) {
        fprintf(stderr, "guard lets \"%s\" through\n", host);
        abort();
    }
    if (verdict != 0 && !reason)
        abort();
    return 0;
}
