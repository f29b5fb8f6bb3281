/* test_phone56.c: phones in noisy text, second round (branch phone56, anonymize/phone56.c,
 * contrib/bench/accuracy/notes/phone56.md): a phone symbol, a one-letter label with its colon or a
 * call-back verb before a number, a number joined to a phone by "oder"/"ou"/"/", a note's '#'
 * glued to the number, a bracketed country code before a one-digit area code, the text of a
 * tel: link, and digits said twice or thrice in da/no/cs; ids after their labels and a note's
 * marks stay; a note with such a phone is rewritten and restored byte by byte. */
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

/* A phone symbol, a one-letter label with its colon, a verb that asks for a call back. */
static void test_phone_after_marks_and_verbs(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ring \xe2\x98\x8e\xef\xb8\x8f 30 11 41 73 pls", "PHONE=30 11 41 73"},
        {"fyrservice - ring \xf0\x9f\x93\x9e 219 58 225", "PHONE=219 58 225"},
        {"FYRSERVICE - n\xc3\xa5s T: 926 94 253 !!", "PHONE=926 94 253"},
        {"kaz\xc3\xa1nszerviz - h\xc3\xadvjon: 20 123 4567", "PHONE=20 123 4567"},
    };
    CHECK(c);
}

/* A second number joined to a phone; a '#' glued to a number; "(+358) 9 ..."; a tel: link. */
static void test_phone_joined_hashed_bracketed_linked(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"tr\xc3\xa6"
         "ffes T: 57330135 ou 35024123",
         "PHONE=57330135;PHONE=35024123"},
        {"ring 0612345678 oder 21866324", "PHONE=0612345678;PHONE=21866324"},
        {"job 33 - llamar #0612345678 !!", "PHONE=0612345678"},
        {"n\xc3\xa5s #41 34 93 34", "PHONE=41 34 93 34"},
        {"Tel (+358) 9 731 71 65", "PHONE=(+358) 9 731 71 65"},
        {"[45 74 23 96](tel:+4545742396)", "PHONE=45 74 23 96;PHONE=+4545742396"},
        {"<a href=\"tel:+4722884923\">228 84 923</a>", "PHONE=+4722884923;PHONE=228 84 923"},
    };
    CHECK(c);
}

/* Digits said twice or thrice in Norwegian and Czech, under a transcript's ask. */
static void test_spoken_doubling_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"utskrift av en talemelding, hent ut opplysningene:\n\neh hei eh fyrservice nummeret "
         "mitt er to en tre fem dobbel to fem sju eh takk\n",
         "PHONE=to en tre fem dobbel to fem sju"},
        {"p\xc5\x99"
         "epis hlasov\xc3\xa9 zpr\xc3\xa1vy:\n\nehm ahoj ehm servis kotle moje "
         "\xc4\x8d\xc3\xadslo je dvakr\xc3\xa1t sedm \xc5\xa1"
         "est dev\xc4\x9bt \xc5\xa1"
         "est "
         "\xc5\xa1"
         "est osm t\xc5\x99i \xc5\xa1"
         "est ehm d\xc3\xadky\n",
         "PHONE=dvakr\xc3\xa1t sedm \xc5\xa1"
         "est dev\xc4\x9bt \xc5\xa1"
         "est \xc5\xa1"
         "est osm "
         "t\xc5\x99i \xc5\xa1"
         "est"},
    };
    CHECK(c);
}

/* Parcels, tickets and accounts after their labels and a note's marks stay; so do a '#' after a
 * word and numbers joined to a number that is no phone. */
static void test_lookalikes_after_marks_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"colis #0097 8223 6355 4800", ""},
        {"rekening / 06-957 04 297", ""},
        {"compte 66 306 373 ankn. 77", ""},
        {"Ticket @ 027-0813-319", ""},
        {"issue#0612345678", ""},
        {"#123-456-7890", ""},
        {"| +32 (0)479 34 25 24 | 548-5930952 |", "PHONE=+32 (0)479 34 25 24"},
        {"orders 12345678 oder 87654321", ""},
        {"T: 20.5 C, 12 34 56 78 runs", ""},
        {"order #2024 1234 5678", ""},
    };
    CHECK(c);
}

/* A phone after a phone symbol is masked and restored as written. */
static void test_marked_phone_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "ring \xf0\x9f\x93\x9e 219 58 225 or T: 57330135 / 35024123\nok";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "ring \xf0\x9f\x93\x9e [PHONE_1] or T: [PHONE_2] / [PHONE_3]\nok");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Call [PHONE_1], [PHONE_2] or [PHONE_3].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Call 219 58 225, 57330135 or 35024123.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phone_after_marks_and_verbs),
        cmocka_unit_test(test_phone_joined_hashed_bracketed_linked),
        cmocka_unit_test(test_spoken_doubling_words),
        cmocka_unit_test(test_lookalikes_after_marks_stay),
        cmocka_unit_test(test_marked_phone_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
