/* test_names_dob9.c: dates of birth in the shapes names_dob9.c reads (branch h5dob): a thread's
 * speaker in brackets or before " - ", a birth label an animal word qualifies, a bracketed date
 * after a party's name in a form that labels a birth, "Anniversaire :" / "Aniversário -" labels;
 * and the look-alikes in the same shapes that must stay as they were.
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

/* A thread whose speakers stand in brackets, or before " - " / " > " on every line: the turn
 * that answers a birth question with a date alone gives a birth, in every locale. */
static void test_dob9_bracket_speakers_answer_a_birth_question(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[Mum] when was Tevdri born again? need it for the passport\n[me] 5/12/2012\n",
         "DATE_OF_BIRTH=5/12/2012"},
        {"[Oma] wann ist Quelmar nochmal geboren? brauch das f\xc3\xbcr den Pass\n[me] 6.9.2013\n",
         "DATE_OF_BIRTH=6.9.2013"},
        {"[Maman] c'est quoi la date de naissance de Nuvor ?\n[me] 07/02/2013\n",
         "DATE_OF_BIRTH=07/02/2013"},
        {"[Pap] wat is de geboortedatum van Taki ook alweer? voor het paspoort\n[me] 07-04-2012\n",
         "DATE_OF_BIRTH=07-04-2012"},
        {"[Charo] \xc2\xbf"
         "cu\xc3\xa1l es la fecha de nacimiento de Orvel? la piden\n[me] 3 de septiembre de 2017\n",
         "DATE_OF_BIRTH=3 de septiembre de 2017"},
        {"[Nonna] qual \xc3\xa8 la data di nascita di Pelor? serve per il passaporto\n[me] "
         "23-02-2017\n",
         "DATE_OF_BIRTH=23-02-2017"},
        {"[Tom (work)] what's Soran's date of birth again?\n[me] April 22, 2019\n",
         "DATE_OF_BIRTH=April 22, 2019"},
        {"Mum - wann ist Taki eigentlich geboren?\nme - 2008-12-19\n", "DATE_OF_BIRTH=2008-12-19"},
        {"Av\xc3\xb3 > quando \xc3\xa9 que o Dribel nasceu?\nme > 8 de dezembro de 2010\n",
         "DATE_OF_BIRTH=8 de dezembro de 2010"},
    };
    CHECK(c);
}

/* The same threads asking for another date, and a list whose item is no speaker. */
static void test_dob9_bracket_speakers_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[Dad] and when's the flight?\n[me] 12/05/2026\n", ""},
        {"[Oma] und wann ist der Flug?\n[me] 26. September 2025\n", ""},
        {"Date of birth?\nItem - 12/03/2024\n", ""},
    };
    CHECK(c);
}

/* A birth label an animal word qualifies, or a bare one under a patient with a breed: the
 * animal's date goes, the owner's stays, in every locale. */
