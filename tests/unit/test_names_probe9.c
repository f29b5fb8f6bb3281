/* test_names_probe9.c: two labels on one line end each other's values ("Nachname: Keller
 * Vorname: Maria"), and a given name before "&"/"and" shares the full name after it ("Maria &
 * Tom Keller"); firms of two surnames stay firms (branch probe9). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#include "names_cases.h"

static void test_two_labels_on_one_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nachname: Keller Vorname: Maria", "PERSON=Keller;PERSON=Maria"},
        {"Name: Keller First name: Maria", "PERSON=Keller;PERSON=Maria"},
        {"Apellidos: García López Nombre: Ana", "PERSON=García López;PERSON=Ana"},
    };
    CHECK(c);
}

static void test_given_name_before_a_shared_surname(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Maria & Tom Keller invited us", "PERSON=Maria;PERSON=Tom Keller"},
        {"Maria and Tom Keller invited us", "PERSON=Maria;PERSON=Tom Keller"},
        {"Hans und Grete Müller kommen", "PERSON=Hans;PERSON=Grete Müller"},
        /* firms and departments before a full name stay */
        {"Sales and Tom Keller met", "PERSON=Tom Keller"},
        {"Johnson & Johnson shares rose", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_labels_on_one_line),
        cmocka_unit_test(test_given_name_before_a_shared_surname),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
