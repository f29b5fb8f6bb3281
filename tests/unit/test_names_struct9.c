/* test_names_struct9.c: PERSON in structured records whose keys name a person only inside the
 * record's shape (names_struct9.c): LDIF entries and DNs, FHIR HumanName objects and
 * references, XML name parts (HL7 CDA, TEI, Atom), LaTeX bylines, CRM rows and team sheets
 * with no header beside them; and the same keys around groups, service accounts, devices,
 * taxa, fonts, affiliations and products left alone. */
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

#define NAMES_SKIP_TYPE "DATE_OF_BIRTH" /* this file is about the people */
#include "names_cases.h"

static void test_ldif_entries_and_dns(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"dn: uid=kwelter,ou=People,dc=example,dc=org\nobjectClass: inetOrgPerson\n"
         "cn: Kekeja Torderley\nsn: Torderley\nuid: ktorderley\n",
         "PERSON=Kekeja Torderley;PERSON=Torderley"},
        {"ldapsearch returned:\ncn: Tete Kelbach\nsn: Kelbach\n",
         "PERSON=Tete Kelbach;PERSON=Kelbach"},
        {"dn: uid=ulm,ou=People,dc=example,dc=org\nuid: ulm\n"
         "gecos: Ultete Mauholler,,,\nloginShell: /bin/bash\n",
         "PERSON=Ultete Mauholler"},
        {"member: cn=Lilike Wickley,ou=People,dc=example,dc=org\n", "PERSON=Lilike Wickley"},
        {"Why is CN=Jofefe Huiwoutink,OU=Users,DC=corp,DC=local locked?",
         "PERSON=Jofefe Huiwoutink"},
    };
    CHECK(c);
}

static void test_ldif_groups_services_devices_and_base64_left_alone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"dn: cn=admins,ou=Groups,dc=example,dc=org\nobjectClass: groupOfNames\ncn: admins\n", ""},
        {"dn: cn=svc-backup,ou=Services,dc=example,dc=org\nobjectClass: applicationProcess\n"
         "cn: svc-backup\n",
         ""},
        {"dn: cn=Printer 3rd Floor,ou=Devices,dc=example,dc=org\nobjectClass: device\n"
         "cn: Printer 3rd Floor\n",
         ""},
        {"dn: cn=Marketing Team,ou=Groups,dc=example,dc=org\nobjectClass: groupOfNames\n"
         "cn: Marketing Team\n",
         ""},
        {"dn: uid=elefevre,ou=People,dc=example,dc=org\ncn:: w4lsb2RpZSBMZWbDqHZyZQ==\n"
         "uid: elefevre\n",
         ""},
    };
    CHECK(c);
}

static void test_fhir_human_names_and_references(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"resourceType\": \"Patient\", \"name\": [{\"use\": \"official\", \"family\": "
         "\"Brefenler\", \"given\": [\"Kaulka\", \"Rimasa\"]}]}",
         "PERSON=Brefenler;PERSON=Kaulka;PERSON=Rimasa"},
        {"{\n  \"name\": [\n    {\n      \"text\": \"Moci Barmonejo\",\n      \"family\": "
         "\"Barmonejo\",\n      \"given\": [\"Moci\"]\n    }\n  ]\n}",
         "PERSON=Moci Barmonejo;PERSON=Barmonejo;PERSON=Moci"},
        {"{\"patient\": {\"reference\": \"Patient/884\", \"display\": \"Teramo Vicueez\"}}",
         "PERSON=Teramo Vicueez"},
    };
    CHECK(c);
}

static void test_json_family_and_given_outside_a_name_left_alone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"taxon\": {\"order\": \"Carnivora\", \"family\": \"Felidae\"}}", ""},
        {"{\"font\": {\"family\": \"Helvetica Neue\", \"size\": 12}}", ""},
        {"{\"consent\": {\"given\": true, \"family\": \"shared\"}}", ""},
        {"{\"code\": {\"reference\": \"Observation/3\", \"display\": \"Body Weight\"}}", ""},
    };
    CHECK(c);
}

static void test_xml_name_parts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<name use=\"L\">\n  <given>Katelo</given>\n  <family>Rutzmann</family>\n</name>",
         "PERSON=Katelo;PERSON=Rutzmann"},
        {"<respStmt><resp>transcribed by</resp><persName>Teteri Holfenmann</persName>"
         "</respStmt>",
         "PERSON=Teteri Holfenmann"},
        {"<entry><author>\n  <name>Lokaka Bremauler</name>\n</author></entry>",
         "PERSON=Lokaka Bremauler"},
    };
    CHECK(c);
}