static void test_dob9_pet_labels_drop_the_animal_keep_the_owner(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: Kiwi (beagle)\nPet DOB: 06-Oct-2013\nOwner: Rodton Sheebelle\nDate of birth "
         "(Owner): 21 Mar 1989\n",
         "DATE_OF_BIRTH=21 Mar 1989"},
        {"Patient: Milo (Maine Coon)\nGeb. (Tier): 20.9.2012\nHalter/in: J\xc3\xb6rg "
         "Velmar\nGeburtsdatum (Halter/in): 2006-08-07\n",
         "DATE_OF_BIRTH=2006-08-07"},
        {"Patient: Pixel (Dackel)\nGeb.: 12.03.2019\nHalter: Quel Ranstad\nGeburtsdatum (Halter): "
         "03.01.1978\n",
         "DATE_OF_BIRTH=03.01.1978"},
        {"Animal : Filou (caniche)\nDate de naissance (animal) : 25/08/2020\nPropri\xc3\xa9taire : "
         "Lune Varest\nDate de naissance (Propri\xc3\xa9taire) : 22/09/1989\n",
         "DATE_OF_BIRTH=22/09/1989"},
        {"Pati\xc3\xabnt: Simba (Border Collie)\nGeb. (dier): 2022-10-06\nEigenaar: Anouk "
         "Tevbrink\nGeboortedatum (Eigenaar): 26-02-1985\n",
         "DATE_OF_BIRTH=26-02-1985"},
        {"Paciente: Max (beagle)\nNac. (mascota): 05/01/2024\nPropietario/a: Luadi Orvez\nFecha de "
         "nacimiento (Propietario/a): 3-10-1965\n",
         "DATE_OF_BIRTH=3-10-1965"},
        {"Paziente: Zorro (Labrador)\nData di nascita (animale): 12/12/2011\nProprietario: Pedri "
         "Ordelli\nData di nascita (Proprietario): 6.7.1984\n",
         "DATE_OF_BIRTH=6.7.1984"},
        {"Paciente: Bella (Border Collie)\nNasc. (animal): 07.02.2019\nTutor(a): Ludel "
         "Taveira\nData de nascimento (Tutor(a)): 28/06/1972\n",
         "DATE_OF_BIRTH=28/06/1972"},
    };
    CHECK(c);
}

/* A person's surname that is a breed elsewhere is no breed here ("Russell" is not on the list),
 * and a human record with a PET scan and no owner keeps its birth date. */
static void test_dob9_people_named_like_breeds_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Client: Jack Russell\nDOB: 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
        {"PET scan booked\nPatient: Orla Kessmond\nDOB: 04/11/1987\n", "DATE_OF_BIRTH=04/11/1987"},
    };
    CHECK(c);
}

/* A form that labels one party's birth gives the bracket after another party's name the same
 * meaning, in every locale. */
static void test_dob9_bracketed_party_dates(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Reporting person: Zanele Ndvor, Date of birth 3 December 1972\nSuspect: NDVOR Thandel "
         "(11-Jul-1991)\n",
         "DATE_OF_BIRTH=3 December 1972;DATE_OF_BIRTH=11-Jul-1991"},
        {"Mitteiler: Gisomar Henober, Geburtsdatum 17.9.1954\nTatverd\xc3\xa4"
         "chtige/r: Gisel Henobichler (2003-05-01)\n",
         "DATE_OF_BIRTH=17.9.1954;DATE_OF_BIRTH=2003-05-01"},
        {"D\xc3\xa9"
         "clarant: Beltev Kifen, Date de naissance 1997-12-15\nTiers impliqu\xc3\xa9: marovel "
         "s\xc3\xa9veloul (16-10-1956)\n",
         "DATE_OF_BIRTH=1997-12-15;DATE_OF_BIRTH=16-10-1956"},
        {"Aangever: Hilemar Geroes, Geboortedatum 18-01-1965\nVerdachte: SJOVEDIJK Tiesel "
         "(04-09-1995)\n",
         "DATE_OF_BIRTH=18-01-1965;DATE_OF_BIRTH=04-09-1995"},
        {"Tomador: Luali Ilaried, Fecha de nacimiento: 20/04/1974\nConductor contrario: Mironel "
         "Tobiaquin (3-12-1984)\n",
         "DATE_OF_BIRTH=20/04/1974;DATE_OF_BIRTH=3-12-1984"},
        {"Denunciante: Quelnu Taenko, Data di nascita 9/3/1987\nControparte: Fenmar Beleira "
         "(08/02/1940)\n",
         "DATE_OF_BIRTH=9/3/1987;DATE_OF_BIRTH=08/02/1940"},
        {"Comunicante: Ja\xc3\xa7"
         "eira Ludicoru, Data de nascimento 23/12/1963\nSuspeito: BALEVILDE LUDELEIRA "
         "(26.08.1992)\n",
         "DATE_OF_BIRTH=23/12/1963;DATE_OF_BIRTH=26.08.1992"},
    };
    CHECK(c);
}

