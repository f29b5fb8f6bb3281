/* test_review60.c: people in review and tracker material, second round (branch review60,
 * names_review60.c, names_review59b.c, contrib/bench/accuracy/notes/review60.md): logins in
 * Phabricator reviewer lists, side panels, contributor lists and tracker CSV columns, and where the
 * text repeats them; a known person's handle in more forms and with no '@' in the text; a login
 * under an XML username/author attribute; and what stays: bots, service accounts, teams, words,
 * a sentence under a signature mark. */
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

static int lists(const anon_names_known_t *k, const char *t, size_t len, anon_names_emit_fn emit,
                 void *arg)
{
    return anon_names_review_lists(k, t, len, emit, arg);
}

/* A Phabricator revision and a Jira CSV in one request: every login goes, the bots, the team,
 * the statuses stay. Before: "norgaard.mikkel", "klundbjorgaard", "bkremirek" and "vmaresova"
 * were left. */
static void test_revision_and_csv(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"messages\": [{\"role\": \"user\", \"content\": \"D2312: Retry uploads (from "
        "ops@fabrikam.example)\\n\\n"
        "Reviewers: norgaard.mikkel (blocking), #api-reviewers\\n\\nSubscribers: Herald\\n\\n"
        "norgaard.mikkel requested changes to this revision.\\nklundbjorgaard updated this "
        "revision to Diff 4067.\\nClosed by commit rP2d13f99a126c (authored by klundbjorgaard)."
        "\\n\\nIssue key,Summary,Status,Assignee,Reporter,Watchers\\nPLAT-6075,Gateway flaky,"
        "Open,vmaresova,bkremirek,svc-ci\\n\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "norgaard.mikkel"));
    assert_null(strstr(o, "klundbjorgaard"));
    assert_null(strstr(o, "bkremirek"));
    assert_null(strstr(o, "vmaresova"));
    assert_non_null(strstr(o, "#api-reviewers"));
    assert_non_null(strstr(o, "Subscribers: Herald"));
    assert_non_null(strstr(o, "svc-ci"));
    assert_non_null(strstr(o, "PLAT-6075,Gateway flaky,Open,"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* The list reader alone: cue lines, a contributors heading, CSV person columns, the login
 * repeated; never a team, a bot, a service account, a word, a phrase, a host. */
static void test_list_forms(void **state)
{
    (void)state;
    anon_names_known_t *k = anon_names_known_new(), *none = anon_names_known_new();
    assert_non_null(k);
    assert_non_null(none);
    assert_int_equal(anon_names_known_add(k, "Zed Quorra", 10) >= 0, 1);
    reader_spans(lists, k, "Reviewers: mkeller (blocking), #platform, jdoe-bot\nmkeller ok",
                 "mkeller;mkeller");
    reader_spans(lists, k, "**Assignee:** bethany.brightman | Component: search-indexer",
                 "bethany.brightman");
    reader_spans(lists, k, "### Contributors\n\ntlogueedo, Ririsan Santeez, gideoncalloway\n",
                 "tlogueedo;gideoncalloway");
    reader_spans(lists, k, "Key,Assignee,Watchers\nA-1,vojtechm,\"zprochazka;jira-bot\"\n\n",
                 "vojtechm;zprochazka");
    reader_spans(lists, k,
                 "Reviewers: the platform team\nAssignee: Unassigned\nWatchers: "
                 "release-managers, svc_deploy, build-ci, example.org",
                 "");
    reader_spans(lists, k, "Hi Anna, thanks,\nsee you", "");
    reader_spans(lists, k, "name,owner\nweb,postgres\n", ""); /* no person column */
    reader_spans(lists, none, "Reviewers: mkeller\n", "");    /* the gate: no name, no '@' */
    reader_spans(lists, none, "Reviewers: mkeller\nmail x@y.org\n", "mkeller");
    anon_names_known_free(none);
    anon_names_known_free(k);
}

/* A known person's handle in the new forms where a JSON "username" key stands; a login under an
 * XML attribute; tools under a "login" key, not a person's login with an ordinary Spanish word. */
static void test_known_forms(void **state)
{
    (void)state;
    const char *names[] = {"Ceven Celovenone", "Maria Keller"};
    anon_names_known_t *k = known_of(names, 2);
    reader_spans(anon_names_review_handles, k,
                 "{\"username\": \"cevencel\", \"web_url\": \"https://gitlab.example.com/"
                 "cevencel\"} kellerm keller-maria mkeller42 maria_k",
                 "cevencel;cevencel;kellerm;keller-maria;mkeller42;maria_k");
    anon_names_known_t *none = anon_names_known_new();
    assert_non_null(none);
    reader_spans(anon_names_review_handles, none,
                 "<reporter username=\"wtorbsby\">x</reporter> <comment author=\"lenka_vesely\"> "
                 "{\"login\": \"copilot-pull-request-reviewer\"}, {\"login\": \"coderabbitai\"} "
                 "{\"username\": \"postgres\"} {\"login\": \"carmen-castillo\"} (@x)",
                 "wtorbsby;lenka_vesely;carmen-castillo");
    anon_names_known_free(none);
    anon_names_known_free(k);
}

/* A Gerrit mail's footer under the signature mark is a sentence, not a name. Before: "To" was
 * masked. */
static void test_signature_sentence(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"messages\": [{\"role\": \"user\", \"content\": \"Done\\n\\n-- \\nTo view, "
                     "visit change 11094. To unsubscribe, visit settings.\\n\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "To view, visit change 11094. To unsubscribe"));
    free(o);
    anon_session_free(s);
}

/* every prefix, copied to a buffer of exactly its size, through the readers and the whole pack */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    anon_names_known_t *k = known_one("Arjun Mwangi");
    const char *t = "Reviewers: amwangi (blocking), x\n### Contributors\n\nabc, lenka_v\n"
                    "Key,Assignee,Watchers\nA,\"q\"\"x\",tovand;brelw\nX (authored by tovand)\n"
                    "<a username=\"zorvath\" author=\"";
    reader_every_prefix(lists, k, t);
    reader_every_prefix(anon_names_review_handles, k, t);
    anon_names_known_free(k);
    scan_every_prefix(t);
    scan_every_prefix("Done\n\n-- \nTo view");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_revision_and_csv),
        cmocka_unit_test(test_list_forms),
        cmocka_unit_test(test_known_forms),
        cmocka_unit_test(test_signature_sentence),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
