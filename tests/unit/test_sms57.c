/* test_sms57.c: people and births in SMS shorthand (branch voice57, names_sms57.c,
 * contrib/bench/accuracy/notes/voice57.md): in a thread of texts under an ask, a name after the
 * shorthand of its language ("sry X here", "powiedz X ze", "γεια είμαι ο X"), before a "here"
 * word and after a kiss at a message's end; a date with a past year right after a birthday word
 * ("fyller år", "cumple", "γενέθλια"). Words of address in the same frames, parties' and
 * appointments' dates, a party's date after its birthday word ("dogum gunu partisi", names_dob7.c)
 * and ordinary prose stay; a thread rewritten and restored byte by byte. */
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

/* Names after apologies, thanks, "tell ... that", before "here", after a kiss. */
static void test_shorthand_names_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Who do I need to call back? dentist texts below\n\n10:43 pls tell poppy im running "
         "l8\nsry dertor here stuck in traffic\nkram wilma",
         "PERSON=poppy;PERSON=dertor;PERSON=wilma"},
        {"Do kogo muszę oddzwonić? SMS-y:\n\n> powiedz bartek ze sie spoznie\n22:35 Kofi tu, "
         "moze czwartek?\nok dzieki",
         "PERSON=bartek;PERSON=Kofi"},
    };
    CHECK(c);
}

/* Births right after birthday words in their texted shorthand. */
static void test_birthday_shorthand_is_a_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kan du sammanfatta de här sms:en?\n\nfyller år 12/6/92\nhej ok ses",
         "DATE_OF_BIRTH=12/6/92"},
        {"¿Me resumes estos SMS?\n\nmi cumple es el 9 de marzo 1947\nvale gracias",
         "DATE_OF_BIRTH=9 de marzo 1947"},
    };
    CHECK(c);
}

/* The same frames with words of address, dates of parties and appointments, and prose. */
static void test_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Who do I need to call back? dentist texts below\n\nthx mate c u tmrw\nsry all here "
         "stuck in traffic\nlg mama",
         ""},
        {"Do kogo muszę oddzwonić? SMS-y:\n\npowiedz mamie ze sie spoznie\nur. wizyta "
         "przesunieta na 12.03.2025 17:00\nbday party 14/06/2025",
         ""},
        {"Summarise the meeting.\n\nThe release is due on 12/6/2026. Thanks everyone here for "
         "the work.",
         ""},
    };
    CHECK(c);
}

/* A party's date after the birthday word that names it ("dogum gunu partisi"): no birth. */
static void test_party_date_is_no_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Bu mesajları özetler misin?\n\ndogum gunu partisi 7/11/26 migros\ntamam", ""},
    };
    CHECK(c);
}

/* A thread rewritten and restored byte by byte. */
static void test_thread_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "Who do I need to call back? texts below\n\nsry dertor here stuck in "
                     "traffic\nok thx c u";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "Who do I need to call back? texts below\n\nsry [PERSON_1] here stuck "
                           "in traffic\nok thx c u");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Call [PERSON_1] back.";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++)
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Call dertor back.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shorthand_names_a_person),
        cmocka_unit_test(test_birthday_shorthand_is_a_birth),
        cmocka_unit_test(test_lookalikes_stay),
        cmocka_unit_test(test_party_date_is_no_birth),
        cmocka_unit_test(test_thread_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
