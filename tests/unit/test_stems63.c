/* test_stems63.c: a known person's given name or surname said again in a case that changes its
 * stem (branch stems63, names_stem63.c, anon_names_known_sweep in names_sweep.c,
 * contrib/bench/accuracy/notes/stems63.md): after "Anna Kowalska", "Jukka Virtanen", "Jana
 * Dvořáková", "Jānis Bērziņš" and "Tomas Jonaitis" were found, "Kowalskiej", "Virtaselle",
 * "Jukan", "Dvořákovou", "Bērziņam" and "Jonaičiu" are masked; the same stems in lower case, in
 * a path or in a word of another stem ("Virtasalmi") stay. */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

static const char *const known =
    "Lokatorzy: Anna Kowalska, Jukka Virtanen, Jana Dvořáková, Jānis Bērziņš, Tomas Jonaitis.";

/* Polish, Finnish, Czech, Latvian and Lithuanian forms whose stem changed, in a later turn:
 * masked. Before: all left whole. */
static void test_stem_changes_after_known_name(void **state)
{
    (void)state;
    const char *turns[] = {known, "Oddałam klucze Kowalskiej. Annoin avaimet Virtaselle ja "
                                  "Jukan vaimolle. Mluvil jsem s Dvořákovou. Iedevu Bērziņam. "
                                  "Kalbėjau su Jonaičiu."};
    char *o = rewrite_turns(turns, 2);
    assert_null(strstr(o, "Kowalskiej"));
    assert_null(strstr(o, "Virtaselle"));
    assert_null(strstr(o, "Jukan"));
    assert_null(strstr(o, "Dvořákovou"));
    assert_null(strstr(o, "Bērziņam"));
    assert_null(strstr(o, "Jonaičiu"));
    free(o);
}

/* The nominatives a word may come from. */
static void test_nominatives(void **state)
{
    (void)state;
    static const struct {
        const char *word, *nom;
    } cases[] = {
        {"Virtasen", "Virtanen"},   {"Kowalskiego", "Kowalski"}, {"Kowalską", "Kowalska"},
        {"Dvořákové", "Dvořáková"}, {"Bērziņam", "Bērziņš"},     {"Jonaičio", "Jonaitis"},
        {"Évával", "Éva"},          {"Sadun", "Satu"},           {"Παπαδόπουλου", "Παπαδόπουλος"}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        uint8_t out[96];
        unsigned k = 0;
        size_t m, hit = 0;
        const char *w = cases[c].word;
        while ((m = nw_stem63_nominative((const uint8_t *)w, strlen(w), &k, out, sizeof out)))
            hit |= m == strlen(cases[c].nom) && !memcmp(out, cases[c].nom, m);
        assert_true(hit);
    }
}

/* The same stems in lower case, in a path, and a word of another stem stay. */
static void test_other_words_stay(void **state)
{
    (void)state;
    const char *turns[] = {known, "Mökki on Virtasalmella; see /srv/Virtasen/x and "
                                  "kowalskiej drogi."};
    char *o = rewrite_turns(turns, 2);
    assert_non_null(strstr(o, "Virtasalmella"));
    assert_non_null(strstr(o, "/srv/Virtasen/x"));
    assert_non_null(strstr(o, "kowalskiej drogi"));
    free(o);
}

/* Every prefix of a later turn, cut inside the forms, is swept within its bytes (the sanitizer
 * build) at each letter's end, and the scanner reads every prefix of one text. */
static void test_every_prefix_is_swept_safely(void **state)
{
    (void)state;
    static const char later[] = "Kowalskiej; Virtaselle, Jukan Dvořákovou Bērziņam Jonaičiu Sadun";
    for (size_t n = 1; n <= sizeof later - 1; n++) {
        if ((later[n] & 0xC0) == 0x80)
            continue; /* a cut inside a letter is no text */
        anon_session_t *s = anon_session_new(eng);
        anon_finding_t *f = NULL;
        size_t nf = 0;
        assert_int_equal(anon_session_find(s, known, strlen(known), &f, &nf), 0);
        free(f);
        char *p = malloc(n);
        memcpy(p, later, n);
        f = NULL;
        assert_int_equal(anon_session_find(s, p, n, &f, &nf), 0);
        free(f);
        free(p);
        anon_session_free(s);
    }
    scan_every_prefix("Jukka Virtanen antoi avaimet Virtaselle, Anna Kowalska Kowalskiej");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stem_changes_after_known_name),
        cmocka_unit_test(test_nominatives),
        cmocka_unit_test(test_other_words_stay),
        cmocka_unit_test(test_every_prefix_is_swept_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
