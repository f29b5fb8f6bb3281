/* ws: the RFC 6455 frame codec (gateway/ws/ws.c). Every length encoding, masking, fragmentation
 * with control frames in between, a stream split at every byte offset and fed a byte at a time,
 * the framing errors that must stop the parser with 1002, a callback's own stop code (oversize),
 * close frames, and the handshake keys (RFC 6455's own example). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/ws/ws.h"

/* ---- a recorder: what the parser reported, as text, plus the unmasked payloads --------------- */

typedef struct rec {
    char log[8192];
    size_t n;
    uint8_t payload[1 << 17]; /* unmasked payload bytes of every frame, in order */
    size_t plen;
    uint64_t limit; /* frame(): frames longer than this stop the parse with 1009 */
} rec_t;

static void logf_(rec_t *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(r->log + r->n, sizeof(r->log) - r->n, fmt, ap);
    va_end(ap);
    if (k > 0) {
        r->n += (size_t)k;
    }
}

static int on_frame(void *arg, const gw_ws_frame_t *f)
{
    rec_t *r = arg;
    logf_(r, "F(op=%d fin=%d msg=%d len=%llu m=%d) ", f->opcode, f->fin, f->message,
          (unsigned long long)f->len, f->masked);
    if (r->limit && f->len > r->limit) {
        return GW_WS_TOO_BIG;
    }
    return 0;
}

static int on_payload(void *arg, const gw_ws_frame_t *f, const uint8_t *raw, size_t n)
{
    rec_t *r = arg;
    assert_true(r->plen + n <= sizeof(r->payload));
    memcpy(r->payload + r->plen, raw, n);
    if (f->masked) {
        gw_ws_mask(r->payload + r->plen, n, f->mask, f->off);
    }
    r->plen += n;
    return 0;
}

static int on_end(void *arg, const gw_ws_frame_t *f)
{
    rec_t *r = arg;
    logf_(r, "E(op=%d) ", f->opcode);
    return 0;
}

static const gw_ws_cbs_t cbs = {on_frame, on_payload, on_end};

static rec_t *rec_new(void)
{
    rec_t *r = calloc(1, sizeof(*r));
    assert_non_null(r);
    return r;
}

/* A frame into buf at *off. */
static void put(uint8_t *buf, size_t *off, int fin, int opcode, const void *payload, size_t len,
                const uint8_t *mask)
{
    *off += gw_ws_header(buf + *off, fin, opcode, len, mask);
    memcpy(buf + *off, payload, len);
    if (mask) {
        gw_ws_mask(buf + *off, len, mask, 0);
    }
    *off += len;
}

static const uint8_t KEY[4] = {0x37, 0xfa, 0x21, 0x3d};

/* ---- lengths -------------------------------------------------------------------------------- */

static void test_every_length_encoding_round_trips(void **state)
{
    (void)state;
    static const uint64_t lens[] = {0, 1, 125, 126, 127, 65535, 65536, 70000};
    static const size_t hl[] = {2, 2, 2, 4, 4, 4, 10, 10};
    uint8_t *buf = malloc(80000);
    uint8_t *payload = malloc(80000);
    assert_non_null(buf);
    assert_non_null(payload);
    for (size_t i = 0; i < 80000; i++) {
        payload[i] = (uint8_t)(i * 7 + 3);
    }
    for (int masked = 0; masked < 2; masked++) {
        for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
            uint8_t hdr[GW_WS_MAX_HEADER];
            size_t h = gw_ws_header(hdr, 1, GW_WS_BINARY, lens[i], masked ? KEY : NULL);
            assert_int_equal(h, hl[i] + (masked ? 4 : 0));
            size_t off = 0;
            put(buf, &off, 1, GW_WS_BINARY, payload, (size_t)lens[i], masked ? KEY : NULL);
            rec_t *r = rec_new();
            gw_ws_parser_t p;
            gw_ws_parser_init(&p, masked);
            assert_int_equal(gw_ws_parse(&p, buf, off, &cbs, r), 0);
            char want[128];
            snprintf(want, sizeof(want), "F(op=2 fin=1 msg=2 len=%llu m=%d) E(op=2) ",
                     (unsigned long long)lens[i], masked);
            assert_string_equal(r->log, want);
            assert_int_equal(r->plen, lens[i]);
            if (lens[i]) {
                assert_memory_equal(r->payload, payload, (size_t)lens[i]);
            }
            free(r);
        }
    }
    /* A header for 2^32 bytes: 64-bit form, parsed back to the same length. */
    uint8_t hdr[GW_WS_MAX_HEADER];
    size_t h = gw_ws_header(hdr, 0, GW_WS_BINARY, (uint64_t)1 << 32, NULL);
    assert_int_equal(h, 10);
    rec_t *r = rec_new();
    gw_ws_parser_t p;
    gw_ws_parser_init(&p, 0);
    assert_int_equal(gw_ws_parse(&p, hdr, h, &cbs, r), 0);
    assert_string_equal(r->log, "F(op=2 fin=0 msg=2 len=4294967296 m=0) ");
    free(r);
    free(buf);
    free(payload);
}

