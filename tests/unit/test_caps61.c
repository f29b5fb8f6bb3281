/* test_caps61.c: people on forms typed or scanned in capitals (branch caps61).
 * - A label padded to a fixed-width column by spaces (20 and more) or by a dot leader before its
 *   colon names the person after it, as "LABEL: X" does ("NAAM                    DAAN DE VRIES",
 *   "REGISTERED KEEPER.....: TORFORDTOR FORDDERBY", "Name..........: Anna Keller").
 * - On a form in capitals a person's label run into its value names it ("SURNAME:ESPOSITO",
 *   "NAAM:BRAM VAN DER LINDEN"); not a label in lower case or one that is no person's.
 * - A surname-first pair in a text all in capitals, the given name the lexicon's, ending its
 *   item or before a conjunction in capitals, is a person ("- KUIPERS, BRAM (ROOM 4)", "POLAT,
 * MEHMET AND HIS WIFE"); places and ordinary words before a comma stay ("PARIS, FRANCE", "WARNING,
 * MARIA").
 * - Look-alikes stay none: a run-in status or host, a heading, boilerplate, a table of contents,
 *   a space-aligned table's header row (one word after a wide gap, more cells after it), the
 *   next label of a blank form after its boxes. */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

static void test_fixed_width_and_dot_leader_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"FORM B\nNAAM                    DAAN DE VRIES\n", "PERSON=DAAN DE VRIES"},
        {"FORM B\nVOLUNTEER               GWILIAH DARFROSTWELL\n", "PERSON=GWILIAH DARFROSTWELL"},
        {"FORM B\nAPPLICANT               TIVIC RENSEELLO\n", "PERSON=TIVIC RENSEELLO"},
        {"V5C\nREGISTERED KEEPER.....: TORFORDTOR FORDDERBY\n", "PERSON=TORFORDTOR FORDDERBY"},
        {"FORM B\nNOM...................: WANGCHUK\n", "PERSON=WANGCHUK"},
        {"Form B\nName..........: Anna Keller\n", "PERSON=Anna Keller"},
    };
    CHECK(c);
}

static void test_label_run_into_value_in_capitals(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"CERTIFICATE\nSURNAME:ESPOSITO\n", "PERSON=ESPOSITO"},
        {"ORDER\nNAAM:BRAM VAN DER LINDEN\n", "PERSON=BRAM VAN DER LINDEN"},
        {"FILE\nINTESTATARIO:LUDERO PETASSO\n", "PERSON=LUDERO PETASSO"},
        {"ERROR:FILE NOT FOUND\nSTATUS:PENDING\nHOST:EXAMPLE.COM\n", ""},
        {"USER:ROOT\n", ""},
    };
    CHECK(c);
}

static void test_surname_first_pair_in_capitals(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PARTICIPANTS:\n- KUIPERS, BRAM (ROOM 4)\n", "PERSON=KUIPERS, BRAM"},
        {"CONCERNED: POLAT, MEHMET AND HIS WIFE\n", "PERSON=POLAT, MEHMET"},
        {"PARIS, FRANCE\nWARNING, MARIA\n", ""},
        {"MONDAY, JUNE 5\nERROR, MAX RETRIES\n", ""},
    };
    CHECK(c);
}

static void test_capitals_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PLEASE WRITE IN BLOCK CAPITALS\nFOR OFFICE USE ONLY\n", ""},
        {"CONTENTS\nINTRODUCTION..........: PAGE 4\nAPPENDIX..............: PAGE 9\n", ""},
        {"SECTION B                APPLICANT DETAILS\n", ""},
        {"CERERE\nPRENU ME |_|_|_|   N\xC4\x82SCUT LA \xC2\xA6 ____\n", ""},
        {"NOME                          ADMISS\xC3\x83O  HORAS  C\xC3\x93"
         "D.\n",
         ""},
    };
    CHECK(c);
}

static void test_every_caps_form_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("NAAM                    DAAN DE VRIES\nKEEPER.....: TORFORDTOR FORDDERBY\n"
                      "SURNAME:ESPOSITO\n- KUIPERS, BRAM AND KAYA, AYSE\nNAME...");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed_width_and_dot_leader_labels),
        cmocka_unit_test(test_label_run_into_value_in_capitals),
        cmocka_unit_test(test_surname_first_pair_in_capitals),
        cmocka_unit_test(test_capitals_lookalikes_stay),
        cmocka_unit_test(test_every_caps_form_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
