/* test_names_speed17.c: branch speed17's role values. A chat role ("user", "assistant", ...) is
 * not scanned again when the engine found nothing in it alone when it was made and the request
 * knows no name yet; anything else is scanned as before. Checked: which values the default
 * engine marks, that an engine whose custom detector does find a role value marks none of it
 * (and masks it), and that the same bodies come out the same through anon_rewrite (which may
 * skip) and a split rewrite (which never does), with and without names known.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"

static int rewrite(const anon_engine_t *e, const char *body, unsigned threads, anon_buf_t *out)
{
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 0};
    anon_session_t *s = anon_session_new(e);
    assert_non_null(s);
    out->len = 0;
    int rc = anon_rewrite_par(s, ANON_BODY_JSON, &o, (const uint8_t *)body, strlen(body), threads,
                              out, NULL, 0);
    anon_session_free(s);
    return rc;
}

static void test_default_engine_marks_the_roles(void **state)
{
    (void)state;
    char err[256];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    assert_non_null(e);
    static const char *const yes[] = {"user", "assistant", "system", "developer",
                                      "tool", "function",  "model"};
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++)
        assert_true(anon_engine_plain_value(e, yes[k], strlen(yes[k])));
    static const char *const no[] = {"users", "User", "Maria", "", "assistan", "systems", "role"};
    for (size_t k = 0; k < sizeof no / sizeof *no; k++)
        assert_false(anon_engine_plain_value(e, no[k], strlen(no[k])));
    anon_engine_free(e);
}

static void test_role_a_detector_finds_is_scanned(void **state)
{
    (void)state;
    char err[256];
    anon_custom_detector_t cd[] = {{"ROLE_WORD", "\\bassistant\\b"}};
    anon_config_t cfg = {.custom = cd, .ncustom = 1};
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    assert_false(anon_engine_plain_value(e, "assistant", 9));
    assert_true(anon_engine_plain_value(e, "user", 4));
    anon_buf_t out = {0};
    assert_true(
        rewrite(e, "{\"messages\":[{\"role\":\"assistant\",\"content\":\"ok\"}]}", 1, &out) >= 0);
    assert_null(memmem(out.data, out.len, "\"assistant\"", 11));
    assert_non_null(memmem(out.data, out.len, "[ROLE_WORD_", 11));
    anon_buf_free(&out);
    anon_engine_free(e);
}

static void test_rewrite_same_as_split(void **state)
{
    (void)state;
    static const char *const bodies[] = {
        "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
        "{\"role\":\"user\",\"content\":\"Could you help me?\"},{\"role\":\"assistant\","
        "\"content\":\"Sure.\"}]}",
        /* a name known from the first message: the roles after it are scanned */
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Dear Maria Keller, thanks.\"},"
        "{\"role\":\"assistant\",\"content\":\"Maria will reply.\"},{\"role\":\"tool\","
        "\"content\":\"Keller\"},{\"role\":\"user\",\"content\":\"ok\"}]}",
        /* people named like roles */
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Dear Model Tool, hi.\"},"
        "{\"role\":\"model\",\"content\":\"x\"},{\"role\":\"tool\",\"content\":\"y\"}]}",
        "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hi\"}]},{\"role\":\"model\","
        "\"parts\":[{\"text\":\"Hello\"}]}]}",
    };
    char err[256];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    assert_non_null(e);
    anon_split_test_block(1);
    anon_buf_t a = {0}, b = {0};
    for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++) {
        assert_true(rewrite(e, bodies[k], 1, &a) >= 0);
        assert_true(rewrite(e, bodies[k], 2, &b) >= 0);
        assert_int_equal(a.len, b.len);
        assert_memory_equal(a.data, b.data, a.len);
    }
    anon_split_test_block(0);
    anon_buf_free(&a);
    anon_buf_free(&b);
    anon_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_engine_marks_the_roles),
        cmocka_unit_test(test_role_a_detector_finds_is_scanned),
        cmocka_unit_test(test_rewrite_same_as_split),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
