/* test_detect_markup50.c: values in the pieces document formats write them in (markup50.c).
 * - An ICS or vCard line folded at its limit (CRLF and one space) inside an e-mail address or a
 *   phone number is one value; a short line's break with a space after it is no fold.
 * - A letter written as a LaTeX accent escape (J\"urgen, Fran\c{c}ois) or an RTF escape (\'f6,
 *   \u252?) is that letter to the detectors; "\texttt{" before an address starts a word.
 * - The token replaces the escaped bytes, and the response restores them as they were sent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static char *rewrite(const char *req, char *out, size_t cap)
{
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI};
    anon_buf_t fwd = {0};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)req, strlen(req), &fwd, NULL, 0), 0);
    snprintf(out, cap, "%.*s", (int)fwd.len, (const char *)fwd.data);
    anon_buf_free(&fwd);
    anon_session_free(s);
    return out;
}

static void test_folded_ics_line_keeps_an_address_whole(void **state)
{
    (void)state;
    /* the view's pre-pass reads a line break after a digit, ')', '-', '@' or a space; a fold
     * after a letter or a dot is read once the view starts before it (notes/markup50.md) */
    static const char ics[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"ATTENDEE;CN=Anna Berg;X-NUM-GUESTS=0:"
        "mailto:biaczegro.biagrobiaski@gmail.\\r\\n com\\r\\nLOCATION:x\"}]}";
    static const char phone[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"BEGIN:VEVENT\\r\\nDESCRIPTION:Viewing on "
        "Saturday\\\\, Keller & Voss\\\\, please call us on +4\\r\\n 4 113 496 "
        "0007\\r\\nEND:VEVENT\"}]}";
    static const char shortline[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"mail: info@example.\\r\\n com\"}]}";
    char out[1024];
    rewrite(ics, out, sizeof out);
    if (strstr(out, "biagrobiaski") || strstr(out, "gmail."))
        fail_msg("a folded value was left in %s", out);
    rewrite(phone, out, sizeof out);
    if (strstr(out, "496 0007"))
        fail_msg("a folded phone number was left in %s", out);
    rewrite(shortline, out, sizeof out);
    if (!strstr(out, "info@example."))
        fail_msg("a short line's break was read as a fold in %s", out);
}

static void test_latex_and_rtf_escapes_read_as_letters(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: J\\\"urgen Schr\\\"oder\n", "PERSON=J\\\"urgen Schr\\\"oder"},
        {"Name: Bj\\'f6rn Schr\\'f6der\n", "PERSON=Bj\\'f6rn Schr\\'f6der"},
        {"E-Mail: \\href{mailto:maria.keller@web.de}{\\texttt{maria.keller@web.de}}",
         "EMAIL=maria.keller@web.de;EMAIL=maria.keller@web.de"},
    };
    CHECK(def_engine, c);
}

static void test_escaped_name_restores_as_written(void **state)
{
    (void)state;
    static const char req[] = "{\"messages\":[{\"role\":\"user\",\"content\":"
                              "\"Name: J\\\\\\\"urgen Schr\\\\\\\"oder\\n\"}]}";
    static const char want[] = "Dear J\\\"urgen Schr\\\"oder";
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    anon_buf_t fwd = {0}, out = {0};
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)req, strlen(req), &fwd, NULL, 0), 0);
    assert_null(memmem(fwd.data, fwd.len, "urgen", 5));
    assert_non_null(memmem(fwd.data, fwd.len, "[PERSON_1]", 10));
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    assert_non_null(r);
    static const char answer[] = "Dear [PERSON_1]";
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)answer, strlen(answer), &out), 0);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    assert_int_equal(out.len, strlen(want));
    assert_memory_equal(out.data, want, out.len);
    anon_restorer_free(r);
    anon_buf_free(&out);
    anon_buf_free(&fwd);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_folded_ics_line_keeps_an_address_whole),
        cmocka_unit_test(test_latex_and_rtf_escapes_read_as_letters),
        cmocka_unit_test(test_escaped_name_restores_as_written),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
