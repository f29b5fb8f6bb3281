/* test_names_speedrq45.c: the per-finding filters whose word-list look-ups now screen by a first
 * byte before strlen() or strcmp() (names_reject.c, names_h11prec.c, names_prec14.c,
 * names_place41.c, names_prose44.c) find what they found before: the thing each list drops, and
 * the person beside it who must stay masked. Each case lists every finding ("TYPE=value;..."). */
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

/* names_reject.c: a legal form after the run (raw_is()), a historical figure's birth year
 * (born_long_ago()), a firm's words at the run's end */
static void test_a_firm_or_a_historical_figure_is_no_person_beside_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Our supplier is Keller GmbH in Bern; contact Maria Keller.", "PERSON=Maria Keller"},
        {"We ordered from Rossi S.p.A. and Jonas Weber signed.", "PERSON=Jonas Weber"},
        {"Mozart was born in 1756 and Lena Brandt loves his music.", "PERSON=Lena Brandt"},
        {"Goethe wurde 1749 geboren, sagte Jonas Weber.", "PERSON=Jonas Weber"},
        {"Lehman Brothers collapsed; Jonas Weber lost his job.", "PERSON=Jonas Weber"},
        {"Loyens & Loeff represents Oliver Okafor.", "PERSON=Oliver Okafor"},
        /* the look-alikes: a person after a cue of work, a person before a year */
        {"She works at Hartmann and Anna Vogt will call you.", "PERSON=Hartmann;PERSON=Anna Vogt"},
    };
    CHECK(c);
}

/* names_h11prec.c: a form's example name after its cue (span_is()) and an example street
 * (example_street()); the request the gateway benchmark posts keeps its person and address */
static void test_a_forms_examples_go_and_a_real_request_keeps_its_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: (e.g. John Smith)\nContact: Maria Keller", "PERSON=Maria Keller"},
        {"Adresse: Musterstraße 12, 12345 Musterstadt\nKunde: Jonas Weber", "PERSON=Jonas Weber"},
        {"Hi, I am John Smith, my email is john.smith@example.com.",
         "PERSON=John Smith;EMAIL=john.smith@example.com"},
        {"Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View. My "
         "colleague Anna Vogt will follow up.",
         "STREET_ADDRESS=1600 Amphitheatre Parkway;PERSON=Anna Vogt"},
    };
    CHECK(c);
}

/* names_prec14.c (word_at()): a firm after its trade noun */
static void test_a_trades_firm_goes_and_its_owner_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Bäckerei Schmidt liefert morgen; Frau Schmidt ruft an.", "PERSON=Schmidt"},
    };
    CHECK(c);
}

/* names_prose44.c: its lists are screened by first byte and length (IN_LIST()) before their loop;
 * a firm by its trade noun, a heading in capitals, a common word opening a greeting go, and the
 * people beside them (a street's type word after a given name: "Maria Gade") stay */
static void test_prose44s_screened_lists_drop_their_things_and_keep_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Wij verkopen via Van den Berg Makelaars; contactpersoon Sanne Visser.",
         "PERSON=Sanne Visser"},
        {"Bon anniversaire Marie !", "PERSON=Marie"},
        {"PASEK WYPŁATY\nPracownik: Piotr Nowak", "PERSON=Piotr Nowak"},
        {"Un abrazo, Lucía Fernández", "PERSON=Lucía Fernández"},
        {"We had coffee at Doyle's Bakery with Aoife Byrne.", "PERSON=Aoife Byrne"},
        {"Maria Gade will call tomorrow.", "PERSON=Maria Gade"},
    };
    CHECK(c);
}

/* names_reject.c's cues before the run, which now share the two words before it
 * (nw_not_person() reads them once for place_word_before(), topic_before() and
 * thing_cue_before()): a topic, an employer, a place, a thing bought; the people beside stay */
static void test_the_cues_before_a_run_read_once_still_drop_their_things(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Write a poem in the style of Neruda for Anna Vogt.", "PERSON=Anna Vogt"},
        {"Share a quote by Seneca with Jonas Weber.", "PERSON=Jonas Weber"},
        {"Er arbeitet bei Hartmann, sagt Anna Vogt.", "PERSON=Anna Vogt"},
        {"Meet me at Gare de Lyon, said Jonas Weber.", "PERSON=Jonas Weber"},
        {"She studied at the University of Leeds with Maria Keller.", "PERSON=Maria Keller"},
        {"He bought a Jack Daniel's for Jonas Weber.", "PERSON=Jonas Weber"},
        /* the look-alikes: a person before the employer cue, a person after a verb */
        {"Lukas works at Brenner since May; ask Anna Vogt.", "PERSON=Lukas;PERSON=Anna Vogt"},
        {"Please call Anna Vogt.", "PERSON=Anna Vogt"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_firm_or_a_historical_figure_is_no_person_beside_a_person),
        cmocka_unit_test(test_a_forms_examples_go_and_a_real_request_keeps_its_person),
        cmocka_unit_test(test_a_trades_firm_goes_and_its_owner_stays),
        cmocka_unit_test(test_prose44s_screened_lists_drop_their_things_and_keep_people),
        cmocka_unit_test(test_the_cues_before_a_run_read_once_still_drop_their_things),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
