/* test_names_leaks39.c: the signals of a person that worked in one language, case or container
 * and not in the next (branch leaks39, issue 15's grid): role labels in every pack language
 * ("Autor:", "Auteur :", "Eigenaar:", "Revisore:"), their lower-case values ("Owner: kaen
 * weindling", a JSON key's), the same roles as CSV and Markdown headers, code author tags, a
 * record's title, a famous name in a self-introduction or with a relation after it; and the one
 * veto (the work after a famous person's creation verb), with the probes that keep real people
 * masked around it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#include "names_cases.h"

static void test_role_labels_in_every_language(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Autor: Kaen Weindling", "PERSON=Kaen Weindling"},
        {"Autor: Maria Keller", "PERSON=Maria Keller"},
        {"Auteur : Kaen Weindling", "PERSON=Kaen Weindling"},
        {"Ticket: #4411\nEigenaar: Kaen Weindling\nStatus: open", "PERSON=Kaen Weindling"},
        {"Propietario: Kaen Weindling", "PERSON=Kaen Weindling"},
        {"Relecteur : Kaen Weindling", "PERSON=Kaen Weindling"},
        {"Beoordelaar: Kaen Weindling", "PERSON=Kaen Weindling"},
        {"Verfasser: Kaen Weindling", "PERSON=Kaen Weindling"},
        {"Relatado por: Kaen Weindling", "PERSON=Kaen Weindling"},
    };
    CHECK(c);
}

static void test_role_labels_before_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Autor: OpenAI", ""},
        {"Revisor: n/a", ""},
        {"Eigentümer: Stadtwerke GmbH", ""},
    };
    CHECK(c);
}

static void test_lower_case_value_after_a_person_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Owner: kaen weindling", "PERSON=kaen weindling"},
        {"{\"owner\": \"kaen weindling\", \"team\": \"payments\"}", "PERSON=kaen weindling"},
        {"owner: kaen weindling\nteam: payments\n", "PERSON=kaen weindling"},
        {"Reviewer: zorvan keltberg\nStatus: open", "PERSON=zorvan keltberg"},
    };
    CHECK(c);
}

static void test_lower_case_value_that_names_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Owner: payments team", ""},
        {"{\"owner\": \"platform team\", \"tier\": \"gold\"}", ""},
        {"Reviewer: not assigned yet", ""},
        {"Assignee: nobody", ""},
    };
    CHECK(c);
}

static void test_role_headers_of_csv_and_markdown(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"id,autor,prioridad\n846,Kaen Weindling,alta\n", "PERSON=Kaen Weindling"},
        {"| Status | Beoordelaar | Prioriteit |\n|---|---|---|\n| open | Kaen Weindling | hoog |",
         "PERSON=Kaen Weindling"},
    };
    CHECK(c);
}

static void test_code_author_tags(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"/**\n * @author Kaen Weindling\n */", "PERSON=Kaen Weindling"},
        {"\"\"\"Export helpers.\n\n:author: Kaen Weindling\n\"\"\"", "PERSON=Kaen Weindling"},
        {"__author__ = \"Kaen Weindling\"\n__version__ = \"1.2\"", "PERSON=Kaen Weindling"},
        {"/*\n * export.c\n * Written by Kaen Weindling, March 2024\n */", "PERSON=Kaen Weindling"},
    };
    CHECK(c);
}

static void test_record_title_names_its_subject(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dental chart – Kaen Weindling (12.03.2024)\n\nUpper left molar.",
         "PERSON=Kaen Weindling;DATE_OF_BIRTH=12.03.2024"},
        {"Dental chart – Maria Keller\n\nUpper left molar.", "PERSON=Maria Keller"},
        {"Zahnbefund: Kaen Weindling\n\nOK.", "PERSON=Kaen Weindling"},
        {"Report – Q3 Sales (12.03.2024)\n\nUp 4%.", ""},
        {"Performance review – Backend Team\n\nGood quarter.", ""},
    };
    CHECK(c);
}

static void test_famous_name_in_a_personal_role(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hi, I am Victor Hugo and I need help", "PERSON=Victor Hugo"},
        {"Ieri ho visto Victor Hugo (il mio vicino) al mercato", "PERSON=Victor Hugo"},
        {"Hi, I am Kaen Weindling and I need help", "PERSON=Kaen Weindling"},
    };
    CHECK(c);
}

/* The veto: the work after a famous person's creation verb is no person. */
static void test_work_after_a_famous_maker_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Victor Hugo wrote Les Misérables in 1862.", ""},
        {"Victor Hugo a écrit Les Misérables en 1862.", ""},
    };
    CHECK(c);
}

/* The veto's probes: real people in front of, after and around the same verb and names. */
static void test_people_around_a_famous_maker_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a private subject: the verb takes a person */
        {"My colleague Kaen Weindling wrote Maria Keller an email.",
         "PERSON=Kaen Weindling;PERSON=Maria Keller"},
        /* an apposition after the object says who it is */
        {"Victor Hugo wrote Maria Keller, his editor, a letter.", "PERSON=Maria Keller"},
        /* a person on the same line after the work */
        {"Victor Hugo wrote Les Misérables; my neighbour Kaen Weindling lent it to me.",
         "PERSON=Kaen Weindling"},
        /* a form with several fields around it (the famous name opens a field's value: a
         * personal cue, as before this branch) */
        {"Name: Kaen Weindling\nNotes: Victor Hugo wrote Les Misérables\nContact: Maria Keller",
         "PERSON=Kaen Weindling;PERSON=Victor Hugo;PERSON=Maria Keller"},
        /* the writer, self-introduced, wrote to someone */
        {"I am Kaen Weindling and I wrote Maria Keller yesterday.",
         "PERSON=Kaen Weindling;PERSON=Maria Keller"},
        /* lower case and other languages */
        {"Thomas Mann schrieb Buddenbrooks; mein Nachbar Kaen Weindling hat es mir geliehen.",
         "PERSON=Kaen Weindling"},
        {"Dear Kaen Weindling, Victor Hugo wrote Les Misérables.", "PERSON=Kaen Weindling"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_labels_in_every_language),
        cmocka_unit_test(test_role_labels_before_no_person),
        cmocka_unit_test(test_lower_case_value_after_a_person_label),
        cmocka_unit_test(test_lower_case_value_that_names_no_one),
        cmocka_unit_test(test_role_headers_of_csv_and_markdown),
        cmocka_unit_test(test_code_author_tags),
        cmocka_unit_test(test_record_title_names_its_subject),
        cmocka_unit_test(test_famous_name_in_a_personal_role),
        cmocka_unit_test(test_work_after_a_famous_maker_is_no_person),
        cmocka_unit_test(test_people_around_a_famous_maker_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
