/* test_names_tables7.c: PERSON in the plain-text tables and lists names_tables7.c reads with no
 * header word: fixed-width reports, phone lists, bookings, semicolon rosters, statements, names
 * before a handle, couples joined by "&", household shares; each with the look-alikes in the same
 * layout (products, cities, teams, hosts, businesses, rooms, merchants, shops). */
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

#define NAMES_SKIP_TYPE "DATE_OF_BIRTH" /* the dates in the columns are not what is tested */
#include "names_cases.h"

static void test_fixed_width_column_of_names_in_any_case(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Summarise the table below.\n\n"
         "Margaret Huxwell        2021-03-04    38    K-112\n"
         "Daniel Brackthwaite     2019-11-20    40    K-090\n"
         "Sophie Rookhurst        2024-01-08    12    K-377\n",
         "PERSON=Margaret Huxwell;PERSON=Daniel Brackthwaite;PERSON=Sophie Rookhurst"},
        {"SABINE KLAUBICHLER      01.04.2018   38,5   KST-4\n"
         "TORSTEN SPERLEITNER     15.09.2020   20,0   KST-7\n"
         "HEIKE RIEGHAUSEN        03.02.2016   40,0   KST-4\n",
         "PERSON=SABINE KLAUBICHLER;PERSON=TORSTEN SPERLEITNER;PERSON=HEIKE RIEGHAUSEN"},
        {"NOMINATIVO              DATA        ORE\n"
         "CHIARA DI SCIARUGLI     03/05/2022   36\n"
         "MATTEO GUALOZZI         11/01/2021   24\n"
         "ILARIA TORASSI          27/09/2023   18\n",
         "PERSON=CHIARA DI SCIARUGLI;PERSON=MATTEO GUALOZZI;PERSON=ILARIA TORASSI"},
        {"Hoogeveen, Sanne       12-03-2024    16\n"
         "Wolterink, Joost       02-11-2023    24\n"
         "Brinkema, Femke        19-07-2022    32\n",
         "PERSON=Hoogeveen, Sanne;PERSON=Wolterink, Joost;PERSON=Brinkema, Femke"},
    };
    CHECK(c);
}

static void test_phone_lists_with_gaps_tabs_and_leaders(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Teléfonos:\nLucía Garrarte\t612 455 901\nJavier Olavieta\t633 120 874\n"
         "Rocío Mendiola\t690 331 207\n",
         "PERSON=Lucía Garrarte;PERSON=Javier Olavieta;PERSON=Rocío Mendiola"},
        {"Stefano .......... 323 566 5497\nRiccardo .......... 067 4423479\n"
         "Martina .......... 327 123 2582\n",
         "PERSON=Stefano;PERSON=Riccardo;PERSON=Martina"},
        {"van der Hoogkamp, Sanne    06 12 34 56 78\nde Wolterink, Joost    06 98 76 54 32\n"
         "Brinkema, Femke    06 11 22 33 44\n",
         "PERSON=van der Hoogkamp, Sanne;PERSON=de Wolterink, Joost;PERSON=Brinkema, Femke"},
        {"Inês Barreiros    912 802 360\nRui Quintanilha    +351 277 889 129\n"
         "Joana Cardouço    936 114 520\n",
         "PERSON=Inês Barreiros;PERSON=Rui Quintanilha;PERSON=Joana Cardouço"},
    };
    CHECK(c);
}

static void test_bookings_and_rosters_by_their_first_cell(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Reservations Saturday\n19:00  Fiona Thornley  x4  | window\n"
         "19:30  George Pellridge  x2\n20:15  Rachel Cobbington  x6  | birthday\n",
         "PERSON=Fiona Thornley;PERSON=George Pellridge;PERSON=Rachel Cobbington"},
        {"Anke Wendhuber;S1;12/03\nJens Lohmeier;S2;13/03\nSilke Trattner;N;14/03\n",
         "PERSON=Anke Wendhuber;PERSON=Jens Lohmeier;PERSON=Silke Trattner"},
        {"Élodie Montignac | ch. 12 | 03/04-06/04\nBenoît Charousse | ch. 14 | 03/04-05/04\n"
         "Camille Lamardière | ch. 3 | 04/04-08/04\n",
         "PERSON=Élodie Montignac;PERSON=Benoît Charousse;PERSON=Camille Lamardière"},
    };
    CHECK(c);
}

static void test_statement_counterparties_after_a_transfer_verb(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"2025-11-26  transfer to SOPHIE FENTHWAITE    -45.00\n"
         "2025-11-27  SEPA credit from Thomas Marcombe   +120,00\n",
         "PERSON=SOPHIE FENTHWAITE;PERSON=Thomas Marcombe"},
        {"04/08  Gutschrift SABINE HOFLEITNER   +415,83\n"
         "05/08  Überweisung an Jens Brunmayr   -80,00\n",
         "PERSON=SABINE HOFLEITNER;PERSON=Jens Brunmayr"},
        {"25/06/2024  Prélèvement NATHALIE CHARIGNAC   +1018,02\n", "PERSON=NATHALIE CHARIGNAC"},
        {"11/03  Bonifico a FEDERICA CAPDOLINI   -1017,99\n"
         "12/03  MB Way de Rita Cerqueiros   +20,00\n",
         "PERSON=FEDERICA CAPDOLINI;PERSON=Rita Cerqueiros"},
    };
    CHECK(c);
}

