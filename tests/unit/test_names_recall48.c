/* test_names_recall48.c: lower-case values after a person's label that the label reader left
 * (branch recall48, issue 15): a given name's initial before the surname ("Reported by: c.
 * clarke"), hyphenated given names and surnames ("jean-luc dubois-marchand"), a surname that is
 * an ordinary word too after an initial or a given name ("c. bakker", "maukel weber"), and labels
 * of several words ("Assegnato a:", "Gemeld door:"); lower-case cells of CSV columns headed by a
 * person's role or a name's part, and a header under a sheet's title rows ("Kursliste;;;"); the
 * same cells under a Markdown header that names a person's column; and the values and cells in
 * the same places that name no one. */
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

static void test_initial_and_surname_after_a_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Status: open\nReported by: c. clarke\nTicket: #4411", "PERSON=c. clarke"},
        {"Ticket: #4411\nAssegnato a: g. brucorini\nPriorità: alta", "PERSON=g. brucorini"},
        {"Afdeling: verkoop\nGemeld door: d. jansen\nTicket: #4411", "PERSON=d. jansen"},
        {"Status: open\nOwner: c. bakker\nTicket: #4411", "PERSON=c. bakker"},
    };
    CHECK(c);
}

static void test_hyphenated_lower_case_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Status: open\nOwner: jean-luc brucorini\nTicket: #4411", "PERSON=jean-luc brucorini"},
        {"Status: open\nOwner: maukel wingasrutz-bach\nTicket: #4411",
         "PERSON=maukel wingasrutz-bach"},
    };
    CHECK(c);
}

static void test_surname_that_is_a_word_beside_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"status\": \"open\", \"owner\": \"maukel weber\", \"team\": \"verkoop\"}",
         "PERSON=maukel weber"},
        {"Reported by: will smith", "PERSON=will smith"},
    };
    CHECK(c);
}

static void test_values_after_the_same_labels_that_name_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Reported by: ci bot", ""},
        {"Assigned to: on hold", ""},
        {"Owner: c. team", ""},
        {"Reported by: a. note", ""},
        {"Assigned to: backend-team", ""},
        {"Owner: platform team", ""},
        {"Opened by: github actions", ""},
        {"Assigned to: front-end", ""},
        {"Owner: re-run pending", ""},
        {"The reason is: bad input", ""},
        {"Error: file missing", ""},
    };
    CHECK(c);
}

static void test_lower_case_cells_under_person_columns(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"id,assigned_to,team\n617,wickder wenwenby,billing\n", "PERSON=wickder wenwenby"},
        {"id;patient;status\n238;l. gasrutzbach;offen\n", "PERSON=l. gasrutzbach"},
        {"first_name,last_name,age\nfenhol,gasmaukelmann,52\n",
         "PERSON=fenhol;PERSON=gasmaukelmann"},
        {"nome;cognome\nelisa;galli\n", "PERSON=elisa;PERSON=galli"},
    };
    CHECK(c);
}

static void test_header_under_title_rows(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kursliste;;;\n;;;\nnachname;vorname;ort\ntillein;tilbert;setúbal\n",
         "PERSON=tillein;PERSON=tilbert"},
        {"Inscriptions;;;\n;;;\nsurname;first name;town\nDunmore;Alistair;Zwolle\n",
         "PERSON=Dunmore;PERSON=Alistair"},
    };
    CHECK(c);
}

static void test_lower_case_cells_that_name_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"name,version\nlodash,4.17.21\nexpress,4.18.2\n", ""},
        {"name;namespace\nnginx;default\n", ""},
        {"reporter,target\npixelmage,null_vector\n", ""},
        {"id,owner,team\n1,platform team,x\n2,n/a,y\n", ""},
        {"Summary;;;\n;;;\nid,owner,team\n1,payments team,x\n", ""},
    };
    CHECK(c);
}

static void test_lower_case_cells_of_markdown_person_columns(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Ticket | Full name | Status |\n|---|---|---|\n| #4411 | derwen brantorby | open |",
         "PERSON=derwen brantorby"},
        {"| Ticket | Inquilino | Reparto |\n|---|---|---|\n| #4411 | b. rossi | vendite |",
         "PERSON=b. rossi"},
        {"| Ticket | Full name | Status |\n|---|---|---|\n| #4411 | in progress | open |", ""},
        {"| Name | Version | License |\n|---|---|---|\n| left pad | 1.3 | MIT |", ""},
        {"| Full name | Status |\n|---|---|\n| not assigned | open |", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_initial_and_surname_after_a_label),
        cmocka_unit_test(test_hyphenated_lower_case_value),
        cmocka_unit_test(test_surname_that_is_a_word_beside_a_name),
        cmocka_unit_test(test_values_after_the_same_labels_that_name_no_one),
        cmocka_unit_test(test_lower_case_cells_under_person_columns),
        cmocka_unit_test(test_header_under_title_rows),
        cmocka_unit_test(test_lower_case_cells_that_name_no_one),
        cmocka_unit_test(test_lower_case_cells_of_markdown_person_columns),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
