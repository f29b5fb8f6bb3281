/* test_dobw65.c: births of the scripts further from their word (branch dobw65, names_dobw65.c,
 * contrib/bench/accuracy/notes/dobw65.md): the date a line below its label, in its column of a
 * tab-separated or space-aligned sheet, after a town and more glue, before "г.р."; other events'
 * dates in the same layouts, an event word between, an empty birth field stay. */
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

#define NAMES_SKIP_TYPE "PERSON"
#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* The date on the line under its label. Before, none of these was found. */
static void test_birth_below(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Дата рождения:\n12.07.1979\nДата выдачи:\n01.02.2015\n", "DATE_OF_BIRTH=12.07.1979"},
        {"生年月日 / Date of birth：\n昭和54年7月12日\n", "DATE_OF_BIRTH=昭和54年7月12日"},
        {"д.р.:\n1979-03-18\n", "DATE_OF_BIRTH=1979-03-18"},
        {"تاریخ تولد:\r\n۱۳۵۸/۰۴/۲۱\r\n", "DATE_OF_BIRTH=۱۳۵۸/۰۴/۲۱"},
    };
    CHECK(c);
}

/* The birth column of a tab-separated or space-aligned sheet. */
static void test_birth_columns(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"№\t有効期限\t生年月日\n1\t2027/01/12\t1985年3月2日\n", "DATE_OF_BIRTH=1985年3月2日"},
        {"№   출생일        만료일\n1   1979. 7. 12.  2028. 8. 1.\n", "DATE_OF_BIRTH=1979. 7. 12."},
    };
    CHECK(c);
}

/* More glue in the sentence, and the date before "г.р.". */
static void test_birth_glue_and_mark(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Я родился в Казани 12 июля 1979 г.\n", "DATE_OF_BIRTH=12 июля 1979 г."},
        {"जन्म: लखनऊ, 12/07/1979\n", "DATE_OF_BIRTH=12/07/1979"},
        {"1) А-1001, 12.07.1979 г.р.; выдан 01.02.2015\n", "DATE_OF_BIRTH=12.07.1979"},
        {"2) A-1002, 1939-08-21生; 入境日期 2010-05-07\n", "DATE_OF_BIRTH=1939-08-21"},
        {"3) A-1003, 2008.03.17생; 입국일 2010. 3. 15.\n", "DATE_OF_BIRTH=2008.03.17"},
        {"Роден съм в град Пловдив на 20.07.2011 г.\n", "DATE_OF_BIRTH=20.07.2011 г."},
        {"№\tДата на раждане\tДата на издаване\n1\t1960-07-13\t2013-10-16\n",
         "DATE_OF_BIRTH=1960-07-13"},
    };
    CHECK(c);
}

/* Another event's word between, an empty birth field over another's date, other columns. */
static void test_other_dates_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Родился в Казани, в Москву переехал 12.07.2001.\n", ""},
        {"जन्म लखनऊ में हुआ, विवाह 12/07/2001 को हुआ।\n", ""},
        {"Дата рождения:\n—\nДата выдачи:\n01.02.2015\n", ""},
        {"Дата рождения: не указана\nДата выдачи:\n01.02.2015\n", ""},
        {"№\t生年月日\t有効期限\n1\t不明\t2027/01/12\n", ""},
        {"1987 г.р., паспорт выдан 12.03.2015\n", ""},
        {"2015-03-03生效，2015-03-04生产\n", ""},
        {"Дата рождения сына не помню, всё в деле.  \n12.07.2001 приехали\n", ""},
        {"Место рождения: Москва, прописка с 12.03.2015\n", ""},
    };
    CHECK(c);
}

static void test_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("Дата рождения:\r\n12.07.1979\r\n生年月日：\n昭和54年7月12日");
    scan_every_prefix("№\t有効期限\t生年月日\n1\t2027/01/12\t1985年3月2日");
    scan_every_prefix("№   출생일        만료일\n1   1979. 7. 12.  2028. 8. 1.");
    scan_every_prefix("1939-08-21生 2008.03.17생 2015-03-03生效 №\tДата на раждане\n1\t1960-07-13");
    scan_every_prefix("Я родился в Казани 12 июля 1979 г. जन्म: लखनऊ, 12/07/1979 12.07.1979 г.р.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_birth_below),
        cmocka_unit_test(test_birth_columns),
        cmocka_unit_test(test_birth_glue_and_mark),
        cmocka_unit_test(test_other_dates_stay),
        cmocka_unit_test(test_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
