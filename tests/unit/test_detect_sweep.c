/* test_detect_sweep.c: the structured sweep's SIMD filters (engine_sweep.c) never lose a trigger
 * literal or a digit run, wherever the sweep's 16- and 32-byte blocks cut the text and on both
 * SIMD paths (AVX2, and SSSE3 with HUSH_SWEEP_NO_AVX2 set when the engine is made). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"

#include "anonymize/anonymize.h"

/* Checks each case with the text at every offset from 0 to 70 behind spaces and 0, 1, 17 or 40
 * spaces after it: the sweep's blocks (16 and 32 bytes) cut its literals and digit runs
 * everywhere, and its first and last bytes lie at the text's edges. The text is its own
 * allocation, so a read past either end shows under ASan. */
static void check_at_every_offset(const anon_engine_t *e, const struct tcase *c, size_t n)
{
    static const size_t tails[] = {0, 1, 17, 40};
    char got[4096];
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        size_t tl = strlen(c[i].text);
        for (size_t k = 0; k <= 70; k++)
            for (size_t m = 0; m < sizeof tails / sizeof tails[0]; m++) {
                size_t len = k + tl + tails[m];
                char *t = malloc(len + 1);
                assert_non_null(t);
                memset(t, ' ', len);
                memcpy(t + k, c[i].text, tl);
                t[len] = '\0';
                render(e, t, got, sizeof got);
                if (strcmp(got, c[i].want) != 0 && bad++ < 10)
                    print_error("text: %zu spaces, %s, %zu spaces\n  want: %s\n  got:  %s\n", k,
                                c[i].text, tails[m], c[i].want, got);
                free(t);
            }
    }
    if (bad)
        fail_msg("%d placements failed", bad);
}

/* The sweep drops an anchor byte in its SIMD lanes when neither neighbour may border any of its
 * triggers (anon_sweep_pairs' buckets), and reads a digit run's end off the block: neither may
 * lose a trigger or a run at a block's edge or the text's, in any case a literal allows, with
 * AVX2 (32-byte blocks) and without it (16). */
static void test_sweep_filters_keep_triggers_at_every_offset(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Bearer abcDEF123456ghiJKL789", "BEARER_TOKEN=abcDEF123456ghiJKL789"},
        {"bearer abcDEF123456ghiJKL789", "BEARER_TOKEN=abcDEF123456ghiJKL789"},
        {"BEARER abcDEF123456ghiJKL789", "BEARER_TOKEN=abcDEF123456ghiJKL789"},
        {"Authorization: Basic YWxpY2U6czNjcmV0", "BASIC_CREDENTIALS=YWxpY2U6czNjcmV0"},
        {"AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY=AKIAIOSFODNN7EXAMPLE"},
        {"SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
         "SENDGRID_KEY=SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"},
        {"sk_live_4eC39HqLyjWDarjtT1zdp7dc", "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc"},
        {"xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
         "SLACK_TOKEN=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"},
        {"AC0123456789abcdef0123456789abcdef", "TWILIO_KEY=AC0123456789abcdef0123456789abcdef"},
        {"DATABASE_URL=postgres://admin:hunter2@db.internal:5432/prod",
         "DB_URL=postgres://admin:hunter2@db.internal:5432/prod"},
        {"alice@example.com", "EMAIL=alice@example.com"},
        {"4111111111111111", "CREDIT_CARD=4111111111111111"},
        {"card 4111 1111 1111 1111", "CREDIT_CARD=4111 1111 1111 1111"},
        {"DE89 3704 0044 0532 0130 00", "IBAN=DE89 3704 0044 0532 0130 00"},
        {"192.168.1.20", "IPV4=192.168.1.20"},
        {"x https://bob:pw1@ex.io", "URL_CREDENTIALS=bob:pw1"},
        {"x foo://bob:pw1@ex.io", "URL_CREDENTIALS=bob:pw1"},
    };
    anon_engine_t *e = anon_engine_new(NULL, NULL, 0);
    assert_non_null(e);
    check_at_every_offset(e, c, sizeof c / sizeof c[0]);
    anon_engine_free(e);
    setenv("HUSH_SWEEP_NO_AVX2", "1", 1);
    e = anon_engine_new(NULL, NULL, 0);
    unsetenv("HUSH_SWEEP_NO_AVX2");
    assert_non_null(e);
    check_at_every_offset(e, c, sizeof c / sizeof c[0]);
    anon_engine_free(e);
}

/* The detection view's pass (engine_view.c) reads 32 bytes at a time with AVX2 for the bytes
 * above 0x7F and the encoded separators' candidates together: a look-alike separator, an
 * encoded one (the first of a text, before or after a non-ASCII character) and a malformed
 * sequence are each seen wherever they lie. */
static void test_view_utf8_pass_at_every_offset(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"card 4111\xc2\xa0"
         "1111\xc2\xa0"
         "1111\xc2\xa0"
         "1111",
         "CREDIT_CARD=4111\xc2\xa0"
         "1111\xc2\xa0"
         "1111\xc2\xa0"
         "1111"},
        {"caf\xc3\xa9 alice@example.com", "EMAIL=alice@example.com"},
        {"card 4111&nbsp;1111&nbsp;1111&nbsp;1111 ok",
         "CREDIT_CARD=4111&nbsp;1111&nbsp;1111&nbsp;1111"},
        {"caf\xc3\xa9 iban=DE89%203704%200044%200532%200130%2000&x=1",
         "IBAN=DE89%203704%200044%200532%200130%2000"},
        {"2+3=5 x https://app.example.com/search?tel=415+555+0132", "PHONE=415+555+0132"},
    };
    anon_engine_t *e = anon_engine_new(NULL, NULL, 0);
    assert_non_null(e);
    check_at_every_offset(e, c, sizeof c / sizeof c[0]);
    static const char *const bad[] = {"\xc3(", "\xe2\x82", "\xff", "\xed\xa0\x80"};
    char t[160];
    for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++)
        for (int k = 0; k <= 70; k++)
            for (int m = 0; m <= 40; m += 20) {
                snprintf(t, sizeof t, "%*s%s%*s", k, "", bad[b], m, "");
                anon_finding_t *f = NULL;
                size_t n = 0;
                assert_int_equal(anon_find(e, t, strlen(t), &f, &n), ANON_ERR_ENCODING);
                free(f);
            }
    anon_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sweep_filters_keep_triggers_at_every_offset),
        cmocka_unit_test(test_view_utf8_pass_at_every_offset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
