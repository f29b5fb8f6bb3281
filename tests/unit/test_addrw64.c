/* test_addrw64.c: addresses in non-Latin scripts in the country's order (branch addrw64,
 * names_addrw64.c, contrib/bench/accuracy/notes/addrw64.md): a Russian, Hebrew, Persian, Hindi,
 * Thai, Chinese, Japanese or Korean address is one span from its postcode or town to its flat,
 * without the label before it; a street, a station, a room or an order number of the same
 * script with no house is not. PERSON is left out of the rendering. */
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

#define NAMES_SKIP_TYPE "PERSON"
#include "names_cases.h"

/* Cyrillic, Hebrew, Persian and Hindi addresses after a label. Before: none of them. */
static void test_script_addresses(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Адрес доставки: 420111, г. Казань, ул. Ленина, д. 5, кв. 12\nспасибо",
         "STREET_ADDRESS=420111, г. Казань, ул. Ленина, д. 5, кв. 12"},
        {"Проживает по адресу ул. Садовая, д. 14, кв. 3\n",
         "STREET_ADDRESS=ул. Садовая, д. 14, кв. 3"},
        {"כתובת למשלוח: רחוב הרצל 12, תל אביב\n", "STREET_ADDRESS=רחוב הרצל 12, תל אביב"},
        {"نشانی: تهران، خیابان ولیعصر، کوچه 12، پلاک 5\n",
         "STREET_ADDRESS=تهران، خیابان ولیعصر، کوچه 12، پلاک 5"},
        {"पता: मकान नं. 12, गांधी मार्ग, लाजपत नगर, नई दिल्ली 110024\n",
         "STREET_ADDRESS=मकान नं. 12, गांधी मार्ग, लाजपत नगर, नई दिल्ली 110024"},
        {"ที่อยู่: 123/45 ซอยสุขุมวิท 21 ถนนสุขุมวิท กรุงเทพฯ 10110\n",
         "STREET_ADDRESS=123/45 ซอยสุขุมวิท 21 ถนนสุขุมวิท กรุงเทพฯ 10110"},
    };
    CHECK(c);
}

/* CJK and Hangul: the number glued to its street word. Before: none of them. */
static void test_cjk_addresses(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"收货地址：北京市海淀区中关村大街27号3号楼502室\n",
         "STREET_ADDRESS=北京市海淀区中关村大街27号3号楼502室"},
        {"お届け先: 〒100-0001 東京都千代田区千代田1丁目2番3号\n",
         "STREET_ADDRESS=〒100-0001 東京都千代田区千代田1丁目2番3号"},
        {"住所: 大阪府大阪市北区梅田3-1-1\n", "STREET_ADDRESS=大阪府大阪市北区梅田3-1-1"},
        {"배송지: (06236) 서울특별시 강남구 테헤란로 152, 12층\n",
         "STREET_ADDRESS=(06236) 서울특별시 강남구 테헤란로 152, 12층"},
        {"通訊地址：台北市信義區松仁路100號5樓\n", "STREET_ADDRESS=台北市信義區松仁路100號5樓"},
    };
    CHECK(c);
}

/* Places, rooms, order numbers and dates in the same scripts are no address. */
static void test_lookalikes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Станция рядом: Невский проспект; заказ № 45-1023", ""},
        {"комната: кв. 12", ""},
        {"附近：北京西站\n订单号 2024051812345\n日期：2024年5月18日", ""},
        {"最寄り：新宿駅, 302号室, 注文番号 249-5512871, 令和6年5月18日", ""},
        {"근처: 강남역, 101동, 주문번호 2024-0518-77, 2024년 5월 18일", ""},
        {"ליד תחנת סבידור מרכז, הזמנה 88123", ""},
        {"집에서 버스로 10분, 지하철로 5 정거장 걸려요. 주소는 나중에", ""},
        {"从地铁站走路5分钟，我知道3个人住在这条街1楼", ""},
        {"কাছে: মিরপুর রোড. অর্ডার নং 5512", ""},
    };
    CHECK(c);
}

/* Thai with no stop for more than the reach before the number: the address's span starts and
 * ends on whole characters, and the rewritten body is valid UTF-8. Before: the span opened on a
 * character's last byte and the body sent on held a split sequence. */
static void test_span_on_whole_characters(void **state)
{
    (void)state;
    char text[2048];
    for (size_t shift = 0; shift < 3; shift++) {
        size_t o = 0;
        for (size_t k = 0; k < shift; k++)
            text[o++] = 'x';
        for (size_t k = 0; k < 120; k++) { /* "ที่" and "จัง" over and over: no stop, no space */
            static const char w[] = "\xe0\xb8\x88\xe0\xb8\xb1\xe0\xb8\x87";
            memcpy(text + o, w, sizeof w - 1);
            o += sizeof w - 1;
        }
        static const char tail[] = "ซอยสุขุมวิท 21 ถนนสุขุมวิท กรุงเทพฯ 10110\n";
        memcpy(text + o, tail, sizeof tail);
        anon_finding_t *f = NULL;
        size_t n = 0;
        assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
        int street = 0;
        for (size_t i = 0; i < n; i++) {
            print_message("shift %zu: %zu..%zu\n", shift, f[i].start, f[i].end);
            assert_true(((uint8_t)text[f[i].start] & 0xC0) != 0x80);
            assert_true(f[i].end == strlen(text) || ((uint8_t)text[f[i].end] & 0xC0) != 0x80);
            street |= strcmp(anon_engine_type_name(eng, f[i].type), "STREET_ADDRESS") == 0;
        }
        assert_true(street);
        free(f);
    }
}

/* every prefix of script addresses, cut inside a character, a stop or a number */
static void test_every_address_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix(
        "Адрес：420111, г. Казань, ул. Ленина, д. 5\n收货地址：北京市中关村大街27号\n"
        "〒100-0001 東京都千代田区1丁目2番3号 - 테헤란로 152 \"ул. „Витоша“ № 4\". رہ 5");
    /* a stop at the text's first byte: the letter before it is none (found by fuzz_names) */
    scan_every_prefix(". 5, ул. Ленина\n");
    scan_every_prefix(".  5 ул. Ленина, д. 5");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_address_prefix_is_scanned_safely),
        cmocka_unit_test(test_script_addresses),
        cmocka_unit_test(test_cjk_addresses),
        cmocka_unit_test(test_lookalikes),
        cmocka_unit_test(test_span_on_whole_characters),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
