/* test_names_scan55.c: OCR'd and faxed forms in capitals, fifth round (branch scan55).
 * - A birth date whose digits OCR misread anywhere in it, not only right after its first digits
 *   ("06.09.196l", "193B-02-26": S for 5 and B for 8 too), is a birth after a birth label
 *   (names_scan55.c screens, names_dob47.c reads it back).
 * - A birth date that opens with an OCR letter for its first digit ("O6.09.1961") is one too.
 * - The same misread dates after an issue or expiry label stay none.
 * - A misread birth date rewrites to a token and restores as it was sent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"
#include "rewrite_rt.h"

static void test_letters_inside_a_birth_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PASSPORT APPLICATION\nDATE OF BIRTH  06.09.196l\n", "DATE_OF_BIRTH=06.09.196l"},
        {"PASSANSOKAN\nFODELSEDATUM   193B-02-26\n", "DATE_OF_BIRTH=193B-02-26"},
    };
    CHECK(def_engine, c);
}

static void test_letter_for_the_first_digit(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PENSION CLAIM\nDATE OF BIRTH: O6.09.1961\n", "DATE_OF_BIRTH=O6.09.1961"},
        {"PEDIDO DE PASSAPORTE\nNASCIMENTO ~ O9/12/1950\n", "DATE_OF_BIRTH=O9/12/1950"},
    };
    CHECK(def_engine, c);
}

static void test_issue_and_expiry_dates_stay_none(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"HUNTING LICENCE\nISSUED  06.09.202l\n", ""},
        {"JAGDSCHEIN\nGULTIG BIS  O6.09.2026\n", ""},
        {"ROOM B12  O4.05.2025\n", ""},
    };
    CHECK(def_engine, c);
}

/* The request rewritten, then an answer holding its token restored byte for byte. */
static void test_misread_birth_round_trip(void **state)
{
    (void)state;
    static const char req[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"Transcribe this "
                              "scan:\\nPASSPORT APPLICATION\\nDATE OF BIRTH  O6.09.196l\\n\"}]}";
    static const char want[] = "Born O6.09.196l.";
    static const char answer[] = "Born [DATE_OF_BIRTH_1].";
    static const char *const gone[] = {"196l", NULL};
    answer_round_trip(req, gone, answer, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letters_inside_a_birth_date),
        cmocka_unit_test(test_letter_for_the_first_digit),
        cmocka_unit_test(test_issue_and_expiry_dates_stay_none),
        cmocka_unit_test(test_misread_birth_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
