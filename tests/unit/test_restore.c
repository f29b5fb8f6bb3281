/* test_restore.c: tokens back to values in text and JSON responses, held back across pieces,
 * escaped for each JSON level they land in; restore(rewrite(body)) gives back every value. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "anonymize/json_rewrite.h"
#include "anonymize/restore.h"

/* The fake session: token i+1 of type T stands for vals[i]. */
static const char *const toks[] = {"[EMAIL_1]", "[NAME_1]", "[PATH_1]",
                                   "[TEXT_1]",  "[UNI_1]",  "[EMAIL_2]"};
static const char *const vals[] = {"alice@example.com",
                                   "Bob \"the\" O'Neil",
                                   "C:\\tmp\\x",
                                   "line1\nline2\ttab\x01",
                                   "Zo\xc3\xab \xf0\x9f\x98\x80 \xe2\x82\xac",
                                   "b@x.org"};
#define NTOK (sizeof toks / sizeof *toks)

static const char *fake_lookup(void *arg, const char *t, size_t n, size_t *vl)
{
    int *calls = arg;
    if (calls)
        (*calls)++;
    for (size_t i = 0; i < NTOK; i++)
        if (strlen(toks[i]) == n && memcmp(toks[i], t, n) == 0) {
            *vl = strlen(vals[i]);
            return vals[i];
        }
    return NULL;
}

static const anon_lookup_t LK = {fake_lookup, NULL};

static char *run(anon_resp_kind_t kind, const char *in, size_t chunk)
{
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, kind, ANON_PROFILE_GENERIC);
    assert_non_null(r);
    anon_buf_t out = {0};
    size_t n = strlen(in);
    for (size_t i = 0; i < n; i += chunk)
        assert_int_equal(
            anon_restorer_feed(r, (const uint8_t *)in + i, n - i < chunk ? n - i : chunk, &out), 0);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    anon_restorer_free(r);
    char *s = malloc(out.len + 1);
    if (out.len)
        memcpy(s, out.data, out.len);
    s[out.len] = 0;
    anon_buf_free(&out);
    return s;
}

static void test_token_grammar(void **st)
{
    (void)st;
    size_t l = 0;
    assert_int_equal(anon_tok_match("[EMAIL_1]", 9, &l), ANON_TOK_FULL);
    assert_int_equal(l, 9);
    assert_int_equal(anon_tok_match("[EMAIL_12] x", 12, &l), ANON_TOK_FULL);
    assert_int_equal(l, 10);
    assert_int_equal(anon_tok_match("[US_SSN_3]", 10, &l), ANON_TOK_FULL);
    assert_int_equal(anon_tok_match("[EMAIL_", 7, &l), ANON_TOK_PREFIX);
    assert_int_equal(anon_tok_match("[", 1, &l), ANON_TOK_PREFIX);
    assert_int_equal(anon_tok_match("[email_1]", 9, &l), ANON_TOK_NO);
    assert_int_equal(anon_tok_match("[EMAIL_01]", 10, &l), ANON_TOK_NO);
    assert_int_equal(anon_tok_match("[EMAIL]", 7, &l), ANON_TOK_NO);
    assert_int_equal(anon_tok_match("[_1]", 4, &l), ANON_TOK_NO);
    assert_int_equal(anon_tok_match("[1_1]", 5, &l), ANON_TOK_NO);
    assert_int_equal(anon_tok_match("[EMAIL 1]", 9, &l), ANON_TOK_NO);
    char big[80];
    big[0] = '[';
    memset(big + 1, 'A', 62);
    memcpy(big + 63, "_1]", 3);
    assert_int_equal(anon_tok_match(big, 63, &l), ANON_TOK_PREFIX); /* 63 bytes could still end */
    assert_int_equal(anon_tok_match(big, 64, &l), ANON_TOK_NO);     /* 64 without ']' cannot */
    memcpy(big + 60, "_1]", 3);
    assert_int_equal(anon_tok_match(big, 63, &l), ANON_TOK_FULL); /* 63-byte token */
}

static void test_text_tokens_restored_unknown_kept(void **st)
{
    (void)st;
    char *o = run(ANON_RESP_TEXT, "Mail [EMAIL_1] or [EMAIL_9], [not a token] [NAME_1].", 1000);
    assert_string_equal(o,
                        "Mail alice@example.com or [EMAIL_9], [not a token] Bob \"the\" O'Neil.");
    free(o);
}

