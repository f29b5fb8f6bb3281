/* test_names_caps8.c: PERSON for names typed in capitals that names_caps8.c finds by their layout
 * (the surname first in capitals, "DUPONT Jean", "ROSSI, Maria", "HERRERA, LUCÍA"; a given name
 * and surname in capitals filling a line after a person's label, a list's bullet or number, or a
 * closing), per language, and the look-alikes in the same places (makes and models, firms,
 * places, acronym runs, shouted headings, things after a label that names a thing). */
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

static void test_surname_in_capitals_then_given_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Liste de classe\n1. MOREAU Lucien\n", "PERSON=MOREAU Lucien"},
        {"Elenco iscritti\nBIANCHI, Federica\n", "PERSON=BIANCHI, Federica"},
        {"Ruolo d'udienza: ESPOSITO, Ginevra (difesa d'ufficio)", "PERSON=ESPOSITO, Ginevra"},
        {"Comparece NAVARRO, CONSUELO, asistida por su letrada.", "PERSON=NAVARRO, CONSUELO"},
        {"Die Sache HOFFMANN Bettina wird vertagt.", "PERSON=HOFFMANN Bettina"},
        {"Klassenlijst\n- JANSSEN, Mirthe\n", "PERSON=JANSSEN, Mirthe"},
        {"Pauta: CARVALHO, Leonor Maria", "PERSON=CARVALHO, Leonor Maria"},
    };
    CHECK(c);
}

static void test_known_surname_then_unknown_given_name_after_a_comma(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rôle d'audience\n1. ROUSSEAU, Quelvine\n", "PERSON=ROUSSEAU, Quelvine"},
    };
    CHECK(c);
}

static void test_make_and_model_in_the_same_order_is_no_surname(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Vendo ALFA ROMEO Giulia, km 40000", "PERSON=Giulia"}, /* the model alone: older */
        {"Mi coche es un SEAT Leon del 2015", "PERSON=Leon"},
        {"Firma: SIEMENS Healthineers", ""},
        {"Use the AWS Lambda console to deploy.", ""},
        {"2024-01-01 INFO Julia logged in", ""},
    };
    CHECK(c);
}

static void test_full_name_in_capitals_after_a_persons_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Claim form\nPrint name: WENDELL FAIRCLOUGH\n", "PERSON=WENDELL FAIRCLOUGH"},
        {"Unterschrift: HELMUT BRANDSTÄTTER\n", "PERSON=HELMUT BRANDSTÄTTER"},
        {"Firmado: ROCÍO MANZANEDA\n", "PERSON=ROCÍO MANZANEDA"},
        {"Ondertekend: WILLEMIJN DRAAISMA\n", "PERSON=WILLEMIJN DRAAISMA"},
        {"Assinado: GONÇALO AZEVEDO\n", "PERSON=GONÇALO AZEVEDO"},
    };
    CHECK(c);
}

static void test_capitals_after_a_label_that_names_a_thing_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Stadium: SANTIAGO BERNABEU\n", ""},
        {"Airport: JOHN LENNON\n", ""},
        {"Song: BILLIE JEAN\n", ""},
        {"Company name: ALBERT HEIJN\n", ""},
        {"Ciudad: SAN SEBASTIÁN\nPaís: España", ""},
        {"Department: HUMAN RESOURCES\n", ""},
        {"Contact: SALES DESK\n", ""},
    };
    CHECK(c);
}

static void test_full_name_in_capitals_in_a_list_or_under_a_closing(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Reviewed by:\n- MARKUS WEBERLING\n", "PERSON=MARKUS WEBERLING"},
        {"Présents :\n* CLÉMENCE ROUVIÈRE\n", "PERSON=CLÉMENCE ROUVIÈRE"},
        {"Please find the report attached.\n\nKind regards,\nHAROLD WINTERBOURNE\n",
         "PERSON=HAROLD WINTERBOURNE"},
        {"Anbei der Bericht.\n\nViele Grüße\nJOHANNES KREUZBERGER", "PERSON=JOHANNES KREUZBERGER"},
    };
    CHECK(c);
}

static void test_capitals_in_lists_and_under_closings_that_are_no_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Features:\n- DARK MODE\n- LIVE RELOAD\n", ""},
        {"Ingredients:\n- ROSE WATER\n- CHERRY JAM\n", ""},
        {"TODO:\n- FIX LOGIN\n- ADD TESTS\n", ""},
        {"Thanks,\nSUPPORT TEAM\n", ""},
        {"Kind regards,\nMARIA DB TEAM\n", ""},
        {"Attendees:\n- ERROR HANDLING\n- NEW YORK OFFICE\n", ""},
        {"- JULIA SETS are fractals", ""},
    };
    CHECK(c);
}

static void test_unknown_names_in_a_list_with_a_known_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rôle d'audience\n1. TERLOV, Amsel\n2. ROSSI, Maria\n",
         "PERSON=TERLOV, Amsel;PERSON=ROSSI, Maria"},
        {"Attendees:\n- WICKO BRANTELL\n- OLIVIA DOYLE\n",
         "PERSON=WICKO BRANTELL;PERSON=OLIVIA DOYLE"},
        {"Attendees:\n- OLIVIA DOYLE\n- DEVOPS TEAM\n- QA GROUP\n", "PERSON=OLIVIA DOYLE"},
    };
    CHECK(c);
}

