/* test_names_nspeed.c: the pre-checks that spare the NAMES pack work on PII-free text must
 * pass every text the recogniser behind them accepts. One test per pre-check: the shapes on
 * each side of its edge.
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

#define NAMES_SKIP_TYPE "PERSON" /* this file is about the address pre-checks */
#include "names_cases.h"

/* number_may_follow() (names_streetpost.c) says no at once at a space before a lower-case word
 * of four bytes or more: a particle of two or three letters after a street's first word or
 * after another particle, a capitalised word, a word with a non-ASCII letter or a word at the
 * text's end must still take the byte steps */
static void test_street_without_type_after_particles_of_each_length(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Route de Lausanne 44, 1110 Morges", "STREET_ADDRESS=Route de Lausanne 44, 1110 Morges"},
        {"Chemin des Vignes 12, 1009 Pully", "STREET_ADDRESS=Chemin des Vignes 12, 1009 Pully"},
        {"Rue du Trône 98, 1050 Ixelles", "STREET_ADDRESS=Rue du Trône 98, 1050 Ixelles"},
        {"Lange Voorhout 197\n2514 EA Den Haag",
         "STREET_ADDRESS=Lange Voorhout 197\n2514 EA Den Haag"},
        {"Kerkstraat van der Velde 8, 9000 Gent",
         "STREET_ADDRESS=Kerkstraat van der Velde 8, 9000 Gent"},
        {"Meir 12, 2000 Antwerpen", "STREET_ADDRESS=Meir 12, 2000 Antwerpen"},
        {"Office moved to Marbrook Hill 7, 8001 Zürich",
         "STREET_ADDRESS=Marbrook Hill 7, 8001 Zürich"},
        {"Wie kann 12, 1000 Brussel", ""},
        {"The build 12, 1000 Bruxelles failed", ""},
        {"Route", ""},
        {"Route de", ""},
        {"Route desk", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_street_without_type_after_particles_of_each_length),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
