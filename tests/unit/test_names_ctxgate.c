/* test_names_ctxgate.c: names_ctxgate.c asks the helpers' weak contexts of a run after ". " or
 * after a lower-case word only where the bytes around the run allow one of their shapes;
 * nw_audit_ctx_gate() holds its answer to asking all ten at every run after a space of texts that
 * hold each helper's shapes there (and their look-alikes): a condition that lost a shape would
 * fail here.
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

/* Each helper's shapes after a lower-case word. */
static const char *const words[] = {
    /* names_docs.c: kin, "née", "between" */
    "He is the son of Brannock Quenley. Vera Lind, daughter of Ilvarra. (n\xC3\xA9"
    "e G\xC3\xBCne\xC5\x9F) "
    "born nata Rossi, geborene Keller, between Maria Keller and Jonas Weber. Sohn von Jan Smit.",
    "the plaintiff v. Quenley; Jonas Weber -> Maria Keller; signed by Maria Keller, son of Jan.",
    /* names_prose.c: verbs of talking, sources, roles, nicknames */
    "I spoke with Brannock yesterday. Forwarded the logs to Quenley. laut Keller, seg\xC3\xBAn "
    "Rossi, "
    "selon Dubois, volgens Jansen, according to Maria, goes by Ilvarra, known as Tavinha.",
    "Reference for Sarvello. feedback for Dorvenka. looping in Brannock. our intern Quenley. "
    "mit Orlevanne besprochen. transmis le dossier to Ilvarra. doorgestuurd naar Tavinha.",
    /* names_context2.c: kin and roles, a possessive, the hand-over, the second parent */
    "il nipote Brannock, ihr Mann Quenley, Kundin Ilvarra, Klant Tavinha, handover to Sarvello, "
    "driven by Dorvenka, Sohn des Brannock und der Quenley, hijo de Jan y de Ilvarra, fils de Jo "
    "et de Maria. call with Brannock. Maria Keller (63) attended; Juan nacido el 3.",
    /* names_docs4.c: plural kin words before their names */
    "Enkelkinder Brannock, Quenley und Ilvarra. nietos Tavinha y Sarvello. grandchildren Jo.",
    /* names_informal.c: roles, addressing verbs, thanks, greetings, lists */
    "tell Brannock to call. ask Quenley please. thanks Ilvarra! merci Tavinha ! danke Sarvello! "
    "dile a Dorvenka. Vielen Dank an Brannock. diz ol\xC3\xA1 ao Quenley. Kwame and Efua came. "
    "Lieke en Bram, Jo und Bea, Ana y Luis, Anna e Luca, Jo et Lea, Ivo i Ana, Ben & Jerry.",
    /* names_informal2.c: asks, "yes with", coming, a child's noun */
    "fragt nach Brannock. ask for Quenley. yes with Ilvarra. kommt auch Tavinha? viene anche "
    "Sarvello? "
    "mia figlia Dorvenka. my daughter Brannock. is Quenley coming? o Ilvarra vem? Maria am "
    "Empfang.",
    /* names_prose7.c: with X and Y, told, met, thanked, visits */
    "with Brannock and Quenley. told Ilvarra that it works. met Tavinha at the caf\xC3\xA9. "
    "thanks to Sarvello for it. merci \xC3\xA0 Dorvenka pour tout. came over Brannock. "
    "Maria Keller (my landlord) called; Jonas Weber, mon voisin, a appel\xC3\xA9. Jan dropped by.",
    /* names_chat9.c: joins, counts */
    "me + Brannock, ich und Quenley, moi et Ilvarra, yo y Tavinha, yes - Sarvello. Maria x2, "
    "Jan (3), Jo + me, Ana and me, Bea und ich, Lea et moi, Luis y yo.",
    /* names_fam10a.c: guests, replies, qth, comma, between */
    "Table 3: Maria, Jonas, nonno Brannock\nyeah Quenley,\nthanks Ilvarra!\nname Tavinha qth "
    "Berlin "
    "comma Sarvello. between Maria Keller and Jonas Weber. zwischen Jan Smit und Ana Lima. "
    "tra Maria e Luca Bianchi. Jonas from ops\nwifi name op: Dorvenka",
    /* the look-alikes: prose */
    "wie kann ich die Konfiguration \xC3\xA4ndern, damit der Cache gr\xC3\xB6\xC3\x9F"
    "er wird? the build uses Kubernetes and Docker on the CI runner with Java and Go. "
    "deployed via Terraform, sent to Edeby 55 M\xC3\xB8ller Street, between React and Vue.",
    "a X b Y c Z aa Bb aaa Ccc aaaa Dddd aaaaaaaaaaaaaaa Eee aaaaaaaaaaaaaaaa Fff x-y Ggg o'k Hhh",
};

static void test_gate_answers_as_the_helpers_after_a_word(void **state)
{
    (void)state;
    int found = 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        int n = nw_audit_ctx_gate(words[i], strlen(words[i]), 0);
        if (n < 0)
            fail_msg("the gate lost a helper's answer in: %s", words[i]);
        found += n;
    }
    assert_true(found >= 40); /* the shapes above are found: the audit asks real runs */
}

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
        cmocka_unit_test(test_gate_answers_as_the_helpers_after_a_word),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
