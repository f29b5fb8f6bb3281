/* test_names_nspeed10.c: the cheaper paths of branch nspeed10 give the answers of the slow form
 * (each expectation is the branch base's answer, taken with its bench_accuracy --context).
 * names_informal2.c: nw_informal2_ctx() reads the word before a lone word, and asks its lists,
 * only where a shape may use it (a pre-check of its first two bytes and its length, which
 * nw_informal2_audit() holds to every list word), and the word before that only after a
 * preposition, a child's noun or "with"; word_back() inline up to the byte before the word.
 * names_docs.c: nw_doc_ctx() reads the word before a dot only as "geb.", raw.
 * Each shape is tried in several languages beside its look-alikes.
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
#include "anonymize/names_learn.h"

#include "names_cases.h"

static void test_informal2_precheck_passes_every_list_word(void **state)
{
    (void)state;
    assert_int_equal(nw_informal2_audit(), 0);
}

static void test_ask_for_and_child_shapes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Fragt nach Dorvenka, sie weiß Bescheid.", ""},
        {"Fragt nach Zeckenschutz in der Apotheke.", ""},
        {"Preguntad por Quilmara en recepción.", "PERSON=Quilmara"},
        {"Perguntem pela Tavinha na loja.", "PERSON=Tavinha"},
        {"Pergunta à Allianz pelo seguro.", ""},
        {"Demandez Orlevanne au comptoir.", "PERSON=Orlevanne"},
        {"Vraag naar Joustra bij de balie.", "PERSON=Joustra"},
        {"Chiedete di Sarvello al bancone.", "PERSON=Sarvello"},
        {"Just ask for Brannock at the desk.", "PERSON=Brannock"},
        {"Meine Tochter Ilvarra kommt später.", ""},
        {"Mia figlia Corvenna ha la febbre.", "PERSON=Corvenna"},
        {"My stepdaughter Quenley starts school today.", "PERSON=Quenley"},
        {"Die Tochter Ilvarra kommt später.", "PERSON=Ilvarra"},
    };
    CHECK(c);
}

static void test_coming_and_with_shapes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kommt jemand mit? Ja, mit Dorvenka.", ""},
        {"Who is coming tomorrow? Yes, with Brannock.", "PERSON=Brannock"},
        {"Quem vem amanhã? Sim, com a Tavinha.", "PERSON=Quem;PERSON=Tavinha"},
        {"How do you pay? Yes, with Klarna.", ""},
        {"Kommt Ilvarra am Samstag?", ""},
        {"Viene anche Corvenna alla festa?", "PERSON=Corvenna"},
        {"Is Quenley coming to the party?", ""},
        {"Ilvarra vient demain ?", "PERSON=Ilvarra"},
        {"Kubernetes komt zo.", ""},
    };
    CHECK(c);
}

/* The words before that no shape asks about ("die", none at a line's start or after a full
 * stop), a reviewer's byline and a post with and without a determiner. */
static void test_words_before_that_no_shape_asks_about(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Wie kann ich die Konfiguration ändern?", ""},
        {"Bitte die Zusammenfassung prüfen. Summarise the thread.", ""},
        {"in Konfiguration, see Brannock.", ""},
        {"\nKonfiguration\n", ""},
        {"N. Russo – ★★★★", "PERSON=N. Russo"},
        {"Dorvenka at the front desk was lovely.", "PERSON=Dorvenka"},
        {"The Wifi at the front desk was slow.", ""},
    };
    CHECK(c);
}

/* "geb." in any case before a surname, at the text's start and inside brackets; a word that only
 * ends in "geb" (a letter, a digit, a UTF-8 letter before it), a longer or shorter word; the
 * other shapes of nw_doc_ctx() beside it. */
static void test_geb_before_a_dot_and_the_doc_shapes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Maria Keller, geb. Araújo, wohnt hier.", "PERSON=Maria Keller;PERSON=Araújo"},
        {"Frau Keller (geb. Tavenhorst) wohnt hier.", "PERSON=Keller;PERSON=Tavenhorst"},
        {"Frau Keller GEB. Tavenhorst wohnt hier.", "PERSON=Keller;PERSON=Tavenhorst"},
        {"geb. Tavenhorst", "PERSON=Tavenhorst"},
        {"Frau Keller xgeb. Tavenhorst wohnt hier.", "PERSON=Keller"},
        {"Frau Keller 9geb. Tavenhorst wohnt hier.", "PERSON=Keller"},
        {"Frau Keller ügeb. Tavenhorst wohnt hier.", "PERSON=Keller"},
        {"Frau Keller Geb. Tavenhorst wohnt hier.", "PERSON=Keller Geb;PERSON=Tavenhorst"},
        {"Frau Keller gebo. Tavenhorst wohnt hier.", "PERSON=Keller"},
        {"Frau Keller eb. Tavenhorst wohnt hier.", "PERSON=Keller"},
        {"The plaintiff, Brannock Velworth, appeared.", "PERSON=Brannock Velworth"},
        {"Sophie Keller (née Güneş) joined.", "PERSON=Sophie Keller;PERSON=Güneş"},
        {"Pt. C. Carvalho was seen today.", "PERSON=C. Carvalho"},
        {"The build passed. Dorvenka merged it.", ""},
        {"The build passed. Konfiguration merged it.", ""},
        {"I spoke with the son of Velworth today.", "PERSON=Velworth"},
    };
    CHECK(c);
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_informal2_precheck_passes_every_list_word),
        cmocka_unit_test(test_ask_for_and_child_shapes),
        cmocka_unit_test(test_coming_and_with_shapes),
        cmocka_unit_test(test_words_before_that_no_shape_asks_about),
        cmocka_unit_test(test_geb_before_a_dot_and_the_doc_shapes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
