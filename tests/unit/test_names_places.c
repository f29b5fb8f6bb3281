/* test_names_places.c: the NAMES pack's street addresses (names_places.c) and dates of birth
 * (names_dates.c), one written shape a test, each with the look-alike it must leave alone.
 * test_names.c holds the first round of both; this file the shapes gen_dob_addr.py found missing.
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

#define NAMES_SKIP_TYPE "PERSON" /* this file is about addresses and dates of birth */
#include "names_cases.h"

/* ---- dates of birth ------------------------------------------------------------------------- */
static void test_dob_birth_word_after_the_date(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1969-04-19 (date of birth)", "DATE_OF_BIRTH=1969-04-19"},
        {"03.07.1939 is my date of birth, please update", "DATE_OF_BIRTH=03.07.1939"},
        {"Ich bin am 10/10/1959 geboren.", "DATE_OF_BIRTH=10/10/1959"},
        {"1/5/1933 (data di nascita)", "DATE_OF_BIRTH=1/5/1933"},
        {"1987-03-04 (release of the born-again build)", ""},
        {"Released 2021-03-04, see the notes", ""},
    };
    CHECK(c);
}

static void test_dob_weekday_before_the_date_is_part_of_it(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DOB: Wednesday, March 15, 1956", "DATE_OF_BIRTH=Wednesday, March 15, 1956"},
        {"geboren am Freitag, 14. Februar 1968", "DATE_OF_BIRTH=Freitag, 14. Februar 1968"},
        {"née le jeudi 3 septembre 1978", "DATE_OF_BIRTH=jeudi 3 septembre 1978"},
        {"nacida el sábado, 17 de marzo de 1997", "DATE_OF_BIRTH=sábado, 17 de marzo de 1997"},
    };
    CHECK(c);
}

static void test_dob_two_digit_year_after_a_month_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DOB:\n  7 Mar 57", "DATE_OF_BIRTH=7 Mar 57"},
        {"Geburtsdatum\n4. August 33", "DATE_OF_BIRTH=4. August 33"},
        {"born on March 4, 87", "DATE_OF_BIRTH=March 4, 87"},
        {"born on 4 March 10:30", ""}, /* a time, not a year */
    };
    CHECK(c);
}

static void test_dob_year_first_dots_and_month_between_slashes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"nato il 1955.04.02", "DATE_OF_BIRTH=1955.04.02"},
        {"nacido el 13/jun./1986", "DATE_OF_BIRTH=13/jun./1986"},
        {"nacida el 2/abr./1942", "DATE_OF_BIRTH=2/abr./1942"},
        {"version 2024.04.02 released", ""},
    };
    CHECK(c);
}

static void test_dob_birth_words_of_neighbouring_languages(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nací el 22 de noviembre de 1991.", "DATE_OF_BIRTH=22 de noviembre de 1991"},
        {"Data de nascimento: 04/03/1987", "DATE_OF_BIRTH=04/03/1987"},
        {"född 1987-03-04", "DATE_OF_BIRTH=1987-03-04"},
        {"Data urodzenia: 4.3.1987", "DATE_OF_BIRTH=4.3.1987"},
        {"date de naiss. : 4.3.1987", "DATE_OF_BIRTH=4.3.1987"},
        {"Usage: since 04/03/1987", ""},
    };
    CHECK(c);
}

/* The birth word belongs to the first date after it, not to one after another number or on the
 * next labelled line (a passport's issue date, a record's createdAt, a last visit). */
static void test_dob_later_dates_are_not_births(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Date of birth: 11-Mar-1932\nDate of issue: Jul. 15, 2016", "DATE_OF_BIRTH=11-Mar-1932"},
        {"DOB 12/02/2006; last visit 26 January 2016", "DATE_OF_BIRTH=12/02/2006"},
        {"{\"dateOfBirth\": \"3 July 1946\", \"createdAt\": \"DECEMBER 14, 2017\"}",
         "DATE_OF_BIRTH=3 July 1946"},
        {"dob: 26.09.1968\nsignup_date: 6. Februar 2024", "DATE_OF_BIRTH=26.09.1968"},
        {"Born: June 10, 1974\nDied: March 24, 2026", "DATE_OF_BIRTH=June 10, 1974"},
        {"Date of birth\n1987-03-04", "DATE_OF_BIRTH=1987-03-04"},
    };
    CHECK(c);
}

static void test_dob_degree_sign_b_dot_and_mrz(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"nata il 1° marzo 1987", "DATE_OF_BIRTH=1° marzo 1987"},
        {"Maria Keller (b. 4 March 1987)", "DATE_OF_BIRTH=4 March 1987"},
        {"DOB: 4 Mrz 1987", "DATE_OF_BIRTH=4 Mrz 1987"},
        {"a. foo b. bar 2021-03-04", ""},
    };
    CHECK(c);
}

/* A date in a table column whose header, lines above, names a birth date (csv_names in names.c
 * reads a header only on the first line of the text, and not a Markdown one). */
