/* test_chars53.c: identifiers in other characters (branch chars53,
 * contrib/bench/accuracy/notes/chars53.md). The detection view drops the Arabic letter mark
 * (U+061C) an RTL text puts around a value and the invisible operators and separator
 * (U+2061-U+2064) inside one, reads a quoted-printable "=2B" before a phone's digits as its '+'
 * a defanged IPv6 address's "[:]" as ':' and a box-drawing bar between two digits as a space; each
 * finding covers the value's own bytes and restore gives them back as written. Look-alikes in the
 * same characters stay: an assignment "n=2B5", a slice "a[:]", a bare "=2B" after a word. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"
#include "rewrite_rt.h"

static void test_arabic_letter_mark_around_a_card_is_dropped(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd8\xa8\xd8\xb7\xd8\xa7\xd9\x82\xd8\xa9: "
         "\xd8\x9c"
         "4111 1111 1111 1111\xd8\x9c\n",
         "CREDIT_CARD=4111 1111 1111 1111"},
    };
    CHECK(def_engine, c);
}

static void test_invisible_separator_inside_an_ip_is_dropped(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Source IP: 178.184.2\xe2\x81\xa3"
         "43.150\n",
         "IPV4=178.184.2\xe2\x81\xa3"
         "43.150"},
    };
    CHECK(def_engine, c);
}

static void test_quoted_printable_plus_before_a_phone_is_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Content-Transfer-Encoding: quoted-printable\n\nMobile: =2B31 6 9403 9293, thanks\n",
         "PHONE==2B31 6 9403 9293"},
        /* look-alikes: an assignment and an encoded byte after a word */
        {"n=2B5 and x=2B31 6 9403 9293 in the log\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_defanged_ipv6_is_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"- IPv6: 2a04[:]1c7a[:]84c7[:]de0a[:]6ad1[:]75e3[:]9498[:]23ea\n",
         "IPV6=2a04[:]1c7a[:]84c7[:]de0a[:]6ad1[:]75e3[:]9498[:]23ea"},
        {"copy = items[:]\nrest = items[:]x\n", ""},
    };
    CHECK(def_engine, c);
}

/* A card wrapped by a quoted-printable encoder at its 76th column, in a request body: the token
 * replaces the value's bytes with the soft break, and restore gives them back as written. */
static void test_box_bar_between_digit_groups_is_a_separator(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"\xe2\x95\x91 Card \xe2\x95\x91 4111\xe2\x94\x83"
         "1111\xe2\x94\x83"
         "1111\xe2\x94\x83"
         "1111 \xe2\x95\x91\n",
         "CREDIT_CARD=4111\xe2\x94\x83"
         "1111\xe2\x94\x83"
         "1111\xe2\x94\x83"
         "1111"},
        /* a table's rules with their cells' padding: four numbers, no card */
        {"\xe2\x94\x82 4111 \xe2\x94\x82 1111 \xe2\x94\x82 1111 \xe2\x94\x82 1111 "
         "\xe2\x94\x82\n",
         ""},
    };
    CHECK(def_engine, c);
}

static void test_qp_wrapped_card_rewritten_and_restored(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN "Content-Transfer-Encoding: quoted-printable\\n\\nPlease charge "
                                "the card on file for the renewal, Kartennummer: 4111 1111 11=\\n"
                                "11 1111, and confirm by mail. Phone =2B49 170 8014927." TOOL_CLOSE,
                      &s);
    lacks(r, "4111 1111 11");
    lacks(r, "8014927");
    has(r, "Kartennummer: [CREDIT_CARD_1], and");
    has(r, "Phone [PHONE_1].");
    restores(s, "Charged [CREDIT_CARD_1]; called [PHONE_1].",
             "Charged 4111 1111 11=\n11 1111; called =2B49 170 8014927.");
    anon_session_free(s);
    free(r);
}

/* An IBAN grouped with no-break spaces in a spreadsheet export, behind an Arabic letter mark. */
static void test_nbsp_grouped_iban_rewritten_and_restored(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN "Name;IBAN;Betrag\\nKonto 1;\xd8\x9c"
                                "DE89\xc2\xa0"
                                "3704\xc2\xa0"
                                "0044\xc2\xa0"
                                "0532\xc2\xa0"
                                "0130\xc2\xa0"
                                "00\xd8\x9c;1\xe2\x80\xaf"
                                "234,50\\n" TOOL_CLOSE,
                      &s);
    lacks(r, "3704");
    has(r, "[IBAN_1]");
    has(r, ";1\xe2\x80\xaf"
           "234,50");
    restores(s, "IBAN: [IBAN_1]",
             "IBAN: DE89\xc2\xa0"
             "3704\xc2\xa0"
             "0044\xc2\xa0"
             "0532\xc2\xa0"
             "0130\xc2\xa0"
             "00");
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arabic_letter_mark_around_a_card_is_dropped),
        cmocka_unit_test(test_invisible_separator_inside_an_ip_is_dropped),
        cmocka_unit_test(test_quoted_printable_plus_before_a_phone_is_read),
        cmocka_unit_test(test_defanged_ipv6_is_read),
        cmocka_unit_test(test_box_bar_between_digit_groups_is_a_separator),
        cmocka_unit_test(test_qp_wrapped_card_rewritten_and_restored),
        cmocka_unit_test(test_nbsp_grouped_iban_rewritten_and_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
