/* test_names_dates4.c: the fourth round of dates of birth (branch dob4): the non-birth dates the
 * event rules of names_dobevents.c took in the shapes of the look-alike set
 * (gen_dob_lookalikes.py), each beside the birth the rule must still find, and the birth shapes
 * the fourth DOB tune set (gen_dob_tune4.py) found missing.
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

/* A span of dates after a marriage, an office, a post, a job or a lease named in its paragraph is
 * a term, not a life; a death notice's span still is one. */
static void test_dob_span_after_a_term_word_is_no_life(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ehe mit Hedwig Tavernier (16.02.1980 \xe2\x80\x93 1. Juli 2020)", ""},
        {"Ansgar Fairweather served as mayor of Leuven (07/12/1966 - 24 December 2018).", ""},
        {"Ysolde Brouwers, Head of Sales (04/04/1971 \xe2\x80\x93 6/6/2017)", ""},
        {"Employment history:\nTalleres Ibarra (1981-11-01 - 2020-11-14)\n", ""},
        {"Lease Van Dijk\n7/12/1970 \xe2\x80\x93 17/01/2020\nTenant: P", ""},
        {"Huwelijk met Teodoro Sandoval (2 oktober 1969 \xe2\x80\x93 12 december 2018)", ""},
        {"Hjalmar Thistlewood (10/03/1975 - September 23, 2017)", "DATE_OF_BIRTH=10/03/1975"},
        {"Former mayor Hans Keller (4 March 1932 \xe2\x80\x93 9 May 2019) died peacefully.",
         "DATE_OF_BIRTH=4 March 1932"},
        {"In memory of our director Anna Berg (12.05.1940 \xe2\x80\x93 03.02.2021).",
         "DATE_OF_BIRTH=12.05.1940"},
        {"Ehemalige Lehrerin Maria Keller (16.02.1940 \xe2\x80\x93 1. Juli 2020)",
         "DATE_OF_BIRTH=16.02.1940"},
        {"Board minutes.\n\nIn memory of our chair\n\nMaria Keller (16.02.1940 - 1.7.2020)",
         "DATE_OF_BIRTH=16.02.1940"},
    };
    CHECK(c);
}

/* An age before a date in parentheses is a birth only when the date's year plus the age is a
 * year the age can have been stated in (at the latest 2040): a visit's or a race's date beside an
 * age stays. */
static void test_dob_age_before_a_recent_date_is_no_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Female, aged 37 (28 September 2025): routine check-up.", ""},
        {"Nuno Vlasveld, 46 years old (2 October 2013)", ""},
        {"Runner Ingrid M, aged 64 (August 1, 2021 race, Porto)", ""},
        {"Dario Okonjo (63, 10/28/2023) joined", ""},
        {"Nuno Vlasveld, 46 years old (2 October 1978)", "DATE_OF_BIRTH=2 October 1978"},
        {"Dario Okonjo (63, 10/28/1959) joined", "DATE_OF_BIRTH=10/28/1959"},
    };
    CHECK(c);
}

/* Under a line that ends with the birth label, the first date of the value line is the birth;
 * another field's date read onto the line after it is not. */
static void test_dob_ocr_line_second_date_is_not_the_birth(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Surname Given names Date of birth\nMAZZOLENI AURELIO  10.07.1952  07.11.2022\nDate of "
         "expiry\n",
         "DATE_OF_BIRTH=10.07.1952"},
        {"Name Vornamen Geburtsdatum\nKOWALCZUK SASKIA 23.05.1954\n", "DATE_OF_BIRTH=23.05.1954"},
        {"No Surname Given Date of birth\n7 KOWALCZUK SASKIA 23.05.1954\n",
         "DATE_OF_BIRTH=23.05.1954"},
    };
    CHECK(c);
}

/* A Markdown bullet that starts with a date and a place followed by a colon is a note, not the
 * genealogical star. */
