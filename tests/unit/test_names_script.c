/* test_names_script.c: a person's name in another script as the whole value of a member that
 * holds a name (names_script.c, nw_script_name): Cyrillic, Greek, CJK, Hangul, Arabic, Hebrew,
 * Devanagari; one word for a member that holds a person's name, two capitalised words of a
 * cased script for one that may hold any name ("name"), and the values that stay. Through the
 * engine (anon_rewrite), as a request body is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "default_engine.h"

/* The rewritten body of in, as a NUL-terminated string the caller frees. */
static char *rewrite(const char *in)
{
    anon_session_t *ss = anon_session_new(def_engine);
    assert_non_null(ss);
    anon_buf_t out = {0};
    anon_rewrite_opts_t o = {0};
    assert_int_equal(
        anon_rewrite(ss, ANON_BODY_JSON, &o, (const uint8_t *)in, strlen(in), &out, NULL, 0), 0);
    char *r = malloc(out.len + 1);
    assert_non_null(r);
    memcpy(r, out.data, out.len);
    r[out.len] = 0;
    anon_buf_free(&out);
    anon_session_free(ss);
    return r;
}

static void expect(const char *in, const char *want)
{
    char *got = rewrite(in);
    if (strcmp(got, want) != 0)
        fail_msg("in:   %s\nwant: %s\ngot:  %s", in, want, got);
    free(got);
}

static void test_person_members_in_other_scripts_are_masked(void **state)
{
    (void)state;
    expect("{\"customer\":{\"name\":\"Иван Петров\"}}", "{\"customer\":{\"name\":\"[PERSON_1]\"}}");
    expect("{\"first_name\":\"Γιώργος\",\"last_name\":\"王\"}",
           "{\"first_name\":\"[PERSON_1]\",\"last_name\":\"[PERSON_2]\"}");
    expect("{\"fullName\":\"山田 太郎\"}", "{\"fullName\":\"[PERSON_1]\"}");
    expect("{\"full_name\":\"김민준\"}", "{\"full_name\":\"[PERSON_1]\"}");
    expect("{\"last_name\":\"محمد\"}", "{\"last_name\":\"[PERSON_1]\"}");
    expect("{\"last_name\":\"כהן\"}", "{\"last_name\":\"[PERSON_1]\"}");
    expect("{\"first_name\":\"अनन्या\"}", "{\"first_name\":\"[PERSON_1]\"}");
    expect("{\"contact\":\"Ли Мин\"}", "{\"contact\":\"[PERSON_1]\"}");
}

static void test_values_that_are_no_name_stay(void **state)
{
    (void)state;
    /* a member that may hold any name: one word, or an uncased script, is a place or a label */
    expect("{\"name\":\"Москва\"}", "{\"name\":\"Москва\"}");
    expect("{\"name\":\"设置\"}", "{\"name\":\"设置\"}");
    /* lower case, digits, punctuation, too many words or characters */
    expect("{\"last_name\":\"иванов\"}", "{\"last_name\":\"иванов\"}");
    expect("{\"last_name\":\"Петров2\"}", "{\"last_name\":\"Петров2\"}");
    expect("{\"last_name\":\"Москва, Россия\"}", "{\"last_name\":\"Москва, Россия\"}");
    /* a register's "Surname, Given" is a person (branch cyr65, names_cyr65.c) */
    expect("{\"last_name\":\"Петров, Иван\"}", "{\"last_name\":\"[PERSON_1]\"}");
    expect("{\"last_name\":\"这是一个很长的句子\"}", "{\"last_name\":\"这是一个很长的句子\"}");
    expect("{\"last_name\":\"А Б В Г Д\"}", "{\"last_name\":\"А Б В Г Д\"}");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_members_in_other_scripts_are_masked),
        cmocka_unit_test(test_values_that_are_no_name_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
