/* test_multipart.c: multipart/form-data bodies: text, JSON lines and file names rewritten with
 * the framing intact, binary parts forwarded only when allowed, broken framing refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "anonymize/anonymize.h"

static anon_engine_t *engine;

#define B "----hushBoundary7MA4YWxk"
#define CRLF "\r\n"

static const char upload[] =
    "--" B CRLF "Content-Disposition: form-data; name=\"purpose\"" CRLF CRLF "batch" CRLF
    "--" B CRLF "Content-Disposition: form-data; name=\"file\"; "
    "filename=\"batch (maria.keller@example.com).jsonl\"" CRLF
    "Content-Type: application/octet-stream" CRLF CRLF
    "{\"custom_id\":\"1\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"mail "
    "maria.keller@example.com\"}]}}\n"
    "{\"custom_id\":\"2\",\"body\":{\"card\":4539899720743225}}\n" CRLF "--" B "--" CRLF;

static const char upload_want[] =
    "--" B CRLF "Content-Disposition: form-data; name=\"purpose\"" CRLF CRLF "batch" CRLF
    "--" B CRLF
    "Content-Disposition: form-data; name=\"file\"; filename=\"batch ([EMAIL_1]).jsonl\"" CRLF
    "Content-Type: application/octet-stream" CRLF CRLF
    "{\"custom_id\":\"1\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"mail "
    "[EMAIL_1]\"}]}}\n"
    "{\"custom_id\":\"2\",\"body\":{\"card\":\"[CREDIT_CARD_1]\"}}\n" CRLF "--" B "--" CRLF;

static int mp(anon_session_t *s, const char *in, size_t n, int fwd, anon_buf_t *out, char *err)
{
    out->len = 0;
    return anon_rewrite_multipart(s, B, strlen(B), fwd, (const uint8_t *)in, n, out, err, 160);
}

static void test_text_and_jsonl_parts_and_file_names_rewritten_framing_kept(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    anon_buf_t out = {0};
    char err[160] = "";
    assert_int_equal(mp(s, upload, strlen(upload), 0, &out, err), 0);
    assert_int_equal(out.len, strlen(upload_want));
    assert_memory_equal(out.data, upload_want, out.len);
    anon_buf_free(&out);
    anon_session_free(s);
}

static const char audio_head[] =
    "--" B CRLF "Content-Disposition: form-data; name=\"file\"; filename=\"call.mp3\"" CRLF
    "Content-Type: audio/mpeg" CRLF CRLF;
static const char audio_tail[] = CRLF
    "--" B CRLF "Content-Disposition: form-data; name=\"prompt\"" CRLF CRLF
    "Speaker is Maria, maria.keller@example.com" CRLF "--" B CRLF
    "Content-Disposition: form-data; name=\"model\"" CRLF CRLF "whisper-1" CRLF "--" B "--" CRLF;

static void test_binary_part_forwarded_only_when_allowed(void **st)
{
    (void)st;
    uint8_t mp3[64];
    for (size_t i = 0; i < sizeof mp3; i++)
        mp3[i] = (uint8_t)(i * 37 + 0xF0); /* not text */
    anon_buf_t in = {0}, out = {0};
    anon_buf_append(&in, audio_head, strlen(audio_head));
    anon_buf_append(&in, mp3, sizeof mp3);
    anon_buf_append(&in, audio_tail, strlen(audio_tail));
    char err[160] = "";
    anon_session_t *s = anon_session_new(engine);
    assert_int_equal(mp(s, (const char *)in.data, in.len, 0, &out, err), ANON_ERR_UNSCANNABLE);
    assert_non_null(strstr(err, "\"file\""));
    assert_non_null(strstr(err, "audio/mpeg"));
    assert_null(strstr(err, "call.mp3"));
    assert_int_equal(out.len, 0);
    anon_session_free(s);

    s = anon_session_new(engine);
    assert_int_equal(mp(s, (const char *)in.data, in.len, 1, &out, err), 1); /* one unscanned */
    assert_non_null(memmem(out.data, out.len, mp3, sizeof mp3)); /* the audio as it came */
    assert_null(memmem(out.data, out.len, "maria.keller", 12));
    static const char want[] = "Speaker is Maria, [EMAIL_1]" CRLF "--" B;
    assert_non_null(memmem(out.data, out.len, want, strlen(want)));
    assert_int_equal(out.len, in.len - strlen("maria.keller@example.com") + strlen("[EMAIL_1]"));
    anon_session_free(s);
    anon_buf_free(&in);
    anon_buf_free(&out);
}

static void test_broken_framing_refused(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    anon_buf_t out = {0};
    char err[160] = "";
    static const char *const bad[] = {
        "no boundary at all",
        "--" B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF CRLF
        "maria.keller@example.com",
        "--" B CRLF "Content-Disposition: form-data; name=\"a\"",
        "--" B "x" CRLF CRLF "text" CRLF "--" B "--",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(mp(s, bad[i], strlen(bad[i]), 1, &out, err), ANON_ERR_MULTIPART);
        assert_int_equal(out.len, 0);
    }
    /* an empty body, also one with no buffer at all (a compressed body that decoded to nothing) */
    assert_int_equal(mp(s, "", 0, 1, &out, err), ANON_ERR_MULTIPART);
    assert_int_equal(anon_rewrite_multipart(s, B, strlen(B), 1, NULL, 0, &out, err, 160),
                     ANON_ERR_MULTIPART);
    assert_int_equal(out.len, 0);
    /* a text part that is not UTF-8 is not forwarded unscanned */
    const char latin1[] = "--" B CRLF "Content-Disposition: form-data; name=\"a\"" CRLF
                          "Content-Type: text/plain" CRLF CRLF "caf\xe9" CRLF "--" B "--";
    assert_true(mp(s, latin1, strlen(latin1), 1, &out, err) < 0);
    anon_buf_free(&out);
    anon_session_free(s);
}

static int setup(void **st)
{
    (void)st;
    char err[256];
    engine = anon_engine_new(NULL, err, sizeof err);
    return engine ? 0 : -1;
}

static int teardown(void **st)
{
    (void)st;
    anon_engine_free(engine);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_and_jsonl_parts_and_file_names_rewritten_framing_kept),
        cmocka_unit_test(test_binary_part_forwarded_only_when_allowed),
        cmocka_unit_test(test_broken_framing_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