static void test_dob_bullet_date_and_place_with_colon_is_no_star(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"* 11 March 2024 in Braga: workshop with Radomir\n", ""},
        {"Johann Keller\n* 12.03.1962 in Ulm\n", "DATE_OF_BIRTH=12.03.1962"},
    };
    CHECK(c);
}

/* A guard in parentheses right after the birth label ("(as recorded on the admission form)",
 * "(DD/MM/YYYY)") is passed over; one with a second clause and another event is not. */
static void test_dob_guard_parenthesis_after_the_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth (as recorded on the admission form): 06/03/1970",
         "DATE_OF_BIRTH=06/03/1970"},
        {"Geburtsdatum (TT.MM.JJJJ): 04.03.1987", "DATE_OF_BIRTH=04.03.1987"},
        {"Date of birth (as shown on the card; see the card issued on): 2/10/2019", ""},
    };
    CHECK(c);
}

/* A closing XML tag's birth word labels nothing after it. */
static void test_dob_closing_tag_labels_no_later_field(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<p><dob>1987-03-04</dob><signup>2022-04-27</signup></p>", "DATE_OF_BIRTH=1987-03-04"},
        {"<date_of_birth>1917-01-14</date_of_birth><signup>2022-04-27</signup>",
         "DATE_OF_BIRTH=1917-01-14"},
    };
    CHECK(c);
}

/* The birth word after the date across a place ("am 1. Juli 1949 in Zwolle geboren"), French
 * "avr" without its dot, a camelCase key that starts with an abbreviation ("gebDatum"). */
static void test_dob_place_before_geboren_avr_and_camel_abbreviation(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Corentin B wurde am 1. Juli 1949 in Zwolle geboren.", "DATE_OF_BIRTH=1. Juli 1949"},
        {"Licence FFF\nN\xc3\xa9 le 27 avr 2011\n", "DATE_OF_BIRTH=27 avr 2011"},
        {"{\"gebDatum\": \"1945-11-20\"}", "DATE_OF_BIRTH=1945-11-20"},
        {"am 1. Juli 1949 in Zwolle Maria geboren", ""},
        {"GEBIET 1945-11-20", ""},
    };
    CHECK(c);
}

/* The EU driving licence's field 3 (date and place of birth) before its field 4a. */
static void test_dob_eu_driving_licence_field_three(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"F\xc3\xbchrerschein\n1. Ilse J\n3. 15.8.1989 Namur\n4a. 8.6.2024",
         "DATE_OF_BIRTH=15.8.1989"},
        {"Rijbewijs\n3. 27-01-1991 Namur 4b. 11-06-2031", "DATE_OF_BIRTH=27-01-1991"},
        {"Steps\n3. 15.8.2019 kickoff\n4. 8.6.2024 review", ""},
    };
    CHECK(c);
}

/* A birthday's day and month without a year, right after a birthday word; the same words
 * elsewhere, or a day and month after another word, stay. */
static void test_dob_birthday_without_a_year(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Quirin E\nBirthday: April 14th\nMember since 5/16/2023", "DATE_OF_BIRTH=April 14th"},
        {"my bday is December 25th btw", "DATE_OF_BIRTH=December 25th"},
        {"Geburtstag: 15. August\n", "DATE_OF_BIRTH=15. August"},
        {"the release is on December 25th", ""},
        {"Meeting: April 14th\n", ""},
    };
    CHECK(c);
}

/* The machine-readable zone: TD3's birth field in line two at columns 14-19, TD1's at 1-6, each
 * with its check digit; a wrong check digit, a line of another length and "<<" in code stay. */
