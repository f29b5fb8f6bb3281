/* test_names_pipecols.c: PERSON in the name columns of Markdown and pipe tables whose header
 * names a role or nothing (names_pipecols.c: DNA match lists, tutoring sign-ups, screening logs),
 * and in an on-call rotation's YAML roles (`primary: X`, `oncall: [X, Y]`) and a Python dict's
 * `'name': 'X'` (names_tables.c);
 * and the look-alikes in the same shapes (haplogroups, products, teams, regions, towns). */
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

#define NAMES_SKIP_TYPE "DATE_OF_BIRTH" /* this file is about the people */
#include "names_cases.h"

static void test_person_in_a_pipe_table_under_a_role_header(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a DNA match list: a given name that is an English word ("Grace") beside an invented
         * surname, and the tester's own `self` row */
        {"| Match | Shared cM | Relationship |\n|---|---|---|\n| self | 6,950 cM | — |\n"
         "| Grace Wenderby | 1,234 cM | 2nd cousin |\n| Hugo Sarot | 212 cM | 3rd cousin |\n"
         "| Pilar Lloejo | 98 cM | Distant cousin |\n",
         "PERSON=Grace Wenderby;PERSON=Hugo Sarot;PERSON=Pilar Lloejo"},
        {"Sign-ups:\n\n| Student | Tutor | Slot |\n|---|---|---|\n"
         "| Maria Wenderby | Grace Whitcombe | Maths |\n"
         "| Siobhan Torwickby | Melwicky Doyle | Physics |\n",
         "PERSON=Maria Wenderby;PERSON=Grace Whitcombe;PERSON=Siobhan Torwickby;"
         "PERSON=Melwicky Doyle"},
        /* no header at all */
        {"Screening log\n\n| 93 | Maria Derley | BMI too high |\n"
         "| 01 | Ashwicka Harrington | inclusion ok |\n",
         "PERSON=Maria Derley;PERSON=Ashwicka Harrington"},
    };
    CHECK(c);
}

static void test_person_in_an_oncall_rotation(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"rotation:\n  week: 21\n  primary: Brantory Whitcombe\n  secondary: Brana Branmelby\n",
         "PERSON=Brantory Whitcombe;PERSON=Brana Branmelby"},
        {"oncall: [Élodie, Benoît]\n", "PERSON=Élodie;PERSON=Benoît"},
    };
    CHECK(c);
}

static void test_person_in_a_python_dict_fixture(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"users = [{'name': 'Gasbrea Maubach', 'id': 1}, {'name': 'Jürgen Krause', 'id': 2}]\n",
         "PERSON=Gasbrea Maubach;PERSON=Jürgen Krause"},
        {"cfg = {'name': 'Postgres Cluster', 'size': 3}\n", ""},
        {"branch = {'name': 'main'}\n", ""},
    };
    CHECK(c);
}

static void test_pipe_tables_and_rotations_of_things(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Kit | Haplogroup | Shared cM |\n|---|---|---|\n| R1b-L21 | U5b1 | 1,234 cM |\n"
         "| H1a2 | K1a | 98 cM |\n",
         ""},
        {"| Item | Price |\n|---|---|\n| Office Chair | 199 |\n| Standing Desk | 399 |\n"
         "| Milk Chocolate | 4 |\n",
         ""},
        {"| Team | Lead |\n|---|---|\n| Core Platform | TBD |\n| Data Science | TBD |\n", ""},
        {"primary: Frankfurt\nsecondary: Amsterdam\n", ""},
        {"primary: us-east-1\nsecondary: eu-central-1\nowner: platform-team\n", ""},
        {"strategy:\n  primary: Blue Green\n", ""},
    };
    CHECK(c);
}

static void test_every_pipecols_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("| Match | cM |\n|---|---|\n| Hugo Sarot | 12 |\n| Grace Wen | 9 |\n"
                      "primary: Brana Branmelby\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_in_a_pipe_table_under_a_role_header),
        cmocka_unit_test(test_person_in_an_oncall_rotation),
        cmocka_unit_test(test_person_in_a_python_dict_fixture),
        cmocka_unit_test(test_pipe_tables_and_rotations_of_things),
        cmocka_unit_test(test_every_pipecols_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
