/* test_street59.c: rooms, floors and warehouse places in agent bodies are no streets (branch
 * street59).
 * - A unit word with its number ("Floor 4", "Suite 300") is an address's unit line only beside
 *   the street's line of its block (the line before or after opens with a house number, or ends
 *   with one after a word that is no room's or unit's); alone in a JSON value, a list item or
 *   between rooms and gates it is a place in a building.
 * - A number after a warehouse's or a campsite's place word ("Aisle 14 Bay 3", "Row 16 Bay 6",
 *   "Dock 12", "Pitch 5") is no house number, so "14 Bay 3" is no "number, street, number".
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
        cmocka_unit_test(test_json_members),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
