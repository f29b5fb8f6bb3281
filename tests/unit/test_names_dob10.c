/* test_names_dob10.c: dates of birth in the shapes names_dob10.c reads (branch dob10): genealogy
 * marks and GEDCOM, an assistant dialogue's reply, a diary's heading; and the births that are no
 * person's: a pet's, a travel day given in the same dialogue, a year after next; the newest birth
 * year derived from the build's year.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"

/* A birth mark after a name, in every locale; old years too. */
static void test_dob10_genealogy_marks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Family notes\n- Torvel Amsgaard, b. 8/20/1887 in Lindby; d. 3 May 1950\n",
         "DATE_OF_BIRTH=8/20/1887"},
        {"Ahnenliste\n1. Quiri Malvek, get. 4 Mar 1950 in Ulm; gest. 25-01-2001\n",
         "DATE_OF_BIRTH=4 Mar 1950"},
        {"Notes\n1. Vemor Datoroux, \xc2\xb0 18.07.1905 \xc3\xa0 Pradosa; \xe2\x80\xa0 "
         "07.05.1980\n",
         "DATE_OF_BIRTH=18.07.1905"},
        {"Stamboom\n3. Dazel Rogureck ged. 12.10.1949 te Montevaldo\n", "DATE_OF_BIRTH=12.10.1949"},
        {"\xc3\x81rbol\n- Gurgur Gurenburg, n. 28.11.1915 en Orvalle; \xe2\x80\xa0 22 de julio de "
         "1993\n",
         "DATE_OF_BIRTH=28.11.1915"},
        {"Albero\n- Torka Briysenburg, n. 17 maggio 1917 a Lindby; m. 9 settembre 1976\n",
         "DATE_OF_BIRTH=17 maggio 1917"},
        {"\xc3\x81rvore\n1. Nepal Roasharo n. 7 de fevereiro de 1897 em Pradosa\n",
         "DATE_OF_BIRTH=7 de fevereiro de 1897"},
        {"\xe2\x94\x9c\xe2\x94\x80\xe2\x94\x80 Ana Rilovar (b. 4 May 1952)\n",
         "DATE_OF_BIRTH=4 May 1952"},
        {"Zijn dochter Nefabri * 23/04/1934.\n", "DATE_OF_BIRTH=23/04/1934"},
        {"Giovanni Rossetto, n. a Bari il 12/03/1921, m. 1990\n", "DATE_OF_BIRTH=12/03/1921"},
        {"Lucia Ferrante, nata a San Severo il 4 maggio 1930\n", "DATE_OF_BIRTH=4 maggio 1930"},
    };
    CHECK(c);
}

/* GEDCOM: the date under BIRT is a birth, the one under DEAT is not, and no level number opens
 * an address. */
static void test_dob10_gedcom(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"0 @I12@ INDI\n1 NAME Luveve /Onienburg/\n1 BIRT\n2 DATE 19 OCT 1812\n2 PLAC Brekkum\n1 "
         "DEAT\n2 DATE 21 DEC 1861\n",
         "DATE_OF_BIRTH=19 OCT 1812"},
        {"0 @I13@ INDI\n1 DEAT\n2 DATE 9 OCT 1884\n2 PLAC Lindby\n", ""},
    };
    CHECK(c);
}

/* Marks that stay: a one-letter mark before a recent date (an invoice number), a death mark, a
 * life span. */
static void test_dob10_genealogy_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Fattura n. 12.03.2024, scadenza 30 giorni\n", ""},
        {"- Torvel Amsgaard, d. 3 May 1950\n", ""},
        {"Velsin Gurveinga (1911\xe2\x80\x93"
         "1980)\n",
         ""},
    };
    CHECK(c);
}

/* An assistant asks for the birth date; the user's short turn gives it, in markdown, plain or
 * JSON chat layouts, a turn or two later. */
static void test_dob10_dialogue_replies(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"**Assistent:** Wanneer ben je geboren?\n**Gebruiker:** 10/03/1960 hoor\n",
         "DATE_OF_BIRTH=10/03/1960"},
        {"IA: \xc2\xbf"
         "Cu\xc3\xa1ndo naciste?\nT\xc3\xba: 05.05.1978\n",
         "DATE_OF_BIRTH=05.05.1978"},
        {"AI: Quando sei nato?\nTu: un attimo\nAI: Nessun problema.\nTu: \xc3\xa8 il 23.10.1986\n",
         "DATE_OF_BIRTH=23.10.1986"},
        {"[{\"role\": \"assistant\", \"content\": \"Could you tell me your date of birth?\"},\n "
         "{\"role\": \"user\", \"content\": \"it's 10 April 1982\"}]\n",
         "DATE_OF_BIRTH=10 April 1982"},
        {"Asistente: Ind\xc3\xadqueme su nombre y su fecha de nacimiento.\nUsuario: Kaqua "
         "Quadaovic\nUsuario: el 26.11.1978\n",
         "DATE_OF_BIRTH=26.11.1978"},
    };
    CHECK(c);
}

