/* test_names_lines22.c: the NAMES pack's per-line passes, round twenty-seven (branch lines22).
 * scan()'s byte tables (nw_hits, names_internal.h) keep ',' and '(' too: names_docs4.c's airline
 * and Vancouver lists and names_lower11.c's lists read the text's commas from one walk, and
 * names_kv8.c's parties the brackets names_forms6.c found, instead of a memchr() walk each. The
 * findings stay what they were: every expectation below is the base's answer, before and past
 * more commas and brackets than a table keeps (NW_HITS = 128), with a Vancouver list that skips
 * ahead (nw_hit_from()) and the slots of the two new bytes. */
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
#include "anonymize/names_internal.h"

#include "names_cases.h"

/* The rules that read the text's ',' and '(' tables (names_docs4.c's airline and Vancouver
 * lists, names_lower11.c's lists, names_kv8.c's parties, names_forms6.c's brackets) and its '|'
 * table (names_pipecols.c's first '|', names_hl7.c's walk fills it): the same findings before
 * and past more commas and brackets than a table keeps (NW_HITS). Each expectation is the base's
 * answer (main at the start of stop 36, /work/fc/build-start36's libhush_anonymize.a, through a
 * program that renders as check() does). */
#define C40                                                                                        \
    "a, b, c, d, e, f, g, h, i, j, a, b, c, d, e, f, g, h, i, j, a, b, c, d, e, f, g, h, i, j, "   \
    "a, b, c, d, e, f, g, h, i, j, "
#define C160 C40 C40 C40 C40
#define P40                                                                                        \
    "f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) "   \
    "f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) f(x) g(y) h(z) "   \
    "f(x) g(y) h(z) f(x) "
#define P160 P40 P40 P40 P40

static void test_comma_and_bracket_tables_keep_the_findings(void **state)
{
    (void)state;
    assert_int_equal(nw_hit_slot(','), 7);
    assert_int_equal(nw_hit_slot('('), 8);
    static const struct tcase c[] = {
        {"1. Keller MA, Okafor B, Lindqvist T. Gut flora. 2019.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T"},
        {C40 "\n1. Keller MA, Okafor B, Lindqvist T. Gut flora. 2019.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T"},
        {C160 "\n1. Keller MA, Okafor B, Lindqvist T. Gut flora. 2019.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T"},
        {"Keller MA, Okafor B, Lindqvist T, et al. Gut flora.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T"},
        {C160 "\nKeller MA, Okafor B, Lindqvist T, et al. Gut flora. Weber J, Braun K, Fischer L.",
         "PERSON=Keller MA;PERSON=Okafor B;PERSON=Lindqvist T;PERSON=Weber J;PERSON=Braun "
         "K;PERSON=Fischer L"},
        {"Passenger: KELLER, ANNA MRS seat 12A", "PERSON=KELLER, ANNA"},
        {C160 "\nPassenger: KELLER, ANNA MRS seat 12A", "PERSON=KELLER, ANNA"},
        {"invited: maria, jonas, priya", "PERSON=maria;PERSON=jonas;PERSON=priya"},
        {C40 "\ninvited: maria, jonas, priya", "PERSON=maria;PERSON=jonas;PERSON=priya"},
        {C160 "\ninvited: maria, jonas, priya\ncc maria keller, jonas weber and priya shah",
         "PERSON=maria;PERSON=jonas;PERSON=priya;PERSON=maria keller;PERSON=jonas "
         "weber;PERSON=priya shah"},
        {"BETWEEN:\n(1) MORWENNA TREVALLICK (the \"Seller\");\n", "PERSON=MORWENNA TREVALLICK"},
        {P40 "\nBETWEEN:\n(1) MORWENNA TREVALLICK (the \"Seller\");\n",
         "PERSON=MORWENNA TREVALLICK"},
        {P160 "\nBETWEEN:\n(1) MORWENNA TREVALLICK (the \"Seller\");\n(2) ITZIAR GARMENDOZA (en "
              "adelante, el \"Comprador\").\n",
         "PERSON=MORWENNA TREVALLICK;PERSON=ITZIAR GARMENDOZA"},
        {P160 "\nKey safe code with family (Brittany, daughter).", "PERSON=Brittany"},
        {"Key safe code with family (Brittany, daughter).", "PERSON=Brittany"},
        {C160 P160 "\nTenants: Jessica Okafor (born 3/4/85) & quneenock mcbraywick (born 7/8/87)",
         "PERSON=Jessica Okafor;DATE_OF_BIRTH=3/4/85;PERSON=quneenock "
         "mcbraywick;DATE_OF_BIRTH=7/8/87"},
        {"Anna Keller\nJan Smit\nPriya Shah\n\n| Name | Role |\n|---|---|\n| Anna Keller | lead "
         "|\n| Jan Smit | dev |\n",
         "PERSON=Anna Keller;PERSON=Jan Smit;PERSON=Priya Shah;PERSON=Anna Keller;PERSON=Jan Smit"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_comma_and_bracket_tables_keep_the_findings),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
