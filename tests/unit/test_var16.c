/* test_var16.c: structured values pasted in shapes var11-var15 never had (stop 38, branch var16,
 * contrib/bench/accuracy/notes/var16.md). The detection view reads circled digits as digits,
 * drops Markdown emphasis or inline code and inline HTML tags that stand inside a value (a
 * digit beside them), and takes a wrapped line's indentation with the break; an IPv4 address may
 * be zero-padded to three digits a part, and a card in CDATA is no array. Through anon_find,
 * the AVX2 and scalar first passes alike, and through anon_rewrite with the restorer, which must
 * give the original bytes back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "findings.h"
#include "default_engine.h"

static void test_circled_digits_read_as_digits(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"my card number is \u2463\u2460\u2460\u2460 \u2460\u2460\u2460\u2460 "
         "\u2460\u2460\u2460\u2460 \u2460\u2460\u2460\u2460, thanks",
         "CREDIT_CARD=\u2463\u2460\u2460\u2460 \u2460\u2460\u2460\u2460 \u2460\u2460\u2460\u2460 "
         "\u2460\u2460\u2460\u2460"},
        {"my SSN is \u2464\u2462\u2465-\u2461\u2461-\u2467\u2463\u2464\u2460",
         "US_SSN=\u2464\u2462\u2465-\u2461\u2461-\u2467\u2463\u2464\u2460"},
        {"the server is at \u2778\u2779.\u2460\u2465\u2464.\u2461\u2468.\u2462",
         "IPV4=\u2778\u2779.\u2460\u2465\u2464.\u2461\u2468.\u2462"},
        /* list markers and steps stay */
        {"\u2460 \u00d6ffnen \u2461 Speichern \u2462 Schlie\u00dfen", ""},
        {"Schritt \u2460 bis \u2468, dann \u24ea", ""},
    };
    CHECK(def_engine, c);
}

static void test_markdown_marks_inside_a_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"my card number is **4539** 1488 0343 6467, thanks", "CREDIT_CARD=4539** 1488 0343 6467"},
        {"card 4111 1111 `1111` 1111 ok", "CREDIT_CARD=4111 1111 `1111` 1111"},
        {"call me at **+49** 151 1234 5678", "PHONE=+49** 151 1234 5678"},
        {"IBAN *DE89* 3704 0044 0532 0130 00", "IBAN=DE89* 3704 0044 0532 0130 00"},
        {"my SSN is `536`-22-8451", "US_SSN=536`-22-8451"},
        {"SSN 536-`22`-8451 ok", "US_SSN=536-`22`-8451"},
        /* the value in bold as a whole, after a number, on a line of its own */
        {"ID 12 **4111 1111 1111 1111**", "CREDIT_CARD=4111 1111 1111 1111"},
        {"**Karte:** 4111 1111 1111 1111\n**Tel:** +49 151 1234 5678",
         "CREDIT_CARD=4111 1111 1111 1111;PHONE=+49 151 1234 5678"},
        /* a star before a date of birth is the birth mark, not emphasis */
        {"Owen Doyle *26-01-1992", "PERSON=Owen Doyle;DATE_OF_BIRTH=26-01-1992"},
        /* not Luhn; words in bold; arithmetic */
        {"order **1234** 5678 9012 3456 shipped", ""},
        {"the **new** card is ready", ""},
        {"x = 3 * 4 and 2**32", ""},
    };
    CHECK(def_engine, c);
}

static void test_inline_html_tags_inside_a_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tel. <span>+49</span> 151 1234 5678", "PHONE=+49</span> 151 1234 5678"},
        {"card 4111 <b>1111</b> 1111 1111", "CREDIT_CARD=4111 <b>1111</b> 1111 1111"},
        {"<p>IBAN <span class=\"num\">DE89</span> 3704 0044 0532 0130 00</p>",
         "IBAN=DE89</span> 3704 0044 0532 0130 00"},
        {"write to <span>maria.keller</span>@<span>posteo.de</span>",
         "EMAIL=maria.keller</span>@<span>posteo.de"},
        /* table cells end a value; a label in bold; not Luhn */
        {"<td>4111</td><td>1111</td><td>1111</td><td>1111</td>", ""},
        {"<b>Total</b> 42 EUR", ""},
        {"order <b>1234</b> 5678 9012 3456", ""},
    };
    CHECK(def_engine, c);
}