static void test_handles_couples_and_shares(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Reported by Raúl Ugaribarri (@rugaribarri) 3 days ago\n", "PERSON=Raúl Ugaribarri"},
        {"Table plan\nLotte & Thijs van der Stoelinga\nNienke & Jeroen\n",
         "PERSON=Lotte;PERSON=Thijs van der Stoelinga;PERSON=Nienke;PERSON=Jeroen"},
        {"Budget March\nRent 900 - Naomi 50% / Colin 50%\ngroceries 40 (Fiona)\n",
         "PERSON=Naomi;PERSON=Colin;PERSON=Fiona"},
    };
    CHECK(c);
}

static void test_posters_and_notices_by_their_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Margaux Trébenet: quelqu'un a une solution ?\nCamille Rochignac: pareil chez moi\n"
         "Olivier Bellot: ça marche\n",
         "PERSON=Margaux Trébenet;PERSON=Camille Rochignac;PERSON=Olivier Bellot"},
        {"Overleden:\nEsther Hoogstra, 88, uit Hoogeveld\nRuud Dijkema, 91, uit Zwolle\n"
         "Lotveri Kampinga, 79, uit Assen\n",
         "PERSON=Esther Hoogstra;PERSON=Ruud Dijkema;PERSON=Lotveri Kampinga"},
    };
    CHECK(c);
}

static void test_tables_of_things_in_the_same_layouts_stay_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ITEM                  QTY   PRICE\nEspresso Beans        12    9.90\n"
         "Coffee Grinder        2     49.00\nPaper Towels          30    1.20\n"
         "Garden Hose           4     19.99\n",
         ""},
        {"CITY              POP\nPorto Alegre      1.3M\nBad Homburg       0.05M\n"
         "Reggio Emilia     0.17M\nSan Sebastián     0.18M\n",
         ""},
        {"db-west-2         10.0.3.4     up\nweb-prod-01       10.0.3.9     up\n"
         "cache-eu-3        10.0.4.1     down\n",
         ""},
        {"Pizzeria Roma      030 1234567\nSchlüsseldienst    0171 2345678\n"
         "Hausverwaltung     089 445566\n",
         ""},
        {"2025-11-26  transfer to SAVINGS ACCOUNT    -45.00\n"
         "2025-11-27  SEPA credit from NETFLIX.COM   -12,99\n",
         ""},
        {"Thread\nRelease Drafter (@release-drafter) opened this\n", ""},
        {"Shopping\nProcter & Gamble\nMarks & Spencer\n", ""},
        {"groceries 40 (Lidl)\nfuel 60 (Shell)\n", ""},
        {"Status: open\nPriority: high\nComponent: billing\nEdit: fixed the typo\n", ""},
        {"Paddington  4 min\nWaterloo    9 min\nKing's Cross  15 min\nEuston   7 min\n", ""},
        {"Chrome      65.2%\nSafari      18.6%\nEdge        5.1%\nFirefox     2.8%\n", ""},
        {"Hydrogen    H   1.008\nHelium      He  4.0026\nLithium     Li  6.94\n", ""},
        {"Tesla Model 3     42,990\nFord Mustang      39,000\nHonda Civic       24,650\n", ""},
        {"Route 66, 12, closed\nTerminal 2, 4, open\n", ""},
    };
    CHECK(c);
}

static void test_every_tables7_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("19:00  Fiona Thornley  x4  | window\nAnke Wendhuber;S1;12/03\n"
                      "04/08  Gutschrift SABINE HOFLEITNER   +415,83\nRaúl Ugaribarri (@rug)\n"
                      "Lotte & Thijs van der Stoelinga\nRent 900 - Naomi 50% / Colin 50%\n"
                      "groceries 40 (Fiona)\nStefano .......... 323 566 5497\nEsther Hoogstra, 88,"
                      "\nOlivier Bellot: ok\nvan der Hoogkamp, Sanne  06\nde ");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed_width_column_of_names_in_any_case),
        cmocka_unit_test(test_phone_lists_with_gaps_tabs_and_leaders),
        cmocka_unit_test(test_bookings_and_rosters_by_their_first_cell),
        cmocka_unit_test(test_statement_counterparties_after_a_transfer_verb),
        cmocka_unit_test(test_handles_couples_and_shares),
        cmocka_unit_test(test_posters_and_notices_by_their_column),
        cmocka_unit_test(test_tables_of_things_in_the_same_layouts_stay_text),
        cmocka_unit_test(test_every_tables7_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
