/* rewrite.c: anon_rewrite, a request body in, the body to forward out.
 *
 * JSON bodies take two walks: the first reserves every token-shaped text already in the request
 * (so no issued token can collide with it), the second hands every string value to the session.
 * A string value that is itself a JSON document (tool-call arguments in the history) is rewritten
 * recursively, so values inside it are detected in their own decoded form and escaped back for
 * both levels. Object keys are reserved but never rewritten: they are protocol and schema names
 * the provider must see intact. When anything was replaced, one instruction asking the model to
 * keep placeholders verbatim is added to the system prompt in the provider's own shape; every
 * other byte of the body stays as it was.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <limits.h>
#include <openssl/mem.h>
#include <stdio.h>
#include <string.h>

#define INSTRUCTION                                                                                \
    "Some values in this conversation were replaced by placeholders: a type and a number in "      \
    "square brackets, such as [EMAIL_n] with n a number. Each placeholder stands for one "         \
    "redacted value. Whenever "                                                                    \
    "you refer to such a value, write its placeholder exactly as it appears, character for "       \
    "character, including the brackets; never alter, translate or complete it."

typedef struct rw {
    anon_session_t *s;
    unsigned max_depth;
} rw_t;

static int reserve_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                      anon_buf_t *out)
{
    rw_t *r = arg;
    (void)path;
    (void)out;
    if (memchr(s, '[', n))
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

/* Could any string in the raw body decode to token-shaped text? A token starts with '[' and an
 * upper-case letter; in raw JSON that is '[' then A-Z or an escape, or an escaped '['. Structural
 * brackets are never followed by a letter, so most bodies skip the reservation walk. */
static int may_hold_token(const uint8_t *p, size_t n)
{
    const uint8_t *q = p, *end = p + n;
    while ((q = memchr(q, '[', (size_t)(end - q))) != NULL) {
        if (++q < end && ((*q >= 'A' && *q <= 'Z') || *q == '\\'))
            return 1;
    }
    /* an escaped '[' (\u005b), or one a level down whose backslash, 'u' or digits are escaped
     * here (\\\u0075005b): all are \u00XX; memchr for the backslash outruns memmem by far */
    for (q = p; (q = memchr(q, '\\', (size_t)(end - q))) != NULL; q++)
        if (end - q >= 4 && memcmp(q + 1, "u00", 3) == 0)
            return 1;
    return 0;
}

static int scan_cb(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                   anon_buf_t *out)
{
    rw_t *r = arg;
    if (path->is_key)
        return 0;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    if (i < n && (s[i] == '{' || s[i] == '[')) {
        anon_json_walker_t w = {
            .max_depth = r->max_depth, .skip_opaque = 1, .str = scan_cb, .arg = r};
        size_t before = out->len, changed = 0;
        int rc = anon_json_rewrite(&w, (const uint8_t *)s, n, out, &changed);
        if (rc == ANON_OK)
            return changed > INT_MAX ? INT_MAX : (int)changed;
        if (out->len > before)
            OPENSSL_cleanse(out->data + before, out->len - before);
        out->len = before;
        if (rc == ANON_ERR_NOMEM)
            return rc;
        /* not a JSON document: scan it as text */
    }
    const anon_json_seg_t *last = path->depth ? &path->seg[path->depth - 1] : NULL;
    if (last && !last->in_array && last->key)
        return anon_session_scan_member(r->s, (const char *)last->key, last->key_len, s, n, out);
    return anon_session_scan_text(r->s, s, n, out);
}

/* ---- the instruction ----------------------------------------------------------------------- */

typedef struct span {
    int type; /* ANON_JSON_*, or -1 when absent */
    size_t start, end;
} span_t;

typedef struct shape {
    span_t root, messages, input, instructions, system, sysins, sysins_parts, contents;
} shape_t;

