/* test_names_prose7.c: PERSON in the prose shapes of names_prose7.c (a parenthesis after a name
 * with a possessive and a role or an age, a name in a parenthesis after a role, "X, Y and I",
 * "with X and Y", "tell X that", "met X at"), per language, and the look-alikes in the same
 * places (a firm before "(my provider)", a place or a title in a parenthesis after a role word,
 * towns joined by "and" after "with", an assistant told to do something). */
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

static void test_name_before_a_possessive_role_in_parentheses(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"can you draft an email to Kaen Weindling (my landlord) about the heating",
         "PERSON=Kaen Weindling"},
        {"kannst du eine mail an Brovka Tammerling (mein vermieter) schreiben",
         "PERSON=Brovka Tammerling"},
        {"rédige un mail à Zionine Gaacard (mon propriétaire) pour la fuite",
         "PERSON=Zionine Gaacard"},
        {"scrivi una mail a Vamteila Wondnirato (il mio padrone di casa) per il riscaldamento",
         "PERSON=Vamteila Wondnirato"},
    };
    CHECK(c);
}

static void test_firm_before_a_possessive_in_parentheses_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"can you draft an email to Vodafone (my provider) about the bill", ""},
        {"schreib eine mail an Vattenfall (mein anbieter) wegen der rechnung", ""},
    };
    CHECK(c);
}

/* The same possessive and role set off by commas: a famous name ("Victor Hugo", whose surname
 * is also a product word) living next door is still the user's neighbour (stop 38; it leaked). */
static void test_name_before_a_possessive_role_after_a_comma(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"J'ai vu Victor Hugo, mon voisin, hier.", "PERSON=Victor Hugo"},
        {"Yesterday Victor Hugo, our tenant, called.", "PERSON=Victor Hugo"},
        {"Gestern kam Victor Hugo, mein Nachbar, vorbei.", "PERSON=Victor Hugo"},
        {"Ik zag Victor Hugo, mijn buurman, gisteren.", "PERSON=Victor Hugo"},
        {"I was referred by Ifeoma Bello, my manager at Hugo Boss, last week.",
         "PERSON=Ifeoma Bello"},
        {"Hi, I am Maria Keller, my email is open for questions.", "PERSON=Maria Keller"},
        {"I use Hugo, my static site generator, for the blog.", ""},
        {"Ask Jenkins, our build server, to rerun the job.", ""},
    };
    CHECK(c);
}

static void test_name_before_an_age_in_parentheses(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ich bin Uwe (41, erzieherin) und will mich bewerben", "PERSON=Uwe"},
        {"hi, i'm Dorvella (34, nurse) and i want to switch careers", "PERSON=Dorvella"},
    };
    CHECK(c);
}

static void test_full_name_in_parentheses_after_a_role(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"help me reply to my manager (Grace Tollimore) who wants me to work saturday",
         "PERSON=Grace Tollimore"},
        {"mi jefe (Lucia Pilzimilla) quiere que trabaje el domingo", "PERSON=Lucia Pilzimilla"},
    };
    CHECK(c);
}

static void test_title_in_parentheses_after_a_role_word_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"my manager (Operations) wants me to work saturday", ""},
        {"our teacher (Mathematics) gave us homework", ""},
    };
    CHECK(c);
}

static void test_names_before_and_i(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Quiet sunday. Tom, Nayrka and I walked to the harbour.", "PERSON=Tom;PERSON=Nayrka"},
        {"Danach sind Jonas, Talrik und ich spazieren gegangen.", "PERSON=Jonas;PERSON=Talrik"},
    };
    CHECK(c);
}

static void test_two_names_joined_after_with(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"plan a weekend in the lake district with Tom and Kaerouny, we like hiking",
         "PERSON=Tom;PERSON=Kaerouny"},
        {"plane ein wochenende mit Lena und Wirloulta in hamburg", "PERSON=Lena;PERSON=Wirloulta"},
    };
    CHECK(c);
}

static void test_towns_joined_after_with_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"plan a trip with Lisbon and Porto in mind", ""},
    };
    CHECK(c);
}

