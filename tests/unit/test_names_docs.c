/* test_names_docs.c: PERSON where a pasted document's shape puts a name (names_docs.c and the
 * labels and postal-block hooks in names.c): legal roles and case names, kinship, org charts,
 * rosters, git shortlog and trailers, vCards, calendar invites, a name line over a postal block;
 * each with the look-alike it must leave alone. The names are invented (in no lexicon), so the
 * document's shape is what finds them. */
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
#include "anonymize/names_learn.h"

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_person_after_legal_role_and_kinship(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Zwischen Zorbuck Quillery, wohnhaft in Bern, und Tervo Danmoy wird",
         "PERSON=Zorbuck Quillery;PERSON=Tervo Danmoy"},
        {"Comparece Zorbuck Quillery, mayor de edad", "PERSON=Zorbuck Quillery"},
        {"COMES NOW the plaintiff, Vantrel Oskamp, by and through counsel.",
         "PERSON=Vantrel Oskamp"},
        {"Tervo Quillan, son of Qurvel Danmoy and Zeltrina Hovask, was born in 1950.",
         "PERSON=Tervo Quillan;PERSON=Qurvel Danmoy;PERSON=Zeltrina Hovask"},
        {"Zeltrina Hovask (née Brüggemeyer) married in 1952.", "PERSON=Brüggemeyer"},
        {"Zeltrina Hovask, geb. Dufrênoy, wohnt in Bern.",
         "PERSON=Zeltrina Hovask;PERSON=Dufrênoy"},
        {"I would like to remove my kid Dzhambek from the will.", "PERSON=Dzhambek"},
        {"ma fille Zeltrina est là", "PERSON=Zeltrina"},
        {"Admitted 04/02, referred by Zorbuck Quillery.", "PERSON=Zorbuck Quillery"},
        {"Reporting to Zorbuck Quillery.", "PERSON=Zorbuck Quillery"},
        {"Pt. seen by Zorbuck Quillery for follow-up", "PERSON=Zorbuck Quillery"},
        {"Patiënt Zorbuck Quillery werd gezien door dr. Halvkinen.",
         "PERSON=Zorbuck Quillery;PERSON=Halvkinen"},
        {"Überweisung von Dr. med. Zorbuck.", "PERSON=Zorbuck"},
        {"I recommend Zorbuck without reservation.", "PERSON=Zorbuck"},
        {"The Patient Portal is down", ""},
        {"Pt. C. Zorbuck, 67 y/o, seen by Dr Quillery", "PERSON=C. Zorbuck;PERSON=Quillery"},
        {"decoding Intel PT.  It can be used", ""},
        {"Dimitris ha sistemato la build, Zeltrina Danmoy la controlla domani.",
         "PERSON=Dimitris;PERSON=Zeltrina Danmoy"},
        {"KARATAŞ, Hağla (MRN 557753)\nAdmitted 04/02", "PERSON=KARATAŞ, Hağla"},
        {"ZORBUCK, Vantrel\nAdmitted 04/02", "PERSON=ZORBUCK, Vantrel"},
        {"NOTE, Please read this\nERROR, Timeout\n", ""},
        {"see ZORBUCK, Vantrel\n", ""},
        {"parcel left with neighbour, Zorbuck Quillery at no. 12.", "PERSON=Zorbuck Quillery"},
        {"References\nZorbuck Quillery, Head of Platform\nTervo Danmoy, former manager",
         "PERSON=Zorbuck Quillery;PERSON=Tervo Danmoy"},
        {"Release Notes, Senior edition", ""},
        /* a role before a company, a lone word before an apposition */
        {"the plaintiff, Acme Widgets, filed", ""},
        {"Kubernetes, son of a gun", ""},
    };
    CHECK(c);
}

static void test_person_in_case_name_org_chart_roster_and_shortlog(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"as held in Zorbuck v. Quillery, 512 F.3d 147", "PERSON=Zorbuck;PERSON=Quillery"},
        {"Org chart:\nVantrel Oskamp -> Zorbuck Quillery",
         "PERSON=Vantrel Oskamp;PERSON=Zorbuck Quillery"},
        {"U12 roster\n#7 Vantrel Oskamp\n#9 Zorbuck Quillery (C)",
         "PERSON=Vantrel Oskamp;PERSON=Zorbuck Quillery"},
        {"$ git shortlog -sn\n   42\tVantrel Oskamp\n    7\tZorbuck Quillery",
         "PERSON=Vantrel Oskamp;PERSON=Zorbuck Quillery"},
        /* companies in a case name: an ordinary word, or "&" */
        {"compare Johnson Controls v. Zorbuck and Ernst & Young v. Quillery",
         "PERSON=Zorbuck;PERSON=Quillery"},
        {"Build Tools -> Release Notes", ""},
        {"ALabel -> Ulabel -> ALabel result differs", ""},
    };
    CHECK(c);
}

