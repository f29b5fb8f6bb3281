/* test_names_fp45.c: things that stand where people stand (names_fp45.c) through the default
 * packs: the value of a thing's label (one value or a list), a thing's label word before its
 * colon, a type word before or after the name, a name in quotes after a model, a famous person as
 * a talk's topic, a table column headed by a thing, "Name:" under a thing's heading, form
 * headings and a piece before its composer; each beside the real person who must stay masked, and
 * the look-alikes of each rule that are people. Each case lists every finding
 * ("TYPE=value;..."), so a widened rule shows what it takes. */
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

static void test_the_value_of_a_things_label_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Båtregister\nBåtens namn: Kristina\nÄgare: Anders Lindqvist\n",
         "PERSON=Anders Lindqvist"},
        {"Hunderegister\nName des Hundes: Lola\nHalter/in: Katrin Vogel\n", "PERSON=Katrin Vogel"},
        {"Cassetta di sicurezza\nIntestatario: Matteo Ferraro\nCaveau: Tresor Fugger\n",
         "PERSON=Matteo Ferraro"},
        {"Registrace kola\nMajitel: Jiří Svoboda\nKolo: Diamant Ubari\n", "PERSON=Jiří Svoboda"},
        {"Meeting rooms on floor 2: Emmy Noether, Rosalind Franklin, Ada Lovelace. Community "
         "manager: Oliver Doyle.\n",
         "PERSON=Oliver Doyle"},
        {"Rezervasyon\nOda: Terem Szent-Györgyi\nRezerve eden: Emre Şahin\n", "PERSON=Emre Şahin"},
    };
    CHECK(c);
}

/* A label that names a thing and a person ("Boat owner"), a list after a thing's label that is
 * not plural, a column gap before the person's label and a title over a form stay people. */
static void test_a_person_beside_a_things_label_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Boat owner: Anders Lindqvist\n", "PERSON=Anders Lindqvist"},
        {"Tierart: Hund   Halter: Matthias Weber\n", "PERSON=Matthias Weber"},
        {"- Prenota la sala (responsabile: Riccardo Sarri)\n", "PERSON=Riccardo Sarri"},
        {"Man van de wedstrijd: Joost Smits\n", "PERSON=Joost Smits"},
        {"Ship to: Kari Johansen\n", "PERSON=Kari Johansen"},
    };
    CHECK(c);
}

static void test_a_type_word_before_or_after_makes_a_thing(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Survey of SY Sofie booked. Surveyor: Declan Brennan\n", "PERSON=Declan Brennan"},
        {"SY Tante Frieda is on C12, skipper Hannah Harding\n", "PERSON=Hannah Harding"},
        {"Chauffeur: Femke Bakker, Centrale Taxi Pasquale\n", "PERSON=Femke Bakker"},
        {"Grants awarded by Nadace Karla Janečka to Siobhan Fletcher.\n",
         "PERSON=Siobhan Fletcher"},
        {"Centro: Szpital im. Jana Pawła II\nMédico: Beatriz Ferreira\n",
         "PERSON=Beatriz Ferreira"},
        {"Nearest the pin at the Tom Morris Cup: Emily Fletcher\n", "PERSON=Emily Fletcher"},
        {"Beiratkozás – Liszt Ferenc Zeneakadémia\n", ""},
        {"Bénévoles à Sfântu Gheorghe : Mathieu Moreau\n", "PERSON=Mathieu Moreau"},
    };
    CHECK(c);
}

/* A type word after a sentence's end or before a lower-case word is no firm's: people stay. */
static void test_a_type_word_in_prose_leaves_the_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[30] Haddad B, Morel V. Trust in local government. BMJ 1996.\n", "PERSON=Morel V. Trust"},
        {"Overleden:\nJoost Molers, 84, uit Hoogeveld\n", "PERSON=Joost Molers"},
        {"Winners of the Tom Morris Cup: Emily Fletcher, James Doyle\n",
         "PERSON=Emily Fletcher;PERSON=James Doyle"},
    };
    CHECK(c);
}

