/* test_names_prec9.c: look-alikes of people that names_prec9.c leaves alone, beside the people
 * in the same texts: animals in pedigrees, litters and as pets ("Sire: Ch. Windsong's Northern
 * Star", "my cat Luna"), characters in cast lists and book heroes, famous people under a title
 * ("Lord Byron's letters"), clubs ("Aston Villa", "Hertha BSC"), bottles ("Taylor's Vintage
 * Port", "Château Margaux") and salutations to roles ("Sehr geehrte Damen und Herren"). */
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

static void test_pedigree_animals_are_no_people_but_breeder_and_buyer_are(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PUPPY SALE CONTRACT\n\nBreeder: Rachel Collins\nBuyer: Peter Harrington\nSire: Lord "
         "Byron du Clos des Vignes\nDam: Nala van het Hoefijzer\n",
         "PERSON=Rachel Collins;PERSON=Peter Harrington"},
        {"WELPENKAUFVERTRAG\n\nZüchter: Katrin Brandt\nVater: Bella vom Haus Sonnenschein\n"
         "Mutter: Lady Bella vom Lindenhof\n",
         "PERSON=Katrin Brandt"},
        {"CONTRAT DE VENTE D'UN CHIOT\n\nÉleveur : Sophie Moreau\nPère : Prince Oscar van de "
         "Zonnehoek\nMère : Queen Cleo du Moulin Rouge\n",
         "PERSON=Sophie Moreau"},
        {"Ons A-nest is geboren! Caspar von der Wolfsschlucht x Ch. Windsong's Northern Star. "
         "Informatie bij Joost Bakker.",
         "PERSON=Joost Bakker"},
        {"È nata la cucciolata B-! Lord Byron du Clos des Vignes x Kenzo's Midnight Dream. "
         "Prenotazioni presso Matteo Colombo.",
         "PERSON=Matteo Colombo"},
    };
    CHECK(c);
}

static void test_parents_outside_a_breeding_text_stay_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Geburtsurkunde\nVater: Hans Keller\nMutter: Sabine Keller\n",
         "PERSON=Hans Keller;PERSON=Sabine Keller"},
        {"Padre: Javier Navarro\nMadre: Lucía Romero\n",
         "PERSON=Javier Navarro;PERSON=Lucía Romero"},
        {"The match was 3 x 4 metres, said Anna Keller.", "PERSON=Anna Keller"},
    };
    CHECK(c);
}

static void test_pets_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Our new puppy Molly chewed Sarah Whitfield's shoes.", "PERSON=Sarah Whitfield"},
        {"Mon chat Félix déteste le vétérinaire, dit Sophie Moreau.", "PERSON=Sophie Moreau"},
        {"Das Fohlen Stormy kam gestern bei Jens Wagner zur Welt.", "PERSON=Jens Wagner"},
        {"Can you walk Bella tonight? Thanks, Sarah Collins.", "PERSON=Sarah Collins"},
        {"Max the labrador needs a walk; Peter Doyle will take him.", "PERSON=Peter Doyle"},
    };
    CHECK(c);
}

static void test_characters_and_titled_famous_people_are_topics(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Romeo and Juliet\nCast:\nRomeo - Emily Walsh\nMercutio - Daniel Fletcher\n",
         "PERSON=Emily Walsh;PERSON=Daniel Fletcher"},
        {"Carmen\nReparto:\nDon José - Javier Ortega\n", "PERSON=Javier Ortega"},
        {"Re: Sherlock Holmes vs Hercule Poirot\nPosted by Laura Pemberton\n",
         "PERSON=Laura Pemberton"},
        {"Rachel Doyle is reading Lord Byron's letters.", "PERSON=Rachel Doyle"},
        {"James Collins wrote an essay on Sir Isaac Newton's laws.", "PERSON=James Collins"},
        {"Pedro Martins escreveu sobre Dom Sebastião para a aula.", "PERSON=Pedro Martins"},
    };
    CHECK(c);
}

static void test_clubs_bottles_and_salutations_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Emily Collins has tickets for Aston Villa vs Ajax on Saturday.", "PERSON=Emily Collins"},
        {"Hertha BSC schlägt Werder Bremen mit 3:1, schreibt Jens Krause.", "PERSON=Jens Krause"},
        {"Gift from Laura Walsh: a case of Taylor's Vintage Port.", "PERSON=Laura Walsh"},
        {"Sarah Doyle ordered two bottles of Don Julio for the party.", "PERSON=Sarah Doyle"},
        {"Una borsa di pelle regalata da Elena Greco.", "PERSON=Elena Greco"},
        {"Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich.\n\nMit freundlichen "
         "Grüßen\nJulia Lindner\n",
         "PERSON=Julia Lindner"},
        {"Egregio Direttore,\n\nvi scrivo.\n\nCordiali saluti,\nChiara Ricci\n",
         "PERSON=Chiara Ricci"},
    };
    CHECK(c);
}

static void test_a_title_before_an_unknown_name_keeps_the_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Sir Brandon Whitcombe will attend.", "PERSON=Brandon Whitcombe"},
        {"Don José Navarro llamó ayer.", "PERSON=José Navarro"},
    };
    CHECK(c);
}

static void test_every_prec9_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Sire: Ch. Windsong's Star x Amber\nCast:\nDon José - Ana Ruiz\nmy cat Luna");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pedigree_animals_are_no_people_but_breeder_and_buyer_are),
        cmocka_unit_test(test_parents_outside_a_breeding_text_stay_people),
        cmocka_unit_test(test_pets_are_no_people),
        cmocka_unit_test(test_characters_and_titled_famous_people_are_topics),
        cmocka_unit_test(test_clubs_bottles_and_salutations_are_no_people),
        cmocka_unit_test(test_a_title_before_an_unknown_name_keeps_the_person),
        cmocka_unit_test(test_every_prec9_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
