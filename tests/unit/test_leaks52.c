/* test_leaks52.c: phones that left in structured shapes after stop 51 (branch leaks52,
 * contrib/bench/accuracy/notes/leaks52.md). A Sheets/Excel `values` array whose header cell names
 * a phone ("Telefon", "Puhelin") labels its column, JSON numbers too (rewrite_table.c, num_cb); a
 * "value" member beside a "kind"/"type"/"system" that names a phone is read as a phone, a string
 * or a JSON number (rewrite.c id_label_member, phone_kind); the same shapes naming an order stay.
 * A bare 13-digit GTIN with a 4 prefix that passes Luhn is no card unless a card word stands
 * before it (validate.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rewrite_rt.h"

static void test_sheets_phone_number_column_masked_and_restored(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"range\":\"A1:C3\",\"values\":[[\"Name\",\"Telefon\","
                                      "\"Qty\"],[\"Anna Keller\",4917012345678,12],[\"Jonas "
                                      "Brandt\",\"01701234567\",3]]}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "4917012345678");
    lacks(r, "01701234567");
    has(r, "\"[PHONE_1]\",12]");
    restores(s, "Ruf [PHONE_1] an.", "Ruf 4917012345678 an.");
    anon_session_free(s);
    free(r);
}

static void test_sheets_column_in_finnish_masked(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"values\":[[\"Nimi\",\"Puhelin\"],[\"Aino Laine\","
                                      "\"358401234567\"]]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "358401234567");
    free(r);
}

static void test_sheets_number_column_without_phone_header_stays(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"values\":[[\"Item\",\"Order\"],[\"Widget\","
                                      "2025004512]]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    has(r, "2025004512]]");
    free(r);
}

static void test_kind_value_phone_number_masked_and_restored(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"contact_points\":[{\"kind\":\"mobile\",\"value\":"
                       "4917012345678},{\"kind\":\"order\",\"value\":2025004512}]}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "4917012345678");
    has(r, "{\"kind\":\"mobile\",\"value\":\"[PHONE_1]\"}");
    has(r, "{\"kind\":\"order\",\"value\":2025004512}");
    restores(s, "Call [PHONE_1].", "Call 4917012345678.");
    anon_session_free(s);
    free(r);
}

static void test_type_and_system_value_phone_strings_masked(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"a\":{\"type\":\"whatsapp\",\"value\":\"4917012345678\"},"
                                      "\"telecom\":[{\"system\":\"phone\",\"value\":"
                                      "\"4917012345670\"}]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "4917012345678");
    lacks(r, "4917012345670");
    free(r);
}

static void test_gtin_with_4_prefix_is_no_card_but_a_visa_word_keeps_it(void **st)
{
    (void)st;
    /* 4338373553486: a GTIN-13 (check digit 6) that also passes Luhn */
    char *r =
        rewrite(TOOL_OPEN "EAN 4338373553486, scan ok barcode=4338373553486" TOOL_CLOSE, NULL);
    lacks(r, "CREDIT_CARD");
    free(r);
    r = rewrite(TOOL_OPEN "paid with Visa 4338373553486" TOOL_CLOSE, NULL);
    has(r, "[CREDIT_CARD_1]");
    free(r);
}

static void test_value_before_its_phone_kind_masked(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"channels\":[{\"value\":4917012345678,\"kind\":"
                       "\"mobile\"},{\"value\":\"4917012345679\",\"type\":"
                       "\"Handy\"},{\"value\":2025004512,\"kind\":\"order\"}]}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "4917012345678");
    lacks(r, "4917012345679");
    has(r, "{\"value\":2025004512,\"kind\":\"order\"}");
    free(r);
}

static void test_number_keyed_by_an_unknown_name_masked_not_a_gtin(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"Zorvek Bramanioglu\":4917012345678,\"Qenost "
                                      "Dalria\":\"4917012345679\",\"Widget Pro\":"
                                      "4006381333931}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "4917012345678");
    lacks(r, "4917012345679");
    has(r, "4006381333931}");
    restores(s, "[PHONE_1]", "4917012345678");
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sheets_phone_number_column_masked_and_restored),
        cmocka_unit_test(test_sheets_column_in_finnish_masked),
        cmocka_unit_test(test_sheets_number_column_without_phone_header_stays),
        cmocka_unit_test(test_kind_value_phone_number_masked_and_restored),
        cmocka_unit_test(test_type_and_system_value_phone_strings_masked),
        cmocka_unit_test(test_gtin_with_4_prefix_is_no_card_but_a_visa_word_keeps_it),
        cmocka_unit_test(test_value_before_its_phone_kind_masked),
        cmocka_unit_test(test_number_keyed_by_an_unknown_name_masked_not_a_gtin),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
