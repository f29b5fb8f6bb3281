/* test_var16.c: structured values pasted in shapes var11-var15 never had (stop 38, branch var16,
 * contrib/bench/accuracy/notes/var16.md). The detection view reads circled digits as digits,
 * drops Markdown emphasis or inline code and inline HTML tags that stand inside a value (a
 * digit beside them), and takes a wrapped line's indentation with the break; an IPv4 address may
 * be zero-padded to three digits a part, and a card in CDATA is no array. Through anon_find,
 * the AVX2 and scalar first passes alike, and through anon_rewrite with the restorer, which must
 * give the original bytes back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "findings.h"
#include "default_engine.h"

static void test_circled_digits_read_as_digits(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"my card number is \u2463\u2460\u2460\u2460 \u2460\u2460\u2460\u2460 "
         "\u2460\u2460\u2460\u2460 \u2460\u2460\u2460\u2460, thanks",
         "CREDIT_CARD=\u2463\u2460\u2460\u2460 \u2460\u2460\u2460\u2460 \u2460\u2460\u2460\u2460 "
         "\u2460\u2460\u2460\u2460"},
        {"my SSN is \u2464\u2462\u2465-\u2461\u2461-\u2467\u2463\u2464\u2460",
         "US_SSN=\u2464\u2462\u2465-\u2461\u2461-\u2467\u2463\u2464\u2460"},
        {"the server is at \u2778\u2779.\u2460\u2465\u2464.\u2461\u2468.\u2462",
         "IPV4=\u2778\u2779.\u2460\u2465\u2464.\u2461\u2468.\u2462"},
        /* list markers and steps stay */
        {"\u2460 \u00d6ffnen \u2461 Speichern \u2462 Schlie\u00dfen", ""},
        {"Schritt \u2460 bis \u2468, dann \u24ea", ""},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_circled_digits_read_as_digits),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
