/* test_names_addr5.c: the NAMES pack's addr5 round (gen_addr5.py): street addresses of the
 * Portuguese, Brazilian, Argentine, Mexican, Spanish, Italian, Belgian and British forms that a
 * type word, a title, a possessive, a number sign or capitals hid, the parts after their house
 * number, and the places and terms that read as people. One signal a test, each with the
 * look-alike it must leave alone; every case checked to fail before the round.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names_learn.h"

#include "names_cases.h"

static void test_addr5_type_title_and_number_sign_before_a_postcode(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Morada: Rua Dr. Taviro Quelhas, 7, 8000-078 Faro",
         "STREET_ADDRESS=Rua Dr. Taviro Quelhas, 7, 8000-078 Faro"},
        {"Morada: Alameda Varnosa, 608, sala 351 - Centro, Salvador - BA, 40020-000",
         "STREET_ADDRESS=Alameda Varnosa, 608, sala 351 - Centro, Salvador - BA, 40020-000"},
        {"Dirección: Bv. San Juan 2114, S2000 Rosario",
         "STREET_ADDRESS=Bv. San Juan 2114, S2000 Rosario"},
        {"Adres: Steenweg op Halle 27, 8000 Brugge",
         "STREET_ADDRESS=Steenweg op Halle 27, 8000 Brugge"},
        {"Domicilio: Gran Vía, 7, bajo, 28013 Madrid",
         "STREET_ADDRESS=Gran Vía, 7, bajo, 28013 Madrid"},
        {"Indirizzo: Via XX Settembre n. 6, scala B, 90133 Palermo (PA), Italia",
         "STREET_ADDRESS=Via XX Settembre n. 6, scala B, 90133 Palermo (PA), Italia"},
        {"Domicilio: C/ Serrano, nº 51 5-1, 28013 Madrid",
         "STREET_ADDRESS=C/ Serrano, nº 51 5-1, 28013 Madrid"},
        /* a type word and a number with no postcode after them: no address */
        {"Via 3 release notes are out.", ""},
        {"Alameda Santos, 608 people came.", ""},
        {"Gran Vía, 7 bars in a row", ""},
    };
    CHECK(c);
}

static void test_addr5_capitals_of_a_form_or_a_claim(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ADRESSE : RUE DES GUILLEMINS 83, 4000 LIÈGE\n",
         "STREET_ADDRESS=RUE DES GUILLEMINS 83, 4000 LIÈGE"},
        {"RESIDENZA: VIA DANTE ALIGHIERI 13, 50122 FIRENZE (FI)|",
         "STREET_ADDRESS=VIA DANTE ALIGHIERI 13, 50122 FIRENZE (FI)"},
        {"SCHOOLSTRAAT 23-II\n9711 CJ GRONINGEN",
         "STREET_ADDRESS=SCHOOLSTRAAT 23-II\n9711 CJ GRONINGEN"},
        {"ROSENWEG 19 B\nD-80331 MÜNCHEN", "STREET_ADDRESS=ROSENWEG 19 B\nD-80331 MÜNCHEN"},
        {"THE NEW ROSENWEG 19 RELEASE IS OUT.", ""},
    };
    CHECK(c);
}

static void test_addr5_possessive_in_an_english_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Address: 27 King's Road, Manchester M14 5TQ, United Kingdom",
         "STREET_ADDRESS=27 King's Road, Manchester M14 5TQ, United Kingdom"},
        {"VALUES (1, '27 King''s Road, Manchester M14 5TQ')",
         "STREET_ADDRESS=27 King''s Road, Manchester M14 5TQ"},
        {"Ivy Lodge, 40 Queen's Drive\nNorwich\nNR2 3DF",
         "STREET_ADDRESS=Ivy Lodge, 40 Queen's Drive\nNorwich\nNR2 3DF"},
        {"VALUES (1, 'Flat 3, 12 Bishop''s Walk, Bristol BS8 1TH');",
         "STREET_ADDRESS=Flat 3, 12 Bishop''s Walk, Bristol BS8 1TH"},
        {"VALUES (’Apt 24, 115 Church Lane, Cardiff, CF24 3AA’),",
         "STREET_ADDRESS=Apt 24, 115 Church Lane, Cardiff, CF24 3AA"},
        {"We went to 3 King's College events.", ""},
    };
    CHECK(c);
}

