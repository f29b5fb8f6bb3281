/* test_voice57.c: a typed chat under an ask is no voice text (branch voice57,
 * contrib/bench/accuracy/notes/voice57.md). noisy56 reads a text under an ask whose line opens
 * with a command ("text me when ...", "call me ...", "ring me ...") with its voice cues, and a
 * voice text refuses a weak introduction ("text anna that im running late"). A phone-typed chat
 * opens lines with the same words, and its writers introduce themselves with "im X": there the
 * refusal holds only for a common word ("im fine thx"), and a wake word still makes it a voice
 * text. */
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

/* A chat line opens with a command; another line's writer introduces themself. */
static void test_typed_chat_intro_after_command_line_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Summarise this:\n\ntext me when the van arrives\nhi im ketevan from the flat below\nthx",
         "PERSON=ketevan"},
        {"Summarise this:\n\nring me when ur outside\nim oyelaran from number 9\nok",
         "PERSON=oyelaran"},
    };
    CHECK(c);
}

/* The same chats with a common word after "im", and a voice text with its wake word: nothing. */
static void test_typed_chat_common_words_and_voice_texts_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Summarise this:\n\ntext me when the van arrives\nim fine thx\nok", ""},
        {"Summarise this:\n\ntext me when the van arrives\nim outside now\nok", ""},
        {"Clean up this note:\n\nhey siri text me that im running late", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_typed_chat_intro_after_command_line_is_a_person),
        cmocka_unit_test(test_typed_chat_common_words_and_voice_texts_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
