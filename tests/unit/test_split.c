/* test_split.c: anon_rewrite_par gives the bytes anon_rewrite gives, whatever the number of
 * threads and however the strings fall between them, names learnt late in the request included. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"
#include "anonymize/names.h"

static anon_engine_t *engine;

static int setup(void **state)
{
    (void)state;
    char err[256];
    engine = anon_engine_new(NULL, err, sizeof err);
    return engine ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_split_test_block(0);
    anon_engine_free(engine);
    return 0;
}

typedef struct result {
    int rc;
    anon_buf_t out;
    size_t total;
    char err[256];
    char tok_value[128]; /* what [PERSON_1] stands for, "" when nothing */
} result_t;

static void rewrite(const char *body, size_t len, unsigned thr, anon_body_kind_t kind, result_t *r)
{
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 1};
    anon_session_t *s = anon_session_new(engine);
    assert_non_null(s);
    memset(r, 0, sizeof *r);
    r->rc = anon_rewrite_par(s, kind, &o, (const uint8_t *)body, len, thr, &r->out, r->err,
                             sizeof r->err);
    /* a NUL after the bytes (not counted in len), so the tests may strstr() the output */
    assert_int_equal(anon_buf_append(&r->out, "", 1), 0);
    r->out.len--;
    r->total = anon_session_total(s);
    size_t vl = 0;
    const char *v = anon_session_lookup(s, "[PERSON_1]", 10, &vl);
    if (v && vl < sizeof r->tok_value)
        memcpy(r->tok_value, v, vl);
    anon_session_free(s);
}

/* The body rewritten on 1 thread and on 2, 3 and 4 with blocks of 1 and 16 calls: all equal.
 * Returns the sequential result (the caller frees its out). */
static void all_equal(const char *body, size_t len, anon_body_kind_t kind, result_t *seq)
{
    static const unsigned blocks[] = {1, 16};
    rewrite(body, len, 1, kind, seq);
    for (size_t b = 0; b < sizeof blocks / sizeof *blocks; b++) {
        anon_split_test_block(blocks[b]);
        for (unsigned t = 2; t <= 4; t++) {
            result_t par;
            rewrite(body, len, t, kind, &par);
            assert_int_equal(par.rc, seq->rc);
            assert_string_equal(par.err, seq->err);
            assert_int_equal(par.total, seq->total);
            assert_string_equal(par.tok_value, seq->tok_value);
            assert_int_equal(par.out.len, seq->out.len);
            assert_memory_equal(par.out.data, seq->out.data, seq->out.len);
            anon_buf_free(&par.out);
        }
    }
    anon_split_test_block(0);
}

static void append(anon_buf_t *b, const char *s)
{
    assert_int_equal(anon_buf_append(b, s, strlen(s)), 0);
}

/* A chat that names a person once, in a weak context the prescan does not read ("I met Maria
 * Quettel"), and uses the surname alone before and after, where alone it is no person. With blocks
 * of 1 a later bare surname is detected on another thread before the name is known there: the
 * sequential walk must detect it again, and does. */
static void test_split_name_learnt_late_is_propagated(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    append(&b, "{\"model\":\"m\",\"messages\":[");
    for (int i = 0; i < 40; i++) {
        char m[256];
        snprintf(m, sizeof m,
                 "%s{\"role\":\"user\",\"content\":\"Step %d: the Quettel build failed, "
                 "mail bob%d@example.com.\"}",
                 i ? "," : "", i, i);
        append(&b, m);
        if (i == 20)
            append(&b, ",{\"role\":\"user\",\"content\":\"I met Maria Quettel yesterday.\"}");
    }
    append(&b, "]}");
    result_t seq;
    all_equal((const char *)b.data, b.len, ANON_BODY_JSON, &seq);
    assert_int_equal(seq.rc, 0);
    assert_true(seq.total > 40);
    const char *o = (const char *)seq.out.data;
    assert_non_null(strstr(o, "Step 3: the Quettel build")); /* not a person yet */
    assert_non_null(strstr(o, "Step 30: the [PERSON_1] build"));
    assert_string_equal(seq.tok_value, "Maria Quettel");
    anon_buf_free(&seq.out);
    anon_buf_free(&b);
}

/* Nested JSON (tool-call arguments), numbers with labels, member names, data: URIs and base64
 * text: every kind of string the walk hands over, split between threads. */
