/* test_names_kv8.c: PERSON as the value of role labels of registers, claims files, press
 * releases, deliveries and events in each locale (names_kv8_words.c through names_labels7.c),
 * of person keys in log lines (`signer=`, `received_by='X'`, `driver: "X"`), and as a deed's
 * party before a bracket that defines it and as a contact on a dated case note's line
 * (names_kv8.c); and the same labels, keys and brackets
 * before a company, a team, a service or a product left alone. */
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

static void test_role_labels_of_each_locale(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Liquidator: Morwenna Trevallick\n", "PERSON=Morwenna Trevallick"},
        {"Media contact: Ms Jane Pellowdine\n", "PERSON=Jane Pellowdine"},
        {"Sachbearbeiterin: Gundrith Eschwalder\n", "PERSON=Gundrith Eschwalder"},
        {"Dossier suivi par : Aurélien Verlousse\n", "PERSON=Aurélien Verlousse"},
        {"Behandeld door: Femke Wobbestra\n", "PERSON=Femke Wobbestra"},
        {"Tramitado por: Itziar Garmendoza\n", "PERSON=Itziar Garmendoza"},
        {"Responsabile del procedimento: Marco Termarelli\n", "PERSON=Marco Termarelli"},
        {"Assessoria de imprensa: Jacinta Vasconçalves\n", "PERSON=Jacinta Vasconçalves"},
        {"PRIMEIRO OUTORGANTE: JOÃO SERRADELO\n", "PERSON=JOÃO SERRADELO"},
    };
    CHECK(c);
}

static void test_role_labels_before_firms_teams_and_services(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Host: Zoom\n", ""},
        {"Fahrer: Hermes Logistik\n", ""},
        {"Tramitado por: Departamento de Siniestros\n", ""},
        {"Proprietor: Northgate Estates LLP\n", ""},
        {"Organiser: Riverside Rotary Club\n", ""},
    };
    CHECK(c);
}

static void test_person_keys_in_log_lines(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"2026-05-01T10:02:11Z DELIVERED awb=7190255945 signer=Morwenna Trevallick seq=3\n",
         "PERSON=Morwenna Trevallick"},
        {"2026-05-01 POD received_by=\"Gundrith Eschwalder\" photo=1\n",
         "PERSON=Gundrith Eschwalder"},
        {"2026-05-01 HANDOVER autista='Marco Termarelli' lat=44.3995\n", "PERSON=Marco Termarelli"},
        {"2026-05-01 SCAN awb=1 driverName: \"Femke Wobbestra\" sig=yes\n",
         "PERSON=Femke Wobbestra"},
        {"2026-05-01 POD courier=Jan van Wobbestra status=delivered\n", "PERSON=Jan van Wobbestra"},
    };
    CHECK(c);
}

static void test_person_keys_before_depots_firms_and_services(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"2026-05-01 SCAN driver=dpd-route-14 hub=AMS-2\n", ""},
        {"2026-05-01 SCAN holder='Acme Corp' owner=team-payments\n", ""},
        {"2026-05-01 POD recipient=\"Front Desk\" signer=svc-docusign\n", ""},
    };
    CHECK(c);
}

static void test_deed_parties_before_a_defining_bracket(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BETWEEN:\n(1) MORWENNA TREVALLICK (the \"Seller\");\n", "PERSON=MORWENNA TREVALLICK"},
        {"tussen:\n1. FEMKE WOBBESTRA, wonende te Zwolle (hierna: „Koper”);\n",
         "PERSON=FEMKE WOBBESTRA"},
        {"entre :\n2) AURÉLIEN VERLOUSSE (ci-après « le Vendeur »).\n",
         "PERSON=AURÉLIEN VERLOUSSE"},
        {"REUNIDOS:\n(2) ITZIAR GARMENDOZA (en adelante, el \"Comprador\").\n",
         "PERSON=ITZIAR GARMENDOZA"},
    };
    CHECK(c);
}

static void test_deed_firms_and_other_brackets_name_no_one(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"(1) NORTHWIND TRADING LIMITED (the \"Company\");\n", ""},
        {"1. Parser Engine (the \"Engine\") reads the file\n", ""},
        {"Release Notes (see \"Changes\")\n", ""},
    };
    CHECK(c);
}

static void test_contacts_on_dated_case_note_lines(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"KYC review\n2026-05-01 – call with Morwenna Trevallick\n", "PERSON=Morwenna Trevallick"},
        {"21.12.26 Termin mit Gundrith Eschwalder (ID seen)\n", "PERSON=Gundrith Eschwalder"},
        {"- appel avec Aurélien Verlousse\n", "PERSON=Aurélien Verlousse"},
        {"03/02/2026 — email from Femke Wobbestra.\n", "PERSON=Femke Wobbestra"},
        /* the person opens the note, a note's verb after the name (or a bracket and a verb) */
        {"AML file\n– Morwenna Trevallick (UBO) verified\n", "PERSON=Morwenna Trevallick"},
        {"2026-11-09 Gundrith Eschwalder bestätigt, file updated\n", "PERSON=Gundrith Eschwalder"},
        {"• Femke Wobbestra levert bewijs aan\n", "PERSON=Femke Wobbestra"},
        {"- Apple a annoncé\n", ""},
        {"• Product Team confirmed\n", ""},
        /* teams, banks and services in the same place */
        {"2026-05-01 – call with Compliance team\n", ""},
        {"03/02/2026 — email from Barclays\n", ""},
        {"2026-05-01 – meeting with Product Team\n", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each signal is scanned without reading past its end (under ASan). */
static void test_every_kv8_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("(1) ANA LOBO (the \"Seller\");\n2) B C (ci-après « le V »)\nts=1 "
                      "signer=Ana Lobo seq=3 received_by='B C' driver: \"D E\" courier=J van "
                      "D\nKunde: A B Risiko: hoch\n2026-05-01 – call with A B\nLiquidator: A B");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_labels_of_each_locale),
        cmocka_unit_test(test_role_labels_before_firms_teams_and_services),
        cmocka_unit_test(test_person_keys_in_log_lines),
        cmocka_unit_test(test_person_keys_before_depots_firms_and_services),
        cmocka_unit_test(test_deed_parties_before_a_defining_bracket),
        cmocka_unit_test(test_deed_firms_and_other_brackets_name_no_one),
        cmocka_unit_test(test_contacts_on_dated_case_note_lines),
        cmocka_unit_test(test_every_kv8_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
