/* test_rewrite_keys49.c: handles as keys under people's accounts, and a CSV header carried from
 * one tool result to the rows of the next (rewrite_ctx.c anon_ctx_handle_key(), anon_ctx_rows()).
 *
 * {"users": {"mkeller": ...}}: a handle under a key that holds accounts is masked whole and
 * restored to its own bytes; a record's fields ("count", "created_at"), service accounts
 * ("svc_backup", "noreply", "ci-runner"), platforms ("github"), permissions and services stay.
 * A tool's first page "Nachname;Vorname;Geburtsdatum" and its next page of rows: the rows are
 * read under that header and restored; a product list's header ("Name,Version") carries nothing.
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
#include "anonymize/names.h"
#include "rewrite_rt.h"

#define TOOL_NEXT "\"},{\"role\":\"tool\",\"tool_call_id\":\"c2\",\"content\":\""

static void test_handle_keys_under_accounts_masked_and_restored(void **st)
{
    (void)st;
    const char *body = TOOL_OPEN "{\\\"users\\\":{\\\"mkeller\\\":{\\\"role\\\":\\\"admin\\\"},"
                                 "\\\"j.dupont\\\":{\\\"role\\\":\\\"viewer\\\"},"
                                 "\\\"@bwickley\\\":{\\\"role\\\":\\\"viewer\\\"}}}" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "mkeller");
    lacks(r, "dupont");
    lacks(r, "bwickley");
    has(r, "[PERSON_1]");
    has(r, "[PERSON_3]");
    has(r, "admin");
    restores(s, "[PERSON_1], [PERSON_2] and [PERSON_3] are admins.",
             "mkeller, j.dupont and @bwickley are admins.");
    anon_session_free(s);
    free(r);
}

static void test_fields_services_and_platforms_as_keys_stay(void **st)
{
    (void)st;
    const char *body =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"metadata\":{"
        "\"accounts\":{\"svc_backup\":{},\"noreply\":{},\"ci-runner\":{},\"github\":{}},"
        "\"members\":{\"count\":3,\"active\":2,\"created_at\":1,\"last_name\":1},"
        "\"permissions\":{\"read\":true,\"write\":false},"
        "\"services\":{\"nginx\":{\"role\":\"proxy\"}},\"hosts\":{\"mkeller\":1}}}";
    char *r = rewrite(body, NULL);
    assert_string_equal(r, body);
    free(r);
}

static void test_csv_header_carried_to_next_tool_result(void **st)
{
    (void)st;
    const char *body = TOOL_OPEN "Nachname;Vorname;Geburtsdatum;Abteilung" TOOL_NEXT
                                 "Holbach;Kelwin;04.03.1987;Helpdesk" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "Holbach");
    lacks(r, "Kelwin");
    lacks(r, "04.03.1987");
    has(r, "Nachname;Vorname;Geburtsdatum;Abteilung");
    has(r, ";Helpdesk");
    restores(s, "[PERSON_1] [PERSON_2], [DATE_OF_BIRTH_1]", "Holbach Kelwin, 04.03.1987");
    anon_session_free(s);
    free(r);
}

static void test_product_header_carries_nothing(void **st)
{
    (void)st;
    const char *body = TOOL_OPEN "Name,Version,License" TOOL_NEXT
                                 "Apache Kafka,3.6,MIT\\nPhilips Hue,2.1,BSD" TOOL_CLOSE;
    char *r = rewrite(body, NULL);
    assert_string_equal(r, body);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_handle_keys_under_accounts_masked_and_restored),
        cmocka_unit_test(test_fields_services_and_platforms_as_keys_stay),
        cmocka_unit_test(test_csv_header_carried_to_next_tool_result),
        cmocka_unit_test(test_product_header_carries_nothing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
