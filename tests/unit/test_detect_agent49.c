/* test_detect_agent49.c: agents' tool results and developers' pastes (branch agent49).
 * - A date after a '+' is no phone: a pytest assertion's diff lines ("E         + 06.08.1965")
 *   print a birth date right after the '+'. A '+' before a real number's groups stays a phone.
 * - A "name" member followed by a birth date's member in the same object is a person's name
 *   (rewrite_born.c), one word or invented; a "name" with no birth beside it stays.
 * - A date on the same calendar day as a birth found in the text is that birth in another
 *   format (names_agent49.c): a test's assertion, a parser's error; other days stay. */
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

static void test_plus_before_a_date_is_no_phone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"E         + 06.08.1965\n", ""},
        {"E         + 1971-07-28\n", ""},
        {"E         + 19/02/1962\n", ""},
        {"+ 12-31-1980\n", ""},
        /* numbers keep their '+' */
        {"Tel: +49 30 12345678", "PHONE=+49 30 12345678"},
        {"call +33 1 42 68 53 00", "PHONE=+33 1 42 68 53 00"},
        {"phone: +1 415 555 0132", "PHONE=+1 415 555 0132"},
    };
    CHECK(def_engine, c);
}

static void test_same_day_in_another_format(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"\"dob\": \"1965-08-06\"\nE  AssertionError: assert '06.08.1965' == '1965-08-06'\n",
         "DATE_OF_BIRTH=1965-08-06;DATE_OF_BIRTH=06.08.1965;DATE_OF_BIRTH=1965-08-06"},
        {"date_of_birth=1969-09-13\nValueError: time data '13 September 1969' does not match\n",
         "DATE_OF_BIRTH=1969-09-13;DATE_OF_BIRTH=13 September 1969"},
        {"Date of birth: 1980-05-13\nERROR: invalid input syntax for type date: \"May 13, 1980\"\n",
         "DATE_OF_BIRTH=1980-05-13;DATE_OF_BIRTH=May 13, 1980"},
        /* another day of the same year stays */
        {"Date of birth: 1980-05-13\nupdated 14.05.1980\n", "DATE_OF_BIRTH=1980-05-13"},
    };
    CHECK(def_engine, c);
}

static void test_name_beside_a_birth_is_a_person(void **state)
{
    (void)state;
    static const char tool[] =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c\",\"content\":"
        "\"{\\\"dependants\\\":[{\\\"name\\\":\\\"Kerker\\\",\\\"date_of_birth\\\":"
        "\\\"2017-01-01\\\"}],\\\"results\\\":[{\\\"id\\\":\\\"p_1\\\",\\\"name\\\":"
        "\\\"Hruvla Bomirek\\\",\\\"dob\\\":\\\"1964-11-05\\\"}],\\\"tools\\\":[{"
        "\\\"name\\\":\\\"Weather Lookup\\\",\\\"created\\\":\\\"2021-01-01\\\"}]}\"}]}";
    static const char gemini[] =
        "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":"
        "\"get_pupil\",\"response\":{\"dependants\":[{\"name\":\"Zsakerszi\",\"dob\":"
        "\"2010-04-06\"}]}}}]}]}";
    char out[1024];
    body_forward(tool, out, sizeof out);
    if (strstr(out, "Kerker") || strstr(out, "Hruvla"))
        fail_msg("a name beside a birth was left in %s", out);
    if (!strstr(out, "Weather Lookup"))
        fail_msg("a tool's name was masked in %s", out);
    body_forward(gemini, out, sizeof out);
    if (strstr(out, "Zsakerszi"))
        fail_msg("a name beside a birth was left in %s", out);
    if (!strstr(out, "get_pupil"))
        fail_msg("a function's name was masked in %s", out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plus_before_a_date_is_no_phone),
        cmocka_unit_test(test_name_beside_a_birth_is_a_person),
        cmocka_unit_test(test_same_day_in_another_format),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
