/* test_names_spoken51.c: phones read out in words in speech-to-text and dictation (branch
 * spoken51, names_spoken51.c, contrib/bench/accuracy/notes/spoken51.md): digit by digit in each
 * language, with "double"/"triple", French in pairs, found from the stops of leaks46's cue pass;
 * order, case and meter numbers said digit by digit stay; a spoken phone and a spoken date of
 * birth are rewritten and restored as said. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

static void test_phones_read_digit_by_digit_in_each_language(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"uh you can reach me on oh seven seven double four one two three nine eight six thanks",
         "PHONE=oh seven seven double four one two three nine eight six"},
        {"ja hallo meine nummer ist null eins sieben sechs zwo drei vier fünf sechs sieben acht",
         "PHONE=null eins sieben sechs zwo drei vier fünf sechs sieben acht"},
        {"rappelez moi au zéro six douze trente-quatre cinquante-six soixante-dix-huit merci",
         "PHONE=zéro six douze trente-quatre cinquante-six soixante-dix-huit"},
        {"mi richiami al tre tre nove sei sei otto tre sei quattro sette grazie",
         "PHONE=tre tre nove sei sei otto tre sei quattro sette"},
        {"llámeme al seis cuatro siete cuatro dos cuatro nueve cinco cinco",
         "PHONE=seis cuatro siete cuatro dos cuatro nueve cinco cinco"},
        {"ring mig på noll sju två fyra åtta tre fyra åtta fem sex tack",
         "PHONE=noll sju två fyra åtta tre fyra åtta fem sex"},
        /* seven or eight digits after a phone word (Danish numbers have eight; "på" stops the pass)
         */
        {"du kan ringe på to tre fire fem seks syv otte ni",
         "PHONE=to tre fire fem seks syv otte ni"},
        {"my number is seven two three nine eight four one",
         "PHONE=seven two three nine eight four one"},
    };
    CHECK(c);
}

/* Numbers said digit by digit that are no phone: short, or seven and eight digits after no
 * phone word; counting; a year. */
static void test_spoken_numbers_that_are_no_phone_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"order number four five seven two nine please check it", ""},
        {"meter reading one one zero three seven two was sent", ""},
        {"case reference two zero one eight four four seven one", ""},
        {"die bestellnummer ist sieben null acht drei eins zwei vier danke", ""},
        {"the order number is seven two three nine eight four one", ""},
        {"ordernummer zeven nul acht drie een twee vier", ""},
        {"the total was two hundred and twelve pounds on may two", ""},
    };
    CHECK(c);
}

/* A spoken phone and a spoken date of birth in a call: rewritten to tokens, restored as said. */
static void test_spoken_phone_and_birth_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "agent: and your date of birth\ncaller: march fourth nineteen eighty seven\n"
                     "agent: and a number to call you back\n"
                     "caller: its oh seven seven double four one two three nine eight six\n";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "agent: and your date of birth\ncaller: [DATE_OF_BIRTH_1]\n"
                           "agent: and a number to call you back\ncaller: its [PHONE_1]\n");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Born [DATE_OF_BIRTH_1], call back on [PHONE_1].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data,
                        "Born march fourth nineteen eighty seven, call back on oh seven seven "
                        "double four one two three nine eight six.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phones_read_digit_by_digit_in_each_language),
        cmocka_unit_test(test_spoken_numbers_that_are_no_phone_stay),
        cmocka_unit_test(test_spoken_phone_and_birth_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