static void test_split_every_kind_of_string(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    append(&b, "{\"messages\":[");
    for (int i = 0; i < 30; i++) {
        char m[1024];
        snprintf(m, sizeof m,
                 "%s{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{\"arguments\":"
                 "\"{\\\"fullName\\\":\\\"Anna Vogt\\\",\\\"ssn\\\":536228451,\\\"note\\\":"
                 "\\\"ip 10.0.%d.7\\\"}\"}}]},{\"role\":\"tool\",\"content\":\"data:text/"
                 "plain;base64,Y2FsbCBtZSBhdCBhbGljZUBleGFtcGxlLmNvbQ==\",\"phone\":4155550%03d,"
                 "\"alice%d@example.org\":\"key\"}",
                 i ? "," : "", i, 100 + i, i);
        append(&b, m);
    }
    append(&b, "]}");
    result_t seq;
    all_equal((const char *)b.data, b.len, ANON_BODY_JSON, &seq);
    assert_int_equal(seq.rc, 0);
    assert_true(seq.total >= 90);
    anon_buf_free(&seq.out);
    anon_buf_free(&b);
}

/* "Corwicka, Oliver": a surname's finding and a given name's, joined into one span by the
 * session. The split's findings are a copy and the sequential rewrite's its own array, joined in
 * place: the sequential one lost the join and left "Oliver" whole (found by bench_split). */
static void test_split_joined_surname_first_alike(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    append(&b, "{\"messages\":[");
    for (int i = 0; i < 24; i++) {
        char m[256];
        snprintf(m, sizeof m,
                 "%s{\"role\":\"user\",\"content\":\"pick order %d is Corwicka, Oliver, "
                 "Megan and Chloe\"}",
                 i ? "," : "", i);
        append(&b, m);
    }
    append(&b, "]}");
    result_t seq;
    all_equal((const char *)b.data, b.len, ANON_BODY_JSON, &seq);
    assert_int_equal(seq.rc, 0);
    const char *o = (const char *)seq.out.data;
    assert_null(strstr(o, "Oliver"));
    assert_null(strstr(o, "Corwicka"));
    assert_non_null(strstr(o, "pick order 23 is [PERSON_1], [PERSON_2] and [PERSON_3]"));
    anon_buf_free(&seq.out);
    anon_buf_free(&b);
}

/* Token-shaped text already in the request is reserved before the split: the numbers issued
 * skip it the same way. */
static void test_split_reserved_tokens_skipped_alike(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    append(&b,
           "{\"messages\":[{\"role\":\"user\",\"content\":\"earlier: [EMAIL_1] and [EMAIL_3]\"}");
    for (int i = 0; i < 20; i++) {
        char m[160];
        snprintf(m, sizeof m, ",{\"role\":\"user\",\"content\":\"write to u%d@example.com\"}", i);
        append(&b, m);
    }
    append(&b, "]}");
    result_t seq;
    all_equal((const char *)b.data, b.len, ANON_BODY_JSON, &seq);
    assert_non_null(strstr((const char *)seq.out.data, "[EMAIL_2]"));
    assert_non_null(strstr((const char *)seq.out.data, "[EMAIL_4]"));
    anon_buf_free(&seq.out);
    anon_buf_free(&b);
}

/* Bad JSON fails with the same code and message; a text body is the same bytes. */
static void test_split_errors_and_text_alike(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "{\"messages\":[{\"content\":\"a@b.example\"},{\"content\":\"x\"", "{\"a\":\"\\ud800\"}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        result_t seq;
        all_equal(bad[i], strlen(bad[i]), ANON_BODY_JSON, &seq);
        assert_true(seq.rc < 0);
        anon_buf_free(&seq.out);
    }
    const char *text = "Dear Maria Keller, call +1 415 555 0100 or mail maria@example.com";
    result_t seq;
    all_equal(text, strlen(text), ANON_BODY_TEXT, &seq);
    assert_true(seq.total >= 2);
    anon_buf_free(&seq.out);
}

/* The log a detection copy keeps: a name added later answers a logged miss when the word is
 * one of its words or runs of words, in any case, and not otherwise. */
static void test_known_log_answers_only_new_names(void **state)
{
    (void)state;
    anon_names_known_t *k = anon_names_known_new();
    assert_int_equal(anon_names_known_add(k, "Anna Vogt", 9), 0);
    anon_names_log_t log = {0};
    anon_names_known_t *c = anon_names_known_clone(k, &log);
    assert_non_null(c);
    assert_int_equal(anon_names_known_has(c, "Vogt", 4), 1); /* a hit: not logged */
    assert_int_equal(log.words.len, 0);
    assert_int_equal(anon_names_known_has(c, "Keller", 6), 0);
    assert_int_equal(anon_names_known_has(c, "Maria Keller", 12), 0);
    assert_int_equal(anon_names_known_has(c, "Kell", 4), 0);
    assert_int_equal(log.words.len, 3 + 6 + 12 + 4);
    size_t n0 = anon_names_known_count(k);
    assert_int_equal(anon_names_known_answers(k, n0, log.words.data, log.words.len), 0);
    assert_int_equal(anon_names_known_add(k, "Jan Kell", 8), 0);
    assert_int_equal(anon_names_known_answers(k, n0, log.words.data, log.words.len), 1);
    /* only names from n0 on are read: "Vogt" was answered already */
    assert_int_equal(anon_names_known_answers(k, n0 + 1, log.words.data, log.words.len), 0);
    anon_names_known_t *k2 = anon_names_known_new();
    assert_int_equal(anon_names_known_add(k2, "MARIA KELLER", 12), 0);
    assert_int_equal(anon_names_known_answers(k2, 0, log.words.data, log.words.len), 1);
    anon_names_known_t *k3 = anon_names_known_new();
    assert_int_equal(anon_names_known_add(k3, "Kellerman", 9), 0); /* no whole word: no answer */
    assert_int_equal(anon_names_known_answers(k3, 0, log.words.data, log.words.len), 0);
    anon_names_known_free(k3);
    anon_names_known_free(k2);
    anon_names_known_free(c);
    anon_names_known_free(k);
    anon_buf_free(&log.words);
}

