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
#include "anonymize/names_internal.h"

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

/* Particles before a name in prose, after a label and a title, and a list's next item after
 * its particles (person_decide()'s list start, now asked after the prescan's exit and only
 * within 24 bytes of the list's end); the base's answers. */
static void test_particles_and_list_starts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: van der Berg, Johannes", "PERSON=van der Berg, Johannes"},
        {"Dhr. van der Berg belde gisteren.", ""},
        {"Frau von dem Knesebeck kommt morgen.", "PERSON=von dem Knesebeck"},
        {"Sra. de la Cruz llegó tarde.", "PERSON=de la Cruz"},
        {"Sr. de los Santos firmó.", "PERSON=de los Santos"},
        {"Aanwezig: van 't Hof, de Vries", "PERSON=van 't Hof;PERSON=de Vries"},
        {"Mr. al-Rashid and Ms. bint Khalid met.", "PERSON=al-Rashid;PERSON=bint;PERSON=Khalid"},
        {"Gentile dott.ssa della Rovere, grazie.", "PERSON=della Rovere"},
        {"Sig. degli Esposti e la Sig.ra dalla Costa", "PERSON=degli Esposti;PERSON=dalla Costa"},
        {"Le Dr. du Pont et Mme le Goff sont là.", "PERSON=Le Dr;PERSON=du Pont;PERSON=le Goff"},
        {"Senhor dos Santos e Dona da Silva", "PERSON=dos Santos;PERSON=Dona da Silva"},
        {"Dear de Vries, thanks for the update.", "PERSON=de Vries"},
        {"op Ten Berge and ap Rhys, ter Horst, ten Cate",
         "PERSON=Rhys;PERSON=ter Horst;PERSON=Cate"},
        {"the report and the Cache with the API to the Team of the Board in the Hall", ""},
        {"do Not merge; la Paz; el Niño; des Moines; den Haag; der Spiegel", ""},
        {"Anwesend: Jan Smit, ten Veltink, de Vries und van Dijk",
         "PERSON=Jan Smit;PERSON=ten Veltink;PERSON=de Vries;PERSON=Dijk"},
        {"Present: Anna Keller, Marco Rossi and de la Cruz; also Bram van der Berg, ter Horst",
         "PERSON=Anna Keller;PERSON=Marco Rossi;PERSON=de la Cruz;PERSON=Bram van der "
         "Berg;PERSON=Horst"},
        {"Invités : Claire Dubois, le Goff, du Pont et Marie Lefèvre",
         "PERSON=Claire Dubois;PERSON=le Goff;PERSON=du Pont;PERSON=Marie Lefèvre"},
        {"Presenti: Giulia Colombo, della Rovere, Luca Bianchi e degli Esposti",
         "PERSON=Giulia Colombo;PERSON=della Rovere;PERSON=Luca Bianchi;PERSON=degli Esposti"},
        {"Aanwezig: Pieter Jansen,                      van Houten en Sanne de Jong",
         "PERSON=Pieter Jansen;PERSON=van Houten;PERSON=Sanne de Jong"},
        {"Asistentes: Lucía Herrera, de los Santos, y Pablo Ortega",
         "PERSON=Lucía Herrera;PERSON=de los Santos;PERSON=Pablo Ortega"},
        {"Presentes: João Silva, dos Santos e da Costa",
         "PERSON=João Silva;PERSON=Santos;PERSON=Costa"},
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
        cmocka_unit_test(test_particles_and_list_starts),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
