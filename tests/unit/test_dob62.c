/* test_dob62.c: which date is the birth (branch dob62, names_dob62.c,
 * contrib/bench/accuracy/notes/dob62.md): in a register line that holds a birth and other dates
 * of the same person, a date under another event's label (validity, marriage, contract, move-in,
 * issue) before a birth label after a dash is no birth; the birth keeps its mask. */
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

#define NAMES_SKIP_TYPE "PERSON"
#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* Another event's date before the birth label after a dash. Before, both dates were births. */
static void test_other_label_before_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Max Muster  G\303\274ltig bis: 16.4.2010 \342\200\224 Geb.-Datum: 28.5.2000\n",
         "DATE_OF_BIRTH=28.5.2000"},
        {"Muuttop\303\244iv\303\244: 07.09.2002 \342\200\224 Sopimus alkaa: 17.04.2016 "
         "\342\200\224 Syntym\303\244aika: 02.03.1980\n",
         "DATE_OF_BIRTH=02.03.1980"},
        {"Helker Hellinmann | Eheschlie\303\237ung: 12.11.2009 - Geb.-Datum: 16.3.1971\n",
         "DATE_OF_BIRTH=16.3.1971"},
        {"Ki\303\241ll\303\255t\303\241s d\303\241tuma: 07.01.2017 \342\200\224 "
         "Szerz\305\221d\303\251s kezdete: 2004-09-20 \342\200\224 Sz\303\274l. d\303\241tum: "
         "3.11.1968\n",
         "DATE_OF_BIRTH=3.11.1968"},
    };
    CHECK(c);
}

/* The birth label's own date stays a birth, whatever follows it. */
static void test_birth_keeps_its_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth: 04.03.1987 - Date of issue: 12.06.2020\n", "DATE_OF_BIRTH=04.03.1987"},
        {"Data de nascimento: 1950-08-04\tData de admiss\303\243o: 2004-12-19\tValidade: "
         "06/03/2025\n",
         "DATE_OF_BIRTH=1950-08-04"},
    };
    CHECK(c);
}

static void test_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("Max Muster  G\303\274ltig bis: 16.4.2010 \342\200\224 Geb.-Datum: 28.5.2000 "
                      "| Eheschlie\303\237ung: 12.11.2009 - Syntym\303\244aika: 02.03.1980");
    scan_every_prefix("Validade: 06/03/2025");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_other_label_before_birth),
        cmocka_unit_test(test_birth_keeps_its_date),
        cmocka_unit_test(test_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
