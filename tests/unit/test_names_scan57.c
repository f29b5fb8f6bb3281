/* test_names_scan57.c: OCR'd and faxed forms in capitals, seventh round (branch street57).
 * - A street in capitals with its house number first is a street when its cell ends after the
 *   street's type ("12 HIGH STREET", "80 AV. DU GÉNÉRAL LECLERC", "176 KINGSWAY").
 * - A street word that OCR cut with a digit read for a letter is read through it ("K0ULUKATU 206",
 *   "UL. OGR0DOWA 215", "V1A ROMA 57").
 * - A unit after the house number stays with the street ("SK0GVEIEN 161 B", "PUISTOTIE 11 A 7",
 *   "HOVEDGADEN 4, ST. TH."); a " . " separator ends a cell.
 * - The postcode and town in their own cell after such a street are their own finding (", 7011
 *   TRONDHEIM", the next line); the next row's number and name are not.
 * - A birth in a register row under a column header holding the birth word, the row's earliest
 *   date; the admission date beside it stays none, and so do rows under a header without one.
 * - Lines shaped like streets and rows under a header without a birth word stay none; an OCR'd
 *   street rewrites and restores as sent. */
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

static void test_number_first_street_in_capitals(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"LIVRAISON  80 AV. DU GÉNÉRAL LECLERC\n", "STREET_ADDRESS=80 AV. DU GÉNÉRAL LECLERC"},
        {"PITCH 4\nHOME ADDR.  136 KINGSWAY\nHOBBY DE LUXE 460\n", "STREET_ADDRESS=136 KINGSWAY"},
        /* OCR read the type word's E as F */
        {"ADMISSIONS\n377 KIMBER, DORA | 52 HIGH STREFT | 18 10 1954\n",
         "STREET_ADDRESS=52 HIGH STREFT"},
    };
    CHECK(def_engine, c);
}

static void test_ocr_digit_inside_a_street_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"WAITING LIST\n2) KORHONEN, TAUNO  K0ULUKATU 206  PLOT 12\n",
         "PERSON=KORHONEN, TAUNO;STREET_ADDRESS=K0ULUKATU 206"},
        {"ALLOTMENTS\n1. ANNA NOWAK | UL. OGR0DOWA 215 | PLOT 7\n",
         "PERSON=ANNA NOWAK;STREET_ADDRESS=UL. OGR0DOWA 215"},
    };
    CHECK(def_engine, c);
}

static void test_unit_after_the_number_and_dot_separator(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"CAMPING\nPITCH 9  SK0GVEIEN 161 B  KNAUS SPORT 500\n", "STREET_ADDRESS=SK0GVEIEN 161 B"},
        {"ALLOTMENTS\nPLOT 3 . MOLENWEG 180 . FLOOR 2\n", "STREET_ADDRESS=MOLENWEG 180"},
        {"CAMPING\nPITCH 9 | RUA DO SOL 105 9º DTO | ADRIA 472\n",
         "STREET_ADDRESS=RUA DO SOL 105 9º DTO"},
        /* the number under the street's words, on the next line */
        {"PERMIT\nADRES\nUL. OGRODOWA\n    45\n  80-831 GDAŃSK\n",
         "STREET_ADDRESS=UL. OGRODOWA;STREET_ADDRESS=45;STREET_ADDRESS=80-831 GDAŃSK"},
        {"DELIVERY\nDIRECCIÓN  C/ MAY0R 112  SEVILLA\n", "STREET_ADDRESS=C/ MAY0R 112"},
        {"CAMPING\nPITCH 7 | PZA. DEL AYUNTAMIENTO 76 | ADRIA 472\nPITCH 8 | NÁM. MÍRU 118 | X\n",
         "STREET_ADDRESS=PZA. DEL AYUNTAMIENTO 76;STREET_ADDRESS=NÁM. MÍRU 118"},
    };
    CHECK(def_engine, c);
}

