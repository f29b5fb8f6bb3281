/* test_names_context2.c: PERSON where the words around a name in forms and prose say so
 * (names_context2.c and its hooks in names.c and names_words.c): role labels of each trade and
 * locale, labels whose value may be a company, titles and forms of address, relation words, role
 * nouns without a colon, verbs of handing over and their prepositions, an age in brackets; each
 * with the look-alike it must leave alone. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_role_label_of_each_locale_names_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Witness: Tamell Morwood.", "PERSON=Tamell Morwood"},
        {"NEXT OF KIN: LORFORD HARTFORD (sister)", "PERSON=LORFORD HARTFORD"},
        {"Forename(s): Merford", "PERSON=Merford"},
        {"Notfallkontakt: Gerrike Mörsbrecht", "PERSON=Gerrike Mörsbrecht"},
        {"Responsable légal : Gisane Bourot", "PERSON=Gisane Bourot"},
        {"Ouder/verzorger: Bers Kuipberg", "PERSON=Bers Kuipberg"},
        {"Encarregado de educação: Luilio Taveiro", "PERSON=Luilio Taveiro"},
        {"Cambio turno: Fiodella.", "PERSON=Fiodella"},
        /* a person's label after a sentence on the same line */
        {"Hit by a Volvo XC60. Witness: Tamell Morwood.", "PERSON=Tamell Morwood"},
    };
    CHECK(c);
}

static void test_label_that_may_name_company_is_weak(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Purchaser: Kelwen Caldington", "PERSON=Kelwen Caldington"},
        {"Tomador: Belela Zubueta", "PERSON=Belela Zubueta"},
        /* a company under the same labels */
        {"Tomador: Mapfre", ""},
        {"Verkoper: Deutsche Bahn", ""},
        {"Purchaser: Bouygues Immobilier", ""},
    };
    CHECK(c);
}

static void test_title_and_form_of_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mister Morham called.", "PERSON=Morham"},
        {"Exmo. Senhor Gomes Sousa,", "PERSON=Gomes Sousa"},
        {"Geachte heer Hoekstra,", "PERSON=Hoekstra"},
    };
    CHECK(c);
}

static void test_relation_or_role_word_before_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ha chiamato il nipote Rusella.", "PERSON=Rusella"},
        {"Visita, ihr Mann Wolfgang.", "PERSON=Wolfgang"},
        {"Kundin Berke Strohlmann meldet ein Problem.", "PERSON=Berke Strohlmann"},
        {"Klant Tjitske Kampstra belt.", "PERSON=Tjitske Kampstra"},
        {"Dieter Keller, Sohn des Reto Schneider und der Franziska.",
         "PERSON=Dieter Keller;PERSON=Reto Schneider;PERSON=Franziska"},
        /* a relation word before a verb and a company, a man who is no one's */
        {"Der Mann arbeitet bei Allianz.", ""},
    };
    CHECK(c);
}

static void test_verb_of_handing_over_and_age_in_brackets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Handover to Kaias at 19:00.", "PERSON=Kaias"},
        {"Bed 4 – Lorell Whitshaw (63), stable.", "PERSON=Lorell Whitshaw"},
        {"Bed 4 – Lorell Whitshaw (63)", "PERSON=Lorell Whitshaw"},
        /* shifts, couriers and teams in the same places */
        {"Übergabe an Frühdienst.", ""},
        {"Handover to Day Shift.", ""},
        {"Abgeholt von DHL.", ""},
        {"Rota: Turno Notte (7), Reparto Nord (4).", ""},
    };
    CHECK(c);
}

static void test_full_name_before_verb_of_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Oraella Quarato è nata il 4/3/1969 a Bellinzona.",
         "PERSON=Oraella Quarato;DATE_OF_BIRTH=4/3/1969"},
        {"Tjitske Kampstra werd geboren op 3 mei 1960.",
         "PERSON=Tjitske Kampstra;DATE_OF_BIRTH=3 mei 1960"},
        /* a product's birth */
        {"Windows Server nació en 1993.", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each signal is scanned without reading past its end (under ASan,
 * -DHUSH_SANITIZE=ON): the label's bracket and slash, the age's digits, a place's code. */
static void test_every_context2_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Forename(s): Merford\nOuder/verzorger: Bers Kuipberg\nBed 4 – Lorell "
                      "Whitshaw (63), stable. Handover to Ward B. Klant Tjitske Kampstra belt. "
                      "Sohn des Reto Schneider und der Franziska (7)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_label_of_each_locale_names_person),
        cmocka_unit_test(test_label_that_may_name_company_is_weak),
        cmocka_unit_test(test_title_and_form_of_address),
        cmocka_unit_test(test_relation_or_role_word_before_name),
        cmocka_unit_test(test_verb_of_handing_over_and_age_in_brackets),
        cmocka_unit_test(test_full_name_before_verb_of_birth),
        cmocka_unit_test(test_every_context2_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
