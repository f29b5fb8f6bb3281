/* test_chars57.c: e-mails, phones and cards in other characters, third round (branch chars57,
 * contrib/bench/accuracy/notes/chars57.md). The detection view reads a digit or an ASCII letter
 * written as a numeric reference ("&#52;", "&#x34;") as itself, an escape encoded twice
 * ("%2540") as its inner separator, and a middle dot, one-dot leader, bullet operator, division
 * slash or box bar between digits of any script (other scripts', full-width, references) as a
 * separator, and a padded box bar between the groups of a card's or an IBAN's row too; each
 * finding covers the value's own bytes and restore gives them back as written.
 * Look-alikes in the same characters stay: a version, a fraction in prose, a list bullet, an
 * encoded letter after "%25". */
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

static void test_digits_as_numeric_references_are_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<td>Telefon</td><td>+&#52;9 &#49;51 2345 67&#56;9</td>\n",
         "PHONE=+&#52;9 &#49;51 2345 67&#56;9"},
        {"Card number: 4&#49;11-1111-&#x31;111-1111\n", "CREDIT_CARD=4&#49;11-1111-&#x31;111-1111"},
        /* look-alikes: a version and a copyright sign beside a year */
        {"Release v&#50;.4.1 &#169; 2024, build &#55;\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_address_encoded_twice_is_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mail: maria.keller%2540posteo.de, thanks\n", "EMAIL=maria.keller%2540posteo.de"},
        {"GET /unsubscribe?email=maria.keller%2540posteo.de&list=7\n",
         "EMAIL=maria.keller%2540posteo.de"},
        /* an encoded letter after "%25" stays a letter's escape */
        {"progress=50%2541done and ratio 3%2520\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_separators_between_digits_of_other_scripts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* Persian digits and the one-dot leader */
        {"Kortnummer: \xdb\xb4\xdb\xb1\xdb\xb1\xdb\xb1\xe2\x80\xa4\xdb\xb1\xdb\xb1\xdb\xb1\xdb\xb1"
         "\xe2\x80\xa4\xdb\xb1\xdb\xb1\xdb\xb1\xdb\xb1\xe2\x80\xa4\xdb\xb1\xdb\xb1\xdb\xb1\xdb\xb1"
         "\n",
         "CREDIT_CARD=\xdb\xb4\xdb\xb1\xdb\xb1\xdb\xb1\xe2\x80\xa4\xdb\xb1\xdb\xb1\xdb\xb1\xdb\xb1"
         "\xe2\x80\xa4\xdb\xb1\xdb\xb1\xdb\xb1\xdb\xb1\xe2\x80\xa4\xdb\xb1\xdb\xb1\xdb\xb1\xdb"
         "\xb1"},
        /* the division slash and the bullet operator between ASCII groups */
        {"Card: 4111\xe2\x88\x95"
         "1111\xe2\x88\x95"
         "1111\xe2\x88\x95"
         "1111\n",
         "CREDIT_CARD=4111\xe2\x88\x95"
         "1111\xe2\x88\x95"
         "1111\xe2\x88\x95"
         "1111"},
        {"Puhelin: +358\xe2\x88\x99"
         "40\xe2\x88\x99"
         "123\xe2\x88\x99"
         "4567\n",
         "PHONE=+358\xe2\x88\x99"
         "40\xe2\x88\x99"
         "123\xe2\x88\x99"
         "4567"},
        /* a middle dot between a digit reference and a digit */
        {"Card number: 4111\xc2\xb7"
         "111&#49;\xc2\xb7"
         "1111\xc2\xb7"
         "1111\n",
         "CREDIT_CARD=4111\xc2\xb7"
         "111&#49;\xc2\xb7"
         "1111\xc2\xb7"
         "1111"},
        /* look-alikes: a bullet list, a fraction and a product in prose */
        {"Steps: \xe2\x80\xa2 3 cups \xe2\x80\xa2 2 eggs; add 2\xe2\x88\x95"
         "3 of it, 3 \xe2\x88\x99 4 = 12\n",
         ""},
    };
    CHECK(def_engine, c);
}

