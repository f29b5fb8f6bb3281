/* test_sse_events.c: the SSE restorer's event handling: one walk per event whose strings are
 * restored once the whole event is known, the flush copy of a key's last delta event, lines noted
 * as they arrive, and events restored where they lie in the caller's buffer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "anonymize/restore.h"
#include "sse_streams.h"

/* The fields that say which key a delta belongs to and whether it ends may follow the delta in
 * its event (index after delta, finish_reason after it, Anthropic's type last): the event's
 * strings are restored only once the whole event is known. */
static void test_index_finish_and_type_after_the_delta_still_classify_it(void **st)
{
    (void)st;
    const char *in =
        "data: {\"choices\":[{\"delta\":{\"content\":\"a [EM\"},\"index\":1}]}\n\n"
        "data: {\"choices\":[{\"delta\":{\"content\":\"b [NA\"},\"index\":0}]}\n\n"
        "data: {\"choices\":[{\"delta\":{\"content\":\"AIL_1] [PA\"},\"finish_reason\":\"stop\","
        "\"index\":1}]}\n\n"
        "data: {\"choices\":[{\"delta\":{\"content\":\"ME_1]\"},\"index\":0}]}\n\n"
        "data: {\"index\":3,\"delta\":{\"type\":\"text_delta\",\"text\":\"c [UNI\"},"
        "\"type\":\"content_block_delta\"}\n\n"
        "data: "
        "{\"delta\":{\"text\":\"_1]\",\"type\":\"text_delta\"},\"type\":\"content_block_delta\","
        "\"index\":3}\n\n";
    assert_split_invariant(in);
    size_t on;
    char *o = run(in, strlen(in), (split_t){strlen(in), 0}, &on);
    const char *want =
        "data: {\"choices\":[{\"delta\":{\"content\":\"a \"},\"index\":1}]}\n\n"
        "data: {\"choices\":[{\"delta\":{\"content\":\"b \"},\"index\":0}]}\n\n"
        "data: {\"choices\":[{\"delta\":{\"content\":\"alice@example.com [PA\"},"
        "\"finish_reason\":\"stop\",\"index\":1}]}\n\n"
        "data: {\"choices\":[{\"delta\":{\"content\":\"Bob \\\"the\\\" O'Neil\"},\"index\":0}]}\n\n"
        "data: {\"index\":3,\"delta\":{\"type\":\"text_delta\",\"text\":\"c \"},"
        "\"type\":\"content_block_delta\"}\n\n"
        "data: {\"delta\":{\"text\":\"Zo\xc3\xab\\n\xf0\x9f\x98\x80\",\"type\":\"text_delta\"},"
        "\"type\":\"content_block_delta\",\"index\":3}\n\n";
    assert_string_equal(o, want);
    free(o);
}

/* A key's flush event copies the last event that carried its delta, also when an event in
 * between released everything it held (the copy is only taken when an event leaves text held),
 * CRLF line ends included. */
static void test_flush_copies_the_last_delta_event_of_its_key(void **st)
{
    (void)st;
    const char *in =
        "data: {\"id\":\"a\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"[EM\"}}]}\r\n\r\n"
        "data: {\"id\":\"b\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"AIL_1] ok\"}}]}"
        "\r\n\r\n"
        "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"then [PA\"}}]}"
        "\r\n\r\n"
        "data: {\"id\":\"d\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"
        "\r\n\r\n"
        "data: {\"id\":\"e\",\"choices\":[{\"index\":1,\"delta\":{\"content\":\"x [NA\"}}]}\n\n"
        "data: {\"id\":\"f\",\"choices\":[{\"index\":1,\"delta\":{\"content\":\"ME_1] y\"}}]}\n\n"
        "data: {\"id\":\"g\",\"choices\":[{\"index\":1,\"delta\":{},\"finish_reason\":\"stop\"}]}"
        "\n\n";
    assert_split_invariant(in);
    size_t on;
    char *o = run(in, strlen(in), (split_t){strlen(in), 0}, &on);
    const char *want =
        "data: {\"id\":\"a\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"}}]}\r\n\r\n"
        "data: {\"id\":\"b\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
        "\"alice@example.com ok\"}}]}\r\n\r\n"
        "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"then \"}}]}"
        "\r\n\r\n"
        "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"[PA\"}}]}"
        "\r\n\r\n"
        "data: {\"id\":\"d\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"
        "\r\n\r\n"
        "data: {\"id\":\"e\",\"choices\":[{\"index\":1,\"delta\":{\"content\":\"x \"}}]}\n\n"
        "data: {\"id\":\"f\",\"choices\":[{\"index\":1,\"delta\":{\"content\":"
        "\"Bob \\\"the\\\" O'Neil y\"}}]}\n\n"
        "data: {\"id\":\"g\",\"choices\":[{\"index\":1,\"delta\":{},\"finish_reason\":\"stop\"}]}"
        "\n\n";
    assert_string_equal(o, want);
    free(o);
}

