/* test_sse.c: provider-aware SSE restore. Tokens streamed in pieces are joined per choice/block,
 * held text is released inside the right event, output is the same however the stream is cut. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "anonymize/restore.h"
#include "sse_streams.h"

/* ---- recorded streams ------------------------------------------------------------------- */

#define OAI_HEAD                                                                                   \
    "data: "                                                                                       \
    "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"          \
    "\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,"
static const char openai[] = OAI_HEAD
    "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"content\":\"Hi [EM\"},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"content\":\"AIL_\"},\"finish_reason\":null}]}\n\n"
    ": keep-alive comment\n\n" OAI_HEAD
    "\"delta\":{\"content\":\"1], you are [NA\"},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"content\":\"ME_1]. See [PA\"},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{"
    "\"name\":\"send\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"to\\\": "
    "\\\"[EMA\"}}]},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"IL_1]\\\", \\\"who\\\": "
    "\\\"[NAME\"}}]},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"_1]\\\", \\\"dir\\\": "
    "\\\"[PATH_1]\\\"}\"}}]},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{},\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":"
    "12345678901234567890}}\n\n"
    "data: [DONE]\n\n";

#define AE(name, json) "event: " name "\r\ndata: " json "\r\n\r\n"
static const char anthropic[] = AE(
    "message_start",
    "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":"
    "\"assistant\",\"content\":[],\"model\":\"claude-sonnet-4\",\"stop_reason\":null,\"usage\":{"
    "\"input_tokens\":25,\"output_tokens\":1}}}") AE("content_block_start",
                                                     "{\"type\":\"content_block_start\",\"index\":"
                                                     "0,\"content_block\":{"
                                                     "\"type\":\"thinking\",\"thinking\":\"\"}}")
    AE("content_block_delta",
       "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\","
       "\"thinking\":\"The user [NAME_1] wrote from [EMAIL\"}}") AE("ping", "{\"type\": \"ping\"}")
        AE("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{"
                                  "\"type\":\"thinking_delta\",\"thinking\":\"_1\"}}")
            AE("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}") AE(
                "content_block_start",
                "{\"type\":\"content_block_start\",\"index\":1,\"content_"
                "block\":{\"type\":\"text\",\"text\":\"\"}}") AE("content_block_delta",
                                                                 "{\"type\":\"content_block_"
                                                                 "delta\",\"index\":1,\"delta\":"
                                                                 "{\"type\":\"text_delta\","
                                                                 "\"text\":\"Hello [\"}}")
                AE("content_block_delta",
                   "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_"
                   "delta\",\"text\":\"UNI_1], [x] [EMAIL_1]\"}}")
                    AE("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}") AE(
                        "content_block_start",
                        "{\"type\":\"content_block_start\",\"index\":2,\"content_block\":{\"type\":"
                        "\"tool_use\",\"id\":\"toolu_1\",\"name\":\"save\",\"input\":{}}}")
                        AE("content_block_delta",
                           "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":"
                           "\"input_json_delta\",\"partial_json\":\"{\\\"path\\\": \\\"[PA\"}}")
                            AE("content_block_delta",
                               "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":"
                               "\"input_json_delta\",\"partial_json\":\"TH_1]\\\", \\\"n\\\": "
                               "\\\"[UNI_1]\\\"}\"}}")
                                AE("content_block_stop",
                                   "{\"type\":\"content_block_stop\",\"index\":2}")
                                    AE("message_delta",
                                       "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
                                       "\"tool_use\",\"stop_sequence\":null},\"usage\":{\"output_"
                                       "tokens\":15}}")
                                        AE("message_stop", "{\"type\":\"message_stop\"}");

#define GD(json) "data: " json "\r\n\r\n"
static const char gemini[] = GD("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Mail "
                                "[EM\"}],\"role\": \"model\"},\"index\": 0}],\"usageMetadata\": "
                                "{\"promptTokenCount\": 9},\"modelVersion\": \"gemini-2.0-flash\"}")
    GD("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"AIL_1] and [UNI_1\"}],\"role\": "
       "\"model\"},\"index\": 0}],\"modelVersion\": \"gemini-2.0-flash\"}")
        GD("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"] ok [PATH_\"}],\"role\": "
           "\"model\"},\"finishReason\": \"STOP\",\"index\": 0}],\"modelVersion\": "
           "\"gemini-2.0-flash\"}");

