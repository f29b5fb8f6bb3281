/* test_names_learn.c: the learnt PERSON context model (names_learn.c, branches learn39-42):
 * the features of a known run, the weight table compiled from anonymize/data/person_model.txt,
 * the runs it adds on invented names in text the rules turn down (found with the model, missed
 * with it switched off), the gate's look-alikes (ordinary words, contractions, source code) that
 * it is never asked about, and the lone unknown words it is asked about beside a person and
 * leaves when they are a product's; the view offsets the trainer moves back to the record's
 * bytes, the rare surnames a run of several words may hold, and the runs an initial opens.
 * (test_names_learn_retrains, contrib/bench/CMakeLists.txt, retrains the model and compares it
 * with the committed file.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_learn.h"

#define NAMES_SKIP_TYPE "STREET_ADDRESS"
#include "names_cases.h"

struct seen {
    size_t runs, a, b;
    int kept; /* the last run's */
    uint32_t f[NW_LEARN_MAXF];
    size_t nf;
};

static void on_run(void *arg, const char *text, size_t len, size_t a, size_t b,
                   const uint32_t *feat, size_t nfeat, int score, int kept)
{
    struct seen *s = arg;
    (void)text;
    (void)len;
    (void)score;
    s->kept = kept;
    if (s->runs++ == 0) {
        s->a = a;
        s->b = b;
        memcpy(s->f, feat, nfeat * sizeof *feat);
        s->nf = nfeat;
    }
}

static int has(const struct seen *s, const char *name, const char *value)
{
    uint32_t f = nw_learn_feature(name, value);
    for (size_t k = 0; k < s->nf; k++)
        if (s->f[k] == f)
            return 1;
    return 0;
}

static void test_a_known_run_gives_known_features(void **state)
{
    (void)state;
    static const char text[] = "Peux-tu relancer le build ? - Dervan Holtmaier in #team-paris";
    struct seen s = {0};
    nw_learn_trace(on_run, &s);
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    nw_learn_trace(NULL, NULL);
    assert_int_equal(n, 0); /* while traced the model finds nothing */
    free(f);
    assert_int_equal(s.runs, 1);
    assert_int_equal(s.a, strstr(text, "Dervan") - text);
    assert_int_equal(s.b, strstr(text, " in #") - text);
    assert_true(has(&s, "bias", ""));
    assert_true(has(&s, "nw", "2"));
    assert_true(has(&s, "f.w", "dervan"));
    assert_true(has(&s, "l.w", "holtmaier"));
    assert_true(has(&s, "l.s3", "ier"));
    assert_true(has(&s, "p1", "build"));
    assert_true(has(&s, "g1", "-?"));
    assert_true(has(&s, "n1", "in"));
    assert_true(has(&s, "n2", "team"));
    assert_true(has(&s, "lopen", "0"));
    assert_false(has(&s, "poss", ""));
}

/* The table holds what anonymize/data/person_model.txt says, every weight of it, and nothing
 * else; the threshold too. */
static void test_the_table_is_the_model_file(void **state)
{
    (void)state;
    FILE *m = fopen(HUSH_SOURCE_DIR "/anonymize/data/person_model.txt", "r");
    assert_non_null(m);
    char line[128];
    long i, w, thr = -1;
    size_t lines = 0, nonzero = 0;
    while (fgets(line, sizeof line, m)) {
        if (sscanf(line, "threshold %ld", &thr) == 1)
            continue;
        if (sscanf(line, "%ld %ld", &i, &w) != 2)
            continue;
        assert_true(i >= 0 && i < (long)NW_LEARN_SIZE);
        assert_int_equal(nw_learn_weight((uint32_t)i), w);
        lines++;
    }
    fclose(m);
    for (uint32_t k = 0; k < NW_LEARN_SIZE; k++)
        nonzero += nw_learn_weight(k) != 0;
    assert_int_equal(nonzero, lines);
    assert_true(lines > 1000);
    assert_int_equal(nw_learn_threshold(), thr);
    assert_int_not_equal(nw_learn_weight(nw_learn_feature("bias", "")), 0);
}

/* Invented names the rules turn down and the model finds: a name on the line before an address
 * label, a chat sign-off before its channel. */
