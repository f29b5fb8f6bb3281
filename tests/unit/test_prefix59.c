/* test_prefix59.c: every prefix of the shapes street59 reads (Greek streets with their type,
 * ordinal or cue and their postcode and town on the same or the next line; unit lines beside a
 * street's line), each copied to a buffer of exactly its size, is scanned by the whole engine and
 * the NAMES scanner without error: under the address sanitizer a reader that looks past the
 * text's end fails here. */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

static void test_greek_street_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("Διεύθυνση: Λεωφ. Κηφισίας 112\nΚατοικία: 28ης Οκτωβρίου 12Α, 546 22 "
                      "Θεσσαλονίκη\nVisit: Αγίας Σοφίας 35\n105 63 Αθήνα\nστη Ερμού 4");
}

static void test_unit_line_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("Ship to:\n42 Main St\nSuite 858\nFloor 4\n- Gate 7\\nSuite 3\\n12 Elm St");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_greek_street_prefixes),
        cmocka_unit_test(test_unit_line_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
