/* reqscan's memo of the providers' API path words ("/v1/chat/completions"): a word is skipped
 * only when the generation's own engine finds nothing in it, so an engine that does (a custom
 * detector for "completions") still blocks or masks it, on the first request of the generation
 * (which fills the memo) and on every later one; and every other part of the path, the query and
 * the headers is still scanned beside the known words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "gateway/exchange/exchange.h"

#include "anonymize/anonymize.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gw_gen_t *plain_gen, *custom_gen, *mask_gen;
static char dir1[] = "/tmp/hush-test-reqscan1-XXXXXX";
static char dir2[] = "/tmp/hush-test-reqscan2-XXXXXX";
static char dir3[] = "/tmp/hush-test-reqscan3-XXXXXX";

static gw_gen_t *build(char *dir, const char *extra, const char *extra2)
{
    char dd[128];
    snprintf(dd, sizeof(dd), "HUSH_DATA_DIR=%s", dir);
    char *env[] = {dd, (char *)extra, (char *)extra2, NULL};
    char err[256] = "";
    gw_config_t *cfg = gw_config_load(NULL, env, err, sizeof(err));
    if (!cfg) {
        fprintf(stderr, "config: %s\n", err);
        return NULL;
    }
    gw_gen_t *g = gw_gen_build(&cfg->boot, cfg, err, sizeof(err));
    if (!g) {
        fprintf(stderr, "generation: %s\n", err);
    }
    return g;
}

static int setup(void **state)
{
    (void)state;
    if (!mkdtemp(dir1) || !mkdtemp(dir2) || !mkdtemp(dir3)) {
        return -1;
    }
    plain_gen = build(dir1, NULL, NULL);
    custom_gen = build(dir2, "HUSH_CUSTOM_DETECTORS=PROJECT_WORD=completions|\\bchat\\b", NULL);
    mask_gen = build(dir3, "HUSH_CUSTOM_DETECTORS=PROJECT_WORD=completions",
                     "HUSH_URL_AND_HEADER_PII=mask");
    return plain_gen && custom_gen && mask_gen ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gw_gen_release(plain_gen);
    gw_gen_release(custom_gen);
    gw_gen_release(mask_gen);
    rmdir(dir1);
    rmdir(dir2);
    rmdir(dir3);
    return 0;
}

static gw_xform_env_t env_of(gw_gen_t *g, int memo)
{
    gw_xform_env_t e = {
        g->cfg, g->anon, g->domains, g->policy, 1u << 20, 1, memo ? &g->api_words : NULL, NULL};
    return e;
}

/* gw_reqscan's decision (apply 0) for path and one header; msg gets the refusal text. */
static int decide(gw_gen_t *g, int memo, const char *path, const char *hname, const char *hvalue,
                  char *msg, size_t msglen)
{
    gw_xform_env_t e = env_of(g, memo);
    gw_req_t *r = gw_req_new();
    assert_non_null(r);
    r->path = strdup(path);
    if (hname) {
        assert_int_equal(gw_hdrs_add(&r->hdrs, hname, strlen(hname), hvalue, strlen(hvalue)), 0);
    }
    const uint8_t *act = gw_policy_for(g->policy, "api.openai.com");
    msg[0] = '\0';
    int rc = gw_reqscan(&e, NULL, act, r, 0, msg, msglen, NULL);
    gw_req_free(r);
    return rc;
}

static void test_api_words_pass_and_fill_the_memo(void **state)
{
    (void)state;
    char msg[512];
    const char *paths[] = {"/v1/chat/completions", "/v1/messages",   "/v1beta/models",
                           "/openai/deployments",  "/v1/embeddings", "/v1/responses"};
    for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
        assert_int_equal(decide(plain_gen, 0, paths[i], NULL, NULL, msg, sizeof(msg)), 0);
        assert_int_equal(decide(plain_gen, 1, paths[i], NULL, NULL, msg, sizeof(msg)), 0);
    }
    unsigned m = atomic_load(&plain_gen->api_words);
    assert_true(m & (1u << 31)); /* filled */
    assert_int_not_equal(m & ~(1u << 31), 0);
}