static void test_dob_in_a_column_under_a_birth_header(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"| Name | Date of Birth |\n| --- | --- |\n| Korvel Wainscott | 5/18/1933 |",
         "DATE_OF_BIRTH=5/18/1933"},
        {"Export:\nname;dob;signup\nX;1987-03-04;2024-01-01\nY;1990-01-02;2024-02-02",
         "DATE_OF_BIRTH=1987-03-04;DATE_OF_BIRTH=1990-01-02"},
        {"Releases:\nversion,date\n1.2,2024-01-01", ""},
    };
    CHECK(c);
}

static void test_dob_spaced_dots_del_and_month_first_dashes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Geburtsdatum: 04. 03. 1987", "DATE_OF_BIRTH=04. 03. 1987"},
        {"nacido el 4 de marzo del 1987", "DATE_OF_BIRTH=4 de marzo del 1987"},
        {"nato il 4 marzo del 1987", "DATE_OF_BIRTH=4 marzo del 1987"},
        {"name,dob\nX,Mar-04-1987", "DATE_OF_BIRTH=Mar-04-1987"},
        {"Kapitel 4. 3. 1987 war", ""},
    };
    CHECK(c);
}

/* The birth word after the date with the person and the verb between them. */
static void test_dob_date_then_person_was_born(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"On 4 March 1987, Maria Keller was born in Lyon.", "DATE_OF_BIRTH=4 March 1987"},
        {"Am 4.3.1987 wurde Maria Keller in Köln geboren.", "DATE_OF_BIRTH=4.3.1987"},
        {"El 4 de marzo de 1987 nació Ana.", "DATE_OF_BIRTH=4 de marzo de 1987"},
        {"Le 4 mars 1987 est née Marie à Lyon.", "DATE_OF_BIRTH=4 mars 1987"},
        {"Op 4 maart 1987 werd Jan geboren.", "DATE_OF_BIRTH=4 maart 1987"},
        {"I was born on the 16 May 63.", "DATE_OF_BIRTH=16 May 63"},
        {"On 2019-03-04 the project was born.", ""},
        {"On 2015-11-09, Kubernetes was born as an internal tool.", ""},
        {"Released 2021-03-04, see the changelog of the born shell", ""},
    };
    CHECK(c);
}

/* ---- street addresses ----------------------------------------------------------------------- */
static void test_addr_direction_before_the_street_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to 572 W 72nd St, Springfield, IL 62704 today",
         "STREET_ADDRESS=572 W 72nd St, Springfield, IL 62704"},
        {"Ship to 1660 S Lincoln Lane, Portland, OR 97201 today",
         "STREET_ADDRESS=1660 S Lincoln Lane, Portland, OR 97201"},
        {"Page 12 W 3rd edition", ""},
    };
    CHECK(c);
}

static void test_addr_australian_unit_number_level_and_state(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to 6/148 George St, Newtown NSW 2042 today",
         "STREET_ADDRESS=6/148 George St, Newtown NSW 2042"},
        {"Ship to Unit 1, 112 Bridge St, Glenelg SA 5045 today",
         "STREET_ADDRESS=Unit 1, 112 Bridge St, Glenelg SA 5045"},
        {"Ship to Level 7, 98 Elizabeth Street, Newtown NSW 2042 today",
         "STREET_ADDRESS=Level 7, 98 Elizabeth Street, Newtown NSW 2042"},
        {"Ship to 114 George Parade, Newtown today", "STREET_ADDRESS=114 George Parade"},
    };
    CHECK(c);
}

static void test_addr_irish_canadian_and_uk_postcodes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to 86 Strand Road, Cork, Co. Cork, T12 Y9V6 today",
         "STREET_ADDRESS=86 Strand Road, Cork, Co. Cork, T12 Y9V6"},
        {"Ship to:\n253 Church Road\nDublin 4\nD04 A5T2",
         "STREET_ADDRESS=253 Church Road\nDublin 4\nD04 A5T2"},
        {"Ship to 970 rue Sainte-Catherine O, Montréal, QC H3B 1A7 today",
         "STREET_ADDRESS=970 rue Sainte-Catherine O, Montréal, QC H3B 1A7"},
        {"Ship to 77 King St W, Suite 696, Toronto, ON M5V 1M3 today",
         "STREET_ADDRESS=77 King St W, Suite 696, Toronto, ON M5V 1M3"},
        {"Ship to:\n84 High Street\nNorwich\nNR21 4HZ",
         "STREET_ADDRESS=84 High Street\nNorwich\nNR21 4HZ"},
    };
    CHECK(c);
}

static void test_addr_country_prefix_and_unit_words_after(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to Herrengasse 83, Stiege 3, Top 7, A-1010 Wien today",
         "STREET_ADDRESS=Herrengasse 83, Stiege 3, Top 7, A-1010 Wien"},
        {"Ship to Bahnhofstrasse 33, CH-3011 Bern today",
         "STREET_ADDRESS=Bahnhofstrasse 33, CH-3011 Bern"},
        {"Ship to Avenue Louise 342, boîte 19, 1050 Ixelles today",
         "STREET_ADDRESS=Avenue Louise 342, boîte 19, 1050 Ixelles"},
        {"Top 10 list\nLevel 3 boss", ""},
    };
    CHECK(c);
}

