/* rewrite.c: anon_rewrite, a request body in, the body to forward out.
 *
 * JSON bodies take two walks: the first reserves every token-shaped text already in the request
 * (so no issued token can collide with it), the second hands every string value and member name
 * to the session. A string value that is itself a JSON document (tool-call arguments in the
 * history) is rewritten recursively, so values inside it are detected in their own decoded form
 * and escaped back for both levels; a data: URI of a text media type is decoded, rewritten and
 * encoded again. A number that is a card, phone, SSN or national id becomes a string holding its
 * token (JSON has no number form of [CREDIT_CARD_1]); an array of a value's groups
 * (`"pan": [4892, 4408, 6123, 4567]`) is offered whole first (rewrite_array.c). When anything was
 * replaced, one instruction asking the model to keep placeholders verbatim is added to the system
 * prompt in the provider's own shape; every other byte of the body stays as it was.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"

#include "anonymize/restore.h"

#include <limits.h>
#include <openssl/mem.h>
#include <stdio.h>
#include <string.h>

typedef struct rw {
    anon_session_t *s;
    unsigned max_depth;
    anon_blocks_t *blk; /* text blocks read as one (rewrite_blocks.c), made on first use */
    /* the object whose member last named a part of a person's name (weak_given()) */
    const uint8_t *part_in, *part_key;
    size_t part_index;
    unsigned part_depth;
    anon_table_t tab; /* the array of arrays being walked (rewrite_table.c) */
    anon_ctx_t ctx;   /* what the strings before say about the next (rewrite_ctx.c) */
    /* the object whose "name", "key" or "label" member was seen last, and that member's value
     * (id_label_member()) */
    const uint8_t *idl_in, *idl_key;
    size_t idl_index, idl_len;
    unsigned idl_depth;
    char idl[40];
} rw_t;

/* The walk's state holds copies of the body's bytes (a carried label, a CSV head, a member's
 * value): freed and wiped when the walk ends, as the session wipes what it keeps. */
static void rw_end(rw_t *r)
{
    anon_blocks_free(r->blk);
    OPENSSL_cleanse(r, sizeof *r);
}

static int reserve_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                      anon_buf_t *out)
{
    rw_t *r = arg;
    (void)path;
    (void)out;
    if (anon_tok_may_hold(s, n))
        anon_session_reserve(r->s, s, n);
    /* A string that is itself JSON is scanned at its own level (scan_cb), where its escapes are
     * decoded once more (\\u005b is a bracket there): reserve what that level holds as well. */
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    if (i < n && (s[i] == '{' || s[i] == '[') && memchr(s, '\\', n)) {
        anon_json_walker_t w = {.max_depth = r->max_depth, .keys = 1, .str = reserve_cb, .arg = r};
        if (anon_json_rewrite(&w, (const uint8_t *)s, n, NULL, NULL) == ANON_ERR_NOMEM)
            return ANON_ERR_NOMEM;
    }
    return 0;
}

static int scan_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                   anon_buf_t *out);
static int num_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                  anon_buf_t *out);
static int opaque_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                     anon_buf_t *out);

/* A value written as an array of its groups (rewrite_array.c). */
static int arr_cb(void *arg, const anon_json_path_t *path, const uint8_t *raw, size_t n,
                  anon_buf_t *out, size_t *changes)
{
    return anon_rewrite_array(((rw_t *)arg)->s, path, raw, n, out, changes);
}

static void wipe_buf(anon_buf_t *b)
{
    anon_buf_free(b);
}

/* Text of a known kind (json: 1 one JSON text, 2 JSON lines, 0 text) rewritten into out;
 * returns replacements. JSON that does not parse is scanned as text, which finds the same
 * values (the tokens need no escaping). */
int anon_rewrite_payload(anon_session_t *s, const char *p, size_t n, int json, unsigned depth,
                         anon_buf_t *out)
{
    rw_t r = {.s = s, .max_depth = depth ? depth : ANON_JSON_DEFAULT_DEPTH};
    size_t before = out->len;
    if (json == 2) {
        int total = 0;
        for (size_t i = 0; i < n;) {
            const char *nl = memchr(p + i, '\n', n - i);
            size_t e = nl ? (size_t)(nl - p) + 1 : n;
            int rc = anon_rewrite_payload(s, p + i, e - i, 1, depth, out);
            if (rc < 0)
                return rc;
            total += rc;
            i = e;
        }
        return total;
    }
    if (json == 1) {
        anon_json_walker_t w = {.max_depth = r.max_depth,
                                .skip_opaque = 1,
                                .opaque = opaque_cb,
                                .str = scan_cb,
                                .num = num_cb,
                                .arr = arr_cb,
                                .keys = 1,
                                .arg = &r};
        size_t changed = 0;
        int rc = anon_json_rewrite(&w, (const uint8_t *)p, n, out, &changed);
        rw_end(&r);
        if (rc == ANON_OK)
            return changed > INT_MAX ? INT_MAX : (int)changed;
        if (out->len > before)
            OPENSSL_cleanse(out->data + before, out->len - before);
        out->len = before;
        if (rc == ANON_ERR_NOMEM)
            return rc;
    }
    return anon_session_scan_text(s, p, n, out);
}

