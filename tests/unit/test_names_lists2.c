/* test_names_lists2.c: PERSON in the lists names_lists2.c reads: contact lists of names in any
 * case beside a personal value, member tables, a roster label's items in capitals or lower case,
 * the given names that open an action's line, a register's entry before a rite's verb, a
 * cleric's title under a rite's label; each with
 * the look-alikes in the same shape (products, rooms, firms, topics, a parish's saint). */
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

static void test_contact_list_names_any_case_beside_personal_values(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Alumni list for the reunion:\n- ETHAN VORSQUILL – 12 Harwick Road, Leeds LS6 2AB\n"
         "- olwenna drabsley – ?\n- Grace Tamberlick – grace.t@example.org\n",
         "PERSON=ETHAN VORSQUILL;PERSON=olwenna drabsley;PERSON=Grace Tamberlick"},
        {"Ehemalige:\n1. Jörowina Ulestätter: Kirchgasse 3, 90488 Nürnberg\n"
         "2. ANSAUTRUD ZU GREBÖLINGER: ?\n3. frilöbert gisühenwald: Lindenweg 4, 80331 München\n",
         "PERSON=Jörowina Ulestätter;PERSON=ANSAUTRUD ZU GREBÖLINGER;PERSON=frilöbert "
         "gisühenwald"},
        {"Adhérents à relancer :\n* Trisaulline du Quesellier, 14 rue des Tilleuls, 69003 Lyon\n"
         "* LOUVANE JOSOUPELIN, (inconnu)\n* mertho de merliaini, 87, avenue Foch, 69003 Lyon\n",
         "PERSON=Trisaulline du Quesellier;PERSON=LOUVANE JOSOUPELIN;PERSON=mertho de merliaini"},
    };
    CHECK(c);
}

static void test_member_table_first_column_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Lid | Adres | Lid sinds |\n|---|---|---|\n| Woboehuis, Joroerd | Herengracht 238, "
         "5611HY Eindhoven | 2016 |\n| SJOROWOUT DOOROLINK | Kerkplein 202A, 8011 ZX Zwolle | "
         "2013 |\n| Tiesohilkamp, Gerelien | Vondelstraat 209, 8011 XJ Zwolle | 1993 |\n",
         "PERSON=Woboehuis, Joroerd;PERSON=SJOROWOUT DOOROLINK;PERSON=Tiesohilkamp, Gerelien"},
    };
    CHECK(c);
}

static void test_roster_items_in_capitals_or_lower_case(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Present: KIVAN HAYMCOMBE, reewick nawell\n",
         "PERSON=KIVAN HAYMCOMBE;PERSON=reewick nawell"},
        {"Assenti giustificati: brika katesaães, LUNTEBRI URTEOW\n",
         "PERSON=brika katesaães;PERSON=LUNTEBRI URTEOW"},
    };
    CHECK(c);
}

static void test_action_owners_are_given_names_of_people_listed(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Anwesend: Walinold Drabsteiner\nEntschuldigt: Rahömar Anseihofer\nAufgaben:\n"
         "- Walinold & Rahömar: Saal buchen\n- Budget: Saal buchen\n",
         "PERSON=Walinold Drabsteiner;PERSON=Rahömar Anseihofer;PERSON=Walinold;PERSON=Rahömar"},
    };
    CHECK(c);
}

static void test_register_entry_opens_with_a_name_before_a_rite_verb(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Baptismal register\nKEVAN WHITMORL was baptised on 3 May 2023.\n",
         "PERSON=KEVAN WHITMORL"},
        {"Taufbuch\nJürgold Droboler wurde getauft am 2.5.2023.\n", "PERSON=Jürgold Droboler"},
        {"Registro\nNICOLÒ MIRIALUDUCCI è stato/a battezzato/a il 28/04/2025.\n",
         "PERSON=NICOLÒ MIRIALUDUCCI"},
        {"Libro\nIlarelando del Tobialez fue bautizado/a el 19-1-2026.\n",
         "PERSON=Ilarelando del Tobialez"},
        /* look-alikes before the same verbs: a chapel, a report */
        {"History\nThe Chapel was christened in 1936.\nThe Annual Report was confirmed.\n", ""},
    };
    CHECK(c);
}

static void test_cleric_title_under_a_rite_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Officiant: Fr. Horquell\n", "PERSON=Horquell"},
        {"Zelebrant: Pfr. von Lotestätter\n", "PERSON=von Lotestätter"},
        {"Celebrante: P. Ferionando Ilaribalaga\n", "PERSON=Ferionando Ilaribalaga"},
        {"Celebrante: Pe. Jaçouninho\n", "PERSON=Jaçouninho"},
    };
    CHECK(c);
}

static void test_lists_of_things_in_the_same_shapes_stay_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Inventory:\n- Cordless Drill Pro – 49,99 €\n- Garden Hose Reel – 2 units\n"
         "- Meeting Room Birch – 3rd floor\n",
         ""},
        {"| Item | Qty | Price |\n|---|---|---|\n| Office Chair Ergo | 2 | 83,00 € |\n"
         "| Annual Report | 1 | 0,00 € |\n| Budget Review | 3 | 12,00 € |\n",
         ""},
        /* a topic opens the action: no full name elsewhere starts with it */
        {"Actions:\n- Website: update the photos\n- Parking: call the council\n", ""},
        {"Present: Platform Team, Data Engineering\n", ""},
    };
    CHECK(c);
}

static void test_every_lists2_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Present: KIVAN HAYMCOMBE, reewick nawell\nActions:\n- Kivan & Reewick: "
                      "bins\n| Woboehuis, Joroerd | Herengracht 238 |\n- ETHAN VORSQUILL – ?\n"
                      "Officiant: Fr. Horquell");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contact_list_names_any_case_beside_personal_values),
        cmocka_unit_test(test_member_table_first_column_is_a_person),
        cmocka_unit_test(test_roster_items_in_capitals_or_lower_case),
        cmocka_unit_test(test_action_owners_are_given_names_of_people_listed),
        cmocka_unit_test(test_register_entry_opens_with_a_name_before_a_rite_verb),
        cmocka_unit_test(test_cleric_title_under_a_rite_label),
        cmocka_unit_test(test_lists_of_things_in_the_same_shapes_stay_text),
        cmocka_unit_test(test_every_lists2_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
