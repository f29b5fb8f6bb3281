/* test_names_prec48.c: false PERSON findings by the reader that made them (stop 48), through the
 * default packs: a form's "Label: Value" lines read as a chat's bare speakers (names_chat.c), a
 * column's head in a space-aligned table's head row over its rule (names_prec47.c), a quoted
 * reply's acknowledging first word read as its addressee (names_chat2.c); each
 * beside the real people who must stay masked, and the chats whose bare speakers stay people.
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

static void test_a_forms_label_lines_are_no_speakers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Celebration cake orders\n\nCliente: Serena Bruno\nCake: Battenberg\nPickup: "
         "2025-06-08\nBaker: Pietro\n\nCliente: Stemo Gamoaro\nCake: Pavlova\nPickup: "
         "2025-06-09\nBaker: Pietro\n",
         "PERSON=Serena Bruno;PERSON=Pietro;PERSON=Stemo Gamoaro;PERSON=Pietro"},
        {"League standings\n\nTeam: Alley Cats\nLane: Lane 7\nCaptain: Sanbal Vecaedo\nTotal: "
         "1771\n\nTeam: Strike Force\nLane: Lane 2\nCaptain: Rocío Ruiz\nTotal: 2607\n",
         "PERSON=Sanbal Vecaedo;PERSON=Rocío Ruiz"},
    };
    CHECK(c);
}

static void test_bare_speakers_who_say_something_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Maria Keller: can you send me the invoice?\nJonas Weber: sure, on its way\nMaria "
         "Keller: thanks\n",
         "PERSON=Maria Keller;PERSON=Jonas Weber;PERSON=Maria Keller"},
        {"Tyrone O'SULLIVAN: Good morning, this is the interview.\nOKAFOR Lauren: Morning.\nTyrone "
         "O'SULLIVAN: For the tape, your name?\nOKAFOR Lauren: Lauren Okafor.\n",
         "PERSON=Tyrone O'SULLIVAN;PERSON=OKAFOR Lauren;PERSON=Tyrone O'SULLIVAN;PERSON=OKAFOR "
         "Lauren;PERSON=Lauren Okafor"},
    };
    CHECK(c);
}

static void test_a_head_row_over_a_rule_names_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"HEARING AID FITTING RECORD\nPatient               Fødselsdag            Audiogram\n"
         "====================  ====================  ==========\nSTRAND Ingrid          "
         "12.03.1951            left 45 dB\n",
         "PERSON=STRAND Ingrid;DATE_OF_BIRTH=12.03.1951"},
        {"Patient               Geboortedatum         Audiogram\n"
         "--------------------  --------------------  ----------\nSmeets Anouk           "
         "02-11-1948            right 50 dB\n",
         "PERSON=Smeets Anouk;DATE_OF_BIRTH=02-11-1948"},
    };
    CHECK(c);
}

static void test_rows_over_a_tables_frame_stay_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"+----+------------------+\n| id | name             |\n+----+------------------+\n"
         "|  1 | Maria Keller     |\n+----+------------------+\n",
         "PERSON=Maria Keller"},
        {"Maria Keller  Jonas Weber\n"
         "x\n",
         "PERSON=Maria Keller;PERSON=Jonas Weber"},
    };
    CHECK(c);
}

static void test_a_quoted_reply_opening_with_thanks_names_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"El mar, 17/03/2020 a las 10:14, Rodrigo Romero (<rodrigo.romero@example.org>) "
         "escribió:\n> Recibido, lo paso a contabilidad.\n>\n> Un saludo,\n> Quilloqui\n",
         "PERSON=Rodrigo Romero;EMAIL=rodrigo.romero@example.org;PERSON=Quilloqui"},
        {"Am Di., 18.01.2023 um 10:14 schrieb Maugas Fenwinfenbach <mf@mail.example.com>:\n> "
         "Danke, geht an die Buchhaltung.\n",
         "PERSON=Maugas Fenwinfenbach;EMAIL=mf@mail.example.com"},
        {"El mar, 17/03/2020 a las 10:14, Rodrigo Romero (<rodrigo.romero@example.org>) "
         "escribió:\n> Glona, pode me mandar o arquivo?\n",
         "PERSON=Rodrigo Romero;EMAIL=rodrigo.romero@example.org;PERSON=Glona"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_forms_label_lines_are_no_speakers),
        cmocka_unit_test(test_bare_speakers_who_say_something_stay),
        cmocka_unit_test(test_a_head_row_over_a_rule_names_no_one),
        cmocka_unit_test(test_rows_over_a_tables_frame_stay_people),
        cmocka_unit_test(test_a_quoted_reply_opening_with_thanks_names_no_one),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