static void test_person_told_or_reminded(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"tell Quorvane that the meeting moved to 3pm", "PERSON=Quorvane"},
        {"zeg tegen Sutolke dat ik later kom", "PERSON=Sutolke"},
        {"rappelle à Théo le rendez-vous de jeudi", "PERSON=Théo"},
        {"zeg tegen Ferlucin en Efua dat we om 9 eten", "PERSON=Ferlucin;PERSON=Efua"},
    };
    CHECK(c);
}

static void test_assistant_told_to_do_something_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"tell Alexa to stop playing music", ""},
    };
    CHECK(c);
}

static void test_person_thanked_for_something(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"shoutout to Brindle Forsworth for fixing my bike", "PERSON=Brindle Forsworth"},
        {"merci à Tasette Gimhurieux pour le covoiturage hier soir", "PERSON=Tasette Gimhurieux"},
        {"obrigada ao Daltgouno Hininho pela boleia ontem", "PERSON=Daltgouno Hininho"},
        {"merci à Orange pour la fibre", ""},
    };
    CHECK(c);
}

static void test_met_a_person_at_a_place(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Yesterday I met Brindolfe at the café after work.", "PERSON=Brindolfe"},
    };
    CHECK(c);
}

static void test_name_typed_in_capitals_inside_prose(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"write a short birthday message for my brother BEN, he loves fishing", "PERSON=BEN"},
        {"chère MANON, joyeux anniversaire", "PERSON=MANON"},
        {"help me write a reference letter for EMMA RELTWICK, she worked for me",
         "PERSON=EMMA RELTWICK"},
        {"mijn leidinggevende (NILS FENKAMP) wil dat ik overwerk", "PERSON=NILS FENKAMP"},
    };
    CHECK(c);
}

static void test_acronyms_in_capitals_inside_prose_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"the service talks with JSON and YAML over HTTP", ""},
        {"set the limit for MAX CPU usage in the config", ""},
        {"my manager (CEO) wants the report", ""},
        {"  // If bf is TRUE, window scrolls if the cursor moves", ""},
        {"offset to GOT entry with REX prefix", ""},
    };
    CHECK(c);
}

static void test_visitor_before_a_verb_of_visiting(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Quiet evening. Tiltzoula came over later and we talked.", "PERSON=Tiltzoula"},
        {"Rain came over me like a wave.", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each shape is scanned without reading past its end (under ASan). */
static void test_every_prose7_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix(
        "an email to Kaen Weindling (my landlord) and i'm Uwe (41, x). my manager "
        "(Grace Tollimore), Tom, Nayrka and I, with Tom and Kaerouny, tell Quorvane "
        "that, met Brindolfe at (. for my brother BEN, chère MANON, (NILS FENKAMP) X came over");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_before_a_possessive_role_in_parentheses),
        cmocka_unit_test(test_firm_before_a_possessive_in_parentheses_is_no_person),
        cmocka_unit_test(test_name_before_a_possessive_role_after_a_comma),
        cmocka_unit_test(test_name_before_an_age_in_parentheses),
        cmocka_unit_test(test_full_name_in_parentheses_after_a_role),
        cmocka_unit_test(test_title_in_parentheses_after_a_role_word_is_no_person),
        cmocka_unit_test(test_names_before_and_i),
        cmocka_unit_test(test_two_names_joined_after_with),
        cmocka_unit_test(test_towns_joined_after_with_are_no_people),
        cmocka_unit_test(test_person_told_or_reminded),
        cmocka_unit_test(test_assistant_told_to_do_something_is_no_person),
        cmocka_unit_test(test_person_thanked_for_something),
        cmocka_unit_test(test_met_a_person_at_a_place),
        cmocka_unit_test(test_name_typed_in_capitals_inside_prose),
        cmocka_unit_test(test_acronyms_in_capitals_inside_prose_are_no_people),
        cmocka_unit_test(test_visitor_before_a_verb_of_visiting),
        cmocka_unit_test(test_every_prose7_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
