/* test_dobmix63.c: which date is the birth when a birth word stands among other dates of text
 * that mixes two languages (branch dobmix63, names_dob62.c,
 * contrib/bench/accuracy/notes/dobmix63.md): a date under another event's word in the sentence
 * after a birth word, after a month word that the digit rules do not read, or as of which an age is
 * given, is no birth; the births keep their masks. */
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

/* Another event's date near a birth word: before, each was masked as a birth too. */
static void test_other_event_dates(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the birth word in the sentence before, with a place */
        {"Syn narodil se v Brn\304\233. Lh\305\257ta do 27. b\305\231ezna 2010. "
         "St\304\233hov\303\241n\303\255 16.08.2027.\nMatka: nar. 10.2.1953.\n",
         "DATE_OF_BIRTH=10.2.1953"},
        /* a Lithuanian date after its month word, in an answer that names the birth word */
        {"B: gimusi \342\200\224 taip, pra\305\241ymas pateiktas 2019 m. rugs\304\227jo 5 d.\n"
         "Mama gim. 1950-01-02.\n",
         "DATE_OF_BIRTH=1950-01-02"},
        /* the date as of which an age is given */
        {"Mama gimusi 1988 m. liepos 22 d. (49, Stand 2021 m. gegu\305\276\304\227s 22 d.)\n",
         "DATE_OF_BIRTH=1988 m. liepos 22"},
    };
    CHECK(c);
}

/* The birth keeps its mask beside the other dates. */
static void test_births_kept(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Anyam szuletett 1950.03.02., kerelem beadva 2021.05.04.\n", "DATE_OF_BIRTH=1950.03.02."},
        {"Babcia: ur. 04.04.1943, wniosek z\305\202o\305\274ony 19.09.2012.\n",
         "DATE_OF_BIRTH=04.04.1943"},
        /* a person column before the date, a name that starts like an event word */
        {"Klantnr.  Volledige naam      Geboortedatum  Woonplaats\n"
         "51795     Mirertus Nijmsen    1987-12-01     Utrecht\n"
         "68600     Diedke Schoerhof    17-08-1963     Utrecht\n",
         "DATE_OF_BIRTH=1987-12-01;DATE_OF_BIRTH=17-08-1963"},
        {"DEMANDEUR BLANKA VESEL\303\201 nar. 5. 12. 1939\n", "DATE_OF_BIRTH=5. 12. 1939"},
    };
    CHECK(c);
}

static void test_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("Syn narodil se v Brn\304\233. Lh\305\257ta do 27. b\305\231ezna 2010. "
                      "Matka: nar. 10.2.1953 (49, Stand 2021 m. gegu\305\276\304\227s 22 d.)");
    scan_every_prefix("B: gimusi \342\200\224 taip, pra\305\241ymas pateiktas 2019 m. "
                      "rugs\304\227jo 5 d.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_other_event_dates),
        cmocka_unit_test(test_births_kept),
        cmocka_unit_test(test_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
