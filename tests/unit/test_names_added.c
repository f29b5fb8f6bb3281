/* test_names_added.c: what the passes that add findings after resolve share (names_added.c,
 * branch dedup41): the merge keeps the findings sorted and disjoint (an addition overlapping a
 * finding or an earlier addition is left), and one firm test for rec39 and rec40 (a legal form
 * with a sentence's '.' after it, "Hermanos", "mbB"), each firm beside real PII that must still
 * be masked: the person on the same line, a form of several fields, a phone, an address, an IP,
 * capitals and lower case, other languages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/names_added.h"
#include "default_engine.h"

static void test_merge_sorts_additions_among_the_findings(void **state)
{
    (void)state;
    anon_finding_t *f = malloc(3 * sizeof *f);
    assert_non_null(f);
    f[0] = (anon_finding_t){1, 0, 5};
    f[1] = (anon_finding_t){2, 10, 15};
    f[2] = (anon_finding_t){1, 30, 35};
    size_t nf = 3;
    struct nw_adds d = {0};
    assert_int_equal(nw_adds_push(&d, 7, 20, 25), 0);
    assert_int_equal(nw_adds_push(&d, 7, 6, 9), 0);
    assert_int_equal(nw_adds_push(&d, 7, 40, 41), 0);
    assert_int_equal(nw_adds_merge(&d, &f, &nf), 0);
    assert_int_equal(d.n, 0);
    static const size_t want[][3] = {{1, 0, 5},   {7, 6, 9},   {2, 10, 15},
                                     {7, 20, 25}, {1, 30, 35}, {7, 40, 41}};
    assert_int_equal(nf, 6);
    for (size_t i = 0; i < nf; i++) {
        assert_int_equal(f[i].type, want[i][0]);
        assert_int_equal(f[i].start, want[i][1]);
        assert_int_equal(f[i].end, want[i][2]);
    }
    free(d.a);
    free(f);
}

static void test_merge_leaves_an_addition_that_overlaps(void **state)
{
    (void)state;
    anon_finding_t *f = malloc(2 * sizeof *f);
    assert_non_null(f);
    f[0] = (anon_finding_t){1, 10, 20};
    f[1] = (anon_finding_t){1, 40, 50};
    size_t nf = 2;
    struct nw_adds d = {0};
    assert_int_equal(nw_adds_push(&d, 7, 35, 45), 0); /* runs into the finding at 40 */
    assert_int_equal(nw_adds_push(&d, 7, 15, 25), 0); /* starts inside the finding at 10 */
    assert_int_equal(nw_adds_push(&d, 7, 22, 30), 0);
    assert_int_equal(nw_adds_push(&d, 7, 22, 28), 0); /* the same start: the first stays */
    assert_int_equal(nw_adds_push(&d, 7, 26, 32), 0); /* inside the one kept at 22 */
    assert_int_equal(nw_adds_merge(&d, &f, &nf), 0);
    assert_int_equal(nf, 3);
    assert_int_equal(f[1].type, 7);
    assert_int_equal(f[1].start, 22);
    assert_true(f[1].end == 30 || f[1].end == 28);
    for (size_t i = 1; i < nf; i++)
        assert_true(f[i - 1].end <= f[i].start);
    /* an empty merge keeps the list as it is */
    anon_finding_t *before = f;
    assert_int_equal(nw_adds_merge(&d, &f, &nf), 0);
    assert_ptr_equal(f, before);
    assert_int_equal(nf, 3);
    free(d.a);
    free(f);
}

static void test_overlaps_finds_a_finding_over_a_range(void **state)
{
    (void)state;
    const anon_finding_t f[] = {{1, 10, 20}, {1, 30, 40}};
    assert_false(nw_overlaps(f, 2, 0, 10));
    assert_true(nw_overlaps(f, 2, 5, 11));
    assert_true(nw_overlaps(f, 2, 19, 25));
    assert_false(nw_overlaps(f, 2, 20, 30));
    assert_true(nw_overlaps(f, 2, 20, 31));
    assert_false(nw_overlaps(f, 2, 40, 50));
    assert_false(nw_overlaps(f, 0, 0, 100));
}

