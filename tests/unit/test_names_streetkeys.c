/* test_names_streetkeys.c: an address split over fields, each part under its own key: a street's
 * name under "street" / "addressLine1" / "Straße", a house number under "houseNumber" /
 * "hausnummer", and (JSON members only) a postcode under "zip" / "postalCode". As JSON members,
 * YAML lines, key=value pairs, XML elements and CSV columns; placeholders ("N/A", "yes", "") and
 * values of other shapes stay. Through the engine (anon_rewrite), as a request body is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "default_engine.h"

static void expect(anon_body_kind_t kind, const char *in, const char *want)
{
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    anon_buf_t out = {0};
    anon_rewrite_opts_t opts = {.add_instruction = 0};
    assert_int_equal(anon_rewrite(s, kind, &opts, (const uint8_t *)in, strlen(in), &out, NULL, 0),
                     ANON_OK);
    anon_buf_append(&out, "", 1);
    if (strcmp((const char *)out.data, want) != 0)
        fail_msg("in:   %s\nwant: %s\ngot:  %s", in, want, (const char *)out.data);
    anon_buf_free(&out);
    anon_session_free(s);
}

static void test_json_members(void **state)
{
    (void)state;
    expect(
        ANON_BODY_JSON,
        "{\"customer\":{\"street\":\"Hauptstra\303\237e\",\"houseNumber\":\"5\","
        "\"postalCode\":\"10115\",\"city\":\"Berlin\"}}",
        "{\"customer\":{\"street\":\"[STREET_ADDRESS_1]\",\"houseNumber\":\"[STREET_ADDRESS_2]\","
        "\"postalCode\":\"[STREET_ADDRESS_3]\",\"city\":\"Berlin\"}}");
    expect(ANON_BODY_JSON, "{\"address_line_1\":\"Baker Street\",\"street_number\":\"221b\"}",
           "{\"address_line_1\":\"[STREET_ADDRESS_1]\",\"street_number\":\"[STREET_ADDRESS_2]\"}");
    expect(ANON_BODY_JSON, "{\"Stra\303\237e\":\"Lindenweg\",\"zip\":\"NW1 6XE\"}",
           "{\"Stra\303\237e\":\"[STREET_ADDRESS_1]\",\"zip\":\"[STREET_ADDRESS_2]\"}");
}

static void test_json_members_that_stay(void **state)
{
    (void)state;
    static const char *const same[] = {
        "{\"street\":\"N/A\",\"zip\":\"\",\"houseNumber\":\"unknown\"}",
        "{\"street\":\"yes\",\"zip\":\"gzip\",\"postcode\":\"none\"}",
        "{\"street\":\"https://example.com/map\",\"houseNumber\":\"a very long note about it\"}",
        "{\"streetlight\":\"Baker Street\",\"zipper\":\"12\"}",
    };
    for (size_t i = 0; i < sizeof same / sizeof *same; i++)
        expect(ANON_BODY_JSON, same[i], same[i]);
}

static void test_text_fields(void **state)
{
    (void)state;
    expect(ANON_BODY_TEXT, "street: Hauptstra\303\237e\nhouse_number: 5\ncity: Berlin",
           "street: [STREET_ADDRESS_1]\nhouse_number: [STREET_ADDRESS_2]\ncity: Berlin");
    expect(ANON_BODY_TEXT, "street=\"Baker Street\" house_number=221b",
           "street=\"[STREET_ADDRESS_1]\" house_number=[STREET_ADDRESS_2]");
    expect(ANON_BODY_TEXT, "<street>Keizersgracht</street><houseNumber>123</houseNumber>",
           "<street>[STREET_ADDRESS_1]</street><houseNumber>[STREET_ADDRESS_2]</houseNumber>");
    expect(ANON_BODY_TEXT, "street,house_number,city\nLindenweg,12a,M\303\274nchen",
           "street,house_number,city\n[STREET_ADDRESS_1],[STREET_ADDRESS_2],M\303\274nchen");
    /* placeholders stay; a postcode alone under "ZIP:" in text is the postal rules' call */
    expect(ANON_BODY_TEXT, "street: yes\nstreet: n/a\nhouse_number: none",
           "street: yes\nstreet: n/a\nhouse_number: none");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_members),
        cmocka_unit_test(test_json_members_that_stay),
        cmocka_unit_test(test_text_fields),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
