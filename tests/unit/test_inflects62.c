/* test_inflects62.c: streets and births as each language's grammar writes them (branch
 * inflects62, names_inflects62.c, names_births.c, names_dobprose.c,
 * contrib/bench/accuracy/notes/inflects62.md): a street whose type word is declined before or
 * after its name, or glued to it, is a street with its house number ("przy ulicy Długiej 3",
 * "v Dlouhé ulici 8", "Tērbatas ielā 13", "Hämeenkadulla 12"); a date after a Croatian,
 * Slovenian, Estonian, Latvian, Lithuanian or Icelandic birth word is a birth, its month in the
 * case dates use ("3. svibnja 1987.", "24. detsembril 1978"); a street word with no name or no
 * number, a page and another event's date are not. PERSON is left out of the rendering. */
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

#define NAMES_SKIP_TYPE "PERSON"
#include "names_cases.h"

/* The type declined after the name. Before: none of them. */
static void test_type_after_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Stěhujeme se do bytu v Dlouhé ulici 8 v pátek.", "STREET_ADDRESS=Dlouhé ulici 8"},
        {"Mēs dzīvojam Tērbatas ielā 13 jau gadu.", "STREET_ADDRESS=Tērbatas ielā 13"},
        {"Persikėlėme į Pilies gatvę 3 pernai.", "STREET_ADDRESS=Pilies gatvę 3"},
        {"Stanujemo na Slovenski cesti 7 od maja.", "STREET_ADDRESS=Slovenski cesti 7"},
        {"Elame Tamme tänaval 12 juba ammu.", "STREET_ADDRESS=Tamme tänaval 12"},
        {"A lakás a Rákóczi úton 45 van.", "STREET_ADDRESS=Rákóczi úton 45"},
    };
    CHECK(c);
}

/* The type declined before the name, a connecting word between, "nr." before the number; the
 * name glued to a Finnish or Icelandic ending. Before: none of them. */
static void test_type_before_name_and_glued(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mieszkamy przy ulicy Długiej 3 od marca.", "STREET_ADDRESS=ulicy Długiej 3"},
        {"Stan je na Trgu bana Jelačića 3 u centru.", "STREET_ADDRESS=Trgu bana Jelačića 3"},
        {"Ne mutăm pe strada Florilor nr. 9 luna viitoare.",
         "STREET_ADDRESS=strada Florilor nr. 9"},
        {"Me asumme Hämeenkadulla 12 nyt.", "STREET_ADDRESS=Hämeenkadulla 12"},
        {"Við flytjum á Hverfisgötu 12 í vor.", "STREET_ADDRESS=Hverfisgötu 12"},
    };
    CHECK(c);
}

/* Street words with no name or no number, pages and counts stay unmasked. */
static void test_street_lookalikes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Na ulici 5 minut čekali.", ""},
        {"Korek na ulicy Długiej od rana.", ""},
        {"Kapitola 3 a strana 12 chybí.", ""},
        {"Tänaval 12 autot.", ""},
        {"Dzīvojam Tērbatas ielā jau 13 gadus.", ""},
    };
    CHECK(c);
}

/* Birth words of hr, sl, et, lv, lt and is before a date; months in their case. Other events'
 * dates are no births. Before: none of the births. */
static void test_births(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Sin, rođen 3. svibnja 1987., živi u Zagrebu.", "DATE_OF_BIRTH=3. svibnja 1987"},
        {"Hčerka, rojena 12. 3. 1990, obiskuje tečaj.", "DATE_OF_BIRTH=12. 3. 1990"},
        {"Tütar, sündinud 24. detsembril 1978, elab Tartus.", "DATE_OF_BIRTH=24. detsembril 1978"},
        {"Sonur minn, fæddur 4. febrúar 1956, býr hér.", "DATE_OF_BIRTH=4. febrúar 1956"},
        {"Dēls, dzimis 11.11.2004, mācās Rīgā.", "DATE_OF_BIRTH=11.11.2004"},
        {"Vjenčanje 3. svibnja 2012. u Splitu.", ""},
        {"Pulmad 24. detsembril 2019 Tartus.", ""},
    };
    CHECK(c);
}

/* every prefix of declined streets and births, cut inside a type word, a name or a date (the
 * address sanitizer build reads past no end) */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("przy ulicy Długiej 3, v Dlouhé ulici 8, Tērbatas ielā 13, Hverfisgötu 12,\n"
                      "strada Florilor nr. 9, Trgu bana Jelačića 3 / rođen 3. svibnja 1987., "
                      "sündinud 24. detsembril 1978 ielā 5 Hämeenkadulla 1");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_type_after_name),
        cmocka_unit_test(test_type_before_name_and_glued),
        cmocka_unit_test(test_street_lookalikes),
        cmocka_unit_test(test_births),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
