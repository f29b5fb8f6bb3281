/* test_names_nspeed15.c: anon_names_known_has() and anon_names_canonical() read an index of the
 * names' parts once a set holds eight names (names_known.c's parts index) instead of asking
 * every name. Their answers are held here to the linear code they replaced (copied below as
 * ref_has() and ref_canonical()): sets of 1 to 300 names, real and invented, in every case, with
 * particles, accented letters, double, leading and trailing spaces, names of more than five
 * spaces (asked whole), and look-ups of every part of every name, every word's prefix, words in
 * other cases, runs across two names and words no name holds. A copy of a set logs exactly the
 * misses the linear code logged (split.c reads them), and a name is added once whatever its case.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"

#define MAXN 320

/* The names a set took, in its order (anon_names_known_count() tells which adds it kept) */
struct ref {
    size_t n;
    char name[MAXN][96];
    size_t len[MAXN];
};

static int ref_same(const char *a, size_t an, const char *b, size_t bn)
{
    return an == bn && strncasecmp(a, b, an) == 0;
}

static int ref_part(const char *nm, size_t nl, const char *p, size_t n)
{
    for (size_t i = 0; i + n <= nl; i++)
        if ((i == 0 || nm[i - 1] == ' ') && (i + n == nl || nm[i + n] == ' ') &&
            strncasecmp(nm + i, p, n) == 0)
            return 1;
    return 0;
}

static int ref_has(const struct ref *r, const char *p, size_t n)
{
    if (n < 2)
        return 0;
    int part = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (ref_same(r->name[i], r->len[i], p, n))
            return 2;
        part |= ref_part(r->name[i], r->len[i], p, n);
    }
    return part;
}

/* anon_names_canonical() after its form_of() step (a word without a space or a joiner is no
 * form of a name): the one longer name holding the word, else the name that is the word but
 * for case */
static const char *ref_canonical(const struct ref *r, const char *p, size_t n, size_t *out)
{
    const char *hit = NULL, *eq = NULL;
    size_t hl = 0;
    *out = n;
    for (size_t i = 0; i < r->n; i++)
        if (r->len[i] > n && ref_part(r->name[i], r->len[i], p, n)) {
            if (hit && !ref_same(hit, hl, r->name[i], r->len[i]))
                return p;
            hit = r->name[i];
            hl = r->len[i];
        } else if (ref_same(r->name[i], r->len[i], p, n)) {
            eq = r->name[i]; /* the word itself but for case, when no longer name holds it */
        }
    if (!hit && eq) {
        hit = eq;
        hl = n;
    }
    if (hit)
        *out = hl;
    return hit ? hit : p;
}

static const char *const given[] = {
    "Maria",        "Jan",   "Pieter", "Sophie", "Lukas",  "Elena",       "Marco",
    "Chiara",       "Jean",  "Claire", "Pedro",  "Lucia",  "Jo\xC3\xA3o", "Ana",
    "Thomas",       "Anna",  "Oliver", "Emma",   "Henrik", "In\xC3\xAAs", "Zo\xC3\xAB",
    "Bj\xC3\xB6rn", "MARIA", "jan",    "Al"};
static const char *const sur[] = {"Keller",
                                  "Vogt",
                                  "Jansen",
                                  "de Vries",
                                  "Rossi",
                                  "Bianchi",
                                  "Dubois",
                                  "Moreau",
                                  "Garc\xC3\xAD"
                                  "a",
                                  "Lopez",
                                  "Silva",
                                  "dos Santos",
                                  "Smith",
                                  "M\xC3\xBCller",
                                  "van der Berg",
                                  "de la Cruz",
                                  "KELLER",
                                  "keller",
                                  "Ng",
                                  "O'Brien"};
static const char *const syl[] = {"ka", "lo", "mer", "vin", "dra", "sel", "tor", "bu", "ne", "ri"};

