/* fuzz_json_rewrite: anon_rewrite on arbitrary JSON request bodies, then the restore round trip.
 *
 * Invariants (abort() when broken): when jansson accepts the input, anon_rewrite succeeds (or
 * refuses it for depth, or for a text data: URI that does not decode), its output is JSON of the
 * same shape, and restoring that output with the same session gives back the input's member
 * names and string values. A string that is itself a JSON document (tool-call arguments) may come
 * back re-escaped, so such strings are compared as documents. Allowed differences: a member name
 * may be a token in the rewritten body (not after restoring); a number that is a card, phone or
 * id comes back as a string of the same digits; a data: URI or a base64 payload is not restored
 * (its text is encoded), so it is only compared for its type, and a string holding a data: URI
 * only for the text before it.
 */
#include "anonymize/anonymize.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DECODE_FLAGS (JSON_DECODE_ANY | JSON_ALLOW_NUL)

static anon_engine_t *engine;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[256];
    engine = anon_engine_new(NULL, err, sizeof err);
    if (!engine) {
        fprintf(stderr, "anon_engine_new: %s\n", err);
        abort();
    }
    return 0;
}

static int same(json_t *a, json_t *b, int strings, unsigned depth);

/* Two strings are the same value when their bytes are, or when both are JSON documents that are
 * the same (the rewriter re-escapes inner documents it changed). */
static int same_string(json_t *a, json_t *b, unsigned depth)
{
    size_t la = json_string_length(a), lb = json_string_length(b);
    const char *sa = json_string_value(a), *sb = json_string_value(b);
    if (la == lb && memcmp(sa, sb, la) == 0)
        return 1;
    if (depth > 64)
        return 0;
    json_t *da = json_loadb(sa, la, DECODE_FLAGS, NULL);
    json_t *db = da ? json_loadb(sb, lb, DECODE_FLAGS, NULL) : NULL;
    int ok = da && db && (json_is_object(da) || json_is_array(da)) && same(da, db, 1, depth + 1);
    json_decref(da);
    json_decref(db);
    return ok;
}

/* A number replaced by a string token (rewritten), or by its own digits (restored). */
static int number_as_string(json_t *a, json_t *b, int strings)
{
    if (!json_is_integer(a) || !json_is_string(b))
        return 0;
    if (!strings)
        return json_string_value(b)[0] == '[';
    char d[32];
    snprintf(d, sizeof d, "%" JSON_INTEGER_FORMAT, json_integer_value(a));
    return strcmp(d, json_string_value(b)) == 0;
}

/* Same shape (types, keys, array lengths, scalars); with strings, same string values and member
 * names too. */
static int same(json_t *a, json_t *b, int strings, unsigned depth)
{
    if (json_typeof(a) != json_typeof(b))
        return number_as_string(a, b, strings);
    switch (json_typeof(a)) {
    case JSON_OBJECT: {
        if (json_object_size(a) != json_object_size(b))
            return 0;
        const char *k;
        json_t *va;
        json_object_foreach(a, k, va)
        {
            json_t *vb = json_object_get(b, k);
            if (!vb && !strings)
                continue; /* a member name with PII is a token in the rewritten body */
            if (!vb || !same(va, vb, strings, depth + 1))
                return 0;
        }
        return 1;
    }
    case JSON_ARRAY:
        if (json_array_size(a) != json_array_size(b))
            return 0;
        for (size_t i = 0; i < json_array_size(a); i++)
            if (!same(json_array_get(a, i), json_array_get(b, i), strings, depth + 1))
                return 0;
        return 1;
    case JSON_STRING:
        if (json_string_length(a) >= 5 && !strncasecmp(json_string_value(a), "data:", 5))
            return 1; /* a text data: URI keeps its tokens inside its encoding */
        const char *uri = strcasestr(json_string_value(a), "data:");
        if (uri) { /* ... inside a text too (its payload is read whatever its length): the text
                    * before it comes back, the URI and what follows keep their encoding */
            size_t k = (size_t)(uri - json_string_value(a));
            return !strings || (json_string_length(b) >= k &&
                                memcmp(json_string_value(a), json_string_value(b), k) == 0);
        }
        if (json_string_length(a) >= 64 &&
            strspn(json_string_value(a), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                         "0123456789+/=-_\n\r") == json_string_length(a))
            return 1; /* so does base64 text (a document's source) */
        return !strings || same_string(a, b, depth);
    default:
        return json_equal(a, b);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    anon_session_t *s = anon_session_new(engine);
    if (!s)
        abort();
    anon_rewrite_opts_t opts = {.profile = ANON_PROFILE_GENERIC, .add_instruction = 0};
    anon_buf_t out = {0}, back = {0};
    char err[256];
    int rc = anon_rewrite(s, ANON_BODY_JSON, &opts, data, size, &out, err, sizeof err);
    /* jansson stops at a NUL byte as if the input ended there; raw NUL is never valid JSON. */
    json_t *in =
        memchr(data, '\0', size) ? NULL : json_loadb((const char *)data, size, DECODE_FLAGS, NULL);
    json_t *rw = NULL, *rt = NULL;
    if (!in || rc == ANON_ERR_DEPTH || rc == ANON_ERR_ENCODING)
        goto done; /* ENCODING: a text data: URI that does not decode is not forwarded */
    if (rc != ANON_OK) {
        fprintf(stderr, "valid JSON refused: rc=%d %s\n", rc, err);
        abort();
    }
    rw = json_loadb((const char *)out.data, out.len, DECODE_FLAGS, NULL);
    if (!rw || !same(in, rw, 0, 0)) {
        fprintf(stderr, "rewritten body is not JSON of the input's shape\n");
        abort();
    }
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_JSON, ANON_PROFILE_GENERIC);
    if (!r)
        abort();
    /* The JSON restorer buffers; feed in two pieces anyway. */
    size_t half = out.len / 2;
    if (anon_restorer_feed(r, out.data, half, &back) != ANON_OK ||
        anon_restorer_feed(r, out.data + half, out.len - half, &back) != ANON_OK ||
        anon_restorer_finish(r, &back) != ANON_OK)
        abort();
    anon_restorer_free(r);
    rt = json_loadb((const char *)back.data, back.len, DECODE_FLAGS, NULL);
    if (!rt || !same(in, rt, 1, 0)) {
        fprintf(stderr, "restored body differs from the input\n--- rewritten:\n%.*s\n",
                (int)out.len, (const char *)out.data);
        fprintf(stderr, "--- restored:\n%.*s\n", (int)back.len, (const char *)back.data);
        abort();
    }
done:
    json_decref(in);
    json_decref(rw);
    json_decref(rt);
    anon_buf_free(&out);
    anon_buf_free(&back);
    anon_session_free(s);
    return 0;
}
