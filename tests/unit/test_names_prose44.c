/* test_names_prose44.c: firms, streets, titles and common words that are named or capitalised
 * like people (names_prose44.c) and famous people in a programme's music or a letter's heading
 * (names_famous.c), through the default packs; each beside the real person who must stay
 * masked. Each case lists every finding ("TYPE=value;..."), so a widened rule shows what it
 * takes. */
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

static void test_a_firm_by_its_trade_noun_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Werkgever: Smit Verhuizingen\nWerknemer: Femke Visser", "PERSON=Femke Visser"},
        {"Payé par Julien Girard à Pompes Funèbres Girard.", "PERSON=Julien Girard"},
        {"Remis à Camille Dupont, Garage Dupont, puis Agence Fontaine Immobilier.",
         "PERSON=Camille Dupont"},
        /* the surname of a found person, again in a firm's name */
        {"Kit sponsor: Doyle's Bakery. Coach: Trevor Doyle", "PERSON=Trevor Doyle"},
        {"Pracodawca: Piekarnia Nowak\nPracownik: Agnieszka Nowak", "PERSON=Agnieszka Nowak"},
        {"İşveren: Arslan Fırını\nPersonel: Mehmet Arslan", "PERSON=Mehmet Arslan"},
        /* a word that opens a firm elsewhere after a person's given name */
        {"Contact: Maria Garage, Tomas Auto", "PERSON=Maria Garage;PERSON=Tomas Auto"},
    };
    CHECK(c);
}

static void test_a_street_by_its_type_word_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Vizionare cu Mihai Stoica, lângă Bulevardul Ion C. Brătianu.", "PERSON=Mihai Stoica"},
        {"Mieszkanie przy plac Jana Pawła II, właściciel Piotr Nowak.", "PERSON=Piotr Nowak"},
        {"Vi bor på Birger Jarlsgatan, hälsningar Karin Lindqvist.", "PERSON=Karin Lindqvist"},
        {"Fremvisning ved Niels Juels Gade med Mette Sørensen.", "PERSON=Mette Sørensen"},
        /* a type word after a name with no genitive is a surname */
        {"Participants: Jan Plads, Maria Gade", "PERSON=Jan Plads;PERSON=Maria Gade"},
    };
    CHECK(c);
}

static void test_a_title_in_capitals_or_a_common_word_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PASEK WYPŁATY\nPracownik: NOWAK Agnieszka", "PERSON=NOWAK Agnieszka"},
        {"Chère Claire,\nBon anniversaire !\nBisous,\nJulien", "PERSON=Claire;PERSON=Julien"},
        {"--\nUn abrazo,\nCristian Navarro", "PERSON=Cristian Navarro"},
        {"Les obsèques de Claire Moreau auront lieu lundi.", "PERSON=Claire Moreau"},
    };
    CHECK(c);
}

static void test_a_famous_person_in_a_programmes_music_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Entrance music: Ed Sheeran – Your Song\nReading: Hannah Fletcher",
         "PERSON=Hannah Fletcher"},
        {"Musik zum Eingang: Helene Fischer, Air\nLesung: Jonas Brandt", "PERSON=Jonas Brandt"},
        /* a private performer under the same label stays */
        {"Entrance music: Hannah Fletcher (organ)", "PERSON=Hannah Fletcher"},
    };
    CHECK(c);
}

/* names_caps8.c: a surname in capitals and its given name end their item before a score after a
 * colon or before dot leaders, as class lists and phone books print them */
static void test_a_surname_in_capitals_before_a_score_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Klasse 10a\nKELLER Maria: 2,3\nVOGEL Jonas: 1,7",
         "PERSON=KELLER Maria;PERSON=VOGEL Jonas"},
        {"Notas 2º ESO\nORTEGA, Sergio: 8,5\nNAVARRO Lucía: 6",
         "PERSON=ORTEGA, Sergio;PERSON=NAVARRO Lucía"},
        {"Résultats\nDUPONT Claire : 14,5", "PERSON=DUPONT Claire"},
        /* a status line of capitals and a code: no person */
        {"Server\nHTTP Get: 200", ""},
    };
    CHECK(c);
}

/* names_caps8_lower.c: a lower-case given name after a wish, thanks or "ok", or after a
 * self-introduction when it ends its clause */
static void test_a_lower_case_name_after_a_wish_or_an_introduction_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"alles gute jonas 🥳 danke lukas für die torte!", "PERSON=jonas;PERSON=lukas"},
        {"hallo, ist der ford fiesta noch da? bin lukas, kann samstag abholen", "PERSON=lukas"},
        {"ruilen? pieter neemt mijn zaterdag. ok joost?", "PERSON=joost"},
        {"i'm hannah, 34, nurse", "PERSON=hannah"},
        /* an adjective after the verb, or the name going on into the clause */
        {"soy feliz hoy", ""},
        {"sono felice, grazie", ""},
        {"ich bin frank und frei", ""},
        {"ok will do, thanks", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_firm_by_its_trade_noun_is_no_person),
        cmocka_unit_test(test_a_street_by_its_type_word_is_no_person),
        cmocka_unit_test(test_a_title_in_capitals_or_a_common_word_is_no_person),
        cmocka_unit_test(test_a_famous_person_in_a_programmes_music_is_no_person),
        cmocka_unit_test(test_a_surname_in_capitals_before_a_score_is_a_person),
        cmocka_unit_test(test_a_lower_case_name_after_a_wish_or_an_introduction_is_a_person),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
