/* test_detect_leaks39.c: an e-mail address written with a word for its '@' ("maria.keller [at]
 * example.com", branch leaks39) spells a name as "maria.keller@" does: the session carries it to
 * the rest of the request. */
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

/* The name a spelled address spells is carried to the rest of the request: a later message's
 * given name alone is that person (as it is after "maria.keller@example.com"). */
static void test_spelled_address_carries_its_name(void **state)
{
    (void)state;
    static const char req[] =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"mail: "
        "maria.keller [at] example.com\"},{\"role\":\"user\",\"content\":\"the parcel for Maria "
        "arrived\"}]}";
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI};
    anon_buf_t fwd = {0};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)req, strlen(req), &fwd, NULL, 0), 0);
    char out[512];
    snprintf(out, sizeof out, "%.*s", (int)fwd.len, (const char *)fwd.data);
    if (strstr(out, "keller") || strstr(out, "Maria"))
        fail_msg("the name left in %s", out);
    anon_buf_free(&fwd);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spelled_address_carries_its_name),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
