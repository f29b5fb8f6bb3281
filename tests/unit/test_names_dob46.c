/* test_names_dob46.c: dates of birth in the languages and layouts stop 46 found missed (branch
 * dob46): spelled months of sk, cs, pl (nominative), tr, pt and hu in capitals and Roman, their
 * birth labels abbreviated and in capitals (names_dates.c, names_dobprose.c, names_dob44.c); a
 * Hungarian date's closing dot; the layouts of names_dob46.c: a pdftotext row whose other column
 * splits label and date, a space-aligned table under a birth mark, the line after a maiden name,
 * a key escaped twice, a list headed by a birth word. And the look-alikes that stay: an animal's
 * birth in its clause, key or table, another label's date after a maiden name, other events in
 * the same layouts. */
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

static void test_dob46_months_and_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dátum narodenia: 14. októbra 1934\nDátum vydania: 12. decembra 2020\n",
         "DATE_OF_BIRTH=14. októbra 1934"},
        {"Zuzana Kováčová sa narodila 23. januára 1954 (Nitra).\n",
         "DATE_OF_BIRTH=23. januára 1954"},
        {"DATUM NAROZENÍ: 20. ČERVENCE 2002\n", "DATE_OF_BIRTH=20. ČERVENCE 2002"},
        {"Jadwiga urodziła się 9 PAŹDZIERNIKA 1992 r.\n", "DATE_OF_BIRTH=9 PAŹDZIERNIKA 1992"},
        {"Data urodzenia 04 czerwiec 1955 r.\n", "DATE_OF_BIRTH=04 czerwiec 1955"},
        {"DOĞ. TAR. 19 EYLÜL 1944\n", "DATE_OF_BIRTH=19 EYLÜL 1944"},
        {"Doğum tarihi\n21 Şub 2001\n", "DATE_OF_BIRTH=21 Şub 2001"},
        {"DATA E LOCAL DE NASCIMENTO: Braga, 4 DE OUTUBRO DE 1979\n",
         "DATE_OF_BIRTH=4 DE OUTUBRO DE 1979"},
        {"F.dato 2. juni 1946\n", "DATE_OF_BIRTH=2. juni 1946"},
        {"Föd.datum: 5 december 2005\n", "DATE_OF_BIRTH=5 december 2005"},
        {"SZÜLETETT 1965. VIII. 8.\n", "DATE_OF_BIRTH=1965. VIII. 8."},
        {"SZÜLETÉSI DÁTUM:  1946. FEBRUÁR 5.\n", "DATE_OF_BIRTH=1946. FEBRUÁR 5."},
        {"Szül. idő: [1999.01.08.]\n", "DATE_OF_BIRTH=1999.01.08."},
        {"12. tammikuu 1987 syntynyt\n", "DATE_OF_BIRTH=12. tammikuu 1987"},
        {"DOĞUM TARİHİ: 12 NİSAN 1987\n", "DATE_OF_BIRTH=12 NİSAN 1987"},
        {"Fødd 12. des. 1987\n", "DATE_OF_BIRTH=12. des. 1987"},
        {"Kovács Anna\n1987. március 3-án született Szegeden.\n", "DATE_OF_BIRTH=1987. március 3"},
        {"Elif Yılmaz 12 Mart 1985'te İzmir'de doğdu.\n", "DATE_OF_BIRTH=12 Mart 1985"},
        {"who was born on 12 March\n1950 in Linz.\n", "DATE_OF_BIRTH=12 March\n1950"},
        /* the same months under another event's label, a month name after a count, a case
           ending before another verb, a wrapped date with no birth word */
        {"Dátum vydania: 12. decembra 2020\nPLATNOSŤ DO: 20. MÁJA 2027\n", ""},
        {"Data zgonu: 11 grudnia 2016\n", ""},
        {"We ordered 12 marec boxes in 2019.\n", ""},
        {"Kiállítva: (2019.06.20.)\n", ""},
        {"A szerződés 2019. március 3-án lejárt.\n", ""},
        {"The shop opened on 12 March\n1950 in Linz.\n", ""},
    };
    CHECK(c);
}

static void test_dob46_layouts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Syntymäaika:  Käyttöönotto: 11.3.1971  10.2.1977\n", "DATE_OF_BIRTH=10.2.1977"},
        {"Navn                      f.              Ansat\n"
         "Zalganoğlu, Ganmil        16.11.1942      13.08.2020\n",
         "DATE_OF_BIRTH=16.11.1942"},
        {"Nr  Name                      b.              Joined\n"
         "1   Philippa Galloway         02/06/1985      24/08/2020\n",
         "DATE_OF_BIRTH=02/06/1985"},
        {"Eigentümer: Ursula Kaufmann geb. Brandstetter\n* 19.5.2004\n", "DATE_OF_BIRTH=19.5.2004"},
        {"Jméno a příjmení (rodné příjmení), datum narození:\nRadek Procházka roz. Horák\n"
         "19.10.1957\nAdresa: Písek\n",
         "DATE_OF_BIRTH=19.10.1957"},
        {"{\"content\":\"{\\\"record\\\":\\\"{\\\\\\\"fodelsedatum\\\\\\\":\\\\\\\"1981-07-"
         "11\\\\\\\""
         "}\\\"}\"}\n",
         "DATE_OF_BIRTH=1981-07-11"},
        {"Születési idő (év.hó.nap.)\n• Horváth Judit (2021.06.14.)\n",
         "DATE_OF_BIRTH=2021.06.14."},
        /* the other column's date, a table whose mark heads another column, a list with no
           birth head, a date after a line that is no item */
        {"Syntymäaika:  Käyttöönotto: 11.3.1971\n", ""},
        {"Name                      Joined          b.\n"
         "Philippa Galloway         02/06/2015      x\n",
         ""},
        {"Deadlines:\n- Report (2021.06.14.)\n", ""},
        {"Mitarbeiterin: Kovács Judit — DOB (1939.01.24.)\nTicket issued (2027.12.03.)\n",
         "DATE_OF_BIRTH=1939.01.24."},
    };
    CHECK(c);
}

static void test_dob46_animals_and_maiden_lines(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"PS: also add that our dog Biscuit was born on\n15 October 2012.\n", ""},
        {"Sigrid Nygård er født 1. mars 1949 (Bodø). Hunden vår Pelle ble født 9. apr. 2017.\n",
         "DATE_OF_BIRTH=1. mars 1949"},
        {"Nasz pies Burek urodził się 13 marca 2010.\n", ""},
        {"{\"dob\":\"1987-03-04\"}\n{\"pet_birth_date\":\"2019-05-02\"}\n",
         "DATE_OF_BIRTH=1987-03-04"},
        {"Pferd                 Geb.          Besitzer\n"
         "Nordlicht             08.06.2021    Limil Gangren\n",
         ""},
        {"Klant: Banra Elsen geb. Dekker\nLaatste onderhoud: 26-01-2022\n", ""},
        {"Antragstellerin: Ursula Hölzl geborene Brandstetter\nTermin: 20.7.2025\n", ""},
        /* a person's birth in the sentence after the animal's, a maiden name's next line that
           is a birth */
        {"Our dog is lovely. Kerttu Niemi was born on 12.03.1980\n", "DATE_OF_BIRTH=12.03.1980"},
        {"Antragstellerin: Gisela Hölzl geb. Wimmer\nGeburtsdatum: 05.05.1962\n",
         "DATE_OF_BIRTH=05.05.1962"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob46_months_and_labels),
        cmocka_unit_test(test_dob46_layouts),
        cmocka_unit_test(test_dob46_animals_and_maiden_lines),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
