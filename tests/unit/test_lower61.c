/* test_lower61.c: lower-case chat, precision (branch lower61, names_lower.c,
 * contrib/bench/accuracy/notes/lower61.md): in a lower-case chat's raised copy a given name and
 * the word raised after it are the whole name; a third word the lexicon does not know as a name
 * is the message's verb ("jonas berger sieht es morgen", "goncalo ferreira quer embalar"), and
 * the same word twice ("ole ole") is no given name and surname. A run that does not open with a
 * given name, and a name repeated across a line break ("dijdijsen\ndijdijsen opent"), keep their
 * words. A typed chat in a request body is rewritten and restored byte by byte. */
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

/* Before: "jonas berger sieht", "goncalo ferreira quer embalar tudo", "mehmet sahin cocuklari
 * alacak" were one PERSON each, the message's words masked with the name. */
static void test_third_word_after_a_name_is_the_message(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ok so\njonas berger sieht es morgen\ncool", "PERSON=jonas berger"},
        {"oi\ngoncalo ferreira quer embalar tudo\nblz", "PERSON=goncalo ferreira"},
        {"hey\nmehmet sahin cocuklari alacak\ntamam", "PERSON=mehmet sahin"},
    };
    CHECK(c);
}

/* Before: "ole ole" was PERSON. */
static void test_the_same_word_twice_is_no_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"me: ole ole\nmum: ok\nme: tamam", ""},
    };
    CHECK(c);
}

/* Guards (found before too): a name repeated on the next line, a given name and an invented
 * surname. */
static void test_names_in_lower_case_chat_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"notulen\nvoorzitter smeker dijdijsen\ndijdijsen opent de vergadering",
         "PERSON=smeker dijdijsen;PERSON=dijdijsen"},
        {"ok so the plan\nlunch with wei hamalainen tmrw\ncool", "PERSON=wei hamalainen"},
    };
    CHECK(c);
}

/* A typed chat in a chat-completions body: the verb stays, the person is masked, and the body is
 * restored byte by byte. Before: "sieht" was masked. */
static void test_typed_chat_body_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": "
                     "\"summarise pls\\n\\ncoach: ole ole 😂\\nme: jonas berger sieht es "
                     "morgen\\ncoach: ok\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "ole ole"));
    assert_non_null(strstr(o, "sieht es"));
    assert_null(strstr(o, "berger"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* every prefix of a lower-case chat, cut inside a run of three words and a repeated word */
static void test_every_lower_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("ok so\njonas berger sieht es morgen\nme: ole ole\nvoorzitter smeker "
                      "dijdijsen\ndijdijsen opent");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_lower_prefix_is_scanned_safely),
        cmocka_unit_test(test_third_word_after_a_name_is_the_message),
        cmocka_unit_test(test_the_same_word_twice_is_no_name),
        cmocka_unit_test(test_names_in_lower_case_chat_stay),
        cmocka_unit_test(test_typed_chat_body_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
