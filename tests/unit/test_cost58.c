/* test_cost58.c: the cost round of stop 58 (issue 19, exact). names_famous.c looks a folded run
 * up in the famous-people gazetteer by a hash table the generator lays out (famous_slot[]) in
 * place of a binary search: every key of anonymize/data/famous.txt, read and folded as
 * gen_famous_table.c reads them, is found, and a grid of near keys (a byte dropped, added or
 * changed) is found exactly when a linear search of the keys finds it. names_oneof.c's index
 * compares a word's second byte from a copy in the index and walks a bucket only from the first
 * word with it: its answer is a linear strcmp loop's over lists with one-byte words, shared
 * openings, UTF-8 and the empty word. names_rec40.c's e-mail and other-case passes skip a word
 * before folding it when it is ASCII and of no key's length (len_may()): a word whose accents
 * make its bytes longer than its key ("Domínguez" for dominguez@) is still read and masked.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/names_famous_fold.h"
#include "anonymize/names_internal.h"
#include "default_engine.h"

#define MAX_KEYS 8192

static char *keys[MAX_KEYS];
static size_t nkeys;

/* gen_famous_table.c's add(): trimmed, folded, kept */
static void add(const char *p, size_t n)
{
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
        n--;
    char buf[64];
    if (!n || !famous_fold((const uint8_t *)p, n, buf, sizeof buf))
        return;
    assert_true(nkeys < MAX_KEYS);
    keys[nkeys] = strdup(buf);
    assert_non_null(keys[nkeys]);
    nkeys++;
}

static void read_keys(void)
{
    FILE *f = fopen(HUSH_SOURCE_DIR "/anonymize/data/famous.txt", "r");
    assert_non_null(f);
    char line[512];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#')
            continue;
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *eq = strchr(line, '=');
        add(line, eq ? (size_t)(eq - line) : strlen(line));
        for (char *p = eq ? eq + 1 : NULL; p;) {
            char *semi = strchr(p, ';');
            add(p, semi ? (size_t)(semi - p) : strlen(p));
            p = semi ? semi + 1 : NULL;
        }
    }
    fclose(f);
}

static int linear(const char *k)
{
    for (size_t i = 0; i < nkeys; i++)
        if (strcmp(keys[i], k) == 0)
            return 1;
    return 0;
}

static void test_famous_table_is_the_linear_answer(void **state)
{
    (void)state;
    read_keys();
    assert_true(nkeys > 1000);
    for (size_t i = 0; i < nkeys; i++)
        assert_true(nw_famous_key(keys[i]));
    assert_true(nw_famous_key("ada lovelace"));
    assert_int_equal(nw_famous_key(""), 0);
    assert_int_equal(nw_famous_key("john smith"), 0);
    size_t found = 0, asked = 0;
    for (size_t i = 0; i < nkeys; i++) {
        char v[80];
        size_t n = strlen(keys[i]);
        for (size_t cut = 0; cut <= n; cut++) { /* a prefix: "einstein" of "albert einstein"? */
            memcpy(v, keys[i], cut);
            v[cut] = '\0';
            found += linear(v);
            asked++;
            assert_int_equal(nw_famous_key(v), linear(v));
        }
        snprintf(v, sizeof v, "%s%s", keys[i], i % 2 ? "s" : " x"); /* one added */
        assert_int_equal(nw_famous_key(v), linear(v));
        snprintf(v, sizeof v, "%s", keys[i] + 1); /* the first byte dropped */
        assert_int_equal(nw_famous_key(v), linear(v));
        snprintf(v, sizeof v, "%s", keys[i]);
        v[n / 2] = (char)(v[n / 2] == 'a' ? 'e' : 'a'); /* one changed */
        assert_int_equal(nw_famous_key(v), linear(v));
        asked += 3;
    }
    assert_true(found > 0 && asked > found);
    for (size_t i = 0; i < nkeys; i++)
        free(keys[i]);
    nkeys = 0;
}

static int loop_one_of(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(w, list[k]) == 0)
            return 1;
    return 0;
}

