/* One client (client.c): the peer normalised once (an IPv4 client on a dual-stack socket is
 * IPv4), its log form, and the slot state: maxConnections taken at accept, the per-client slot on
 * enter, both given back by close exactly once, whichever family the same client arrived by. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <string.h>

#include "gateway/core/core.h"

static struct sockaddr_storage v4(const char *ip, unsigned port)
{
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof(ss));
    struct sockaddr_in *in = (struct sockaddr_in *)&ss;
    in->sin_family = AF_INET;
    in->sin_port = htons((uint16_t)port);
    assert_int_equal(inet_pton(AF_INET, ip, &in->sin_addr), 1);
    return ss;
}

static struct sockaddr_storage v6(const char *ip, unsigned port)
{
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof(ss));
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons((uint16_t)port);
    assert_int_equal(inet_pton(AF_INET6, ip, &in6->sin6_addr), 1);
    return ss;
}

static const char *fmt(struct sockaddr_storage ss)
{
    static char out[64];
    gw_client_format((struct sockaddr *)&ss, out, sizeof(out));
    return out;
}

static void test_v4_mapped_peer_becomes_ipv4_with_its_port(void **state)
{
    (void)state;
    struct sockaddr_storage ss = v6("::ffff:192.0.2.7", 5151);
    gw_client_normalise(&ss);
    assert_int_equal(ss.ss_family, AF_INET);
    struct sockaddr_storage want = v4("192.0.2.7", 5151);
    assert_memory_equal(&ss, &want, sizeof(struct sockaddr_in));
    assert_string_equal(fmt(ss), "192.0.2.7:5151");
}

static void test_other_peers_are_left_as_they_are(void **state)
{
    (void)state;
    const char *v6s[] = {"::1", "2001:db8::1", "::", "::ffff:0:192.0.2.7" /* v4-translated */,
                         "64:ff9b::192.0.2.7"};
    for (size_t i = 0; i < sizeof(v6s) / sizeof(v6s[0]); i++) {
        struct sockaddr_storage ss = v6(v6s[i], 443), before = ss;
        gw_client_normalise(&ss);
        assert_memory_equal(&ss, &before, sizeof(ss));
    }
    struct sockaddr_storage ss = v4("127.0.0.1", 80), before = ss;
    gw_client_normalise(&ss);
    assert_memory_equal(&ss, &before, sizeof(ss));
}

static void test_peer_log_form(void **state)
{
    (void)state;
    assert_string_equal(fmt(v4("10.1.2.3", 80)), "10.1.2.3:80");
    assert_string_equal(fmt(v6("2001:db8::1", 443)), "[2001:db8::1]:443");
    struct sockaddr_storage none;
    memset(&none, 0, sizeof(none));
    assert_string_equal(fmt(none), "unknown");
}

/* A worker with just what client.c reads: the server's counters and the start-time config. */
typedef struct fixture {
    gw_server_t srv;
    gw_worker_t w;
    gw_config_t *cfg;
} fixture_t;

static int setup(void **state)
{
    fixture_t *f = calloc(1, sizeof(*f));
    char err[256];
    char *env[] = {NULL};
    f->cfg = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(f->cfg);
    f->cfg->boot.max_connections = 2;
    f->cfg->live.max_connections_per_client = 1;
    f->srv.cfg = &f->cfg->boot;
    f->w.srv = &f->srv;
    f->w.cfg = &f->cfg->boot;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture_t *f = *state;
    gw_config_free(f->cfg);
    free(f);
    return 0;
}

static gw_client_t *accept_from(fixture_t *f, struct sockaddr_storage ss, int mode)
{
    socklen_t len =
        ss.ss_family == AF_INET ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6);
    return gw_client_accept(&f->w, -1, (struct sockaddr *)&ss, (int)len, mode, NULL);
}

#define OPEN(f) atomic_load(&(f)->srv.counters.conns_open)

