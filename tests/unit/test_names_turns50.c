/* test_names_turns50.c: a person's name and street spread over a conversation (branch turns50,
 * names_turns50.c and session.c): the bare answer to the assistant's question for a name or a
 * street, a street said again in a later message (whole, or its name with another house
 * number), a Greek question that ends with ';'. And what stays: a pet's or a model's name as
 * the answer, an office address asked for, a number without a street question, Polish question
 * words that open a sentence. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#include "names_cases.h"

static void test_turns50_a_bare_name_answers_the_question_for_it(void **state)
{
    (void)state;
    static const char *const full[] = {
        "Can you fill in the dentist form? Date of birth: 14.05.1988",
        "What's the full name?",
        "Zezebo Kreslaová",
    };
    char *o = rewrite_turns(full, 3);
    assert_null(strstr(o, "Zezebo"));
    free(o);
    static const char *const de[] = {
        "Kannst du das Formular ausfüllen?",
        "Wie heißt der Patient?",
        "Bruwinkel Gasholler",
    };
    o = rewrite_turns(de, 3);
    assert_null(strstr(o, "Bruwinkel"));
    free(o);
    /* shapes the label readers leave: lower case, Greek, surname first, a name before a date */
    static const char *const lower[] = {
        "Can you fill in the gym form?",
        "What's the full name?",
        "ελένη καραγιάννης",
    };
    o = rewrite_turns(lower, 3);
    assert_null(strstr(o, "καραγιάννης"));
    free(o);
    static const char *const sv[] = {
        "Kan du fylla i formuläret?",
        "Namn och födelsedatum?",
        "Sjödalqvist, Strösjöhol 1990-04-03",
    };
    o = rewrite_turns(sv, 3);
    assert_null(strstr(o, "Strösjöhol"));
    free(o);
    /* an answer that names nobody */
    static const char *const unsure[] = {
        "Can you fill in the gym form?",
        "What's the full name?",
        "not sure yet",
    };
    o = rewrite_turns(unsure, 3);
    assert_non_null(strstr(o, "not sure yet"));
    free(o);
    /* a pet's and a model's name stay */
    static const char *const pet[] = {
        "Can you fill in the vet form?",
        "What's the pet's name?",
        "Simba",
    };
    o = rewrite_turns(pet, 3);
    assert_non_null(strstr(o, "Simba"));
    free(o);
    static const char *const model[] = {
        "Kannst du das Formular ausfüllen?",
        "Wie heißt das Modell?",
        "Octavia Combi",
    };
    o = rewrite_turns(model, 3);
    assert_non_null(strstr(o, "Octavia Combi"));
    free(o);
}

static void test_turns50_a_bare_street_answers_the_question_for_it(void **state)
{
    (void)state;
    static const char *const sv[] = {
        "Kan du fylla i formuläret?",
        "Vilken gata?",
        "Tallstigen 109",
    };
    char *o = rewrite_turns(sv, 3);
    assert_null(strstr(o, "Tallstigen"));
    free(o);
    static const char *const el[] = {
        "Μπορείς να συμπληρώσεις τη φόρμα;",
        "Ποια οδός;",
        "Λεωφόρος Αλεξάνδρας 130",
    };
    o = rewrite_turns(el, 3);
    assert_null(strstr(o, "Αλεξάνδρας"));
    free(o);
    static const char *const fr[] = {
        "Tu peux remplir le formulaire ?",
        "Quelle rue ?",
        "77, rue des lilas",
    };
    o = rewrite_turns(fr, 3);
    assert_null(strstr(o, "lilas"));
    free(o);
    /* an office asked for, a count asked for */
    static const char *const office[] = {
        "Can you book the movers?",
        "What's your office address?",
        "Tallstigen 109",
    };
    o = rewrite_turns(office, 3);
    assert_non_null(strstr(o, "Tallstigen 109"));
    free(o);
    static const char *const count[] = {
        "Can you book the movers?",
        "How many boxes?",
        "Tallstigen 109",
    };
    o = rewrite_turns(count, 3);
    assert_non_null(strstr(o, "Tallstigen 109"));
    free(o);
}

static void test_turns50_a_street_said_again_in_a_later_message(void **state)
{
    (void)state;
    static const char *const rb[] = {
        "Kan du fylla i formuläret för flyttfirman?",
        "Vilken gata?",
        "Tallstigen 129, 411 03 Göteborg",
        "Alltså boende på Tallstigen 129. Stämmer det?",
        "nej, Tallstigen 128 inte 129",
    };
    char *o = rewrite_turns(rb, 5);
    assert_null(strstr(o, "Tallstigen"));
    /* the wrong house number alone stays */
    assert_non_null(strstr(o, " inte 129"));
    free(o);
}

static void test_turns50_a_street_behind_a_street_label_of_any_language(void **state)
{
    (void)state;
    static const char *const paste[] = {
        "Kan du fylla i formuläret? Det här har jag:\\nGata: Tallstigen 129\\nProdukt: Flex 12",
        "Tack! Och födelsedatumet?",
    };
    char *o = rewrite_turns(paste, 2);
    assert_null(strstr(o, "Tallstigen"));
    assert_non_null(strstr(o, "Flex 12"));
    free(o);
    static const char *const quoted[] = {
        "Μπορείς να συμπληρώσεις τη φόρμα;",
        "Διαβάζω ξανά:\\n> Οδός: Οδός Ερμού 35\\n",
    };
    o = rewrite_turns(quoted, 2);
    assert_null(strstr(o, "Ερμού"));
    free(o);
}

static void test_turns50_polish_question_words_are_no_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Jakie jest pełne imię i nazwisko?", ""},
        {"Jaka ulica?", ""},
    };
    check(c, sizeof c / sizeof c[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_turns50_a_bare_name_answers_the_question_for_it),
        cmocka_unit_test(test_turns50_a_bare_street_answers_the_question_for_it),
        cmocka_unit_test(test_turns50_a_street_said_again_in_a_later_message),
        cmocka_unit_test(test_turns50_a_street_behind_a_street_label_of_any_language),
        cmocka_unit_test(test_turns50_polish_question_words_are_no_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