static void test_one_of_index_is_the_loop(void **state)
{
    (void)state;
    static const char *const words[] = {"a",  "ab",   "abc",    "abd",     "ac",        "b",
                                        "ba", "bab",  "st",     "saint",   "sir",       "sa",
                                        "s",  "stra", "straße", "strasse", "\303\251t", "\303\251",
                                        "x",  "xylo", "zz",     "zzz",     "zzzz",      "q"};
    static const char *const with_empty[] = {"",   "de",  "del", "della", "der", "des", "di",
                                             "do", "dos", "du",  "van",   "von", "zu"};
    static const char *const asked[] = {
        "",      "a",      "ab",      "abc",    "abcd",     "abd",       "ad",
        "b",     "bb",     "bab",     "baba",   "s",        "sa",        "sai",
        "saint", "saints", "si",      "sir",    "sirs",     "st",        "str",
        "stra",  "straße", "strasse", "strass", "\303\251", "\303\251t", "\303\251tage",
        "\303",  "x",      "xy",      "xylo",   "z",        "zz",        "zzz",
        "zzzz",  "zzzzz",  "q",       "qq",     "de",       "d",         "dell",
        "della", "van",    "vo",      "von",    "zu",       "zur",       "del"};
    for (size_t k = 0; k < sizeof asked / sizeof asked[0]; k++) {
        assert_int_equal(NW_ONE_OF(asked[k], words),
                         loop_one_of(asked[k], words, sizeof words / sizeof words[0]));
        assert_int_equal(
            NW_ONE_OF(asked[k], with_empty),
            loop_one_of(asked[k], with_empty, sizeof with_empty / sizeof with_empty[0]));
        /* and the buckets by first byte, as their users read them */
        const uint16_t *ord;
        int nb =
            nw_one_of_bucket(words, sizeof words / sizeof words[0], (uint8_t)asked[k][0], &ord);
        assert_true(nb >= 0);
        for (int j = 0; j < nb; j++)
            assert_int_equal((uint8_t)words[ord[j]][0], (uint8_t)asked[k][0]);
    }
    assert_true(NW_ONE_OF("", with_empty));
    assert_false(NW_ONE_OF("", words));
    assert_true(NW_ONE_OF("straße", words));
    assert_false(NW_ONE_OF("stras", words));
}

/* Does a PERSON finding overlap the first occurrence of sub in text? */
static int person_over(const char *text, const char *sub)
{
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(def_engine, text, strlen(text), &f, &n), 0);
    const char *p = strstr(text, sub);
    assert_non_null(p);
    size_t s = (size_t)(p - text), e = s + strlen(sub);
    int over = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(anon_engine_type_name(def_engine, f[i].type), "PERSON") == 0 && f[i].start < e &&
            f[i].end > s)
            over = 1;
    free(f);
    return over;
}

static void test_rec40_reads_words_longer_than_their_key(void **state)
{
    (void)state;
    /* the e-mail pass: "Weindling" alone after its address, ASCII and accented */
    assert_true(person_over("cc: kaen.weindling@example.com\nKaen Weindling will join; "
                            "Weindling GmbH. pays. Weindling agreed.",
                            "Weindling agreed"));
    assert_true(person_over("cc: andrea.dominguez@example.es\nAndrea Domínguez will join; "
                            "Domínguez GmbH. pays. Domínguez agreed.",
                            "Domínguez agreed"));
    /* the other-case pass: the name again in capitals and in lower case */
    assert_true(person_over("Mandantin: Sabine Hofbauer\nHOFBAUER PartG mbB\nsabine hofbauer "
                            "ruft an.",
                            "sabine hofbauer"));
    assert_true(person_over("Mandantin: Sabine Hofbäuer\nHOFBÄUER PartG mbB\nsabine hofbäuer "
                            "ruft an.",
                            "sabine hofbäuer"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_famous_table_is_the_linear_answer),
        cmocka_unit_test(test_one_of_index_is_the_loop),
        cmocka_unit_test(test_rec40_reads_words_longer_than_their_key),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