/* OpenAI Responses API and Cohere v2, CR-only line endings for the latter */
#define RE(name, json) "event: " name "\ndata: " json "\n\n"
static const char responses[] = RE("response.created",
                                   "{\"type\":\"response.created\",\"sequence_number\":0,"
                                   "\"response\":{\"id\":\"resp_1\",\"status\":\"in_progress\"}}")
    RE("response.output_text.delta",
       "{\"type\":\"response.output_text.delta\",\"sequence_number\":"
       "4,\"item_id\":\"msg_1\","
       "\"output_index\":0,\"content_index\":0,\"delta\":\"To "
       "[EMAIL\"}") RE("response.output_text.delta", "{\"type\":\"response.output_text.delta\","
                                                     "\"sequence_number\":5,\"item_id\":\"msg_1\","
                                                     "\"output_index\":0,\"content_index\":0,"
                                                     "\"delta\":\"_1\"}")
        RE("response.output_text.done", "{\"type\":\"response.output_text.done\",\"sequence_"
                                        "number\":6,\"item_id\":\"msg_1\",\"output_index\":0,"
                                        "\"content_index\":0,\"text\":\"To [EMAIL_1\"}")
            RE("response.function_call_arguments.delta",
               "{\"type\":\"response.function_call_arguments.delta\",\"sequence_number\":8,\"item_"
               "id\":\"fc_1\",\"output_index\":1,\"delta\":\"{\\\"who\\\":\\\"[NAM\"}")
                RE("response.function_call_arguments.delta",
                   "{\"type\":\"response.function_call_arguments.delta\",\"sequence_number\":9,"
                   "\"item_id\":\"fc_1\",\"output_index\":1,\"delta\":\"E_1]\\\"}\"}")
                    RE("response.function_call_arguments.done",
                       "{\"type\":\"response.function_call_arguments.done\",\"sequence_number\":10,"
                       "\"item_id\":\"fc_1\",\"output_index\":1,\"arguments\":\"{\\\"who\\\":\\\"["
                       "NAME_1]\\\"}\"}")
                        RE("response.completed",
                           "{\"type\":\"response.completed\",\"sequence_number\":11,\"response\":{"
                           "\"id\":\"resp_1\",\"output\":[{\"type\":\"message\",\"content\":[{"
                           "\"type\":\"output_text\",\"text\":\"To [EMAIL_1]\"}]}]}}");

#define CE(name, json) "event: " name "\rdata: " json "\r\r"
static const char cohere[] = CE(
    "message-start",
    "{\"id\":\"c1\",\"type\":\"message-start\",\"delta\":{\"message\":{\"role\":\"assistant\"}}}")
    CE("content-delta", "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{"
                        "\"content\":{\"text\":\"Dear [NA\"}}}}")
        CE("content-delta", "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{"
                            "\"content\":{\"text\":\"ME_1]!\"}}}}")
            CE("content-end", "{\"type\":\"content-end\",\"index\":0}")
                CE("message-end",
                   "{\"type\":\"message-end\",\"delta\":{\"finish_reason\":\"COMPLETE\"}}");

/* ---- reading the output -------------------------------------------------------------------- */

/* Events of an output stream: their "event:" name and data, in order. */
typedef struct ev {
    char name[64];
    char *data;
} ev_t;

