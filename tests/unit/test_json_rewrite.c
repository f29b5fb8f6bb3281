/* test_json_rewrite.c: the JSON walker copies every byte outside changed strings and rewrites
 * only string values, decoding escapes before the callback and re-encoding after. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

/* Replaces every "alice@example.com" with "[EMAIL_1]"; counts calls and keys seen. */
typedef struct fake {
    int calls, keys;
    char last[256];
} fake_t;

static int fake_email(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                      anon_buf_t *out)
{
    fake_t *f = arg;
    static const char pii[] = "alice@example.com";
    const size_t pl = sizeof pii - 1;
    if (f) {
        f->calls++;
        if (path->is_key)
            f->keys++;
        size_t c = n < sizeof f->last - 1 ? n : sizeof f->last - 1;
        memcpy(f->last, s, c);
        f->last[c] = 0;
    }
    int hits = 0;
    size_t i = 0, run = 0;
    while (i + pl <= n) {
        if (memcmp(s + i, pii, pl) == 0) {
            anon_buf_append(out, s + run, i - run);
            anon_buf_append(out, "[EMAIL_1]", 9);
            i += pl;
            run = i;
            hits++;
        } else {
            i++;
        }
    }
    anon_buf_append(out, s + run, n - run);
    return hits;
}

static int rewrite(const char *in, anon_json_str_fn fn, void *arg, unsigned depth, anon_buf_t *out)
{
    anon_json_walker_t w = {.max_depth = depth, .skip_opaque = 1, .str = fn, .arg = arg};
    out->len = 0;
    return anon_json_rewrite(&w, (const uint8_t *)in, strlen(in), out, NULL);
}

static void assert_out(anon_buf_t *b, const char *want)
{
    assert_int_equal(b->len, strlen(want));
    assert_memory_equal(b->data, want, b->len);
}

static void test_unchanged_document_is_copied_byte_for_byte(void **st)
{
    (void)st;
    const char *in = " {\"a\" : [1, 2.5e-3, true,false,null, \"x\\u0041\\/\\n\"],\r\n\t\"b\":{}} ";
    anon_buf_t out = {0};
    fake_t f = {0};
    assert_int_equal(rewrite(in, fake_email, &f, 0, &out), 0);
    assert_out(&out, in);
    assert_int_equal(f.calls, 1);
    assert_string_equal(f.last, "xA/\n");
    anon_buf_free(&out);
}

static void test_values_rewritten_keys_kept(void **st)
{
    (void)st;
    const char *in = "{\"alice@example.com\": \"mail alice@example.com now\", \"n\": 1}";
    anon_buf_t out = {0};
    assert_int_equal(rewrite(in, fake_email, NULL, 0, &out), 0);
    assert_out(&out, "{\"alice@example.com\": \"mail [EMAIL_1] now\", \"n\": 1}");
    anon_buf_free(&out);
}

static void test_escaped_value_decoded_before_transform(void **st)
{
    (void)st;
    /* alice@example.com written with escapes, next to a quote and a newline */
    const char *in = "[\"\\\"\\u0061lice\\u0040example.com\\\"\\n\\u00e9\"]";
    anon_buf_t out = {0};
    assert_int_equal(rewrite(in, fake_email, NULL, 0, &out), 0);
    assert_out(&out, "[\"\\\"[EMAIL_1]\\\"\\n\xc3\xa9\"]");
    anon_buf_free(&out);
}

static void test_big_integers_keep_every_digit(void **st)
{
    (void)st;
    const char *in = "{\"id\":123456789012345678901234567890123,\"f\":-0.10000000000000000001e+400,"
                     "\"s\":\"alice@example.com\"}";
    anon_buf_t out = {0};
    assert_int_equal(rewrite(in, fake_email, NULL, 0, &out), 0);
    assert_out(&out, "{\"id\":123456789012345678901234567890123,\"f\":-0.10000000000000000001e+400,"
                     "\"s\":\"[EMAIL_1]\"}");
    anon_buf_free(&out);
}

static void test_surrogate_pair_decoded_to_utf8(void **st)
{
    (void)st;
    fake_t f = {0};
    anon_buf_t out = {0};
    assert_int_equal(rewrite("\"\\ud83d\\ude00 alice@example.com\"", fake_email, &f, 0, &out), 0);
    assert_string_equal(f.last, "\xf0\x9f\x98\x80 alice@example.com");
    assert_out(&out, "\"\xf0\x9f\x98\x80 [EMAIL_1]\"");
    anon_buf_free(&out);
}