/* The lines of an event are noted as they arrive: CR, LF and CRLF ends, a data value over two
 * lines, other fields and comments all come out where they were when a token is restored. */
static void test_event_lines_kept_with_every_line_end(void **st)
{
    (void)st;
    const char *in = "event: x\r\n: note\r\ndata: {\"choices\":[{\"index\":0,\r\n"
                     "data: \"delta\":{\"content\":\"[EMAIL_1]\"}}]}\r\nid: 1\r\n\r\n"
                     "id: 2\rdata:{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"[NA\"}}]}\r\r"
                     "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ME_1]\"},"
                     "\"finish_reason\":\"stop\"}]}\n\n";
    assert_split_invariant(in);
    size_t on;
    char *o = run(in, strlen(in), (split_t){strlen(in), 0}, &on);
    const char *want =
        "event: x\r\n: note\r\ndata: {\"choices\":[{\"index\":0,\r\n"
        "data: \"delta\":{\"content\":\"alice@example.com\"}}]}\r\nid: 1\r\n\r\n"
        "id: 2\rdata:{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"}}]}\r\r"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Bob \\\"the\\\" O'Neil\"},"
        "\"finish_reason\":\"stop\"}]}\n\n";
    assert_string_equal(o, want);
    free(o);
}

/* An event that arrives whole is restored where it lies in the caller's buffer: nothing of it
 * may be read after the feed returns (the flush copy of its key's last event included), and an
 * event cut across feeds comes out the same. */
static void test_events_handled_in_place_keep_nothing_of_the_callers_buffer(void **st)
{
    (void)st;
    const char *e1 = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a [PA\"}}]}\n\n"
                     "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"b [EM\"}}";
    const char *e2 =
        "]}\n\ndata: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"AIL_1] [NA\"}}]}"
        "\n\n";
    const char *e3 =
        "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    const char *want =
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a \"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"[PAb \"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"alice@example.com \"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"[NA\"}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    anon_restorer_t *r = anon_restorer_new_lookup(&LK, ANON_RESP_SSE, ANON_PROFILE_OPENAI);
    anon_buf_t out = {0};
    const char *parts[] = {e1, e2, e3};
    for (size_t i = 0; i < 3; i++) {
        size_t n = strlen(parts[i]);
        char *buf = malloc(n);
        memcpy(buf, parts[i], n);
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)buf, n, &out), 0);
        memset(buf, 'x', n); /* the caller reuses its buffer */
        free(buf);
    }
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    assert_int_equal(out.len, strlen(want));
    assert_memory_equal(out.data, want, out.len);
    anon_buf_free(&out);
    anon_restorer_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index_finish_and_type_after_the_delta_still_classify_it),
        cmocka_unit_test(test_flush_copies_the_last_delta_event_of_its_key),
        cmocka_unit_test(test_event_lines_kept_with_every_line_end),
        cmocka_unit_test(test_events_handled_in_place_keep_nothing_of_the_callers_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
