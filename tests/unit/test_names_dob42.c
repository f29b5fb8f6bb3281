/* test_names_dob42.c: dates of birth in API, seed-code, certificate and register text
 * (names_dob42.c, branch dob42): a right-aligned column under a birth key (R, pandas), a
 * birthday column headed "Anniversaire"/"Aniversário", a date inside a call under a birth key,
 * code months and constructors under a key, an Alloggiati Web record, an X.509 GeneralizedTime,
 * an EU DCC's year and month, Nordic "f."/"s." after a personal number, Finnish and transliterated
 * Danish birth words; and the look-alikes that stay: a birthday party's or a certificate's date
 * answering the question above, other columns, other keys, other calls. */
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

static void test_dob42_party_and_certificate_answers_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Q: when is the birthday party?\nA: 12/03/2026", ""},
        {"Q: and the birthday party\nA: 12/03/2025", ""},
        {"User: what date is the birthday party\nBot: 4/1/2025", ""},
        {"Frage: Wann ist die Geburtstagsfeier?\nAntwort: 5.3.2025", ""},
        {"D: quando \xc3\xa8 la festa di compleanno?\nR: 09/10/2026", ""},
        {"Kunde: wann wurde die Geburtsurkunde ausgestellt\nAgent: 16/01/2025", ""},
        {"Q: when was the birth certificate issued?\nA: 02.02.2025", ""},
        /* the birth itself, on the next question, stays a birth */
        {"Q: when is the birthday party?\nA: 12/03/2026\nQ: and her date of birth?\nA: 24.6.1935",
         "DATE_OF_BIRTH=24.6.1935"},
        {"Q: what is the date of birth on the birth certificate?\nA: 04.03.1987",
         "DATE_OF_BIRTH=04.03.1987"},
        {"Date of birth: 04.03.1987", "DATE_OF_BIRTH=04.03.1987"},
        {"Q: and her date of birth, for the party list?\nA: 04/03/1987",
         "DATE_OF_BIRTH=04/03/1987"},
    };
    CHECK(c);
}

static void test_dob42_right_aligned_frame_columns(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"> head(df)\n            name        dob      start\n1  Kelwen Tinski 1996-02-27 "
         "2017-06-12\n2 Ulrike K\xc3\xa4stner 1997-11-26 2028-06-17\n",
         "DATE_OF_BIRTH=1996-02-27;DATE_OF_BIRTH=1997-11-26"},
        {"Out[4]:\n                name  birth_date  start_date\n0       Wiebke Vogel  1989-03-06  "
         "2017-06-03\n1 Jonas Brandst\xc3\xa4tter  1972-05-08  2023-09-15\n",
         "DATE_OF_BIRTH=1989-03-06;DATE_OF_BIRTH=1972-05-08"},
        /* the other columns, a header with no birth key */
        {"            name     joined      start\n1  Kelwen Tinski 1996-02-27 2017-06-12\n", ""},
    };
    CHECK(c);
}

static void test_dob42_birthday_column_headers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Nom | Anniversaire | Entr\xc3\xa9"
         "e |\n|---|---|---|\n| Ma\xc3\xabl"
         "le Girard | 13.07.1972 | 09.08.2027 |\n",
         "DATE_OF_BIRTH=13.07.1972"},
        {"Nome;Anivers\xc3\xa1rio;Admiss\xc3\xa3o\nIn\xc3\xaas Teixeira;20/06/2003;09/03/2020\n",
         "DATE_OF_BIRTH=20/06/2003"},
        /* a wedding's or a firm's anniversary in its own words */
        {"| Couple | Anniversaire de mariage |\n|---|---|\n| Girard | 13.07.2012 |\n", ""},
        {"Soci\xc3\xa9t\xc3\xa9;Anniversaire de la soci\xc3\xa9t\xc3\xa9\nAcme;13.07.2012\n", ""},
    };
    CHECK(c);
}

