/* fuzz_names: the NAMES pack's walks (names*.c) on arbitrary text, cut at every length.
 *
 * The NAMES rules walk backwards and forwards from every capital word, digit and label
 * ("Geburtsdatum: 4. März 1987", "Flat 302, Sai Residency, MG Road", GEDCOM and MRZ lines), so
 * each input is scanned from an exactly sized heap copy (ASan sees one byte before or after),
 * whole and cut at its prefixes and suffixes (a walk that runs off the start or the end of a
 * short text). names.dict gives the fuzzer the pack's own words.
 *
 * Invariants (abort() when broken), default packs: every finding lies inside the text and is not
 * empty; anon_find gives the same findings twice (no state kept between calls); anon_rewrite of
 * the text as a TEXT body succeeds, gives the same bytes with a second session, and restoring it
 * with the session gives back the input byte for byte; the same text as a JSON string
 * ({"messages":[{"role":"user","content":...}]}) is rewritten and restored to the same string.
 * The round trips are checked only when the input holds no bracket a model could write a token
 * with ([, %5B, full-width and CJK brackets): such text may already read as a token. When a
 * PERSON token was issued ("Sarah" after "Sarah Lee" is the same person's token by design, and
 * restores to the whole name), the rewritten text is checked instead: the input with tokens for
 * spans, each the token's value or (PERSON) a part of it. A text (or a cut) that is not UTF-8
 * may be refused (ENCODING).
 */
#include "anonymize/anonymize.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CUTS 48 /* prefixes and suffixes tried per input beyond the short ones */

static anon_engine_t *engine;
static size_t person = (size_t)-1;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[256];
    if (!(engine = anon_engine_new(NULL, err, sizeof err))) {
        fprintf(stderr, "engine: %s\n", err);
        abort();
    }
    for (size_t i = 0; i < anon_engine_ntypes(engine); i++)
        if (strcmp(anon_engine_type_name(engine, i), "PERSON") == 0)
            person = i;
    return 0;
}

/* anon_find on text[0 .. len) copied to its own allocation; checks the findings' bounds. */
static int find_exact(const uint8_t *text, size_t len, anon_finding_t **out, size_t *n)
{
    char *c = malloc(len ? len : 1);
    if (!c)
        abort();
    memcpy(c, text, len);
    *out = NULL;
    *n = 0;
    int rc = anon_find(engine, c, len, out, n);
    if (rc != 0 && rc != ANON_ERR_ENCODING) /* a cut inside a UTF-8 sequence */
        abort();
    for (size_t i = 0; i < *n; i++)
        if ((*out)[i].start >= (*out)[i].end || (*out)[i].end > len) {
            fprintf(stderr, "finding %zu [%zu, %zu) outside the text of %zu bytes\n", i,
                    (*out)[i].start, (*out)[i].end, len);
            abort();
        }
    free(c);
    return rc;
}

static void find_cut(const uint8_t *text, size_t len)
{
    anon_finding_t *f = NULL;
    size_t n = 0;
    find_exact(text, len, &f, &n);
    free(f);
}

static int holds_bracket(const uint8_t *d, size_t n)
{
    static const char *const b[] = {
        "[",           "%5B", "%5b", "\xEF\xBC\xBB", "\xE3\x80\x90", "\xE3\x80\x94", "\xE3\x80\x9A",
        "\xE2\x9F\xA6"};
    for (size_t i = 0; i < sizeof b / sizeof b[0]; i++)
        if (memmem(d, n, b[i], strlen(b[i])))
            return 1;
    return 0;
}

/* The rewritten text rw[o ..) is the input in[c ..) with tokens for some of its spans: its bytes
 * outside tokens are the input's, in order, and each token stands for the input's bytes at its
 * place (its value; a PERSON token for a part of the name too, which ends where the next bytes
 * outside tokens are found: each place is tried, *budget bounds the search, and a search over
 * budget passes). Only for inputs with no '[' (every '[' of rw starts a token). */