static void test_text_split_at_every_offset_same_output(void **st)
{
    (void)st;
    const char *in = "[[EMAIL_1]][EMAIL_1][EMAIL_2 [PATH_1][ [UNI_1]x[TEXT_1][EMAIL_1";
    char *want = run(ANON_RESP_TEXT, in, 100000);
    assert_string_equal(want, "[alice@example.com]alice@example.com[EMAIL_2 C:\\tmp\\x[ Zo\xc3\xab "
                              "\xf0\x9f\x98\x80 \xe2\x82\xac"
                              "xline1\nline2\ttab\x01[EMAIL_1");
    for (size_t c = 1; c < strlen(in); c++) {
        char *o = run(ANON_RESP_TEXT, in, c);
        assert_string_equal(o, want);
        free(o);
    }
    /* and at every single offset into two pieces */
    size_t n = strlen(in);
    for (size_t cut = 0; cut <= n; cut++) {
        anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
        anon_buf_t out = {0};
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)in, cut, &out), 0);
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)in + cut, n - cut, &out), 0);
        assert_int_equal(anon_restorer_finish(r, &out), 0);
        assert_int_equal(out.len, strlen(want));
        assert_memory_equal(out.data, want, out.len);
        anon_buf_free(&out);
        anon_restorer_free(r);
    }
    free(want);
}

/* What models do to tokens: every unambiguous written form comes back as the value. */
static void test_edited_token_forms_restored(void **st)
{
    (void)st;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"\\[EMAIL\\_1\\]", "alice@example.com"},
        {"[email_1]", "alice@example.com"},
        {"[Email_1]", "alice@example.com"},
        {"[ EMAIL_1 ]", "alice@example.com"},
        {"\xef\xbc\xbb"
         "EMAIL_1\xef\xbc\xbd",
         "alice@example.com"},
        {"[EMAIL\xef\xbc\xbf"
         "1]",
         "alice@example.com"},
        {"[mail](mailto:%5BEMAIL_1%5D)", "[mail](mailto:alice%40example.com)"},
        {"%5bemail_1%5d", "alice%40example.com"},
        {"`[EMAIL_1]`", "`alice@example.com`"},
        {"\\[EMAIL_1]", "\\alice@example.com"}, /* a backslash of the text, then a token */
        {"%5BEMAIL_1]", "alice%40example.com"},
        {"[email_9] [ EMAIL_1   ] [EMAIL 1] [EMAIL_01] %5CEMAIL_1%5D",
         "[email_9] [ EMAIL_1   ] [EMAIL 1] [EMAIL_01] %5CEMAIL_1%5D"}, /* not ours, or no form */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = strlen(cases[i].in);
        char *want = run(ANON_RESP_TEXT, cases[i].in, n);
        if (strcmp(want, cases[i].want) != 0)
            fail_msg("%s restored to %s", cases[i].in, want);
        for (size_t c = 1; c < n; c++) { /* the same output in pieces of every size */
            char *o = run(ANON_RESP_TEXT, cases[i].in, c);
            assert_string_equal(o, want);
            free(o);
        }
        free(want);
    }
}

static void test_edited_token_forms_in_json_escaped_where_they_land(void **st)
{
    (void)st;
    /* vals[1] holds quotes: JSON-escaped in a string, percent-encoded in a URL form; tool
     * arguments (JSON in a string) escaped at both levels */
    char *o =
        run(ANON_RESP_JSON,
            "{\"c\":\"\\\\[NAME\\\\_1\\\\] / [name_1] / %5BNAME_1%5D\",\"arguments\":\"{\\\"to\\\":"
            "\\\"\xef\xbc\xbbname_1\xef\xbc\xbd\\\"}\"}",
            5);
    json_error_t je;
    json_t *j = json_loads(o, 0, &je);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "c")),
                        "Bob \"the\" O'Neil / Bob \"the\" O'Neil / Bob%20%22the%22%20O%27Neil");
    json_t *a = json_loads(json_string_value(json_object_get(j, "arguments")), 0, &je);
    assert_non_null(a);
    assert_string_equal(json_string_value(json_object_get(a, "to")), vals[1]);
    json_decref(a);
    json_decref(j);
    free(o);
}

