/* test_names_ctxgate.c: names_ctxgate.c asks the helpers' weak contexts of a run after ". " only
 * where the bytes around the run allow one of their shapes; nw_audit_ctx_gate() holds its answer
 * to asking all ten at every run after ". " of texts that hold each helper's shapes there (and
 * their look-alikes): a condition that lost a shape would fail here.
 */
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

/* Each helper's shapes after a sentence's stop, in the pack's languages. */
static const char *const shapes[] = {
    /* names_docs.c: ", son of", an arrow, " v. ", "Pt. ", "geb. " */
    "Signed. Tervo Quillan, son of Arvid. Org. Maria Keller -> Jonas Weber. Case. Roe v. Wade.",
    "Smith v. Jones. Kessler vs. Quenley. Pt. C. Carvalho. Frau Maria Keller geb. Schulz. ",
    "Chart. Anna Rossi \xE2\x86\x92 Luca Bianchi. Note. GEB. Brannock. Ok. Maria Keller, Head of "
    "IT.",
    /* names_prose.c: an elided title */
    "Rivolgersi all'avv. Brannock. Parlato con dell'ing. Rossi. Chiedere all'arch. Quenley.",
    /* names_context2.c: an age, a verb of birth */
    "Done. Maria Keller (63) attended. Fin. Juan P\xC3\xA9rez naci\xC3\xB3 el 3 de mayo. ",
    "Hij. Jan de Vries werd geboren in 1990. Ok. Anna Rossi \xC3\xA8 nata il 3. Ok. Jo Bo est "
    "n\xC3\xA9 le 2.",
    "Ok. Jan Smit is geboren op 2 mei. Ok. Jan Smit ist geboren. Ok. Ana Lima nasceu em 1990.",
    /* names_informal.c: a vocative, a list with a conjunction */
    "Ok. Brannock, can you check? Hi. Quenley and Maria came. Ok. Brannock - kannst du? ",
    "Ok. Sarvello und Maria. Ok. Tavinha e Ilvarra. Ok. Tavinha y Ilvarra. Ok. Ilvarra & Jan. ",
    "Ok. Dorvenka et Maria. Ok. Dorvenka en Jan. Ok. Dorvenka i Maria. Ok. Jan, Maria and Quenley.",
    /* names_informal2.c: a post, a verb of coming */
    "Ok. Sarvello kommt morgen? Ok. Orlevanne vient ce soir ? Ja. Quenley am Empfang. ",
    "Ok. Maria L. am Empfang. Ok. Ilvarra komt morgen? Ok. Sarvello viene stasera? Ok. Lia vem? ",
    "Ok. Brannock at reception. Ok. Brannock on site. Ok. Brannock na recep\xC3\xA7\xC3\xA3o. ",
    "Ok. Brannock \xC3\xA0 l'accueil. Ok. Quenley bij de balie. Ok. Quenley en recepci\xC3\xB3n. ",
    "Ok. Brannock coming? Ok. Brannock Coming? Ok. Quenley VIENT. Ok. Quenley Kommt. ",
    /* names_prose7.c: a parenthesis, an apposition, a visit, "and me" */
    "Yes. Maria Keller (my landlord) called. Ok. Ilvarra came over yesterday. ",
    "Done. Jonas Weber, mon voisin, a appel\xC3\xA9. Ok. Brannock, Maria and me went. ",
    "Ok. Ilvarra dropped by. Ok. Ilvarra stopped by. Ok. Ilvarra popped in. Ok. Ilvarra est "
    "pass\xC3\xA9"
    "e hier. Ok. Ilvarra vino a casa. Ok. Ilvarra passou. Ok. Ilvarra veio. Ok. Ilvarra kwam "
    "langs.",
    /* names_chat9.c: a count, "+ me", "and me" */
    "Ok. Brannock + me. Tickets. Maria x2. Ok. Maria (2). Ok. Maria and me. Ok. Maria und ich. ",
    "Ok. Maria et moi. Ok. Maria y yo. Ok. Maria e eu. Ok. Maria & me. ",
    /* names_fam10a.c: "name X qth" */
    "Log. name Jonas qth Berlin. Ok. Jonas QTH Berlin. Ok. Jonas Weber qth Hamburg.",
    /* the look-alikes: prose after a stop */
    "The build failed. Summarise the meeting notes below for the team. Wie kann ich die "
    "Konfiguration \xC3\xA4ndern? It works. Kubernetes runs it. Done. React and Vue. Ok. The end.",
    "Ok. Berlin, Hamburg and Munich. Ok. Apache Kafka (3.6) runs. Ok. Monday comes. Ok. X.",
    "Ok. Q. Ok. Quenley q. Ok. Maria ( Ok. Maria , Ok. Maria -",
};

static void test_gate_answers_as_the_helpers_after_a_stop(void **state)
{
    (void)state;
    int found = 0;
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        int n = nw_audit_ctx_gate(shapes[i], strlen(shapes[i]), 0);
        if (n < 0)
            fail_msg("the gate lost a helper's answer in: %s", shapes[i]);
        found += n;
    }
    assert_true(found >= 20); /* the shapes above are found: the audit asks real runs */
}

static void test_gate_answers_as_the_helpers_after_a_list(void **state)
{
    (void)state;
    static const char text[] = "An: Maria Keller\n2. Jonas Weber. Ok. Anna Rossi. X. Y.";
    for (size_t le = 0; le < sizeof text; le++)
        assert_true(nw_audit_ctx_gate(text, sizeof text - 1, le) >= 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gate_answers_as_the_helpers_after_a_stop),
        cmocka_unit_test(test_gate_answers_as_the_helpers_after_a_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
