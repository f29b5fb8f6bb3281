/* test_leaks43.c: the leaks stop 42 left open, through the default packs: a mailbox spelled with
 * "at" in prose with no key (found from its host's dot), defanged "[.]" dots, and a '|' that
 * joins a name to its address (git log's %an|%ae); lower-case names under package metadata keys
 * and after assignment verbs, Polish surnames after "pani"/"panem"; the look-alikes beside them
 * that must stay.
 * Each case lists every finding ("TYPE=value;..."), so a widened rule shows what it takes. */
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

static void test_a_mailbox_spelled_with_at_in_prose_is_an_email(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"write to maria_keller at example.com if it breaks", "EMAIL=maria_keller at example.com"},
        {"ping j.weber at posteo.de for the keys", "EMAIL=j.weber at posteo.de"},
        {"Bitte an maria.keller AT firma.de schicken", "EMAIL=maria.keller AT firma.de"},
        {"schreib an jonas.weber \xc3\xa4t web.de", "EMAIL=jonas.weber \xc3\xa4t web.de"},
        {"\xc3\xa9"
         "crivez \xc3\xa0 lena.weber chez firma.ch",
         "EMAIL=lena.weber chez firma.ch"},
        {"manda los logs a rodrigo_ortega at acme-corp.com.mx, gracias",
         "EMAIL=rodrigo_ortega at acme-corp.com.mx"},
    };
    CHECK(c);
}

static void test_at_before_a_host_in_prose_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"look at README.md first", ""},
        {"it runs at node.js speed", ""},
        {"meet at 9.30 tomorrow", ""},
        {"I looked at docs.python.org yesterday", ""},
        {"Python 3.12 at python.org, v2.0.1 at pypi.org", ""},
        {"the error is at main.py:12 and at utils.py:40", ""},
        {"we met at home.com's booth", ""},
    };
    CHECK(c);
}

static void test_a_defanged_dot_in_a_mailbox_is_a_dot(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"mail c.rossi [at] posteo[.]it ok", "EMAIL=c.rossi [at] posteo[.]it"},
        {"write c.rossi at posteo[.]it ok", "EMAIL=c.rossi at posteo[.]it"},
        {"the IOC is evil[.]example[.]com", ""},
    };
    CHECK(c);
}

static void test_a_pipe_after_a_name_is_no_local_part(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Maria Keller|maria.keller@example.com|fix: typo",
         "PERSON=Maria Keller;EMAIL=maria.keller@example.com"},
        {"Weber|jw@web.de", "PERSON=Weber;EMAIL=jw@web.de"},
        {"sabine krause|s.krause@web.de|x", "PERSON=sabine krause;EMAIL=s.krause@web.de"},
        /* '|' is atext: a local part that holds one stays whole */
        {"mail: sara|rossi@orange.fr", "EMAIL=sara|rossi@orange.fr"},
        {"write to bakker|billing@firma.de", "EMAIL=bakker|billing@firma.de"},
    };
    CHECK(c);
}

static void test_lower_case_names_under_package_metadata_keys(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Author(s): tiago almeida\nMaintainer(s): the hush developers", "PERSON=tiago almeida"},
        {"Maintainer(s): mauwinwin holbrebrebach", "PERSON=mauwinwin holbrebrebach"},
        {"Uploaders: joost dekker", "PERSON=joost dekker"},
        {"Maintainers: Debian Python Team, the hush developers", ""},
        {"Authors: the hush developers and contributors", ""},
        {"Speaker(s): the team", ""},
    };
    CHECK(c);
}

static void test_a_lower_case_name_after_an_assignment_verb(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"le bug est attribu\xc3\xa9 \xc3\xa0 sarsarot depuis lundi", "PERSON=sarsarot"},
        {"ticket toegewezen aan huiwout dijkerink", "PERSON=huiwout dijkerink"},
        {"ticket assegnato a mazdanetti", "PERSON=mazdanetti"},
        {"ist jetzt zugewiesen an fenfenwinmann seit gestern", "PERSON=fenfenwinmann"},
        {"ticket assigned to weber since monday", "PERSON=weber"},
        {"ist jetzt zugewiesen an niemanden seit gestern", ""},
        {"attribu\xc3\xa9 \xc3\xa0 personne pour le moment", ""},
        {"de bug is toegewezen aan mij sinds maandag", ""},
        {"the ticket is assigned to the team since monday", ""},
        {"ticket assigned to support, please wait", ""},
    };
    CHECK(c);
}

static void test_a_polish_surname_after_pan_in_its_case(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rozmawia\xc5\x82"
         "em wczoraj z panem Kowalskim o fakturze.",
         "PERSON=Kowalskim"},
        {"Prosz\xc4\x99 przekaza\xc4\x87 dokumenty pani Kowalskiej do jutra.", "PERSON=Kowalskiej"},
        {"Przeka\xc5\xbc to panu Kowalskiemu.", "PERSON=Kowalskiemu"},
        {"She flew Pan Am in 1985 and used a pan.", ""},
        {"Heat oil in a pan and fry the onions.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_mailbox_spelled_with_at_in_prose_is_an_email),
        cmocka_unit_test(test_at_before_a_host_in_prose_stays),
        cmocka_unit_test(test_a_defanged_dot_in_a_mailbox_is_a_dot),
        cmocka_unit_test(test_a_pipe_after_a_name_is_no_local_part),
        cmocka_unit_test(test_lower_case_names_under_package_metadata_keys),
        cmocka_unit_test(test_a_lower_case_name_after_an_assignment_verb),
        cmocka_unit_test(test_a_polish_surname_after_pan_in_its_case),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
