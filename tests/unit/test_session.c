/* test_session.c: the value <-> token map of one request: numbering, reuse, reservation, lookup,
 * counts, and the token grammar shared with the restorer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <pthread.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"
#include "default_engine.h"

static size_t type_of(const char *name)
{
    for (size_t t = 0; t < anon_engine_ntypes(def_engine); t++)
        if (strcmp(anon_engine_type_name(def_engine, t), name) == 0)
            return t;
    fail_msg("no type %s", name);
    return 0;
}

/* scan text, return the output as a NUL-terminated string in buf */
static int scan(anon_session_t *s, const char *text, char *buf, size_t cap)
{
    anon_buf_t out = {0};
    int rc = anon_session_scan_text(s, text, strlen(text), &out);
    assert_true(out.len < cap);
    memcpy(buf, out.data ? (const char *)out.data : "", out.len);
    buf[out.len] = '\0';
    anon_buf_free(&out);
    return rc;
}

static void test_kept_type_is_counted_and_left_in_place(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    char out[512];
    assert_int_equal(anon_session_keep(s, type_of("EMAIL")), ANON_OK);
    const char *in = "mail alice@example.com, card 4111 1111 1111 1111, again alice@example.com";
    assert_int_equal(scan(s, in, out, sizeof out), 1); /* only the card was replaced */
    assert_string_equal(out,
                        "mail alice@example.com, card [CREDIT_CARD_1], again alice@example.com");
    assert_int_equal(anon_session_kept(s, type_of("EMAIL")), 2);
    assert_int_equal(anon_session_count(s, type_of("EMAIL")), 0);
    assert_int_equal(anon_session_count(s, type_of("CREDIT_CARD")), 1);
    assert_int_equal(anon_session_total(s), 1);
    assert_int_equal(anon_session_keep(s, 100000), ANON_ERR_CONFIG);
    anon_session_free(s);
}

static void test_email_becomes_numbered_token(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    char out[512];
    assert_int_equal(scan(s, "mail alice@example.com or bob@example.org", out, sizeof out), 2);
    assert_string_equal(out, "mail [EMAIL_1] or [EMAIL_2]");
    anon_session_free(s);
}

static void test_same_value_same_token_across_calls(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    char out[512];
    scan(s, "alice@example.com", out, sizeof out);
    assert_string_equal(out, "[EMAIL_1]");
    scan(s, "again: bob@x.io then alice@example.com", out, sizeof out);
    assert_string_equal(out, "again: [EMAIL_2] then [EMAIL_1]");
    assert_int_equal(anon_session_count(s, type_of("EMAIL")), 3);
    assert_int_equal(anon_session_total(s), 3);
    anon_session_free(s);
}

static void test_numbering_is_per_type(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    char out[512];
    scan(s, "a@b.com 4111 1111 1111 1111 c@d.com 10.1.2.3", out, sizeof out);
    assert_string_equal(out, "[EMAIL_1] [CREDIT_CARD_1] [EMAIL_2] [IPV4_1]");
    anon_session_free(s);
}

static void test_lookup_returns_original_value(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    char out[512];
    scan(s, "x alice@example.com y bob@example.org", out, sizeof out);
    size_t n = 0;
    const char *v = anon_session_lookup(s, "[EMAIL_2]", 9, &n);
    assert_non_null(v);
    assert_int_equal(n, strlen("bob@example.org"));
    assert_memory_equal(v, "bob@example.org", n);
    assert_null(anon_session_lookup(s, "[EMAIL_3]", 9, &n));
    assert_null(anon_session_lookup(s, "[PHONE_1]", 9, &n));
    assert_null(anon_session_lookup(s, "[EMAIL_2", 8, &n));
    assert_null(anon_session_lookup(s, "[EMAIL_02]", 10, &n));
    assert_null(anon_session_lookup(s, "[NOPE_1]", 8, &n));
    assert_null(anon_session_lookup(s, "[EMAIL_2]", 0, &n));
    assert_null(anon_session_lookup(s, "[EMAIL_2]x", 10, &n));
    anon_session_free(s);
}

static void test_reserved_tokens_are_skipped(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    const char *req = "the user literally wrote [EMAIL_1] and [EMAIL_3] and [FOO_2]";
    anon_session_reserve(s, req, strlen(req));
    char out[512];
    scan(s, "a@b.com c@d.com e@f.com", out, sizeof out);
    assert_string_equal(out, "[EMAIL_2] [EMAIL_4] [EMAIL_5]");
    /* the user's own [EMAIL_1] must never restore to anything */
    assert_null(anon_session_lookup(s, "[EMAIL_1]", 9, NULL));
    anon_session_free(s);
}

