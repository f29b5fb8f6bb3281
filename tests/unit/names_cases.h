/* names_cases.h: what the NAMES unit tests share (test_names.c, test_names_places.c): the NAMES
 * pack alone as the engine (cmocka group setup and teardown), and tables of texts checked against
 * a "TYPE=value;TYPE=value" rendering of anon_find's findings, in order. A file that is about
 * other types defines NAMES_SKIP_TYPE (e.g. "PERSON") before including this, to leave that type
 * out of the rendering; with anonymize/names.h included first, scan_every_prefix() too. A file
 * that checks the NAMES pack beside every other defines NAMES_DEFAULT_PACKS: its engine has the
 * default packs. A request body rewritten in a session (rewrite_body, rewrite_json; a chat of
 * turns, rewrite_turns); with the default packs, check_both_sweeps() runs a table on both SIMD
 * sweeps. Include after cmocka.h and anonymize/anonymize.h. */
#ifndef HUSH_TEST_NAMES_CASES_H
#define HUSH_TEST_NAMES_CASES_H

#ifndef NAMES_SKIP_TYPE
#define NAMES_SKIP_TYPE NULL
#endif

static anon_engine_t *eng; /* the NAMES pack alone, or the default packs */

static int setup(void **state)
{
    (void)state;
    char err[256];
#ifdef NAMES_DEFAULT_PACKS
    eng = anon_engine_new(NULL, err, sizeof err);
#else
    const char *packs[] = {"NAMES"};
    anon_config_t cfg = {.packs = packs, .npacks = 1};
    eng = anon_engine_new(&cfg, err, sizeof err);
#endif
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

/* in rewritten in session s as a request body of the kind given (no instruction added),
 * NUL-ended, as a string to free */
static inline char *rewrite_body(anon_session_t *s, anon_body_kind_t kind, const char *in)
{
    anon_buf_t out = {0};
    char err[128];
    anon_rewrite_opts_t opts = {.add_instruction = 0};
    assert_int_equal(
        anon_rewrite(s, kind, &opts, (const uint8_t *)in, strlen(in), &out, err, sizeof err),
        ANON_OK);
    anon_buf_append(&out, "", 1);
    return (char *)out.data;
}

/* in rewritten as a JSON request body in a session of its own (rewrite_body) */
static inline char *rewrite_json(const char *in)
{
    anon_session_t *s = anon_session_new(eng);
    char *r = rewrite_body(s, ANON_BODY_JSON, in);
    anon_session_free(s);
    return r;
}

/* A chat body of the turns (user first, roles alternating) rewritten as rewrite_json() does. */
static inline char *rewrite_turns(const char *const *turns, size_t n)
{
    char in[2048];
    size_t o = (size_t)snprintf(in, sizeof in, "{\"model\": \"m\", \"messages\": [");
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(in + o, sizeof in - o, "%s{\"role\": \"%s\", \"content\": \"%s\"}",
                              i ? ", " : "", i % 2 ? "assistant" : "user", turns[i]);
    snprintf(in + o, sizeof in - o, "]}");
    return rewrite_json(in);
}

#ifdef NAMES_DEFAULT_PACKS
/* check(), then again with an engine whose structured sweep runs the SSSE3 path instead of the
 * AVX2 one (HUSH_SWEEP_NO_AVX2 set while it is made). */
static inline void check_both_sweeps(const struct tcase *c, size_t n)
{
    check(c, n);
    char err[256];
    anon_engine_t *keep = eng;
    setenv("HUSH_SWEEP_NO_AVX2", "1", 1);
    eng = anon_engine_new(NULL, err, sizeof err);
    unsetenv("HUSH_SWEEP_NO_AVX2");
    assert_non_null(eng);
    check(c, n);
    anon_engine_free(eng);
    eng = keep;
}
#endif

#ifdef HUSH_ANON_NAMES_H
/* anon_names_scan's emit for scan_every_prefix(): every finding non-empty, counted. */
static inline int prefix_emit(void *arg, int kind, size_t start, size_t end)
{
    (void)kind;
    assert_true(start < end);
    ++*(size_t *)arg;
    return 0;
}

/* Every prefix of text, copied to a buffer of exactly its size, is scanned by the whole pack
 * without error: under ASan a read before or past a text's end fails here (the readers look at
 * the bytes around a word, a date or a street). Include anonymize/names.h first. */
static inline void scan_every_prefix(const char *text)
{
    size_t n = strlen(text);
    for (size_t k = 0; k <= n; k++) {
        char *t = malloc(k ? k : 1);
        assert_non_null(t);
        memcpy(t, text, k);
        anon_finding_t *f = NULL;
        size_t m = 0;
        int rc = anon_find(eng, t, k, &f, &m);
        assert_true(rc == 0 || rc == ANON_ERR_ENCODING); /* a cut inside a UTF-8 sequence */
        free(f);
        /* the scanner alone too: the engine may hand it a copy with bytes after the end */
        m = 0;
        assert_int_equal(anon_names_scan(t, k, 7, NULL, ANON_NAMES_HINT_NONE, prefix_emit, &m), 0);
        free(t);
    }
}
#endif

#endif
