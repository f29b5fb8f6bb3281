/* The SSRF guard: every non-public range is refused by address, every numeric spelling of a host
 * is understood as the address the OS would dial, and public addresses pass. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <string.h>

#include "gateway/net/net.h"

static gw_config_t *defaults(void)
{
    char err[256];
    char *env[] = {NULL};
    gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(c);
    return c;
}

/* Parse like a CONNECT host and check it; returns 0 allowed, -1 blocked. */
static int check(const gw_config_t *c, const char *host, const char **reason)
{
    struct sockaddr_storage ss;
    assert_int_equal(gw_parse_ip_literal(host, &ss), 0);
    return gw_guard_check(&c->boot, (struct sockaddr *)&ss, reason);
}

static void test_guard_refuses_every_special_ipv4_range(void **state)
{
    (void)state;
    gw_config_t *c = defaults();
    static const char *const blocked[] = {
        "0.0.0.0",         "0.255.255.255",   "10.0.0.1",        "10.255.255.255",
        "100.64.0.1",      "100.127.255.254", "127.0.0.1",       "127.255.255.254",
        "169.254.169.254", "172.16.0.1",      "172.31.255.255",  "192.0.0.8",
        "192.0.2.1",       "192.168.0.1",     "192.168.255.255", "198.18.0.1",
        "198.19.255.255",  "198.51.100.7",    "203.0.113.9",     "224.0.0.1",
        "239.255.255.250", "240.0.0.1",       "255.255.255.255",
    };
    for (size_t i = 0; i < sizeof(blocked) / sizeof(blocked[0]); i++) {
        const char *reason = NULL;
        if (check(c, blocked[i], &reason) != -1) {
            fail_msg("%s was allowed", blocked[i]);
        }
        assert_non_null(reason);
    }
    gw_config_free(c);
}

static void test_guard_allows_public_ipv4_at_range_edges(void **state)
{
    (void)state;
    gw_config_t *c = defaults();
    static const char *const allowed[] = {
        "1.1.1.1",         "8.8.8.8",        "9.255.255.255",   "11.0.0.0",
        "100.63.255.255",  "100.128.0.0",    "126.255.255.255", "128.0.0.0",
        "169.253.255.255", "172.15.255.255", "172.32.0.0",      "192.167.255.255",
        "192.169.0.0",     "198.17.255.255", "198.20.0.0",      "223.255.255.255"};
    for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++) {
        if (check(c, allowed[i], NULL) != 0) {
            fail_msg("%s was refused", allowed[i]);
        }
    }
    gw_config_free(c);
}

static void test_guard_refuses_special_ipv6_and_embedded_ipv4(void **state)
{
    (void)state;
    gw_config_t *c = defaults();
    static const char *const blocked[] = {
        "::",
        "::1",
        "[::1]",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "febf::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:7f00:1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b::127.0.0.1",
        "64:ff9b:1::a00:1",
        "2002:7f00:1::1",
        "2002:c0a8:101::",
        "::127.0.0.1",
        "2001:db8::1",
        "2001::1",
        "100::1",
    };
    for (size_t i = 0; i < sizeof(blocked) / sizeof(blocked[0]); i++) {
        if (check(c, blocked[i], NULL) != -1) {
            fail_msg("%s was allowed", blocked[i]);
        }
    }
    gw_config_free(c);
}

static void test_guard_allows_public_ipv6_and_public_embedded(void **state)
{
    (void)state;
    gw_config_t *c = defaults();
    static const char *const allowed[] = {"2606:4700:4700::1111", "2a00:1450:4001:80b::200e",
                                          "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"};
    for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++) {
        if (check(c, allowed[i], NULL) != 0) {
            fail_msg("%s was refused", allowed[i]);
        }
    }
    gw_config_free(c);
}

static void test_numeric_host_spellings_parse_to_loopback(void **state)
{
    (void)state;
    static const char *const spellings[] = {"2130706433", "0x7f.1",      "0177.0.0.1",
                                            "127.1",      "0x7f000001",  "0x7f.0.0.1",
                                            "127.0.1",    "017700000001"};
    for (size_t i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++) {
        struct sockaddr_storage ss;
        if (gw_parse_ip_literal(spellings[i], &ss) != 0) {
            fail_msg("%s not parsed", spellings[i]);
        }
        assert_int_equal(ss.ss_family, AF_INET);
        assert_int_equal(ntohl(((struct sockaddr_in *)&ss)->sin_addr.s_addr), 0x7f000001);
    }
}

static void test_host_names_are_not_ip_literals(void **state)
{
    (void)state;
    struct sockaddr_storage ss;
    static const char *const names[] = {"example.com", "api.openai.com", "localhost",
                                        "1e100.net",   "[example.com]",  "",
                                        "deadbeef",    "::ffff:zz"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (gw_parse_ip_literal(names[i], &ss) == 0) {
            fail_msg("%s parsed as an address", names[i]);
        }
    }
}

static void test_allow_private_networks_exempts_and_blocked_networks_win(void **state)
{
    (void)state;
    char err[256];
    char *env[] = {"HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8,10.1.0.0/16",
                   "HUSH_BLOCKED_NETWORKS=127.0.0.2/32,8.8.8.0/24", NULL};
    gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(c);
    assert_int_equal(check(c, "127.0.0.1", NULL), 0);
    assert_int_equal(check(c, "::ffff:127.0.0.1", NULL), 0);
    assert_int_equal(check(c, "10.1.2.3", NULL), 0);
    assert_int_equal(check(c, "10.2.0.1", NULL), -1);
    assert_int_equal(check(c, "127.0.0.2", NULL), -1);
    assert_int_equal(check(c, "8.8.8.8", NULL), -1);
    assert_int_equal(check(c, "::1", NULL), -1);
    gw_config_free(c);
}

static void test_cidr_parse_rejects_host_bits_and_bad_prefixes(void **state)
{
    (void)state;
    gw_cidr_t x;
    assert_int_equal(gw_cidr_parse("10.0.0.0/8", &x), 0);
    assert_int_equal(x.prefix, 8);
    assert_int_equal(gw_cidr_parse("fd00::/8", &x), 0);
    assert_int_equal(gw_cidr_parse("127.0.0.1", &x), 0);
    assert_int_equal(x.prefix, 32);
    assert_int_equal(gw_cidr_parse("10.0.0.1/8", &x), -1);
    assert_int_equal(gw_cidr_parse("10.0.0.0/33", &x), -1);
    assert_int_equal(gw_cidr_parse("10.0.0.0/", &x), -1);
    assert_int_equal(gw_cidr_parse("10.0.0.0/-1", &x), -1);
    assert_int_equal(gw_cidr_parse("not-an-ip/8", &x), -1);
    assert_int_equal(gw_cidr_parse("/8", &x), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_guard_refuses_every_special_ipv4_range),
        cmocka_unit_test(test_guard_allows_public_ipv4_at_range_edges),
        cmocka_unit_test(test_guard_refuses_special_ipv6_and_embedded_ipv4),
        cmocka_unit_test(test_guard_allows_public_ipv6_and_public_embedded),
        cmocka_unit_test(test_numeric_host_spellings_parse_to_loopback),
        cmocka_unit_test(test_host_names_are_not_ip_literals),
        cmocka_unit_test(test_allow_private_networks_exempts_and_blocked_networks_win),
        cmocka_unit_test(test_cidr_parse_rejects_host_bits_and_bad_prefixes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
