/* test_names_chat9.c: PERSON in the chat shapes of names_chat9.c (an IRC nick in angle brackets,
 * an owner in brackets closing a league or RSVP line, a numbered caller or guest, a count after a
 * name, "me + X", "X and me", a league's role before a name, "yes - X"), per language, and the
 * look-alikes in the same places (gamer tags, bots and services in angle brackets, departments,
 * scoring formats, records and towns in brackets, teams before their owners, dishes counted,
 * products after "me +"). */
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

static void test_nick_in_angle_brackets_opening_a_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<Maria> gg\n<Torwena> push mid\n", "PERSON=Maria;PERSON=Torwena"},
        {"[21:04] <Jonas> wer ist heute dabei?\n[21:05] <Holrike> bin gleich da\n",
         "PERSON=Jonas;PERSON=Holrike"},
        {"[22:10] <Julien> on push mid\n", "PERSON=Julien"},
    };
    CHECK(c);
}

static void test_gamer_tags_bots_and_services_in_angle_brackets_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<xXSniperXx> gg\n<ChanServ> you are now identified\n<NickServ> hi\n", ""},
        {"[21:04] <Nightbot> !commands\n[21:05] <Dyno> muted\n[21:06] <HeadshotHero> ez\n", ""},
        {"<div> text\n", ""},
    };
    CHECK(c);
}

static void test_owner_in_brackets_after_a_team(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Standings wk 7\n1. Gunners United (Maria) 7-3\n2. Kroos Control (Lofenke K.) 6-4\n",
         "PERSON=Maria;PERSON=Lofenke"},
        {"Oranje Boven (Jonas) vs Forza Tifosi (Lena)\n", "PERSON=Jonas;PERSON=Lena"},
        {"+1 (Jonas)\n+1 (Darwicka)\n", "PERSON=Jonas;PERSON=Darwicka"},
        {"table for 4 (Chloe) 20:00\n", "PERSON=Chloe"},
    };
    CHECK(c);
}

static void test_brackets_after_a_team_that_hold_no_owner(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Gunners United (City) 88 pts\n", ""},
        {"Net Busters (PPR) 102 pts\n", ""},
        {"Show Me the Money (3-1)\n", ""},
        {"Agenda\nRelease Notes (Vertrieb)\nAdobe Acrobat (Finanzas)\n", ""},
        {"Tisch für 4 (Fenster) 20:00\n", ""},
        {"+1 (agree)\n", ""},
    };
    CHECK(c);
}

static void test_numbered_callers_and_guests(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1 - Wickmelen (Cork)\n2 - Chloe (Bristol)\n4 - Weather (Cork)\n",
         "PERSON=Wickmelen;PERSON=Chloe"},
        {"1 - Lena Kelwinmann (vegetarisch)\n", "PERSON=Lena Kelwinmann"},
        {"Maria x2\nHolrike x3\n", "PERSON=Maria;PERSON=Holrike"},
    };
    CHECK(c);
}

static void test_towns_and_dishes_in_the_same_lines_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1 - Leeds (3 calls)\n2 - Cork (5 calls)\n", ""},
        {"Pizza x2\n+1 (same)\n", ""},
    };
    CHECK(c);
}

static void test_me_and_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"me + Wicklyie vs the rest\n", "PERSON=Wicklyie"},
        {"ich und Holrike sind dabei\n", "PERSON=Holrike"},
        {"Torwena + io in duo\n", "PERSON=Torwena"},
        {"reply: yes - Lonrio\n", "PERSON=Lonrio"},
    };
    CHECK(c);
}

static void test_products_beside_me_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"me + Discord tonight\n", ""},
        {"me and Ranked don't mix\n", ""},
    };
    CHECK(c);
}

static void test_league_role_before_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Treasurer Maria holds the money\n", "PERSON=Maria"},
        {"Kassenwart Jonas hat das Geld\n", "PERSON=Jonas"},
        {"Penningmeester Daan beheert de pot\n", "PERSON=Daan"},
    };
    CHECK(c);
}

static void test_every_chat9_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("[21:04] <Jonas> gg\n<Maria> omw\n1. Gunners United (Maria K.) 7-3\n"
                      "Oranje Boven (Jonas) vs Forza Tifosi (Lena)\n+1 (Jonas)\ntable for 4 (X)\n"
                      "1 - Lena (Cork)\nMaria x2\nme + Lena\nLena + me\nyes - Lena\n(");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nick_in_angle_brackets_opening_a_line),
        cmocka_unit_test(test_gamer_tags_bots_and_services_in_angle_brackets_are_no_people),
        cmocka_unit_test(test_owner_in_brackets_after_a_team),
        cmocka_unit_test(test_brackets_after_a_team_that_hold_no_owner),
        cmocka_unit_test(test_numbered_callers_and_guests),
        cmocka_unit_test(test_towns_and_dishes_in_the_same_lines_are_no_people),
        cmocka_unit_test(test_me_and_a_name),
        cmocka_unit_test(test_products_beside_me_are_no_people),
        cmocka_unit_test(test_league_role_before_a_name),
        cmocka_unit_test(test_every_chat9_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
