/* test_names_prose50.c: people in running prose in the forms names_prose50.c reads: a lower-case
 * "given surname" after a preposition or verb of company, a label's colon or a bracket, inside a
 * text that has capitals; a nickname after its naming cue in the pack's and neighbouring
 * languages ("genannt X", "bekend als X", "znany jako X"). Each case lists every
 * finding ("TYPE=value;..."), so a widened rule shows what it takes; the look-alikes beside them
 * (ordinary words in the same slots) must stay unmasked. */
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

static void test_a_lower_case_name_after_a_cue_in_cased_prose_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Gestern war ich wieder bei heike schäfer zum Kaffee.", "PERSON=heike schäfer"},
        {"I had tea with margaret fletcher again; she sends her love.", "PERSON=margaret fletcher"},
        {"Più tardi ho saputo da lorenzo rossi che il forno era stato venduto.",
         "PERSON=lorenzo rossi"},
        {"Der Blumenschmuck wurde von ulrike krause gespendet.", "PERSON=ulrike krause"},
        /* the same slots holding ordinary words, a pronoun, a cue word */
        {"Ayer volví a tomar café con una familia de Burgos.", ""},
        {"Wij zijn er van jullie vader ook niets over gehoord.", ""},
        {"Nous sommes partis de lyon avec les enfants.", ""},
        {"Commit: json walker frees its heap stacks by flag.", ""},
    };
    CHECK(c);
}

static void test_a_nickname_after_its_naming_cue_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Sein Bruder, genannt Bobby, wohnt noch in der Stadt.", "PERSON=Bobby"},
        {"Zijn broer, bekend als Sjaak, woont nog in het dorp.", "PERSON=Sjaak"},
        {"Su hermano, conocido como Chema, sigue viviendo allí.", "PERSON=Chema"},
        {"Jego brat, znany jako Bolek, nadal mieszka na wsi.", "PERSON=Bolek"},
        /* the cue before an ordinary word names no one */
        {"Das Haus, genannt Villa, steht seit Jahren leer.", ""},
        {"His dog, known as Rover, still barks at the postman.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_lower_case_name_after_a_cue_in_cased_prose_is_a_person),
        cmocka_unit_test(test_a_nickname_after_its_naming_cue_is_a_person),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
