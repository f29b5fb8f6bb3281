/* test_leaks46.c: the names stop 45 left open, through the default packs: a lone lower-case
 * given name after a request verb (`ask maria`, `frag mal heike`, `demande à paul`, `vraag het
 * even aan joost`, `pregunta a pilar`, `chiedi a chiara`) and a lower-case surname after an
 * assignment verb (`Assigned to weber`, `Bitte an keller weiterleiten`, `doorgestuurd naar de
 * vries`, `asignado a garcía`), with the words that fill those slots without naming anyone
 * (`ask google`, `frag nach`, `assigned to me`, `naar de helpdesk`, `passed to zalloc`); the
 * chat cues the same pass hands to names_chat.c; payer and sender labels in capitals with Latin
 * Extended-A letters and applicant labels of the Nordic and Central European languages, firms
 * after them left alone.
 * Each case lists every finding ("TYPE=value;..."), so a widened rule shows what it takes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_a_lone_given_name_after_a_request_verb(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"can you ask maria about the invoice?", "PERSON=maria"},
        {"frag mal heike wegen dem Zugang", "PERSON=heike"},
        {"demande \xc3\xa0 paul si le build passe", "PERSON=paul"},
        {"vraag het even aan joost, die weet het", "PERSON=joost"},
        {"pregunta a pilar por la factura", "PERSON=pilar"},
        {"chiedi a chiara se ha firmato", "PERSON=chiara"},
    };
    CHECK(c);
}

static void test_what_fills_a_request_verbs_slot_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"just ask google", ""},
        {"frag nach dem Weg", ""},
        {"the ask will go to finance", ""},
        {"i'll ask around", ""},
        {"vraag het aan de balie", ""},
        {"demande \xc3\xa0 l'accueil", ""},
        {"great place to ask general information questions", ""},
        {"ask kafka about the deploy", ""},
        {"chiedi a qualcuno", ""},
    };
    CHECK(c);
}

static void test_a_lower_case_surname_after_an_assignment_verb(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Assigned to weber yesterday, ETA Friday.", "PERSON=weber"},
        {"Bitte an keller weiterleiten.", "PERSON=keller"},
        {"Doorgestuurd naar de vries gisteren.", "PERSON=de vries"},
        {"Asignado a garc\xc3\xad"
         "a ayer.",
         "PERSON=garc\xc3\xad"
         "a"},
        {"Escalated to james okafor on Monday.", "PERSON=james okafor"},
        {"Transmis \xc3\xa0 moreau ce matin.", "PERSON=moreau"},
    };
    CHECK(c);
}

static void test_what_fills_an_assignment_verbs_slot_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Assigned to me yesterday.", ""},
        {"Forwarded to support for review.", ""},
        {"Doorgestuurd naar de helpdesk gisteren.", ""},
        {"Merci de faire suivre \xc3\xa0 la compta.", ""},
        {"Zugewiesen an niemanden seit gestern", ""},
        {"The buffers are passed to zalloc and zfree.", ""},
        {"We look forward to hacking with you!", ""},
        {"Handed over to whoever is on call.", ""},
    };
    CHECK(c);
}

static void test_the_chat_cues_still_read_their_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ok sameya i'll ping you later", "PERSON=sameya"},
        {"ask josla, she knows", "PERSON=josla"},
        {"ask will about it", ""}, /* the chat cue's own look-alike */
    };
    CHECK(c);
}

static void test_payer_labels_in_capitals_and_applicant_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"P\xc5\x81"
         "ATNIK: NOWAK PAWE\xc5\x81\nKWOTA: 120,00 PLN",
         "PERSON=NOWAK PAWE\xc5\x81"},
        {"P\xc5\x98\xc3\x8dKAZCE: DVO\xc5\x98\xc3\x81K JI\xc5\x98\xc3\x8d\n",
         "PERSON=DVO\xc5\x98\xc3\x81K JI\xc5\x98\xc3\x8d"},
        {"S\xc3\xb6kande: Lindqvist, Karin\n", "PERSON=Lindqvist, Karin"},
        {"Hakija: Virtanen, Aino\n", "PERSON=Virtanen, Aino"},
        /* firms after the same labels */
        {"S\xc3\xb6kande: Holm Bygg AB\nHakija: Virtanen Rakennus Oy\n", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_lone_given_name_after_a_request_verb),
        cmocka_unit_test(test_what_fills_a_request_verbs_slot_stays),
        cmocka_unit_test(test_a_lower_case_surname_after_an_assignment_verb),
        cmocka_unit_test(test_what_fills_an_assignment_verbs_slot_stays),
        cmocka_unit_test(test_the_chat_cues_still_read_their_names),
        cmocka_unit_test(test_payer_labels_in_capitals_and_applicant_labels),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
