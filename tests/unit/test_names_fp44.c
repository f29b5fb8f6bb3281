/* test_names_fp44.c: things that stand where people stand (names_fp44.c) through the default
 * packs: the value of a label that only things fill, a reported case's parties with their
 * citation, a product after a brand named after people, a firm's "X & Y"; each beside the real
 * person who must stay masked, and the look-alikes of each rule that are people. Each case lists
 * every finding ("TYPE=value;..."), so a widened rule shows what it takes. */
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

static void test_the_value_of_a_things_label_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Waffenbesitzkarte\nInhaber: Jonas Weber\nHersteller: Smith & Wesson\n",
         "PERSON=Jonas Weber"},
        {"Titolare: Giulia Rossi\nMarca: Walther\nModello: PPK\n", "PERSON=Giulia Rossi"},
        {"Constatazione amichevole\nVeicolo A: Hyundai Tucson\nConducente: Matteo Bianchi\n",
         "PERSON=Matteo Bianchi"},
        {"Accréditation\nNom : Claire Moreau\nMédia : Le Monde\n", "PERSON=Claire Moreau"},
        {"Kůň: Casall\nJezdec: Petr Novák\n", "PERSON=Petr Novák"},
        {"Paard: Stakkato v. Valegro\nRuiter: Sanne Visser\n", "PERSON=Sanne Visser"},
        {"Jednostka: Kara Harp Okulu\nImię i nazwisko: Piotr Nowak\n", "PERSON=Piotr Nowak"},
    };
    CHECK(c);
}

/* The labels a person may fill stay people: a supplier, an insurer, a mail's subject, a plan. */
static void test_a_person_after_a_label_that_may_name_one_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kunde: Maria Keller\nBisheriger Lieferant: Jonas Weber\n",
         "PERSON=Maria Keller;PERSON=Jonas Weber"},
        {"Subject: call back Maria Keller\n", "PERSON=Maria Keller"},
        {"Plan: Maria Keller to review on Monday\n", "PERSON=Maria Keller"},
        {"Kurs: Yoga mit Sabine Krause\n", "PERSON=Sabine Krause"},
        {"Role: Backend Lead. Reporting to Jan Lefèvre.\n", "PERSON=Jan Lefèvre"},
        {"Candidato: Borja Sutales\nTribunal: Pilar Lemuín, Álvaro Garrido\n",
         "PERSON=Borja Sutales;PERSON=Pilar Lemuín;PERSON=Álvaro Garrido"},
        {"Registrar: Joost Hendriks\nCourier: Chloe Wickton\n",
         "PERSON=Joost Hendriks;PERSON=Chloe Wickton"},
        {"Dealer: Jonas Weber\nHersteller: Walther\n", "PERSON=Jonas Weber"},
    };
    CHECK(c);
}

/* A party of a case before a European court, with its case number, is a legal term; the parties
 * of other reported cases stay people (as the tune sets label them), so does an author before the
 * year in brackets. */
static void test_a_european_cases_parties_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"See Costa v ENEL (C-6/64). Our client Hannah Fletcher relies on it.\n",
         "PERSON=Hannah Fletcher"},
        {"As held in Bosman (C-415/93), the duty extends to Rebecca Ashworth.\n",
         "PERSON=Rebecca Ashworth"},
        {"The court in Benali v. Naur, 512 F.3d 682 (9th Cir. 2019), held so.\n",
         "PERSON=Benali;PERSON=Naur"},
        {"Author: R. de la Fontaine (2021)\n", "PERSON=R. de la Fontaine"},
        {"Matter: Keller v. Weber, Claim No. 3485\nClient: Maria Keller\n",
         "PERSON=Keller;PERSON=Weber;PERSON=Maria Keller"},
    };
    CHECK(c);
}

static void test_a_product_after_a_brand_and_a_firms_ampersand_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Cliente: Quillo Serrano\nNotes: Lucía & Quillo vinieron ayer.\n",
         "PERSON=Quillo Serrano;PERSON=Lucía;PERSON=Quillo"},
        {"Pfandschein 4411\nVerpfänder: Jonas Weber\nPfand: Louis Vuitton Neverfull\n",
         "PERSON=Jonas Weber"},
        {"Our client Oliver Okafor is represented by Loyens & Loeff.\n", "PERSON=Oliver Okafor"},
        {"Sponsor: Johnson & Johnson\nReporter: Emily Harding\n", "PERSON=Emily Harding"},
        /* given names on either side: people */
        {"Guests: Hannah & Oliver\n", "PERSON=Hannah;PERSON=Oliver"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_value_of_a_things_label_is_no_person),
        cmocka_unit_test(test_a_person_after_a_label_that_may_name_one_stays),
        cmocka_unit_test(test_a_european_cases_parties_are_no_person),
        cmocka_unit_test(test_a_product_after_a_brand_and_a_firms_ampersand_are_no_person),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
