/* restore_bytes.h: a rewritten body put back through the session's restorer one byte at a time
 * (a stream split inside every token) must give the original body; the check the chat round trips
 * share (test_names_typed56, test_names_ask57, test_chat58). Include after cmocka.h. */
#ifndef HUSH_TEST_RESTORE_BYTES_H
#define HUSH_TEST_RESTORE_BYTES_H

#include <stdint.h>
#include <string.h>

#include "anonymize/anonymize.h"

static inline void restores_bytewise(anon_session_t *s, const char *rewritten, const char *want)
{
    anon_buf_t out = {0};
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    assert_non_null(r);
    for (size_t i = 0; i < strlen(rewritten); i++)
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)rewritten + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, want);
    anon_buf_free(&out);
    anon_restorer_free(r);
}

#endif