/* A data: URI of a text type: decoded, rewritten, encoded the way it came. 0: unchanged. */
static int scan_data_uri(rw_t *r, const char *s, size_t n, size_t payload, int b64, int json,
                         anon_buf_t *out)
{
    anon_buf_t dec = {0}, inner = {0};
    int rc = b64 ? anon_base64_decode(&dec, s + payload, n - payload)
                 : anon_percent_decode(&dec, s + payload, n - payload, 0);
    if (rc == 0)
        rc =
            anon_rewrite_payload(r->s, (const char *)dec.data, dec.len, json, r->max_depth, &inner);
    if (rc > 0) {
        int e = anon_buf_append(out, s, payload);
        if (e == 0)
            e = b64 ? anon_base64_encode(out, inner.data, inner.len)
                    : anon_percent_encode(out, (const char *)inner.data, inner.len,
                                          "!$&'()*+,;=:@/? ");
        if (e < 0)
            rc = e;
    }
    wipe_buf(&dec);
    wipe_buf(&inner);
    return rc;
}

/* An opaque base64 payload (Anthropic's document source, Gemini's inlineData, an upload in
 * JSON) that decodes to text is text: scanned like a text data: URI and encoded again, in the
 * same alphabet and padding. Binary payloads stay as they are. */
static int opaque_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                     anon_buf_t *out)
{
    rw_t *r = arg;
    (void)path;
    if (n >= 5 && (s[0] == 'd' || s[0] == 'D'))
        return 0; /* a data: URI of a binary media type */
    if (!anon_b64_starts_text(s, n))
        return 0;
    anon_buf_t dec = {0}, inner = {0}, enc = {0};
    int rc = 0;
    if (anon_base64_decode(&dec, s, n) != 0 || !anon_looks_text(dec.data, dec.len))
        goto done; /* not base64 after all, or text only at its start: left alone */
    size_t i = 0;
    while (i < dec.len && (dec.data[i] == ' ' || dec.data[i] == '\n' || dec.data[i] == '\r' ||
                           dec.data[i] == '\t'))
        i++;
    int json = i < dec.len && (dec.data[i] == '{' || dec.data[i] == '[');
    rc = anon_rewrite_payload(r->s, (const char *)dec.data, dec.len, json, r->max_depth, &inner);
    if (rc <= 0)
        goto done;
    int e = anon_base64_encode(&enc, inner.data, inner.len);
    if (e == 0) {
        int url = memchr(s, '-', n) || memchr(s, '_', n), pad = memchr(s, '=', n) != NULL;
        for (size_t j = 0; j < enc.len; j++) {
            if (url && enc.data[j] == '+')
                enc.data[j] = '-';
            else if (url && enc.data[j] == '/')
                enc.data[j] = '_';
        }
        size_t len = enc.len;
        while (!pad && len && enc.data[len - 1] == '=')
            len--;
        e = anon_buf_append(out, enc.data, len);
    }
    if (e < 0)
        rc = e;
done:
    anon_buf_free(&dec);
    anon_buf_free(&inner);
    anon_buf_free(&enc);
    return rc;
}

static int key_is(const anon_json_seg_t *seg, const char *k, size_t n)
{
    return seg->key_len == n && memcmp(seg->key, k, n) == 0;
}

/* The parent object of the member at path: its key or index in its own parent. */
static void object_of(const anon_json_path_t *path, const uint8_t **key, size_t *index);

/* Does the object holding the member at path have a "kind", "type", "label", "name", "channel",
 * "medium" or "system" member, seen before it, whose value names a phone ("mobile", "Handy",
 * "whatsapp", "τηλέφωνο")? (id_label_member() keeps that member's value.) */
static int phone_kind(const rw_t *r, const anon_json_path_t *path)
{
    const uint8_t *pk;
    size_t pi, ll;
    if (!r->idl_in || r->idl_in != path->in || r->idl_depth != path->depth || !r->idl_len)
        return 0;
    object_of(path, &pk, &pi);
    if (r->idl_key != pk || r->idl_index != pi)
        return 0;
    const char *l = anon_member_label(r->idl, r->idl_len, &ll);
    return l && l != r->idl && l[0] == 'p';
}