static void test_lone_surrogates_and_bad_utf8_fail_closed(void **st)
{
    (void)st;
    anon_buf_t out = {0};
    const char *bad[] = {"\"\\ud83d\"", "\"\\ud83dx\"", "\"\\ude00\"",      "\"\\ud83d\\u0041\"",
                         "\"\xc3\"",    "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"",
                         "\"\xff\""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(rewrite(bad[i], fake_email, NULL, 0, &out), ANON_ERR_ENCODING);
    anon_buf_free(&out);
}

static void test_invalid_json_rejected(void **st)
{
    (void)st;
    anon_buf_t out = {0};
    const char *bad[] = {"",        " ",         "{",           "[1,]",  "{\"a\":1,}",
                         "{\"a\"}", "{a:1}",     "[01]",        "[1.]",  "[.5]",
                         "[-]",     "[1e]",      "tru",         "nul",   "\"abc",
                         "\"\t\"",  "\"\\x\"",   "\"\\u12G4\"", "[1] x", "{} {}",
                         "[1 2]",   "{\"a\" 1}", "['a']",       "[+1]",  "{\"a\":1]"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        int rc = rewrite(bad[i], fake_email, NULL, 0, &out);
        if (rc != ANON_ERR_JSON)
            fail_msg("accepted or wrong error %d for <%s>", rc, bad[i]);
    }
    const char *good[] = {"0", "-0", "1e5", "\"\"", "[]", "{}", " [ ] ", "-1.5E-7", "null"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        assert_int_equal(rewrite(good[i], fake_email, NULL, 0, &out), 0);
    anon_buf_free(&out);
}

static void test_depth_limit(void **st)
{
    (void)st;
    char doc[600];
    anon_buf_t out = {0};
    for (unsigned d = 127; d <= 129; d++) {
        size_t k = 0;
        for (unsigned i = 0; i < d; i++)
            doc[k++] = '[';
        for (unsigned i = 0; i < d; i++)
            doc[k++] = ']';
        doc[k] = 0;
        int rc = rewrite(doc, fake_email, NULL, 0, &out);
        assert_int_equal(rc, d <= 128 ? 0 : ANON_ERR_DEPTH);
    }
    assert_int_equal(rewrite("[[[1]]]", fake_email, NULL, 2, &out), ANON_ERR_DEPTH);
    assert_int_equal(rewrite("{\"a\":{\"b\":1}}", fake_email, NULL, 2, &out), 0);
    anon_buf_free(&out);
}

static int fake_quote(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                      anon_buf_t *out)
{
    (void)arg;
    (void)path;
    (void)s;
    (void)n;
    const char v[] = "q\"b\\n\nt\t\x01 \xe2\x82\xac/";
    anon_buf_append(out, v, sizeof v - 1);
    return 1;
}

static void test_reencoding_is_minimal(void **st)
{
    (void)st;
    anon_buf_t out = {0};
    assert_int_equal(rewrite("[\"x\"]", fake_quote, NULL, 0, &out), 0);
    assert_out(&out, "[\"q\\\"b\\\\n\\nt\\t\\u0001 \xe2\x82\xac/\"]");
    anon_buf_free(&out);
}

static void test_opaque_payloads_skipped(void **st)
{
    (void)st;
    fake_t f = {0};
    anon_buf_t out = {0};
    char *doc = malloc(8192);
    /* a data URI whose base64 payload would contain a "phone number" */
    int n = snprintf(doc, 8192,
                     "{\"image_url\":{\"url\":\"data:image/png;base64,iVBOR+4155552671/AAA=\"}}");
    assert_true(n > 0);
    assert_int_equal(rewrite(doc, fake_email, &f, 0, &out), 0);
    assert_int_equal(f.calls, 0);
    /* a long base64 string anywhere */
    size_t k = 0;
    k += (size_t)snprintf(doc, 8192, "[\"");
    for (int i = 0; i < 2000; i++)
        doc[k++] = "ABCDEFGH0123+/xyz"[i % 17];
    memcpy(doc + k, "\"]", 3);
    f.calls = 0;
    assert_int_equal(rewrite(doc, fake_email, &f, 0, &out), 0);
    assert_int_equal(f.calls, 0);
    assert_out(&out, doc);
    /* short base64 under a media key */
    f.calls = 0;
    assert_int_equal(
        rewrite("{\"b64_json\":"
                "\"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\"}",
                fake_email, &f, 0, &out),
        0);
    assert_int_equal(f.calls, 0);
    /* text with spaces under a media key, and a data: URI that is not base64, are scanned */
    f.calls = 0;
    assert_int_equal(
        rewrite("{\"data\":\"alice@example.com is the contact for this and that case\","
                "\"u\":\"data:text/plain,alice@example.com\"}",
                fake_email, &f, 0, &out),
        0);
    assert_int_equal(f.calls, 2);
    assert_out(&out, "{\"data\":\"[EMAIL_1] is the contact for this and that case\","
                     "\"u\":\"data:text/plain,[EMAIL_1]\"}");
    /* a data: URI that claims base64 but carries text is scanned */
    f.calls = 0;
    assert_int_equal(rewrite("[\"data:x;base64,alice@example.com\"]", fake_email, &f, 0, &out), 0);
    assert_int_equal(f.calls, 1);
    free(doc);
    anon_buf_free(&out);
}

static void test_keys_visited_and_rewritten_only_when_asked(void **st)
{
    (void)st;
    fake_t f = {0};
    anon_buf_t out = {0};
    anon_json_walker_t w = {.keys = 1, .str = fake_email, .arg = &f};
    const char *in = "{\"alice@example.com\":{\"k\":\"v\"}}";
    assert_int_equal(anon_json_rewrite(&w, (const uint8_t *)in, strlen(in), &out, NULL), 0);
    assert_int_equal(f.calls, 3);
    assert_int_equal(f.keys, 2);
    assert_out(&out, "{\"[EMAIL_1]\":{\"k\":\"v\"}}"); /* a key is a place a value can be */
    out.len = 0;
    w.keys = 0;
    assert_int_equal(anon_json_rewrite(&w, (const uint8_t *)in, strlen(in), &out, NULL), 0);
    assert_out(&out, in);
    anon_buf_free(&out);
}

typedef struct seen {
    char path[128];
    int type;
    size_t start, end;
    int hits;
} seen_t;

static int on_value(void *arg, const anon_json_path_t *p, int type, size_t start, size_t end)
{
    seen_t *s = arg;
    if (p->depth == 2 && anon_json_seg_is(p, 0, "messages") && p->seg[1].in_array &&
        p->seg[1].index == 1) {
        s->type = type;
        s->start = start;
        s->end = end;
        s->hits++;
    }
    return 0;
}

static void test_value_hook_reports_paths_and_offsets(void **st)
{
    (void)st;
    seen_t s = {0};
    const char *in = "{\"model\":\"x\",\"messages\":[{\"a\":1}, {\"b\":[2,3]} ],\"z\":0}";
    anon_json_walker_t w = {.value = on_value, .value_depth = 3, .arg = &s};
    assert_int_equal(anon_json_rewrite(&w, (const uint8_t *)in, strlen(in), NULL, NULL), 0);
    assert_int_equal(s.hits, 1);
    assert_int_equal(s.type, ANON_JSON_OBJECT);
    assert_memory_equal(in + s.start, "{\"b\":[2,3]}", s.end - s.start);
}

/* ---- property: random documents --------------------------------------------------------- */

static uint64_t rng;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static void gen_ws(anon_buf_t *b)
{
    static const char ws[] = " \t\r\n";
    unsigned n = rnd() % 3;
    for (unsigned i = 0; i < n; i++)
        anon_buf_append(b, &ws[rnd() % 4], 1);
}

static void gen_string(anon_buf_t *b)
{
    static const char *const parts[] = {"a",
                                        "Z",
                                        " ",
                                        "alice@example.com",
                                        "\\\"",
                                        "\\\\",
                                        "\\/",
                                        "\\n",
                                        "\\t",
                                        "\\u0041",
                                        "\\u00e9",
                                        "\\ud83d\\ude00",
                                        "\xc3\xa9",
                                        "\xe2\x82\xac",
                                        "\xf0\x9f\x98\x80",
                                        "[",
                                        "]",
                                        "{",
                                        ",",
                                        ":",
                                        "0",
                                        "\\u0000",
                                        "\\b\\f\\r"};
    anon_buf_append(b, "\"", 1);
    unsigned n = rnd() % 8;
    for (unsigned i = 0; i < n; i++) {
        const char *p = parts[rnd() % (sizeof parts / sizeof *parts)];
        anon_buf_append(b, p, strlen(p));
    }
    anon_buf_append(b, "\"", 1);
}

static void gen_value(anon_buf_t *b, int depth)
{
    unsigned r = rnd() % (depth > 6 ? 4 : 7);
    static const char *const nums[] = {
        "0", "-1", "12345678901234567890123", "3.14", "-0.0e-0", "1E+99", "6.02e23"};
    switch (r) {
    case 0:
        gen_string(b);
        break;
    case 1: {
        const char *n = nums[rnd() % 7];
        anon_buf_append(b, n, strlen(n));
        break;
    }
    case 2:
        anon_buf_append(b, "true", 4);
        break;
    case 3:
        anon_buf_append(b, "null", 4);
        break;
    case 4:
    case 5: {
        anon_buf_append(b, "[", 1);
        unsigned n = rnd() % 5;
        for (unsigned i = 0; i < n; i++) {
            if (i)
                anon_buf_append(b, ",", 1);
            gen_ws(b);
            gen_value(b, depth + 1);
            gen_ws(b);
        }
        anon_buf_append(b, "]", 1);
        break;
    }
    default: {
        anon_buf_append(b, "{", 1);
        unsigned n = rnd() % 5;
        for (unsigned i = 0; i < n; i++) {
            if (i)
                anon_buf_append(b, ",", 1);
            gen_ws(b);
            gen_string(b);
            gen_ws(b);
            anon_buf_append(b, ":", 1);
            gen_ws(b);
            gen_value(b, depth + 1);
        }
        gen_ws(b);
        anon_buf_append(b, "}", 1);
    }
    }
}

/* Changes every string: wraps it in <> and swaps "alice@example.com" for a token. */
static int fake_wrap(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                     anon_buf_t *out)
{
    (void)arg;
    (void)path;
    anon_buf_append(out, "<", 1);
    anon_buf_t tmp = {0};
    fake_email(NULL, path, s, n, &tmp);
    anon_buf_append(out, tmp.data ? (const char *)tmp.data : "", tmp.len);
    anon_buf_free(&tmp);
    anon_buf_append(out, ">", 1);
    return 1;
}

/* The document with every string's contents removed (strings become ""), keys included. */
static void skeleton(const uint8_t *p, size_t n, anon_buf_t *out)
{
    out->len = 0;
    for (size_t i = 0; i < n; i++) {
        anon_buf_append(out, p + i, 1);
        if (p[i] != '"')
            continue;
        i++;
        while (p[i] != '"') {
            if (p[i] == '\\')
                i++;
            i++;
        }
        anon_buf_append(out, "\"", 1);
    }
}

typedef struct strs {
    anon_buf_t all; /* each decoded value string followed by a NUL */
    int count;
} strs_t;

static int collect(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                   anon_buf_t *out)
{
    (void)out;
    strs_t *c = arg;
    if (path->is_key)
        return 0;
    anon_buf_append(&c->all, s, n);
    anon_buf_append(&c->all, "", 1);
    c->count++;
    return 0;
}

static void test_property_non_string_bytes_unchanged(void **st)
{
    (void)st;
    rng = 0x9e3779b97f4a7c15ULL;
    anon_buf_t doc = {0}, out = {0}, s1 = {0}, s2 = {0};
    for (int iter = 0; iter < 2000; iter++) {
        doc.len = 0;
        gen_ws(&doc);
        gen_value(&doc, 0);
        gen_ws(&doc);
        anon_json_walker_t w = {.str = fake_wrap};
        out.len = 0;
        size_t changed = 0;
        assert_int_equal(anon_json_rewrite(&w, doc.data, doc.len, &out, &changed), 0);
        skeleton(doc.data, doc.len, &s1);
        skeleton(out.data, out.len, &s2);
        assert_int_equal(s1.len, s2.len);
        assert_memory_equal(s1.data, s2.data, s1.len);
        /* every output string is the wrapped transform of the input string */
        strs_t a = {0}, b = {0};
        anon_json_walker_t ca = {.str = collect, .arg = &a}, cb = {.str = collect, .arg = &b};
        assert_int_equal(anon_json_rewrite(&ca, doc.data, doc.len, NULL, NULL), 0);
        assert_int_equal(anon_json_rewrite(&cb, out.data, out.len, NULL, NULL), 0);
        assert_int_equal(a.count, b.count);
        assert_int_equal((size_t)a.count, changed);
        size_t ia = 0, ib = 0;
        for (int i = 0; i < a.count; i++) {
            const char *sa = (const char *)a.all.data + ia, *sb = (const char *)b.all.data + ib;
            size_t la = strlen(sa), lb = strlen(sb); /* \u0000 cuts both at the same place */
            anon_buf_t want = {0};
            fake_wrap(NULL, NULL, sa, la, &want);
            if (strchr(sa, 0) == sa + la && lb == want.len)
                assert_memory_equal(sb, want.data, lb);
            anon_buf_free(&want);
            while (a.all.data[ia])
                ia++;
            ia++;
            while (b.all.data[ib])
                ib++;
            ib++;
            (void)sb;
        }
        anon_buf_free(&a.all);
        anon_buf_free(&b.all);
        /* identity transform: output identical */
        anon_json_walker_t id = {.str = collect, .arg = &a};
        out.len = 0;
        assert_int_equal(anon_json_rewrite(&id, doc.data, doc.len, &out, NULL), 0);
        assert_int_equal(out.len, doc.len);
        assert_memory_equal(out.data, doc.data, doc.len);
        anon_buf_free(&a.all);
    }
    anon_buf_free(&doc);
    anon_buf_free(&out);
    anon_buf_free(&s1);
    anon_buf_free(&s2);
}

/* ---- anon_rewrite through the real session ------------------------------------------------- */

static anon_engine_t *engine;

static int setup_engine(void **st)
{
    (void)st;
    char err[256];
    engine = anon_engine_new(NULL, err, sizeof err);
    return engine ? 0 : -1;
}

static int teardown_engine(void **st)
{
    (void)st;
    anon_engine_free(engine);
    return 0;
}

static char *rw(anon_session_t *s, anon_profile_t prof, int instr, const char *in, int *rc)
{
    anon_rewrite_opts_t o = {.profile = prof, .add_instruction = instr};
    anon_buf_t out = {0};
    char err[128] = "";
    *rc =
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)in, strlen(in), &out, err, sizeof err);
    char *r = strndup(out.data ? (char *)out.data : "", out.len);
    anon_buf_free(&out);
    return r;
}

