/* test_typedp60.c: names in phone-typed chat, precision first (branch typedp60, names_lower.c,
 * contrib/bench/accuracy/notes/typedp60.md): in a lower-case chat a word that is a given name and
 * also an ordinary word of a pack language ("vera", "roza", "rio", "ola") takes no message word
 * after it for a surname ("e vera sta cosa", "fui ao rio ontem"), nor does any given name a
 * three-letter unknown word ("karl har spist"); a lexicon surname or a long
 * name-shaped word after it still does ("carmen ortega", "wei hamalainen"), and a given name that
 * is no ordinary word keeps its unknown surname. A typed chat in a request body is rewritten and
 * restored byte by byte. */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* Message words after a word-name, and a three-letter unknown word after any given name, are
 * no surname. Before: "vera sta", "roza przy", "rio ontem", "ola tudo bem", "karl har" were
 * PERSON. */
static void test_word_name_takes_no_message_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ciao a tutti\ne vera sta cosa? ahah\nok va bene", ""},
        {"siema\nta roza przy plocie\nspoko", ""},
        {"oi gente\nfui ao rio ontem com os miudos\nkkk sim", ""},
        {"ola tudo bem contigo\nblz ate amanha\nvaleu", ""},
        {"hej hej\nkarl har spist sokken igen\nhaha ja", ""},
    };
    CHECK(c);
}

/* A lexicon surname or an invented surname's shape after a word-name, an unknown surname after
 * a given name that is no ordinary word, and any pair in a one-line request, are still names
 * (guards: found before too; the one-line case was lost without the chat gate). */
static void test_names_after_given_names_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ok so the plan\nlunch with carmen ortega tmrw\ncool", "PERSON=carmen ortega"},
        {"ok so the plan\nlunch with wei hamalainen tmrw\ncool", "PERSON=wei hamalainen"},
        {"ok so the plan\nlunch with priya wickash tmrw\ncool", "PERSON=priya wickash"},
        {"ok so the plan\nlunch with oluwaseun dao tmrw\ncool", "PERSON=oluwaseun dao"},
        {"igen, add oda balokernak", "PERSON=oda balokernak"},
    };
    CHECK(c);
}

/* A typed chat in a chat-completions body: the message words stay, the person is masked, and
 * the body is restored byte by byte. Before: "vera sta" was masked. */
static void test_typed_chat_body_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": "
                     "\"summarise pls\\n\\ncoach: e vera sta cosa? 😂\\nme: lunch "
                     "with wei hamalainen tmrw\\ncoach: ok\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "vera sta cosa"));
    assert_null(strstr(o, "hamalainen"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* every prefix of a lower-case chat, cut inside a word-name and the word after it */
static void test_every_typed_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("ciao a tutti\ne vera sta cosa? ahah\nlunch with carmen ortega tmrw\n"
                      "ta roza przy plocie\nwei hamalainen");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_typed_prefix_is_scanned_safely),
        cmocka_unit_test(test_word_name_takes_no_message_word),
        cmocka_unit_test(test_names_after_given_names_stay),
        cmocka_unit_test(test_typed_chat_body_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
