/* test_domains.c: the AI-host allowlist, its config, the passthrough rules and signing hosts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domains/domains.h"

static dom_list_t *defaults_list(void)
{
    char err[256];
    dom_list_t *l = dom_list_new(NULL, err, sizeof(err));
    assert_non_null(l);
    return l;
}

static dom_list_t *list_with(const char *const *entries, size_t n, int replace)
{
    dom_config_t cfg = {.entries = entries, .nentries = n, .replace_defaults = replace};
    char err[256] = "";
    dom_list_t *l = dom_list_new(&cfg, err, sizeof(err));
    if (!l)
        fail_msg("dom_list_new: %s", err);
    return l;
}

/* dom_list_new must fail, with an error naming the entry and containing reason. */
static void expect_entry_error(const char *entry, const char *reason)
{
    const char *entries[] = {"good.example.com", entry};
    dom_config_t cfg = {.entries = entries, .nentries = 2};
    char err[256] = "";
    dom_list_t *l = dom_list_new(&cfg, err, sizeof(err));
    if (l)
        fail_msg("entry \"%s\" was accepted", entry);
    if (!strstr(err, reason))
        fail_msg("entry \"%s\": error \"%s\" lacks \"%s\"", entry, err, reason);
    if (entry[0] && !strchr(entry, '\n') && !strstr(err, entry))
        fail_msg("entry \"%s\": error \"%s\" does not name it", entry, err);
}

static size_t ndefaults(void)
{
    size_t n = 0;
    while (dom_defaults()[n])
        n++;
    return n;
}

static int profile_of(const dom_list_t *l, const char *host, dom_profile_t *p)
{
    *p = (dom_profile_t)-1;
    return dom_match(l, host, p);
}

static void test_defaults_match_every_listed_provider_with_its_profile(void **state)
{
    (void)state;
    static const struct {
        const char *host;
        dom_profile_t profile;
    } cases[] = {
        {"api.openai.com", DOM_PROFILE_OPENAI},
        {"myres.openai.azure.com", DOM_PROFILE_OPENAI},
        {"api.anthropic.com", DOM_PROFILE_ANTHROPIC},
        {"generativelanguage.googleapis.com", DOM_PROFILE_GEMINI},
        {"aiplatform.googleapis.com", DOM_PROFILE_GEMINI},
        {"us-central1-aiplatform.googleapis.com", DOM_PROFILE_GEMINI},
        {"europe-west4.aiplatform.googleapis.com", DOM_PROFILE_GEMINI},
        {"api.mistral.ai", DOM_PROFILE_OPENAI},
        {"api.cohere.com", DOM_PROFILE_COHERE},
        {"api.cohere.ai", DOM_PROFILE_COHERE},
        {"api.groq.com", DOM_PROFILE_OPENAI},
        {"api.together.xyz", DOM_PROFILE_OPENAI},
        {"api.together.ai", DOM_PROFILE_OPENAI},
        {"api.perplexity.ai", DOM_PROFILE_OPENAI},
        {"api.deepseek.com", DOM_PROFILE_OPENAI},
        {"api.x.ai", DOM_PROFILE_OPENAI},
        {"openrouter.ai", DOM_PROFILE_OPENAI},
        {"api.fireworks.ai", DOM_PROFILE_OPENAI},
        {"api.replicate.com", DOM_PROFILE_GENERIC},
        {"router.huggingface.co", DOM_PROFILE_OPENAI},
        {"api-inference.huggingface.co", DOM_PROFILE_GENERIC},
        {"api.portkey.ai", DOM_PROFILE_OPENAI},
        {"gateway.ai.cloudflare.com", DOM_PROFILE_GENERIC},
        {"api.githubcopilot.com", DOM_PROFILE_OPENAI},
    };
    dom_list_t *l = defaults_list();
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        dom_profile_t p;
        if (!profile_of(l, cases[i].host, &p))
            fail_msg("%s not intercepted", cases[i].host);
        if (p != cases[i].profile)
            fail_msg("%s: profile %s, want %s", cases[i].host, dom_profile_name(p),
                     dom_profile_name(cases[i].profile));
    }
    dom_list_free(l);
}

static void test_default_list_equals_dom_defaults_in_order(void **state)
{
    (void)state;
    dom_list_t *l = defaults_list();
    const char *const *d = dom_defaults();
    size_t n = 0;
    while (d[n]) {
        assert_non_null(dom_pattern(l, n));
        assert_string_equal(d[n], dom_pattern(l, n));
        n++;
    }
    assert_int_equal(n, dom_count(l));
    assert_true(n >= 24);
    assert_null(dom_pattern(l, n));
    dom_list_free(l);
}

static void test_null_config_and_empty_config_both_give_defaults(void **state)
{
    (void)state;
    dom_config_t cfg = {0};
    dom_list_t *a = dom_list_new(&cfg, NULL, 0);
    dom_list_t *b = dom_list_new(NULL, NULL, 0);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(dom_count(a), dom_count(b));
    assert_true(dom_match(a, "api.openai.com", NULL));
    dom_list_free(a);
    dom_list_free(b);
}

