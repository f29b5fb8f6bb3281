/* test_scan59.c: births and towns on scanned and faxed forms (branch scan59).
 * - A birth label of seventeen languages as a scanner misread it, a digit or a confused letter
 *   inside ("FØD7", "6EBOORTEDATUM", "HATO IL", "DOĞUN TARİHİ", "5yntymäaika", "DATA UKODZENIA"),
 *   with stray marks between it and the date (":_", "¦", " . ", "::", ";"), makes the date a
 *   birth, also when the date's digits are misread too.
 * - A date after a birth label printed with spaces around its separators or a three-letter
 *   month, a letter for a digit inside ("23 . O5 . 1936", "23 JUL 2O05", "25 08 2O03"), is a
 *   birth.
 * - Look-alikes stay none: dates under misread issue, expiry and sailing labels with the same
 *   OCR letters, a fax header's stamp with its time, a word one ordinary letter off a short label
 *   ("FOOT"), a register row's dates under a birth column (no label right before them).
 * - A street's postcode and town after it on its line (", ", a column gap, '¦'; mixed case too)
 *   or alone on the next line in capitals is a finding of its own; a year and a word after a
 *   column gap, a count and a word after a comma stay out. */
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

static void test_misread_birth_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"FØD7 :_ 25.01.1947\n", "DATE_OF_BIRTH=25.01.1947"},
        {"6EBOORTEDATUM ¦ 14.O9.1972\n", "DATE_OF_BIRTH=14.O9.1972"},
        {"HATO IL . 20/O4/196S\n", "DATE_OF_BIRTH=20/O4/196S"},
        {"DOĞUN TARİHİ: 16.08.1937\n", "DATE_OF_BIRTH=16.08.1937"},
        {"5yntymäaika :: l2.04.1943\n", "DATE_OF_BIRTH=l2.04.1943"},
        {"DATA UKODZENIA ; O3.03.l962\n", "DATE_OF_BIRTH=O3.03.l962"},
        {"GFB.DATUM :_ 16.06.1969\n", "DATE_OF_BIRTH=16.06.1969"},
        {"RNÉE LE:07.02.1938\n", "DATE_OF_BIRTH=07.02.1938"},
    };
    CHECK(def_engine, c);
}

static void test_spaced_and_month_dates(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Fodelsedatum: 23 . O5 . 1936\n", "DATE_OF_BIRTH=23 . O5 . 1936"},
        {"FECHA NAC.: 23 JUL 2O05\n", "DATE_OF_BIRTH=23 JUL 2O05"},
        {"FØDT : 20 . O2 . 1950\n", "DATE_OF_BIRTH=20 . O2 . 1950"},
        {"Fodel5edatum: 23 . O5 . 1936\n", "DATE_OF_BIRTH=23 . O5 . 1936"},
    };
    CHECK(def_engine, c);
}

static void test_lookalikes_stay_none(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"EXPIRE LE _ 03.11.2O23 ~ ZONE 2\n", ""},
        {"VALID UNTIL ; 13-O2-2018\tDECK 9\n", ""},
        {"SAIL1NG . 14 . O2 . 2O24\n", ""},
        {"FOOT :: 19 MAR 1949\n", ""},
        {"NAMN:   FODELSEDATUM:\nFROM: 08-344 777 25  01 . O5 . 2O23 12:06  P.002/002\n",
         "PHONE=08-344 777 25"},
        {"NR | NAME | ADRESSE | GEB.\n12 | 02 O7 1999 | 06 01 19B3 | 231\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_postcode_and_town_after_a_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ADRESSE:LINDENSTRASSE 172 ¦ 28195 BREMEN\n",
         "STREET_ADDRESS=LINDENSTRASSE 172;STREET_ADDRESS=28195 BREMEN"},
        {"ADRESS : STORGATAN 25 ¦ 581 83 LINKÖPING\n",
         "STREET_ADDRESS=STORGATAN 25;STREET_ADDRESS=581 83 LINKÖPING"},
        {"Morada . Rua de Santa Catarina 23 ¦ 4700-307 Braga\n",
         "STREET_ADDRESS=Rua de Santa Catarina 23;STREET_ADDRESS=4700-307 Braga"},
    };
    CHECK(def_engine, c);
}

static void test_no_town_after_a_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a year and a word after a column gap; a count and a word after a comma */
        {"ADRESSE: LINDENSTRASSE 4 ¦ 2024 LIEFERUNG\n", "STREET_ADDRESS=LINDENSTRASSE 4"},
        {"BOPÆL :: NØRREGADE 217, 3 BOXES\n", "STREET_ADDRESS=NØRREGADE 217"},
    };
    CHECK(def_engine, c);
}

static void test_misread_birth_round_trip(void **state)
{
    (void)state;
    static const char *const gone[] = {"14.O9.1972", NULL};
    static const char body[] = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                               "\"NAAM ~ KEES HOEKSTRA\\n6EBOORTEDATUM \\u00a6 14.O9.1972\\n\"}]}";
    answer_round_trip(body, gone, "Born on [DATE_OF_BIRTH_1].", "Born on 14.O9.1972.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_misread_birth_label),
        cmocka_unit_test(test_spaced_and_month_dates),
        cmocka_unit_test(test_lookalikes_stay_none),
        cmocka_unit_test(test_postcode_and_town_after_a_street),
        cmocka_unit_test(test_no_town_after_a_street),
        cmocka_unit_test(test_misread_birth_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
