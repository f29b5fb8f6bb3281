/* test_names_prec47.c: things in the documents agents pass on, each by its own cue
 * (names_prec47.c, and the thing labels names_prec46.c reads for stop 47's kinds), through the
 * default packs: a font in a CSS font list, a radio call sign, a name after a class's, café's,
 * studio's, route's or stop's type word or before a building's, a greeting on a card or ribbon,
 * a cultivar in quotes after its genus, a German noun after "im",
 * and a food, cake, bouquet, garment or wine in its label, key or column; each beside the real
 * people who must stay masked, and the look-alikes of each rule that are people. Each case lists
 * every finding ("TYPE=value;..."), so a widened rule shows what it takes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_a_css_font_list_names_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<style>\nbody { font-family: \"Gill Sans\", Arial, sans-serif; }\n.note { font-family: "
         "'Lucida Handwriting'; }\n</style>\n<p>Ordered by Siobhan Kavanagh</p>\n",
         "PERSON=Siobhan Kavanagh"},
        {"<div style=\"font: 12px Georgia, Rockwell\">Guest: Declan Pritchard</div>\n",
         "PERSON=Declan Pritchard"},
    };
    CHECK(c);
}

static void test_a_radio_call_sign_is_a_unit(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Einsatzprotokoll\nFahrzeug: Florian Kassel 1/46-1\nEinsatzleiter: Jana Vogler\n",
         "PERSON=Jana Vogler"},
        {"Alarm B3 Person\tFlorian Hamburg 33 HLF 1\tLukas Brandstätter\n",
         "PERSON=Lukas Brandstätter"},
        {"Fahrzeug\tMaschinist\nFlorian Innsbruck 2\tHenrik Wirth\n", "PERSON=Henrik Wirth"},
    };
    CHECK(c);
}

static void test_type_words_make_classes_cafes_and_routes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Schulfotos\nKind: Miriam Kessler\nKlasse: Klasse Pippi Langstrumpf\nLehrerin: Sabine "
         "Lindner\n",
         "PERSON=Miriam Kessler;PERSON=Sabine Lindner"},
        {"Treffpunkt: Café Einstein, mit Lukas Vogler\n", "PERSON=Lukas Vogler"},
        {"Bezorgwijk: Route Willem Drees\nBezorger: Femke Mulder\n", "PERSON=Femke Mulder"},
        {"Residence: Albert Schweitzer Haus\nOfficer: Gareth Holloway\n", "PERSON=Gareth Holloway"},
    };
    CHECK(c);
}

static void test_a_greeting_on_a_card_is_no_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Korttekst: Hjertelig Hilsen\nAfsender: Ida Poulsen\n", "PERSON=Ida Poulsen"},
        {"Nauha: Lämmin Osanotto\nLähettäjä: Aino Virtanen\n", "PERSON=Aino Virtanen"},
    };
    CHECK(c);
}

static void test_a_cultivar_and_a_noun_after_im_are_things(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Sender: Joanna Krawczyk\nRecipient: Tomasz Mazur\nFlowers: 12 x Rosa 'Gloria Dei'\n",
         "PERSON=Joanna Krawczyk;PERSON=Tomasz Mazur"},
        {"Thema: Schule im Wandel\nReferentin: Carina Lindner\n", "PERSON=Carina Lindner"},
    };
    CHECK(c);
}

static void test_a_things_slot_of_stop_47s_kinds(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"client\": \"Anouk Bakker\", \"breakfast\": \"Granny Smith\", \"snack\": \"Tante "
         "Fanny\", \"dietitian\": \"Hiroshi Tanaka\"}\n",
         "PERSON=Anouk Bakker;PERSON=Hiroshi Tanaka"},
        {"Kunde: Jana Brandstätter\nTorte: Sachertorte\nBlumenstrauß: Strauß Emma\n",
         "PERSON=Jana Brandstätter"},
        {"Customer: Owen Fairclough\nGarment: Paul Smith shirt\nAlterations: Louise Beaumont\n",
         "PERSON=Owen Fairclough;PERSON=Louise Beaumont"},
    };
    CHECK(c);
}

static void test_people_beside_the_cues_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Customer: Georgia Whitfield\n", "PERSON=Georgia Whitfield"},
        {"Truppführer: Florian Weber, Maschinist: Jana Vogler\n",
         "PERSON=Florian Weber;PERSON=Jana Vogler"},
        {"Klassenlehrerin: Sabine Kessler\n", "PERSON=Sabine Kessler"},
        {"Studio: Maria Keller\n", "PERSON=Maria Keller"},
        {"Tanzpartner: Sabine Lindner\n", "PERSON=Sabine Lindner"},
        {"Hilsen\nIda Poulsen\n", "PERSON=Ida Poulsen"},
        {"Cake by: Chiara Colombo\n", "PERSON=Chiara Colombo"},
        {"Dr. Gregory House, Baker Street\n", "PERSON=Gregory House"},
        {"Rosa 'Rosi' Brandstätter kommt um 9.\n", "PERSON=Rosa"},
        {"moved out on 09/04/2025. im Sipho, do i have a case\n", "PERSON=Sipho"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_css_font_list_names_no_one),
        cmocka_unit_test(test_a_radio_call_sign_is_a_unit),
        cmocka_unit_test(test_type_words_make_classes_cafes_and_routes),
        cmocka_unit_test(test_a_greeting_on_a_card_is_no_name),
        cmocka_unit_test(test_a_cultivar_and_a_noun_after_im_are_things),
        cmocka_unit_test(test_a_things_slot_of_stop_47s_kinds),
        cmocka_unit_test(test_people_beside_the_cues_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
