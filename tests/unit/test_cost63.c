/* test_cost63.c: the cost round of stop 62 (issue 19, exact). names_oneof.c's index of a long
 * word list keeps a 4,096-bit filter of its words' first two bytes, and a look-up whose first two
 * bytes no word has leaves on it instead of walking its first byte's bucket. Over lists built to
 * share filter bits (words whose bytes differ only above bit 5: "ab" and "!b", "\303\251t" and
 * "\203\251t"), one-byte words, the empty word and UTF-8 words, each asked word (every list word,
 * its case changed, cut, lengthened, its second byte changed to every byte, every two-byte
 * opening) gets the plain loop's answer (the reference, copied here). It is an equivalence pin:
 * it passes on the start code too (nothing observable changed), and fails when the filter drops
 * a word that is in the list (a bit set from the wrong byte, a word of one byte filed under a
 * second byte it lacks). names_words.c's nw_fold_span() folds a span of up to 16 ASCII bytes
 * without a frame and leaves the rest to nw_fold() out of line: over every length 0 .. 40, ASCII,
 * Latin-1 capitals, other UTF-8 and cut sequences, each cap 1 .. 44, nw_fold() and
 * nw_fold_span() give the start code's fold() (copied here) byte for byte, the NUL included.
 * nw_cats() asks its table out of line past the prefix filter: the process's first call (which
 * builds the tables) and every later one give the same bits, a listed word its list's.
 * anon_buf_append() grows out of line: appends of every size from 0 to 300 bytes, into an empty
 * buffer and one grown before, keep every byte in order, len the sum, and an append that would
 * overflow size_t fails with ANON_ERR_NOMEM leaving the buffer as it was. nw_parse_word() parses
 * a word its cache lacks out of line: with the cache and without, at every byte of a text, it
 * gives the same word (ends, shape, lexicon bits), the cache's second answer too.
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
#include "anonymize/names_internal.h"

/* The plain answer: strcmp over every word. */
static int ref_one_of(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(w, list[k]) == 0)
            return 1;
    return 0;
}

static const char *const mixed[] = {"ab",
                                    "!b",
                                    "a",
                                    "!",
                                    "abc",
                                    "a\241",
                                    "\303\251t\303\251",
                                    "\203\251t",
                                    "\303\251",
                                    "maria",
                                    "Maria",
                                    "m",
                                    "-x",
                                    "mx",
                                    "zz",
                                    "z",
                                    "\343\201\202",
                                    "\343\201\204\343\201\206"};
static const char *const with_empty[] = {"",     "one",    "two",   "three", "four",
                                         "five", "six",    "seven", "eight", "nine",
                                         "ten",  "eleven", "twelve"};
static const char *const towns[] = {
    "berlin",         "bern",          "bremen",        "bonn",         "basel",  "bergen",
    "bari",           "bordeaux",      "brno",          "braga",        "madrid", "milano",
    "m\303\274nchen", "marseille",     "m\303\241laga", "lyon",         "lisboa", "london",
    "leeds",          "z\303\274rich", "\303\266rebro", "\303\251vora", "aarhus"};

static void check_list(const char *const *list, size_t n, size_t *asked)
{
    char w[64];
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(list[k]);
        if (l + 2 >= sizeof w)
            continue;
        for (int v = 0; v < 6; v++) {
            memcpy(w, list[k], l + 1);
            if (v == 1 && l)
                w[0] = (char)(w[0] ^ 0x20); /* the other case */
            if (v == 2 && l)
                w[l - 1] = '\0'; /* cut */
            if (v == 3) {
                w[l] = 's'; /* lengthened */
                w[l + 1] = '\0';
            }
            if (v == 4 && l)
                w[0] = (char)(w[0] ^ 0x40); /* the same filter bit, another byte */
            if (v == 5 && l > 1)
                w[1] = (char)(w[1] ^ 0xC0);
            assert_int_equal(nw_one_of_ix(w, list, n), ref_one_of(w, list, n));
            ++*asked;
        }
        for (int c = 0; c < 256 && l; c++) { /* every second byte after the word's first */
            w[0] = list[k][0];
            w[1] = (char)c;
            memcpy(w + 2, l > 2 ? list[k] + 2 : "", l > 2 ? l - 1 : 1);
            assert_int_equal(nw_one_of_ix(w, list, n), ref_one_of(w, list, n));
            ++*asked;
        }
    }
    for (int a = 0; a < 256; a += 3) /* two-byte openings, and a word of one byte */
        for (int b = 0; b < 256; b += 5) {
            w[0] = (char)a;
            w[1] = (char)b;
            w[2] = '\0';
            assert_int_equal(nw_one_of_ix(w, list, n), ref_one_of(w, list, n));
            w[1] = '\0';
            assert_int_equal(nw_one_of_ix(w, list, n), ref_one_of(w, list, n));
            *asked += 2;
        }
}

