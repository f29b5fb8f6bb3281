/* test_names_travel8.c: people and dates of birth in airline and travel records (names_travel8.c,
 * branch travel8): numbered passenger elements of reservation displays, SSR DOCS and APIS
 * records with their birth dates, infants' and children's records, boarding pass barcodes,
 * ticket rows and labelled fields, in capitals and in mixed case; and the capital slash pairs of
 * developer, business and travel text that must stay text.
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

/* A passenger number glued before the surname, with or without a title after the given name. */
static void test_travel8_numbered_passengers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"  1.VRANOSTIK/OLWEN MRS   2.VRANOSTIK/TEODOR\n",
         "PERSON=VRANOSTIK/OLWEN;PERSON=VRANOSTIK/TEODOR"},
        {"1.1ACHTERBERG/WILLEMIJN*ADT 2.1ACHTERBERG/JOOST\n",
         "PERSON=ACHTERBERG/WILLEMIJN;PERSON=ACHTERBERG/JOOST"},
        {"  3.KELMANIDES/ZOFIA(CHD/03AUG18)\n", "PERSON=KELMANIDES/ZOFIA;DATE_OF_BIRTH=03AUG18"},
        /* a fixed-width list: the title after the padding of the name field */
        {"STRANDVIK/JONNA       MRS   14C\nSTRANDVIK/OLE         MSTR  14D\n",
         "PERSON=STRANDVIK/JONNA;PERSON=STRANDVIK/OLE"},
        {"  1.OKEREKE/ADA MRS(INFOKEREKE/NNEKA/12MAY25)\n",
         "PERSON=OKEREKE/ADA;PERSON=OKEREKE/NNEKA;DATE_OF_BIRTH=12MAY25"},
    };
    CHECK(c);
}

/* A bare numbered line is a passenger after a titled one in the same text, not alone. */
static void test_travel8_spaced_number_needs_a_passenger_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"   1 TORVANEK/ILSE MRS\n   2 MARUSZKO/EWELINA\n",
         "PERSON=TORVANEK/ILSE MRS;PERSON=MARUSZKO/EWELINA"},
        {"   1 SALES/MARKETING\n   2 RESEARCH/DEVELOPMENT\n", ""},
        {"1. KOVARIK/TEREZA MRS\n2. KOVARIK/ONDREJ\n",
         "PERSON=KOVARIK/TEREZA MRS;PERSON=KOVARIK/ONDREJ"},
        {"1. TODO/FIXME\n2. SETUP/TEARDOWN\n", ""},
    };
    CHECK(c);
}

/* SSR DOCS and APIS: the first date is the birth, the second the passport's expiry. */
static void test_travel8_docs_records(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"SSR DOCS LO HK1 P/POL/EA1234567/POL/29FEB88/F/13JUN33/PRZYBYLSKA/EWA/MARTA/P2\n",
         "DATE_OF_BIRTH=29FEB88;PERSON=PRZYBYLSKA/EWA/MARTA"},
        {"DOCS/P/NLD/XK0712345/NLD/04MAR71/M/18SEP30/VAN DER ZANDT/JOOST\n",
         "DATE_OF_BIRTH=04MAR71;PERSON=VAN DER ZANDT/JOOST"},
        {"SSR INFT AF HK1 BELKACEM/YANIS 02JAN25/S3/P1\n",
         "PERSON=BELKACEM/YANIS;DATE_OF_BIRTH=02JAN25"},
        {"SSR CHLD KL HK1/17OCT19/P2\n", "DATE_OF_BIRTH=17OCT19"},
        /* Secure Flight: no passport, the expiry field empty */
        {"SSR DOCS AA HK1/////12JUL76/M//STRANDVIK/JONNA/MAREI\n",
         "DATE_OF_BIRTH=12JUL76;PERSON=STRANDVIK/JONNA/MAREI"},
        {"3DOCS/DB/04MAR1971/F//VELKOR/ANSI\n", "DATE_OF_BIRTH=04MAR1971;PERSON=VELKOR/ANSI"},
    };
    CHECK(c);
}

/* The barcode's 20-byte name field, closed by the electronic-ticket mark. */
static void test_travel8_boarding_pass_barcode(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"M1HOLLOWAY/GRETA      EQX7PLM LHRJFKBA 0117 045Y023C0051 147", "PERSON=HOLLOWAY/GRETA"},
    };
    CHECK(c);
}

