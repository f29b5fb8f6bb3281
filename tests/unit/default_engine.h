/* default_engine.h: the engine with the default packs that a detector test file shares, built by
 * cmocka's group setup and freed by its teardown (pass setup and teardown to
 * cmocka_run_group_tests), and a chat request body rewritten with it as the gateway does. Include
 * after findings.h. */
#ifndef HUSH_TEST_DEFAULT_ENGINE_H
#define HUSH_TEST_DEFAULT_ENGINE_H

#include <stdio.h>
#include <string.h>

#include "anonymize/anonymize.h"

static anon_engine_t *def_engine; /* default packs */

static int setup(void **state)
{
    (void)state;
    char err[256];
    def_engine = anon_engine_new(NULL, err, sizeof err);
    return def_engine ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(def_engine);
    return 0;
}

/* A chat request with one user message whose content is `content` (JSON string bytes). */
#define CHAT_BODY_FMT "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"%s\"}]}"

/* The chat body of `content` rewritten with the default engine as for an OpenAI request: *fwd
 * holds what leaves, the session returned the tokens (the caller frees both). */
static inline anon_session_t *chat_rewrite(const char *content, anon_buf_t *fwd)
{
    char req[2048];
    int k = snprintf(req, sizeof req, CHAT_BODY_FMT, content);
    assert_true(k > 0 && (size_t)k < sizeof req);
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)req, strlen(req), fwd, NULL, 0), 0);
    return s;
}

#endif
