/* test_tools60.c: the numbered places of a building, a stage or a set in agent tool results are
 * no streets and no people (branch tools60, names_venues.c,
 * contrib/bench/accuracy/notes/tools60.md).
 * - A wing, a hall ("Sal", Swedish and Danish), a stage or a studio with its number ("Wing 3",
 *   "Sal 5", "Bühne 2", "Scena 4", "Studio 3") is a place: its number no house number, its word
 *   no given name; so are a site's entrances, buildings and lots and a ward's beds ("Eingang 2,
 *   Tor 5", "Bau 12", "Baufeld 3 Los 2", "Bed 12 Ward 3").
 * - A meeting room's two-word name before its number ("Sala Riunioni 4", "Salle Verte 2") is a
 *   room, not a person's given name and surname.
 * - A street with a number and a person called Sal stay what they are. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"
#include "rewrite_rt.h"

static void test_numbered_places_are_no_streets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Next step: Wing 3.\n", ""},
        {"GET /v1/sites?name=Studio 3 Pro 200\n", ""},
        {"Location: Bühne 2\n", ""},
        {"Aufbau in Bühne 2 ab 9 Uhr.\n", ""},
        /* a site's entrances, buildings and lots, a ward's beds */
        {"Treffpunkt: Eingang 2, Tor 5\n", ""},
        {"Bau 12, Tor 3, Werk 2\n", ""},
        {"Bed 12 Ward 3\n", ""},
        {"Baufeld 3 Los 2\n", ""},
        /* a street still is one */
        {"Adresse: Kiefernring 26, 10961 Berlin\n", "STREET_ADDRESS=Kiefernring 26, 10961 Berlin"},
        {"Dirección: Calle Los Olivos 12, 28001 Madrid\n",
         "STREET_ADDRESS=Calle Los Olivos 12, 28001 Madrid"},
    };
    CHECK(def_engine, c);
}

static void test_rooms_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The parcel is waiting at Sal 8. Next step: Scena 4.\n", ""},
        {"Access: Sala Riunioni 4\n", ""},
        {"warehouse: Sal 9, pick bin: Set 12\n", ""},
        /* a person called Sal is one */
        {"Sal Romano called about the invoice.\n", "PERSON=Sal Romano"},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbered_places_are_no_streets),
        cmocka_unit_test(test_rooms_are_no_people),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
