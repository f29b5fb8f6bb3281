/* test_detect_fid49.c: structured values in shapes the earlier corpora lacked (stop 49, branch
 * fid49, contrib/bench/accuracy/notes/fid49.md): a no-break space written as escaped UTF-8 bytes
 * (Python's repr() of bytes, a URL's %C2%A0), a JSON string's escaped tab or line break pasted as
 * text before a value, curl's -u user:password, and phone48's leftovers: a serial on a bullet line
 * under a bullet sentence that ends in a phone, an extension word read as a street, a phone's
 * label word after a comma read as a person. */
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

static void test_escaped_utf8_separators(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"b'{\"tel\":\"+39\\xc2\\xa0333\\xc2\\xa0947\\xc2\\xa04381\"}'",
         "PHONE=+39\\xc2\\xa0333\\xc2\\xa0947\\xc2\\xa04381"},
        {"tel=%2B49%C2%A0151%E2%80%AF23456789&x=1", "PHONE=%2B49%C2%A0151%E2%80%AF23456789"},
        /* a letter's bytes stay what they are; a lone lead byte decodes nothing */
        {"caf\\xc3\\xa9 no. 12", ""},
        {"id \\xc2 12", ""},
    };
    CHECK(def_engine, c);
}

static void test_escaped_tabs_and_breaks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"a\": \"ref\\t07456 311036\\tok\"}", "PHONE=07456 311036"},
        {"{\"a\": \"call\\n+49 151 23456789\\n\"}", "PHONE=+49 151 23456789"},
        /* an escaped backslash before the letter is no escape of it */
        {"C:\\\\t07456 311036", ""},
    };
    CHECK(def_engine, c);
}

static void test_curl_user(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"curl -sS -X POST https://api.example.net/v1 \\\n  -u deploy:Orca!6363x \\\n  -H \"A: b\"",
         "BASIC_CREDENTIALS=deploy:Orca!6363x"},
        {"curl --user=svc:pw1234 https://a.example.net", "BASIC_CREDENTIALS=svc:pw1234"},
        {"curl https://a.example.net -u 'bob:s3cr et'", "BASIC_CREDENTIALS=bob:s3cr et"},
        {"curl -u \"$USER:$TOKEN\" https://a.example.net", ""},
        {"docker run -u 1000:1000 img", ""},
    };
    CHECK(def_engine, c);
}

static void test_phone48_leftovers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"- 7060 mac owner tel +48 601 392 900\n- 8840-72015-40 laptop", "PHONE=+48 601 392 900"},
        {"Phones:\n- +49 30 1234567\n- +49 40 7654321",
         "PHONE=+49 30 1234567;PHONE=+49 40 7654321"},
        {"Anruf: +43 699 435 340 94 Durchwahl 2438", "PHONE=+43 699 435 340 94"},
        /* a phone's label after a comma is no second person of the list */
        {"Caller: Sophie Martin, Handy: +41 31 602 94 49",
         "PERSON=Sophie Martin;PHONE=+41 31 602 94 49"},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escaped_utf8_separators),
        cmocka_unit_test(test_escaped_tabs_and_breaks),
        cmocka_unit_test(test_curl_user),
        cmocka_unit_test(test_phone48_leftovers),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
