/* test_names_forms45.c: the role labels and column headers of the seventeenth set's kinds of
 * documents (names_forms45_words.c, names_tables.c), a register's birth star (names_dobevents.c)
 * and the titles of a signer (names_words.c), through the default packs; each beside the
 * look-alike that must stay. Each case lists every finding ("TYPE=value;..."). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_role_labels_of_registers_licences_and_orders_name_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Remote pilot: Mitariz Salgueueta  (A1/A3 certificate)\n", "PERSON=Mitariz Salgueueta"},
        {"Betreute: LOTRAUARHAGEN, Loben\nAlternate: Munlo Benargelstedt\n",
         "PERSON=LOTRAUARHAGEN, Loben;PERSON=Munlo Benargelstedt"},
        {"Imker: Tague Mirenales\n", "PERSON=Tague Mirenales"},
        {"Stallholder: T\xc4\x83reio T\xc4\x83maache\n", "PERSON=T\xc4\x83reio T\xc4\x83maache"},
        {"Kat\xc4\xb1l\xc4\xb1mc\xc4\xb1: HAKAN KO\xc3\x87\n", "PERSON=HAKAN KO\xc3\x87"},
        {"Community host: Vaavaahei Satuala\n", "PERSON=Vaavaahei Satuala"},
    };
    CHECK(c);
}

static void test_role_labels_with_no_person_after_them_name_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Pilot: phase 2 starts in May\nReader: none\nWard: 7B\n", ""},
        {"Operator: Vodafone\nCustomer: n/a\n", ""},
    };
    CHECK(c);
}

static void test_a_person_header_with_a_number_or_a_part_heads_a_person_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Time | Player 1 | Player 2\n8:10 | Stostoema, Verwil | Hoodellem Stobiestra\n9:20 | "
         "Wilver Dalstra | Noor Visser\n",
         "PERSON=Stostoema, Verwil;PERSON=Hoodellem Stobiestra;PERSON=Wilver Dalstra;PERSON=Noor "
         "Visser"},
        {"holder_last,holder_first,plan\nBROVELSTRUP,Brokor,Red M\nVERLEMKAMP,Willem,Red L\n",
         "PERSON=BROVELSTRUP;PERSON=Brokor;PERSON=VERLEMKAMP;PERSON=Willem"},
    };
    CHECK(c);
}

static void test_a_header_with_a_number_that_names_no_person_leaves_its_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Time | Course 1 | Course 2\n8:10 | Old Course | New Course\n9:20 | Heath Course | Lakes "
         "Course\n",
         ""},
        {"field_first,field_last\nalpha,omega\nbeta,gamma\n", ""},
    };
    CHECK(c);
}

static void test_a_role_alone_heads_no_column_of_two_forms_or_merged_groups(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Driver A                          Driver B\nVehicle: VW Golf                  Vehicle: "
         "Opel Astra\n",
         ""},
        {"Participant\t\t\tCoordonn\xc3\xa9"
         "es\n#\tAge\tClub\tTeam\n1\t34\tRed Star\tBlue Lions\n",
         ""},
        {"Signature/stamp: Sj\xc3\xb6"
         "bris Dyk AB\n",
         ""},
    };
    CHECK(c);
}

static void test_a_register_birth_star_in_a_column_is_a_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Self-exclusion list\nLIN Amara  * 01/07/1992  until 02/04/2026\nKO\xc3\x87 O\xc4\x9fuz  "
         "* 10/07/1947  until 10/04/2029\n",
         "PERSON=LIN Amara;DATE_OF_BIRTH=01/07/1992;PERSON=KO\xc3\x87 "
         "O\xc4\x9fuz;DATE_OF_BIRTH=10/07/1947"},
    };
    CHECK(c);
}

static void test_a_lone_star_before_a_date_is_no_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Release  * 01/07/2024  final\n", ""},
        {"Total  * 12.03.2024\nSee you then.\n", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_labels_of_registers_licences_and_orders_name_a_person),
        cmocka_unit_test(test_role_labels_with_no_person_after_them_name_no_one),
        cmocka_unit_test(test_a_person_header_with_a_number_or_a_part_heads_a_person_column),
        cmocka_unit_test(test_a_header_with_a_number_that_names_no_person_leaves_its_column),
        cmocka_unit_test(test_a_role_alone_heads_no_column_of_two_forms_or_merged_groups),
        cmocka_unit_test(test_a_register_birth_star_in_a_column_is_a_birth),
        cmocka_unit_test(test_a_lone_star_before_a_date_is_no_birth),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
