/* test_names_audit15.c: the drop and veto rules of the NAMES pack that branch audit15 narrowed,
 * each with the PII it let out and the look-alike it still keeps out: a title key's line
 * (names_prec14.c) keeps a salutation field whose honorific the finding holds ("Titre : M. Jonas
 * Weber"); a birth label paired with another date's label ("Date of birth / Issue date: A / B")
 * keeps its own first value (names_dates.c); a brand named after a person under a name's own
 * key ("Name: Hugo Boss") is a person (names_reject.c); a famous name with a relation right
 * after it ("Angela Merkel (my neighbour)") is a person (names_famous.c). */
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

static void test_title_key_keeps_a_salutation_field_the_finding_opens_with(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Titre : M. Jonas Weber", "PERSON=M. Jonas Weber"},
        {"Titre: M. Sébastien Girard\nTéléphone: 01 43 53 20 78", "PERSON=M. Sébastien Girard"},
        {"TITRE: M. Claire Fontaine", "PERSON=M. Claire Fontaine"},
        {"titre: m. Claire Fontaine", "PERSON=Claire Fontaine"},
        {"Título: D. Diego Ortega", "PERSON=D. Diego Ortega"},
    };
    CHECK(c);
}

static void test_title_key_still_drops_works(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Title: M. Butterfly", ""}, /* one word after the honorific: a work */
        {"Titel: Das Kind / Sebastian Fitzek", ""},
    };
    CHECK(c);
}

static void test_birth_label_paired_with_another_date_label_keeps_its_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth / Issue date: 24.01.1973 / 10.01.2015", "DATE_OF_BIRTH=24.01.1973"},
        {"Geburtsdatum / Ausstellungsdatum: 16.12.1954 / 02.02.2023", "DATE_OF_BIRTH=16.12.1954"},
        {"Date de naissance / Date de délivrance : 21.01.1960 / 23.03.2025",
         "DATE_OF_BIRTH=21.01.1960"},
        {"Fecha de nacimiento / Fecha de expedición: 21/07/1972 / 14/03/2018",
         "DATE_OF_BIRTH=21/07/1972"},
        {"Data di nascita / Data di rilascio: 18/11/1984 / 24.01.2023", "DATE_OF_BIRTH=18/11/1984"},
    };
    CHECK(c);
}

static void test_other_event_dates_after_a_birth_label_stay_out(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the second value is the other label's; a lone other-event date stays out */
        {"Birth certificate issued on 10.01.2015", ""},
        {"Date of birth / Issue date: unknown / 10.01.2015", ""},
        {"Date of birth / Issue date: 10.01.2015", ""},
    };
    CHECK(c);
}

static void test_brand_under_a_name_key_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: Hugo Boss\nPhone: 030 1234567", "PERSON=Hugo Boss"},
        {"Prénom: Hugo Boss", "PERSON=Hugo Boss"},
        {"NAME: Hugo Boss", "PERSON=Hugo Boss"},
    };
    CHECK(c);
}

static void test_brand_under_other_keys_stays_a_brand(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* "Firma" is a firm in German and a signature in Spanish and Italian: since learn47 the
         * model takes the name after it, as after a signature label */
        {"Firma: Hugo Boss", "PERSON=Hugo Boss"},
        {"Marke: Hugo Boss", ""},
        {"owner: Hugo Boss", ""},
        {"I bought a Hugo Boss suit", ""},
    };
    CHECK(c);
}

static void test_famous_name_with_a_relation_after_it_is_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"I met Angela Merkel (my neighbour) yesterday", "PERSON=Angela Merkel"},
        {"Gestern traf ich Angela Merkel (meine Nachbarin) beim Bäcker", "PERSON=Angela Merkel"},
        {"I met Angela Merkel, our tenant, yesterday", "PERSON=Angela Merkel"},
    };
    CHECK(c);
}

static void test_famous_name_with_other_words_after_it_stays_a_topic(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Angela Merkel (my hero) gave a speech", ""},
        {"Angela Merkel (mein Vorbild) hielt eine Rede", ""},
        {"A biography of Albert Einstein (my favourite physicist)", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_key_keeps_a_salutation_field_the_finding_opens_with),
        cmocka_unit_test(test_title_key_still_drops_works),
        cmocka_unit_test(test_birth_label_paired_with_another_date_label_keeps_its_value),
        cmocka_unit_test(test_other_event_dates_after_a_birth_label_stay_out),
        cmocka_unit_test(test_brand_under_a_name_key_is_a_person),
        cmocka_unit_test(test_brand_under_other_keys_stays_a_brand),
        cmocka_unit_test(test_famous_name_with_a_relation_after_it_is_a_person),
        cmocka_unit_test(test_famous_name_with_other_words_after_it_stays_a_topic),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