static void test_non_ai_hosts_are_not_intercepted(void **state)
{
    (void)state;
    static const char *const hosts[] = {
        "example.com",
        "openai.com",
        "www.openai.com",
        "auth.openai.com",
        "api.openai.com.evil.com",
        "xapi.openai.com",
        "evil-api.openai.com",
        "api.openai.co",
        "anthropic.com",
        "googleapis.com",
        "bedrock-runtime.us-east-1.amazonaws.com",
        "api.openai.com:443",
        "[::1]",
        "127.0.0.1",
        "api openai.com",
        "api.openai.com\n",
        "",
        ".",
    };
    dom_list_t *l = defaults_list();
    for (size_t i = 0; i < sizeof(hosts) / sizeof(hosts[0]); i++)
        if (dom_match(l, hosts[i], NULL))
            fail_msg("\"%s\" was intercepted", hosts[i]);
    assert_false(dom_match(l, NULL, NULL));
    assert_false(dom_match(NULL, "api.openai.com", NULL));
    dom_list_free(l);
}

static void test_match_is_case_insensitive(void **state)
{
    (void)state;
    dom_list_t *l = defaults_list();
    dom_profile_t p;
    assert_true(profile_of(l, "API.OpenAI.COM", &p));
    assert_int_equal(p, DOM_PROFILE_OPENAI);
    assert_true(profile_of(l, "MyRes.OPENAI.Azure.com", &p));
    assert_int_equal(p, DOM_PROFILE_OPENAI);
    assert_true(dom_match(l, "US-CENTRAL1-AIPLATFORM.GOOGLEAPIS.COM", NULL));
    dom_list_free(l);
}

static void test_match_ignores_exactly_one_trailing_dot(void **state)
{
    (void)state;
    dom_list_t *l = defaults_list();
    assert_true(dom_match(l, "api.anthropic.com.", NULL));
    assert_true(dom_match(l, "x.openai.azure.com.", NULL));
    assert_false(dom_match(l, "api.anthropic.com..", NULL));
    assert_false(dom_match(l, ".api.anthropic.com", NULL));
    dom_list_free(l);
}

static void test_star_dot_matches_exactly_one_whole_label(void **state)
{
    (void)state;
    dom_list_t *l = defaults_list();
    assert_true(dom_match(l, "x.openai.azure.com", NULL));
    assert_true(dom_match(l, "my-resource-123.openai.azure.com", NULL));
    assert_false(dom_match(l, "a.b.openai.azure.com", NULL));
    assert_false(dom_match(l, "openai.azure.com", NULL));
    assert_false(dom_match(l, ".openai.azure.com", NULL));
    assert_false(dom_match(l, "x.openai.azure.com.evil.com", NULL));
    assert_false(dom_match(l, "xopenai.azure.com", NULL));
    dom_list_free(l);
}

static void test_star_inside_label_needs_at_least_one_character_in_that_label(void **state)
{
    (void)state;
    dom_list_t *l = defaults_list();
    assert_true(dom_match(l, "us-central1-aiplatform.googleapis.com", NULL));
    assert_true(dom_match(l, "x-aiplatform.googleapis.com", NULL));
    assert_false(dom_match(l, "-aiplatform.googleapis.com", NULL));
    assert_false(dom_match(l, "a.b-aiplatform.googleapis.com", NULL));
    assert_false(dom_match(l, "xaiplatform.googleapis.com", NULL));
    dom_list_free(l);
}

static void test_overlong_host_or_label_is_not_matched(void **state)
{
    (void)state;
    char host[600];
    memset(host, 'a', sizeof(host));
    memcpy(host + sizeof(host) - 20, ".openai.azure.com", 18);
    dom_list_t *l = defaults_list();
    assert_false(dom_match(l, host, NULL)); /* 580-char label */
    char label64[100];
    memset(label64, 'b', 64);
    memcpy(label64 + 64, ".openai.azure.com", 18);
    assert_false(dom_match(l, label64, NULL));
    label64[0] = '.';
    assert_true(dom_match(l, label64 + 1, NULL)); /* 63 characters is fine */
    dom_list_free(l);
}

static void test_config_entries_extend_the_defaults(void **state)
{
    (void)state;
    const char *entries[] = {"llm.internal.example", "*.models.example.com=anthropic"};
    dom_list_t *l = list_with(entries, 2, 0);
    dom_profile_t p;
    assert_int_equal(dom_count(l), ndefaults() + 2);
    assert_true(profile_of(l, "llm.internal.example", &p));
    assert_int_equal(p, DOM_PROFILE_GENERIC);
    assert_true(profile_of(l, "eu.models.example.com", &p));
    assert_int_equal(p, DOM_PROFILE_ANTHROPIC);
    assert_true(dom_match(l, "api.openai.com", NULL));
    dom_list_free(l);
}

