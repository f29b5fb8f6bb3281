/* test_digits46.c: the exact cheapenings of the names scan's digit stops on an agent's log lines
 * (issue 19, round digits46). Each is a necessary condition asked before a reader; the tests pin
 * what the readers still find and check the conditions against the readers themselves.
 * - names_dates.c: a log line's timestamp of no birth ("2026-11-30T12:34:15Z") is answered
 *   without reading it: nw_date_at() gives 0 there, and still reads a midnight under a birth key,
 *   an adult's timestamp under one, and a time of birth after ' ' or ':'.
 * - names_precheck.h nw_date_may(): a capital after a day's digits is a glued month only before
 *   a letter, and a day's end after its month word only after a space: not "12:34:15Z INFO".
 * - names_precheck.h nw_addr_number_word_may(): a number's letters that no ' ' follows
 *   ("dur=485ms\n"), or after a house number a capitalised word and a second space, or a
 *   lower-case word that is no particle, is no street ("15Z INFO  worker", "15Z DEBUG cache").
 * - names_precheck.h nw_street40_pin_may(): a PIN's address opens a part with ", " before its
 *   town ("retry 575 for job 478498:" has none).
 * - names_tables2.c's keys before '=' and ':' (a walk that noted their raw bytes was tried and
 *   dropped: it cost more than it saved); the test pins the base's answers for the next try.
 * Random texts of the readers' own pieces check each condition at every digit run: where the
 * reader finds something the condition says yes. Built with -DDIGITS46_BASE against the branch
 * base's library (764e23a), the checks that do not name the new condition pass there too: the
 * expectations are the base's answers.
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
#include "anonymize/names_internal.h"
#include "anonymize/names_precheck.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void sc_of(struct sc *sc, const char *text)
{
    memset(sc, 0, sizeof *sc);
    sc->t = (const uint8_t *)text;
    sc->len = strlen(text);
    sc->kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS;
}

/* The agent body's log lines and the births and streets beside them, found as the base found
 * them (hush scan of the base build). */
static void test_log_lines_and_the_births_and_streets_beside_them(void **state)
{
    (void)state;
    static const struct tcase cases[] = {
        {"2026-11-30T12:34:15Z INFO  worker-0 request id=316183 path=/v1/orders status=200 "
         "dur=485ms\n2026-11-30T12:41:09Z WARN  worker-2 retry 575 for job 78498: connection "
         "reset by peer\n2026-11-30T12:07:07Z DEBUG cache hit ratio=0.330 keys=571825 "
         "evictions=3\n",
         ""},
        {"dob: 1987-03-04T00:00:00Z\n", "DATE_OF_BIRTH=1987-03-04T00:00:00Z"},
        {"birth_date=1987-03-04T09:46:00+01:00 id=7\n", "DATE_OF_BIRTH=1987-03-04T09:46:00+01:00"},
        {"Date of birth: 04MAR1987\n", "DATE_OF_BIRTH=04MAR1987"},
        {"born 4Mar87 in Leeds\n", "DATE_OF_BIRTH=4Mar87"},
        {"I live at 12 Baker Street, London\n", "STREET_ADDRESS=12 Baker Street"},
        {"Ship it to 221B Baker Street please\n", "STREET_ADDRESS=221B Baker Street"},
        {"Adresse: 12 Rue de la Paix, 75002 Paris\n",
         "STREET_ADDRESS=12 Rue de la Paix, 75002 Paris"},
    };
    CHECK(cases);
}

/* Keys before '=' and ':' (names_tables2.c), read as the base read them: a key with a digit, an
 * attribute after a '.', a key at the text's start, keys of code and logs. */