static size_t parse_events(const char *s, ev_t *evs, size_t max)
{
    size_t n = 0;
    const char *p = s;
    char name[64] = "";
    anon_buf_t data = {0};
    int has = 0;
    while (*p) {
        size_t l = strcspn(p, "\r\n");
        const char *next = p + l;
        if (*next == '\r' && next[1] == '\n')
            next += 2;
        else if (*next)
            next++;
        if (l == 0) {
            if (has || name[0]) {
                assert_true(n < max);
                snprintf(evs[n].name, sizeof evs[n].name, "%s", name);
                evs[n].data = strndup(data.data ? (char *)data.data : "", data.len);
                n++;
            }
            name[0] = 0;
            data.len = 0;
            has = 0;
        } else if (l >= 6 && !strncmp(p, "event:", 6)) {
            snprintf(name, sizeof name, "%.*s", (int)(l - 6 - (p[6] == ' ')),
                     p + 6 + (p[6] == ' '));
        } else if (l >= 5 && !strncmp(p, "data:", 5)) {
            if (has)
                anon_buf_append(&data, "\n", 1);
            size_t v = 5 + (p[5] == ' ');
            anon_buf_append(&data, p + v, l - v);
            has = 1;
        }
        p = next;
    }
    anon_buf_free(&data);
    return n;
}

static void free_events(ev_t *evs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(evs[i].data);
}

static json_t *j(const char *s)
{
    json_error_t e;
    json_t *v = json_loads(s, JSON_DECODE_INT_AS_REAL, &e);
    if (!v)
        fail_msg("event data is not JSON (%s): %s", e.text, s);
    return v;
}

/* json_t path helper: "a.0.b" */
static json_t *at(json_t *v, const char *path)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *t = strtok(buf, "."); t && v; t = strtok(NULL, "."))
        v = (*t >= '0' && *t <= '9') ? json_array_get(v, strtoul(t, NULL, 10))
                                     : json_object_get(v, t);
    return v;
}

static const char *str_at(json_t *v, const char *path)
{
    json_t *s = at(v, path);
    return s && json_is_string(s) ? json_string_value(s) : NULL;
}

/* ---- tests --------------------------------------------------------------------------------- */

static void test_openai_split_invariant(void **st)
{
    (void)st;
    assert_split_invariant(openai);
}

static void test_openai_content_and_tool_arguments_restored(void **st)
{
    (void)st;
    size_t on;
    char *o = run(openai, strlen(openai), (split_t){strlen(openai), 0}, &on);
    ev_t evs[32];
    size_t n = parse_events(o, evs, 32);
    char content[512] = "", args[512] = "";
    int finish_at = -1, flush_at = -1, last_content_at = -1;
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(evs[i].data, "[DONE]"))
            continue;
        json_t *v = j(evs[i].data);
        const char *c = str_at(v, "choices.0.delta.content");
        const char *a = str_at(v, "choices.0.delta.tool_calls.0.function.arguments");
        if (c) {
            strncat(content, c, sizeof content - strlen(content) - 1);
            last_content_at = (int)i;
            if (!strcmp(c, "[PA"))
                flush_at = (int)i;
            /* every content event keeps its other fields */
            assert_string_equal(str_at(v, "id"), "chatcmpl-1");
            assert_string_equal(str_at(v, "model"), "gpt-4o");
        }
        if (a)
            strncat(args, a, sizeof args - strlen(args) - 1);
        if (str_at(v, "choices.0.finish_reason"))
            finish_at = (int)i;
        json_decref(v);
    }
    assert_string_equal(content, "Hi alice@example.com, you are Bob \"the\" O'Neil. See [PA");
    /* "[PA" never became a token: flushed in a copy of the content event, before finish_reason */
    assert_true(flush_at > 0 && flush_at == last_content_at && flush_at < finish_at);
    json_t *a = j(args);
    assert_string_equal(str_at(a, "to"), vals[0]);
    assert_string_equal(str_at(a, "who"), vals[1]);
    assert_string_equal(str_at(a, "dir"), vals[2]);
    json_decref(a);
    /* the big integer and the [DONE] sentinel pass through */
    assert_non_null(strstr(o, "\"prompt_tokens\":12345678901234567890}"));
    assert_non_null(strstr(o, "\n\ndata: [DONE]\n\n"));
    assert_null(strstr(o, "[EMAIL_1]"));
    free_events(evs, n);
    free(o);
}

/* An empty piece (NULL, 0), as a decoder hands over when a compressed chunk yields nothing: no
 * pointer arithmetic on NULL (UBSan failed fuzz_upstream_response on it), nothing changes. */
