/* test_dobw64.c: births in other scripts and calendars (branch dobw64, names_dobw64.c,
 * contrib/bench/accuracy/notes/dobw64.md): the date after (or before) a Cyrillic, Arabic,
 * Persian, Hebrew, Indic, Thai, CJK or Hangul birth word, in native digits, 年月日 and era years;
 * the cells under a birth column's head. Other events' dates in the same forms, an era alone and
 * "发生日期" (an event's date) stay. */
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

/* The script's birth label before its date. Before, none of these was found. */
static void test_birth_label_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Дата рождения: 12.07.1979, паспорт выдан в Омске\n", "DATE_OF_BIRTH=12.07.1979"},
        {"生年月日：昭和54年7月12日\n", "DATE_OF_BIRTH=昭和54年7月12日"},
        {"출생일: 1979년 7월 12일\n", "DATE_OF_BIRTH=1979년 7월 12일"},
        {"วันเกิด 12 ก.ค. 2522\n", "DATE_OF_BIRTH=12 ก.ค. 2522"},
        {"تاريخ الميلاد: ١٩٧٩/٠٧/١٢\n", "DATE_OF_BIRTH=١٩٧٩/٠٧/١٢"},
        {"تاریخ تولد: ۱۳۵۸/۰۴/۲۱\n", "DATE_OF_BIRTH=۱۳۵۸/۰۴/۲۱"},
        {"我出生于1979年7月12日。\n", "DATE_OF_BIRTH=1979年7月12日"},
        {"他出生於民國68年7月12日。\n", "DATE_OF_BIRTH=民國68年7月12日"},
        {"תאריך לידה: 12 ביולי 1979\n", "DATE_OF_BIRTH=12 ביולי 1979"},
    };
    CHECK(c);
}

/* The birth verb after its date, and a birth column's cells. */
static void test_birth_after_and_columns(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"父は1979年7月12日に生まれました。\n", "DATE_OF_BIRTH=1979年7月12日"},
        {"아버지는 1979년 7월 12일생입니다.\n", "DATE_OF_BIRTH=1979년 7월 12일"},
        {"| № | जन्म तिथि |\n|---|---|\n| 1 | १२/०७/१९७९ |\n", "DATE_OF_BIRTH=१२/०७/१९७९"},
    };
    CHECK(c);
}

/* Other events' dates in the same forms, an era alone, an event's "发生日期": no birth. */
static void test_other_dates_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"签发日期：2015年3月3日\n", ""},         {"发生日期：2015年3月3日\n", ""},
        {"出生证明签发日期：2015年3月3日\n", ""}, {"Срок действия: 03.03.2025\n", ""},
        {"昭和の時代、令和元年に改元。\n", ""},   {"วันหมดอายุ 3 มี.ค. 2568\n", ""},
    };
    CHECK(c);
}

static void test_prefixes(void **state)
{
    (void)state;
    scan_every_prefix(
        "生年月日：昭和54年7月12日 출생일: 1979년 7월 12일 Дата рождения: 12.07.1979");
    scan_every_prefix("| № | जन्म तिथि |\n|---|---|\n| 1 | १२/०७/१९७९ |");
    scan_every_prefix("父は1979年7月12日に生まれました 1979년 7월 12일생 วันเกิด 12 ก.ค. 2522");
    scan_every_prefix("تاريخ الميلاد: ١٩٧٩/٠٧/١٢ 出生於民國68年7月12日");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_birth_label_before),
        cmocka_unit_test(test_birth_after_and_columns),
        cmocka_unit_test(test_other_dates_stay),
        cmocka_unit_test(test_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