/* A JSON integer of 9 to 19 digits (SSN and national ids to cards), or of 3 or 4 under a card
 * security code's key, that the detectors find, read with its member name as a label, becomes a
 * string token. */
static int num_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n, anon_buf_t *out)
{
    rw_t *r = arg;
    if (n <= 4 && anon_dob_part_number(path, s, n)) /* "dob": {"y": 1987, "m": 3, "d": 12} */
        return anon_dob_part_token(r->s, s, n, out);
    /* 3 or 4 digits are a value only under a card security code's key ("cvc": 123) */
    if (n < 3 || n > 19 || (n > 4 && n < 9))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    char text[64];
    size_t pl = 0, ll = 0;
    const anon_json_seg_t *last = path->depth ? &path->seg[path->depth - 1] : NULL;
    const char *label = NULL;
    /* a cell of a table (Sheets "values") under a header that names a phone ("Handy") */
    const char *hk;
    size_t hn;
    if (last && last->in_array && path->depth >= 2 && path->seg[path->depth - 2].in_array &&
        anon_table_key(&r->tab, path, s, n, &hk, &hn) &&
        (label = anon_member_label(hk, hn, &ll)) == hk)
        label = NULL; /* a secret's header is its own label: not one to put before a number */
    /* a "value" beside a "kind"/"type"/"label" that names a phone ({"kind": "mobile", ...}) */
    if (!label && last && !last->in_array && key_is(last, "value", 5) &&
        (phone_kind(r, path) ||
         (path->in && (const uint8_t *)s >= path->in &&
          (const uint8_t *)s + n <= path->in + path->in_len &&
          anon_phone_kind_after((const uint8_t *)s + n, path->in + path->in_len))))
        label = "phone: ", ll = 7;
    /* an international number keyed by its owner's name ({"Zorvek Bramani": 4917012345678}),
     * not a GTIN-13 ({"Widget Pro": 4006381333931}) */
    if (!label && last && !last->in_array && n >= 10 && n <= 15 &&
        anon_phone_name_key(last->key, last->key_len) && anon_e164_ok(s, n) &&
        !(n == 13 && anon_ean13_digits(s)))
        label = "phone: ", ll = 7;
    /* an element of a list ("phones": [4155550132, ...]) is labelled by the list's key */
    if (last && last->in_array && path->depth >= 2)
        last = &path->seg[path->depth - 2];
    if (!label)
        label = anon_label_key(last)
                    ? anon_member_label((const char *)last->key, last->key_len, &ll)
                    : NULL;
    if (n < 9 && !(label && ll == 5 && memcmp(label, "cvv: ", 5) == 0))
        return 0;
    if (label && ll <= 40) {
        memcpy(text, label, ll);
        pl = ll;
        if (label == (const char *)last->key) {
            memcpy(text + pl, ": ", 2);
            pl += 2;
        }
    } else if (anon_label_key(last)) {
        memcpy(text, last->key, last->key_len);
        memcpy(text + last->key_len, ": ", 2);
        pl = last->key_len + 2;
    }
    memcpy(text + pl, s, n);
    anon_buf_t tmp = {0};
    int rc = anon_session_scan_text(r->s, text, pl + n, &tmp);
    size_t at = pl; /* where the number's rewrite starts in tmp */
    if (rc > 0 && (tmp.len < pl || memcmp(tmp.data, text, pl) != 0)) {
        rc = anon_key_value_split(text, pl, s, n, &tmp, &at);
        /* a value keying an international number ({"Andrei Stan": 40281295556}): its phone */
        if (rc == 0 && n >= 10 && anon_e164_ok(s, n)) {
            memcpy(text, "phone: ", 7);
            memcpy(text + 7, s, n);
            pl = 7, at = 7;
            OPENSSL_cleanse(tmp.data, tmp.len);
            tmp.len = 0;
            rc = anon_session_scan_text(r->s, text, pl + n, &tmp);
        }
    }
    if (rc > 0) {
        int e = anon_buf_append(out, "\"", 1);
        if (e == 0)
            e = anon_json_escape(out, (const char *)tmp.data + at, tmp.len - at);
        if (e == 0)
            e = anon_buf_append(out, "\"", 1);
        if (e < 0)
            rc = e;
    }
    OPENSSL_cleanse(text, sizeof text);
    wipe_buf(&tmp);
    return rc;
}

