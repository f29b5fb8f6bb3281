/* test_prefix58.c: every prefix of the shapes stop 58's rounds read (chat exports, streets named
 * after dates, dotted street types, OCR'd births, scanned register rows and signatures, typed
 * births, wrapped and hyphenated values, message catalogues), each copied to a buffer of exactly
 * its size, is scanned by the whole engine and the NAMES scanner without error: under the address
 * sanitizer a reader that looks past the text's end fails here (two such reads, in names_chat58.c
 * and names_prose44.c, and one in names_prec14.c were found this way). */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

static void test_street_and_birth_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("Lieferung an Rua 25 de Abril 112, 4000-123 Porto\nVia XX Settembre 14\n"
                      "R. da Alegria 10\nP.ZZA IV NOVEMBRE 3\nul. 3 Maja 7\nStraße des 17. Juni 8\n"
                      "C/ Mayor 3\nGEB.: l4.07.1976\nDOB O8/O5/1936\n");
}

static void test_scan_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("LP. NAZWISKO IMIĘ\n1 KOWALSKl, JAN | 12.03.1950 | WARSZAWA\n"
                      "NAME / SURNAME | J0HN SMITH\nSIGNED: A. NOWAK\nPANI AMARA DIALLO\n"
                      "P<GBRSMITH<<JOHN<PETER<<<<<<<<\nMR.");
}

static void test_typed_birth_and_wrap_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("dob 040387\nur. 4 3 87\n\xF0\x9F\x8E\x82 1.1.84\n4/3/87 is my bday\n"
                      "Karte: 5215 5433\n0887 5920 1234\nmail an łukasz.wój-\ncik@example.org\n"
                      "msgid \"Cannot install '%s'\"\nmsgstr \"Kan '%s' niet installeren\"\n.SH");
}

/* branch scan59: misread birth labels and dates with spaced separators or a short month */
static void test_scan59_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("F\xC3\x98"
                      "D7 :_ 25.01.1947\n6EBOORTEDATUM \xC2\xA6 14.O9.1972\n"
                      "Fodelsedatum: 23 . O5 . 1936\nFECHA NAC.: 23 JUL 2O05\nOB.O1.1997\n"
                      "GEB. ~ 2O . O2 . 195");
}

/* branch scan60: labels misread by two letters for one, name values cut by a line end */
static void test_scan60_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("NARNE   PAULINE ASHWORTH\nNAME: ORMEROD,\n    DESMOND \xC2\xA6 DOB\n"
                      "Name: Desmond\nOrmerod\nNAME: SMITH\nADRFSA\tSTR. X\nNAME: K\nL"
                      "ADDRESS: 39 CHAPEL\n  STREET\nADRES: BUCHENWEG\n1");
}

/* branch rag61: a typesetter's hyphen or a soft hyphen at a line's end inside a street or a name */
static void test_rag61_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("wohnhaft in der Linden-\n  stra\xC3\x9F"
                      "e 14, 80331 M\xC3\xBCnchen\nresiding at 116 Wel\xC2\xAD\n\tlington "
                      "Terrace\nJonas Wei\xC2\xAD\nler\nx\xC2\xAD\n\xC2\xAD\na-\n"
                      "demeurant au 86, avenue de la\nR\xC3\xA9publique\nbytem\n1\nresiding at\n");
}

/* branch addr63: a street's name after an address label with its number on the next line, and
 * the cues it added (bopæl, com domicílio em, domicilié) */
static void test_addr63_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("Adresse: Strandvejen\n203, 8000 Aarhus C\nAdresse :\n1\nbop\xC3\xA6l "
                      "Vesterbrogade\n12\ndomicili\xC3\xA9 12,\nboulevard\nAddress: x\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_street_and_birth_prefixes),
        cmocka_unit_test(test_scan_prefixes),
        cmocka_unit_test(test_typed_birth_and_wrap_prefixes),
        cmocka_unit_test(test_scan59_prefixes),
        cmocka_unit_test(test_scan60_prefixes),
        cmocka_unit_test(test_rag61_prefixes),
        cmocka_unit_test(test_addr63_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