static void test_dob_passport_and_id_card_mrz(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"P<NLDOBERHOLZER<<MALACHY<<<<<<<<<<<<<<<<<<<<\nM5VX8F0V47NLD5604090M2708067<<<<<<<<<<<<<<"
         "04\n",
         "DATE_OF_BIRTH=560409"},
        {"ID "
         "card:\nI<BEL74HHC2JVV2<<<<<<<<<<<<<<<\n7401190F2701149BEL<<<<<<<<<<<6\nDESROSIERS<<ANA",
         "DATE_OF_BIRTH=740119"},
        {"P<NLDOBERHOLZER<<MALACHY<<<<<<<<<<<<<<<<<<<<\nM5VX8F0V47NLD5604091M2708067<<<<<<<<<<<<<<"
         "04\n",
         ""},
        {"P<NLDOBERHOLZER<<MALACHY<<<<<<<<<<<<<<<<<<<<\nM5VX8F0V47NLD5604090M27\n", ""},
        {"std::cout << x << std::endl;\nP<<\n", ""},
    };
    CHECK(c);
}

/* "DOB: 07 09 1997" reads as a PHONE too (a trunk 0 and digit groups): with its birth label the
 * date of birth wins the whole span, and the rewritten text carries its token. */
static void test_dob_beats_the_phone_its_digits_read_as(void **state)
{
    (void)state;
    const char *packs[] = {"GLOBAL", "NAMES"};
    anon_config_t cfg = {.packs = packs, .npacks = 2};
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    anon_session_t *ss = anon_session_new(e);
    assert_non_null(ss);
    const char *in = "Patient: R J   DOB: 07 09 1997   Visit: 11/06/2022";
    anon_buf_t out = {0};
    assert_true(anon_session_scan_text(ss, in, strlen(in), &out) >= 1);
    char got[256];
    assert_true(out.len < sizeof got);
    memcpy(got, out.data, out.len);
    got[out.len] = '\0';
    assert_non_null(strstr(got, "DOB: [DATE_OF_BIRTH_1]   Visit"));
    assert_null(strstr(got, "PHONE"));
    anon_buf_free(&out);
    anon_session_free(ss);
    anon_engine_free(e);
}

/* After a participle of birth ("born", "geboren", "née", "nato", "nacido"), a date in another
 * clause (a verb or a new sentence between) is that clause's; labels and nouns keep their
 * reach. */
static void test_dob_born_in_place_then_another_clause(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"She was born in Kiel and graduated from the university there on 12 July 2010.", ""},
        {"Born in Leeds. Graduated 12 July 2010.", ""},
        {"N\xc3\xa9"
         "e \xc3\xa0 Lyon, elle a rejoint l'entreprise le 3 mars 2015.",
         ""},
        {"Geboren in Ulm, zog er nach Berlin und begann am 1. M\xc3\xa4rz 2012.", ""},
        {"She was born in Kiel on 12 July 1980.", "DATE_OF_BIRTH=12 July 1980"},
        {"She was born prematurely on 4 March 1987.", "DATE_OF_BIRTH=4 March 1987"},
        {"born to Maria and Hans Keller on 4 March 1987", "DATE_OF_BIRTH=4 March 1987"},
        {"was born in London, England, on March 4, 1987", "DATE_OF_BIRTH=March 4, 1987"},
        {"geboren als Sohn von Hans Keller am 4.3.1987", "DATE_OF_BIRTH=4.3.1987"},
        {"the birth of their daughter Ana on 5 May 2019", "DATE_OF_BIRTH=5 May 2019"},
        {"date of birth, which must match the one on file, is 08/04/1990.",
         "DATE_OF_BIRTH=08/04/1990"},
    };
    CHECK(c);
}

/* After a birth label whose value is no date, or a birthday greeting, a later clause's date is
 * not the birth's; a label's noun still reaches across a relative clause ending in a copula,
 * and a holder's noun. */