static void test_one_of_filter_as_the_loop(void **state)
{
    (void)state;
    size_t asked = 0;
    check_list(mixed, sizeof mixed / sizeof *mixed, &asked);
    check_list(with_empty, sizeof with_empty / sizeof *with_empty, &asked);
    check_list(towns, sizeof towns / sizeof *towns, &asked);
    assert_int_equal(nw_one_of_ix("", with_empty, sizeof with_empty / sizeof *with_empty), 1);
    assert_int_equal(nw_one_of_ix("", towns, sizeof towns / sizeof *towns), 0);
    assert_true(asked > 20000);
}

/* Every word of each list is found through the filter (the superset it must keep). */
static void test_one_of_filter_keeps_every_word(void **state)
{
    (void)state;
    const char *const *lists[] = {mixed, with_empty, towns};
    size_t ns[] = {sizeof mixed / sizeof *mixed, sizeof with_empty / sizeof *with_empty,
                   sizeof towns / sizeof *towns};
    for (size_t i = 0; i < 3; i++)
        for (size_t k = 0; k < ns[i]; k++)
            if (!nw_one_of_ix(lists[i][k], lists[i], ns[i]))
                fail_msg("list %zu word %zu is not found", i, k);
}

/* The start code's fold() (stop 62, names_words.c), byte at a time: the reference. */
static size_t old_fold(const uint8_t *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (o >= cap)
            return 0;
        if (c >= 'A' && c <= 'Z')
            c = (uint8_t)(c + 32);
        else if (c == 0xC3 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E &&
                 s[i + 1] != 0x97) {
            if (o + 2 > cap)
                return 0;
            out[o++] = (char)0xC3;
            out[o++] = (char)(s[++i] + 0x20);
            continue;
        }
        out[o++] = (char)c;
    }
    return o;
}

static void test_fold_span_as_before(void **state)
{
    (void)state;
    static const char *const pieces[] = {"A",
                                         "b",
                                         "Z",
                                         "@",
                                         "[",
                                         "`",
                                         "{",
                                         "0",
                                         " ",
                                         "-",
                                         "\303\211",
                                         "\303\251",
                                         "\303\227",
                                         "\303\237",
                                         "\303",
                                         "\305\201",
                                         "\342\200\231",
                                         "\377"};
    size_t np = sizeof pieces / sizeof *pieces, asked = 0;
    uint8_t text[64];
    for (size_t seed = 0; seed < 400; seed++) {
        size_t n = 0, x = seed * 2654435761u;
        while (n < 44) { /* a text of pieces picked by the seed */
            const char *pc = pieces[(x >> 7) % np];
            size_t l = strlen(pc);
            if (n + l > 44)
                break;
            memcpy(text + n, pc, l);
            n += l;
            x = x * 6364136223846793005u + 1442695040888963407u;
            if (seed % 3 == 0 && (x >> 60) < 9) /* mostly ASCII letters */
                text[n - 1] = (uint8_t)('a' + (x >> 33) % 26 - ((x >> 40) & 1) * 32);
        }
        struct sc sc;
        memset(&sc, 0, sizeof sc);
        sc.t = text;
        sc.len = n;
        for (size_t a = 0; a < 3 && a <= n; a++)
            for (size_t b = a; b <= n && b - a <= 40; b++)
                for (size_t cap = 1; cap <= 44; cap += (cap < 20 ? 1 : 7)) {
                    char want[64], got[64], span[64];
                    memset(want, 0x55, sizeof want);
                    memset(got, 0x55, sizeof got);
                    memset(span, 0x55, sizeof span);
                    size_t wn = old_fold(text + a, b - a, want, cap);
                    size_t gn = nw_fold((const char *)text + a, b - a, got, cap);
                    assert_int_equal(gn, wn);
                    assert_memory_equal(got, want, wn);
                    size_t sn = b > a ? old_fold(text + a, b - a, want, cap - 1) : 0;
                    want[sn] = '\0';
                    const char *r = nw_fold_span(&sc, a, b, span, cap);
                    assert_ptr_equal(r, span);
                    assert_memory_equal(span, want, sn + 1);
                    asked++;
                }
    }
    assert_true(asked > 100000);
}

