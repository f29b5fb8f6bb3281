/* test_names_typed56.c: phone-typed chat, fifth round (branch typed56, names_typed56.c,
 * contrib/bench/accuracy/notes/typed56.md): the words people type in chat in 17 languages are no
 * names, alone or two in a row ("ok sopii nahdaan huomenna", "thx kaikki", "ahoj zlato"), nor is
 * a chat message after a sender that reads like a form's person label ("tenant: ok will do");
 * writers' names beside an "I am"/"here" word and handles that name a person are found; a chat
 * is rewritten and restored as typed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "restore_bytes.h"

#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_typed56.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* Chat words of several languages, alone or in a row after "ok", a thanks or a greeting, and chat
 * messages after senders named by their role: no PERSON (each was one before). */
static void test_chat_words_are_no_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"kairi: ok sopii nahdaan huomenna\ntutu: kiitti", ""},
        {"jaja: thx kaikki\njatu: moikka", ""},
        {"kavya: ahoj zlato\nkredede: cau", ""},
        {"nils: danke alle\ngarbrun: tschuss", ""},
        {"ok ngl its fine", ""},
        {"tenant: ok will do\nlandlord: thx", ""},
        {"locataire: ok je serai la\nproprietaire: merci", ""},
    };
    CHECK(c);
}

/* Writers' names beside an "I am"/"here" word, and handles that name a person, in a chat of
 * two lines at least (none found before). */
static void test_intros_and_handles_found(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"anna vagyok, holnap jovok\nok", "PERSON=anna"},
        {"sunt irina, ajung in 10 min\nok", "PERSON=irina"},
        {"eimai o nikos, ftano se 10\nok", "PERSON=nikos"},
        {"ich bin lena, die neue\nok", "PERSON=lena"},
        {"ig: anna.keller\nok", "PERSON=anna.keller"},
        {"snap @bosla.v\nok", "PERSON=bosla.v"},
        {"my @ is frederikholm\nok", "PERSON=frederikholm"},
    };
    CHECK(c);
}

/* Look-alikes in the same frames stay: pronouns and places before "here" words, handles made
 * of words, and an e-mail address is no handle. */
static void test_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"otthon vagyok, gyere", ""}, {"ben burda bekliyorum", ""}, {"this is fine lol", ""},
        {"follow pizza.lover", ""},   {"ig: sunny_days", ""},       {"add me coolcat88", ""},
    };
    CHECK(c);
}

static int word(const char *w)
{
    return nw_typed56_chat_word((const uint8_t *)w, strlen(w));
}

/* The list is sorted (found by bisection), asks typed52's too, and holds no given name. */
static void test_chat_word_list_lookup(void **state)
{
    (void)state;
    assert_true(word("abends") && word("zlato") && word("kaikki") && word("huomenna"));
    assert_true(word("akkor") && word("tamam")); /* typed52's */
    assert_false(word("anna") || word("maja") || word("ben") || word("ali") || word("sono"));
    assert_false(word("kaikkix") || word("") || word("a"));
}

/* A lower-case chat: the writer, the handle and the thanked name are rewritten and restored. */
static void test_lower_case_chat_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "szia anna vagyok\nok akkor holnap\nig: anna.keller\nthx kaikki";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_null(strstr(o, "anna"));
    assert_non_null(strstr(o, "ok akkor holnap\n"));
    assert_non_null(strstr(o, "thx kaikki"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chat_words_are_no_names),
        cmocka_unit_test(test_intros_and_handles_found),
        cmocka_unit_test(test_lookalikes_stay),
        cmocka_unit_test(test_chat_word_list_lookup),
        cmocka_unit_test(test_lower_case_chat_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