static void test_replace_defaults_keeps_only_config_entries(void **state)
{
    (void)state;
    const char *entries[] = {"api.anthropic.com", "llm.example.com=openai"};
    dom_list_t *l = list_with(entries, 2, 1);
    dom_profile_t p;
    assert_int_equal(dom_count(l), 2);
    assert_false(dom_match(l, "api.openai.com", NULL));
    assert_false(dom_match(l, "x.openai.azure.com", NULL));
    assert_true(profile_of(l, "llm.example.com", &p));
    assert_int_equal(p, DOM_PROFILE_OPENAI);
    assert_string_equal(dom_pattern(l, 0), "api.anthropic.com");
    assert_string_equal(dom_pattern(l, 1), "llm.example.com");
    dom_list_free(l);
}

static void test_replace_with_no_entries_intercepts_nothing(void **state)
{
    (void)state;
    dom_list_t *l = list_with(NULL, 0, 1);
    assert_int_equal(dom_count(l), 0);
    assert_false(dom_match(l, "api.openai.com", NULL));
    assert_false(dom_match(l, "x.openai.azure.com", NULL));
    dom_list_free(l);
}

static void test_entry_without_profile_takes_the_default_profile_of_a_known_host(void **state)
{
    (void)state;
    const char *entries[] = {"API.Anthropic.com.", "*.aiplatform.googleapis.com",
                             "other.example.com"};
    dom_list_t *l = list_with(entries, 3, 1);
    assert_int_equal(dom_profile_at(l, 0), DOM_PROFILE_ANTHROPIC);
    assert_int_equal(dom_profile_at(l, 1), DOM_PROFILE_GEMINI);
    assert_int_equal(dom_profile_at(l, 2), DOM_PROFILE_GENERIC);
    dom_list_free(l);
}

static void test_profile_suffix_is_case_insensitive_and_blanks_are_trimmed(void **state)
{
    (void)state;
    const char *entries[] = {"a.example.com=OpenAI", " b.example.com = gemini ",
                             "c.example.com\t=\tCOHERE", "d.example.com=generic",
                             "e.example.com=Anthropic"};
    dom_list_t *l = list_with(entries, 5, 1);
    dom_profile_t p;
    assert_true(profile_of(l, "a.example.com", &p));
    assert_int_equal(p, DOM_PROFILE_OPENAI);
    assert_true(profile_of(l, "b.example.com", &p));
    assert_int_equal(p, DOM_PROFILE_GEMINI);
    assert_true(profile_of(l, "c.example.com", &p));
    assert_int_equal(p, DOM_PROFILE_COHERE);
    assert_true(profile_of(l, "d.example.com", &p));
    assert_int_equal(p, DOM_PROFILE_GENERIC);
    assert_true(profile_of(l, "e.example.com", &p));
    assert_int_equal(p, DOM_PROFILE_ANTHROPIC);
    assert_string_equal(dom_pattern(l, 1), "b.example.com");
    dom_list_free(l);
}

static void test_patterns_are_stored_lower_case_without_trailing_dot(void **state)
{
    (void)state;
    const char *entries[] = {"LLM.Example.COM.", "*.Foo.Example.com"};
    dom_list_t *l = list_with(entries, 2, 1);
    assert_string_equal(dom_pattern(l, 0), "llm.example.com");
    assert_string_equal(dom_pattern(l, 1), "*.foo.example.com");
    assert_true(dom_match(l, "llm.example.com", NULL));
    assert_true(dom_match(l, "BAR.foo.example.com.", NULL));
    dom_list_free(l);
}

static void test_duplicate_entry_keeps_position_and_takes_last_profile(void **state)
{
    (void)state;
    const char *entries[] = {"api.openai.com=generic", "API.OPENAI.COM."};
    dom_list_t *l = list_with(entries, 1, 0);
    dom_profile_t p;
    assert_int_equal(dom_count(l), ndefaults());
    assert_string_equal(dom_pattern(l, 0), "api.openai.com");
    assert_true(profile_of(l, "api.openai.com", &p));
    assert_int_equal(p, DOM_PROFILE_GENERIC);
    dom_list_free(l);

    /* repeating a default without a profile leaves its profile alone */
    l = list_with(entries + 1, 1, 0);
    assert_int_equal(dom_count(l), ndefaults());
    assert_true(profile_of(l, "api.openai.com", &p));
    assert_int_equal(p, DOM_PROFILE_OPENAI);
    dom_list_free(l);
}

static void test_exact_entry_beats_wildcard(void **state)
{
    (void)state;
    const char *entries[] = {"special.openai.azure.com=anthropic"};
    dom_list_t *l = list_with(entries, 1, 0);
    dom_profile_t p;
    assert_true(profile_of(l, "special.openai.azure.com", &p));
    assert_int_equal(p, DOM_PROFILE_ANTHROPIC);
    assert_true(profile_of(l, "other.openai.azure.com", &p));
    assert_int_equal(p, DOM_PROFILE_OPENAI);
    dom_list_free(l);
}

