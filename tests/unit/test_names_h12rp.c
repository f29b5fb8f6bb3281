/* test_names_h12rp.c: PERSON before the mailbox that spells it, in any case ("hamdan tamimi
 * <hamdan.tamimi@posteo.de> wrote:"), and in lists of people with affiliation marks ("Ana
 * Ruiz1,2*, Tom Hale^3 and Li Wen (2)"); the look-alikes in the same shapes (teams, shops and
 * offices before their mailboxes; firms, places and tools with the same marks). */
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

static void test_a_name_before_the_mailbox_that_spells_it(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"on tue, december 2, 2024 at 19:52, hamdan tamimi <hamdan.tamimi@posteo.de> wrote:\n",
         "PERSON=hamdan tamimi"},
        {"de: géliette chateau <geliette.chateau@outlook.com>\ndate: 12 janvier 2025\n",
         "PERSON=géliette chateau"},
        {"Author: zuan brabraova <zuan.brabraova@example.nl>\n", "PERSON=zuan brabraova"},
        {"[09:08] brael mirzumann <brael_mirzumann2@example.org> joined\n",
         "PERSON=brael mirzumann"},
        {"op do 20 februari 2026 schreef đặng hữu quang <dang.huu.quang@proton.me>:\n",
         "PERSON=đặng hữu quang"},
        {"Requester: ana de la fuente <ana.delafuente@example.es>\n", "PERSON=ana de la fuente"},
    };
    CHECK(c);
}

static void test_teams_and_offices_before_their_mailboxes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"cc: paris office <paris.office@example.com>\n", ""},
        {"cc: billing team <billing@example.com>\n", ""},
        {"cc: press office <press.office@example.com>\n", ""},
        {"cc: night shift <night.shift@example.com>\n", ""},
        /* the local part is another person's: only the spelled words count */
        {"cc: the sales desk <sales.desk@example.com>\n", ""},
    };
    CHECK(c);
}

static void test_lists_of_people_with_affiliation_marks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tijmer Kroonkamp (1,1)*, Gülnur Göksoy (3,3)† and Jing Zhou (3)\n",
         "PERSON=Tijmer Kroonkamp;PERSON=Gülnur Göksoy;PERSON=Jing Zhou"},
        {"Kanish Raghavarthy^1,2*, Nicolás Arriaga^2† and Helko Brunnhuber^1\n",
         "PERSON=Kanish Raghavarthy;PERSON=Nicolás Arriaga;PERSON=Helko Brunnhuber"},
        {"Authors: F. Zusaworth³*, Riine Saghaelli¹ e Ostan Riwenworth²\n",
         "PERSON=F. Zusaworth;PERSON=Riine Saghaelli;PERSON=Ostan Riwenworth"},
        {"firmado por f. zusaworth3,3*, riine saghaelli1,4 e ostan riwenworth2,4\n",
         "PERSON=f. zusaworth;PERSON=riine saghaelli;PERSON=ostan riwenworth"},
    };
    CHECK(c);
}

static void test_firms_places_and_tools_with_the_same_marks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Funded by Siemens1, Bayer2 and Roche3.\n", ""},
        {"Software: Gaussian (4) and TensorFlow (1)\n", ""},
        {"Sites: Leuven1, Grenoble2 and Heidelberg3\n", ""},
        {"Funded by Philips Research1, Airbus2 and Inditex3.\n", ""},
        {"Phones: Galaxy S23, Pixel 8 and iPhone 15\n", ""},
        {"Gases: H2O, CO2 and CH4\n", ""},
    };
    CHECK(c);
}

static void test_every_h12rp_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("de: géliette chateau <geliette.chateau@outlook.com>\nV. Đỗ¹*, Lutrud "
                      "Hartinger^1,2 and Bosława Szczepańska (2)†");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_name_before_the_mailbox_that_spells_it),
        cmocka_unit_test(test_teams_and_offices_before_their_mailboxes),
        cmocka_unit_test(test_lists_of_people_with_affiliation_marks),
        cmocka_unit_test(test_firms_places_and_tools_with_the_same_marks),
        cmocka_unit_test(test_every_h12rp_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
