/* test_names_lines47.c: line starts in quoted text and in raw JSON (engine_view.c, names.c). A
 * document quoted with "> " (an e-mail reply, a chat UI's quote; ">> ", "> > ", ">" with no
 * space) is read as the document: a label, an address block, a chat line after the marks; a
 * Python prompt and other '>' stay what they are. And the prescan of a raw JSON body reads a
 * sign-off after an escaped line break ("\\nThanks, Veta") as it reads one after a real one. Each
 * case lists every finding ("TYPE=value;..."). */
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

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"
#include "prescan_finds.h"

static void test_a_label_after_quote_marks_is_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"> Patient registration\n>\n> Name: Wentor Torashwickley\n> Date of birth: 1984-05-28\n",
         "PERSON=Wentor Torashwickley;DATE_OF_BIRTH=1984-05-28"},
        {"Zie hieronder.\n\n>> Naam:\n>> Femke Smeldijk\n>> Geboortedatum:\n>> 12-03-1987\n",
         "PERSON=Femke Smeldijk;DATE_OF_BIRTH=12-03-1987"},
        {">Nom: Quetbel Teauquetier\n>Né(e) le: 4 mars 1979\n",
         "PERSON=Quetbel Teauquetier;DATE_OF_BIRTH=4 mars 1979"},
        {"> > Assegnato a: Lonvelcor Scacorone\n> > Oggetto: caldaia\n",
         "PERSON=Lonvelcor Scacorone"},
    };
    CHECK(c);
}

static void test_an_address_block_over_quoted_lines(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"See below.\n\n> Sarah Pritchard\n> 2 Maple Avenue\n> London W1U 6TY\n>\n> Dear Sir,\n",
         "PERSON=Sarah Pritchard;STREET_ADDRESS=2 Maple Avenue\n> London W1U 6TY"},
        {"> Anschrift:\r\n> Lindenweg 14\r\n> 79098 Freiburg\r\n",
         "STREET_ADDRESS=Lindenweg 14\r\n> 79098 Freiburg"},
    };
    CHECK(c);
}

static void test_quoted_chat_lines_keep_their_speakers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"> [09:58] derbran: hey ashwenmel, did you send the form?\n> [09:59] ashwenmel: yes\n"
         "> [10:02] derbran: great, thanks\n",
         "PERSON=derbran;PERSON=ashwenmel;PERSON=ashwenmel;PERSON=derbran"},
        /* the addressee of a quoted line under its attribution, the marks gone in the view */
        {"Hi Dordorwyr,\n\nattached is the file.\n\nThanks,\nCallon\n\nOn 3 May 2024, Dordorwyr "
         "Calgarholsworth wrote:\n> Callon, can you send me the file?\n",
         "PERSON=Dordorwyr;PERSON=Callon;PERSON=Dordorwyr Calgarholsworth;PERSON=Callon"},
    };
    CHECK(c);
}

static void test_other_marks_stay_what_they_are(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a prompt: read as without it (the date under a birth field) */
        {">>> p = Member.objects.get(pk=361)\n>>> p.datum_narozeni\n681955200000\n",
         "DATE_OF_BIRTH=681955200000"},
        {"if total\n> limit: raise Overflow\n", ""},
        {"> Visual Studio Code and Microsoft Teams were updated.\n", ""},
        {">Netscape, you can download it here.\n", ""},
        /* a transcript that marks one speaker's turns: its marks stay, its rules read them */
        {"> cuando naciste exactamente?\nel 3 de noviembre de 1946\n> ok gracias\n",
         "DATE_OF_BIRTH=3 de noviembre de 1946"},
        {"Notes\n> Luilio, pode me mandar?\n", ""},
    };
    CHECK(c);
}

/* The prescan of a raw JSON body: the word before "Veta" is "Thanks", not "nThanks". */
static void test_a_signoff_in_a_json_string_makes_the_name_known(void **state)
{
    (void)state;
    static const char *const veta[] = {"Veta"};
    assert_false(prescan_finds("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":"
                               "\"Re: claim 4471\\nVeta Karveella\\nDate of death:\\n20/02/2018"
                               "\\nThanks, Veta\"}]}",
                               veta, 1));
    assert_false(
        prescan_finds("{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"function\""
                      ":{\"arguments\":\"{\\\"body\\\":\\\"See you there.\\\\nCheers, "
                      "Veta\\\"}\"}}]}]}",
                      veta, 1));
    /* two levels deep, the name on the line under the closing */
    assert_false(prescan_finds("{\"a\":\"{\\\"b\\\":\\\"x\\\\nThanks,\\\\nVeta\\\"}\"}", veta, 1));
    /* a word glued to the escape stays no closing ("\\nthanksgiving, Veta" reads "thanksgiving") */
    assert_false(prescan_finds("{\"content\":\"plans\\nThanksgiving, Veta\"}", NULL, 0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_label_after_quote_marks_is_read),
        cmocka_unit_test(test_an_address_block_over_quoted_lines),
        cmocka_unit_test(test_quoted_chat_lines_keep_their_speakers),
        cmocka_unit_test(test_other_marks_stay_what_they_are),
        cmocka_unit_test(test_a_signoff_in_a_json_string_makes_the_name_known),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
