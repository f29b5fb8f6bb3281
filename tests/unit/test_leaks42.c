/* test_leaks42.c: the leaks and false findings stop 41's reviews left open, through the default
 * packs: products named after their vendor, Irish counties, building and street lines of an
 * address, shops above a street; and the people beside them that must stay masked. Each case lists
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

static void test_a_product_after_its_vendor_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"use Amazon Polly for the TTS step", ""},
        {"The IBM Watson bill doubled in May.", ""},
        {"Does Salesforce Einstein support SSML here? Ask Maria Keller from Salesforce.",
         "PERSON=Maria Keller"},
        {"Ask Maria Watson from IBM about the quota.", "PERSON=Maria Watson"},
        {"IBM's Maria Watson will join.", "PERSON=Maria Watson"},
    };
    CHECK(c);
}

static void test_an_irish_county_after_co_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The clinic is at 12 Main Street, Ennis, Co. Clare.", "STREET_ADDRESS=12 Main Street"},
        {"Ship to 4 Abbey Street\nEnnis\nCo. Clare\nThanks!",
         "STREET_ADDRESS=4 Abbey Street\nEnnis\nCo. Clare"},
        {"The county is Co. Clare.", ""},
        {"Clare Murphy lives in County Kerry.", "PERSON=Clare Murphy"},
    };
    CHECK(c);
}

static void test_building_and_street_lines_of_an_address_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Registered office: Gordon House, Barrow Street, Dublin 4.", ""},
        {"Meet at Gordon House, Barrow Street, Dublin 4.", ""},
        {"Royal Albert Hall\nKensington Gore\nLondon SW7 2AP", ""},
        {"Visit us at Moreton Lodge, Whitmore Gore, Leeds.", ""},
        {"Brasserie Lipp\nKeizersgracht 12\n1015 CS Amsterdam",
         "STREET_ADDRESS=Keizersgracht 12\n1015 CS Amsterdam"},
        {"Galeries Lafayette\n40 Boulevard Haussmann\n75009 Paris",
         "STREET_ADDRESS=40 Boulevard Haussmann\n75009 Paris"},
    };
    CHECK(c);
}

/* the drops' probes: people named like a building or a street, as addressees and in prose */
static void test_people_named_like_a_building_stay_masked(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dr. Gregory House\n221 Baker Street\nLondon NW1 6XE",
         "PERSON=Gregory House;STREET_ADDRESS=221 Baker Street\nLondon NW1 6XE"},
        {"Margaret Court, Barrow Street, Dublin 4", "PERSON=Margaret Court"},
        {"Maria Keller\nKeizersgracht 12\n1015 CS Amsterdam",
         "PERSON=Maria Keller;STREET_ADDRESS=Keizersgracht 12\n1015 CS Amsterdam"},
        {"Maria Keller lives at Barrow Street, Dublin.", "PERSON=Maria Keller"},
    };
    CHECK(c);
}

static void test_a_quoted_surname_first_in_capitals_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"rec = Record(id=583, patient_name=\"KELLER, MARIA\", ward=\"4B\")",
         "PERSON=KELLER, MARIA"},
        {"signer='WEBER, JONAS'", "PERSON=WEBER, JONAS"},
        {"city=\"BERLIN, DE\"", ""},
        {"holder=\"ACME, INC\"", ""},
        {"dept=\"SALES, EMEA\"", ""},
    };
    CHECK(c);
}

/* the repeat pass: a found surname again in lower case after an article is the common word */
static void test_a_surname_as_a_common_word_after_an_article_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Author: Maria Keller\n\nThe keller in the basement is damp.", "PERSON=Maria Keller"},
        {"From: Katrin Keller\n\nwir lagern den Wein im keller\nping keller about it",
         "PERSON=Katrin Keller;PERSON=keller"},
        {"Author: Tomas Weindling\ntomas said hi", "PERSON=Tomas Weindling;PERSON=tomas"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_product_after_its_vendor_is_no_person),
        cmocka_unit_test(test_an_irish_county_after_co_is_no_person),
        cmocka_unit_test(test_building_and_street_lines_of_an_address_are_no_person),
        cmocka_unit_test(test_people_named_like_a_building_stay_masked),
        cmocka_unit_test(test_a_quoted_surname_first_in_capitals_is_a_person),
        cmocka_unit_test(test_a_surname_as_a_common_word_after_an_article_stays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
