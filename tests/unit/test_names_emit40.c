/* test_names_emit40.c: the cheaper per-finding paths of branch emit40 give the answers of the slow
 * form.
 * names_oneof.c: nw_one_of() of a long list asks an index of the list's words by first byte;
 * its answer is the linear loop's for every word of the list, for near misses, for the empty
 * word and for lists of the same length at other addresses; nw_one_of_bucket() gives a byte's
 * words in the list's order.
 * names_prec14.c: title_key_line() finds the line's start from the furthest start found; the
 * drops of a work's key line ("Titel: Tschick / Wolfgang Herrndorf") hold after a long line of
 * findings, and the people around them stay masked.
 * names_h11prec.c: example_name() leaves before the cues when no '.' ends the text before the
 * name; a form's example after a cue is still dropped, the same name elsewhere still masked.
 */
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
#include "anonymize/names_internal.h"

#include "default_engine.h"

static const char *const list_a[] = {"lamezia terme",
                                     "belo horizonte",
                                     "milton keynes",
                                     "bergen op zoom",
                                     "den haag",
                                     "lyon",
                                     "lisboa",
                                     "l",
                                     "",
                                     "\303\251vora",
                                     "\303\241gueda",
                                     "zug",
                                     "zurich",
                                     "la",
                                     "lamezia",
                                     "den bosch"};
static const char *const list_b[] = {"anna", "jonas", "maria", "pedro", "lena",  "sally",
                                     "amy",  "ana",   "an",    "a",     "zoe",   "zo",
                                     "m",    "ma",    "mar",   "marie", "marta", "jo"};

static int linear(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(w, list[k]) == 0)
            return 1;
    return 0;
}

static void same_answers(const char *const *list, size_t n)
{
    static const char *const probes[] = {"",
                                         "l",
                                         "la",
                                         "lam",
                                         "lamezia terme ",
                                         "lamezia terme",
                                         "den",
                                         "den h",
                                         "zug",
                                         "zugs",
                                         "anna",
                                         "annas",
                                         "an",
                                         "a",
                                         "m",
                                         "marie",
                                         "mari",
                                         "zoe",
                                         "zo",
                                         "z",
                                         "\303\251vora",
                                         "\303",
                                         "\303\241",
                                         "jo",
                                         "jonas",
                                         "sally",
                                         "amy",
                                         "q"};
    assert_true(n >= NW_ONE_OF_IX_MIN);
    for (int round = 0; round < 2; round++) { /* the index built, then asked again */
        for (size_t k = 0; k < n; k++)
            assert_int_equal(nw_one_of(list[k], list, n), 1);
        for (size_t k = 0; k < sizeof probes / sizeof *probes; k++)
            assert_int_equal(nw_one_of(probes[k], list, n), linear(probes[k], list, n));
    }
}

static void one_of_index_is_the_loop(void **state)
{
    (void)state;
    same_answers(list_a, sizeof list_a / sizeof *list_a);
    same_answers(list_b, sizeof list_b / sizeof *list_b);
    /* the same array with fewer words is another list: "den bosch" is not among the first 15 */
    assert_int_equal(nw_one_of("den bosch", list_a, 15), 0);
    assert_int_equal(nw_one_of("den haag", list_a, 15), 1);
    assert_int_equal(nw_one_of("den bosch", list_a, 16), 1);
}

static void one_of_bucket_in_list_order(void **state)
{
    (void)state;
    const uint16_t *ord;
    size_t n = sizeof list_b / sizeof *list_b;
    int m = nw_one_of_bucket(list_b, n, 'm', &ord);
    assert_int_equal(m, 6); /* maria, m, ma, mar, marie, marta */
    for (int k = 1; k < m; k++)
        assert_true(ord[k - 1] < ord[k]);
    for (int k = 0; k < m; k++)
        assert_int_equal(list_b[ord[k]][0], 'm');
    assert_int_equal(nw_one_of_bucket(list_b, n, 'q', &ord), 0);
}

struct found {
    size_t n;
    int kind[32];
    size_t a[32], e[32];
};

static int collect(void *arg, int kind, size_t a, size_t e)
{
    struct found *f = arg;
    if (f->n < 32) {
        f->kind[f->n] = kind;
        f->a[f->n] = a;
        f->e[f->n] = e;
        f->n++;
    }
    return 0;
}

/* Is text's substring who reported as a PERSON? */
static int person(const char *text, const struct found *f, const char *who)
{
    const char *p = strstr(text, who);
    assert_non_null(p);
    size_t a = (size_t)(p - text), e = a + strlen(who);
    for (size_t k = 0; k < f->n; k++)
        if (f->kind[k] == ANON_NAMES_PERSON && f->a[k] <= a && f->e[k] >= e)
            return 1;
    return 0;
}

static void scan(const char *text, struct found *f)
{
    memset(f, 0, sizeof *f);
    unsigned kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_ADDRESS | 1u << ANON_NAMES_DOB;
    assert_int_equal(
        anon_names_scan(text, strlen(text), kinds, NULL, ANON_NAMES_HINT_NONE, collect, f), 0);
}

static void title_lines_after_a_long_line(void **state)
{
    (void)state;
    struct found f;
    const char *t = "Anna Keller and Jonas Weber met Maria Rossi at the station, then Pedro "
                    "Alvarez arrived.\nTitel: Tschick / Wolfgang Herrndorf\nTitle: Dr. Jonas "
                    "Weber\nBook: Normal People / Sally Rooney\nThen Lena Hoffmann called.";
    scan(t, &f);
    assert_true(person(t, &f, "Anna Keller"));
    assert_true(person(t, &f, "Pedro Alvarez"));
    assert_false(person(t, &f, "Wolfgang Herrndorf"));
    assert_false(person(t, &f, "Sally Rooney"));
    assert_true(person(t, &f, "Lena Hoffmann"));
    /* the key on the finding's own line only: a person on the line after a work's key */
    const char *u = "Titel: Tschick\nWolfgang Herrndorf rief an, und Anna Keller auch.";
    scan(u, &f);
    assert_true(person(u, &f, "Wolfgang Herrndorf"));
    assert_true(person(u, &f, "Anna Keller"));
}

static void example_names_after_cues(void **state)
{
    (void)state;
    struct found f;
    const char *t = "Name: (e.g. Jane Doe)\nIch bin John Smith, Kunde seit 2019.";
    scan(t, &f);
    assert_false(person(t, &f, "Jane Doe"));
    assert_true(person(t, &f, "John Smith"));
    const char *u = "Hi, I am John Smith, my email is on file. Name: z. B. Max Mustermann";
    scan(u, &f);
    assert_true(person(u, &f, "John Smith"));
    assert_false(person(u, &f, "Max Mustermann"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(one_of_index_is_the_loop),
        cmocka_unit_test(one_of_bucket_in_list_order),
        cmocka_unit_test(title_lines_after_a_long_line),
        cmocka_unit_test(example_names_after_cues),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
