/* test_names_dob41.c: dates of birth placed by mechanism (names_dob41.c, branch dob41): the
 * answer on the turn after a birth question, a spreadsheet cell under its header cell, the
 * owner's birthday named after the date, a code comment after a birth key; Roman months with a
 * slash, Romanian birth words, a Turkish birth word with its suffix before a comma; and the
 * look-alikes that stay: another question's answer, a field's label on the answer, another
 * column's cell, a thing's anniversary, a comment after another key. */
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

static void test_dob41_answer_on_the_next_turn(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[agent]: and your date of birth\n[caller]: 15 janvier 1991\n[agent]: merci",
         "DATE_OF_BIRTH=15 janvier 1991"},
        {"Speaker 1: et votre date de naissance / Speaker 2: 04/11/1998 / Speaker 1: merci",
         "DATE_OF_BIRTH=04/11/1998"},
        {"AGENT: e a data de nascimento | CUSTOMER: 24/06/1997 | AGENT: e a morada",
         "DATE_OF_BIRTH=24/06/1997"},
        {"1\n00:00:03,120 --> 00:00:05,900\nAgent: und Ihr Geburtsdatum?\n\n2\n"
         "00:00:06,010 --> 00:00:08,400\nJonas: 25-01-1974\n",
         "DATE_OF_BIRTH=25-01-1974"},
        {"WEBVTT\n\n1\n00:00:03.120 --> 00:00:05.900\n<v Agent>und Ihr Geburtsdatum?\n\n2\n"
         "00:00:06.010 --> 00:00:08.400\n<v Jonas Weber>25-01-1974\n",
         "DATE_OF_BIRTH=25-01-1974"},
        {"<v Agent>und Ihr Aktenzeichen?\n\n<v Jonas Weber>25-01-1974\n", ""},
        /* another question's answer; a field's label on the answer; more after the date; a
           digit in the question */
        {"[agent]: and the date of the accident\n[caller]: 15 janvier 2024\n", ""},
        {"Notes: born abroad | Hired: 12/03/2020 | Team: ops", ""},
        {"Q: and the birthday party | A: 12/03/2025 | Q: ok", ""},
        {"Kunde: und die Geburtsurkunde / Agent: 12.03.2019 / Kunde: danke", ""},
        {"[caller]: and your date of birth\n[agent]: 12/03/2031\n", ""},
        {"Remarks: see birth certificate\nExpiry: 12/03/2027\n", ""},
        {"[agent]: and your date of birth\n[caller]: 15/01/1991 or 16/01/1991, I forget\n", ""},
    };
    CHECK(c);
}

static void test_dob41_cell_under_its_header_cell(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"A1: Apellido\tB1: Nombre\tC1: F. Nac.\tD1: Alta\nA2: Sarmido\tB2: Belana\tC2: "
         "25/08/1997\tD2: 14/04/2021\n",
         "DATE_OF_BIRTH=25/08/1997"},
        {"A1: Nazwisko\tB1: Imi\xc4\x99\tC1: Data urodzenia\nA2: Nowak\tB2: Jan\tC2: 1987-03-04\n"
         "A3: Wilk\tB3: Ewa\tC3: 04.03.1990\n",
         "DATE_OF_BIRTH=1987-03-04;DATE_OF_BIRTH=04.03.1990"},
        /* another column's cell, a header with no birth word, the header row itself */
        {"A1: Nom\tB1: Entr\xc3\xa9"
         "e\tC1: Fin\nA2: Marert\tB2: 12/03/1990\tC2: 12/03/2020\n",
         ""},
        {"C1: Data urodzenia\nD2: 04.03.1990\n", ""},
    };
    CHECK(c);
}

static void test_dob41_owner_birthday_after(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"=TEXT(C2;\"dd/mm/yyyy\")  <- C2 holds 1995-05-05 (Sandrine Martin's birthday)",
         "DATE_OF_BIRTH=1995-05-05"},
        {"reminder: 04/03/1987 = my mum\xe2\x80\x99s birthday", "DATE_OF_BIRTH=04/03/1987"},
        {"C2 holds 1955-09-13 (Emre Demir's date of birth)", "DATE_OF_BIRTH=1955-09-13"},
        /* no possessive before the word, another word after the possessive */
        {"C2 holds 1995-05-05 (Sandrine Martin and the birthday list)", ""},
        {"C2 holds 2015-05-05 (Acme's launch day)", ""},
    };
    CHECK(c);
}

