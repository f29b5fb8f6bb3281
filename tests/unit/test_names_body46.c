/* test_names_body46.c: a JSON request body is read as its decoded strings are. The prescan that
 * collects names from a request's strong contexts (a sign-off that ends a message) reads lines,
 * and a JSON string writes its line breaks as escapes: a document in a tool message or a user
 * message masks what the same text masks as a text body.
 * Look-alikes: a Windows path's backslashes and bodies without a person stay as they are. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

static anon_engine_t *eng;

static int setup(void **state)
{
    (void)state;
    char err[256];
    eng = anon_engine_new(NULL, err, sizeof err);
    return eng ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(eng);
    return 0;
}

static void expect(anon_body_kind_t kind, const char *in, const char *want)
{
    anon_session_t *s = anon_session_new(eng);
    assert_non_null(s);
    anon_buf_t out = {0};
    anon_rewrite_opts_t opts = {.add_instruction = 0};
    assert_int_equal(anon_rewrite(s, kind, &opts, (const uint8_t *)in, strlen(in), &out, NULL, 0),
                     ANON_OK);
    anon_buf_append(&out, "", 1);
    if (strcmp((const char *)out.data, want) != 0)
        fail_msg("in:   %s\nwant: %s\ngot:  %s", in, want, (const char *)out.data);
    anon_buf_free(&out);
    anon_session_free(s);
}

static void test_signoff_name_found_in_a_message(void **state)
{
    (void)state;
    /* as a text body */
    expect(ANON_BODY_TEXT,
           "Re: claim 4471\nVeta Karveella\nDate of death:\n20/02/2018\nThanks, Veta",
           "Re: claim 4471\n[PERSON_1]\nDate of death:\n20/02/2018\nThanks, [PERSON_1]");
    /* the same text as a user message and as a tool message */
    expect(ANON_BODY_JSON,
           "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Re: claim "
           "4471\\nVeta Karveella\\nDate of death:\\n20/02/2018\\nThanks, Veta\"}]}",
           "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Re: claim "
           "4471\\n[PERSON_1]\\nDate of death:\\n20/02/2018\\nThanks, [PERSON_1]\"}]}");
    expect(ANON_BODY_JSON,
           "{\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"Re: claim "
           "4471\\r\\nVeta Karveella\\r\\nDate of death:\\r\\n20/02/2018\\r\\nThanks, Veta\"}]}",
           "{\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"Re: claim "
           "4471\\r\\n[PERSON_1]\\r\\nDate of death:\\r\\n20/02/2018\\r\\nThanks, [PERSON_1]\"}]}");
}

static void test_escapes_without_a_person_stay(void **state)
{
    (void)state;
    static const char *const same[] = {
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Open C:\\\\new\\\\tools\\\\run.bat "
        "and C:\\\\temp\\\\Thanks, Team\"}]}",
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Step 1\\nRun make\\n\\tthen make "
        "test\\r\\nDone\"}]}",
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Line one\\\\nLine two\\nCheers, "
        "Release Team\"}]}",
    };
    for (size_t i = 0; i < sizeof same / sizeof *same; i++)
        expect(ANON_BODY_JSON, same[i], same[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_signoff_name_found_in_a_message),
        cmocka_unit_test(test_escapes_without_a_person_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
