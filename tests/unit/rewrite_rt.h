/* rewrite_rt.h: the rewrite-and-restore scaffold that the request-body rewrite tests share: a
 * body rewritten with the default engine (default_engine.h's def_engine, built by its group
 * setup) in a new session with the generic profile (on one thread or several), the forwarded bytes
 * checked for what must and must not be there, and the model's answer put through the session's
 * restorer. A tool message's body shape (TOOL_OPEN ... TOOL_CLOSE) holds the JSON-escaped text
 * under test, a Gemini function response's (GEMINI_FR_OPEN ... GEMINI_FR_CLOSE) a JSON document.
 * rewrite_openai() rewrites as for an OpenAI request (default_engine.h's body_rewrite); the
 * threaded walk's tests move the block split with anon_split_test_block (split_teardown puts it
 * back) and compare it with the walk on one thread (split_walk_same). Include after cmocka.h. */
#ifndef HUSH_TEST_REWRITE_RT_H
#define HUSH_TEST_REWRITE_RT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"
#include "default_engine.h"

#define TOOL_OPEN                                                                                  \
    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Check\"},"                    \
    "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\""
#define TOOL_CLOSE "\"}]}"
#define GEMINI_FR_OPEN                                                                             \
    "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"g\","          \
    "\"response\":"
#define GEMINI_FR_CLOSE "}}]}]}"

/* body rewritten on `threads` threads in a new session (kept in *sp when sp is not NULL);
 * NUL-ended */
static inline char *rewrite_par(const char *body, unsigned threads, anon_session_t **sp)
{
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_GENERIC, .add_instruction = 0};
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    anon_buf_t out = {0};
    char err[256];
    assert_int_equal(anon_rewrite_par(s, ANON_BODY_JSON, &o, (const uint8_t *)body, strlen(body),
                                      threads, &out, err, sizeof err),
                     ANON_OK);
    char *r = calloc(1, out.len + 1);
    assert_non_null(r);
    if (out.len)
        memcpy(r, out.data, out.len);
    anon_buf_free(&out);
    if (sp)
        *sp = s;
    else
        anon_session_free(s);
    return r;
}

/* the same on the caller's thread alone */
static inline char *rewrite(const char *body, anon_session_t **sp)
{
    return rewrite_par(body, 1, sp);
}

/* body rewritten as for an OpenAI request (body_rewrite: the OpenAI profile), the session in *sp;
 * what leaves, NUL-ended (the caller frees both) */
static inline char *rewrite_openai(const char *body, anon_session_t **sp)
{
    anon_buf_t fwd = {0};
    *sp = body_rewrite(body, &fwd);
    char *r = calloc(1, fwd.len + 1);
    assert_non_null(r);
    if (fwd.len)
        memcpy(r, fwd.data, fwd.len);
    anon_buf_free(&fwd);
    return r;
}

static inline void has(const char *r, const char *want)
{
    if (!strstr(r, want))
        fail_msg("no %s in %s", want, r);
}

static inline void lacks(const char *r, const char *gone)
{
    if (strstr(r, gone))
        fail_msg("%s still in %s", gone, r);
}

#define USER_OPEN "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\""
#define USER_CLOSE "\"}]}"

/* text (JSON-escaped) as a user message's content, rewritten in a new session; the caller frees
 * both (*body_out is the request) */
static inline char *user_rewrite(const char *text, char **body_out)
{
    size_t n = strlen(USER_OPEN) + strlen(text) + strlen(USER_CLOSE) + 1;
    char *body = malloc(n);
    assert_non_null(body);
    snprintf(body, n, "%s%s%s", USER_OPEN, text, USER_CLOSE);
    *body_out = body;
    return rewrite(body, NULL);
}

/* text as a user message leaves as it came (nothing found in it) */
static inline void user_text_stays(const char *text)
{
    char *body, *r = user_rewrite(text, &body);
    assert_string_equal(r, body);
    free(r);
    free(body);
}

/* text as a user message leaves with token in it */
static inline void user_text_masked(const char *text, const char *token)
{
    char *body, *r = user_rewrite(text, &body);
    has(r, token);
    free(r);
    free(body);
}

/* the model's answer through the session's restorer equals want */
static inline void restores(anon_session_t *s, const char *answer, const char *want)
{
    anon_restorer_t *rs = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    assert_non_null(rs);
    anon_buf_t out = {0};
    assert_int_equal(anon_restorer_feed(rs, (const uint8_t *)answer, strlen(answer), &out), 0);
    assert_int_equal(anon_restorer_finish(rs, &out), 0);
    assert_int_equal(out.len, strlen(want));
    assert_memory_equal(out.data, want, out.len);
    anon_buf_free(&out);
    anon_restorer_free(rs);
}

/* body rewritten: none of gone (NULL-ended) is left, each of tokens (NULL-ended) is there */
static inline void masked(const char *body, const char *const *gone, const char *const *tokens)
{
    char *r = rewrite(body, NULL);
    for (; *gone; gone++)
        lacks(r, *gone);
    for (; *tokens; tokens++)
        has(r, *tokens);
    free(r);
}

/* The OpenAI request body rewritten (rewrite_openai): none of gone (NULL-ended) leaves, and the
 * model's answer holding its tokens restores to want. */
static inline void answer_round_trip(const char *body, const char *const *gone, const char *answer,
                                     const char *want)
{
    anon_session_t *s;
    char *r = rewrite_openai(body, &s);
    for (; *gone; gone++)
        lacks(r, *gone);
    restores(s, answer, want);
    anon_session_free(s);
    free(r);
}

/* the split's block size back to its default after the group (tests set 1: every call moves) */
static inline int split_teardown(void **state)
{
    anon_split_test_block(0);
    return teardown(state);
}

/* body rewritten on 2, 3 and 4 threads, the split moving on every call, gives the bytes the walk
 * on one thread gave (seq, which the caller frees) */
static inline void split_walk_same(const char *body, const char *seq)
{
    anon_split_test_block(1);
    for (unsigned t = 2; t <= 4; t++) {
        char *par = rewrite_par(body, t, NULL);
        assert_string_equal(par, seq);
        free(par);
    }
    anon_split_test_block(0);
}

#endif
