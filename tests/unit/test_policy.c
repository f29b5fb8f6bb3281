/* Policy: the action for each PII type per host. The default is mask for every type; policy sets
 * a type's action everywhere; hostPolicy overrides types for hosts matching a pattern (the first
 * matching pattern in order, case-insensitive globs) and inherits the rest from policy; mode
 * "audit" turns every action into audit. An unknown type or action refuses, naming the key. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "anonymize/anonymize.h"
#include "gateway/core/core.h"

static char *const no_env[] = {NULL};

struct fixture {
    gw_config_t *cfg;
    anon_engine_t *engine;
    gw_policy_t *policy;
};

/* Load json as the config file and build the engine and the policy; the policy is NULL with err
 * set when it refuses. */
static void build(struct fixture *f, const char *json, char *err, size_t errlen)
{
    char path[64];
    snprintf(path, sizeof(path), "/tmp/hush-test-policy-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, json, strlen(json)), (ssize_t)strlen(json));
    close(fd);
    f->cfg = gw_config_load(path, no_env, err, errlen);
    unlink(path);
    if (!f->cfg) {
        fail_msg("config: %s", err);
    }
    f->engine = gw_make_engine(&f->cfg->live, err, errlen);
    if (!f->engine) {
        fail_msg("engine: %s", err);
    }
    f->policy = gw_policy_new(&f->cfg->live, f->engine, err, errlen);
}

static void release(struct fixture *f)
{
    gw_policy_free(f->policy);
    anon_engine_free(f->engine);
    gw_config_free(f->cfg);
}

/* The action for type name on host. */
static int action(const struct fixture *f, const char *host, const char *type)
{
    const uint8_t *act = gw_policy_for(f->policy, host);
    for (size_t t = 0; t < anon_engine_ntypes(f->engine); t++) {
        if (!strcmp(anon_engine_type_name(f->engine, t), type)) {
            return act[t];
        }
    }
    fail_msg("no PII type %s", type);
    return -1;
}

#define PACKS "\"detectorPacks\": [\"SECRETS\", \"GLOBAL\"]"

static void test_default_masks_every_type_on_every_host(void **state)
{
    (void)state;
    struct fixture f = {0};
    char err[512];
    build(&f, "{" PACKS "}", err, sizeof(err));
    assert_non_null(f.policy);
    assert_int_equal(gw_policy_ntypes(f.policy), anon_engine_ntypes(f.engine));
    assert_true(gw_policy_ntypes(f.policy) > 3);
    for (size_t t = 0; t < gw_policy_ntypes(f.policy); t++) {
        assert_int_equal(gw_policy_for(f.policy, "api.openai.com")[t], GW_ACT_MASK);
        assert_int_equal(gw_policy_for(f.policy, "anything.example")[t], GW_ACT_MASK);
    }
    release(&f);
}

static void test_policy_sets_an_action_per_type(void **state)
{
    (void)state;
    struct fixture f = {0};
    char err[512];
    build(&f, "{" PACKS ", \"policy\": {\"CREDIT_CARD\": \"block\", \"IPV4\": \"audit\"}}", err,
          sizeof(err));
    assert_non_null(f.policy);
    assert_int_equal(action(&f, "api.openai.com", "CREDIT_CARD"), GW_ACT_BLOCK);
    assert_int_equal(action(&f, "api.openai.com", "IPV4"), GW_ACT_AUDIT);
    assert_int_equal(action(&f, "api.openai.com", "EMAIL"), GW_ACT_MASK);
    assert_int_equal(action(&f, "other.example", "CREDIT_CARD"), GW_ACT_BLOCK);
    release(&f);
}

static void test_host_policy_overrides_by_pattern_and_inherits_the_rest(void **state)
{
    (void)state;
    struct fixture f = {0};
    char err[512];
    build(&f,
          "{" PACKS ", \"policy\": {\"CREDIT_CARD\": \"block\"}, \"hostPolicy\": {"
          "\"api.example.com\": {\"EMAIL\": \"audit\"}, "
          "\"*.corp.example\": {\"CREDIT_CARD\": \"mask\", \"EMAIL\": \"block\"}, "
          "\"*.example\": {\"IPV4\": \"block\"}}}",
          err, sizeof(err));
    assert_non_null(f.policy);
    /* an exact pattern, matched case-insensitively; other types from policy */
    assert_int_equal(action(&f, "api.example.com", "EMAIL"), GW_ACT_AUDIT);
    assert_int_equal(action(&f, "API.Example.COM", "EMAIL"), GW_ACT_AUDIT);
    assert_int_equal(action(&f, "api.example.com", "CREDIT_CARD"), GW_ACT_BLOCK);
    assert_int_equal(action(&f, "api.example.com", "IPV4"), GW_ACT_MASK);
    /* a glob; the first matching pattern decides, later ones do not add to it */
    assert_int_equal(action(&f, "llm.corp.example", "CREDIT_CARD"), GW_ACT_MASK);
    assert_int_equal(action(&f, "llm.corp.example", "EMAIL"), GW_ACT_BLOCK);
    assert_int_equal(action(&f, "llm.corp.example", "IPV4"), GW_ACT_MASK);
    assert_int_equal(action(&f, "www.example", "IPV4"), GW_ACT_BLOCK);
    assert_int_equal(action(&f, "www.example", "CREDIT_CARD"), GW_ACT_BLOCK);
    /* no pattern: policy */
    assert_int_equal(action(&f, "api.openai.com", "EMAIL"), GW_ACT_MASK);
    assert_int_equal(action(&f, "api.openai.com", "CREDIT_CARD"), GW_ACT_BLOCK);
    assert_int_equal(action(&f, "corp.example.org", "EMAIL"), GW_ACT_MASK);
    release(&f);
}

static void test_audit_mode_audits_everything_everywhere(void **state)
{
    (void)state;
    struct fixture f = {0};
    char err[512];
    build(&f,
          "{" PACKS ", \"mode\": \"audit\", \"policy\": {\"CREDIT_CARD\": \"block\"}, "
          "\"hostPolicy\": {\"api.example.com\": {\"EMAIL\": \"block\"}}}",
          err, sizeof(err));
    assert_non_null(f.policy);
    for (size_t t = 0; t < gw_policy_ntypes(f.policy); t++) {
        assert_int_equal(gw_policy_for(f.policy, "api.example.com")[t], GW_ACT_AUDIT);
        assert_int_equal(gw_policy_for(f.policy, "api.openai.com")[t], GW_ACT_AUDIT);
    }
    release(&f);
}

static void test_unknown_type_or_action_refuses_naming_the_key(void **state)
{
    (void)state;
    static const struct {
        const char *json, *want;
    } cases[] = {
        {"{" PACKS ", \"policy\": {\"NOT_A_TYPE\": \"block\"}}", "policy: \"NOT_A_TYPE=block\""},
        {"{" PACKS ", \"policy\": {\"EMAIL\": \"shred\"}}", "policy: \"EMAIL=shred\""},
        {"{" PACKS ", \"hostPolicy\": {\"a.example\": {\"NOT_A_TYPE\": \"audit\"}}}",
         "hostPolicy: \"NOT_A_TYPE=audit\""},
        {"{" PACKS ", \"hostPolicy\": {\"a.example\": {\"EMAIL\": \"\"}}}",
         "hostPolicy: \"EMAIL=\""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct fixture f = {0};
        char err[512] = "";
        build(&f, cases[i].json, err, sizeof(err));
        if (f.policy) {
            fail_msg("case %zu built a policy", i);
        }
        if (!strstr(err, cases[i].want)) {
            fail_msg("case %zu: error '%s' does not contain '%s'", i, err, cases[i].want);
        }
        release(&f);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_masks_every_type_on_every_host),
        cmocka_unit_test(test_policy_sets_an_action_per_type),
        cmocka_unit_test(test_host_policy_overrides_by_pattern_and_inherits_the_rest),
        cmocka_unit_test(test_audit_mode_audits_everything_everywhere),
        cmocka_unit_test(test_unknown_type_or_action_refuses_naming_the_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