/* Member names of the provider APIs: never a value, and most keys of a request are one of them,
 * so they skip the detectors (a call per key costs about as much as scanning 100 bytes). Bucketed
 * by length, which leaves a handful of candidates per key. */
static int protocol_key(const char *k, size_t n)
{
    static const char *const by_len[][16] = {
        /* 0 */ {NULL},
        /* 1 */ {"n", NULL},
        /* 2 */ {"id", NULL},
        /* 3 */ {"url", NULL},
        /* 4 */
        {"$ref", "args", "body", "data", "enum", "file", "name", "role", "seed", "stop", "text",
         "type", "user", NULL},
        /* 5 */
        {"$defs", "allOf", "anyOf", "index", "input", "items", "model", "oneOf", "parts", "store",
         "title", "tools", "top_k", "top_p", NULL},
        /* 6 */
        {"detail", "effort", "format", "method", "output", "schema", "source", "stream", "strict",
         "system", NULL},
        /* 7 */ {"call_id", "content", "default", "maximum", "minimum", "pattern", "purpose", NULL},
        /* 8 */
        {"contents", "filename", "function", "logprobs", "messages", "metadata", "mimeType",
         "required", "response", "thinking", NULL},
        /* 9 */ {"arguments", "custom_id", "file_data", "image_url", "reasoning", NULL},
        /* 10 */
        {"inlineData", "max_tokens", "media_type", "parameters", "properties", "tool_calls", NULL},
        /* 11 */ {"description", "json_schema", "temperature", "tool_choice", "tool_use_id", NULL},
        /* 12 */ {"functionCall", "instructions", "tool_call_id", NULL},
        /* 13 */ {"budget_tokens", "cache_control", "include_usage", NULL},
        /* 14 */ {"stream_options", NULL},
        /* 15 */ {"response_format", NULL},
        /* 16 */ {"functionResponse", "generationConfig", NULL},
        /* 17 */ {"max_output_tokens", "systemInstruction", NULL},
        /* 18 */ {NULL},
        /* 19 */ {NULL},
        /* 20 */ {"additionalProperties", "previous_response_id", NULL},
        /* 21 */ {"max_completion_tokens", NULL},
    };
    if (n == 0 || n >= sizeof by_len / sizeof *by_len)
        return 0;
    for (const char *const *c = by_len[n]; *c; c++)
        if ((*c)[0] == k[0] && memcmp(*c, k, n) == 0)
            return 1;
    return 0;
}

/* The object that holds the member at path: its walk input, its depth and its place in its
 * parent (the parent's key or index). */
static void object_of(const anon_json_path_t *path, const uint8_t **key, size_t *index)
{
    const anon_json_seg_t *up = path->depth >= 2 ? &path->seg[path->depth - 2] : NULL;
    *key = up ? up->key : NULL;
    *index = up ? up->index : 0;
}

/* A weak key ("nome", "nom", "nombre", "ad"; not "name", a key of the APIs) beside a key that names
 * a part of a person's name ("sobrenome", "nom_de_famille", "apellidos", "soyad", "lastName") holds
 * the given name when it is one word: {"sobrenome": "Yi", "nome": "THANH"}. Members before it were
 * seen by the walk (remembered in r), members after it are read ahead in the raw object. */
