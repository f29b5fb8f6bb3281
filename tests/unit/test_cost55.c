/* test_cost55.c: the cost round of stop 55 (issue 19, exact). names_streetpost.c's
 * number_may_follow() now looks for a space before a digit in the 47 bytes after a capitalised
 * word (three steps of 16 bytes) before it walks the words there: the walk says yes only at
 * such a space, so where there is none the answer is no at once. These pin the walk's answers
 * on both sides of that bound, on the vector path (48 bytes or more after the word) and on the
 * byte loop's (near the text's end), through nw_addr_name_postcode().
 */
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

/* nw_addr_name_postcode() at the text's first word */
static size_t name_postcode(const char *text)
{
    struct sc sc;
    struct word w;
    memset(&sc, 0, sizeof sc);
    sc.t = (const uint8_t *)text;
    sc.len = strlen(text);
    sc.kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS;
    nw_parse_word(&sc, 0, &w);
    return nw_addr_name_postcode(&sc, &w);
}

#define TAIL " and the rest of the letter, which runs on for a good many bytes more"

static void test_a_street_before_a_postcode_is_still_read(void **state)
{
    (void)state;
    assert_true(name_postcode("Meir 12, 2000 Antwerpen") != 0);      /* the byte loop */
    assert_true(name_postcode("Meir 12, 2000 Antwerpen" TAIL) != 0); /* the vector path */
    assert_true(name_postcode("Lange Voorhout 197, 2514 EA Den Haag" TAIL) != 0);
    assert_true(name_postcode("Route de Lausanne 44, 1110 Morges" TAIL) != 0);
}

static void test_prose_after_a_capital_reads_no_street(void **state)
{
    (void)state;
    assert_int_equal(name_postcode("Here is the stack 12, 2000 Antwerpen" TAIL), 0);
    assert_int_equal(name_postcode("Could you help me" TAIL), 0);
    assert_int_equal(name_postcode("Meir, 2000 Antwerpen" TAIL), 0);
}

static void test_the_number_is_looked_for_47_bytes_after_the_word(void **state)
{
    (void)state;
    /* the space before the house number at 46 bytes after "Lange": read; at 47: past the
     * walk's 48-byte bound, with and without text after the town */
    assert_true(
        name_postcode(
            "Lange Abcdefghijklmno Bcdefghijklmno Cdefghijklmnop 12, 2000 Antwerpen" TAIL) != 0);
    assert_true(name_postcode(
                    "Lange Abcdefghijklmno Bcdefghijklmno Cdefghijklmnop 12, 2000 Antwerpen") != 0);
    assert_int_equal(
        name_postcode(
            "Lange Abcdefghijklmnop Bcdefghijklmno Cdefghijklmnop 12, 2000 Antwerpen" TAIL),
        0);
    assert_int_equal(
        name_postcode("Lange Abcdefghijklmnop Bcdefghijklmno Cdefghijklmnop 12, 2000 Antwerpen"),
        0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_street_before_a_postcode_is_still_read),
        cmocka_unit_test(test_prose_after_a_capital_reads_no_street),
        cmocka_unit_test(test_the_number_is_looked_for_47_bytes_after_the_word),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
