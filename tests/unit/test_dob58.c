/* test_dob58.c: dates of birth as people type them on a phone (branch dob58, names_dob58.c,
 * contrib/bench/accuracy/notes/dob58.md): digits without separators or parted by spaces after a
 * birth word ("dob 040387", "ur. 4 3 87", "bday 4387", Hungarian "szülinap 2001 marcius 21", a
 * month typed without its marks "17 maerz 71"), a date after a birthday emoji ("🎂 1.1.84") and a
 * date with a birthday phrase after it ("4/3/87 is my bday"). Order numbers, times, years alone,
 * due dates and parties' dates in the same shapes stay. */
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
#include "anonymize/names_internal.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* Digits without separators or with spaces after a birth word. */
static void test_typed_digits_after_birth_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Can you fill in the form from these lines?\n\ndob 040387\nok thx",
         "DATE_OF_BIRTH=040387"},
        {"Możesz wypełnić formularz z tych linijek?\n\nurodzony 18112001\nsprawdze",
         "DATE_OF_BIRTH=18112001"},
        {"Możesz wypełnić formularz?\n\nur. 4 3 87\nok", "DATE_OF_BIRTH=4 3 87"},
        {"Kannst du das Formular ausfüllen?\n\ngeb.datum: 5151 danke", "DATE_OF_BIRTH=5151"},
        {"Ki tudod tölteni az űrlapot?\n\nszülinap 2001 marcius 21\nfogorvos 2026 aprilis 9\nok",
         "DATE_OF_BIRTH=2001 marcius 21"},
        {"Kannst du das Formular ausfüllen?\n\n* geboren am 17 maerz 71 \xF0\x9F\x8E\x82\nok",
         "DATE_OF_BIRTH=17 maerz 71"},
    };
    CHECK(c);
}

/* A birthday emoji before the date, a birthday phrase after it. */
static void test_cake_and_phrase_after(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Podes preencher o formulário com estas linhas?\n\n\xF0\x9F\x8E\x82 1.1.84\nok",
         "DATE_OF_BIRTH=1.1.84"},
        {"Kan du fylle ut skjemaet?\n\n3/3/38 har jeg bursdag\nok", "DATE_OF_BIRTH=3/3/38"},
        {"Tu peux remplir le formulaire ?\n\n25 02 99 c mon anniv\nmerci",
         "DATE_OF_BIRTH=25 02 99"},
    };
    CHECK(c);
}

/* The same shapes with no birth: orders, times, years, due dates, parties, this year's date. */
static void test_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Can you fill in the form from these lines?\n\norder no 040387\n2115 dentist\nborn in "
         "1987",
         ""},
        {"Bu satırlardan formu doldurabilir misin?\n\ntahmini dogum 091227\n\xF0\x9F\x8E\x82 "
         "20.07.2026\n4/3/26 bday party",
         ""},
        {"Kannst du das Formular ausfüllen?\n\ner wird 40 am 18 9 27\nbestellnr 23121987", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_typed_digits_after_birth_word),
        cmocka_unit_test(test_cake_and_phrase_after),
        cmocka_unit_test(test_lookalikes_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