static int weak_given(rw_t *r, const anon_json_path_t *path, const anon_json_seg_t *last,
                      const char *v, size_t vn)
{
    const uint8_t *pk;
    size_t pi;
    if (vn > 40 || protocol_key((const char *)last->key, last->key_len))
        return 0; /* "role", "content", "type": most members of a body, never a name's part */
    object_of(path, &pk, &pi);
    if (anon_names_part_key((const char *)last->key, last->key_len)) {
        r->part_in = path->in;
        r->part_key = pk;
        r->part_index = pi;
        r->part_depth = path->depth;
        return 0;
    }
    if (last->key_len > 8 || memchr(v, ' ', vn))
        return 0; /* a given name is one word: "Apache Kafka" under "name" is read as before */
    int h = anon_member_hint((const char *)last->key, last->key_len);
    if (h == ANON_NAMES_HINT_NONE)
        h = anon_names_field_hint((const char *)last->key, last->key_len);
    if (h != ANON_NAMES_HINT_NAME)
        return 0;
    if (r->part_in && r->part_in == path->in && r->part_depth == path->depth && r->part_key == pk &&
        r->part_index == pi)
        return 1;
    if (!path->in)
        return 0;
    const uint8_t *p = path->in + path->str_end + 1, *end = path->in + path->in_len;
    for (int members = 0; members < 16; members++) {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            p++;
        if (p >= end || *p != ',')
            return 0;
        for (p++; p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t');)
            p++;
        const uint8_t *k = p;
        if (p >= end || *p != '"' || !(p = anon_json_skip(p, end)))
            return 0;
        if (anon_names_part_key((const char *)k + 1, (size_t)(p - k - 2)))
            return 1;
        while (p < end && *p != ':')
            p++;
        for (p++; p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t');)
            p++;
        if (p >= end || !(p = anon_json_skip(p, end)))
            return 0;
    }
    return 0;
}

/* Name/value pairs (HAR headers, Postman variables, Wallet pass fields): a "value" member is
 * labelled by its object's "name", "key" or "label" member seen before it. When that names an id
 * ({"name": "x-request-id", "value": "4155550132"}), a value of digits and no letters is scanned
 * under the key "id" (phone_labels.c: no phone without a '+'). The label is only copied here and
 * read when such a value comes. Returns the key to scan the value under, or NULL. */
static const char *id_label_member(rw_t *r, const anon_json_path_t *path,
                                   const anon_json_seg_t *last, const char *v, size_t vn,
                                   size_t *kl)
{
    const uint8_t *pk;
    size_t pi;
    if (last->key_len == 5 && key_is(last, "value", 5)) {
        int digits = 0;
        for (size_t i = 0; i < vn; i++) {
            if (((v[i] | 0x20) >= 'a' && (v[i] | 0x20) <= 'z') || (unsigned char)v[i] >= 0x80)
                return NULL;
            digits |= v[i] >= '0' && v[i] <= '9';
        }
        if (!digits)
            return NULL;
        int seen = r->idl_in && r->idl_in == path->in && r->idl_depth == path->depth;
        if (seen) {
            object_of(path, &pk, &pi);
            seen = r->idl_key == pk && r->idl_index == pi;
        }
        /* the kind before the value, or after it in the same object */
        if ((seen && phone_kind(r, path)) ||
            (!seen && path->in && path->str_end < path->in_len &&
             anon_phone_kind_after(path->in + path->str_end + 1, path->in + path->in_len))) {
            *kl = 5;
            return "phone";
        }
        if (!seen || !anon_phone_id_key(r->idl, r->idl_len))
            return NULL;
        *kl = 2;
        return "id";
    }
    /* a kind names the value only when it names a phone: {"key": "order_id", "type": "text",
     * "value": ...} keeps its key's reading */
    size_t ll;
    const char *l;
    if (vn <= sizeof r->idl &&
        (key_is(last, "name", 4) || key_is(last, "key", 3) || key_is(last, "label", 5) ||
         ((key_is(last, "kind", 4) || key_is(last, "type", 4) || key_is(last, "channel", 7) ||
           key_is(last, "medium", 6) || key_is(last, "system", 6)) &&
          (l = anon_member_label(v, vn, &ll)) && l != v && l[0] == 'p'))) {
        object_of(path, &pk, &pi);
        r->idl_in = path->in;
        r->idl_key = pk;
        r->idl_index = pi;
        r->idl_depth = path->depth;
        memcpy(r->idl, v, vn);
        r->idl_len = vn;
    }
    return NULL;
}

static int scan_value(rw_t *r, const anon_json_path_t *path, const char *s, size_t n,
                      anon_buf_t *out);

/* Is the whole string one data: URI of a text media type? A base64 one whose payload runs into
 * other text ("data:...;base64,QkVH...\n\n<img ...>") is text holding a URI
 * (rewrite_datauri55.c), not an undecodable payload. */
static int whole_data_uri(const char *s, size_t n, size_t *payload, int *b64, int *json)
{
    if (n <= 5 || (s[0] != 'd' && s[0] != 'D') || !anon_data_uri_text(s, n, payload, b64, json))
        return 0;
    if (!*b64)
        return 1;
    int ws = 0; /* a bad byte inside the run is an undecodable payload (refused); after a space
                 * or a line break it is the text that follows the URI */
    for (size_t i = *payload; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t')
            ws = 1;
        else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   c == '+' || c == '/' || c == '-' || c == '_' || c == '='))
            return !ws;
    }
    return 1;
}
static int scan_text(rw_t *r, const anon_json_path_t *path, const char *s, size_t n,
                     anon_buf_t *out);

