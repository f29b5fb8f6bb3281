/* test_names_spoken52.c: a speech-to-text transcript under the one-line ask that opens a request
 * (branch spoken52, names_spoken52.c, contrib/bench/accuracy/notes/spoken52.md): the ask's
 * capitals no longer hide the transcript, so its lower-case names, spelled surnames, streets
 * with house numbers in words and births in words of more languages are read; a street read out
 * ends at its number (what follows is no part of it); prose under an ask stays prose; a spelled
 * surname and a Romanian birth in words are rewritten and restored as said. */
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

static void test_transcript_under_an_ask_is_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tidy up this call transcript and summarise it:\n\num my name is hanna becker that's b e "
         "c k e r and i live at twelve baker street",
         "PERSON=hanna becker;PERSON=b e c k e r;STREET_ADDRESS=twelve baker street"},
        {"Siisti tämä litterointi ja tiivistä se:\n\nnimeni on aino virtanen asun osoitteessa "
         "hämeenkatu kaksitoista syntynyt kolmas toukokuuta tuhat yhdeksänsataa "
         "kahdeksankymmentäyksi",
         "PERSON=aino virtanen;STREET_ADDRESS=hämeenkatu kaksitoista;DATE_OF_BIRTH=kolmas "
         "toukokuuta tuhat yhdeksänsataa kahdeksankymmentäyksi"},
        {"Popraw tę transkrypcję i streść ją:\n\nyyy nazywam się magdalena kaczmarek urodzona "
         "trzeciego maja tysiąc dziewięćset osiemdziesiątego pierwszego",
         "PERSON=magdalena kaczmarek;DATE_OF_BIRTH=trzeciego maja tysiąc dziewięćset "
         "osiemdziesiątego pierwszego"},
    };
    CHECK(c);
}

/* A street read out ends with its number; prose under an ask is no transcript. */
static void test_street_ends_and_prose_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tidy up this call transcript and summarise it:\n\nuh i live at eight manor road um and "
         "the policy number three four zero two nine",
         "STREET_ADDRESS=eight manor road"},
        {"Summarise this note please:\n\nThe rose garden opens in May and the bill came to "
         "forty two pounds, so we will pay it on Friday.",
         ""},
    };
    CHECK(c);
}

/* A spelled surname and a Romanian birth in words: tokens, restored as said. */
static void test_spelled_surname_and_birth_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "Corectează această transcriere:\n\nbună ziua mă numesc ioana popescu se "
                     "scrie p o p e s c u născut pe trei mai o mie nouă sute optzeci și unu";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "Corectează această transcriere:\n\nbună ziua mă numesc [PERSON_1] se "
                           "scrie [PERSON_2] născut pe [DATE_OF_BIRTH_1]");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Name [PERSON_1] ([PERSON_2]), born [DATE_OF_BIRTH_1].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Name ioana popescu (p o p e s c u), born trei mai o "
                                          "mie nouă sute optzeci și unu.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_transcript_under_an_ask_is_read),
        cmocka_unit_test(test_street_ends_and_prose_stays),
        cmocka_unit_test(test_spelled_surname_and_birth_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
