/* test_names_left50.c: the shapes stop 49 left (branch left50, names_left50.c, names_dob49.c,
 * names_fixedcols.c): Turkish births with the verb after the date ("D tarihinde İzmir'de doğdu",
 * "(D doğumlu)", "D yılında doğdu"), Finnish "(s. 26/9-63)", eight digits after a Nordic "f.";
 * rows quoted by database errors (psql's failing row, Postgres's key, SQLAlchemy's parameters,
 * MySQL's duplicate entry, pydantic's input value); pandas prints. And what stays: a date after
 * "doğumlu", deliveries and orders in the same shapes, rows of products, SKUs and timestamps. */
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

static void test_left50_turkish_finnish_and_nordic_births(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Merhaba, Ayşe Kaya 22 Temmuz 1953 tarihinde Bursa'da doğdu.",
         "PERSON=Ayşe Kaya;DATE_OF_BIRTH=22 Temmuz 1953"},
        {"Mehmet Demir (15 Mart 2001 doğumlu) için randevu 16.09.2020 tarihinde saat 10:30'da.",
         "PERSON=Mehmet Demir;DATE_OF_BIRTH=15 Mart 2001"},
        {"Özgeçmiş: Emre Demir, 13/06/1994 yılında Ankara'da doğdu.",
         "PERSON=Emre Demir;DATE_OF_BIRTH=13/06/1994"},
        {"Mikko Virtanen (s. 26/9-63) aloittaa 3.4.2021.",
         "PERSON=Mikko Virtanen;DATE_OF_BIRTH=26/9-63"},
        {"Kari Haugen (f. 19460208) er ansatt fra 3.4.2021.",
         "PERSON=Kari Haugen;DATE_OF_BIRTH=19460208"},
        /* the same shapes for a delivery, an order, a due date */
        {"Sipariş 26.07.2019 tarihinde teslim edildi.", ""},
        {"Ordre 20240105 er sendt, forfall 20241130.", ""},
        {"vgl. das protokoll (s. 12.03.2024) und die anlage.", ""},
    };
    CHECK(c);
}

static void test_left50_rows_quoted_by_database_errors(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"DETAIL:  Failing row contains (6813, Hannah, Ashworth, 1998-06-07, null, 2025-01-06 "
         "10:19:42).",
         "PERSON=Hannah;PERSON=Ashworth;DATE_OF_BIRTH=1998-06-07"},
        {"DETAIL:  Key (last_name, first_name, birth_date)=(Horvath, Ketemo, 1995-04-21) already "
         "exists.",
         "PERSON=Horvath;PERSON=Ketemo;DATE_OF_BIRTH=1995-04-21"},
        {"[SQL: INSERT INTO members (first_name, last_name, birth_date, joined) VALUES (?, ?, ?, "
         "?)]\n[parameters: ('Loncor', 'Bianchi', '1988-07-18', '2019-06-20')]",
         "PERSON=Loncor;PERSON=Bianchi;DATE_OF_BIRTH=1988-07-18"},
        {"ERROR 1062 (23000): Duplicate entry 'Gulaykoroglu, Balsun' for key "
         "'customers.uniq_full_name'",
         "PERSON=Gulaykoroglu;PERSON=Balsun"},
        {"birth_date\n  Input should be a valid date [type=date_from_datetime_parsing, "
         "input_value='17/11/1945', input_type=str]",
         "DATE_OF_BIRTH=17/11/1945"},
        /* products, SKUs, slugs and delivery dates in the same errors */
        {"DETAIL:  Failing row contains (77, Widget Pro, 19.99, 2024-01-10, null).", ""},
        {"DETAIL:  Key (sku)=(WX-2291) already exists.", ""},
        {"ERROR 1062 (23000): Duplicate entry 'SKU-2291' for key 'products.sku'", ""},
        {"delivery_date\n  Input should be a valid date [type=date_from_datetime_parsing, "
         "input_value='31/04/2024', input_type=str]",
         ""},
    };
    CHECK(c);
}

static void test_left50_pandas_frames(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {">>> df.head()\n   first_name      last_name  birth_date     city\n0      Declan       "
         "Fletcher  2004-08-28    Leeds\n1       Chloe       Ashashby  1961-03-27  Bristol\n2      "
         "Oliver       Ashworth  1982-04-18    Leeds\n3  Tortorford  Derfordmelton  1965-09-17    "
         "Leeds\n",
         "PERSON=Declan;PERSON=Fletcher;DATE_OF_BIRTH=2004-08-28;PERSON=Chloe;PERSON=Ashashby;"
         "DATE_OF_BIRTH=1961-03-27;PERSON=Oliver;PERSON=Ashworth;DATE_OF_BIRTH=1982-04-18;"
         "PERSON=Tortorford;PERSON=Derfordmelton;DATE_OF_BIRTH=1965-09-17"},
        {">>> df.head()\n       product  price launch_date  stock\n0   Widget Pro  19.99  "
         "2024-01-10     40\n1    Desk Lamp  24.50  2023-05-02     12\n2      USB Hub   9.99  "
         "2022-11-30      7\n",
         ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_left50_turkish_finnish_and_nordic_births),
        cmocka_unit_test(test_left50_rows_quoted_by_database_errors),
        cmocka_unit_test(test_left50_pandas_frames),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
