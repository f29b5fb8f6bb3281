/* test_detect_agent49.c: a date after a '+' is no phone (branch agent49): a pytest assertion's
 * diff lines ("E         + 06.08.1965") and a diff's added rows print a birth date right after
 * the '+'. A '+' before a real number's groups stays a phone. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plus_before_a_date_is_no_phone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