static void test_long_edited_form_held_across_pieces(void **st)
{
    (void)st;
    /* the longest forms are held back whole, one byte at a time */
    const char *in = "x %5B  email%5F1  %5D y \\[EMAIL\\_1\\] z";
    char *o = run(ANON_RESP_TEXT, in, 1);
    assert_string_equal(o, "x alice%40example.com y alice@example.com z");
    free(o);
    size_t l, cl;
    unsigned form;
    char canon[ANON_TOKEN_MAX + 1];
    char big[ANON_TOKEN_HOLD + 8];
    memset(big, 'A', sizeof big);
    big[0] = '[';
    assert_int_equal(anon_tok_variant(big, ANON_TOKEN_HOLD - 1, 0, &l, canon, &cl, &form),
                     ANON_TOK_NO); /* past the longest canonical token */
    assert_int_equal(anon_tok_variant("%5", 2, 0, &l, canon, &cl, &form), ANON_TOK_PREFIX);
    assert_int_equal(anon_tok_variant("\xef\xbc", 2, 0, &l, canon, &cl, &form), ANON_TOK_PREFIX);
    assert_int_equal(anon_tok_variant("\\[EMAIL_1\\]", 11, 0, &l, canon, &cl, &form), ANON_TOK_NO);
    assert_int_equal(
        anon_tok_variant("\\[EMAIL_1\\]", 11, ANON_TF_BACKSLASH, &l, canon, &cl, &form),
        ANON_TOK_FULL);
    assert_string_equal(canon, "[EMAIL_1]");
    assert_int_equal(form, ANON_FORM_MARKDOWN);
}

static void test_text_holds_back_only_a_token_prefix(void **st)
{
    (void)st;
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    anon_buf_t out = {0};
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"hi [EM", 6, &out), 0);
    assert_int_equal(out.len, 3); /* "hi " released, "[EM" held */
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"AIL_", 4, &out), 0);
    assert_int_equal(out.len, 3);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"1] [x", 5, &out), 0);
    assert_int_equal(out.len, strlen("hi alice@example.com ")); /* "[x" could be [x_1] */
    assert_memory_equal(out.data, "hi alice@example.com ", out.len);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"!", 1, &out), 0);
    assert_int_equal(out.len, strlen("hi alice@example.com [x!"));
    assert_memory_equal(out.data, "hi alice@example.com [x!", out.len);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"[AB", 3, &out), 0);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    assert_memory_equal(out.data + out.len - 3, "[AB", 3); /* released at finish */
    anon_buf_free(&out);
    anon_restorer_free(r);
}

static void test_unmatched_bracket_never_stalls_beyond_token_max(void **st)
{
    (void)st;
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    anon_buf_t out = {0};
    size_t fed = 0;
    const char *pre = "[ABCDEFGHIJ";
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)pre, strlen(pre), &out), 0);
    fed += strlen(pre);
    for (int i = 0; i < 100; i++) {
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"K", 1, &out), 0);
        fed++;
        assert_true(fed - out.len < ANON_TOKEN_MAX);
    }
    assert_int_equal(out.len, fed); /* long past 64 bytes everything is out */
    anon_buf_free(&out);
    anon_restorer_free(r);
}

static json_t *parse(const char *s)
{
    json_error_t e;
    json_t *j = json_loads(s, JSON_DECODE_ANY | JSON_DECODE_INT_AS_REAL, &e);
    if (!j)
        fail_msg("not JSON (%s): %s", e.text, s);
    return j;
}

static void test_json_values_escaped_once(void **st)
{
    (void)st;
    char *o =
        run(ANON_RESP_JSON,
            "{\"id\":12345678901234567890123,\"content\":\"[NAME_1] [PATH_1] [TEXT_1] [UNI_1] "
            "[EMAIL_9]\",\"[EMAIL_1]\":1}",
            7);
    json_t *j = parse(o);
    char want[256];
    snprintf(want, sizeof want, "%s %s %s %s [EMAIL_9]", vals[1], vals[2], vals[3], vals[4]);
    assert_string_equal(json_string_value(json_object_get(j, "content")), want);
    assert_non_null(json_object_get(j, vals[0])); /* keys are restored too */
    assert_non_null(strstr(o, "\"id\":12345678901234567890123,"));
    json_decref(j);
    free(o);
    /* ... also keys inside tool-call arguments, JSON in a string */
    o = run(ANON_RESP_JSON, "{\"arguments\":\"{\\\"[NAME_1]\\\":1}\"}", 3);
    j = parse(o);
    json_t *a = parse(json_string_value(json_object_get(j, "arguments")));
    assert_non_null(json_object_get(a, vals[1]));
    json_decref(a);
    json_decref(j);
    free(o);
}

