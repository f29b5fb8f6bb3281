/* Configuration: defaults, file, environment in that order; every bad key or value refuses to
 * load and names the key and the reason. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gateway/net/net.h"

static char *const no_env[] = {NULL};

static char *write_tmp(const char *json)
{
    static char path[64];
    snprintf(path, sizeof(path), "/tmp/hush-config-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, json, strlen(json)), (ssize_t)strlen(json));
    close(fd);
    return path;
}

/* Load json; expect failure with err containing want. */
static void expect_error(const char *json, char *const *env, const char *want)
{
    char err[512] = "";
    char *path = json ? write_tmp(json) : NULL;
    gw_config_t *c = gw_config_load(path, env, err, sizeof(err));
    if (path) {
        unlink(path);
    }
    if (c) {
        gw_config_free(c);
        fail_msg("config loaded but should fail with '%s'", want);
    }
    if (!strstr(err, want)) {
        fail_msg("error '%s' does not contain '%s'", err, want);
    }
}

static void test_defaults_listen_on_loopback_8080(void **state)
{
    (void)state;
    char err[256];
    gw_config_t *c = gw_config_load(NULL, no_env, err, sizeof(err));
    assert_non_null(c);
    assert_string_equal(c->boot.listen, "127.0.0.1:8080");
    assert_int_equal(c->boot.nconnect_ports, 2);
    assert_int_equal(c->boot.connect_ports[0].lo, 443);
    assert_int_equal(c->boot.connect_ports[0].hi, 443);
    assert_int_equal(c->boot.nallow_private, 0);
    assert_null(c->boot.ca_cert_file);
    assert_int_equal(c->boot.leaf_cache_size, 10000);
    assert_int_equal(c->boot.leaf_validity_days, 7);
    assert_int_equal(c->live.nmitm_ports, 1);
    assert_null(c->live.passthrough_paths.v);
    gw_config_free(c);
}

static char *dump(const gw_config_t *c)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    gw_config_write_json(c, f);
    fclose(f);
    return buf;
}

static void test_shipped_proxy_config_equals_defaults(void **state)
{
    (void)state;
    char err[256];
    gw_config_t *d = gw_config_load(NULL, no_env, err, sizeof(err));
    gw_config_t *f = gw_config_load(HUSH_SOURCE_DIR "/proxy-config.json", no_env, err, sizeof(err));
    if (!f) {
        fail_msg("proxy-config.json: %s", err);
    }
    char *a = dump(d), *b = dump(f);
    assert_string_equal(a, b);
    /* The shipped file names every key, so a reader sees each one and its default. */
    FILE *in = fopen(HUSH_SOURCE_DIR "/proxy-config.json", "r");
    assert_non_null(in);
    char text[16384];
    size_t n = fread(text, 1, sizeof(text) - 1, in);
    fclose(in);
    text[n] = '\0';
    assert_string_equal(a, text);
    free(a);
    free(b);
    gw_config_free(d);
    gw_config_free(f);
}

static void test_environment_overrides_file_which_overrides_defaults(void **state)
{
    (void)state;
    char err[256];
    char *path = write_tmp("{\"listen\": \"127.0.0.1:9000\", \"logLevel\": \"debug\","
                           " \"timeouts\": {\"idle\": 30}}");
    char *env[] = {"HUSH_LISTEN=0.0.0.0:9100", "HUSH_TIMEOUT_HEAD=2.5", NULL};
    gw_config_t *c = gw_config_load(path, env, err, sizeof(err));
    unlink(path);
    assert_non_null(c);
    assert_string_equal(c->boot.listen, "0.0.0.0:9100");
    assert_int_equal(c->live.log_level, GW_LOG_DEBUG);
    assert_true(c->boot.idle_timeout == 30.0);
    assert_true(c->boot.head_timeout == 2.5);
    gw_config_free(c);
}

static void test_lists_from_file_and_environment(void **state)
{
    (void)state;
    char err[256];
    char *path = write_tmp("{\"connectPorts\": [443, 8443, \"9000-9443\"],"
                           " \"allowPrivateNetworks\": [\"10.0.0.0/8\", \"fd00::/8\"],"
                           " \"upstreamOverrides\": {\"API.openai.com:443\": \"127.0.0.1:8443\"}}");
    char *env[] = {"HUSH_PRELOAD_HOSTS=api.openai.com, api.anthropic.com", NULL};
    gw_config_t *c = gw_config_load(path, env, err, sizeof(err));
    unlink(path);
    assert_non_null(c);
    assert_int_equal(c->boot.nconnect_ports, 3);
    assert_int_equal(c->boot.connect_ports[2].lo, 9000);
    assert_int_equal(c->boot.connect_ports[2].hi, 9443);
    assert_true(gw_port_allowed(c->boot.connect_ports, c->boot.nconnect_ports, 9001));
    assert_false(gw_port_allowed(c->boot.connect_ports, c->boot.nconnect_ports, 8999));
    assert_int_equal(c->boot.nallow_private, 2);
    assert_int_equal(c->boot.nupstream_overrides, 1);
    assert_string_equal(c->boot.upstream_overrides[0].key, "api.openai.com:443");
    assert_string_equal(c->boot.upstream_overrides[0].value, "127.0.0.1:8443");
    assert_int_equal(c->boot.preload_hosts.n, 2);
    assert_string_equal(c->boot.preload_hosts.v[1], "api.anthropic.com");
    gw_config_free(c);
}

