/* control: hush's own endpoints on the proxy port and the admin listener (front/control.c),
 * without a network. Who may see what (/metrics and /api/ only on the admin listener, or to
 * loopback clients of the proxy port when there is none; /healthz, /readyz and /ca.crt to
 * everyone), the methods each takes, /readyz while draining and with MITM off, /ca.crt served
 * from disk, and that every response's Content-Length is its body's length. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <event2/buffer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ca/ca.h"
#include "gateway/front/front.h"

static gw_server_t srv;
static gw_config_t *cfg_proxy; /* no admin listener */
static gw_config_t *cfg_admin; /* adminListen set */
static char dir[] = "/tmp/hush-test-control-XXXXXX";

typedef struct resp {
    int status;
    char head[2048];
    char *body;
    size_t blen;
} resp_t;

static struct sockaddr_storage peer_of(const char *ip)
{
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof(ss));
    if (strchr(ip, ':')) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;
        s6->sin6_family = AF_INET6;
        assert_int_equal(inet_pton(AF_INET6, ip, &s6->sin6_addr), 1);
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;
        s4->sin_family = AF_INET;
        assert_int_equal(inet_pton(AF_INET, ip, &s4->sin_addr), 1);
    }
    return ss;
}

/* One request through gw_control_handle; the response split into head and body, with the
 * Content-Length checked against the body (HEAD: against what GET would send). */
static resp_t *call(const gw_config_t *c, const char *method, const char *target, const char *ip,
                    int admin, int draining)
{
    gw_worker_t w;
    memset(&w, 0, sizeof(w));
    w.srv = &srv;
    w.cfg = &c->boot;
    w.draining = draining;
    srv.cfg = &c->boot;
    char raw[512];
    snprintf(raw, sizeof(raw), "%s %s HTTP/1.1\r\nHost: hush\r\nUser-Agent: t\r\n\r\n", method,
             target);
    gw_head_t *h = gw_head_new(GW_HEAD_REQUEST, 8192);
    assert_true(gw_head_feed(h, raw, strlen(raw)) > 0);
    struct sockaddr_storage peer = peer_of(ip);
    struct evbuffer *out = evbuffer_new();
    gw_control_wait_t cw = {0};
    int st = gw_control_handle(&w, h, ip, (struct sockaddr *)&peer, admin, out, &cw);
    assert_int_not_equal(st, GW_CONTROL_PENDING); /* nothing here needs the main thread */
    resp_t *r = calloc(1, sizeof(*r));
    r->status = st;
    size_t n = evbuffer_get_length(out);
    char *p = (char *)evbuffer_pullup(out, -1);
    const char *end = memmem(p, n, "\r\n\r\n", 4);
    assert_non_null(end);
    size_t hl = (size_t)(end - p) + 4;
    assert_true(hl < sizeof(r->head));
    memcpy(r->head, p, hl);
    r->blen = n - hl;
    r->body = calloc(1, r->blen + 1);
    memcpy(r->body, p + hl, r->blen);
    char line[32];
    snprintf(line, sizeof(line), "HTTP/1.1 %d ", st);
    assert_memory_equal(r->head, line, strlen(line));
    const char *cl = strstr(r->head, "Content-Length: ");
    assert_non_null(cl);
    if (strcmp(method, "HEAD") != 0) {
        assert_int_equal(strtoul(cl + 16, NULL, 10), r->blen);
    } else {
        assert_int_equal(r->blen, 0);
    }
    evbuffer_free(out);
    gw_head_free(h);
    return r;
}

static void resp_free(resp_t *r)
{
    free(r->body);
    free(r);
}

static int status_of(const gw_config_t *c, const char *method, const char *target, const char *ip,
                     int admin)
{
    resp_t *r = call(c, method, target, ip, admin, 0);
    int st = r->status;
    resp_free(r);
    return st;
}

static void test_health_for_everyone(void **state)
{
    (void)state;
    const char *ips[] = {"127.0.0.1", "10.1.2.3", "2001:db8::7"};
    for (size_t i = 0; i < 3; i++) {
        resp_t *r = call(cfg_proxy, "GET", "/healthz", ips[i], 0, 0);
        assert_int_equal(r->status, 200);
        assert_non_null(strstr(r->body, "\"status\":\"ok\""));
        resp_free(r);
        r = call(cfg_proxy, "GET", "/readyz?x=1", ips[i], 0, 0);
        assert_int_equal(r->status, 200);
        assert_non_null(strstr(r->body, "\"mitm\":\"on\""));
        resp_free(r);
    }
    assert_int_equal(status_of(cfg_proxy, "HEAD", "/healthz", "10.1.2.3", 0), 200);
    assert_int_equal(status_of(cfg_proxy, "POST", "/healthz", "127.0.0.1", 0), 405);
    assert_int_equal(status_of(cfg_proxy, "DELETE", "/readyz", "127.0.0.1", 0), 405);
    /* A path that only starts like an endpoint is not it. */
    assert_int_equal(status_of(cfg_proxy, "GET", "/healthzx", "127.0.0.1", 0), 404);
}

static void test_readyz_draining_and_mitm_off(void **state)
{
    (void)state;
    resp_t *r = call(cfg_proxy, "GET", "/readyz", "127.0.0.1", 0, 1);
    assert_int_equal(r->status, 503);
    assert_non_null(strstr(r->body, "draining"));
    resp_free(r);
    ca_t *ca = srv.ca;
    srv.ca = NULL;
    r = call(cfg_proxy, "GET", "/readyz", "127.0.0.1", 0, 0);
    assert_int_equal(r->status, 200);
    assert_non_null(strstr(r->body, "\"mitm\":\"off\""));
    resp_free(r);
    r = call(cfg_proxy, "GET", "/ca.crt", "127.0.0.1", 0, 0);
    assert_int_equal(r->status, 503); /* no CA to trust: says why */
    assert_non_null(strstr(r->body, "MITM is off"));
    resp_free(r);
    srv.ca = ca;
}