static void test_addr_postal_boxes_per_locale(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to Postbus 6070, 8798 XD Zwolle today",
         "STREET_ADDRESS=Postbus 6070, 8798 XD Zwolle"},
        {"Ship to Apartado de Correos 410, 06812 Bilbao today",
         "STREET_ADDRESS=Apartado de Correos 410, 06812 Bilbao"},
        {"Ship to Casella Postale 352, 10121 Torino today",
         "STREET_ADDRESS=Casella Postale 352, 10121 Torino"},
        {"Ship to Postfach, 8021 Zürich today", "STREET_ADDRESS=Postfach, 8021 Zürich"},
        {"Apartado 5 del contrato", ""}, /* "apartado" alone is a section */
    };
    CHECK(c);
}

static void test_addr_street_types_before_the_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to Laan van Meerdervoort 106, 2517 AB Den Haag today",
         "STREET_ADDRESS=Laan van Meerdervoort 106, 2517 AB Den Haag"},
        {"Ship to Chaussée de Waterloo 255, 1180 Uccle today",
         "STREET_ADDRESS=Chaussée de Waterloo 255, 1180 Uccle"},
        {"Ship to Landstraßer Hauptstraße 48, 1030 Wien today",
         "STREET_ADDRESS=Landstraßer Hauptstraße 48, 1030 Wien"},
        {"Im Jahr 2020 kamen 5 Leute", ""},
    };
    CHECK(c);
}

static void test_addr_mexican_number_colonia_and_cp(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to Av. Juárez No. 577, Int. 12, Col. Centro, C.P. 06000 today",
         "STREET_ADDRESS=Av. Juárez No. 577, Int. 12, Col. Centro, C.P. 06000"},
        {"Ship to Av. Paseo de la Reforma #472, Col. Centro, 05094 Puebla today",
         "STREET_ADDRESS=Av. Paseo de la Reforma #472, Col. Centro, 05094 Puebla"},
        {"Ship to Calzada de Tlalpan 706, Col. Del Valle, 03100 Ciudad de México today",
         "STREET_ADDRESS=Calzada de Tlalpan 706, Col. Del Valle, 03100 Ciudad de México"},
    };
    CHECK(c);
}

static void test_addr_two_unit_parts_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to Bât. C, 6e étage, 68 rue Jean Jaurès, 69001 Lyon today",
         "STREET_ADDRESS=Bât. C, 6e étage, 68 rue Jean Jaurès, 69001 Lyon"},
    };
    CHECK(c);
}

static void test_addr_block_city_line_with_lower_case_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to:\n4596 Tylova 285\n Suite 578\n Ostrov nad Ohrí\n Czech Republic 56655",
         "STREET_ADDRESS=4596 Tylova 285\n Suite 578\n Ostrov nad Ohrí\n Czech Republic 56655"},
        {"??? 79367 Nybyvägen 65\n??? Suite 824\n??? ANKARSRUM\n??? Sweden 67626",
         "STREET_ADDRESS=79367 Nybyvägen 65\n??? Suite 824\n??? ANKARSRUM\n??? Sweden 67626"},
    };
    CHECK(c);
}

static void test_addr_us_military(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mail: USNS Vestergaard\nFPO AA 08331", "STREET_ADDRESS=USNS Vestergaard\nFPO AA 08331"},
        {"Mail: Unit 8505 Box 9220\nDPO AP 51065",
         "STREET_ADDRESS=Unit 8505 Box 9220\nDPO AP 51065"},
        {"The USS Enterprise is a ship", ""},
    };
    CHECK(c);
}

static void test_addr_polish_type_and_names_with_particles(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"at 9383 ul. Chrzanowska 61, ok", "STREET_ADDRESS=9383 ul. Chrzanowska 61"},
        {"at Jan van Galenstraat 4 ok", "STREET_ADDRESS=Jan van Galenstraat 4"},
        {"at 1819 St. John Street, ok", "STREET_ADDRESS=1819 St. John Street"},
        {"at Grote Baan 477 ok", "STREET_ADDRESS=Grote Baan 477"},
        {"at Postbox 115 ok", "STREET_ADDRESS=Postbox 115"},
        {"Jan van Dijk 4 times", ""},
    };
    CHECK(c);
}

static void test_addr_country_line_with_lower_case_words_and_number(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"X\n\n77 Gammelhavn 36\n Apt. 591\n Anholt\n People's Republic of China 75271",
         "STREET_ADDRESS=77 Gammelhavn 36\n Apt. 591\n Anholt\n People's Republic of China 75271"},
        {"X\n\n70 Eskelundsvej 15\n Suite 539\n København V\n Somalia 46908",
         "STREET_ADDRESS=70 Eskelundsvej 15\n Suite 539\n København V\n Somalia 46908"},
        {"Ship to 12 Baker Street\nLondon is lovely in the spring and we go there",
         "STREET_ADDRESS=12 Baker Street\nLondon"},
    };
    CHECK(c);
}

