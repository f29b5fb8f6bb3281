/* test_names_famous.c: famous people named as a topic are no PERSON (names_famous.c and its
 * gazetteer anonymize/data/famous.txt), in each locale, by full name and short form, with and
 * without accents; a topic phrase or a lifespan before an unknown name; and the personal cues
 * that keep a namesake the writer deals with a PERSON: titles, greetings, relation words, verbs
 * of dealing, labels, JSON keys, CSV cells, signatures, a matching e-mail address. */
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
#include "anonymize/names_learn.h"

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_famous_full_name_as_topic_in_each_locale(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Write a short biography of Marie Curie for a school project.", ""},
        {"Explain why Nelson Mandela is still famous today.", ""},
        {"Schreib ein Referat über Johann Sebastian Bach.", ""},
        {"Qu'est-ce que Simone de Beauvoir a écrit exactement ?", ""},
        {"Wat schilderde Vincent van Gogh precies?", ""},
        {"¿Qué escribió exactamente Gabriel García Márquez?", ""},
        {"Riassumi la vita di Maria Montessori in cinque frasi.", ""},
        {"O que Fernando Pessoa escreveu exatamente?", ""},
    };
    CHECK(c);
}

static void test_short_form_and_spelling_without_accents(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Compare Gandhi and Mandela as leaders.", ""},
        {"Which paintings did Da Vinci never finish?", ""},
        {"Escribe un ensayo sobre Gabriel Garcia Marquez.", ""},
        {"Resume a obra de García Márquez.", ""},
        {"Louis XIV built Versailles.", ""},
        {"Escribe sobre Frida Kahlo y Diego Rivera.", ""},
        {"Summarise Martin Luther King Jr.'s speech.", ""},
        {"Who was J. R. R. Tolkien?", ""},
        /* a common surname is no short form: it stays a name where names.c finds one */
        {"Mr Wagner called about the invoice.", "PERSON=Wagner"},
    };
    CHECK(c);
}

static void test_topic_phrase_or_lifespan_before_unknown_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"I need a biography of Tomasz Wielgorski for class.", ""},
        {"Lies das Gedicht von Annegret Vollmerhaus.", ""},
        {"Ludovica Sbarrazzi (1701-1768) painted the chapel.", ""},
        {"ma fille prépare un exposé sur Gerrike Mörsbrecht, peux-tu relire ?", ""},
        /* a tenure in brackets is no life ("former chairs") */
        {"Rosalind Brouwers (1998-2004) chaired the board.", "PERSON=Rosalind Brouwers"},
    };
    CHECK(c);
}

static void test_heading_colon_and_regnal_number_are_no_personal_cue(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Trivia: Rosalía de Castro wrote more than most people realise.", ""},
        {"Unterrichtsentwurf Klasse 9: Simone de Beauvoir und ihre Zeit", ""},
        {"Can you recommend a good book about Queen Elizabeth II?", ""},
        {"Subject: Marie Curie essay", ""},
        {"{\"role\": \"user\", \"content\": \"Marie Curie discovered what?\"}", ""},
        /* a form's label is one */
        {"From: Angela Merkel <angela.merkel@example.com>", "PERSON=Angela Merkel"},
    };
    CHECK(c);
}

static void test_personal_cue_keeps_a_namesake(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dear Ms Angela Merkel,\n\nyour rent will rise.", "PERSON=Angela Merkel"},
        {"Patient: Michael Jordan\nReason: follow-up", "PERSON=Michael Jordan"},
        {"my colleague Michael Jordan will join the call", "PERSON=Michael Jordan"},
        {"mein Nachbar Thomas Mann hat das Paket.", "PERSON=Thomas Mann"},
        {"Please call Victor Hugo back today.", "PERSON=Victor Hugo"},
        {"Kind regards,\nAnne Frank", "PERSON=Anne Frank"},
        {"name,plan,city\nMarie Curie,basic,Lyon", "PERSON=Marie Curie"},
    };
    CHECK(c);
}

static void test_private_person_beside_famous_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"my son Tomasz wrote an essay about Simón Bolívar.", "PERSON=Tomasz"},
        {"Hi Gerrike, here are the slides on Frida Kahlo.", "PERSON=Gerrike"},
    };
    CHECK(c);
}

/* Every prefix of a text with each signal is scanned without reading past its end. */
static void test_every_famous_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("From: Angela Merkel <angela.merkel@example.com>\nA poem by Rainer "
                      "Maria Rilke; Ludovica Sbarrazzi (c. 1701–1768), Gandhi, Garcia Marquez");
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_famous_full_name_as_topic_in_each_locale),
        cmocka_unit_test(test_short_form_and_spelling_without_accents),
        cmocka_unit_test(test_topic_phrase_or_lifespan_before_unknown_name),
        cmocka_unit_test(test_heading_colon_and_regnal_number_are_no_personal_cue),
        cmocka_unit_test(test_personal_cue_keeps_a_namesake),
        cmocka_unit_test(test_private_person_beside_famous_one),
        cmocka_unit_test(test_every_famous_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
