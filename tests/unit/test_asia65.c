/* test_asia65.c: CJK and Thai people named without an honorific (branch asia65, names_asia65.c,
 * contrib/bench/accuracy/notes/asia65.md): a list whose every item has a name's shape (a common
 * surname, 2-4 Han or Hangul, two Thai words) is a list of people ("值班：易芳，崔建国",
 * "참석자: 이하은 서민호"), and one product, place or department among the items leaves it
 * ("采购：面包，洗衣液"); the next line of a roster under a label of the same kind continues it
 * ("周二：赵晓明"), a place line does not ("地点：…"); the cells under a people header of a
 * table ("| 氏名 |", "| 성명 |"); a signature after a letter's closing phrase; one-person labels
 * ("住客：", "투숙객:"). */
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

/* Lists of people, every item a surname's shape; lists of things left. Before: none taken. */
static void test_lists_of_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"本周值班：易芳，崔建国，郝建国。采购清单：面包，洗衣液，苹果。",
         "PERSON=易芳;PERSON=崔建国;PERSON=郝建国"},
        {"出席者：長谷川　翔花、藤原　結輝、高橋花子（豊田通商）",
         "PERSON=長谷川　翔花;PERSON=藤原　結輝;PERSON=高橋花子"},
        {"참석자: 이하은 서민호\n준비물: 우유 사과 라면\n", "PERSON=이하은;PERSON=서민호"},
        {"部门：营业部、财务部、人事部", ""},
        {"기타: 인사팀, 강남구", ""},
        {"差出人：鈴木商店\n受取人：中山　美咲\n", "PERSON=中山　美咲"},
    };
    CHECK(c);
}

/* A roster's next line under a label of the same kind; a place line after it is none. Before:
 * none taken. */
static void test_roster_continues(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"周一：曹雨桐、尹欣\n周二：赵晓明\n地点：黄山\n",
         "PERSON=曹雨桐;PERSON=尹欣;PERSON=赵晓明"},
        {"월요일: 구도윤, 심준호\n화요일: 곽미경\n장소: 서울\n",
         "PERSON=구도윤;PERSON=심준호;PERSON=곽미경"},
    };
    CHECK(c);
}

/* A table's people column, a signature, a one-person label. Before: none taken. */
static void test_columns_signatures_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| 성명 | 부서 |\n|---|---|\n| 박서연 | 영업부 |\n", "PERSON=박서연"},
        {"尊敬的客户：\n样品已收到。\n此致\n敬礼\n石子涵\n", "PERSON=石子涵"},
        {"旅館住宿登記\n房客：謝悅\n來自：板橋站\n", "PERSON=謝悅"},
        {"お名前：村上　健一\nフリガナ：ムラカミ　ケンイチ\n",
         "PERSON=村上　健一;PERSON=ムラカミ　ケンイチ"},
        {"참석자: 이하은 노 하호\n", "PERSON=이하은;PERSON=노 하호"},
        {"상품이 도착했습니다. 담당 홍지민\n", "PERSON=홍지민"},
    };
    CHECK(c);
}

/* every prefix of the lists, tables and signatures, cut inside a character (the address
 * sanitizer build reads past no end) */
static void test_every_asia65_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix(
        "周一：曹雨桐、尹欣\n周二：赵晓明\n| 氏名 |\n|---|\n| 佐藤 太郎 |\n此致\n敬礼\n"
        "石子涵\n참석자: 이하은 서민호\nผู้เข้าพัก: สมชาย ศรีสุข");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_asia65_prefix_is_scanned_safely),
        cmocka_unit_test(test_lists_of_people),
        cmocka_unit_test(test_roster_continues),
        cmocka_unit_test(test_columns_signatures_labels),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
