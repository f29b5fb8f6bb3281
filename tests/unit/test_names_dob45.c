/* test_names_dob45.c: dates of birth that forms show by their slot, mark or markup (branch dob45,
 * names_dob45.c): a donor's, recipient's, co-holder's, participant's or child's slot, a list
 * under such a label, a court order's ward; the marks `NE LE`, `sz.`, `g.`, Turkish `d.`, a mark
 * after a maiden name's `; `; a birth label after the value; a pipe table's `f.` column; an
 * element that says birth; a delivery with its time. And the look-alikes that stay: signatures,
 * donations and events in the same slots, English `d.` (died), a genealogy's other events after
 * `; `, another event's label after the date, a catering delivery, a log's timestamps, the date
 * under another label after a filled birth-place field, a maiden name after `geb.`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"

static void test_dob45_identity_slots(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Donor: Alina Rusu, 14.04.1999\nRecipient: Fenfen Lorberg (04.10.1988)\n",
         "DATE_OF_BIRTH=14.04.1999;DATE_OF_BIRTH=04.10.1988"},
        {"Spenderin: Ida Østergaard  23.03.1988\n", "DATE_OF_BIRTH=23.03.1988"},
        {"Co-holder: Tisgu Norbrosen (26.11.73)\n", "DATE_OF_BIRTH=26.11.73"},
        {"Kind 1: Lea (03.10.2015) — Klavier\nKind 2: Jonas, 12.05.2018 — Geige\n",
         "DATE_OF_BIRTH=03.10.2015;DATE_OF_BIRTH=12.05.2018"},
        /* the same slots that name who acted that day, and a donation's date */
        {"Donor: Rowan Ashworth, 12/08/2021, £183\n", ""},
        {"Consent signed: Kerttu Niemi, 24.9.2024\n", ""},
        {"Technician: Pelra Dermann, 23.04.2021\n", ""},
    };
    CHECK(c);
}

static void test_dob45_lists_under_slot_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Lapset:\n- Eetu 17.2.2011\n  Kerttu, 22.6.2008\n",
         "DATE_OF_BIRTH=17.2.2011;DATE_OF_BIRTH=22.6.2008"},
        {"Participants:\n- Bram Kuipers (11-09-2017)\n- Halu Broska (7-2-2013)\nSigned "
         "2024-09-22\n",
         "DATE_OF_BIRTH=11-09-2017;DATE_OF_BIRTH=7-2-2013"},
        /* a list under a label that names no person's slot, or another date of its people */
        {"Children enrolled this term, with their start dates:\n- Clodagh Keane 22.08.2019\n", ""},
        {"Deadlines:\n- Report 17.2.2011\n- Review 22.6.2012\n", ""},
    };
    CHECK(c);
}

static void test_dob45_ward_of_a_court_order(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Amtsgericht Passau — Betreuungsgericht\nIn der Betreuungssache\nMarlene Kranz, "
         "12.03.1941,\nwohnhaft Linz\n",
         "DATE_OF_BIRTH=12.03.1941"},
        {"In the matter of\nBRODANIER Kezen, 16/10/1953,\n", "DATE_OF_BIRTH=16/10/1953"},
        /* a name and a date with neither a party's line above nor a residence below */
        {"Minutes\nMarlene Kranz, 12.03.2021\nnext meeting in June\n", ""},
    };
    CHECK(c);
}

static void test_dob45_marks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Owner: Baptiste Roussel, NE LE 27.12.1973\n", "DATE_OF_BIRTH=27.12.1973"},
        {"Ildikó Farkas sz. 1908.03.20., megh. 1969-03-20\n", "DATE_OF_BIRTH=1908.03.20."},
        {"Owner: Dimitris Vlachou, g. 2000-05-27\n", "DATE_OF_BIRTH=2000-05-27"},
        {"Zeynep Arslan, d. 17.11.1962, İzmir\n", "DATE_OF_BIRTH=17.11.1962"},
        {"Pelgu Lornorescu o.s. Derfenmann; * 3.5.1926\n", "DATE_OF_BIRTH=3.5.1926"},
        /* English "d." is a death; a genealogy's other events after "; "; a maiden name */
        {"Her father Thomas Pemberton d. 03/05/1978\n", ""},
        {"- Zelpalve Daander geb. 25 Aug 1867 in Passau; gest. 28.12.1914\n",
         "DATE_OF_BIRTH=25 Aug 1867"},
    };
    CHECK(c);
}

