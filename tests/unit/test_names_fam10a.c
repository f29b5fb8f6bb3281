/* test_names_fam10a.c: PERSON in the shapes of names_fam10a.c (a QSO log's name column, "op:",
 * "name X qth", a speaker in square brackets, a meeting transcript's "00:14:03 | X:", a guest in a
 * seating chart's line, the parties of "between X and Y", "yeah X,", "Tuesday: X", "comma X",
 * "X from ops"), per language, and the look-alikes in the same places (call signs, Q-codes,
 * "[INFO]", "[bot]", "[chat closed]", a table named after flowers, "between 5 and 6", "between
 * Monday and Friday", "between React and Vue", two towns). */
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

static void test_name_column_of_a_qso_log(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1408Z 14.205 DL1ABC Hans 59 59\n1412Z 14.205 G4XYZ Torwena 59 57\n",
         "PERSON=Hans;PERSON=Torwena"},
        {"0733Z 7.074 F5ABC Camille 599\n", "PERSON=Camille"},
        {"QSO with PA3XYZ, op: Brenwick, rig IC-7300\n", "PERSON=Brenwick"},
        {"W6NQ de EA1WK: ur rst 579 nombre Javier qth EA7 tnx fer QSO\n", "PERSON=Javier"},
    };
    CHECK(c);
}

static void test_call_signs_and_q_codes_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1408Z 14.205 DL1ABC QRZ 59 59\n1410Z 14.205 G4XYZ QSL 59 59\n", ""},
        {"op: DL1ABC portable\n", ""},
        {"1408Z 14.205 DL1ABC CQ 59 59\n", ""},
    };
    CHECK(c);
}

static void test_speaker_in_square_brackets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[chat Megan] let me check that for you\n", "PERSON=Megan"},
        {"[soporte Lucía] lo reviso ahora\n", "PERSON=Lucía"},
        {"[suporte Beatriz] vou verificar\n", "PERSON=Beatriz"},
        {"[app Jonas] ich schaue nach\n", "PERSON=Jonas"},
        {"[09:32] [Camille Moreau] bonjour\n", "PERSON=Camille Moreau"},
    };
    CHECK(c);
}

static void test_tags_in_square_brackets_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[INFO] session 4411 started\n[bot] hi\n[chat closed] thanks\n", ""},
        {"[WARN] disk almost full\n[chat ended] bye\n[Bot] hello\n", ""},
        {"[app Settings] opened\n", ""},
    };
    CHECK(c);
}

static void test_speaker_after_a_timestamp_and_a_bar(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"00:14:03 | Maria Keller: ok\n00:14:09 | Jonas Weber: agreed\n",
         "PERSON=Maria Keller;PERSON=Jonas Weber"},
    };
    CHECK(c);
}

static void test_guests_of_a_seating_chart(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Table 3: Maria Keller, grandad Liam\n", "PERSON=Maria Keller;PERSON=Liam"},
        {"Tavolo 2: Giulia, nonno Davide, zio Matteo\n",
         "PERSON=Giulia;PERSON=Davide;PERSON=Matteo"},
        {"Mesa 4: Tiago, vovô Rui, tia Leonor\n", "PERSON=Tiago;PERSON=Rui;PERSON=Leonor"},
    };
    CHECK(c);
}

static void test_a_table_named_after_flowers_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Table 3: Roses\n", ""},
        {"Tisch 5: Sonnenblumen\n", ""},
        {"Table 7: Lavender\n", ""},
    };
    CHECK(c);
}

static void test_parties_of_an_agreement(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"This agreement is made between Maria Keller and Jonas Weber.\n",
         "PERSON=Maria Keller;PERSON=Jonas Weber"},
        {"Dieser Vertrag wird zwischen Lena Vogel und Tobias Krause geschlossen.\n",
         "PERSON=Lena Vogel;PERSON=Tobias Krause"},
        {"Il presente accordo è stipulato tra Giulia e Matteo.\n", "PERSON=Giulia;PERSON=Matteo"},
    };
    CHECK(c);
}

static void test_ranges_and_pairs_after_between_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"It runs between 5 and 6 pm.\n", ""},
        {"Open between Monday and Friday.\n", ""},
        {"Torn between React and Vue?\n", ""},
        {"Der Zug fährt zwischen Berlin und Hamburg.\n", ""},
    };
    CHECK(c);
}

static void test_spoken_and_bulletin_slots(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"00:03:15 | Hannah: yeah Oliver, agreed\n", "PERSON=Hannah;PERSON=Oliver"},
        {"Readers\nDienstag: Katrin\n", "PERSON=Katrin"},
        {"Maria from ops will send the figures.\n", "PERSON=Maria"},
        {"dear Sophie comma see you comma Oliver\n", "PERSON=Sophie;PERSON=Oliver"},
    };
    CHECK(c);
}

static void test_every_fam10a_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("1408Z 14.205 DL1ABC Hans 59 59\nQSO with PA3XYZ, op: Lotte\nname Jonas "
                      "qth Berlin\n[chat Maria] hi\n[09:32] [Camille Moreau] ok\n00:14:03 | Maria "
                      "Keller: ok\nTable 3: Maria, nonno Davide\nbetween Maria and Jonas\nyeah "
                      "Oliver,\nDienstag: Katrin\nRosary with Jack at 6pm\n[");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_column_of_a_qso_log),
        cmocka_unit_test(test_call_signs_and_q_codes_are_no_people),
        cmocka_unit_test(test_speaker_in_square_brackets),
        cmocka_unit_test(test_tags_in_square_brackets_are_no_people),
        cmocka_unit_test(test_speaker_after_a_timestamp_and_a_bar),
        cmocka_unit_test(test_guests_of_a_seating_chart),
        cmocka_unit_test(test_a_table_named_after_flowers_is_no_person),
        cmocka_unit_test(test_parties_of_an_agreement),
        cmocka_unit_test(test_ranges_and_pairs_after_between_are_no_people),
        cmocka_unit_test(test_spoken_and_bulletin_slots),
        cmocka_unit_test(test_every_fam10a_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