static void test_rewrite_pii_free_body_is_identical(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    const char *in =
        "{\"model\":\"gpt-4o\", \"messages\":[{\"role\":\"user\",\"content\":\"What is "
        "2+2? Version 1.2.3, order 12345, uuid 123e4567-e89b-12d3-a456-426614174000\"}],"
        "\"seed\":123456789012345678901234567890}";
    int rc;
    char *o = rw(s, ANON_PROFILE_OPENAI, 1, in, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o, in);
    assert_int_equal(anon_session_total(s), 0);
    free(o);
    anon_session_free(s);
}

static void test_rewrite_openai_messages_get_system_instruction(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    const char *in = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"mail "
                     "alice@example.com\"}],\"n\":1}";
    int rc;
    char *o = rw(s, ANON_PROFILE_OPENAI, 1, in, &rc);
    assert_int_equal(rc, 0);
    const char *pre = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"";
    assert_memory_equal(o, pre, strlen(pre));
    const char *post = "\"},{\"role\":\"user\",\"content\":\"mail [EMAIL_1]\"}],\"n\":1}";
    assert_string_equal(o + strlen(o) - strlen(post), post);
    assert_non_null(strstr(o, "character for character"));
    assert_null(strstr(o, "alice"));
    free(o);
    /* without the option the body only changes where the value was */
    o = rw(s, ANON_PROFILE_OPENAI, 0, in, &rc);
    assert_string_equal(o,
                        "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"mail "
                        "[EMAIL_1]\"}],\"n\":1}");
    free(o);
    anon_session_free(s);
}

