/* test_names_nspeed6.c: the cheaper paths of branch nspeed6 give the answers of the slow form
 * (each case's findings are those of the branch's base, checked with bench_accuracy --context).
 * names_forms5.c: the word before a surname in capitals is folded only when its raw bytes may
 * be "med", "vet" or a title (nw_may_be(C_HON)): titles in each case and with a UTF-8 letter
 * still lead; a word with a digit or of no title's prefix does not. names_informal.c:
 * word_ending() inline up to its suffix test, its walk back with one bound of 24 bytes: the
 * lead words (roles, a hyphen, a UTF-8 letter, at the text's start) still lead, and a word of
 * more than 24 bytes is no lead word. names_rosters.c: class headings with their lengths
 * (sizeof) and the first byte tested before memcmp(); skip_marks() inline at a letter.
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
#include "anonymize/names_learn.h"

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_titles_before_a_surname_in_capitals(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Behandelnder Arzt: Dr. MORENO", "PERSON=MORENO"},
        {"Paciente atendido por Dott. ROSSI ieri.", "PERSON=ROSSI"},
        {"Afspraak bij dr. DE BOER om 10 uur.", "PERSON=DE BOER"},
        /* "med" and "vet" in any case, the title before them */
        {"Tierarzt: DR. med. VET. GRAULMANN", "PERSON=GRAULMANN"},
        {"Arzt: Dr. Med. GRAULMANN", "PERSON=GRAULMANN"},
        /* a title with a UTF-8 letter: no prefix filter, folded as before */
        {"We met Señor MORENO at the port.", "PERSON=MORENO"},
        /* a word with a digit, a word of no title's prefix: no title */
        {"Tested on build 3RD ROSSI today.", ""},
        {"See the Mr2 ROSSI entry.", ""},
    };
    CHECK(c);
}

static void test_lead_words_before_a_lone_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ask our neighbour Dunmarro for the key.", "PERSON=Dunmarro"},
        {"Remind my sister Quillan about the rent.", "PERSON=Quillan"},
        /* the lead word opens the text: the walk back ends at 0 */
        {"neighbour Dunmarro called.", "PERSON=Dunmarro"},
        {"Ask our co-worker Dunmarro today.", "PERSON=Dunmarro"},
        {"Grüße an die Schwägerin Birte und so.", "PERSON=Birte"},
        {"Thanks Quillan, see you tomorrow!", "PERSON=Quillan"},
        {"Call the plumber Kwame and Efua tomorrow.", "PERSON=Kwame;PERSON=Efua"},
    };
    CHECK(c);
}

static void test_a_word_of_more_than_24_bytes_leads_nothing(void **state)
{
    (void)state;
    /* found by another rule as one run; word_ending() stops 24 bytes back and says "" */
    static const struct tcase c[] = {
        {"Supercalifragilisticexpialidociousneighbour Dunmarro called.",
         "PERSON=Supercalifragilisticexpialidociousneighbour Dunmarro"},
    };
    CHECK(c);
}

static void test_class_headings_and_indented_marks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* headings that share a first letter ("Classe", "Class of"), one with UTF-8 */
        {"Classe 1987\nBrannoc Velworth\nQuillan Ashdene\nHesper Dunmarrow\nJannik Wolberger\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow;"
         "PERSON=Jannik Wolberger"},
        {"Class of 1987\nBrannoc Velworth\nQuillan Ashdene\nHesper Dunmarrow\nJannik "
         "Wolberger\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow;"
         "PERSON=Jannik Wolberger"},
        {"Promoção 1990\nSolène Varquier\nRémi Chambourd\nGaëlle Tarnissac\nIñigo "
         "Montesquilla\n",
         "PERSON=Solène Varquier;PERSON=Rémi Chambourd;PERSON=Gaëlle Tarnissac;"
         "PERSON=Iñigo Montesquilla"},
        {"Turma de 2001\nNerea Valcárzar\nPilar Garbenedo\nBram Verhoeksma\nJoris "
         "Kamphorster\n",
         "PERSON=Nerea Valcárzar;PERSON=Pilar Garbenedo;PERSON=Bram Verhoeksma;"
         "PERSON=Joris Kamphorster"},
        /* lines that open with blanks and a mark: skip_marks()'s slow path (the base's answer) */
        {"  - Brannoc Velworth\n  - Quillan Ashdene\n  - Hesper Dunmarrow\n",
         "PERSON=Quillan Ashdene"},
    };
    CHECK(c);
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles_before_a_surname_in_capitals),
        cmocka_unit_test(test_lead_words_before_a_lone_name),
        cmocka_unit_test(test_a_word_of_more_than_24_bytes_leads_nothing),
        cmocka_unit_test(test_class_headings_and_indented_marks),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
