/* test_names_dob49.c: Nordic birth notations and another event's copy of a birth (branch dob49,
 * names_dob49.c): a day/month with the year after a space or a dash ("född 17/1 1950", "f.
 * 17/1-50"), six bare digits after a Nordic birth cue ("född 820616"), plural birth verbs ("ils
 * sont nés le", "nacieron el"), Greek, Lithuanian and Latvian months after a birth word. And what
 * stays: the same notations for a delivery, an order's
 * number, a personal number's digits, a baptism or burial printed under the birth's own date. */
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

static void test_dob49_nordic_day_month_and_compact_births(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Namn: Astrid Nyberg\nFödd: 17/1 1950\n", "DATE_OF_BIRTH=17/1 1950"},
        {"Min far Rasmus Skov blev født den 4/10-2012 i Vejle.", "DATE_OF_BIRTH=4/10-2012"},
        {"Astrid Lindqvist är född 17/1-50.", "DATE_OF_BIRTH=17/1-50"},
        {"Astrid Lindqvist är född 820616.", "DATE_OF_BIRTH=820616"},
        {"Navn: Eirik Nygård\nFødt: 160682\n", "DATE_OF_BIRTH=160682"},
        /* the same shapes for other things, the digits of a personal number */
        {"Paketet levereras 17/1 2025.", ""},
        {"Ordernr 820616 skickad.", ""},
        {"Möte 17/1 50 personer.", ""},
        {"Astrid Lindqvist är född 820616-1234.", ""},
    };
    CHECK(c);
}

/* A baptism or burial printed under the birth's own date is masked with it (left, it would print
 * the birth date); an order number that holds the birth's digits is not. */
static void test_dob49_the_birth_date_under_another_event(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"St Wilfrid's, Tarnwick – register extract\n\nBaptisms\n28 December 1952: Harriet Vane, "
         "born 28 December 1952, daughter of John Vane.\n",
         "DATE_OF_BIRTH=28 December 1952;DATE_OF_BIRTH=28 December 1952"},
        {"Ursula Hölzl, geboren am 21. Juli 1949, getauft am 21. Juli 1949.",
         "DATE_OF_BIRTH=21. Juli 1949;DATE_OF_BIRTH=21. Juli 1949"},
        {"Zofia Sikora, urodzony 3 marca 1901, ochrzczony 3 marca 1901.",
         "DATE_OF_BIRTH=3 marca 1901;DATE_OF_BIRTH=3 marca 1901"},
        {"Eirik Nygård er født 080378. Bestilling 080378 er bekreftet.", "DATE_OF_BIRTH=080378"},
        /* a birth said again with no event's word stays a birth */
        {"Date of birth: 07/09/1974\n\nThanks, I have 07/09/1974 on file.\n",
         "DATE_OF_BIRTH=07/09/1974;DATE_OF_BIRTH=07/09/1974"},
    };
    CHECK(c);
}

static void test_dob49_plural_birth_verbs(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ils sont tous les deux nés le 23 mars 1974.", "DATE_OF_BIRTH=23 mars 1974"},
        {"Los gemelos nacieron el 16 de febrero de 1948.", "DATE_OF_BIRTH=16 de febrero de 1948"},
        {"Os gémeos nasceram a 10/06/1984 em Braga.", "DATE_OF_BIRTH=10/06/1984"},
        {"Les jumeaux sont arrivés le 23 mars 2024.", ""},
    };
    CHECK(c);
}

static void test_dob49_greek_lithuanian_and_latvian_months(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Η Ελένη Οικονόμου γεννήθηκε στις 16 Ιουνίου 1982 στην Πάτρα.",
         "DATE_OF_BIRTH=16 Ιουνίου 1982"},
        {"Ημερομηνία γέννησης: 7 Μαΐου 1953\n", "DATE_OF_BIRTH=7 Μαΐου 1953"},
        {"Rūta Kazlauskas gimė 1982 m. birželio 16 d. Kaune.", "DATE_OF_BIRTH=1982 m. birželio 16"},
        {"Dzimšanas datums: 1982. gada 16. jūnijā\n", "DATE_OF_BIRTH=1982. gada 16. jūnijā"},
        /* the same dates for an appointment, an expiry, an invoice; a name with "ννη" */
        {"Ο Γιάννης έχει ραντεβού στις 16 Ιουνίου 2025.", ""},
        {"Galioja iki 2030 m. birželio 16 d.", ""},
        {"Rēķins izrakstīts 2024. gada 16. jūnijā.", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob49_nordic_day_month_and_compact_births),
        cmocka_unit_test(test_dob49_the_birth_date_under_another_event),
        cmocka_unit_test(test_dob49_plural_birth_verbs),
        cmocka_unit_test(test_dob49_greek_lithuanian_and_latvian_months),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
