/* default_engine.h: the engine with the default packs that a detector test file shares, built by
 * cmocka's group setup and freed by its teardown (pass setup and teardown to
 * cmocka_run_group_tests), and a chat request body rewritten with it as the gateway does (and
 * restored: chat_round_trip). Include after cmocka.h (and findings.h where a file uses both). */
#ifndef HUSH_TEST_DEFAULT_ENGINE_H
#define HUSH_TEST_DEFAULT_ENGINE_H

#include <stdio.h>
#include <stdlib.h>
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

/* The request body req rewritten with the default engine as for an OpenAI request: *fwd holds
 * what leaves, the session returned the tokens (the caller frees both). */
static inline anon_session_t *body_rewrite(const char *req, anon_buf_t *fwd)
{
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)req, strlen(req), fwd, NULL, 0), 0);
    return s;
}

/* What leaves for the request body req (body_rewrite), NUL-ended in out (cut at cap); returns
 * out. */
static inline char *body_forward(const char *req, char *out, size_t cap)
{
    anon_buf_t fwd = {0};
    anon_session_t *s = body_rewrite(req, &fwd);
    snprintf(out, cap, "%.*s", (int)fwd.len, (const char *)fwd.data);
    anon_buf_free(&fwd);
    anon_session_free(s);
    return out;
}

/* The chat body of `content` rewritten as body_rewrite() does. */
static inline anon_session_t *chat_rewrite(const char *content, anon_buf_t *fwd)
{
    char req[2048];
    int k = snprintf(req, sizeof req, CHAT_BODY_FMT, content);
    assert_true(k > 0 && (size_t)k < sizeof req);
    return body_rewrite(req, fwd);
}

/* body = {"model":"m","messages":[{"role":"user","content":"<content>"}]}: secret must not leave
 * in the forwarded body, and the restorer must give back CHAT_BODY_FMT around restored (content
 * when NULL: a \u-escaped value comes back as its characters, the same JSON string). */
static inline void chat_round_trip(const char *content, const char *secret, const char *restored)
{
    anon_buf_t fwd = {0};
    anon_session_t *s = chat_rewrite(content, &fwd);
    char *out = calloc(1, fwd.len + 1);
    assert_non_null(out);
    memcpy(out, fwd.data, fwd.len);
    if (strstr(out, secret))
        fail_msg("\"%s\" left in %s", secret, out);
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_JSON, ANON_PROFILE_OPENAI);
    anon_buf_t back = {0};
    assert_int_equal(anon_restorer_feed(r, fwd.data, fwd.len, &back), 0);
    assert_int_equal(anon_restorer_finish(r, &back), 0);
    char want[2048];
    snprintf(want, sizeof want, CHAT_BODY_FMT, restored ? restored : content);
    if (back.len != strlen(want) || memcmp(back.data, want, back.len) != 0)
        fail_msg("restored %.*s\n  from %s\n  want %s", (int)back.len, (const char *)back.data, out,
                 want);
    anon_buf_free(&back);
    anon_restorer_free(r);
    anon_buf_free(&fwd);
    free(out);
    anon_session_free(s);
}

#endif
