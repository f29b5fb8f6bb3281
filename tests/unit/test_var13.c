/* test_var13.c: a value written as a JSON array of its groups in a message that is JSON itself
 * (stop 35, branch var13, contrib/bench/accuracy/notes/var13.md). The rewriter offers such an
 * array whole (rewrite_array.c): a card, IBAN, phone or SSN leaves as one token per element, the
 * JSON stays valid and the restorer gives the groups back in place; ports, versions, colours,
 * dates, sizes (under a phone-like key too), a bounding box that passes Luhn by chance,
 * time-zone offsets and matrices stay as they are. Through anon_rewrite and the walker. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "anonymize/json_rewrite.h"
#include "findings.h"
#include "default_engine.h"

/* body = {"model":"m","messages":[{"role":"user","content":"<content>"}]} rewritten */
static char *rewrite(anon_session_t *s, const char *content, int instruction)
{
    char req[2048];
    int k = snprintf(req, sizeof req,
                     "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"%s\"}]}",
                     content);
    assert_true(k > 0 && (size_t)k < sizeof req);
    anon_buf_t fwd = {0};
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI, .add_instruction = instruction};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)req, strlen(req), &fwd, NULL, 0), 0);
    char *r = calloc(1, fwd.len + 1);
    assert_non_null(r);
    memcpy(r, fwd.data, fwd.len);
    anon_buf_free(&fwd);
    return r;
}

static void gone(const char *content, const char *const *groups, size_t ng)
{
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    char *o = rewrite(s, content, 0);
    for (size_t i = 0; i < ng; i++)
        if (strstr(o, groups[i]))
            fail_msg("\"%s\" left in %s", groups[i], o);
    free(o);
    anon_session_free(s);
}

static void kept(const char *content)
{
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    char *o = rewrite(s, content, 0);
    if (!strstr(o, content))
        fail_msg("changed: %s", o);
    free(o);
    anon_session_free(s);
}

#define GONE(content, ...)                                                                         \
    do {                                                                                           \
        static const char *const g_[] = {__VA_ARGS__};                                             \
        gone(content, g_, sizeof g_ / sizeof *g_);                                                 \
    } while (0)

static void test_card_arrays_of_numbers_and_strings_masked(void **state)
{
    (void)state;
    GONE("{\\\"pan\\\": [4111, 1111, 1111, 1111]}", "4111", "1111");
    GONE("{\\\"cardNumber\\\": [\\\"5555\\\",\\\"5555\\\",\\\"5555\\\",\\\"4444\\\"]}", "5555",
         "4444");
    /* Amex 4-6-5 under a key deeper in the object, pretty-printed over lines */
    GONE("{\\\"order\\\": {\\\"payment_card\\\": [\\n  3782,\\n  822463,\\n  10005\\n]}}", "3782",
         "822463", "10005");
    /* tool-call arguments: JSON text in a JSON string in the content */
    GONE("{\\\"name\\\": \\\"pay\\\", \\\"arguments\\\": \\\"{\\\\\\\"card\\\\\\\": [4111, "
         "1111, 1111, 1111]}\\\"}",
         "4111", "1111");
}

static void test_iban_phone_ssn_arrays_masked(void **state)
{
    (void)state;
    GONE("{\\\"iban\\\": [\\\"DE89\\\", \\\"3704\\\", \\\"0044\\\", \\\"0532\\\", \\\"0130\\\", "
         "\\\"00\\\"]}",
         "DE89", "3704", "0532", "0130");
    /* no key that names it: the country code and mod 97 decide */
    GONE("{\\\"parts\\\": [\\\"GB82\\\", \\\"WEST\\\", \\\"1234\\\", \\\"5698\\\", \\\"7654\\\", "
         "\\\"32\\\"]}",
         "GB82", "WEST", "5698", "7654");
    GONE("{\\\"mobile\\\": [\\\"+49\\\", \\\"151\\\", \\\"234\\\", \\\"5678\\\"]}", "151", "5678");
    GONE("{\\\"tel\\\": [\\\"+33\\\", \\\"6\\\", \\\"12\\\", \\\"34\\\", \\\"56\\\", \\\"78\\\"]}",
         "+33");
    GONE("{\\\"ssn\\\": [536, 22, 8451]}", "536", "8451");
    GONE("{\\\"taxId\\\": [\\\"412\\\", \\\"53\\\", \\\"7790\\\"]}", "412", "7790");
}

