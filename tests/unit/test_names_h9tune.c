/* test_names_h9tune.c: people in the person column of a table aligned by spaces under a header
 * row (branch h9tune, names_fixedcols.c): a radio log's NAME column of lone given names, real and
 * invented; a results sheet's participant column of lone given names; a rota whose header sets two
 * labels one space apart. A Name column of pods, products, cities or servers stays text, and so
 * does a column under a label that names no person. */
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

static void test_name_column_of_a_space_aligned_log_is_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Log from Sunday:\n"
         "DATE        CALL    NAME      QTH\n"
         "2024-05-01  G4ABC   Moira     Leeds\n"
         "2024-05-01  DL2XY   Helmut    Bonn\n"
         "2024-05-02  F5KLM   Zorbelle  Nantes\n"
         "2024-05-02  EA3QQ   Quintero  Girona\n",
         "PERSON=Moira;PERSON=Helmut;PERSON=Zorbelle;PERSON=Quintero"},
        {"Turni\n"
         "ORA  NOME      REPARTO\n"
         "8    Gianluca  cassa\n"
         "9    Brunella  magazzino\n"
         "10   Ornella   cassa\n",
         "PERSON=Gianluca;PERSON=Brunella;PERSON=Ornella"},
    };
    CHECK(c);
}

static void test_labels_one_space_apart_still_give_the_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Planning\n"
         "POSTE NOM       SALLE MONTANT\n"
         "matin Gaspard   B12   40.00\n"
         "soir  Perrinel  C3    12.50\n"
         "matin Solange   A1    9.90\n",
         "PERSON=Gaspard;PERSON=Perrinel;PERSON=Solange"},
    };
    CHECK(c);
}

static void test_participant_column_of_lone_names_is_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Resultados\n"
         "HORA   Participante  PUNTOS\n"
         "10:02  Ximelda       40\n"
         "10:05  Baltasar      38\n"
         "10:09  Quirogal      35\n",
         "PERSON=Ximelda;PERSON=Baltasar;PERSON=Quirogal"},
    };
    CHECK(c);
}

static void test_name_columns_of_things_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"why is this one restarting?\n"
         "NAME                       READY   STATUS    RESTARTS   AGE\n"
         "api-7d9f8c6b5-x2kqp        1/1     Running   0          3d\n"
         "worker-5c8d7f9b4-mm2lp     1/1     Running   4          3d\n",
         ""},
        {"Stock\nNAME          QTY  PRICE\nDesk Lamp     4    19.99\nOffice Chair  2    129.00\n"
         "Keyboard      9    49.50\n",
         ""},
        {"Towns\nNAME      POP    AREA\nLyon      3300   604\nGraz      2100   105\n"
         "Bilbao    3600   891\nPorto     1200   41\n",
         ""},
        {"Servers\nNAME      ZONE    STATUS\nPhoenix   west    up\nAtlas     east    down\n"
         "Hermes    west    up\n",
         ""},
        {"Cars\nMODEL     YEAR  KM\nSmart     2019  4000\nFiesta    2020  1200\nPunto     2018  "
         "900\n",
         ""},
    };
    CHECK(c);
}

static void test_fixedcols_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("DATE        CALL    NAME      QTH\n2024-05-01  G4ABC   Moira     Leeds\n"
                      "2024-05-01  DL2XY   Helmut    Bonn\n");
    scan_every_prefix("POSTE NOM       SALLE\nmatin Gaspard   B12\nsoir  Perrinel  C3\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_column_of_a_space_aligned_log_is_people),
        cmocka_unit_test(test_labels_one_space_apart_still_give_the_column),
        cmocka_unit_test(test_participant_column_of_lone_names_is_people),
        cmocka_unit_test(test_name_columns_of_things_stay),
        cmocka_unit_test(test_fixedcols_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