/* Helper threads are kept for the next walk: walks one after another on up to 4 threads start
 * no more than 3 helpers in all, however many walks there are (a thread started per walk gave
 * each one a fresh glibc heap when the last one had not exited yet). */
/* State carried from one string to the next by the walk (rewrite_ctx.c): a tool's first page
 * holds a CSV header and its next pages only rows, read under that header; a label that ends one
 * text is read before the next. Every walk, a helper's included, walks the body from its start
 * and makes the same calls, so a helper detecting a later page holds the header too: the pages
 * come out as the sequential walk's, the rows masked. */
static void test_split_carried_header_and_label_alike(void **state)
{
    (void)state;
    static const char *const given[] = {"Kelwin", "Dorota", "Aino", "Bartek", "Ilse"};
    static const char *const sur[] = {"Holbach", "Wrzesniak", "Tuominen", "Vesterby", "Quandt"};
    anon_buf_t b = {0};
    append(&b, "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Check\"}");
    for (int i = 0; i < 24; i++) {
        char m[512];
        snprintf(m, sizeof m,
                 ",{\"role\":\"tool\",\"tool_call_id\":\"a%d\",\"content\":\"Nachname;"
                 "Vorname;Geburtsdatum;Abteilung\"},{\"role\":\"tool\",\"tool_call_id\":\"b%d\","
                 "\"content\":\"%s;%s;%02d.03.1987;Helpdesk\"},{\"role\":\"user\",\"content\":"
                 "\"Customer name:\"},{\"role\":\"user\",\"content\":\"%s %s\"}",
                 i, i, sur[i % 5], given[(i + 1) % 5], 1 + i, given[i % 5], sur[(i + 2) % 5]);
        append(&b, m);
    }
    append(&b, "]}");
    result_t seq;
    all_equal((const char *)b.data, b.len, ANON_BODY_JSON, &seq);
    assert_int_equal(seq.rc, 0);
    const char *o = (const char *)seq.out.data;
    for (int i = 0; i < 5; i++) {
        assert_null(strstr(o, given[i]));
        assert_null(strstr(o, sur[i]));
    }
    assert_null(strstr(o, ".03.1987"));
    assert_non_null(strstr(o, "Nachname;Vorname;Geburtsdatum;Abteilung"));
    anon_buf_free(&seq.out);
    anon_buf_free(&b);
}

static void test_split_helpers_are_reused(void **state)
{
    (void)state;
    const char *body = "{\"messages\":[{\"role\":\"user\",\"content\":\"Maria Keller wrote to "
                       "maria.keller@example.com\"},{\"role\":\"user\",\"content\":\"call "
                       "Keller at +49 30 1234567\"},{\"role\":\"user\",\"content\":\"ok\"}]}";
    anon_split_test_block(1);
    result_t seq;
    rewrite(body, strlen(body), 1, ANON_BODY_JSON, &seq);
    for (int i = 0; i < 40; i++) {
        result_t par;
        rewrite(body, strlen(body), 2 + (unsigned)i % 3, ANON_BODY_JSON, &par);
        assert_int_equal(par.out.len, seq.out.len);
        assert_memory_equal(par.out.data, seq.out.data, seq.out.len);
        anon_buf_free(&par.out);
    }
    anon_split_test_block(0);
    anon_buf_free(&seq.out);
    assert_true(anon_split_test_helpers() >= 1);
    assert_true(anon_split_test_helpers() <= 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split_name_learnt_late_is_propagated),
        cmocka_unit_test(test_split_every_kind_of_string),
        cmocka_unit_test(test_split_joined_surname_first_alike),
        cmocka_unit_test(test_split_reserved_tokens_skipped_alike),
        cmocka_unit_test(test_split_errors_and_text_alike),
        cmocka_unit_test(test_known_log_answers_only_new_names),
        cmocka_unit_test(test_split_carried_header_and_label_alike),
        cmocka_unit_test(test_split_helpers_are_reused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