static void test_tool_arguments_escaped_at_both_levels(void **st)
{
    (void)st;
    const char *in = "{\"tool_calls\":[{\"function\":{\"name\":\"send\",\"arguments\":"
                     "\"{\\\"to\\\":\\\"[EMAIL_1]\\\",\\\"who\\\":\\\"[NAME_1]\\\",\\\"p\\\":"
                     "\\\"[PATH_1] and [TEXT_1]\\\",\\\"n\\\":[\\\"[UNI_1]\\\"]}\"}}]}";
    char *o = run(ANON_RESP_JSON, in, 3);
    json_t *j = parse(o);
    const char *args = json_string_value(json_object_get(
        json_object_get(json_array_get(json_object_get(j, "tool_calls"), 0), "function"),
        "arguments"));
    assert_non_null(args);
    json_t *a = parse(args);
    assert_string_equal(json_string_value(json_object_get(a, "to")), vals[0]);
    assert_string_equal(json_string_value(json_object_get(a, "who")), vals[1]);
    char want[128];
    snprintf(want, sizeof want, "%s and %s", vals[2], vals[3]);
    assert_string_equal(json_string_value(json_object_get(a, "p")), want);
    assert_string_equal(json_string_value(json_array_get(json_object_get(a, "n"), 0)), vals[4]);
    json_decref(a);
    json_decref(j);
    free(o);
}

static void test_partial_json_arguments_lexed(void **st)
{
    (void)st;
    /* inner JSON cut off: values inside its strings are still escaped for the inner level, a
     * token outside any inner string is inserted as is */
    anon_buf_t out = {0};
    const char *s = "{\"a\": \"x [NAME_1]\", \"b\": [PATH_1] ";
    assert_int_equal(anon_restore_string(&LK, s, strlen(s), 1, &out, NULL), 0);
    const char *want = "{\"a\": \"x Bob \\\"the\\\" O'Neil\", \"b\": C:\\tmp\\x ";
    assert_int_equal(out.len, strlen(want));
    assert_memory_equal(out.data, want, out.len);
    anon_buf_free(&out);
}

static void test_json_declared_but_not_json_restored_as_text(void **st)
{
    (void)st;
    char *o = run(ANON_RESP_JSON, "oops [EMAIL_1] {", 4);
    assert_string_equal(o, "oops alice@example.com {");
    free(o);
}

/* A JSON response streams: a document far larger than any string in it is restored piece by
 * piece while the restorer holds little, and a string over the spill size (1 MiB) is restored
 * as it streams, values escaped, tool-call arguments at their own level. */
static void test_json_streams_with_bounded_memory(void **st)
{
    (void)st;
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_JSON, ANON_PROFILE_GENERIC);
    anon_buf_t out = {0};
    const char *item = "{\"content\":\"hi [EMAIL_1] and [NAME_1]\",\"n\":1},";
    size_t most = 0;
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"[", 1, &out), 0);
    for (int i = 0; i < 200000; i++) { /* ~9 MB */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)item, strlen(item), &out), 0);
        size_t b = anon_restorer_buffered(r);
        most = b > most ? b : most;
        out.len = 0;
    }
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"{}]", 3, &out), 0);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    assert_true(most < 4096);
    anon_restorer_free(r);
    anon_buf_free(&out);

    /* one 3 MiB string, fed in 4 KiB pieces */
    size_t big = 3u << 20;
    char *doc = malloc(big + 200);
    size_t n = 0;
    n += (size_t)sprintf(doc + n, "{\"arguments\":\"{\\\"to\\\":\\\"[NAME_1]\\\",\\\"x\\\":\\\"");
    memset(doc + n, 'a', big);
    n += big;
    n += (size_t)sprintf(doc + n, " [EMAIL_1]\\\"}\",\"k\":\"[PATH_1]\"}");
    r = anon_restorer_new_lookup(&LK, ANON_RESP_JSON, ANON_PROFILE_GENERIC);
    most = 0;
    for (size_t i = 0; i < n; i += 4096) {
        assert_int_equal(
            anon_restorer_feed(r, (const uint8_t *)doc + i, n - i < 4096 ? n - i : 4096, &out), 0);
        size_t b = anon_restorer_buffered(r);
        most = b > most ? b : most;
    }
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    anon_restorer_free(r);
    assert_true(most < (3u << 20)); /* the spill size and its buffers, not the string */
    json_error_t e;
    json_t *j = json_loadb((const char *)out.data, out.len, 0, &e);
    assert_non_null(j);
    json_t *a = json_loads(json_string_value(json_object_get(j, "arguments")), 0, &e);
    assert_non_null(a);
    assert_string_equal(json_string_value(json_object_get(a, "to")), vals[1]);
    const char *x = json_string_value(json_object_get(a, "x"));
    assert_int_equal(strlen(x), big + 1 + strlen(vals[0]));
    assert_string_equal(x + big + 1, vals[0]);
    assert_string_equal(json_string_value(json_object_get(j, "k")), vals[2]);
    json_decref(a);
    json_decref(j);
    anon_buf_free(&out);
    free(doc);
}

