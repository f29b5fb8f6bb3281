/* test_names_speed20.c: the per-run context checks of names.c read the lists a word is in with
 * one probe (branch speed20). context() asks nw_cats() once for the word before the run and
 * reads the title, greeting, intro, particle and verb lists from it, and skips near_verb(),
 * assigned(), the greetings of the day and "assigned to" for a word that is none of
 * names_words.c's near[] (C_NEAR); person_at()'s leading words and person_decide()'s first word
 * are asked the same way; birth_follows() leaves at a first byte that opens none of its words.
 * The answers must be the ones the base gave: every expectation below is the base's answer (this
 * file's texts found by a program linked against the base's library, 7653b36), including the
 * base's reading of a given name that is also a month or a product ("Jan Wril", "Paris
 * Nakamura"), where person_decide()'s "tech" test reads the last word of the run.
 */
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
#include "anonymize/names_internal.h"

#include "names_cases.h"

/* The word before the run: prepositions after verbs ("ship to", "spoke with", "shouted at",
 * "call me"), "assigned to" and its translations, "good morning", the ticket verbs before "by",
 * "par", "door", "por", "da", "von", intros in every pack locale, "my name is", titles and
 * particles after titles. */
static void test_words_before_the_run(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Please ship to Maria Keller, 12 Baker Street, London.",
         "PERSON=Maria Keller;STREET_ADDRESS=12 Baker Street"},
        {"I spoke with Anna Vogt yesterday about the invoice.", "PERSON=Anna Vogt"},
        {"The coach shouted at Cheryl during practice.", "PERSON=Cheryl"},
        {"Just call me Mark, everyone does.", "PERSON=Mark"},
        {"Ticket assigned to Jan de Boer this morning.", "PERSON=Jan de Boer"},
        {"She got married to Pedro Alvarez in June.", "PERSON=Pedro Alvarez"},
        {"Zugewiesen an Lukas Weber, Priorität hoch.", "PERSON=Lukas Weber"},
        {"Assigné à Claire Dubois depuis lundi.", "PERSON=Claire Dubois"},
        {"Toegewezen aan Sanne de Jong voor review.", "PERSON=Sanne de Jong"},
        {"Asignado a Lucía Herrera por el equipo.", "PERSON=Lucía Herrera"},
        {"Assegnato a Giulia Colombo ieri.", "PERSON=Giulia Colombo"},
        {"Can you forward this to Pieter Jansen please?", "PERSON=Pieter Jansen"},
        {"Good morning Chiara, the report is ready.", "PERSON=Chiara"},
        {"good evening Tomasz and thanks", "PERSON=Tomasz"},
        {"Erstellt von Hans Müller am Montag.", "PERSON=Hans Müller"},
        {"Segnalato da Marco Rossi alle dieci.", "PERSON=Marco Rossi"},
        {"Reported by Olivia Whitaker, closed by Noah Smith.",
         "PERSON=Olivia Whitaker;PERSON=Noah Smith"},
        {"Signalé par Jean Marchand hier.", "PERSON=Jean Marchand"},
        {"Gemeld door Bram Visser vandaag.", "PERSON=Bram Visser"},
        {"Reportado por Pablo Ortega ayer.", "PERSON=Pablo Ortega"},
        {"Bonjour, je m'appelle Élodie Martin.", "PERSON=Élodie Martin"},
        {"Hallo, ich heiße Leonie Keller und wohne hier.", "PERSON=Leonie Keller"},
        {"Hoi, ik heet Daan Bakker.", "PERSON=Daan Bakker"},
        {"Hola, me llamo Lucía y soy nueva.", "PERSON=Lucía"},
        {"Hi, i'm Kofi Mensah from support.", "PERSON=Kofi Mensah"},
        {"Hola, soy Mateo Fernández.", "PERSON=Mateo Fernández"},
        {"Ciao, sono Chiara Bianchi.", "PERSON=Chiara Bianchi"},
        {"My name is Ravil Yefimov.", "PERSON=Ravil Yefimov"},
        {"The name's Bond, James Bond.", ""},
        {"This is Tomomi Nishiyama speaking.", "PERSON=Tomomi Nishiyama"},
        {"Dear Mr. Keller, thank you.", "PERSON=Keller"},
        {"Dhr. van der Berg belde gisteren.", ""},
        {"Frau von dem Knesebeck kommt morgen.", "PERSON=von dem Knesebeck"},
        {"We met Liisa Lepistö at the fair.", "PERSON=Liisa Lepistö"},
    };
    CHECK(c);
}

/* After the run: "was born", "wurde geboren", "is born"; a birth after a comma in en, de, fr,
 * es, it, nl; a town after a comma (no birth word). */