static void test_the_model_finds_what_the_rules_miss(void **state)
{
    (void)state;
    int old = nw_learn_enable(1);
    static const struct tcase c[] = {
        {"Quindra Pellavari\nAdresse : Rue de Spa 18, 4000 Liège", "PERSON=Quindra Pellavari"},
        {"Peux-tu relancer le build ? - Dervan Holtmaier in #team-paris",
         "PERSON=Dervan Holtmaier"},
        /* cases the rule tests pin as unfound by the rules alone (they run with the model off) */
        {"FN:Vantrel Oskamp", "PERSON=Vantrel Oskamp"},
        {"Wilej Boomkamp: Goedemorgen allemaal.\n", "PERSON=Wilej Boomkamp"},
        {"Zzz: Dorur Anurliaini\n", "PERSON=Dorur Anurliaini"},
        /* a model's decision: learn41's own model scored the run under its threshold; the one
         * retrained on stop 41's merged tree finds it again, as learn39's and learn40's did */
        {"Lucía Herrera, Ana y yo vamos.", "PERSON=Lucía Herrera;PERSON=Ana"},
        /* a model's decision that leaks: the model retrained on stop 44's merged tree (threshold
         * 176, up from 112 with the new look-alike corpora) scores this run under its threshold,
         * as the rules alone leave it; pinned so that the next rule or model that finds it says so
         */
        {"Zorbuck Quillery rewrote the parser", ""},
    };
    CHECK(c);
    nw_learn_enable(0);
    static const struct tcase off[] = {
        {"Quindra Pellavari\nAdresse : Rue de Spa 18, 4000 Liège", ""},
        {"Peux-tu relancer le build ? - Dervan Holtmaier in #team-paris", ""},
    };
    CHECK(off);
    nw_learn_enable(old);
}

/* The gate: ordinary words, a contraction, a source-code line, a lone word with no cue. */
static void test_the_gate_keeps_look_alikes_out(void **state)
{
    (void)state;
    int old = nw_learn_enable(1);
    static const struct tcase c[] = {
        {"Peux-tu relancer le build ? - Unix Makefile in #team-paris", ""},
        {"- Missing Build-Depends on debhelper.", ""},
        {"Couldn't Parse the file, see Bazel docs", ""},
        {"#define EM_SE_C33 107 /* Seiko Epson S1C33 family */", ""},
        {"  * Catalan from Debian BTS. Closes: #1026972", ""},
    };
    CHECK(c);
    nw_learn_enable(old);
}

struct count {
    size_t runs, kept;
    char first[64];
};

static void count_run(void *arg, const char *text, size_t len, size_t a, size_t b,
                      const uint32_t *feat, size_t nfeat, int score, int kept)
{
    struct count *c = arg;
    (void)len;
    (void)feat;
    (void)nfeat;
    (void)score;
    c->kept += kept != 0;
    if (c->runs++ == 0)
        snprintf(c->first, sizeof c->first, "%.*s", (int)(b - a), text + a);
}

/* The runs of text the gate lets through to the model (counted while traced). */
static size_t asked(const char *text, char *first, size_t cap)
{
    struct count c = {0};
    nw_learn_trace(count_run, &c);
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    nw_learn_trace(NULL, NULL);
    free(f);
    snprintf(first, cap, "%s", c.first);
    return c.runs;
}

/* learn40: a lone unknown word is asked about only in a text where a person was found before
 * it; then the model finds a child's given name in a family form and leaves a product's name in
 * a developer's message (the developer-text negatives it was trained with). */
