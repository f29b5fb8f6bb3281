/* test_rtl65.c: people named in Arabic, Persian, Urdu and Hebrew script (branch rtl65,
 * names_rtl65.c, contrib/bench/accuracy/notes/rtl65.md): a name after a title of the script
 * ("السيد", "آقای", "جناب", "מר"), after a label whose words hold a person word ("الاسم
 * الكامل:", "اسم العميل:", a JSON key, a table's name column), under a closing, after a greeting,
 * before "صاحب", a kunya, and the next items of a list are people, the title outside; a title
 * alone, a role noun after it, a firm's kunya, a place, a month and a word that is also a name
 * ("جميل", "סלע") are not. */
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

/* Arabic titles, chains, labels of two words, a kunya. Before: none of these names. */
static void test_arabic_titles_labels_kunya(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"السلام عليكم، السيد خالد الغامدي\nنود إبلاغكم بالموعد.", "PERSON=خالد الغامدي"},
        {"الاسم الكامل: ريم بنت مصطفى بن محمد العنزي\nالمدينة: الرياض\n",
         "PERSON=ريم بنت مصطفى بن محمد العنزي"},
        {"اسم العميل: عبد الرحمن آل الشيخ\nالمبلغ: ٢٠٠ ريال\n", "PERSON=عبد الرحمن آل الشيخ"},
        {"يا أبو خالد، الغداء في مطعم أبو شقرة.", "PERSON=أبو خالد"},
        {"حضرة السيد المدير، المكان جميل والخدمة ممتازة. راجع الدكتور المناوب.", ""},
    };
    CHECK(c);
}

/* Persian, Urdu and Hebrew: titles, a closing's signature, صاحب after, lists, a greeting.
 * Before: none of these names. */
static void test_persian_urdu_hebrew(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"سلام سرکار خانم نیلوفر تهرانی،\nجلسه در تهران است.", "PERSON=نیلوفر تهرانی"},
        {"با احترام،\nمهدی رامهیان\n", "PERSON=مهدی رامهیان"},
        {"عثمان قریشی صاحب نے بتایا کہ پارسل آ گیا ہے۔", "PERSON=عثمان قریشی"},
        {"فہرست: وقاص اعوان، فرحانہ قریشی اور نازیہ گیلانی۔",
         "PERSON=وقاص اعوان;PERSON=فرحانہ قریشی;PERSON=نازیہ گیلانی"},
        {"שלום מר יונתן אזולאי,\nהפגישה נקבעה.", "PERSON=יונתן אזולאי"},
        {"היי רועי, סלע גדול נפל על הכביש בחיפה.", "PERSON=רועי"},
        {"بڑے صاحب کا حکم۔ عید الفطر کی چھٹیاں۔ שאלה להרב של הקהילה.", ""},
    };
    CHECK(c);
}

/* A JSON key and a Markdown table's name column. Before: neither name. */
static void test_keys_and_tables(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"الاسم\": \"فهد بن محمد الدوسري\", \"المدينة\": \"جدة\"}",
         "PERSON=فهد بن محمد الدوسري"},
        {"| نام | سمت |\n|---|---|\n| سارا موسوی | مدیر |\n", "PERSON=سارا موسوی"},
    };
    CHECK(c);
}

/* every prefix of the cues, cut inside a character (the address sanitizer build reads past no
 * end) */
static void test_every_rtl65_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("الاسم: فهد بن محمد آل الشيخ\nمع التحية،\nخالد الغامدي\n| שם |\n|-|\n| "
                      "גב' דנה כהן |\nيا أبو عبد الرحمن، شکریہ، X صاحب ولد فہرست: آ، ب و");
    /* a word of the script at the text's second byte: the letter before it is asked at i - 2
     * (found by fuzz_json_rewrite: it read one byte before the text) */
    scan_every_prefix("(דנה כהן) «فهد» \"سارا\"");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_rtl65_prefix_is_scanned_safely),
        cmocka_unit_test(test_arabic_titles_labels_kunya),
        cmocka_unit_test(test_persian_urdu_hebrew),
        cmocka_unit_test(test_keys_and_tables),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
