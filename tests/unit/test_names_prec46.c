/* test_names_prec46.c: things named like people, each by its own cue (names_prec46.c), through the
 * default packs: the value of a song's, pet's, drug's, device's, ship's or venue's label, a media
 * person after a "favourite" label and a specialist subject (in a form, a JSON member, a table
 * column), a character after its role, a species' epithet, an eponym's noun, an institution's or a
 * stop's type word, a drug's maker, a Scandinavian modal verb, and the same inside a document
 * wrapped in a JSON string; each beside the real people who must stay masked, and the look-alikes
 * of each rule that are people. Each case lists every finding ("TYPE=value;..."), so a widened
 * rule shows what it takes. */
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

static void test_a_things_label_leaves_its_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Programa de la boda\nNovios: Nerea Domínguez y Álvaro Gil\nPrimer baile: \"Rosanna\"\n",
         "PERSON=Nerea Domínguez;PERSON=Álvaro Gil"},
        {"Hemvakt\nÄgare: Maja Lundgren\nHusdjur: Nelly\n", "PERSON=Maja Lundgren"},
        {"Hoja de cuidados\nPaciente: Iker Sánchez\nMedicación: Yasmin\nCuidadora: Marta Vidal\n",
         "PERSON=Iker Sánchez;PERSON=Marta Vidal"},
        {"Grid application\nCustomer: Deepa Iyer\nInverter: Stiebel Eltron WPL 25\nInstaller: "
         "Rahul Mehta\n",
         "PERSON=Deepa Iyer;PERSON=Rahul Mehta"},
        {"Biglietto traghetto\nPasseggero: Rahul Mehta\nNave: Hendrika Jacoba\n",
         "PERSON=Rahul Mehta"},
        {"{\"track\": \"Angie\", \"artist\": \"Megan Whitfield\", \"requested_by\": \"Nathan "
         "Mercer\"}\n",
         "PERSON=Megan Whitfield;PERSON=Nathan Mercer"},
    };
    CHECK(c);
}

static void test_a_favourite_host_and_a_subject_are_topics(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Quiz show application\nName: Callum Mercer\nFavourite quiz host: Bradley Walsh\n"
         "Specialist subject: Maria Callas\nPhone-a-friend: Aoife Carr\n",
         "PERSON=Callum Mercer;PERSON=Aoife Carr"},
        {"Bewerbung Quizshow\nName: Moritz Hartmann\nLieblingsmoderator/in: Alex Trebek\n"
         "Telefonjoker: Svenja Wendt\n",
         "PERSON=Moritz Hartmann;PERSON=Svenja Wendt"},
        {"{\"kandidat\": \"Heike Kühn\", \"lieblingsmoderator\": \"Chris Tarrant\", "
         "\"telefonjoker\": \"Till Brückner\"}\n",
         "PERSON=Heike Kühn"}, /* the joker's name is missed with or without this file */
        {"| Respondent | Favourite host | Recruiter |\n|---|---|---|\n| Kwame Mensah | Jörg Pilawa "
         "| Imogen Carr |\n",
         "PERSON=Kwame Mensah;PERSON=Imogen Carr"},
        {"Respondent: Aoife Carr\nQ4 Which presenter do you watch most? Bradley Walsh\n",
         "PERSON=Aoife Carr"},
    };
    CHECK(c);
}

static void test_characters_species_and_eponyms_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Character | Actor |\n|---|---|\n| Hedda Gabler | Bogdan Petrović |\n",
         "PERSON=Bogdan Petrović"},
        {"Film festival entry\nDirector: Li Wenjing\nCast: Priya Carr as Nora Helmer; Rhys Patel "
         "as Atticus Finch\n",
         "PERSON=Li Wenjing;PERSON=Priya Carr;PERSON=Rhys Patel"},
        {"Anilhagem\nEspécie: Falco eleonorae\nAnilhador: Amina Yusuf\n", "PERSON=Amina Yusuf"},
        {"ring,species,ringer\nET5367,Audouin's gull,Callum Carr\n", "PERSON=Callum Carr"},
        {"Plano de fisioterapia\nUtente: Carolina Martins\nMétodo: teste de Weber\n",
         "PERSON=Carolina Martins"},
        {"Erste-Hilfe-Kurs\nTrainer/in: Heike Hartmann\nInhalte: Morbus Scheuermann, "
         "Rautekgriff\n",
         "PERSON=Heike Hartmann"},
    };
    CHECK(c);
}

