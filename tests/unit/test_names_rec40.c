/* test_names_rec40.c: persons shown by other evidence in the same text (names_rec40.c, branch
 * rec40): a name spelled by an e-mail local part beside the same name with no cue (any case), a
 * person joined to a found one by a conjunction, surnames after a plural title, a found person's
 * words again in lower case or capitals; and the look-alikes the pass must leave (an ordinary
 * word in lower case after "Rose Marsh", "Will"/"will", "Bill"/"the bill", a role address beside
 * the role word, a firm sharing the person's surname, a firm pair joined by '&', a nick in
 * brackets), each beside real PII that must still be masked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "default_engine.h"

struct pcase {
    const char *text;
    const char *masked[6]; /* substrings a PERSON finding must overlap */
    const char *left[6];   /* substrings no PERSON finding may overlap */
};

/* Does a PERSON finding overlap the first occurrence of sub in text? */
static int person_over(const char *text, const anon_finding_t *f, size_t n, const char *sub)
{
    const char *p = strstr(text, sub);
    assert_non_null(p);
    size_t s = (size_t)(p - text), e = s + strlen(sub);
    for (size_t i = 0; i < n; i++)
        if (strcmp(anon_engine_type_name(def_engine, f[i].type), "PERSON") == 0 && f[i].start < e &&
            f[i].end > s)
            return 1;
    return 0;
}

static void check(const struct pcase *c, size_t nc)
{
    int bad = 0;
    for (size_t k = 0; k < nc; k++) {
        anon_finding_t *f = NULL;
        size_t n = 0;
        assert_int_equal(anon_find(def_engine, c[k].text, strlen(c[k].text), &f, &n), 0);
        for (size_t i = 0; i < 6 && c[k].masked[i]; i++)
            if (!person_over(c[k].text, f, n, c[k].masked[i])) {
                print_error("text: %s\n  not masked: %s\n", c[k].text, c[k].masked[i]);
                bad = 1;
            }
        for (size_t i = 0; i < 6 && c[k].left[i]; i++)
            if (person_over(c[k].text, f, n, c[k].left[i])) {
                print_error("text: %s\n  masked: %s\n", c[k].text, c[k].left[i]);
                bad = 1;
            }
        free(f);
    }
    assert_false(bad);
}
#define CHECK(c) check(c, sizeof c / sizeof c[0])

static void test_a_name_spelled_by_an_email_local_part_is_masked(void **state)
{
    (void)state;
    static const struct pcase c[] = {
        {"cc: kaen.weindling@example.com\n\nKaen Weindling will join the call.",
         {"Kaen Weindling"},
         {0}},
        {"cc: k.weindling@example.com\n\nKaen Weindling will join the call.",
         {"Kaen", "Weindling"},
         {0}},
        {"cc: weindling.kaen@example.com\n\nkaen weindling will join the call.",
         {"kaen weindling"},
         {0}},
        {"cc: kaen_weindling@example.com\n\nKAEN WEINDLING WILL JOIN", {"KAEN WEINDLING"}, {0}},
        {"Kaen Weindling will join. Invite sent to kweindling@example.com.",
         {"Kaen", "Weindling"},
         {0}},
        {"Invite: sabine.hofbauer@acme.example\nHofbauer kommt am Dienstag dazu.",
         {"Hofbauer"},
         {0}},
    };
    CHECK(c);
}

static void test_a_person_joined_by_a_conjunction_is_masked(void **state)
{
    (void)state;
    static const struct pcase c[] = {
        {"Ilse and Tomas Berglund came over; tomas said hi",
         {"Ilse", "Tomas Berglund", "tomas"},
         {0}},
        {"Melbran and Wickford Branderfordley came over yesterday.", {"Melbran"}, {0}},
        {"Kunde: Jonas Brewinler\nNotes: Anna & Jonas kamen gestern.", {"Anna &"}, {0}},
        {"Messrs. Branwickton and Fordwenton came over yesterday.",
         {"Branwickton", "Fordwenton"},
         {0}},
        {"Messrs. Siemens and Fordwenton came over with Anna Keller.",
         {"Fordwenton", "Anna Keller"},
         {"Siemens"}},
    };
    CHECK(c);
}

