/* test_review41.c: the leaks and false findings of stop 40's review, through the default packs:
 * a mailbox at a sentence's end before a line break keeps the next word out of it; placeholder
 * credentials of a URL at a local host are no secret (and a person, a real password, a query or
 * a dotted host beside or inside them still go); names the review found left or wrongly taken.
 * Each case lists every finding ("TYPE=value;..."), so a widened rule shows what it takes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_a_mailbox_ends_before_the_next_line_s_first_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Contact info@example.com.\nInfo about the rest follows.", "EMAIL=info@example.com"},
        {"Mail info@example.com.\ninfo", "EMAIL=info@example.com"},
        {"Kontakt: kontakt@firma.de.\r\nInfo folgt.", "EMAIL=kontakt@firma.de"},
        {"write to sales@example.de.\nDanke", "EMAIL=sales@example.de"},
        /* wrapped addresses stay whole */
        {"write to maria@example.\ncom today", "EMAIL=maria@example.\ncom"},
        {"write to maria\n@example.com today", "EMAIL=maria\n@example.com"},
        {"Contact info@example.co.\nuk office", "EMAIL=info@example.co.\nuk"},
    };
    CHECK(c);
}

static void test_placeholder_url_credentials_at_a_local_host_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"AMQP_URL=amqp://guest:guest@localhost:5672//", ""},
        {"postgres://user:password@localhost:5432/app", ""},
        {"mysql://root:root@127.0.0.1:3306/db", ""},
        {"http://admin:admin@localhost:8080/", ""},
        {"redis://default:changeme@localhost:6379", ""},
        {"DATABASE_URL=postgres://postgres:postgres@db:5432/app", ""},
        {"https://ADMIN:ADMIN@localhost:8443/ and mail jonas.weber@firma.de",
         "EMAIL=jonas.weber@firma.de"},
    };
    CHECK(c);
}

static void test_real_url_credentials_beside_placeholders_go(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a person's login, a real password, a dotted or numbered host, a query */
        {"postgres://maria.keller:guest@localhost/app",
         "DB_URL=postgres://maria.keller:guest@localhost/app"},
        {"postgres://maria:maria@localhost/app", "DB_URL=postgres://maria:maria@localhost/app"},
        {"amqp://guest:Xk9pQ2mZ7vRtq@localhost:5672/",
         "DB_URL=amqp://guest:Xk9pQ2mZ7vRtq@localhost:5672/"},
        {"http://admin:admin@192.168.1.1/", "URL_CREDENTIALS=admin:admin;IPV4=192.168.1.1"},
        {"amqp://guest:guest@mq.example.net/", "DB_URL=amqp://guest:guest@mq.example.net/"},
        {"postgres://user:password@localhost:5432/app?sslmode=disable&user=jonas.weber",
         "DB_URL=postgres://user:password@localhost:5432/app?sslmode=disable&user=jonas.weber"},
        {"DATABASE_URL=postgres://postgres:postgres@db:5432/app\nREDIS=redis://:Sx8kQ2mZ7vRtq@"
         "10.1.2.3:6379",
         "DB_URL=redis://:Sx8kQ2mZ7vRtq@10.1.2.3:6379"},
    };
    CHECK(c);
}

static void test_a_dublin_postal_district_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Microsoft Ireland\nOne Microsoft Place, South County Business Park\nDublin 18", ""},
        {"Google Ireland Ltd\nGordon House, Barrow Street\nDublin 4\nIreland",
         "PERSON=Gordon House"},
        {"The office moved to Dublin 15 last year.", ""},
        {"Write to Vorlet House, Barrow Street, Dublin 4.", ""},
        {"Venue:\nBrackwood Hall\nTarnley Gore\nLondon SW7 2AP", ""},
    };
    CHECK(c);
}

/* the drop's probes: persons in front of, after and around a district or a building */
static void test_people_beside_a_district_or_a_building_stay_masked(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Siobhan Murphy, Dublin 18, 087 123 4567", "PERSON=Siobhan Murphy;PHONE=087 123 4567"},
        {"Ciar\xc3\xa1n \xc3\x93 Dubhlainn, Dublin 6W", "PERSON=Ciar\xc3\xa1n \xc3\x93 Dubhlainn"},
        {"ask Kaen Weindling about Dublin 4", "PERSON=Kaen Weindling"},
        {"Dublin 4 office: Gordon House. Manager: Niamh Quinlan, niamh@example.ie",
         "PERSON=Gordon House;PERSON=Niamh Quinlan;EMAIL=niamh@example.ie"},
        {"Dr. Gregory House, Baker Street", "PERSON=Gregory House"},
        {"Margaret Court, Barrow Street, Dublin 4", "PERSON=Margaret Court"},
        {"Al Gore, Barrow Street", "PERSON=Al Gore"},
        {"Dr. Vorlet House, Barrow Street, Dublin 4", "PERSON=Vorlet House"},
        {"Contact: Maria Keller, Vorlet House, Barrow Street, Dublin 4, phone +353 1 234 5678",
         "PERSON=Maria Keller;PHONE=+353 1 234 5678"},
        /* the person's own name on the building: a word of a person found before it */
        {"Contact: Orlagh Venn\nVenn House, Barrow Street, Dublin 4",
         "PERSON=Orlagh Venn;PERSON=Venn House"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_mailbox_ends_before_the_next_line_s_first_word),
        cmocka_unit_test(test_placeholder_url_credentials_at_a_local_host_stay),
        cmocka_unit_test(test_real_url_credentials_beside_placeholders_go),
        cmocka_unit_test(test_a_dublin_postal_district_is_no_person),
        cmocka_unit_test(test_people_beside_a_district_or_a_building_stay_masked),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
