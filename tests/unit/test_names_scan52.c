/* test_names_scan52.c: values on OCR'd and faxed pages in capitals (branch scan52).
 * - "A number, a word, a number" is a street to names_places.c ("96 SALONTIE 19"), but on a
 *   faxed prescription it is a dose ("1X SIMVASTATIN 20 MG": a multiplier is no house number, a
 *   unit of measure follows no street) and on a microfilmed sheet a roll and a frame ("ROLL 12
 *   FRAME 44"): neither is a street (names_scan52.c).
 * - A run in capitals that only its letters' shape made a name is none when it holds a bank's
 *   or a utility's word or stands before a street's type (names_scan52.c).
 * - A capitals name split by a line-end hyphen and a capitals street rewrite to tokens and
 *   restore as they were sent. */
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

static void test_doses_and_film_frames_are_no_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"RX RAMIPRIL 5 MG\n1X SIMVASTATIN 20 MG  1-0-1\n", ""},
        {"2X AMOXICILLIN 500 MG\n", ""},
        {"CENSUS 1921  ROLL 12 FRAME 44\nNR|NAME\n", ""},
        {"SHEET 12 FRAME 44\n", ""},
        /* the street of that shape stays one */
        {"ADR 96 SALONTIE 19\n", "STREET_ADDRESS=96 SALONTIE 19"},
    };
    CHECK(def_engine, c);
}

/* A capitals run the letters alone made a name is no person with a bank's or a utility's word
 * in it, or before a street's type ("DÓZSA GYÖRGY UTCA"). */
static void test_caps_firms_and_street_names_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BETWEEN ZIRAAT BANKASI (EMPLOYER) AND\n", ""},
        {"SEPA LASTSCHRIFT SPARKASSE KÖLNBONN -12,00\n", ""},
        /* no person; since scan56 the street in capitals after its label is a street */
        {"ADR DÓZSA GYÖRGY UTCA 12\n", "STREET_ADDRESS=DÓZSA GYÖRGY UTCA 12"},
    };
    CHECK(def_engine, c);
}

/* The request rewritten, then an answer holding its tokens restored byte for byte. */
static void test_caps_hyphen_name_and_street_round_trip(void **state)
{
    (void)state;
    static const char req[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Transcribe this scan:\\nNAME: HARRIET "
        "PEM-\\nBERTON\\nSTRASSE: LINDENSTRASSE 12\\n10115 BERLIN\"}]}";
    static const char want[] = "HARRIET PEM-\nBERTON lives at LINDENSTRASSE 12\n10115 BERLIN.";
    static const char *const gone[] = {"BERTON", "PEM", "LINDEN", NULL};
    answer_round_trip(req, gone, "[PERSON_1] lives at [STREET_ADDRESS_1].", want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doses_and_film_frames_are_no_street),
        cmocka_unit_test(test_caps_firms_and_street_names_are_no_person),
        cmocka_unit_test(test_caps_hyphen_name_and_street_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