static void test_one_client_by_either_family_counts_once(void **state)
{
    fixture_t *f = *state;
    gw_client_t *a = accept_from(f, v6("::ffff:127.0.0.1", 1000), GW_CLIENT_PROXY);
    assert_non_null(a);
    assert_int_equal(a->slots, GW_CLIENT_SLOT_CONN);
    assert_string_equal(a->addr, "127.0.0.1:1000");
    assert_int_equal(OPEN(f), 1);
    assert_int_equal(gw_client_enter(a, &f->cfg->live), GW_CLIENT_OK);
    assert_int_equal(a->slots, GW_CLIENT_SLOT_BOTH);
    assert_int_equal(gw_client_enter(a, &f->cfg->live),
                     GW_CLIENT_OK); /* already in: no second slot */

    /* The same client on an IPv4 listener: over its cap of 1, holding only maxConnections. */
    gw_client_t *b = accept_from(f, v4("127.0.0.1", 1001), GW_CLIENT_PROXY);
    assert_non_null(b);
    assert_int_equal(gw_client_enter(b, &f->cfg->live), GW_CLIENT_OVER_CAP);
    assert_int_equal(b->slots, GW_CLIENT_SLOT_CONN);
    assert_int_equal(OPEN(f), 2);

    /* maxConnections (2) is full: refused, counted, nothing held. */
    assert_null(accept_from(f, v4("10.0.0.1", 1), GW_CLIENT_PROXY));
    assert_int_equal(atomic_load(&f->srv.counters.conns_refused), 1);
    assert_int_equal(OPEN(f), 2);

    gw_client_close(a, "test");
    assert_int_equal(a->slots, GW_CLIENT_SLOT_CLOSED);
    assert_int_equal(OPEN(f), 1);
    gw_client_close(a, "test"); /* idempotent */
    assert_int_equal(OPEN(f), 1);
    gw_client_free(a);
    assert_int_equal(OPEN(f), 1);

    /* a's per-client slot is back, so b gets it now. */
    assert_int_equal(gw_client_enter(b, &f->cfg->live), GW_CLIENT_OK);
    gw_client_end(b, "test");
    assert_int_equal(OPEN(f), 0);
    assert_int_equal(atomic_load(&f->srv.counters.conns_total), 2);

    /* Nothing leaked: the per-client slot is free again. */
    gw_client_t *c = accept_from(f, v4("127.0.0.1", 1002), GW_CLIENT_PROXY);
    assert_int_equal(gw_client_enter(c, &f->cfg->live), GW_CLIENT_OK);
    gw_client_free(c); /* free without close still closes (and releases) */
    assert_int_equal(OPEN(f), 0);
    c = accept_from(f, v4("127.0.0.1", 1003), GW_CLIENT_PROXY);
    assert_int_equal(gw_client_enter(c, &f->cfg->live), GW_CLIENT_OK);
    gw_client_end(c, "test");
}

static void test_admin_port_is_counted_not_capped_nor_filtered(void **state)
{
    fixture_t *f = *state;
    gw_cidr_t only10;
    assert_int_equal(gw_cidr_parse("10.0.0.0/8", &only10), 0);
    gw_cidr_t *saved = f->cfg->live.allowed_clients;
    size_t nsaved = f->cfg->live.nallowed_clients;
    f->cfg->live.allowed_clients = &only10;
    f->cfg->live.nallowed_clients = 1;

    gw_client_t *p = accept_from(f, v4("127.0.0.1", 2000), GW_CLIENT_PROXY);
    assert_int_equal(gw_client_enter(p, &f->cfg->live), GW_CLIENT_NOT_ALLOWED);
    assert_string_equal(gw_client_refusal(GW_CLIENT_NOT_ALLOWED),
                        "this client address is not allowed (allowedClients)");
    gw_client_t *m = accept_from(f, v6("::ffff:10.9.8.7", 2001), GW_CLIENT_PROXY);
    assert_int_equal(gw_client_enter(m, &f->cfg->live), GW_CLIENT_OK); /* mapped 10.x is inside */
    /* maxConnections (2) is full, but the admin port is not capped by it. */
    gw_client_t *a = accept_from(f, v4("127.0.0.1", 2002), GW_CLIENT_ADMIN);
    assert_non_null(a);
    assert_int_equal(gw_client_enter(a, &f->cfg->live), GW_CLIENT_OK);
    assert_int_equal(OPEN(f), 3);
    gw_client_end(p, "test");
    gw_client_end(m, "test");
    gw_client_end(a, "test");
    assert_int_equal(OPEN(f), 0);
    f->cfg->live.allowed_clients = saved;
    f->cfg->live.nallowed_clients = nsaved;
}

static void test_close_keeps_what_the_line_needs(void **state)
{
    fixture_t *f = *state;
    gw_client_t *c = accept_from(f, v4("127.0.0.1", 3000), GW_CLIENT_TRANSPARENT);
    snprintf(c->host, sizeof(c->host), "2001:db8::1");
    c->port = 443;
    c->decision = "tunnel";
    gw_client_reason(c, "a \"quoted\" reason");
    assert_string_equal(c->reason, "a \"quoted\" reason");
    gw_client_reason(c, NULL);
    assert_string_equal(c->reason, "");
    gw_client_end(c, "closed");
    gw_client_free(NULL);
    gw_client_close(NULL, "x");
    assert_int_equal(OPEN(f), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_v4_mapped_peer_becomes_ipv4_with_its_port),
        cmocka_unit_test(test_other_peers_are_left_as_they_are),
        cmocka_unit_test(test_peer_log_form),
        cmocka_unit_test_setup_teardown(test_one_client_by_either_family_counts_once, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_admin_port_is_counted_not_capped_nor_filtered, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_close_keeps_what_the_line_needs, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
