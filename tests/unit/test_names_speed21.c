/* test_names_speed21.c: the NAMES pack's per-request cost, round twenty-six (branch speed21). The
 * changes leave the findings exactly as they were; every expectation below is the base's answer
 * (6fde54c's libhush_anonymize.a, this file's texts through a program linked against it):
 *  - names_postblock.c's nw_country_after() reads only the countries whose first two bytes can
 *    match an ASCII capital and the ASCII byte after it, in the list's order;
 *  - names_places.c reads only the street suffixes that end in a word's last byte;
 *  - names_prose.c's nw_prose_ctx() leaves when the word before the run is none of
 *    nw_prose_words;
 *  - names_docs.c's kin_after() leaves when the word after the kin word cannot open "of", "de",
 *    "von", "van" or "di";
 *  - names_prose7.c's and_me_after() leaves when the second byte after the run's ", Y " cannot be
 *    that of an "and I" phrase.
 * The edges (a country, a preposition or an "and" cut off by the end of the text) are here, and
 * every prefix of two texts is scanned.
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
#include "anonymize/names_learn.h"

#include "names_cases.h"

/* Addresses that end in a country (every pack locale, capitals, a non-ASCII first or second
 * byte, "Guinea-Bissau"), street suffixes (compound, bare, two words), and the edges: a country
 * cut short, a digit for its second byte, the text's end. */
static void test_countries_and_street_suffixes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Please send it to Anna Vogt, Müllerstraße 12, 10115 Berlin, Deutschland.",
         "PERSON=Anna Vogt;STREET_ADDRESS=Müllerstraße 12, 10115 Berlin, Deutschland"},
        {"Ship to Jan de Vries, Kalverstraat 12, 1012 NX Amsterdam, Nederland.",
         "PERSON=Jan de Vries;STREET_ADDRESS=Kalverstraat 12, 1012 NX Amsterdam, Nederland"},
        {"Adresse: Claire Dubois, 5 rue de Rivoli, 75001 Paris, France.",
         "STREET_ADDRESS=Claire Dubois, 5 rue de Rivoli, 75001 Paris, France"},
        {"Spedire a Giulia Colombo, Via Roma 10, 00184 Roma, Italia.",
         "PERSON=Giulia Colombo;STREET_ADDRESS=Via Roma 10, 00184 Roma, Italia"},
        {"Enviar a Lucía Herrera, Calle Mayor 3, 28013 Madrid, España.",
         "PERSON=Lucía Herrera;STREET_ADDRESS=Calle Mayor 3, 28013 Madrid, España"},
        {"Enviar para Pedro Alvarez, Rua Augusta 20, 1100-053 Lisboa, Portugal.",
         "PERSON=Pedro Alvarez;STREET_ADDRESS=Rua Augusta 20, 1100-053 Lisboa, Portugal"},
        {"Deliver to 1600 Amphitheatre Parkway, Mountain View, Monaco.",
         "STREET_ADDRESS=1600 Amphitheatre Parkway, Mountain View, Monaco"},
        {"Deliver to 12 Baker Street, London, United Kingdom.",
         "STREET_ADDRESS=12 Baker Street, London, United Kingdom"},
        {"Send it to Lindenallee 4, 8010 Graz, Österreich please.",
         "STREET_ADDRESS=Lindenallee 4, 8010 Graz, Österreich"},
        {"Send it to Hauptstraße 5, 8001 Zürich, SCHWEIZ.",
         "STREET_ADDRESS=Hauptstraße 5, 8001 Zürich, SCHWEIZ"},
        {"Send it to Bredgade 3, 1260 København, Danmark.",
         "STREET_ADDRESS=Bredgade 3, 1260 København, Danmark"},
        {"Send it to Storgatan 4, 111 51 Stockholm, Sweden.",
         "STREET_ADDRESS=Storgatan 4, 111 51 Stockholm, Sweden"},
        {"Send it to Parkweg 9, 3511 Utrecht, Netherlands.",
         "STREET_ADDRESS=Parkweg 9, 3511 Utrecht, Netherlands"},
        {"Send it to Stationsplein 1, 1012 AB Amsterdam, Moldova.",
         "STREET_ADDRESS=Stationsplein 1, 1012 AB Amsterdam, Moldova"},
        {"Send it to Karaköy Caddesi 5, 34425 Istanbul, Türkiye.",
         "STREET_ADDRESS=Karaköy Caddesi 5, 34425 Istanbul, Türkiye"},
        {"Send it to Avenida Central 12, Bissau, Guinea-Bissau.",
         "STREET_ADDRESS=Avenida Central 12, Bissau, Guinea-Bissau"},
        {"Send it to Ringdijk 2, 1097 Amsterdam, Mexico.",
         "STREET_ADDRESS=Ringdijk 2, 1097 Amsterdam, Mexico"},
        {"Send it to Rue du Lac 3, Genève, Suisse.", "STREET_ADDRESS=Rue du Lac 3, Genève, Suisse"},
        {"Our office: Grote Baan 477, 1650 Beersel, Belgium.",
         "STREET_ADDRESS=Grote Baan 477, 1650 Beersel, Belgium"},
        {"Our office: Landstraßer Hauptstraße 48, 1030 Wien, Austria.",
         "STREET_ADDRESS=Landstraßer Hauptstraße 48, 1030 Wien, Austria"},
        {"Our office: Straße 5, 1030 Wien, Austria.",
         "STREET_ADDRESS=Straße 5, 1030 Wien, Austria"},
        {"Our office: Hamngatan 2, Göteborg, Norway.",
         "STREET_ADDRESS=Hamngatan 2, Göteborg, Norway"},
        {"Our office: Fredensgade 7, 8000 Aarhus, Danmark.",
         "STREET_ADDRESS=Fredensgade 7, 8000 Aarhus, Danmark"},
        {"Our office: Tiergartenstrasse 9, 10785 Berlin, Germany.",
         "STREET_ADDRESS=Tiergartenstrasse 9, 10785 Berlin, Germany"},
        {"Our office: Heerengracht 101, Amsterdam.", "STREET_ADDRESS=Heerengracht 101"},
        {"Our office: Koningskade 4, Den Haag.", "STREET_ADDRESS=Koningskade 4"},
        {"Our office: Oude Markt 3, Leuven.", "STREET_ADDRESS=Oude Markt 3"},
        {"The value of Amphitheatre is in the Mountain View.", ""},
        {"Dr. Anna Vogt, 12 Baker Street, London, UK, 020 7946 0018.",
         "PERSON=Anna Vogt;STREET_ADDRESS=12 Baker Street, London, UK"},
        {"Deliver to 1600 Amphitheatre Parkway, Mountain View, M",
         "STREET_ADDRESS=1600 Amphitheatre Parkway"},
        {"Deliver to 1600 Amphitheatre Parkway, Mountain View, Mo",
         "STREET_ADDRESS=1600 Amphitheatre Parkway"},
        {"Deliver to 1600 Amphitheatre Parkway, Mountain View, Monaco",
         "STREET_ADDRESS=1600 Amphitheatre Parkway, Mountain View, Monaco"},
        {"Deliver to 1600 Amphitheatre Parkway, Mountain View, MONACO",
         "STREET_ADDRESS=1600 Amphitheatre Parkway, Mountain View, MONACO"},
        {"Deliver to 1600 Amphitheatre Parkway, Mountain View, M0naco",
         "STREET_ADDRESS=1600 Amphitheatre Parkway"},
        {"Send it to Hauptstraße 5, 8001 Zürich, Schweiz",
         "STREET_ADDRESS=Hauptstraße 5, 8001 Zürich, Schweiz"},
        {"Our office: Heerengracht", ""},
        {"Our office: Heerengracht 1", "STREET_ADDRESS=Heerengracht 1"},
        {"Amphitheatre Parkway", ""},
    };
    CHECK(c);
}

