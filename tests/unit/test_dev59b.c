/* test_dev59b.c: people in a developer's own material (branch dev59b, names_dev59b.c,
 * names_tools59.c, contrib/bench/accuracy/notes/dev59b.md): a login that spells a name in a home
 * directory, a sudo line or logfmt's user=, a Windows profile "First.Last", and a known person's
 * login in the forms and places a developer's logs write it; never a system or service account,
 * a product's path or an ordinary word. */
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

#include "known_reader.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* Logins that spell a lexicon name where logs put logins. Before: none was found. */
static void test_logins_in_dev_slots(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dec  3 10:14:11 build-07 sudo:  mschmidt : TTY=pts/0 ; PWD=/home/mschmidt ; USER=root ; "
         "COMMAND=/usr/bin/true",
         "PERSON=mschmidt;PERSON=mschmidt"},
        {"ts=2026-03-01T10:00:00Z level=info user=anna.schmidt svc=ledger msg=\"login ok\"",
         "PERSON=anna.schmidt"},
        {"   at Billing.Run() in /Users/Brelo.Tanvik/src/x.py:3", "PERSON=Brelo.Tanvik"},
        {"File \"/Users/schmidtm/dev/app.py\", line 4", "PERSON=schmidtm"},
    };
    CHECK(c);
}

/* System and service accounts, products' paths and ordinary words in the same slots stay. */
static void test_accounts_and_paths_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dec  3 10:14:11 build-07 sudo:  jenkins : TTY=pts/0 ; PWD=/home/jenkins ; USER=root", ""},
        {"ts=1 level=info user=www-data svc=nginx\nts=2 user=svc-deploy\nts=3 user=runner\n"
         "ts=4 user=ec2-user\nts=5 user=ubuntu",
         ""},
        {"cd /home/linuxbrew/.linuxbrew/bin && ls /Users/Shared/Jenkins C:\\Users\\Public\\x "
         "C:\\Users\\Default\\AppData /home/runner/work",
         ""},
    };
    CHECK(c);
}

static void logins(const anon_names_known_t *k, const char *t, const char *want)
{
    reader_spans(anon_names_known_logins, k, t, want);
}

/* A known person's login: surname first, given name and initial, a hyphen, a "First.Last"
 * profile, in a sudo line, a logfmt line, a git author line, a TODO. Before: only "/home/" and
 * "Login:" marked a text of logins and only initial + surname and "given.surname" were read.
 * A text of one line is no developer's material: "wojcikp" there is left. */
static void test_known_login_forms(void **state)
{
    (void)state;
    const char *names[] = {"Paweł Wójcik", "Brelo Tanvik"};
    anon_names_known_t *k = known_of(names, 2);
    logins(k, "host sudo:  wojcikp : TTY=pts/0\n", "wojcikp");
    logins(k, "ts=1 user=pawelw msg=ok\nts=2 user=root\n", "pawelw");
    logins(k, "commit 1a2b3c4d\nAuthor: brelo-tanvik <x@y>\n", "brelo-tanvik");
    logins(k, "# TODO(tanvikb): drop it\nx = 1\n", "tanvikb");
    logins(k, "at Run()\nin C:\\Users\\Brelo.Tanvik\\source", "Brelo.Tanvik");
    logins(k, "host sudo:  wojcikp : TTY=pts/0", "");
    logins(k, "user=svc-deploy\nuser=pawel-wojcik-laptop.local", "");
    anon_names_known_free(k);
}

/* every prefix of a text of logins, copied to a buffer of exactly its size (the address
 * sanitizer build reads past no end), through the known-login reader and the whole pack */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    anon_names_known_t *k = known_one("Brelo Tanvik");
    const char *t = "sudo:  mschmidt : PWD=/home/mschmidt\nuser=anna.schmidt\n"
                    "C:\\Users\\Brelo.Tanvik\\x /Users/tanvikb\nTODO(b-tanvik) C:\\Users\\\\A";
    reader_every_prefix(anon_names_known_logins, k, t);
    anon_names_known_free(k);
    scan_every_prefix(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_logins_in_dev_slots),
        cmocka_unit_test(test_accounts_and_paths_stay),
        cmocka_unit_test(test_known_login_forms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