static void test_empty_piece_fed_without_a_buffer(void **st)
{
    (void)st;
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_SSE, ANON_PROFILE_OPENAI);
    anon_buf_t out = {0};
    const char *e1 =
        OAI_HEAD "\"delta\":{\"content\":\"Hi [EMAIL_1]\"},\"finish_reason\":null}]}\n\n";
    assert_int_equal(anon_restorer_feed(r, NULL, 0, &out), 0);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)e1, 10, &out), 0);
    assert_int_equal(anon_restorer_feed(r, NULL, 0, &out), 0);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)e1 + 10, strlen(e1) - 10, &out), 0);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    assert_non_null(memmem(out.data, out.len, "\"content\":\"Hi alice@example.com\"", 31));
    anon_buf_free(&out);
    anon_restorer_free(r);
}

static void test_held_text_released_in_next_delta_of_same_key(void **st)
{
    (void)st;
    /* feed event by event: each event comes out as soon as its blank line is in */
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_SSE, ANON_PROFILE_OPENAI);
    anon_buf_t out = {0};
    const char *e1 = OAI_HEAD "\"delta\":{\"content\":\"Hi [EM\"},\"finish_reason\":null}]}\n\n";
    const char *e2 =
        OAI_HEAD "\"delta\":{\"content\":\"AIL_1] bye\"},\"finish_reason\":null}]}\n\n";
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)e1, strlen(e1) - 1, &out), 0);
    assert_int_equal(out.len, 0); /* not a whole event yet */
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)e1 + strlen(e1) - 1, 1, &out), 0);
    assert_non_null(memmem(out.data, out.len, "\"content\":\"Hi \"", 15));
    size_t first = out.len;
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)e2, strlen(e2), &out), 0);
    assert_non_null(
        memmem(out.data + first, out.len - first, "\"content\":\"alice@example.com bye\"", 33));
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    anon_buf_free(&out);
    anon_restorer_free(r);
}

static void test_anthropic_split_invariant(void **st)
{
    (void)st;
    assert_split_invariant(anthropic);
}

static void test_anthropic_blocks_restored_and_flushed_under_their_event(void **st)
{
    (void)st;
    size_t on;
    char *o = run(anthropic, strlen(anthropic), (split_t){strlen(anthropic), 0}, &on);
    ev_t evs[40];
    size_t n = parse_events(o, evs, 40);
    char thinking[256] = "", text[256] = "", pj[256] = "";
    int stop0 = -1, flush0 = -1;
    for (size_t i = 0; i < n; i++) {
        json_t *v = j(evs[i].data);
        const char *type = str_at(v, "type");
        assert_string_equal(type, evs[i].name); /* every event keeps its own name */
        const char *t;
        if ((t = str_at(v, "delta.thinking"))) {
            strncat(thinking, t, sizeof thinking - strlen(thinking) - 1);
            flush0 = (int)i;
        }
        if ((t = str_at(v, "delta.text")))
            strncat(text, t, sizeof text - strlen(text) - 1);
        if ((t = str_at(v, "delta.partial_json")))
            strncat(pj, t, sizeof pj - strlen(pj) - 1);
        if (!strcmp(type, "content_block_stop") && json_number_value(at(v, "index")) == 0)
            stop0 = (int)i;
        json_decref(v);
    }
    assert_string_equal(thinking, "The user Bob \"the\" O'Neil wrote from [EMAIL_1");
    assert_true(flush0 >= 0 && flush0 + 1 == stop0); /* the held "[EMAIL_1" right before its stop */
    assert_string_equal(text, "Hello Zo\xc3\xab\n\xf0\x9f\x98\x80, [x] alice@example.com");
    json_t *in = j(pj);
    assert_string_equal(str_at(in, "path"), vals[2]);
    assert_string_equal(str_at(in, "n"), vals[3]);
    json_decref(in);
    assert_non_null(strstr(o, "event: ping\r\ndata: {\"type\": \"ping\"}\r\n\r\n"));
    free_events(evs, n);
    free(o);
}

