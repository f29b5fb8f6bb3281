/* test_names_reject.c: runs that read as people but name a company, a place, a term or a famous
 * person as a topic (names_reject.c). Each test holds the look-alike the rule drops and the
 * person next to it, or in the same shape, that it must keep. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names_learn.h"

#include "names_cases.h"

static void test_reject_legal_form_after_the_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Julien Lefèvre travaille chez Bernard SAS.", "PERSON=Julien Lefèvre"},
        {"Francesca chiede di Stanford per Ferrari S.p.A..", "PERSON=Francesca"},
        {"Lena Hoffmann arbeitet bei Weber KG.", "PERSON=Lena Hoffmann"},
        {"Contact: Ruben Smit (De Vries B.V.)", "PERSON=Ruben Smit"},
        {"Contacto: Elena Martínez (Ruiz y Asociados)", "PERSON=Elena Martínez"},
        {"Contact: Rossi Lda.", ""},
    };
    CHECK(c);
}

static void test_reject_ampersand_between_surnames(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Julien Lefèvre travaille chez Johnson & Johnson.", "PERSON=Julien Lefèvre"},
        {"Daniel bought it at Marks & Spencer.", "PERSON=Daniel"},
        {"Ben & Jerry's", ""},
    };
    CHECK(c);
}

static void test_reject_three_surnames_opening_a_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {">Esat Jeknić\n>Marshall, Hernandez and Simpson\n", "PERSON=Esat Jeknić"},
        {"the brainchild of our 3 founders: Schulz, Strickland and Matthews.",
         "PERSON=Matthews"}, /* as before the rule: people listed by surname after a label */
    };
    CHECK(c);
}

static void test_reject_street_station_and_airport_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Daniel: Let's meet at Martin Luther King Jr. Blvd tomorrow.", "PERSON=Daniel"},
        {"Ci vediamo all'aeroporto Leonardo da Vinci, Marco Rossi", "PERSON=Marco Rossi"},
        {"Flug nach Wien über Bahnhof Friedrichstraße - Jana Brandt", "PERSON=Jana Brandt"},
        {"Encontramo-nos na Praça Luís de Camões.", ""},
        {"Daniel: we're at Robert Bosch Stiftung today", "PERSON=Daniel"},
        {"Did Anna Keller drive to work?", "PERSON=Anna Keller"}, /* a street type in lower case */
        {"Hoi, met Melina van der Laan Jr.. Je kunt me mailen", "PERSON=Melina van der Laan"},
        /* a famous name is a person where a word says the writer deals with him (names_famous.c) */
        {"Avez-vous vu mon voisin Jean Jaurès hier ?", "PERSON=Jean Jaurès"},
    };
    CHECK(c);
}

static void test_reject_company_and_city_keys_and_columns(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"name\": \"Oliver Walsh\", \"employer\": \"Christian Dior\", \"city\": \"Lincoln\"}",
         "PERSON=Oliver Walsh"},
        {"name;company;city\nOliver Walsh;Walt Disney;Augusta\n", "PERSON=Oliver Walsh"},
        {"Name: Anna Keller\nEmpresa: Roland Berger", "PERSON=Anna Keller"},
    };
    CHECK(c);
}

static void test_reject_brands_named_after_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Oliver Walsh works at Tommy Hilfiger, Grace Reid works at Morgan Stanley.",
         "PERSON=Oliver Walsh;PERSON=Grace Reid"},
        {"Contact: Daniel Bennett (Carl Zeiss)", "PERSON=Daniel Bennett"},
        {"Mr. Porsche called about the invoice.", "PERSON=Porsche"},
    };
    CHECK(c);
}

static void test_reject_eponyms_and_famous_people_as_topics(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hi Ricol, the Raft consensus step is wrong; see Nash equilibrium. -- Marley Delmarwick",
         "PERSON=Ricol;PERSON=Marley Delmarwick"},
        {"Can you write a poem in the style of Pablo Neruda for my class? Thanks, Oliver",
         "PERSON=Oliver"},
        {"Mozart was born in 1756; Daniel Bennett asked about it.", "PERSON=Daniel Bennett"},
        {"Necesito Alzheimer's para la parte de Bloom filter.", ""},
        {"Anna Foster went to St. Mary's yesterday.", "PERSON=Anna Foster"},
    };
    CHECK(c);
}

static void test_reject_cities_that_are_given_names_in_place_context(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Oliver Walsh moved to Charlotte last year.", "PERSON=Oliver Walsh"},
        {"Best regards,\nOliver Walsh\nVictoria Station, Adelaide", "PERSON=Oliver Walsh"},
        {"Please talk to Charlotte about it.", "PERSON=Charlotte"},
        {"Attendees: Keller, Charlotte", "PERSON=Keller;PERSON=Charlotte"},
        {"Grace Reid - Victoria, BC", "PERSON=Grace Reid"},
        {"Esat Jeknić met Ricol Tondelwynwick via Victoria.",
         "PERSON=Esat Jeknić;PERSON=Ricol Tondelwynwick;PERSON=Victoria"},
    };
    CHECK(c);
}

static void test_reject_things_bought_employers_and_the_long_dead(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Grace Reid bought a Felix Bloch pen", "PERSON=Grace Reid"},
        {"Lena Hoffmann arbeitet bei Jochen Schweizer.", "PERSON=Lena Hoffmann"},
        {"Johann Pachelbel was born in 1653, says Oliver Walsh.", "PERSON=Oliver Walsh"},
        {"Hi Grace, Johann Pachelbel wurde 1653 geboren.", "PERSON=Grace"},
        {"Anna Keller was born in 1987 in Leeds.", "PERSON=Anna Keller"},
        {"¿Puedes avisar a Misbaela Rione sobre la reunión?", "PERSON=Misbaela Rione"},
    };
    CHECK(c);
}

