/* test_names_nspeed5.c: the cheaper byte tests of branch nspeed5 ask the questions they replaced.
 * names_rosters.c: a label's walk back from its ':' (a stop table, one bound of 40 bytes) finds
 * labels at the text's start, after each stop byte and not 40 bytes or more back; a class heading
 * (its first letter tested first) still opens a roster in each locale; list marks before a name
 * line are still skipped now that a letter leaves at once. names_informal.c: the conjunctions'
 * first and last bytes (comparisons for strchr()) still join lone names, and the filter of the
 * lead words (inf_code() without branches) still knows them in capitals and lower case.
 * names_forms5.c: "Dr. med. vet." before a surname in capitals (word3() for strcmp()).
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_roster_label_found_after_each_stop_byte(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the label opens the text: the walk back ends at 0 */
        {"Attendees: Brannoc Velworth, Quillan Ashdene, Hesper Dunmarrow\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow"},
        /* after a line of more than 40 bytes: the walk ends at its '\n' */
        {"Notes of the weekly meeting of the planning group, room 4\nAnwesend: Jannik Wolberger, "
         "Ute Kastrelling, Falko Dernbrecht\n",
         "PERSON=Jannik Wolberger;PERSON=Ute Kastrelling;PERSON=Falko Dernbrecht"},
        /* after a tab and after a pipe (table cells) */
        {"Sprint 14\tAttendees: Brannoc Velworth, Quillan Ashdene, Hesper Dunmarrow\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow"},
        {"| Présents : Solène Varquier, Rémi Chambourd et Gaëlle Tarnissac |\n",
         "PERSON=Solène Varquier;PERSON=Rémi Chambourd;PERSON=Gaëlle Tarnissac"},
        /* a long label after a stop byte, 16 to 39 bytes back from the ':', with text of more
         * than 40 bytes before it (the walk's 16-byte steps) */
        {"Budget review for the third quarter of 2025, draft two\nRequired Attendees: Brannoc "
         "Velworth; Quillan Ashdene; Hesper Dunmarrow\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow"},
        {"Budget review for the third quarter of 2025, draft two | Optional Attendees (external "
         "guests): Brannoc Velworth, Quillan Ashdene\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene"},
        /* a label in brackets */
        {"Team lunch (Attendees: Brannoc Velworth, Quillan Ashdene)\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene"},
        /* no label: the words before the ':' are a sentence of 40 bytes or more, or a clause
         * after a comma */
        {"Please send the agenda to everyone who attends: Platform Team, Data Engineering\n", ""},
        {"Room booked, attendees: Platform Team, Data Engineering\n", ""},
    };
    CHECK(c);
}

static void test_class_headings_open_a_roster_in_each_locale(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Class of 1987\nBrannoc Velworth\nQuillan Ashdene\nHesper Dunmarrow\nTorvell Maribeth\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow;PERSON=Torvell "
         "Maribeth"},
        {"Abiturjahrgang 1959\nJannik Wolberger\nUte Kastrelling\nFalko Dernbrecht\n",
         "PERSON=Jannik Wolberger;PERSON=Ute Kastrelling;PERSON=Falko Dernbrecht"},
        {"Promoción 1987 – Colegio San Blas\nNerea Valcárzar\nIñigo Montesquilla\nPilar "
         "Garbenedo\n",
         "PERSON=Nerea Valcárzar;PERSON=Iñigo Montesquilla;PERSON=Pilar Garbenedo"},
        {"Eindexamenklas 1975\nBram Verhoeksma\nFemke van Dalkerink\nJoris Kamphorster\n",
         "PERSON=Bram Verhoeksma;PERSON=Femke van Dalkerink;PERSON=Joris Kamphorster"},
        /* a heading's word in lower case, or another capital first: no heading */
        {"class of 1987\nWeekly Report\nRelease Notes\nBuild Status\n", ""},
    };
    CHECK(c);
}

static void test_marks_before_name_lines_are_skipped(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"- Quillan Ashdene\n- Hesper Dunmarrow\n- Solène Varquier\n",
         "PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow;PERSON=Solène Varquier"},
        {"1. Jannik Wolberger\n2. Ute Kastrelling\n3. Falko Dernbrecht\n",
         "PERSON=Jannik Wolberger;PERSON=Ute Kastrelling;PERSON=Falko Dernbrecht"},
        {"• Bram Verhoeksma\n• Femke van Dalkerink\n• Joris Kamphorster\n",
         "PERSON=Bram Verhoeksma;PERSON=Femke van Dalkerink;PERSON=Joris Kamphorster"},
        {"> * Nerea Valcárzar\n> * Iñigo Montesquilla\n> * Pilar Garbenedo\n",
         "PERSON=Nerea Valcárzar;PERSON=Iñigo Montesquilla;PERSON=Pilar Garbenedo"},
    };
    CHECK(c);
}

static void test_conjunctions_and_lead_words_still_join_and_lead(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Lieke en Brammert komen morgen langs.", "PERSON=Lieke;PERSON=Brammert"},
        {"Remind Kwame and Efua about the rent.", "PERSON=Kwame;PERSON=Efua"},
        {"Jodol und Birte kommen später.", "PERSON=Jodol;PERSON=Birte"},
        {"Merci à Solène et Gaëlle !", "PERSON=Solène;PERSON=Gaëlle"},
        {"Ana y Brammert llegan mañana.", "PERSON=Ana y Brammert"},
        {"Thanks Quillan, see you tomorrow!", "PERSON=Quillan"},
        {"Ask our waiter Dunmarro for the bill.", "PERSON=Dunmarro"},
        {"Ask our WAITER Dunmarro for the bill.", "PERSON=Dunmarro"},
    };
    CHECK(c);
}

static void test_dr_med_vet_before_a_surname_in_capitals(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Behandelnder Arzt: Dr. med. GRAULMANN", "PERSON=GRAULMANN"},
        {"Tierarzt: Dr. med. vet. GRAULMANN", "PERSON=GRAULMANN"},
        /* "med" and "vet" alone are no title */
        {"See the med VERSION of the notes.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roster_label_found_after_each_stop_byte),
        cmocka_unit_test(test_class_headings_open_a_roster_in_each_locale),
        cmocka_unit_test(test_marks_before_name_lines_are_skipped),
        cmocka_unit_test(test_conjunctions_and_lead_words_still_join_and_lead),
        cmocka_unit_test(test_dr_med_vet_before_a_surname_in_capitals),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