/* Italian, Spanish and Portuguese write the street type in lower case before the name; "via"
 * counts only after an Italian word or a label, as it is also English. */
static void test_addr_lower_case_type_before_capitalised_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"abito in via Roma 10, 00184 Roma", "STREET_ADDRESS=via Roma 10, 00184 Roma"},
        {"Sono in via Raffaele Conforti 74.", "STREET_ADDRESS=via Raffaele Conforti 74"},
        {"Indirizzo: via Garibaldi 3", "STREET_ADDRESS=via Garibaldi 3"},
        {"vivo en calle de Alcal\xc3\xa1 5", "STREET_ADDRESS=calle de Alcal\xc3\xa1 5"},
        {"moro na rua da Prata 10", "STREET_ADDRESS=rua da Prata 10"},
        {"at 46 via Raffaele Conforti 74 ok", "STREET_ADDRESS=46 via Raffaele Conforti 74"},
        {"pushed via Docker 24 times", ""},
        {"take it via Route 66 then", ""},
        {"sent via Slack 2 days ago", ""},
    };
    CHECK(c);
}

static void test_addr_lower_case_street_after_number(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"at 42 machelsesteenweg 197 ok", "STREET_ADDRESS=42 machelsesteenweg 197"},
        {"at 97 guildry street ok", "STREET_ADDRESS=97 guildry street"},
        {"at 46 via raffaele conforti 74 ok", "STREET_ADDRESS=46 via raffaele conforti 74"},
        {"sent 3 via the api 2 times", ""},
        {"it is a 2 way street", ""},
        {"the first 3 substring 2 chars", ""},
        {"add 5 minutes drive", ""},
    };
    CHECK(c);
}

static void test_addr_usps_suffixes_and_two_types(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"at 903 Dora Creek Apt. 176 ok", "STREET_ADDRESS=903 Dora Creek Apt. 176"},
        {"at 1036 W Willow Creek St Apt. 3, Portland, OR 01636",
         "STREET_ADDRESS=1036 W Willow Creek St Apt. 3, Portland, OR 01636"},
        {"at 136 Filadelfeos Str. ok", "STREET_ADDRESS=136 Filadelfeos Str."},
        {"Phase 2 Dry Run today", ""},
    };
    CHECK(c);
}

static void test_addr_street_without_number_named_by_its_context(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"she lives on Boyle Street now", "STREET_ADDRESS=Boyle Street"},
        {"stop at the corner of Kuusiku 7 and Inna Loop St. now",
         "STREET_ADDRESS=Kuusiku 7;STREET_ADDRESS=Inna Loop St."},
        {"a store on Main Street", ""},
        {"based on Wall Street news", ""},
        {"on Monday Road trip", ""},
    };
    CHECK(c);
}

static void test_addr_unnumbered_street_with_building_and_postcode(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to Rose Cottage, Queens Gardens, Bath BS8 0YA now",
         "STREET_ADDRESS=Rose Cottage, Queens Gardens, Bath BS8 0YA"},
        {"Address: The Old Rectory, Mill Road, York B33 2ZU",
         "STREET_ADDRESS=The Old Rectory, Mill Road, York B33 2ZU"},
        {"We met at Apache Kafka Summit, London", ""},
        {"at 82 Kingsway, Norwich YO10 9NG ok", "STREET_ADDRESS=82 Kingsway, Norwich YO10 9NG"},
        {"Flat 30, 60a The Green, Exeter LS6 8XG",
         "STREET_ADDRESS=Flat 30, 60a The Green, Exeter LS6 8XG"},
    };
    CHECK(c);
}

/* ---- the whole postal block (branch addrcov): names_postal.c -------------------------------- */
static void test_addr_country_after_the_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Anschrift: Hauptstraße 5, 10115 Berlin, Deutschland.",
         "STREET_ADDRESS=Hauptstraße 5, 10115 Berlin, Deutschland"},
        {"742 Evergreen Terrace\nSpringfield, IL 62704\nUSA\n\nThanks",
         "STREET_ADDRESS=742 Evergreen Terrace\nSpringfield, IL 62704\nUSA"},
        {"Flat 3, 12 Baker Street, London NW1 6XE, United Kingdom",
         "STREET_ADDRESS=Flat 3, 12 Baker Street, London NW1 6XE, United Kingdom"},
        {"5 rue d'Orsel\n75018 PARIS\nFRANCE", "STREET_ADDRESS=5 rue d'Orsel\n75018 PARIS\nFRANCE"},
        {"Calle Mayor 3, 2º B, 28013 Madrid, España",
         "STREET_ADDRESS=Calle Mayor 3, 2º B, 28013 Madrid, España"},
        {"The conference takes place in Berlin, Germany.", ""},
        {"Hauptstraße 5, 10115 Berlin, Germanys", "STREET_ADDRESS=Hauptstraße 5, 10115 Berlin"},
    };
    CHECK(c);
}

