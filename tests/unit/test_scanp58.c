/* test_scanp58.c: people's names in scanned and faxed capitals forms (branch scanp58).
 * - A register row that names_scan54.c's row test turned down names its person: a census count
 *   followed by one space when three more cells follow, a court list's case number opening the
 *   row, a row's name written "SURNAME, GIVEN" (names_scanp58.c).
 * - A passport's bilingual label ("NAME / SURNAME | X", "VORNAMEN / GIVEN NAMES   X") labels the
 *   name after it as its last half does.
 * - A signature line in capitals ("SIGNED: A. NOWAK", "PODPIS ____ LEK. J. KOWALSKI", "V.R. X")
 *   names the signer, the title left out.
 * - A scanner's digit between two capitals ("KR1SHNAMURTHY") is a letter of the name; a line
 *   opening with a courtesy title ("PANI AMARA DIALLO") names the person after it.
 * - What is no person stays none: a list's count before one cell, a firm after "FIRMA", a verb's
 *   line, a signature word before one space, a register's header of label words ("NAZWISKO
 *   IMIĘ", "CSALÁDI NÉV").
 * - A signed name rewrites to a token and restores as it was sent. */
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

static void test_register_rows_scan54_turned_down_name_the_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"CENSUS 1921\n144 FARHAD RAHIMI  HEAD  52  CLERK  STOKE-ON-TRENT\n",
         "PERSON=FARHAD RAHIMI"},
        {"CENSUS 1921\n269 BONACCORSO SALVATORE | DAUR | 6 | PADEIRO | AGRIGENTO\n",
         "PERSON=BONACCORSO SALVATORE"},
        {"COURT LIST\nCASE-3636/23 ~ KEMENY SZIBE ~ AFFRAY ~ 09:30\n", "PERSON=KEMENY SZIBE"},
        {"COURT LIST\nRG-9871/19  HALTENRIDGE, HALBUR  THEFT  09:30\n",
         "PERSON=HALTENRIDGE, HALBUR"},
        {"CENSUS\n31. WISNIEWSKA, HALINA\tVISITOR\t73\tCLERK\tTORUN\n",
         "PERSON=WISNIEWSKA, HALINA"},
    };
    CHECK(def_engine, c);
}

static void test_bilingual_labels_label_the_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"REISEPASS  D\nNAME / SURNAME | GRADORWENSTADT\n", "PERSON=GRADORWENSTADT"},
        {"PASSEPORT\nNOM / SURNAME ~ DESCHAMPS\nPRENOMS / GIVEN NAMES   HERVE\n",
         "PERSON=DESCHAMPS;PERSON=HERVE"},
    };
    CHECK(def_engine, c);
}

static void test_signature_lines_name_the_signer(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"RX AMOXICILLIN 500MG\nSIGNED: A. NOWAK\n", "PERSON=A. NOWAK"},
        {"RX RAMIPRIL 5MG\nPODPIS ____ LEK. J. KOWALSKI\n", "PERSON=J. KOWALSKI"},
        {"RECETA\nFDO.  E. ARRIBAS\n", "PERSON=E. ARRIBAS"},
        {"RICETTA\nFIRMA  DR. B. NUNEZ\n", "PERSON=B. NUNEZ"},
        {"RECEIPT\nSIGNATURE ... ASTRID BERGSTROM  VICAR\n", "PERSON=ASTRID BERGSTROM"},
        {"RECEPT\nSIGN.: ____ ASTRID BERGSTROM\n", "PERSON=ASTRID BERGSTROM"},
        {"RECEPTA\nPODPIS L. CERNY  PROBOSZCZ\n", "PERSON=L. CERNY"},
        {"RECETA\nV.R. RASLANE NEVOEK\n", "PERSON=RASLANE NEVOEK"},
    };
    CHECK(def_engine, c);
}

static void test_ocr_digits_and_titled_lines_name_the_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PASSPORT\nNAME / SURNAME | KR1SHNAMURTHY\n", "PERSON=KR1SHNAMURTHY"},
        {"PAYSLIP\nNAZWISKO  KOJO B0ATENG\n", "PERSON=KOJO B0ATENG"},
        {"PAYSLIP\nNAME: J0HN SMITH\n", "PERSON=J0HN SMITH"},
        {"LOHNABRECHNUNG\nPANI AMARA DIALLO\nGRUNDGEHALT 1418.96\n", "PERSON=AMARA DIALLO"},
        {"PAYSLIP\nMR DESMOND MCKINNON\n", "PERSON=DESMOND MCKINNON"},
    };
    CHECK(def_engine, c);
}

static void test_lookalikes_name_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ORDER\n2 RED BULL  4.50\n", ""},
        {"ORDER\n12 GREEN APPLES  3 PEARS\n", ""},
        {"LIEFERSCHEIN\nFIRMA  BAUHAUS GMBH\n", ""},
        {"LOG\nGET  USER DATA\n", ""},
        {"FORM\nSIGNED PLEASE RETURN\n", ""},
        {"FORM\nSIGNATURE  ____\n", ""},
        {"SETUP\nMS WORD TEMPLATES\n", ""},
        {"LIEFERSCHEIN\nFIRMA: BAUHAUS GMBH\n", ""},
        {"SPIS 1931\nNO.  NAZWISKO IMI\xc4\x98  AGE  SEX\n", ""},
        {"TESSERA\nCSAL\xc3\x81"
         "DI N\xc3\x89V\n",
         ""},
    };
    CHECK(def_engine, c);
}

/* The request rewritten, then an answer holding its token restored byte for byte. */
static void test_signed_name_round_trip(void **state)
{
    (void)state;
    static const char req[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"Type this fax "
                              "up:\\nRX WARFARIN 3MG\\nSIGNED: G. HOLLINGWORTH\\nRECEIVED\"}]}";
    static const char want[] = "Signed by G. HOLLINGWORTH.";
    static const char answer[] = "Signed by [PERSON_1].";
    static const char *const gone[] = {"HOLLINGWORTH", NULL};
    answer_round_trip(req, gone, answer, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_register_rows_scan54_turned_down_name_the_person),
        cmocka_unit_test(test_bilingual_labels_label_the_name),
        cmocka_unit_test(test_signature_lines_name_the_signer),
        cmocka_unit_test(test_ocr_digits_and_titled_lines_name_the_person),
        cmocka_unit_test(test_lookalikes_name_no_one),
        cmocka_unit_test(test_signed_name_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
