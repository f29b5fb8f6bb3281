/* test_names_nspeed11.c: names.c's byte tests of its look-backs (lead_mark(), line_mark(),
 * word_byte()) read one table of byte classes (names_nspeed11.c) and give the answers of the
 * switches and bit masks they replace. The audit holds the table to the sets' definitions; the
 * cases (each expectation is the branch base's answer, taken by building this file against the
 * base's names.c) walk back over each class of byte, in several languages: the word before a run
 * (letters, digits, '.', '\'', UTF-8 bytes, a 24-byte bound), the marks before a label's value
 * ('"', '*', '(', '\\', a tab) and at a line's start ('>', '-', '#', '|'), and bytes in none
 * (DEL, '~'). The prescan (ANON_NAMES_HINT_STRONG) asks strong_may(), which walks all three.
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
#include "anonymize/names_internal.h"

#include "names_cases.h"
#include "prescan_finds.h"

static void test_byte_classes_match_their_sets(void **state)
{
    (void)state;
    assert_int_equal(nw_byte_class_audit(), 0);
    assert_true(nw_byte_class[0] & NW_BC_LEAD);
    assert_true(nw_byte_class[0] & NW_BC_LINE);
    assert_false(nw_byte_class[0] & NW_BC_WORD);
    assert_true(nw_byte_class[0xFF] & NW_BC_WORD);
    assert_false(nw_byte_class[0x7F]);
    assert_false(nw_byte_class['_']);
}

static void test_prescan_walks_back_over_each_class(void **state)
{
    (void)state;
    static const struct {
        const char *body;
        const char *names[2];
        size_t n;
    } c[] = {
        {"Dear Mr. Quillan Moravec, thanks.", {"Mr", "Quillan Moravec"}, 2},
        {"Sehr geehrte Frau Tavrensk, danke.", {"Tavrensk"}, 1},
        {"Estimado Señor Tavrensk, gracias.", {"Tavrensk"}, 1},
        {"Patient:\t*Dorvenka Pell*", {"Dorvenka Pell"}, 1},
        {"Patient: \"Dorvenka Pell\"", {"Dorvenka Pell"}, 1},
        {"Patient: (Dorvenka Pell)", {"Dorvenka Pell"}, 1},
        {"Patient: \\Dorvenka Pell", {0}, 0},
        {"Patient: ~Dorvenka Pell", {0}, 0},
        {"Thanks,\n> -- Brannock Velworth", {0}, 0},
        {"Cheers,\n#| Brannock Velworth", {0}, 0},
        {"Cheers,\n\x7f Brannock Velworth", {0}, 0},
        {"my name's Jorvik Asselborn", {"Jorvik Asselborn"}, 1},
        {"Beste mevr. Quilmara Tavinha,", {"Quilmara Tavinha"}, 1},
        {"team2 Quillan Moravec", {0}, 0},
        {"abcdefghijklmnopqrstuvwxyMr Quillan Moravec", {0}, 0},
        {"Summarise the notes. Konfiguration Cache", {0}, 0},
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
        bad |= prescan_finds(c[i].body, c[i].names, c[i].n);
    assert_false(bad);
}

/* strong_may()'s walks back with one bound each (8 bytes of lead marks, 16 of line marks, a
 * word of 24 bytes): texts at and beside each bound, and at the text's start. */
static void test_prescan_bounds_of_the_walks_back(void **state)
{
    (void)state;
    static const struct {
        const char *body;
        const char *names[2];
        size_t n;
    } c[] = {
        {"Patient:      \"Dorvenka Pell\"", {"Dorvenka Pell"}, 1},
        {"Patient:       \"Dorvenka Pell\"", {"Dorvenka Pell"}, 1},
        {"Patient:        \"Dorvenka Pell\"", {0}, 0},
        {"Patient:\t\t\t\t\t\t\t(Dorvenka Pell)", {"Dorvenka Pell"}, 1},
        {"Patient:\t\t\t\t\t\t\t\t(Dorvenka Pell)", {0}, 0},
        {"(Dorvenka Pell)", {0}, 0},
        {"Best regards,\nBrannock Velworth", {"Brannock Velworth"}, 1},
        {"Best regards,\n> > > > > > > Brannock Velworth", {0}, 0},
        {"Best regards,\n> > > > > > > >Brannock Velworth", {0}, 0},
        {"Best regards,\n> > > > > > > > Brannock Velworth", {0}, 0},
        {"Best regards,\n-- Brannock Velworth", {0}, 0},
        {"Best regards,\\n-- Brannock Velworth", {0}, 0},
        {"Best regards,\r\n|#* Brannock Velworth", {0}, 0},
        {"-- Brannock Velworth", {0}, 0},
        {"Dear Quillan Moravec", {"Quillan Moravec"}, 1},
        {"Dear  Quillan Moravec", {"Quillan Moravec"}, 1},
        {"abcdefghijklmnopqrstuvDear Quillan Moravec", {0}, 0},
        {"abcdefghijklmnopqrstuvwDear Quillan Moravec", {0}, 0},
        {"Whats the name? Quillan Moravec", {"Quillan Moravec"}, 1},
        {"My surname? Quillan Moravec", {"Quillan Moravec"}, 1},
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
        bad |= prescan_finds(c[i].body, c[i].names, c[i].n);
    assert_false(bad);
}

static void test_string_scans_walk_back_over_each_class(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dear Mr. Quillan Moravec, thanks.", "PERSON=Quillan Moravec"},
        {"Estimado Señor Tavrensk, gracias.", "PERSON=Tavrensk"},
        {"Patient:\t*Dorvenka Pell*", "PERSON=Dorvenka Pell"},
        {"Patient: (Dorvenka Pell)", "PERSON=Dorvenka Pell"},
        {"Patient: ~Dorvenka Pell", ""},
        {"Thanks,\n> -- Brannock Velworth", "PERSON=Brannock Velworth"},
        /* the rules' walk back stops at the DEL byte; model47's retrain (threshold 48) takes the
         * sign-off's name */
        {"Cheers,\n\x7f Brannock Velworth", "PERSON=Brannock Velworth"},
        {"my name's Jorvik", "PERSON=Jorvik"},
        {"O'Varrow's report is late.", ""},
        {"team2 Quillan Moravec", "PERSON=Quillan Moravec"},
        {"Wie kann ich die Konfiguration ändern?", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_byte_classes_match_their_sets),
        cmocka_unit_test(test_prescan_walks_back_over_each_class),
        cmocka_unit_test(test_prescan_bounds_of_the_walks_back),
        cmocka_unit_test(test_string_scans_walk_back_over_each_class),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
