/* test_detect_ver14.c: versions, section numbers and law-report citations that read as addresses,
 * phones and cards (stop 36, branch ver14, contrib/bench/accuracy/notes/ver14.md): a four-part
 * version after a package name, in a Docker or Gradle coordinate, under a changelog heading; a
 * section number; "(2019) 123 CLR 456"; a Luhn-valid number array in prose under no card key.
 * Real addresses and phones in the same places (after network words, with a port, in a filter's
 * comparison; area codes in parentheses) stay found. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static void test_four_part_versions_after_a_package_are_no_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"+ lodash 19.38.5.113", ""},
        {"implementation 'io.grpc:grpc-netty:10.1.46.233'", ""},
        {"image: redis:8.2.24.54", ""},
        {"## [21.33.13.231] - 2026-03-14", ""},
        {"NVIDIA driver 17.9.12.208 installed", ""},
        {"Linux 2.6.8.1 includes ALSA drivers", ""},
        {"GCC 2.7.2.3 was removed for the release of Lenny.", ""},
        {"  * Declare compliance with Debian Policy 4.6.1.0 (No changes needed)", ""},
        {"  * Standards-Version to 4.5.1.0", ""},
        {"  * debian/control: Standards-Version to 3.9.6.1.", ""},
        {"nginx 15.19.24.192 on 126.168.223.49 returns 502", "IPV4=126.168.223.49"},
    };
    CHECK(def_engine, c);
}

static void test_section_numbers_are_no_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"see section 3.6.2.6 of the spec", ""}, {"as described in \u00a74.4.5.5", ""},
        {"RFC 9110, Section 1.6.4.8", ""},       {"gem\u00e4\u00df Abschnitt 4.9.9.5 der Norm", ""},
        {"voir le paragraphe 7.4.4.4", ""},      {"Table 8.5.9.2 lists the limits", ""},
    };
    CHECK(def_engine, c);
}

static void test_addresses_after_network_words_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ping 14.214.225.26", "IPV4=14.214.225.26"},
        {"Failed password for root from 14.214.225.26 port 51822 ssh2", "IPV4=14.214.225.26"},
        {"nameserver 21.33.13.231", "IPV4=21.33.13.231"},
        {"    server web1 8.2.24.54:80 check", "IPV4=8.2.24.54"},
        {"    inet 25.0.48.221/24 scope global eth0", "IPV4=25.0.48.221"},
        {"tcpdump -i eth0 'ip.src == 16.161.94.214'", "IPV4=16.161.94.214"},
        {"ip.addr == 101.143.92.154 && tcp.port == 443", "IPV4=101.143.92.154"},
        {"Der Zugriff kam von 24.8.48.203", "IPV4=24.8.48.203"},
        {"Le serveur est sur 17.21.26.5", "IPV4=17.21.26.5"},
        {"ssh admin@5.9.46.76", "IPV4=5.9.46.76"},
        {"connection to 19.38.5.113 timed out", "IPV4=19.38.5.113"},
        {"my client ip is 10.18.9.53", "IPV4=10.18.9.53"},
        /* lower-case words before a small first byte that are no package names */
        {"the login was accessed 23.45.1.2 twice", "IPV4=23.45.1.2"},
        {"scanning 21.3.4.5 now", "IPV4=21.3.4.5"},
        {"the printer 21.3.4.5 is offline", "IPV4=21.3.4.5"},
        {"l'adresse 31.7.8.9 ne r\u00e9pond plus", "IPV4=31.7.8.9"},
        /* a log line's program name before an access log's fields */
        {"nginx 31.13.5.7 - - [04/Dec/2026:10:00:00 +0000] \"GET /\"", "IPV4=31.13.5.7"},
        {"haproxy 12.4.5.6 - admin [04/Dec/2026]", "IPV4=12.4.5.6"},
        /* a package-like word before a quad counts only as a listing's whole line: inside a
         * sentence, or after a service's name, the quad stays an address (a leaked address is
         * worse than a masked version) */
        {"redis 10.0.0.5", "IPV4=10.0.0.5"},
        {"the postgres 10.1.2.3 box is down", "IPV4=10.1.2.3"},
        {"elasticsearch 18.20.30.40 is red", "IPV4=18.20.30.40"},
        {"I'm on pandas 24.8.48.203 and the test still fails", "IPV4=24.8.48.203"},
        {"we run agent 27.9.19.125 on every desk", "IPV4=27.9.19.125"},
        /* "node" is a network word first: an image named node stays masked (a known limit) */
        {"image: node:5.9.46.76", "IPV4=5.9.46.76"},
    };
    CHECK(def_engine, c);
}

static void test_law_report_citations_are_no_phone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Applied in (No 2) (2019) 123 at 9.", ""},
        {"As held in R v Brown (1990) 170 CLR 1.", ""},
        {"cf. Mabo v Queensland (1995) 120 720-734; applied.", ""},
        {"Zie (2017) 255 AA 476, r.o. 3.4.", ""},
        /* area codes in parentheses */
        {"Call me at (415) 823-4917 after 5pm.", "PHONE=(415) 823-4917"},
        {"Tel.: (0221) 123 4567", "PHONE=(0221) 123 4567"},
        {"Ring me on +44 (0)20 7946 0123.", "PHONE=+44 (0)20 7946 0123"},
    };
    CHECK(def_engine, c);
}

static void test_number_array_in_prose_needs_a_card_key(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"the box is {\"bbox\": [4539, 1488, 0343, 6467]} in pixels", ""},
        {"here: [4539, 1488, 0343, 6467]", ""},
        {"payload: {\"card\": [4539, 1488, 0343, 6467]}", "CREDIT_CARD=4539, 1488, 0343, 6467"},
        {"{\"pan\": [4539, 1488, 0343, 6467]}", "CREDIT_CARD=4539, 1488, 0343, 6467"},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_four_part_versions_after_a_package_are_no_address),
        cmocka_unit_test(test_section_numbers_are_no_address),
        cmocka_unit_test(test_addresses_after_network_words_stay),
        cmocka_unit_test(test_law_report_citations_are_no_phone),
        cmocka_unit_test(test_number_array_in_prose_needs_a_card_key),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
