/* test_names_tables.c: PERSON in the name columns of tables whose header row is not the text's
 * first line or is written in another language of the pack (names_tables.c): CSV and TSV under a
 * sentence, Markdown, psql and mysql tables, given-name and surname columns, capitals, surname
 * first, particles; and the roles, teams, bots and places the same columns hold, left alone. The
 * names are invented (in no lexicon), so the column is what finds them; under a key, names whose
 * letters the name-shape table scores low ("Fumke Bikker"), so that the key is what finds them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_learn.h"

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_person_in_header_table_anywhere(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a CSV under a sentence, split columns, capitals */
        {"Here is the export:\n\nID|Voornaam|Achternaam|Plaats\n12|Vantrel|Oskamp|Aarhus\n"
         "13|TERVO|DANMOY|Brno\n",
         "PERSON=Vantrel;PERSON=Oskamp;PERSON=TERVO;PERSON=DANMOY"},
        /* a Markdown table, surname first, a role in the column */
        {"| # | Ansprechpartner | Ort |\n|---|---|---|\n| 1 | Quillery, Zorbuck | Graz |\n"
         "| 2 | Backend Team | Linz |\n| 3 | ZELTRINA HOVASK | Wels |\n",
         "PERSON=Quillery, Zorbuck;PERSON=ZELTRINA HOVASK"},
        /* psql output with particles */
        {"app=# select id, first_name, last_name from users;\n id | first_name | last_name\n"
         "----+------------+-----------\n 1  | Vantrel    | van der Oskamp\n 2  | Tervo      | "
         "Danmoy\n(2 rows)\n",
         "PERSON=Vantrel;PERSON=van der Oskamp;PERSON=Tervo;PERSON=Danmoy"},
        /* a tab-separated sheet after a title line: "Cognome" and "Nome" */
        {"Cedolini marzo\nNr\tCognome\tNome\tLordo\n7\tOSKAMP\tVantrel\t3100,00\n",
         "PERSON=OSKAMP;PERSON=Vantrel"},
        /* a generic "Owner" column of roles and bots is no person column */
        {"Services:\n\nService;Owner;Region\nbilling;Unassigned;EU\nsearch;Jenkins;US\n"
         "auth;root;EU\n",
         ""},
        /* "Name" over products, "Assignee" over roles */
        {"Packages\n| Name | Version |\n|---|---|\n| Alpine Linux | 3.19 |\n| Docker Compose | 2.2 "
         "|\n",
         ""},
        {"Tickets\nKey\tAssignee\tStatus\nOPS-1\tUnassigned\topen\nOPS-2\tSupport Tier 2\tdone\n",
         ""},
        /* "first,last": a name split in two under short headers (Maria is an English word too) */
        {"id,first,last,city\n1,Maria,Keller,Berlin\n2,Jonas,Weber,Graz\n3,Vantrel,Oskamp,Linz\n",
         "PERSON=Maria;PERSON=Keller;PERSON=Jonas;PERSON=Weber;PERSON=Vantrel;PERSON=Oskamp"},
        /* the same headers over numbers and days, or "first" alone */
        {"id,first,last,total\n1,12,40,52\n", ""},
        {"metric,first,last\nlatency,Monday,Friday\nerrors,Tuesday,Sunday\n", ""},
        {"id,first,city\n1,Maria,Berlin\n", ""},
    };
    CHECK(c);
}

static void test_person_in_tab_block_without_header(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a roster under its title: a given-name and a surname column, half of them known */
        {"U12 Girls\n13\tMaria\tOskamp\tGK\n5\tVantrel\tKeller\tDF\n",
         "PERSON=Maria;PERSON=Oskamp;PERSON=Vantrel;PERSON=Keller"},
        /* full names in capitals beside a column of towns: the towns stay */
        {"Sheet1\n51\tMARIA QUILLERY\tAarhus\t4\n50\tTervo Keller\tGraz\t2\n",
         "PERSON=MARIA QUILLERY;PERSON=Tervo Keller"},
        /* no lexicon name in the column: the letters of the names carry it */
        {"Sheet1\n51\tVantrel Oskamp\tAarhus\t4\n50\tTervo Quillery\tGraz\t2\n",
         "PERSON=Vantrel Oskamp;PERSON=Tervo Quillery"},
        /* a column of lone words with no neighbour of lone words is no column of names */
        {"Stops\n1\tVerona\t09:10\n2\tFlorence\t10:40\n", ""},
    };
    CHECK(c);
}

static void test_person_as_value_of_person_key(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"maintainers:\n  - Fumke Bikker\n  - Rhes Hargrievas\nregion: EU\n",
         "PERSON=Fumke Bikker;PERSON=Rhes Hargrievas"},
        {"reviewers: [Fumke Bikker, Rhes Hargrievas]",
         "PERSON=Fumke Bikker;PERSON=Rhes Hargrievas"},
        {"[team]\nlead = \"Fumke Bikker\"\n", "PERSON=Fumke Bikker"},
        {"<li data-user=\"Fumke Bikker\">", "PERSON=Fumke Bikker"},
        {"<book><author>Fumke Bikker</author><editor>Rhes Hargrievas</editor></book>",
         "PERSON=Fumke Bikker;PERSON=Rhes Hargrievas"},
        /* an invoice's recipient label */
        {"INVOICE 7\nBill to: Fumke Bikker\nAcme Corp\n", "PERSON=Fumke Bikker"},
        {"RECHNUNG\nRechnung an: Fumke Bikker\n", "PERSON=Fumke Bikker"},
        {"Bill to: Accounts Payable\n", ""},
        /* teams, foundations and other keys stay */
        {"<author>Apache Software Foundation</author>", ""},
        {"maintainers:\n  - Debian Go Packaging Team\n", ""},
        {"tags: [Fumke Bikker]\n", ""},
    };
    CHECK(c);
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_in_header_table_anywhere),
        cmocka_unit_test(test_person_in_tab_block_without_header),
        cmocka_unit_test(test_person_as_value_of_person_key),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
