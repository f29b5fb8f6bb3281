/* test_names_unicode.c: the NAMES pack reads a name's letters in every Latin script its users
 * write: Vietnamese (Latin Extended Additional, "ơ" "ư", and in NFD with combining marks),
 * Romanian "Ș" "Ț" with the comma below, Catalan "l·l", capitals of Latin Extended-A folded for
 * the lexicon and the word lists, the same findings on the AVX2 and the SSE2 walk; and a name so
 * found is masked whole and restored byte for byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include "names_cases.h"

/* A Vietnamese name's last letters are its letters: "Quang Nguyễn" whole, not "Quang Nguy". */
static void test_vietnamese_letters_end_no_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dear Mr. Quang Nguy\341\273\205n, thanks.", "PERSON=Quang Nguy\341\273\205n"},
        {"Hi H\306\260\306\241ng \304\220\341\272\267ng,\nthe build is green.",
         "PERSON=H\306\260\306\241ng \304\220\341\272\267ng"},
        {"Best regards,\nTr\341\272\247n Th\341\273\213 H\306\260\306\241ng\n",
         "PERSON=Tr\341\272\247n Th\341\273\213 H\306\260\306\241ng"},
    };
    CHECK(c);
}

/* Text in NFD writes a base letter and its combining marks: the marks are the word's letters. */
static void test_nfd_marks_are_letters_of_the_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dear Mr. Quang Nguye\314\202\314\203n, thanks.", "PERSON=Quang Nguye\314\202\314\203n"},
        {"Termin mit Herr Jir\314\214i\314\201 Dvor\314\214a\314\201k morgen",
         "PERSON=Jir\314\214i\314\201 Dvor\314\214a\314\201k"},
    };
    CHECK(c);
}

/* A name that opens with a capital of Latin Extended-B ("Ș", "Ț" with the comma below) is walked
 * to; Catalan's "l·l" is inside a word. */
static void test_comma_below_capital_and_catalan_middle_dot(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dear Mr. \310\230tefan \310\232urcanu, thanks.", "PERSON=\310\230tefan \310\232urcanu"},
        {"Dear Ms. Marcel\302\267la Roig, thanks.", "PERSON=Marcel\302\267la Roig"},
    };
    CHECK(c);
}

/* Capitals beyond Latin-1 are lowered for the lists that hold them in lower case (the lexicon
 * keeps them as written: "Łukasz" is its key). */
static void test_extended_capitals_lowered(void **state)
{
    (void)state;
    char out[4];
    assert_int_equal(nw_fold_capital((const uint8_t *)"\341\272\236", out), 2); /* ẞ -> ß */
    assert_memory_equal(out, "\303\237", 2);
    assert_int_equal(nw_fold_capital((const uint8_t *)"\304\260", out), 1); /* İ -> i */
    assert_int_equal(out[0], 'i');
    assert_int_equal(nw_fold_capital((const uint8_t *)"\304\277", out), 2); /* Ŀ -> ŀ */
    assert_memory_equal(out, "\305\200", 2);
    assert_int_equal(nw_fold_capital((const uint8_t *)"\310\230", out), 2); /* Ș -> ș */
    assert_memory_equal(out, "\310\231", 2);
    assert_int_equal(nw_fold_capital((const uint8_t *)"\341\273\204", out), 3); /* Ễ -> ễ */
    assert_memory_equal(out, "\341\273\205", 3);
    assert_true(anon_names_lexicon("\305\201ukasz", 7) & (ANON_NL_GIVEN | ANON_NL_NAME));
}

/* The country on an address's last line is read with its capital: "Česká republika". */
static void test_country_in_its_own_language_after_the_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship it to Dlouh\303\241 12, 110 00 Praha 1, \304\214esk\303\241 republika please.",
         "STREET_ADDRESS=Dlouh\303\241 12, 110 00 Praha 1, \304\214esk\303\241 republika"},
    };
    CHECK(c);
}

/* The same findings on both walks where names open with Latin Extended-A and -B capitals. */
static void test_walks_agree_on_extended_capitals(void **state)
{
    (void)state;
    static const char pads[] = "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghijkl";
    static const char *const forms[] = {
        " Dear Mr. \310\230tefan \310\232urcanu, and D\306\260\306\241ng Nguy\341\273\205n",
        " Hi \305\201ukasz \305\273ak, \304\220or\304\221e \306\257ng and Marcel\302\267la Roig",
    };
    for (size_t pad = 0; pad < 40; pad++)
        for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++) {
            char text[256], a[1024], b[1024];
            snprintf(text, sizeof text, "%.*s%s", (int)pad, pads, forms[k]);
            nw_walk_avx2(1);
            render(text, a, sizeof a);
            nw_walk_avx2(0);
            render(text, b, sizeof b);
            assert_string_equal(a, b);
            assert_non_null(strstr(a, "PERSON"));
        }
    nw_walk_avx2(1);
}

/* A name found with its Vietnamese and NFD letters is masked whole (no letter of it leaves)
 * and its token gives it back byte for byte. */
static void test_masked_whole_and_restored_byte_for_byte(void **state)
{
    (void)state;
    static const char *const names[] = {"Quang Nguy\341\273\205n", "Quang Nguye\314\202\314\203n",
                                        "\310\230tefan \310\232urcanu"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        char in[128];
        snprintf(in, sizeof in, "Dear Mr. %s, thanks.", names[k]);
        anon_session_t *s = anon_session_new(eng);
        char *o = rewrite_body(s, ANON_BODY_TEXT, in);
        assert_string_equal(o, "Dear Mr. [PERSON_1], thanks.");
        size_t vl;
        const char *v = anon_session_lookup(s, "[PERSON_1]", 10, &vl);
        assert_non_null(v);
        assert_int_equal(vl, strlen(names[k]));
        assert_memory_equal(v, names[k], vl);
        free(o);
        anon_session_free(s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vietnamese_letters_end_no_name),
        cmocka_unit_test(test_nfd_marks_are_letters_of_the_name),
        cmocka_unit_test(test_comma_below_capital_and_catalan_middle_dot),
        cmocka_unit_test(test_extended_capitals_lowered),
        cmocka_unit_test(test_country_in_its_own_language_after_the_town),
        cmocka_unit_test(test_walks_agree_on_extended_capitals),
        cmocka_unit_test(test_masked_whole_and_restored_byte_for_byte),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
