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
    char out[512];
    body_forward(req, out, sizeof out);
    if (strstr(out, "keller") || strstr(out, "Maria"))
        fail_msg("the name left in %s", out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spelled_address_carries_its_name),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
