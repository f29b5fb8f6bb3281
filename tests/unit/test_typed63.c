/* test_typed63.c: phone-typed chat in the smaller languages, precision (branch typed63,
 * names_ask57.c's trades, names_typed63.c, contrib/bench/accuracy/notes/typed63.md): a chat's
 * sender named by a trade ("trener:", "edzo:", "kuvaaja:", "fotograaf:", "kapici:") is a role,
 * and "mina:", "anne:", "anya:", "mor:", "meg:" are the chat's own "me" or "mother" when the chat
 * shows that language; in an English chat "mina:" is still a person (fail closed). */
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

/* Before: "trener", "fotograf", "edzo", "anya", "kuvaaja" were PERSON. */
static void test_trades_as_senders_are_roles(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"trener: jutro trening o 17\nfotograf: piatek sesja o 16\ntrener: mecz o 10\nfotograf: "
         "ok",
         ""},
        {"edzo: holnap 5kor edzes van\nanya: ok koszi\nedzo: szombaton meccs\nanya: rendben", ""},
        /* one Finnish word only: "mina" is still masked (fail closed), "kuvaaja" no more */
        {"kuvaaja: huomenna kuvaus klo 14\nmina: ok\nkuvaaja: sopiiko", "PERSON=mina"},
    };
    CHECK(c);
}

/* Before: "mina", "anne", "anya" were PERSON. */
static void test_own_words_as_senders_are_roles(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"mina: kiitos, tulee huomenna\naiti: joo etta ok\nmina: sitten klo 5", ""},
        {"anne: yarin aksam gelir misin\nben: tamam\nanne: sagol abi", ""},
        {"anya: holnap jon a kontener\nen: igen\nanya: rendben koszi", ""},
    };
    CHECK(c);
}

/* Guard (before and after): a person beside a mother read as a role is still a sender. */
static void test_person_beside_own_sender_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"anya: zsuzsika?? hol vagy\nzsuzsika: itt vagyok koszi\nanya: jon a busz\nzsuzsika: "
         "rendben van",
         "PERSON=zsuzsika;PERSON=zsuzsika;PERSON=zsuzsika"},
    };
    CHECK(c);
}

/* Guard (before and after): in an English chat "mina:" is Mina. */
static void test_mina_in_english_chat_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"mina: running late sorry\nme: ok\nmina: be there at 5", "PERSON=mina;PERSON=mina"},
    };
    CHECK(c);
}

/* A Turkish chat in a chat-completions body: the senders stay, and the body is restored byte by
 * byte. Before: "kapici" and "anne" were masked. */
static void test_typed_chat_body_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": "
                     "\"ozetle\\n\\nkapici: yarin aksam konteyner gelir\\nanne: tamam "
                     "sagol\\nkapici: cok gec olur mu\\nanne: yok abi\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "kapici: yarin"));
    assert_non_null(strstr(o, "anne: tamam"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* every prefix of a chat whose senders the language look-up reads */
static void test_every_typed63_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("mina: kiitos, tulee huomenna\naiti: joo etta ok\nmina: sitten klo 5\nmor: "
                      "hej det kan vi\nmeg: takk\nedzo: holnap");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_typed63_prefix_is_scanned_safely),
        cmocka_unit_test(test_trades_as_senders_are_roles),
        cmocka_unit_test(test_own_words_as_senders_are_roles),
        cmocka_unit_test(test_mina_in_english_chat_stays),
        cmocka_unit_test(test_person_beside_own_sender_stays),
        cmocka_unit_test(test_typed_chat_body_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
