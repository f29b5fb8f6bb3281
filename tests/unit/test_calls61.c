/* test_calls61.c: placeholders in tool definitions' JSON Schemas (branch calls61,
 * rewrite_calls61.c, contrib/bench/accuracy/notes/calls61.md): a known placeholder name, street
 * or mailbox in a schema's description, examples, example or default is left as written; a
 * value that is no placeholder there is still masked, and a tool call's arguments and results are
 * masked as before, even when they hold the same shape or the same name. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "restore_bytes.h"

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* An OpenAI chat body: the tool's schema has placeholders in a description, examples, example and
 * default; the call's arguments and the tool's result hold real people, a street and a mailbox.
 * Before: "John Doe", "Jane Smith", "123 Main St", "user@example.com" and "Musterstraße 1" were
 * masked. */
static void test_schema_placeholders_stay_real_values_masked(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Add the new "
        "customer please.\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": "
        "[{\"id\": \"call_1\", \"type\": \"function\", \"function\": {\"name\": "
        "\"create_contact\", \"arguments\": \"{\\\"customer_name\\\": \\\"Harriet Pemberton\\\", "
        "\\\"street\\\": \\\"14 Wexford Road\\\", \\\"email\\\": "
        "\\\"harriet.pemberton@posteo.de\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": "
        "\"call_1\", \"content\": \"{\\\"ok\\\": true, \\\"owner\\\": \\\"Callum "
        "Whitlock\\\"}\"}], "
        "\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"create_contact\", "
        "\"description\": \"Create a contact in the CRM.\", \"parameters\": {\"type\": \"object\", "
        "\"properties\": {\"customer_name\": {\"type\": \"string\", \"description\": \"Full legal "
        "name, e.g. John Doe.\", \"examples\": [\"Jane Smith\", \"Max Mustermann\"]}, \"street\": "
        "{\"type\": \"string\", \"description\": \"Street and number (z. B. Musterstra\u00dfe "
        "1).\", "
        "\"example\": \"123 Main St\"}, \"email\": {\"type\": \"string\", \"format\": \"email\", "
        "\"default\": \"user@example.com\"}}, \"required\": [\"customer_name\"]}}}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "e.g. John Doe."));
    assert_non_null(strstr(o, "\"Jane Smith\""));
    assert_non_null(strstr(o, "\"Max Mustermann\""));
    assert_non_null(strstr(o, "\"123 Main St\""));
    assert_non_null(strstr(o, "\"user@example.com\""));
    assert_non_null(strstr(o, "Musterstra\u00dfe 1"));
    assert_null(strstr(o, "Harriet"));
    assert_null(strstr(o, "Pemberton"));
    assert_null(strstr(o, "Wexford"));
    assert_null(strstr(o, "posteo"));
    assert_null(strstr(o, "Callum"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* An Anthropic body: a placeholder's shape in the call (a customer who is called Jane Smith, a
 * mailbox at a real host) is masked; in the schema a name that is no placeholder ("Maria
 * Keller" as an example, "Jan Bakker" after "e.g.") stays masked too, a lone "Jane" does not. */
static void test_real_values_beside_placeholders(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"model\": \"claude-sonnet-4-5\", \"max_tokens\": 1024, \"tools\": [{\"name\": "
        "\"kyc_check\", \"description\": \"Verify a person.\", \"input_schema\": {\"type\": "
        "\"object\", \"properties\": {\"vorname\": {\"type\": \"string\", \"examples\": "
        "[\"Jane\"]}, \"name\": {\"type\": \"string\", \"description\": \"Name, e.g. Jan "
        "Bakker.\", \"examples\": [\"Maria Keller\"]}, \"email\": {\"type\": \"string\", "
        "\"example\": \"someone@example.net\"}}}}], \"messages\": [{\"role\": \"user\", "
        "\"content\": \"Check her.\"}, {\"role\": \"assistant\", \"content\": [{\"type\": "
        "\"tool_use\", \"id\": \"toolu_1\", \"name\": \"kyc_check\", \"input\": {\"name\": \"Jane "
        "Smith\", \"email\": \"jane.smith@gmail.com\"}}]}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "[\"Jane\"]"));
    assert_non_null(strstr(o, "someone@example.net"));
    assert_null(strstr(o, "Maria Keller"));
    assert_null(strstr(o, "Bakker"));
    assert_null(strstr(o, "\"Jane Smith\""));
    assert_null(strstr(o, "gmail"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* Outside a schema nothing changes: "John Doe" and "Max Mustermann" in a tool result's members
 * and a "Jane Smith" in a call's {"parameters": {"title": ...}} (no tool list above it) are
 * still people. */
static void test_outside_schema_unchanged(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"contents\": [{\"role\": \"user\", \"parts\": [{\"functionResponse\": "
                     "{\"name\": \"find\", \"response\": {\"contact\": {\"full_name\": \"John "
                     "Doe\", \"description\": \"Called Max Mustermann twice.\"}}}}]}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "John Doe"));
    assert_null(strstr(o, "Mustermann"));
    free(o);
    in = "{\"contents\": [{\"role\": \"model\", \"parts\": [{\"functionCall\": {\"name\": "
         "\"new_ticket\", \"args\": {\"parameters\": {\"title\": \"Laptop for Jane Smith\", "
         "\"description\": \"Jane Smith starts Monday.\"}}}}]}]}";
    o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "Jane Smith"));
    free(o);
    anon_session_free(s);
}

/* An OpenAPI fragment pasted in a system prompt: YAML lines whose whole value is a placeholder
 * stay; the customer the user names is masked. Before: "Max Mustermann", "123 Main St" and
 * "user@example.com" were masked. */
static void test_openapi_yaml_examples(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"system\", \"content\": \"Our API:\\n"
        "components:\\n  schemas:\\n    Contact:\\n      properties:\\n        full_name:\\n"
        "          type: string\\n          example: Max Mustermann\\n        street:\\n"
        "          type: string\\n          example: 123 Main St\\n        email:\\n"
        "          type: string\\n          example: user@example.com\\n\"}, {\"role\": "
        "\"user\", \"content\": \"Please add Harriet Pemberton, harriet.p@posteo.de.\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "example: Max Mustermann"));
    assert_non_null(strstr(o, "example: 123 Main St"));
    assert_non_null(strstr(o, "example: user@example.com"));
    assert_null(strstr(o, "Harriet"));
    assert_null(strstr(o, "posteo"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* every prefix, copied to a buffer of exactly its size (the address sanitizer build reads past
 * no end), through the placeholder reader, the scan around it and the whole pack */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    const char *t = "Name e.g. John Doe or Jane, street 123 Main St., ul. Przyk\305\202adowa 1, "
                    "mail x.y@example.com or a@test, Max Bakker @";
    size_t n = strlen(t);
    for (size_t i = 0; i <= n; i++) {
        char *p = malloc(i ? i : 1);
        assert_non_null(p);
        memcpy(p, t, i);
        (void)anon_calls61_has_placeholder(p, i);
        if (i == n || ((uint8_t)t[i] & 0xc0) != 0x80) { /* the walker hands valid UTF-8 */
            anon_session_t *s = anon_session_new(eng);
            anon_buf_t out = {0};
            assert_true(anon_calls61_scan(s, "description", 11, p, i, i % 2, &out) >= 0);
            anon_buf_free(&out);
            anon_session_free(s);
        }
        free(p);
    }
    scan_every_prefix(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_schema_placeholders_stay_real_values_masked),
        cmocka_unit_test(test_real_values_beside_placeholders),
        cmocka_unit_test(test_outside_schema_unchanged),
        cmocka_unit_test(test_openapi_yaml_examples),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
