/* test_gate.c: the one-pass summary in front of the digit detectors' gates (anonymize/gate.c).
 * The summary may only rule a gate out where the gate itself says no: every window a gate passes
 * must have its bit set, whether the summary is asked for all the gates or for that one alone.
 * (bench_gates checks the same over random windows; these are the shapes that made it subtle.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"

#include "gate_window.h"

static const unsigned all_bits =
    ANON_GB_CARD | ANON_GB_IBAN | ANON_GB_IPV4 | ANON_GB_PHONE | ANON_GB_US_SSN | ANON_GB_US_ITIN;

static const struct {
    anon_gate_fn gate;
    unsigned bit;
} gates[] = {
    {anon_g_card, ANON_GB_CARD},     {anon_g_iban, ANON_GB_IBAN},
    {anon_g_ipv4, ANON_GB_IPV4},     {anon_g_phone, ANON_GB_PHONE},
    {anon_g_us_ssn, ANON_GB_US_SSN}, {anon_g_us_itin, ANON_GB_US_ITIN},
};

static void test_summary_passes_every_window_its_gate_passes(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "card 4111 1111 1111 1111 ok",
        "card 4111-1111-1111-1111.",
        "4111\r\n1111\r\n1111\r\n1111",
        "ref 5:4111 1111 1111 1111 1111", /* the first run cannot start a card, the next can */
        "a12 4111 1111 1111 1111",        /* a glued run before the card */
        "x1,4111 1111 1111 1111",         /* a glued digit before ',' and a card */
        "v2\"+44 20 7946 0958",           /* ... before '"' and a phone */
        "k9 9f8e DE89 3704 0044 0532 0130 00",
        "call +1 (415) 555-2671 now",
        "tel:+44 20 7946 0958",
        "x1 +44 20 7946 0958",
        "(020 7946 0958) home",
        "phone 020 7946 0958 ext. 12",
        "07700 900123 x12",
        "/users/+14155550132/calls",
        "12,+14155550132",
        "Flat 12 07700 900123",
        "IBAN DE89 3704 0044 0532 0130 00",
        "GB82-WEST-1234-5698-7654-32",
        "xDE89370400440532013000",
        "host 10.0.0.1 up",
        "ssn 536-22-8726, or 078-05-1120",
        "SSN 536 22 8726",
        "SSN 536228726",
        "ITIN 912-70-1234",
        "/912-70-1234/",
    };
    unsigned seen = 0;
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        anon_window_t w;
        make_window(texts[k], &w);
        unsigned maybe = anon_gates_maybe(&w, all_bits);
        for (size_t g = 0; g < sizeof gates / sizeof gates[0]; g++) {
            if (!gates[g].gate(&w))
                continue;
            seen |= gates[g].bit;
            if (!(maybe & gates[g].bit) || !(anon_gates_maybe(&w, gates[g].bit) & gates[g].bit))
                fail_msg("summary rules out gate bit %u in \"%s\"", gates[g].bit, texts[k]);
        }
    }
    assert_int_equal(seen, all_bits); /* every gate said yes somewhere */
}

static void test_summary_rules_out_prose_windows(void **state)
{
    (void)state;
    /* the digit windows of contrib/bench/bench_rewrite's PII-free prose: no gate is asked */
    static const char *const texts[] = {
        "trace from version 2.4.1 of the service, order 884213 failed.",
        "The deployment at 2024-05-01T10:22:33Z used commit 9f8e7d6c5b4a and took 42 seconds.",
        "a + b\n\nprint(add(1, 2))\n UUID 123e4567-e89b-12d3-a456-426614174000 maps to",
    };
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        anon_window_t w;
        make_window(texts[k], &w);
        assert_int_equal(anon_gates_maybe(&w, all_bits), 0);
    }
}

static void test_gate_bits(void **state)
{
    (void)state;
    for (size_t g = 0; g < sizeof gates / sizeof gates[0]; g++)
        assert_int_equal(anon_gate_bit(gates[g].gate), gates[g].bit);
    assert_int_equal(anon_gate_bit(anon_g_ipv6), 0);
    assert_int_equal(anon_gate_bit(NULL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_summary_passes_every_window_its_gate_passes),
        cmocka_unit_test(test_summary_rules_out_prose_windows),
        cmocka_unit_test(test_gate_bits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