static void test_field_keys_read_as_before(void **state)
{
    (void)state;
    static const struct tcase cases[] = {
        {"user.first_name = \"Maria\"\n", "PERSON=Maria"},
        {"last_name=Keller id=7\n", "PERSON=Keller"},
        {"first_name2=\"Anna\" id=3\n", "PERSON=Anna"},
        {"row_2.surname=\"Vogt\"\n", "PERSON=Vogt"},
        {"a.b.c.last-name=\"Wril\"\n", "PERSON=Wril"},
        {"x=1 dob=1987-03-04 y=2\n", "DATE_OF_BIRTH=1987-03-04"},
        {"home_address=\"12 Baker Street, London\"\n", "STREET_ADDRESS=12 Baker Street, London"},
        {"for (size_t i = 0; i < n; i++) if (p[i] == 'x') total += 1;\n", ""},
        {"request id=316183 path=/v1/orders status=200 dur=485ms\n", ""},
        {"{\"firstName\": \"Maria\", \"lastName\": \"Keller\"}\n", "PERSON=Maria;PERSON=Keller"},
        {".surname=\"Vogt\"\n", "PERSON=Vogt"},
        {"surname.=\"Vogt\"\n", "PERSON=Vogt"},
    };
    CHECK(cases);
}

/* A timestamp of no birth: nw_date_at() answers 0 and leaves *ds at the digits, as date_at()
 * leaves it; a midnight, an adult's year or a ' '/':' before it are read as before. */
static void test_timestamps_of_no_birth_read_as_before(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t at, want; /* nw_date_at(at) */
    } cases[] = {
        {"2026-11-30T12:34:15Z INFO", 0, 0},
        {"\n2026-11-30T12:34:15Z INFO", 1, 0},
        {"x 2026-11-30T12:34:15Z", 2, 0},
        {"2099-01-01T01:00", 0, 0},
        {"1899-13-40T99:99:99", 0, 0},
        {"1987-03-04T00:00:00Z", 0, 20},
        {"dob=1987-03-04T00:00:00Z", 4, 24},
        {"birth_date=1987-03-04T09:46:00+01:00", 11, 36},
        {"2024-05-01T10:22:33Z", 0, 0},
        {"1987-03-04 12:00", 0, 0},
        {"1987-03-04", 0, 10},
        {"2026-11-30T12:34", 0, 0},
        {"2026-11-30T12:3", 0, 10},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        struct sc sc;
        sc_of(&sc, cases[k].text);
        size_t ds = 12345, e = nw_date_at(&sc, cases[k].at, &ds);
        if (e != cases[k].want)
            print_error("%s: %zu, want %zu\n", cases[k].text, e, cases[k].want);
        assert_int_equal(e, cases[k].want);
        if (!e && is_digit(sc.t[cases[k].at]))
            assert_int_equal(ds, cases[k].at);
    }
}

/* A deterministic generator (xorshift). */
static uint32_t rnd = 2463534242u;
static uint32_t next_rnd(void)
{
    rnd ^= rnd << 13;
    rnd ^= rnd >> 17;
    rnd ^= rnd << 5;
    return rnd;
}

/* A text of n pieces drawn from pieces[], most of them apart by a space. */
static void build(char *buf, size_t cap, const char *const *pieces, size_t np, size_t n)
{
    static const char *const gaps[] = {" ", " ", " ", " ", "", "", "  ", ", ", "\n"};
    size_t o = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < 2 * n; k++) {
        const char *p =
            k % 2 ? gaps[next_rnd() % (sizeof gaps / sizeof gaps[0])] : pieces[next_rnd() % np];
        size_t l = strlen(p);
        if (o + l + 1 >= cap)
            break;
        memcpy(buf + o, p, l + 1);
        o += l;
    }
}

/* nw_date_may() at every digit run of random texts of days, months glued and apart, clocks and
 * capitals: where nw_date_at() reads a date with a capital after its digits, it says yes. */
