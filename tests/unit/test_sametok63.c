/* test_sametok63.c: one person, one token, in every form (branch sametok63,
 * anonymize/names_sametok63.c, contrib/bench/accuracy/notes/sametok63.md): a known person's name
 * declined ("Kowalskiego"), possessive ("Müllers"), with an initial ("M. Keller"), after a title
 * or folded to ASCII ("Mueller", "Lukasz Wrobel") takes that person's token when exactly one
 * known person matches; two people of one surname keep theirs apart; the shared token restores to
 * the person's first full form, through a stream split inside every token. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* the known name word p takes the token of (NUL-terminated copy in out) */
static const char *canon(anon_names_known_t *k, const char *p, char *out)
{
    size_t n;
    const char *c = anon_names_canonical(k, p, strlen(p), &n);
    memcpy(out, c, n);
    out[n] = '\0';
    return out;
}

static anon_names_known_t *known(const char *const *names, size_t n)
{
    anon_names_known_t *k = anon_names_known_new();
    assert_non_null(k);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(anon_names_known_add(k, names[i], strlen(names[i])), 0);
    return k;
}

/* Declined, possessive, initial, title and ASCII forms of one known person take that person's
 * name (before: each its own). */
static void test_forms_share(void **state)
{
    (void)state;
    static const char *const names[] = {"Jan Kowalski",  "Jürgen Müller", "Maria Keller",
                                        "Łukasz Wróbel", "Kovács Péter",  "Matti Virtanen"};
    anon_names_known_t *k = known(names, 6);
    static const char *const pairs[][2] = {
        {"Kowalskiego", "Jan Kowalski"},      {"Kowalskim", "Jan Kowalski"},
        {"Müllers", "Jürgen Müller"},         {"Mueller", "Jürgen Müller"},
        {"Juergen Mueller", "Jürgen Müller"}, {"M. Keller", "Maria Keller"},
        {"M Keller", "Maria Keller"},         {"Frau Keller", "Maria Keller"},
        {"Keller's", "Maria Keller"},         {"Lukasz Wrobel", "Łukasz Wróbel"},
        {"Ł. Wróbel", "Łukasz Wróbel"},       {"Péterrel", "Kovács Péter"},
        {"Virtasen", "Matti Virtanen"},
    };
    char buf[128];
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        print_message("%s\n", pairs[i][0]);
        assert_string_equal(canon(k, pairs[i][0], buf), pairs[i][1]);
    }
    anon_names_known_free(k);
}

/* A stem that changes when declined, read through names_stem63.c's nominatives: Finnish
 * gradation, Lithuanian and Latvian endings take the person's name (before: each its own); an
 * ordinary word that ends so, or opens otherwise, does not. */
static void test_changed_stems_share(void **state)
{
    (void)state;
    static const char *const names[] = {"Jukka Lehtonen", "Jonas Jonaitis", "Jānis Bērziņš"};
    anon_names_known_t *k = known(names, 3);
    static const char *const pairs[][2] = {
        {"Jukan", "Jukka Lehtonen"},
        {"Jonaičio", "Jonas Jonaitis"},
        {"Bērziņam", "Jānis Bērziņš"},
    };
    char buf[128];
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        print_message("%s\n", pairs[i][0]);
        assert_string_equal(canon(k, pairs[i][0], buf), pairs[i][1]);
    }
    static const char *const own[] = {"Kukan", "Bērzam"};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        assert_string_equal(canon(k, own[i], buf), own[i]);
    anon_names_known_free(k);
}

/* A form two known people may own keeps its own token; a word of nobody's name stays as it is
 * (before too). */
static void test_ambiguous_apart(void **state)
{
    (void)state;
    static const char *const names[] = {"Anna Keller", "Peter Keller", "Max Weber", "Maria Weber"};
    anon_names_known_t *k = known(names, 4);
    char buf[128];
    static const char *const own[] = {"Kellers",     "Keller's", "Keller",    "M. Weber",
                                      "Kowalskiego", "Mueller",  "Kellermann"};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        assert_string_equal(canon(k, own[i], buf), own[i]);
    assert_string_equal(canon(k, "P. Keller", buf), "Peter Keller");
    anon_names_known_free(k);
}

/* "M. Keller", known as a name of its own beside "Maria Keller", is her form: the bare surname
 * is then one person's (before: two names held it, so it kept a token of its own). */
static void test_initial_name_is_a_form(void **state)
{
    (void)state;
    static const char *const names[] = {"Maria Keller", "M. Keller", "Sören Strauß",
                                        "Soeren Strauss"};
    anon_names_known_t *k = known(names, 4);
    char buf[128];
    assert_string_equal(canon(k, "Keller", buf), "Maria Keller");
    assert_string_equal(canon(k, "M. Keller", buf), "Maria Keller");
    assert_string_equal(canon(k, "Strauss", buf), "Sören Strauß");
    assert_string_equal(canon(k, "Soeren Strauss", buf), "Sören Strauß");
    anon_names_known_free(k);
}

/* A request naming Jan Kowalski and then "Kowalskiego" sends one token; the model's answer
 * naming it restores the first full form, a byte at a time. */
static void test_request_one_token_restores(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"messages\":[{\"role\":\"user\",\"content\":\"Jan Kowalski called. "
                     "Please send Kowalskiego the file. Maria Keller wrote; ask M. Keller and "
                     "Keller's team.\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "Kowalski"));
    assert_null(strstr(o, "Keller"));
    assert_non_null(strstr(o, "[PERSON_1] called. Please send [PERSON_1] the file."));
    assert_non_null(strstr(o, "[PERSON_2] wrote; ask [PERSON_2] and [PERSON_2]'s team."));
    assert_null(strstr(o, "[PERSON_3]"));
    anon_buf_t out = {0};
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    assert_non_null(r);
    const char *ans = "Sent to [PERSON_1]; [PERSON_2] has it.";
    for (size_t i = 0; i < strlen(ans); i++)
        assert_true(anon_restorer_feed(r, (const uint8_t *)ans + i, 1, &out) >= 0);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal((char *)out.data, "Sent to Jan Kowalski; Maria Keller has it.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    free(o);
    anon_session_free(s);
}

/* every prefix of a text of such forms (the address sanitizer build reads past no end) */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Jan Kowalski, Kowalskiego, Ł. Wróbel, Łukasz Wróbel, Lukasz Wrobel, "
                      "Jürgen Müller, Mueller's, Ayşe'nin, Zoë Löwenthal, Z. Löw");
    /* and every prefix of a form asked of the known names, in a buffer of its own size */
    static const char *const names[] = {"Łukasz Wróbel", "Sören Strauß", "Ł. Wróbel"};
    anon_names_known_t *k = known(names, 3);
    static const char *const forms[] = {"Ł. Wróbelowi", "Soeren Straußs'nin", "Frau Ł"};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
        for (size_t n = 1; n <= strlen(forms[f]); n++) {
            char *p = malloc(n);
            assert_non_null(p);
            memcpy(p, forms[f], n);
            size_t ol;
            assert_non_null(anon_names_canonical(k, p, n, &ol));
            free(p);
        }
    anon_names_known_free(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_forms_share),
        cmocka_unit_test(test_changed_stems_share),
        cmocka_unit_test(test_ambiguous_apart),
        cmocka_unit_test(test_initial_name_is_a_form),
        cmocka_unit_test(test_request_one_token_restores),
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