static int tokens_explain(const anon_session_t *s, const char *rw, size_t o, size_t rl,
                          const char *in, size_t c, size_t il, unsigned *budget)
{
    while (o < rl) {
        if (rw[o] != '[') {
            if (c >= il || in[c] != rw[o])
                return 0;
            c++, o++;
            continue;
        }
        const char *close = memchr(rw + o, ']', rl - o);
        if (!close)
            return 0;
        size_t tl = (size_t)(close - rw) + 1 - o, vl;
        const char *v = anon_session_lookup(s, rw + o, tl, &vl);
        if (!v)
            return 0;
        int is_person = tl > 8 && memcmp(rw + o, "[PERSON_", 8) == 0;
        o += tl;
        if (!is_person) {
            if (il - c < vl || memcmp(in + c, v, vl))
                return 0;
            c += vl;
            continue;
        }
        size_t ll = 0; /* the bytes outside tokens that follow */
        while (o + ll < rl && rw[o + ll] != '[')
            ll++;
        if (!ll)
            return o == rl ? c < il : 1; /* two tokens side by side: where one ends is unknown */
        for (size_t from = c + 1; from < il;) {
            const char *at = memmem(in + from, il - from, rw + o, ll);
            if (!at)
                return 0;
            if (!*budget || tokens_explain(s, rw, o, rl, in, (size_t)(at - in), il, budget))
                return 1;
            (*budget)--;
            from = (size_t)(at - in) + 1;
        }
        return 0;
    }
    return c == il;
}

/* rewrite as kind, twice with fresh sessions (same bytes); restore with the first session */
static void rewrite_round_trip(anon_body_kind_t kind, const uint8_t *in, size_t len,
                               const uint8_t *want, size_t want_len, int check)
{
    anon_rewrite_opts_t opts = {.profile = ANON_PROFILE_GENERIC};
    anon_session_t *s1 = anon_session_new(engine), *s2 = anon_session_new(engine);
    if (!s1 || !s2)
        abort();
    anon_buf_t o1 = {0}, o2 = {0}, back = {0};
    char err[256];
    int rc1 = anon_rewrite(s1, kind, &opts, in, len, &o1, err, sizeof err);
    int rc2 = anon_rewrite(s2, kind, &opts, in, len, &o2, err, sizeof err);
    if (rc1 != rc2 ||
        (rc1 == ANON_OK && (o1.len != o2.len || (o1.len && memcmp(o1.data, o2.data, o1.len))))) {
        fprintf(stderr, "two rewrites of the same body differ (rc %d, %d)\n", rc1, rc2);
        abort();
    }
    if (kind == ANON_BODY_TEXT && rc1 != ANON_OK && rc1 != ANON_ERR_ENCODING) {
        fprintf(stderr, "text refused: rc=%d %s\n", rc1, err);
        abort();
    }
    if (rc1 != ANON_OK || !check)
        goto done;
    /* "Sarah" after "Sarah Lee" is the same person's token: it restores to the whole name */
    if (person != (size_t)-1 && anon_session_count(s1, person)) {
        json_t *doc = NULL;
        const char *rw = (const char *)o1.data;
        size_t rl = o1.len;
        if (kind == ANON_BODY_JSON) {
            doc = json_loadb(rw, rl, JSON_ALLOW_NUL, NULL);
            json_t *c =
                json_object_get(json_array_get(json_object_get(doc, "messages"), 0), "content");
            if (!json_is_string(c)) {
                fprintf(stderr, "rewritten JSON body lost its content\n");
                abort();
            }
            rw = json_string_value(c);
            rl = json_string_length(c);
        }
        unsigned budget = 10000;
        if (!tokens_explain(s1, rw, 0, rl, (const char *)want, 0, want_len, &budget)) {
            fprintf(stderr, "rewritten %s is not the input with tokens\n--- rewritten:\n%.*s\n",
                    kind == ANON_BODY_TEXT ? "text" : "JSON", (int)rl, rw);
            abort();
        }
        json_decref(doc);
        goto done;
    }
    anon_restorer_t *r = anon_restorer_new(
        s1, kind == ANON_BODY_TEXT ? ANON_RESP_TEXT : ANON_RESP_JSON, ANON_PROFILE_GENERIC);
    if (!r)
        abort();
    size_t half = o1.len / 2;
    const uint8_t *od = o1.data ? o1.data : (const uint8_t *)""; /* an empty text's output */
    if (anon_restorer_feed(r, od, half, &back) != ANON_OK ||
        anon_restorer_feed(r, od + half, o1.len - half, &back) != ANON_OK ||
        anon_restorer_finish(r, &back) != ANON_OK)
        abort();
    anon_restorer_free(r);
    const uint8_t *got = back.data ? back.data : (const uint8_t *)"";
    size_t got_len = back.len;
    json_t *doc = NULL;
    if (kind == ANON_BODY_JSON) {
        doc = json_loadb((const char *)back.data, back.len, JSON_ALLOW_NUL, NULL);
        json_t *c = json_object_get(json_array_get(json_object_get(doc, "messages"), 0), "content");
        if (!json_is_string(c)) {
            fprintf(stderr, "restored JSON body lost its content\n");
            abort();
        }
        got = (const uint8_t *)json_string_value(c);
        got_len = json_string_length(c);
    }
    if (got_len != want_len || (want_len && memcmp(got, want, want_len))) {
        fprintf(stderr, "restored %s differs from the input\n--- rewritten:\n%.*s\n",
                kind == ANON_BODY_TEXT ? "text" : "JSON", (int)o1.len, (const char *)o1.data);
        fprintf(stderr, "--- restored:\n%.*s\n", (int)got_len, (const char *)got);
        abort();
    }
    json_decref(doc);
done:
    anon_buf_free(&o1);
    anon_buf_free(&o2);
    anon_buf_free(&back);
    anon_session_free(s1);
    anon_session_free(s2);
}

