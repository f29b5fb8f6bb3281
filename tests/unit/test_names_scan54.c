/* test_names_scan54.c: OCR'd and faxed forms in capitals, fourth round (branch scan54).
 * - A person's label that a scanner printed without its colon, a separator run after it
 *   ("NOH  X", "ONOMA ¦ X", "NOHMBRE . X", "SURNAME\tX"), labels the capitals name after it
 *   (names_scan54.c, asked last by names.c's capitals chain); a label alone on its line with one
 *   space does too.
 * - A register row, a number opening its line and a separator, names the capitals name after it.
 * - What is no person stays none: the next field's label on a blank form, a street, a date's or a
 *   postcode's line, a heading that is no label.
 * - A name after a label without its colon rewrites to a token and restores as it was sent. */
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

static void test_labels_without_colon_label_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DAVETIYE\nNOH  ZERZERCAN RANMALKE\n", "PERSON=ZERZERCAN RANMALKE"},
        {"KLISI\nONOMA \xc2\xa6 STAVROS VLACHOS\n", "PERSON=STAVROS VLACHOS"},
        {"CITACION\nNOHMBRE . FULGENCIO OLMEDO\n", "PERSON=FULGENCIO OLMEDO"},
        {"SUMMONS\nSURNAME\tFAIRWEATHER\tFIRST NAMES\tRUPERT\n",
         "PERSON=FAIRWEATHER;PERSON=RUPERT"},
        {"RECEIPT\nNOME KARIMI FARHAD\n", "PERSON=KARIMI FARHAD"},
    };
    CHECK(def_engine, c);
}

static void test_register_rows_name_the_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"CREW LIST\n642\tHADDAD RANIA\t07. 05. 1982\n",
         "PERSON=HADDAD RANIA;DATE_OF_BIRTH=07. 05. 1982"},
        {"JURY PANEL\n617 . GRIMALDI ERMENEGILDO . ROW 18\n", "PERSON=GRIMALDI ERMENEGILDO"},
    };
    CHECK(def_engine, c);
}

static void test_blank_forms_and_lines_name_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"GASTBOK\nNAMN  F\xc3\x96"
         "DELSEDATUM\n",
         ""},
        {"NOMBRE  FIRMA\n", ""},
        {"KONTO\n8000 AARHUS C\n", ""},
        {"KONTO\n12.03.2024  SEPA LASTSCHRIFT ENEL ENERGIA\n", ""},
        {"TOTAL  ANNUAL REPORT\n", ""},
    };
    CHECK(def_engine, c);
}

/* The request rewritten, then an answer holding its token restored byte for byte. */
static void test_bare_label_name_round_trip(void **state)
{
    (void)state;
    static const char req[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"Transcribe this "
                              "scan:\\nDAVETIYE\\nNOH  ZERZERCAN RANMALKE\\nDOSYA 2018/50827\"}]}";
    static const char want[] = "Dear ZERZERCAN RANMALKE,";
    static const char answer[] = "Dear [PERSON_1],";
    static const char *const gone[] = {"ZERZERCAN", "RANMALKE", NULL};
    answer_round_trip(req, gone, answer, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_labels_without_colon_label_a_name),
        cmocka_unit_test(test_register_rows_name_the_person),
        cmocka_unit_test(test_blank_forms_and_lines_name_no_one),
        cmocka_unit_test(test_bare_label_name_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
