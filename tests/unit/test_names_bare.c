/* test_names_bare.c: PERSON where nothing but the name says it is one (names_bare.c and its
 * hooks in names.c): a word of time that opens the clause before a full name is not part of it,
 * a name in capitals fills the line under its form label, a town alone on a form's line and
 * German words of time ("Letzte Woche") are no people, a lower-case name after "think" in chat
 * (names_chat.c's cue) is one, and so is a list item after a person's item; each with the
 * look-alike it must leave alone. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_word_of_time_before_full_name_is_not_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Stamattina Noemi Sartori ha inviato i dati.", "PERSON=Noemi Sartori"},
        {"Ayer Ainhoa Arriaga llamó por la renovación.", "PERSON=Ainhoa Arriaga"},
        {"Gestern Wiebke Lehmann angerufen.", "PERSON=Wiebke Lehmann"},
        /* a title after the word of time stays unfound, article and all */
        {"Stamattina La Dolce Vita ha vinto.", ""},
        {"Ayer Cien Años llamó la atención.", ""},
    };
    CHECK(c);
}

static void test_caps_name_on_line_under_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Factura 2026-0042\nCliente:\nLUCIA FERNANDEZ\n", "PERSON=LUCIA FERNANDEZ"},
        {"Rechnung 77\nKunde:\nWIEBKE LEHMANN\n", "PERSON=WIEBKE LEHMANN"},
        /* a company in capitals under the same label */
        {"Factura 2026-0042\nCliente:\nACME SOLUTIONS\n", ""},
        {"Factura 2026-0042\nCliente:\nFERRANTE SPA\n", ""},
    };
    CHECK(c);
}

static void test_words_of_time_and_form_town_are_not_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Letzte Woche hat Deutsche Bahn den Vertrag gekündigt.", ""},
        {"Kunde:\nLucia Fernandez\nVerona\n", "PERSON=Lucia Fernandez"},
        {"Agenda\n- Quality Assurance, Verona\n", ""},
        /* a town's name with words around it on its line may still be a person */
        {"Thanks, Verona will call you back.", "PERSON=Verona"},
    };
    CHECK(c);
}

static void test_lower_case_name_after_think(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"i think anna fixed it already", "PERSON=anna"},
        {"i think redis is down again", ""},
        {"i think this is fine", ""},
    };
    CHECK(c);
}

static void test_person_in_list_after_person_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Teilnehmer\n1. Anna Vogt — Leeds\n2. Idsial Virrarpa — Bilbao\n",
         "PERSON=Anna Vogt;PERSON=Idsial Virrarpa"},
        {"- Anna Vogt\n- Gonsaro Sarceto (Backend)\n", "PERSON=Anna Vogt;PERSON=Gonsaro Sarceto"},
        /* an agenda item after a person, a line with another mark */
        {"Agenda\n1. Anna Vogt\n2. Release Notes\n", "PERSON=Anna Vogt"},
        {"1. Anna Vogt\n- Idsial Virrarpa\n", "PERSON=Anna Vogt"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_of_time_before_full_name_is_not_name),
        cmocka_unit_test(test_caps_name_on_line_under_label),
        cmocka_unit_test(test_words_of_time_and_form_town_are_not_people),
        cmocka_unit_test(test_lower_case_name_after_think),
        cmocka_unit_test(test_person_in_list_after_person_line),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
