/* rewrite_instr.c: the one system instruction a rewritten body gets ("keep the placeholders
 * verbatim"), in the provider's own shape: an Anthropic system string or block, a Gemini
 * systemInstruction part, an OpenAI system message, a Responses instructions member.
 *
 * It is planned on the rewritten body (one shallow walk for the members it needs) and spliced in
 * place; every other byte stays as it was.
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

int anon_rewrite_instruction(anon_profile_t profile, anon_buf_t *out, size_t from)
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