static void test_dob41_comment_after_birth_key(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"factory = PersonFactory(\n    name=\"Ebbtrud Hartmayr\",\n    born=date(1945, 4, 10),"
         "  # 1945-04-10\n)",
         "DATE_OF_BIRTH=1945, 4, 10;DATE_OF_BIRTH=1945-04-10"},
        {"  dob: new Date(1987, 2, 4), // 1987-03-04\n",
         "DATE_OF_BIRTH=1987, 2, 4;DATE_OF_BIRTH=1987-03-04"},
        /* another key's comment */
        {"    created=date(2021, 4, 10),  # 2021-04-10\n", ""},
        {"    hired=date(1999, 4, 10),  # 1999-04-10\n    born_in=\"Lyon\",\n", ""},
    };
    CHECK(c);
}

static void test_dob41_shapes_and_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Guest Wenhal Branton born 27/II/1949", "DATE_OF_BIRTH=27/II/1949"},
        {"Inigo Fuentes (\xe2\x88\x97"
         "2002-7-12) wohnt in Graz",
         "DATE_OF_BIRTH=2002-7-12"},
        {"Andrei Ionescu, n\xc4\x83scut la 14.3.2009, Bucure\xc8\x99ti", "DATE_OF_BIRTH=14.3.2009"},
        {"Mihaela Ionescu, data nasterii: 1984-09-19", "DATE_OF_BIRTH=1984-09-19"},
        {"Demy\xc4\xb1l Demo\xc4\x9flu, 5 Eyl\xc3\xbcl 1972 do\xc4\x9fumludur, son ge\xc3\xa7"
         "erlilik tarihi: 26.11.2022.",
         "DATE_OF_BIRTH=5 Eyl\xc3\xbcl 1972"},
        {"Joueur : WOUTER WOUTERS\nN\xc3\xa9(e) le : 10 Jui. 2009\nClub : FC Prex",
         "DATE_OF_BIRTH=10 Jui. 2009"},
        {"Locataire: EVA ESCCHAND\nN\xc3\xa9(e) le: 19 Ao\xc3\xbb. 1956\n",
         "DATE_OF_BIRTH=19 Ao\xc3\xbb. 1956"},
        {"VAN WIJK Hanneke, geboren op 24-Maa-1983, sinds 2016 in Delft",
         "DATE_OF_BIRTH=24-Maa-1983"},
        {"ne(e) le: 1 mars 1974", "DATE_OF_BIRTH=1 mars 1974"},
        {"hi my nan cay bramwick, heer date of brth is 14 Oct 1943", "DATE_OF_BIRTH=14 Oct 1943"},
        {"su fecha de nacmiento es 14/06/1982 y vive en Madrid", "DATE_OF_BIRTH=14/06/1982"},
        /* a death date in the same shapes stays */
        {"Joost de Vries (d. 27/IX/2008)", ""},
        {"Andrei Ionescu, decedat la 14.3.2009", ""},
    };
    CHECK(c);
}

static void test_dob41_checked_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Verificaci\xc3\xb3n\n  Fecha de nacimiento validada \xe2\x9c\x93 (03/03/1963)\n",
         "DATE_OF_BIRTH=03/03/1963"},
        {"Date of birth verified (04/03/1987)", "DATE_OF_BIRTH=04/03/1987"},
        /* another label checked, a birth word with more words before the check */
        {"Direcci\xc3\xb3n validada \xe2\x9c\x93 (03/03/2023)", ""},
        {"Birth certificate copy verified (04/03/2023)", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob41_answer_on_the_next_turn),
        cmocka_unit_test(test_dob41_cell_under_its_header_cell),
        cmocka_unit_test(test_dob41_owner_birthday_after),
        cmocka_unit_test(test_dob41_comment_after_birth_key),
        cmocka_unit_test(test_dob41_shapes_and_words),
        cmocka_unit_test(test_dob41_checked_label),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