static void test_token_text_in_input_is_not_rescanned(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    char out[512];
    assert_int_equal(
        scan(s, "[EMAIL_1] [CREDIT_CARD_4111111111111111] [PHONE_5551234567]", out, sizeof out), 0);
    assert_string_equal(out, "[EMAIL_1] [CREDIT_CARD_4111111111111111] [PHONE_5551234567]");
    anon_session_free(s);
}

static void test_text_without_findings_is_copied(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    char out[512];
    assert_int_equal(scan(s, "Grüße aus Köln, nothing here: 42.", out, sizeof out), 0);
    assert_string_equal(out, "Grüße aus Köln, nothing here: 42.");
    assert_int_equal(anon_session_total(s), 0);
    anon_session_free(s);
}

static void test_invalid_utf8_is_refused(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    anon_buf_t out = {0};
    assert_int_equal(anon_session_scan_text(s, "a\xC3(b@c.com", 11, &out), ANON_ERR_ENCODING);
    anon_buf_free(&out);
    anon_session_free(s);
}

static void test_token_parse_grammar(void **state)
{
    (void)state;
    size_t tl, num;
    assert_int_equal(anon_token_parse("[CREDIT_CARD_12]x", 17, &tl, &num), 16);
    assert_int_equal(tl, strlen("CREDIT_CARD"));
    assert_int_equal(num, 12);
    assert_int_equal(anon_token_parse("[DE_TAX_ID_7]", 13, &tl, &num), 13);
    assert_int_equal(tl, strlen("DE_TAX_ID"));
    assert_int_equal(anon_token_parse("[EMAIL_0]", 9, &tl, &num), 0);
    assert_int_equal(anon_token_parse("[EMAIL_01]", 10, &tl, &num), 0);
    assert_int_equal(anon_token_parse("[email_1]", 9, &tl, &num), 0);
    assert_int_equal(anon_token_parse("[EMAIL_]", 8, &tl, &num), 0);
    assert_int_equal(anon_token_parse("[_1]", 4, &tl, &num), 0);
    assert_int_equal(anon_token_parse("[EMAIL_1", 8, &tl, &num), 0);
    assert_int_equal(anon_token_parse("[EMAIL_1A]", 10, &tl, &num), 0);
}

static void test_free_null_is_noop(void **state)
{
    (void)state;
    anon_session_free(NULL);
    assert_null(anon_session_new(NULL));
}

/* One engine, many threads: each thread's session sees exactly what a lone thread would. */
static const char thread_text[] =
    "Hi, I am Jürgen (juergen@example.de, +49 30 12345678). Card 4111 1111 1111 1111, IBAN "
    "DE89 3704 0044 0532 0130 00, server 10.1.2.3, key sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123"
    "456789abcd. Again: juergen@example.de.";
static const char thread_want[] =
    "Hi, I am [PERSON_1] ([EMAIL_1], [PHONE_1]). Card [CREDIT_CARD_1], IBAN [IBAN_1], server "
    "[IPV4_1], key [OPENAI_KEY_1]. Again: [EMAIL_1].";

static void *thread_main(void *arg)
{
    int *ok = arg;
    *ok = 1;
    for (int i = 0; i < 200 && *ok; i++) {
        anon_session_t *s = anon_session_new(def_engine);
        anon_buf_t out = {0};
        int n = anon_session_scan_text(s, thread_text, strlen(thread_text), &out);
        *ok =
            n == 8 && out.len == strlen(thread_want) && memcmp(out.data, thread_want, out.len) == 0;
        anon_buf_free(&out);
        anon_session_free(s);
    }
    return NULL;
}

static void test_engine_shared_by_threads(void **state)
{
    (void)state;
    pthread_t th[4];
    int ok[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&th[i], NULL, thread_main, &ok[i]), 0);
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        assert_true(ok[i]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_email_becomes_numbered_token),
        cmocka_unit_test(test_same_value_same_token_across_calls),
        cmocka_unit_test(test_numbering_is_per_type),
        cmocka_unit_test(test_lookup_returns_original_value),
        cmocka_unit_test(test_reserved_tokens_are_skipped),
        cmocka_unit_test(test_token_text_in_input_is_not_rescanned),
        cmocka_unit_test(test_text_without_findings_is_copied),
        cmocka_unit_test(test_invalid_utf8_is_refused),
        cmocka_unit_test(test_token_parse_grammar),
        cmocka_unit_test(test_free_null_is_noop),
        cmocka_unit_test(test_kept_type_is_counted_and_left_in_place),
        cmocka_unit_test(test_engine_shared_by_threads),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