static void test_gemini_split_invariant_and_restored(void **st)
{
    (void)st;
    assert_split_invariant(gemini);
    size_t on;
    char *o = run(gemini, strlen(gemini), (split_t){strlen(gemini), 0}, &on);
    ev_t evs[8];
    size_t n = parse_events(o, evs, 8);
    assert_int_equal(n, 3); /* the flush went into the finishing event itself */
    char text[256] = "";
    for (size_t i = 0; i < n; i++) {
        json_t *v = j(evs[i].data);
        strncat(text, str_at(v, "candidates.0.content.parts.0.text"),
                sizeof text - strlen(text) - 1);
        assert_string_equal(str_at(v, "modelVersion"), "gemini-2.0-flash");
        json_decref(v);
    }
    assert_string_equal(text, "Mail alice@example.com and Zo\xc3\xab\n\xf0\x9f\x98\x80 ok [PATH_");
    free_events(evs, n);
    free(o);
}

static void test_responses_and_cohere(void **st)
{
    (void)st;
    assert_split_invariant(responses);
    assert_split_invariant(cohere);
    size_t on;
    char *o = run(responses, strlen(responses), (split_t){strlen(responses), 0}, &on);
    ev_t evs[16];
    size_t n = parse_events(o, evs, 16);
    char text[128] = "", args[128] = "";
    for (size_t i = 0; i < n; i++) {
        json_t *v = j(evs[i].data);
        assert_string_equal(str_at(v, "type"), evs[i].name);
        if (!strcmp(evs[i].name, "response.output_text.delta"))
            strncat(text, str_at(v, "delta"), sizeof text - strlen(text) - 1);
        if (!strcmp(evs[i].name, "response.function_call_arguments.delta"))
            strncat(args, str_at(v, "delta"), sizeof args - strlen(args) - 1);
        if (!strcmp(evs[i].name, "response.function_call_arguments.done")) {
            json_t *a = j(str_at(v, "arguments"));
            assert_string_equal(str_at(a, "who"), vals[1]);
            json_decref(a);
        }
        if (!strcmp(evs[i].name, "response.completed"))
            assert_string_equal(str_at(v, "response.output.0.content.0.text"),
                                "To alice@example.com");
        json_decref(v);
    }
    assert_string_equal(text, "To [EMAIL_1"); /* never closed: released before the .done event */
    json_t *a = j(args);
    assert_string_equal(str_at(a, "who"), vals[1]);
    json_decref(a);
    free_events(evs, n);
    free(o);

    o = run(cohere, strlen(cohere), (split_t){3, 0}, &on);
    assert_non_null(strstr(o, "\"text\":\"Dear \"}"));
    assert_non_null(strstr(o, "\"text\":\"Bob \\\"the\\\" O'Neil!\"}"));
    assert_non_null(strstr(o, "\r\r"));
    free(o);
}

static void test_unknown_events_restored_within_each_event(void **st)
{
    (void)st;
    const char *in = "event: note\ndata: hi [EMAIL_1] there\n\n"
                     "data: [EMA\n\ndata: IL_1]\n\n"
                     "data: {\"weird\":{\"deep\":[\"[NAME_1]\"]}}\n\n"
                     "id: 7\ndata: {\"a\":\ndata: \"[PATH_1]\"}\n\n";
    assert_split_invariant(in);
    size_t on;
    char *o = run(in, strlen(in), (split_t){strlen(in), 0}, &on);
    const char *want = "event: note\ndata: hi alice@example.com there\n\n"
                       "data: [EMA\n\ndata: IL_1]\n\n"
                       "data: {\"weird\":{\"deep\":[\"Bob \\\"the\\\" O'Neil\"]}}\n\n"
                       "id: 7\ndata: {\"a\":\ndata: \"C:\\\\tmp\\\\x\"}\n\n";
    assert_string_equal(o, want);
    free(o);
}