static void test_rewrite_instruction_in_each_provider_shape(void **st)
{
    (void)st;
    static const struct {
        anon_profile_t prof;
        const char *in, *pre, *post;
    } cases[] = {
        /* Anthropic: system string extended, array appended to, absent added */
        {ANON_PROFILE_ANTHROPIC,
         "{\"system\":\"Be "
         "nice.\",\"messages\":[{\"role\":\"user\",\"content\":\"alice@example.com\"}]}",
         "{\"system\":\"Be nice.\\n\\nSome values",
         "\",\"messages\":[{\"role\":\"user\",\"content\":\"[EMAIL_1]\"}]}"},
        {ANON_PROFILE_ANTHROPIC,
         "{\"system\":[{\"type\":\"text\",\"text\":\"Be "
         "nice.\"}],\"messages\":[{\"role\":\"user\",\"content\":\"alice@example.com\"}]}",
         "{\"system\":[{\"type\":\"text\",\"text\":\"Be "
         "nice.\"},{\"type\":\"text\",\"text\":\"Some values",
         "\"}],\"messages\":[{\"role\":\"user\",\"content\":\"[EMAIL_1]\"}]}"},
        {ANON_PROFILE_ANTHROPIC,
         "{\"messages\":[{\"role\":\"user\",\"content\":\"alice@example.com\"}]}",
         "{\"system\":\"Some values",
         "\",\"messages\":[{\"role\":\"user\",\"content\":\"[EMAIL_1]\"}]}"},
        /* Gemini: systemInstruction parts appended to, or added */
        {ANON_PROFILE_GEMINI,
         "{\"systemInstruction\":{\"parts\":[{\"text\":\"Be "
         "nice.\"}]},\"contents\":[{\"parts\":[{\"text\":\"alice@example.com\"}]}]}",
         "{\"systemInstruction\":{\"parts\":[{\"text\":\"Be nice.\"},{\"text\":\"Some values",
         "\"}]},\"contents\":[{\"parts\":[{\"text\":\"[EMAIL_1]\"}]}]}"},
        {ANON_PROFILE_GEMINI, "{\"contents\":[{\"parts\":[{\"text\":\"alice@example.com\"}]}]}",
         "{\"systemInstruction\":{\"parts\":[{\"text\":\"Some values",
         "\"}]},\"contents\":[{\"parts\":[{\"text\":\"[EMAIL_1]\"}]}]}"},
        /* OpenAI Responses: instructions extended or added */
        {ANON_PROFILE_OPENAI, "{\"instructions\":\"Be nice.\",\"input\":\"alice@example.com\"}",
         "{\"instructions\":\"Be nice.\\n\\nSome values", "\",\"input\":\"[EMAIL_1]\"}"},
        {ANON_PROFILE_OPENAI,
         "{\"model\":\"o3\",\"input\":[{\"role\":\"user\",\"content\":\"alice@example.com\"}]}",
         "{\"instructions\":\"Some values",
         "\",\"model\":\"o3\",\"input\":[{\"role\":\"user\",\"content\":\"[EMAIL_1]\"}]}"},
        /* Cohere v2: a leading system message */
        {ANON_PROFILE_COHERE,
         "{\"messages\":[{\"role\":\"user\",\"content\":\"alice@example.com\"}]}",
         "{\"messages\":[{\"role\":\"system\",\"content\":\"Some values",
         "\"},{\"role\":\"user\",\"content\":\"[EMAIL_1]\"}]}"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        anon_session_t *s = anon_session_new(engine);
        int rc;
        char *o = rw(s, cases[i].prof, 1, cases[i].in, &rc);
        assert_int_equal(rc, 0);
        if (strncmp(o, cases[i].pre, strlen(cases[i].pre)) != 0 ||
            strlen(o) < strlen(cases[i].post) ||
            strcmp(o + strlen(o) - strlen(cases[i].post), cases[i].post) != 0)
            fail_msg("case %zu: %s", i, o);
        anon_buf_t chk = {0};
        assert_int_equal(rewrite(o, NULL, NULL, 0, &chk), 0); /* still valid JSON */
        anon_buf_free(&chk);
        free(o);
        anon_session_free(s);
    }
}

static void test_rewrite_tokens_avoid_text_already_in_request(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    int rc;
    /* the request already says [EMAIL_1] (escaped, even): the value gets another number */
    char *o = rw(s, ANON_PROFILE_GENERIC, 0,
                 "[\"alice@example.com\",\"\\u005bEMAIL_1] is literal\"]", &rc);
    assert_int_equal(rc, 0);
    assert_null(strstr(o, "\"[EMAIL_1]\""));
    assert_null(strstr(o, "alice"));
    size_t vl;
    assert_null(anon_session_lookup(s, "[EMAIL_1]", 9, &vl));
    free(o);
    anon_session_free(s);
}

/* Found by reading the fuzz_json_rewrite oracle: token-shaped text one JSON level down (a tool
 * result that is itself JSON, with the bracket escaped at that level) must be reserved too, or
 * restoring turns the user's own text into the value. */
static void test_rewrite_tokens_avoid_text_in_json_inside_strings(void **st)
{
    (void)st;
    static const char *const ins[] = {
        "[\"alice@example.com\",\"{\\\"a\\\":\\\"\\\\u005bEMAIL_1]\\\",\\\"b\\\":[1]}\"]",
        "[\"alice@example.com\",\"{\\\"a\\\":\\\"\\\\\\u0075005bEMAIL_1]\\\"}\"]",
        /* an opaque payload is not scanned, but the restorer sees its text: reserve it too */
        "[\"alice@example.com\",\"data:x[EMAIL_1];base64,AAAA\"]",
    };
    for (size_t i = 0; i < sizeof ins / sizeof ins[0]; i++) {
        anon_session_t *s = anon_session_new(engine);
        int rc;
        char *o = rw(s, ANON_PROFILE_GENERIC, 0, ins[i], &rc);
        assert_int_equal(rc, 0);
        assert_null(strstr(o, "alice"));
        size_t vl;
        assert_null(anon_session_lookup(s, "[EMAIL_1]", 9, &vl));
        anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_JSON, ANON_PROFILE_GENERIC);
        anon_buf_t back = {0};
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)o, strlen(o), &back), 0);
        assert_int_equal(anon_restorer_finish(r, &back), 0);
        assert_int_equal(back.len, strlen(ins[i]));
        assert_memory_equal(back.data, ins[i], back.len);
        anon_buf_free(&back);
        anon_restorer_free(r);
        free(o);
        anon_session_free(s);
    }
}