/* ---- masking -------------------------------------------------------------------------------- */

static void test_masking_is_its_own_inverse_at_any_offset(void **state)
{
    (void)state;
    uint8_t a[37], b[37];
    for (size_t i = 0; i < sizeof(a); i++) {
        a[i] = b[i] = (uint8_t)i;
    }
    gw_ws_mask(b, sizeof(b), KEY, 0);
    assert_memory_not_equal(a, b, sizeof(a));
    /* unmasking in two pieces, the second starting at an odd offset */
    gw_ws_mask(b, 13, KEY, 0);
    gw_ws_mask(b + 13, sizeof(b) - 13, KEY, 13);
    assert_memory_equal(a, b, sizeof(a));
}

static void test_masked_payload_is_reported_raw_and_unmasks_to_the_original(void **state)
{
    (void)state;
    const char *text = "{\"email\":\"jane.doe@example.com\"}";
    uint8_t buf[128];
    size_t off = 0;
    put(buf, &off, 1, GW_WS_TEXT, text, strlen(text), KEY);
    assert_memory_not_equal(buf + 6, text, strlen(text)); /* on the wire it is masked */
    rec_t *r = rec_new();
    gw_ws_parser_t p;
    gw_ws_parser_init(&p, 1);
    assert_int_equal(gw_ws_parse(&p, buf, off, &cbs, r), 0);
    assert_int_equal(r->plen, strlen(text));
    assert_memory_equal(r->payload, text, strlen(text));
    free(r);
}

static void test_frame_add_masks_with_the_given_key(void **state)
{
    (void)state;
    struct evbuffer *b = evbuffer_new();
    assert_int_equal(gw_ws_frame_add(b, 1, GW_WS_TEXT, (const uint8_t *)"hello", 5, KEY), 0);
    assert_int_equal(evbuffer_get_length(b), 2 + 4 + 5);
    uint8_t *p = evbuffer_pullup(b, -1);
    assert_int_equal(p[0], 0x81);
    assert_int_equal(p[1], 0x80 | 5);
    assert_memory_equal(p + 2, KEY, 4);
    gw_ws_mask(p + 6, 5, KEY, 0);
    assert_memory_equal(p + 6, "hello", 5);
    evbuffer_free(b);
}

/* ---- fragmentation ----------------------------------------------------------------------------
 */

/* TEXT(fin=0) PING CONT(fin=0) PONG CONT(fin=1) BINARY(fin=0) CLOSE-less CONT(fin=1) CLOSE */
static size_t fragmented_stream(uint8_t *buf, int masked)
{
    const uint8_t *m = masked ? KEY : NULL;
    size_t off = 0;
    put(buf, &off, 0, GW_WS_TEXT, "{\"a\":\"[EM", 9, m);
    put(buf, &off, 1, GW_WS_PING, "ping", 4, m);
    put(buf, &off, 0, GW_WS_CONT, "AIL_1]", 6, m);
    put(buf, &off, 1, GW_WS_PONG, "", 0, m);
    put(buf, &off, 1, GW_WS_CONT, "\"}", 2, m);
    uint8_t bin[300];
    for (size_t i = 0; i < sizeof(bin); i++) {
        bin[i] = (uint8_t)(255 - i);
    }
    put(buf, &off, 0, GW_WS_BINARY, bin, sizeof(bin), m);
    put(buf, &off, 1, GW_WS_CONT, bin, 7, m);
    put(buf, &off, 1, GW_WS_CLOSE,
        "\x03\xe8"
        "bye",
        5, m);
    return off;
}

#define FRAG_LOG                                                                                   \
    "F(op=1 fin=0 msg=1 len=9 m=%d) E(op=1) "                                                      \
    "F(op=9 fin=1 msg=0 len=4 m=%d) E(op=9) "                                                      \
    "F(op=0 fin=0 msg=1 len=6 m=%d) E(op=0) "                                                      \
    "F(op=10 fin=1 msg=0 len=0 m=%d) E(op=10) "                                                    \
    "F(op=0 fin=1 msg=1 len=2 m=%d) E(op=0) "                                                      \
    "F(op=2 fin=0 msg=2 len=300 m=%d) E(op=2) "                                                    \
    "F(op=0 fin=1 msg=2 len=7 m=%d) E(op=0) "                                                      \
    "F(op=8 fin=1 msg=0 len=5 m=%d) E(op=8) "

