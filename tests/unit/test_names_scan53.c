/* test_names_scan53.c: OCR'd and faxed forms in capitals, third round (branch scan53).
 * - A person's label misread by one letter ("NAHME:", "N0M :", "NAMF:", "SURNAM E:", "NEV:")
 *   still labels the name after it (names_scan53.c, asked by names_labels7.c); a label two
 *   misreadings away, or in ordinary case, does not.
 * - A capitals run of an office, a register, a place heading or a street ("ASKERLİK ŞUBESİ",
 *   "CALEA BUCUREȘTI", "NÁRODNÍ TŘÍDA") is no person (names_scan53.c, asked by names_shape.c).
 * - A name after a misread label rewrites to a token and restores as it was sent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"
#include "rewrite_rt.h"

static void test_misread_person_labels_label_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NAHME: HARTMUT KELLER\n", "PERSON=HARTMUT KELLER"},
        {"N0M : PENTTI KORHONEN\n", "PERSON=PENTTI KORHONEN"},
        {"NAMF: PENTTI KORHONEN\n", "PERSON=PENTTI KORHONEN"},
        {"SURNAM E: KORHONEN\n", "PERSON=KORHONEN"},
        {"NEV: NAGY ISTVAN\n", "PERSON=NAGY ISTVAN"},
        {"NÉVV: KOVÁCS KATALIN\n", "PERSON=KOVÁCS KATALIN"},
        {"N4ME.: TANAKA HIROSHI\n", "PERSON=TANAKA HIROSHI"},
        /* two misreadings, or no capitals: no label */
        {"NAHMF: HARTMUT KELLER\n", ""},
        {"GAME: HALO INFINITE\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_caps_offices_and_streets_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"SICIL NO 1234567\nASKERLİK ŞUBESİ\n", ""},
        /* no person; the street itself is found since street57 (a type word first in its cell,
         * the cell's end after the number: names_scan56.c/names_scan57.c) */
        {"DOMICILIUL: CALEA BUCUREȘTI 12\n", "STREET_ADDRESS=CALEA BUCUREȘTI 12"},
        {"BYDLIŠTĚ: NÁRODNÍ TŘÍDA 12\n", ""},
    };
    CHECK(def_engine, c);
}

/* The request rewritten, then an answer holding its token restored byte for byte. */
static void test_misread_label_name_round_trip(void **state)
{
    (void)state;
    static const char req[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"Transcribe this "
                              "scan:\\nNAHME: HARTMUT KELLER\\nSICIL NO 1234567\"}]}";
    static const char want[] = "Dear HARTMUT KELLER,";
    static const char answer[] = "Dear [PERSON_1],";
    static const char *const gone[] = {"KELLER", "HARTMUT", NULL};
    answer_round_trip(req, gone, answer, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_misread_person_labels_label_a_name),
        cmocka_unit_test(test_caps_offices_and_streets_are_no_person),
        cmocka_unit_test(test_misread_label_name_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
