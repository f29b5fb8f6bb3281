/* test_names_dobfam.c: a famous person's birth date is no DATE_OF_BIRTH (branch dobfam): the
 * subject of the birth, the nearest name in its clause, a heading above a label line or the
 * question above an answer, is a public figure (names_famous.c's gazetteer or topic cue); in
 * every locale, and beside the private births that must stay masked (a relation word, another
 * name nearer the date, a form label, a namesake with a personal cue).
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

/* The famous name before the date in its own clause, in the seven locales. */
static void test_dobfam_famous_subject_before_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mozart was born on 27 January 1756 in Salzburg.", ""},
        {"Did you know that Johan Cruijff was born on April 25, 1947? Tell me more.", ""},
        {"Goethe wurde am 28. August 1749 geboren und starb 1832.", ""},
        {"Das Geburtsdatum von Rosa Parks ist der 4. Februar 1913, oder?", ""},
        {"Marie Curie, n\xc3\xa9"
         "e le 7 novembre 1867 \xc3\xa0 Varsovie, a re\xc3\xa7u deux prix Nobel.",
         ""},
        {"Vincent van Gogh werd geboren op 30 maart 1853 in Zundert.", ""},
        {"Gabriel Garc\xc3\xad"
         "a M\xc3\xa1rquez naci\xc3\xb3 el 6 de marzo de 1927.",
         ""},
        {"Giuseppe Verdi nacque il 10 ottobre 1813 a Busseto.", ""},
        {"Fernando Pessoa nasceu a 13 de junho de 1888 em Lisboa.", ""},
        {"Write a short biography of Ada Lovelace (born 10 December 1815) for year 8.", ""},
    };
    CHECK(c);
}

/* No name before the date in its clause: the name after it ("Le ... naît X"). */
static void test_dobfam_famous_subject_after_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Am 4. Februar 1913 kam Rosa Parks zur Welt.", ""},
        {"Born on 14 March 1879, Einstein grew up in Munich.", ""},
        {"Queen Elizabeth II was born on 21 April 1926 in London.", ""},
        {"El 24 de julio de 1783 naci\xc3\xb3 Sim\xc3\xb3n Bol\xc3\xadvar.", ""},
    };
    CHECK(c);
}

/* A label line sends the search to the heading or the question above it in the same block. */
static void test_dobfam_heading_or_question_above_a_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Lesson plan, week 4: Frida Kahlo\n- Born: 6 July 1907\n- Died: 13 July 1954\n", ""},
        {"Unterrichtsentwurf: Clara Schumann\nGeboren: 13. September 1819\n", ""},
        {"Quiz question 7: When was Alan Turing born?\nAnswer: 23 June 1912", ""},
        {"Q: Who was born on 23 June 1912?\nA: Alan Turing", ""},
    };
    CHECK(c);
}

/* An unknown name with a topic phrase before it is a topic; a lifespan alone does not make one:
 * an unknown person with old dates is a family history's ancestor, whose birth stays masked. */
static void test_dobfam_topic_cue_and_lifespan_of_dates(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Schreib eine Biografie von Gaspard Moucheron, geboren am 12. November 1824.", ""},
        {"Anselmo Varriqua (* 13. April 1834; \xe2\x80\xa0 18. Februar 1876) war Kupferstecher.",
         "DATE_OF_BIRTH=13. April 1834"},
    };
    CHECK(c);
}

/* A private birth in the same sentence or paragraph as a famous one stays; the famous goes. */
static void test_dobfam_private_birth_beside_a_famous_one_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"My grandmother Ilvane Holtmarsh, born 3 March 1931, loved Mozart (born 27 January "
         "1756).",
         "DATE_OF_BIRTH=3 March 1931"},
        {"Albert Einstein wurde am 14. M\xc3\xa4rz 1879 geboren, unser Sohn Tobiah ist am 14. "
         "M\xc3\xa4"
         "rz 2015 geboren.",
         "DATE_OF_BIRTH=14. M\xc3\xa4rz 2015"},
        {"For the project: Ada Lovelace was born on 10 December 1815. My son was born on 10 "
         "December 2016!",
         "DATE_OF_BIRTH=10 December 2016"},
        {"Born on 3 May 2001, just like Mozart, our Tolvar loves music.",
         "DATE_OF_BIRTH=3 May 2001"},
        {"Frida was born on 6 July 1999 and Kahlo was her idol.", "DATE_OF_BIRTH=6 July 1999"},
        {"Mozart wrote a lot, a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g "
         "h i j k l m n o p, and Orlend Vandrevel, born 3 May 1990, plays it.",
         "DATE_OF_BIRTH=3 May 1990"},
        {"Mein Urgro\xc3\x9fvater Anselmo Varriqua (* 13. April 1874; \xe2\x80\xa0 18. Februar "
         "1936)",
         "DATE_OF_BIRTH=13. April 1874"},
    };
    CHECK(c);
}

/* A namesake with a personal cue keeps the date: a form label, a relation word, a colleague. */
static void test_dobfam_namesake_with_a_personal_cue_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: Mozart Keller, DOB 27.01.1956", "DATE_OF_BIRTH=27.01.1956"},
        {"Customer: Frida Kahlo\nDate of birth: 06/07/1987\nPlease verify the account.",
         "DATE_OF_BIRTH=06/07/1987"},
        {"My colleague Albert Einstein (born 14 March 1990) starts on Monday.",
         "DATE_OF_BIRTH=14 March 1990"},
        {"Paciente: Frida Kahlo, fecha de nacimiento 06/07/1987", "DATE_OF_BIRTH=06/07/1987"},
    };
    CHECK(c);
}

/* Every prefix of a text of these shapes scans without reading past its end (ASan). */
static void test_dobfam_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] = "Quiz: When was Ada Lovelace born?\nAnswer: 10 December 1815\n"
                               "Am 4. Februar 1913 kam Rosa Parks zur Welt. Anselmo Varriqua (* "
                               "13. April 1834; \xe2\x80\xa0 18. Februar 1876)\nQ: born on 23 "
                               "June 1912?\nA: Alan Turing (b. 1 May 1701, d. 9 June 1768";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dobfam_famous_subject_before_the_date),
        cmocka_unit_test(test_dobfam_famous_subject_after_the_date),
        cmocka_unit_test(test_dobfam_heading_or_question_above_a_label),
        cmocka_unit_test(test_dobfam_topic_cue_and_lifespan_of_dates),
        cmocka_unit_test(test_dobfam_private_birth_beside_a_famous_one_stays),
        cmocka_unit_test(test_dobfam_namesake_with_a_personal_cue_stays),
        cmocka_unit_test(test_dobfam_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