static int scan_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                   anon_buf_t *out)
{
    rw_t *r = arg;
    if (path->is_key) {
        if (protocol_key(s, n))
            return 0;
        if (anon_ctx_handle_key(path, (const uint8_t *)s, n))
            return anon_ctx_mask_key(r->s, s, n, out);
        /* a date keying an object that a birth key holds ("by_dob": {"1987-03-12": ...}) */
        if (n >= 6 && s[0] >= '0' && s[0] <= '9' && anon_dob_key_owner(path))
            return anon_session_scan_key(r->s, "dob", 3, s, n, out);
        int h = 0;
        const anon_json_seg_t *o =
            anon_ctx_name_like((const uint8_t *)s, n) ? anon_ctx_owner(path, &h) : NULL;
        if (o && (h == ANON_NAMES_HINT_PERSON || h == ANON_NAMES_HINT_NAME))
            return anon_session_scan_key(r->s, (const char *)o->key, o->key_len, s, n, out);
        return anon_session_scan_key(r->s, NULL, 0, s, n, out);
    }
    return scan_value(r, path, s, n, out);
}

/* A string value's text: base64 payloads inside it first (rewrite_datauri55.c), then the text
 * with those payloads in their masked form. */
static int scan_value(rw_t *r, const anon_json_path_t *path, const char *s, size_t n,
                      anon_buf_t *out)
{
    size_t pl;
    int b64, json;
    if (n >= 32 && !whole_data_uri(s, n, &pl, &b64, &json)) {
        anon_buf_t tmp = {0};
        int k = anon_rewrite_b64_inline(r->s, s, n, r->max_depth, &tmp);
        if (k != 0) {
            size_t before = out->len;
            int rc = k < 0 ? k : scan_text(r, path, (const char *)tmp.data, tmp.len, out);
            if (rc == 0) { /* what a scan that replaced nothing left in out is not the text */
                if (out->len > before)
                    OPENSSL_cleanse(out->data + before, out->len - before);
                out->len = before;
                rc = anon_buf_append(out, tmp.data, tmp.len);
            }
            if (rc >= 0)
                rc += k;
            anon_buf_free(&tmp);
            return rc;
        }
        anon_buf_free(&tmp); /* a pass that replaced nothing may still have grown it */
    }
    return scan_text(r, path, s, n, out);
}

/* Byte tests before rewrite_calls61.c is asked: the string's key (its list's key for an array
 * element) has a schema keyword's length and first byte (description, title, example(s),
 * default, const, enum, $comment). */
static int schema_word_may(const anon_json_path_t *path)
{
    const anon_json_seg_t *k = &path->seg[path->depth - 1];
    if (k->in_array)
        k--;
    if (!k->key)
        return 0;
    switch (k->key_len) {
    case 4:
        return k->key[0] == 'e' && k->key[1] == 'n';
    case 5:
        return (k->key[0] == 't' && k->key[1] == 'i') || k->key[0] == 'c';
    case 7:
        return k->key[0] == 'e' || (k->key[0] == 'd' && k->key[2] == 'f');
    case 8:
        return k->key[0] == 'e' || k->key[0] == '$';
    case 11:
        return k->key[0] == 'd' && k->key[1] == 'e';
    }
    return 0;
}

/* ... and for an OpenAPI fragment: the body's first member is "system", "instructions",
 * "systemInstruction" or "messages" (rewrite_calls61.c reads on). */
static int system_may(const anon_json_path_t *path)
{
    if (path->is_key || path->depth < 1 || !path->seg[0].key)
        return 0;
    size_t l = path->seg[0].key_len;
    uint8_t c = path->seg[0].key[0];
    return ((l == 6 || l == 17) && c == 's') || (l == 12 && c == 'i') ||
           (l == 8 && c == 'm' && path->depth >= 2 && path->seg[1].index == 0);
}