/* The memo is the engine's: a custom detector that matches an API word still blocks it. */
static void test_custom_detector_on_an_api_word_still_blocks(void **state)
{
    (void)state;
    char msg[512];
    for (int round = 0; round < 3; round++) { /* the first fills the memo, the others read it */
        assert_int_equal(
            decide(custom_gen, 1, "/v1/chat/completions", NULL, NULL, msg, sizeof(msg)), 1);
        assert_non_null(strstr(msg, "PROJECT_WORD"));
        assert_non_null(strstr(msg, "path"));
        assert_int_equal(decide(custom_gen, 1, "/v1/chat", NULL, NULL, msg, sizeof(msg)), 1);
        assert_int_equal(decide(custom_gen, 1, "/v1/messages", NULL, NULL, msg, sizeof(msg)), 0);
    }
    unsigned m = atomic_load(&custom_gen->api_words);
    assert_true(m & (1u << 31));
    /* and the plain generation's memo is its own */
    assert_int_equal(decide(plain_gen, 1, "/v1/chat/completions", NULL, NULL, msg, sizeof(msg)), 0);
}

/* PII beside the known words: in another segment, a word glued to one, the query, a header. */
static void test_pii_beside_api_words_still_found(void **state)
{
    (void)state;
    char msg[512];
    const char *paths[] = {"/v1/chat/jane.doe@example.com/completions",
                           "/v1/jane.doe@example.com",
                           "/jane.doe@example.com/v1/messages",
                           "/v1/chat/completions?user=jane.doe@example.com",
                           "/v1/chat/completions?chat=jane.doe%40example.com",
                           "/v1/chat%2Fjane.doe%40example.com/completions",
                           "/v1/messages/555-867-5309",
                           "/v1/chat/completions/4111111111111111",
                           "/V1/CHAT/jane.doe@example.com"};
    for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
        for (int memo = 0; memo < 2; memo++) {
            int rc = decide(plain_gen, memo, paths[i], NULL, NULL, msg, sizeof(msg));
            if (rc != 1) {
                fail_msg("%s (memo %d): %d", paths[i], memo, rc);
            }
        }
    }
    assert_int_equal(decide(plain_gen, 1, "/v1/chat/completions", "x-user-email",
                            "jane.doe@example.com", msg, sizeof(msg)),
                     1);
    assert_non_null(strstr(msg, "header"));
}

/* Masking (urlAndHeaderPii: mask): the API word a custom detector finds is replaced; the others
 * stay as written. */
static void test_mask_replaces_a_found_api_word(void **state)
{
    (void)state;
    for (int round = 0; round < 2; round++) {
        gw_xform_env_t e = env_of(mask_gen, 1);
        anon_session_t *s = anon_session_new(mask_gen->anon);
        assert_non_null(s);
        gw_req_t *r = gw_req_new();
        assert_non_null(r);
        r->path = strdup("/v1/chat/completions");
        const uint8_t *act = gw_policy_for(mask_gen->policy, "api.openai.com");
        char msg[256];
        assert_int_equal(gw_reqscan(&e, s, act, r, 0, msg, sizeof(msg), NULL), 0);
        assert_int_equal(gw_reqscan(&e, s, act, r, 1, msg, sizeof(msg), NULL), 0);
        assert_null(strstr(r->path, "completions"));
        assert_non_null(strstr(r->path, "PROJECT_WORD"));
        assert_int_equal(strncmp(r->path, "/v1/chat/", 9), 0);
        gw_req_free(r);
        anon_session_free(s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_api_words_pass_and_fill_the_memo),
        cmocka_unit_test(test_custom_detector_on_an_api_word_still_blocks),
        cmocka_unit_test(test_pii_beside_api_words_still_found),
        cmocka_unit_test(test_mask_replaces_a_found_api_word),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