static void test_firm_after_takes_the_union_of_the_forms(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int firm;
    } c[] = {
        {"Keller GmbH liefert", 1},
        {"Keller GmbH.", 1},
        {"Keller GmbH. Keller", 1},
        {"Keller Logistik GmbH.", 1},
        {"Zarmonez Hermanos", 1},
        {"Hofbauer PartG mbB", 1},
        {"Keller & Söhne", 1},
        {"Keller Ltd.", 1},
        {"Keller reports", 0},
        {"Keller. GmbH", 0},
        {"Keller, GmbH", 0},
        {"Keller\nGmbH", 0},
        {"Keller und seine hermanos", 0},
        {"Keller hermanos", 0},
        {"Keller GMBH", 0},
        {"Keller Anna Maria Ltd", 1},
        {"Keller Anna Maria Luisa Ltd", 0}, /* past three words */
        {"Keller GmbHx", 0},
    };
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        const uint8_t *t = (const uint8_t *)c[k].text;
        size_t e = strcspn(c[k].text, " ,.\n"); /* the end of the name */
        if (nw_firm_after(t, strlen(c[k].text), e) != c[k].firm)
            fail_msg("%s: firm %d", c[k].text, !c[k].firm);
    }
}

struct pcase {
    const char *text;
    const char *masked[6]; /* substrings a PERSON finding must overlap */
    const char *left[6];   /* substrings no PERSON finding may overlap */
};

/* Does a finding of type name overlap the first occurrence of sub in text? */
static int type_over(const char *text, const anon_finding_t *f, size_t n, const char *sub,
                     const char *name)
{
    const char *p = strstr(text, sub);
    assert_non_null(p);
    size_t s = (size_t)(p - text), e = s + strlen(sub);
    for (size_t i = 0; i < n; i++)
        if (strcmp(anon_engine_type_name(def_engine, f[i].type), name) == 0 && f[i].start < e &&
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
        for (size_t i = 0; i < 6 && c[k].masked[i]; i++) {
            const char *name = "PERSON", *sub = c[k].masked[i], *eq = strchr(sub, '=');
            char type[32];
            if (eq && (size_t)(eq - sub) < sizeof type) { /* "PHONE=+34 612 345 678" */
                memcpy(type, sub, (size_t)(eq - sub));
                type[eq - sub] = '\0';
                name = type;
                sub = eq + 1;
            }
            if (!type_over(c[k].text, f, n, sub, name)) {
                print_error("text: %s\n  not masked: %s\n", c[k].text, c[k].masked[i]);
                bad = 1;
            }
        }
        for (size_t i = 0; i < 6 && c[k].left[i]; i++)
            if (type_over(c[k].text, f, n, c[k].left[i], "PERSON")) {
                print_error("text: %s\n  masked: %s\n", c[k].text, c[k].left[i]);
                bad = 1;
            }
        free(f);
    }
    assert_false(bad);
}
#define CHECK(c) check(c, sizeof c / sizeof c[0])

/* Every legal form is one (nw_legal_form() screens by first byte and length first), and its
 * look-alikes of the same first byte and length are none. */
static void test_legal_form_knows_every_form(void **state)
{
    (void)state;
    static const char *const forms[] = {
        "GmbH", "AG",           "KG",   "Ltd",    "Ltd.",  "LLC",      "Inc",    "Inc.",  "BV",
        "B.V.", "NV",           "N.V.", "SA",     "S.A.",  "SpA",      "S.p.A.", "Srl",   "S.r.l.",
        "SL",   "S.L.",         "Lda",  "Lda.",   "SAS",   "SARL",     "plc",    "Co.",   "mbB",
        "e.V.", "S\xc3\xb6hne", "Sons", "Filhos", "Hijos", "Hermanos", "Figli",  "Zonen", "Cie"};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
        assert_true(nw_legal_form((const uint8_t *)forms[f], strlen(forms[f])));
    static const char *const none[] = {"Anna",  "AX", "Lotte",  "Inka",  "Hermanas",
                                       "Sonja", "Co", "Keller", "Fiona", "Helga",
                                       "Zora",  "H",  ""};
    for (size_t f = 0; f < sizeof none / sizeof none[0]; f++)
        assert_false(nw_legal_form((const uint8_t *)none[f], strlen(none[f])));
}