/* Words longer than eight bytes, in capitals and with letters beyond ASCII, before and after a
 * name (the folds every helper above reads). */
static void test_long_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BARTHOLOMEW FITZGERALD-MONTGOMERY signed the Überweisungsträger yesterday.",
         "PERSON=BARTHOLOMEW FITZGERALD-MONTGOMERY"},
        {"Bartholomew Fitzgerald-Montgomery signed the Schreibtischlampenkatalog yesterday.",
         "PERSON=Bartholomew Fitzgerald-Montgomery"},
    };
    CHECK(c);
}

/* nw_prose_ctx(): the word before the run is one of nw_prose_words or no context at all; "I
 * am" (a self-introduction since branch leaks39); the bench's request. */
static void test_the_word_before_in_prose(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"According to Maria Keller the build is green.", "PERSON=Maria Keller"},
        {"He goes by Tom at work.", "PERSON=Tom"},
        {"She is known as Sam Fischer online.", "PERSON=Sam Fischer"},
        {"Reference for Anna Vogt attached.", "PERSON=Anna Vogt"},
        {"Looping in Jan Kowalski on this thread.", "PERSON=Jan Kowalski"},
        {"I spoke with Anna Vogt yesterday.", "PERSON=Anna Vogt"},
        {"Laut Hans Müller ist alles fertig.", "PERSON=Hans Müller"},
        {"Selon Jean Marchand, le dossier est prêt.", "PERSON=Jean Marchand"},
        {"Our intern, Lisa Brandt, starts Monday.", "PERSON=Lisa Brandt"},
        {"Nachbar Jonas hat angerufen.", "PERSON=Jonas"},
        {"Je vois avec Me Durand demain.", "PERSON=Durand"},
        /* "I am" before a full name is a self-introduction since branch leaks39 */
        {"I am John Smith and I need help.", "PERSON=John Smith"},
        {"Hi, I am John Smith, my email is john.smith@example.com and my phone is +1 415 555 0132.",
         "PERSON=John Smith"},
        {"Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View. My "
         "colleague jane.doe@corp.example.org (555-867-5309) will follow up.",
         "STREET_ADDRESS=1600 Amphitheatre Parkway"},
        {"Spoke with Anna", "PERSON=Anna"},
    };
    CHECK(c);
}

