/* access.c: allowedClients CIDR matching (byte and bit boundaries, IPv6, an IPv4 client seen as
 * ::ffff:a.b.c.d), the per-client connection cap (enter up to the cap, leave frees, clients and
 * families apart, a departure never hides another client), Proxy-Authorization: Basic parsing,
 * and the stored password hashes with the success cache. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/core/core.h"

static struct sockaddr_storage addr(const char *ip)
{
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof(ss));
    if (strchr(ip, ':')) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
        in6->sin6_family = AF_INET6;
        assert_int_equal(inet_pton(AF_INET6, ip, &in6->sin6_addr), 1);
    } else {
        struct sockaddr_in *in = (struct sockaddr_in *)&ss;
        in->sin_family = AF_INET;
        assert_int_equal(inet_pton(AF_INET, ip, &in->sin_addr), 1);
    }
    return ss;
}

static gw_config_t *defaults(void)
{
    char err[256];
    char *env[] = {NULL};
    gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(c);
    return c;
}

static int allowed(const gw_config_t *c, const char *ip)
{
    struct sockaddr_storage ss = addr(ip);
    return gw_access_client_allowed(&c->live, (struct sockaddr *)&ss);
}

static void test_allowed_clients_cidrs(void **state)
{
    (void)state;
    gw_config_t *c = defaults();
    assert_true(allowed(c, "203.0.113.9")); /* no list: everyone who reaches the listener */
    gw_cidr_t list[3];
    assert_int_equal(gw_cidr_parse("10.0.0.0/8", &list[0]), 0);
    assert_int_equal(gw_cidr_parse("172.16.0.0/12", &list[1]), 0);
    assert_int_equal(gw_cidr_parse("fd00::/8", &list[2]), 0);
    gw_cidr_t *saved = c->live.allowed_clients;
    size_t nsaved = c->live.nallowed_clients;
    c->live.allowed_clients = list;
    c->live.nallowed_clients = 3;
    assert_true(allowed(c, "10.0.0.0"));
    assert_true(allowed(c, "10.255.255.255"));
    assert_false(allowed(c, "11.0.0.0"));
    assert_false(allowed(c, "9.255.255.255"));
    /* /12 ends inside the second byte */
    assert_true(allowed(c, "172.16.0.1"));
    assert_true(allowed(c, "172.31.255.255"));
    assert_false(allowed(c, "172.32.0.0"));
    assert_false(allowed(c, "172.15.255.255"));
    assert_true(allowed(c, "fd12:3456::1"));
    assert_false(allowed(c, "fe80::1"));
    assert_false(allowed(c, "2001:db8::1"));
    /* an IPv4 client on a dual-stack socket matches the IPv4 CIDRs, and only those */
    assert_true(allowed(c, "::ffff:10.1.2.3"));
    assert_true(allowed(c, "::ffff:172.20.0.1"));
    assert_false(allowed(c, "::ffff:192.168.0.1"));
    assert_false(allowed(c, "::a01:203")); /* IPv4-compatible (deprecated) is not mapped */
    assert_false(allowed(c, "127.0.0.1"));
    /* /0 and /32 */
    gw_cidr_t edge[2];
    assert_int_equal(gw_cidr_parse("192.0.2.7/32", &edge[0]), 0);
    assert_int_equal(gw_cidr_parse("::/0", &edge[1]), 0);
    c->live.allowed_clients = edge;
    c->live.nallowed_clients = 1;
    assert_true(allowed(c, "192.0.2.7"));
    assert_false(allowed(c, "192.0.2.6"));
    c->live.nallowed_clients = 2;
    assert_true(allowed(c, "2001:db8::1"));
    assert_false(allowed(c, "192.0.2.8")); /* ::/0 is IPv6 only */
    c->live.allowed_clients = saved;
    c->live.nallowed_clients = nsaved;
    gw_config_free(c);
}

static int enter(const gw_config_t *c, const char *ip)
{
    struct sockaddr_storage ss = addr(ip);
    return gw_access_client_enter(&c->live, (struct sockaddr *)&ss);
}

static void leave(const char *ip)
{
    struct sockaddr_storage ss = addr(ip);
    gw_access_client_leave((struct sockaddr *)&ss);
}

static void test_per_client_cap_enter_and_leave(void **state)
{
    (void)state;
    gw_config_t *c = defaults();
    c->live.max_connections_per_client = 2;
    assert_true(enter(c, "198.51.100.1"));
    assert_true(enter(c, "198.51.100.1"));
    assert_false(enter(c, "198.51.100.1")); /* the third is over the cap */
    assert_true(enter(c, "198.51.100.2"));  /* another client has its own count */
    assert_true(enter(c, "2001:db8::1"));
    assert_true(enter(c, "2001:db8::1"));
    assert_false(enter(c, "2001:db8::1"));
    leave("198.51.100.1");
    assert_true(enter(c, "198.51.100.1")); /* a leave frees one */
    assert_false(enter(c, "198.51.100.1"));
    leave("198.51.100.1");
    leave("198.51.100.1");
    leave("198.51.100.2");
    leave("2001:db8::1");
    leave("2001:db8::1");
    /* everyone left: each may hold the cap again */
    assert_true(enter(c, "198.51.100.1"));
    assert_true(enter(c, "198.51.100.1"));
    leave("198.51.100.1");
    leave("198.51.100.1");
    gw_config_free(c);
}