static void test_a_lone_unknown_word_beside_a_person(void **state)
{
    (void)state;
    int old = nw_learn_enable(1);
    static const struct tcase c[] = {
        {"Kind: Karsenbrook, Oswilde (geb. 14.06.2021)\nElternteil: Marlit Karsenbrook",
         "PERSON=Karsenbrook;PERSON=Oswilde;DATE_OF_BIRTH=14.06.2021;PERSON=Marlit Karsenbrook"},
        {"Hallo Maria, seit dem Update startet Quorvane nicht mehr.", "PERSON=Maria"},
        {"Ask Maria about it. Pandorix reads its config from the router section.", "PERSON=Maria"},
        {"Hallo Maria, ich habe gestern mit Mechbert gesprochen.", "PERSON=Maria"},
    };
    CHECK(c);
    nw_learn_enable(0);
    static const struct tcase off[] = {
        {"Kind: Karsenbrook, Oswilde (geb. 14.06.2021)\nElternteil: Marlit Karsenbrook",
         "PERSON=Karsenbrook;DATE_OF_BIRTH=14.06.2021;PERSON=Marlit Karsenbrook"},
    };
    CHECK(off);
    nw_learn_enable(old);
    char first[64];
    assert_int_equal(
        asked("Hallo Maria, seit dem Update startet Quorvane nicht mehr.", first, sizeof first), 1);
    assert_string_equal(first, "Quorvane"); /* asked, and left */
    /* no person before it: never asked (German nouns, products in developer text) */
    assert_int_equal(asked("Seit dem Update startet Quorvane nicht mehr.", first, sizeof first), 0);
    assert_int_equal(asked("Does Pandorix work with Hollisk? It crashes.", first, sizeof first), 0);
    /* a letter before a hyphen is no name, even beside a person */
    assert_int_equal(asked("Dear Sofia, the X-Range option is gone.", first, sizeof first), 0);
}

/* learn40: a run of several words with a firm's or an institution's word is never asked about
 * (names_labels7.c's list); the people around it are still found. */
static void test_a_firm_word_keeps_the_run_out(void **state)
{
    (void)state;
    int old = nw_learn_enable(1);
    char first[64];
    assert_int_equal(asked("Huurder: Bouwbedrijf Dijkstra Wonen\n", first, sizeof first), 0);
    assert_int_equal(asked("Sponsor: Stichting Quendrik Ilvarra\n", first, sizeof first), 0);
    static const struct tcase c[] = {
        {"Huurder: Bouwbedrijf Dijkstra Wonen\n", ""},
        {"Huurder: Bouwbedrijf Dijkstra Wonen\nContactpersoon: Karel Vennick, tel. 0612345678\n",
         "PERSON=Karel Vennick"},
        /* the rules' span runs on over the body here; the person is masked either way */
        {"Frau Quindra Pellavari von der Stichting Thuis hat angerufen.",
         "PERSON=Quindra Pellavari von der Stichting Thuis"},
        {"Kind: Karsenbrook, Oswilde (geb. 14.06.2021)\nElternteil: Marlit Karsenbrook\n"
         "Schule: Stichting Wonen Noord",
         "PERSON=Karsenbrook;PERSON=Oswilde;DATE_OF_BIRTH=14.06.2021;PERSON=Marlit Karsenbrook"},
        {"STICHTING THUIS, z.Hd. Marlit Karsenbrook, Dorpsstraat 4", "PERSON=Marlit Karsenbrook"},
    };
    CHECK(c);
    nw_learn_enable(old);
}

/* learn41: the trainer labels a run by the record's bytes; the scanner reports the detection
 * view's (a no-break space or a full-width letter is one ASCII byte there). */
static void test_view_offsets_move_back_to_the_text(void **state)
{
    (void)state;
    static const char nbsp[] = "Anna\xC2\xA0"
                               "Berg kommt";
    size_t a[2] = {5, 0}, b[2] = {9, 4}; /* "Berg", "Anna" in the view "Anna Berg kommt" */
    assert_int_equal(anon_view_to_text(nbsp, strlen(nbsp), a, b, 2), 0);
    assert_int_equal(a[0], 6);
    assert_int_equal(b[0], 10);
    assert_int_equal(a[1], 0);
    assert_int_equal(b[1], 4);
    static const char wide[] = "\xEF\xBC\xA1\xEF\xBC\xA2 Dorvel"; /* "ＡＢ Dorvel" */
    a[0] = 3, b[0] = 9;
    assert_int_equal(anon_view_to_text(wide, strlen(wide), a, b, 1), 0);
    assert_int_equal(a[0], 7);
    assert_int_equal(b[0], 13);
    a[0] = 0, b[0] = 2; /* "AB": the whole characters */
    assert_int_equal(anon_view_to_text(wide, strlen(wide), a, b, 1), 0);
    assert_int_equal(a[0], 0);
    assert_int_equal(b[0], 6);
    static const char plain[] = "Anna Berg kommt"; /* no view: the offsets stay */
    a[0] = 5, b[0] = 9;
    assert_int_equal(anon_view_to_text(plain, strlen(plain), a, b, 1), 0);
    assert_int_equal(a[0], 5);
    assert_int_equal(b[0], 9);
}

