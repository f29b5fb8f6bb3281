/* test_pci8.c: CARD_SECURITY_CODE (branch pci8): 3 or 4 digits after a label that names a card's
 * security code, in English and the pack locales' words, with the separators people write, as a
 * JSON member (string or number, through anon_rewrite, and restored from its token); and the
 * look-alikes that must stay: other codes, "cvv" in code and docs, counts and versions. PHONE:
 * 12 to 15 bare digits under a phone word, a country code and that country's length (e164.c);
 * the German "(0)170/1234567". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "default_engine.h"

static const char *want_type = "CARD_SECURITY_CODE";

/* The values of text's findings of want_type, ';'-joined. */
static void codes(const char *text, char *buf, size_t cap)
{
    anon_finding_t *f = NULL;
    size_t n = 0, o = 0;
    assert_int_equal(anon_find(def_engine, text, strlen(text), &f, &n), 0);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        if (strcmp(anon_engine_type_name(def_engine, f[i].type), want_type) == 0)
            o += (size_t)snprintf(buf + o, cap - o, "%s%.*s", o ? ";" : "",
                                  (int)(f[i].end - f[i].start), text + f[i].start);
    free(f);
}

struct tcase {
    const char *text, *want;
};

static void check(const struct tcase *c, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[256];
        codes(c[i].text, got, sizeof got);
        if (strcmp(got, c[i].want) != 0) {
            print_error("text: %s\n  want: %s\n  got:  %s\n", c[i].text, c[i].want, got);
            bad = 1;
        }
    }
    assert_false(bad);
}
#define CHECK(c) check(c, sizeof(c) / sizeof((c)[0]))
#define CHECK_TYPE(t, c)                                                                           \
    (want_type = (t), check(c, sizeof(c) / sizeof((c)[0])), want_type = "CARD_SECURITY_CODE")

static void test_csc_english_labels_and_separators(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"card 4111 1111 1111 1111 exp 12/27 cvv 123", "123"},
        {"CVV: 123", "123"},
        {"cvc 123", "123"},
        {"security code 4821", "4821"},
        {"Security Code (CVV): 482", "482"},
        {"Card Verification Value (CVV) no. 777", "777"},
        {"CVV2=991 result=DECLINED", "991"},
        {"cvc-2 # 0042", "0042"},
        {"the cvv is 318, expiry 04/29", "318"},
        {"CVV/CVC: 8453", "8453"},
        {"Card Security Code:\n 505", "505"},
        {"pan=4111111111111111 card_cvv=204", "204"},
        {"cardCvc: 311", "311"},
    };
    CHECK(c);
}

static void test_csc_locale_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"cryptogramme visuel : 631", "631"},
        {"c\xc3\xb3"
         "digo de seguridad: 376",
         "376"},
        {"C\xc3\xb3"
         "digo de seguran\xc3\xa7"
         "a 695",
         "695"},
        {"codice di sicurezza 1216", "1216"},
        {"beveiligingscode: 443", "443"},
    };
    CHECK(c);
}

static void test_csc_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"request failed with status code 404", ""},
        {"error code 4821, retrying", ""},
        {"interface Card { number: string; cvv: string; }", ""},
        {"if (!validateCvv(123)) throw", ""},
        {"The CVV is the 3-digit code on the back", ""},
        {"CVV: not required for saved cards", ""},
        {"cvc 2 of 3 checks passed", ""},
        {"cvv-lib 2.14 released", ""},
        {"Ran 412 tests, cvv module: 38 passed", ""},
        {"cvv 12345678", ""},
        {"cvv 1.234", ""},
        {"Content-ID: <cid:image001.png@01D9A1B2.C3D4E5F0>", ""},
        {"Fehlercode 4711, Port 8443", ""},
        {"security 2024 report", ""},
    };
    CHECK(c);
}

static char *rewrite(anon_session_t *s, const char *in)
{
    anon_rewrite_opts_t o = {0};
    anon_buf_t out = {0};
    char err[128] = "";
    assert_true(anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)in, strlen(in), &out, err,
                             sizeof err) >= 0);
    char *r = strndup(out.data ? (char *)out.data : "", out.len);
    anon_buf_free(&out);
    return r;
}

/* JSON members: a number or a string under a security code's key becomes a string token, and the
 * token restores to the value; the same numbers under other keys stay numbers. */
