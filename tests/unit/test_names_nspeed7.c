/* test_names_nspeed7.c: the cheaper paths of branch nspeed7 give the answers of the slow form
 * (each case's findings are those of the branch's base, taken with the base's build of this
 * file). names_lists2.c: skip_bullet() inline where a line opens with a byte that opens no
 * indent, table cell, bullet or number; every other opening still goes the slow way: bullets
 * ("- ", "* ", "+ ", "• "), numbers ("3. ", "12) "), a Markdown table's row, indents of spaces
 * and tabs, an empty line, a line of one byte, and lines that open with a letter, a capital in
 * UTF-8 or punctuation, for the contact lists, the action owners and the register entries.
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_contact_lines_after_each_opening(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"kavor lenswick - 0176 2231 887\nDORAN VELMICK - 0176 5512 901\n"
         "tesni aburrow - 0176 8812 004\n",
         "PERSON=kavor lenswick;PERSON=DORAN VELMICK;PERSON=tesni aburrow"},
        {"- kavor lenswick: 0176 2231 887\n- DORAN VELMICK: 0176 5512 901\n"
         "- tesni aburrow: ?\n",
         "PERSON=kavor lenswick;PERSON=DORAN VELMICK;PERSON=tesni aburrow"},
        {"* kavor lenswick\t0176 2231 887\n+ DORAN VELMICK\t0176 5512 901\n"
         "\xE2\x80\xA2 tesni aburrow\t0176 8812 004\n",
         "PERSON=kavor lenswick;PERSON=DORAN VELMICK;PERSON=tesni aburrow"},
        {"1. kavor lenswick, 12.3.1961\n2) DORAN VELMICK, 4.5.1970\n"
         "12) tesni aburrow, 9.9.1988\n",
         "PERSON=kavor lenswick;PERSON=DORAN VELMICK;PERSON=tesni aburrow"},
        {"| Lenswick, Kavor | 12.3.1961 |\n| Velmick, Doran | 4.5.1970 |\n"
         "| Aburrow, Tesni | 9.9.1988 |\n",
         "PERSON=Lenswick, Kavor;DATE_OF_BIRTH=12.3.1961;PERSON=Velmick, Doran;"
         "DATE_OF_BIRTH=4.5.1970;PERSON=Aburrow, Tesni;DATE_OF_BIRTH=9.9.1988"},
        {"    kavor lenswick - 0176 2231 887\n\tDORAN VELMICK - 0176 5512 901\n"
         "  - tesni aburrow - 0176 8812 004\n\n-\nx\n",
         "PERSON=kavor lenswick;PERSON=DORAN VELMICK;PERSON=tesni aburrow"},
        {"\xC3\x89mile Varsquet - 0176 2231 887\n\xC3\x89lodie Tramblin - 0176 5512 901\n"
         "(tesni aburrow) - 0176 8812 004\n",
         "PERSON=Émile Varsquet;PERSON=Élodie Tramblin"},
    };
    CHECK(c);
}

static void test_register_entries_and_owners_after_each_opening(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"KEVRIN WHALSTOCK was baptised on 3 May 1931.\n", "PERSON=KEVRIN WHALSTOCK"},
        {"- KEVRIN WHALSTOCK was baptised on 3 May 1931.\n"
         "  3. Ilarelando del Tobialez wurde getauft am 4. Mai.\n"
         "12) Orvanne Quelsby est n\xC3\xA9"
         "e le 2 mars.\n",
         "PERSON=KEVRIN WHALSTOCK;PERSON=Ilarelando del Tobialez;PERSON=Orvanne Quelsby"},
        {"Present: ANNA KRELLOW, Jorek Vlamsted\n\n- Anna & Jorek: book the hall\n"
         "* Jorek: call the caterer\nAnna: fine\n",
         "PERSON=ANNA KRELLOW;PERSON=Jorek Vlamsted;PERSON=Anna;PERSON=Jorek;PERSON=Jorek;"
         "PERSON=Anna"},
        {"Celebrant: Fr. Horhambey\n- Zelebrant: Pfr. Kr\xC3\xBCgerling\n",
         "PERSON=Horhambey;PERSON=Krügerling"},
    };
    CHECK(c);
}

/* rite_entries() asks the verbs only after a byte that opens one (a, d, e, f, i, n, p, v, w and
 * 0xC3 of "è"): one verb for each of those first bytes, and lines whose next word opens with
 * another byte. */
static void test_rite_verbs_by_first_byte(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ORVANNE QUELSBY a \xC3\xA9t\xC3\xA9 baptis\xC3\xA9"
         "e le 2 mars 1950.\n",
         "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY died on 2 March 1950.\n", "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY est d\xC3\xA9"
         "c\xC3\xA9"
         "d\xC3\xA9"
         "e le 2 mars.\n",
         "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY fue bautizada el 2 de marzo.\n", "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY ist verstorben am 2. M\xC3\xA4rz.\n", "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY naci\xC3\xB3 el 2 de marzo.\n", "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY passed away on 2 March.\n", "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY verstarb am 2. M\xC3\xA4rz.\n", "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY werd gedoopt op 2 maart.\n", "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY \xC3\xA8 nata il 2 marzo.\n", "PERSON=ORVANNE QUELSBY"},
        {"ORVANNE QUELSBY wrote on 2 March.\nORVANNE QUELSBY said hello.\n",
         "PERSON=ORVANNE QUELSBY;PERSON=ORVANNE QUELSBY"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contact_lines_after_each_opening),
        cmocka_unit_test(test_register_entries_and_owners_after_each_opening),
        cmocka_unit_test(test_rite_verbs_by_first_byte),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
