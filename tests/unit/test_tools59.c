/* test_tools59.c: people in agents' tool calls and results (branch tools59, rewrite_tools59.c,
 * names_tools59.c, contrib/bench/accuracy/notes/tools59.md): a person key's value that names a
 * team, a queue, a room, a service account or "unassigned", or a calendar resource's, is no
 * person (a person beside such a word still is); a known person's Unix login, ASCII handle and
 * lower-case given name in a short lower-case answer are masked, and an LDAP DN's uid under the
 * people's branch. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "restore_bytes.h"

#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include "known_reader.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* A helpdesk and a calendar tool result: "Help Desk", "nicht zugewiesen", "Meeting Room Lisbon",
 * "Build Agent" and a resource attendee stay; the people are masked, "Anna Support" too (a given
 * name beside the word). Before: every one of them was masked. */
static void test_things_under_person_keys(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"messages\": [{\"role\": \"user\", \"content\": \"who has it?\"}, {\"role\": \"tool\", "
        "\"tool_call_id\": \"c1\", \"content\": \"{\\\"ticket\\\": {\\\"requester\\\": "
        "{\\\"name\\\": \\\"Martina Keller\\\"}, \\\"assignee\\\": \\\"Help Desk\\\", "
        "\\\"watchers\\\": [{\\\"displayName\\\": \\\"Anna Support\\\"}], \\\"group\\\": "
        "{\\\"assignee\\\": \\\"nicht zugewiesen\\\"}}, \\\"items\\\": [{\\\"organizer\\\": "
        "{\\\"displayName\\\": \\\"Build Agent\\\"}, \\\"attendees\\\": [{\\\"displayName\\\": "
        "\\\"Meeting Room Lisbon\\\"}, {\\\"displayName\\\": \\\"Aula Magna\\\", \\\"resource\\\": "
        "true}, {\\\"displayName\\\": \\\"Orsolya Pritchard\\\"}]}]}\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "Help Desk"));
    assert_non_null(strstr(o, "nicht zugewiesen"));
    assert_non_null(strstr(o, "Build Agent"));
    assert_non_null(strstr(o, "Meeting Room Lisbon"));
    assert_non_null(strstr(o, "Aula Magna"));
    assert_null(strstr(o, "Martina"));
    assert_null(strstr(o, "Orsolya"));
    assert_null(strstr(o, "Anna Support"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* A shell transcript names Arjun Mwangi in a GECOS field, then by his login; an LDIF entry's
 * manager is a DN's uid; the user's lower-case answer names him by his given name. Before:
 * "amwangi" after the GECOS line, "brelo.tanvik" and "arjun" were left. */
static void test_logins_handles_and_answers(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"messages\": [{\"role\": \"user\", \"content\": \"who is logged in?\"}, {\"role\": "
        "\"tool\", \"tool_call_id\": \"c1\", \"content\": \"$ getent passwd 1001\\n"
        "amwangi:x:1001:1001:Arjun Mwangi,,,:/home/amwangi:/bin/bash\\n$ last -n 2\\n"
        "amwangi  pts/0  Mon Mar  3 09:14   still logged in\\nroot  pts/1  Mon Mar  3 08:00\\n\"}, "
        "{\"role\": \"tool\", \"tool_call_id\": \"c2\", \"content\": \"dn: "
        "uid=arjun.mwangi,ou=people,dc=example,dc=com\\ncn: Arjun Mwangi\\nmanager: "
        "uid=brelo.tanvik,ou=people,dc=example,dc=com\\n\\ndn: uid=svc-backup,ou=people,dc=example,"
        "dc=com\\n\"}, {\"role\": \"assistant\", \"content\": \"Arjun Mwangi is logged in.\"}, "
        "{\"role\": \"user\", \"content\": \"ok, ping arjun about it\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "amwangi"));
    assert_null(strstr(o, "arjun"));
    assert_null(strstr(o, "Arjun"));
    assert_null(strstr(o, "brelo"));
    assert_non_null(strstr(o, "uid=svc-backup,ou=people"));
    assert_non_null(strstr(o, "root  pts/1"));
    /* (not restored byte by byte: "arjun" takes Arjun Mwangi's token, names_known.c) */
    free(o);
    anon_session_free(s);
}

static void logins(const anon_names_known_t *k, const char *t, const char *want)
{
    reader_spans(anon_names_known_logins, k, t, want);
}

/* The reader alone: logins cut at seven letters of the surname, ASCII handles of a name with
 * diacritics, the given name only in a short lower-case message, never an ordinary word, a
 * mailbox or a host. */
static void test_login_forms(void **state)
{
    (void)state;
    const char *names[] = {"Paweł Wójcik", "Tomasz Kowalczyk", "Mark Ashworth"};
    anon_names_known_t *k = known_of(names, 3);
    logins(k, "Login: pwojcik  Name: x\n/home/tkowalcz\ntkowalczyk\npawel.wojcik p.wojcik",
           "pwojcik;tkowalcz;tkowalczyk;pawel.wojcik;p.wojcik");
    logins(k, "mail pwojcik@host.pl or see pwojcik.example.org (Login:)", "");
    logins(k, "In prose pwojcik is left: no login stands here.", "");
    logins(k, "ok, ask paweł and mark", "paweł");
    logins(k, "Ok, ask paweł", "");
    logins(k, "uid=jo.smith,ou=users,dc=x uid=root,ou=people uid=jo.smith,ou=groups", "jo.smith");
    anon_names_known_free(k);
}

/* every prefix of a transcript and a DN, copied to a buffer of exactly its size (the address
 * sanitizer build reads past no end), through the reader and the whole pack */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    anon_names_known_t *k = known_one("Arjun Mwangi");
    const char *t = "amwangi:x:1001:Arjun Mwangi,,,:/home/amwangi\nmanager: uid=a.mwangi,ou=people"
                    ",dc=x\nok ping arjun.\nuid=ab";
    reader_every_prefix(anon_names_known_logins, k, t);
    anon_names_known_free(k);
    scan_every_prefix(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_things_under_person_keys),
        cmocka_unit_test(test_logins_handles_and_answers),
        cmocka_unit_test(test_login_forms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