static void test_bad_values_name_the_key_and_reason(void **state)
{
    (void)state;
    expect_error("{\"lisen\": \"127.0.0.1:1\"}", no_env, "lisen: unknown key");
    expect_error("{\"timeouts\": {\"hed\": 1}}", no_env, "timeouts.hed: unknown key");
    expect_error("{\"listen\": 8080}", no_env, "listen: must be a string");
    expect_error("{\"listen\": \"127.0.0.1\"}", no_env, "listen: must be host:port");
    expect_error("{\"logLevel\": \"loud\"}", no_env, "logLevel: must be one of");
    expect_error("{\"maxHeaderBytes\": 0}", no_env, "maxHeaderBytes: must be a positive");
    expect_error("{\"maxHeaderBytes\": -5}", no_env, "maxHeaderBytes: must be a positive");
    expect_error("{\"maxHeaderBytes\": 1.5}", no_env, "maxHeaderBytes: must be a positive whole");
    expect_error("{\"timeouts\": {\"idle\": 0}}", no_env, "timeouts.idle: must be a positive");
    expect_error("{\"timeouts\": 5}", no_env, "timeouts: must be an object");
    expect_error("{\"connectPorts\": [443, 70000]}", no_env,
                 "connectPorts: \"70000\" is not a port");
    expect_error("{\"connectPorts\": [\"9000-80\"]}", no_env, "connectPorts: \"9000-80\" is not");
    expect_error("{\"connectPorts\": [\"0-80\"]}", no_env, "connectPorts: \"0-80\" is not");
    expect_error("{\"connectPorts\": \"443\"}", no_env, "connectPorts: must be a list");
    expect_error("{\"allowPrivateNetworks\": [\"10.0.0.1/8\"]}", no_env,
                 "allowPrivateNetworks: \"10.0.0.1/8\" is not a CIDR");
    expect_error("{\"blockedNetworks\": [\"nope\"]}", no_env, "blockedNetworks: \"nope\"");
    expect_error("{\"acceptInvalidUpstreamCerts\": \"yes\"}", no_env,
                 "acceptInvalidUpstreamCerts: must be true or false");
    expect_error("{\"caCertFile\": \"\"}", no_env, "caCertFile: \"\" turns MITM off only when");
    expect_error("[1, 2]", no_env, "must be a JSON object");
    expect_error("{\"listen\": \"127.0.0.1:1\", \"listen\": \"127.0.0.1:2\"}", no_env, "duplicate");
    expect_error("{", no_env, "hush-config");
    expect_error("{\"upstreamOverrides\": {\"api.openai.com\": \"127.0.0.1:1\"}}", no_env,
                 "upstreamOverrides:");
    expect_error("{\"urlAndHeaderPii\": \"redact\"}", no_env,
                 "urlAndHeaderPii: must be mask, block or audit");
    expect_error("{\"urlAndHeaderPii\": 1}", no_env, "urlAndHeaderPii: must be a string");
}

static void test_url_and_header_pii_blocks_by_default(void **state)
{
    (void)state;
    char err[256];
    char *const env[] = {"HUSH_URL_AND_HEADER_PII=mask", NULL};
    gw_config_t *c = gw_config_load(NULL, no_env, err, sizeof(err));
    assert_non_null(c);
    assert_int_equal(c->live.url_header_action, GW_ACT_BLOCK);
    gw_config_free(c);
    c = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(c);
    assert_int_equal(c->live.url_header_action, GW_ACT_MASK);
    gw_config_free(c);
}

/* Found by fuzz_config: the entries before an empty one leaked (LeakSanitizer reports it). */
static void test_empty_list_entry_after_others_fails_without_leaking(void **state)
{
    (void)state;
    expect_error("{\"passthroughPaths\": [\"/v1/files\", \"/v1/batches\", \"\"]}", no_env,
                 "passthroughPaths: entries must not be empty");
    char *e[] = {"HUSH_AI_DOMAINS=a.example,b.example,", NULL};
    char err[512] = "";
    gw_config_t *c = gw_config_load(NULL, e, err, sizeof(err));
    gw_config_free(c); /* loads or not: either way nothing may leak */
}

