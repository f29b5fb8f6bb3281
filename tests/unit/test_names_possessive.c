/* test_names_possessive.c: a possessive or determiner that opens a sentence is no given name.
 * "Meine Kartennummer ist ...", "Deine Adresse lautet ..." were read as a two-word name before
 * "ist" (names_shape.c's subject run); a real name before the same verb is still one. */
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

static void test_possessive_before_a_noun_is_no_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Meine Kartennummer ist 4111 1111 1111 1111.", ""},
        {"Meine Telefonnummer ist 030 1234567.", ""},
        {"Deine Kartennummer ist falsch.", ""},
        {"Unsere Kundennummer ist 12345.", ""},
        {"Ihre Bestellnummer ist 5531.", ""},
        {"Diese Rechnung ist offen.", ""},
        {"Notre Directeur est absent.", ""},
    };
    CHECK(c);
}

static void test_a_name_before_the_same_verb_still_is_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Meine Kollegin Katrin Brandst\303\244tter ist heute krank.",
         "PERSON=Katrin Brandst\303\244tter"},
        {"Dranibre Kowalczyk ist heute krank.", "PERSON=Dranibre Kowalczyk"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessive_before_a_noun_is_no_name),
        cmocka_unit_test(test_a_name_before_the_same_verb_still_is_one),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
