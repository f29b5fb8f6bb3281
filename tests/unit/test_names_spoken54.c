/* test_names_spoken54.c: phones read out in words as callers say them (branch spoken54,
 * names_spoken54.c, contrib/bench/accuracy/notes/spoken54.md): pairs and compounds, fillers and
 * self-corrections inside the run, a country code after "plus", digits and words mixed, digit
 * words of languages the cue pass never stops at; numbers in words that are no phone stay; pets
 * after an animal's word and "driver:" labels are no people; a phone said with a correction
 * inside is rewritten and restored as said. */
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

static void test_phones_in_pairs_fillers_corrections_and_codes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ja also meine nummer ist null eins fünf eins siebzehn zweiundvierzig neunundneunzig "
         "danke",
         "PHONE=null eins fünf eins siebzehn zweiundvierzig neunundneunzig"},
        {"you can ring me back on oh seven seven er sorry seven double oh four one two three "
         "nine thanks",
         "PHONE=oh seven seven er sorry seven double oh four one two three nine"},
        {"call me on plus four four seven seven double one two three four five six cheers",
         "PHONE=plus four four seven seven double one two three four five six"},
        {"oui mon numéro c'est le zéro sept 4 sept sept zéro 6 4 1 6 voilà",
         "PHONE=zéro sept 4 sept sept zéro 6 4 1 6"},
        {"moi numeroni on nolla neljä viisi kaksi kaksi nolla nolla neljä seitsemän kolme kiitos",
         "PHONE=nolla neljä viisi kaksi kaksi nolla nolla neljä seitsemän kolme"},
        /* after a birth cue: the phone, not a birth read out of its digits */
        {"agent: your date of birth and a number please\ncaller: yeah my number is oh one six one "
         "four nine six one two three four",
         "PHONE=oh one six one four nine six one two three four"},
        {"mi número es el setenta y cuatro treinta y ocho noventa y siete ochenta y ocho cuatro "
         "gracias",
         "PHONE=setenta y cuatro treinta y ocho noventa y siete ochenta y ocho cuatro"},
    };
    CHECK(c);
}

/* Numbers in words that are no phone: a meter reading with "double", an amount in pairs, a year
 * after fillers. */
static void test_numbers_in_words_that_are_no_phone_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"meter reading seven four double two one um that's it", ""},
        {"it came to twenty five euros er thirty cents", ""},
        {"die kundennummer ist vier fünf sechs sieben acht neun eins danke", ""},
        {"agent: your date of birth please\ncaller: march fourth nineteen eighty seven\nagent: "
         "thank you",
         "DATE_OF_BIRTH=march fourth nineteen eighty seven"},
    };
    CHECK(c);
}

/* Pets and boats after an animal's word are no people; a driver's label is a role. */
static void test_pets_after_animal_words_and_driver_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"caller: hi my name is rhiannon ashworth\ndriver: yeah our dog milo ran off\n"
         "caller: vår hund milo var jätteduktig\ndriver: ok",
         "PERSON=rhiannon ashworth"},
        {"[04:33] driver: bom dia\n[05:12] spk_1: é a minha filha vasmar\n[05:41] operator: ok",
         "PERSON=vasmar"},
    };
    CHECK(c);
}

/* A birth said before its birth word: "... doğumluyum", "... geboren". */
static void test_birth_said_before_its_birth_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"operator: ok\ncaller: merhaba ben burak\ncaller: on üç mart bin dokuz yüz doksan iki "
         "doğumluyum\noperator: tamam",
         "PERSON=burak;DATE_OF_BIRTH=on üç mart bin dokuz yüz doksan iki"},
    };
    CHECK(c);
}

/* A phone said with a filler and a correction inside: one token, restored as said. */
static void test_corrected_spoken_phone_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "operator: and a number to ring you back\n"
                     "caller: oh seven seven er sorry seven double oh four one two three nine\n";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "operator: and a number to ring you back\ncaller: [PHONE_1]\n");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Call back on [PHONE_1].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Call back on oh seven seven er sorry seven double oh "
                                          "four one two three nine.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phones_in_pairs_fillers_corrections_and_codes),
        cmocka_unit_test(test_numbers_in_words_that_are_no_phone_stay),
        cmocka_unit_test(test_pets_after_animal_words_and_driver_labels),
        cmocka_unit_test(test_birth_said_before_its_birth_word),
        cmocka_unit_test(test_corrected_spoken_phone_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