/* A string with no escape before it spills (its decoded text was the raw bytes until then) and
 * escapes after: the same value whether fed whole or in 4 KiB pieces. */
static void test_json_spill_before_first_escape(void **st)
{
    (void)st;
    size_t big = (1u << 20) + 10;
    char *doc = malloc(big + 200);
    size_t n = (size_t)sprintf(doc, "{\"k\":\"");
    memset(doc + n, 'b', big);
    n += big;
    n += (size_t)sprintf(doc + n, " [EMAIL_1]\\n\\\"q\\\" [NAME_1]\"}");
    for (size_t piece = 4096; piece; piece = piece == 4096 ? n : 0) {
        anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_JSON, ANON_PROFILE_GENERIC);
        anon_buf_t out = {0};
        for (size_t i = 0; i < n; i += piece)
            assert_int_equal(anon_restorer_feed(r, (const uint8_t *)doc + i,
                                                n - i < piece ? n - i : piece, &out),
                             0);
        assert_int_equal(anon_restorer_finish(r, &out), 0);
        anon_restorer_free(r);
        json_error_t e;
        json_t *j = json_loadb((const char *)out.data, out.len, 0, &e);
        assert_non_null(j);
        const char *k = json_string_value(json_object_get(j, "k"));
        assert_non_null(k);
        assert_int_equal(strspn(k, "b"), big);
        char want[128];
        snprintf(want, sizeof want, " %s\n\"q\" %s", vals[0], vals[1]);
        assert_string_equal(k + big, want);
        json_decref(j);
        anon_buf_free(&out);
    }
    free(doc);
}

/* Every way of cutting a document gives the same bytes as feeding it whole, and a body that
 * stops being JSON goes on as text from there. */
static void test_json_stream_cut_anywhere(void **st)
{
    (void)st;
    static const char *const docs[] = {
        "{\"a\":\"[EMAIL_1]\",\"b\":[\"\\u005bx "
        "[NAME_1]\",1.5e3,true,null],\"\\ud83d\\ude00\":\"[UNI_1]\"}",
        "[\"[EMAIL_1]\"] trailing [NAME_1]",
        "{\"a\": \"bad \\q [EMAIL_1]\"} [EMAIL_2]",
        "{\"a\": \"lone \\ud800 [EMAIL_1]\"}",
        "{\"a\": [EMAIL_1]}",
        "\"[TEXT_1]\"",
        "{\"arguments\":\"{\\\"p\\\":\\\"[PATH_1]\\\"}\"}",
    };
    for (size_t d = 0; d < sizeof docs / sizeof *docs; d++) {
        char *whole = run(ANON_RESP_JSON, docs[d], strlen(docs[d]));
        for (size_t c = 1; c < 9; c++) {
            char *o = run(ANON_RESP_JSON, docs[d], c);
            assert_string_equal(o, whole);
            free(o);
        }
        free(whole);
    }
    char *o = run(ANON_RESP_JSON, "{\"a\": [EMAIL_1]}", 1);
    assert_string_equal(o, "{\"a\": alice@example.com}");
    free(o);
    o = run(ANON_RESP_JSON, "[\"[EMAIL_1]\"] trailing [NAME_1]", 2);
    assert_string_equal(o, "[\"alice@example.com\"] trailing Bob \"the\" O'Neil");
    free(o);
}

