/* test_names_labels7.c: PERSON after a label that says a person goes there (names_labels7.c):
 * numbered form fields with plural marks in each locale, values in capitals ("SURNAME, Given"),
 * party labels with lists joined by "&", ",", "and", "+", "/", a label after a sentence, kin in
 * a household list, departments in an org chart and weekdays in a rota (only as a block), sport
 * and ceremony roles; and the same labels before what is no person (a status, a plan, a host, a
 * user name, a closed day, a chat's sentence, a hymn's book reference) left alone. */
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

#define NAMES_SKIP_TYPE "DATE_OF_BIRTH" /* this file is about the people */
#include "names_cases.h"

static void test_numbered_form_fields_of_each_locale(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1. Surname: TREVALLICK\n2. Given name(s): Morwenna\n",
         "PERSON=TREVALLICK;PERSON=Morwenna"},
        {"Q3. Name at birth: Pellowdine\n", "PERSON=Pellowdine"},
        {"(1) Nachname: ESCHWALDER\n(2) Vorname(n): Gundrith\n",
         "PERSON=ESCHWALDER;PERSON=Gundrith"},
        {"1) Nom de naissance : VERLOUSSE\n2) Prénom(s) : Aurélien\n",
         "PERSON=VERLOUSSE;PERSON=Aurélien"},
        {"3. Achterna(a)m(en): Wobbestra\n", "PERSON=Wobbestra"},
        {"1 Apellidos: Garmendoza Quiroluz | 2 Nombre(s): Itziarne\n",
         "PERSON=Garmendoza Quiroluz;PERSON=Itziarne"},
        {"2. Cognome/i: TERMARELLI\n", "PERSON=TERMARELLI"},
        {"Apelido(s): Vasconçalves    Nome(s) próprio(s): Jacinta\n",
         "PERSON=Vasconçalves;PERSON=Jacinta"},
        {"Family name (as in passport): Polgrean\n", "PERSON=Polgrean"},
        /* fields of the same forms that name no one */
        {"4. Nationality: PORTUGUESE\n5. Sex: F\n", ""},
        {"Passport number: X4F82K719\n", ""},
    };
    CHECK(c);
}

static void test_inclusive_label_forms_and_an_address_after(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Veterinario/a: S. Terarez\n", "PERSON=S. Terarez"},
        {"Diretor(a) de turma: Feroulena Rubaninho\n", "PERSON=Feroulena Rubaninho"},
        {"Tenant(s): Laysa McJocombe & Connor Bragg\n",
         "PERSON=Laysa McJocombe;PERSON=Connor Bragg"},
        {"Ouder/verzorger: Klareko Klaroesteeg, tel. 0471 22 33 44\n",
         "PERSON=Klareko Klaroesteeg"},
        {"Landlord: CARIA WAWELL, of Marienplatz\n", "PERSON=CARIA WAWELL"},
        {"Huurder(s): Klanimijn Joruitiesink (geboren op 4 januari 1940)\n",
         "PERSON=Klanimijn Joruitiesink"},
        {"Stammbaum: Werawina Ansömann, * 27.7.1961\n", "PERSON=Werawina Ansömann"},
        /* a firm under a party label, with no date after it */
        {"Huurder: Bouwbedrijf Dijkstra Wonen\n", ""},
    };
    CHECK(c);
}

static void test_capitals_in_bank_and_form_style(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Beneficiary name: PENHALLOW, Tressa\n", "PERSON=PENHALLOW, Tressa"},
        {"Kontoinhaber: VON DORNHAGEN, Lioba\n", "PERSON=VON DORNHAGEN, Lioba"},
        {"Titular: MIRALUCE ESCOBANDO\n", "PERSON=MIRALUCE ESCOBANDO"},
    };
    CHECK(c);
}

static void test_party_labels_with_lists(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Main driver: Tamsin Roskilly\nAdditional driver: Jago Penberthy\n",
         "PERSON=Tamsin Roskilly;PERSON=Jago Penberthy"},
        {"Beneficiaries: Ysella Carnow, Bryok Tremenheere and Kensa Polglaze\n",
         "PERSON=Ysella Carnow;PERSON=Bryok Tremenheere;PERSON=Kensa Polglaze"},
        {"Eredi: Loredana Pacifucci + Ottavio Brunalessi\n",
         "PERSON=Loredana Pacifucci;PERSON=Ottavio Brunalessi"},
        {"Hébergeant : Ghislaine Marcouvier / Anselme Tribaudet\n",
         "PERSON=Ghislaine Marcouvier;PERSON=Anselme Tribaudet"},
        {"Pallbearers: Denzil Trebilcock & Morvah Angwin\n",
         "PERSON=Denzil Trebilcock;PERSON=Morvah Angwin"},
        {"Scorers: Tregunna 12', Pascoe Rowse 67'\n", "PERSON=Tregunna;PERSON=Pascoe Rowse"},
        /* a label before a status, a thing or a sentence */
        {"Witness: none present\n", ""},
        {"Host: example.com\n", ""},
        {"User: admin\n", ""},
        {"Garant: Not Required\n", ""},
        {"First reading: Ecclesiastes 3:1-8\n", ""},
    };
    CHECK(c);
}