/* The same dialogues asking for a travel day: the short turn under that question is no birth. */
static void test_dob10_dialogue_other_dates_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Assistant: Could you tell me your date of birth?\nUser: 3 March 1979\nAssistant: And "
         "which day do you want to travel?\nUser: sure: 16.12.2025\n",
         "DATE_OF_BIRTH=3 March 1979"},
        {"[{\"role\": \"assistant\", \"content\": \"Wie lautet Ihr Geburtsdatum?\"},\n {\"role\": "
         "\"user\", \"content\": \"3. M\xc3\xa4rz 1940\"},\n {\"role\": \"assistant\", "
         "\"content\": \"An welchem Tag m\xc3\xb6"
         "chten Sie reisen?\"},\n {\"role\": \"user\", \"content\": \"am 2. Mai 2025\"}]\n",
         "DATE_OF_BIRTH=3. M\xc3\xa4rz 1940"},
        /* a form's empty birth field: the next field's date is no reply to it */
        {"Date of birth: -\nDate of issue: 04-03-2019", ""},
        {"DOB: n/a\nVisit date: 04/03/2019", ""},
        {"Geburtsdatum: \xe2\x80\x94\nAusstellungsdatum: 04.03.2019", ""},
    };
    CHECK(c);
}

/* A diary's heading over "X was born today" is the birth; the other headings are not. */
static void test_dob10_diary_heading(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"01-11-2023\nRain all day.\n\n7/4/2022\nOur little Sinmor arrived today! Born at "
         "11:40.\n",
         "DATE_OF_BIRTH=7/4/2022"},
        {"10. Mai 2023\nRegen.\n\n3. Juni 2022\nQuadagur ist heute zur Welt gekommen!\n",
         "DATE_OF_BIRTH=3. Juni 2022"},
        {"14 de octubre de 2022\nHoy ha nacido Quays, a las 5:30.\n",
         "DATE_OF_BIRTH=14 de octubre de 2022"},
        {"3 June 2022\nToday we went to the zoo.\n", ""},
    };
    CHECK(c);
}

/* A pet's record or a pet's birth in prose is no person's birth; the owner's stays. */
static void test_dob10_pets_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Art: Katze\nGeboren: 19. Dezember 2015\nChip-Nr.: 791192773043653\n", ""},
        {"Soort: kat\nGeboortedatum: 11.03.2019\nChipnr.: 282499003893819\n", ""},
        {"Race : Bichon\nNaissance: 13.09.2013\n", ""},
        {"Our kitten Pumba was born on 2 March 2014 and came home with us on 17 May 2019.\n", ""},
        {"Nuestro gatito Canelo naci\xc3\xb3 el 7 de octubre de 2004.\n", ""},
        {"Species: Dog\nDOB: 2019-05-02\nOwner: Velma Orstad\nOwner DOB: 04/11/1987\n",
         "DATE_OF_BIRTH=04/11/1987"},
        {"Complaint: dog bite\nDOB: 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
        {"My son was born on 2 March 2014.\n", "DATE_OF_BIRTH=2 March 2014"},
    };
    CHECK(c);
}

/* Animal words after the date in its sentence make it an animal's; a person's sentence that ends
 * before them does not. */
static void test_dob10_pet_words_after_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Luna \xe2\x80\x93 DOB 04/05/2020 \xe2\x80\x93 spayed 2021, microchipped\n", ""},
        {"Kira \xe2\x80\x93 geb. 15-04-2019 \xe2\x80\x93 kastriert, gechippt\n", ""},
        {"Adopted Mochi on 12.06.2021, she was born 01.04.2021 according to the shelter.\n", ""},
        {"Welpen geboren am 12.03.2024, Mutter: H\xc3\xbcndin Bella\n", ""},
        {"Belkafa here. b. 24/04/1949. Dog person.\n", "DATE_OF_BIRTH=24/04/1949"},
    };
    CHECK(c);
}

/* A quiz that names itself asks for public births; an example's date in a prompt or a form's
 * placeholder is nobody's. */
static void test_dob10_quiz_and_example_dates_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"History quiz\n1. When was Amelia Earhart born? (24 July 1897)\n2. Birth date of Jesse "
         "Owens? 12 September 1913\n",
         ""},
        {"Geschichtsquiz\n1. Wann wurde Konrad Zuse geboren?\n\xe2\x86\x92 22. Juni 1910\n", ""},
        {"Trivia time! Who was born on 4 August 1961? Answer: Barack Obama\n", ""},
        {"Date of birth (e.g. 01/01/1990)\n", ""},
        {"Geburtsdatum (z. B. 31.12.1985)\n", ""},
        {"Accept formats like 1990-01-31 for the date of birth.\n", ""},
        {"Email: tom@example.com, DOB: 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
        {"Quiz signup\nName: Orla Kessmond\nDOB: 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
    };
    CHECK(c);
}

