/* test_names_intro12.c: people introducing themselves at the start of a message (branch intro12):
 * a capitalised "Ich bin", "Sono", "Eu sou" before a full name; the token starts at the name, never
 * at the verb; a famous name after a strong personal cue in every locale is a private person; a job
 * or an adjective after the verb stays.
 */
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

#include "names_cases.h"

/* The intro at the message's start, before a full name, real or invented. */
static void test_intro12_intro_at_message_start(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ich bin Jonas Weber.", "PERSON=Jonas Weber"},
        {"Ich bin Maria Keller, Ihre Ansprechpartnerin.", "PERSON=Maria Keller"},
        {"Ich bin Talvo Reskan.", "PERSON=Talvo Reskan"},
        {"Sono Giulia Bianchi.", "PERSON=Giulia Bianchi"},
        {"Sono Marco Rossi e lavoro a Milano.", "PERSON=Marco Rossi"},
        {"Sono Brunella Vostari.", "PERSON=Brunella Vostari"},
        {"Eu sou Ana Costa.", "PERSON=Ana Costa"},
        {"Eu sou Ana Costa e preciso de ajuda.", "PERSON=Ana Costa"},
    };
    CHECK(c);
}

/* A famous name after "my name is" in any locale: the speaker, a private person. */
static void test_intro12_personal_cue_beats_famous(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Je m'appelle Emmanuel Macron, client depuis 2019.", "PERSON=Emmanuel Macron"},
        {"Mi nombre es Jos\xc3\xa9 Luis Rodr\xc3\xadguez Zapatero.",
         "PERSON=Jos\xc3\xa9 Luis Rodr\xc3\xadguez Zapatero"},
        {"O meu nome \xc3\xa9 Lu\xc3\xads Figo.", "PERSON=Lu\xc3\xads Figo"},
        {"My name is Barack Obama and I need help with my invoice.", "PERSON=Barack Obama"},
    };
    CHECK(c);
}

/* A job, an adjective or a topic stays. */
static void test_intro12_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ich bin Arzt.", ""},
        {"Hallo, ich bin Arzt.", ""},
        {"Ich bin Software Engineer bei SAP.", ""},
        {"Sono Product Manager.", ""},
        {"Sono Stanco.", ""},
        {"Je suis Data Scientist.", ""},
        {"Je suis Docteur.", ""},
        {"Write a short poem about Emmanuel Macron.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_intro12_intro_at_message_start),
        cmocka_unit_test(test_intro12_personal_cue_beats_famous),
        cmocka_unit_test(test_intro12_look_alikes_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