static void test_array_look_alikes_kept(void **state)
{
    (void)state;
    kept("{\\\"ports\\\": [5432, 6379, 8080, 9090]}");
    kept("{\\\"version\\\": [1, 4, 2]}");
    kept("{\\\"rgb\\\": [255, 128, 0]}");
    kept("{\\\"date\\\": [2024, 1, 15]}");
    kept("{\\\"size\\\": [1920, 1080]}");
    kept("{\\\"mobile\\\": [390, 844]}");             /* a viewport under a phone-like key */
    kept("{\\\"bbox\\\": [4000, 1000, 1000, 1009]}"); /* joins to a Luhn-valid 16 digits */
    kept("{\\\"ids\\\": [4111, 1111, 1111, 1112]}");
    kept("{\\\"offset\\\": [\\\"+05\\\", \\\"30\\\"]}");
    kept("{\\\"kernel\\\": [[1, 0, 1], [0, 1, 0]]}");
    kept("{\\\"dims\\\": [536, 22, 8451]}");         /* 3-2-4, but no SSN's key */
    kept("{\\\"pan\\\": [4111, 1111, 1111, 1112]}"); /* named a card, fails Luhn */
}

/* Each element holds its own token: the forwarded JSON is valid and the restorer gives every
 * group back in its place (a number as a string, as a card number's token always was). */
static void test_array_round_trip(void **state)
{
    (void)state;
    static const struct {
        const char *content, *restored;
    } c[] = {
        {"{\\\"iban\\\": [\\\"DE89\\\", \\\"3704\\\", \\\"0044\\\", \\\"0532\\\", \\\"0130\\\", "
         "\\\"00\\\"], \\\"n\\\": 1}",
         NULL},
        {"{\\\"mobile\\\": [\\\"+49\\\",\\\"151\\\",\\\"234\\\",\\\"5678\\\"]}", NULL},
        {"{\\\"pan\\\": [4111, 1111, 1111, 1111]}",
         "{\\\"pan\\\": [\\\"4111\\\", \\\"1111\\\", \\\"1111\\\", \\\"1111\\\"]}"},
    };
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        anon_session_t *s = anon_session_new(def_engine);
        assert_non_null(s);
        char *o = rewrite(s, c[i].content, 0);
        assert_null(strstr(o, "\\\"0532\\\""));
        assert_null(strstr(o, "\\\"5678\\\""));
        assert_null(strstr(o, "1111"));
        /* valid JSON, and so is its content */
        anon_json_walker_t w = {0};
        assert_int_equal(anon_json_rewrite(&w, (const uint8_t *)o, strlen(o), NULL, NULL), 0);
        anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_JSON, ANON_PROFILE_OPENAI);
        anon_buf_t back = {0};
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)o, strlen(o), &back), 0);
        assert_int_equal(anon_restorer_finish(r, &back), 0);
        char want[2048];
        snprintf(want, sizeof want,
                 "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"%s\"}]}",
                 c[i].restored ? c[i].restored : c[i].content);
        assert_int_equal(back.len, strlen(want));
        assert_memory_equal(back.data, want, back.len);
        anon_buf_free(&back);
        anon_restorer_free(r);
        free(o);
        anon_session_free(s);
    }
}

/* A value wrapped after a trailing space, or onto a line that opens with an e-mail's quote
 * marks or a Markdown item's indent; a column of numbers, and counts after no word, stay. */