/* A clerk's recent date in the same bracket, a bracket with no birth label in the record, a
 * bracket that holds more than the date. */
static void test_dob9_bracketed_dates_that_are_no_birth_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Claimant: Ranzar Zarbrink, Date of birth 27/04/1996\nSigned off by: Orul Iasouard "
         "(13/08/2026)\n",
         "DATE_OF_BIRTH=27/04/1996"},
        {"Approved by: Orul Iasouard (13/08/2009)\n", ""},
        {"Claimant: Ranzar Zarbrink, Date of birth 27/04/1996\nWitness: Orul Iasouard (seen "
         "13/08/1990)\n",
         "DATE_OF_BIRTH=27/04/1996"},
    };
    CHECK(c);
}

/* The birthday-or-anniversary word alone as a label before a date of no recent year; a wedding
 * anniversary and a party this year stay. */
static void test_dob9_anniversary_labels(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Salut, moi c'est Ulovor.\nAnniversaire : 13.2.1993\n", "DATE_OF_BIRTH=13.2.1993"},
        {"Oi, eu sou Shantaia.\nAnivers\xc3\xa1rio - 07/03/1995\n", "DATE_OF_BIRTH=07/03/1995"},
        {"Anivers\xc3\xa1rio: 15 de fevereiro de 1978\n", "DATE_OF_BIRTH=15 de fevereiro de 1978"},
        {"Mon anniversaire : 13 f\xc3\xa9vrier 1993\n", "DATE_OF_BIRTH=13 f\xc3\xa9vrier 1993"},
        {"Date d'anniversaire : 13/02/1993\n", "DATE_OF_BIRTH=13/02/1993"},
        {"\xe2\x80\xa2 Meu anivers\xc3\xa1rio - 13/02/1993\n", "DATE_OF_BIRTH=13/02/1993"},
        {"Notre anniversaire : 22.6.2009\n", ""},
        {"Anniversaire de mariage : 22.6.2009\n", ""},
        {"Anivers\xc3\xa1rio de casamento - 08/10/1999\n", ""},
        {"Anniversaire : 14/06/2026\n", ""},
    };
    CHECK(c);
}

/* A caller who names herself with a famous surname is the writer, not a public figure; the
 * footballer's own birth in a sentence about him stays dropped (names_dobfam.c). */
static void test_dob9_self_introduction_is_no_famous_topic(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Buongiorno, sono Federica Di Stefano, per il rinnovo della ricetta, nata il 19 "
         "Dicembre 1977. Grazie.\n",
         "DATE_OF_BIRTH=19 Dicembre 1977"},
        {"Alfredo Di St\xc3\xa9"
         "fano, nato il 4 luglio 1926, fu un calciatore argentino.\n",
         ""},
        {"Wolfgang Amadeus Mozart was born on 27 January 1756 in Salzburg.\n", ""},
    };
    CHECK(c);
}

/* Every prefix of a text of these shapes scans without reading past its end (ASan). */
static void test_dob9_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] = "[Mum] when was Tev born?\n[me] 5/12/2012\nMum - dob?\nme - "
                               "2008-12-19\nPet DOB: 06-Oct-2013\nOwner: X\nSuspect: A B "
                               "(11-Jul-1991)\nAnniversaire : 13.2.1993";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob9_bracket_speakers_answer_a_birth_question),
        cmocka_unit_test(test_dob9_bracket_speakers_look_alikes_stay),
        cmocka_unit_test(test_dob9_pet_labels_drop_the_animal_keep_the_owner),
        cmocka_unit_test(test_dob9_people_named_like_breeds_stay),
        cmocka_unit_test(test_dob9_bracketed_party_dates),
        cmocka_unit_test(test_dob9_bracketed_dates_that_are_no_birth_stay),
        cmocka_unit_test(test_dob9_anniversary_labels),
        cmocka_unit_test(test_dob9_self_introduction_is_no_famous_topic),
        cmocka_unit_test(test_dob9_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
