/* test_names_chat13.c: names that chat and form text left or split wrongly (branch chat13): lists
 * of @handles ("@maria, @jonas can you review"), Slack's "<@U024BE7LH|maria>", the airline comma
 * order ("Passenger WEBER, JONAS MR") and German academic titles between a courtesy title and
 * the name ("Herr Dipl.-Ing. Jonas Weber"); "@here", "<!subteam^S0|devs>", team and bot handles,
 * Java annotations, fares and routes without a title, and degrees with no person stay. */
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

#include "names_cases.h"

static void test_lists_of_handles_are_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"@maria, @jonas can you review #4821?", "PERSON=maria;PERSON=jonas"},
        {"@rui @joão podem rever o #4821?", "PERSON=rui;PERSON=joão"},
        {"@sabine, @matthias und @lena könnt ihr reviewen?",
         "PERSON=sabine;PERSON=matthias;PERSON=lena"},
        {"{\"text\":\"@lorenzo,@brucori potete fare review?\"}", "PERSON=lorenzo;PERSON=brucori"},
    };
    CHECK(c);
}

static void test_team_bot_and_code_handles_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"@here, @channel deploy freeze at 6", ""},  {"@dev, @ops, @qa please check", ""},
        {"@frontend @backend sync at 3", ""},        {"decorators @cached, @retry and @timed", ""},
        {"@renovatebot, @sonarcloud commented", ""}, {"npm i @types/node, @angular/core", ""},
    };
    CHECK(c);
}

static void test_slack_mentions_are_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<@U024BE7LH|maria> can you check the deploy?", "PERSON=maria"},
        {"<@U024BE7LH|Maria Keller> kannst du schauen?", "PERSON=Maria Keller"},
        {"<@W0ABCDEF12|wickwicki> ping", "PERSON=wickwicki"},
    };
    CHECK(c);
}

static void test_slack_groups_and_broadcasts_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<!subteam^S012AB3CD|devs> please review", ""},
        {"<!here> deploy freeze at 6", ""},
        {"<@U024BE7LH|slackbot> reminder", ""},
    };
    CHECK(c);
}

static void test_airline_comma_order_with_a_title_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Passenger WEBER, JONAS MR  SEAT 12A", "PERSON=WEBER, JONAS"},
        {"PAX VAN DIJK, PIETER MR", "PERSON=VAN DIJK, PIETER"},
        {"Pasajero ROMERO, MARIA LUISA MRS", "PERSON=ROMERO, MARIA LUISA"},
    };
    CHECK(c);
}

static void test_airline_look_alikes_without_a_title_or_with_words_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Passenger ADULT, ECONOMY CLASS Y", ""},
        {"THANKS, DEAR MR", ""},
        {"Fare basis YLOWEU, BAGGAGE 1PC MR", ""},
    };
    CHECK(c);
}

static void test_academic_titles_are_skipped_as_one_family(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Herr Dipl.-Ing. Jonas Weber hat angerufen.", "PERSON=Jonas Weber"},
        {"Sehr geehrter Herr Dipl.-Kfm. Lindner,", "PERSON=Lindner"},
        {"Frau Dr. rer. nat. Anna Keller hat angerufen.", "PERSON=Anna Keller"},
        {"Frau Mag. iur. Anna Keller", "PERSON=Anna Keller"},
        {"Ansprechpartner: Herrn Dr. med. dent. Matthias Rutzmann", "PERSON=Matthias Rutzmann"},
    };
    CHECK(c);
}

static void test_degrees_with_no_person_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ausbildung\nDipl.-Kfm. Maschinenbau, 2009", ""},
        {"Abschluss: Mag. rer. soc. oec. (2009)", ""},
        {"Gesucht: Dipl.-Ing. (FH) Elektrotechnik (m/w/d)", ""},
        {"Abschluss: Dr. phil. (Note 1,7)", ""},
    };
    CHECK(c);
}

static void test_chat13_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("@maria, @jonas and @lena can you");
    scan_every_prefix("<@U024BE7LH|maria>");
    scan_every_prefix("Passenger WEBER, JONAS MR");
    scan_every_prefix("Herr Dr. rer. nat. Dipl.-Ing. Weber");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lists_of_handles_are_people),
        cmocka_unit_test(test_team_bot_and_code_handles_stay),
        cmocka_unit_test(test_slack_mentions_are_people),
        cmocka_unit_test(test_slack_groups_and_broadcasts_stay),
        cmocka_unit_test(test_airline_comma_order_with_a_title_is_a_person),
        cmocka_unit_test(test_airline_look_alikes_without_a_title_or_with_words_stay),
        cmocka_unit_test(test_academic_titles_are_skipped_as_one_family),
        cmocka_unit_test(test_degrees_with_no_person_stay),
        cmocka_unit_test(test_chat13_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