static void test_cats_first_and_later(void **state)
{
    (void)state;
    unsigned first = nw_cats("january"); /* this program's first call: the tables are built */
    assert_true(first & C_MONTH);
    static const char *const words[] = {"january",
                                        "mr",
                                        "",
                                        "x",
                                        "zzqv",
                                        "Mr",
                                        "mrs",
                                        "januar",
                                        "jan",
                                        "ja",
                                        "j",
                                        "keller",
                                        "\303\251t\303\251"};
    unsigned want[sizeof words / sizeof *words];
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        want[k] = nw_cats(words[k]);
    assert_int_equal(want[0], first);
    assert_true(want[1] & C_HON);
    assert_int_equal(want[2], 0);
    assert_int_equal(want[4], 0);
    for (int round = 0; round < 3; round++)
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            assert_int_equal(nw_cats(words[k]), want[k]);
}

static void test_buf_append_grows(void **state)
{
    (void)state;
    anon_buf_t b = {0};
    uint8_t want[46000], src[300];
    size_t n = 0;
    for (size_t k = 0; k < sizeof src; k++)
        src[k] = (uint8_t)(k * 7 + 3);
    for (size_t round = 0; round < 2; round++)
        for (size_t m = 0; m <= 300; m += (m < 20 ? 1 : 13)) {
            assert_int_equal(anon_buf_append(&b, src, m), ANON_OK);
            memcpy(want + n, src, m);
            n += m;
            assert_int_equal(b.len, n);
            assert_true(b.cap >= b.len);
        }
    assert_memory_equal(b.data, want, n);
    size_t len = b.len, cap = b.cap;
    assert_int_equal(anon_buf_append(&b, src, SIZE_MAX - len + 1), ANON_ERR_NOMEM);
    assert_int_equal(b.len, len);
    assert_int_equal(b.cap, cap);
    assert_int_equal(anon_buf_append(&b, NULL, 0), ANON_OK);
    assert_int_equal(b.len, len);
    anon_buf_free(&b);
}

static void test_parse_word_cached_and_not(void **state)
{
    (void)state;
    static const char text[] = "Hi Maria Keller, McDonald O'Brien-Smith J. DUPONT \303\211lise "
                               "Marcel\302\267la von der Leyen ISBN X. ab Cd eF 42 M\303\274ller";
    struct sc plain, cached;
    memset(&plain, 0, sizeof plain);
    plain.t = (const uint8_t *)text;
    plain.len = sizeof text - 1;
    cached = plain;
    static struct nw_words cache;
    memset(&cache, 0, sizeof cache);
    cache.t = cached.t;
    cache.len = cached.len;
    cache.hint = cached.hint;
    cached.words = &cache;
    size_t asked = 0;
    for (int pass = 0; pass < 2; pass++) /* the second pass meets the words the first kept */
        for (size_t i = 0; i < plain.len; i++) {
            if (!nw_upper(plain.t + i, plain.len - i))
                continue;
            struct word a, b;
            memset(&a, 0, sizeof a);
            memset(&b, 0x5a, sizeof b);
            nw_parse_word(&plain, i, &a);
            nw_parse_word(&cached, i, &b);
            assert_int_equal(a.s, b.s);
            assert_int_equal(a.e, b.e);
            assert_int_equal(a.shape, b.shape);
            assert_int_equal(a.lex, b.lex);
            asked++;
        }
    assert_true(asked > 30);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cats_first_and_later), /* first: its first call builds the tables */
        cmocka_unit_test(test_one_of_filter_as_the_loop),
        cmocka_unit_test(test_one_of_filter_keeps_every_word),
        cmocka_unit_test(test_fold_span_as_before),
        cmocka_unit_test(test_buf_append_grows),
        cmocka_unit_test(test_parse_word_cached_and_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
