/* test_phone63.c: a phone word glued before a grouped number's first group ("mob0910 798 685",
 * "mob.+420 736 008 545": anonymize/phone55.c) and the phone words declined or possessed
 * ("mobilnummeret mitt", "τηλέφωνό μου είναι", "tālruņa nr.", "n° de tél.": validate_phone.c's
 * labels, phone_labels.c's stems), OCR's S and B for 5 and 8 and misread phone words ("TEL::
 * +4B 812 992 077", "M0B.: 5339 5105") (branch phone63, contrib/bench/accuracy/notes/phone63.md);
 * short digit groups after code words and ids after their own words stay; every prefix of such a
 * message is scanned safely. */
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

/* A phone word typed against the number's first group, with or without '.', '+' or 00. */
static void test_glued_phone_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ahoj, moje mob.+420 736 008 545", "PHONE=+420 736 008 545"},
        {"moje mob0910 798 685 pls", "PHONE=0910 798 685"},
        {"ahoj moje mob00420 790 119 350 pls", "PHONE=00420 790 119 350"},
        {"TEL00420 790 119 350", "PHONE=00420 790 119 350"},
    };
    CHECK(c);
}

/* The phone words in the case or with the possessive the sentence needs. */
static void test_declined_phone_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"mit nummer er 31083578.", "PHONE=31083578"},
        {"n\xc2\xb0"
         " de t\xc3\xa9l. 06.39.96.03.96.",
         "PHONE=06.39.96.03.96"},
        {"mobilul meu: 0724.980.829;", "PHONE=0724.980.829"},
        {"\xcf\x84\xce\xbf \xcf\x84\xce\xb7\xce\xbb\xce\xad\xcf\x86\xcf\x89\xce\xbd\xcf\x8c "
         "\xce\xbc\xce\xbf\xcf\x85 \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 2310 506 174;",
         "PHONE=2310 506 174"},
        {"mobil\xc4\x81 t\xc4\x81lru\xc5\x86"
         "a nr. 25796878,",
         "PHONE=25796878"},
        {"telefonnummeret 921 04 120.", "PHONE=921 04 120"},
        {"mobilnummeret mitt 45787725.", "PHONE=45787725"},
    };
    CHECK(c);
}

/* OCR's S for 5 and B for 8 inside a number, and phone words misread ('0' for 'O', 'I' for 'l'). */
static void test_ocr_letters_and_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"TEL:: +4B 812 992 077", "PHONE=+4B 812 992 077"},
        {"HANDY . 030 944S 1036", "PHONE=030 944S 1036"},
        {"TEL . 0698334B76", "PHONE=0698334B76"},
        {"M0B.: 5339 5105", "PHONE=5339 5105"},
        {"TIF.\t967 39 411", "PHONE=967 39 411"},
        {"raksti talr29919707", "PHONE=29919707"},
        {"TILAUS 4758938O5", ""},
        {"Z\xc3\x81SILKA S860664B2597", ""},
        {"Order SB12345678", ""},
        {"BS 7671 S 12345678", ""},
        {"USB 3.0 SB 1234 5678", ""},
    };
    CHECK(c);
}

/* Digit groups glued to code words, and ids after their own words, stay. */
static void test_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"utf8 123 456", ""},
        {"sha256 1234 5678", ""},
        {"h264 1080 720", ""},
        {"order 6254581858, zam. 733336778", ""},
        {"Bestellung 91938498 um 17:00", ""},
        {"n\xc2\xb0"
         " de dossier 0581605670",
         ""},
    };
    CHECK(c);
}

static void test_every_phone63_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("ahoj, moje mob.+420 736 008 545\nmob0910 798 685 pls, mit nummer er "
                      "31083578. n\xc2\xb0"
                      " de t\xc3\xa9l. 06.39.96.03.96; TEL00420 790\nTEL:: +4B 812 992 O77 "
                      "M0B.: 5339 51");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_phone_word),
        cmocka_unit_test(test_declined_phone_words),
        cmocka_unit_test(test_ocr_letters_and_labels),
        cmocka_unit_test(test_lookalikes_stay),
        cmocka_unit_test(test_every_phone63_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
