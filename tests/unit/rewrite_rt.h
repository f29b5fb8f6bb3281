/* rewrite_rt.h: the rewrite-and-restore scaffold that the request-body rewrite tests share: a
 * body rewritten with the default engine (default_engine.h's def_engine, built by its group
 * setup) in a new session with the generic profile (on one thread or several), the forwarded bytes
 * checked for what must and must not be there, and the model's answer put through the session's
 * restorer. A tool message's body shape (TOOL_OPEN ... TOOL_CLOSE) holds the JSON-escaped text
 * under test. Include after cmocka.h. */
#ifndef HUSH_TEST_REWRITE_RT_H
#define HUSH_TEST_REWRITE_RT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anonymize/anonymize.h"
#include "default_engine.h"

#define TOOL_OPEN                                                                                  \
    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Check\"},"                    \
    "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\""
#define TOOL_CLOSE "\"}]}"

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

#endif
