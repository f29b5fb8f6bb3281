/* test_names_dob8.c: dates of birth in vet records and message threads (branch dob8): the
 * animal's birth date dropped and the owner's kept, in every locale and in either order; a
 * thread whose speakers are "me:"/"her:" or whose question has no question mark; a compound
 * label's last field; an age with its unit before the date; a day and month after a birthday
 * label; "b." after a sentence; and the look-alikes that must stay as they were (a police
 * report's "Race:", a human patient's "dog bite", a fraction, a plan in the same thread).
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

/* The owner's date stays a birth, the animal's does not, whichever block comes first. */
static void test_dob8_vet_record_keeps_the_owner_drops_the_pet(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Owner: Tarn Velmond\nOwner DOB: 12/03/1981\n\nPatient: Biscuit\nSpecies: Canine  Breed: "
         "Labrador\nDOB: 2019-05-02\n",
         "DATE_OF_BIRTH=12/03/1981"},
        {"Patient: Nala\nSpecies: feline\nDOB: 07/02/2014\n\nOwner: Tarn Velmond\nOwner DOB: "
         "10/04/1949\n",
         "DATE_OF_BIRTH=10/04/1949"},
        {"Tierhalter: Orla Kessmond, geb. 21.9.1950\n\nPatient: Kira, Hund, geb. 8.7.2024\n",
         "DATE_OF_BIRTH=21.9.1950"},
        {"Animal : Rocky\nEsp\xc3\xa8"
         "ce : chat\nDate de naissance : 25 ao\xc3\xbbt 2020\n\nPropri\xc3\xa9taire : Lune "
         "Varest, n\xc3\xa9"
         "e le 22/09/1989\n",
         "DATE_OF_BIRTH=22/09/1989"},
        {"Pati\xc3\xabnt: Filou (kat)\nGeboortedatum: 3-4-2022\n\nEigenaar: Bram Tolvink, "
         "geboortedatum 16-12-1999\n",
         "DATE_OF_BIRTH=16-12-1999"},
        {"Propietario: Ruho Kagerini\nFecha de nacimiento: 1979-06-16\n\nPaciente: Luna\nEspecie: "
         "felino\nFecha de nacimiento: 16 de mayo de 2010\n",
         "DATE_OF_BIRTH=1979-06-16"},
        {"Proprietario: Kavel Stacas, nato il 8 agosto 1982\n\nPaziente: Mochi, specie: cane, "
         "nato il 6 agosto 2013\n",
         "DATE_OF_BIRTH=8 agosto 1982"},
        {"Tutor: Maka Delvin, data de nascimento 1982-12-15\n\nPaciente: Pepper\nEsp\xc3\xa9"
         "cie: felina\nData de nascimento: 2014-12-27\n",
         "DATE_OF_BIRTH=1982-12-15"},
        /* the practice's customer is the owner; a breed after the species label is strong */
        {"Klant: Bram Tolvink\nNaam dier: Frieda\nDiersoort: Hond   Ras: Kooikerhondje\n"
         "Geb.datum: 25/11/2018\n",
         ""},
        {"Tierhalterin: Anke Velmar\nTiername: Moppie\nTierart: Katze\nGeb.: 12.03.2019\n", ""},
    };
    CHECK(c);
}

/* No species label and no owner: a human record that mentions an animal keeps its date; a
 * police report's "Race:" is no breed. */
static void test_dob8_people_near_animal_words_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ER note: dog bite to left hand\nPatient: Orla Kessmond\nDOB: 04/11/1987\n",
         "DATE_OF_BIRTH=04/11/1987"},
        {"SUSPECT: VELMOND, TARN\nRace: W  Sex: M\nDOB: 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
        {"Client: Orla Kessmond\nDOB: 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
    };
    CHECK(c);
}