/* A car's "birth" beside its registration or build words, an assistant's persona's birth in a
 * prompt: nobody's; the car's keeper's birth and a person introduced in a prompt stay. */
static void test_dob10_cars_and_personas_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Fiat Panda, data di immatricolazione 12/03/2016, nata il 01/02/2016 a Pomigliano\n", ""},
        {"Seat Ibiza, fecha de primera matriculaci\xc3\xb3n 12/03/2016, nacido en Martorell el "
         "01/02/2016\n",
         ""},
        {"Car: Ford Fiesta\nDate of manufacture: 03/11/2016\nBorn on the production line: "
         "01/11/2016\n",
         ""},
        {"Fahrzeug: Golf VII\nErstzulassung: 12.04.2016\nGeburtsdatum des Halters: 03.05.1971\n",
         "DATE_OF_BIRTH=03.05.1971"},
        {"You are Ava, a friendly assistant born on 12 March 2023 at Acme Labs.\n", ""},
        {"System: Du bist Nova, ein KI-Assistent, geboren am 03.04.2021.\n", ""},
        {"\xc3\x89s Sol, um assistente de IA nascido a 12 de julho de 2020.\n", ""},
        {"Persona offesa: Orho Stataneras, nata a Bari il 12 dicembre 1964\n",
         "DATE_OF_BIRTH=12 dicembre 1964"},
    };
    CHECK(c);
}

/* A system prompt's persona line above the user's saved memory (branch agent49): a blank line
 * or a word naming the user ends the persona; its own lines still name no one's birth. */
static void test_dob10_memory_under_persona_is_a_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"You are the onboarding assistant of Acme Ltd. Be concise.\n\n## Saved memory\n- Name: "
         "Dermel Wickwickton\n- Date of birth: 01/13/1993\n",
         "DATE_OF_BIRTH=01/13/1993"},
        {"You are a helpful assistant.\nThe user's date of birth is 13.01.1993.\n",
         "DATE_OF_BIRTH=13.01.1993"},
        {"Du bist ein Assistent.\n\nMemory:\nDer Nutzer heißt Kelfen Brebrebach, geboren am "
         "20.03.1986.\n",
         "DATE_OF_BIRTH=20.03.1986"},
        {"You are Ava, a friendly assistant.\nYou were born on 12 March 2023 at Acme Labs.\n", ""},
    };
    CHECK(c);
}

/* A date after next year is nobody's birth. */
static void test_dob10_future_year_is_no_birth(void **state)
{
    (void)state;
    char text[64];
    snprintf(text, sizeof text, "Date of birth: 03.04.%u\n", nw_dob10_this_year() + 2);
    const struct tcase c[] = {{text, ""},
                              {"Date of birth: 03.04.1987\n", "DATE_OF_BIRTH=03.04.1987"}};
    CHECK(c);
}

/* NEWEST_BIRTH_YEAR (names_dob9.c) follows the clock's year. */
static void test_dob10_newest_birth_year_follows_the_clock(void **state)
{
    (void)state;
    time_t now = time(NULL);
    struct tm tm;
    assert_non_null(gmtime_r(&now, &tm));
    unsigned by = nw_dob10_this_year();
    assert_true(by >= 2026);
    assert_true(by == (unsigned)tm.tm_year + 1900u || by == 2026u ||
                by + 1u == (unsigned)tm.tm_year + 1900u); /* read at most an hour ago */
    assert_int_equal(nw_dob10_newest_year(), by - NW_DOB10_MIN_AGE);
}

/* Every prefix of a text of these shapes scans without reading past its end (ASan). */
static void test_dob10_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] =
        "- Torvel Amsgaard, b. 8/20/1887 in Lindby\n1 BIRT\n2 DATE 19 OCT 1812\n(\xc2\xb0 19 Mar "
        "1855)\nIA: \xc2\xbf"
        "Cu\xc3\xa1ndo naciste?\nT\xc3\xba: 05.05.1978\n{\"content\": \"el 3.4.1980\"}\n7/4/2022\n"
        "Our little X arrived today!\nArt: Katze\nGeboren: 19.12.2015";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob10_genealogy_marks),
        cmocka_unit_test(test_dob10_gedcom),
        cmocka_unit_test(test_dob10_genealogy_look_alikes_stay),
        cmocka_unit_test(test_dob10_dialogue_replies),
        cmocka_unit_test(test_dob10_dialogue_other_dates_stay),
        cmocka_unit_test(test_dob10_diary_heading),
        cmocka_unit_test(test_dob10_pets_stay),
        cmocka_unit_test(test_dob10_pet_words_after_the_date),
        cmocka_unit_test(test_dob10_quiz_and_example_dates_stay),
        cmocka_unit_test(test_dob10_cars_and_personas_stay),
        cmocka_unit_test(test_dob10_memory_under_persona_is_a_birth),
        cmocka_unit_test(test_dob10_future_year_is_no_birth),
        cmocka_unit_test(test_dob10_newest_birth_year_follows_the_clock),
        cmocka_unit_test(test_dob10_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