/* nw_doc_ctx()'s kin_after(): "X, son of Y" in six locales, a capital in the preposition, a
 * double space, the text's end, and "X, my email" (no preposition). */
static void test_kin_and_titles_after_a_full_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tervo Quillan, son of Marta Quillan, signed.",
         "PERSON=Tervo Quillan;PERSON=Marta Quillan"},
        {"Anna Vogt, daughter of Petra Vogt, signed.", "PERSON=Anna Vogt;PERSON=Petra Vogt"},
        {"Luis Ortega, hijo de Carmen Ortega, firmó.", "PERSON=Luis Ortega;PERSON=Carmen Ortega"},
        {"Lukas Weber, Sohn von Petra Weber, unterschrieb.",
         "PERSON=Lukas Weber;PERSON=Petra Weber"},
        {"Jan de Vries, zoon van Piet de Vries, tekende.",
         "PERSON=Jan de Vries;PERSON=Piet de Vries"},
        {"Marco Rossi, figlio di Paolo Rossi, ha firmato.",
         "PERSON=Marco Rossi;PERSON=Paolo Rossi"},
        {"Anna Vogt, daughter Of Petra Vogt, signed.", "PERSON=Anna Vogt;PERSON=Of Petra Vogt"},
        {"Anna Vogt, Head of Platform, signed.", "PERSON=Anna Vogt"},
        {"John Smith, my email is here.", ""},
        {"John Smith, my dear friend, called.", ""},
        {"Anna Vogt, daughter o", "PERSON=Anna Vogt"},
        {"Anna Vogt, daughter of", "PERSON=Anna Vogt"},
        {"Anna Vogt, daughter  of Petra Vogt", "PERSON=Anna Vogt;PERSON=Petra Vogt"},
        {"Tom Vogt, son d", "PERSON=Tom Vogt"},
        {"Tom Vogt, son von Petra", "PERSON=Tom Vogt;PERSON=Petra"},
    };
    CHECK(c);
}

/* nw_prose7_ctx()'s and_me_after(): "X, Y and I" in every pack locale, capitals, the edges
 * ("Tom a", "Tom an"), and words that open like none ("my email"). */
static void test_and_me_after_the_run(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Maria Keller, Tom and I went to the fair.", "PERSON=Maria Keller;PERSON=Tom"},
        {"Anna Vogt, Jan and me will come.", "PERSON=Anna Vogt"},
        {"Lukas Weber, Petra und ich kommen.", "PERSON=Lukas Weber;PERSON=Petra"},
        {"Claire Dubois, Paul et moi venons.", "PERSON=Claire Dubois;PERSON=Paul"},
        {"Sanne de Jong, Piet en ik komen.", "PERSON=Sanne de Jong"},
        {"Lucía Herrera, Ana y yo vamos.", "PERSON=Ana"},
        {"Giulia Colombo, Marco e io andiamo.", "PERSON=Giulia Colombo;PERSON=Marco"},
        {"Pedro Alvarez, Joana e eu vamos.", "PERSON=Pedro Alvarez;PERSON=Joana"},
        {"Maria Keller, Tom ANd I went.", "PERSON=Maria Keller;PERSON=Tom"},
        {"Maria Keller, Tom Et moi went.", "PERSON=Maria Keller;PERSON=Tom Et"},
        {"Maria Keller, Tom email me.", "PERSON=Maria Keller;PERSON=Tom"},
        {"John Smith, m", ""},
        {"John Smith, my e", ""},
        {"John Smith, my  and I", ""},
        {"Maria Keller, Tom a", "PERSON=Maria Keller;PERSON=Tom"},
        {"Maria Keller, Tom an", "PERSON=Maria Keller;PERSON=Tom"},
        {"Maria Keller, Tom and", "PERSON=Maria Keller;PERSON=Tom"},
        {"Maria Keller, Tom y", "PERSON=Maria Keller;PERSON=Tom"},
        {"Maria Keller, Tom e io", "PERSON=Maria Keller;PERSON=Tom"},
    };
    CHECK(c);
}

static void test_every_prefix_of_the_changed_shapes(void **state)
{
    (void)state;
    scan_every_prefix("Deliver to 1600 Amphitheatre Parkway, Mountain View, Monaco. Maria Keller, "
                      "Tom and I went; Anna Vogt, daughter of Petra Vogt, signed.");
    scan_every_prefix("Send it to Landstraßer Hauptstraße 48, 1030 Wien, Türkiye. According to "
                      "Maria Keller, John Smith, my email is BARTHOLOMEW FITZGERALD-MONTGOMERY");
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_countries_and_street_suffixes),
        cmocka_unit_test(test_long_words),
        cmocka_unit_test(test_the_word_before_in_prose),
        cmocka_unit_test(test_kin_and_titles_after_a_full_name),
        cmocka_unit_test(test_and_me_after_the_run),
        cmocka_unit_test(test_every_prefix_of_the_changed_shapes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