static void test_dob42_dates_inside_calls(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"User.create!(name: \"X\", birthday: Date.parse(\"1982-10-22\"), hired_on: "
         "Date.new(2016, 7, 10))",
         "DATE_OF_BIRTH=1982-10-22"},
        {"Patient(birthday = LocalDate.parse(\"1985-03-09\"), admitted = LocalDate.of(2022, 7, 4))",
         "DATE_OF_BIRTH=1985-03-09"},
        {"{Name: \"X\", Birthday: mustDate(\"1975-01-16\"), CreatedAt: mustDate(\"2021-04-23\")}",
         "DATE_OF_BIRTH=1975-01-16"},
        {"    Birthday = new DateTime(1984, 11, 11),\n    HireDate = new DateTime(2025, 1, 14)",
         "DATE_OF_BIRTH=1984, 11, 11"},
        {"{Name: \"X\", BirthDate: time.Date(1956, time.March, 11, 0, 0, 0, 0, time.UTC), "
         "CreatedAt: time.Date(2028, time.October, 4, 9, 30, 0, 0, time.UTC)}",
         "DATE_OF_BIRTH=1956, time.March, 11"},
        {"c.setGeburtsdatum(LocalDate.of(1987, Month.MAY, 13));\n"
         "c.setMemberSince(LocalDate.of(2023, 11, 10));",
         "DATE_OF_BIRTH=1987, Month.MAY, 13"},
        {"    'birthday' => Carbon::create(2011, 12, 25),\n    'verified' => "
         "Carbon::parse('2024-11-21'),",
         "DATE_OF_BIRTH=2011, 12, 25"},
        {"Repo.insert!(%User{birth_date: Date.new!(1972, 1, 13), inserted_at: ~N[2023-10-18 "
         "10:00:00]})",
         "DATE_OF_BIRTH=1972, 1, 13"},
        /* other keys, other callees */
        {"hired_on: Date.parse(\"1982-10-22\")", ""},
        {"birthday: render(\"1982-10-22\")", ""},
        {"released = time.Date(2020, time.March, 11, 0, 0, 0, 0, time.UTC)", ""},
    };
    CHECK(c);
}

static void test_dob42_forms_the_date_reader_leaves(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1613/02/202503CONTI                                             DAVIDE                 "
         "       127/10/1944           100000216100000216IDENTCA1334475\n",
         "DATE_OF_BIRTH=27/10/1944"},
        {"X509v3 Subject Directory Attributes:\n    dateOfBirth: 19630911120000Z\n",
         "DATE_OF_BIRTH=19630911120000Z"},
        {"{\"nam\":{\"fn\":\"X\"},\"dob\":\"2003-11\",\"v\":[]}", "DATE_OF_BIRTH=2003-11"},
        {"... birth certificate of X, born the 12th day of March, 2012\n9. Date: 1/9/2027",
         "DATE_OF_BIRTH=12th day of March, 2012"},
        {"{\"firstname\":\"X\",\"date_of_birth\":\"90892800000\"}", "DATE_OF_BIRTH=90892800000"},
        {"{\"date_of_birth\":\"-861753600000\"}", "DATE_OF_BIRTH=-861753600000"},
        /* a number before a date elsewhere, a timestamp under another key, a month of a release,
           a deed signed on its day, milliseconds under other keys */
        {"{\"count\":\"90892800000\"}", ""},
        {"{\"created\":\"-861753600000\"}", ""},
        {"Order 127/10/1944 was split", ""},
        {"Not Before: 20260911120000Z", ""},
        {"{\"version\":\"2003-11\"}", ""},
        {"Signed this 12th day of March, 2026 before me.", ""},
    };
    CHECK(c);
}

static void test_dob42_nordic_marks_and_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Blankett f\xc3\xb6r X, personnummer: 19760512-4848, f. 12 maj 1976, tack.",
         "DATE_OF_BIRTH=12 maj 1976"},
        {"Blanketten for X, CPR-nr.: 040494-3957, f. 4.4.1994", "DATE_OF_BIRTH=4.4.1994"},
        {"Lomake: Aino Virtanen, s. 22.03.1997. Kiitos!", "DATE_OF_BIRTH=22.03.1997"},
        {"Lomake: Aino Virtanen, syntynyt 10.07.1938, voimassa 15.05.2020.",
         "DATE_OF_BIRTH=10.07.1938"},
        {"{\"fornavn\":\"Rasmus\",\"foedselsdato\":\"1992-08-13\"}", "DATE_OF_BIRTH=1992-08-13"},
        /* an order number before "s.", an issue date, a page reference */
        {"Bestellung 19760512-4848, s. 12.03.2024", ""},
        {"Lomake: Aino Virtanen, voimassa 15.05.2020.", ""},
        {"vgl. Handbuch, s. 12.03.2024", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob42_party_and_certificate_answers_stay),
        cmocka_unit_test(test_dob42_right_aligned_frame_columns),
        cmocka_unit_test(test_dob42_birthday_column_headers),
        cmocka_unit_test(test_dob42_dates_inside_calls),
        cmocka_unit_test(test_dob42_forms_the_date_reader_leaves),
        cmocka_unit_test(test_dob42_nordic_marks_and_words),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
