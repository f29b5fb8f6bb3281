/* test_cost47.c: the cost round of stop 47 (issue 19, exact). Each change is a screen or a
 * shared search; these texts must be found as before (each expectation is the answer of the
 * round's start, main at 3c4547b7) and the look-alikes left as before.
 * - names_rosters.c's " - " owners start their search where names_leaks46.c's cue pass found the
 *   first '-' between two spaces: an owner after a dash at every offset around the pass's
 *   32-byte steps and its tail, after a dash that owns nobody, and dashes that are no " - ".
 * - names.c's csv_names() searches its header for '\t', ';' and '|' only in a text that holds
 *   the byte (scan()'s rare bytes): tables with each separator, and with none.
 * - names_h12rs.c's Windows profile paths ("C:\\Users\\Maria Keller\\") are searched for only in a
 *   text that holds a '\\'.
 */
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

static void test_dash_owner_at_every_offset(void **state)
{
    (void)state;
    char text[512], got[1024];
    for (size_t pad = 0; pad < 100; pad++) {
        size_t o = 0;
        for (size_t k = 0; k < pad; k++)
            text[o++] = k % 5 == 4 ? ' ' : 'x';
        o += (size_t)snprintf(text + o, sizeof text - o, "%sBook the hall - Bram Tesselkamp\n",
                              pad ? "\n- " : "- ");
        render(text, got, sizeof got);
        if (strcmp(got, "PERSON=Bram Tesselkamp") != 0)
            print_error("pad %zu: got %s\n", pad, got);
        assert_string_equal(got, "PERSON=Bram Tesselkamp");
    }
}

static void test_dash_owners_and_look_alikes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Agenda for Monday:\n- Book the hall - Bram Tesselkamp\n- Order the food",
         "PERSON=Bram Tesselkamp"},
        {"Notes from the planning call - see below - and the open items of the week:\n"
         "- Book the hall - Bram Tesselkamp\n- Order the food - Anna Vogt",
         "PERSON=Bram Tesselkamp;PERSON=Anna Vogt"},
        {"Please note the following items for the offsite next week:\n- Book the venue - Anna Vogt",
         "PERSON=Anna Vogt"},
        {"Scheda \xe2\x80\x93 Giuseppe Verdi\n- Ship the release \xe2\x80\x94 Jan Wril", ""},
        {"2024-05-01 uuid 123e4567-e89b-12d3-a456-426614174000 - not a name - ok", ""},
        {"x-y -z a- b -- c --- d - E - f the build-id - Jan the value - Anna", "PERSON=Anna"},
        {"The build fails on the CI runner with a linker error about a missing symbol - "
         "Jan Wril",
         ""},
    };
    CHECK(c);
}

static void test_csv_headers_by_separator(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"first name\tlast "
         "name\tcity\nAnna\tVogt\tBern\nJan\tWril\tGent\nBram\tTesselkamp\tDelft\n",
         "PERSON=Anna;PERSON=Vogt;PERSON=Jan;PERSON=Wril;PERSON=Bram;PERSON=Tesselkamp"},
        {"first name;last name;city\nAnna;Vogt;Bern\nJan;Wril;Gent\nBram;Tesselkamp;Delft\n",
         "PERSON=Anna;PERSON=Vogt;PERSON=Jan;PERSON=Wril;PERSON=Bram;PERSON=Tesselkamp"},
        {"first name|last name|city\nAnna|Vogt|Bern\nJan|Wril|Gent\nBram|Tesselkamp|Delft\n",
         "PERSON=Anna;PERSON=Vogt;PERSON=Jan;PERSON=Wril;PERSON=Bram;PERSON=Tesselkamp"},
        {"first name,last name,city\nAnna,Vogt,Bern\nJan,Wril,Gent\nBram,Tesselkamp,Delft\n",
         "PERSON=Anna;PERSON=Vogt;PERSON=Jan;PERSON=Wril;PERSON=Bram;PERSON=Tesselkamp"},
        {"name last city and a remark\nAnna Vogt lives in Bern and Jan Wril in Gent, ok\n",
         "PERSON=Anna Vogt"},
    };
    CHECK(c);
}

static void test_windows_profile_paths(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The build log says it could not open C:\\Users\\Maria Keller\\AppData\\Local\\Temp "
         "after the update; the same error as yesterday.",
         "PERSON=Maria Keller"},
        {"The build log says it could not open C:/Users/Public/AppData/Local/Temp after the "
         "update; the same error as yesterday.",
         ""},
        {"The build log says it could not open C:\\Users\\build.agent\\AppData after the update, "
         "and C:\\Program Files\\Tool too.",
         ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dash_owner_at_every_offset),
        cmocka_unit_test(test_dash_owners_and_look_alikes),
        cmocka_unit_test(test_csv_headers_by_separator),
        cmocka_unit_test(test_windows_profile_paths),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