static void test_addr_postcode_and_town_before_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Adresse: 10115 Berlin, Hauptstraße 5", "STREET_ADDRESS=10115 Berlin, Hauptstraße 5"},
        {"Send to 75018 Paris, 5 rue d'Orsel tomorrow",
         "STREET_ADDRESS=75018 Paris, 5 rue d'Orsel"},
        {"SW1A 2AA London, 10 Downing Street", "STREET_ADDRESS=SW1A 2AA London, 10 Downing Street"},
        {"Adres: 1012 AB Amsterdam, Keizersgracht 123",
         "STREET_ADDRESS=1012 AB Amsterdam, Keizersgracht 123"},
        {"We have 5 Berlin offices and 10115 staff.", ""},
        {"build 10115 Berlin, Hauptstraße 5", "STREET_ADDRESS=10115 Berlin, Hauptstraße 5"},
        {"v10115 Berlin, Hauptstraße 5", "STREET_ADDRESS=Hauptstraße 5"}, /* not a postcode */
    };
    CHECK(c);
}

static void test_addr_town_with_particles_cedex_and_province(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"36 chemin des Lilas, 13090 Aix-en-Provence ok",
         "STREET_ADDRESS=36 chemin des Lilas, 13090 Aix-en-Provence"},
        {"Rosenstr. 129, D-24356 Freiburg im Breisgau",
         "STREET_ADDRESS=Rosenstr. 129, D-24356 Freiburg im Breisgau"},
        {"12 rue de Rivoli, 75001 Paris Cedex 01.",
         "STREET_ADDRESS=12 rue de Rivoli, 75001 Paris Cedex 01"},
        {"Paseo de Gracia 19\n46002 Valencia (Valencia)\n",
         "STREET_ADDRESS=Paseo de Gracia 19\n46002 Valencia (Valencia)"},
        {"Hauptstraße 5, 10115 Berlin im Mai", "STREET_ADDRESS=Hauptstraße 5, 10115 Berlin"},
    };
    CHECK(c);
}

static void test_addr_unit_before_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Building B, 1 Infinite Loop, Cupertino, CA 95014",
         "STREET_ADDRESS=Building B, 1 Infinite Loop, Cupertino, CA 95014"},
        {"Second Floor, 156 Rosebery Close, London T13 4JS",
         "STREET_ADDRESS=Second Floor, 156 Rosebery Close, London T13 4JS"},
        {"#210, 2989 Lincoln Blvd, San Jose, CA 22210",
         "STREET_ADDRESS=#210, 2989 Lincoln Blvd, San Jose, CA 22210"},
        {"Room 4B, 3rd floor, is booked for the review.", ""},
    };
    CHECK(c);
}

static void test_addr_unit_and_floor_after_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hauptstraße 5, 3. OG links, 10115 Berlin",
         "STREET_ADDRESS=Hauptstraße 5, 3. OG links, 10115 Berlin"},
        {"12 rue de la Paix, bât. A, 3e étage, 75002 Paris",
         "STREET_ADDRESS=12 rue de la Paix, bât. A, 3e étage, 75002 Paris"},
        {"92 quai Saint-Antoine, appt 12, 13001 Marseille",
         "STREET_ADDRESS=92 quai Saint-Antoine, appt 12, 13001 Marseille"},
        {"1 Infinite Loop, Building B, Cupertino, CA 95014",
         "STREET_ADDRESS=1 Infinite Loop, Building B, Cupertino, CA 95014"},
    };
    CHECK(c);
}

static void test_addr_dutch_house_number_suffix(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Prinsengracht 108 hs\n8306 PW Amsterdam",
         "STREET_ADDRESS=Prinsengracht 108 hs\n8306 PW Amsterdam"},
        {"Stationsplein 144 A\n7946 HV Groningen",
         "STREET_ADDRESS=Stationsplein 144 A\n7946 HV Groningen"},
        {"Keizersgracht 123 III, 1012 AB Amsterdam",
         "STREET_ADDRESS=Keizersgracht 123 III, 1012 AB Amsterdam"},
        {"Keizersgracht 123 I think", "STREET_ADDRESS=Keizersgracht 123"},
    };
    CHECK(c);
}

static void test_addr_french_bp_and_grouped_postfach(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BP 49, 69002 Lyon Cedex 01", "STREET_ADDRESS=BP 49, 69002 Lyon Cedex 01"},
        {"Postfach 26 51 20, 80096 Berlin", "STREET_ADDRESS=Postfach 26 51 20, 80096 Berlin"},
        {"BP 45 reported higher earnings", ""},
    };
    CHECK(c);
}

static void test_addr_us_state_written_out_or_without_comma(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"742 Evergreen Terrace, Springfield, Illinois 62704",
         "STREET_ADDRESS=742 Evergreen Terrace, Springfield, Illinois 62704"},
        {"742 Evergreen Terrace, Springfield IL 62704",
         "STREET_ADDRESS=742 Evergreen Terrace, Springfield IL 62704"},
        {"1600 Pennsylvania Ave NW\nWashington, D.C. 20500",
         "STREET_ADDRESS=1600 Pennsylvania Ave NW\nWashington, D.C. 20500"},
        {"742 Evergreen Terrace, Springfield is hot", "STREET_ADDRESS=742 Evergreen Terrace"},
    };
    CHECK(c);
}