static void test_person_in_vcard_git_trailer_and_invite(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BEGIN:VCARD\nVERSION:3.0\nFN:Vantrel Oskamp\nN:Oskamp;Vantrel;;;\nEND:VCARD",
         "PERSON=Vantrel Oskamp;PERSON=Oskamp;PERSON=Vantrel"},
        {"Reviewed-by: Vantrel Oskamp\nTested-by: Zorbuck Quillery",
         "PERSON=Vantrel Oskamp;PERSON=Zorbuck Quillery"},
        {"Organizer: Vantrel Oskamp\nGuests: Zorbuck Quillery, Brouwerlink",
         "PERSON=Vantrel Oskamp;PERSON=Zorbuck Quillery;PERSON=Brouwerlink"},
        {"Approved: L. N. Hossraman\nChecked: Zorbuck Quillery",
         "PERSON=L. N. Hossraman;PERSON=Zorbuck Quillery"},
        {"Reply-To: info.desk@example.com (Zorbuck Quillery)", "PERSON=Zorbuck Quillery"},
        {"Alineación: Zorbuck Quillery, Vantrel Oskamp.",
         "PERSON=Zorbuck Quillery;PERSON=Vantrel Oskamp"},
        {"Speakers: Zorbuck Quillery, Vantrel Oskamp",
         "PERSON=Zorbuck Quillery;PERSON=Vantrel Oskamp"},
        /* a team is named by what it does */
        {"Team: Backend, Frontend", ""},
        {"Cc: \"Zorbuck, Vantrel\" <vz@example.com>, \"Quillery, Tervo\" <tq@example.com>",
         "PERSON=Zorbuck;PERSON=Vantrel;PERSON=Quillery;PERSON=Tervo"},
        {"say \"Quillery, Tervo\" to him", ""},
        {"Class 5B: Zorbuck, Vantrel; Quillery, Tervo",
         "PERSON=Zorbuck;PERSON=Vantrel;PERSON=Quillery;PERSON=Tervo"},
        {"Tags: Python, Django; Flask, Jinja", ""},
        /* FN: outside a vCard, a name in parentheses after no address */
        {"see the docs (Zorbuck Quillery)", ""},
        {"FN:Vantrel Oskamp", ""},
    };
    CHECK(c);
}

static void test_person_as_name_line_over_postal_block(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Vantrel Oskamp\nVia Roma 12\n00184 Roma", "PERSON=Vantrel Oskamp"},
        {"Ship to:\nZeltrina Hovask\n7 rue des Lilas\n75011 Paris", "PERSON=Zeltrina Hovask"},
        /* a name whose letters look like words (mean below 7) is no name line here, but the
         * addressee pass (names_block40.c) takes a line of name words alone above the street */
        {"Zorbuck Quillery\n7 rue des Lilas\n75011 Paris", "PERSON=Zorbuck Quillery"},
        {"Release Notes\n7 rue des Lilas\n75011 Paris", ""},
        /* the person label on the line above, a name-shape the name line alone would not pass */
        {"Enviar a:\nZorbuck Quillery\nVia Roma 12\n00184 Roma", "PERSON=Zorbuck Quillery"},
        {"Patient:\nZorbuck Quillery\nAge: 54", "PERSON=Zorbuck Quillery"},
        {"Notes:\nKubernetes Operators", ""},
    };
    CHECK(c);
}

/* A letter no ordinary word of the pack's languages has ("ð", "ł", "ř", "ş") is a name's
 * evidence: "Sigríður" scored -2 by its trigrams alone. */
static void test_name_shape_counts_letters_no_pack_word_has(void **state)
{
    (void)state;
    const char *names[] = {"Sigríður", "Þórhildur"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        assert_true(nw_name_shape((const uint8_t *)names[i], strlen(names[i])) >= 12);
    static const struct tcase c[] = {
        {"Sigríður Björklund\n7 rue des Lilas\n75011 Paris", "PERSON=Sigríður Björklund"},
    };
    CHECK(c);
}

/* Two initials and a surname are a person by their form; "thanks to" names people. */
static void test_person_by_initials_and_thanks_to(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"J. M. Zorbuck and M. Quillery wrote the original parser.",
         "PERSON=J. M. Zorbuck;PERSON=M. Quillery"},
        {"Thanks to Zorbuck Quillery and Tervo Danmoy for testing.",
         "PERSON=Zorbuck Quillery;PERSON=Tervo Danmoy"},
        {"U. S. Steel is big", ""},
    };
    CHECK(c);
}

/* One unknown name-shaped word as the subject of a verb with an object after it. */
static void test_person_as_subject_of_verb_with_object(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mehreya reports chest pain since Tuesday.", "PERSON=Mehreya"},
        {"Oğmet hat den Fehler gefunden.", "PERSON=Oğmet"},
        {"Kwadu a corrigé le bug.", "PERSON=Kwadu"},
        /* no object, or an ordinary word as the subject */
        {"Mehreya reports.", ""},
        {"Release fixed the build.", ""},
        /* after an auxiliary, an address's local part is no object (Spanish "a": "to") */
        {"Envíalo a emmamoreau＠hotmail.es.", ""},
        {"Mándaselo a emmamoreau＠hotmail.es.", ""},
        {"Kwadu a corrigé, merci.", "PERSON=Kwadu"},
    };
    CHECK(c);
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_after_legal_role_and_kinship),
        cmocka_unit_test(test_person_in_case_name_org_chart_roster_and_shortlog),
        cmocka_unit_test(test_person_in_vcard_git_trailer_and_invite),
        cmocka_unit_test(test_person_as_name_line_over_postal_block),
        cmocka_unit_test(test_name_shape_counts_letters_no_pack_word_has),
        cmocka_unit_test(test_person_as_subject_of_verb_with_object),
        cmocka_unit_test(test_person_by_initials_and_thanks_to),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