/* learn41: an unknown word of a run of several words may have a low letter-shape score
 * ("Quarncombe" -9): the run is asked about; a word that scores lower still keeps it out. */
static void test_a_rare_surname_in_a_run_is_asked_about(void **state)
{
    (void)state;
    int old = nw_learn_enable(1);
    char first[64];
    assert_int_equal(asked("Lecteurs du jeudi : Dorvel Quarncombe.\n", first, sizeof first), 1);
    assert_string_equal(first, "Dorvel Quarncombe");
    assert_int_equal(asked("Lecteurs du jeudi : Dorvel Sposta.\n", first, sizeof first), 0);
    nw_learn_enable(old);
}

/* learn42: a run opened by an initial with its dot that the rules turn down ("T. Zandvreek" in
 * a table cell, after a signature's dash or a form's label, a surname of a low letter shape or an
 * English word after the initial) is asked about and found; an initial without its dot ("Invert
 * A Changeset"), an ordinary word after the initial ("A. Summary", "I. Introduction"), a
 * journal's abbreviations, a figure's number and a street named after a person ("C.
 * Beerninckstraat 12") are not names. */
static void test_an_initial_and_a_surname_are_asked_about(void **state)
{
    (void)state;
    int old = nw_learn_enable(1);
    static const struct tcase c[] = {
        {"| 3 | T. Zandvreek | Design | 27-02-1999 |",
         "PERSON=T. Zandvreek;DATE_OF_BIRTH=27-02-1999"},
        {"Behandelnde \xC3\x84rztin \xE2\x80\x94 K. Brouwelink, Tier\xC3\xA4rztin",
         "PERSON=K. Brouwelink"},
        {"L'ufficiale d'anagrafe, I. Mazzoferri", "PERSON=I. Mazzoferri"},
        {"Firma: B. Valabrettin", "PERSON=B. Valabrettin"},
        {"| 17 | C. Pellwick | crown prep | 13.05.2025 |", "PERSON=C. Pellwick"},
        {"police came and took a statement from L. Smith too", "PERSON=L. Smith"},
        {"see J. Am. Chem. Soc. 2019 for the method", ""},
        {"A. Summary of the changes", ""},
        {"I. Introduction", ""},
        {"Section B. Grant Application", ""},
        {"The U. S. Army manual", ""},
        {"See Fig. 3. Results follow.", ""},
        {"C. Beerninckstraat 12", ""},
        {"Zie bijlage, P. Tollenaerestraat", ""},
    };
    CHECK(c);
    nw_learn_enable(0);
    static const struct tcase off[] = {
        {"| 3 | T. Zandvreek | Design | 27-02-1999 |", "DATE_OF_BIRTH=27-02-1999"},
        {"L'ufficiale d'anagrafe, I. Mazzoferri", ""},
        {"Firma: B. Valabrettin", ""},
    };
    CHECK(off);
    nw_learn_enable(1);
    char first[64];
    assert_int_equal(asked("Firma: B. Valabrettin", first, sizeof first), 1);
    assert_string_equal(first, "B. Valabrettin");
    assert_int_equal(asked("** CAPI3REF: Invert A Changeset\n", first, sizeof first), 0);
    assert_int_equal(asked("A. Summary of the changes", first, sizeof first), 0);
    nw_learn_enable(old);
}

/* learn43: a lone unknown word that person_at() judged in a context and turned down (path 2) is
 * asked about when a person was found in the 400 bytes before it; never with no person before it,
 * nor with one found far before it (a long file: a translation catalogue, a header's comments). */
