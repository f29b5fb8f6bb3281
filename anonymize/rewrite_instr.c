/* rewrite_instr.c: the one system instruction a rewritten body gets ("keep the placeholders
 * verbatim"), in the provider's own shape: an Anthropic system string or block, a Gemini
 * systemInstruction part, an OpenAI system message, a Responses instructions member.
 *
 * It is planned on the rewritten body (its root object's members read, each value skipped over
 * whole; a full walk only for a body that is not such an object) and spliced in place; every
 * other byte stays as it was.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <openssl/mem.h>
#include <string.h>

#define INSTRUCTION                                                                                \
    "Some values in this conversation were replaced by placeholders: a type and a number in "      \
    "square brackets, such as [EMAIL_n] with n a number. Each placeholder stands for one "         \
    "redacted value. Whenever "                                                                    \
    "you refer to such a value, write its placeholder exactly as it appears, character for "       \
    "character, including the brackets; never alter, translate or complete it."

typedef struct span {
    int type; /* ANON_JSON_*, or -1 when absent */
    size_t start, end;
} span_t;

typedef struct shape {
    span_t root, messages, input, instructions, system, sysins, sysins_parts, contents;
    int bad; /* shape_fast met what it does not read (a systemInstruction object that is not) */
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

static int is_ws(uint8_t c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static const uint8_t *skip_ws(const uint8_t *p, const uint8_t *end)
{
    while (p < end && is_ws(*p))
        p++;
    return p;
}

static int type_of(uint8_t c)
{
    return c == '"'                             ? ANON_JSON_STRING
           : c == '{'                           ? ANON_JSON_OBJECT
           : c == '['                           ? ANON_JSON_ARRAY
           : c == '-' || (c >= '0' && c <= '9') ? ANON_JSON_NUMBER
                                                : ANON_JSON_LITERAL;
}

/* The members of the object spanning [o, oe) in order, each value skipped over whole
 * (anon_json_skip): fn gets the raw key and the value's span. -1 on anything but a member list
 * (the caller then asks the walker). */
static int members(const uint8_t *d, const uint8_t *o, const uint8_t *oe, shape_t *sh,
                   void (*fn)(shape_t *, const uint8_t *, const uint8_t *, size_t, span_t))
{
    const uint8_t *p = skip_ws(o + 1, oe);
    if (p < oe && *p == '}')
        return p + 1 == oe ? 0 : -1;
    for (;;) {
        const uint8_t *ke = p < oe && *p == '"' ? anon_json_skip(p, oe) : NULL;
        if (!ke)
            return -1;
        const uint8_t *k = p + 1;
        p = skip_ws(ke, oe);
        if (p >= oe || *p != ':')
            return -1;
        p = skip_ws(p + 1, oe);
        const uint8_t *ve = p < oe ? anon_json_skip(p, oe) : NULL;
        if (!ve || ve == p)
            return -1;
        fn(sh, d, k, (size_t)(ke - 1 - k),
           (span_t){type_of(*p), (size_t)(p - d), (size_t)(ve - d)});
        p = skip_ws(ve, oe);
        if (p < oe && *p == ',') {
            p = skip_ws(p + 1, oe);
            continue;
        }
        return p < oe && *p == '}' && p + 1 == oe ? 0 : -1;
    }
}

static int key_is(const uint8_t *k, size_t kl, const char *name)
{
    return kl == strlen(name) && memcmp(k, name, kl) == 0;
}

static void sysins_member(shape_t *sh, const uint8_t *d, const uint8_t *k, size_t kl, span_t v)
{
    (void)d;
    if (key_is(k, kl, "parts"))
        sh->sysins_parts = v;
}

static void root_member(shape_t *sh, const uint8_t *d, const uint8_t *k, size_t kl, span_t v)
{
    span_t *slot = NULL;
    if (key_is(k, kl, "messages"))
        slot = &sh->messages;
    else if (key_is(k, kl, "input"))
        slot = &sh->input;
    else if (key_is(k, kl, "instructions"))
        slot = &sh->instructions;
    else if (key_is(k, kl, "system"))
        slot = &sh->system;
    else if (key_is(k, kl, "systemInstruction") || key_is(k, kl, "system_instruction")) {
        slot = &sh->sysins;
        if (v.type == ANON_JSON_OBJECT && members(d, d + v.start, d + v.end, sh, sysins_member) < 0)
            sh->bad = 1;
    } else if (key_is(k, kl, "contents"))
        slot = &sh->contents;
    if (slot)
        *slot = v;
}

/* What shape_cb gathers from a whole walk, read from the root object's members alone: the body
 * is the rewrite's own output (valid JSON), and a walk of a 1 MiB body to learn where its
 * "messages" starts cost 2.2M instructions. A root that is not an object, or anything this does
 * not expect, returns -1: the walker reads it as before. */
static int shape_fast(const uint8_t *d, size_t n, shape_t *sh)
{
    const uint8_t *end = d + n, *p = skip_ws(d, end);
    if (p >= end || *p != '{')
        return -1;
    const uint8_t *oe = anon_json_skip(p, end);
    if (!oe || skip_ws(oe, end) != end)
        return -1;
    if (members(d, p, oe, sh, root_member) < 0 || sh->bad)
        return -1;
    sh->root = (span_t){ANON_JSON_OBJECT, (size_t)(p - d), (size_t)(oe - d)};
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

static int walk_only; /* tests: the walker's shape always (anon_rewrite_instr_walk_for_tests) */

void anon_rewrite_instr_walk_for_tests(int on)
{
    walk_only = on;
}

int anon_rewrite_instruction(anon_profile_t profile, anon_buf_t *out, size_t from)
{
    shape_t sh;
    span_t none = {-1, 0, 0};
    sh.root = sh.messages = sh.input = sh.instructions = sh.system = sh.sysins = sh.sysins_parts =
        sh.contents = none;
    sh.bad = 0;
    const uint8_t *d = out->data + from;
    size_t n = out->len - from;
    int rc = 0;
    shape_t fast = sh;
    if (!walk_only && shape_fast(d, n, &fast) == 0) {
        sh = fast;
    } else {
        anon_json_walker_t w = {
            .max_depth = ANON_JSON_DEPTH_CAP, .value = shape_cb, .value_depth = 2, .arg = &sh};
        if ((rc = anon_json_rewrite(&w, d, n, NULL, NULL)) < 0)
            return rc;
    }
    edit_t e = {0};
    if ((rc = plan_instruction(profile, d, &sh, &e)) < 0 || e.ins.len == 0) {
        anon_buf_free(&e.ins);
        return rc;
    }
    /* in place: the tail moved by the difference, not copied out (it is most of the body) */
    size_t at = from + e.at, ins = e.ins.len, tail = n - e.at - e.del;
    if (ins > e.del && (rc = anon_buf_reserve(out, out->len + (ins - e.del))) < 0) {
        anon_buf_free(&e.ins);
        return rc;
    }
    memmove(out->data + at + ins, out->data + at + e.del, tail);
    memcpy(out->data + at, e.ins.data, ins);
    if (ins < e.del)
        OPENSSL_cleanse(out->data + at + ins + tail, e.del - ins);
    out->len = at + ins + tail;
    anon_buf_free(&e.ins);
    return 0;
}
