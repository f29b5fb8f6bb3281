/* test_names_dob44.c: dates of birth as forms and family sheets write them (branch dob44): the
 * values the date reader refused (boxes of one digit or one part, parts under box words, the
 * Hungarian year-first order with spaces or a month; names_dob44.c), the labels of the
 * neighbouring languages (abbreviations, Greek transliterated, capitals the ASCII fold leaves,
 * one-letter genealogical marks; names_dates.c, names_dob44.c), their months (names_dobprose.c),
 * and relatives under kin labels of seventeen languages (names_h12dob_list.c); and the
 * look-alikes that stay: the same values under other labels, due dates with a birth word,
 * issue dates after a birth label's line, maiden names after their mark. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"

static void test_dob44_dates_in_boxes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth: |1|2|0|3|1|9|8|7|\n", "DATE_OF_BIRTH=|1|2|0|3|1|9|8|7|"},
        {"Doğum tarihi ......... [1][8][1][2][1][9][8][7]\n",
         "DATE_OF_BIRTH=[1][8][1][2][1][9][8][7]"},
        {"Date de naiss.: 1 2 0 2 1 9 9 2   Permis: K8014040\n", "DATE_OF_BIRTH=1 2 0 2 1 9 9 2"},
        {"Nacido el: 1 4 - 0 4 - 2 0 0 7\n", "DATE_OF_BIRTH=1 4 - 0 4 - 2 0 0 7"},
        {"Donor DOB (Mo/Day/Yr): 0 3 / 1 2 / 8 7\n", "DATE_OF_BIRTH=0 3 / 1 2 / 8 7"},
        {"Recipient doğum tarıhı |26|03|2014|\n", "DATE_OF_BIRTH=|26|03|2014|"},
        /* the same boxes under other labels, and numbers in boxes that are no date */
        {"Collection date: |1|2|0|3|2|0|2|4|\n", ""},
        {"Date of birth: |1|2|3|4|5|6|7|8|\n", ""},
        {"Specimen ID 1 2 0 3 1 9 8 7\n", ""},
    };
    CHECK(c);
}

static void test_dob44_parts_under_box_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"2. GEBURTSDATUM  2a. ALTER\n1. Kind: Ulrike, geb. 16 Monat 02 Jahr 2009\n",
         "DATE_OF_BIRTH=16 Monat 02 Jahr 2009"},
        {"Data urodzenia: 11  Miesiąc: 04  Rok: 2014\n",
         "DATE_OF_BIRTH=11  Miesiąc: 04  Rok: 2014"},
        {"Születési idő: 1987 Hó 03 Nap 12\n", "DATE_OF_BIRTH=1987 Hó 03 Nap 12"},
        {"Date of Birth\n03   12   1987\n(MM)  (DD)  (YYYY)\n", "DATE_OF_BIRTH=03   12   1987"},
        /* box words under an event's label */
        {"Date of onset: 16 Month 02 Year 2024\n", ""},
        {"Date of birth: 12 weeks 03 days 2024\n", ""},
    };
    CHECK(c);
}

static void test_dob44_hungarian_year_first(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Név: Kovács Réka   Születési idő: 1987. 03. 12.\n", "DATE_OF_BIRTH=1987. 03. 12."},
        {"Szül.: 1993. máj. 8.\n", "DATE_OF_BIRTH=1993. máj. 8."},
        {"Kovács Zoltán, született 1961. március 4.\n", "DATE_OF_BIRTH=1961. március 4."},
        /* the same dates as an issue date, and a year with a sentence after it */
        {"Kiállítás dátuma: 2025. 04. 02.\n", ""},
        {"Születési idő: 1987. A form was sent.\n", ""},
    };
    CHECK(c);
}

static void test_dob44_labels_of_neighbouring_languages(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Jméno: Vojtěch Kučera\nDat. nar.: 28.04.1985, Brno\n", "DATE_OF_BIRTH=28.04.1985"},
        {"Nar./Věk: 02.06.1972 / 53Y\n", "DATE_OF_BIRTH=02.06.1972"},
        {"2. Ritinescu, Bersca, synt. 24. lokak. 1964 in Oulu\n", "DATE_OF_BIRTH=24. lokak. 1964"},
        {"3. Davide Conti, nat. il 25 ott 1977 a Trento\n", "DATE_OF_BIRTH=25 ott 1977"},
        {"  - Halmel doğ. 17.02.1959\n", "DATE_OF_BIRTH=17.02.1959"},
        {"3. Haldoics, Scawen, născ. 20 mai 1949, Iași\n", "DATE_OF_BIRTH=20 mai 1949"},
        {"Hmerominia gennhshs: 03/12/2005\n", "DATE_OF_BIRTH=03/12/2005"},
        {"Katerina gennithike stis 17 Iouniou 1928 stin Larisa.\n",
         "DATE_OF_BIRTH=17 Iouniou 1928"},
        {"Dossier: Scasca Kelová   14.12.1987 (FØDSELSDATO)\n", "DATE_OF_BIRTH=14.12.1987"},
        {"Adı: Emre\n16.01.1942 (DOĞUM TARİHİ)\n", "DATE_OF_BIRTH=16.01.1942"},
        {"Nom: Lucas Girard   23/07/1998 (DDN)\n", "DATE_OF_BIRTH=23/07/1998"},
        {"Szuletesi ido: 12 IX 1979\n", "DATE_OF_BIRTH=12 IX 1979"},
        /* the labels' other dates: issue, death, a name that starts so */
        {"Imerominia gennisis: 6 Sep 1972, Imerominia ekdosis: 22/01/2024\n",
         "DATE_OF_BIRTH=6 Sep 1972"},
        {"Gennaro Esposito, visita del 12/03/2024\n", ""},
    };
    CHECK(c);
}