static unsigned long rnd_state;
static unsigned rnd(unsigned m)
{
    rnd_state = rnd_state * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)(rnd_state >> 33) % m;
}

/* A name: given and surname, invented, several given names (some over five spaces), or with
 * double, leading or trailing spaces */
static size_t make_name(char *out)
{
    char b[200];
    int k = (int)rnd(10);
    if (k < 4) {
        snprintf(b, sizeof b, "%s %s", given[rnd(25)], sur[rnd(20)]);
    } else if (k < 7) {
        int g = snprintf(b, sizeof b, "%s ", given[rnd(25)]);
        snprintf(b + g, sizeof b - (size_t)g, "%s%s%s", syl[rnd(10)], syl[rnd(10)], syl[rnd(10)]);
        b[g] = (char)(b[g] - 32); /* "Kalomer" */
    } else if (k == 7) {
        size_t w = 2 + rnd(7), o = 0;
        for (size_t i = 0; i < w && o < 80; i++)
            o += (size_t)snprintf(b + o, sizeof b - o, "%s%s", i ? " " : "", given[rnd(25)]);
    } else if (k == 8) {
        snprintf(b, sizeof b, "%s  %s", given[rnd(25)], sur[rnd(20)]);
    } else {
        snprintf(b, sizeof b, rnd(2) ? " %s %s" : "%s %s ", given[rnd(25)], sur[rnd(20)]);
    }
    size_t n = strlen(b);
    if (n > 90)
        n = 90;
    memcpy(out, b, n);
    out[n] = '\0';
    return n;
}

/* Every look-up of q against k and r agrees; a copy with a log logs the same misses */
static void agree(anon_names_known_t *k, const struct ref *r, const char *q, size_t n)
{
    int want = ref_has(r, q, n), got = anon_names_known_has(k, q, n);
    if (want != got) {
        print_error("%zu names, \"%.*s\": want %d, got %d\n", r->n, (int)n, q, want, got);
        fail();
    }
    size_t wl, gl;
    int plain = 1;
    for (size_t i = 0; i < n; i++)
        plain &= q[i] != ' ' && q[i] != '.' && q[i] != '_' && q[i] != '-' && q[i] != ',';
    if (!plain || n < 2)
        return;
    const char *w = ref_canonical(r, q, n, &wl), *g = anon_names_canonical(k, q, n, &gl);
    /* a word no name holds may still be another form of one person (names_sametok63.c:
     * "Kellers" of the one Anna Keller): then the answer is a name of the set */
    int form = w == q && g != q;
    for (size_t i = 0; form && i < r->n; i++)
        if (r->len[i] == gl && memcmp(r->name[i], g, gl) == 0)
            return;
    if (form || wl != gl || memcmp(w, g, wl) != 0) {
        print_error("%zu names, canonical \"%.*s\": want \"%.*s\", got \"%.*s\"\n", r->n, (int)n, q,
                    (int)wl, w, (int)gl, g);
        fail();
    }
}

/* Each part of each name, in three cases, each prefix of its words, runs over two names */
static void ask_all(anon_names_known_t *k, const struct ref *r)
{
    char q[200];
    for (size_t i = 0; i < r->n; i++) {
        const char *nm = r->name[i];
        size_t nl = r->len[i];
        for (size_t a = 0; a < nl; a++)
            for (size_t b = a + 1; b <= nl; b++) {
                if (!(a == 0 || nm[a - 1] == ' ' || nm[a] == ' ' || b == nl || nm[b] == ' ' ||
                      b == a + 2))
                    continue;
                memcpy(q, nm + a, b - a);
                agree(k, r, q, b - a);
                for (size_t j = 0; j < b - a; j++)
                    q[j] = (char)((q[j] >= 'a' && q[j] <= 'z') ? q[j] - 32 : q[j]);
                agree(k, r, q, b - a);
                for (size_t j = 0; j < b - a; j++)
                    q[j] = (char)((q[j] >= 'A' && q[j] <= 'Z') ? q[j] + 32 : q[j]);
                agree(k, r, q, b - a);
            }
        if (i + 1 < r->n) {
            int m = snprintf(q, sizeof q, "%s %s", nm, r->name[i + 1]);
            agree(k, r, q, (size_t)m < sizeof q ? (size_t)m : sizeof q - 1);
        }
    }
    static const char *const other[] = {"Here",   "The", "Kel", "Kellers", "Smit", "Xy",
                                        "Mariaa", "ma",  "zz",  "Vries",   "van",  "Berg"};
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++)
        agree(k, r, other[i], strlen(other[i]));
}