static void test_addr_district_arrondissement_province_after_the_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"12 Grafton Street, Dublin 2, Ireland",
         "STREET_ADDRESS=12 Grafton Street, Dublin 2, Ireland"},
        {"5 rue d'Orsel, 75018 Paris 18e", "STREET_ADDRESS=5 rue d'Orsel, 75018 Paris 18e"},
        {"Calle Mayor 3, 28013 Madrid, Madrid",
         "STREET_ADDRESS=Calle Mayor 3, 28013 Madrid, Madrid"},
        {"Via Roma 10, 20121 Milano, MI", "STREET_ADDRESS=Via Roma 10, 20121 Milano, MI"},
        {"Via Roma 10 - 00184 Roma - Italia", "STREET_ADDRESS=Via Roma 10 - 00184 Roma - Italia"},
        {"Hauptstraße 5, Berlin 10115", "STREET_ADDRESS=Hauptstraße 5, Berlin 10115"},
        {"12 Grafton Street, Dublin is lovely", "STREET_ADDRESS=12 Grafton Street"},
    };
    CHECK(c);
}

static void test_addr_care_of_and_unit_before_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Anschrift: c/o Anna Keller, Hauptstraße 5, 10115 Berlin",
         "STREET_ADDRESS=c/o Anna Keller, Hauptstraße 5, 10115 Berlin"},
        {"Address: Flat 3\n12 Baker Street\nLondon NW1 6XE",
         "STREET_ADDRESS=Flat 3\n12 Baker Street\nLondon NW1 6XE"},
        {"Wohnung 12, Hauptstraße 5, 10115 Berlin",
         "STREET_ADDRESS=Wohnung 12, Hauptstraße 5, 10115 Berlin"},
        /* a unit word right after a name is left to the person scan */
        {"Mrs. Jennifer Alcaraz Suite 541 6343 Skogstien 106",
         "STREET_ADDRESS=541 6343 Skogstien 106"},
    };
    CHECK(c);
}

static void test_addr_mexican_state_after_the_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Av. Juárez No. 577, Int. 12, Col. Centro, C.P. 26077, Guadalajara, Jal.",
         "STREET_ADDRESS=Av. Juárez No. 577, Int. 12, Col. Centro, C.P. 26077, Guadalajara, Jal."},
        {"Calle Hidalgo #242, Col. Del Valle, 52739 Puebla, Pue.",
         "STREET_ADDRESS=Calle Hidalgo #242, Col. Del Valle, 52739 Puebla, Pue."},
        {"Av. Insurgentes Sur 1188, Col. Polanco, 66581 Ciudad de México, CDMX",
         "STREET_ADDRESS=Av. Insurgentes Sur 1188, Col. Polanco, 66581 Ciudad de México, CDMX"},
        {"Calle Hidalgo #242, Col. Del Valle, 52739 Puebla, Jalisco is big",
         "STREET_ADDRESS=Calle Hidalgo #242, Col. Del Valle, 52739 Puebla"},
    };
    CHECK(c);
}

static void test_addr_town_after_in_and_in_csv_cells(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"I live at 5 Main St. in Springfield, IL 62704 now.",
         "STREET_ADDRESS=5 Main St. in Springfield, IL 62704"},
        {"Er wohnt in der Hauptstraße 5 in 10115 Berlin.",
         "STREET_ADDRESS=Hauptstraße 5 in 10115 Berlin"},
        {"We met at 5 Main Street in 2019.", "STREET_ADDRESS=5 Main Street"},
        {"I live at 5 Main Street in Springfield with my cat.", "STREET_ADDRESS=5 Main Street"},
        {"name,street,zip,city\nX,Hauptstraße 5,10115,Berlin\n",
         "STREET_ADDRESS=Hauptstraße 5,10115,Berlin"},
        {"name;street;zip;city\nX;Hauptstraße 5;10115;Berlin\n",
         "STREET_ADDRESS=Hauptstraße 5;10115;Berlin"},
        {"Av. de la Paz 10, 3.º A, 28003 Madrid",
         "STREET_ADDRESS=Av. de la Paz 10, 3.º A, 28003 Madrid"},
    };
    CHECK(c);
}

static void test_addr_fields_of_a_form_or_json_object(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Street: Hauptstraße 5\nPostcode: 10115\nCity: Berlin\nCountry: Germany\nPhone: on file",
         "STREET_ADDRESS=Hauptstraße 5\nPostcode: 10115\nCity: Berlin\nCountry: Germany"},
        {"{\"street\": \"Hauptstraße 5\", \"zip\": \"10115\", \"city\": \"Berlin\", \"tier\": 1}",
         "STREET_ADDRESS=Hauptstraße 5\", \"zip\": \"10115\", \"city\": \"Berlin"},
        {"Address: 12 Baker Street\nNotes: City: London", "STREET_ADDRESS=12 Baker Street"},
        {"name;street;zip;city\nX;12 Albion Road;LS6 2AB;Leeds\n",
         "STREET_ADDRESS=12 Albion Road;LS6 2AB;Leeds"},
        {"name,street,zip,city\nX,Keizersgracht 88,1015 CS,Amsterdam\n",
         "STREET_ADDRESS=Keizersgracht 88,1015 CS,Amsterdam"},
    };
    CHECK(c);
}

