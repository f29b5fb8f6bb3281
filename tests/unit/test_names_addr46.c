/* test_names_addr46.c: the street-address readers and the context readers that now test a
 * necessary condition first (names_addr5_reject.c's town screen, ...) find what they found
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_towns_name_goes_and_a_person_stays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