static void test_most_specific_wildcard_wins_regardless_of_order(void **state)
{
    (void)state;
    const char *entries[] = {"*.models.example.com=openai", "eu-*.models.example.com=gemini"};
    const char *reversed[] = {entries[1], entries[0]};
    for (int round = 0; round < 2; round++) {
        dom_list_t *l = list_with(round ? reversed : entries, 2, 1);
        dom_profile_t p;
        assert_true(profile_of(l, "eu-west.models.example.com", &p));
        assert_int_equal(p, DOM_PROFILE_GEMINI);
        assert_true(profile_of(l, "us-east.models.example.com", &p));
        assert_int_equal(p, DOM_PROFILE_OPENAI);
        dom_list_free(l);
    }
}

static void test_star_can_sit_in_a_middle_label(void **state)
{
    (void)state;
    const char *entries[] = {"llm.*.corp.example.com=openai", "gpu*.example.com"};
    dom_list_t *l = list_with(entries, 2, 1);
    assert_true(dom_match(l, "llm.eu1.corp.example.com", NULL));
    assert_false(dom_match(l, "llm.corp.example.com", NULL));
    assert_false(dom_match(l, "llm.a.b.corp.example.com", NULL));
    assert_true(dom_match(l, "gpu7.example.com", NULL));
    assert_false(dom_match(l, "gpu.example.com", NULL));
    dom_list_free(l);
}

static void test_ip_literal_entry_matches_that_address(void **state)
{
    (void)state;
    const char *entries[] = {"10.0.0.5"};
    dom_list_t *l = list_with(entries, 1, 1);
    assert_true(dom_match(l, "10.0.0.5", NULL));
    assert_false(dom_match(l, "10.0.0.50", NULL));
    dom_list_free(l);
}

static void test_invalid_entries_are_refused_with_entry_and_reason(void **state)
{
    (void)state;
    expect_entry_error("", "empty pattern");
    expect_entry_error("   ", "empty pattern");
    expect_entry_error("bad host.com", "bad character");
    expect_entry_error("api.example.com/v1", "bad character '/'");
    expect_entry_error("api.example.com:443", "bad character ':'");
    expect_entry_error("a..example.com", "empty label");
    expect_entry_error(".example.com", "empty label");
    expect_entry_error("example.com..", "empty label");
    expect_entry_error("*.*.example.com", "more than one '*'");
    expect_entry_error("a*b*.example.com", "more than one '*'");
    expect_entry_error("*", "'*' must be inside a label");
    expect_entry_error("*.com", "'*' must be inside a label");
    expect_entry_error("api.*", "'*' must be inside a label");
    expect_entry_error("api.*.com", "'*' must be inside a label");
    expect_entry_error("a.example.com=bogus", "unknown profile");
    expect_entry_error("a.example.com=", "unknown profile");
    expect_entry_error("a.example.com=openai=x", "unknown profile");
    expect_entry_error("=openai", "empty pattern");
}

static void test_overlong_entries_are_refused(void **state)
{
    (void)state;
    char label[80];
    memset(label, 'a', 64);
    memcpy(label + 64, ".example.com", 13);
    expect_entry_error(label, "label longer than 63");
    char name[300];
    for (size_t i = 0; i < 260; i += 2)
        memcpy(name + i, "a.", 2);
    memcpy(name + 260, "com", 4);
    const char *entries[] = {name};
    dom_config_t cfg = {.entries = entries, .nentries = 1};
    char err[256];
    assert_null(dom_list_new(&cfg, err, sizeof(err)));
    assert_non_null(strstr(err, "longer than 253"));
}

static void test_error_message_escapes_control_characters_and_truncates(void **state)
{
    (void)state;
    char entry[200];
    memset(entry, 'x', sizeof(entry) - 1);
    entry[sizeof(entry) - 1] = '\0';
    entry[1] = '\n';
    entry[2] = '"';
    const char *entries[] = {entry};
    dom_config_t cfg = {.entries = entries, .nentries = 1};
    char err[512];
    assert_null(dom_list_new(&cfg, err, sizeof(err)));
    assert_null(strchr(err, '\n'));
    assert_non_null(strstr(err, "\"x??xxx"));
    assert_non_null(strstr(err, "...\": bad character 0x0a"));
    assert_true(strlen(err) < 160);
}

static void test_small_error_buffer_is_not_overrun(void **state)
{
    (void)state;
    const char *entries[] = {"bad entry"};
    dom_config_t cfg = {.entries = entries, .nentries = 1};
    char err[12];
    memset(err, 'Z', sizeof(err));
    assert_null(dom_list_new(&cfg, err, 8));
    assert_int_equal(strlen(err), 7);
    assert_int_equal(err[8], 'Z');
    assert_null(dom_list_new(&cfg, NULL, 0));
}

