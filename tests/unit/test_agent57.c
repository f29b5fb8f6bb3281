/* test_agent57.c: the placeholder instruction is planned from the rewritten body's root members
 * (rewrite_instr.c's shape_fast: each member's value skipped over whole) instead of a full walk
 * of the body, and must land where the walk would have put it, byte for byte, in every
 * provider's shape.
 *
 * A generator builds request bodies from the members the plan reads (messages, input,
 * instructions, system, systemInstruction and system_instruction with and without parts,
 * contents), in every value type, duplicated, with escaped keys that must not match, the same
 * names one level down, escaped quotes and backslashes in strings and whitespace everywhere;
 * each is planned under every profile with the fast path and with the walker only.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static unsigned pick(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static void put(anon_buf_t *b, const char *s)
{
    assert_int_equal(anon_buf_append(b, s, strlen(s)), 0);
}

static void ws(anon_buf_t *b)
{
    static const char *const w[] = {"", "", "", " ", "\n  ", "\t", "\r\n"};
    put(b, w[pick(7)]);
}

static void value(anon_buf_t *b, int depth);

static void string(anon_buf_t *b)
{
    static const char *const s[] = {
        "\"\"",
        "\"Be nice.\"",
        "\"a \\\"quoted\\\" word, a backslash \\\\ and \\\\\\\" both\"",
        "\"[EMAIL_1] wrote: \\u00e9t\\u00e9 \\n\\t}] {[ ,:\"",
        "\"ends in a backslash \\\\\"",
        "\"caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87\"",
    };
    put(b, s[pick(6)]);
}

static void members(anon_buf_t *b, int depth, unsigned n)
{
    static const char *const keys[] = {
        "messages", "input",    "instructions", "system",         "systemInstruction",
        "parts",    "contents", "model",        "m\\u0065ssages", "system_instruction",
        "role",     "text",     "stream",       "syst\\\"em",
    };
    put(b, "{");
    for (unsigned i = 0; i < n; i++) {
        if (i)
            put(b, ",");
        ws(b);
        put(b, "\"");
        put(b, keys[pick(14)]);
        put(b, "\"");
        ws(b);
        put(b, ":");
        ws(b);
        value(b, depth + 1);
        ws(b);
    }
    put(b, "}");
}

static void value(anon_buf_t *b, int depth)
{
    unsigned k = pick(depth > 3 ? 4 : 7);
    switch (k) {
    case 0:
        string(b);
        break;
    case 1:
        put(b, pick(2) ? "null" : "true");
        break;
    case 2:
        put(b, pick(2) ? "-12.5e3" : "0");
        break;
    case 3:
        string(b);
        break;
    case 4:
    case 5: {
        put(b, "[");
        unsigned n = pick(4);
        for (unsigned i = 0; i < n; i++) {
            if (i)
                put(b, ",");
            ws(b);
            value(b, depth + 1);
            ws(b);
        }
        put(b, "]");
        break;
    }
    default:
        members(b, depth, pick(5));
    }
}

/* One body planned under profile with the fast shape and with the walker's: the same bytes. */
static void same_plan(const anon_buf_t *body, anon_profile_t profile, size_t *changed)
{
    anon_buf_t a = {0}, w = {0};
    assert_int_equal(anon_buf_append(&a, "prefix", 6), 0); /* planned from an offset, as called */
    assert_int_equal(anon_buf_append(&a, body->data, body->len), 0);
    assert_int_equal(anon_buf_append(&w, a.data, a.len), 0);
    anon_rewrite_instr_walk_for_tests(0);
    int ra = anon_rewrite_instruction(profile, &a, 6);
    anon_rewrite_instr_walk_for_tests(1);
    int rw = anon_rewrite_instruction(profile, &w, 6);
    anon_rewrite_instr_walk_for_tests(0);
    assert_int_equal(ra, rw);
    if (a.len != w.len || memcmp(a.data, w.data, a.len) != 0) {
        fprintf(stderr, "profile %d, body: %.*s\n", (int)profile, (int)body->len,
                (const char *)body->data);
        fail();
    }
    *changed += a.len != body->len + 6;
    anon_buf_free(&a);
    anon_buf_free(&w);
}

static void test_instruction_planned_from_root_members_as_a_walk_would(void **state)
{
    (void)state;
    static const anon_profile_t profiles[] = {ANON_PROFILE_OPENAI, ANON_PROFILE_ANTHROPIC,
                                              ANON_PROFILE_GEMINI, ANON_PROFILE_COHERE,
                                              ANON_PROFILE_GENERIC};
    size_t changed = 0, bodies = 0;
    for (int i = 0; i < 4000; i++) {
        anon_buf_t b = {0};
        ws(&b);
        if (i % 50 == 49)
            value(&b, 1); /* now and then a root that is not an object: the walker reads it */
        else
            members(&b, 0, 1 + pick(6));
        ws(&b);
        for (size_t p = 0; p < sizeof profiles / sizeof *profiles; p++)
            same_plan(&b, profiles[p], &changed);
        bodies++;
        anon_buf_free(&b);
    }
    /* the generator reaches the plan's branches: most bodies get an instruction somewhere */
    assert_true(changed > bodies);
}

/* The shapes the providers send, each planned as before (the walker's result is the reference). */
static void test_instruction_in_provider_bodies_as_a_walk_would(void **state)
{
    (void)state;
    static const char *const bodies[] = {
        "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"[EMAIL_1]\"}]}",
        "{\"model\":\"gpt-4o\",\"messages\":[]}",
        " {\"model\" : \"x\" ,\n \"messages\" : [ ] } \n",
        "{\"system\":\"Be nice.\",\"messages\":[{\"role\":\"user\",\"content\":\"[PHONE_1]\"}]}",
        "{\"system\":[{\"type\":\"text\",\"text\":\"a\"}],\"messages\":[]}",
        "{\"system\":null,\"messages\":[]}",
        "{\"systemInstruction\":{\"parts\":[{\"text\":\"Be nice.\"}]},\"contents\":[]}",
        "{\"systemInstruction\":{\"role\":\"system\"},\"contents\":[]}",
        "{\"system_instruction\":{\"parts\":[]},\"contents\":[{\"parts\":[{\"text\":\"x\"}]}]}",
        "{\"contents\":[{\"parts\":[{\"text\":\"[EMAIL_1]\"}]}]}",
        "{\"instructions\":\"Be nice.\",\"input\":\"[EMAIL_1]\"}",
        "{\"input\":[{\"role\":\"user\",\"content\":\"[EMAIL_1]\"}]}",
        "{\"messages\":{\"nested\":[1]},\"input\":\"x\",\"instructions\":7}",
        "{\"m\\u0065ssages\":[],\"messages\":[{\"a\":\"\\\\\\\"}]\"}]}",
        "[{\"messages\":[]}]",
        "\"just a string\"",
    };
    static const anon_profile_t profiles[] = {ANON_PROFILE_OPENAI, ANON_PROFILE_ANTHROPIC,
                                              ANON_PROFILE_GEMINI, ANON_PROFILE_COHERE,
                                              ANON_PROFILE_GENERIC};
    size_t changed = 0;
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
        anon_buf_t b = {0};
        put(&b, bodies[i]);
        for (size_t p = 0; p < sizeof profiles / sizeof *profiles; p++)
            same_plan(&b, profiles[p], &changed);
        anon_buf_free(&b);
    }
    assert_true(changed > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_instruction_planned_from_root_members_as_a_walk_would),
        cmocka_unit_test(test_instruction_in_provider_bodies_as_a_walk_would),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