static void test_fragments_with_interleaved_control_frames(void **state)
{
    (void)state;
    for (int masked = 0; masked < 2; masked++) {
        uint8_t buf[1024];
        size_t n = fragmented_stream(buf, masked);
        rec_t *r = rec_new();
        gw_ws_parser_t p;
        gw_ws_parser_init(&p, masked);
        assert_int_equal(gw_ws_parse(&p, buf, n, &cbs, r), 0);
        char want[1024];
        snprintf(want, sizeof(want), FRAG_LOG, masked, masked, masked, masked, masked, masked,
                 masked, masked);
        assert_string_equal(r->log, want);
        assert_memory_equal(r->payload, "{\"a\":\"[EMping", 13);
        assert_memory_equal(r->payload + 13, "AIL_1]\"}", 8);
        assert_int_equal(p.open_msg, 0);
        free(r);
    }
}

static void test_split_at_every_byte_offset_gives_the_same_frames(void **state)
{
    (void)state;
    uint8_t buf[1024];
    for (int masked = 0; masked < 2; masked++) {
        size_t n = fragmented_stream(buf, masked);
        rec_t *whole = rec_new();
        gw_ws_parser_t p;
        gw_ws_parser_init(&p, masked);
        assert_int_equal(gw_ws_parse(&p, buf, n, &cbs, whole), 0);
        for (size_t cut = 0; cut <= n; cut++) {
            rec_t *r = rec_new();
            gw_ws_parser_init(&p, masked);
            assert_int_equal(gw_ws_parse(&p, buf, cut, &cbs, r), 0);
            assert_int_equal(gw_ws_parse(&p, buf + cut, n - cut, &cbs, r), 0);
            assert_string_equal(r->log, whole->log);
            assert_int_equal(r->plen, whole->plen);
            assert_memory_equal(r->payload, whole->payload, whole->plen);
            free(r);
        }
        rec_t *r = rec_new();
        gw_ws_parser_init(&p, masked);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(gw_ws_parse(&p, buf + i, 1, &cbs, r), 0);
        }
        assert_string_equal(r->log, whole->log);
        assert_memory_equal(r->payload, whole->payload, whole->plen);
        free(r);
        free(whole);
    }
}

/* ---- errors --------------------------------------------------------------------------------- */

static int parse_bytes(int want_mask, const uint8_t *b, size_t n)
{
    rec_t *r = rec_new();
    gw_ws_parser_t p;
    gw_ws_parser_init(&p, want_mask);
    int rc = gw_ws_parse(&p, b, n, &cbs, r);
    if (rc) {
        /* the parser stays stopped */
        assert_int_equal(gw_ws_parse(&p, (const uint8_t *)"\x81\x00", 2, &cbs, r), rc);
    }
    free(r);
    return rc;
}

static void test_framing_errors_are_protocol_errors(void **state)
{
    (void)state;
    /* reserved bits: no extension is ever negotiated */
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\xc1\x00", 2), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\xa1\x00", 2), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x91\x00", 2), GW_WS_PROTOCOL_ERROR);
    /* unknown opcodes, data and control ranges */
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x83\x00", 2), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x87\x00", 2), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x8b\x00", 2), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x8f\x00", 2), GW_WS_PROTOCOL_ERROR);
    /* a fragmented ping, a control frame over 125 bytes */
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x09\x00", 2), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x88\x7e\x00\x7e", 4), GW_WS_PROTOCOL_ERROR);
    /* a continuation with no message open; a new message inside an open one */
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x80\x00", 2), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x01\x00\x82\x00", 4), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x02\x00\x81\x00", 4), GW_WS_PROTOCOL_ERROR);
    /* masking the wrong way: a client frame unmasked, a server frame masked */
    assert_int_equal(parse_bytes(1, (const uint8_t *)"\x81\x00", 2), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x81\x80\x01\x02\x03\x04", 6),
                     GW_WS_PROTOCOL_ERROR);
    /* lengths not in their shortest form, and the 64-bit form with its top bit set */
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x82\x7e\x00\x05", 4), GW_WS_PROTOCOL_ERROR);
    assert_int_equal(
        parse_bytes(0, (const uint8_t *)"\x82\x7f\x00\x00\x00\x00\x00\x00\xff\xff", 10),
        GW_WS_PROTOCOL_ERROR);
    assert_int_equal(
        parse_bytes(0, (const uint8_t *)"\x82\x7f\x80\x00\x00\x00\x00\x00\x00\x00", 10),
        GW_WS_PROTOCOL_ERROR);
    /* the good forms of the same are fine */
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x89\x00", 2), 0);
    assert_int_equal(parse_bytes(0, (const uint8_t *)"\x01\x00\x89\x00\x80\x00", 6), 0);
}