static void test_bad_environment_values_name_the_variable(void **state)
{
    (void)state;
    char *e1[] = {"HUSH_MAX_BODY_BYTES=lots", NULL};
    expect_error(NULL, e1,
                 "maxBodyBytes: must be a number (from environment variable "
                 "HUSH_MAX_BODY_BYTES)");
    char *e2[] = {"HUSH_WORKERS=0", NULL};
    expect_error(NULL, e2, "workers: must be a positive whole number");
    char *e3[] = {"HUSH_TIMEOUT_CONNECT=", NULL};
    expect_error(NULL, e3, "timeouts.connect: must be a number");
    char *e4[] = {"HUSH_CONNECT_PORTS=443,abc", NULL};
    expect_error(NULL, e4, "connectPorts: \"abc\" is not a port");
}

static void test_empty_ca_paths_turn_mitm_off(void **state)
{
    (void)state;
    char err[256];
    char *env[] = {"CA_CERT_FILE=", "CA_KEY_FILE=", NULL};
    gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(c);
    assert_string_equal(c->boot.ca_cert_file, "");
    assert_string_equal(c->boot.ca_key_file, "");
    gw_config_free(c);
}

static void test_workers_auto_or_number(void **state)
{
    (void)state;
    char err[256];
    char *env[] = {"HUSH_WORKERS=3", NULL};
    gw_config_t *c = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(c);
    assert_int_equal(c->boot.workers, 3);
    gw_config_free(c);
    char *path = write_tmp("{\"workers\": \"auto\"}");
    c = gw_config_load(path, no_env, err, sizeof(err));
    unlink(path);
    assert_non_null(c);
    assert_int_equal(c->boot.workers, 0);
    gw_config_free(c);
}

/* scanThreads: "auto" by default, a number, and 0 (every body scanned on its worker's loop), which
 * workers does not take; scanOffloadBytes defaults to 64 KiB. */
static void test_scan_threads_auto_number_or_zero(void **state)
{
    (void)state;
    char err[256];
    gw_config_t *c = gw_config_load(NULL, no_env, err, sizeof(err));
    assert_non_null(c);
    assert_true(c->boot.scan_threads == GW_THREADS_AUTO);
    assert_int_equal(c->boot.scan_offload_bytes, 65536);
    gw_config_free(c);
    char *env[] = {"HUSH_SCAN_THREADS=0", "HUSH_SCAN_OFFLOAD_BYTES=1000", NULL};
    c = gw_config_load(NULL, env, err, sizeof(err));
    assert_non_null(c);
    assert_int_equal(c->boot.scan_threads, 0);
    assert_int_equal(c->boot.scan_offload_bytes, 1000);
    gw_config_free(c);
    char *path = write_tmp("{\"scanThreads\": 3}");
    c = gw_config_load(path, no_env, err, sizeof(err));
    unlink(path);
    assert_non_null(c);
    assert_int_equal(c->boot.scan_threads, 3);
    gw_config_free(c);
    char *bad[] = {"HUSH_SCAN_THREADS=-1", NULL};
    expect_error(NULL, bad, "scanThreads: must be a positive whole number");
}

/* Every key has a lifetime, and it matches where its value lives: restart keys are exactly the
 * keys stored in gw_boot_t (what the server and workers hold), reload keys exactly those in
 * gw_live_t (what a generation carries). A key in the wrong part would be read stale or never
 * reloaded. */
static void test_every_key_lifetime_matches_its_part(void **state)
{
    (void)state;
    const size_t boot_lo = offsetof(gw_config_t, boot), boot_hi = boot_lo + sizeof(gw_boot_t);
    const size_t live_lo = offsetof(gw_config_t, live), live_hi = live_lo + sizeof(gw_live_t);
    const char *json;
    int restart;
    size_t off, off2, n = 0, nrestart = 0;
    for (size_t i = 0; gw_config_key_at(i, &json, &restart, &off, &off2) == 0; i++, n++) {
        assert_true(restart == 0 || restart == 1);
        size_t lo = restart ? boot_lo : live_lo, hi = restart ? boot_hi : live_hi;
        if (off < lo || off >= hi || (off2 && (off2 < lo || off2 >= hi))) {
            fail_msg("%s: a %s key stored outside gw_%s_t", json, restart ? "restart" : "reload",
                     restart ? "boot" : "live");
        }
        nrestart += (size_t)restart;
    }
    assert_true(n >= 60);
    assert_true(nrestart > 0 && nrestart < n);
    /* the keys the issue names as reloadable */
    for (size_t i = 0; gw_config_key_at(i, &json, &restart, &off, &off2) == 0; i++) {
        if (!strcmp(json, "managementToken") || !strcmp(json, "maxBodyBytes") ||
            !strcmp(json, "users") || !strcmp(json, "logLevel")) {
            assert_int_equal(restart, 0);
        }
        if (!strcmp(json, "listen") || !strcmp(json, "workers") || !strcmp(json, "caCertFile")) {
            assert_int_equal(restart, 1);
        }
    }
}

