/* test_street59.c: rooms, floors and warehouse places in agent bodies are no streets (branch
 * street59).
 * - A unit word with its number ("Floor 4", "Suite 300") is an address's unit line only beside
 *   the street's line of its block (the line before or after opens with a house number, or ends
 *   with one after a word that is no room's or unit's); alone in a JSON value, a list item or
 *   between rooms and gates it is a place in a building.
 * - A number after a warehouse's or a campsite's place word ("Aisle 14 Bay 3", "Row 16 Bay 6",
 *   "Dock 12", "Pitch 5") is no house number, so "14 Bay 3" is no "number, street, number".
 * - A street written in Greek is one street with its house number after a type word, a date's
 *   ordinal or an address cue ("Λεωφ. Κηφισίας 112", "28ης Οκτωβρίου 12", "Διεύθυνση: Ερμού
 *   12"), its postcode and town after a comma with it, on the next line their own finding; a
 *   room, a chapter or a page in Greek stays none.
 * - A JSON member "line2" (Stripe's second address line) holding a short unit with a digit is an
 *   address's part, as "houseNumber" is, whatever the unit's word. */
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

static void test_unit_line_alone_is_a_place(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Floor 4", ""},
        {"Suite 300", ""},
        {"Agenda\n- we discussed Peron 9 again\n- meet at\nSuite 400\n- Gate 7\n", ""},
        {"- Floor 3\n- Gate 7\n", ""},
        {"Trip\nFloor 7\nGate 7\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_unit_line_beside_its_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to:\n42 Main St\nSuite 858\n", "STREET_ADDRESS=42 Main St\nSuite 858"},
        {"Ship to:\nSuite 858\n42 Main St\n", "STREET_ADDRESS=Suite 858\n42 Main St"},
    };
    CHECK(def_engine, c);
}

static void test_warehouse_places_are_no_streets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Aisle 16 Bay 6", ""},
        {"- see Aisle 14 Bay 3\n- x", ""},
        {"Row 16 Bay 6", ""},
        {"Shelf 4 Bay 2, then Dock 12", ""},
        /* a Finnish "number, street, number" still is one */
        {"Osoite: 96 Salontie 19, Helsinki", "STREET_ADDRESS=96 Salontie 19"},
    };
    CHECK(def_engine, c);
}

static void test_greek_streets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Διεύθυνση: Λεωφ. Κηφισίας 112\n", "STREET_ADDRESS=Λεωφ. Κηφισίας 112"},
        {"μένουμε πλέον στην 28ης Οκτωβρίου 12, 3ος όροφος\n", "STREET_ADDRESS=28ης Οκτωβρίου 12"},
        {"στείλτε το στη διεύθυνση Τσιμισκή 45, 546 22 Θεσσαλονίκη.\n",
         "STREET_ADDRESS=Τσιμισκή 45, 546 22 Θεσσαλονίκη"},
        {"Visit: Αγίας Σοφίας 35\n546 22 Θεσσαλονίκη\n",
         "STREET_ADDRESS=Αγίας Σοφίας 35;STREET_ADDRESS=546 22 Θεσσαλονίκη"},
        {"Θέση: Αίθουσα 3\n", ""},
        {"Διάβασε το Κεφάλαιο 3 και τη Σελίδα 12.\n", ""},
        {"Ο Νίκος ήρθε στις 5.\n", ""},
        /* a date after a name: no house number */
        {"Όνομα: Κατερίνα Οικονόμου 2 Νοεμβρίου 1948\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_json_members(void **state)
{
    (void)state;
    /* a room under a place key leaves as sent, a unit under "line2" is masked */
    static const char body[] =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
        "\"{\\\"meta\\\": {\\\"venue\\\": \\\"Floor 4\\\", \\\"ref\\\": \\\"Suite 300\\\"}}\"}]}";
    char *r = rewrite(body, NULL);
    assert_string_equal(r, body);
    free(r);
    static const char *const gone[] = {"Suite 300", NULL};
    static const char *const tokens[] = {"[STREET_ADDRESS_", NULL};
    masked("{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":"
           "\"{\\\"line1\\\": \\\"12 Quarry Lane\\\", \\\"line2\\\": \\\"Suite 300\\\", "
           "\\\"city\\\": \\\"Leeds\\\"}\"}]}",
           gone, tokens);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unit_line_alone_is_a_place),
        cmocka_unit_test(test_unit_line_beside_its_street),
        cmocka_unit_test(test_warehouse_places_are_no_streets),
        cmocka_unit_test(test_greek_streets),
        cmocka_unit_test(test_json_members),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
