/* test_romp65.c: places, festivals, firms and titles of South Asia, Africa, South-East Asia, Turkey
 * and Latin America written in Latin letters are no people (branch romp65, names_world65.c,
 * contrib/bench/accuracy/notes/romp65.md): "Addis Ababa", "Kota Bharu", "Ayala Land", "Reliance
 * Jio", "Hari Raya Aidilfitri", "Naivas, Nairobi", a title standing alone; the people beside them
 * are still found ("Abebe Bekele", "Wanjiku Kamau"), and a single word that is also a given name
 * (Lakshmi, Madina) stays a person. */
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

/* Places and firms after the labels and prepositions a person stands after. Before: every one
 * of them a PERSON finding. */
static void test_places_and_firms_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Sender: Abebe Bekele\nPayout via: Ayala Land\n", "PERSON=Abebe Bekele"},
        {"Received by Wanjiku Kamau at the Kota Bharu branch.", "PERSON=Wanjiku Kamau"},
        {"Employer: Reliance Jio\n", ""},
        {"Courier hub: Naivas, Nairobi.", ""},
        {"Ticket for Khun. Collected by Bapak.", ""},
    };
    CHECK(c);
}

/* Festivals after "after"; the person beside kept. Before: the festival a PERSON finding. */
static void test_festivals_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Note: Mr. Tesfaye Girma will travel after Hari Raya Aidilfitri.", "PERSON=Tesfaye Girma"},
        {"Companion: Lakshmi Menon.", "PERSON=Lakshmi Menon"},
    };
    CHECK(c);
}

/* every prefix of the list's words and their neighbours, cut inside a character (the address
 * sanitizer build reads past no end) */
static void test_every_romp65_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Payout: Reliance Jio, Hải Phòng. Hà Nội Naivas, Nairobi Kota Bharu Khun");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_romp65_prefix_is_scanned_safely),
        cmocka_unit_test(test_places_and_firms_are_no_people),
        cmocka_unit_test(test_festivals_are_no_people),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
