/* test_leaks43.c: the leaks stop 42 left open, through the default packs: a mailbox spelled with
 * "at" in prose with no key (found from its host's dot), defanged "[.]" dots, and a '|' that
 * joins a name to its address (git log's %an|%ae); the look-alikes beside them that must stay.
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_mailbox_spelled_with_at_in_prose_is_an_email),
        cmocka_unit_test(test_at_before_a_host_in_prose_stays),
        cmocka_unit_test(test_a_defanged_dot_in_a_mailbox_is_a_dot),
        cmocka_unit_test(test_a_pipe_after_a_name_is_no_local_part),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