static void test_null_entry_pointer_is_an_error(void **state)
{
    (void)state;
    const char *entries[] = {"a.example.com", NULL};
    dom_config_t cfg = {.entries = entries, .nentries = 2};
    char err[128];
    assert_null(dom_list_new(&cfg, err, sizeof(err)));
    assert_true(err[0] != '\0');
    dom_config_t cfg2 = {.entries = NULL, .nentries = 3};
    assert_null(dom_list_new(&cfg2, err, sizeof(err)));
}

static void test_thousands_of_exact_entries_are_all_found(void **state)
{
    (void)state;
    enum { N = 5000 };
    char **names = calloc(N, sizeof(*names));
    assert_non_null(names);
    for (size_t i = 0; i < N; i++) {
        names[i] = malloc(40);
        snprintf(names[i], 40, "host%zu.Tenant.example.com=%s", i, i % 2 ? "openai" : "cohere");
    }
    dom_list_t *l = list_with((const char *const *)names, N, 0);
    assert_int_equal(dom_count(l), ndefaults() + N);
    for (size_t i = 0; i < N; i++) {
        char host[40];
        dom_profile_t p;
        snprintf(host, sizeof(host), "HOST%zu.tenant.example.com", i);
        assert_true(profile_of(l, host, &p));
        assert_int_equal(p, i % 2 ? DOM_PROFILE_OPENAI : DOM_PROFILE_COHERE);
    }
    assert_false(dom_match(l, "host5000.tenant.example.com", NULL));
    assert_true(dom_match(l, "api.openai.com", NULL));
    dom_list_free(l);
    for (size_t i = 0; i < N; i++)
        free(names[i]);
    free(names);
}

/* ---- passthrough ---- */

static void test_default_passthrough_paths_match_sign_in_flows(void **state)
{
    (void)state;
    static const char *const paths[] = {
        "/oauth",
        "/oauth/token",
        "/token",
        "/login",
        "/auth",
        "/auth/",
        "/OAuth/Token",
        "/auth?next=/v1/chat",
        "/login#frag",
        "/v1/oauth/token",
        "/api/auth/session",
        "/api/v1/auth",
        "/v1beta/token",
        "/v2.0/login",
        "/v1/v2/v3/oauth",
    };
    dom_list_t *l = defaults_list();
    for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
        if (!dom_passthrough(l, "api.openai.com", paths[i]))
            fail_msg("%s did not pass through", paths[i]);
    dom_list_free(l);
}

static void test_api_paths_are_never_passed_through_by_default(void **state)
{
    (void)state;
    static const char *const paths[] = {
        "/v1/chat/completions",
        "/v1/messages",
        "/v1/responses",
        "/v1/messages/count_tokens",
        "/v1beta/models/gemini-pro:generateContent",
        "/v1/chat/completions?next=/oauth",
        "/v1/models/auth",
        "/openai/deployments/token/chat/completions",
        "/oauthx",
        "/authorize",
        "/tokens",
        "/v1/v2/v3/v4/oauth",
        "/apis/auth",
        "/x/oauth",
        "//oauth",
        "/",
        "",
        "oauth",
        "*",
    };
    dom_list_t *l = defaults_list();
    for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
        if (dom_passthrough(l, "api.openai.com", paths[i]))
            fail_msg("\"%s\" passed through", paths[i]);
    assert_false(dom_passthrough(l, "api.openai.com", NULL));
    assert_false(dom_passthrough(NULL, "auth.openai.com", "/oauth"));
    dom_list_free(l);
}

static void test_path_normalize_removes_dot_segments_decodes_and_drops_params(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"/v1/oauth/../chat/completions", "/v1/chat/completions"},
        {"/oauth/%2e%2E/v1/chat", "/v1/chat"},
        {"/oauth%2F..%2fv1/chat", "/v1/chat"},
        {"/oauth\\..\\v1/chat", "/v1/chat"},
        {"//v1///chat/./completions/", "/v1/chat/completions"},
        {"/oauth/..;x/v1/chat;y=1/x?q=/../oauth", "/v1/chat/x"},
        {"/a/b/../../../..", "/"},
        {"/%41pi/%7e%20x", "/Api/~%20x"},
        {"/", "/"},
    };
    char out[128];
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        size_t n = dom_path_normalize(cases[i][0], out, sizeof(out));
        assert_string_equal(out, cases[i][1]);
        assert_int_equal(n, strlen(cases[i][1]));
    }
    assert_int_equal(dom_path_normalize("/abc", out, 5), 0);
}