static void test_addr_signature_separators_and_dutch_double_space(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Firma GmbH · Hauptstraße 5 · 10115 Berlin · Tel. 030 123",
         "STREET_ADDRESS=Hauptstraße 5 · 10115 Berlin"},
        {"Hauptstraße 5 | 10115 Berlin", "STREET_ADDRESS=Hauptstraße 5 | 10115 Berlin"},
        {"Hauptstraße 5 / 10115 Berlin", "STREET_ADDRESS=Hauptstraße 5 / 10115 Berlin"},
        {"Kerkstraat 12\n1017 GC  Amsterdam", "STREET_ADDRESS=Kerkstraat 12\n1017 GC  Amsterdam"},
        {"we went to 5 Main Street / later home", "STREET_ADDRESS=5 Main Street"},
    };
    CHECK(c);
}

static void test_addr_any_country_and_its_postcode(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"12 Harbour Road, Suva, Fiji", "STREET_ADDRESS=12 Harbour Road, Suva, Fiji"},
        {"12 Ferhadija Street, Sarajevo, Bosnia and Herzegovina 71000",
         "STREET_ADDRESS=12 Ferhadija Street, Sarajevo, Bosnia and Herzegovina 71000"},
        {"Hauptstraße 5, 10115 Berlin, Allemagne",
         "STREET_ADDRESS=Hauptstraße 5, 10115 Berlin, Allemagne"},
        {"12 Harbour Road, Suva, Fijian food is great", "STREET_ADDRESS=12 Harbour Road"},
    };
    CHECK(c);
}

static void test_addr_name_and_number_before_a_postcode_and_town(void **state)
{
    (void)state; /* streets with no type word: the postcode and town make them addresses */
    static const struct tcase c[] = {
        {"Send it to Meir 12 bus 3, 2000 Antwerpen please.",
         "STREET_ADDRESS=Meir 12 bus 3, 2000 Antwerpen"},
        {"Office: Limmatquai 33, CH-8001 Zürich", "STREET_ADDRESS=Limmatquai 33, CH-8001 Zürich"},
        {"Lange Voorhout 197\n2514 EA Den Haag",
         "STREET_ADDRESS=Lange Voorhout 197\n2514 EA Den Haag"},
        {"Route de Lausanne 44, 1110 Morges", "STREET_ADDRESS=Route de Lausanne 44, 1110 Morges"},
        {"Rond-point des Champs-Élysées 7, 75008 Paris",
         "STREET_ADDRESS=Rond-point des Champs-Élysées 7, 75008 Paris"},
        {"Upgrade to Windows 10, 2019 Server is next.", ""},
        {"Ticket 8812, 1050 Brussels office moved", ""},
        {"Season 4, 2019 Finale", ""},
        {"Level 3, 12000 Points", ""},
        {"Hoogpoort 185, 9000 Gent", "STREET_ADDRESS=Hoogpoort 185, 9000 Gent"},
        {"Meir 210 bus 19, B-9000 Gent", "STREET_ADDRESS=Meir 210 bus 19, B-9000 Gent"},
        {"Lange Voorhout 197 is a fine house", ""},
    };
    CHECK(c);
}

static void test_addr_portuguese_postcode_after_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Morada: Rua Augusta, 274, 1100-053 Lisboa",
         "STREET_ADDRESS=Rua Augusta, 274, 1100-053 Lisboa"},
        {"Avenida da Liberdade 110, 1269-046 Lisboa",
         "STREET_ADDRESS=Avenida da Liberdade 110, 1269-046 Lisboa"},
    };
    CHECK(c);
}

static void test_addr_untyped_street_over_lines_and_dublin_district(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"5 Quayside, Newcastle upon Tyne NE1 3DX",
         "STREET_ADDRESS=5 Quayside, Newcastle upon Tyne NE1 3DX"},
        {"57 Quayside\nNewcastle upon Tyne\nNE1 3DX",
         "STREET_ADDRESS=57 Quayside\nNewcastle upon Tyne\nNE1 3DX"},
        {"Flat 5, 67 Leeson Park, Dublin 6", "STREET_ADDRESS=Flat 5, 67 Leeson Park, Dublin 6"},
        {"144 Lower Baggot Street, Dublin 2", "STREET_ADDRESS=144 Lower Baggot Street, Dublin 2"},
        {"We had 5 Quayside\nmeetings", ""},
        {"161 Lower Baggot Street\nDublin 2\n\nThanks, Anna",
         "STREET_ADDRESS=161 Lower Baggot Street\nDublin 2"},
    };
    CHECK(c);
}