static void test_type_words_makers_and_modal_verbs(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Convocazione\nAtleta: Tommaso Greco\nImpianto: Stadio Karaiskakis\n",
         "PERSON=Tommaso Greco"},
        {"Tanulmányi megállapodás\nHallgató: Farkas Réka\nIntézmény: Eötvös Loránd "
         "Tudományegyetem\n",
         "PERSON=Farkas Réka"},
        {"Apurahahakemus\nHakija: Nadia Benali\nRahoittaja: Antti Wihurin rahasto\n",
         "PERSON=Nadia Benali"},
        {"Předávací protokol\nMísto předání: stanice Aurel Vlaicu\nPředal: Tereza Marek\n",
         "PERSON=Tereza Marek"},
        {"Pilgrimspass\nPilgrim: Ebba Nordin\nLed: Droga św. Jakuba\n", "PERSON=Ebba Nordin"},
        {"Předávání služby\nPacient: Tereza Veselý\nLéky: Bella HEXAL\n", "PERSON=Tereza Veselý"},
        {"Kan du göra en tabell av det här?\n\nBröllopsprogram\nBrudpar: Maja Sandberg och Hugo "
         "Ekström\n",
         "PERSON=Maja Sandberg;PERSON=Hugo Ekström"},
    };
    CHECK(c);
}

/* A document inside a JSON string: its labels are read across the escaped newlines, this file's
 * and names_fp45.c's alike. */
static void test_a_wrapped_documents_labels_are_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
         "\"Läkemedelslista\\nPatient: "
         "Nadia Benali\\nLäkemedel: Lyrica\\nSjuksköterska: Olle Ekström\\n\"}]}",
         "PERSON=Nadia Benali;PERSON=Olle Ekström"},
        {"{\"role\":\"user\",\"content\":\"Båtregister\\nBåtens namn: Kristina\\nÄgare: Anders "
         "Lindqvist\\n\"}",
         "PERSON=Anders Lindqvist"},
        /* a heading's word is no label of the line below it */
        {"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Menú del "
         "banquete\\nAnfitrión: Li Wenjing\\nPrincipal: Runebergintorttu\\n\"}]}",
         "PERSON=Li Wenjing"},
    };
    CHECK(c);
}

/* The look-alikes of these rules that are people. */
static void test_people_beside_the_cues_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Title: Mr Stuart Rowe\n", "PERSON=Stuart Rowe"},
        {"Huisdier: Rocky  Soort: Hond  Eigenaar: Pieter van Dijk\n", "PERSON=Pieter van Dijk"},
        {"Parish priest: Fr. Declan Brennan\n", "PERSON=Declan Brennan"},
        {"Favourite teacher: Anna Keller\n", "PERSON=Anna Keller"},
        {"Who is your emergency contact? Anna Keller\n", "PERSON=Anna Keller"},
        {"Song requested by: Tobias Dunmore\n", "PERSON=Tobias Dunmore"},
        {"Pekka osti auton. Anna käveli kotiin.\n", "PERSON=Pekka;PERSON=Anna"},
        {"Vecinos: Nerea Herrera, Iker Gil\n", "PERSON=Nerea Herrera;PERSON=Iker Gil"},
        {"Participantes\n- Release Notes, Verona\n- Sarfatol Blantao, Aarhus\n",
         "PERSON=Sarfatol Blantao"},
        {"Meeting with Anna Weber about the stadium.\n", "PERSON=Anna Weber"},
        {"Gast: Maria Keller\nHotel: Hotel Adlon Kempinski\n", "PERSON=Maria Keller"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_things_label_leaves_its_value),
        cmocka_unit_test(test_a_favourite_host_and_a_subject_are_topics),
        cmocka_unit_test(test_characters_species_and_eponyms_are_no_person),
        cmocka_unit_test(test_type_words_makers_and_modal_verbs),
        cmocka_unit_test(test_a_wrapped_documents_labels_are_read),
        cmocka_unit_test(test_people_beside_the_cues_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
