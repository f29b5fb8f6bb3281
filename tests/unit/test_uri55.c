/* test_uri55.c: base64 payloads inside a string's text (branch uri55,
 * contrib/bench/accuracy/notes/uri55.md; rewrite_datauri55.c). A data: URI of a text media type
 * in a prompt, and a base64 blob under a key of JSON pasted as text, are decoded, scanned, and
 * encoded again in their own shape (alphabet, padding, line width, line break): what leaves
 * decodes to the masked text, and the model's answer holding the tokens restores. Images and
 * base64 of text without identifiers stay byte for byte. */
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

#include "rewrite_rt.h"

#define CHAT_OPEN "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\""
#define CHAT_CLOSE "\"}]}"

/* BEGIN:VCARD / FN:Anna Keller / EMAIL:anna.keller@posteo.de / END:VCARD, CRLF lines */
#define VCARD_B64                                                                                  \
    "QkVHSU46VkNBUkQNClZFUlNJT046My4wDQpGTjpBbm5hIEtlbGxlcg0KRU1BSUw6YW5uYS5rZWxsZXJAcG9zdGVvLmRl" \
    "DQpFTkQ6VkNBUkQNCg=="

/* The base64 text in r after `after` up to the first byte outside the alphabet (line breaks
 * "\\n" of JSON inside JSON dropped), decoded, NUL-ended; the caller frees it. */
static char *payload_after(const char *r, const char *after)
{
    const char *p = strstr(r, after);
    assert_non_null(p);
    p += strlen(after);
    anon_buf_t b64 = {0}, dec = {0};
    for (;;) {
        if (p[0] == '\\' && p[1] == '\\' && p[2] == 'n') {
            p += 3;
            continue;
        }
        if (!(*p == '+' || *p == '/' || *p == '-' || *p == '_' || *p == '=' ||
              (*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')))
            break;
        assert_int_equal(anon_buf_append(&b64, p, 1), 0);
        p++;
    }
    assert_int_equal(anon_base64_decode(&dec, (const char *)b64.data, b64.len), 0);
    char *t = calloc(1, dec.len + 1);
    assert_non_null(t);
    memcpy(t, dec.data, dec.len);
    anon_buf_free(&b64);
    anon_buf_free(&dec);
    return t;
}

static void test_vcard_data_uri_in_prompt_reencoded_masked(void **st)
{
    (void)st;
    const char *body = CHAT_OPEN "Who is this? data:text/vcard;charset=utf-8;base64," VCARD_B64
                                 " Thanks." CHAT_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, VCARD_B64);
    has(r, "Who is this? data:text/vcard;charset=utf-8;base64,");
    has(r, " Thanks.");
    assert_null(strstr(strstr(r, " Thanks.") + 1, " Thanks.")); /* the text once */
    char *t = payload_after(r, ";base64,");
    lacks(t, "anna.keller@posteo.de");
    lacks(t, "Anna Keller");
    has(t, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:[PERSON_1]\r\nEMAIL:[EMAIL_1]\r\nEND:VCARD\r\n");
    restores(s, "It is [PERSON_1] ([EMAIL_1]).", "It is Anna Keller (anna.keller@posteo.de).");
    free(t);
    anon_session_free(s);
    free(r);
}

/* {"name": "Jörg Brandtner", "iban": "DE89370400440532013000", "note": "..."}, URL-safe base64
 * without padding, wrapped at 76 with "\n" escapes, under "attachment" in pasted JSON */
static void test_wrapped_blob_in_pasted_json_keeps_its_shape(void **st)
{
    (void)st;
    const char *body = TOOL_OPEN
        "{\\\"file\\\": \\\"order.json\\\", \\\"attachment\\\": \\\""
        "eyJuYW1lIjogIkrDtnJnIEJyYW5kdG5lciIsICJpYmFuIjogIkRFODkzNzA0MDA0NDA1MzIwMTMw\\\\n"
        "MDAiLCAibm90ZSI6ICJMaWVmZXJ1bmcgYW4gZGllIEhpbnRlcnTDvHIgYml0dGUsIG5pY2h0IGFu\\\\n"
        "IGRpZSBOYWNoYmFybiBhYmdlYmVuIn0\\\"}" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "eyJuYW1lIjogIkrDtnJnIEJyYW5kdG5lciIsICJpYmFuIjogIkRFODkzNzA0MDA0NDA1MzIwMTMw");
    char *t = payload_after(r, "\\\"attachment\\\": \\\"");
    lacks(t, "DE89370400440532013000");
    lacks(t, "Brandtner");
    has(t, "\"iban\": \"[IBAN_1]\"");
    has(t, "Lieferung an die Hintert\xc3\xbcr bitte");
    /* the first line is 76 characters and ends in the same escaped break; no padding added */
    const char *p = strstr(r, "\\\"attachment\\\": \\\"") + strlen("\\\"attachment\\\": \\\"");
    assert_int_equal(strncmp(p + 76, "\\\\n", 3), 0);
    const char *end = strstr(p, "\\\"}");
    assert_non_null(end);
    assert_true(end[-1] != '=');
    restores(s, "IBAN [IBAN_1]", "IBAN DE89370400440532013000");
    free(t);
    anon_session_free(s);
    free(r);
}

/* name,email,phone / Marta Silva,marta.silva@sapo.pt,+351 912 345 678 */
static void test_csv_blob_under_content_masked(void **st)
{
    (void)st;
    const char *b64 = "bmFtZSxlbWFpbCxwaG9uZQpNYXJ0YSBTaWx2YSxtYXJ0YS5zaWx2YUBzYXBvLnB0LCszNTEgOTEy"
                      "IDM0NSA2NzgK";
    char body[1024];
    snprintf(body, sizeof body,
             CHAT_OPEN "Summarise: {\\\"encoding\\\": \\\"base64\\\", \\\"content\\\": "
                       "\\\"%s\\\"}" CHAT_CLOSE,
             b64);
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, b64);
    char *t = payload_after(r, "\\\"content\\\": \\\"");
    lacks(t, "marta.silva@sapo.pt");
    lacks(t, "912 345 678");
    has(t, "name,email,phone\n");
    assert_null(strstr(strstr(r, "Summarise") + 1, "Summarise")); /* the text once */
    free(t);
    anon_session_free(s);
    free(r);
}

/* a text block that begins with a base64 data: URI and goes on with other text is text holding
 * a URI (it was refused as an undecodable payload) */
static void test_block_beginning_with_a_uri_then_text_is_scanned(void **st)
{
    (void)st;
    const char *body = CHAT_OPEN "data:text/vcard;base64," VCARD_B64 "\\n\\nSee above." CHAT_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, VCARD_B64);
    has(r, "\\n\\nSee above.");
    char *t = payload_after(r, ";base64,");
    has(t, "FN:[PERSON_1]\r\nEMAIL:[EMAIL_1]\r\n");
    free(t);
    anon_session_free(s);
    free(r);
}

