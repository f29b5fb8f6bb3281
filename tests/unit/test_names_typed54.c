/* test_names_typed54.c: phone-typed chat, third round (branch typed54, names_typed54.c,
 * contrib/bench/accuracy/notes/typed54.md): a lower-case street with its number after it or
 * before it, outside names_lowaddr.c's cue words, is found after a chat's move, pick-up,
 * delivery or address word; bus, platform and room numbers and a street word without a cue are
 * not; a chat with such a street is rewritten and restored as typed. */
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

/* Streets with a type after or before the name, a street word's ending, or the number first. */
static void test_lower_case_streets_after_chat_cues(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"atvetel petofi utca 9. pls", "STREET_ADDRESS=petofi utca 9."},
        {"adr inonu cad no 67", "STREET_ADDRESS=inonu cad no 67"},
        {"recup au 61 rue de la gare stp", "STREET_ADDRESS=61 rue de la gare"},
        {"hamta pa bjorkvagen 14 tack", "STREET_ADDRESS=bjorkvagen 14"},
        {"odbior ul lipowa 4/2", "STREET_ADDRESS=ul lipowa 4/2"},
        {"ne-am mutat pe str florilor 3", "STREET_ADDRESS=str florilor 3"},
        {"prestehovali jsme se na husova 32", "STREET_ADDRESS=husova 32"},
        {"teslimat ataturk cad 124 lutfen", "STREET_ADDRESS=ataturk cad 124"},
    };
    CHECK(c);
}

/* Bus, platform and room numbers, prices and a street word with no cue stay. */
static void test_numbers_beside_words_are_no_streets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"gleis 68 pls", ""},
        {"villamos 72b ok?", ""},
        {"linka 4 at 6", ""},
        {"price 122 tl", ""},
        {"the kerkstraat has 12 shops", ""},
        {"found it on lidl 12", ""},
    };
    CHECK(c);
}

/* A chat with a street typed without a cue word of names_lowaddr.c: rewritten and restored as
 * typed. */
static void test_chat_street_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "ophalen bij kanaalkade 117 graag\nok top";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "ophalen bij [STREET_ADDRESS_1] graag\nok top");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Pick-up at [STREET_ADDRESS_1].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Pick-up at kanaalkade 117.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lower_case_streets_after_chat_cues),
        cmocka_unit_test(test_numbers_beside_words_are_no_streets),
        cmocka_unit_test(test_chat_street_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
