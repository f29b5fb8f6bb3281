/* test_names_dob7.c: dates of birth that no birth word beside them claims (branch dob7): a
 * chat's or a ticket's answer to a question for the birth date lines above, an age in a
 * bracket with the date, an announcement's words, a constructor call under a birth key, and
 * a verb-final birth clause; each beside the look-alike that must stay (the export's stamps, a
 * plan made in the same chat, an answer to another question, a created date, an appointment).
 */
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

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"

/* The question in one message, the date alone (or nearly) opening a later one, in every
 * export's layout and locale. */
static void test_dob_chat_answer_lines_after_the_question(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[15/03/2026, 18:44:56] Jo: dob?\n[15/03/2026, 19:07:56] Mi: 04/02/2004 why\n",
         "DATE_OF_BIRTH=04/02/2004"},
        {"6/9/26, 3:56 PM - Ni: Geburtsdatum?\n6/9/26, 4:17 PM - Br: hmm\n"
         "6/9/26, 4:28 PM - Br: am 3. M\xc3\xa4rz 1991\n",
         "DATE_OF_BIRTH=3. M\xc3\xa4rz 1991"},
        {"Ca, [23.06.2026 11:54]\nc'est quand ton anniversaire ?\nCo, [23.06.2026 12:41]\n"
         "3 avril 1988 \xf0\x9f\x99\x82\n",
         "DATE_OF_BIRTH=3 avril 1988"},
        {"To  4:32 PM\nwanneer ben je jarig?\nYs  4:47 PM\n11-08-1999 hoezo\n",
         "DATE_OF_BIRTH=11-08-1999"},
        {"Mi\n4/13 2:11 PM\n\xc2\xbf"
         "cu\xc3\xa1ndo naciste?\nRo\n4/13 2:19 PM\nespera\nRo\n"
         "4/13 2:43 PM\n16/01/2000 por?\n",
         "DATE_OF_BIRTH=16/01/2000"},
        {"[10:11] <tom> dob?\n[10:12] <anna> 04/03/1987\n", "DATE_OF_BIRTH=04/03/1987"},
        {"Anna: when's your birthday?\nTom: March 14\n", "DATE_OF_BIRTH=March 14"},
        {"On Mon, Anna wrote:\n> Could you send me your date of birth?\n\nSure, it's 04/03/1987.\n",
         "DATE_OF_BIRTH=04/03/1987"},
        {"Anna: wann hast du Geburtstag?\nTom: am 14. M\xc3\xa4rz\n",
         "DATE_OF_BIRTH=14. M\xc3\xa4rz"},
        {"Os: mi serve la tua data di nascita per il modulo\nBr: il 17/03/1962\n",
         "DATE_OF_BIRTH=17/03/1962"},
        {"Agent (2026-04-27 10:46): To verify, please reply with your full name and date of "
         "birth.\nCustomer (2026-04-27 10:47): Kasimir Castrovel - 13.01.1958\n",
         "DATE_OF_BIRTH=13.01.1958"},
    };
    CHECK(c);
}

/* The export's stamps, a plan in the same chat and an answer to another question stay dates. */
static void test_dob_chat_answer_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"6/9/26, 3:56 PM - Ni: Geburtsdatum?\n6/9/26, 4:17 PM - Br: hmm\n", ""},
        {"[15/03/2026, 18:44:56] Jo: when's the delivery?\n[15/03/2026, 19:07:56] Mi: 04/05/2026\n",
         ""},
        {"Jo: dob?\nMi: 04/02/2004\nJo: dinner is on 12/05/2026\n", "DATE_OF_BIRTH=04/02/2004"},
        {"Jo: dob?\nMi: no idea, ask mum\nMi: the party is at 7\nJo: 12/05/2026\n", ""},
        {"user dob missing\n2026-01-04 10:22:01 INFO retry 3\n", ""},
        {"Anna: when's the party?\nTom: March 14\n", ""},
        {"Total: March 14\n", ""},
        {"> Could you send me the delivery date?\n\n12 March 2026\n", ""},
        {"Date of birth: 04/03/1987\n12/05/2026\n", "DATE_OF_BIRTH=04/03/1987"},
    };
    CHECK(c);
}

/* An age and its unit in a bracket right before the date. */
static void test_dob_age_in_a_bracket_with_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Bredan Quistorff (78 y, 06/11/1947), admitted 05/15/2026.", "DATE_OF_BIRTH=06/11/1947"},
        {"Thessaly Varnhagen (51 J., 26.05.1974), Aufnahme 15.02.2026.",
         "DATE_OF_BIRTH=26.05.1974"},
        {"Vasco Zuidervelt (29 ans, 09/04/1996)", "DATE_OF_BIRTH=09/04/1996"},
        {"Kasimir Sabreuil (30 a\xc3\xb1os, 03/10/1995)", "DATE_OF_BIRTH=03/10/1995"},
        {"Maria Keller (42 y.o., 4/3/1982)", "DATE_OF_BIRTH=4/3/1982"},
        {"Pt: Keller, Maria *04.03.1982\n", "DATE_OF_BIRTH=04.03.1982"},
        {"Release 3 (2 builds, 04/03/2020)", ""},
        {"Termine:\n*04.03.2026 Kickoff\n* 05.03.2026 Review\nDeadline *12.05.2026*", ""},
    };
    CHECK(c);
}

