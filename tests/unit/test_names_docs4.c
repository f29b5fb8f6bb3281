/* test_names_docs4.c: PERSON in the fixed layouts of travel documents and citations
 * (names_docs4.c): the airline form with its passenger title, citation author lists of surnames
 * and initials in each locale's house style, Vancouver lists, "et al.", BibTeX fields; each with
 * the look-alike it must leave alone. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_airline_form_with_title_names_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NAME: KELLOVAR/MARIETTA MS\nSEAT 14C", "PERSON=KELLOVAR/MARIETTA MS"},
        {"002 OKAFOR/BAYOMR 27D", "PERSON=OKAFOR/BAYOMR"},
        {"Passagier: VAN DUSSELKAMP/JORIEN MRS", "PERSON=VAN DUSSELKAMP/JORIEN MRS"},
        /* slashes between capitals that are no passenger */
        {"Use TCP/IP and read AND/OR write; CI/CD runs on AC/DC power.", ""},
        {"FLIGHT KL/1691 FARE Y/LOWEU", ""},
    };
    CHECK(c);
}

static void test_citation_author_list_in_each_house_style(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* APA: surname, initials, "&" before the last */
        {"Kellovar, M. A., & Osagwe, B. (2019). Code-switching.",
         "PERSON=Kellovar, M. A.;PERSON=Osagwe, B."},
        /* one author and the year in brackets */
        {"Thornbridge, T. (2021). Soil carbon.", "PERSON=Thornbridge, T."},
        /* German and French house styles */
        {"Brückenthal, J.; Lomavera, B. (2018): Titel.",
         "PERSON=Brückenthal, J.;PERSON=Lomavera, B."},
        {"KELLOVAR M., OSAGWE B. (2016), « Titre »", "PERSON=KELLOVAR M.;PERSON=OSAGWE B."},
        /* a particle before the surname */
        {"van Dusselkamp, J., & Osagwe, B. (2020).", "PERSON=van Dusselkamp, J.;PERSON=Osagwe, B."},
        /* one surname with an initial and nothing that says citation */
        {"We met in Washington, D.C. last year.", ""},
        {"See Appendix B. and Section C. for details.", ""},
    };
    CHECK(c);
}

static void test_vancouver_list_and_et_al(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"3. Kellovar MA, Osagwe B, Lindqvarn T. Title. Lancet. 2019;394:1023-9.",
         "PERSON=Kellovar MA;PERSON=Osagwe B;PERSON=Lindqvarn T"},
        {"Earlier work (Kellovar et al., 2019) found none.", "PERSON=Kellovar"},
        /* products, versions and kings in the same shape */
        {"Compare Windows XP, Office XP and Model S, Model X.", ""},
        {"Saga XIV, Saga XV, Saga XVI.", ""},
    };
    CHECK(c);
}

static void test_bibtex_author_field(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"@article{k19,\n  author = {Kellovar, Marietta and Osagwe, Bayo},\n  year = {2019}\n}",
         "PERSON=Kellovar, Marietta;PERSON=Osagwe, Bayo"},
        {"  editor = \"Lindqvarn, Tove and others\",", "PERSON=Lindqvarn, Tove"},
        /* other keys and code */
        {"  title = {Kalman Filtering and Smoothing},", ""},
        {"coauthor = {x}; author_id = 42", ""},
    };
    CHECK(c);
}

static void test_kin_list_and_godparents_label_open_a_list(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Survived by his children Inmuarde, Ifnaard and Kolvetta.",
         "PERSON=Inmuarde;PERSON=Ifnaard;PERSON=Kolvetta"},
        {"De la part de ses enfants Ruinelle et Mathurac.", "PERSON=Ruinelle;PERSON=Mathurac"},
        {"Ne danno il triste annuncio i figli Ucolina e Tebaldore.",
         "PERSON=Ucolina;PERSON=Tebaldore"},
        {"Godparents: Nerelio Ibarzuri and Maitane Oskorreta",
         "PERSON=Nerelio Ibarzuri;PERSON=Maitane Oskorreta"},
        /* the same words before things that are no one */
        {"Die Kinder Überraschung war leer.", ""},
        {"Our children Wednesday and Friday are busy.", ""},
    };
    CHECK(c);
}

static void test_recruiting_travel_and_legal_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Bewerber: Metofwart Brückner", "PERSON=Metofwart Brückner"},
        {"Recruteur : Muvine Gatunaux", "PERSON=Muvine Gatunaux"},
        {"Sollicitant: Wouter Ketelsma", "PERSON=Wouter Ketelsma"},
        {"Accompanied by: Vavuie Imamore", "PERSON=Vavuie Imamore"},
        {"Mitreisende: Akliwart von Nubauer", "PERSON=Akliwart von Nubauer"},
        {"Notaris: Ilse Veldkampsma", "PERSON=Ilse Veldkampsma"},
        /* a company under a label that may name one stays weak */
        {"Candidate: Acme Holdings Ltd", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each signal is scanned without reading past its end (under ASan,
 * -DHUSH_SANITIZE=ON): the slash and its title, the initials' dots, the brackets of a year, the
 * braces of a BibTeX field. */
static void test_every_docs4_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("KELLOVAR/MARIETTA MS OKAFOR/BAYOMR\nKellovar, M. A., & Osagwe, B. (2019). "
                      "KELLOVAR M., OSAGWE B. (2016) 3. Kellovar MA, Osagwe B, Lindqvarn T. "
                      "(Kellovar et al., 2019) author = {Kellovar, Marietta and Osagwe, Bayo} "
                      "children Inmuarde, Ifnaard\nIn liebevoller Erinnerung\nKolvetta");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_airline_form_with_title_names_person),
        cmocka_unit_test(test_citation_author_list_in_each_house_style),
        cmocka_unit_test(test_vancouver_list_and_et_al),
        cmocka_unit_test(test_bibtex_author_field),
        cmocka_unit_test(test_kin_list_and_godparents_label_open_a_list),
        cmocka_unit_test(test_recruiting_travel_and_legal_labels),
        cmocka_unit_test(test_every_docs4_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
