/* test_names_ctx46.c: the per-finding work that ctx46 made cheaper answers as before: the line's
 * start found with memrchr() (names_internal.h), person_at()'s context shared by its vetoes
 * (struct nw_fctx), names_fp45.c's column count after its header test, names_reject.c's legal
 * forms and historical births, names_famous.c's pairs. Each case lists every finding
 * ("TYPE=value;..."); the expectations are the start build's (main at 764e23a) answers. */
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
/* nw_line_start() far back on a long line (memrchr): a pedigree's keys on later lines still name
 * animals, a person after them stays */
static void test_a_far_line_start_still_finds_a_pedigrees_keys(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"A long first line of the breeding report, with nothing in it but words, runs on and "
         "on.\nSire: Ch. Mistral's Golden Boy\nDam: Amber of Heatherfield\nOur kennel's next "
         "litter is due; ask Jonas Weber.",
         "PERSON=Jonas Weber"},
        {"We talked for a long while about the weather and the trains before Lena Brandt left. "
         "Then Maria Keller came in.",
         "PERSON=Lena Brandt"},
    };
    CHECK(c);
}

/* person_at()'s context (struct nw_fctx): the vetoes that ask the same word before or after (a pet,
 * an eponym's link, a saint's town, a topic, a walk) answer as before */
static void test_the_vetoes_sharing_the_words_around_a_run_answer_as_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"I walked my cat Luna past the house where Anna Vogt lives.", "PERSON=Anna Vogt"},
        {"Under lei de Murphy everything fails, says Jonas Weber.", "PERSON=Jonas Weber"},
        {"We stayed in Saint Denis with Maria Keller.", "PERSON=Maria Keller"},
        {"Write a poem in the style of Neruda for Anna Vogt.", "PERSON=Anna Vogt"},
        {"Every morning I walk Bella, and I walk Margaret through it too.", "PERSON=Margaret"},
    };
    CHECK(c);
}

/* names_fp45.c thing_column(): a thing's column under its header goes, a first line of names is no
 * table */
static void test_a_things_column_goes_and_a_first_line_of_names_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"vessel,owner\n\"Johanna\",Maria Keller\n\"Sofie\",Jonas Weber",
         "PERSON=Maria Keller;PERSON=Jonas Weber"},
        {"Johanna Berg, Maria Keller, Jonas Weber",
         "PERSON=Johanna Berg;PERSON=Maria Keller;PERSON=Jonas Weber"},
    };
    CHECK(c);
}

/* names_reject.c legal_form_after() screened by first byte: a legal form after the run drops it,
 * the benchmark's person stays */
static void test_legal_forms_after_a_run_still_drop_it(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Our supplier is Keller GmbH in Bern; contact Maria Keller.", "PERSON=Maria Keller"},
        {"The deal with Smith plc was signed by Jonas Weber.", "PERSON=Jonas Weber"},
        {"Jansen e.V. hat Anna Vogt eingeladen.", "PERSON=Anna Vogt"},
        {"Hi, I am John Smith, my email is john.smith@example.com and my phone is +1 415 555 0132.",
         "PERSON=John Smith;EMAIL=john.smith@example.com;PHONE=+1 415 555 0132"},
    };
    CHECK(c);
}

/* names_reject.c born_long_ago() reading its birth words once a year is there: a figure born before
 * 1900 goes, a later birth stays */
static void test_a_historical_figures_birth_year_still_drops_it(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mozart was born in 1756 and Lena Brandt loves his music.", "PERSON=Lena Brandt"},
        {"Mozart, who was born in Salzburg in 1756, inspired Lena Brandt.", "PERSON=Lena Brandt"},
        {"Goethe wurde 1749 geboren, sagte Jonas Weber.", "PERSON=Jonas Weber"},
        {"Anna Vogt was born in 1990 in Bern.", "PERSON=Anna Vogt"},
        {"Jonas Weber, born 1921, founded the club.", "PERSON=Jonas Weber"},
    };
    CHECK(c);
}

/* names_famous.c all_parts_known() asked only with two spaces: a famous pair goes, a couple beside
 * it stays */
static void test_famous_pairs_joined_by_and_are_still_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Simon and Garfunkel played while Anna and Tom Keller danced.",
         "PERSON=Simon;PERSON=Anna;PERSON=Tom Keller"},
        {"Lennon and McCartney wrote it; Maria Keller sang it.",
         "PERSON=Lennon;PERSON=McCartney;PERSON=Maria Keller"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_far_line_start_still_finds_a_pedigrees_keys),
        cmocka_unit_test(test_the_vetoes_sharing_the_words_around_a_run_answer_as_before),
        cmocka_unit_test(test_a_things_column_goes_and_a_first_line_of_names_stays),
        cmocka_unit_test(test_legal_forms_after_a_run_still_drop_it),
        cmocka_unit_test(test_a_historical_figures_birth_year_still_drops_it),
        cmocka_unit_test(test_famous_pairs_joined_by_and_are_still_read),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
