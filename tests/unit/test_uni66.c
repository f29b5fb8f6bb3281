/* test_uni66.c: values in JSON shapes (branch uni66, names_struct9.c,
 * contrib/bench/accuracy/notes/uni66.md): a person's name given as an array of two or three name
 * words under a name key (`"name": ["Maria", "Keller"]`, an app's API response pasted as text)
 * is a person, each element its own finding; an array of things under the same key
 * (`["Galaxy", "Ultra"]`: no name's shape, or a thing word), a product array under another key,
 * and an array of four words stay. */
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

/* Name arrays under a name key. Before: none taken. */
static void test_name_as_array(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"user\": {\"name\": [\"Derbran\", \"Wenwenby\"], \"status\": \"active\"}}",
         "PERSON=Derbran;PERSON=Wenwenby"},
        {"{\"fullName\": [\"Lucía\", \"Ibáñez\"]}", "PERSON=Lucía;PERSON=Ibáñez"},
        {"{\"name\": [\"Matteo\", \"Galli\"], \"x\": 1}", "PERSON=Matteo;PERSON=Galli"},
        {"{\"name\":[\"Ruben\",\"van Dijk\"],\"id\":7}", "PERSON=Ruben;PERSON=van Dijk"},
    };
    CHECK(c);
}

/* Arrays that hold no person stay. */
static void test_thing_arrays_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"product\": [\"Galaxy\", \"Ultra\"]}", ""},
        {"{\"name\": [\"Project\", \"Settings\"]}", ""},
        {"{\"name\": [\"north\", \"south\"]}", ""},
        {"{\"names\": [\"Alpha\", \"Beta\", \"Gamma\", \"Delta\"]}", ""},
        {"{\"name\": [1, 2, 3]}", ""},
    };
    CHECK(c);
}

/* every prefix of the arrays (the address sanitizer build reads past no end) */
static void test_every_uni66_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("{\"name\": [\"Derbran\", \"Wenwenby\"], \"names\": [\"Ana\", \"Li\", "
                      "\"Po\"], \"name\":[\"Ruben\",\"van Dijk\"");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_uni66_prefix_is_scanned_safely),
        cmocka_unit_test(test_name_as_array),
        cmocka_unit_test(test_thing_arrays_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
