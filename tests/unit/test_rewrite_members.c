/* test_rewrite_members.c: a JSON document inside a request's string (a tool result, tool-call
 * arguments) is walked member by member, and its keys say what the values are as they do when
 * the same JSON is pasted as text: name-part keys of the text rules' field lists ("nazwisko",
 * "efternamn", "soyad", "nom_de_famille") give a person's hint (session.c key_hint(), through
 * anon_names_field_hint()); a weak key ("nome", "ad") beside a name-part key holds a
 * one-word given name, before or after it (rewrite.c weak_given()). Look-alikes stay: a
 * product under "nome" alone, two words under "name" beside "lastName", a JSON schema's
 * field names, a team under "owner". */
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
#include "anonymize/names.h"
#include "default_engine.h"

/* doc (JSON, its quotes escaped for a JSON string) as an OpenAI tool message's content; the
 * rewritten body, NUL-ended */
static char *tool_result(const char *doc)
{
    char body[2048];
    int bl = snprintf(body, sizeof body,
                      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Who?\"},"
                      "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"%s\"}]}",
                      doc);
    assert_true(bl > 0 && (size_t)bl < sizeof body);
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_GENERIC, .add_instruction = 0};
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    anon_buf_t out = {0};
    char err[256];
    assert_int_equal(anon_rewrite(s, ANON_BODY_JSON, &o, (const uint8_t *)body, (size_t)bl, &out,
                                  err, sizeof err),
                     ANON_OK);
    char *r = calloc(1, out.len + 1);
    assert_non_null(r);
    memcpy(r, out.data, out.len);
    anon_buf_free(&out);
    anon_session_free(s);
    return r;
}

static void expect(const char *doc, const char *want)
{
    char *r = tool_result(doc);
    if (!strstr(r, want))
        fail_msg("no %s in %s", want, r);
    free(r);
}

static void unchanged(const char *doc)
{
    char *r = tool_result(doc);
    if (!strstr(r, doc))
        fail_msg("%s changed: %s", doc, r);
    free(r);
}

static void test_name_part_keys_of_the_text_rules_give_person(void **st)
{
    (void)st;
    assert_int_equal(anon_names_field_hint("nazwisko", 8), ANON_NAMES_HINT_PERSON);
    assert_int_equal(anon_names_field_hint("efternamn", 9), ANON_NAMES_HINT_PERSON);
    assert_int_equal(anon_names_field_hint("nom_de_famille", 14), ANON_NAMES_HINT_PERSON);
    assert_int_equal(anon_names_field_hint("soyad", 5), ANON_NAMES_HINT_PERSON);
    assert_int_equal(anon_names_field_hint("ad", 2), ANON_NAMES_HINT_NAME);
    assert_int_equal(anon_names_field_hint("content", 7), ANON_NAMES_HINT_NONE);
    assert_int_equal(anon_names_field_hint("version", 7), ANON_NAMES_HINT_NONE);
    assert_true(anon_names_part_key("sobrenome", 9));
    assert_false(anon_names_part_key("nome", 4));
    assert_false(anon_names_part_key("fullName", 8));
    expect("{\\\"nazwisko\\\": \\\"Brokollanwicz\\\", \\\"miasto\\\": \\\"Krak\303\263w\\\"}",
           "{\\\"nazwisko\\\": \\\"[PERSON_1]\\\", \\\"miasto\\\": \\\"Krak\303\263w\\\"}");
    expect("{\\\"efternamn\\\": \\\"Linsj\303\266vikson\\\"}",
           "{\\\"efternamn\\\": \\\"[PERSON_1]\\\"}");
}

static void test_weak_key_beside_name_part_holds_given_name(void **st)
{
    (void)st;
    /* the name part before the weak key */
    expect("{\\\"soyad\\\": \\\"\305\236AHIN\\\", \\\"ad\\\": \\\"EMRE\\\"}",
           "{\\\"soyad\\\": \\\"[PERSON_1]\\\", \\\"ad\\\": \\\"[PERSON_2]\\\"}");
    expect("{\\\"sobrenome\\\": \\\"Yi\\\", \\\"nome\\\": \\\"THANH\\\"}",
           "\\\"nome\\\": \\\"[PERSON_2]\\\"");
    /* ... and after it */
    expect("{\\\"nome\\\": \\\"Scavel\\\", \\\"cognome\\\": \\\"Corcorghi\\\"}",
           "{\\\"nome\\\": \\\"[PERSON_1]\\\", \\\"cognome\\\": \\\"[PERSON_2]\\\"}");
}

static void test_lookalikes_under_weak_and_person_keys_stay(void **st)
{
    (void)st;
    unchanged("{\\\"nome\\\": \\\"Visual Studio Code\\\", \\\"versione\\\": \\\"1.85\\\"}");
    unchanged("{\\\"name\\\": \\\"Grafana\\\", \\\"owner\\\": \\\"Platform Ops\\\"}");
    unchanged("{\\\"type\\\": \\\"object\\\", \\\"properties\\\": {\\\"firstName\\\": "
              "{\\\"type\\\": \\\"string\\\"}, \\\"lastName\\\": {\\\"type\\\": \\\"string\\\"}, "
              "\\\"nome\\\": {\\\"type\\\": \\\"string\\\"}}}");
    /* two words under a weak key are read as before, beside a name part too */
    expect("{\\\"name\\\": \\\"Apache Kafka\\\", \\\"lastName\\\": \\\"Keller\\\"}",
           "\\\"name\\\": \\\"Apache Kafka\\\"");
    expect("{\\\"ad\\\": \\\"Platform Ops\\\", \\\"soyad\\\": \\\"Y\304\261lmaz\\\"}",
           "\\\"ad\\\": \\\"Platform Ops\\\"");
    /* a weak key in another object than the name part */
    expect("{\\\"a\\\": {\\\"soyad\\\": \\\"Y\304\261lmaz\\\"}, \\\"b\\\": {\\\"name\\\": "
           "\\\"Jenkins\\\"}}",
           "\\\"name\\\": \\\"Jenkins\\\"");
}

static void test_surname_first_in_capitals_under_name_keys(void **st)
{
    (void)st;
    /* "SURNAME, GIVEN" as exports write it, under a thing-or-person key and a person's key */
    expect("{\\\"name\\\": \\\"KELLER, MARIA\\\", \\\"id\\\": 1}",
           "{\\\"name\\\": \\\"[PERSON_1]\\\", \\\"id\\\": 1}");
    expect("{\\\"full_name\\\": \\\"KELLER, MARIA\\\"}", "{\\\"full_name\\\": \\\"[PERSON_1]\\\"}");
    expect("{\\\"customer\\\": \\\"DUPONT, JEAN\\\"}", "{\\\"customer\\\": \\\"[PERSON_1]\\\"}");
    /* a place and its country, a firm and its form, a thing under "name": left alone */
    unchanged("{\\\"name\\\": \\\"PARIS, FRANCE\\\"}");
    unchanged("{\\\"full_name\\\": \\\"PARIS, TEXAS\\\"}");
    unchanged("{\\\"name\\\": \\\"ACME, INC\\\"}");
    unchanged("{\\\"name\\\": \\\"GRACE, PERIOD\\\"}");
    unchanged("{\\\"product\\\": \\\"KELLER, MARIA\\\"}");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_part_keys_of_the_text_rules_give_person),
        cmocka_unit_test(test_weak_key_beside_name_part_holds_given_name),
        cmocka_unit_test(test_lookalikes_under_weak_and_person_keys_stay),
        cmocka_unit_test(test_surname_first_in_capitals_under_name_keys),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
