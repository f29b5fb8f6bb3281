/* test_names_h9rec.c: people in the lists of names_h9rec.c (branch h9rec): guests of a seating
 * plan's `Table 4: A, B` lines and of a `Table 4` head's lines, place cards, support-chat speakers,
 * DNA matches and their `Managed by` cells, backers' names before an email of the same letters
 * and in a backers' list. Look-alikes stay text: a table's list of things, a flower table's name,
 * bots, `Unknown match`, a company backer, a `Table 2: Revenue` caption. */
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

#include "names_cases.h"

static void test_seating_line_guests_are_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Plan\nTable 1: Brelwyn, orsa quentamby, Uncle Dovrik, Tamsin Keele + 1\n",
         "PERSON=Brelwyn;PERSON=orsa quentamby;PERSON=Dovrik;PERSON=Tamsin Keele"},
        {"Sitzplan\nTisch 3 - Lavendel: Gundis Wernacher und Oma Friedl\n",
         "PERSON=Gundis Wernacher;PERSON=Friedl"},
        {"Mesa 4: Tiago, vovô Rui, tia Leonor\n", "PERSON=Tiago;PERSON=Rui;PERSON=Leonor"},
    };
    CHECK(c);
}

static void test_guest_lines_under_a_table_head_are_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tafelschikking:\n\nTafel 4\n- Femmig Doornbos\n- wessel kuiperhof\n- Ylse\n\n",
         "PERSON=Femmig Doornbos;PERSON=wessel kuiperhof;PERSON=Ylse"},
    };
    CHECK(c);
}

static void test_place_cards_are_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Segnaposto:\nBrunetta Scalvini (tavolo 4)\ncorrado maffeo - T2\n",
         "PERSON=Brunetta Scalvini;PERSON=corrado maffeo"},
    };
    CHECK(c);
}

static void test_support_chat_speakers_are_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[Obadiah - Seller Support]: Can you confirm the address?\n[Quilla]: yes\n",
         "PERSON=Obadiah;PERSON=Quilla"},
        {"Conseiller (Gaëtanne): Autre chose ?\n", "PERSON=Gaëtanne"},
        {"19:43 Marwenna > it says delivered\n", "PERSON=Marwenna"},
        {"Dorvald (Agent) 13:21\nThanks for waiting.\n", "PERSON=Dorvald"},
    };
    CHECK(c);
}

static void test_dna_matches_are_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Matches\nMatch\tRelationship\tShared DNA\tSegments\n"
         "bexa thornhale\t2nd cousin\t212 cM\t9\n"
         "Unknown match\tDistant cousin\t88 cM\t3\n",
         "PERSON=bexa thornhale"},
        {"Name | Relationship | Shared cM | Segments | Managed by\n"
         "quenel dunstock | Half sibling | 1506 | 42 | Orvana Pelling\n",
         "PERSON=quenel dunstock;PERSON=Orvana Pelling"},
    };
    CHECK(c);
}

static void test_backer_before_an_email_of_the_same_letters_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"id,name,email,tier\n7,ebbke wernriegel,ebbke.wernriegel@example.org,Gold\n"
         "8,Brightline GmbH,info@brightline.example,Gold\n",
         "PERSON=ebbke wernriegel"},
    };
    CHECK(c);
}

static void test_backers_list_is_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"donors (march):\nharriet ashtorby - 47\ndertor kaulding - 242\n",
         "PERSON=harriet ashtorby;PERSON=dertor kaulding"},
    };
    CHECK(c);
}

static void test_look_alikes_in_the_same_layouts_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Table 2: Revenue by region\n", ""},
        {"Table 3: chairs, linens, glasses\n", ""},
        {"Chatbot: How can I help?\nSystem: transferred\n", ""},
        {"Seating\nTable Rose: plates, glasses and napkins\n", ""},
    };
    CHECK(c);
}

static void test_h9rec_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Table 1: Brelwyn, orsa quentamby + 1\nTafel 4\n- Femmig Doornbos\n- Ylse\n");
    scan_every_prefix(
        "[Obadiah - Seller Support]: hi\n19:43 Marwenna > ok\nDorvald (Agent) 13:21\n");
    scan_every_prefix("Name | Shared cM | Managed by\nbexa thornhale | 212 | Orvana Pelling\n"
                      "7,ebbke wernriegel,ebbke.wernriegel@example.org\n"
                      "donors:\nharriet ashtorby - 47\nBrunetta Scalvini (tavolo 4)\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seating_line_guests_are_people),
        cmocka_unit_test(test_guest_lines_under_a_table_head_are_people),
        cmocka_unit_test(test_place_cards_are_people),
        cmocka_unit_test(test_support_chat_speakers_are_people),
        cmocka_unit_test(test_dna_matches_are_people),
        cmocka_unit_test(test_backer_before_an_email_of_the_same_letters_is_a_person),
        cmocka_unit_test(test_backers_list_is_people),
        cmocka_unit_test(test_look_alikes_in_the_same_layouts_stay),
        cmocka_unit_test(test_h9rec_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
