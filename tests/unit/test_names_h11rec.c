/* test_names_h11rec.c: PERSON after the role labels of registers, certificates, draws,
 * memberships and bookings ("Winner:", "Countersignatory:", "Gagnant(e) :", "Gast:",
 * "Kandidaat:"), in one-line forms whose fields a spaced slash parts ("Guest: A B / Room 214"),
 * and written surname first with a comma and an initial or a given name ("Borrower: Kavanagh,
 * D."); the look-alikes in the same slots (firms, clubs, counts, words, lists of given names). */
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

static void test_role_labels_of_draws_certificates_and_registers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Draw 2026-11\nWinner: Brelwick Quorstead\n", "PERSON=Brelwick Quorstead"},
        {"Tirage du 12/5\nGagnant(e) : Clavelle Pelcourt\n", "PERSON=Clavelle Pelcourt"},
        {"Trekking\nWinnaar: Jaaprt Overkema\n", "PERSON=Jaaprt Overkema"},
        {"Ziehung\nGewinner/in: Irmburg Stroblbauer\n", "PERSON=Irmburg Stroblbauer"},
        {"Passport declaration\nCountersignatory: Garey K. Marshbury\n",
         "PERSON=Garey K. Marshbury"},
        {"Vollmacht\nBeglaubigt durch: Adelmut Pfeifberger\n", "PERSON=Adelmut Pfeifberger"},
        {"Kita\nNICHT abholberechtigt: Harthard Birnberger\n", "PERSON=Harthard Birnberger"},
        {"Transfer\nReleasing club secretary: Delabel Pellford\n", "PERSON=Delabel Pellford"},
        {"Hotel Seeblick\nGast: Gunrudot Berreuter\n", "PERSON=Gunrudot Berreuter"},
        {"Examenzaal B\nKandidaat: Wietje Bohuis\n", "PERSON=Wietje Bohuis"},
    };
    CHECK(c);
}

static void test_one_line_forms_parted_by_a_spaced_slash(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Exam hall B / Invigilator: Harry Barnes / Candidate: Lel Brycasstead / Paper 2",
         "PERSON=Harry Barnes;PERSON=Lel Brycasstead"},
        {"Hotel Seeblick / Gast: Katrin Lindner / Zimmer 214", "PERSON=Katrin Lindner"},
        {"Verbale n. 758889456 / RIO2A19 / Halter/in: HARTLINDE KIESELBAUER / Thun",
         "PERSON=HARTLINDE KIESELBAUER"},
        /* a list parted by slashes stays a list */
        {"Witnesses: Maria Keller / Jonas Weber\n", "PERSON=Maria Keller;PERSON=Jonas Weber"},
    };
    CHECK(c);
}

static void test_surname_first_with_an_initial_or_a_given_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Central Library\nBorrower: Kavanagh, D.\nItems: 3\n", "PERSON=Kavanagh, D."},
        {"Witness: Kavanagh, D.\n", "PERSON=Kavanagh, D."},
        {"Winner: Pelcourt, Clavelle\n", "PERSON=Pelcourt, Clavelle"},
        {"Arbiter: Ionescu, M.\n", "PERSON=Ionescu, M."},
        {"Candidate: Brycasstead, L. J.\n", "PERSON=Brycasstead, L. J."},
    };
    CHECK(c);
}

static void test_the_same_labels_before_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Guest: 2 adults\n", ""},
        {"Owner: Stadtwerke Kassel GmbH\n", ""},
        {"Winner: Team Alpha\n", ""},
        {"Recipient: Accounts Payable\n", ""},
        {"Member: Yes\n", ""},
        {"Skipper: TBD\n", ""},
        {"kind: Deployment\nmetadata:\n  name: web\n", ""},
        {"Player: Media Player Classic\n", ""},
        {"Guest: Smith, Director\n", "PERSON=Smith"}, /* Smith is a person */
        {"Sender: Amazon Marketplace / Parcels: 2\n", ""},
    };
    CHECK(c);
}

static void test_lists_of_given_names_stay_lists(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Children: Anna, Ben and Carla\n", "PERSON=Anna;PERSON=Ben;PERSON=Carla"},
        {"Witness: Maria Keller, Jonas Weber\n", "PERSON=Maria Keller;PERSON=Jonas Weber"},
    };
    CHECK(c);
}

static void test_every_h11rec_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Exam hall B / Invigilator: Harry Barnes / Candidate: Brycasstead, L. J."
                      " / Paper 2\nWinner: Pelcourt, Clavelle\nBorrower: Kavanagh, D.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_labels_of_draws_certificates_and_registers),
        cmocka_unit_test(test_one_line_forms_parted_by_a_spaced_slash),
        cmocka_unit_test(test_surname_first_with_an_initial_or_a_given_name),
        cmocka_unit_test(test_the_same_labels_before_no_one),
        cmocka_unit_test(test_lists_of_given_names_stay_lists),
        cmocka_unit_test(test_every_h11rec_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