static int scan_text(rw_t *r, const anon_json_path_t *path, const char *s, size_t n,
                     anon_buf_t *out)
{
    const anon_json_seg_t *lk = path->depth >= 3 ? &path->seg[path->depth - 1] : NULL;
    if (r->blk || (lk && lk->key_len == 4 && memcmp(lk->key, "text", 4) == 0)) {
        int taken, rc = anon_blocks_scan(&r->blk, r->s, path, s, n, out, &taken);
        if (taken || rc < 0)
            return rc;
    }
    size_t i = 0, payload = 0;
    int b64 = 0, json = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    if (i < n && (s[i] == '{' || s[i] == '[')) {
        anon_json_walker_t w = {.max_depth = r->max_depth,
                                .skip_opaque = 1,
                                .opaque = opaque_cb,
                                .keys = 1,
                                .str = scan_cb,
                                .num = num_cb,
                                .arr = arr_cb,
                                .arg = r};
        size_t before = out->len, changed = 0;
        int rc = anon_json_rewrite(&w, (const uint8_t *)s, n, out, &changed);
        anon_blocks_drop(r->blk, (const uint8_t *)s);
        if (rc == ANON_OK)
            return changed > INT_MAX ? INT_MAX : (int)changed;
        if (out->len > before)
            OPENSSL_cleanse(out->data + before, out->len - before);
        out->len = before;
        if (rc == ANON_ERR_NOMEM)
            return rc;
        /* not a JSON document: scan it as text */
    }
    if (whole_data_uri(s, n, &payload, &b64, &json))
        return scan_data_uri(r, s, n, payload, b64, json, out);

    const anon_json_seg_t *last = path->depth ? &path->seg[path->depth - 1] : NULL;
    const char *hk;
    size_t hn;
    /* a tool's schema: its placeholders are definitions (rewrite_calls61.c) */
    if (path->depth >= 3 && schema_word_may(path) && anon_calls61_schema_text(path, &hk, &hn) &&
        anon_calls61_has_placeholder(s, n))
        return anon_calls61_scan(r->s, hk, hn, s, n, 0, out);
    if (n >= 64 && system_may(path) && anon_calls61_yaml_text(path, s, n))
        return anon_calls61_scan(r->s, last && last->key ? (const char *)last->key : NULL,
                                 last && last->key ? last->key_len : 0, s, n, 1, out);
    if (last && last->in_array && path->depth >= 2 && path->seg[path->depth - 2].in_array &&
        anon_table_key(&r->tab, path, s, n, &hk, &hn))
        return anon_session_scan_member(r->s, hk, hn, s, n, out);
    if (last && !last->in_array && last->key) {
        if (last->key_len == 14 && memcmp(last->key, "majorDimension", 14) == 0)
            anon_table_major(&r->tab, path, s, n);
        size_t kl;
        const char *idk = id_label_member(r, path, last, s, n, &kl);
        if (idk)
            return anon_session_scan_member(r->s, idk, kl, s, n, out);
        const char *ak = anon_addr63_member_key(path, last, &kl);
        if (ak) /* "residenza": {"numero": "12", "cap": "40126"} (rewrite_addr63.c) */
            return anon_session_scan_member(r->s, ak, kl, s, n, out);
        if (n && ((s[0] >= '0' && s[0] <= '9') || s[0] == '+') && anon_phone_digits_value(s, n) &&
            anon_phone_name_key(last->key, last->key_len))
            return anon_session_scan_member(r->s, "phone", 5, s, n, out);
        int cs = anon_chat58_sender_may(last->key, last->key_len, n)
                     ? anon_chat58_sender(path, last, s, n)
                     : 0;
        if (cs)
            return cs < 0 ? 0 : anon_session_scan_member(r->s, "fullName", 8, s, n, out);
        if (anon_tools59_thing(path, last, s, n)) /* "assignee": "Help Desk" */
            return anon_session_scan_member(r->s, "pet", 3, s, n, out);
        if (weak_given(r, path, last, s, n))
            return anon_session_scan_member(r->s, "givenName", 9, s, n, out);
        if (anon_born_name(path, last->key, last->key_len, s, n))
            return anon_session_scan_member(r->s, "fullName", 8, s, n, out);
        if (last->key_len == 4 &&
            (memcmp(last->key, "role", 4) == 0 || memcmp(last->key, "type", 4) == 0))
            anon_ctx_role(&r->ctx, path, s, n);
        if (!anon_ctx_tool_text(&r->ctx, path, last)) {
            int h = 0;
            const anon_json_seg_t *o = NULL;
            if (anon_ctx_name_like(last->key, last->key_len) &&
                anon_member_hint((const char *)last->key, last->key_len) == ANON_NAMES_HINT_NONE &&
                anon_names_field_hint((const char *)last->key, last->key_len) ==
                    ANON_NAMES_HINT_NONE)
                o = anon_ctx_owner(path, &h);
            if (o)
                return anon_session_scan_member(r->s, (const char *)o->key, o->key_len, s, n, out);
            if (anon_names_thing_member((const char *)last->key, last->key_len, s, n, path->in,
                                        path->in_len, path->str_end))
                return anon_session_scan_member(r->s, "pet", 3, s, n, out);
            return anon_session_scan_member(r->s, (const char *)last->key, last->key_len, s, n,
                                            out);
        }
        int rc;
        if (r->ctx.lead_len && r->ctx.lead_in == path->in)
            rc = anon_session_scan_after(r->s, r->ctx.lead, r->ctx.lead_len,
                                         (const char *)last->key, last->key_len, s, n, out);
        else if (anon_ctx_rows(&r->ctx, path, s, n))
            rc = anon_session_scan_after(r->s, r->ctx.head, r->ctx.head_len,
                                         (const char *)last->key, last->key_len, s, n, out);
        else
            rc = anon_session_scan_member(r->s, (const char *)last->key, last->key_len, s, n, out);
        anon_ctx_lead(&r->ctx, path, s, n);
        return rc;
    }
    /* an element of a list of people ("reviewers": ["Anna Vogt", ...]) is judged by the list's key
     */
    const anon_json_seg_t *owner = path->depth >= 2 ? &path->seg[path->depth - 2] : NULL;
    if (last && last->in_array && owner && !owner->in_array && owner->key)
        return anon_session_scan_member(r->s, (const char *)owner->key, owner->key_len, s, n, out);
    return anon_session_scan_text(r->s, s, n, out);
}