/* The start-byte finder (16 bytes at a time) agrees with anon_tok_start byte by byte: each start
 * byte at every offset of a long text, with and without backslash forms. */
static void test_next_start_finds_every_start_byte_at_every_offset(void **st)
{
    (void)st;
    static const uint8_t starts[] = {'[', '%', 0xEF, '\\', ']', '5', 0xBC, 'Z'};
    char buf[70];
    for (unsigned allow = 0; allow <= ANON_TF_BACKSLASH; allow += ANON_TF_BACKSLASH)
        for (size_t b = 0; b < sizeof starts; b++)
            for (size_t n = 0; n <= sizeof buf; n++)
                for (size_t at = 0; at <= n; at++) {
                    memset(buf, 'a', sizeof buf);
                    if (at < n)
                        buf[at] = (char)starts[b];
                    size_t want = at < n && anon_tok_start(starts[b], allow) ? at : n;
                    assert_int_equal(anon_tok_next_start(buf, n, allow), want);
                    assert_int_equal(anon_tok_may_hold(buf, n),
                                     at < n && starts[b] != '\\' && want == at);
                }
}

static void test_no_lookup_without_bracket(void **st)
{
    (void)st;
    int calls = 0;
    anon_lookup_t lk = {fake_lookup, &calls};
    anon_buf_t out = {0};
    const char *doc = "{\"a\":\"plain text\",\"b\":[\"more\",\"[x] [Y_1]\"]}";
    assert_int_equal(anon_restore_json(&lk, (const uint8_t *)doc, strlen(doc), &out, NULL), 0);
    assert_int_equal(calls, 1);
    assert_int_equal(out.len, strlen(doc));
    assert_memory_equal(out.data, doc, out.len);
    anon_buf_free(&out);
}

/* ---- property: restore(rewrite(body)) gives back every value ----------------------------- */

static uint64_t rng;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static void gen_string(anon_buf_t *b)
{
    static const char *const parts[] = {"a",
                                        " ",
                                        "[",
                                        "]",
                                        "\\\"",
                                        "\\\\",
                                        "\\n",
                                        "\\u00e9",
                                        "\\ud83d\\ude00",
                                        "\xe2\x82\xac",
                                        "{\\\"k\\\":\\\"",
                                        "_1]",
                                        "[EMAIL",
                                        "[X_1]"};
    /* never starts with a bracket: text that is itself JSON is covered by its own tests */
    anon_buf_append(b, "\"s", 2);
    unsigned n = rnd() % 8;
    for (unsigned i = 0; i < n; i++) {
        if (rnd() % 3 == 0) {
            const char *v = vals[rnd() % NTOK];
            anon_json_escape(b, v, strlen(v));
        } else {
            const char *p = parts[rnd() % (sizeof parts / sizeof *parts)];
            anon_buf_append(b, p, strlen(p));
        }
    }
    anon_buf_append(b, "\"", 1);
}

static void gen_value(anon_buf_t *b, int depth)
{
    unsigned r = rnd() % (depth > 5 ? 2 : 4);
    if (r == 0) {
        gen_string(b);
    } else if (r == 1) {
        anon_buf_append(b, "-12345678901234567890.5e7", 25);
    } else {
        int obj = r == 3;
        anon_buf_append(b, obj ? "{" : "[", 1);
        unsigned n = rnd() % 4;
        for (unsigned i = 0; i < n; i++) {
            if (i)
                anon_buf_append(b, ", ", 2);
            if (obj) {
                gen_string(b);
                anon_buf_append(b, ":", 1);
            }
            gen_value(b, depth + 1);
        }
        anon_buf_append(b, obj ? "}" : "]", 1);
    }
}

/* The fake anonymizer: every known value becomes its token. */
static int anonymize_cb(void *arg, const anon_json_path_t *p, const char *s, size_t n,
                        anon_buf_t *out)
{
    (void)arg;
    (void)p;
    int hits = 0;
    size_t i = 0, run = 0;
    while (i < n) {
        size_t k;
        for (k = 0; k < NTOK; k++) {
            size_t vl = strlen(vals[k]);
            if (vl <= n - i && memcmp(s + i, vals[k], vl) == 0)
                break;
        }
        if (k == NTOK) {
            i++;
            continue;
        }
        anon_buf_append(out, s + run, i - run);
        anon_buf_append(out, toks[k], strlen(toks[k]));
        i += strlen(vals[k]);
        run = i;
        hits++;
    }
    anon_buf_append(out, s + run, n - run);
    return hits;
}

