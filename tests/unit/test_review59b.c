/* test_review59b.c: people's handles in code review and issue trackers (branch review59b,
 * names_review59b.c, contrib/bench/accuracy/notes/review59b.md): a known person's handle, an
 * @mention that spells a person, a mention where a review thread names a user ("cc @a @b",
 * "**@a** commented", "by @a in #12") and a JSON "login" are masked; teams, bots, decorators,
 * annotations, npm scopes, e-mails and hosts are not. */
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

/* A pull-request thread: the reviewers' handles go, the team, the bots, the code stay. Before:
 * "brelwick", "tovand" and "m.keller" were left. */
static void test_review_thread(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"messages\": [{\"role\": \"user\", \"content\": \"Summarise this review:\\n\\n"
        "**@brelwick** commented 3 days ago\\n\\n> retryPolicy = handleSubmit\\n\\nnit: add a "
        "test PTAL @tovand\\n\\n**@dependabot[bot]** commented\\n\\nBumps Redis.\\n\\n"
        "cc @m.keller @acme/payments-team\\n* Fix parse_header() by @tovand in #4312\\n"
        "Use @Override and @param in the docs; see @types/node.\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "brelwick"));
    assert_null(strstr(o, "tovand"));
    assert_null(strstr(o, "m.keller"));
    assert_non_null(strstr(o, "@dependabot[bot]"));
    assert_non_null(strstr(o, "@acme/payments-team"));
    assert_non_null(strstr(o, "retryPolicy = handleSubmit"));
    assert_non_null(strstr(o, "@Override and @param"));
    assert_non_null(strstr(o, "@types/node"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

static void handles(const anon_names_known_t *k, const char *t, const char *want)
{
    reader_spans(anon_names_review_handles, k, t, want);
}

/* The reader alone: a known person's handles where someone is mentioned or a "login" key
 * stands, mentions that spell a person, never a bot, a team, a decorator, a mail or a host. */
static void test_handle_forms(void **state)
{
    (void)state;
    const char *names[] = {"Paweł Wójcik", "Brelo Tanvik"};
    anon_names_known_t *k = known_of(names, 2);
    handles(k, "watchers: pwojcik, brelo-tanvik, brelot (cc @xavier)",
            "pwojcik;brelo-tanvik;brelot;xavier");
    handles(k, "watchers: pwojcik, brelo-tanvik", ""); /* no mention, no login key */
    handles(k, "{\"login\": \"zorvath\", \"type\": \"User\"}, {\"login\": \"renovate[bot]\"}",
            "zorvath");
    handles(k, "mail pwojcik@host.pl, see pawel.wojcik.example.org (@x)", "");
    anon_names_known_t *none = anon_names_known_new();
    assert_non_null(none);
    handles(none, "thanks @lenka_vesely and @jkowalski!", "lenka_vesely;jkowalski");
    handles(none, "@app.route(\"/\") @pytest.mark.skip @staticmethod @sonarcloud @media x", "");
    handles(none, "cc @github-actions @acme/platform @renovate-bot", "");
    handles(none, "    @classmethod\n    def f(cls):\n *  @tparam T\nComputed by @total_ordering",
            "");
    handles(none, "concat(\"anna.meyer\", \"@telia.com\")", "");
    anon_names_known_free(none);
    anon_names_known_free(k);
}

/* every prefix of a thread, copied to a buffer of exactly its size (the address sanitizer build
 * reads past no end), through the reader and the whole pack */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    anon_names_known_t *k = known_one("Arjun Mwangi");
    const char *t = "**@amwangi** commented\ncc @a.mwangi @x\n{\"login\": \"arjunm\"}\n"
                    "thanks @lenka_vesely\nby @tovand in #1 @";
    reader_every_prefix(anon_names_review_handles, k, t);
    anon_names_known_free(k);
    scan_every_prefix(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_review_thread),
        cmocka_unit_test(test_handle_forms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
