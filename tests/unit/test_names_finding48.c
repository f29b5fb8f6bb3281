/* test_names_finding48.c: the per-finding filters that now test their cheapest need first find
 * what they found before. names_h11prec.c's example_name() looks for the example cue's '.' before
 * it compares the finding with its list of example names; names_reject.c's nw_not_person() folds
 * the run's last word once for its firm, end-word and eponym tests. Each case lists every finding
 * ("TYPE=value;..."): the thing each test drops and the person who must stay masked. */
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

/* names_h11prec.c example_name(): an example name after its cue goes (the cue opening a
 * placeholder, or the name closing one); the same name without a cue's '.' before it, or after a
 * cue in prose, is a person */
static void test_an_example_name_needs_its_cues_dot_before_it(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: (e.g. John Smith)\nContact: Maria Keller", "PERSON=Maria Keller"},
        {"Name: (z. B. Max Mustermann)\nKunde: Jonas Weber", "PERSON=Jonas Weber"},
        {"Nom : (ex. Jean Dupont)\nClient : Anna Vogt", "PERSON=Anna Vogt"},
        /* the look-alikes: the same names with no cue, or a cue in prose */
        {"Hi, I am John Smith, my email is john.smith@example.com.",
         "PERSON=John Smith;EMAIL=john.smith@example.com"},
        {"Please ask John Smith to sign the form.", "PERSON=John Smith"},
        {"Ask someone senior, e.g. Anna Keller from accounting.", "PERSON=Anna Keller"},
    };
    CHECK(c);
}

/* names_reject.c nw_not_person(): a firm's or a place's word at the run's end, and a disease
 * named after a person, read from one folded copy of the run's last word; the people beside them
 * stay */
static void test_the_runs_last_word_folded_once_still_drops_firms_and_eponyms(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ruiz Abogados represents Jonas Weber.", "PERSON=Jonas Weber"},
        {"Lehman Brothers collapsed; Jonas Weber lost his job.", "PERSON=Jonas Weber"},
        {"My grandmother has Alzheimer's disease, says Anna Vogt.", "PERSON=Anna Vogt"},
        {"Please call Anna Vogt.", "PERSON=Anna Vogt"},
        {"Maria Keller and Jonas Weber will come.", "PERSON=Maria Keller;PERSON=Jonas Weber"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_an_example_name_needs_its_cues_dot_before_it),
        cmocka_unit_test(test_the_runs_last_word_folded_once_still_drops_firms_and_eponyms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