/* An announcement's own words around the date, and their look-alikes. */
static void test_dob_announcement_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"We welcomed our daughter Joaquim Brackwater on 9/25/2025. Mum and baby are well!",
         "DATE_OF_BIRTH=9/25/2025"},
        {"Our little Joaquim came into the world on 12/01/2026 at 4:12 am.",
         "DATE_OF_BIRTH=12/01/2026"},
        {"A Z\xc3\xa9lie chegou ao mundo a 12 de outubro de 2025.",
         "DATE_OF_BIRTH=12 de outubro de 2025"},
        {"Unser Sohn Tobis ist am 18. Februar 2026 zur Welt gekommen.",
         "DATE_OF_BIRTH=18. Februar 2026"},
        {"Op 13 januari 2025 werd onze zoon Joaquim geboren.", "DATE_OF_BIRTH=13 januari 2025"},
        {"Bastiaan wurde am 4. Juli 2026 geboren, 3.420 g, 51 cm.", "DATE_OF_BIRTH=4. Juli 2026"},
        {"We welcomed our new CTO on 9/25/2025.", ""},
    };
    CHECK(c);
}

/* A life span with a two-digit year at one end takes its century from the other. */
static void test_dob_life_span_with_a_two_digit_year(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Abschied von Fardan Q\n28.3.1950 \xe2\x80\x93 21.11.26\n", "DATE_OF_BIRTH=28.3.1950"},
        {"Abschied von Corrado S\n11.09.54 \xe2\x80\x93 28.04.2026\n", "DATE_OF_BIRTH=11.09.54"},
        {"Vertrag\n01.03.2021 - 28.02.26\n", ""},
        {"(01.03.01 - 28.02.31)", ""},
        {"Projekt\n03.05.2021 - 17.11.24\n", ""},
    };
    CHECK(c);
}

/* A constructor call's arguments under a birth key; a created date's call stays. */
static void test_dob_constructor_call_under_a_birth_key(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"    date_of_birth { Date.new(1972, 2, 3) }\n    hired_on { Date.new(2024, 3, 4) }\n",
         "DATE_OF_BIRTH=1972, 2, 3"},
        {"u := User{BirthDate: time.Date(1999, 11, 3, 0, 0, 0, 0, time.UTC)}",
         "DATE_OF_BIRTH=1999, 11, 3"},
        {"    birth_date=date(1992, 3, 16),\n    created=date(2024, 10, 6),\n",
         "DATE_OF_BIRTH=1992, 3, 16"},
        {"p.setDob(LocalDate.of(1961, 9, 15));", "DATE_OF_BIRTH=1961, 9, 15"},
        {"createdAt: LocalDate.of(2024, 3, 7)", ""},
        {"max(1987, 3, 4)", ""},
    };
    CHECK(c);
}

/* A birth verb that closes its clause labels the date before it, not the next one. */
static void test_dob_verb_final_clause(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ich bin am 26.05.1959 geboren, der Termin ist am 21.01.2024.",
         "DATE_OF_BIRTH=26.05.1959"},
        {"Admitted 12/03/2020, born 04/03/1987.", "DATE_OF_BIRTH=04/03/1987"},
        {"Sie ist in Lyon geboren und am 17.10.2025 nach Graz gezogen.", ""},
        {"Ze is geboren in Lyon en verhuisde op 24 februari 2024 naar Gent.", ""},
        {"Ich bin in Kiel geboren, der Termin ist am 12.05.2026.", ""},
        {"Tom Keller, geboren am 4.3.1987 in Kiel.", "DATE_OF_BIRTH=4.3.1987"},
    };
    CHECK(c);
}

/* A birthday party's date is no birth, whichever side of the birth word the party stands. */
static void test_dob_birthday_party_date_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Die Geburtstagsfeier ist am 10.03.2026 im Gemeindesaal.", ""},
        {"Het verjaardagsfeest is op 22-5-2024 in het buurthuis.", ""},
        {"La fiesta de cumplea\xc3\xb1os es el 12/8/2026.", ""},
        {"La festa di compleanno \xc3\xa8 il 28/1/2026.", ""},
        {"Party A: Tom Keller, date of birth 04/03/1987", "DATE_OF_BIRTH=04/03/1987"},
    };
    CHECK(c);
}

/* A line longer than the reader looks back over is read in bounded time and asks nothing: the
 * answer below it still needs its question within reach. */
static void test_dob_chat_answer_after_a_very_long_line(void **state)
{
    (void)state;
    static char text[8192];
    size_t n = 0;
    memset(text, 'a', 4000);
    n = 4000;
    const char *tail = " dob?\nMi: 04/03/1987\nJo: dob?\nMi: 05/06/1990\n";
    memcpy(text + n, tail, strlen(tail) + 1);
    struct tcase c[] = {{text, "DATE_OF_BIRTH=05/06/1990"}};
    CHECK(c);
}

/* Every prefix of a text of these shapes scans without reading past its end (ASan). */
static void test_dob7_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] = "6/9/26, 3:56 PM - Ni: dob?\nTo  4:32 PM\nhmm\n[1/2/2026, 10:11] "
                               "Br: 04/02/2004\nX (78 y, 06/11/1947)\nwelcomed our daughter on "
                               "9/25/2025\nam 4.3.2026 zur Welt\ndob { Date.new(1972, 2, 3";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob_chat_answer_lines_after_the_question),
        cmocka_unit_test(test_dob_chat_answer_look_alikes_stay),
        cmocka_unit_test(test_dob_age_in_a_bracket_with_the_date),
        cmocka_unit_test(test_dob_announcement_words),
        cmocka_unit_test(test_dob_life_span_with_a_two_digit_year),
        cmocka_unit_test(test_dob_constructor_call_under_a_birth_key),
        cmocka_unit_test(test_dob_verb_final_clause),
        cmocka_unit_test(test_dob_birthday_party_date_stays),
        cmocka_unit_test(test_dob_chat_answer_after_a_very_long_line),
        cmocka_unit_test(test_dob7_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