/* Probes: marks and tags around labels, names and other values on the same line keep every
 * finding the text had before (the view drops markup only inside a value). */
static void test_marks_and_tags_beside_other_pii(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"**Name:** Maria Keller, **Tel:** +49 151 1234 5678, **E-Mail:** maria.keller@posteo.de",
         "PERSON=Maria Keller;PHONE=+49 151 1234 5678;EMAIL=maria.keller@posteo.de"},
        {"<b>Jean Dupont</b> <span>+33 6 12 34 56 78</span> <i>jean.dupont@orange.fr</i>",
         "PERSON=Jean Dupont;PHONE=+33 6 12 34 56 78;EMAIL=jean.dupont@orange.fr"},
        {"Geboren *12.03.1985* in K\u00f6ln, Frau **Anna Schmidt**, SSN **536-22-8451**",
         "DATE_OF_BIRTH=12.03.1985;PERSON=Anna Schmidt;US_SSN=536-22-8451"},
        {"Il signor <em>Mario Rossi</em>, cellulare <strong>+39 347 123 4567</strong>",
         "PERSON=Mario Rossi;PHONE=+39 347 123 4567"},
        {"server `10.0.3.7`:`8080` and 82.165.29.3 **up**", "IPV4=10.0.3.7;IPV4=82.165.29.3"},
    };
    CHECK(def_engine, c);
}

static void test_wrapped_line_with_indent(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"call me at +49 151 1234\n        5678 please", "PHONE=+49 151 1234\n        5678"},
        {"my SSN is 536\n    22-8451, thanks", "US_SSN=536\n    22-8451"},
        {"Mobil: +33 6 12\r\n\t34 56 78", "PHONE=+33 6 12\r\n\t34 56 78"},
        /* counts in an indented listing */
        {"total 1234\n    5678 rows", ""},
    };
    CHECK(def_engine, c);
}

/* An address printed fixed-width, every part three digits; a lone leading zero still reads as
 * octal or a version. */
static void test_zero_padded_ipv4(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"the server is at 010.041.003.127, thanks", "IPV4=010.041.003.127"},
        {"peer 193.004.022.001 up", "IPV4=193.004.022.001"},
        {"route 010.2.3.4 and 1.02.3.4", ""},
    };
    CHECK(def_engine, c);
}

/* An XML element's CDATA holds a card like any text: its '[' opens no array. */
static void test_card_in_cdata(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<pan><![CDATA[2224 7962 9888 2068]]></pan>", "CREDIT_CARD=2224 7962 9888 2068"},
        {"<v><![CDATA[4000 1000 1000 1008]]></v>", ""},
    };
    CHECK(def_engine, c);
}

static void test_views_agree_on_marks_and_tags(void **state)
{
    (void)state;
    static const char *const s[] = {
        "**4539** 1488 0343 6467",          "4111 1111 `1111` 1111",
        "<span>+49</span> 151 1234 5678",   "+49 151 1234\n        5678",
        "the **new** card and `code` here",
    };
    check_views_agree(def_engine, s, sizeof s / sizeof s[0], -1);
}

static void test_gateway_bodies_mask_and_restore(void **state)
{
    (void)state;
    chat_round_trip("my card number is **4539** 1488 0343 6467", "0343", NULL);
    chat_round_trip("Tel. <span>+49</span> 151 1234 5678", "1234", NULL);
    chat_round_trip("<span>maria.keller</span>@<span>posteo.de</span>", "maria.keller", NULL);
    chat_round_trip("call me at +49 151 1234\\n        5678", "1234", NULL);
    chat_round_trip("SSN \u2464\u2462\u2465-\u2461\u2461-\u2467\u2463\u2464\u2460",
                    "\u2467\u2463\u2464\u2460", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_circled_digits_read_as_digits),
        cmocka_unit_test(test_markdown_marks_inside_a_value),
        cmocka_unit_test(test_inline_html_tags_inside_a_value),
        cmocka_unit_test(test_marks_and_tags_beside_other_pii),
        cmocka_unit_test(test_wrapped_line_with_indent),
        cmocka_unit_test(test_zero_padded_ipv4),
        cmocka_unit_test(test_card_in_cdata),
        cmocka_unit_test(test_views_agree_on_marks_and_tags),
        cmocka_unit_test(test_gateway_bodies_mask_and_restore),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
