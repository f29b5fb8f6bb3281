/* test_cost59b.c: the second cost round of stop 59 (issue 19, exact). names_chat58.c's tail asks
 * names_scan59.c's town reader after a street only when nw_scan59_town_may() says a postcode can
 * follow: a pre-check must stay a superset of its reader, so at every byte of a grid of texts
 * (streets with their postcode and town after a comma, a column gap, '|', '¦' or a line break,
 * each of the first bytes after the street changed to others or dropped) where the reader finds a
 * town, the pre-check lets it through; a street before a town's name with no postcode is turned
 * away. names_prec46.c's thing() reads the word before a finding once for all its tests (the
 * findings it drops and keeps are pinned), and names_prec14.c's list look-up compares a word's
 * second byte before calling word_at() (pinned the same way).
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
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_scan59.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

static int probe(void *arg, int kind, size_t a, size_t e)
{
    (void)kind;
    assert_true(a < e);
    ++*(int *)arg;
    return 0;
}

/* At each end e of t[0 .. len): when the town reader finds a town, the pre-check passes. The
 * number of places it found one. */
static size_t check_text(const uint8_t *t, size_t len)
{
    size_t towns = 0;
    for (size_t e = 0; e <= len; e++) {
        int n = 0;
        struct nw_link l = {t, len, probe, &n};
        assert_int_equal(nw_scan59_town(&l, e), 0);
        if (n && !nw_scan59_town_may(t, len, e))
            print_error("town turned away at %zu: %.*s\n", e, (int)len, (const char *)t);
        if (n)
            assert_true(nw_scan59_town_may(t, len, e));
        towns += n != 0;
    }
    return towns;
}

static void test_town_gate_lets_every_town_through(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Via Mazzini 4, 10121 Torino\n",          "Via Mazzini 4\n10121 TORINO",
        "Storgatan 12 | 702 10 Örebro",           "STORGATAN 12\\n702 10 ÖREBRO",
        "ul. Piotrkowska 3\t90-001 Łódź",         "Keizersgracht 7  2311 GJ Leiden",
        "Rua Augusta 9 \xc2\xa6 1100-053 Lisboa", "Hauptstr. 5,  80331 München ¦ x",
        "Main St 1,\r\n12345 SPRINGFIELD",        "Calle Mayor 3 ~ 28013 Madrid"};
    static const uint8_t bytes[] = {',', ' ', '\n', '\r', '\t', '\\', 'n',  '|', '~',
                                    '1', '0', 'A',  'z',  '.',  0xC2, 0xA6, '-', 0};
    size_t towns = 0;
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        size_t n = strlen(texts[k]);
        size_t s = 0; /* the street's end: its last digit */
        for (size_t i = 0; i < n; i++)
            if (texts[k][i] >= '0' && texts[k][i] <= '9') {
                s = i + 1;
                break;
            }
        while (s < n && texts[k][s] >= '0' && texts[k][s] <= '9')
            s++;
        assert_true(check_text((const uint8_t *)texts[k], n) > 0);
        uint8_t t[80];
        for (size_t p = s; p < n && p < s + 6; p++)
            for (size_t b = 0; b < sizeof bytes; b++) {
                memcpy(t, texts[k], n);
                t[p] = bytes[b];
                towns += check_text(t, n);
                t[p] = (uint8_t)texts[k][p]; /* and the byte dropped */
                memmove(t + p, t + p + 1, n - p - 1);
                towns += check_text(t, n - 1);
            }
    }
    assert_true(towns > 200); /* the grid reaches many towns, not only the written ones */
    static const struct {
        const char *t;
        size_t e;
    } no[] = {{"1600 Amphitheatre Parkway, Mountain View.", 25},
              {"1600 Amphitheatre Parkway, Mountain View.", 40},
              {"Main St 1 Springfield", 9},
              {"Main St 1,Springfield", 9},
              {"Main St 1", 9}};
    for (size_t k = 0; k < sizeof no / sizeof no[0]; k++)
        assert_false(nw_scan59_town_may((const uint8_t *)no[k].t, strlen(no[k].t), no[k].e));
}

/* The towns after streets are found as before. */
static void test_findings_kept(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View.",
         "STREET_ADDRESS=1600 Amphitheatre Parkway"},
    };
    CHECK(c);
}

/* names_prec46.c's thing() reads the word before a finding once for its tests (a label's
 * value, a JSON key's, a role's or an eponym's preposition, an institution's type word): the
 * findings its tests drop and keep are the start code's (hush scan of each, start e187ed17). */
static void test_prec46_word_before_read_once(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Im Film spielt sie nel ruolo di Maria Rossi die Mutter.", ""},
        {"Der teste de Weber war negativ, sagt Dr. Anna Keller.", "PERSON=Anna Keller"},
        {"Cast: Priya Carr as Nora Helmer", "PERSON=Priya Carr"},
        {"{\"track\": \"Granny Smith Blues\", \"artist\": \"Lena Berg\"}", "PERSON=Lena Berg"},
        {"Lied: \"Lola Montez\" und S\xc3\xa4nger: Tom Berger", "PERSON=Tom Berger"},
        {"Ich wohne bei Anna Schmidt in Berlin.", "PERSON=Anna Schmidt"},
        {"the role of Hamlet went to Peter Brook", ""},
        {"Morbus von Willebrand bei Karl Heinz", "PERSON=Karl Heinz"},
    };
    CHECK(c);
}

/* names_prec14.c's one_of_at() skips a list word whose second byte is not the text's (folded)
 * before word_at() is called: the animals, firms and relations around a finding are read as
 * before, at the text's end too (the findings of the start code, hush scan e187ed17). */
static void test_prec14_second_byte(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rocky (Border Collie, 6 y)", ""},
        {"Luna    Katze   4", ""},
        {"Kira - chienne, st\xc3\xa9rilis\xc3\xa9"
         "e",
         ""},
        {"B\xc3\xa4"
         "ckerei Hofmann",
         ""},
        {"Perrin SARL", ""},
        {"Ruiz e Hijos S.L.", ""},
        {"Normal People by Sally Rooney", "PERSON=Sally Rooney"},
        {"mijn vrouw Anna Berg", "PERSON=Anna Berg"},
        {"Ich habe mit Perrin S", "PERSON=Perrin"},
    };
    CHECK(c);
}

static void test_every_gate_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Adres: Storgatan 12,\nVia Mazzini 4, 10121 Torino\nSTORGATAN 12\\n702 10 "
                      "ÖREBRO, Main St 1,");
    scan_every_prefix("a X\nd Weber I am John Smith, teste de Weber: Anna");
    scan_every_prefix("Rocky (Border Collie, Perrin SARL, mijn vrouw Anna Berg b");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_town_gate_lets_every_town_through),
        cmocka_unit_test(test_findings_kept),
        cmocka_unit_test(test_prec46_word_before_read_once),
        cmocka_unit_test(test_prec14_second_byte),
        cmocka_unit_test(test_every_gate_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
