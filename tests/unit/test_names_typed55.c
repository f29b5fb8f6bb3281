/* test_names_typed55.c: phone-typed chat, fourth round (branch typed55, names_typed55.c,
 * names_walk.c, contrib/bench/accuracy/notes/typed55.md): a house number glued to its street's
 * last word ("kerkstraat52", "husova32b", "calle mayor3", "ul.lipowa4") is found after a chat
 * cue, in the SIMD walk and in the scalar tail alike; rooms, buses, phones, versions and ids
 * glued the same way are not; a chat with a glued street is rewritten and restored as typed. */
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

/* Streets with the number glued: a street word's ending, a type after or before the name, a
 * type glued with '.'; at the text's end (the scalar tail) and inside a longer chat (the walk). */
static void test_glued_street_numbers_after_chat_cues(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ophalen bij kerkstraat52", "STREET_ADDRESS=kerkstraat52"},
        {"[10:02] sanne: ok\n[10:03] daan: ophalen bij kerkstraat52 graag, bel 2x als je er bent",
         "PERSON=sanne;PERSON=daan;STREET_ADDRESS=kerkstraat52"},
        {"vyzvedni me na husova32b pls, jsem tam od 6 vecer", "STREET_ADDRESS=husova32b"},
        {"recogeme en calle mayor3 porfa, estoy fuera ya", "STREET_ADDRESS=calle mayor3"},
        {"odbior ul.lipowa4 o 18, jestem w domu", "STREET_ADDRESS=ul.lipowa4"},
        {"hamta mig pa tallvagen17 tack, jag star utanfor", "STREET_ADDRESS=tallvagen17"},
        {"teslimat istiklal cad12 lutfen, kapidayim simdi", "STREET_ADDRESS=istiklal cad12"},
    };
    CHECK(c);
}

/* Rooms, buses, gates, phones, versions, ids and streets without a cue stay. */
static void test_glued_look_alikes_are_no_streets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"meet at room12 pls, we start at 6 so dont be late ok", ""},
        {"its at gate7 now, the one near the main stage tent", ""},
        {"got the iphone15 for the raffle, and a ps5 lol", ""},
        {"the kerkstraat52 bus is late again today", ""},
        {"sha256 of build x86_64 is a3f9c2e1 and utf8 ok", ""},
        {"im at flat3b, bus42 goes there every 10 minutes or so", ""},
    };
    CHECK(c);
}

/* A chat with a glued street: rewritten and restored as typed. */
static void test_glued_street_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "ophalen bij kerkstraat52 graag\nok top";
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
    assert_string_equal((char *)out.data, "Pick-up at kerkstraat52.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_street_numbers_after_chat_cues),
        cmocka_unit_test(test_glued_look_alikes_are_no_streets),
        cmocka_unit_test(test_glued_street_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
