/* test_names_dob48.c: a birth date said again (branch dob48, names_dob48.c and session.c): the
 * same bytes elsewhere in a text and in a request's later messages (an assistant reading the
 * birth back, a user quoting it), the next item of a family list in the birth verb's sentence,
 * the new value on a correction line after a birth, a birth asked in one message and given alone
 * in the next. And what stays: a baptism, death or marriage date after a birth, a correction of
 * an appointment, "No dia" as a preposition, label and JSON punctuation in the list's gap, a date
 * given after a question for another date. */
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

static void test_dob48_a_birth_said_again_in_the_same_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth: 07/09/1974\n\nNo, her date of birth is 8 July 1974, not 07/09/1974.\n",
         "DATE_OF_BIRTH=07/09/1974;DATE_OF_BIRTH=8 July 1974;DATE_OF_BIRTH=07/09/1974"},
        {"> Geburtsdatum: 27.11.1958\n\nGeändert: 27.11.1958 stimmt nicht.\n",
         "DATE_OF_BIRTH=27.11.1958;DATE_OF_BIRTH=27.11.1958"},
        /* the same digits inside a longer number, or glued to more of them, stay */
        {"Date of birth: 07/09/1974\nRef 107/09/1974 and 07/09/1974/2\n",
         "DATE_OF_BIRTH=07/09/1974"},
        /* a birth date said once, another date beside it */
        {"Date of birth: 07/09/1974\nSigned on 12/03/2026.\n", "DATE_OF_BIRTH=07/09/1974"},
    };
    CHECK(c);
}

static void test_dob48_the_next_items_of_a_family_list(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"My husband Tom was born on 3 May 1980, our daughter Lea on 12 June 2012 and our son "
         "Ben on 4 July 2015.",
         "DATE_OF_BIRTH=3 May 1980;DATE_OF_BIRTH=12 June 2012;DATE_OF_BIRTH=4 July 2015"},
        {"Mein Mann Jonas ist am 3.5.1980 geboren, unsere Tochter Lea am 12.6.2012.",
         "DATE_OF_BIRTH=3.5.1980;DATE_OF_BIRTH=12.6.2012"},
        {"Mieheni Eero on syntynyt 24.1.1965, tyttäremme Tuulikki 3.12.2021 ja poikamme Ville "
         "7.4.2015.",
         "DATE_OF_BIRTH=24.1.1965;DATE_OF_BIRTH=3.12.2021;DATE_OF_BIRTH=7.4.2015"},
        /* another event of the same person, a label, a JSON member, a new sentence */
        {"Chloé Fontaine, née le 11 novembre 1999, mariée le 18/04/2024 à Jonas Weber.",
         "DATE_OF_BIRTH=11 novembre 1999"},
        {"Demyıl Demoğlu, 5 Eylül 1972 doğumludur, son geçerlilik tarihi: 26.11.2022.",
         "DATE_OF_BIRTH=5 Eylül 1972"},
        {"{\"birth_date\":\"2002-10-23\",\"Inhaber\":\"Maria Vogel\",\"hire_date\":\"2020-05-27\"}",
         "DATE_OF_BIRTH=2002-10-23"},
        {"Tom was born on 3 May 1980. Our son's appointment is on 12 June 2026.",
         "DATE_OF_BIRTH=3 May 1980"},
    };
    CHECK(c);
}

static void test_dob48_the_new_value_of_a_correction(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"> Maria Keller was born on 14.03.1987.\n\nNo, it's 04.03.1987.\n",
         "DATE_OF_BIRTH=14.03.1987;DATE_OF_BIRTH=04.03.1987"},
        {"User: > Date of birth: 1978-05-12\n\nactually it's 1987 not 1978, so 1987-05-12\n",
         "DATE_OF_BIRTH=1978-05-12;DATE_OF_BIRTH=1987-05-12"},
        {">> Födelsedatum: 1915-02-14\n\nNej, det är 1951-02-14.\n",
         "DATE_OF_BIRTH=1915-02-14;DATE_OF_BIRTH=1951-02-14"},
        /* a correction of another date, "No dia" (on the day), no birth before */
        {"Geburtsdatum: 04.03.1987\n\nNein, der Termin ist am 12.03.2026.\n",
         "DATE_OF_BIRTH=04.03.1987"},
        {"Data de nascimento: 15 Dez 1980\n\nNo dia 2026-12-07 foi debitado um pagamento.\n",
         "DATE_OF_BIRTH=15 Dez 1980"},
        {"> I moved the appointment to 12.03.2026.\n\nNo, it's 14.03.2026.\n", ""},
    };
    CHECK(c);
}

static void test_dob48_a_birth_in_a_later_message_of_a_request(void **state)
{
    (void)state;
    /* read back two turns later with no birth word */
    static const char *const echo[] = {
        "Name: Sabine Wimmer\\nGeburtsdatum: 27.11.1958",
        "Ich habe das Formular gelesen. Soll ich den Rest ausfüllen?",
        "Ja, bitte.",
        "Erledigt, ich habe 27.11.1958 eingetragen.",
    };
    char *o = rewrite_turns(echo, 4);
    assert_null(strstr(o, "27.11.1958"));
    free(o);
    /* asked in one message, given alone in the next */
    static const char *const asked[] = {
        "Please help me fill in the school registration for Lea Keller.",
        "Thanks. Could you also give me her date of birth?",
        "3.4.17",
    };
    o = rewrite_turns(asked, 3);
    assert_null(strstr(o, "3.4.17"));
    assert_non_null(strstr(o, "[DATE_OF_BIRTH_1]"));
    free(o);
    /* a question for another date, and an answer too long to be one */
    static const char *const appt[] = {
        "Please help me fill in the school registration for Lea Keller.",
        "When is the appointment?",
        "3.4.2026",
    };
    o = rewrite_turns(appt, 3);
    assert_non_null(strstr(o, "3.4.2026"));
    free(o);
    static const char *const longer[] = {
        "Could you give me her date of birth?",
        "I will look it up tomorrow, the meeting on 3.4.2026 comes first and then the rest.",
    };
    o = rewrite_turns(longer, 2);
    assert_non_null(strstr(o, "3.4.2026"));
    free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob48_a_birth_said_again_in_the_same_text),
        cmocka_unit_test(test_dob48_the_next_items_of_a_family_list),
        cmocka_unit_test(test_dob48_the_new_value_of_a_correction),
        cmocka_unit_test(test_dob48_a_birth_in_a_later_message_of_a_request),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
