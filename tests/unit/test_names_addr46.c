/* test_names_addr46.c: the street-address readers and the context readers that now test a
 * necessary condition first (names_addr5_reject.c's town screen, names.c's
 * context() through names_ctxgate.c, ...) find what they found
 * before: the thing each drops or the address it reads, and the person beside it who must stay.
 * Each case lists every finding ("TYPE=value;..."); the expectations are the answers of the
 * build before the round. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

/* names_addr5_reject.c town_at(): a run whose last word is no town's last word is never
 * compared with the towns; a town's name still goes, after a label, a greeting or a verb, with
 * an elided article, a hyphen, or a firm "di" a town before it */
static void test_a_towns_name_goes_and_a_person_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dear Porto Alegre,", ""},
        {"Besuch bei Milton Keynes", ""},
        {"Besuch bei Halle Saale", ""},
        {"Besuch bei Alphen aan den Rijn", ""},
        {"Gesprochen mit Belo Horizonte gestern.", ""},
        {"Gesprochen mit Porto-Alegre gestern.", ""},
        {"Responsable: Viña del Mar", ""},
        {"Name: Reggio nell'Emilia", "PERSON=Reggio"},
        {"Carrefour di Lamezia Terme ha chiamato Anna Vogt.", "PERSON=Anna Vogt"},
        /* the look-alikes: a last word of a town's length and first letter ("Smith", "Saale"),
         * a firm "di" a place that is no town of the list, a town's words in other order */
        {"Gesprochen mit Mary Smith gestern.", "PERSON=Mary Smith"},
        {"Hi, I am John Smith, my email is john.smith@example.com.",
         "PERSON=John Smith;EMAIL=john.smith@example.com"},
        {"Ho parlato con Carrefour di Reggio Emilia.", "PERSON=Carrefour di Reggio Emilia"},
        {"Contact: Milton Keynes", "PERSON=Milton Keynes"},
    };
    CHECK(c);
}

/* names.c context(): the helper files' weak contexts are asked through names_ctxgate.c's gate
 * (the bytes around the run allow each helper or not); names_docs4.c's alone opens a list */
static void test_the_gated_weak_contexts_still_name_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Their children Tervo, Quillan and Mirabel came too.",
         "PERSON=Tervo;PERSON=Quillan;PERSON=Mirabel"},
        {"Paten: Quillan und Mirabel", "PERSON=Quillan;PERSON=Mirabel"},
        {"We invited our neighbours Quillan Tervo and Mirabel Sund.",
         "PERSON=Quillan Tervo;PERSON=Mirabel Sund"},
        {"Tervo Quillan, son of Mirabel, signed.", "PERSON=Tervo Quillan;PERSON=Mirabel"},
        {"I spoke with Quillan Tervo yesterday.", "PERSON=Quillan Tervo"},
        {"Quillan Tervo (my landlord) called.", "PERSON=Quillan Tervo"},
        {"It was me + Quillan at the match.", "PERSON=Quillan"},
        {"between Quillan Tervo and Mirabel Sund", "PERSON=Quillan Tervo;PERSON=Mirabel Sund"},
        {"Hallo Quillan, wie gehts?", "PERSON=Quillan"},
        {"Tell Quillan that the build is red.", "PERSON=Quillan"},
        /* the benchmark's request: a town after the street's comma, a sentence's first word */
        {"Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View. My "
         "colleague Quillan will follow up.",
         "STREET_ADDRESS=1600 Amphitheatre Parkway;PERSON=Quillan"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_towns_name_goes_and_a_person_stays),
        cmocka_unit_test(test_the_gated_weak_contexts_still_name_people),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