typedef struct strs {
    anon_buf_t all;
    size_t count;
} strs_t;

static int collect(void *arg, const anon_json_path_t *p, const char *s, size_t n, anon_buf_t *out)
{
    (void)out;
    strs_t *c = arg;
    if (p->is_key)
        return 0;
    char len[32];
    int l = snprintf(len, sizeof len, "%zu:", n);
    anon_buf_append(&c->all, len, (size_t)l);
    anon_buf_append(&c->all, s, n);
    c->count++;
    return 0;
}

static void test_property_restore_of_rewrite_gives_back_values(void **st)
{
    (void)st;
    rng = 0x2545F4914F6CDD1DULL;
    anon_buf_t doc = {0}, anon = {0}, back = {0};
    int skipped = 0;
    for (int iter = 0; iter < 1500; iter++) {
        doc.len = anon.len = back.len = 0;
        gen_value(&doc, 0);
        anon_json_walker_t w = {.str = anonymize_cb};
        assert_int_equal(anon_json_rewrite(&w, doc.data, doc.len, &anon, NULL), 0);
        /* no value survives anonymization (as decoded text) */
        strs_t a = {0}, b = {0}, c = {0};
        anon_json_walker_t wa = {.str = collect, .arg = &b};
        assert_int_equal(anon_json_rewrite(&wa, anon.data, anon.len, NULL, NULL), 0);
        for (size_t k = 0; k < NTOK; k++)
            assert_null(
                memmem(b.all.data ? (char *)b.all.data : "", b.all.len, vals[k], strlen(vals[k])));
        /* restore, fed in random pieces */
        anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_JSON, ANON_PROFILE_GENERIC);
        for (size_t i = 0; i < anon.len;) {
            size_t c2 = 1 + rnd() % 17;
            if (c2 > anon.len - i)
                c2 = anon.len - i;
            assert_int_equal(anon_restorer_feed(r, anon.data + i, c2, &back), 0);
            i += c2;
        }
        assert_int_equal(anon_restorer_finish(r, &back), 0);
        anon_restorer_free(r);
        anon_json_walker_t w1 = {.str = collect, .arg = &a}, w3 = {.str = collect, .arg = &c};
        assert_int_equal(anon_json_rewrite(&w1, doc.data, doc.len, NULL, NULL), 0);
        /* text that already looks like one of the tokens is what anon_session_reserve keeps
         * from being issued; the fake map has no such reservation, so skip those documents */
        int has_tok = 0;
        for (size_t i = 0; i < a.all.len; i++) {
            char canon[ANON_TOKEN_MAX + 1];
            size_t tl, cl;
            unsigned form;
            if (anon_tok_variant((const char *)a.all.data + i, a.all.len - i, ANON_TF_BACKSLASH,
                                 &tl, canon, &cl, &form) == ANON_TOK_FULL)
                has_tok |= fake_lookup(NULL, canon, cl, &tl) != NULL;
        }
        if (has_tok) {
            skipped++;
            anon_buf_free(&a.all);
            anon_buf_free(&b.all);
            continue;
        }
        assert_int_equal(anon_json_rewrite(&w3, back.data, back.len, NULL, NULL), 0);
        assert_int_equal(a.count, c.count);
        assert_int_equal(a.all.len, c.all.len);
        if (a.all.len)
            assert_memory_equal(a.all.data, c.all.data, a.all.len);
        anon_buf_free(&a.all);
        anon_buf_free(&b.all);
        anon_buf_free(&c.all);
    }
    assert_true(skipped < 150);
    anon_buf_free(&doc);
    anon_buf_free(&anon);
    anon_buf_free(&back);
}

/* ---- through the real session ------------------------------------------------------------ */

