/* test_ops60.c: people in operations material (branch ops60, names_ops60.c, names_tools59.c,
 * contrib/bench/accuracy/notes/ops60.md): a login that spells a person in the slots audit and
 * access logs put logins (PAM, sshd, su, a JSON event's actor or user, a tracker's Username, a
 * Windows event's TargetUserName and CORP\x, an IAM user's ARN, an access log's remote_user, CI's
 * *_LOGIN, YAML's users, Terraform's Owner tag), and a known person's login in more forms; never
 * a system or service account, a bot or a placeholder in the same slots. */
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

/* Logins in the slots of audit, access and cloud logs. Before: none was found. */
static void test_logins_in_ops_slots(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dec  3 10:14:11 web-03 sshd[812]: pam_unix(sshd:session): session opened for user "
         "anna.schmidt(uid=1001) by (uid=0)\n",
         "PERSON=anna.schmidt"},
        {"Dec  3 10:14:11 web-03 sshd[812]: Accepted publickey for schmidt_anna from 192.0.2.4 "
         "port 5 ssh2\n",
         "PERSON=schmidt_anna"},
        {"Dec  3 10:14:11 web-03 su[91]: (to root) brelo.tanvik on pts/0\n", "PERSON=brelo.tanvik"},
        {"{\"action\": \"repo.destroy\", \"actor\": \"annaschmidt\", \"org\": \"acme\"}\n",
         "PERSON=annaschmidt"},
        {"User\n  ID: 42\n  Username: anna_s\n", "PERSON=anna_s"},
        {"{\"action\": \"org.remove_member\", \"actor\": \"douglas.blackwood\"}\n",
         "PERSON=douglas.blackwood"},
        {"<Data Name=\"TargetUserName\">ASchmidt</Data>\n<Data "
         "Name=\"TargetDomainName\">CORP</Data>",
         "PERSON=ASchmidt"},
        {"4720 A user account was created. New Account: CORP\\brelo.tanvik  Creator: x\n",
         "PERSON=brelo.tanvik"},
        {"{\"arn\": \"arn:aws:iam::123456789012:user/tanvik.brelo\", \"x\": 1}\n",
         "PERSON=tanvik.brelo"},
        {"192.0.2.7 - brelo_tanvik [07/Dec/2026:10:11:12 +0000] \"GET / HTTP/1.1\" 200 5\n",
         "PERSON=brelo_tanvik"},
        {"$ env\nGITLAB_USER_LOGIN=mschmidt\nCI_JOB_NAME=deploy\n", "PERSON=mschmidt"},
        {"schedule:\n  users:\n    - brelo.tanvik\n    - mschmidt\n    - sre-shadow\n",
         "PERSON=brelo.tanvik;PERSON=mschmidt"},
        {"  tags = {\n    Owner       = \"brelo.tanvik\"\n  }\n", "PERSON=brelo.tanvik"},
        {"apiVersion: v2\nmaintainers:\n  - name: brelo.tanvik\n    url: https://x\n  - name: SRE\n"
         "  - name: platform-team\n",
         "PERSON=brelo.tanvik"},
        {"$ who\nanna_s   pts/0        2026-12-07 09:11 (192.0.2.4)\nansible  pts/9        "
         "2026-12-07 04:00 (bastion)\n",
         "PERSON=anna_s"},
        {"#inc-4412\n[14:02] incident-bot: SEV2 firing\n[14:03] anna.schmidt: on it, rolling "
         "back\n",
         "PERSON=anna.schmidt"},
    };
    CHECK(c);
}

/* System and service accounts, bots and placeholders in the same slots stay; a chat speaker
 * without a separator ("annem" is Turkish "my mother") and a finger row (its login beside the
 * name, left to the GECOS readers) too. */
