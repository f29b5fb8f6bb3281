/* test_cost61.c: the cost round of stop 61 (issue 19, exact). names_ctxgate.c answers a run of
 * two words or more after ", " ("1600 Amphitheatre Parkway, Mountain View.") from four of the ten
 * helpers when the byte after the run is none that the other six read there
 * (nw_ctx_after_comma()): over a grid of words before the comma, runs, the bytes after them and
 * what opens the line, nw_audit_ctx_gate() finds the gate's answer equal to asking all ten at
 * every run, with and without a list's end before it; the shapes it handles and leaves are
 * pinned. names_leaks39.c's work title reads the verb before the run before the words after it
 * (its verdicts pinned: they pass on the start code too). person_run()'s lead loop asks two of
 * its lead tests only of words filed in their categories: each word they take is so filed.
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
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"
#include "anonymize/names_ctxgate.h"
#include "anonymize/names_internal.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* the word before the comma: the helpers' roles and kin words (names_docs.c, names_prose.c,
 * names_docs4.c), in capitals too, others, one of 24 letters, none */
static const char *const before[] = {"plaintiff",
                                     "Plaintiff",
                                     "intern",
                                     "Nachbar",
                                     "neighbour",
                                     "children",
                                     "Kinder",
                                     "figli",
                                     "Parkway",
                                     "Jonas",
                                     "x1",
                                     "1600",
                                     "caf\xC3\xA9",
                                     "guests",
                                     "cheers",
                                     "Regards",
                                     "aaaaaaaaaaaaaaaaaaaaaaaa",
                                     "Table 3:",
                                     ")",
                                     ""};
/* the run: two or three words, one word (left to the ten) */
static const char *const runs[] = {"Maria Keller", "Mountain View", "Ana de Souza", "Jan",
                                   "Jane Roe Smith"};
/* what follows the run */
static const char *const after[] = {".",
                                    ". More text",
                                    ";",
                                    ":",
                                    ")",
                                    "!",
                                    "?",
                                    "\"",
                                    "'s",
                                    " (my landlord)",
                                    ", son of Piet",
                                    ", mon voisin, a appel\xC3\xA9",
                                    " -> Bob",
                                    " - \xE2\x98\x85\xE2\x98\x85",
                                    " \xE2\x80\x93 \xE2\x98\x85",
                                    "\xE2\x80\x94 x",
                                    "-x",
                                    "]",
                                    "\n",
                                    "\r\n",
                                    " x2",
                                    " and me",
                                    ", Bea and me",
                                    " came over",
                                    " am Empfang",
                                    " is born",
                                    " (42)",
                                    " n\xC3\xA9 le 3",
                                    " qth",
                                    "",
                                    "/",
                                    "\\n"};
/* what opens the text */
static const char *const lead[] = {
    "", "Dear all, ", "Table 3: ", "2. ", "x\n", "An: Maria Keller\n"};

static void test_comma_gate_answers_as_the_helpers(void **state)
{
    (void)state;
    char text[256];
    int found = 0;
    for (size_t l = 0; l < sizeof lead / sizeof lead[0]; l++)
        for (size_t b = 0; b < sizeof before / sizeof before[0]; b++)
            for (size_t r = 0; r < sizeof runs / sizeof runs[0]; r++)
                for (size_t a = 0; a < sizeof after / sizeof after[0]; a++) {
                    int n = snprintf(text, sizeof text, "%s%s, %s%s", lead[l], before[b], runs[r],
                                     after[a]);
                    assert_true(n > 0 && (size_t)n < sizeof text);
                    size_t le[] = {0, strlen(lead[l]) ? strlen(lead[l]) - 1 : 0,
                                   strlen(lead[l]) + strlen(before[b])};
                    for (size_t k = 0; k < 3; k++) {
                        int f = nw_audit_ctx_gate(text, (size_t)n, le[k]);
                        if (f < 0)
                            fail_msg("the comma gate lost a helper's answer in: %s (list end %zu)",
                                     text, le[k]);
                        found += f;
                    }
                }
    assert_true(found >= 100); /* the helpers take runs of the grid: the audit asks real ones */
}

static int after_comma(const char *text, const char *run)
{
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)text;
    s.len = strlen(text);
    size_t start = (size_t)(strstr(text, run) - text);
    return nw_ctx_after_comma(&s, start, start + strlen(run));
}

