/* test_names_struct50.c: a name-shaped value under a key that names a thing, a place or a firm
 * (names_struct50.c, and session.c's drop_thing_people for JSON members): boats, places, firms
 * brands and branches in JSON members (native and escaped twice), XML elements and line labels
 * are no people; the person beside them, and a person under a key whose person word stands beside
 * the thing's ("Boat owner"), stay masked. */
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

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_struct50_thing_keys(void **state)
{
    (void)state;
    assert_true(anon_names_thing_value("Boat", 4, "Lady Grace", 10));
    assert_true(anon_names_thing_value("Home Branch", 11, "Red Lions", 9));
    assert_true(anon_names_thing_value("homeClub", 8, "Adelaide", 8));
    assert_true(anon_names_thing_value("brand", 5, "Johnson Matthey", 15));
    assert_false(anon_names_thing_value("supplier", 8, "Johnson Matthey", 15));
    assert_false(anon_names_thing_value("Boat owner", 10, "Ana Ruiz", 8));
    assert_false(anon_names_thing_value("Club secretary", 14, "Ana Ruiz", 8));
    assert_false(anon_names_thing_value("Hirer", 5, "Ana Ruiz", 8));
    assert_false(anon_names_thing_value("Patient", 7, "Luna", 4));
    assert_false(anon_names_thing_value("Sponsor", 7, "Ana Ruiz", 8));
    assert_false(anon_names_thing_value("Item", 4, "gift for Ana Ruiz", 17));
}

static void test_struct50_json_members_of_things_are_no_people(void **state)
{
    (void)state;
    static const char *const bodies[] = {
        /* a tool result: records escaped twice */
        "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"check\"}, "
        "{\"role\": \"tool\", \"tool_call_id\": \"c\", \"content\": \"[{\\\"Hirer\\\": "
        "\\\"Rebecca Okafor\\\", \\\"Boat\\\": \\\"Lady Grace\\\", \\\"Origin\\\": "
        "\\\"Charlotte\\\", \\\"Brand\\\": \\\"Madame Bovary\\\", \\\"Home Branch\\\": \\\"Danny "
        "Boy\\\"}]\"}]}",
        /* a Gemini functionCall's native args */
        "{\"contents\": [{\"role\": \"model\", \"parts\": [{\"functionCall\": {\"name\": \"save\", "
        "\"args\": {\"records\": [{\"Hirer\": \"Rebecca Okafor\", \"Boat\": \"Lady Grace\", "
        "\"Origin\": \"Charlotte\", \"Brand\": \"Madame Bovary\", \"Home Branch\": \"Danny "
        "Boy\"}]}}}]}]}",
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        char *out = rewrite_json(bodies[i]);
        assert_null(strstr(out, "Rebecca Okafor"));
        assert_non_null(strstr(out, "Lady Grace"));
        assert_non_null(strstr(out, "Charlotte"));
        assert_non_null(strstr(out, "Madame Bovary"));
        assert_non_null(strstr(out, "Danny Boy"));
        free(out);
    }
    /* a person word beside the thing's: the boat's owner is a person */
    char *out =
        rewrite_json("{\"contents\": [{\"role\": \"model\", \"parts\": [{\"functionCall\": "
                     "{\"name\": \"save\", \"args\": {\"Boat owner\": \"Rebecca Okafor\"}}}]}]}");
    assert_null(strstr(out, "Rebecca Okafor"));
    free(out);
}

static void test_struct50_labels_and_elements_of_things(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hirer: Rebecca Okafor\nBoat: Lady Grace\nBrand: Johnson Matthey\nItem: gift for "
         "Anna Schmidt\n",
         "PERSON=Rebecca Okafor;PERSON=Anna Schmidt"},
        {"<hirer>Rebecca Okafor</hirer>\n<brand>Madame "
         "Bovary</brand>\n<origin>Charlotte</origin>\n",
         "PERSON=Rebecca Okafor"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_struct50_thing_keys),
        cmocka_unit_test(test_struct50_json_members_of_things_are_no_people),
        cmocka_unit_test(test_struct50_labels_and_elements_of_things),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
