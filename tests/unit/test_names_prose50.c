/* test_names_prose50.c: a nickname after its naming cue in the pack's and neighbouring languages
 * ("genannt X", "bekend als X", "znany jako X"; names_prose50.c). Each case lists every finding
 * ("TYPE=value;..."), so a widened rule shows what it takes; ordinary words and pets behind the
 * same cues must stay unmasked. */
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
        cmocka_unit_test(test_a_nickname_after_its_naming_cue_is_a_person),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