static void test_fields_side_by_side_on_one_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nachname: ESCHWALDER, Vorname: Gundrith\n", "PERSON=ESCHWALDER;PERSON=Gundrith"},
        {"Surname: Haskcott · Given names: Arosice\n", "PERSON=Haskcott;PERSON=Arosice"},
        {"CEO: Anna Berglund, CFO: Tomas Lindqvist\n",
         "PERSON=Anna Berglund;PERSON=Tomas Lindqvist"},
    };
    CHECK(c);
}

static void test_lone_and_lower_case_names_beside_a_full_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Goalscorers: E. Storcalton; Tewgilworth 41' (pen)\n",
         "PERSON=E. Storcalton;PERSON=Tewgilworth"},
        {"Getuigen: Brewobbert Damrijkema + breke bakema\n",
         "PERSON=Brewobbert Damrijkema;PERSON=breke bakema"},
        /* alone, neither counts; nor a list of ordinary words */
        {"Referee: Tewgilworth\n", ""},
        {"Readers: Psalms + Proverbs\n", ""},
    };
    CHECK(c);
}

static void test_label_after_a_sentence(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Keys handed over on 14/7/26. Witness: Carwyn Ellenby\n", "PERSON=Carwyn Ellenby"},
        {"Caution versée en espèces. Reçu par : Solène Garaudet\n", "PERSON=Solène Garaudet"},
        /* a label word inside a sentence is no label */
        {"I asked the witness: Nothing To Add.\n", ""},
    };
    CHECK(c);
}

static void test_kin_org_and_rota_blocks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Umzug\nOma: Hildrun\nOnkel: Gerwald Stobbenhaus\n",
         "PERSON=Hildrun;PERSON=Gerwald Stobbenhaus"},
        {"CEO: Marisol Quintarena\nFinance: Edvard Holmqvast\n",
         "PERSON=Marisol Quintarena;PERSON=Edvard Holmqvast"},
        {"Mon: Brenna + Talwyn\nTue: Corentin\n", "PERSON=Brenna;PERSON=Talwyn;PERSON=Corentin"},
        /* the same labels before a status or a plan, and alone */
        {"Finance: Q3 budget approved\nSales: +12% vs Q2\n", ""},
        {"CEO: TBD\nHR: Vacant\n", ""},
        {"Mon: closed\nTue: Feiertag\n", ""},
        {"Sales: Widget Pro launch\n", ""},
        {"Dad: Sorting the garage\n", ""},
    };
    CHECK(c);
}

static void test_chat_lines_are_no_values(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"User: How do I reset my password?\nAssistant: Sure, hold the button.\n", ""},
    };
    CHECK(c);
}

static void test_labels_opening_lines_are_no_speakers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Umzug\nOma: Hildrun + Gerwald (Kartons)\nPapa: fährt den Wagen\nTante: Irmlind\n",
         "PERSON=Hildrun;PERSON=Gerwald;PERSON=Irmlind"},
        /* a weekday's short form that is a well-attested given name still speaks */
        {"Sam: ok see you\nPeter: fine\nSam: great\n", "PERSON=Sam;PERSON=Peter;PERSON=Sam"},
    };
    CHECK(c);
}

/* Every prefix of a text with each signal is scanned without reading past its end (under ASan). */
static void test_every_labels7_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("1. Surname: TREV\n(2) Vorname(n): Gu\nQ3. Nom : A B | Prénom(s) : C\nDone. "
                      "Witness: A B & C D\nMon: A + B\nTue: C / D\nScorers: E 12', F G 3'; H\n"
                      "Kontoinhaber: VON X, Y\nBeneficiaries: A, B, and C D");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbered_form_fields_of_each_locale),
        cmocka_unit_test(test_inclusive_label_forms_and_an_address_after),
        cmocka_unit_test(test_capitals_in_bank_and_form_style),
        cmocka_unit_test(test_party_labels_with_lists),
        cmocka_unit_test(test_fields_side_by_side_on_one_line),
        cmocka_unit_test(test_lone_and_lower_case_names_beside_a_full_name),
        cmocka_unit_test(test_label_after_a_sentence),
        cmocka_unit_test(test_kin_org_and_rota_blocks),
        cmocka_unit_test(test_chat_lines_are_no_values),
        cmocka_unit_test(test_labels_opening_lines_are_no_speakers),
        cmocka_unit_test(test_every_labels7_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