static void test_a_person_in_another_case_is_masked(void **state)
{
    (void)state;
    static const struct pcase c[] = {
        {"=== KAEN WEINDLING / #3458 ===\nCustomer: Kaen Weindling\nStatus: open",
         {"KAEN WEINDLING"},
         {0}},
        {"Client : Lanteaubel Velbelot\nNotes: lanteaubel a rappelé pour la facture.",
         {"lanteaubel a"},
         {0}},
        {"[09:10] Customer: Zarllo Quibarez\n[09:27] ticket assigned to quibarez",
         {"to quibarez"},
         {0}},
        {"Kunde: Tobias Vogel\nNotes: tobias hat angerufen.", {"tobias hat"}, {0}},
    };
    CHECK(c);
}

/* The look-alikes, each beside real PII that must stay masked. */
static void test_look_alikes_stay_beside_pii(void **state)
{
    (void)state;
    static const struct pcase c[] = {
        {"Customer: Rose Marsh\nNotes: the rose garden needs watering. Call Jonas Keller.",
         {"Rose Marsh", "Jonas Keller"},
         {"rose garden"}},
        {"From: Rose Hill <rose.hill@example.org>\nNote: the rose hill trail is closed.",
         {"Rose Hill"},
         {"rose hill trail"}},
        {"Name: Will Mark\nNote: we will mark the paper. will you send it, Anna Keller?",
         {"Will Mark", "Anna Keller"},
         {"will mark the", "will you"}},
        {"Customer: Bill Brennan\nNotes: the bill is due on Friday; bill brennan agreed.",
         {"Bill Brennan"},
         {"bill is"}},
        {"Klant: Bloem Visser\nNotes: een bloem op tafel.", {"Bloem Visser"}, {"bloem op"}},
        {"Reply to sales@acme.example today.\nSales will join the call. Kunde: Anna Keller",
         {"Anna Keller"},
         {"Sales will"}},
        {"Reply to admin@acme.example today.\nthe admin will reset it for kaen weindling.",
         {0},
         {"admin will"}},
        {"From: sabine-keller@example.org\nQuote attached from Keller Logistik GmbH.",
         {0},
         {"Keller Logistik"}},
        {"Order from Johnson & Johnson shipped.\nCustomer: Tomas Doyle",
         {"Tomas Doyle"},
         {"Johnson &"}},
        {"Cc: paris office <paris.office@example.fr>\nFrom: Kaen Weindling",
         {"Kaen Weindling"},
         {"paris office"}},
        {"Copyright: 2011, Ulrike Maubach (ulrike) <ulrike.maubach@example.com>",
         {"Ulrike Maubach"},
         {"(ulrike)"}},
        {"Anna Keller and Siemens came over.", {"Anna Keller"}, {"Siemens"}},
        {"Fomos a Belém e Maringá no verão com Tomas Berglund.", {"Tomas Berglund"}, {"Belém"}},
        {"Labor Dr. Becker & Kollegen\nPatient: Jonas Keller", {"Jonas Keller"}, {"Becker"}},
    };
    CHECK(c);
}

static void test_rec40_shapes_do_not_crash_on_prefixes(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "cc: kaen.weindling@example.com\nKaen Weindling will join; kaen said hi",
        "Los sres. Zarvidalano y Barllocueez, Ilse and Tomas Berglund & Piet",
        "=== KAEN WEINDLING ===\nCustomer: Kaen Weindling\nkweindling@x.example k.w@",
    };
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        size_t n = strlen(texts[k]);
        for (size_t p = 0; p <= n; p++) {
            char *b = malloc(p ? p : 1);
            assert_non_null(b);
            memcpy(b, texts[k], p);
            anon_finding_t *f = NULL;
            size_t nf = 0;
            assert_int_equal(anon_find(def_engine, b, p, &f, &nf), 0);
            for (size_t i = 0; i < nf; i++)
                assert_true(f[i].start < f[i].end && f[i].end <= p &&
                            (i == 0 || f[i - 1].end <= f[i].start));
            free(f);
            free(b);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_name_spelled_by_an_email_local_part_is_masked),
        cmocka_unit_test(test_a_person_joined_by_a_conjunction_is_masked),
        cmocka_unit_test(test_a_person_in_another_case_is_masked),
        cmocka_unit_test(test_look_alikes_stay_beside_pii),
        cmocka_unit_test(test_rec40_shapes_do_not_crash_on_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