static void test_unmatched_bracket_in_stream_never_stalls(void **st)
{
    (void)st;
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_SSE, ANON_PROFILE_OPENAI);
    anon_buf_t out = {0};
    anon_buf_t all = {0};
    const char *e0 = OAI_HEAD
        "\"delta\":{\"content\":\"x [ABCDEFGHIJKLMNOPQRSTUVWXYZ\"},\"finish_reason\":null}]}\n\n";
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)e0, strlen(e0), &out), 0);
    anon_buf_append(&all, "x ", 2);
    size_t held = strlen("x [ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (int i = 0; i < 3; i++) {
        const char *e = OAI_HEAD
            "\"delta\":{\"content\":\"ABCDEFGHIJKLMNOPQRST\"},\"finish_reason\":null}]}\n\n";
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)e, strlen(e), &out), 0);
        held += 20;
    }
    /* 88 bytes of token-shaped text without ']': everything is out by now */
    ev_t evs[8];
    char *o = strndup((char *)out.data, out.len);
    size_t n = parse_events(o, evs, 8);
    char content[256] = "";
    for (size_t i = 0; i < n; i++) {
        json_t *v = j(evs[i].data);
        strncat(content, str_at(v, "choices.0.delta.content"),
                sizeof content - strlen(content) - 1);
        json_decref(v);
    }
    assert_int_equal(strlen(content), held);
    free_events(evs, n);
    free(o);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    anon_buf_free(&out);
    anon_buf_free(&all);
    anon_restorer_free(r);
}

static void test_two_choices_held_separately(void **st)
{
    (void)st;
    const char *in =
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a [EM\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":1,\"delta\":{\"content\":\"b [NA\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":1,\"delta\":{\"content\":\"ME_1]\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"AIL_1]\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"[UNI\"}}]}\n\n"
        "data: "
        "{\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"_1]\"},\"finish_reason\":"
        "\"stop\"}]}\n\n";
    assert_split_invariant(in);
    size_t on;
    char *o = run(in, strlen(in), (split_t){strlen(in), 0}, &on);
    const char *want =
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a \"}}]}\n\n"
        "data: {\"choices\":[{\"index\":1,\"delta\":{\"content\":\"b \"}}]}\n\n"
        "data: {\"choices\":[{\"index\":1,\"delta\":{\"content\":\"Bob \\\"the\\\" O'Neil\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"alice@example.com\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"\"}}]}\n\n"
        "data: "
        "{\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":"
        "\"Zo\xc3\xab\\n\xf0\x9f\x98\x80\"},\"finish_reason\":\"stop\"}]}\n\n";
    assert_string_equal(o, want);
    free(o);
}

/* An event that ends one choice (whose held text is flushed first, in a copy of that choice's
 * last event) and changes another keeps its own lines, not the copied event's. */
static void test_flush_before_a_changed_event_keeps_its_lines(void **st)
{
    (void)st;
    const char *in = "data: {\"choices\":[{\"index\":1,\"delta\":{\"content\":\"b [NA\"}}]}\n\n"
                     "id: 7\n"
                     "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x [EMAIL_1]\"}},"
                     "{\"index\":1,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    assert_split_invariant(in);
    size_t on;
    char *o = run(in, strlen(in), (split_t){strlen(in), 0}, &on);
    const char *want =
        "data: {\"choices\":[{\"index\":1,\"delta\":{\"content\":\"b \"}}]}\n\n"
        "data: {\"choices\":[{\"index\":1,\"delta\":{\"content\":\"[NA\"}}]}\n\n"
        "id: 7\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x alice@example.com\"}},"
        "{\"index\":1,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    assert_string_equal(o, want);
    free(o);
}

/* ---- property: any stream, however cut, gives one output --------------------------------- */

/* Edited token forms, longer than a token, cut at every byte of the stream and across deltas. */
static const char openai_edited[] = OAI_HEAD
    "\"delta\":{\"content\":\"a \\\\[EMA\"},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"content\":\"IL\\\\_1\\\\] b [ em\"},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"content\":\"ail_1 ] c %5BEMAIL_1%5\"},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"content\":\"D d \xef\xbc\xbb\"},\"finish_reason\":null}]}\n\n" OAI_HEAD
    "\"delta\":{\"content\":\"name_1\xef\xbc\xbd e [email_9] "
    "%5B\"},\"finish_reason\":null}]}\n\n" OAI_HEAD "\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    "data: [DONE]\n\n";