static void test_births_after_the_run(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Anna Vogt was born in Bremen.", "PERSON=Anna Vogt"},
        {"Jan Smit wurde geboren in Utrecht.", "PERSON=Jan Smit"},
        {"Maria Keller is born to lead.", "PERSON=Maria Keller"},
        {"Maria Keller, born 12 March 1980, lives here.",
         "PERSON=Maria Keller;DATE_OF_BIRTH=12 March 1980"},
        {"Lukas Weber, geb. 03.04.1975, Berlin", "PERSON=Lukas Weber;DATE_OF_BIRTH=03.04.1975"},
        {"Claire Dubois, née le 4 mai 1990, Paris",
         "PERSON=Claire Dubois;DATE_OF_BIRTH=4 mai 1990"},
        {"Pablo Ortega, nacido en Sevilla", "PERSON=Pablo Ortega"},
        {"Lucía Herrera, fecha de nacimiento: 1985", "PERSON=Lucía Herrera"},
        {"Giulia Colombo, data di nascita 1970", "PERSON=Giulia Colombo"},
        {"Jan de Boer, geboortedatum 1960", "PERSON=Jan de Boer"},
        {"Noah Smith, b. 1950, retired", "PERSON=Noah Smith"},
        {"Olivia Whitaker, dob 1999-01-01", "PERSON=Olivia Whitaker;DATE_OF_BIRTH=1999-01-01"},
        {"Tom Keller, Berlin, Germany", "PERSON=Tom Keller"},
    };
    CHECK(c);
}

/* Leading words (titles, greetings, "Yesterday"), places, months, products, given names that
 * are also months, cities or products, possessives, lists, the prepositions of near_verb()
 * before lone words, and the benchmark's request text. */
static void test_leading_words_and_first_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Maria, Jan and Piet came along.", ""},
        {"Apache Kafka and Free Pascal are tools.", ""},
        {"May 2024 was busy; March 4 too.", ""},
        {"Dr Keller and Hi Maria and Yesterday Maria left.", "PERSON=Keller"},
        {"Hi Team, Dear All, The end.", ""},
        {"New Zealand and Costa Rica are places; Jan Smeets is not.", "PERSON=Jan Smeets"},
        {"Claude Dubois met Paris Nakamura.", "PERSON=Claude Dubois;PERSON=Paris Nakamura"},
        {"Hugo Boss and Gemini Nano are products.", ""},
        {"Maria Keller's laptop is broken.", "PERSON=Maria Keller"},
        {"Anna's phone rang.", "PERSON=Anna"},
        {"Kubernetes from Kubernetes with Docker at Google by Microsoft.", ""},
        {"from Anna Vogt to Jan Wril with Tom at Eve by Bob me Ann him Lee her Kim",
         "PERSON=Anna Vogt;PERSON=Jan Wril;PERSON=Ann;PERSON=Kim"},
        {"Der Bericht wurde von Stefan das Team geprüft.", "PERSON=Stefan"},
        {"Einladung von Petra Schulz zum Treffen.", "PERSON=Petra Schulz"},
        {"Moved by Karen Lee, seconded by Raj Patel.", "PERSON=Karen Lee;PERSON=Raj Patel"},
        {"Thanks Maria, see you.", "PERSON=Maria"},
        {"Cheers, Maria", "PERSON=Maria"},
        {"What's your name? Maria", "PERSON=Maria"},
        {"her maiden name is Keller", "PERSON=Keller"},
        {"Patient: van der Berg, Johannes", "PERSON=van der Berg, Johannes"},
        {"Verbatim: Shovda is very reliable.", "PERSON=Shovda"},
        {"Tomomi Nishiyama lives in Osaka.", "PERSON=Tomomi Nishiyama"},
        {"says Liisa Lepistö loudly", "PERSON=Liisa Lepistö"},
        {"Von: Anna Keller", "PERSON=Anna Keller"},
        {"an Stefan Braun, à Jean Dupont, aan Piet Hein, a Maria Lopez",
         "PERSON=Stefan Braun;PERSON=Jean Dupont;PERSON=Maria Lopez"},
        {"to Will and to Mark and to John Smith", ""},
        {"Written by Arundhati Roy, directed by Mira Nair.",
         "PERSON=Arundhati Roy;PERSON=Mira Nair"},
        {"Hi, I am John Smith, my email is john.smith@example.com and my phone is +1 415 555 0132. "
         "Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View. My "
         "colleague jane.doe@corp.example.org (555-867-5309) will follow up. ",
         "PERSON=John Smith;STREET_ADDRESS=1600 Amphitheatre Parkway"}, /* "I am X": leaks39 */
        {"from Anna Vogt to Jan Wril with Tom", "PERSON=Anna Vogt;PERSON=Jan Wril"},
        {"Anna Vogt to Jan Wril", "PERSON=Anna Vogt;PERSON=Jan Wril"},
        {"sent to Jan Wril", "PERSON=Jan Wril"},
        {"to Jan Wril", ""},
        {"from Anna Vogt to Jan Wril", "PERSON=Anna Vogt;PERSON=Jan Wril"},
        {"Claude Dubois, Jan Wril and May Keller to Jan Wril",
         "PERSON=Claude Dubois;PERSON=Jan Wril;PERSON=May Keller;PERSON=Jan Wril"},
        {"An Jan Smeets, to April Rossi, with Paris Hilton",
         "PERSON=An Jan Smeets;PERSON=April Rossi"},
    };
    CHECK(c);
}

static void test_every_prefix_of_the_context_shapes(void **state)
{
    (void)state;
    scan_every_prefix("Ticket assigned to Jan de Boer. Good morning Chiara, je m'appelle Élodie. "
                      "Maria Keller, born 12 March 1980, to Jan Wril, Cheers, Maria");
    scan_every_prefix("Dhr. van der Berg, Claude Dubois met Paris Nakamura, Anna Vogt was born");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_before_the_run),
        cmocka_unit_test(test_births_after_the_run),
        cmocka_unit_test(test_leading_words_and_first_words),
        cmocka_unit_test(test_every_prefix_of_the_context_shapes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
