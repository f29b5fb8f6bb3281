/* test_names_nspeed14.c: names_caps8.c's shapes behind nw_caps8_caps()'s first test (branch
 * nspeed14): a word in capitals is judged by the three shapes (SURNAME Given, GIVEN SURNAME
 * filling a line, GIVEN SURNAME in a sentence) only when a comma, or a space and a capital (A-Z or
 * a lead byte from 0xC3), follows it; every shape needed one of them. The answers must be the
 * ones the shapes gave without the test: each expectation below is the branch base's answer
 * (this file's texts found by a program linked against the base's library, b346dd3): names in
 * capitals after a space, a comma, a tab, a comma without its space, a double space, at the text's
 * end; accented capitals; capitals of developer text ("HTTP/1.1", "JSON.", "MAX_SIZE").
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
#include "anonymize/names.h"

#include "names_cases.h"

static void test_caps_shapes_behind_the_first_test(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DUPONT Jean a signé le contrat.", "PERSON=DUPONT Jean"},
        {"Liste:\nROSSI, Maria\nBIANCHI, Luca", "PERSON=ROSSI, Maria;PERSON=BIANCHI, Luca"},
        {"HERRERA, LUCÍA llega mañana", ""},
        {"- NOAH SMITH\n- OLIVIA WHITAKER", ""},
        {"Kind regards,\nCHLOE DOYLE", "PERSON=CHLOE DOYLE"},
        {"Firmado: GIULIA COLOMBO", "PERSON=GIULIA COLOMBO"},
        {"Merci de transmettre la facture à JEAN MARCHAND.", "PERSON=JEAN MARCHAND"},
        {"DAVIDE MANCINI ha già firmato?", ""},
        {"GET /api/v1 HTTP/1.1 returned JSON.", ""},
        {"ERROR: the AWS S3 BUCKET is gone (HTTP 404) see README.md", ""},
        {"OK, the CPU-bound task ran; API_KEY unset; NAME=x", ""},
        {"Unterschrift: ÉMILE ÖZTÜRK", "PERSON=ÉMILE ÖZTÜRK"},
        {"Vertrag von KELLER Leonie wird vertagt", "PERSON=KELLER Leonie"},
        {"ROSSI,Maria and DUPONT\tJean and SMITH", "PERSON=Jean"},
        {"ends with DUPONT", ""},
        {"DUPONT ,Jean and ROSSI  Maria", "PERSON=Jean"},
        {"Teilnehmer:\n1. ÅSA LINDQVIST\n2. ÉLODIE MARTIN",
         "PERSON=ÅSA LINDQVIST;PERSON=ÉLODIE MARTIN"},
        {"the value of MAX_SIZE or MAX SIZE and NEW YORK, Anna", "PERSON=Anna"},
    };
    CHECK(c);
}

static void test_every_prefix_of_the_caps_shapes(void **state)
{
    (void)state;
    scan_every_prefix("Liste:\nROSSI, Maria\nBIANCHI, Luca\nKind regards,\nCHLOE DOYLE\nà JEAN "
                      "MARCHAND. DUPONT ,Jean ROSSI,");
    scan_every_prefix("Unterschrift: ÉMILE ÖZTÜRK\n1. ÅSA LINDQVIST\nDUPONT Ã");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_caps_shapes_behind_the_first_test),
        cmocka_unit_test(test_every_prefix_of_the_caps_shapes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
