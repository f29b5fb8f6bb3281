/* test_names_lower11.c: names typed in lower case in lists after a word that says they are people
 * ("invited: maria, jonas, priya"), names in code (`user.first_name = "Maria"`,
 * `setFirstName("Maria")`, `firstName: "maria"`, `--first-name "Maria Keller"`), and the holder's
 * names in a passport's machine-readable line; lists of tools, fruit, cities and firms, name keys
 * set to placeholders and capitals that are no names stay (branch lower11). */
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

static void test_lower_case_lists_after_a_people_cue(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"invited: maria, jonas, priya", "PERSON=maria;PERSON=jonas;PERSON=priya"},
        {"present: maria k., jonas w.", "PERSON=maria k.;PERSON=jonas w."},
        {"cc maria keller, jonas weber and priya shah",
         "PERSON=maria keller;PERSON=jonas weber;PERSON=priya shah"},
        {"the attendees were jonas, priya and maria", "PERSON=jonas;PERSON=priya;PERSON=maria"},
        {"Notes.\ninvited: maria, jonas, priya\nthanks", "PERSON=maria;PERSON=jonas;PERSON=priya"},
        {"eingeladen: jürgen, katrin und lukas", "PERSON=jürgen;PERSON=katrin;PERSON=lukas"},
        {"présents : élodie, antoine et camille", "PERSON=élodie;PERSON=antoine;PERSON=camille"},
        {"assigned to jonas weber, priya shah", "PERSON=jonas weber;PERSON=priya shah"},
        /* two full names, not "keller, jonas" surname first (the comma stays between them) */
        {"present: maria keller, jonas weber", "PERSON=maria keller;PERSON=jonas weber"},
        {"x present: maria keller, priya shah", "PERSON=maria keller;PERSON=priya shah"},
    };
    CHECK(c);
}

static void test_lower_case_lists_that_name_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"present: redis, kafka\nmissing: zookeeper", ""},
        {"smoothie with mango, banana and lime", ""},
        {"written with julia, rust and go", ""},
        {"cities: paris, lyon and nice", ""},
        {"invited: sales, marketing and legal departments", ""},
        {"the attendees were sales, finance and hr", ""},
    };
    CHECK(c);
}

static void test_names_in_code(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"user.first_name = \"Maria\"\n", "PERSON=Maria"},
        {"customer.lastName = 'Keller'\n", "PERSON=Keller"},
        {"person[\"first_name\"] = \"Maria\"\n", "PERSON=Maria"},
        {"$user->first_name = 'Maria';\n", "PERSON=Maria"},
        {"user.setFirstName(\"Maria\");\n", "PERSON=Maria"},
        {"const u = { firstName: \"maria\", age: 34 };\n", "PERSON=maria"},
        {"first_name=Maria\n", "PERSON=Maria"},
        {"$ ./import.sh --first-name \"Maria Keller\" --dry-run\n", "PERSON=Maria Keller"},
    };
    CHECK(c);
}

static void test_name_keys_set_to_placeholders(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"user.first_name = \"\"\n", ""},
        {"user.first_name = None\n", ""},
        {"user.first_name = \"string\"\n", ""},
        {"user.first_name = \"{{name}}\"\n", ""},
        {"const u = { firstName: \"string\" };\n", ""},
        {"setFirstName(\"TODO\")\n", ""},
        {"--first-name \"<first name>\"\n", ""},
    };
    CHECK(c);
}

static void test_passport_machine_readable_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"P<DEUKELLER<<MARIA<<<<<<<<<<<<<<<<<<<<<<<<<<", "PERSON=KELLER;PERSON=MARIA"},
        {"MRZ: P<ESPGARCIA<LOPEZ<<MARIA<JOSE<<<<<<<<<<<<<<<",
         "PERSON=GARCIA<LOPEZ;PERSON=MARIA<JOSE"},
        {"see a<<b<<c in the template", ""},
        {"std::vector<std::map<int,int>> x;", ""},
    };
    CHECK(c);
}

/* Every prefix of the shapes above is scanned without reading past its end (the passes walk
 * back from commas, quotes and brackets). */
static void test_lower11_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("invited: maria, jonas, priya\npresent: maria k., jonas w.\n"
                      "cc maria keller, jonas weber and priya shah\n");
    scan_every_prefix("user.first_name = \"Maria\"\nperson[\"first_name\"] = 'Maria'\n"
                      "$user->first_name = 'Maria';\nsetFirstName(\"Maria\")\n"
                      "const u = { firstName: \"maria\" };\n--first-name \"Maria Keller\"");
    scan_every_prefix("P<DEUKELLER<<MARIA<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                      "C01X00T478DEU8701234F2901017<<<<<<<<<<<<<<<8\nP<D<<A<<B<<");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lower_case_lists_after_a_people_cue),
        cmocka_unit_test(test_lower_case_lists_that_name_no_one),
        cmocka_unit_test(test_names_in_code),
        cmocka_unit_test(test_name_keys_set_to_placeholders),
        cmocka_unit_test(test_passport_machine_readable_names),
        cmocka_unit_test(test_lower11_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
