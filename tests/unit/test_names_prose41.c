/* test_names_prose41.c: people in drafting prompts, letters and notices (branch prose41): a kin
 * or role noun after a possessive ("my grandmother X"), a drafted text's preposition ("a eulogy
 * for X"), signature verbs ("Signé X"), greetings and closings of pl/sv/tr/ro/pt letters, roles
 * of public notices; and the look-alikes in the same places (a kin word as a label, a vendor after
 * "mention", a manual's "reference for Tcl", a place after a greeting) stay as they were. */
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

int nw_prose41_word_may(const char *w, int set); /* names_internal.h */

static void test_kin_after_a_possessive_names_the_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Can you help me write a eulogy for my grandmother Rintilau Tiouac? She loved roses.",
         "PERSON=Rintilau Tiouac"},
        {"Please write a reference for my tenant Lokers Dalwensma, who always paid on time.",
         "PERSON=Lokers Dalwensma"},
        {"Je sais que ma tante Zelverin Greac habite à Lyon.", "PERSON=Zelverin Greac"},
        {"Er hat gesagt, Annem Baumo macht Börek, gel erken.", "PERSON=Baumo"},
    };
    CHECK(c);
}

static void test_a_drafted_text_and_its_preposition_name_the_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"I need a short retirement speech for Tondencor Meralworth, our caretaker.",
         "PERSON=Tondencor Meralworth"},
        {"Formuliere eine Laudatio für Mogun Tramostedt, die den Chor leitet.",
         "PERSON=Mogun Tramostedt"},
        {"Écris un discours de départ à la retraite pour Banve Gretieau, avec un mot.",
         "PERSON=Banve Gretieau"},
    };
    CHECK(c);
}

static void test_signatures_greetings_and_closings_name_the_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Le chauffage est en panne. Signé Banve Gretieau.", "PERSON=Banve Gretieau"},
        {"Schimmel in der Wohnung. Unterschrift: Gungun Momann.", "PERSON=Gungun Momann"},
        {"Per il rumore. Firmato Vemel Tione.", "PERSON=Vemel Tione"},
        {"Droga Halinka,\ndziękuję za kartkę.", "PERSON=Halinka"},
        {"Tack för blommorna.\nKram, Svery Torallund\n", "PERSON=Svery Torallund"},
        {"Kungörelse: bygglov, sökande Boboek Ingqvist. Synpunkter senast i maj.",
         "PERSON=Boboek Ingqvist"},
    };
    CHECK(c);
}

static void test_look_alikes_in_the_same_places_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The report mentions Grazzi twice.", ""},
        {"Mention Vodafone and Bosch as vendors.", ""},
        {"The complete set of reference manual entries for Tcl 8.6 is online.", ""},
        {"Note that much of Gnulib is distributed under the GNU GPL.", ""},
        {"Write a speech for Christmas at the office.", ""},
        {"Draft a letter to Legal about the contract.", ""},
        {"[04.06.26, 16:29] Oma: Mijn buurvrouw doet iedereen de groeten", ""},
    };
    CHECK(c);
}

static void test_every_list_word_passes_the_filter(void **state)
{
    (void)state;
    static const char *const w[] = {
        "grandmother", "tenant", "annem",   "eulogy", "laudatio", "signé", "unterschrift",
        "firmato",     "droga",  "sevgili", "dragă",  "kram",     "drag",  "sökande",
        "for",         "für",    "ook",     "anche",  "by",       "avó",   "hälsa"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        assert_true(nw_prose41_word_may(w[k], 0) || nw_prose41_word_may(w[k], 1) ||
                    nw_prose41_word_may(w[k], 2));
}

static void test_prose41_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("a eulogy for Dencor \"Smudge\" Darham.");
    scan_every_prefix("Droga Halinka,\nKram, Svery Torallund");
    scan_every_prefix("Signé Banve Gretieau");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kin_after_a_possessive_names_the_person),
        cmocka_unit_test(test_a_drafted_text_and_its_preposition_name_the_person),
        cmocka_unit_test(test_signatures_greetings_and_closings_name_the_person),
        cmocka_unit_test(test_look_alikes_in_the_same_places_stay),
        cmocka_unit_test(test_every_list_word_passes_the_filter),
        cmocka_unit_test(test_prose41_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