static void test_comma_gate_shapes(void **state)
{
    (void)state;
    /* handled: a full run after ", " with a stop or a semicolon after it */
    assert_int_equal(after_comma("1600 Amphitheatre Parkway, Mountain View. My", "Mountain View"),
                     0);
    assert_int_equal(after_comma("Send it to Parkway, Mountain View;", "Mountain View"), 0);
    assert_int_equal(after_comma("the plaintiff, Jane Roe.", "Jane Roe"), 1);
    assert_int_equal(after_comma("our intern, Maria Keller!", "Maria Keller"), 1);
    assert_int_equal(after_comma("Die Kinder, Anna Vogt.", "Anna Vogt"), 1);
    /* left to the ten: one word, a space, comma, dash, bracket or line break after the run, no
     * word right before the comma, the text's end */
    assert_int_equal(after_comma("Parkway, Mountain.", "Mountain"), -1);
    assert_int_equal(after_comma("Parkway, Mountain View is", "Mountain View"), -1);
    assert_int_equal(after_comma("Parkway, Mountain View, CA", "Mountain View"), -1);
    assert_int_equal(after_comma("Parkway, Mountain View-x", "Mountain View"), -1);
    assert_int_equal(after_comma("Parkway, Mountain View]", "Mountain View"), -1);
    assert_int_equal(after_comma("Parkway, Mountain View\n", "Mountain View"), -1);
    assert_int_equal(after_comma("Parkway, Mountain View\xE2\x80\x94", "Mountain View"), -1);
    assert_int_equal(after_comma("(x), Mountain View.", "Mountain View"), -1);
    assert_int_equal(after_comma("Parkway, Mountain View", "Mountain View"), -1);
}

/* names_leaks39.c's work title: its byte tests and the verb before the run come before the walk
 * to an apposition after it (every test says no alone): the verdicts of a grid of verbs,
 * auxiliaries and what follows the title. */
static int work_title(const char *text, const char *title)
{
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)text;
    s.len = strlen(text);
    return nw_leaks39_work_title(&s, (size_t)(strstr(text, title) - text));
}

static void test_work_title_verdicts(void **state)
{
    (void)state;
    assert_int_equal(work_title("Victor Hugo wrote Les Mis\xC3\xA9rables in 1862.", "Les"), 1);
    assert_int_equal(work_title("Victor Hugo a \xC3\xA9"
                                "crit Les Mis\xC3\xA9rables.",
                                "Les"),
                     1);
    assert_int_equal(work_title("Tolstoy wrote Anna Karenina.", "Anna"), 1);
    /* an apposition after the run: a person the famous one wrote to */
    assert_int_equal(work_title("Victor Hugo wrote Paul Meurice, his editor.", "Paul"), 0);
    assert_int_equal(work_title("Victor Hugo wrote Paul Meurice (my neighbour).", "Paul"), 0);
    /* no verb of making, nobody famous, no word before */
    assert_int_equal(work_title("Victor Hugo met Les Mis\xC3\xA9rables fans.", "Les"), 0);
    assert_int_equal(work_title("Jan Keller wrote Anna Karenina.", "Anna"), 0);
    assert_int_equal(work_title("Parkway, Mountain View, his home.", "Mountain"), 0);
    assert_int_equal(work_title("Anna Karenina", "Anna"), 0);
    /* every verb of names_leaks39.c's list passes the test of its last letter */
    static const char *const made[] = {"wrote",
                                       "directed",
                                       "painted",
                                       "composed",
                                       "sculpted",
                                       "filmed",
                                       "authored",
                                       "schrieb",
                                       "verfasste",
                                       "malte",
                                       "komponierte",
                                       "drehte",
                                       "\xC3\xA9"
                                       "crit",
                                       "\xC3\xA9"
                                       "crivit",
                                       "r\xC3\xA9"
                                       "alis\xC3\xA9",
                                       "r\xC3\xA9"
                                       "alisa",
                                       "peint",
                                       "peignit",
                                       "compos\xC3\xA9",
                                       "composa",
                                       "schreef",
                                       "regisseerde",
                                       "schilderde",
                                       "componeerde",
                                       "escribi\xC3\xB3",
                                       "dirigi\xC3\xB3",
                                       "pint\xC3\xB3",
                                       "compuso",
                                       "scrisse",
                                       "diresse",
                                       "dipinse",
                                       "compose",
                                       "escreveu",
                                       "dirigiu",
                                       "pintou",
                                       "comp\xC3\xB4s"};
    char text[96];
    for (size_t i = 0; i < sizeof made / sizeof made[0]; i++) {
        snprintf(text, sizeof text, "Victor Hugo %s Les Mis\xC3\xA9rables.", made[i]);
        if (work_title(text, "Les") != 1)
            fail_msg("no work title after %s", made[i]);
    }
}