static void test_addr5_floor_door_and_letter_after_the_number(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Address: Rua Augusta, 30, r/c, 3000-150 Coimbra, Portugal",
         "STREET_ADDRESS=Rua Augusta, 30, r/c, 3000-150 Coimbra, Portugal"},
        {"Address: Am Markt 18 b, DE-20095 Hamburg, Deutschland",
         "STREET_ADDRESS=Am Markt 18 b, DE-20095 Hamburg, Deutschland"},
        {"Address: Av. Corrientes 13 7º \"B\", B1900 La Plata",
         "STREET_ADDRESS=Av. Corrientes 13 7º \"B\", B1900 La Plata"},
        {"Address: Av. Colón 2441, Piso 11 Dto. D, X5000 Córdoba, Argentina",
         "STREET_ADDRESS=Av. Colón 2441, Piso 11 Dto. D, X5000 Córdoba, Argentina"},
        {"Address: Calle del Carmen 162 4-3, 41001 Sevilla",
         "STREET_ADDRESS=Calle del Carmen 162 4-3, 41001 Sevilla"},
        {"Address: Rua das Flores, 1917, casa 2, Porto Alegre - RS, 90010-150, Brasil",
         "STREET_ADDRESS=Rua das Flores, 1917, casa 2, Porto Alegre - RS, 90010-150, Brasil"},
        {"Dirección: Calle Mayor, nº 17, bajo, 15001 A Coruña, España",
         "STREET_ADDRESS=Calle Mayor, nº 17, bajo, 15001 A Coruña, España"},
        {"Lindenstraße 12, casa nova", "STREET_ADDRESS=Lindenstraße 12"},
    };
    CHECK(c);
}

static void test_addr5_places_by_their_saints_links_and_gazetteer(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Desde a versão 12 o Zendesk funciona em São João da Madeira hoje.", ""},
        {"We moved the Jira cluster from St. Louis to the new region.", ""},
        {"Consultant bij Carrefour, Bergen op Zoom", ""},
        {"Il mio medico di Lamezia Terme ha scritto solo build 8417.", ""},
        {"contact : équipe Lidl de Aix-en-Provence.", ""},
        {"O escritório fica em Don Benito desde 2020.", ""},
        {"rear-ended at the junction near Queen St W by a Volvo", ""},
        {"Reminder: Victoria helpdesk closes at 5.", ""},
        /* people stay people */
        {"Dr. Anna Keller called Maria Santos yesterday.",
         "PERSON=Anna Keller;PERSON=Maria Santos"},
        {"Ana Paula Correia mora no Jardim Paulista com Jean-Pierre Dupont.",
         "PERSON=Ana Paula Correia;PERSON=Jean-Pierre Dupont"},
    };
    CHECK(c);
}

static void test_addr5_streets_named_after_people_and_eponyms(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"A loja Disney na Rua Dr. Taviro Quelhas fecha em 05-06-2020.", ""},
        {"Explica a lei de Murphy.", ""},
        {"la syndrome de Gilles de la Tourette n'est pas concernée", ""},
        {"Leg de wet van Murphy uit.", ""},
        {"Ficha de empresa Zara\n", ""},
        {"Sede: Santo André, perto da Rua Tiradentes", ""},
        /* a title with no street type before it keeps the person */
        {"Falei com o Dr. Taviro Quelhas ontem.", "PERSON=Taviro Quelhas"},
    };
    CHECK(c);
}

static void test_addr5_compounds_and_street_words_after_an_article(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kannst du den Unterschied zwischen Parkinson-Krankheit und einer Grippe erklären?", ""},
        {"Beim Ausparken in der Mühlenweg wurde mein Auto touchiert.", ""},
        {"Omschrijving: aanrijding op de Beatrixlaan met een Volvo.", ""},
        {"Die Goldman Sachs-Filiale in der Schulstraße hat neue Öffnungszeiten.", ""},
        {"L'agence Hermès de Charleville-Mézières ferme le 08.02.2027.", ""},
        {"Mijn huisarts in Sint-Niklaas schreef alleen RE-142835 op.", ""},
        {"Chiedi a Carrefour di Lamezia Terme del malattia di Crohn.", ""},
        {"analista en Banco Santander (Santiago de Compostela)", ""},
        {"Sitz: Karlsruhe, Nähe Zürcherstrasse", ""},
        /* (not famous ones: those are a topic, names_famous.c) */
        {"Antoine de Saint-Aubanel met José de San Quintero.",
         "PERSON=Antoine de Saint-Aubanel;PERSON=José de San Quintero"},
        /* a title keeps a double-barrelled name a person */
        {"Frau Anna Müller-Lüdenscheidt wohnt in der Stadt.", "PERSON=Anna Müller-Lüdenscheidt"},
    };
    CHECK(c);
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_addr5_type_title_and_number_sign_before_a_postcode),
        cmocka_unit_test(test_addr5_capitals_of_a_form_or_a_claim),
        cmocka_unit_test(test_addr5_possessive_in_an_english_street),
        cmocka_unit_test(test_addr5_floor_door_and_letter_after_the_number),
        cmocka_unit_test(test_addr5_places_by_their_saints_links_and_gazetteer),
        cmocka_unit_test(test_addr5_streets_named_after_people_and_eponyms),
        cmocka_unit_test(test_addr5_compounds_and_street_words_after_an_article),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