static void test_accounts_in_ops_slots_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dec  3 10:14:11 web-03 CRON[1]: pam_unix(cron:session): session opened for user "
         "root(uid=0) by (uid=0)\nDec  3 10:14:11 web-03 sshd[2]: Accepted publickey for nagios "
         "from 192.0.2.4 port 5 ssh2\nDec  3 web-03 su[91]: (to root) svc_etl on pts/0\n",
         ""},
        {"{\"actor\": \"github-actions[bot]\", \"user\": \"test.user\"}\n{\"userName\": "
         "\"ci-deployer\", \"username\": \"svc_backup\"}\n",
         ""},
        {"<Data Name=\"SubjectUserName\">SYSTEM</Data>\n<Data Name=\"TargetUserName\">DC01$</Data>"
         "\nNew Account: CORP\\svc_sql  Creator: CORP\\Administrator\n",
         ""},
        {"arn:aws:iam::123456789012:user/terraform-cloud\n192.0.2.7 - healthcheck "
         "[07/Dec/2026:10:11:12 +0000] \"GET / HTTP/1.1\" 200 5\nGITLAB_USER_LOGIN=gitlab-runner\n",
         ""},
        {"It fixes stub URLs like 'user@hostname:user/repo.git' with 'ssh://'.\n", ""},
        {"layers:\n  users:\n    - oncall-fallback\n    - sre_shadow\n  Owner = \"platform\"\n",
         ""},
        {"[07:05] annem: haziran then\n[12:04] padrone: ehi\n", ""},
        {"Login     Name               Tty   Idle\nmschmidt  Mara Schmidt  pts/9  2d  Room 3\n",
         "PERSON=Mara Schmidt"},
    };
    CHECK(c);
}

static void logins(const anon_names_known_t *k, const char *t, const char *want)
{
    reader_spans(anon_names_known_logins, k, t, want);
}

/* A known person's login: surname first with a dot, given name and the surname's initial, both
 * run together, a Windows account "PWojcik", where an ops text marks logins (an sshd line, a JSON
 * event's actor, an IAM ARN, su). Before: none of these forms or marks was read. */
static void test_known_login_forms(void **state)
{
    (void)state;
    const char *names[] = {"Paweł Wójcik", "Brelo Tanvik"};
    anon_names_known_t *k = known_of(names, 2);
    logins(k, "web-03 sshd[1]: Accepted publickey for wojcik.pawel from x\n", "wojcik.pawel");
    logins(k, "{\"actor\": \"pawel_w\", \"org\": \"acme\"}\n", "pawel_w");
    logins(k, "arn:aws:iam::1:user/brelotanvik\n", "brelotanvik");
    logins(k, "Dec 3 su[1]: (to root) BTanvik on pts/0\n", "BTanvik");
    logins(k, "Dec 3 su[1]: (to root) svc_etl on pts/0\nwojcik.pawel.example.com\n", "");
    anon_names_known_free(k);
}

/* every prefix of a text of ops slots, copied to a buffer of exactly its size (the address
 * sanitizer build reads past no end), through the known-login reader and the whole pack */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    anon_names_known_t *k = known_one("Brelo Tanvik");
    const char *t = "x: session opened for user anna.schmidt(uid=1)\n{\"actor\": \"tanvikb\"}\n"
                    "[14:03] anna.schmidt: x\nbrelo_t  pts/0 \n"
                    "Username: b.tanvik\n(to root) brelo_t on pts/0\nName=\"TargetUserName\">BTa"
                    "nvik<\nCORP\\btanvik\n:user/brelo.tanvik\n1.2.3.4 - anna_s [07/Dec/2026:1\n"
                    "X_LOGIN=annaschmidt\nusers:\n  - a.schmidt\n  - \nOwner = \"x.y\"\nCORP\\";
    reader_every_prefix(anon_names_known_logins, k, t);
    anon_names_known_free(k);
    scan_every_prefix(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_logins_in_ops_slots),
        cmocka_unit_test(test_accounts_in_ops_slots_stay),
        cmocka_unit_test(test_known_login_forms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
