/* test_phone55.c: phones as people type and scan them (branch phone55, anonymize/phone55.c,
 * contrib/bench/accuracy/notes/phone55.md): a number glued to the words around it, typed digit
 * by digit, or with o/O for zero and l/I for one is found over exactly the bytes typed; orders,
 * tracking and serial numbers glued or spaced the same way are not; a chat with such a phone is
 * rewritten and restored byte by byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS 1
#define NAMES_SKIP_TYPE "PERSON"
#include "names_cases.h"

/* Glued to a word after it or before it. */
static void test_phone_glued_to_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"call me 07700900123pls", "PHONE=07700900123"},
        {"tel:0612345678thx", "PHONE=0612345678"},
        {"mob0612345678 ok", "PHONE=0612345678"},
        {"loipon wa:+306991752970 efxaristo", "PHONE=+306991752970"},
    };
    CHECK(c);
}

/* Spaced single digits, o/O for zero and l/I for one, typed or OCR'd. */
static void test_phone_spaced_and_letter_digits(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ring me on 0 7 7 0 0 9 0 0 1 2 3", "PHONE=0 7 7 0 0 9 0 0 1 2 3"},
        {"bel me op o6 1234 5678 thx", "PHONE=o6 1234 5678"},
        {"TEL ¦ O2O 7946 OOl8", "PHONE=O2O 7946 OOl8"},
    };
    CHECK(c);
}

/* Orders, tracking, accounts and serials glued or spaced the same way stay. */
static void test_lookalikes_glued_and_spaced_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"order482913377pls", ""}, {"trk1Z92X349851810907pls", ""},
        {"acct6142180802!!", ""},  {"s/n 8 5 7 3 7 0 3 3 4 1", ""},
        {"need 2oo pcs", ""},      {"INV NO ¦ 2O24727875", ""},
    };
    CHECK(c);
}

/* A glued phone is masked and restored as typed. */
static void test_glued_phone_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "call me O77OO 9OOl23pls\nok";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "call me [PHONE_1]pls\nok");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Call [PHONE_1] today.";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Call O77OO 9OOl23 today.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phone_glued_to_words),
        cmocka_unit_test(test_phone_spaced_and_letter_digits),
        cmocka_unit_test(test_lookalikes_glued_and_spaced_stay),
        cmocka_unit_test(test_glued_phone_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