/* person_run()'s lead loop asks nw_prose_lead() only of a C_PROSE word and nw_ctx2_lead() only
 * of a C_CTX2 word, read off the nw_cats() it already has: every word either takes is so filed
 * (the words of their lists, in capitals and folded as the loop folds them, and look-alikes). */
static void test_lead_words_are_filed(void **state)
{
    (void)state;
    static const char *const words[] = {"laut",
                                        "selon",
                                        "seg\xC3\xBAn",
                                        "secondo",
                                        "volgens",
                                        "gem\xC3\xA4\xC3\x9F",
                                        "intern",
                                        "trainee",
                                        "nachbar",
                                        "nachbarin",
                                        "voisin",
                                        "vecina",
                                        "wife",
                                        "husband",
                                        "daughter",
                                        "son",
                                        "sister",
                                        "tochter",
                                        "fille",
                                        "colleague",
                                        "kollegin",
                                        "coll\xC3\xA8gue",
                                        "assistant",
                                        "mentor",
                                        "manager",
                                        "gru\xC3\x9F",
                                        "gr\xC3\xBC\xC3\x9F"
                                        "e",
                                        "saludos",
                                        "groeten",
                                        "beijos",
                                        "me",
                                        "nephew",
                                        "niece",
                                        "cousin",
                                        "enkel",
                                        "bruder",
                                        "schwester",
                                        "fr\xC3\xA8re",
                                        "s\xC5\x93ur",
                                        "neef",
                                        "broer",
                                        "zus",
                                        "sobrino",
                                        "hermana",
                                        "nipote",
                                        "cugina",
                                        "mann",
                                        "frau",
                                        "man",
                                        "vrouw",
                                        "femme",
                                        "partner",
                                        "freundin",
                                        "vriend",
                                        "ami",
                                        "novia",
                                        "fidanzato",
                                        "namorada",
                                        "kundin",
                                        "kunde",
                                        "klant",
                                        "cliente",
                                        "ansprechpartner",
                                        "mieter",
                                        "huurder",
                                        "inquilino",
                                        "locataire",
                                        "betreuerin",
                                        "carer",
                                        "zeuge",
                                        "witness",
                                        "t\xC3\xA9moin",
                                        "tutor",
                                        "vormund",
                                        "bewohner",
                                        "mandant",
                                        "assur\xC3\xA9"
                                        "e",
                                        "asegurado",
                                        "assicurata",
                                        "mountain",
                                        "amphitheatre",
                                        "john",
                                        "please",
                                        "hi",
                                        "my",
                                        "dr",
                                        "frau",
                                        "herr",
                                        "the",
                                        "via",
                                        "calle",
                                        "x"};
    int prose = 0, ctx2 = 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        unsigned fc = nw_cats(words[i]);
        if (nw_prose_lead(words[i])) {
            prose++;
            if (!(fc & C_PROSE))
                fail_msg("nw_prose_lead() takes %s, not filed C_PROSE", words[i]);
        }
        if (nw_ctx2_lead(words[i])) {
            ctx2++;
            if (!(fc & C_CTX2))
                fail_msg("nw_ctx2_lead() takes %s, not filed C_CTX2", words[i]);
        }
    }
    assert_true(prose >= 20 && ctx2 >= 30); /* the grid holds the lists' words */
}

static void test_comma_gate_prefixes_are_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Please update my shipping address to 1600 Amphitheatre Parkway, Mountain "
                      "View. My colleague, Jane Roe. Die Kinder, Anna Vogt.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_comma_gate_answers_as_the_helpers),
        cmocka_unit_test(test_comma_gate_shapes),
        cmocka_unit_test(test_work_title_verdicts),
        cmocka_unit_test(test_lead_words_are_filed),
        cmocka_unit_test(test_comma_gate_prefixes_are_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
