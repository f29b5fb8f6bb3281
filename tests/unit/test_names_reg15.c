/* test_names_reg15.c: people in registers and service forms (names_reg15.c, and the register
 * columns of names_tables.c): the name under a numbered form box whose caption asks for a name or
 * a signature (DD-214 boxes: `Last, First, Middle`, `Name and address`, `Typed name, grade,
 * title`, an initial before the surname), the person columns of ledgers, visitor books and start
 * lists (`pledgor`, `visitor`, `rider`), name parts in pl/sv/da/cs/tr/ro, a ',' or ';' header
 * under a one-line request; and what they must leave: boxes that ask for no person, placeholders,
 * products, a host column of machines, horses. */
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

#define NAMES_SKIP_TYPE "DATE_OF_BIRTH"
#include "names_cases.h"

static void test_name_under_a_numbered_box_caption(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1. NAME (Last, First, Middle)\nWYNDROSON, KELMORWYN ASH\n2. DEPARTMENT, COMPONENT AND "
         "BRANCH\nARMY/RA\n",
         "PERSON=WYNDROSON, KELMORWYN ASH"},
        /* the name is the first item: the address after it is the address's */
        {"19.b NEAREST RELATIVE (Name and address)\nMEGAN TALKEROW, 2127 WATTLE STREET, DAYTON, "
         "OH 45402\n",
         "PERSON=MEGAN TALKEROW;STREET_ADDRESS=2127 WATTLE STREET, DAYTON, OH 45402"},
        /* one part more than the caption has items: the surname comes first */
        {"22.a OFFICIAL AUTHORIZED TO SIGN (Typed name, grade, title)\nBRYKELSON, WYNASH, CPT, "
         "PERSONNEL OFFICER\n",
         "PERSON=BRYKELSON, WYNASH"},
        {"21.a MEMBER BEING SEPARATED (Signature)\nV. ASHBRYRIDGE\n", "PERSON=V. ASHBRYRIDGE"},
    };
    CHECK(c);
}

static void test_boxes_that_ask_for_no_person_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"8.b STATION WHERE SEPARATED (Name of installation)\nFORT BRAGG, NC\n", ""},
        {"4.a GRADE, RATE OR RANK (Abbreviation)\nSGT\n", ""},
        {"1. NAME (Last, First, Middle)\nNONE\n", ""},
        {"12. Project name (short)\nApache Kafka Streams\n", ""},
    };
    CHECK(c);
}

static void test_register_columns_under_a_one_line_request(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"members list for the branch meeting, can you count per workplace?\n"
         "member_no,surname,first_name,dob,workplace\n"
         "302426,HRABELÍČEK,Pethra,21.02.1970,Enel SpA\n"
         "468656,Kowalczyk,Petmil,25.05.1951,Volvo Cars\n",
         "PERSON=HRABELÍČEK;PERSON=Pethra;PERSON=Kowalczyk;PERSON=Petmil"},
        {"ledger export, pls check the columns:\nticket;date;pledgor;item;amount\n"
         "285682;18.02.2024;Koldorn Wesdornhauer;Rolex Datejust;790\n"
         "478711;27.10.2024;Wesdes Falraumair;PS5 console;120\n",
         "PERSON=Koldorn Wesdornhauer;PERSON=Wesdes Falraumair"},
        {"Visitor log\nDate | Time in | Visitor | Company | Badge\n"
         "15/05/2026 | 08:15 | Ximena Acosta | Vodafone | V-7249\n"
         "17/01/2025 | 12:23 | Tormu Jibaoza | Booking.com | V-9127\n",
         "PERSON=Ximena Acosta;PERSON=Tormu Jibaoza"},
        {"lista "
         "członków:\nnr;nazwisko;imię;zakład\n1;Wolgrochuk;Zdamil;Lidl\n2;Krzebaowski;Nymil;Lidl\n",
         "PERSON=Wolgrochuk;PERSON=Zdamil;PERSON=Krzebaowski;PERSON=Nymil"},
    };
    CHECK(c);
}

static void test_machines_and_horses_in_those_columns_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"export of the build matrix, why is it slow?\nhost,os,arch,minutes\n"
         "build-01,Ubuntu,x86_64,14\nbuild-02,Debian,arm64,22\n",
         ""},
        {"start list, can you sort it?\nno;rider;horse;nation\n1;Sanne Jansen;Dancing Queen Z;NED\n"
         "2;Liam Brennan;Casall Ask;IRL\n",
         "PERSON=Sanne Jansen;PERSON=Liam Brennan"},
    };
    CHECK(c);
}

static void test_register_labels_before_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Visit date: 12/03/2026\nPrisoner: Barto Linbartoão\n", "PERSON=Barto Linbartoão"},
        {"Grave holder (right of burial): Linsol Linramström\n", "PERSON=Linsol Linramström"},
        {"Tattoo artist: Ribarcha Veimoueiro\n", "PERSON=Ribarcha Veimoueiro"},
        {"Häftling: Gunkol Dornweskolinger\n", "PERSON=Gunkol Dornweskolinger"},
        {"Nombre del niño/a: MUCAL RRECALMUERA\n", "PERSON=MUCAL RRECALMUERA"},
    };
    CHECK(c);
}

static void test_register_labels_before_things_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Artist: Daft Punk\n", ""},
        {"Visitor: 3 adults\n", ""},
        {"Purchaser: Acme Holdings\n", ""},
    };
    CHECK(c);
}

static void test_reg15_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("1. NAME (Last, First, Middle)\nWYNDROSON, KELMORWYN ASH\n");
    scan_every_prefix("22.a OFFICIAL (Typed name, grade, title)\nBRYKELSON, WYNASH, CPT, X\n");
    scan_every_prefix("21.a MEMBER (Signature)\r\nV. ASHBRYRIDGE\r\n");
    scan_every_prefix("list:\nticket;pledgor\n1;Koldorn Wesdornhauer\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_under_a_numbered_box_caption),
        cmocka_unit_test(test_boxes_that_ask_for_no_person_stay),
        cmocka_unit_test(test_register_columns_under_a_one_line_request),
        cmocka_unit_test(test_machines_and_horses_in_those_columns_stay),
        cmocka_unit_test(test_register_labels_before_a_person),
        cmocka_unit_test(test_register_labels_before_things_stay),
        cmocka_unit_test(test_reg15_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
