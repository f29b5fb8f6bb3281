/* test_script64.c: people named in their own scripts (branch script64, names_script64.c,
 * contrib/bench/accuracy/notes/script64.md): a Chinese, Japanese or Korean name before the
 * honorific written after it ("王伟先生", "田中太郎様", "김민준 씨", "임현지 고객님") is a person
 * and the honorific stays outside; a noun or a title before one is not ("各位先生", "息子さん",
 * "製品仕様", "선생님", "아저씨", "씨앗"); a Thai name after a title written onto it is a person
 * without the title ("นายสมชาย ศรีสุข"), a noun that opens with a title is not ("นายกรัฐมนตรี");
 * the Hindi, Bengali, Tamil, Thai and Bulgarian name labels ("नाम:", "ชื่อ:", "Трите имена:")
 * open a name. */
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

/* Chinese and Japanese honorifics after the name. Before: none of these names. */
static void test_cjk_honorifics_after(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"您好，王伟先生，您的快递已到。", "PERSON=王伟"},
        {"李秀英女士您好！活动改期。", "PERSON=李秀英"},
        {"各位先生，请安静。", ""},
        {"田中太郎様\nいつもお世話になっております。", "PERSON=田中太郎"},
        {"資料を鈴木花子さんに渡しました。", "PERSON=鈴木花子"},
        {"当番：中村\xe3\x80\x80美咲さん", "PERSON=中村\xe3\x80\x80美咲"},
        {"息子さんは元気です。製品仕様を確認しました。", ""},
    };
    CHECK(c);
}

/* Korean 씨 and 님 after the name, a space between or none, a title between. Before: none. */
static void test_korean_honorifics_after(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"김민준 씨, 안녕하세요.", "PERSON=김민준"},
        {"한준호님 안녕하세요, 모임은 내일입니다.", "PERSON=한준호"},
        {"임현지 고객님, 주문하신 상품이 도착했습니다.", "PERSON=임현지"},
        {"선생님 안녕하세요. 아저씨가 왔어요. 오늘 씨앗을 심었다.", ""},
    };
    CHECK(c);
}

/* A Thai title written onto the name stays outside; a noun that opens with a title is none;
 * the name labels of Hindi and Thai. Before: the title inside, "विकास मिश्रा" left. */
static void test_thai_titles_and_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ชื่อ: นายสมชาย ศรีสุข\n", "PERSON=สมชาย ศรีสุข"},
        {"รายชื่อ: นางสาวกาญจนา ทองดี, ไปเที่ยว", "PERSON=กาญจนา ทองดี"},
        {"นายกรัฐมนตรี กล่าวว่า", ""},
        {"नाम: विकास मिश्रा\nशहर: लखनऊ\n", "PERSON=विकास मिश्रा"},
    };
    CHECK(c);
}

/* every prefix of the honorifics and titles, cut inside a character (the address sanitizer
 * build reads past no end) */
static void test_every_script64_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("王伟先生 田中様 김민준 씨 한준호님 김민준 과장님 นายสมชาย ศรีสุข นาง");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_script64_prefix_is_scanned_safely),
        cmocka_unit_test(test_cjk_honorifics_after),
        cmocka_unit_test(test_korean_honorifics_after),
        cmocka_unit_test(test_thai_titles_and_labels),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