static void test_a_name_before_a_firm_form_is_left(void **state)
{
    (void)state;
    static const struct pcase c[] = {
        /* rec39: a legal form at a sentence's end ("GmbH.") */
        {"Kunde: Anna Brewinler\nAnna Brewinler GmbH. liefert.",
         {"Anna Brewinler\n"},
         {"Anna Brewinler GmbH"}},
        /* rec40: "Hermanos", "mbB" (rec39's forms) */
        {"From: javier.zarmonez@example.es\nPedido de Zarmonez Hermanos enviado.",
         {0},
         {"Zarmonez Hermanos"}},
        {"Kanzlei: sabine.hofbauer@kanzlei.example\nHofbauer PartG mbB vertritt uns.",
         {0},
         {"Hofbauer PartG"}},
        {"cc: kaen.weindling@example.com\nKaen Weindling PartG mbB will join.",
         {0},
         {"Kaen Weindling PartG"}},
        {"cc: kaen.weindling@example.com\nKaen Weindling Hermanos will join.",
         {0},
         {"Kaen Weindling Hermanos"}},
        {"Mandantin: Sabine Hofbauer\nHOFBAUER PartG mbB\nhofbauer PartG mbB vertritt uns.",
         {"Sabine Hofbauer"},
         {"hofbauer PartG"}},
    };
    CHECK(c);
}

static void test_pii_beside_a_firm_form_is_still_masked(void **state)
{
    (void)state;
    static const struct pcase c[] = {
        /* the person again on the firm's line, after the firm, before it */
        {"Kunde: Anna Brewinler\nBrewinler GmbH. Brewinler unterschreibt morgen.",
         {"Anna Brewinler", "Brewinler unterschreibt"},
         {"Brewinler GmbH"}},
        {"Kunde: Anna Brewinler\nAnna Brewinler ruft an; Rechnung an Brewinler GmbH.",
         {"Anna Brewinler", "Anna Brewinler ruft"},
         {0}},
        {"Zarmonez Hermanos: Javier Zarmonez firmó el contrato.", {"Javier Zarmonez"}, {0}},
        {"cc: kaen.weindling@example.com\nKaen Weindling will join; Weindling GmbH. pays. "
         "Weindling agreed.",
         {"Kaen Weindling", "Weindling agreed"},
         {0}},
        {"Mandantin: Sabine Hofbauer\nHofbauer PartG mbB vertritt Frau Hofbauer.",
         {"Sabine Hofbauer", "Hofbauer."},
         {0}},
        /* a form of several fields, a phone, an address, an IP, an e-mail */
        {"Name: Javier Zarmonez\nFirma: Zarmonez Hermanos S.L.\nTel.: +34 612 345 678\n"
         "Dirección: Calle Mayor 12, 28013 Madrid",
         {"Javier Zarmonez", "PHONE=+34 612 345 678", "STREET_ADDRESS=Calle Mayor 12"},
         {0}},
        {"From: javier.zarmonez@example.es\nPedido de Zarmonez Hermanos enviado. Javier Zarmonez "
         "llama mañana al +34 612 345 678.",
         {"Javier Zarmonez llama", "PHONE=+34 612 345 678", "EMAIL=javier.zarmonez@"},
         {0}},
        {"Kanzlei: Hofbauer PartG mbB\nAnsprechpartnerin: Sabine Hofbauer, "
         "sabine.hofbauer@kanzlei.example, +49 89 1234567",
         {"Sabine Hofbauer", "EMAIL=sabine.hofbauer@", "PHONE=+49 89 1234567"},
         {0}},
        {"Ship to: Kaen Weindling\n12 Baker Street\nLondon NW1 6XE\nBilled to Weindling "
         "Holdings GmbH.",
         {"Kaen Weindling", "STREET_ADDRESS=12 Baker Street"},
         {0}},
        /* capitals and lower case */
        {"Mandantin: Sabine Hofbauer\nHOFBAUER PartG mbB\nsabine hofbauer ruft an.",
         {"Sabine Hofbauer", "sabine hofbauer"},
         {0}},
        /* other languages */
        {"Klant: Piet Visser\nVisser & Zonen. Piet Visser belt morgen vanaf 10.0.0.12.",
         {"Piet Visser", "Piet Visser belt", "IPV4=10.0.0.12"},
         {0}},
        {"Cliente: Giulia Bertolin\nBertolin Figli. Bertolin firma domani.",
         {"Giulia Bertolin", "Bertolin firma"},
         {0}},
        {"Cliente: Ana Cardoso\nCardoso Lda. paga. A Sra. Cardoso assina.",
         {"Ana Cardoso", "Cardoso assina"},
         {0}},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_merge_sorts_additions_among_the_findings),
        cmocka_unit_test(test_merge_leaves_an_addition_that_overlaps),
        cmocka_unit_test(test_overlaps_finds_a_finding_over_a_range),
        cmocka_unit_test(test_firm_after_takes_the_union_of_the_forms),
        cmocka_unit_test(test_legal_form_knows_every_form),
        cmocka_unit_test(test_a_name_before_a_firm_form_is_left),
        cmocka_unit_test(test_pii_beside_a_firm_form_is_still_masked),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