static void test_rewrite_json_in_string_rewritten_at_its_level(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    int rc;
    const char *in = "{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{"
                     "\"arguments\":\"{\\\"to\\\":\\\"bob@example.org\\\",\\\"n\\\":1}\"}}]}]}";
    char *o = rw(s, ANON_PROFILE_OPENAI, 0, in, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o, "{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{"
                           "\"arguments\":\"{\\\"to\\\":\\\"[EMAIL_1]\\\",\\\"n\\\":1}\"}}]}]}");
    /* and the real restorer puts it back */
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_JSON, ANON_PROFILE_OPENAI);
    anon_buf_t back = {0};
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)o, strlen(o), &back), 0);
    assert_int_equal(anon_restorer_finish(r, &back), 0);
    assert_int_equal(back.len, strlen(in));
    assert_memory_equal(back.data, in, back.len);
    anon_buf_free(&back);
    anon_restorer_free(r);
    free(o);
    anon_session_free(s);
}

/* A caller's decoding buffer (walker .dec) is used for escaped strings and kept between walks:
 * the same output as the walk's own buffer, no new allocation on the next walk. */
static void test_caller_decode_buffer_kept_across_walks(void **st)
{
    (void)st;
    const char *in = "[\"\\u0061lice\\u0040example.com\", \"x\\n\\u00e9\"]";
    anon_buf_t out = {0}, dec = {0};
    fake_t f = {0};
    anon_json_walker_t w = {.str = fake_email, .arg = &f, .dec = &dec};
    assert_int_equal(anon_json_rewrite(&w, (const uint8_t *)in, strlen(in), &out, NULL), 0);
    assert_out(&out, "[\"[EMAIL_1]\", \"x\\n\\u00e9\"]");
    assert_string_equal(f.last, "x\n\xc3\xa9");
    assert_non_null(dec.data); /* the decoded text went to the caller's buffer */
    assert_memory_equal(dec.data, "x\n\xc3\xa9", dec.len);
    const uint8_t *kept = dec.data;
    out.len = 0;
    assert_int_equal(anon_json_rewrite(&w, (const uint8_t *)in, strlen(in), &out, NULL), 0);
    assert_out(&out, "[\"[EMAIL_1]\", \"x\\n\\u00e9\"]");
    assert_ptr_equal(dec.data, kept); /* not freed by the walk, not reallocated */
    anon_buf_free(&dec);
    anon_buf_free(&out);
}

/* Found by fuzz_sse_restore (UBSan: NULL + 0): a callback that empties a string leaves its
 * output buffer unallocated, and escaping it must be a no-op. */
static void test_escape_of_empty_unallocated_text_appends_nothing(void **st)
{
    (void)st;
    anon_buf_t out = {0}, empty = {0};
    assert_int_equal(anon_json_escape(&out, (const char *)empty.data, empty.len), ANON_OK);
    assert_int_equal(out.len, 0);
    anon_buf_append(&out, "x", 1);
    assert_int_equal(anon_json_escape(&out, NULL, 0), ANON_OK);
    assert_out(&out, "x");
    anon_buf_free(&out);
}

/* Found by fuzz_json_rewrite (UBSan: NULL + 0): a string that starts like JSON but is not is
 * scanned as text, also when it is the first thing written to the scratch buffer. */