static void test_postcode_and_town_cell_after_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PERMIT\nBOSTED . ST0RGATA 135, 7011 TRONDHEIM\nTOYOTA YARIS\n",
         "STREET_ADDRESS=ST0RGATA 135;STREET_ADDRESS=7011 TRONDHEIM"},
        {"ALLOTMENTS\nPLOT 3 | K0ULUKATU 9\n33100 TAMPERE\n",
         "STREET_ADDRESS=K0ULUKATU 9;STREET_ADDRESS=33100 TAMPERE"},
        /* the next row's number and name is no postcode line */
        {"REGISTER\n5781  SCHILLERSTR. 81\n4062 DOGAN, MEHMET  KIRCHSTR. 1\n",
         "STREET_ADDRESS=SCHILLERSTR. 81;STREET_ADDRESS=KIRCHSTR. 1"},
    };
    CHECK(def_engine, c);
}

static void test_birth_in_a_register_row_under_a_birth_header(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"SCHUELERVERZEICHNIS\nNR.  NAME  ANSCHRIFT  GEB.-DAT.  AUFNAHME\n"
         "12  WEBER, JONAS  LINDENSTRASSE 4  12.03.1961  01.09.1967\n",
         "PERSON=WEBER, JONAS;STREET_ADDRESS=LINDENSTRASSE 4;DATE_OF_BIRTH=12.03.1961"},
        {"ADMISSION REGISTER\nNO  PUPIL  ADDRESS  ADMITTED  D.O.B.\n"
         "4  KOWALSKI ADAM | 01/09/1992 | 23/04/1986\n",
         "PERSON=KOWALSKI ADAM;DATE_OF_BIRTH=23/04/1986"},
        /* the admission cell left blank; a year with OCR's l for 1 */
        {"ELEVREGISTER\nNR.  NAVN  ADRESSE  FODT  INNSKREVET\n"
         "175. XIAOLING ZHOU  DRONNINGENS GATE 79  26.08.l930\n",
         "PERSON=XIAOLING ZHOU;DATE_OF_BIRTH=26.08.l930"},
    };
    CHECK(def_engine, c);
}

static void test_lookalikes_stay_none(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ALLOTMENTS\nPLOT 45  GATE 3\nBAY 12  ROOM 4  FLOOR 2\n", ""},
        {"DOSES\n2 TABLETS DAILY  3 DROPS\n", ""},
        /* a co-op's name above its tenant rows is the table's title, no addressee */
        {"HSB BRF ASEN\nC/ MAYOR    76    OKONKWO, ADAEZE    12/01/1939    08/02/1973\n",
         "STREET_ADDRESS=C/ MAYOR;STREET_ADDRESS=76"},
        {"CAMPINGREGISTER\nPITCH  ARRIVED  DEPARTED  PAID\nPITCH 17  12.03.2021  19.03.2021\n", ""},
        {"ADMISSION REGISTER\nNO  PUPIL  ADMITTED  LEFT\n4  KOWALSKI ADAM | 01/09/1992 | "
         "23/04/1996\n",
         "PERSON=KOWALSKI ADAM"},
    };
    CHECK(def_engine, c);
}

static void test_ocr_street_round_trip(void **state)
{
    (void)state;
    static const char *const gone[] = {"SK0GVEIEN", NULL};
    static const char body[] =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
        "\"Key this scan:\\nCAMPING\\nPITCH 9  SK0GVEIEN 161 B  KNAUS\\n\"}]}";
    answer_round_trip(body, gone, "Guest at [STREET_ADDRESS_1].", "Guest at SK0GVEIEN 161 B.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_first_street_in_capitals),
        cmocka_unit_test(test_ocr_digit_inside_a_street_word),
        cmocka_unit_test(test_unit_after_the_number_and_dot_separator),
        cmocka_unit_test(test_postcode_and_town_cell_after_the_street),
        cmocka_unit_test(test_birth_in_a_register_row_under_a_birth_header),
        cmocka_unit_test(test_lookalikes_stay_none),
        cmocka_unit_test(test_ocr_street_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