static void test_date_precheck_passes_every_date_by_a_capital(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "4",    "12",    "31",        "1987",   "87",       "MAR",      "Mar",
        "M",    "Z",     "Z ",        "T",      " ",        ":",        "-",
        ".",    "/",     ",",         "May",    "May ",     "June",     "\n",
        "INFO", "de ",   "of ",       "th",     "\xc2\xa0", "\xc3\x84", "OCT",
        "Sept", "S",     "'",         "a",      "12:",      "34:",      "15Z",
        "DOB ", "born ", "04MAR1987", "4Mar87", "31DEC99",  "1JAN2000", "7S\xc3\x89P1966"};
    size_t dates = 0, capitals = 0;
    char buf[96];
    for (int round = 0; round < 100000; round++) {
        build(buf, sizeof buf, pieces, sizeof pieces / sizeof pieces[0], 3 + next_rnd() % 8);
        struct sc sc;
        sc_of(&sc, buf);
        for (size_t i = 0; i < sc.len; i++) {
            if (!is_digit(sc.t[i]) || (i > 0 && is_digit(sc.t[i - 1])))
                continue;
            size_t d = i, ds;
            while (d < sc.len && is_digit(sc.t[d]))
                d++;
            if (!nw_date_at(&sc, i, &ds))
                continue;
            dates++;
            if (!(d < sc.len && is_up(sc.t[d])))
                continue; /* the other bytes after a day: test_names's pre-check test */
            capitals++;
            if (!nw_date_may(&sc, i, d))
                print_error("date lost: %s\n", buf + i);
            assert_true(nw_date_may(&sc, i, d));
        }
    }
    print_message("dates %zu, with a capital after the day %zu\n", dates, capitals);
    assert_true(dates > 1000 && capitals > 100);
#ifndef DIGITS46_BASE
    struct sc sc;
    sc_of(&sc, "12:34:15Z INFO");
    assert_false(nw_date_may(&sc, 6, 8)); /* a clock's seconds */
    sc_of(&sc, "on May 5Z");
    assert_true(nw_date_may(&sc, 7, 8)); /* after a space: a month may stand before it */
#endif
}

#ifndef DIGITS46_BASE
/* nw_addr_number_word_may() at every digit run of random texts of numbers, capitalised words,
 * particles, lower-case words and spaces: where nw_addr_number_first() finds a street, it says
 * yes; on the agent's log levels it says no. */
static void test_house_number_precheck_passes_every_street(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "12",    "221",   "5",       "B",        "Z",      " ",      "  ",     ", ",
        "Baker", "INFO",  "WARN",    "DEBUG",    "Street", "St.",    "Rue",    "Via",
        "de",    "la",    "du",      "van",      "der",    "cache",  "worker", "for",
        "job",   "P.O.",  "Box",     "PO",       "N",      "NW",     "Ave",    "Main",
        "Road",  "'s",    "d'",      "King",     "\n",     "London", "Paris",  "-",
        "Calle", "Mayor", "Avenida", "Quayside", "Leeds",  "E1 6AN", "Chile",  "High",
        "ms",    "a",     "hs",      "=",        ")",      "/B",     "-III",   "bis"};
    size_t streets = 0, refused = 0;
    char buf[128];
    for (int round = 0; round < 100000; round++) {
        build(buf, sizeof buf, pieces, sizeof pieces / sizeof pieces[0], 4 + next_rnd() % 10);
        struct sc sc;
        sc_of(&sc, buf);
        for (size_t i = 0; i < sc.len; i++) {
            if (!is_digit(sc.t[i]) || (i > 0 && is_digit(sc.t[i - 1])))
                continue;
            size_t d = i;
            while (d < sc.len && is_digit(sc.t[d]))
                d++;
            if (!nw_addr_number_may(&sc, i, d))
                continue;
            int may = nw_addr_number_word_may(&sc, d);
            refused += !may;
            if (!nw_addr_number_first(&sc, i))
                continue;
            streets++;
            if (!may)
                print_error("street lost: %s\n", buf + i);
            assert_true(may);
        }
    }
    print_message("streets %zu, refused %zu\n", streets, refused);
    assert_true(streets > 500 && refused > 1000);
    static const struct {
        const char *text;
        size_t i, d;
        int want;
    } cases[] = {
        {"12:34:15Z INFO  worker-0 request", 6, 8, 0},
        {"12:34:15Z WARN  worker-2 retry", 6, 8, 0},
        {"12:34:15Z DEBUG cache hit ratio", 6, 8, 0},
        {"12 Baker Street", 0, 2, 1},
        {"15 High de la Cruz", 0, 2, 1},
        {"45818 PO  Box 242", 0, 5, 1},
        {"12 Baker d'Orsel", 0, 2, 1},
        {"12 Baker Street  ", 0, 2, 1},
        {"12 Baker", 0, 2, 1},
        {"status=200 dur=485ms\n", 16, 19, 0},
        {"dur=485ms", 4, 7, 0},
        {"227hs Main Street", 0, 3, 1},
        {"12a, High Street", 0, 2, 1},
        {"174-III Amsterdam", 0, 3, 1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        struct sc sc;
        sc_of(&sc, cases[k].text);
        assert_int_equal(nw_addr_number_word_may(&sc, cases[k].d), cases[k].want);
    }
}

