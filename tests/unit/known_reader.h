/* known_reader.h: a request-wide names reader (anon_names_known_logins, anon_names_review_handles:
 * known names, a text, an emit callback) asked by the unit tests: the spans it reports, joined by
 * ';', against the ones wanted, and every prefix of a text through it in a buffer of exactly the
 * prefix's size, so the address sanitizer build sees any read past the end; a known set built
 * from a list of names. Include after
 * cmocka.h, stdio.h, stdlib.h, string.h and anonymize/names.h. */
#ifndef HUSH_TESTS_KNOWN_READER_H
#define HUSH_TESTS_KNOWN_READER_H

typedef int (*known_reader_fn)(const anon_names_known_t *k, const char *t, size_t len,
                               anon_names_emit_fn emit, void *arg);

struct spans {
    char buf[512];
    size_t o;
    const char *t;
};

static int spans_emit(void *arg, int kind, size_t start, size_t end)
{
    struct spans *sp = arg;
    assert_int_equal(kind, ANON_NAMES_PERSON);
    assert_true(start < end);
    sp->o += (size_t)snprintf(sp->buf + sp->o, sizeof sp->buf - sp->o, "%s%.*s", sp->o ? ";" : "",
                              (int)(end - start), sp->t + start);
    return 0;
}

/* A request's known names: names[0 .. n) added in order (the tests' people). */
static anon_names_known_t *known_of(const char *const *names, size_t n)
{
    anon_names_known_t *k = anon_names_known_new();
    assert_non_null(k);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(anon_names_known_add(k, names[i], strlen(names[i])) >= 0, 1);
    return k;
}

/* A request that knows one name. */
static anon_names_known_t *known_one(const char *name)
{
    return known_of(&name, 1);
}

/* The spans fn reports in t, joined by ';', are want. */
static void reader_spans(known_reader_fn fn, const anon_names_known_t *k, const char *t,
                         const char *want)
{
    struct spans sp = {.o = 0, .t = t};
    sp.buf[0] = '\0';
    assert_int_equal(fn(k, t, strlen(t), spans_emit, &sp), 0);
    assert_string_equal(sp.buf, want);
}

/* Every prefix of t through fn, each in a buffer of its own size. */
static void reader_every_prefix(known_reader_fn fn, const anon_names_known_t *k, const char *t)
{
    size_t n = strlen(t);
    for (size_t i = 0; i <= n; i++) {
        char *p = malloc(i ? i : 1);
        assert_non_null(p);
        memcpy(p, t, i);
        struct spans sp = {.o = 0, .t = p};
        assert_int_equal(fn(k, p, i, spans_emit, &sp), 0);
        free(p);
    }
}

#endif