/* a percent-encoded text URI in a markdown link: decoded, the name read whole (J%C3%B6rg), and
 * encoded again so that only the values' bytes change */
static void test_percent_uri_in_markdown_masked_in_place(void **st)
{
    (void)st;
    const char *body =
        CHAT_OPEN "See [note](data:text/plain;charset=utf-8,Name%3A%20J%C3%B6rg%20Brandtner%0AIBAN"
                  "%3A%20DE89%203704%200044%200532%200130%2000%0Aref%3A%20ORD-2025-004211) "
                  "please." CHAT_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    has(r, "See [note](data:text/plain;charset=utf-8,Name%3A%20[PERSON_1]%0AIBAN%3A%20[IBAN_1]"
           "%0Aref%3A%20ORD-2025-004211) please.");
    restores(s, "[PERSON_1]", "J\xc3\xb6rg Brandtner");
    anon_session_free(s);
    free(r);
}

/* a PNG, base64 of text with no identifier, and a JWT's segments stay as they were */
static void test_images_and_plain_text_payloads_stay(void **st)
{
    (void)st;
    const char *body =
        CHAT_OPEN "logo data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                  "QVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg== and log data:text/plain;base64,"
                  "QnVpbGQgNC4yLjEgcGFzc2VkOiAxMjggdGVzdHMsIDAgZmFpbHVyZXMuCg== and base64 token "
                  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl"
                  "c2lnbmF0dXJlc2lnbmF0dXJl" CHAT_CLOSE;
    char *r = rewrite(body, NULL);
    has(r, "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5"
           "ErkJggg==");
    has(r, "QnVpbGQgNC4yLjEgcGFzc2VkOiAxMjggdGVzdHMsIDAgZmFpbHVyZXMuCg==");
    free(r);
}

/* the streamed answer (SSE) holding the tokens of a masked payload restores them */
static void test_sse_answer_restores_payload_tokens(void **st)
{
    (void)st;
    const char *body = CHAT_OPEN "data:text/vcard;base64," VCARD_B64 CHAT_CLOSE;
    anon_session_t *s;
    char *r = rewrite_openai(body, &s);
    lacks(r, VCARD_B64);
    anon_restorer_t *rs = anon_restorer_new(s, ANON_RESP_SSE, ANON_PROFILE_OPENAI);
    assert_non_null(rs);
    const char *ev = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{"
                     "\"index\":0,\"delta\":{\"content\":\"Mail [EMAIL_1] now\"},"
                     "\"finish_reason\":null}]}\n\n";
    anon_buf_t out = {0};
    assert_int_equal(anon_restorer_feed(rs, (const uint8_t *)ev, strlen(ev), &out), 0);
    assert_int_equal(anon_restorer_finish(rs, &out), 0);
    assert_non_null(memmem(out.data, out.len, "Mail anna.keller@posteo.de now", 30));
    anon_buf_free(&out);
    anon_restorer_free(rs);
    anon_session_free(s);
    free(r);
}

/* A data: URI of a text media type whose base64 payload is shorter than a blob (a single
 * address: "john.doe@gmail.com") in the middle of a prompt: read and re-encoded all the same. */
static void test_short_text_uri_payload_is_read(void **st)
{
    (void)st;
    const char *body =
        CHAT_OPEN "look: data:text/plain;base64,am9obi5kb2VAZ21haWwuY29t what is this" CHAT_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "am9obi5kb2VAZ21haWwuY29t");
    has(r, "look: data:text/plain;base64,");
    has(r, " what is this");
    char *t = payload_after(r, ";base64,");
    assert_string_equal(t, "[EMAIL_1]");
    restores(s, "That is [EMAIL_1].", "That is john.doe@gmail.com.");
    free(t);
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vcard_data_uri_in_prompt_reencoded_masked),
        cmocka_unit_test(test_wrapped_blob_in_pasted_json_keeps_its_shape),
        cmocka_unit_test(test_csv_blob_under_content_masked),
        cmocka_unit_test(test_block_beginning_with_a_uri_then_text_is_scanned),
        cmocka_unit_test(test_percent_uri_in_markdown_masked_in_place),
        cmocka_unit_test(test_images_and_plain_text_payloads_stay),
        cmocka_unit_test(test_sse_answer_restores_payload_tokens),
        cmocka_unit_test(test_short_text_uri_payload_is_read),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
