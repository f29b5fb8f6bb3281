/* test_leaks45.c: the leaks stop 44 left open, through the default packs: XML elements that name
 * a person's name part and E2B's birth date; SEPA's <Nm> of a debtor (a firm under <Cdtr> stays);
 * a French naturalisation decree's line; a title, a surname in capitals and a given name that is
 * also a word; the labels of payment slips and leases in pl/sv/da/no/cs/tr/ro (firms and tax
 * offices after them stay); a role label after a step's number; kin nouns of da/no/sv/cs/pl/tr/ro;
 * a labelled `Surname, Given` as one finding and a form's template as none; short surnames under
 * surname keys in dict reprs and beside the other part's key; TOML authors in lower case (package
 * names stay); Google, Siri and Cortana commands (kin, places and the weather stay).
 * Each case lists every finding ("TYPE=value;..."), so a widened rule shows what it takes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_xml_elements_that_name_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<safetyreport>\n  <reportergivename>Sarah</reportergivename>\n  "
         "<reporterfamilyname>Harding</reporterfamilyname>\n  "
         "<patientbirthdate>19541019</patientbirthdate>\n</safetyreport>",
         "PERSON=Sarah;PERSON=Harding;DATE_OF_BIRTH=19541019"},
        {"<r><ownerFirstName>Fenbremau</ownerFirstName><ownerLastName>Rutzfenler</ownerLastName>"
         "</r>",
         "PERSON=Fenbremau;PERSON=Rutzfenler"},
        {"<Record>\n  <nomTitulaire>Claire Moreau</nomTitulaire>\n</Record>",
         "PERSON=Claire Moreau"},
        /* things named by their elements stay */
        {"<r><drugname>Metformin</drugname><hostname>db-weber-01</"
         "hostname><senderorganization>Bayer Vital GmbH"
         "</senderorganization></r>",
         ""},
    };
    CHECK(c);
}

static void test_sepa_names_of_debtors_and_creditors(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<Cdtr><Nm>Stadtwerke M\xc3\xbcnchen GmbH</Nm></Cdtr>\n<Dbtr>\n<Nm>WEBER ANNA</Nm>\n"
         "</Dbtr>\n<UltmtDbtr><Nm>Keller, Jonas</Nm></UltmtDbtr>",
         "PERSON=WEBER ANNA;PERSON=Keller, Jonas"},
        {"<RltdPties><Dbtr><Pty><Nm>Sanne de Jong</Nm></Pty></Dbtr><Cdtr><Pty><Nm>Woonstichting "
         "De Key</Nm></Pty></Cdtr></RltdPties>",
         "PERSON=Sanne de Jong"},
        /* a creditor needs a given name: "Mutuelle G\xc3\xa9n\xc3\xa9rale" is a firm */
        {"<Cdtr><Nm>Mutuelle G\xc3\xa9n\xc3\xa9rale</Nm></Cdtr><InitgPty><Nm>Bakker Sport "
         "B.V.</Nm></InitgPty>",
         ""},
    };
    CHECK(c);
}

static void test_a_naturalisation_decree_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"KOWALSKA (Anna, Maria), n\xc3\xa9"
         "e le 12/03/1985 \xc3\xa0 Cracovie (Pologne), d\xc3\xa9p. 75.",
         "PERSON=KOWALSKA;PERSON=Anna, Maria;DATE_OF_BIRTH=12/03/1985"},
        {"BEN SALAH (Mohamed), n\xc3\xa9 le 01/01/1990 \xc3\xa0 Tunis (Tunisie).",
         "PERSON=BEN SALAH;PERSON=Mohamed;DATE_OF_BIRTH=01/01/1990"},
        {"KAYA \xc3\xa9pouse MOREAU (Elif), n\xc3\xa9(e) le 09/03/1992 \xc3\xa0 Ankara.",
         "PERSON=KAYA;PERSON=MOREAU;PERSON=Elif;DATE_OF_BIRTH=09/03/1992"},
        /* no birth after the bracket: no decree line */
        {"ISO (International Organization), founded 1947.", ""},
    };
    CHECK(c);
}

static void test_a_title_a_surname_in_capitals_and_a_given_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Medico curante: Dott. BIANCHI Chiara", "PERSON=BIANCHI Chiara"},
        {"Adress\xc3\xa9 par Pr ROUSSEAU Julien pour avis.", "PERSON=ROUSSEAU Julien"},
    };
    CHECK(c);
}

