/* test_names_typed53.c: phone-typed chat, second round (branch typed53, names_typed53.c,
 * names_asr.c, contrib/bench/accuracy/notes/typed53.md): the senders of a lower-case chat
 * without time stamps, in several frames, are found when two of them each write several lines;
 * bots, labels and a commit log's areas are not; a street typed in a chat stops at its line's
 * end; a chat with senders is rewritten and restored as typed. */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* Invented and global lower-case senders, each on two lines, in several frames. */
static void test_lower_case_senders_of_a_chat(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"locega: buongiorno qui\nventuga: arrivo tra 10 min\nlocega: ok perfetto a "
         "domani\nventuga: va bene grazie",
         "PERSON=locega;PERSON=ventuga;PERSON=locega;PERSON=ventuga"},
        {"- kredevla: budu tam za 10 min\n- slabobo: v pohode jo\n- kredevla: napis az tam "
         "budes\n- slabobo: super dik",
         "PERSON=kredevla;PERSON=slabobo;PERSON=kredevla;PERSON=slabobo"},
        {"locega k: see u at the pitch\nventuga h: ok cool\nlocega k: bring the bibs pls\nventuga "
         "h: will "
         "do",
         "PERSON=locega k;PERSON=ventuga h;PERSON=locega k;PERSON=ventuga h"},
        {"~thenipar: see u at 5\n~loparstra: ntaxi re\n~thenipar: argo 10 lepta\n"
         "~loparstra: kanena provlima",
         "PERSON=thenipar;PERSON=loparstra;PERSON=thenipar;PERSON=loparstra"},
        {"walhel (coach): match at 10 sat\nlingarwal: we will be there\nwalhel (coach): "
         "bring water\nlingarwal: ok thx\nsorelo: same here\nsorelo: see u",
         "PERSON=walhel;PERSON=lingarwal;PERSON=walhel;PERSON=lingarwal;PERSON=sorelo;PERSON="
         "sorelo"},
    };
    CHECK(c);
}

/* Bots, labels and roles open lines too; one line each is no sender, and a commit log's
 * "area: subject" lines among its other lines are no chat. */
static void test_bots_labels_and_commit_areas_are_no_senders(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"bot: poll closed\nps: bring snacks\nnote: match moved\nedit: 10 not 11", ""},
        {"vetbot: reminder for the jab\nvetbot: reply y to confirm\nteamapp: poll closed\n"
         "teamapp: new event added",
         ""},
        {"websocket test: wait for the mock\ncommit 1\nDate: today\n\ntls: cork the writes\n"
         "commit 2\nDate: today\n\nwebsocket test: bounded wait\ncommit 3\nDate: today\n\n"
         "tls: send them straight",
         ""},
    };
    CHECK(c);
}

/* A street after "wohne in der" ends at its line's end: the next chat message is not part of
 * it (the stop-52 find: "lindenstrasse 12\n[12:05] anna" was one address). */
static void test_street_stops_at_the_chat_line_end(void **state)
{
    (void)state;
    char *o =
        rewrite_json("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"[12:04] "
                     "jonas: ich wohne in der lindenstrasse 12\\n[12:05] anna: my addr: 12 "
                     "baker st\\n[12:06] jonas: add\"}]}");
    assert_non_null(strstr(o, "[STREET_ADDRESS_1]\\n[12:05] [PERSON_"));
    assert_null(strstr(o, "lindenstrasse"));
    free(o);
}

/* A lower-case chat with senders: rewritten and restored as typed. */
static void test_chat_with_senders_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "locega: ok bis morgen\nventuga: passt, danke\nlocega: bring die liste mit\n"
                     "ventuga: mach ich";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "[PERSON_1]: ok bis morgen\n[PERSON_2]: passt, danke\n[PERSON_1]: "
                           "bring die liste mit\n[PERSON_2]: mach ich");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "[PERSON_2] answered [PERSON_1].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "ventuga answered locega.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lower_case_senders_of_a_chat),
        cmocka_unit_test(test_bots_labels_and_commit_areas_are_no_senders),
        cmocka_unit_test(test_street_stops_at_the_chat_line_end),
        cmocka_unit_test(test_chat_with_senders_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