static int shape_cb(void *arg, const anon_json_path_t *p, int type, size_t start, size_t end)
{
    shape_t *sh = arg;
    span_t v = {type, start, end}, *slot = NULL;
    if (p->depth == 0)
        slot = &sh->root;
    else if (p->depth == 1 && !p->seg[0].in_array) {
        if (anon_json_seg_is(p, 0, "messages"))
            slot = &sh->messages;
        else if (anon_json_seg_is(p, 0, "input"))
            slot = &sh->input;
        else if (anon_json_seg_is(p, 0, "instructions"))
            slot = &sh->instructions;
        else if (anon_json_seg_is(p, 0, "system"))
            slot = &sh->system;
        else if (anon_json_seg_is(p, 0, "systemInstruction") ||
                 anon_json_seg_is(p, 0, "system_instruction"))
            slot = &sh->sysins;
        else if (anon_json_seg_is(p, 0, "contents"))
            slot = &sh->contents;
    } else if (p->depth == 2 && !p->seg[0].in_array && !p->seg[1].in_array &&
               (anon_json_seg_is(p, 0, "systemInstruction") ||
                anon_json_seg_is(p, 0, "system_instruction")) &&
               anon_json_seg_is(p, 1, "parts")) {
        slot = &sh->sysins_parts;
    }
    if (slot)
        *slot = v;
    return 0;
}

/* Is the container spanning d[start..end) empty? */
static int container_empty(const uint8_t *d, size_t start, size_t end)
{
    size_t i = start + 1;
    while (i < end - 1 && (d[i] == ' ' || d[i] == '\n' || d[i] == '\r' || d[i] == '\t'))
        i++;
    return i == end - 1;
}

typedef struct edit {
    size_t at, del;
    anon_buf_t ins;
} edit_t;

static int add(edit_t *e, const char *s)
{
    return anon_buf_append(&e->ins, s, strlen(s));
}

/* Insert a member at the start of the object spanning d[o.start..o.end). */
static int member_first(edit_t *e, const uint8_t *d, span_t o, const char *member)
{
    e->at = o.start + 1;
    int rc = add(e, member);
    if (rc == 0 && !container_empty(d, o.start, o.end))
        rc = add(e, ",");
    return rc;
}

/* Append an element to the array spanning d[a.start..a.end). */
static int element_last(edit_t *e, const uint8_t *d, span_t a, const char *elem)
{
    e->at = a.end - 1;
    int rc = 0;
    if (!container_empty(d, a.start, a.end))
        rc = add(e, ",");
    return rc ? rc : add(e, elem);
}

/* Replace the string (or null) value v with its text + the instruction. */
static int extend_string(edit_t *e, const uint8_t *d, span_t v)
{
    int rc;
    e->at = v.start;
    e->del = v.end - v.start;
    if ((rc = add(e, "\"")) < 0)
        return rc;
    if (v.type == ANON_JSON_STRING && v.end - v.start > 2) {
        if ((rc = anon_buf_append(&e->ins, d + v.start + 1, v.end - v.start - 2)) < 0 ||
            (rc = add(e, "\\n\\n")) < 0)
            return rc;
    }
    return add(e, INSTRUCTION "\"");
}