static void test_payment_and_lease_labels_of_other_languages(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Avs\xc3\xa4ndare: ANDERSSON BIRGITTA\nBelopp: 500,00 SEK", "PERSON=ANDERSSON BIRGITTA"},
        {"Nadawca: NOWAK PIOTR\n", "PERSON=NOWAK PIOTR"},
        {"Majitel: Petr Nov\xc3\xa1k\n", "PERSON=Petr Nov\xc3\xa1k"},
        /* firms and tax offices after the same labels */
        {"Mottagare: SKATTEVERKET\n\xc3\x84gare: Holm Bygg AB\nEjer: Jensen Ejendomme ApS\n", ""},
    };
    CHECK(c);
}

static void test_a_role_after_a_step_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"STEP 4: Collector: Hannah Fletcher\n", "PERSON=Hannah Fletcher"},
        {"Step 5 \xe2\x80\x93 Donor: Fletcher, Thomas\n", "PERSON=Fletcher, Thomas"},
        {"STEP 3: Specimen: URINE\nSTEP 6: Result: NEGATIVE\n", ""},
    };
    CHECK(c);
}

static void test_kin_nouns_of_other_languages(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"S\xc3\xb8nnen Mikkel S\xc3\xb8rensen overtager g\xc3\xa5rden.",
         "PERSON=Mikkel S\xc3\xb8rensen"},
        {"S\xc3\xb6rjande: dottern Linnea Holm med familj.", "PERSON=Linnea Holm"},
        {"Syn Petr Nov\xc3\xa1k se dostav\xc3\xad osobn\xc4\x9b.", "PERSON=Petr Nov\xc3\xa1k"},
    };
    CHECK(c);
}

static void test_a_labelled_surname_first_is_one_finding(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: Rutzkelmann, Holmaukel\n", "PERSON=Rutzkelmann, Holmaukel"},
        {"Inhaber: Bakke, Sigrid\n", "PERSON=Bakke, Sigrid"},
        /* a form's template names no one */
        {"Name: Nachname, Vorname\n", ""},
        {"Nom : Nom, Pr\xc3\xa9nom\n", ""},
    };
    CHECK(c);
}

static void test_short_surnames_under_their_keys(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{'nom': 'WU', 'pr\xc3\xa9nom': 'Jun', 'taille': 'XS'}", "PERSON=WU;PERSON=Jun"},
        {"{\"id\": 14, \"name\": \"LU\", \"vorname\": \"Tuan\", \"groesse\": \"XL\"}",
         "PERSON=LU;PERSON=Tuan"},
        {"- id: 1\n  primer_apellido: NG\n  nombre: Hao\n", "PERSON=NG;PERSON=Hao"},
        /* a country code, and a name key in another object */
        {"{\"last_name\": \"Yilmaz\"}, \"attrs\": [{\"name\": \"Birthday\", \"value\": \"x\"}], "
         "\"country\": \"LI\"",
         "PERSON=Yilmaz"},
    };
    CHECK(c);
}

static void test_toml_authors_in_lower_case(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[[authors]]\nname = \"anna weber\"\n\n[[bin]]\nname = \"weber\"\n", "PERSON=anna weber"},
        {"[package]\nauthors = [\"sabine lindner <lindner@mailbox.net>\"]\n",
         "PERSON=sabine lindner;EMAIL=lindner@mailbox.net"},
        {"[[authors]]\nname = \"the toolkit developers\"\n[[package]]\nname = \"serde\"\n", ""},
    };
    CHECK(c);
}

static void test_google_siri_and_cortana_commands(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"17:01  \"hey siri, call wickbran wenderbranton on speaker\"",
         "PERSON=wickbran wenderbranton"},
        {"- Ok google, ruf ulrike an", "PERSON=ulrike"},
        {"{\"utterance\": \"cortana, email jan\"}", "PERSON=jan"},
        /* kin, places, firms and questions */
        {"- ok google ruf papa an\n- hey siri what's the weather\n- ok google, call pizza hut\n"
         "- ok google, chiama casa\n- just ask google",
         ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_xml_elements_that_name_a_person),
        cmocka_unit_test(test_sepa_names_of_debtors_and_creditors),
        cmocka_unit_test(test_a_naturalisation_decree_line),
        cmocka_unit_test(test_a_title_a_surname_in_capitals_and_a_given_name),
        cmocka_unit_test(test_payment_and_lease_labels_of_other_languages),
        cmocka_unit_test(test_a_role_after_a_step_label),
        cmocka_unit_test(test_kin_nouns_of_other_languages),
        cmocka_unit_test(test_a_labelled_surname_first_is_one_finding),
        cmocka_unit_test(test_short_surnames_under_their_keys),
        cmocka_unit_test(test_toml_authors_in_lower_case),
        cmocka_unit_test(test_google_siri_and_cortana_commands),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