static void test_rewrite_bracketed_text_that_is_not_json_is_scanned_as_text(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    int rc;
    char *o = rw(s, ANON_PROFILE_GENERIC, 0, "[\"[see alice@example.com\", \"{\"]", &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o, "[\"[see [EMAIL_1]\", \"{\"]");
    free(o);
    anon_session_free(s);
}

static void test_rewrite_fails_closed(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    const char *bad[] = {"{\"a\":\"alice@example.com\"", "{\"a\":\"alice@example.com\"} x",
                         "[\"\\ud800 alice@example.com\"]", "[\"\xff\"]"};
    const int want[] = {ANON_ERR_JSON, ANON_ERR_JSON, ANON_ERR_ENCODING, ANON_ERR_ENCODING};
    for (size_t i = 0; i < 4; i++) {
        anon_buf_t out = {0};
        char err[128] = "";
        anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 1};
        int rc = anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)bad[i], strlen(bad[i]), &out,
                              err, sizeof err);
        assert_int_equal(rc, want[i]);
        assert_int_equal(out.len, 0); /* nothing to forward */
        assert_true(err[0] != 0);
        assert_null(strstr(err, "alice"));
        anon_buf_free(&out);
    }
    char deep[400];
    memset(deep, '[', 200);
    memset(deep + 200, ']', 200);
    anon_buf_t out = {0};
    char err[128];
    anon_rewrite_opts_t o = {.max_depth = 100};
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)deep, 400, &out, err, sizeof err),
        ANON_ERR_DEPTH);
    assert_non_null(strstr(err, "100"));
    anon_buf_free(&out);
    anon_session_free(s);
}

static void test_rewrite_pii_in_keys_replaced_also_inside_tool_arguments(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    const char *in = "{\"metadata\":{\"maria.keller@example.com\":\"vip\"},\"messages\":[{\"role\":"
                     "\"assistant\",\"tool_calls\":[{\"function\":{\"name\":\"f\",\"arguments\":"
                     "\"{\\\"maria.keller@example.com\\\":1}\"}}]}]}";
    int rc;
    char *o = rw(s, ANON_PROFILE_OPENAI, 0, in, &rc);
    assert_int_equal(rc, 0);
    assert_null(strstr(o, "maria.keller"));
    assert_non_null(strstr(o, "{\"[EMAIL_1]\":\"vip\"}"));
    assert_non_null(strstr(o, "\"arguments\":\"{\\\"[EMAIL_1]\\\":1}\""));
    assert_non_null(strstr(o, "\"metadata\":")); /* protocol names stay */
    free(o);
    anon_session_free(s);
}

static void test_rewrite_card_number_becomes_string_token(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    const char *in = "{\"card\": 4539899720743225, \"n\": 1, \"big\": 12345678901234567890123, "
                     "\"list\": [4539899720743225], \"t\": 1.5e3}";
    int rc;
    char *o = rw(s, ANON_PROFILE_GENERIC, 0, in, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o,
                        "{\"card\": \"[CREDIT_CARD_1]\", \"n\": 1, \"big\": "
                        "12345678901234567890123, \"list\": [\"[CREDIT_CARD_1]\"], \"t\": 1.5e3}");
    free(o);
    anon_session_free(s);
}

/* A member's key labels its value as the text before it would: phone, SSN and secret keys in any
 * casing, lists of them, numbers and strings ("mobile": "4155550132" left whole before). */
static void test_rewrite_member_keys_label_their_values(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    const char *in = "{\"phones\": [4155550132, 4155550133], \"mobile\": \"4155550134\", "
                     "\"contactMobileNo\": \"415 555 0135\", \"ssns\": [\"536228451\"], "
                     "\"taxId\": 536228452, \"password\": \"hunter2xyzQ9\", "
                     "\"hotel\": \"4155550136\", \"count\": 4155550137}";
    int rc;
    char *o = rw(s, ANON_PROFILE_GENERIC, 0, in, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o,
                        "{\"phones\": [\"[PHONE_1]\", \"[PHONE_2]\"], \"mobile\": \"[PHONE_3]\", "
                        "\"contactMobileNo\": \"[PHONE_4]\", \"ssns\": [\"[US_SSN_1]\"], "
                        "\"taxId\": \"[US_SSN_2]\", \"password\": \"[SECRET_1]\", "
                        "\"hotel\": \"4155550136\", \"count\": 4155550137}");
    free(o);
    anon_session_free(s);
}

static void test_rewrite_text_data_uris_scanned_binary_ones_skipped(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    /* "mail maria.keller@example.com" and {"to":"maria.keller@example.com"} */
    const char *in = "[\"data:text/plain;base64,bWFpbCBtYXJpYS5rZWxsZXJAZXhhbXBsZS5jb20=\","
                     "\"data:application/"
                     "json;charset=utf-8;base64,eyJ0byI6Im1hcmlhLmtlbGxlckBleGFtcGxlLmNvbSJ9\","
                     "\"data:text/plain,mail%20maria.keller%40example.com\","
                     "\"data:image/png;base64,bWFpbCBtYXJpYS5rZWxsZXJAZXhhbXBsZS5jb20=\"]";
    int rc;
    char *o = rw(s, ANON_PROFILE_GENERIC, 0, in, &rc);
    assert_int_equal(rc, 0);
    json_error_t je;
    json_t *j = json_loads(o, 0, &je);
    assert_non_null(j);
    anon_buf_t dec = {0};
    const char *a = json_string_value(json_array_get(j, 0));
    assert_string_equal(a, "data:text/plain;base64,bWFpbCBbRU1BSUxfMV0=");
    const char *b = json_string_value(json_array_get(j, 1));
    assert_int_equal(strncmp(b, "data:application/json;charset=utf-8;base64,", 43), 0);
    assert_int_equal(anon_base64_decode(&dec, b + 43, strlen(b + 43)), 0);
    assert_int_equal(dec.len, strlen("{\"to\":\"[EMAIL_1]\"}"));
    assert_memory_equal(dec.data, "{\"to\":\"[EMAIL_1]\"}", dec.len);
    assert_string_equal(json_string_value(json_array_get(j, 2)),
                        "data:text/plain,mail %5BEMAIL_1%5D");
    /* an image is not text: forwarded as it came */
    assert_string_equal(json_string_value(json_array_get(j, 3)),
                        "data:image/png;base64,bWFpbCBtYXJpYS5rZWxsZXJAZXhhbXBsZS5jb20=");
    anon_buf_free(&dec);
    json_decref(j);
    free(o);
    /* a text data: URI that does not decode is not forwarded */
    anon_session_t *s2 = anon_session_new(engine);
    o = rw(s2, ANON_PROFILE_GENERIC, 0, "[\"data:text/plain;base64,bWF*pbA==\"]", &rc);
    assert_int_equal(rc, ANON_ERR_ENCODING);
    free(o);
    anon_session_free(s2);
    anon_session_free(s);
}