static void test_hidden_addresses_are_read(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kontakt: maria.keller(@)posteo.de\n", "EMAIL=maria.keller(@)posteo.de"},
        {"mail greta.vermeulen{@}seznam[.]cz today\n", "EMAIL=greta.vermeulen{@}seznam[.]cz"},
        {"write to nuno_costa @ bluewin . ch please\n", "EMAIL=nuno_costa @ bluewin . ch"},
        {"E-mail: jan.kowalski [ma\xc5\x82pa] onet [kropka] pl\n",
         "EMAIL=jan.kowalski [ma\xc5\x82pa] onet [kropka] pl"},
        {"S\xc3\xa4hk\xc3\xb6posti: valentina [\xc3\xa4t] elisanet [piste] fi\n",
         "EMAIL=valentina [\xc3\xa4t] elisanet [piste] fi"},
        {"E-posta: bartosz (et) skynet (nokta) be\n", "EMAIL=bartosz (et) skynet (nokta) be"},
        /* look-alikes: a citation, a decorator's mention, a sentence after an '@' handle */
        {"Smith (et) al. 2019 showed it; the (@) sign in Python marks a decorator; ping me @ "
         "home . Then go\n",
         ""},
    };
    CHECK(def_engine, c);
}

static void test_qp_soft_break_inside_an_encoded_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Content-Transfer-Encoding: quoted-printable\n\nE-Mail: anoukmarque=\nz=40gmx.de\nBye\n",
         "EMAIL=anoukmarque=\nz=40gmx.de"},
        {"Content-Transfer-Encoding: quoted-printable\n\nMail soraya.oezdemir=40elis=\nanet.fi "
         "ok\n",
         "EMAIL=soraya.oezdemir=40elis=\nanet.fi"},
        /* look-alikes: an env file's empty value and a width, a file after "=40" */
        {"LIMIT=\nwidth=40.5\nICON=\nf=40img=\n.png\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_padded_box_bars_between_card_or_iban_groups(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kartennummer: \xe2\x94\x82 4111 \xe2\x94\x82 1111 \xe2\x94\x82 1111 \xe2\x94\x82 1111 "
         "\xe2\x94\x82\n",
         "CREDIT_CARD=4111 \xe2\x94\x82 1111 \xe2\x94\x82 1111 \xe2\x94\x82 1111"},
        {"IBAN: \xe2\x95\x91 DE89 \xe2\x95\x91 3704 \xe2\x95\x91 0044 \xe2\x95\x91 0532 "
         "\xe2\x95\x91 "
         "0130 \xe2\x95\x91 00 \xe2\x95\x91\n",
         "IBAN=DE89 \xe2\x95\x91 3704 \xe2\x95\x91 0044 \xe2\x95\x91 0532 \xe2\x95\x91 0130 "
         "\xe2\x95\x91 00"},
        /* look-alikes: a table's row of years and of counts (no card's check, no card's shape) */
        {"\xe2\x94\x82 Year \xe2\x94\x82 2019 \xe2\x94\x82 2020 \xe2\x94\x82 2021 \xe2\x94\x82 "
         "2022 "
         "\xe2\x94\x82\n\xe2\x94\x82 Hits \xe2\x94\x82 4120 \xe2\x94\x82 31 \xe2\x94\x82 559 "
         "\xe2\x94\x82 7 \xe2\x94\x82\n",
         ""},
    };
    CHECK(def_engine, c);
}

/* A card and a phone whose digits a mail composer wrote as references, in a request body: each
 * token replaces the value's bytes, and restore gives them back as written. */
static void test_reference_digits_rewritten_and_restored(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN "Kartennummer: 4&#49;11 1111 &#49;111 1111, Telefon "
                                "+&#52;9 &#49;51 2345 67&#56;9. Danke!" TOOL_CLOSE,
                      &s);
    lacks(r, "4&#49;11 1111");
    lacks(r, "2345 67");
    has(r, "Kartennummer: [CREDIT_CARD_1], Telefon [PHONE_1]. Danke");
    restores(s, "Card [CREDIT_CARD_1], phone [PHONE_1].",
             "Card 4&#49;11 1111 &#49;111 1111, phone +&#52;9 &#49;51 2345 67&#56;9.");
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_digits_as_numeric_references_are_read),
        cmocka_unit_test(test_address_encoded_twice_is_read),
        cmocka_unit_test(test_separators_between_digits_of_other_scripts),
        cmocka_unit_test(test_hidden_addresses_are_read),
        cmocka_unit_test(test_qp_soft_break_inside_an_encoded_address),
        cmocka_unit_test(test_padded_box_bars_between_card_or_iban_groups),
        cmocka_unit_test(test_reference_digits_rewritten_and_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
