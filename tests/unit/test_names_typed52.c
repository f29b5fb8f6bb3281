/* test_names_typed52.c: phone-typed chat (branch typed52, names_typed52.c,
 * contrib/bench/accuracy/notes/typed52.md): the replies, thanks and greetings that people type
 * in many languages after "hi", "thx" or "ok", or alone at a message's start, are no names
 * ("hi akkor", "ok fedt", "[12:03] jo: tamam"); real lower-case names there stay found; a
 * lower-case name and a lower-case street in a chat are rewritten and restored as typed. */
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

/* Chat words of several languages after a greeting, a thanks or "ok": no PERSON. */
static void test_chat_words_after_greetings_are_no_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[12:00] jo: hi akkor holnap\n[12:01] jo: ok", "PERSON=jo;PERSON=jo"},
        {"[12:02] jo: thx koszi\n[12:03] jo: ok", "PERSON=jo;PERSON=jo"},
        {"[12:04] jo: ok fedt see u tmrw\n[12:05] jo: ok", "PERSON=jo;PERSON=jo"},
        {"[12:06] jo: hey tamam how r u\n[12:07] jo: ok", "PERSON=jo;PERSON=jo"},
        {"[12:08] jo: ok dzieki\n[12:09] jo: thanks helemaal", "PERSON=jo;PERSON=jo"},
        {"[12:10] jo: morning thankyou\n[12:11] jo: ok brill", "PERSON=jo;PERSON=jo"},
        {"[12:12] jo: ok vielen dank\n[12:13] jo: cheers oke", "PERSON=jo;PERSON=jo"},
        /* the raised copy of a lower-case chat ("Ask Akkor", "Ping Akkor") took it before */
        {"[12:14] jo: ask akkor\n[12:15] jo: ping akkor", "PERSON=jo;PERSON=jo"},
        {"[12:16] jo: cc koszi\n[12:17] jo: ping koszi\n[12:18] jo: mit koszi",
         "PERSON=jo;PERSON=jo;PERSON=jo"},
    };
    CHECK(c);
}

/* The same cues before a real lower-case name still find it. */
static void test_lower_case_names_after_greetings_stay_found(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[12:00] jo: hi priya!\n[12:01] jo: ok", "PERSON=jo;PERSON=priya;PERSON=jo"},
        {"[12:02] jo: thx anna\n[12:03] jo: ok", "PERSON=jo;PERSON=anna;PERSON=jo"},
        {"[12:04] jo: ok sameya i'll ping u\n[12:05] jo: ok", "PERSON=jo;PERSON=sameya;PERSON=jo"},
    };
    CHECK(c);
}

static int word(const char *w)
{
    return nw_typed52_chat_word((const uint8_t *)w, strlen(w));
}

/* The list is sorted (found by bisection) and holds no given name. */
static void test_chat_word_list_lookup(void **state)
{
    (void)state;
    assert_true(word("absolut") && word("akkor") && word("yup") && word("zgoda"));
    assert_true(word("tamam") && word("koszi") && word("fedt") && word("thankyou"));
    assert_false(word("jo") || word("anna") || word("dale") || word("ola") || word("akko"));
    assert_false(word("akkorx") || word("") || word("a"));
}

/* A lower-case chat: the sender, the name thanked and the street are rewritten and restored. */
static void test_lower_case_chat_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "[12:03] anna: ok akkor holnap\n[12:04] jonas: thx anna\n"
                     "[12:05] anna: wohne in der lindenstrasse 12";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "[12:03] [PERSON_1]: ok akkor holnap\n[12:04] [PERSON_2]: thx "
                           "[PERSON_1]\n[12:05] [PERSON_1]: wohne in der [STREET_ADDRESS_1]");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "[PERSON_2] thanked [PERSON_1] ([STREET_ADDRESS_1]).";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "jonas thanked anna (lindenstrasse 12).");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chat_words_after_greetings_are_no_names),
        cmocka_unit_test(test_lower_case_names_after_greetings_stay_found),
        cmocka_unit_test(test_chat_word_list_lookup),
        cmocka_unit_test(test_lower_case_chat_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
