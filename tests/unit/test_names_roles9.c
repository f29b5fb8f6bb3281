/* test_names_roles9.c: PERSON after the role words of specialised domains: art loans
 * ("Courier:", "Leihgeber:"), building permits ("Bauherr:", "Architecte :", "Progettista:"),
 * theatre credits ("Lighting:", "Kostüme:") and cast lists whose character stands before the
 * actor ("Hamlet ........ Jonas Weber", "Peer Gynt – Maria Keller"), grant reviews ("Reviewer
 * 2:"), team sheets ("Keeper Maria Keller"); and the look-alikes in the same slots (firms,
 * studios, devices, characters, positions filled by no one). */
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

static void test_role_labels_of_loans_permits_credits_and_reviews(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Leihvertrag LV-2026-12\n\nLeihgeber: Tobias Rutzmaumann\n", "PERSON=Tobias Rutzmaumann"},
        {"Convention de prêt\n\nConvoyeur : Camille Velgautier\n", "PERSON=Camille Velgautier"},
        {"Bauantrag BA-1203\n\nEntwurfsverfasser: Sabine Gasholbach\n", "PERSON=Sabine Gasholbach"},
        {"Permesso di costruire\n\nProgettista: Chiara Scaghione\n", "PERSON=Chiara Scaghione"},
        {"Crediti\n\nCostumi: Federica Bruvelini\n", "PERSON=Federica Bruvelini"},
        {"Besetzung\n\nKostüme: Anja Winkelbach\n", "PERSON=Anja Winkelbach"},
        {"Ficha técnica\n\nFigurinos: Beatriz Coutineira\n", "PERSON=Beatriz Coutineira"},
        {"Radtreff\n\nKassenwart: Lukas Brewinler\n", "PERSON=Lukas Brewinler"},
        {"Reviewer 2: Grace Ashwenley\n", "PERSON=Grace Ashwenley"},
    };
    CHECK(c);
}

static void test_role_labels_filled_by_firms_studios_or_devices(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Leihvertrag\nKurier: DHL Express\n", ""},
        {"Bauantrag\nEntwurfsverfasser: Architekturbüro Nord\n", ""},
        {"Permis de construire\nArchitecte : cabinet XYZ\n", ""},
        {"Crediti\nCostumi: Sartoria Tirelli\n", ""},
        {"Ficha artística\nVestuario: Sastrería Cornejo\n", ""},
        {"Credits\nDecor: Decorbouw Holland\n", ""},
        {"Programme\nLighting: LED\n", ""},
        {"Cycling club\nSponsor: Acme GmbH\n", ""},
        {"Keeper of the Keys: Tower Guard\n", ""},
    };
    CHECK(c);
}

static void test_cast_lists_name_the_actor_not_the_character(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Cast\nWilly Loman ........... Jonas Weber\nHamlet ........ Maria Keller\n",
         "PERSON=Jonas Weber;PERSON=Maria Keller"},
        {"Besetzung\nNora Helmer – Sabine Vogel\nPeer Gynt – Maria Keller\n"
         "Mackie Messer – Jonas Weber\n",
         "PERSON=Sabine Vogel;PERSON=Maria Keller;PERSON=Jonas Weber"},
        {"Cast:\nWilly Loman         Jonas Weber\nSancho Panza        Lukas Vogel\n"
         "Nora Helmer         Anja Keller\n",
         "PERSON=Jonas Weber;PERSON=Lukas Vogel;PERSON=Anja Keller"},
    };
    CHECK(c);
}

static void test_pairs_and_contents_are_no_cast_list(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a pair of names on one line, no cast heading, no list of such lines */
        {"Jonas Weber – Maria Keller\n", "PERSON=Jonas Weber;PERSON=Maria Keller"},
        /* pairs line after line with no cast heading (mentors and mentees, home and away): no
         * cast list, the left names stay people (a headless cast list's characters are masked
         * too, a false finding rather than a leak) */
        {"Maria Keller – Jonas Weber\nLena Fischer – Tomasz Nowak\nPriya Shah – Ahmed Hassan\n",
         "PERSON=Maria Keller;PERSON=Jonas Weber;PERSON=Lena Fischer;PERSON=Tomasz Nowak;"
         "PERSON=Priya Shah;PERSON=Ahmed Hassan"},
        /* a table of contents: a page number after the leader */
        {"Maria Keller ........ 12\n", "PERSON=Maria Keller"},
    };
    CHECK(c);
}

static void test_team_sheets_name_the_player_after_the_position(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Keeper Brantoro Torbranby\nCaptain Thomas Doyle\n",
         "PERSON=Brantoro Torbranby;PERSON=Thomas Doyle"},
        {"Torwart Tobias Rutzmaumann, Kapitän Jonas Weber, Libero Lukas Weber.\n",
         "PERSON=Tobias Rutzmaumann;PERSON=Jonas Weber;PERSON=Lukas Weber"},
        {"doelman Gelsmeo Laarlaarink\naanvoerder Anouk Mulder\n",
         "PERSON=Gelsmeo Laarlaarink;PERSON=Anouk Mulder"},
    };
    CHECK(c);
}

static void test_positions_without_a_player(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Striker Cup final next week.\nCaptain America is on tonight.\n", ""},
        {"doelman gezocht voor zaterdag.\n", ""},
    };
    CHECK(c);
}

static void test_every_roles9_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Cast\nHamlet ....... Jonas Weber\nPeer Gynt – Maria Keller\n"
                      "Keeper Anja Vogel, Captain Lukas Weber.\nLeihgeber: Tobias Rutz\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_labels_of_loans_permits_credits_and_reviews),
        cmocka_unit_test(test_role_labels_filled_by_firms_studios_or_devices),
        cmocka_unit_test(test_cast_lists_name_the_actor_not_the_character),
        cmocka_unit_test(test_pairs_and_contents_are_no_cast_list),
        cmocka_unit_test(test_team_sheets_name_the_player_after_the_position),
        cmocka_unit_test(test_positions_without_a_player),
        cmocka_unit_test(test_every_roles9_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
