/* test_rag61.c: retrieved PDF chunks whose typesetter cut a word at a line's end (branch rag61).
 * - A line-end hyphen before a small letter is the typesetter's: the view reads the hyphen and the
 *   break as nothing, so a street or a name cut there is read as written ("Linden-\nstraße 14",
 *   "Keizers-\ngracht 123", "Wel-\nlington Terrace"); one finding over both pieces, and the token
 *   restores the bytes as they were sent. A word in capitals keeps its hyphen (ocr51's join).
 * - A soft hyphen (U+00AD) and a break between letters is a hyphenation point: the break goes too
 *   ("116 Wel\u00AD\nlington Terrace", "Jonas Wei\u00AD\nler").
 * - Look-alikes stay none: a hyphenated compound or a street word as a topic with no number cut
 *   at a line's end, a page range, a list's dash, a soft hyphen before a digit.
 * - A key cut after its own hyphen keeps it ("sk-\nwrhvAyjz...": a capital, digit or '_' follows).
 * - A party's street cut by the line's end at a space after an address cue ("demeurant au 86,
 *   avenue de la\nRépublique, 31000 Toulouse") is read over the break as one street; after no
 *   cue, or with no number near the break, the break stays.
 * - The AVX2 and scalar views agree on these breaks at every offset against a block's edge. */
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

static void test_street_cut_by_a_typesetters_hyphen(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mieter: Jonas Weber, wohnhaft in der Linden-\nstra\xC3\x9F"
         "e 14, 80331 M\xC3\xBCnchen. Die Kaution ist zu zahlen.",
         "PERSON=Jonas Weber;STREET_ADDRESS=Linden-\nstra\xC3\x9F"
         "e 14, 80331 M\xC3\xBCnchen"},
        {"Mieter: Jonas Weber, wohnhaft in der Lindenstr-\na\xC3\x9F"
         "e 14, 80331 M\xC3\xBCnchen. Die Kaution ist zu zahlen.",
         "PERSON=Jonas Weber;STREET_ADDRESS=Lindenstr-\na\xC3\x9F"
         "e 14, 80331 M\xC3\xBCnchen"},
        {"Huurder: Anna de Vries, wonende aan de Keizers-\n  gracht 123, 1016 DR Amsterdam.",
         "PERSON=Anna de Vries;STREET_ADDRESS=Keizers-\n  gracht 123, 1016 DR Amsterdam"},
        {"the Tenant, Jonas Weber, residing at 116 Wel-\nlington Terrace, Norwich NR2 4TJ. Notice.",
         "PERSON=Jonas Weber;STREET_ADDRESS=116 Wel-\nlington Terrace, Norwich NR2 4TJ"},
    };
    CHECK(def_engine, c);
}

static void test_value_cut_after_a_soft_hyphen(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"the Tenant, Jonas Weber, residing at 116 Wel\xC2\xAD\nlington Terrace, Norwich NR2 4TJ.",
         "PERSON=Jonas Weber;STREET_ADDRESS=116 Wel\xC2\xAD\nlington Terrace, Norwich NR2 4TJ"},
        {"Mieter: Jonas Wei\xC2\xAD\nler, geboren am 03.04.1980.",
         "PERSON=Jonas Wei\xC2\xAD\nler;DATE_OF_BIRTH=03.04.1980"},
    };
    CHECK(def_engine, c);
}

static void test_hyphenated_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Income from self-\nemployment is declared yearly.", ""},
        {"Die Linden-\nstra\xC3\x9F"
         "e ist wegen Bauarbeiten gesperrt.",
         ""},
        {"Die Nebenkosten-\nabrechnung folgt im M\xC3\xA4rz.", ""},
        {"see pages 12-\n14 of the contract", ""},
        {"Items:\n- first -\n- second", ""},
        {"Version 2\xC2\xAD\n4 of the form", ""},
    };
    CHECK(def_engine, c);
}