static void test_surnames_of_several_words_particles_and_honorifics(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Lijst\n1. DE VRIES, Anouk\n", "PERSON=DE VRIES, Anouk"},
        {"Lista\n2. GARCÍA LÓPEZ, Marta\n", "PERSON=GARCÍA LÓPEZ, Marta"},
        {"Attendees:\n- MARIA JOSÉ GARCÍA LÓPEZ\n", "PERSON=MARIA JOSÉ GARCÍA LÓPEZ"},
        {"Best,\nDR. ANNA BERGMANN", "PERSON=ANNA BERGMANN"},
    };
    CHECK(c);
}

static void test_a_place_of_two_words_before_a_comma_is_no_surname(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Liste\nSAN FRANCISCO, Marisol\n", "PERSON=Marisol"}, /* older rules: the name alone */
        {"Liste\nNEW YORK, Anna\n", "PERSON=Anna"},
    };
    CHECK(c);
}

static void test_full_name_in_capitals_inside_a_sentence(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Merci de transmettre la facture à JEAN MARCHAND.", "PERSON=JEAN MARCHAND"},
        {"ask MARTIN KELLERMANN about it", "PERSON=MARTIN KELLERMANN"},
    };
    CHECK(c);
}

static void test_capitals_inside_a_sentence_that_are_no_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"we use the MARIA DB driver", ""},  {"set MAX RETRIES to 5", ""},
        {"pushed to ANNA BRANCH today", ""}, {"moved to SAN DIEGO in May", ""},
        {"stay at VICTORIA STATION", ""},    {"buy HUGO BOSS shirts", ""},
    };
    CHECK(c);
}

static void test_town_and_country_in_the_same_order_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hotel in PARIS, Texas for two nights", ""},
        {"Büro: BERLIN, Deutschland", ""},
        {"Ufficio: MILANO, Lombardia", ""},
    };
    CHECK(c);
}

static void test_given_name_in_a_short_lower_case_message(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"pranzo con giulia", "PERSON=giulia"},     {"je déjeune avec antoine", "PERSON=antoine"},
        {"rappelle olivier stp", "PERSON=olivier"}, {"liga para leonor por favor", "PERSON=leonor"},
        {"lunch with ana?", "PERSON=ana"},          {"tell sophie", "PERSON=sophie"},
        {"ma sœur camille", "PERSON=camille"},      {"mi jefe sergio", "PERSON=sergio"},
        {"olá beatriz", "PERSON=beatriz"},          {"saw olivia at the gym", "PERSON=olivia"},
    };
    CHECK(c);
}

static void test_words_and_tools_in_a_short_lower_case_message_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"i code with julia every day", ""},
        {"had lunch with will today", ""},
        {"pair with mark on it", ""},
        {"como con salsa verde", ""},
        {"meeting with rose later", ""},
        {"works with ruby and rails", ""},
        {"chat with claude about it", ""},
        {"call support tomorrow", ""},
        {"my sister will come", ""},
        {"tell mark to", ""},
        {"my son max", ""},
        {"tell alexa to play", ""},
        {"saw paris last year", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each shape is scanned without reading past its end (under ASan). */
static void test_every_caps8_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("1. MOREAU Lucien\nBIANCHI, Federica\nPrint name: WENDELL FAIRCLOUGH\n"
                      "Reviewed by:\n- MARKUS WEBERLING\nKind regards,\nHAROLD WINTERBOURNE");
    scan_every_prefix(
        "Liste\n1. ROUSSEAU, Quelvine\n2. TERLOV, Amsel\n- WICKO BRANTE\n- OLIVIA "
        "DOYLE\nà JEAN MARCHAND.\nDE VRIES, Anouk\nGARCÍA LÓPEZ, Marta\nDR. ANNA BERGMANN");
    scan_every_prefix("liga para leonor por favor, pranzo con giulia ferrante");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_surname_in_capitals_then_given_name),
        cmocka_unit_test(test_known_surname_then_unknown_given_name_after_a_comma),
        cmocka_unit_test(test_make_and_model_in_the_same_order_is_no_surname),
        cmocka_unit_test(test_full_name_in_capitals_after_a_persons_label),
        cmocka_unit_test(test_capitals_after_a_label_that_names_a_thing_are_no_person),
        cmocka_unit_test(test_full_name_in_capitals_in_a_list_or_under_a_closing),
        cmocka_unit_test(test_capitals_in_lists_and_under_closings_that_are_no_names),
        cmocka_unit_test(test_unknown_names_in_a_list_with_a_known_one),
        cmocka_unit_test(test_surnames_of_several_words_particles_and_honorifics),
        cmocka_unit_test(test_a_place_of_two_words_before_a_comma_is_no_surname),
        cmocka_unit_test(test_full_name_in_capitals_inside_a_sentence),
        cmocka_unit_test(test_capitals_inside_a_sentence_that_are_no_names),
        cmocka_unit_test(test_town_and_country_in_the_same_order_is_no_person),
        cmocka_unit_test(test_given_name_in_a_short_lower_case_message),
        cmocka_unit_test(test_words_and_tools_in_a_short_lower_case_message_are_no_people),
        cmocka_unit_test(test_every_caps8_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