/* A reload reports the restart keys that changed, and only those. */
static void test_restart_keys_changed_names_only_restart_keys(void **state)
{
    (void)state;
    char err[512], out[400];
    gw_config_t *running = gw_config_load(NULL, no_env, err, sizeof(err));
    assert_non_null(running);
    char *path = write_tmp("{\"listen\": \"127.0.0.1:9\", \"maxBodyBytes\": 1000, "
                           "\"timeouts\": {\"idle\": 7}, \"logLevel\": \"debug\"}");
    gw_config_t *next = gw_config_load(path, no_env, err, sizeof(err));
    unlink(path);
    assert_non_null(next);
    assert_int_equal(gw_config_restart_keys_changed(&running->boot, next, out, sizeof(out)), 1);
    assert_string_equal(out, "listen,timeouts.idle");
    assert_int_equal(gw_config_restart_keys_changed(&running->boot, running, out, sizeof(out)), 0);
    assert_string_equal(out, "");
    gw_config_free(next);
    gw_config_free(running);
}

/* Every key whose value is one of a few names reads each name back as written (gw_config_write_json
 * prints what was parsed) and refuses another word with the whole list. */
static void test_named_values_round_trip_and_list_the_choices(void **state)
{
    (void)state;
    static const struct {
        const char *key;
        const char *names[5];
    } keys[] = {
        {"mode", {"enforce", "audit"}},
        {"logFormat", {"logfmt", "json"}},
        {"managementApi", {"readWrite", "readOnly"}},
        {"urlAndHeaderPii", {"mask", "block", "audit"}},
        {"connectSni", {"intercept", "refuse"}},
        {"tunnelDefault", {"allow", "deny", "audit"}},
        {"shadowAi", {"off", "allow", "audit", "deny"}},
    };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        char want[128] = "must be";
        for (size_t j = 0; keys[i].names[j]; j++) {
            char json[160], err[512] = "", *out = NULL, line[160];
            size_t outlen = 0;
            snprintf(json, sizeof json, "{\"%s\": \"%s\"}", keys[i].key, keys[i].names[j]);
            char *path = write_tmp(json);
            gw_config_t *c = gw_config_load(path, no_env, err, sizeof err);
            unlink(path);
            if (!c) {
                fail_msg("%s: %s", json, err);
            }
            FILE *f = open_memstream(&out, &outlen);
            assert_non_null(f);
            assert_int_equal(gw_config_write_json(c, f), 0);
            fclose(f);
            snprintf(line, sizeof line, "\"%s\": \"%s\"", keys[i].key, keys[i].names[j]);
            if (!strstr(out, line)) {
                fail_msg("%s printed back without %s", json, line);
            }
            free(out);
            gw_config_free(c);
            size_t at = strlen(want);
            snprintf(want + at, sizeof want - at, "%s%s",
                     j == 0                  ? " "
                     : !keys[i].names[j + 1] ? " or "
                                             : ", ",
                     keys[i].names[j]);
        }
        char json[96], whole[160];
        snprintf(json, sizeof json, "{\"%s\": \"sometimes\"}", keys[i].key);
        snprintf(whole, sizeof whole, "%s: %s", keys[i].key, want);
        expect_error(json, no_env, whole);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults_listen_on_loopback_8080),
        cmocka_unit_test(test_shipped_proxy_config_equals_defaults),
        cmocka_unit_test(test_environment_overrides_file_which_overrides_defaults),
        cmocka_unit_test(test_lists_from_file_and_environment),
        cmocka_unit_test(test_bad_values_name_the_key_and_reason),
        cmocka_unit_test(test_url_and_header_pii_blocks_by_default),
        cmocka_unit_test(test_empty_list_entry_after_others_fails_without_leaking),
        cmocka_unit_test(test_bad_environment_values_name_the_variable),
        cmocka_unit_test(test_empty_ca_paths_turn_mitm_off),
        cmocka_unit_test(test_workers_auto_or_number),
        cmocka_unit_test(test_scan_threads_auto_number_or_zero),
        cmocka_unit_test(test_every_key_lifetime_matches_its_part),
        cmocka_unit_test(test_restart_keys_changed_names_only_restart_keys),
        cmocka_unit_test(test_named_values_round_trip_and_list_the_choices),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
