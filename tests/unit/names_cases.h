/* names_cases.h: what the NAMES unit tests share (test_names.c, test_names_places.c): the NAMES
 * pack alone as the engine (cmocka group setup and teardown), and tables of texts checked against
 * a "TYPE=value;TYPE=value" rendering of anon_find's findings, in order. A file that is about
 * other types defines NAMES_SKIP_TYPE (e.g. "PERSON") before including this, to leave that type
 * out of the rendering. Include after cmocka.h and anonymize/anonymize.h. */
#ifndef HUSH_TEST_NAMES_CASES_H
#define HUSH_TEST_NAMES_CASES_H

#ifndef NAMES_SKIP_TYPE
#define NAMES_SKIP_TYPE NULL
#endif

static anon_engine_t *eng; /* the NAMES pack alone */

static int setup(void **state)
{
    (void)state;
    const char *packs[] = {"NAMES"};
    anon_config_t cfg = {.packs = packs, .npacks = 1};
    char err[256];
    eng = anon_engine_new(&cfg, err, sizeof err);
    return eng ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(eng);
    return 0;
}

/* "TYPE=value;TYPE=value" for the findings in text, in order, NAMES_SKIP_TYPE left out. */
static void render(const char *text, char *buf, size_t cap)
{
    const char *skip = NAMES_SKIP_TYPE;
    anon_finding_t *f = NULL;
    size_t n = 0, o = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        const char *type = anon_engine_type_name(eng, f[i].type);
        if (skip && strcmp(type, skip) == 0)
            continue;
        o += (size_t)snprintf(buf + o, cap - o, "%s%s=%.*s", o ? ";" : "", type,
                              (int)(f[i].end - f[i].start), text + f[i].start);
    }
    free(f);
}

struct tcase {
    const char *text, *want;
};

static void check(const struct tcase *c, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[1024];
        render(c[i].text, got, sizeof got);
        if (strcmp(got, c[i].want) != 0) {
            print_error("text: %s\n  want: %s\n  got:  %s\n", c[i].text, c[i].want, got);
            bad = 1;
        }
    }
    assert_false(bad);
}
#define CHECK(c) check(c, sizeof c / sizeof c[0])

#endif
