/* test_var15.c: structured values in spellings var11-var13 never had (stop 37, branch var15,
 * contrib/bench/accuracy/notes/var15.md). The detection view reads a one-dot leader, an
 * ideographic, small or half-width full stop as the '.' of an address or a number when ASCII
 * letters or digits stand on both sides, the small commercial at as '@', the hyphen bullet as a
 * dash, drops a combining mark stacked on a digit, and decodes percent-encoded and entity quotes,
 * commas and colons (JSON sent in a URL's query); an IBAN may be split by tabs. Through anon_find
 * and through anon_rewrite with the restorer, which must give the original bytes back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "findings.h"
#include "default_engine.h"

static void test_dot_and_at_look_alikes_read_as_dot_and_at(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"write to maria.keller@posteo\u2024de, thanks", "EMAIL=maria.keller@posteo\u2024de"},
        {"escribe a javier@telefonica\u3002es, gracias", "EMAIL=javier@telefonica\u3002es"},
        {"mail naar pieter@ziggo\uff61nl", "EMAIL=pieter@ziggo\uff61nl"},
        {"schreib an jonas.brandl\ufe6bgmx.at, danke", "EMAIL=jonas.brandl\ufe6bgmx.at"},
        {"the server is at 82\u2024165\u202429\u20243, thanks", "IPV4=82\u2024165\u202429\u20243"},
        /* a CJK sentence's full stop before CJK text, a dot leader in a table of contents */
        {"\u4fa1\u683c\u306f100\u3002\u6b21\u306f200\u3067\u3059", ""},
        {"Chapter 1\u2024\u2024\u2024\u2024 12", ""},
    };
    CHECK(def_engine, c);
}

static void test_hyphen_bullet_and_combining_marks_in_numbers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"my card number is 4111\u20431111\u20431111\u20431111, thanks",
         "CREDIT_CARD=4111\u20431111\u20431111\u20431111"},
        {"my SSN is 536\u204322\u20438451", "US_SSN=536\u204322\u20438451"},
        {"card 4111 1111 1111 111\u03321 ok", "CREDIT_CARD=4111 1111 1111 111\u03321"},
        {"SSN 536-22-845\u0336\u03361 ok", "US_SSN=536-22-845\u0336\u03361"},
        /* not Luhn; an accent over a letter (NFD) stays an accent */
        {"order 4111\u20431111\u20431111\u20431112 shipped", ""},
        {"Jose\u0301 paid 12 euros", ""},
    };
    CHECK(def_engine, c);
}

static void test_percent_encoded_json_in_a_query(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"GET /v2/contacts?filter=%7B%22card%22%3A%20%224111%201111%201111%201111%22%7D",
         "CREDIT_CARD=4111%201111%201111%201111"},
        {"GET /c?filter=%7B%22tel%22%3A%22%2B49%20151%201234%205678%22%7D",
         "PHONE=%2B49%20151%201234%205678"},
        {"GET /c?q=%7B%22ip%22%3A%2282.165.29.3%22%7D", "IPV4=82.165.29.3"},
        {"<a data-user=\"{&quot;iban&quot;:&quot;DE89 3704 0044 0532 0130 00&quot;}\">",
         "IBAN=DE89 3704 0044 0532 0130 00"},
        /* ids, counts and versions in the same shape stay */
        {"GET /o?filter=%7B%22order%22%3A%22123456789012%22%7D", ""},
        {"GET /p?filter=%7B%22v%22%3A%221.2.3%22%2C%22n%22%3A42%7D", ""},
    };
    CHECK(def_engine, c);
}

static void test_iban_groups_split_by_tabs(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"IBAN\tDE89\t3704\t0044\t0532\t0130\t00\tok", "IBAN=DE89\t3704\t0044\t0532\t0130\t00"},
        {"wire it to NL91\tABNA\t0417\t1643\t00, thanks", "IBAN=NL91\tABNA\t0417\t1643\t00"},
        /* a spreadsheet row whose cells fail mod 97 */
        {"DE12\t3456\t7890\t1234\t5678\t90", ""},
    };
    CHECK(def_engine, c);
}

/* One quoted string element holding the grouped card is a card; the groups spread over an
 * array's elements still need the array's key (a bounding box may pass Luhn), and a bare
 * bracketed print of four numbers stays. */
static void test_card_in_one_string_element(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"jq '.accounts[\"4111 1111 1111 1111\"].limits' dump.json",
         "CREDIT_CARD=4111 1111 1111 1111"},
        {"{\"ids\": [\"4111-1111-1111-1111\"]}", "CREDIT_CARD=4111-1111-1111-1111"},
        {"{\"bbox\": [\"4000\", \"1000\", \"1000\", \"1009\"]}", ""},
        {"{\"bbox\": [4000, 1000, 1000, 1009]}", ""},
        {"print(x) -> [4000 1000 1000 1009]", ""},
    };
    CHECK(def_engine, c);
}

/* The German notation: trunk 0 and area code, a slash, the number in dashed groups or with
 * its extension; a reference with a year or a short group after the slash stays. */
static void test_phone_area_code_slash_then_dashes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tel. 030/12345-678", "PHONE=030/12345-678"},
        {"Ruf mich an unter 0151/3162-9613, danke.", "PHONE=0151/3162-9613"},
        {"Fax: 089/123-4567", "PHONE=089/123-4567"},
        {"Az. 012/2024-03 vom Amt", ""},
        {"see 034/11-2012 for details", ""},
        {"Norm 0815/1998-01", ""},
    };
    CHECK(def_engine, c);
}

static void test_gateway_bodies_mask_and_restore(void **state)
{
    (void)state;
    /* as a chat client sends them: UTF-8 as is, and the same characters \u-escaped */
    chat_round_trip("write to maria.keller@posteo\u2024de", "maria.keller", NULL);
    chat_round_trip("write to maria.keller@posteo\\u2024de", "maria.keller",
                    "write to maria.keller@posteo\u2024de");
    chat_round_trip("server 82\\u3002165\\u300229\\u30023 is down", "165",
                    "server 82\u3002165\u300229\u30023 is down");
    chat_round_trip("card 4111\u20431111\u20431111\u20431111", "1111", NULL);
    chat_round_trip("card 4111 1111 1111 111\u03321", "1111", NULL);
    chat_round_trip("GET /c?filter=%7B%22card%22%3A%20%224111%201111%201111%201111%22%7D", "1111",
                    NULL);
    chat_round_trip("IBAN DE89\\t3704\\t0044\\t0532\\t0130\\t00", "0532",
                    "IBAN DE89\\t3704\\t0044\\t0532\\t0130\\t00");
    chat_round_trip("jq '.accounts[\\\"4111 1111 1111 1111\\\"].limits'", "1111", NULL);
    chat_round_trip("Ruf mich an unter 0151/3162-9613", "9613", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dot_and_at_look_alikes_read_as_dot_and_at),
        cmocka_unit_test(test_hyphen_bullet_and_combining_marks_in_numbers),
        cmocka_unit_test(test_percent_encoded_json_in_a_query),
        cmocka_unit_test(test_iban_groups_split_by_tabs),
        cmocka_unit_test(test_card_in_one_string_element),
        cmocka_unit_test(test_phone_area_code_slash_then_dashes),
        cmocka_unit_test(test_gateway_bodies_mask_and_restore),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
