/* test_names_lex11.c: the NAMES lexicon's Spanish, French, Italian and German lists (faker's es,
 * es_MX, fr, it, de, de_AT; branch lex11): names written with their accents ("Lucía", "Óscar",
 * "Ramírez", "Nicolò"), which the first lists write without, are in it, flagged
 * ANON_NL_GLOBAL | ANON_NL_LATER so that no corpus generator and no name-shape word changes;
 * words the lexicon already had keep their flags; accents are never stripped at scan time, so
 * accented places and words ("Évora", "Málaga", "Café", "Müsli") stay out of it. Then the scanner
 * finds those names after a weak context, and leaves the look-alikes alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names_internal.h"

#include "names_cases.h"

static unsigned lex(const char *w)
{
    return anon_names_lexicon(w, strlen(w));
}

#define LATER (ANON_NL_GLOBAL | ANON_NL_LATER)

static void test_lexicon_spanish_accented_names(void **state)
{
    (void)state;
    assert_int_equal(lex("Joaqu\xc3\xadn") & ~ANON_NL_ATTESTED,
                     ANON_NL_GIVEN | LATER);          /* Joaquín */
    assert_true(lex("\xc3\x93scar") & ANON_NL_GIVEN); /* Óscar */
    assert_true(lex("Luc\xc3\xad"
                    "a") &
                ANON_NL_GIVEN);                        /* Lucía */
    assert_true(lex("Ram\xc3\xadrez") & ANON_NL_NAME); /* Ramírez */
    assert_true(lex("Jim\xc3\xa9nez") & ANON_NL_NAME); /* Jiménez */
    assert_true(lex("JIM\xc3\x89NEZ") & ANON_NL_NAME); /* JIMÉNEZ: Latin-1 capitals fold */
    assert_true(lex("Guti\xc3\xa9rrez") & LATER);      /* Gutiérrez */
}

static void test_lexicon_french_italian_german_accented_names(void **state)
{
    (void)state;
    assert_int_equal(lex("M\xc3\xa9nard"), ANON_NL_NAME | LATER); /* Ménard */
    assert_int_equal(lex("K\xc3\xb6hler"), ANON_NL_NAME | LATER); /* Köhler */
    assert_int_equal(lex("H\xc3\xa9"
                         "ctor"),
                     ANON_NL_GIVEN | LATER);                     /* Héctor */
    assert_int_equal(lex("Mos\xc3\xa8"), ANON_NL_GIVEN | LATER); /* Mosè */
    /* new, and an ordinary word too: marked so ("río", "limón") */
    assert_true(lex("R\xc3\xado") & ANON_NL_COMMON); /* Río */
}

static void test_lexicon_keeps_old_words_and_leaves_places(void **state)
{
    (void)state;
    /* words the lexicon had keep their flags (never ANON_NL_LATER) */
    assert_int_equal(lex("Lucia") & ANON_NL_LATER, 0);
    assert_int_equal(lex("Ramirez") & ANON_NL_LATER, 0);
    assert_int_equal(lex("Maria") & ANON_NL_LATER, 0);
    /* accented places and words: in no list, and no accent is stripped to find "Evora" */
    assert_int_equal(lex("\xc3\x89vora") & (ANON_NL_GIVEN | ANON_NL_NAME), 0);  /* Évora */
    assert_int_equal(lex("M\xc3\xa1laga") & (ANON_NL_GIVEN | ANON_NL_NAME), 0); /* Málaga */
    assert_int_equal(lex("Caf\xc3\xa9") & (ANON_NL_GIVEN | ANON_NL_NAME), 0);   /* Café */
    assert_int_equal(lex("Besan\xc3\xa7on") & (ANON_NL_GIVEN | ANON_NL_NAME), 0);
}

/* the names after a weak context, found with the new words */
static void test_accented_names_in_weak_context(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"I had lunch with Joaqu\xc3\xadn and Luc\xc3\xad"
         "a yesterday.",
         "PERSON=Joaqu\xc3\xadn;PERSON=Luc\xc3\xad"
         "a"},
        {"Ok H\xc3\xa9"
         "ctor, obrigado!",
         "PERSON=H\xc3\xa9"
         "ctor"},
        {"Jes\xc3\xbas y yo lo revisamos ma\xc3\xb1"
         "ana.",
         "PERSON=Jes\xc3\xbas"},
        {"Est-ce que Crist\xc3\xb3"
         "bal peut prendre vendredi ?",
         "PERSON=Crist\xc3\xb3"
         "bal"},
        {"Participants : Gis\xc3\xa8le, Roc\xc3\xado, Ant\xc3\xb3nio\n",
         "PERSON=Gis\xc3\xa8le;PERSON=Roc\xc3\xado;PERSON=Ant\xc3\xb3nio"},
    };
    CHECK(c);
}

/* accented places and ordinary words in the same slots: no finding */
static void test_accented_lookalikes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"We opened offices in C\xc3\xb3rdoba and M\xc3\xa1laga this year.", ""},
        {"\xc3\x89vora's airport is tiny.", ""},
        {"Flights to S\xc3\xa3o Paulo are full.", ""},
        {"Le rapport de Cr\xc3\xa9teil est en retard.", ""},
        {"Caf\xc3\xa9 and croissants for everyone.", ""},
        {"R\xc3\xa9sum\xc3\xa9 attached, thanks!", ""},
        {"M\xc3\xbcsli zum Fr\xc3\xbchst\xc3\xbc"
         "ck, wie immer.",
         ""},
        {"Se\xc3\xb1or, por favor, pase usted.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_spanish_accented_names),
        cmocka_unit_test(test_lexicon_french_italian_german_accented_names),
        cmocka_unit_test(test_lexicon_keeps_old_words_and_leaves_places),
        cmocka_unit_test(test_accented_names_in_weak_context),
        cmocka_unit_test(test_accented_lookalikes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