/* nw_street40_pin_may() before nw_street40_pin(): a ',' in the 54 bytes before the PIN. */
static void test_pin_precheck_wants_a_comma_before(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Flat 12, Sai Residency, MG Road, Bengaluru 560001",
        "Flat 4B, Lotus Apartments, Link Road, Andheri West, Mumbai 400053",
        "House No. 12, Gandhi Nagar, Road No. 3, Hyderabad 500034",
        "Plot No. 5, Sector 21, Gurgaon - 122016",
        "House 4, Lane 2, Banjara Hills, Hyderabad, 500034, Telangana",
        "12, Park Street, Kolkata\xe2\x80\x93"
        "700016",
        "2026-11-30T12:41:09Z WARN  worker-2 retry 575 for job 478498: connection reset",
        "order 884213 failed; Road, Pune 411001",
        "A very long sentence that runs on and on before it, then the town Pune 411001 here",
    };
    size_t pins = 0, refused = 0;
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        struct sc sc;
        sc_of(&sc, texts[k]);
        for (size_t i = 1; i < sc.len; i++) {
            if (!is_digit(sc.t[i]) || is_digit(sc.t[i - 1]))
                continue;
            size_t d = i, as;
            while (d < sc.len && is_digit(sc.t[d]))
                d++;
            int may = nw_street40_pin_may(&sc, i);
            refused += !may;
            if (!nw_street40_pin(&sc, i, d, &as))
                continue;
            pins++;
            assert_true(may);
        }
    }
    print_message("pins %zu, refused %zu\n", pins, refused);
    assert_true(pins >= 3 && refused >= 2);
}
#endif

/* Every prefix of the log lines and the births beside them, in a buffer of exactly its size. */
static void test_prefixes_of_log_lines_scan_cleanly(void **state)
{
    (void)state;
    scan_every_prefix("2026-11-30T12:34:15Z INFO  worker-0 request id=316183 status=200 dur=4ms\n"
                      "2026-11-30T12:07:07Z DEBUG cache hit\n12:34:15Z WARN  x 4Mar87");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_log_lines_and_the_births_and_streets_beside_them),
        cmocka_unit_test(test_field_keys_read_as_before),
        cmocka_unit_test(test_timestamps_of_no_birth_read_as_before),
        cmocka_unit_test(test_date_precheck_passes_every_date_by_a_capital),
#ifndef DIGITS46_BASE
        cmocka_unit_test(test_house_number_precheck_passes_every_street),
        cmocka_unit_test(test_pin_precheck_wants_a_comma_before),
#endif
        cmocka_unit_test(test_prefixes_of_log_lines_scan_cleanly),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