static void test_addr_french_parvis_and_rond_point(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"27 rond-point des Champs-Élysées, 75008 Paris",
         "STREET_ADDRESS=27 rond-point des Champs-Élysées, 75008 Paris"},
        {"118 parvis Notre-Dame, 75004 Paris", "STREET_ADDRESS=118 parvis Notre-Dame, 75004 Paris"},
        {"12 route de Genève, 1004 Lausanne", "STREET_ADDRESS=12 route de Genève, 1004 Lausanne"},
        {"3 rond Points", ""},
        {"227 Grande Rue, 25000 Besançon", "STREET_ADDRESS=227 Grande Rue, 25000 Besançon"},
    };
    CHECK(c);
}

/* A number after a room, hall, seat or building word is no house number: "Zimmer 12, Halle 4"
 * is no "number, street, number" address. A unit before a real street stays in the block. */
static void test_addr_room_and_hall_numbers_are_no_house_numbers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Zimmer 12, Halle 4", ""},
        {"Seat: Building 7, Level 2", ""},
        {"Stand C-14, Haus 2, Ebene 3", ""},
        {"Hal 9, Perron 2 and Stoel 31B, Spoor 5", ""},
        {"Send it to Flat 4, 12 Baker Street.", "STREET_ADDRESS=Flat 4, 12 Baker Street."},
        {"Hauptstraße 5, Haus 2, 10115 Berlin",
         "STREET_ADDRESS=Hauptstraße 5, Haus 2, 10115 Berlin"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob_birth_word_after_the_date),
        cmocka_unit_test(test_dob_weekday_before_the_date_is_part_of_it),
        cmocka_unit_test(test_dob_two_digit_year_after_a_month_name),
        cmocka_unit_test(test_dob_year_first_dots_and_month_between_slashes),
        cmocka_unit_test(test_dob_birth_words_of_neighbouring_languages),
        cmocka_unit_test(test_dob_later_dates_are_not_births),
        cmocka_unit_test(test_dob_degree_sign_b_dot_and_mrz),
        cmocka_unit_test(test_dob_in_a_column_under_a_birth_header),
        cmocka_unit_test(test_dob_spaced_dots_del_and_month_first_dashes),
        cmocka_unit_test(test_dob_date_then_person_was_born),
        cmocka_unit_test(test_addr_direction_before_the_street_name),
        cmocka_unit_test(test_addr_australian_unit_number_level_and_state),
        cmocka_unit_test(test_addr_irish_canadian_and_uk_postcodes),
        cmocka_unit_test(test_addr_country_prefix_and_unit_words_after),
        cmocka_unit_test(test_addr_postal_boxes_per_locale),
        cmocka_unit_test(test_addr_street_types_before_the_name),
        cmocka_unit_test(test_addr_mexican_number_colonia_and_cp),
        cmocka_unit_test(test_addr_two_unit_parts_before),
        cmocka_unit_test(test_addr_block_city_line_with_lower_case_words),
        cmocka_unit_test(test_addr_us_military),
        cmocka_unit_test(test_addr_polish_type_and_names_with_particles),
        cmocka_unit_test(test_addr_country_line_with_lower_case_words_and_number),
        cmocka_unit_test(test_addr_lower_case_street_after_number),
        cmocka_unit_test(test_addr_lower_case_type_before_capitalised_name),
        cmocka_unit_test(test_addr_usps_suffixes_and_two_types),
        cmocka_unit_test(test_addr_street_without_number_named_by_its_context),
        cmocka_unit_test(test_addr_unnumbered_street_with_building_and_postcode),
        cmocka_unit_test(test_addr_country_after_the_town),
        cmocka_unit_test(test_addr_postcode_and_town_before_the_street),
        cmocka_unit_test(test_addr_town_with_particles_cedex_and_province),
        cmocka_unit_test(test_addr_unit_before_the_street),
        cmocka_unit_test(test_addr_unit_and_floor_after_the_street),
        cmocka_unit_test(test_addr_dutch_house_number_suffix),
        cmocka_unit_test(test_addr_french_bp_and_grouped_postfach),
        cmocka_unit_test(test_addr_us_state_written_out_or_without_comma),
        cmocka_unit_test(test_addr_district_arrondissement_province_after_the_town),
        cmocka_unit_test(test_addr_care_of_and_unit_before_the_street),
        cmocka_unit_test(test_addr_mexican_state_after_the_town),
        cmocka_unit_test(test_addr_town_after_in_and_in_csv_cells),
        cmocka_unit_test(test_addr_fields_of_a_form_or_json_object),
        cmocka_unit_test(test_addr_signature_separators_and_dutch_double_space),
        cmocka_unit_test(test_addr_any_country_and_its_postcode),
        cmocka_unit_test(test_addr_name_and_number_before_a_postcode_and_town),
        cmocka_unit_test(test_addr_portuguese_postcode_after_the_street),
        cmocka_unit_test(test_addr_untyped_street_over_lines_and_dublin_district),
        cmocka_unit_test(test_addr_french_parvis_and_rond_point),
        cmocka_unit_test(test_addr_room_and_hall_numbers_are_no_house_numbers),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
