/* test_names_spoken53.c: speech-to-text, third round (branch spoken53, names_spoken53.c,
 * contrib/bench/accuracy/notes/spoken53.md): a name after a relation word ("my executor is",
 * "mia moglie", "a férjem") is a person, the same words before what the person does are not ("my
 * son lives in leeds"); Hungarian "X vagyok"; a weak introduction opening a one-turn note; a
 * surname spelled with an alphabet to its last word ("... o come otranto"), rewritten and
 * restored as said; a Turkish birth opening with "on" and a Polish one closing with "roku". */
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

/* ... and the same relation words before a verb or a box are no name. */
static void test_relation_words_name_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Summarise this call for the file:\n\nyeah hi my name is rory ashworth and my executor "
         "is harriet brennan",
         "PERSON=rory ashworth;PERSON=harriet brennan"},
        {"Riassumi questa registrazione per la pratica:\n\nsalve mi chiamo chiara ricci mia "
         "moglie giulia rinaldi ha chiamato ieri",
         "PERSON=chiara ricci;PERSON=giulia rinaldi"},
        {"Foglald össze ezt a felvételt:\n\njó napot kívánok kiss anna vagyok a férjem papp "
         "zoltán ügyében hívom önöket mert a kocsi megsérült",
         "PERSON=kiss anna;PERSON=papp zoltán"},
        {"Summarise this call for the file:\n\nuh my name is rory ashworth my son lives in leeds "
         "and she was in the witness box all day",
         "PERSON=rory ashworth"},
    };
    CHECK(c);
}

/* A weak introduction opening a one-turn note; births with Turkish "on" and Polish "roku". */
static void test_opening_intro_and_births(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rezumă această înregistrare pentru dosar:\n\naici alina stan vă rog să mă sunați "
         "înapoi în legătură cu programarea de mâine mulțumesc",
         "PERSON=alina stan"},
        {"Bu kaydı dosya için özetle:\n\nmerhaba adım ayşe yılmaz doğum tarihi on sekiz mart bin "
         "dokuz yüz seksen iki",
         "PERSON=ayşe yılmaz;DATE_OF_BIRTH=on sekiz mart bin dokuz yüz seksen iki"},
        {"Podsumuj to nagranie do akt:\n\nnazywam się dorota mazur urodzona ósmego kwietnia "
         "tysiąc dziewięćset sześćdziesiątego trzeciego roku",
         "PERSON=dorota mazur;DATE_OF_BIRTH=ósmego kwietnia tysiąc dziewięćset "
         "sześćdziesiątego trzeciego roku"},
    };
    CHECK(c);
}

/* A surname spelled with the Italian alphabet to its last word: tokens, restored as said. */
static void test_spelled_alphabet_surname_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "Riassumi questa registrazione:\n\npronto mi chiamo davide conti le faccio "
                     "lo spelling c come como o come otranto n come napoli t come torino i come "
                     "imola";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "Riassumi questa registrazione:\n\npronto mi chiamo [PERSON_1] le "
                           "faccio lo spelling [PERSON_2]");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Caller [PERSON_1], spelled [PERSON_2].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Caller davide conti, spelled c come como o come "
                                          "otranto n come napoli t come torino i come imola.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relation_words_name_a_person),
        cmocka_unit_test(test_opening_intro_and_births),
        cmocka_unit_test(test_spelled_alphabet_surname_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