static void test_passthrough_paths_decided_differently_when_normalised_are_ambiguous(void **state)
{
    (void)state;
    static const char *const ambiguous[] = {
        "/v1/oauth/../chat/completions",
        "/oauth/../v1/chat/completions",
        "/auth/../v1/messages",
        "/token/%2e%2e/v1/responses",
        "/oauth/.%2E/v1/chat/completions",
        "/oauth/%2E%2E%2Fv1%2Fchat/completions",
        "/oauth/..;/v1/chat/completions",
        "/login/..\\v1/chat/completions",
        "/v1/chat/../oauth/token",
        "//oauth/token",
        "/v1//oauth",
        "/oauth;a=b/token",
    };
    dom_list_t *l = defaults_list();
    for (size_t i = 0; i < sizeof(ambiguous) / sizeof(ambiguous[0]); i++) {
        if (dom_passthrough(l, "api.openai.com", ambiguous[i]))
            fail_msg("\"%s\" passed through", ambiguous[i]);
        if (!dom_passthrough_ambiguous(l, "api.openai.com", ambiguous[i]))
            fail_msg("\"%s\" is not ambiguous", ambiguous[i]);
    }
    /* Same decision either way: not ambiguous. */
    static const char *const agreed[] = {
        "/oauth//token",        "/oauth/./token",         "/oauth/token;x=1",
        "/v1/chat/completions", "/oauth/../auth/session", "/v1/chat/completions?next=/oauth/../x"};
    for (size_t i = 0; i < sizeof(agreed) / sizeof(agreed[0]); i++)
        if (dom_passthrough_ambiguous(l, "api.openai.com", agreed[i]))
            fail_msg("\"%s\" is ambiguous", agreed[i]);
    assert_true(dom_passthrough(l, "api.openai.com", "/oauth//token"));
    assert_false(dom_passthrough_ambiguous(l, "auth.openai.com", "/oauth/../v1/chat"));
    dom_list_free(l);
}

/* dom_passthrough_check answers both questions as the two separate calls do (the gateway asks it
 * once per request instead of asking both). */
static void test_passthrough_check_agrees_with_both_questions(void **state)
{
    (void)state;
    static const char *const hosts[] = {"api.openai.com", "auth.openai.com", NULL};
    static const char *const paths[] = {"/v1/chat/completions",
                                        "/oauth/token",
                                        "/v1/oauth/../chat/completions",
                                        "/oauth/../v1/chat",
                                        "/oauth//token",
                                        "//oauth/token",
                                        "/",
                                        NULL};
    dom_list_t *l = defaults_list();
    for (size_t h = 0; h < 3; h++)
        for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
            int want = dom_passthrough_ambiguous(l, hosts[h], paths[i]) ? -1
                       : dom_passthrough(l, hosts[h], paths[i])         ? 1
                                                                        : 0;
            if (dom_passthrough_check(l, hosts[h], paths[i]) != want)
                fail_msg("%s %s: not %d", hosts[h] ? hosts[h] : "(null)",
                         paths[i] ? paths[i] : "(null)", want);
        }
    assert_int_equal(dom_passthrough_check(l, "api.openai.com", "/oauth/token"), 1);
    assert_int_equal(dom_passthrough_check(l, "api.openai.com", "/v1/oauth/../chat"), -1);
    assert_int_equal(dom_passthrough_check(l, "api.openai.com", "/v1/chat/completions"), 0);
    assert_int_equal(dom_passthrough_check(NULL, "auth.openai.com", "/oauth"), 0);
    dom_list_free(l);
}

static void test_default_passthrough_hosts_are_auth_and_login_label_prefixes(void **state)
{
    (void)state;
    dom_list_t *l = defaults_list();
    assert_true(dom_passthrough(l, "auth.openai.com", "/v1/chat/completions"));
    assert_true(dom_passthrough(l, "AUTH.example.com.", "/"));
    assert_true(dom_passthrough(l, "login.microsoftonline.com", NULL));
    assert_true(dom_passthrough(l, "auth.x", NULL));
    assert_false(dom_passthrough(l, "auth", NULL));
    assert_false(dom_passthrough(l, "authx.openai.com", NULL));
    assert_false(dom_passthrough(l, "api.auth.example.com", NULL));
    assert_false(dom_passthrough(l, "myauth.openai.com", NULL));
    assert_false(dom_passthrough(l, "api.openai.com", "/v1/chat/completions"));
    assert_false(dom_passthrough(l, NULL, "/v1/chat/completions"));
    dom_list_free(l);
}

