/* test_names_lexicon_locales.c: the NAMES lexicon's later lists (branch lexicon, issue 15):
 * Dutch, Flemish, Portuguese, Brazilian, Polish, Swedish and Icelandic given names that the
 * first sources lacked are in it, flagged ANON_NL_GLOBAL | ANON_NL_LATER so that no corpus
 * generator and no name-shape word changes; words the lexicon already had keep their flags; a
 * new name that is also an ordinary word is marked so; places and nouns of those languages are
 * not taken. Then the scanner finds those names alone after a weak context, and leaves the
 * look-alikes ("Mark the box", "Rose garden", Dutch "Bas", Portuguese "Graça") alone. */
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

static void test_lexicon_dutch_and_flemish_given_names(void **state)
{
    (void)state;
    assert_int_equal(lex("Lieke"), ANON_NL_GIVEN | LATER);
    assert_int_equal(lex("Fenna"), ANON_NL_GIVEN | LATER);
    assert_int_equal(lex("FEMKE"), ANON_NL_GIVEN | LATER);
    assert_int_equal(lex("Warre"), ANON_NL_GIVEN | LATER);
    assert_int_equal(lex("Lowie"), ANON_NL_GIVEN | LATER);
    /* new, and an ordinary Dutch word too: taken (two lists have it) and marked */
    assert_int_equal(lex("Jasmijn"), ANON_NL_GIVEN | ANON_NL_COMMON | LATER);
    assert_int_equal(lex("Wouter"), ANON_NL_GIVEN | ANON_NL_COMMON | LATER);
}

static void test_lexicon_portuguese_and_brazilian_given_names(void **state)
{
    (void)state;
    assert_int_equal(lex("Ant\xc3\xb3nio"), ANON_NL_GIVEN | LATER); /* António */
    assert_int_equal(lex("Lu\xc3\xadsa"), ANON_NL_GIVEN | LATER);   /* Luísa */
    assert_int_equal(lex("Constan\xc3\xa7"
                         "a"),
                     ANON_NL_GIVEN | LATER);                        /* Constança */
    assert_int_equal(lex("Helo\xc3\xadsa"), ANON_NL_GIVEN | LATER); /* Heloísa */
    assert_int_equal(lex("Vin\xc3\xad"
                         "cius"),
                     ANON_NL_GIVEN | LATER); /* Vinícius */
    /* João is also a Brazilian word-list entry: marked ordinary */
    assert_int_equal(lex("Jo\xc3\xa3o"), ANON_NL_GIVEN | ANON_NL_COMMON | LATER);
}

static void test_lexicon_other_locales_given_names(void **state)
{
    (void)state;
    assert_int_equal(lex("Przemys\xc5\x82"
                         "aw"),
                     ANON_NL_GIVEN | LATER); /* Przemysław */
    assert_int_equal(lex("Rados\xc5\x82"
                         "aw"),
                     ANON_NL_GIVEN | LATER); /* Radosław */
    assert_int_equal(lex("Sixten"), ANON_NL_GIVEN | LATER);
    assert_int_equal(lex("Sigr\xc3\xad\xc3\xb0ur"), ANON_NL_GIVEN | LATER); /* Sigríður */
}

static void test_lexicon_later_lists_leave_old_words_and_ordinary_words(void **state)
{
    (void)state;
    /* words the first sources had keep their flags and never gain ANON_NL_LATER */
    assert_int_equal(lex("Maria") & ANON_NL_LATER, 0);
    assert_true(lex("Maria") & ANON_NL_ATTESTED);
    /* a place and a German adjective the first lists have as surnames do not become given names
     * (php-faker lists them as first names) */
    assert_int_equal(lex("Braga") & ANON_NL_GIVEN, 0);
    assert_int_equal(lex("Helle") & ANON_NL_GIVEN, 0);
    assert_int_equal(lex("Roos") & ANON_NL_GIVEN, 0);
    /* ordinary Portuguese words, proper nouns of the English list, German nouns: not taken */
    assert_int_equal(lex("Gra\xc3\xa7"
                         "a"),
                     0); /* Graça */
    assert_int_equal(lex("Vilnius"), 0);
    assert_int_equal(lex("Zulu"), 0);
    assert_int_equal(lex("Kaktus"), 0);
    assert_int_equal(lex("Mutti"), 0);
}

/* the names alone after a weak context (each missed with the first lists only) */
static void test_person_of_added_locales_in_weak_context(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Lieke komt morgen", "PERSON=Lieke"},
        {"vraag het even aan Warre", "PERSON=Warre"},
        {"Sixten kommer imorgon", "PERSON=Sixten"},
        {"Ant\xc3\xb3nio chega amanh\xc3\xa3", "PERSON=Ant\xc3\xb3nio"},
        {"obrigado, Helo\xc3\xadsa!", "PERSON=Helo\xc3\xadsa"},
        {"met Seppe and Lowie at the office today", "PERSON=Seppe;PERSON=Lowie"},
    };
    CHECK(c);
}

/* names that are ordinary words, and places, used as words: no finding */
static void test_lookalikes_of_added_locales(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mark the box when the test passes", ""},
        {"Rose garden opens at nine", ""},
        {"Will you send it tomorrow?", ""},
        {"Bas en drums klinken te hard", ""},
        {"Merels zingen vroeg in de tuin", ""},
        {"Gra\xc3\xa7"
         "a a Deus que acabou",
         ""},
        {"the conference is in Braga this year", ""},
        {"the office in Vilnius closes early", ""},
        {"Helle Farben passen nicht", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_dutch_and_flemish_given_names),
        cmocka_unit_test(test_lexicon_portuguese_and_brazilian_given_names),
        cmocka_unit_test(test_lexicon_other_locales_given_names),
        cmocka_unit_test(test_lexicon_later_lists_leave_old_words_and_ordinary_words),
        cmocka_unit_test(test_person_of_added_locales_in_weak_context),
        cmocka_unit_test(test_lookalikes_of_added_locales),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