static void test_metrics_and_api_privileged_only(void **state)
{
    (void)state;
    /* No admin listener: loopback clients of the proxy port only (IPv4, IPv6, mapped IPv4). */
    assert_int_equal(status_of(cfg_proxy, "GET", "/metrics", "127.0.0.1", 0), 200);
    assert_int_equal(status_of(cfg_proxy, "GET", "/metrics", "::1", 0), 200);
    assert_int_equal(status_of(cfg_proxy, "GET", "/metrics", "::ffff:127.0.0.9", 0), 200);
    resp_t *r = call(cfg_proxy, "GET", "/metrics", "10.1.2.3", 0, 0);
    assert_int_equal(r->status, 403);
    assert_non_null(strstr(r->body, "loopback"));
    assert_null(strstr(r->body, "hush_")); /* no figure leaks into the refusal */
    resp_free(r);
    assert_int_equal(status_of(cfg_proxy, "GET", "/metrics", "::ffff:10.0.0.1", 0), 403);
    assert_int_equal(status_of(cfg_proxy, "GET", "/api/domains", "10.1.2.3", 0), 403);
    /* With an admin listener: there only, even for loopback clients of the proxy port. */
    r = call(cfg_admin, "GET", "/metrics", "127.0.0.1", 0, 0);
    assert_int_equal(r->status, 403);
    assert_non_null(strstr(r->body, "admin listener"));
    resp_free(r);
    assert_int_equal(status_of(cfg_admin, "GET", "/api/domains", "127.0.0.1", 0), 403);
    r = call(cfg_admin, "GET", "/metrics", "10.1.2.3", 1, 0);
    assert_int_equal(r->status, 200);
    assert_non_null(strstr(r->head, "text/plain; version=0.0.4"));
    assert_non_null(strstr(r->body, "hush_mitm_enabled 1"));
    resp_free(r);
    r = call(cfg_admin, "HEAD", "/metrics", "10.1.2.3", 1, 0);
    assert_int_equal(r->status, 200);
    resp_free(r);
}

static void test_ca_from_disk(void **state)
{
    (void)state;
    resp_t *r = call(cfg_proxy, "GET", "/ca.crt", "10.1.2.3", 0, 0);
    assert_int_equal(r->status, 200);
    assert_non_null(strstr(r->head, "application/x-pem-file"));
    assert_true(r->blen > 100);
    assert_memory_equal(r->body, "-----BEGIN CERTIFICATE-----", 27);
    /* The file as it is on disk now (a rotated CA is served at once). */
    FILE *f = fopen(ca_cert_path(srv.ca), "rb");
    assert_non_null(f);
    char *disk = calloc(1, r->blen + 2);
    size_t n = fread(disk, 1, r->blen + 1, f);
    fclose(f);
    assert_int_equal(n, r->blen);
    assert_memory_equal(disk, r->body, n);
    free(disk);
    resp_free(r);
    assert_int_equal(status_of(cfg_proxy, "HEAD", "/ca.crt", "10.1.2.3", 0), 200);
    assert_int_equal(status_of(cfg_proxy, "PUT", "/ca.crt", "127.0.0.1", 0), 405);
}

static void test_unknown_path_says_what_hush_is(void **state)
{
    (void)state;
    resp_t *r = call(cfg_proxy, "GET", "/", "10.1.2.3", 0, 0);
    assert_int_equal(r->status, 404);
    assert_non_null(strstr(r->body, "HTTPS_PROXY"));
    resp_free(r);
}

static gw_config_t *load(int admin)
{
    char e1[300];
    snprintf(e1, sizeof(e1), "HUSH_DATA_DIR=%s", dir);
    char e2[] = "HUSH_ADMIN_LISTEN=127.0.0.1:0";
    char *env[] = {e1, admin ? e2 : NULL, NULL};
    char err[256];
    gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
    if (!c) {
        fprintf(stderr, "config: %s\n", err);
    }
    return c;
}

static int setup(void **state)
{
    (void)state;
    gw_log_set_level(GW_LOG_ERROR);
    if (!mkdtemp(dir)) {
        return -1;
    }
    cfg_proxy = load(0);
    cfg_admin = load(1);
    gw_config_t *gcfg = load(0);
    if (!cfg_proxy || !cfg_admin || !gcfg) {
        return -1;
    }
    char err[256];
    gw_metrics_init(&srv.metrics);
    srv.cfg = &cfg_proxy->boot;
    srv.gen = gw_gen_build(&cfg_proxy->boot, gcfg, err, sizeof(err));
    ca_config_t cc = {.data_dir = dir}; /* generated into dir */
    if (!srv.gen || ca_open(&cc, &srv.ca, err, sizeof(err)) != 0 || !srv.ca) {
        fprintf(stderr, "setup: %s\n", err);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    gw_gen_release(srv.gen);
    ca_free(srv.ca);
    gw_metrics_destroy(&srv.metrics);
    gw_config_free(cfg_proxy);
    gw_config_free(cfg_admin);
    char cmd[400];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_health_for_everyone),
        cmocka_unit_test(test_readyz_draining_and_mitm_off),
        cmocka_unit_test(test_metrics_and_api_privileged_only),
        cmocka_unit_test(test_ca_from_disk),
        cmocka_unit_test(test_unknown_path_says_what_hush_is),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