static void test_configured_passthrough_lists_replace_the_defaults(void **state)
{
    (void)state;
    const char *paths[] = {"/Session/", "/v1/sso/callback"};
    const char *hosts[] = {"sso.example.com", "*.idp.example.com", "id.corp.*"};
    dom_config_t cfg = {.passthrough_paths = paths,
                        .npassthrough_paths = 2,
                        .passthrough_hosts = hosts,
                        .npassthrough_hosts = 3};
    char err[256];
    dom_list_t *l = dom_list_new(&cfg, err, sizeof(err));
    assert_non_null(l);
    assert_true(dom_passthrough(l, "api.openai.com", "/session"));
    assert_true(dom_passthrough(l, "api.openai.com", "/session/new"));
    assert_true(dom_passthrough(l, "api.openai.com", "/v1/session"));
    assert_true(dom_passthrough(l, "api.openai.com", "/v1/sso/callback?code=1"));
    assert_false(dom_passthrough(l, "api.openai.com", "/v1/sso"));
    assert_false(dom_passthrough(l, "api.openai.com", "/oauth/token"));
    assert_true(dom_passthrough(l, "SSO.example.com", "/x"));
    assert_true(dom_passthrough(l, "a.idp.example.com", "/x"));
    assert_false(dom_passthrough(l, "a.b.idp.example.com", "/x"));
    assert_true(dom_passthrough(l, "id.corp.example.org", "/x"));
    assert_false(dom_passthrough(l, "id.corp", "/x"));
    assert_false(dom_passthrough(l, "auth.openai.com", "/x"));
    dom_list_free(l);
}

static void test_empty_passthrough_lists_disable_passthrough(void **state)
{
    (void)state;
    const char *none[] = {NULL};
    dom_config_t cfg = {.passthrough_paths = none, .passthrough_hosts = none};
    dom_list_t *l = dom_list_new(&cfg, NULL, 0);
    assert_non_null(l);
    assert_false(dom_passthrough(l, "auth.openai.com", "/oauth/token"));
    dom_list_free(l);
}

static void expect_pass_error(const char *path, const char *host, const char *reason)
{
    const char *paths[] = {path};
    const char *hosts[] = {host};
    dom_config_t cfg = {.passthrough_paths = path ? paths : NULL,
                        .npassthrough_paths = path ? 1 : 0,
                        .passthrough_hosts = host ? hosts : NULL,
                        .npassthrough_hosts = host ? 1 : 0};
    char err[256] = "";
    dom_list_t *l = dom_list_new(&cfg, err, sizeof(err));
    if (l)
        fail_msg("passthrough %s \"%s\" accepted", path ? "path" : "host", path ? path : host);
    if (!strstr(err, reason) || !strstr(err, path ? path : host))
        fail_msg("error \"%s\" lacks \"%s\" or the entry", err, reason);
}

static void test_invalid_passthrough_entries_are_refused(void **state)
{
    (void)state;
    expect_pass_error("oauth", NULL, "must start with '/'");
    expect_pass_error("", NULL, "must start with '/'");
    expect_pass_error("/", NULL, "every request");
    expect_pass_error("//", NULL, "every request");
    expect_pass_error("/a b", NULL, "bad character");
    expect_pass_error("/a?b", NULL, "bad character");
    expect_pass_error(NULL, "*.auth.*", "more than one '*'");
    expect_pass_error(NULL, "*", "'*' must be inside a label");
    expect_pass_error(NULL, "auth.*.com", "'*' must be inside a label");
    expect_pass_error(NULL, "au th.*", "bad character");
}

/* ---- signing hosts, profiles, accessors ---- */

static void test_bedrock_runtime_hosts_sign_bodies(void **state)
{
    (void)state;
    assert_true(dom_signs_body("bedrock-runtime.us-east-1.amazonaws.com"));
    assert_true(dom_signs_body("Bedrock-Runtime.EU-WEST-3.amazonaws.com."));
    assert_true(dom_signs_body("bedrock-runtime-fips.us-gov-west-1.amazonaws.com"));
    assert_true(dom_signs_body("bedrock-runtime.cn-north-1.amazonaws.com.cn"));
}

static void test_other_hosts_do_not_sign_bodies(void **state)
{
    (void)state;
    static const char *const hosts[] = {
        "bedrock.us-east-1.amazonaws.com",
        "bedrock-runtime.amazonaws.com",
        "bedrock-runtime..amazonaws.com",
        "bedrock-runtime.a.b.amazonaws.com",
        "xbedrock-runtime.us-east-1.amazonaws.com",
        "bedrock-runtime.us-east-1.amazonaws.com.evil.com",
        "bedrock-runtime.us-east-1.notamazonaws.com",
        "api.openai.com",
        "",
    };
    for (size_t i = 0; i < sizeof(hosts) / sizeof(hosts[0]); i++)
        if (dom_signs_body(hosts[i]))
            fail_msg("%s signs bodies", hosts[i]);
    assert_false(dom_signs_body(NULL));
}

static void test_profile_names(void **state)
{
    (void)state;
    assert_string_equal(dom_profile_name(DOM_PROFILE_GENERIC), "generic");
    assert_string_equal(dom_profile_name(DOM_PROFILE_OPENAI), "openai");
    assert_string_equal(dom_profile_name(DOM_PROFILE_ANTHROPIC), "anthropic");
    assert_string_equal(dom_profile_name(DOM_PROFILE_GEMINI), "gemini");
    assert_string_equal(dom_profile_name(DOM_PROFILE_COHERE), "cohere");
    assert_string_equal(dom_profile_name((dom_profile_t)42), "unknown");
}

