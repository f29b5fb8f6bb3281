/* test_scan60.c: names on scanned and faxed forms (branch scan60).
 * - A person's label in capitals that a scanner misread by reading two letters for one ("NARNE"
 *   for NAME, "NACHNARNE" for NACHNAME) is read as the label, so the value after it is a name.
 * - A person label's value of one name word alone on its line, the next line opening with one
 *   or two name words in the same case that fill it or its first cell, is a name cut by the
 *   line's end: both pieces are findings ("NAME: ORMEROD,\nDESMOND", "Name: Desmond\nOrmerod").
 * - Look-alikes stay none: the next line is a label (also misread: "ADRFSA", "STRASSF"), an
 *   ordinary word ("COPY", "Subject"), a short word ("Re"), text in another case, or a number;
 *   a name part's field (a surname) holds one word; a word before another cell may be a label.
 * - A labelled value ends at a scanned form's field gap (" ~ ", " :: ", " ¦ "): "CONTACT: X, Y ::
 *   DATE | ..." names X, Y.
 * - An address field's short value without its number, cut by a line end, goes on at the next
 *   line ("ADDRESS: 39 CHAPEL\nSTREET"): one street over the break; not when the next line is
 *   another field ("TEL: ...") or the value is no street. */
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

static void test_digraph_misread_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NARNE   PAULINE ASHWORTH\n", "PERSON=PAULINE ASHWORTH"},
        {"NARNE: ASHWORTH, PAULINE\n", "PERSON=ASHWORTH, PAULINE"},
        {"NACHNARNE: WOHLFAHRT\n", "PERSON=WOHLFAHRT"},
    };
    CHECK(def_engine, c);
}

static void test_name_cut_by_a_line_end(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NAME: ORMEROD,\nDESMOND\n", "PERSON=ORMEROD;PERSON=DESMOND"},
        {"NAME   THRELFALL,\n    CLIFFORD\n", "PERSON=THRELFALL;PERSON=CLIFFORD"},
        {"NAME \xC2\xA6 ORMEROD,\nDESMOND \xC2\xA6 DOB: 12/03/1950\n",
         "PERSON=ORMEROD;PERSON=DESMOND;DATE_OF_BIRTH=12/03/1950"},
        {"Name: Ormerod,\n\tDesmond\n", "PERSON=Ormerod;PERSON=Desmond"},
        {"Name: Desmond\nOrmerod\n", "PERSON=Desmond;PERSON=Ormerod"},
    };
    CHECK(def_engine, c);
}

static void test_next_line_no_piece(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NAME: SMITH\nCOPY\n", ""},
        {"NAME: SMITH\nADRFSA\tSTR. FLORILOR NR. 174\n", "STREET_ADDRESS=STR. FLORILOR NR. 174"},
        {"Name: Sarah\nSubject\n", "PERSON=Sarah"},
        {"Name: Sarah\nRe\n", "PERSON=Sarah"},
        {"Customer: Acme\nTotal\n", ""},
        {"Name: Smith\nWard 3\n", "PERSON=Smith"},
        /* a name part's field holds one word; a word before another cell may be its label */
        {"SOYADI \xC2\xA6 TURANCAN\nOBJEKT LALE\n", "PERSON=TURANCAN"},
        {"NAME: SMITH\nGEBURTSORT  DEVENTER\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_scanned_field_gaps(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"CONTACT: ASHWORTH, PAULINE :: DATE | 27/01/2022\n", "PERSON=ASHWORTH, PAULINE"},
        {"CONTACT: THRELFALL, CLIFFORD ~ REF 4471\n", "PERSON=THRELFALL, CLIFFORD"},
    };
    CHECK(def_engine, c);
}

static void test_street_cut_by_a_line_end(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ADDRESS: 39 CHAPEL\nSTREET\n", "STREET_ADDRESS=39 CHAPEL\nSTREET"},
        {"ADRESSE: BUCHENWEG\n    12\n", "STREET_ADDRESS=BUCHENWEG\n    12"},
        {"INDIRIZZO: CORSO\nVITTORIO EMANUELE 12\n", "STREET_ADDRESS=CORSO\nVITTORIO EMANUELE 12"},
        /* the next line another field, or no street at all */
        {"ADDRESS: HIGH\nTEL: 01234 567890\n", "PHONE=01234 567890"},
        {"ADDRESS: SEE BELOW\nJOHN SMITH\n", ""},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_digraph_misread_label),
        cmocka_unit_test(test_name_cut_by_a_line_end),
        cmocka_unit_test(test_next_line_no_piece),
        cmocka_unit_test(test_scanned_field_gaps),
        cmocka_unit_test(test_street_cut_by_a_line_end),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
