/* test_names_prec51.c: a patient that is a pet (names_prec51.c through names_struct50.c): the
 * value under "Patient" in a record that keys a microchip, species or breed is an animal (YAML
 * records; labels and XML elements kept as guards); a patient in a clinic's record, with
 * no such key, stays a person, and so does the owner beside the pet. */
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

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_prec51_pet_patients_in_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"owners:\n  - owner: Rebecca Okafor\n    chip: \"981089313401778\"\n    patient: Molly\n",
         "PERSON=Rebecca Okafor"},
        {"Owner: Rebecca Okafor\nSpecies: dog\nPatient: Toby\n", "PERSON=Rebecca Okafor"},
        {"<record><owner>Rebecca Okafor</owner><chip>981035097518870</chip>"
         "<patient>Luna</patient></record>\n",
         "PERSON=Rebecca Okafor"},
        /* a clinic's patient: no animal's key beside it */
        {"Ward: 4B\nBed: 12\nPatient: Rebecca Okafor\n", "PERSON=Rebecca Okafor"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prec51_pet_patients_in_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