static void test_a_lone_word_the_rules_turned_down_is_asked_near_a_person(void **state)
{
    (void)state;
    int old = nw_learn_enable(1);
    static const struct tcase c[] = {
        {"Betreute Kinder: Rudke (geb. 2018-08-16), Giselwarn (geb. 16. Dezember 2019).",
         "PERSON=Rudke;DATE_OF_BIRTH=2018-08-16;PERSON=Giselwarn;DATE_OF_BIRTH=16. Dezember 2019"},
        {"Lieferung an Jonas Weber. Remise en main propre avec Fabrelline, tout etait conforme.",
         "PERSON=Jonas Weber;PERSON=Fabrelline"},
        {"Hi Anna Keller, the Brevatron 3000 crashed again. Error in Quorvane module.",
         "PERSON=Anna Keller"},
    };
    CHECK(c);
    nw_learn_enable(0);
    static const struct tcase off[] = {
        {"Lieferung an Jonas Weber. Remise en main propre avec Fabrelline, tout etait conforme.",
         "PERSON=Jonas Weber"},
    };
    CHECK(off);
    nw_learn_enable(1);
    char first[64], far[700];
    /* "Hilfe" after msgstr: person_at() turned it down in a context (path 2); asked beside Anna
     * Keller, never without her, nor with her 500 bytes before it (a translation catalogue) */
    assert_int_equal(
        asked("Anna Keller wrote:\nmsgid  \"Help\"\nmsgstr \"Hilfe\"\n--END", first, sizeof first),
        1);
    assert_string_equal(first, "Hilfe");
    assert_int_equal(asked("msgid  \"Help\"\nmsgstr \"Hilfe\"\n--END", first, sizeof first), 0);
    size_t k = (size_t)snprintf(far, sizeof far, "Anna Keller wrote:\n");
    for (; k < 520; k++)
        far[k] = k % 60 ? 'x' : '\n';
    snprintf(far + k, sizeof far - k, "\nmsgid  \"Help\"\nmsgstr \"Hilfe\"\n--END");
    assert_int_equal(asked(far, first, sizeof first), 0);
    nw_learn_enable(old);
}

/* model45: the trace tells the trainer whether the filters after the model would keep a run (a
 * thing's label before it: the product never emits it whatever its score); the run sent down the
 * chain to learn it never becomes a finding. */
static struct count probe_runs(const char *text)
{
    struct count c = {0};
    nw_learn_trace(count_run, &c);
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    nw_learn_trace(NULL, NULL);
    const char *r = strstr(text, c.first);
    assert_non_null(r);
    size_t ra = (size_t)(r - text), rb = ra + strlen(c.first);
    for (size_t k = 0; k < n; k++) /* the rules' findings only: none on the run asked */
        assert_false(f[k].start < rb && ra < f[k].end);
    free(f);
    return c;
}

static void test_the_trace_tells_which_runs_the_filters_drop(void **state)
{
    (void)state;
    struct count c = probe_runs("Peux-tu relancer le build ? - Dervan Holtmaier in #team-paris");
    assert_int_equal(c.runs, 1);
    assert_int_equal(c.kept, 1);
    assert_string_equal(c.first, "Dervan Holtmaier");
    c = probe_runs("Constatazione amichevole\nVeicolo A: Hyundai Tucson\nCompagnia: Aviva\n");
    assert_int_equal(c.runs, 1);
    assert_int_equal(c.kept, 0);
    assert_string_equal(c.first, "Hyundai Tucson");
    c = probe_runs("Pledgor: Sarah Brennan\nItem: Gucci Marmont\nClerk: Vantrel Oskamp\n");
    assert_int_equal(c.runs, 1); /* the two people are the rules' */
    assert_int_equal(c.kept, 0);
    assert_string_equal(c.first, "Gucci Marmont");
}

/* model47: the features that tell what kind of text a run stands in (change logs and code hold
 * capitalised tools and products where forms hold names). The trace keeps the features of the
 * first run whose text is want. */
struct wanted {
    const char *want;
    struct seen s;
};

static void on_wanted(void *arg, const char *text, size_t len, size_t a, size_t b,
                      const uint32_t *feat, size_t nfeat, int score, int kept)
{
    struct wanted *w = arg;
    (void)len;
    (void)score;
    (void)kept;
    if (w->s.runs || b - a != strlen(w->want) || memcmp(text + a, w->want, b - a) != 0)
        return;
    w->s.runs = 1;
    w->s.a = a;
    w->s.b = b;
    memcpy(w->s.f, feat, nfeat * sizeof *feat);
    w->s.nf = nfeat;
}

static struct seen features_of(const char *text, const char *want)
{
    struct wanted w = {want, {0}};
    nw_learn_trace(on_wanted, &w);
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    free(f);
    nw_learn_trace(NULL, NULL);
    assert_int_equal(w.s.runs, 1); /* asked about */
    return w.s;
}

