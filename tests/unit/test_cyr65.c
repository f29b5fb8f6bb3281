/* test_cyr65.c: people in Cyrillic and Indic text (branch cyr65, names_cyr65.c,
 * contrib/bench/accuracy/notes/cyr65.md): a name with its patronymic in any case ("Морозову
 * Алексею Фомичу", "с Галиною Степанівною"), initials before and after the surname ("Т. І.
 * Мельник", "Жуковская О. Ю."), a given name and a surname both declined ("Марине Морозовой"), a
 * register's "Surname, Given"; Indic initials before the name ("के. एम. सिंह", "க. கார்த்திக்"),
 * the name after an honorific ("श्रीमती", "জনাব") and before one ("जी", "గారు"), the honorific
 * outside. Look-alikes stay: a city declined, a writer as a topic, a word that is a given name,
 * an honorific alone before a postposition. */
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

#include "names_cases.h"

/* Declined full names and patronymics. Before: none of them. */
static void test_cyrillic_cases(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Передайте, пожалуйста, ключи Морозову Алексею Фомичу, встреча в пятницу.",
         "PERSON=Морозову Алексею Фомичу"},
        {"Вчера встречались с Галиною Степанівною по поводу ремонта.",
         "PERSON=Галиною Степанівною"},
        {"Передайте документы Марине Морозовой до пятницы.", "PERSON=Марине Морозовой"},
        {"Список: Шешенко, Богдан Іванович; Маринов, Георги.",
         "PERSON=Шешенко, Богдан Іванович;PERSON=Маринов, Георги"},
        {"Встреча в Москве, потом роман Толстого и теорема Пифагора. Вера и Надежда.", ""},
    };
    CHECK(c);
}

/* Initials before and after the surname. Before: none of them. */
static void test_cyrillic_initials(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Класний керівник Т. І. Мельник, батьківський комітет.", "PERSON=Т. І. Мельник"},
        {"С уважением, Жуковская О. Ю.\n", "PERSON=Жуковская О. Ю."},
        {"Отвечает М. Петрушевска.", "PERSON=М. Петрушевска"},
    };
    CHECK(c);
}

/* Indic initials and honorifics. Before: none of them. */
static void test_indic_initials_and_honorifics(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"समिति: के. एम. सिंह, बैठक कल।", "PERSON=के. एम. सिंह"},
        {"நன்றி, க. கார்த்திக்\n", "PERSON=க. கார்த்திக்"},
        {"नमस्ते राहुल जी, आपका पार्सल आ गया है।", "PERSON=राहुल"},
        {"कक्षा अध्यापक: श्रीमती सुनीता शर्मा; बैठक।", "PERSON=सुनीता शर्मा"},
        {"জনাব রহিম উদ্দিন, আপনার পার্সেল এসেছে।", "PERSON=রহিম উদ্দিন"},
        {"మంత్రి: జనాబ్ మంది. జనాబ এর পরে যোগাযোগ করুন। জনাব এর পরে দিবালি।", ""},
    };
    CHECK(c);
}

/* every prefix of the shapes, cut inside a character (the address sanitizer build reads past
 * no end) */
static void test_every_cyr65_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("ключи Морозову Алексею Фомичу Т. І. Мельник Жуковская О. Ю. Маринов, "
                      "Георги к. के. एम. सिंह राहुल जी জনাব রহিম উদ্দিন க. கார்த்திக் श्री.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_cyr65_prefix_is_scanned_safely),
        cmocka_unit_test(test_cyrillic_cases),
        cmocka_unit_test(test_cyrillic_initials),
        cmocka_unit_test(test_indic_initials_and_honorifics),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