static void test_accessors_tolerate_null_and_out_of_range(void **state)
{
    (void)state;
    assert_int_equal(dom_count(NULL), 0);
    assert_null(dom_pattern(NULL, 0));
    assert_int_equal(dom_profile_at(NULL, 0), DOM_PROFILE_GENERIC);
    dom_list_t *l = defaults_list();
    assert_null(dom_pattern(l, dom_count(l)));
    assert_int_equal(dom_profile_at(l, 1000), DOM_PROFILE_GENERIC);
    assert_int_equal(dom_profile_at(l, 2), DOM_PROFILE_ANTHROPIC);
    dom_list_free(l);
    dom_list_free(NULL);
}

static void *lookup_thread(void *arg)
{
    const dom_list_t *l = arg;
    size_t hits = 0;
    for (int i = 0; i < 20000; i++) {
        hits += (size_t)dom_match(l, "api.openai.com", NULL);
        hits += (size_t)dom_match(l, "eu-aiplatform.googleapis.com", NULL);
        hits += (size_t)dom_match(l, "example.com", NULL);
        hits += (size_t)dom_passthrough(l, "api.openai.com", "/v1/oauth/token");
    }
    return (void *)hits;
}

static void test_one_list_serves_concurrent_lookups(void **state)
{
    (void)state;
    dom_list_t *l = defaults_list();
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, lookup_thread, l), 0);
    for (int i = 0; i < 4; i++) {
        void *hits;
        assert_int_equal(pthread_join(t[i], &hits), 0);
        assert_int_equal((size_t)hits, 60000);
    }
    dom_list_free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults_match_every_listed_provider_with_its_profile),
        cmocka_unit_test(test_default_list_equals_dom_defaults_in_order),
        cmocka_unit_test(test_null_config_and_empty_config_both_give_defaults),
        cmocka_unit_test(test_non_ai_hosts_are_not_intercepted),
        cmocka_unit_test(test_match_is_case_insensitive),
        cmocka_unit_test(test_match_ignores_exactly_one_trailing_dot),
        cmocka_unit_test(test_star_dot_matches_exactly_one_whole_label),
        cmocka_unit_test(test_star_inside_label_needs_at_least_one_character_in_that_label),
        cmocka_unit_test(test_overlong_host_or_label_is_not_matched),
        cmocka_unit_test(test_config_entries_extend_the_defaults),
        cmocka_unit_test(test_replace_defaults_keeps_only_config_entries),
        cmocka_unit_test(test_replace_with_no_entries_intercepts_nothing),
        cmocka_unit_test(test_entry_without_profile_takes_the_default_profile_of_a_known_host),
        cmocka_unit_test(test_profile_suffix_is_case_insensitive_and_blanks_are_trimmed),
        cmocka_unit_test(test_patterns_are_stored_lower_case_without_trailing_dot),
        cmocka_unit_test(test_duplicate_entry_keeps_position_and_takes_last_profile),
        cmocka_unit_test(test_exact_entry_beats_wildcard),
        cmocka_unit_test(test_most_specific_wildcard_wins_regardless_of_order),
        cmocka_unit_test(test_star_can_sit_in_a_middle_label),
        cmocka_unit_test(test_ip_literal_entry_matches_that_address),
        cmocka_unit_test(test_invalid_entries_are_refused_with_entry_and_reason),
        cmocka_unit_test(test_overlong_entries_are_refused),
        cmocka_unit_test(test_error_message_escapes_control_characters_and_truncates),
        cmocka_unit_test(test_small_error_buffer_is_not_overrun),
        cmocka_unit_test(test_null_entry_pointer_is_an_error),
        cmocka_unit_test(test_thousands_of_exact_entries_are_all_found),
        cmocka_unit_test(test_default_passthrough_paths_match_sign_in_flows),
        cmocka_unit_test(test_api_paths_are_never_passed_through_by_default),
        cmocka_unit_test(test_path_normalize_removes_dot_segments_decodes_and_drops_params),
        cmocka_unit_test(test_passthrough_paths_decided_differently_when_normalised_are_ambiguous),
        cmocka_unit_test(test_passthrough_check_agrees_with_both_questions),
        cmocka_unit_test(test_default_passthrough_hosts_are_auth_and_login_label_prefixes),
        cmocka_unit_test(test_configured_passthrough_lists_replace_the_defaults),
        cmocka_unit_test(test_empty_passthrough_lists_disable_passthrough),
        cmocka_unit_test(test_invalid_passthrough_entries_are_refused),
        cmocka_unit_test(test_bedrock_runtime_hosts_sign_bodies),
        cmocka_unit_test(test_other_hosts_do_not_sign_bodies),
        cmocka_unit_test(test_profile_names),
        cmocka_unit_test(test_accessors_tolerate_null_and_out_of_range),
        cmocka_unit_test(test_one_list_serves_concurrent_lookups),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