/* {"messages":[{"role":"user","content":"<text>"}]}, the text escaped as JSON wants */
static uint8_t *as_json(const uint8_t *t, size_t n, size_t *len)
{
    static const char head[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"", tail[] = "\"}]}";
    uint8_t *j = malloc(sizeof head + 6 * n + sizeof tail), *o = j;
    if (!j)
        abort();
    memcpy(o, head, sizeof head - 1);
    o += sizeof head - 1;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '"' || t[i] == '\\') {
            *o++ = '\\';
            *o++ = t[i];
        } else if (t[i] < 0x20) {
            o += snprintf((char *)o, 7, "\\u%04x", t[i]);
        } else {
            *o++ = t[i];
        }
    }
    memcpy(o, tail, sizeof tail - 1);
    o += sizeof tail - 1;
    *len = (size_t)(o - j);
    return j;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    /* whole, then the same findings a second time */
    anon_finding_t *f1, *f2;
    size_t n1, n2;
    find_exact(data, size, &f1, &n1);
    find_exact(data, size, &f2, &n2);
    if (n1 != n2 || (n1 && memcmp(f1, f2, n1 * sizeof *f1))) {
        fprintf(stderr, "a second anon_find gives other findings (%zu, %zu)\n", n1, n2);
        abort();
    }
    free(f1);
    free(f2);
    /* cut at every length while short, else at MAX_CUTS lengths spread over the text and the
     * last few bytes of either end */
    size_t step = size <= 2 * MAX_CUTS ? 1 : size / MAX_CUTS;
    for (size_t k = 1; k < size; k += (k < 8 || size - k < 8) ? 1 : step) {
        find_cut(data, k);            /* prefix */
        find_cut(data + k, size - k); /* suffix */
    }
    int check = !holds_bracket(data, size);
    rewrite_round_trip(ANON_BODY_TEXT, data, size, data, size, check);
    size_t jl;
    uint8_t *j = as_json(data, size, &jl);
    rewrite_round_trip(ANON_BODY_JSON, j, jl, data, size, check);
    free(j);
    return 0;
}