static void test_the_kind_of_text_is_a_feature(void **state)
{
    (void)state;
    /* a change log's bullet: a person found 21 bytes before, lower-case words after the run, the
     * bytes of markup and the digits around it; the second run asked has a word joined by a
     * hyphen to a capitalised one */
    static const char log[] = "Thanks to Maria Keller for the review.\n"
                              "  * Bump Doxygen compat level to 13 (Closes: #123).\n"
                              "  * Mark Multi-Arch foreign.\n";
    struct seen s = features_of(log, "Bump Doxygen");
    assert_true(has(&s, "lhead", "b"));
    assert_true(has(&s, "lcp", "0"));
    assert_true(has(&s, "lcn", "3"));   /* compat level to */
    assert_true(has(&s, "tech", "3"));  /* '*', '(', '#', ')' and the next line's '*': 4-7 */
    assert_true(has(&s, "dig", "3"));   /* 13, 123: 4-7 digits */
    assert_true(has(&s, "dist", "0"));  /* under 32 bytes after Maria Keller */
    assert_true(has(&s, "asked", "0")); /* the first run asked */
    assert_true(has(&s, "inner", "0"));
    s = features_of(log, "Mark Multi-Arch");
    assert_true(has(&s, "inner", "1"));
    assert_true(has(&s, "asked", "1"));
    assert_true(has(&s, "lcn", "1"));
    /* a product in a comment of a line of code: bytes of code around it */
    s = features_of("Anna Keller wrote:\n    cfg = load(\"x\"); /* ok */\n"
                    "    codec = zstd(level=3) {fast}; // Zstandard\n",
                    "Zstandard");
    assert_true(has(&s, "lhead", "a"));
    assert_true(has(&s, "lcp", "3")); /* codec zstd level fast: 3 or more */
    assert_true(has(&s, "lcn", "0"));
    assert_true(has(&s, "tech", "5")); /* 8 + 9 bytes of code: 16-31 */
    assert_true(has(&s, "dig", "1"));
    assert_true(has(&s, "inner", "0"));
    /* a lone surname in a form: a field's value, nothing else on its line, no code, no digit */
    s = features_of("Patient: Jonas Weber\nBegleitperson: Fabrelline\n", "Fabrelline");
    assert_true(has(&s, "lhead", "a"));
    assert_true(has(&s, "lcp", "0"));
    assert_true(has(&s, "lcn", "0"));
    assert_true(has(&s, "tech", "0"));
    assert_true(has(&s, "dig", "0"));
    assert_true(has(&s, "dist", "0"));
    assert_true(has(&s, "asked", "0"));
    /* a person found far before the run */
    char far[1200];
    size_t k = (size_t)snprintf(far, sizeof far, "Anna Keller wrote:\n");
    for (; k < 1100; k++)
        far[k] = k % 60 ? 'x' : '\n';
    snprintf(far + k, sizeof far - k, "\nError in Quorvane module.\n");
    s = features_of(far, "Quorvane");
    assert_true(has(&s, "dist", "6")); /* 1,099 bytes: 32 x 32 or more */
    assert_true(has(&s, "lcp", "1"));
    assert_true(has(&s, "lcn", "1"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_known_run_gives_known_features),
        cmocka_unit_test(test_the_table_is_the_model_file),
        cmocka_unit_test(test_the_model_finds_what_the_rules_miss),
        cmocka_unit_test(test_the_gate_keeps_look_alikes_out),
        cmocka_unit_test(test_a_lone_unknown_word_beside_a_person),
        cmocka_unit_test(test_a_firm_word_keeps_the_run_out),
        cmocka_unit_test(test_view_offsets_move_back_to_the_text),
        cmocka_unit_test(test_a_rare_surname_in_a_run_is_asked_about),
        cmocka_unit_test(test_an_initial_and_a_surname_are_asked_about),
        cmocka_unit_test(test_a_lone_word_the_rules_turned_down_is_asked_near_a_person),
        cmocka_unit_test(test_the_trace_tells_which_runs_the_filters_drop),
        cmocka_unit_test(test_the_kind_of_text_is_a_feature),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