static void test_rewrite_base64_text_payloads_scanned_binary_ones_skipped(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    anon_buf_t text = {0}, b64 = {0}, png = {0};
    const char *note = "Notes for the account of maria.keller@example.com, caf\xc3\xa9 visit on "
                       "Tuesday; the card on file ends in 3225 and she prefers email.";
    anon_base64_encode(&b64, (const uint8_t *)note, strlen(note));
    static const uint8_t png_head[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    anon_buf_t raw = {0};
    anon_buf_append(&raw, png_head, sizeof png_head);
    anon_buf_append(&raw, note, strlen(note)); /* text after a binary header stays opaque */
    anon_base64_encode(&png, raw.data, raw.len);
    char *in = NULL;
    assert_true(asprintf(&in,
                         "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"document\","
                         "\"source\":{\"type\":\"base64\",\"media_type\":\"text/plain\",\"data\":"
                         "\"%.*s\"}},{\"type\":\"image\",\"source\":{\"type\":\"base64\","
                         "\"media_type\":\"image/png\",\"data\":\"%.*s\"}}]}]}",
                         (int)b64.len, (char *)b64.data, (int)png.len, (char *)png.data) > 0);
    int rc;
    char *o = rw(s, ANON_PROFILE_ANTHROPIC, 0, in, &rc);
    assert_int_equal(rc, 0);
    json_error_t je;
    json_t *j = json_loads(o, 0, &je);
    assert_non_null(j);
    json_t *content = json_object_get(json_array_get(json_object_get(j, "messages"), 0), "content");
    const char *d0 = json_string_value(
        json_object_get(json_object_get(json_array_get(content, 0), "source"), "data"));
    const char *d1 = json_string_value(
        json_object_get(json_object_get(json_array_get(content, 1), "source"), "data"));
    assert_int_equal(anon_base64_decode(&text, d0, strlen(d0)), 0);
    anon_buf_append(&text, "", 1);
    assert_non_null(strstr((char *)text.data, "account of [EMAIL_1], caf\xc3\xa9"));
    assert_int_equal(strlen(d1), png.len);
    assert_memory_equal(d1, png.data, png.len); /* binary: as it came */
    json_decref(j);
    free(o);
    free(in);
    anon_buf_free(&text);
    anon_buf_free(&b64);
    anon_buf_free(&png);
    anon_buf_free(&raw);
    anon_session_free(s);
}

static void test_rewrite_accepts_a_byte_order_mark(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    int rc;
    char *o =
        rw(s, ANON_PROFILE_GENERIC, 0, "\xEF\xBB\xBF{\"q\":\"maria.keller@example.com\"}", &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(o, "{\"q\":\"[EMAIL_1]\"}");
    free(o);
    anon_session_free(s);
}

static void test_rewrite_tokens_avoid_text_in_any_written_form(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    int rc;
    char *o =
        rw(s, ANON_PROFILE_GENERIC, 0,
           "{\"q\":\"see [email_1], \\\\[EMAIL\\\\_2\\\\], %5BEMAIL_3%5D, \\uff3bEMAIL_4\\uff3d "
           "and [ EMAIL_5 ]: maria.keller@example.com\"}",
           &rc);
    assert_int_equal(rc, 0);
    assert_non_null(strstr(o, "[EMAIL_6]"));
    free(o);
    anon_session_free(s);
    /* only an escaped full-width form, in a member name (found by fuzz_json_rewrite) */
    s = anon_session_new(engine);
    o = rw(s, ANON_PROFILE_GENERIC, 0,
           "{\"k\\uff3bEMAIL_1\\uff3d\":\"mail maria.keller@example.com\"}", &rc);
    assert_int_equal(rc, 0);
    assert_non_null(strstr(o, "\"mail [EMAIL_2]\""));
    free(o);
    anon_session_free(s);
}

/* The walk's byte loops take 32 bytes at a time (json_scan.c): a special byte, an escape or an
 * encoded '[' at any offset of a long string, before or inside the last short block, is seen. */
static int collect_one(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                       anon_buf_t *out)
{
    (void)path;
    (void)out;
    anon_buf_t *b = arg;
    b->len = 0;
    return anon_buf_append(b, s, n) < 0 ? -1 : 0;
}

static void test_long_strings_scanned_at_every_offset(void **st)
{
    (void)st;
    static const struct {
        const char *raw, *dec;
        int rc;
    } cases[] = {{"\\n", "\n", 0},
                 {"\\u00e9", "\xc3\xa9", 0},
                 {"\xc3\xa9", "\xc3\xa9", 0},
                 {"\\\\", "\\", 0},
                 {"\\\"", "\"", 0},
                 {"\x01", NULL, -1},
                 {"\xc3(", NULL, -1},
                 {"", "", 0}};
    char doc[256], want[256];
    anon_buf_t got = {0}, out = {0};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
        for (int pre = 0; pre < 80; pre++)
            for (int post = 0; post < 40; post += 13) {
                snprintf(doc, sizeof doc, "[\"%*s%s%*s\"]", pre, "", cases[c].raw, post, "");
                anon_json_walker_t w = {.str = collect_one, .arg = &got};
                out.len = 0;
                int rc = anon_json_rewrite(&w, (const uint8_t *)doc, strlen(doc), &out, NULL);
                if (cases[c].rc < 0) {
                    assert_true(rc < 0);
                    continue;
                }
                assert_int_equal(rc, 0);
                snprintf(want, sizeof want, "%*s%s%*s", pre, "", cases[c].dec, post, "");
                assert_int_equal(got.len, strlen(want));
                assert_memory_equal(got.data, want, got.len);
                assert_int_equal(out.len, strlen(doc));
                assert_memory_equal(out.data, doc, out.len);
            }
    anon_buf_free(&got);
    anon_buf_free(&out);
}

static void test_rewrite_escaped_bracket_reserved_at_every_offset(void **st)
{
    (void)st;
    char doc[256];
    for (int pre = 0; pre < 80; pre++) {
        anon_session_t *s = anon_session_new(engine);
        int rc;
        snprintf(doc, sizeof doc, "{\"q\":\"%*s\\u005bEMAIL_1] maria.keller@example.com\"}", pre,
                 "");
        char *o = rw(s, ANON_PROFILE_GENERIC, 0, doc, &rc);
        assert_int_equal(rc, 0);
        assert_non_null(strstr(o, "[EMAIL_2]"));
        free(o);
        anon_session_free(s);
    }
}

/* The reservation walk is skipped for a body whose brackets only hold indices and levels (code's
 * "p[i]", a log's "[INFO]"), never for one that holds a token in any form a model writes it,
 * among such brackets: the value then takes another number. */
static void test_rewrite_token_forms_reserved_among_code_brackets(void **st)
{
    (void)st;
    static const char *const forms[] = {
        "[EMAIL_1]",
        "[email_1]",
        "[ EMAIL_1 ]",
        "\\\\[EMAIL\\\\_1\\\\]",
        "%5BEMAIL_1%5D",
        "%5bEMAIL%5f1%5d",
        "\xEF\xBC\xBB"
        "EMAIL_1\xEF\xBC\xBD",
        "[EMAIL\xEF\xBC\xBF"
        "1]",
        "[Email_1]",
    };
    static const char code[] = "for i in p[i]: log[INFO] x[idx2] a[ b ] [1] ";
    char doc[512];
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        anon_session_t *s = anon_session_new(engine);
        int rc;
        snprintf(doc, sizeof doc, "{\"q\":\"%s%s %s maria.keller@example.com\"}", code, forms[f],
                 code);
        char *o = rw(s, ANON_PROFILE_GENERIC, 0, doc, &rc);
        assert_int_equal(rc, 0);
        if (!strstr(o, "[EMAIL_2]"))
            fail_msg("form %zu: %s", f, o);
        free(o);
        anon_session_free(s);
    }
    /* brackets alone: nothing to reserve, the value takes the first number */
    anon_session_t *s = anon_session_new(engine);
    int rc;
    snprintf(doc, sizeof doc, "{\"q\":\"%s maria.keller@example.com\",\"r\":[\"x\"]}", code);
    char *o = rw(s, ANON_PROFILE_GENERIC, 0, doc, &rc);
    assert_int_equal(rc, 0);
    assert_non_null(strstr(o, "[EMAIL_1]"));
    free(o);
    anon_session_free(s);
}

static void test_rewrite_text_body(void **st)
{
    (void)st;
    anon_session_t *s = anon_session_new(engine);
    anon_buf_t out = {0};
    const char *in = "Contact alice@example.com please.";
    assert_int_equal(
        anon_rewrite(s, ANON_BODY_TEXT, NULL, (const uint8_t *)in, strlen(in), &out, NULL, 0), 0);
    assert_int_equal(out.len, strlen("Contact [EMAIL_1] please."));
    assert_memory_equal(out.data, "Contact [EMAIL_1] please.", out.len);
    anon_buf_free(&out);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unchanged_document_is_copied_byte_for_byte),
        cmocka_unit_test(test_values_rewritten_keys_kept),
        cmocka_unit_test(test_escaped_value_decoded_before_transform),
        cmocka_unit_test(test_big_integers_keep_every_digit),
        cmocka_unit_test(test_surrogate_pair_decoded_to_utf8),
        cmocka_unit_test(test_lone_surrogates_and_bad_utf8_fail_closed),
        cmocka_unit_test(test_invalid_json_rejected),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_reencoding_is_minimal),
        cmocka_unit_test(test_opaque_payloads_skipped),
        cmocka_unit_test(test_rewrite_token_forms_reserved_among_code_brackets),
        cmocka_unit_test(test_keys_visited_and_rewritten_only_when_asked),
        cmocka_unit_test(test_value_hook_reports_paths_and_offsets),
        cmocka_unit_test(test_long_strings_scanned_at_every_offset),
        cmocka_unit_test(test_property_non_string_bytes_unchanged),
        cmocka_unit_test(test_rewrite_pii_free_body_is_identical),
        cmocka_unit_test(test_rewrite_openai_messages_get_system_instruction),
        cmocka_unit_test(test_rewrite_instruction_in_each_provider_shape),
        cmocka_unit_test(test_rewrite_tokens_avoid_text_already_in_request),
        cmocka_unit_test(test_rewrite_tokens_avoid_text_in_json_inside_strings),
        cmocka_unit_test(test_rewrite_json_in_string_rewritten_at_its_level),
        cmocka_unit_test(test_caller_decode_buffer_kept_across_walks),
        cmocka_unit_test(test_escape_of_empty_unallocated_text_appends_nothing),
        cmocka_unit_test(test_rewrite_bracketed_text_that_is_not_json_is_scanned_as_text),
        cmocka_unit_test(test_rewrite_fails_closed),
        cmocka_unit_test(test_rewrite_text_body),
        cmocka_unit_test(test_rewrite_pii_in_keys_replaced_also_inside_tool_arguments),
        cmocka_unit_test(test_rewrite_card_number_becomes_string_token),
        cmocka_unit_test(test_rewrite_member_keys_label_their_values),
        cmocka_unit_test(test_rewrite_text_data_uris_scanned_binary_ones_skipped),
        cmocka_unit_test(test_rewrite_accepts_a_byte_order_mark),
        cmocka_unit_test(test_rewrite_base64_text_payloads_scanned_binary_ones_skipped),
        cmocka_unit_test(test_rewrite_tokens_avoid_text_in_any_written_form),
        cmocka_unit_test(test_rewrite_escaped_bracket_reserved_at_every_offset),
    };
    return cmocka_run_group_tests(tests, setup_engine, teardown_engine);
}