/* Speakers that are pronouns or kin words, and requests with no question mark. */
static void test_dob8_thread_answers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"me: whats ur dob? for the form\nher: 12/03/91\nme: thx\n", "DATE_OF_BIRTH=12/03/91"},
        {"mum: what's your date of birth\nme: 4 june 1988\n", "DATE_OF_BIRTH=4 june 1988"},
        {"Drofa (13:30): dob pls, filling in the insurance thing\nBelho (13:33): 7/23/1973\n",
         "DATE_OF_BIRTH=7/23/1973"},
        {"[11:58] Quivel: pasame tu fecha de nac para la reserva\n[11:04] Braeger: el 25.02.53\n",
         "DATE_OF_BIRTH=25.02.53"},
    };
    CHECK(c);
}

/* The plan made in the same thread, and a question for something else, stay. */
static void test_dob8_thread_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"me: dinner pls, which day\nher: 12/03/2026\n", ""},
        {"me: for the form i need the date of the visit\nher: 12/03/2026\n", ""},
    };
    CHECK(c);
}

/* A compound label's last field, an age with its unit, a birthday without its year, "b.". */
static void test_dob8_labels_and_ages(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Age/DOB: 36 / 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
        {"AGE/DOB: 36, 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
        {"Witness: Orla Kessmond, 36 y/o, 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
        {"Victim Orla Kessmond, age 36, 04/11/1987, stated\n", "DATE_OF_BIRTH=04/11/1987"},
        {"Birthday: 04/11\n", "DATE_OF_BIRTH=04/11"},
        {"Geburtstag: 12.08.\n", "DATE_OF_BIRTH=12.08."},
        {"Delvin here. b. 05/13/52. Dog person.\n", "DATE_OF_BIRTH=05/13/52"},
        {"Hi, this is Orla, d o b 04/11/1987, about my results\n", "DATE_OF_BIRTH=04/11/1987"},
    };
    CHECK(c);
}

/* A date said in words after a birth word, in both orders; the same words with no birth word
 * stay. Italian "(n. ...)" after a name. */
static void test_dob8_spelled_dates_and_italian_n(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hi, my date of birth is July twenty-first, nineteen eighty-seven, please call back\n",
         "DATE_OF_BIRTH=July twenty-first, nineteen eighty-seven"},
        {"Hi, my date of birth is the fifth of July two thousand and one, thanks\n",
         "DATE_OF_BIRTH=fifth of July two thousand and one"},
        {"d o b December twelfth, nineteen seventy six, about my results\n",
         "DATE_OF_BIRTH=December twelfth, nineteen seventy six"},
        {"born on March 4th 1987\n", "DATE_OF_BIRTH=March 4th 1987"},
        {"The meeting moved to July twenty-first, two thousand and twenty-six.\n", ""},
        {"Testimone: Liodro Staquihoek (n. 22/8/1984)\n", "DATE_OF_BIRTH=22/8/1984"},
    };
    CHECK(c);
}

static void test_dob8_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mix 1/2 cup flour, bake 3/4 hour\n", ""},
        {"Policy/Start: 2024, 04/11/2024\n", ""},
        {"Team of 36 y/o founders, 04/11/2024 launch\n", ""},
        {"Room 12.08. is booked\n", ""},
        {"see z. B. 12.03.2020\n", ""},
    };
    CHECK(c);
}

/* Every prefix of a text of these shapes scans without reading past its end (ASan). */
static void test_dob8_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] = "Owner: Tarn\nOwner DOB: 12/03/1981\nSpecies: Canine\nDOB: "
                               "2019-05-02\nme: dob pls\nher: 12/03/91\nAge/DOB: 36 / 04/11/1987\n"
                               "x, 36 y/o, 04/11/1987\nBirthday: 04/11\nhere. b. 05/13/52\n"
                               "dob July twenty-first, nineteen eighty-seven\nthe fifth of July "
                               "two thousand and one (n. 22/8/1984)";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob8_vet_record_keeps_the_owner_drops_the_pet),
        cmocka_unit_test(test_dob8_people_near_animal_words_stay),
        cmocka_unit_test(test_dob8_thread_answers),
        cmocka_unit_test(test_dob8_thread_look_alikes_stay),
        cmocka_unit_test(test_dob8_labels_and_ages),
        cmocka_unit_test(test_dob8_spelled_dates_and_italian_n),
        cmocka_unit_test(test_dob8_look_alikes_stay),
        cmocka_unit_test(test_dob8_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