static void test_index_answers_as_every_name(void **state)
{
    (void)state;
    static const size_t sizes[] = {1, 2, 7, 8, 9, 12, 40, 255, 256, 300};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        rnd_state = 15 + s;
        anon_names_known_t *k = anon_names_known_new();
        struct ref *r = calloc(1, sizeof *r);
        assert_non_null(k);
        assert_non_null(r);
        for (size_t t = 0; t < sizes[s] * 2 && r->n < MAXN; t++) {
            char nm[96];
            size_t n = make_name(nm);
            int dup = 0;
            for (size_t i = 0; i < r->n; i++)
                dup |= ref_same(r->name[i], r->len[i], nm, n);
            size_t before = anon_names_known_count(k);
            assert_int_equal(anon_names_known_add(k, nm, n), 0);
            if (anon_names_known_count(k) > before) {
                assert_false(dup); /* a name is kept once, whatever its case */
                memcpy(r->name[r->n], nm, n + 1);
                r->len[r->n++] = n;
            }
            if (r->n >= sizes[s])
                break;
        }
        ask_all(k, r);
        anon_names_known_free(k);
        free(r);
    }
}

/* A copy with a log logs what the linear code logged: a length byte and the word per miss */
static void test_copy_logs_the_same_misses(void **state)
{
    (void)state;
    for (size_t s = 0; s < 2; s++) {
        rnd_state = 99 + s;
        anon_names_known_t *k = anon_names_known_new();
        struct ref *r = calloc(1, sizeof *r);
        assert_non_null(k);
        assert_non_null(r);
        size_t want = s ? 30 : 5;
        while (r->n < want) {
            char nm[96];
            size_t n = make_name(nm), before = anon_names_known_count(k);
            assert_int_equal(anon_names_known_add(k, nm, n), 0);
            if (anon_names_known_count(k) > before) {
                memcpy(r->name[r->n], nm, n + 1);
                r->len[r->n++] = n;
            }
        }
        anon_names_log_t log = {0};
        anon_names_known_t *c = anon_names_known_clone(k, &log);
        assert_non_null(c);
        anon_buf_t exp = {0};
        static const char *const q[] = {"Keller",
                                        "Nobody",
                                        "Maria",
                                        "zz",
                                        "Q",
                                        "de Vries",
                                        "Vries",
                                        "KELLER",
                                        "Garc\xC3\xAD"
                                        "a",
                                        "Berg",
                                        "Lukas"};
        for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
            size_t n = strlen(q[i]);
            int want_has = ref_has(r, q[i], n);
            assert_int_equal(anon_names_known_has(c, q[i], n), want_has);
            if (!want_has && n >= 2) {
                uint8_t nb = (uint8_t)n;
                assert_int_equal(anon_buf_append(&exp, &nb, 1), 0);
                assert_int_equal(anon_buf_append(&exp, q[i], n), 0);
            }
        }
        assert_int_equal(log.words.len, exp.len);
        assert_memory_equal(log.words.data, exp.data, exp.len);
        anon_buf_free(&exp);
        anon_buf_free(&log.words);
        anon_names_known_free(c);
        anon_names_known_free(k);
        free(r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index_answers_as_every_name),
        cmocka_unit_test(test_copy_logs_the_same_misses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
