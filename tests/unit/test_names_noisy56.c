/* test_names_noisy56.c: voice-assistant commands and dictated notes (branch noisy56,
 * names_noisy56.c, contrib/bench/accuracy/notes/noisy56.md): a name after a command ("text maria
 * keller that", "ruf henrik vogler an") or a dictated salutation or client line ("dear ... comma")
 * is a person, also in a short command under its ask; commands with no person, and the same words
 * in a call-centre transcript, stay; a command rewritten and restored byte by byte. */
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

/* Short commands under an ask: the person after the command, cut at its tail. */
static void test_voice_commands_name_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Clean up this note:\n\nhey siri text wenbran ashford that im running late",
         "PERSON=wenbran ashford"},
        {"Fasse das zusammen:\n\nok google ruf henrik wiesner an", "PERSON=henrik wiesner"},
        {"Résume ce texte :\n\nalexa appelle gaspard marchaud", "PERSON=gaspard marchaud"},
        {"Clean up this note:\n\nhey assistant remind me to call torash melford tomorrow at 5 "
         "pm",
         "PERSON=torash melford"},
    };
    CHECK(c);
}

/* Dictation with its punctuation said as words: the name after the salutation or client line. */
static void test_dictated_note_names_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Clean up this note:\n\ndear harriet pembleford comma thank you for your visit full "
         "stop new line please call back before noon full stop",
         "PERSON=harriet pembleford"},
        {"Bereinige diese Notiz:\n\nsehr geehrte frau greta wiesnerbach komma vielen dank für "
         "ihren auftrag punkt neue zeile bitte morgen zurückrufen punkt",
         "PERSON=greta wiesnerbach"},
    };
    CHECK(c);
}

/* Commands with no person, and "call" in a call-centre transcript (no wake word, no said
 * punctuation): nothing new. */
static void test_commands_without_people_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Clean up this note:\n\nhey siri set a timer for ten minutes", ""},
        {"Clean up this note:\n\nalexa call the pharmacy", ""},
        {"Summarise this call:\n\nagent: thanks for calling how can i help\ncustomer: i will "
         "call back later today\nagent: okay no problem\ncustomer: thanks bye",
         ""},
    };
    CHECK(c);
}

/* A command rewritten and restored byte by byte. */
static void test_voice_command_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "Clean up this note:\n\nhey siri text wenbran ashford that im running late";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "Clean up this note:\n\nhey siri text [PERSON_1] that im running late");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Texted [PERSON_1].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++)
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Texted wenbran ashford.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_voice_commands_name_a_person),
        cmocka_unit_test(test_dictated_note_names_a_person),
        cmocka_unit_test(test_commands_without_people_stay),
        cmocka_unit_test(test_voice_command_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
