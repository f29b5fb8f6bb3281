/* test_inflectp62.c: a known person's given name or surname said again under a case ending of
 * its language (branch inflectp62, names_inflect62.c, anon_names_known_sweep in names_known.c,
 * contrib/bench/accuracy/notes/inflectp62.md): after "Tomasz Nowak", "Sanna Hakala", "Marko
 * Jurišić" or "Kovács Péter" was found, "Tomaszowi", "Hakalalle", "Jurišićem" and "Péternek"
 * are masked; a word that only shares a stem with the name ("Hakaniemi"), a short stem with one
 * letter ("Berge" beside "Anna Berg") and the name in a path stay. */
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

/* Polish, Finnish, Croatian and Hungarian case forms of known names in a later turn: masked.
 * Before: all four left whole. */
static void test_case_endings_after_known_name(void **state)
{
    (void)state;
    const char *turns[] = {"Lokatorzy: Tomasz Nowak, Sanna Hakala, Marko Jurišić, Kovács Péter.",
                           "Oddałem klucze Tomaszowi wczoraj. Annoin avaimet Hakalalle. "
                           "Razgovarao sam s Jurišićem. Szóltam Péternek."};
    char *o = rewrite_turns(turns, 2);
    assert_null(strstr(o, "Tomaszowi"));
    assert_null(strstr(o, "Hakalalle"));
    assert_null(strstr(o, "Jurišićem"));
    assert_null(strstr(o, "Péternek"));
    free(o);
}

/* A word that shares only a stem, a short stem with one letter, a path's part and an ending
 * that is no case ending stay. Before: the same. */
static void test_stems_and_words_stay(void **state)
{
    (void)state;
    const char *turns[] = {"Members: Sanna Hakala and Anna Berg.",
                           "We met at Hakaniemi; die Berge waren hoch; see /srv/Hakalan/x and "
                           "Hakalaxyz."};
    char *o = rewrite_turns(turns, 2);
    assert_non_null(strstr(o, "Hakaniemi"));
    assert_non_null(strstr(o, "die Berge waren"));
    assert_non_null(strstr(o, "/srv/Hakalan/x"));
    assert_non_null(strstr(o, "Hakalaxyz"));
    free(o);
}

/* Every prefix of a later turn, cut inside a known name's case forms, is swept within its bytes
 * (the sanitizer build). */
static void test_every_prefix_is_swept_safely(void **state)
{
    (void)state;
    static const char learn[] = "Lokatorzy: Tomasz Nowak, Sanna Hakala.";
    static const char later[] = "Tomaszowi; Hakalalle, Hakalaa Nowakowi Hakalan Tomaszem";
    for (size_t n = 1; n <= sizeof later - 1; n++) {
        anon_session_t *s = anon_session_new(eng);
        anon_finding_t *f = NULL;
        size_t nf = 0;
        assert_int_equal(anon_session_find(s, learn, sizeof learn - 1, &f, &nf), 0);
        free(f);
        char *p = malloc(n);
        memcpy(p, later, n);
        f = NULL;
        assert_int_equal(anon_session_find(s, p, n, &f, &nf), 0);
        free(f);
        free(p);
        anon_session_free(s);
    }
    scan_every_prefix("Tomasz Nowak dał klucze Tomaszowi, Sanna Hakala Hakalalle, Péternek");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_endings_after_known_name),
        cmocka_unit_test(test_stems_and_words_stay),
        cmocka_unit_test(test_every_prefix_is_swept_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
