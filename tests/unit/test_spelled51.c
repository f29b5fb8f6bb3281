/* test_spelled51.c: e-mail addresses read out or spelled with the at and dot words of the pack
 * languages (branch spelled51, spelled51.c, detectors_global.c's OBF_SATW/OBF_SDOTW,
 * contrib/bench/accuracy/notes/spelled51.md): found whole, with both sweeps; prose with a dot
 * word and no at word stays; a spoken address is rewritten and restored as said. */
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

static void test_spoken_addresses_in_each_language(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"meine mail ist anna punkt weber at web punkt de danke",
         "EMAIL=anna punkt weber at web punkt de"},
        {"mijn mail is pieter punt jansen apenstaartje kpnmail punt nl",
         "EMAIL=pieter punt jansen apenstaartje kpnmail punt nl"},
        {"mi mail è davide punto rossi chiocciola gmail punto com grazie",
         "EMAIL=davide punto rossi chiocciola gmail punto com"},
        {"mój mail to jan kropka nowak małpa wp kropka pl",
         "EMAIL=jan kropka nowak małpa wp kropka pl"},
        {"můj email je jakub tečka novak zavináč seznam tečka cz",
         "EMAIL=jakub tečka novak zavináč seznam tečka cz"},
        {"min mejl är erik punkt lund snabel-a telia punkt se",
         "EMAIL=erik punkt lund snabel-a telia punkt se"},
        {"schreib an jonas ät posteo punkt de", "EMAIL=jonas ät posteo punkt de"},
        {"mi correo es tiago ponto rodrigues arroba outlook ponto com",
         "EMAIL=tiago ponto rodrigues arroba outlook ponto com"},
    };
    check_both_sweeps(c, sizeof c / sizeof c[0]);
}

/* dot words in prose, with no at word before a host, or no known top-level domain after */
static void test_dot_words_in_prose_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"der punkt ist dass wir morgen punkt acht uhr anfangen", ""},
        {"el punto de encuentro es la plaza punto final", ""},
        {"wir treffen uns at home punkt zehn", ""},
        {"la chiocciola sul tavolo punto e basta", ""},
        /* an English at word before a Romance phrase whose last word is a top-level domain */
        {"I arrived at station point de depart", ""},
        {"we meet at home punto de encuentro", ""},
        {"the upper bits at this point in the loop are zero", ""},
    };
    check_both_sweeps(c, sizeof c / sizeof c[0]);
}

static void test_spoken_address_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "bitte an anna punkt weber at web punkt de schicken\n";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "bitte an [EMAIL_1] schicken\n");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Gesendet an [EMAIL_1].";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++)
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Gesendet an anna punkt weber at web punkt de.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spoken_addresses_in_each_language),
        cmocka_unit_test(test_dot_words_in_prose_stay),
        cmocka_unit_test(test_spoken_address_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
