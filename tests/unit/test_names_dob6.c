/* test_names_dob6.c: dates of birth in prose (branch dob6): births before 1900 after a birth
 * word, values whose words are joined by '_', and answers that give the birth date a text asked
 * for without a birth word; each beside the look-alike that must stay (a death, a marriage, a
 * baptism date, a famous person's birth, a viewing date in the same reply's shape).
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

/* After an explicit birth word a date before 1900 is a birth, in every locale's shape. */
static void test_dob_old_year_after_a_birth_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Kelton Brad was born on 27 November 1899 in Ashgrove.", "DATE_OF_BIRTH=27 November 1899"},
        {"Brayie Fairford, b. 1884-11-19, d. 1998.", "DATE_OF_BIRTH=1884-11-19"},
        {"- Mohammed Murphy (b. 1879-11-04)\n- Eoin Murphy, b. October 20, 1891",
         "DATE_OF_BIRTH=1879-11-04;DATE_OF_BIRTH=October 20, 1891"},
        {"Sigtrud Fichbauer, * 27. September 1894 in Vellmar, verh.",
         "DATE_OF_BIRTH=27. September 1894"},
        {"Marien Talain, n\xc3\xa9 le 23/04/1859 \xc3\xa0 Saint-Ours.", "DATE_OF_BIRTH=23/04/1859"},
        {"Tjalling Drax, geboren op 3 mei 1871 te Zaltbommel.", "DATE_OF_BIRTH=3 mei 1871"},
        {"Paula Mendaroz naci\xc3\xb3 el 16/1/1866 en Villaca\xc3\xb1\x61s.",
         "DATE_OF_BIRTH=16/1/1866"},
        {"Oratto Todini, nato il 1853-10-22 a San Marino.", "DATE_OF_BIRTH=1853-10-22"},
        {"user=4 dob=04-Mar-1887 ok", "DATE_OF_BIRTH=04-Mar-1887"},
        {"Evanha Zim\xc3\xa3\x65s nasceu em 27 de abril de 1860 em Santo Andr\xc3\xa9.",
         "DATE_OF_BIRTH=27 de abril de 1860"},
    };
    CHECK(c);
}

/* The floor stays for a bare old date and for another event's date next to a birth. */
static void test_dob_old_year_other_events_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The bridge opened on 27 November 1899 in Ashgrove.", ""},
        {"Quillan Draxmoor, d. 12 March 1899, buried at Kilbrannan.", ""},
        {"Ysolde Oberlind, born 1851, married on 4 June 1878.", ""},
        {"Tavish Quennell, n\xc3\xa9 en 1840, baptis\xc3\xa9 le 03/05/1861.", ""},
        {"Merewyn Vassendorf wurde am 25.04.1854 in Vila Boim geboren. Heirat am 24.1.1900.",
         "DATE_OF_BIRTH=25.04.1854"},
        {"Corvan Lindqvell, nacido en 1850, bautizado el 2 de mayo de 1851.", ""},
    };
    CHECK(c);
}

/* A famous person's birth is no one's personal data. */
static void test_dob_old_year_famous_person_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Einstein was born on 14 March 1879 in Ulm.", ""},
        {"- Freud (geb. 6. Mai 1856), Pr\xc3\xbc\x66ungsstoff", ""},
        {"Pessoa nasceu em 13 de junho de 1888, diz o livro.", ""},
    };
    CHECK(c);
}

/* A key's value whose words a logger joined with '_'. */
static void test_dob_value_joined_by_underscores(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"action=profile_update dob=12_de_outubro_de_1968 ok",
         "DATE_OF_BIRTH=12_de_outubro_de_1968"},
        {"action=profile_update birth_date=2nd_of_March_1937", "DATE_OF_BIRTH=2nd_of_March_1937"},
        {"dob=27._November_1989|next", "DATE_OF_BIRTH=27._November_1989"},
        {"dob=20._Nov._1964 x", "DATE_OF_BIRTH=20._Nov._1964"},
        {"user=7 dob=April_12th,_1993|2023-08-23T13:13:23Z", "DATE_OF_BIRTH=April_12th,_1993"},
        {"dob:15_luglio_1938 created=3_marzo_2024", "DATE_OF_BIRTH=15_luglio_1938"},
        {"created=12_de_outubro_de_2023 last_seen=April_12th,_2024", ""},
    };
    CHECK(c);
}

/* A text that asks for the birth date, and a reply that gives it after the writer's name. */
static void test_dob_answer_to_a_question_for_the_birth_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"For the reference letter I need your full name and date of birth.\n\n"
         "-----Original Message-----\nSent: 7th of October 2022\n\n"
         "Sure. It's Kelissa F. Stanwood, 6 March 1996. My new address is:",
         "DATE_OF_BIRTH=6 March 1996"},
        {"Agent: K\xc3\xb6nnen Sie Name und Geburtsdatum best\xc3\xa4tigen?\n"
         "Kunde: Ich bin Delwyn Moravetz, 4. M\xc3\xa4rz 1987\nAgent: danke.",
         "DATE_OF_BIRTH=4. M\xc3\xa4rz 1987"},
        {"Il me faut votre date de naissance.\n> Bien s\xc3\xbbr. C'est Venna Brisquet, "
         "12/05/1979.",
         "DATE_OF_BIRTH=12/05/1979"},
        {"Necesito tu fecha de nacimiento.\nClaro. Soy Rovena Zamberti, 3 de mayo de 1990.",
         "DATE_OF_BIRTH=3 de mayo de 1990"},
        {"Need your date of birth.\nHi, this is Marlott Cardonel, 1978-06-10.",
         "DATE_OF_BIRTH=1978-06-10"},
    };
    CHECK(c);
}

/* The same reply's shape with no question for a birth date, or a date that goes on. */
static void test_dob_answer_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"When can you move in?\n\nSure. It's Kelissa Stanwood, 6 March 2026.", ""},
        {"I need your date of birth.\n> Sure. It's Kelissa Stanwood, 6 March 2026 suits me for "
         "the viewing.",
         ""},
        {"Your date of birth, please.\nDer Termin ist Montag, 4. M\xc3\xa4rz 2026.", ""},
        {"Please send your date of birth.\nThis is Acme Corp, 12 May 2019.", ""},
        {"Hi, it's Tom Baker, 12 May 2024. The DOB field on the form is empty.", ""},
    };
    CHECK(c);
}

/* Every prefix of a text of these shapes scans without reading past its end (ASan). */
static void test_dob6_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] =
        "X, b. 1884-11-19, d. 1998.\n- Y (b. 1879-11-04)\nZ was born on 27 November 1899 in A\n"
        "dob=12_de_outubro_de_1968 dob=April_12th,_1993 dob=27._Nov._1889\n"
        "date of birth?\nSure. It's Kelissa F. Stanwood, 6 March 1996";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob_old_year_after_a_birth_word),
        cmocka_unit_test(test_dob_old_year_other_events_stay),
        cmocka_unit_test(test_dob_old_year_famous_person_stays),
        cmocka_unit_test(test_dob_value_joined_by_underscores),
        cmocka_unit_test(test_dob_answer_to_a_question_for_the_birth_date),
        cmocka_unit_test(test_dob_answer_look_alikes_stay),
        cmocka_unit_test(test_dob6_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
