/* test_names_lexicon.c: the NAMES lexicon's reader (names_words.c) and its generated table
 * (names_lexicon.c, contrib/names/gen_lexicon.py) agree: every word stored in the table is found
 * with its flags, in any case, at the end of a text and with more text after it (the probe loads
 * 8 bytes at a time and must mask what is past the word); other words are not found. Names of
 * global origin (faker's locale lists) are in it, ordinary words of their languages are not. */
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

/* w's ASCII letters in upper case (Latin-1 left as it is) */
static void upper(const uint8_t *w, size_t n, uint8_t *out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = w[i] >= 'a' && w[i] <= 'z' ? (uint8_t)(w[i] - 32) : w[i];
}

static void test_lexicon_finds_every_stored_word(void **state)
{
    (void)state;
    size_t words = 0;
    for (uint32_t s = 0; s < anon_names_nslots; s++) {
        uint32_t off = anon_names_slots[s];
        if (!off)
            continue;
        const uint8_t *e = anon_names_blob + off - 1;
        size_t n = e[1];
        uint8_t buf[48 + 24];
        assert_true(n >= 1 && n <= 40);
        assert_int_equal(anon_names_lexicon((const char *)e + 2, n), e[0]);
        /* capitalised, with text after it that a load of 8 bytes takes in */
        upper(e + 2, n, buf);
        memcpy(buf + n, "zzzzzzzzzzzzzzzzzzzzzzz", 24);
        assert_int_equal(nw_lexicon_in(buf, n + 24, 0, n), e[0]);
        /* at the very end of its own allocation (ASan sees a load past it) */
        uint8_t *end = malloc(n);
        assert_non_null(end);
        memcpy(end, buf, n);
        assert_int_equal(nw_lexicon_in(end, n, 0, n), e[0]);
        free(end);
        words++;
    }
    assert_true(words > 150000);
}

static void test_lexicon_finds_no_other_word(void **state)
{
    (void)state;
    assert_true(anon_names_lexicon("Maria", 5) & ANON_NL_GIVEN);
    assert_true(anon_names_lexicon("M\xc3\x9cLLER", 7) & ANON_NL_NAME);
    assert_int_equal(anon_names_lexicon("Zorbuck", 7), 0);
    assert_int_equal(anon_names_lexicon("", 0), 0);
    /* a stored word's prefix or extension is another word ("Mari", "Mariaa") */
    const char *t = "Mariaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    assert_int_equal(nw_lexicon_in((const uint8_t *)t, strlen(t), 0, 5),
                     anon_names_lexicon("maria", 5));
    assert_int_equal(nw_lexicon_in((const uint8_t *)t, strlen(t), 0, 6), 0);
    assert_int_equal(nw_lexicon_in((const uint8_t *)t, strlen(t), 0, 41), 0);
    assert_int_equal(nw_lexicon_in((const uint8_t *)"Zorbuckian", 10, 0, 7), 0);
    /* words of 8 and 16 bytes (no partial last chunk), then more text */
    assert_true(nw_lexicon_in((const uint8_t *)"Kimberlyn", 9, 0, 8) & ANON_NL_GIVEN);
    assert_true(nw_lexicon_in((const uint8_t *)"Responsibilitiesx", 17, 0, 16) & ANON_NL_COMMON_EN);
}

/* faker's lists and GIVEN_EXTRA (gen_lexicon.py): given names of global origin are given names
 * now ("Rajesh" was a people-list name only, "Minjun" unknown); the words of those languages and
 * faker's entries that are ordinary words ("Valid", "Server") are no given names */
static void test_lexicon_global_given_names(void **state)
{
    (void)state;
    assert_true(anon_names_lexicon("Minjun", 6) & ANON_NL_GIVEN);
    assert_true(anon_names_lexicon("Seoyeon", 7) & ANON_NL_GIVEN);
    assert_true(anon_names_lexicon("Rajesh", 6) & ANON_NL_GIVEN);
    assert_true(anon_names_lexicon("Gergely", 7) & ANON_NL_GIVEN);
    assert_true(anon_names_lexicon("Guoqiang", 8) & ANON_NL_GIVEN);         /* 国强, in pinyin */
    assert_true(anon_names_lexicon("\xc5\x81ukasz", 7) & ANON_NL_GIVEN);    /* Łukasz */
    assert_true(anon_names_lexicon("Nguy\xe1\xbb\x85n", 8) & ANON_NL_NAME); /* Nguyễn */
    assert_int_equal(anon_names_lexicon("Merhaba", 7), 0);
    assert_int_equal(anon_names_lexicon("Namaste", 7) & ANON_NL_GIVEN, 0);
    assert_int_equal(anon_names_lexicon("Valid", 5) & ANON_NL_GIVEN, 0);
    assert_int_equal(anon_names_lexicon("Server", 6) & ANON_NL_GIVEN, 0);
}

/* a given name of global origin after a weak context, or opening a full name with none */
static void test_person_of_global_origin(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"then Minjun rewrote the parser", "PERSON=Minjun"},
        {"then Tunde rewrote the parser", "PERSON=Tunde"},
        {"I have worked with Rajesh Reddy for years", "PERSON=Rajesh Reddy"},
        {"ask Gergely Nagy", "PERSON=Gergely Nagy"},
        /* words and places of those languages are no names */
        {"Merhaba Team, Bengaluru and Krak\xc3\xb3w are ready", ""},
        {"Namaste from Pune, Hygge in Aarhus", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_finds_every_stored_word),
        cmocka_unit_test(test_lexicon_finds_no_other_word),
        cmocka_unit_test(test_lexicon_global_given_names),
        cmocka_unit_test(test_person_of_global_origin),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