static void test_edited_tokens_restored_in_streams_split_anywhere(void **st)
{
    (void)st;
    assert_split_invariant(openai_edited);
    size_t on;
    char *o = run(openai_edited, strlen(openai_edited), (split_t){0, 1}, &on);
    ev_t evs[32];
    size_t n = parse_events(o, evs, 32);
    char content[512] = "";
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(evs[i].data, "[DONE]"))
            continue;
        json_t *v = j(evs[i].data);
        const char *c = str_at(v, "choices.0.delta.content");
        if (c)
            strncat(content, c, sizeof content - strlen(content) - 1);
        json_decref(v);
    }
    assert_string_equal(content, "a alice@example.com b alice@example.com c alice%40example.com "
                                 "d Bob \"the\" O'Neil e [email_9] %5B");
    free_events(evs, n);
    free(o);
}

static uint64_t rng = 0xD1B54A32D192ED03ULL;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static void test_property_random_streams_split_invariant(void **st)
{
    (void)st;
    static const char *const vocab[] = {"data: ",
                                        "data:",
                                        "event: content_block_delta",
                                        "id: 1",
                                        ": c",
                                        "\n",
                                        "\n",
                                        "\r",
                                        "\r\n",
                                        "\n\n",
                                        "\r\n\r\n",
                                        "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"",
                                        "{\"choices\":[{\"index\":1,\"delta\":{\"tool_calls\":[{"
                                        "\"index\":0,\"function\":{\"arguments\":\"",
                                        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{"
                                        "\"type\":\"text_delta\",\"text\":\"",
                                        "{\"type\":\"content_block_stop\",\"index\":0}",
                                        "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"",
                                        "\"}}]}",
                                        "\"}}]}",
                                        "\"}}",
                                        "\"}]}}]}",
                                        "\"}}]},\"finish_reason\":\"stop\"}]}",
                                        "[EM",
                                        "AIL_1]",
                                        "[NAME_1]",
                                        "[",
                                        "]",
                                        "[PATH_",
                                        "1]",
                                        "\\\"",
                                        "\\\\",
                                        "\\n",
                                        "x",
                                        "[DONE]",
                                        "[UNI_1]",
                                        "\\u00e9",
                                        "\"",
                                        "{",
                                        "}"};
    for (int iter = 0; iter < 300; iter++) {
        anon_buf_t b = {0};
        unsigned n = 5 + rnd() % 40;
        for (unsigned i = 0; i < n; i++) {
            const char *v = vocab[rnd() % (sizeof vocab / sizeof *vocab)];
            anon_buf_append(&b, v, strlen(v));
        }
        anon_buf_append(&b, "", 1);
        size_t len = b.len - 1, wn, on;
        const char *in = (const char *)b.data;
        char *want = run(in, len, (split_t){len, 0}, &wn);
        for (int k = 0; k < 6; k++) {
            split_t sp = k == 0 ? (split_t){0, 1} : (split_t){rnd() % (len + 1), 0};
            char *o = run(in, len, sp, &on);
            if (on != wn || memcmp(o, want, wn) != 0)
                fail_msg("iteration %d: output depends on the cut (%zu/%zu)", iter, sp.cut,
                         sp.chunk);
            free(o);
        }
        free(want);
        anon_buf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_openai_split_invariant),
        cmocka_unit_test(test_openai_content_and_tool_arguments_restored),
        cmocka_unit_test(test_held_text_released_in_next_delta_of_same_key),
        cmocka_unit_test(test_empty_piece_fed_without_a_buffer),
        cmocka_unit_test(test_anthropic_split_invariant),
        cmocka_unit_test(test_anthropic_blocks_restored_and_flushed_under_their_event),
        cmocka_unit_test(test_gemini_split_invariant_and_restored),
        cmocka_unit_test(test_responses_and_cohere),
        cmocka_unit_test(test_unknown_events_restored_within_each_event),
        cmocka_unit_test(test_unmatched_bracket_in_stream_never_stalls),
        cmocka_unit_test(test_two_choices_held_separately),
        cmocka_unit_test(test_flush_before_a_changed_event_keeps_its_lines),
        cmocka_unit_test(test_edited_tokens_restored_in_streams_split_anywhere),
        cmocka_unit_test(test_property_random_streams_split_invariant),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