static void test_xml_taxa_fonts_and_teams_left_alone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<taxon><family>Rosaceae</family><genus>Rosa</genus></taxon>", ""},
        {"<font><family>Times New Roman</family></font>", ""},
        {"<author><name>The ACME Team</name></author>", ""},
        {"<product><name>Widget Pro</name></product>", ""},
    };
    CHECK(c);
}

static void test_latex_bylines(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"\\author{Roja Ashtorley\\thanks{Corresponding author.} \\and Nali Wickbranley}",
         "PERSON=Roja Ashtorley;PERSON=Nali Wickbranley"},
        {"\\author[2]{Telu Barez}\n\\affil[2]{Universidad de Sevilla}", "PERSON=Telu Barez"},
        {"\\IEEEauthorblockN{Linaro Torwenley}\n\\IEEEauthorblockA{Dept. of CS}",
         "PERSON=Linaro Torwenley"},
        {"\\author{Riulte Holfenler\\textsuperscript{1}, Lolori Holbrebach\\textsuperscript{2}\\\\"
         "\n\\textsuperscript{1}Université de Lyon}",
         "PERSON=Riulte Holfenler;PERSON=Lolori Holbrebach"},
        {"\\author{Jaja Wenderby \\\\ Nali Wickbranley}",
         "PERSON=Jaja Wenderby;PERSON=Nali Wickbranley"},
    };
    CHECK(c);
}

static void test_latex_teams_and_packages_left_alone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"\\author{The ACME Team}\n\\date{2024}", ""},
        {"\\author{Open Source Contributors}", ""},
        {"\\usepackage{graphicx}\n\\usepackage{hyperref}", ""},
    };
    CHECK(c);
}

static void test_rows_with_no_header(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"18371;Fenbach;Ulullo;ulull.f@example.com;Bronze;6231\n"
         "52287;Fordbranby;Linake;linak.f@example.com;Gold;916\n",
         "PERSON=Fenbach;PERSON=Ulullo;PERSON=Fordbranby;PERSON=Linake"},
        {"6,CB,Nakeja Wenderton\n19,MF,Rorona Dermelby\n",
         "PERSON=Nakeja Wenderton;PERSON=Rorona Dermelby"},
        {"15552;Narona Torwenley;Silver;2024-09-16\n50671;Maria Okafor;Platin;2024-05-11\n",
         "PERSON=Narona Torwenley;PERSON=Maria Okafor"},
    };
    CHECK(c);
}

static void test_product_place_and_service_rows_left_alone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"1042;Widget;Blue;12;in stock\n1043;Gadget;Red;3;in stock\n", ""},
        {"10115;Berlin;Deutschland;12\n8010;Graz;Österreich;3\n", ""},
        {"1,A,Home Stadium\n2,B,Training Ground\n", ""},
        {"3\tOK\tSpring Boot\n4\tDOWN\tApache Kafka\n", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each shape is scanned without reading past its end (under ASan). */
static void test_every_struct9_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("dn: cn=A B,ou=x\ncn: A B\nsn: B\ngecos: A B,\n{\"name\": [{\"family\": "
                      "\"B\", \"given\": [\"A\", \"C\"], \"text\": \"A B\"}], \"r\": "
                      "{\"reference\": \"Patient/1\", \"display\": \"Dr. A B\"}}\n<given>A</given>"
                      "<family>B</family><persName>A B</persName><author><name>A B</name>\n"
                      "\\author[1]{A B\\thanks{x} \\and C D\\textsuperscript{1}}\n"
                      "1;B;A;a@b;c\n2;B;A;a@b;c\n3,GK,A B\n4,GK,C D\n5;Maria B;x\n6;Maria C;y");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ldif_entries_and_dns),
        cmocka_unit_test(test_ldif_groups_services_devices_and_base64_left_alone),
        cmocka_unit_test(test_fhir_human_names_and_references),
        cmocka_unit_test(test_json_family_and_given_outside_a_name_left_alone),
        cmocka_unit_test(test_xml_name_parts),
        cmocka_unit_test(test_xml_taxa_fonts_and_teams_left_alone),
        cmocka_unit_test(test_latex_bylines),
        cmocka_unit_test(test_latex_teams_and_packages_left_alone),
        cmocka_unit_test(test_rows_with_no_header),
        cmocka_unit_test(test_product_place_and_service_rows_left_alone),
        cmocka_unit_test(test_every_struct9_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