static void test_a_name_in_quotes_after_a_model_is_a_craft(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Operator: Giulia Rossi\nDrone: Autel EVO II \"Greta\"\n", "PERSON=Giulia Rossi"},
        {"Logbook: Cessna 172 \"Emma\", PIC Emily Brennan\n", "PERSON=Emily Brennan"},
        {"Exploitant: Bram Jansen\nDrone: Mini 4 Pro \"Lucy\"\n", "PERSON=Bram Jansen"},
        {"Pilot: Tomasz Wrobel, drone DJI Mavic 3 'Greta'\n", "PERSON=Tomasz Wrobel"},
        /* single quotes around a person after a plain word stay a person's */
        {"Please ask 'Greta Lind' about the order\n", "PERSON=Greta Lind"},
        {"Kontakt: Jonas 'Johnny' Weber\n", "PERSON=Jonas;PERSON=Johnny;PERSON=Weber"},
        /* a nickname between a given name and a surname stays a person's */
        {"Contact: Jonas \"Johnny\" Weber\n", "PERSON=Jonas;PERSON=Johnny;PERSON=Weber"},
    };
    CHECK(c);
}

static void test_a_famous_topic_and_a_form_word_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Conférence sur Liszt Ferenc, animée par Mathieu Dupont.\n", "PERSON=Mathieu Dupont"},
        {"Wykład o Hans Christian Andersen: prowadzi Piotr Nowak.\n", "PERSON=Piotr Nowak"},
        {"Karar\nDavacı: Mehmet Çelik\nDavalı: Burak Çelik\n",
         "PERSON=Mehmet Çelik;PERSON=Burak Çelik"},
        /* "von" after a talk names its speaker */
        {"Vortrag von Dr. Maria Keller\n", "PERSON=Maria Keller"},
    };
    CHECK(c);
}

static void test_a_things_column_and_name_slot_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"vessel,owner,skipper\n\"Johanna\",Declan Okafor,Emily Ashworth\n",
         "PERSON=Declan Okafor;PERSON=Emily Ashworth"},
        {"owner,bike,frame\nEmily Brennan,Batavus Finez,WTU314\n", "PERSON=Emily Brennan"},
        {"Pet registration\nName: Fritz\nSpecies: dog\nKeeper: Hannah Doyle\n",
         "PERSON=Hannah Doyle"},
        {"{\"pet\": {\"name\": \"Frieda\"}, \"owner\": {\"name\": \"Siobhan Harding\"}}\n",
         "PERSON=Siobhan Harding"},
        /* a row of data above is no header; an owner's "Name:" stays a person */
        {"Reservations\n18:15  Salle Lumière  x3  | birthday\n18:15  P. Sauvville  x9  | veg\n",
         "PERSON=P. Sauvville"},
        {"Boat\nName: Kristina\nOwner\nName: Gareth Harding\n", "PERSON=Gareth Harding"},
    };
    CHECK(c);
}

static void test_headings_and_pieces_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Koko Nimi\nSanna Virtanen\nAllekirjoitus\n", "PERSON=Sanna Virtanen"},
        {"Pieces: Romance (Sibelius); Clair de Lune (Debussy)\nTeacher: Rebecca Brennan\n",
         "PERSON=Rebecca Brennan"},
        {"Speaker bio: Emily Pritchard chairs the Prémio Camões jury with James Doyle.\n",
         "PERSON=Emily Pritchard;PERSON=James Doyle"},
        /* a surname that is a heading's word elsewhere stays */
        {"Operatore: Gabria Conta\n", "PERSON=Gabria Conta"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_value_of_a_things_label_is_no_person),
        cmocka_unit_test(test_a_person_beside_a_things_label_stays),
        cmocka_unit_test(test_a_type_word_before_or_after_makes_a_thing),
        cmocka_unit_test(test_a_type_word_in_prose_leaves_the_person),
        cmocka_unit_test(test_a_name_in_quotes_after_a_model_is_a_craft),
        cmocka_unit_test(test_a_famous_topic_and_a_form_word_are_no_person),
        cmocka_unit_test(test_a_things_column_and_name_slot_are_no_person),
        cmocka_unit_test(test_headings_and_pieces_are_no_person),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
