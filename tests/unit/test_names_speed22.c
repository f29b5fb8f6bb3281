/* test_names_speed22.c: the cheaper paths of branch speed22 give the answers of the slow form.
 * names_informal2.c: nw_informal2_ctx() says no to the word before a lone word from its raw
 * bytes (first byte, second byte, length) before folding it: nw_informal2_audit_raw() holds that
 * pre-check to word_back() and pw_may_ask() at every place of texts with capitals, accents, "¿",
 * commas, apostrophes and hyphens; and it reads the word after only when its first two bytes may
 * begin "coming", "kommt", "komt", "viene", "vient" or "vem".
 * names_words.c: nw_cats() compares a slot's whole hash before its word; the lists' answers are
 * the same (the shapes below need a title, a greeting, a verb).
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

#include "names_cases.h"

static void test_informal2_raw_precheck_agrees_with_the_fold(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Mit Dorvenka, with Brannock, WITH Quenley, Avec Orlevanne, com a Tavinha.",
        "¿Con Quilmara? ¡Mit Ilvarra! «ÉTÉ» Élodie, À Maria, à Allianz, É Zé, ÖL Ärger.",
        "Meine Tochter Ilvarra, my stepdaughter's Quenley, rock-n-roll Sarvello, o'neil X.",
        "die Konfiguration, der Cache, failed. Summarise, team. Wie, is Brannock, a Tavinha.",
        "abcdefghijklmnopqrstuvwxyzabcdefgh X, a, b ,c , , X\tY\nZ 'x' -y- ¿¡Z ¡¿",
        "\xC3\x89\xC3\x89 \xC3\x9FX \xC2\xBF\xC2\xA1 \xE2\x80\x99s Ab AB aB ab A b",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        assert_int_equal(nw_informal2_audit_raw(texts[i], strlen(texts[i])), 0);
}

static void test_coming_verbs_after_and_their_look_alikes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Who is coming tomorrow? Yes, with Brannock.", "PERSON=Brannock"},
        {"Wer kommt mit? Auch Dorvenka kommt mit?", ""},
        {"Wie kann ich die Konfiguration ändern?", ""},
        {"Summarise the meeting notes below.", ""},
        {"Is Quenley coming tonight?", ""},
        {"Ilvarra komt morgen?", "PERSON=Ilvarra"},
        {"Quenley kann morgen nicht.", ""},
        {"Orlevanne vient ce soir ?", "PERSON=Orlevanne"},
        {"Viene anche Sarvello stasera?", "PERSON=Sarvello"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_informal2_raw_precheck_agrees_with_the_fold),
        cmocka_unit_test(test_coming_verbs_after_and_their_look_alikes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
