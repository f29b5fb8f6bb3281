/* test_names_fp43.c: things that are named like people (names_fp43.c) through the default packs:
 * permit titles, plural people-noun labels, authorities, buildings, specialties, ships and trains,
 * streets named after people, an ordinal label; each beside the real person who must stay masked.
 * Each case lists every finding ("TYPE=value;..."), so a widened rule shows what it takes. */
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

static void test_a_permit_title_in_capitals_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"KARTA POBYTU\nNazwisko: KOWALCZYK\nImiona: Piotr", "PERSON=KOWALCZYK;PERSON=Piotr"},
        {"İKAMET İZNİ\nSoyadı: YILMAZ\nAdı: Ayşe", "PERSON=YILMAZ;PERSON=Ayşe"},
        {"Tipo documento: PASSAPORTO\nCognome: Rossi\nNome: Giulia", "PERSON=Rossi;PERSON=Giulia"},
    };
    CHECK(c);
}

static void test_a_plural_people_noun_label_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Antragsteller: Jonas Weber\n\nMitziehende Personen:\n1. Maria Keller\n2. Lukas Weber",
         "PERSON=Jonas Weber;PERSON=Maria Keller;PERSON=Lukas Weber"},
        {"Osoby Towarzyszące\n- Piotr Nowak\n- Agnieszka Nowak",
         "PERSON=Piotr Nowak;PERSON=Agnieszka Nowak"},
        {"Aile Bireyleri\n- Mehmet Kaya", "PERSON=Mehmet Kaya"},
    };
    CHECK(c);
}

static void test_an_authority_or_building_by_its_head_noun_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: Maria Keller\nAusstellende Behörde: Landratsamt Ebersberg", "PERSON=Maria Keller"},
        {"Mektubu aldım: Kadıköy Nüfus Müdürlüğü – Emre Çelik imzaladı.", "PERSON=Emre Çelik"},
        {"Délivré par: Sous-préfecture de Brest\nNom: Camille Dupont", "PERSON=Camille Dupont"},
        {"Inês Sousa\nEdifício Almeida Garrett\nRua Augusta 105, 1100-048 Lisboa",
         "PERSON=Inês Sousa;STREET_ADDRESS=Rua Augusta 105, 1100-048 Lisboa"},
        /* a person whose surname is a head noun elsewhere stays */
        {"Contact: David Villa, Maria Stadt", "PERSON=David Villa;PERSON=Maria Stadt"},
    };
    CHECK(c);
}

static void test_a_doctors_specialty_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dr. med. Katrin Lindner, Allgemeinmedizin, Hauptstraße 12, 80331 München",
         "PERSON=Katrin Lindner;STREET_ADDRESS=Hauptstraße 12, 80331 München"},
        {"Dra. Lucía Romero, Cardiología", "PERSON=Lucía Romero"},
    };
    CHECK(c);
}

static void test_a_ship_or_train_after_its_prefix_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Passenger: Hannah Fletcher\nVessel: MV Johanna Schulte", "PERSON=Hannah Fletcher"},
        {"Wir sind mit dem ICE Konrad Zuse gefahren, mit Sabine Krause.", "PERSON=Sabine Krause"},
        {"Passenger: Emily Doyle, sailing on the Queen Mary 2", "PERSON=Emily Doyle"},
        /* "MS" in capitals is a title */
        {"Passenger: MS KELLER", "PERSON=MS KELLER"},
    };
    CHECK(c);
}

static void test_a_street_named_after_a_person_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Magazinul este pe Str. Avram Iancu, lângă parc. Ioana Popescu locuiește pe Str. "
         "Florilor nr. 5, 400001 Cluj-Napoca.",
         "PERSON=Ioana Popescu;STREET_ADDRESS=Str. Florilor nr. 5, 400001 Cluj-Napoca"},
        {"Butiken ligger på Olof Palmes gata, nära parken. Karin Holm bor där.",
         "PERSON=Karin Holm"},
        {"Sklep jest przy ul. Adama Mickiewicza. Piotr Nowak pracuje tam.", "PERSON=Piotr Nowak"},
        /* "et al." is no street */
        {"see Keller et al. Maria Weber replied", "PERSON=Keller;PERSON=Maria Weber"},
    };
    CHECK(c);
}

static void test_an_ordinal_label_is_no_person_but_its_value_is(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Primer apellido: GARCÍA\nSegundo apellido: ROMERO\nNombre: LUCÍA",
         "PERSON=GARCÍA;PERSON=ROMERO;PERSON=LUCÍA"},
        {"Name: Keller Vorname: Sabine", "PERSON=Keller;PERSON=Sabine"},
        {"Firmado por: Segundo Castillo", "PERSON=Segundo Castillo"},
    };
    CHECK(c);
}

static void test_a_firms_anniversary_column_is_no_birth_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Société | Anniversaire |\n|---|---|\n| Brasserie du Port | 27.11.1923 |\n\n| Nom | "
         "Anniversaire |\n|---|---|\n| Benoît Marchand | 25.01.1961 |",
         "PERSON=Benoît Marchand;DATE_OF_BIRTH=25.01.1961"},
        {"| Empresa | Aniversario |\n|---|---|\n| Hermanos Ortega S.L. | 22.12.1915 |", ""},
    };
    CHECK(c);
}

static void test_a_town_after_a_travel_word_or_an_adverb_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"She flew Pan Am to Miami with Maria Keller.", "PERSON=Maria Keller"},
        {"We drove from Ennis to Co. Clare.", ""},
        {"me llamo mucho la atención", ""},
        {"me llamo lucia garcia", "PERSON=lucia garcia"},
        /* no travel word: a person after "to" and "from" stays */
        {"I sent it to Keller from Weber.", "PERSON=Keller;PERSON=Weber"},
        {"The ticket was moved to Keller.", "PERSON=Keller"},
    };
    CHECK(c);
}

/* A form's "not stated" answer, and a German article after a noun inside a run; a particle
 * before the article keeps the person. */
static void test_not_stated_and_a_noun_phrase_with_an_article_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: Keine Angabe\nArzt: Jonas Weber\n", "PERSON=Jonas Weber"},
        {"Contact: Not stated\nOwner: Maria Keller\n", "PERSON=Maria Keller"},
        {"Besuch der Pflegekraft (\xC3\x89lodie, Tochter) am Mittag.\n", "PERSON=\xC3\x89lodie"},
        {"Antragstellerin: Ursula von der Leyen\n", "PERSON=Ursula von der Leyen"},
        {"Contact: Jan van der Berg\n", "PERSON=Jan van der Berg"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_permit_title_in_capitals_is_no_person),
        cmocka_unit_test(test_a_plural_people_noun_label_is_no_person),
        cmocka_unit_test(test_an_authority_or_building_by_its_head_noun_is_no_person),
        cmocka_unit_test(test_a_doctors_specialty_is_no_person),
        cmocka_unit_test(test_a_ship_or_train_after_its_prefix_is_no_person),
        cmocka_unit_test(test_a_street_named_after_a_person_is_no_person),
        cmocka_unit_test(test_an_ordinal_label_is_no_person_but_its_value_is),
        cmocka_unit_test(test_a_firms_anniversary_column_is_no_birth_date),
        cmocka_unit_test(test_a_town_after_a_travel_word_or_an_adverb_is_no_person),
        cmocka_unit_test(test_not_stated_and_a_noun_phrase_with_an_article_are_no_person),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
