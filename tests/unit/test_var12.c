/* test_var12.c: structured values split in ways var11's mutation corpus showed leaking (stop 34,
 * branch var12, contrib/bench/accuracy/notes/var12.md): a card, IBAN, phone or SSN whose groups
 * are joined by '/', '_' or '.', the same split over a JSON array's elements, an '@' written
 * "=40"; and their look-alikes, which stay: dates, paths and versions with the same separators,
 * arrays of coordinates, ports and sizes, non-Luhn ids, "limit=40", ISBNs and build numbers.
 * Through the engine (anon_find) and through the rewrite path (anon_rewrite of a chat body). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static void test_card_split_by_slash_underscore_or_array(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The card is 4539/1488/0343/6467 - thanks!", "CREDIT_CARD=4539/1488/0343/6467"},
        {"Die Karte ist 4111_1111_1111_1111 - danke!", "CREDIT_CARD=4111_1111_1111_1111"},
        {"Amex 3782_822463_10005 ok", "CREDIT_CARD=3782_822463_10005"},
        {"{\"card\": [4111, 1111, 1111, 1111]}", "CREDIT_CARD=4111, 1111, 1111, 1111"},
        {"{\"pan\": [\"5555\",\"5555\",\"5555\",\"4444\"]}",
         "CREDIT_CARD=5555\",\"5555\",\"5555\",\"4444"},
        /* not cards: a non-Luhn id, dates, paths, a port list, a longer array */
        {"order 1234/5678/9012/3456 shipped", ""},
        {"see /srv/4111/1111/1111/1111 and 2024/01/15", ""},
        {"{\"ports\": [5432, 6379, 8080, 9090]}", ""},
        {"{\"ids\": [4111, 1111, 1111, 1111, 2222]}", ""},
    };
    CHECK(def_engine, c);
}

static void test_iban_split_by_dot_slash_underscore_or_array(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"IBAN DE89.3704.0044.0532.0130.00 ok", "IBAN=DE89.3704.0044.0532.0130.00"},
        {"IBAN DE89/3704/0044/0532/0130/00 ok", "IBAN=DE89/3704/0044/0532/0130/00"},
        {"IBAN DE89_3704_0044_0532_0130_00 ok", "IBAN=DE89_3704_0044_0532_0130_00"},
        {"{\"iban\": [\"DE89\", \"3704\", \"0044\", \"0532\", \"0130\", \"00\"]}",
         "IBAN=DE89\", \"3704\", \"0044\", \"0532\", \"0130\", \"00"},
        /* a wrong check digit, a version tag */
        {"IBAN DE88_3704_0044_0532_0130_00 ok", ""},
        {"tag RC12.3704.0044.0532 built", ""},
    };
    CHECK(def_engine, c);
}

static void test_phone_split_by_slash_underscore_or_array(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"erreichbar unter +49/151/234/5678 - danke!", "PHONE=+49/151/234/5678"},
        {"joignable au +33_6_12_34_56_78 !", "PHONE=+33_6_12_34_56_78"},
        {"{\"phone\": [\"+1\", \"415\", \"555\", \"0132\"]}",
         "PHONE=+1\", \"415\", \"555\", \"0132"},
        /* a time zone offset, a score */
        {"{\"offset\": [\"+05\", \"30\"]}", ""},
        {"score +12/100/45 today", ""},
    };
    CHECK(def_engine, c);
}

static void test_ssn_split_after_its_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Her SSN is 536/22/8451 - thanks!", "US_SSN=536/22/8451"},
        {"Her SSN is 536.22.8451 - thanks!", "US_SSN=536.22.8451"},
        {"Ihre SSN ist 536_22_8451 - danke!", "US_SSN=536_22_8451"},
        {"Her SSN is 536 22-8451 - thanks!", "US_SSN=536 22-8451"},
        {"{\"ssn\": [536, 22, 8451]}", "US_SSN=536, 22, 8451"},
        {"My SSN is 085-0\n9-8375, thanks.", "US_SSN=085-0\n9-8375"},
        /* without its name: a ratio, an array of sizes; a date before a list's next item */
        {"(4) Geburtsdatum: 1969-07-30\n5) Geschlecht: M", "DATE_OF_BIRTH=1969-07-30"},
        {"ratio 536/22/8451 (train/val/test)", ""},
        {"{\"dims\": [640, 48, 1920]}", ""},
    };
    CHECK(def_engine, c);
}