static void test_dob_label_with_another_value_then_a_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Geburtsdatum: unbekannt, Einreise am 04.03.2015", ""},
        {"DOB unknown, visa granted 04/03/2016", ""},
        {"Happy birthday! See you on 04/03/2025", ""},
        {"Birthday reminder: team lunch on 14 March 2025", ""},
        {"Fecha de nacimiento del paciente 04/03/1987", "DATE_OF_BIRTH=04/03/1987"},
        {"Geburtsdatum laut dem vorgelegten Ausweis lautet 27.03.1938.",
         "DATE_OF_BIRTH=27.03.1938"},
        {"Geburt unseres Sohnes Tomasz an.\n24.1.2014, Utrecht", "DATE_OF_BIRTH=24.1.2014"},
        {"Please tell me your date of birth. It's 2/16/1942", "DATE_OF_BIRTH=2/16/1942"},
        {"DOB per records 04/03/1987", "DATE_OF_BIRTH=04/03/1987"},
        {"date of birth recorded as 04.03.1987", "DATE_OF_BIRTH=04.03.1987"},
        {"birth control prescribed 04/03/2024", ""},
    };
    CHECK(c);
}

/* An empty birth field and another field's date after it: a JSON key after a comma, a query
 * parameter after '&', a second label after the birth label's own colon. */
static void test_dob_empty_field_then_another_fields_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"dob\": null, \"start_date\": \"2015-03-04\"}", ""},
        {"GET /p?dob=&start=2015-03-04", ""},
        {"DOB: -- Start: 2015-03-04", ""},
        {"{\"dob\": \"1987-03-04\", \"start_date\": \"2015-03-04\"}", "DATE_OF_BIRTH=1987-03-04"},
        {"GET /p?dob=1987-03-04&start=2015-03-04", "DATE_OF_BIRTH=1987-03-04"},
        {"BEGIN:VCARD\nBDAY;VALUE=date:19820622\nEND:VCARD", "DATE_OF_BIRTH=19820622"},
    };
    CHECK(c);
}

/* This round's readers look around the date (a term word, a second date, a place after a star,
 * a guard parenthesis, a closing tag, a birthday word, field 4a., an MRZ's lines): every prefix
 * of a text of them, copied to a buffer of its exact size, is scanned without a read past its
 * end (ASan build). */
static void test_dob4_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] =
        "Ehe mit A B (16.02.1980 - 1. Juli 2020)\nX, aged 37 (28 September 2025)\n"
        "Surname Given names Date of birth\nK A  10.07.1952  07.11.2022\n* 11 March 2024 in "
        "Braga: w\nDate of birth (as recorded): 06/03/1970 <dob>1987-03-04</dob><s>2022-04-27</s>\n"
        "am 1. Juli 1949 in Zwolle geboren\nborn in Kiel and moved on 12 July 2010. Born in Leeds. "
        "G 4 May 2015\n3. 15.8.1989 Namur\n4a. 8.6.2024\nmy bday is "
        "December 25th\nP<NLDOBERHOLZER<<MALACHY<<<<<<<<<<<<<<<<<<<<\nM5VX8F0V47NLD5604090M2708067"
        "<<<<<<<<<<<<<<04\nI<BEL74HHC2JVV2<<<<<<<<<<<<<<<\n7401190F2701149BEL<<<<<<<<<<<6";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob_span_after_a_term_word_is_no_life),
        cmocka_unit_test(test_dob_age_before_a_recent_date_is_no_birth),
        cmocka_unit_test(test_dob_ocr_line_second_date_is_not_the_birth),
        cmocka_unit_test(test_dob_bullet_date_and_place_with_colon_is_no_star),
        cmocka_unit_test(test_dob_guard_parenthesis_after_the_label),
        cmocka_unit_test(test_dob_closing_tag_labels_no_later_field),
        cmocka_unit_test(test_dob_place_before_geboren_avr_and_camel_abbreviation),
        cmocka_unit_test(test_dob_eu_driving_licence_field_three),
        cmocka_unit_test(test_dob_birthday_without_a_year),
        cmocka_unit_test(test_dob_beats_the_phone_its_digits_read_as),
        cmocka_unit_test(test_dob_passport_and_id_card_mrz),
        cmocka_unit_test(test_dob_born_in_place_then_another_clause),
        cmocka_unit_test(test_dob_label_with_another_value_then_a_date),
        cmocka_unit_test(test_dob_empty_field_then_another_fields_date),
        cmocka_unit_test(test_dob4_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