static void test_wrapped_after_a_space_a_quote_or_an_indent(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Die Karte ist 4111 1111 \n1111 1111 - danke", "CREDIT_CARD=4111 1111 \n1111 1111"},
        {"ruf mich an unter +49 151 \n234 5678 - danke", "PHONE=+49 151 \n234 5678"},
        {"> The card is 4111 1111\n> 1111 1111\n> thanks", "CREDIT_CARD=4111 1111\n> 1111 1111"},
        {"- **IBAN**: DE89 3704 0044\n  0532 0130 00\n- BIC: X",
         "IBAN=DE89 3704 0044\n  0532 0130 00"},
        {"IBAN GB82 WEST 1234\n> 5698 7654 32 ok", "IBAN=GB82 WEST 1234\n> 5698 7654 32"},
        /* no word before the groups, not Luhn, counts in prose */
        {"> 4111 1111\n> 1111 1111", ""},
        {"> The id is 4111 1111\n> 1111 1112 ok", ""},
        {"> totals: 1234\n> 5678 (last week)", ""},
        {"We counted 12 3456 \n789 units", ""},
    };
    CHECK(def_engine, c);
}

/* The walker offers only short arrays and keeps the bytes of one its callback declines. */
static int offered;
static int decline(void *arg, const anon_json_path_t *path, const uint8_t *raw, size_t n,
                   anon_buf_t *out, size_t *changes)
{
    (void)arg;
    (void)path;
    (void)raw;
    (void)n;
    (void)out;
    (void)changes;
    offered++;
    return 0;
}

static void test_walker_offers_short_scalar_arrays_only(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        int offers;
    } c[] = {
        {"{\"a\": [1, 2], \"b\": [\"x1\", \"+49\"]}", 2},
        {"[[1, 2], [3, 4]]", 2},               /* the inner ones */
        {"[1]", 0},                            /* one element */
        {"[1, 2, 3, 4, 5, 6, 7, 8, 9]", 0},    /* nine */
        {"[1234567, 2]", 1},                   /* seven digits (a phone's number, where53) */
        {"[1234567890123456, 2]", 0},          /* sixteen */
        {"[\"5538 4815\", \"2969 4962\"]", 1}, /* digit groups (where53) */
        {"[1.5, 2]", 0},                       /* a fraction */
        {"[-1, 2]", 0},                        /* a sign */
        {"[\"a b\", \"c\"]", 0},               /* a space in a string */
        {"[\"\\u0031\", \"2\"]", 0},           /* an escape */
        {"[true, 1]", 0},
    };
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        offered = 0;
        anon_json_walker_t w = {.arr = decline};
        anon_buf_t out = {0};
        assert_int_equal(
            anon_json_rewrite(&w, (const uint8_t *)c[i].in, strlen(c[i].in), &out, NULL), 0);
        assert_int_equal(offered, c[i].offers);
        assert_int_equal(out.len, strlen(c[i].in));
        assert_memory_equal(out.data, c[i].in, out.len);
        anon_buf_free(&out);
    }
    /* invalid JSON stays invalid with the callback */
    anon_json_walker_t w = {.arr = decline};
    assert_int_equal(anon_json_rewrite(&w, (const uint8_t *)"[01, 2]", 7, NULL, NULL),
                     ANON_ERR_JSON);
    assert_int_equal(anon_json_rewrite(&w, (const uint8_t *)"[1, 2", 5, NULL, NULL), ANON_ERR_JSON);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_card_arrays_of_numbers_and_strings_masked),
        cmocka_unit_test(test_iban_phone_ssn_arrays_masked),
        cmocka_unit_test(test_array_look_alikes_kept),
        cmocka_unit_test(test_array_round_trip),
        cmocka_unit_test(test_wrapped_after_a_space_a_quote_or_an_indent),
        cmocka_unit_test(test_walker_offers_short_scalar_arrays_only),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