static int plan_instruction(anon_profile_t profile, const uint8_t *d, const shape_t *sh, edit_t *e)
{
    if (sh->root.type != ANON_JSON_OBJECT)
        return 0;
    int anthropic = profile == ANON_PROFILE_ANTHROPIC;
    int gemini = profile == ANON_PROFILE_GEMINI ||
                 (profile == ANON_PROFILE_GENERIC && sh->contents.type == ANON_JSON_ARRAY &&
                  sh->messages.type < 0);
    if (anthropic) {
        if (sh->system.type == ANON_JSON_STRING || sh->system.type == ANON_JSON_LITERAL)
            return extend_string(e, d, sh->system);
        if (sh->system.type == ANON_JSON_ARRAY)
            return element_last(e, d, sh->system,
                                "{\"type\":\"text\",\"text\":\"" INSTRUCTION "\"}");
        if (sh->system.type < 0)
            return member_first(e, d, sh->root, "\"system\":\"" INSTRUCTION "\"");
        return 0;
    }
    if (gemini) {
        static const char part[] = "{\"text\":\"" INSTRUCTION "\"}";
        if (sh->sysins_parts.type == ANON_JSON_ARRAY)
            return element_last(e, d, sh->sysins_parts, part);
        if (sh->sysins.type == ANON_JSON_OBJECT && sh->sysins_parts.type < 0)
            return member_first(e, d, sh->sysins, "\"parts\":[{\"text\":\"" INSTRUCTION "\"}]");
        if (sh->sysins.type < 0)
            return member_first(e, d, sh->root,
                                "\"systemInstruction\":{\"parts\":[{\"text\":\"" INSTRUCTION
                                "\"}]}");
        return 0;
    }
    /* OpenAI chat, Cohere v2 and generic: a leading system message; Responses: instructions */
    if (sh->messages.type == ANON_JSON_ARRAY) {
        e->at = sh->messages.start + 1;
        int rc = add(e, "{\"role\":\"system\",\"content\":\"" INSTRUCTION "\"}");
        if (rc == 0 && !container_empty(d, sh->messages.start, sh->messages.end))
            rc = add(e, ",");
        return rc;
    }
    if (sh->input.type >= 0) {
        if (sh->instructions.type == ANON_JSON_STRING || sh->instructions.type == ANON_JSON_LITERAL)
            return extend_string(e, d, sh->instructions);
        if (sh->instructions.type < 0)
            return member_first(e, d, sh->root, "\"instructions\":\"" INSTRUCTION "\"");
    }
    return 0;
}

static int add_instruction(anon_profile_t profile, anon_buf_t *out, size_t from)
{
    shape_t sh;
    span_t none = {-1, 0, 0};
    sh.root = sh.messages = sh.input = sh.instructions = sh.system = sh.sysins = sh.sysins_parts =
        sh.contents = none;
    const uint8_t *d = out->data + from;
    size_t n = out->len - from;
    anon_json_walker_t w = {
        .max_depth = ANON_JSON_DEPTH_CAP, .value = shape_cb, .value_depth = 2, .arg = &sh};
    int rc = anon_json_rewrite(&w, d, n, NULL, NULL);
    if (rc < 0)
        return rc;
    edit_t e = {0};
    if ((rc = plan_instruction(profile, d, &sh, &e)) < 0 || e.ins.len == 0) {
        anon_buf_free(&e.ins);
        return rc;
    }
    anon_buf_t tail = {0};
    if ((rc = anon_buf_append(&tail, d + e.at + e.del, n - e.at - e.del)) == 0) {
        OPENSSL_cleanse(out->data + from + e.at, out->len - from - e.at);
        out->len = from + e.at;
        if ((rc = anon_buf_append(out, e.ins.data, e.ins.len)) == 0)
            rc = anon_buf_append(out, tail.data, tail.len);
    }
    anon_buf_free(&tail);
    anon_buf_free(&e.ins);
    return rc;
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

int anon_rewrite(anon_session_t *s, anon_body_kind_t kind, const anon_rewrite_opts_t *opts,
                 const uint8_t *in, size_t len, anon_buf_t *out, char *err, size_t errlen)
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
    anon_json_walker_t w2 = {.max_depth = depth, .skip_opaque = 1, .str = scan_cb, .arg = &r};
    size_t changed = 0;
    if ((rc = anon_json_rewrite(&w2, in, len, out, &changed)) < 0)
        goto fail;
    if (changed && opts->add_instruction && (rc = add_instruction(opts->profile, out, from)) < 0)
        goto fail;
    return ANON_OK;
fail:
    if (out->len > from)
        OPENSSL_cleanse(out->data + from, out->len - from);
    out->len = from;
    set_err(err, errlen, rc, depth);
    return rc;
}
