/* test_detect_phone48.c: a number whose JSON key or label names an id stays text (stop 48, branch
 * phone48, contrib/bench/accuracy/notes/phone48.md). A member's key is read as a label is
 * ("order_id", "serialNumber", "submissionId", "mtcn") in JSON pasted as text and in the JSON a
 * request body carries inside a string (a tool's result); phone keys, a caller id and a '+' still
 * make the number a phone. A 13-digit run is a card only in Visa's range. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "findings.h"
#include "default_engine.h"

static void test_json_keys_naming_ids_in_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"order_id\": \"415-555-0132\"}", ""},
        {"{\"serialNumber\": \"9495503738\"}", ""},
        {"{\"submissionId\": \"415-555-0132\"}", ""},
        {"{'ticket_id': '415-555-0132'}", ""},
        {"MTCN: 191-222-3469", ""},
        {"Transaction 415-555-0132", ""},
        /* phone keys and a caller id stay phones; so does a '+' */
        {"{\"phone\": \"415-555-0132\"}", "PHONE=415-555-0132"},
        {"{\"caller_id\": \"415-555-0132\"}", "PHONE=415-555-0132"},
        {"{\"phoneId\": \"415-555-0132\"}", "PHONE=415-555-0132"},
        {"{\"order_id\": \"+1 415 555 0132\"}", "PHONE=+1 415 555 0132"},
        {"Sender phone: 415-555-0132", "PHONE=415-555-0132"},
    };
    CHECK(def_engine, c);
}

/* 13 digits are a card only in Visa's range: an EAN or an id of 13 digits that passes Luhn by
 * chance is none; an id key before a card-length number makes it the id */
static void test_thirteen_digits(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Card: 4222222222222", "CREDIT_CARD=4222222222222"},
        {"EAN 5909509261811", ""},
        {"| 5002146416764 |", ""},
        {"\"related_ids\": [4222222222222]", ""},
    };
    CHECK(def_engine, c);
}

static void test_id_key_reader(void **state)
{
    (void)state;
    static const char *const ids[] = {"order_id", "orderId",      "serialNumber", "submission_id",
                                      "mtcn",     "ticketNumber", "TRACKING_NO",  "event-id"};
    static const char *const not_ids[] = {"phone",   "phone_number", "caller_id",
                                          "phoneId", "number",       "msisdn",
                                          "contact", "mobile",       "my_number"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        if (!anon_phone_id_key(ids[i], strlen(ids[i])))
            fail_msg("%s should name an id", ids[i]);
    for (size_t i = 0; i < sizeof not_ids / sizeof not_ids[0]; i++)
        if (anon_phone_id_key(not_ids[i], strlen(not_ids[i])))
            fail_msg("%s should not name an id", not_ids[i]);
}

/* A tool's result that is a JSON document: each member is read with its key. */
static void test_tool_result_members(void **state)
{
    (void)state;
    static const char req[] =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c\",\"content\":"
        "\"{\\\"mtcn\\\": \\\"191-222-3469\\\", \\\"order_id\\\": \\\"415-555-0132\\\", "
        "\\\"serialNumber\\\": \\\"9495503738\\\", \\\"phone\\\": \\\"415-555-0199\\\", "
        "\\\"caller_id\\\": \\\"212-555-0143\\\"}\"}]}";
    char out[1024];
    body_forward(req, out, sizeof out);
    static const char *const kept[] = {"191-222-3469", "415-555-0132", "9495503738"};
    static const char *const masked[] = {"415-555-0199", "212-555-0143"};
    for (size_t i = 0; i < 3; i++)
        if (!strstr(out, kept[i]))
            fail_msg("the id %s was masked in %s", kept[i], out);
    for (size_t i = 0; i < 2; i++)
        if (strstr(out, masked[i]))
            fail_msg("the phone %s left in %s", masked[i], out);
}

/* Name/value pairs (HAR headers, Postman variables, pass fields): the "name", "key" or "label"
 * member before a "value" labels it. */
static void test_name_value_pairs(void **state)
{
    (void)state;
    static const char req[] =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c\",\"content\":"
        "\"[{\\\"name\\\": \\\"x-request-id\\\", \\\"value\\\": \\\"415-555-0132\\\"}, "
        "{\\\"key\\\": \\\"order\\\", \\\"label\\\": \\\"Order\\\", \\\"value\\\": "
        "\\\"0151 2345678\\\"}, {\\\"key\\\": \\\"phone\\\", \\\"value\\\": "
        "\\\"646-555-0199\\\"}, {\\\"name\\\": \\\"Accept\\\", \\\"value\\\": "
        "\\\"212-555-0143\\\"}]\"}]}";
    char out[1024];
    body_forward(req, out, sizeof out);
    if (!strstr(out, "415-555-0132") || !strstr(out, "0151 2345678"))
        fail_msg("an id under a name/value pair was masked in %s", out);
    if (strstr(out, "646-555-0199") || strstr(out, "212-555-0143"))
        fail_msg("a phone left in %s", out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_keys_naming_ids_in_text),
        cmocka_unit_test(test_thirteen_digits),
        cmocka_unit_test(test_id_key_reader),
        cmocka_unit_test(test_tool_result_members),
        cmocka_unit_test(test_name_value_pairs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
