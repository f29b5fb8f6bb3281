/* test_names_hl7.c: people, births and addresses in HL7 v2 segments, read by their fields'
 * places (names_hl7.c): PID, NK1, GT1, IN1, PV1, ORC, OBR; segments split by CR or LF; the lines
 * that are no segment (a pipe-separated log line, a Markdown table, a segment without a '^' in
 * its name field) and the fields that stay (codes, ids, results). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#include "names_cases.h"

static void test_patient_segment(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PID|1||123456^^^HOSP^MR||DOE^JOHN^A||19870303|M|||12 MAIN ST^^BOSTON^MA^02110",
         "PERSON=DOE^JOHN^A;DATE_OF_BIRTH=19870303;STREET_ADDRESS=12 MAIN ST^^BOSTON^MA^02110"},
        /* a mother's maiden name, a birth with a time, an alias */
        {"PID|1||9^^^H^MR||Ruiz^Ana^^^Sra.|Ortega^Lucia|198112240830|F|Ruiz^Anita",
         "PERSON=Ruiz^Ana^^^Sra.;PERSON=Ortega^Lucia;DATE_OF_BIRTH=198112240830;PERSON=Ruiz^Anita"},
        /* segments split by CR, as a feed has them */
        {"MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20240101120000||ADT^A01|1|P|2.5\rPID|1||7^^^H^MR||"
         "WEBER^KLAUS||19550101|M",
         "PERSON=WEBER^KLAUS;DATE_OF_BIRTH=19550101"},
    };
    CHECK(c);
}

static void test_kin_guarantor_insured_and_doctors(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NK1|1|KOWALSKI^PIOTR|SPO|Dluga 5^^Gdansk^^80-827^PL",
         "PERSON=KOWALSKI^PIOTR;STREET_ADDRESS=Dluga 5^^Gdansk^^80-827^PL"},
        {"GT1|1||MARTIN^CLAIRE||4 RUE D ORSEL^^PARIS^^75018|||19700215",
         "PERSON=MARTIN^CLAIRE;STREET_ADDRESS=4 RUE D ORSEL^^PARIS^^75018;DATE_OF_BIRTH=19700215"},
        {"PV1|1|I|W^389^1||||12345^MORGAN^REX^J^^^MD|67890^LEE^SARA",
         "PERSON=12345^MORGAN^REX^J^^^MD;PERSON=67890^LEE^SARA"},
        {"ORC|NW|1||||||||||4567^OKAFOR^NGOZI", "PERSON=4567^OKAFOR^NGOZI"},
    };
    CHECK(c);
}

static void test_what_is_no_segment_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a pipe-separated log line that opens with "PID" */
        {"PID|1234|nginx|worker|running|ok|x", ""},
        /* no '^' in the name field */
        {"PID|1||123||SMITH||19870303|M", ""},
        /* not at a line's start */
        {"see PID|1||9^^^H^MR||DOE^JOHN||19870303|M", ""},
        /* a Markdown table */
        {"| PID | name | dob |\n|---|---|---|\n| 1 | x | y |", ""},
        /* results and codes */
        {"OBX|1|NM|GLU^Glucose||182|mg/dL|70-105|H|||F", ""},
        /* a birth field that is no date */
        {"PID|1||9^^^H^MR||DOE^JOHN||UNKNOWN|M", "PERSON=DOE^JOHN"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_patient_segment),
        cmocka_unit_test(test_kin_guarantor_insured_and_doctors),
        cmocka_unit_test(test_what_is_no_segment_stays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