static void test_csc_json_members_and_restore(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    char *r = rewrite(s, "{\"card\":{\"cvc\":123,\"cardCvv\":\"4821\",\"security_code\":987,"
                         "\"count\":123,\"status\":404,\"port\":8443}}");
    assert_string_equal(r, "{\"card\":{\"cvc\":\"[CARD_SECURITY_CODE_1]\",\"cardCvv\":\"[CARD_"
                           "SECURITY_CODE_2]\",\"security_code\":\"[CARD_SECURITY_CODE_3]\","
                           "\"count\":123,\"status\":404,\"port\":8443}}");
    size_t vl = 0;
    const char *v = anon_session_lookup(s, "[CARD_SECURITY_CODE_1]", 22, &vl);
    assert_non_null(v);
    assert_int_equal(vl, 3);
    assert_memory_equal(v, "123", 3);
    free(r);
    r = rewrite(s, "{\"cvv\":\"not required\",\"cvc\":12,\"cvv\":12345}");
    assert_string_equal(r, "{\"cvv\":\"not required\",\"cvc\":12,\"cvv\":12345}");
    free(r);
    anon_session_free(s);
}

/* disabledDetectors knows the type */
static void test_csc_can_be_disabled(void **state)
{
    (void)state;
    const char *off[] = {"CARD_SECURITY_CODE"};
    anon_config_t cfg = {.disabled = off, .ndisabled = 1};
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(e, "cvv: 123", 8, &f, &n), 0);
    assert_int_equal(n, 0);
    free(f);
    anon_engine_free(e);
}

/* A country code and its national length under a phone word, in the pack locales */
static void test_phone_without_plus_under_phone_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"mobile: 447700900123", "447700900123"},
        {"phone: 4917612345678", "4917612345678"},
        {"tel=33612345678", "33612345678"},
        {"WhatsApp 5511987654321", "5511987654321"},
        {"Handy 4915112345679", "4915112345679"},
        {"telefoon: 31612345678", "31612345678"},
        {"m\xc3\xb3vil 34612345678", "34612345678"},
        {"cellulare 393471234567", "393471234567"},
        {"telem\xc3\xb3vel: 351912345678", "351912345678"},
    };
    CHECK_TYPE("PHONE", c);
}

/* Too short or long for the country, no such country code, other labels, epoch times */
static void test_phone_without_plus_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"phone: 12345", ""},
        {"mobile: 447700900123456", ""},   /* 44 and 13 digits */
        {"tel: 991234567890", ""},         /* 99x: unassigned */
        {"phone: 4901701234567", ""},      /* a trunk 0 after the country code */
        {"mobile: 1700000000000", ""},     /* epoch milliseconds */
        {"order number 491701234567", ""}, /* "number" alone names no phone */
        {"ticket id=5511987654321 closed", ""},
        {"invoice 336123456789 due", ""},
    };
    CHECK_TYPE("PHONE", c);
}

/* German notation: the trunk 0 in brackets and a slash after the area code; not a date */
static void test_phone_german_trunk_in_brackets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tel. (0)170/1234567", "(0)170/1234567"},
        {"Tel. +49 (0)170/1234567", "+49 (0)170/1234567"},
        {"Fax +49 (0)30/3960006", "+49 (0)30/3960006"},
        {"am (0)12/2024 f\xc3\xa4llig", ""},
        {"x = f(0)12/20245", ""},
    };
    CHECK_TYPE("PHONE", c);
}

/* "phone": 4917612345678 leaves as a string token and restores */
static void test_phone_without_plus_json_number(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    char *r = rewrite(s, "{\"phone\":4917612345678,\"orderNo\":4917612345678}");
    assert_string_equal(r, "{\"phone\":\"[PHONE_1]\",\"orderNo\":4917612345678}");
    size_t vl = 0;
    const char *v = anon_session_lookup(s, "[PHONE_1]", 9, &vl);
    assert_non_null(v);
    assert_int_equal(vl, 13);
    free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csc_english_labels_and_separators),
        cmocka_unit_test(test_csc_locale_labels),
        cmocka_unit_test(test_csc_lookalikes_stay),
        cmocka_unit_test(test_csc_json_members_and_restore),
        cmocka_unit_test(test_csc_can_be_disabled),
        cmocka_unit_test(test_phone_without_plus_under_phone_word),
        cmocka_unit_test(test_phone_without_plus_lookalikes_stay),
        cmocka_unit_test(test_phone_without_plus_json_number),
        cmocka_unit_test(test_phone_german_trunk_in_brackets),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
