/* test_phone62.c: phones after the phone words of Icelandic, Latvian, Lithuanian and Estonian
 * and after the phrases that hand over a number in cs, sk, hr, sl, ro, it, es, pt, da, no and pl
 * (branch phone62, anonymize/validate_phone.c's labels, contrib/bench/accuracy/notes/phone62.md);
 * the same numbers' look-alikes after their own words (postcodes, case, invoice and registry
 * numbers) stay; Hungary's 06-30/123-4567 with a suffix glued; every prefix of such a message is
 * scanned safely. */
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
#define NAMES_SKIP_TYPE "PERSON"
#include "names_cases.h"

/* The phone words of the Nordic and Baltic languages the shape alone does not admit. */
static void test_nordic_and_baltic_phone_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"form\xc3\xb0ur \xe2\x80\x93 \xc3\xad s\xc3\xadma 663 5798", "PHONE=663 5798"},
        {"Fars\xc3\xadmi: 658 3237", "PHONE=658 3237"},
        {"p\xc4\x81rvaldnieks \xe2\x80\x93 t\xc4\x81lr. 2895 2861", "PHONE=2895 2861"},
        {"zvaniet pa t\xc4\x81lruni 672 80 871", "PHONE=672 80 871"},
        {"santechnikas \xe2\x80\x93 numeriu 860745091", "PHONE=860745091"},
        {"Telefonas: 8 678 43615", "PHONE=8 678 43615"},
        {"torumees \xe2\x80\x93 helista numbril 627 9566", "PHONE=627 9566"},
        {"ring p\xc3\xa5 994 99 041", "PHONE=994 99 041"},
    };
    CHECK(c);
}

/* The phrases that hand over a number in the east and the south. */
static void test_handover_phrases(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"volejte na \xc4\x8d\xc3\xadslo 774 032 172", "PHONE=774 032 172"},
        {"zavolajte mu na \xc4\x8d\xc3\xadslo 02/6312 6281", "PHONE=02/6312 6281"},
        {"nazovite na broj 01 2345 671", "PHONE=01 2345 671"},
        {"la num\xc4\x83rul 0756.519.141", "PHONE=0756.519.141"},
        {"scrivimi al 338-9593081", "PHONE=338-9593081"},
        {"llamar al 91 968 80 42", "PHONE=91 968 80 42"},
        {"ligue para o 21 670 1562", "PHONE=21 670 1562"},
        {"zadzwo\xc5\x84 na 516 641 312", "PHONE=516 641 312"},
    };
    CHECK(c);
}

/* Hungary's trunk 06, area code, slash and 3-4 groups, with a case suffix glued after. */
static void test_hungarian_slash_notation(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"tel: 06-20/259-1673", "PHONE=06-20/259-1673"},
        {"(a 06-20/233-4351-re)", "PHONE=06-20/233-4351"},
        {"h\xc3\xadvjon a 06-1/900-1719-es sz\xc3\xa1mon", "PHONE=06-1/900-1719"},
        {"\xc3\xbcgysz\xc3\xa1m 06-20/2024-1234", ""},
    };
    CHECK(c);
}

/* The same shapes after their own words stay. */
static void test_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"p\xc3\xb3stn\xc3\xbamer 101, m\xc3\xa1l nr. 604/22", ""},
        {"r\xc4\x93\xc4\xb7ins nr. 594000472, l\xc4\xab"
         "guma nr. 92366992",
         ""},
        {"bylos nr. 17-3448/2026; suma 4 497,10 \xe2\x82\xac", ""},
        {"sp. zn. 76/24, faktura \xc4\x8d. 2024/57225", ""},
        {"fattura n. 298 878 0568", ""},
        {"kod 55-832, licznik nr 68924325", ""},
    };
    CHECK(c);
}

static void test_every_phone62_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("form\xc3\xb0ur \xe2\x80\x93 \xc3\xad s\xc3\xadma 663 5798; t\xc4\x81lr. "
                      "2895 2861\nhelista numbril 627 9566, la num\xc4\x83rul 0756.519.141 "
                      "zadzwo\xc5\x84 na 516");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nordic_and_baltic_phone_words),
        cmocka_unit_test(test_handover_phrases),
        cmocka_unit_test(test_hungarian_slash_notation),
        cmocka_unit_test(test_lookalikes_stay),
        cmocka_unit_test(test_every_phone62_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