static void test_dob45_label_after_the_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Alžběta Pokorná\n17. 4. 1991  (Dat. nar.)\n14. března 2021 (Datum vydání)\n",
         "DATE_OF_BIRTH=17. 4. 1991"},
        {"Owner: Candela Sandoval\n25/03/1982 (F. nacimiento)\n", "DATE_OF_BIRTH=25/03/1982"},
        {"Stavros Makris\n18/03/1979 — imerominia gennisis\n", "DATE_OF_BIRTH=18/03/1979"},
        /* the next field's label after a dash: the date before it stays the birth's */
        {"Geboortedatum: 5-10-1939 - datum van opname: 1-7-2026\n", "DATE_OF_BIRTH=5-10-1939"},
        /* a birth word further on in a note after a dash is no label of this date */
        {"11 Jan 2025 - Spoke w/ clmt Mafavel Vinby (DOB 22/10/1980) re: collision\n",
         "DATE_OF_BIRTH=22/10/1980"},
    };
    CHECK(c);
}

static void test_dob45_columns_and_elements(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Badge | Navn | f. | Expires |\n|---|---|---|---|\n| 01144 |  Dahl, Magnus  |  "
         "17.3.1941  |  2024-03-28  |\n",
         "DATE_OF_BIRTH=17.3.1941"},
        {"<patientbirthdate>19460409</patientbirthdate>\n<visitdate>20240409</visitdate>\n",
         "DATE_OF_BIRTH=19460409"},
        {"<DtAndPlcOfBirth><patientbirthdate>1983-01-07</patientbirthdate>\n<ReqdExctnDt>2024-12-08"
         "</ReqdExctnDt>\n",
         "DATE_OF_BIRTH=1983-01-07"},
        /* the same cells under another head */
        {"| Badge | Navn | Udstedt | Expires |\n|---|---|---|---|\n| 01144 |  Dahl, Magnus  |  "
         "17.3.2021  |  2024-03-28  |\n",
         ""},
    };
    CHECK(c);
}

static void test_dob45_delivery_with_its_time(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Synnytys: 18.12.2021, 20:41\n", "DATE_OF_BIRTH=18.12.2021"},
        {"Porod: 3. 4. 2021 v 14:20\n", "DATE_OF_BIRTH=3. 4. 2021"},
        {"Mother: Imogen Pemberton\nDelivery 2020-12-14 08.40 h\nBaby: Tamsin, 3316 g, APGAR "
         "9/10\n",
         "DATE_OF_BIRTH=2020-12-14"},
        /* a catering order is delivered at a time too; a file's birth time in stat's output */
        {"Catering order #4411\nDelivery 12/03/2024 11:30\nGuests: 12\n", ""},
        {"  Birth: 2024-05-01 12:00:13.000000000 +0000\n", ""},
    };
    CHECK(c);
}

static void test_dob45_fields_after_a_birth_place(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Syntymäpäivä: 5.11.1990\nSyntymäpaikka: Joensuu\nMyönnetty: 20.11.2022\n",
         "DATE_OF_BIRTH=5.11.1990"},
        {"Name: Zendan Ostescu\nGeburtsort: Passau\nGültig bis: 2.5.2024\n", ""},
        {"Eigentümer: Marlene Riedmüller geb. Danderford\nInspection: 4.8.2024   next due: "
         "24.5.2024\n"
         "Bezirksschornsteinfeger: Ostgu Zenbroier, 2020-10-12\n",
         ""},
        /* a question for the birth place is still a question */
        {"Agent: Geburtsdatum?\nKunde: 12.03.1987\n", "DATE_OF_BIRTH=12.03.1987"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob45_identity_slots),
        cmocka_unit_test(test_dob45_lists_under_slot_labels),
        cmocka_unit_test(test_dob45_ward_of_a_court_order),
        cmocka_unit_test(test_dob45_marks),
        cmocka_unit_test(test_dob45_label_after_the_value),
        cmocka_unit_test(test_dob45_columns_and_elements),
        cmocka_unit_test(test_dob45_delivery_with_its_time),
        cmocka_unit_test(test_dob45_fields_after_a_birth_place),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
