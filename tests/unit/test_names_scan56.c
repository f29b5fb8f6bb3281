/* test_names_scan56.c: OCR'd and faxed forms in capitals, sixth round (branch scan56).
 * - A street in capitals in a scanned form's cell is a street when the cell ends after its house
 *   number (line end, column gap, comma), without the postcode the other recognisers ask for:
 *   a compound ending in its type ("STORGATAN 122"), a type word before ("UL. LIPOWA 4 M. 2",
 *   "VIA GARIBALDI 7") or last in the cell ("ARANY JÁNOS UTCA 12"), OCR letters in the number.
 * - A house number split off by a column gap is its own piece ("ZAHRADNÍ     69").
 * - Capitals lines like streets without a street type, and mixed-case text, stay none.
 * - A capitals street rewrites to a token and restores as it was sent. */
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

static void test_capitals_street_in_a_cell(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"MOORING REGISTER\nBERTH C 12\nOWNER  STORGATAN 122  LABRADOR\n",
         "STREET_ADDRESS=STORGATAN 122"},
        {"DOG LICENCES\nTAG 9076  UL. LIPOWA 4 M. 2  BEAGLE\n", "STREET_ADDRESS=UL. LIPOWA 4 M. 2"},
        {"HOME CARE REFERRAL\nINDIRIZZO\nVIA GARIBALDI 7\n", "STREET_ADDRESS=VIA GARIBALDI 7"},
        {"EINQUARTIERUNGSKARTE\nCIM  ARANY JANOS UTCA 12\n", "STREET_ADDRESS=ARANY JANOS UTCA 12"},
        {"RETURNED MAIL\nKIRKEVEJ l7S  UNKNOWN\n", "STREET_ADDRESS=KIRKEVEJ l7S"},
    };
    CHECK(def_engine, c);
}

static void test_number_split_by_a_column_gap(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BILLET\nSTATIONSGATAN     70\n", "STREET_ADDRESS=STATIONSGATAN;STREET_ADDRESS=70"},
    };
    CHECK(def_engine, c);
}

static void test_capitals_lines_without_a_street_type_stay_none(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"MOORING REGISTER\nBERTH C 12  PONTOON B\nPIER 3\n", ""},
        {"ROOM 12  FLOOR 3\nMETER 0412  LIFT 2\n", ""},
        {"LICENCE  BAVARIA 32\nCORVETTE 32\n", ""},
        {"FARMACIA VIA ROMA  12\nRUCKLAUFER  2021/8045\n", ""},
    };
    CHECK(def_engine, c);
}

/* The request rewritten, then an answer holding its token restored byte for byte. */
static void test_capitals_street_round_trip(void **state)
{
    (void)state;
    static const char req[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"Transcribe this "
                              "scan:\\nMOORING REGISTER\\nOWNER  STORGATAN 122  LABRADOR\\n\"}]}";
    static const char want[] = "Lives at STORGATAN 122.";
    static const char answer[] = "Lives at [STREET_ADDRESS_1].";
    static const char *const gone[] = {"STORGATAN", NULL};
    answer_round_trip(req, gone, answer, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_capitals_street_in_a_cell),
        cmocka_unit_test(test_number_split_by_a_column_gap),
        cmocka_unit_test(test_capitals_lines_without_a_street_type_stay_none),
        cmocka_unit_test(test_capitals_street_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