/* A passenger label or a ticket row around the pair, in capitals and in mixed case. */
static void test_travel8_labels_and_rows(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NAME OF PASSENGER    KOVARIK/TEREZA\nETKT 057 2345678901\n", "PERSON=KOVARIK/TEREZA"},
        {"|0572345678901|LINDQVARN/OSKAR| 12A |\n", "PERSON=LINDQVARN/OSKAR"},
        {"Name | Type | Ticket\nMaruszko/Ewelina | CHD | 220-1234567890\n",
         "PERSON=Maruszko/Ewelina"},
        {"Reisender: Brandvey/Elko - ICE 597\n", "PERSON=Brandvey/Elko"},
        {"Nom :      DA SILVA/KATARZYNA LENDAN\nETKT 945 0148957728\n",
         "PERSON=DA SILVA/KATARZYNA LENDAN"},
        {"Pasajero: GARCIA LOPEZ/MARIA DEL CARMEN\n", "PERSON=GARCIA LOPEZ/MARIA DEL CARMEN"},
        /* a word for a passenger: the route may follow on the line */
        {"NAME OF PASSENGER HOLMGREN/ASTRID  FROM ARN TO CDG\n", "PERSON=HOLMGREN/ASTRID"},
        {"Fluggast VESTRAND/OKKO  FRA-LHR LH902\n", "PERSON=VESTRAND/OKKO"},
        {"NAME OF PASSENGER KOWARSKI/ASTRID FROM PRG TO AMS\n", "PERSON=KOWARSKI/ASTRID"},
        {"PAX ADT/CHD 2/1\nPassenger CHARTER/CARGO split\n", ""},
    };
    CHECK(c);
}

/* A ticket number right before the pair; a family under one surname ("X/JAN MR/EVA MRS"). */
static void test_travel8_ticket_lines_and_families(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"TKT 2201234567890 RUIZ DE LA TORRE/FEMINA\nTKT 2201234567891 VELKOR/ANSI\n",
         "PERSON=RUIZ DE LA TORRE/FEMINA;PERSON=VELKOR/ANSI"},
        {"NM1HOLVARDT/JAN MR/EVELIEN MRS\n", "PERSON=HOLVARDT/JAN;PERSON=MR/EVELIEN MRS"},
    };
    CHECK(c);
}

/* Routes are no passengers, in the same rows, lines and labels. */
static void test_travel8_routes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"|0572345678901|LONDON/PARIS| 12A |\n|0572345678902|MADRID/LISBON| 14C |\n", ""},
        {"TKT 0572345678901 ROME/MILAN\nTKT 0572345678902 BERLIN/VIENNA\n", ""},
        {"|0572345678901|LHR/CDG|Y|\n", ""},
        {"Route: GENEVA/NICE  Fare: 120 EUR\nName: PARIS/LONDON\n", ""},
        {"| ORIGIN/DESTINATION | CARRIER |\n| FRANKFURT/TORONTO | AC |\n", ""},
    };
    CHECK(c);
}

/* Capital slash pairs of ordinary text: no person, whatever stands around them. */
static void test_travel8_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Our CI/CD pipeline uses TCP/IP and I/O bound workers. AND/OR queries, YES/NO flags.\n",
         ""},
        {"| Route | Class |\n|---|---|\n| LHR/JFK | J |\n| FRA/SIN | C |\n", ""},
        {"Fare basis YLOWUS/ADT, booking class M/ECO, routing LON/NYC, FOP CASH/EUR\n", ""},
        {"|DEVICE/MODEL|STATUS|\n|IPHONE/APPLE|OK|\n", ""},
        {"1.TODO/FIXME later\n2.SETUP/TEARDOWN MS SQL\n", ""},
        {"LATENCY  READ/WRITE    MS  12\nDEBIT/CREDIT     DR  120.00\n", ""},
        {"  6  TP 8084 C 19NOV 3 ZRHAMS HK2  1845 0920  19JUN  E  TP/BNUQXZ\n", ""},
        {"RP/PARAF08AA/PARAF08AA  AA/SU  12MAR25/1023Z   6XKQ2L\n", ""},
        {"cp build/out /USR/BIN/ && rate USD/EUR, KM/H, HTTP/2\n", ""},
    };
    CHECK(c);
}

static void test_travel8_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] =
        "  1.OKEREKE/ADA MRS(INFOKEREKE/NNEKA/12MAY25)   2.OKEREKE/EZE(CHD/03AUG18)\n"
        "SSR DOCS LO HK1 P/POL/EA1234567/POL/29FEB88/F/13JUN33/PRZYBYLSKA/EWA/MARTA/P2\n"
        "SSR INFT AF HK1 BELKACEM/YANIS 02JAN25/S3/P1\n   3 MARUSZKO/EWELINA\n"
        "M1HOLLOWAY/GRETA      EQX7PLM LHRJFKBA 0117\n|0572345678901|LINDQVARN/OSKAR|";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_travel8_numbered_passengers),
        cmocka_unit_test(test_travel8_spaced_number_needs_a_passenger_before),
        cmocka_unit_test(test_travel8_docs_records),
        cmocka_unit_test(test_travel8_boarding_pass_barcode),
        cmocka_unit_test(test_travel8_labels_and_rows),
        cmocka_unit_test(test_travel8_ticket_lines_and_families),
        cmocka_unit_test(test_travel8_lookalikes_stay),
        cmocka_unit_test(test_travel8_routes_stay),
        cmocka_unit_test(test_travel8_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
