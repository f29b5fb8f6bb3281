/* test_names_informal2.c: PERSON in the message shapes of names_informal2.c (a reviewer's byline
 * before stars, a person at a shop's post, "ask for X", "yes, with X", "is X coming", a possessive
 * and a child's noun before a name), per language, and the look-alikes it takes away (a brand
 * after a trade noun, a make and model after "our", kinship words used as names, a prompt's
 * opening imperative, a possessive before a child's noun). */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_reviewer_byline_before_stars(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"N. Vellacourt – ★★★★\nFriendly and quick.", "PERSON=N. Vellacourt"},
        {"Brodrin Maskelund - ★★\nNie wieder.", "PERSON=Brodrin Maskelund"},
        {"Tovanne Q. – ★★★★★\nMuy amables.", "PERSON=Tovanne"},
    };
    CHECK(c);
}

static void test_review_criterion_before_stars_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Frühstück – ★★★\nSauberkeit – ★★★★", ""},
        {"Limpieza – ★★\nDesayuno – ★★★", ""},
    };
    CHECK(c);
}

static void test_person_at_a_shops_post(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Great stay. Quilbrenna at the front desk was so helpful.", "PERSON=Quilbrenna"},
        {"Toller Aufenthalt. Vorlinde am Empfang war super nett.", "PERSON=Vorlinde"},
        {"Genial. Taborinda en recepción fue muy amable.", "PERSON=Taborinda"},
        {"Ottimo. Graziella alla cassa è stata gentilissima.", "PERSON=Graziella"},
    };
    CHECK(c);
}

static void test_thing_at_a_shops_post_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Der Kaffeeautomat am Empfang war kaputt.", ""},
        {"The Wifi at the front desk was slow.", ""},
    };
    CHECK(c);
}

static void test_ask_for_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Fragt nach Ursula, die kennt sich aus.", "PERSON=Ursula"},
        {"Chiedete di Quarenbeth, è bravissima.", "PERSON=Quarenbeth"},
        {"Preguntad por Luaduenencia, sabe muchísimo.", "PERSON=Luaduenencia"},
        {"Perguntem pela Jaçivinha, é ótima.", "PERSON=Jaçivinha"},
    };
    CHECK(c);
}

static void test_yes_with_a_person_answers_who_comes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[Mama] kommt Tüxhild am Sonntag?\n[me] ja mit Brenvalde",
         "PERSON=Tüxhild;PERSON=Brenvalde"},
        {"[Mamá] ¿viene Toborino el sábado?\n[me] sí, con Edinorda",
         "PERSON=Toborino;PERSON=Edinorda"},
        {"[Avó] o Terenena vem sábado?\n[me] sim, com a Quineirício",
         "PERSON=Terenena;PERSON=Quineirício"},
    };
    CHECK(c);
}

static void test_yes_with_a_payment_app_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[Mum] how are you paying?\n[me] yes with Klarna", ""},
        {"[Papa] tu paies comment ?\n[me] oui avec Paylib", ""},
        {"Der Hund fragt nach Zeckenschutz.", ""}, /* German capitalises nouns */
    };
    CHECK(c);
}

static void test_child_noun_after_a_possessive(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mia figlia Teraretta forse passa lei.", "PERSON=Teraretta"},
        {"My daughter Quelvine might pick it up.", "PERSON=Quelvine"},
    };
    CHECK(c);
}

static void test_brands_models_kin_words_and_imperatives_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"officina Hyundai, Via Garibaldi 38. Chiedete di Martina.", "PERSON=Martina"},
        {"Ask for Olivia, she sorted out our Renault Clio in an hour.", "PERSON=Olivia"},
        {"[Dad] and what's Nana's new address?", ""},
        {"Aiutami a rispondere a questo messaggio:", ""},
        {"Ayúdame a responder a este mensaje:", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each shape is scanned without reading past its end (under ASan). */
static void test_every_informal2_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("N. Vellacourt – ★★★★\nVorlinde am Empfang war nett. Fragt nach Quarenbeth."
                      "\n[Mama] kommt Tüxhild?\n[me] ja, mit Brenvalde\nMia figlia Teraretta. "
                      "officina Hyundai, our Renault Clio, Nana's, Tovanne Q. –");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reviewer_byline_before_stars),
        cmocka_unit_test(test_review_criterion_before_stars_is_no_person),
        cmocka_unit_test(test_person_at_a_shops_post),
        cmocka_unit_test(test_thing_at_a_shops_post_is_no_person),
        cmocka_unit_test(test_ask_for_a_person),
        cmocka_unit_test(test_yes_with_a_person_answers_who_comes),
        cmocka_unit_test(test_yes_with_a_payment_app_is_no_person),
        cmocka_unit_test(test_child_noun_after_a_possessive),
        cmocka_unit_test(test_brands_models_kin_words_and_imperatives_are_no_people),
        cmocka_unit_test(test_every_informal2_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
