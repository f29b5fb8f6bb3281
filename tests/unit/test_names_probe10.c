/* test_names_probe10.c: people in file names ("Lebenslauf_Maria_Keller.pdf", "CV - Jonas
 * Weber.docx"), before a Japanese honorific suffix ("Ito-sama"), and lower-case after a title
 * with an apostrophe or particles ("dr. o'brien", "mr. van der berg"); file names of reports,
 * "San Francisco" and products after a title stay (branch probe10). */
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

static void test_names_in_file_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"see Lebenslauf_Maria_Keller.pdf", "PERSON=Maria;PERSON=Keller"},
        {"see Arbeitszeugnis-Keller-Maria.pdf", "PERSON=Keller;PERSON=Maria"},
        {"I uploaded CV - Jonas Weber.docx can you check it", "PERSON=Jonas;PERSON=Weber"},
        {"file: Maria Keller - Offer Letter.pdf\n", "PERSON=Maria Keller"},
        {"Attached is Sollicitatie_Huihuia_Bollaarsen.pdf", "PERSON=Huihuia;PERSON=Bollaarsen"},
        {"contract_jweber_2024.pdf attached", "PERSON=jweber"},
        /* file names of reports and products stay */
        {"attached: Report_Q3_Final.pdf\n", ""},
        {"attached: Meeting Notes - Q3 Planning.docx\n", ""},
        {"attached: Offer Letter Template.docx\n", ""},
        {"attached: contract_final_2024.pdf\n", ""},
        {"attached: Invoice_October_Final.pdf\n", ""},
        {"attached: Contract_Acme_Services.pdf\n", ""},
        {"Attached: Facture_Electricite_Mars.pdf\n", ""},
        {"see Kubernetes_Application_Guide.pdf", ""},
    };
    CHECK(c);
}

static void test_japanese_honorific_suffix(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ito-sama said the deadline moved", "PERSON=Ito"},
        {"how do I write an email to Yamada-sensei", "PERSON=Yamada"},
        {"Kobayashi-senpai will review it", "PERSON=Kobayashi"},
        {"we flew to San-Diego", ""},
        {"San Francisco is foggy", ""},
        {"kun and san are suffixes", ""},
    };
    CHECK(c);
}

static void test_lower_case_after_a_title(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"dr. o'brien said it is fine", "PERSON=o'brien"},
        {"ask mr. van der berg about it", "PERSON=van der berg"},
        {"dr. smith said it is fine", "PERSON=smith"},
        {"mr. clean magic eraser", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_in_file_names),
        cmocka_unit_test(test_japanese_honorific_suffix),
        cmocka_unit_test(test_lower_case_after_a_title),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
