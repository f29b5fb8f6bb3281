/* test_names_lowaddr.c: a street typed in lower case right after words that say an address
 * follows (names_lowaddr.c), with its type after the name ("42 wallaby way"), before it ("12 rue
 * de la paix", "calle mayor 3") or in the word ("hauptstraße 5"); and the same words before a
 * number that starts no street ("moved to 3 different servers", "5 min walk", "2 way street"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#include "names_cases.h"

static void test_lower_case_streets_after_a_cue(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"i live at 42 wallaby way sydney", "STREET_ADDRESS=42 wallaby way"},
        {"my address is 12 main street springfield", "STREET_ADDRESS=12 main street"},
        {"send it to 5 high st, oxford", "STREET_ADDRESS=5 high st"},
        {"i'm at 221b baker street now", "STREET_ADDRESS=221b baker street"},
        {"i live at 14 the crescent", "STREET_ADDRESS=14 the crescent"},
        {"my address is 1600 pennsylvania ave nw washington dc",
         "STREET_ADDRESS=1600 pennsylvania ave nw"},
        {"ich wohne in der hauptstraße 5 in berlin", "STREET_ADDRESS=hauptstraße 5"},
        {"j'habite au 12 rue de la paix", "STREET_ADDRESS=12 rue de la paix"},
        {"vivo en calle mayor 3, madrid", "STREET_ADDRESS=calle mayor 3"},
        {"abito in via roma 10", "STREET_ADDRESS=via roma 10"},
        {"ik woon op kerkstraat 12", "STREET_ADDRESS=kerkstraat 12"},
        {"moro na rua augusta 100", "STREET_ADDRESS=rua augusta 100"},
        {"Ship to 7 elm road please", "STREET_ADDRESS=7 elm road"},
        /* a flat before the number, an abbreviated type, a number with a part, a long name */
        {"send the parcel to flat 3, 45 high st", "STREET_ADDRESS=flat 3, 45 high st"},
        {"Lieferadresse: hauptstr. 5", "STREET_ADDRESS=hauptstr. 5"},
        {"Adres: keizersgracht 123-2", "STREET_ADDRESS=keizersgracht 123-2"},
        {"mi dirección es avenida de la constitución 12",
         "STREET_ADDRESS=avenida de la constitución 12"},
        /* the postcode and town after it, in lower case too */
        {"send the parcel to 45 high st, oxford ox1 4aa",
         "STREET_ADDRESS=45 high st, oxford ox1 4aa"},
        {"ship it to 12 baker st, london nw1 6xe please",
         "STREET_ADDRESS=12 baker st, london nw1 6xe"},
        {"j'habite au 5 rue d'orsel 75018 paris", "STREET_ADDRESS=5 rue d'orsel 75018 paris"},
        {"mijn adres is kerkstraat 12, 3511 ab utrecht",
         "STREET_ADDRESS=kerkstraat 12, 3511 ab utrecht"},
        {"meine adresse ist lindenweg 12, 80331 münchen",
         "STREET_ADDRESS=lindenweg 12, 80331 münchen"},
        {"envoyer au 3 rue de la gare, 75010 paris.",
         "STREET_ADDRESS=3 rue de la gare, 75010 paris"},
    };
    CHECK(c);
}

static void test_numbers_after_the_same_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"we moved to 3 different servers last week", ""},
        {"ship to 2 main offices and 5 warehouses", ""},
        {"i live at 5 min walk from the station", ""},
        {"send it to 3 people on the team", ""},
        {"i live on 5 acres near the road", ""},
        {"we're at 2 way street now", ""},
        {"vivo en 3 ciudades distintas", ""},
        {"ich wohne in der 3 etage", ""},
        {"wohnt in 5 minuten entfernung", ""},
        {"moved to 2 factor auth", ""},
        /* no cue: an ordinary-word street in lower case stays as before */
        {"there are 12 main street lamps", ""},
        {"see page 3 via email", ""},
        /* a first-person verb after a greeting is no lower-case name ("moro": I live) */
        {"oi, moro em lisboa", ""},
        /* a room and a number that start no street; a year and a word after a street */
        {"send it to room 4, 12 people are there", ""},
        {"ship it to 12 baker st, 2024 is when", "STREET_ADDRESS=12 baker st"},
        {"i live at 45 high street, near the station", "STREET_ADDRESS=45 high street"},
        {"wohne in der hauptstraße 5 und arbeite", "STREET_ADDRESS=hauptstraße 5"},
        {"release 3. 5 fixes landed", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lower_case_streets_after_a_cue),
        cmocka_unit_test(test_numbers_after_the_same_words),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
