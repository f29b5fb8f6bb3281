/* test_names_ask57.c: phone-typed chat pasted with no capitalised ask before it (branch ask57,
 * names_ask57.c, contrib/bench/accuracy/notes/ask57.md): a lower-case chat of senders is read as
 * typed, so two chat words in a row are no given name and surname ("yildiz gibi", "cruz roja");
 * senders named by a role, a kin word or "me" are no people but leave the other sender a person;
 * words of address after a greeting are no names; a call's transcript and a list of notes are
 * read as before; a chat is rewritten and restored byte by byte. */
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
#include "anonymize/names_ask57.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* Words of a chat with no ask before it: two in a row, or one after "o", are no people (each was
 * one before: the text was read as lower-case prose and its lexicon names raised). */
static void test_askless_chat_words_are_no_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"elsie: o doina frumoasa\nharvey: yildiz gibi\nelsie: ok",
         "PERSON=elsie;PERSON=harvey;PERSON=elsie"},
        {"elsie: kira artti\nharvey: lumi sulaa\nelsie: cruz roja\nharvey: ok",
         "PERSON=elsie;PERSON=harvey;PERSON=elsie;PERSON=harvey"},
        {"miran: sou o miran\nduarte: ok\nmiran: ok",
         "PERSON=miran;PERSON=miran;PERSON=duarte;PERSON=miran"},
    };
    CHECK(c);
}

/* Senders named by a role or "me" are no people; the other sender still is (missed before when
 * it was an unknown word), as is a stamped sender beside a role. */
static void test_role_senders(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"mum: hope the flight is ok\nmelwen: the van is booked for 9\nmum: ok x", "PERSON=melwen"},
        {"[09:24] proprietar: mersi landomi\n[14:21] landomi: salut, frate\n[14:50] proprietar: ok",
         "PERSON=landomi"},
    };
    CHECK(c);
}

/* Words of address after a greeting are no names (each was one before). */
static void test_address_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[18:21] elsie: salut toi\n[18:22] harvey: ciao fra\n[18:25] elsie: siema mordo",
         "PERSON=elsie;PERSON=harvey;PERSON=elsie"},
    };
    CHECK(c);
}

/* Guards (pass before and after): a call's transcript whose senders are roles keeps its raised
 * names; a list of notes is no chat; given names that are role words elsewhere stay people. */
static void test_transcripts_and_notes_unchanged(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"agente: hablo con señor satiández\ncliente: claro bueno de qué se trata\ncliente: este "
         "hola le llamo de plumera soy tigo\nagente: pues nuestra tienda de valencia también",
         "PERSON=satiández;PERSON=tigo"},
        {"attendees: chidi doyle, emily weber\nnext sync on monday",
         "PERSON=chidi doyle;PERSON=emily weber"},
        {"afonso: esta sol\nloloar: ok\nleonor: obg\nafonso: ok",
         "PERSON=afonso;PERSON=leonor;PERSON=afonso"},
    };
    CHECK(c);
}

/* The lists: roles and address words found, given names (left out on purpose) not. */
static void test_lists(void **state)
{
    (void)state;
    assert_true(nw_ask57_role_sender("huisbaas") && nw_ask57_role_sender("mamka") &&
                nw_ask57_role_sender("mig") && nw_ask57_role_sender("cliente"));
    assert_false(nw_ask57_role_sender("ben") || nw_ask57_role_sender("mina") ||
                 nw_ask57_role_sender("mae") || nw_ask57_role_sender("anna"));
    const char *yes[] = {"bestie", "digga", "mordo", "kanka", "sou"};
    for (size_t k = 0; k < 5; k++)
        assert_true(nw_ask57_address((const uint8_t *)yes[k], strlen(yes[k])));
    const char *no[] = {"mate", "nena", "bella", "anna", "bestiex", ""};
    for (size_t k = 0; k < 6; k++)
        assert_false(nw_ask57_address((const uint8_t *)no[k], strlen(no[k])));
}

/* A chat with no ask in a request body: the sender is rewritten and the body restored byte by
 * byte; the role sender and the chat words are left as typed. */
static void test_askless_chat_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"messages\":[{\"role\":\"user\",\"content\":\"mum: hope the flight is "
                     "ok\\nmelwen: yildiz gibi\\nmum: ok x\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "melwen"));
    assert_non_null(strstr(o, "mum: hope"));
    assert_non_null(strstr(o, "yildiz gibi"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_askless_chat_words_are_no_names),
        cmocka_unit_test(test_role_senders),
        cmocka_unit_test(test_address_words),
        cmocka_unit_test(test_transcripts_and_notes_unchanged),
        cmocka_unit_test(test_lists),
        cmocka_unit_test(test_askless_chat_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