static void test_error_after_good_frames_keeps_what_came_before(void **state)
{
    (void)state;
    uint8_t buf[64];
    size_t off = 0;
    put(buf, &off, 1, GW_WS_TEXT, "ok", 2, NULL);
    buf[off++] = 0x83; /* reserved opcode */
    buf[off++] = 0x00;
    rec_t *r = rec_new();
    gw_ws_parser_t p;
    gw_ws_parser_init(&p, 0);
    assert_int_equal(gw_ws_parse(&p, buf, off, &cbs, r), GW_WS_PROTOCOL_ERROR);
    assert_string_equal(r->log, "F(op=1 fin=1 msg=1 len=2 m=0) E(op=1) ");
    free(r);
}

static void test_callback_stop_code_ends_the_parse_before_the_payload(void **state)
{
    (void)state;
    uint8_t *buf = malloc(2000), text[1000];
    assert_non_null(buf);
    memset(text, 'x', sizeof(text));
    size_t off = 0;
    put(buf, &off, 1, GW_WS_TEXT, text, sizeof(text), KEY);
    rec_t *r = rec_new();
    r->limit = 999; /* a text message over the limit: the relay's 1009 */
    gw_ws_parser_t p;
    gw_ws_parser_init(&p, 1);
    assert_int_equal(gw_ws_parse(&p, buf, off, &cbs, r), GW_WS_TOO_BIG);
    assert_int_equal(r->plen, 0); /* not a byte of it was handed on */
    assert_int_equal(p.error, GW_WS_TOO_BIG);
    free(r);
    free(buf);
}

/* ---- close frames and keys ------------------------------------------------------------------ */

static void test_close_frame_has_code_and_truncated_utf8_reason(void **state)
{
    (void)state;
    char reason[300];
    for (size_t i = 0; i < 100; i++) {
        memcpy(reason + 2 * i, "\xc3\xa9", 2); /* é, two bytes each */
    }
    reason[200] = '\0';
    struct evbuffer *b = evbuffer_new();
    assert_int_equal(gw_ws_close_add(b, GW_WS_TOO_BIG, reason, NULL), 0);
    size_t n = evbuffer_get_length(b);
    uint8_t *p = evbuffer_pullup(b, -1);
    assert_int_equal(p[0], 0x88);
    size_t len = p[1];
    assert_true(len <= 125);
    assert_int_equal(n, 2 + len);
    assert_int_equal((p[2] << 8) | p[3], 1009);
    assert_int_equal((len - 2) % 2, 0); /* no é cut in half */
    rec_t *r = rec_new();
    gw_ws_parser_t ps;
    gw_ws_parser_init(&ps, 0);
    assert_int_equal(gw_ws_parse(&ps, p, n, &cbs, r), 0); /* and it parses as a valid close */
    free(r);
    evbuffer_free(b);
}

static void test_accept_key_matches_rfc6455_example(void **state)
{
    (void)state;
    char out[32];
    const char *key = "dGhlIHNhbXBsZSBub25jZQ==";
    gw_ws_accept(key, strlen(key), out);
    assert_string_equal(out, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    assert_true(gw_ws_key_valid(key, strlen(key)));
    assert_false(gw_ws_key_valid("dGhlIHNhbXBsZSBub25jZQ", 22));
    assert_false(gw_ws_key_valid("dGhlIHNhbXBsZSBub25jZQ!!", 24));
    assert_false(gw_ws_key_valid("dGhlIHNhbXBsZSBub25jZQ==xx", 26));
    char k1[32], k2[32];
    assert_int_equal(gw_ws_new_key(k1), 0);
    assert_int_equal(gw_ws_new_key(k2), 0);
    assert_true(gw_ws_key_valid(k1, strlen(k1)));
    assert_string_not_equal(k1, k2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_length_encoding_round_trips),
        cmocka_unit_test(test_masking_is_its_own_inverse_at_any_offset),
        cmocka_unit_test(test_masked_payload_is_reported_raw_and_unmasks_to_the_original),
        cmocka_unit_test(test_frame_add_masks_with_the_given_key),
        cmocka_unit_test(test_fragments_with_interleaved_control_frames),
        cmocka_unit_test(test_split_at_every_byte_offset_gives_the_same_frames),
        cmocka_unit_test(test_framing_errors_are_protocol_errors),
        cmocka_unit_test(test_error_after_good_frames_keeps_what_came_before),
        cmocka_unit_test(test_callback_stop_code_ends_the_parse_before_the_payload),
        cmocka_unit_test(test_close_frame_has_code_and_truncated_utf8_reason),
        cmocka_unit_test(test_accept_key_matches_rfc6455_example),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