static void test_dob44_one_letter_marks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"  • Astrid f. 1948-10-12\n", "DATE_OF_BIRTH=1948-10-12"},
        {"Brukos Falescu f. 10-05-1926 Aalborg, † 10.05.1996\n", "DATE_OF_BIRTH=10-05-1926"},
        {"1. Radu n. 3 februarie 1939\n", "DATE_OF_BIRTH=3 februarie 1939"},
        {"my son Couzar, s. 3. maaliskuuta 2013 will miss school\n",
         "DATE_OF_BIRTH=3. maaliskuuta 2013"},
        {"Navn: Mette Thomsen\nf.: 1. juni 1948, in Odense\n", "DATE_OF_BIRTH=1. juni 1948"},
        /* a mark after a lower-case word, a maiden name after its mark, a number's mark */
        {"see vol. 3 p. 12, n. 12/03/2020 edition\n", ""},
        {"vgl. Handbuch, s. 12.03.2024\n", ""},
        {"Mette Falescu f. Mortensen, married 09.04.1921\n", ""},
        {"the report (ref. 12/03/2020) was filed\n", ""},
    };
    CHECK(c);
}

static void test_dob44_relatives_under_kin_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ægtefælle: Quikel Falqvist, 13.05.1999\n", "DATE_OF_BIRTH=13.05.1999"},
        {"Barn: Søren Thomsen (16-05-2017)\n", "DATE_OF_BIRTH=16-05-2017"},
        {"Puoliso: Ville Virtanen, 22. tammikuuta 1991\n", "DATE_OF_BIRTH=22. tammikuuta 1991"},
        {"Ehegatte: Jonas Brandstätter, 04.04.1939\n", "DATE_OF_BIRTH=04.04.1939"},
        {"1. Kind: Wiebke, 11.08.14\n", "DATE_OF_BIRTH=11.08.14"},
        {"Barn: Berg, Oskar, 2015-02-10 (10 år)\n", "DATE_OF_BIRTH=2015-02-10"},
        {"Çocuk: Berber Branwickson (17 Ocak 2021)\n", "DATE_OF_BIRTH=17 Ocak 2021"},
        /* a two-digit year under a bulleted list, a signature, a due date with a birth word */
        {"Approved by Ulrike Weber, 13.08.25\n", ""},
        {"Errechneter Geburtstermin: 07.10.2025\n", ""},
        {"Data probabilă a nașterii: 21.1.2025\n", ""},
        {"Tahmini doğum tarihi: 09.04.2026\n", ""},
    };
    CHECK(c);
}

static void test_dob44_form_grid_by_cell_index(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1. PATIENT INITIALS  1a. COUNTRY  2. DATE OF BIRTH  2a. AGE  3. SEX\n"
         "   M.L.        EN         17/05/1982   43    F\n",
         "DATE_OF_BIRTH=17/05/1982"},
        {"1. PATIENT INITIALS  1a. COUNTRY  2. FØDSELSDATO  2a. ALDER  3. KJØNN\n"
         "   B.R.        NO         |2|0|0|7|1|9|8|7|   38    F\n",
         "DATE_OF_BIRTH=|2|0|0|7|1|9|8|7|"},
        /* the same grid with the date under another header */
        {"1. PATIENT INITIALS  1a. COUNTRY  2. DATE OF ONSET  2a. AGE  3. SEX\n"
         "   M.L.        EN         17/05/2024   43    F\n",
         ""},
    };
    CHECK(c);
}

static void test_dob44_boxes_answering_a_question(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[28.02.22, 10:49] Réka: szül.?\n16/10/2020, 16:11 - Wicktor: 1986. február 3. !!\n",
         "DATE_OF_BIRTH=1986. február 3."},
        {"[28.02.22, 10:49] Réka: when is the meeting?\n16/10/2020, 16:11 - Wicktor: 2026. február "
         "3. !!\n",
         ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob44_dates_in_boxes),
        cmocka_unit_test(test_dob44_parts_under_box_words),
        cmocka_unit_test(test_dob44_hungarian_year_first),
        cmocka_unit_test(test_dob44_labels_of_neighbouring_languages),
        cmocka_unit_test(test_dob44_one_letter_marks),
        cmocka_unit_test(test_dob44_relatives_under_kin_labels),
        cmocka_unit_test(test_dob44_form_grid_by_cell_index),
        cmocka_unit_test(test_dob44_boxes_answering_a_question),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
