/* test_typed59.c: streets as people type them on a phone (branch typed59, names_typed54.c,
 * contrib/bench/accuracy/notes/typed59.md): the typed "see u 5" is no Hungarian "u." street, nor
 * is a number before a unit ("via email 2 days ago"); a street on a line of its own after
 * another message, a type before the name at a message's start ("ul. polna 104"), a number word
 * between the street and its number ("nr. 25", "n 16", "ar. 12", "c. 28"), Norwegian "gt.",
 * "vn" and "gate", Swedish "backen" and Italian and French types ("c.so", "p.zza", "imp") are
 * read; "my no", "mi num", "moj nr" label a phone. */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* "see u 5" and "thank u 2" are the typed "you"; "storgatan 3 mins away" counts minutes. Before:
 * "see u 5", "see u 6", "thank u 2" and "storgatan 3" were streets ("via email 2 days ago" at a
 * line's start, which the line-start reading below would take, is held off by its unit, and
 * Dutch "referentie 5" there by its "-tie"; a glued "sfinstr3" there is a code word). */
static void test_you_and_units_are_no_streets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"coach: see u 5\n", ""},
        {"ok\nsee u 6:45pm\n", ""},
        {"coach: thank u 2 x\n", ""},
        {"ok\nvia email 2 days ago", ""},
        {"addr storgatan 3 mins away\n", ""},
        {"ok\nreferentie 5 6 4 1\n", ""},
        {"x\nsfinstr\nsfinstr3\nsfinstr3m\n", ""},
    };
    CHECK(c);
}

/* a street alone on its line after another message, and after a sender with its type before
 * the name. Before: none (only at the text's first byte). */
static void test_street_at_line_start(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ok\nkyrkgatan 18b\n", "STREET_ADDRESS=kyrkgatan 18b"},
        {"coach: ul. polna 104 pls\n", "STREET_ADDRESS=ul. polna 104"},
        {"ok cool\nrua direita 11 pf\n", "STREET_ADDRESS=rua direita 11"},
    };
    CHECK(c);
}

/* the number words of 6 languages between the street and its number, and a comma there after
 * a type before the name (not after a count). Before: none. */
static void test_number_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"adresa str florilor nr. 25\n", "STREET_ADDRESS=str florilor nr. 25"},
        {"dir c/ toledo n 16\n", "STREET_ADDRESS=c/ toledo n 16"},
        {"dieuthinsi odos ermou ar. 12\n", "STREET_ADDRESS=odos ermou ar. 12"},
        {"dir c/ mayor, 21\n", "STREET_ADDRESS=c/ mayor, 21"},
        {"ok\nthats 5, 6 kids\n", ""},
    };
    CHECK(c);
}

/* Norwegian abbreviated types, Swedish "backen", Italian and French types before the name.
 * Before: none. */
static void test_more_types(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"adr berggt. 15b\n", "STREET_ADDRESS=berggt. 15b"},
        {"adr skolevn 20\n", "STREET_ADDRESS=skolevn 20"},
        {"adr storgate 168\n", "STREET_ADDRESS=storgate 168"},
        {"adr sjobacken 10\n", "STREET_ADDRESS=sjobacken 10"},
        {"indirizzo c.so cavour 7\n", "STREET_ADDRESS=c.so cavour 7"},
        {"indirizzo p.zza mazzini 23\n", "STREET_ADDRESS=p.zza mazzini 23"},
        {"adresse imp des roses 60\n", "STREET_ADDRESS=imp des roses 60"},
    };
    CHECK(c);
}

/* "my no", "mi num", "moj nr": a phone's label as typed, not an id's "no."; an order's "no"
 * still is. Before: none of them (the first three vetoed as an id's number word). */
static void test_my_number_typed(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ok\nmy no 07912 345678\n", "PHONE=07912 345678"},
        {"ok\nmi num 651818808\n", "PHONE=651818808"},
        {"ok\nmoj nr 528123397\n", "PHONE=528123397"},
        {"my order no 0721 9855869\n", ""},
    };
    CHECK(c);
}

/* every prefix of typed streets, cut inside a type, a number word or a unit (the address
 * sanitizer build reads past no end) */
static void test_every_typed_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("ok\nkyrkgatan 18b\nsee u 5\nadresa str florilor nr. 25\nadr berggt. 15b\n"
                      "c. 28\nc/ mayor, 2\n, 1\nvia email 2 days\nn 1\nar. 3\nimp des lilas 60 "
                      "x\nmy no 07912 3456");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_typed_prefix_is_scanned_safely),
        cmocka_unit_test(test_you_and_units_are_no_streets),
        cmocka_unit_test(test_street_at_line_start),
        cmocka_unit_test(test_number_words),
        cmocka_unit_test(test_more_types),
        cmocka_unit_test(test_my_number_typed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
