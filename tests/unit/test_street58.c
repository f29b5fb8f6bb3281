/* test_street58.c: streets named after a date or a number, types short with a dot, and births
 * whose digits OCR read as letters (branch street58).
 * - A street whose name holds a date is one street with its house number, in mixed case and in
 *   capitals, the type before the date ("RUA 25 DE ABRIL 112", "ul. 3 Maja 7", "Straße des 17.
 *   Juni 8"), the house number before the type ("12 bd du 11 Novembre 1918"), the type after the
 *   date ("19 Mayıs Cad. No: 14", "Október 6. utca 12"); a number in the name ("Plac 1000-lecia
 *   4", "350 5th Ave").
 *   The postcode and town in the next cell go with it.
 * - A type written short with a dot ("R. da Alegria 10", "P.zza IV Novembre 2", "V.LE XXIV MAGGIO
 *   3") is a street's.
 * - A birth after its label whose first digit (or two letters in a row) OCR misread ("l4.07.1976",
 *   "28/Ol/1982", "27 O6 1965") is a birth.
 * - The same dates as dates stay none: "dal 3 marzo 2026 al 8 marzo", "am 1. Mai 2024", an
 *   invoice date with the same OCR letters, "R. Costa" as a person's initial; a dated street
 *   rewrites and restores as sent. */
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

static void test_street_named_after_a_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[09:12] ok send it to RUA 25 DE ABRIL 112, 1200-109 LISBOA\n",
         "STREET_ADDRESS=RUA 25 DE ABRIL 112, 1200-109 LISBOA"},
        {"Anna Berg\nul. 3 Maja 7\n", "PERSON=Anna Berg;STREET_ADDRESS=ul. 3 Maja 7"},
        /* the postcode and town in the next cell */
        {"id | street | city\n17 | RUA 25 DE ABRIL 107 | 3000-150 COIMBRA | DOCK 5\n",
         "STREET_ADDRESS=RUA 25 DE ABRIL 107 | 3000-150 COIMBRA"},
        {"Bitte an Straße des 17. Juni 8 schicken.\n", "STREET_ADDRESS=Straße des 17. Juni 8"},
        {"Siège : 12 bd du 11 Novembre 1918, 69100 Villeurbanne\n",
         "STREET_ADDRESS=12 bd du 11 Novembre 1918, 69100 Villeurbanne"},
        {"Teslimat: 19 Mayıs Cad. No: 14 D:3\n", "STREET_ADDRESS=19 Mayıs Cad. No: 14 D:3"},
        {"Best regards\nOktóber 6. utca 12\n", "STREET_ADDRESS=Október 6. utca 12"},
        {"Deliver to NÁM. 28. ŘÍJNA 5, 602 00 BRNO\n",
         "STREET_ADDRESS=NÁM. 28. ŘÍJNA 5, 602 00 BRNO"},
    };
    CHECK(def_engine, c);
}

static void test_street_named_after_a_number(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Adres dostawy Plac 1000-lecia 4\n", "STREET_ADDRESS=Plac 1000-lecia 4"},
        {"Office: 350 5th Ave, New York\n", "STREET_ADDRESS=350 5th Ave"},
    };
    CHECK(def_engine, c);
}

static void test_type_short_with_a_dot(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mudámos para a R. da Alegria 10\n", "STREET_ADDRESS=R. da Alegria 10"},
        {"Ci vediamo in P.zza IV Novembre 2, 20121 Milano\n",
         "STREET_ADDRESS=P.zza IV Novembre 2, 20121 Milano"},
        {"INDIRIZZO V.LE XXIV MAGGIO 3\n", "STREET_ADDRESS=V.LE XXIV MAGGIO 3"},
    };
    CHECK(def_engine, c);
}

static void test_birth_misread_by_ocr(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth: l4.07.1976\n", "DATE_OF_BIRTH=l4.07.1976"},
        {"Date of birth: 28/Ol/1982\n", "DATE_OF_BIRTH=28/Ol/1982"},
        {"DOB: 27 O6 1965\n", "DATE_OF_BIRTH=27 O6 1965"},
    };
    CHECK(def_engine, c);
}

static void test_lookalikes_stay_none(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Il contratto va dal 3 marzo 2026 al 8 marzo 2027.\n", ""},
        {"Wir haben am 1. Mai 2024 geschlossen.\n", ""},
        {"Invoice date: l4.07.2024\n", ""},
        {"The festival on 25 de Abril 1974 and the 5th Avenue collection.\n", ""},
        {"Sent via email on 3 May; Room 25, Gate B12.\n", ""},
        /* a number on the line after a street is no postcode unless a town follows it */
        {"Deliver to Rua 25 de Abril 112\n1200 boxes arrive Monday\n",
         "STREET_ADDRESS=Rua 25 de Abril 112"},
    };
    CHECK(def_engine, c);
}

static void test_dated_street_round_trip(void **state)
{
    (void)state;
    static const char *const gone[] = {"25 DE ABRIL", NULL};
    static const char body[] = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                               "\"Courier note: RUA 25 DE ABRIL 112, 1200-109 LISBOA\\n\"}]}";
    answer_round_trip(body, gone, "Deliver to [STREET_ADDRESS_1].",
                      "Deliver to RUA 25 DE ABRIL 112, 1200-109 LISBOA.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_street_named_after_a_date),
        cmocka_unit_test(test_street_named_after_a_number),
        cmocka_unit_test(test_type_short_with_a_dot),
        cmocka_unit_test(test_birth_misread_by_ocr),
        cmocka_unit_test(test_lookalikes_stay_none),
        cmocka_unit_test(test_dated_street_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
