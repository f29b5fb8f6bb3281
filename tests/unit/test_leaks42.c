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

static anon_engine_t *eng; /* default packs */

static int setup(void **state)
{
    (void)state;
    char err[256];
    eng = anon_engine_new(NULL, err, sizeof err);
    return eng ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(eng);
    return 0;
}

struct tcase {
    const char *text, *want;
};

static void render(const char *text, char *buf, size_t cap)
{
    anon_finding_t *f = NULL;
    size_t n = 0, o = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    buf[0] = '\0';
    for (size_t i = 0; i < n && o < cap; i++)
        o += (size_t)snprintf(buf + o, cap - o, "%s%s=%.*s", o ? ";" : "",
                              anon_engine_type_name(eng, f[i].type), (int)(f[i].end - f[i].start),
                              text + f[i].start);
    free(f);
}

static void check(const struct tcase *c, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[1024];
        render(c[i].text, got, sizeof got);
        if (strcmp(got, c[i].want) != 0) {
            print_error("text: %s\n  want: %s\n  got:  %s\n", c[i].text, c[i].want, got);
            bad = 1;
        }
    }
    assert_false(bad);
}
#define CHECK(c) check(c, sizeof c / sizeof c[0])

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