/* ---- the entry point ----------------------------------------------------------------------- */

static void set_err(char *err, size_t errlen, int rc, unsigned depth)
{
    if (!err || !errlen)
        return;
    const char *m;
    switch (rc) {
    case ANON_ERR_JSON:
        m = "request body is not valid JSON";
        break;
    case ANON_ERR_DEPTH:
        snprintf(err, errlen, "request body JSON is nested deeper than %u levels", depth);
        return;
    case ANON_ERR_ENCODING:
        m = "request body holds invalid UTF-8 or an unpaired surrogate escape";
        break;
    case ANON_ERR_NOMEM:
        m = "out of memory while scanning the request body";
        break;
    default:
        m = "the request body could not be scanned";
    }
    snprintf(err, errlen, "%s", m);
}

int anon_rewrite_walk(anon_session_t *s, const uint8_t *in, size_t len, unsigned depth,
                      anon_buf_t *out, size_t *changed)
{
    rw_t r = {.s = s, .max_depth = depth};
    anon_json_walker_t w = {.max_depth = depth,
                            .skip_opaque = 1,
                            .opaque = opaque_cb,
                            .keys = 1,
                            .str = scan_cb,
                            .num = num_cb,
                            .arr = arr_cb,
                            .arg = &r};
    int rc = anon_json_rewrite(&w, in, len, out, changed);
    rw_end(&r);
    return rc;
}

int anon_rewrite(anon_session_t *s, anon_body_kind_t kind, const anon_rewrite_opts_t *opts,
                 const uint8_t *in, size_t len, anon_buf_t *out, char *err, size_t errlen)
{
    return anon_rewrite_par(s, kind, opts, in, len, 1, out, err, errlen);
}

int anon_rewrite_par(anon_session_t *s, anon_body_kind_t kind, const anon_rewrite_opts_t *opts,
                     const uint8_t *in, size_t len, unsigned nthreads, anon_buf_t *out, char *err,
                     size_t errlen)
{
    anon_rewrite_opts_t dflt = {.profile = ANON_PROFILE_GENERIC, .add_instruction = 1};
    if (!opts)
        opts = &dflt;
    unsigned depth = opts->max_depth ? opts->max_depth : ANON_JSON_DEFAULT_DEPTH;
    size_t from = out->len;
    int rc;
    if (!s) {
        rc = ANON_ERR_CONFIG;
        goto fail;
    }
    if (!in)
        in = (const uint8_t *)"";
    if (kind == ANON_BODY_JSON && len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
        in += 3; /* a UTF-8 byte-order mark (RFC 8259 8.1: ignore it); forwarded without */
        len -= 3;
    }

    if ((rc = anon_session_prescan(s, (const char *)in, len)) < 0)
        goto fail;
    if (kind == ANON_BODY_TEXT) {
        anon_session_reserve(s, (const char *)in, len);
        rc = anon_session_scan_text(s, (const char *)in, len, out);
        if (rc < 0)
            goto fail;
        return ANON_OK;
    }
    rw_t r = {.s = s, .max_depth = depth};
    anon_json_walker_t w1 = {.max_depth = depth, .keys = 1, .str = reserve_cb, .arg = &r};
    if (may_hold_token(in, len) && (rc = anon_json_rewrite(&w1, in, len, NULL, NULL)) < 0)
        goto fail;
    size_t changed = 0;
    rc = nthreads > 1 ? anon_split_walk(s, in, len, depth, nthreads, out, &changed)
                      : anon_rewrite_walk(s, in, len, depth, out, &changed);
    if (rc < 0)
        goto fail;
    if (changed && opts->add_instruction &&
        (rc = anon_rewrite_instruction(opts->profile, out, from)) < 0)
        goto fail;
    return ANON_OK;
fail:
    if (out->len > from)
        OPENSSL_cleanse(out->data + from, out->len - from);
    out->len = from;
    set_err(err, errlen, rc, depth);
    return rc;
}