static void test_card_wrapped_inside_a_group(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Meine Kartennummer ist 3423 025\n125 67022, danke.", "CREDIT_CARD=3423 025\n125 67022"},
        {"IBAN AT\u00b3\u00b2 \u00b2\u2074\u2070\u2078 \u2070\u2078\u2076\u2078 "
         "\u2075\u2070\u00b3\u00b9 \u00b2\u2074\u2077\u2078, ok",
         "IBAN=AT\u00b3\u00b2 \u00b2\u2074\u2070\u2078 \u2070\u2078\u2076\u2078 "
         "\u2075\u2070\u00b3\u00b9 \u00b2\u2074\u2077\u2078"},
        /* a column of numbers, each on its own line; two groups of four split between lines */
        {"3423 025\n125 67022\n", ""},
        {"My card number is 4111 1111\n1111 1111, thanks.", "CREDIT_CARD=4111 1111\n1111 1111"},
    };
    CHECK(def_engine, c);
}

static void test_email_with_an_encoded_at(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Contact maria.keller=40posteo.de - thanks!", "EMAIL=maria.keller=40posteo.de"},
        /* a query, a CSS size, a file name */
        {"GET /api/v2/items?limit=40&offset=10 HTTP/1.1", ""},
        {"<img src=\"a.png\" width=40px>", ""},
        {"f=40img.png and x=40.5", ""},
    };
    CHECK(def_engine, c);
}

static void test_isbn_and_build_numbers_are_no_phone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Note: ISBN 978 0 2935 4357 8 - thanks!", ""},
        {"Hinweis: ISBN\u00a0978\u00a01\u00a04028\u00a09462\u00a03 - danke!", ""},
        {"Note: build 483 285 3823 - thanks!", ""},
        {"Note: build\u00a0483\u00a0285\u00a03823 - thanks!", ""},
        /* a phone after other words still is one */
        {"call 415 555 0132 now", "PHONE=415 555 0132"},
    };
    CHECK(def_engine, c);
}

/* The chat body goes out without the value's digits, with the look-alike whole. */
static void rewrite_check(const char *content, const char *gone, const char *kept)
{
    anon_buf_t fwd = {0};
    anon_session_t *s = chat_rewrite(content, &fwd);
    if (gone)
        assert_null(memmem(fwd.data, fwd.len, gone, strlen(gone)));
    if (kept)
        assert_non_null(memmem(fwd.data, fwd.len, kept, strlen(kept)));
    anon_buf_free(&fwd);
    anon_session_free(s);
}

static void test_rewrite_masks_split_values_and_keeps_look_alikes(void **state)
{
    (void)state;
    rewrite_check("card 4539/1488/0343/6467 and 2024/01/15", "1488", "2024/01/15");
    /* (a message that is all JSON is walked member by member: an array's elements one by one,
     * notes/var12.md) */
    rewrite_check("payload: {\\\"card\\\": [4111, 1111, 1111, 1111], \\\"ports\\\": [5432, 6379]}",
                  "4111", "[5432, 6379]");
    rewrite_check("IBAN DE89_3704_0044_0532_0130_00, v1_2_3", "0532", "v1_2_3");
    rewrite_check("payload: {\\\"tel\\\": [\\\"+49\\\", \\\"151\\\", \\\"234\\\", \\\"5678\\\"]}",
                  "5678", NULL);
    rewrite_check("SSN is 536.22.8451, ISBN 978 0 2935 4357 8", "8451", "978 0 2935 4357 8");
    rewrite_check("mail maria.keller=40posteo.de, limit=40", "keller", "limit=40");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_card_split_by_slash_underscore_or_array),
        cmocka_unit_test(test_iban_split_by_dot_slash_underscore_or_array),
        cmocka_unit_test(test_phone_split_by_slash_underscore_or_array),
        cmocka_unit_test(test_ssn_split_after_its_name),
        cmocka_unit_test(test_card_wrapped_inside_a_group),
        cmocka_unit_test(test_email_with_an_encoded_at),
        cmocka_unit_test(test_isbn_and_build_numbers_are_no_phone),
        cmocka_unit_test(test_rewrite_masks_split_values_and_keeps_look_alikes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