static void test_reject_venues_rooms_hotels_and_trains(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tarjeta de embarque: Rocío Iglesias, Sala 5 · Aula 3", "PERSON=Rocío Iglesias"},
        {"Dinner at Brasserie Lipp with Oliver Walsh.", "PERSON=Oliver Walsh"},
        {"Unterkunft: Pension Elisabeth. Rechnung an Ralf Hahn.", "PERSON=Ralf Hahn"},
        {"Encontro no Cais do Sodré com Rita Lopes.", "PERSON=Rita Lopes"},
        {"Please ask Anna Keller to book Sala Victoria.", "PERSON=Anna Keller"},
        {"Ich warte am Hackescher Markt. Gruß, Carina Kraus", "PERSON=Carina Kraus"},
        {"Ask the room Anna booked.", "PERSON=Anna"},       /* a person after "the room" */
        {"Sala Marcos es mi amigo.", "PERSON=Sala Marcos"}, /* a surname, then the given name */
    };
    CHECK(c);
}

static void test_reject_cities_on_a_route_from_a_call_or_in_the_weather(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Bordkarte: Moritz Winkler, Von Charlotte nach Kingston", "PERSON=Moritz Winkler"},
        {"Passenger: Adam Barker | From: Madison  To: Beatrice | Gate B12", "PERSON=Adam Barker"},
        {"Flight LH 903 from Augusta to Orlando. Traveller: Hannah Quinn.", "PERSON=Hannah Quinn"},
        {"Adam Turner will join from Regina.", "PERSON=Adam Turner"},
        {"Stefano Rinaldi si collega da Beatrice.", "PERSON=Stefano Rinaldi"},
        {"Hoi Thijs, aankomst Kingston om 14:02", "PERSON=Thijs"},
        {"Como vai estar o tempo em Madison? Marta Ribeiro voa para Eugene.",
         "PERSON=Marta Ribeiro"},
        {"Quel temps fait-il à Adelaide ce week-end ? Rémi Morel part pour Tyler.",
         "PERSON=Rémi Morel"},
        {"Vou estar em Victoria na próxima semana, Marta Ribeiro.", "PERSON=Marta Ribeiro"},
        {"Weather forecast for Eugene: rain. Oliver Walsh", "PERSON=Oliver Walsh"},
        {"Direct flights Charlotte - Regina? Grace Reid", "PERSON=Grace Reid"},
        {"I voted for Charlotte.", "PERSON=Charlotte"},
        {"An email from Charlotte to Tom about it.", "PERSON=Charlotte"},
        {"A gift from Tom to Charlotte.", "PERSON=Charlotte"},
        {"Ask Charlotte - Regina knows.", "PERSON=Charlotte;PERSON=Regina"},
        /* a sender and a person asked for stay people */
        {"From: Charlotte\nTo: Tom", "PERSON=Charlotte;PERSON=Tom"},
        {"Ask Charlotte to call me.", "PERSON=Charlotte"},
    };
    CHECK(c);
}

static void test_reject_room_keys_rooms_after_and_cities_after_a_street_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"attendees\": [\"Lena Hoffmann\"], \"room\": \"Sevilla\"}", "PERSON=Lena Hoffmann"},
        {"Organizer: Hiroshi Wang | Where: Victoria room", "PERSON=Hiroshi Wang"},
        {"Cordiali saluti,\nFrancesca Ricci\nVia Giuseppe Verdi, Santiago",
         "PERSON=Francesca Ricci"},
        {"El pedido de Elena Martínez salió de Rosario el lunes.", "PERSON=Elena Martínez"},
        /* people stay people: a verb before "X room", a list of names on the line */
        {"Anna gave Charlotte room to speak.", "PERSON=Anna;PERSON=Charlotte"},
        {"Regards,\nGrace Reid\nKeller, Charlotte",
         "PERSON=Grace Reid;PERSON=Keller;PERSON=Charlotte"},
    };
    CHECK(c);
}

static void test_reject_cities_by_their_own_nouns_and_office_keys(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Population of Charlotte vs Austin? Grace Reid", "PERSON=Grace Reid"},
        {"Distance between Madison and Jackson?", "PERSON=Jackson"},
        {"Madison's weather is cold in January.", ""},
        {"Office: Victoria (BC)\nStandort: Regina\nContact: Jana Brandt", "PERSON=Jana Brandt"},
        /* people stay people: a possessive after "of", a person's map, a person at the office */
        {"the center of Victoria's attention", "PERSON=Victoria"},
        {"Victoria's map of the office", "PERSON=Victoria"},
        {"Office: Jana Brandt", "PERSON=Jana Brandt"},
    };
    CHECK(c);
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reject_legal_form_after_the_name),
        cmocka_unit_test(test_reject_ampersand_between_surnames),
        cmocka_unit_test(test_reject_three_surnames_opening_a_line),
        cmocka_unit_test(test_reject_street_station_and_airport_words),
        cmocka_unit_test(test_reject_company_and_city_keys_and_columns),
        cmocka_unit_test(test_reject_brands_named_after_people),
        cmocka_unit_test(test_reject_eponyms_and_famous_people_as_topics),
        cmocka_unit_test(test_reject_cities_that_are_given_names_in_place_context),
        cmocka_unit_test(test_reject_things_bought_employers_and_the_long_dead),
        cmocka_unit_test(test_reject_venues_rooms_hotels_and_trains),
        cmocka_unit_test(test_reject_cities_on_a_route_from_a_call_or_in_the_weather),
        cmocka_unit_test(test_reject_room_keys_rooms_after_and_cities_after_a_street_line),
        cmocka_unit_test(test_reject_cities_by_their_own_nouns_and_office_keys),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