static void test_real_session_round_trip(void **st)
{
    (void)st;
    char err[256];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    assert_non_null(e);
    anon_session_t *s = anon_session_new(e);
    const char *req = "{\"messages\":[{\"role\":\"user\",\"content\":\"I am alice@example.com, "
                      "card 4111 1111 1111 1111\"}]}";
    anon_buf_t fwd = {0};
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)req, strlen(req), &fwd, NULL, 0), 0);
    assert_null(memmem(fwd.data, fwd.len, "alice", 5));
    assert_null(memmem(fwd.data, fwd.len, "4111", 4));
    /* a streamed answer that splits both tokens, fed one byte at a time */
    const char *sse =
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"You are [EM\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"AIL_1], card [CRED\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"IT_CARD_1].\"},"
        "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_SSE, ANON_PROFILE_OPENAI);
    assert_non_null(r);
    anon_buf_t out = {0};
    for (size_t i = 0; i < strlen(sse); i++)
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)sse + i, 1, &out), 0);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    assert_non_null(memmem(out.data, out.len, "\"You are \"", 10));
    assert_non_null(memmem(out.data, out.len, "\"alice@example.com, card \"", 26));
    assert_non_null(memmem(out.data, out.len, "\"4111 1111 1111 1111.\"", 22));
    anon_restorer_free(r);
    /* text */
    r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    anon_buf_reset(&out);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"to [EMAIL_", 10, &out), 0);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)"1] [EMAIL_7]", 12, &out), 0);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    assert_int_equal(out.len, strlen("to alice@example.com [EMAIL_7]"));
    assert_memory_equal(out.data, "to alice@example.com [EMAIL_7]", out.len);
    anon_restorer_free(r);
    assert_null(anon_restorer_new(NULL, ANON_RESP_TEXT, ANON_PROFILE_GENERIC));
    anon_buf_free(&out);
    anon_buf_free(&fwd);
    anon_session_free(s);
    anon_engine_free(e);
}

/* Found by fuzz_json_rewrite: tool-call arguments that are JSON cut short ("...]=") are scanned as
 * text, so a value found there keeps its escapes as they stand ("org\\u0435"); restored into the
 * same arguments, it goes back as it was, not escaped a second time. */
static void test_cut_arguments_value_with_escape_round_trip(void **st)
{
    (void)st;
    char err[256];
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    assert_non_null(e);
    anon_session_t *s = anon_session_new(e);
    const char *req = "[\"x\", {\"arguments\":\"{\\\"a\\\":[1,{\\\"b\\\":"
                      "\\\"frank@example.org\\\\u0435\\\"}]=\"}]";
    anon_buf_t fwd = {0}, back = {0};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, NULL, (const uint8_t *)req, strlen(req), &fwd, NULL, 0), 0);
    assert_null(memmem(fwd.data, fwd.len, "frank", 5));
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_JSON, ANON_PROFILE_GENERIC);
    assert_non_null(r);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)fwd.data, fwd.len, &back), 0);
    assert_int_equal(anon_restorer_finish(r, &back), 0);
    assert_int_equal(back.len, strlen(req));
    assert_memory_equal(back.data, req, back.len);
    anon_restorer_free(r);
    anon_buf_free(&back);
    anon_buf_free(&fwd);
    anon_session_free(s);
    anon_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_token_grammar),
        cmocka_unit_test(test_cut_arguments_value_with_escape_round_trip),
        cmocka_unit_test(test_text_tokens_restored_unknown_kept),
        cmocka_unit_test(test_text_split_at_every_offset_same_output),
        cmocka_unit_test(test_text_holds_back_only_a_token_prefix),
        cmocka_unit_test(test_edited_token_forms_restored),
        cmocka_unit_test(test_edited_token_forms_in_json_escaped_where_they_land),
        cmocka_unit_test(test_long_edited_form_held_across_pieces),
        cmocka_unit_test(test_unmatched_bracket_never_stalls_beyond_token_max),
        cmocka_unit_test(test_json_values_escaped_once),
        cmocka_unit_test(test_tool_arguments_escaped_at_both_levels),
        cmocka_unit_test(test_partial_json_arguments_lexed),
        cmocka_unit_test(test_json_declared_but_not_json_restored_as_text),
        cmocka_unit_test(test_json_streams_with_bounded_memory),
        cmocka_unit_test(test_json_stream_cut_anywhere),
        cmocka_unit_test(test_json_spill_before_first_escape),
        cmocka_unit_test(test_next_start_finds_every_start_byte_at_every_offset),
        cmocka_unit_test(test_no_lookup_without_bracket),
        cmocka_unit_test(test_property_restore_of_rewrite_gives_back_values),
        cmocka_unit_test(test_real_session_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
