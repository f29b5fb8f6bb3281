/* test_detect_phone44.c: numbers in a phone's shape that are ids, dates and references (stop 44,
 * branch phone44, contrib/bench/accuracy/notes/phone44.md): an id's label right before the
 * number (phone_labels.c), a phone word on the next line, a date written with spaces, a year
 * among slashes, a UPC's printed groups, 00 before a 0. Real phones under phone labels, after a
 * number word alone, after a dash and national ids under their own labels stay masked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static void test_numbers_after_an_id_label_are_no_phone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"6. Policy no.: 0321557396", ""},
        {"Kundennummer: 616 420 299", ""},
        {"Lab sample ID: 857 408 6301", ""},
        {"N\u00b0 de commande 70368457 \u2013 Facture n\u00b0 0581605670", ""},
        {"Diarienummer 680 113 450", ""},
        {"6. Versicherungsschein-Nr.: 659 101 517", ""},
        {"Polizza n.: 741 887 767", ""},
        {"Laskun numero 1343 7452 on maksettu", ""},
        {"24b. MFR CONTROL NO. 05-572148", ""},
        {"Claim reference: 666 712 372", ""},
        {"PRM: 0410 5188 8608 38", ""},
        {"Donor ID: 662 985 516", ""},
        {"ETKT NBR: 002 8567937947", ""},
        {"Faktura \u010d. 0934037805 ze dne 18/04/2021", ""},
        /* a table cell under an id's column */
        {"ts;door;badge;result\n2021-07-13 04:42;LOBBY;0438883403;GRANTED", ""},
        {"| Room | Folio | Balance |\n|---|---|---|\n| 378 | 0546659112 | 12,00 |", ""},
    };
    CHECK(def_engine, c);
}

static void test_phones_under_phone_labels_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tel.-Nr.: 0171 2345678", "PHONE=0171 2345678"},
        {"Notfall-Nr.: 0171 2345678", "PHONE=0171 2345678"},
        {"Kundenservice: 0800 123 4567", "PHONE=0800 123 4567"},
        {"meine Nummer ist 0171 2345678", "PHONE=0171 2345678"},
        {"Number: 0151 23456789", "PHONE=0151 23456789"},
        {"Tel. \u010d.: 601 234 567", "PHONE=601 234 567"},
        {"Facture n\u00b0 2024-113, t\u00e9l. 06 12 34 56 78", "PHONE=06 12 34 56 78"},
        {"Ref. art. 1240 du Code civil \u2013 01 43 35 13 64", "PHONE=01 43 35 13 64"},
        {"Nr tel. 22 123 45 67", "PHONE=22 123 45 67"},
        {"Service client : 01 23 45 67 89", "PHONE=01 23 45 67 89"},
        {"room;mobile\n101;0171 2345678", "PHONE=0171 2345678"},
        {"| Room | Folio | Phone |\n|---|---|---|\n| 378 | 546659 | 0171 2345678 |",
         "PHONE=0171 2345678"},
        /* an id's label does not reach a number that dials with '+' */
        {"Kundennummer: +49 171 2345678", "PHONE=+49 171 2345678"},
        /* a national id under its own label stays masked (most have no detector of their own) */
        {"PESEL: 04755909730", "PHONE=04755909730"},
    };
    CHECK(def_engine, c);
}

static void test_a_phone_word_on_the_next_line_labels_its_own_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"R\u00e9f\u00e9rence: 123 456 789\nFax: +33 1 23 45 67 89", "PHONE=+33 1 23 45 67 89"},
        {"Kundennummer: 597 731 722\nTelem\u00f3vel: 00351 968 145 728", "PHONE=00351 968 145 728"},
        /* on the same line the word after still labels it */
        {"reach us at 555 1234 office", "PHONE=555 1234"},
    };
    CHECK(def_engine, c);
}

static void test_dates_references_and_upcs_are_no_phone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"gueltig bis 09 05 2025", ""},
        {"Muster roll: 01 01 2023 19 02", ""},
        {"Business date 09 01 2023  Run at 19:29:28", ""},
        {"Numero pratica: 728/54/2021", ""},
        {"Reference 2022/2911/07 closed", ""},
        {"UPC 0 46343 03460 2", ""},
        {"ref 0001 3239 36", ""},
        /* French numbers in pairs stay, a year-like pair among them too */
        {"appelez le 06 12 20 24 56", "PHONE=06 12 20 24 56"},
        {"Tel. 01 42 68 53 00", "PHONE=01 42 68 53 00"},
        {"Tel. 030/12345-678", "PHONE=030/12345-678"},
    };
    CHECK(def_engine, c);
}

/* Phones after a phone word in shapes the validator refused (the lead, stop 44, from phone44's
 * misses): a country code in brackets, Danish and Norwegian pairs, an Italian mobile with a dash
 * or a slash. The same digits with no phone word before them stay text. */
static void test_bracketed_codes_pairs_and_italian_mobiles_after_a_phone_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tel. (+351) 932 110 203", "PHONE=(+351) 932 110 203"},
        {"Mob. (+45) 4037 0940", "PHONE=(+45) 4037 0940"},
        {"Tel. (+34) 956 58 45 20", "PHONE=(+34) 956 58 45 20"},
        {"Tlf. 33 87 70 88", "PHONE=33 87 70 88"},
        {"tel. 343-3596050", "PHONE=343-3596050"},
        {"Tel. 340/9162187", "PHONE=340/9162187"},
        /* no phone word */
        {"scores: 10 20 30 40", ""},
        {"ticket 33 87 70 88", ""},
        {"Ordine 343-3596050", ""},
        {"see (+1) above", ""},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbers_after_an_id_label_are_no_phone),
        cmocka_unit_test(test_phones_under_phone_labels_stay),
        cmocka_unit_test(test_a_phone_word_on_the_next_line_labels_its_own_value),
        cmocka_unit_test(test_dates_references_and_upcs_are_no_phone),
        cmocka_unit_test(test_bracketed_codes_pairs_and_italian_mobiles_after_a_phone_word),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