static void test_key_keeps_its_hyphen(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"chave API: sk-\r\nwrhvAyjzSZ0pYpYtrLOvbIlsSIDUHTwFizNP9LPW2bHHH3C3. um e breve",
         "OPENAI_KEY=sk-\r\nwrhvAyjzSZ0pYpYtrLOvbIlsSIDUHTwFizNP9LPW2bHHH3C3"},
    };
    CHECK(def_engine, c);
}

static void test_party_street_cut_at_a_space(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"le Bailleur, Jean Dupont, demeurant au 86, avenue de la\nR\xC3\xA9publique, 31000 "
         "Toulouse. Le d\xC3\xA9p\xC3\xB4t.",
         "PERSON=Jean Dupont;STREET_ADDRESS=86, avenue de la\nR\xC3\xA9publique, 31000 Toulouse"},
        {"the Tenant, Jonas Weber, residing at 86 Kingsmead\nAvenue, Norwich NR2 4TJ. Notice.",
         "PERSON=Jonas Weber;STREET_ADDRESS=86 Kingsmead\nAvenue, Norwich NR2 4TJ"},
        {"Hyresg\xC3\xA4sten, Jonas Weber, boende p\xC3\xA5 Kungsholmsgatan\n61, 112 21 "
         "Stockholm. Depositionen.",
         "PERSON=Jonas Weber;STREET_ADDRESS=Kungsholmsgatan\n61, 112 21 Stockholm"},
        /* no cue, or no number near the break: the break stays */
        {"the Tenant, residing at the property for 12\nmonths, shall pay rent.", ""},
        {"We met at 86 Kingsmead\nAvenue cafe yesterday.", ""},
        /* a form's label is no cue; a line of capitals after the break stays a line */
        {"Patient: Coxy Trewell\nAddress: 5496 Mill St\nSeen by Dr. Giafaindmore for follow-up.",
         "PERSON=Coxy Trewell;STREET_ADDRESS=5496 Mill St\nSeen;PERSON=Giafaindmore"},
        {"Ship to Jonas Weber, who lives at USS Lorenzen\nFPO AE 25990 since May.",
         "PERSON=Jonas Weber;STREET_ADDRESS=USS Lorenzen\nFPO AE 25990"},
    };
    CHECK(def_engine, c);
}

/* The street's token restores both pieces, the hyphen and the break as they came. */
static void test_hyphenated_street_round_trip(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN "Huurder: Anna de Vries, wonende aan de Keizers-\\ngracht 123, "
                                "1016 DR Amsterdam." TOOL_CLOSE,
                      &s);
    lacks(r, "Keizers");
    lacks(r, "gracht 123");
    has(r, "wonende aan de [STREET_ADDRESS_1].");
    restores(s, "[STREET_ADDRESS_1]", "Keizers-\ngracht 123, 1016 DR Amsterdam");
    anon_session_free(s);
    free(r);
}

static void test_views_agree_on_hyphen_breaks(void **state)
{
    (void)state;
    static const char *const samples[] = {
        "wohnhaft in der Linden-\nstra\xC3\x9F"
        "e 14, 80331 M\xC3\xBCnchen",
        "residing at 116 Wel\xC2\xAD\nlington Terrace, Norwich NR2 4TJ",
        ", demeurant au 86, avenue de la\nR\xC3\xA9publique, 31000 Toulouse",
    };
    check_views_agree(def_engine, samples, sizeof samples / sizeof samples[0], 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_street_cut_by_a_typesetters_hyphen),
        cmocka_unit_test(test_value_cut_after_a_soft_hyphen),
        cmocka_unit_test(test_hyphenated_look_alikes_stay),
        cmocka_unit_test(test_key_keeps_its_hyphen),
        cmocka_unit_test(test_party_street_cut_at_a_space),
        cmocka_unit_test(test_hyphenated_street_round_trip),
        cmocka_unit_test(test_views_agree_on_hyphen_breaks),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