static void test_a_departure_never_hides_another_client(void **state)
{
    (void)state;
    gw_config_t *c = defaults();
    c->live.max_connections_per_client = 1;
    char ip[32];
    /* Many clients (some share probe chains); every other one leaves; the rest are still full. */
    for (int i = 0; i < 600; i++) {
        snprintf(ip, sizeof(ip), "10.%d.%d.1", i / 256, i % 256);
        assert_true(enter(c, ip));
    }
    for (int i = 0; i < 600; i += 2) {
        snprintf(ip, sizeof(ip), "10.%d.%d.1", i / 256, i % 256);
        leave(ip);
    }
    for (int i = 0; i < 600; i++) {
        snprintf(ip, sizeof(ip), "10.%d.%d.1", i / 256, i % 256);
        if (i % 2) {
            assert_false(enter(c, ip)); /* still counted */
        } else {
            assert_true(enter(c, ip)); /* its slot was freed */
        }
    }
    for (int i = 0; i < 600; i++) {
        snprintf(ip, sizeof(ip), "10.%d.%d.1", i / 256, i % 256);
        leave(ip);
    }
    gw_config_free(c);
}

static int basic(const char *header, char *cred, size_t cap, size_t *clen, size_t *ulen)
{
    return gw_access_parse_basic(header, header ? strlen(header) : 0, cred, cap, clen, ulen);
}

static void test_basic_credentials_parse(void **state)
{
    (void)state;
    char cred[64];
    size_t clen, ulen;
    assert_int_equal(basic("Basic YWxpY2U6c2VjcmV0", cred, sizeof(cred), &clen, &ulen), 0);
    assert_string_equal(cred, "alice:secret");
    assert_int_equal(clen, 12);
    assert_int_equal(ulen, 5);
    /* the scheme is case-insensitive, spaces before the token are skipped */
    assert_int_equal(basic("basic   YWxpY2U6c2VjcmV0", cred, sizeof(cred), &clen, &ulen), 0);
    assert_string_equal(cred, "alice:secret");
    /* the user ends at the first colon; the password may hold more */
    assert_int_equal(basic("Basic Ym9iOnM6ZWM6cmV0", cred, sizeof(cred), &clen, &ulen), 0);
    assert_string_equal(cred, "bob:s:ec:ret");
    assert_int_equal(ulen, 3);
    /* an empty user or password is still well-formed */
    assert_int_equal(basic("Basic OnB3", cred, sizeof(cred), &clen, &ulen), 0);
    assert_int_equal(ulen, 0);
    /* malformed: no colon (and the decoded bytes are wiped), another scheme, bad base64, too
     * long for the buffer, nothing at all */
    memset(cred, 'x', sizeof(cred));
    assert_int_equal(basic("Basic YWxpY2U=", cred, sizeof(cred), &clen, &ulen), -1);
    for (size_t i = 0; i < sizeof(cred); i++) {
        assert_int_equal(cred[i], 0);
    }
    assert_int_equal(basic("Bearer YWxpY2U6c2VjcmV0", cred, sizeof(cred), &clen, &ulen), -1);
    assert_int_equal(basic("Basic !!!!", cred, sizeof(cred), &clen, &ulen), -1);
    assert_int_equal(basic("Basic YWxpY2U6c2VjcmV0", cred, 8, &clen, &ulen), -1);
    assert_int_equal(basic("Basic", cred, sizeof(cred), &clen, &ulen), -1);
    assert_int_equal(basic("Basic ", cred, sizeof(cred), &clen, &ulen), -1);
    assert_int_equal(basic(NULL, cred, sizeof(cred), &clen, &ulen), -1);
}

static void test_password_hashes_and_the_success_cache(void **state)
{
    (void)state;
    char *h = gw_access_hash_password("correct horse", 10000);
    assert_non_null(h);
    assert_int_equal(strncmp(h, "pbkdf2-sha256$10000$", 20), 0);
    assert_int_equal(gw_access_check_hash(h), 0);
    assert_int_equal(gw_access_iterations(h), 10000);
    assert_true(gw_access_verify("correct horse", 13, h, 10000));
    assert_false(gw_access_verify("correct horsf", 13, h, 10000));
    assert_false(gw_access_verify("correct horse", 13, NULL, 10000)); /* an unknown user */
    /* too few iterations, a foreign scheme, a short salt, no hash */
    assert_int_equal(gw_access_check_hash("pbkdf2-sha256$9999$c2FsdHNhbHQ=$AAAA"), -1);
    assert_int_equal(gw_access_check_hash("bcrypt$10$xx$yy"), -1);
    assert_int_equal(gw_access_check_hash("pbkdf2-sha256$10000$c2E=$"
                                          "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
                     -1);
    assert_int_equal(gw_access_check_hash("pbkdf2-sha256$10000$c2FsdHNhbHQ="), -1);
    assert_int_equal(gw_access_iterations("garbage"), 200000);

    uint8_t mac[32], other[32];
    gw_access_mac(h, "alice:correct horse", 19, mac);
    gw_access_mac(h, "alice:correct horsf", 19, other);
    assert_memory_not_equal(mac, other, 32);
    assert_false(gw_access_cached(mac));
    gw_access_remember(mac);
    assert_true(gw_access_cached(mac));
    assert_false(gw_access_cached(other));
    gw_access_cache_clear();
    assert_false(gw_access_cached(mac));
    free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_allowed_clients_cidrs),
        cmocka_unit_test(test_per_client_cap_enter_and_leave),
        cmocka_unit_test(test_a_departure_never_hides_another_client),
        cmocka_unit_test(test_basic_credentials_parse),
        cmocka_unit_test(test_password_hashes_and_the_success_cache),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
