/* test_names_audit15.c: the drop and veto rules of the NAMES pack that branch audit15 narrowed,
 * each with the PII it let out and the look-alike it still keeps out: a title key's line
 * (names_prec14.c) keeps a salutation field whose honorific the finding holds ("Titre : M. Jonas
 * Weber"); a birth label paired with another date's label ("Date of birth / Issue date: A / B")
 * keeps its own first value (names_dates.c). */
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

static void test_title_key_keeps_a_salutation_field_the_finding_opens_with(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Titre : M. Jonas Weber", "PERSON=M. Jonas Weber"},
        {"Titre: M. Sébastien Girard\nTéléphone: 01 43 53 20 78", "PERSON=M. Sébastien Girard"},
        {"TITRE: M. Claire Fontaine", "PERSON=M. Claire Fontaine"},
        {"titre: m. Claire Fontaine", "PERSON=Claire Fontaine"},
        {"Título: D. Diego Ortega", "PERSON=D. Diego Ortega"},
    };
    CHECK(c);
}

static void test_title_key_still_drops_works(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Title: M. Butterfly", ""}, /* one word after the honorific: a work */
        {"Titel: Das Kind / Sebastian Fitzek", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_key_keeps_a_salutation_field_the_finding_opens_with),
        cmocka_unit_test(test_title_key_still_drops_works),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
