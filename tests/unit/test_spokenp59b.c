/* test_spokenp59b.c: false names in speech-to-text transcripts (branch spokenp59b,
 * names_asr_people.c, contrib/bench/accuracy/notes/spokenp59b.md): at a turn's opening after a
 * filler, two words and then an article or "and" ("eh vorrei spostare la prenotazione") are a
 * verb and its object, no caller naming itself; a caller's name before "from" words ("hi john
 * smith from ...", "äh hillin hilmaringer von der firma ...") stays a name. */
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

/* Before: "vorrei spostare" and "quería cambiar" were people. */
static void test_filler_then_verb_and_article(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Speaker 1: il pacco non è ancora arrivato\nSpeaker 1: eh vorrei spostare la "
         "prenotazione alle cinque\nSpeaker 2: ho poca speranza\n",
         ""},
        {"customer: eh fueron veinticinco euros\ncustomer: eh quería cambiar la reserva a las "
         "ocho\nreceptionist: el portátil no se conecta\n",
         ""},
    };
    CHECK(c);
}

/* Guards: the "from" words still follow a caller's name. */
static void test_name_before_from_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Speaker 1: il pacco non è ancora arrivato\nSpeaker 1: eh tessa brandvold da "
         "milano\nSpeaker 2: ho poca speranza\n",
         "PERSON=tessa brandvold"},
        {"Speaker 1: das waren einundvierzig euro\nSpeaker 1: ja hallo ute vogel das ist gut\n"
         "Speaker 2: danke\n",
         "PERSON=ute vogel"},
    };
    CHECK(c);
}

static void test_spokenp59b_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("Speaker 1: a b\nSpeaker 1: eh vorrei spostare la prenotazione\n"
                      "Speaker 2: eh tessa brandvold da\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_filler_then_verb_and_article),
        cmocka_unit_test(test_name_before_from_stays),
        cmocka_unit_test(test_spokenp59b_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
