/* test_cost59.c: the cost round of stop 59 (issue 19, exact). names_chat58.c's senders of chat
 * exports are read only when nw_chat58_senders_may() says three lines of the text may open with
 * a stamp (or "From:"), or the DiscordChatExporter CSV's header opens one: a pre-check must stay
 * a superset of its reader, so every line that nw_chat58_stamp() reads as a stamp, over a grid
 * of stamps with one byte changed, makes a text of three such lines pass it, from the first of
 * them, with the text's line table filled or not; PII-free prose, code and numbered lists are
 * turned away. visit_digits asks names_scan55.c's screen once for both OCR readers and turns a
 * number away before number_word_street() when neither a street58 month or particle follows it
 * nor "nr"/"No" stands before it: the streets and births those readers find are still found.
 * rewrite.c asks anon_chat58_sender() only about a key that opens as a sender's key does.
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
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_chat58.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* nw_chat58_senders_may() on t[0 .. len) (bytes, NUL among them), with no line table and with
 * one (asked twice: the second walk reads the table the first filled); the answers agree. */
static int senders_may(const uint8_t *t, size_t len, size_t *ln0, size_t *ls0)
{
    struct sc sc;
    memset(&sc, 0, sizeof sc);
    sc.t = t;
    sc.len = len;
    sc.kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS;
    size_t a0 = 0, b0 = 0;
    int bare = nw_chat58_senders_may(&sc, &a0, &b0);
    struct nw_lines lines;
    memset(&lines, 0, sizeof lines);
    lines.t = t;
    lines.len = len;
    lines.rare = ~0u;
    sc.lines = &lines;
    for (int k = 0; k < 2; k++) {
        size_t a = 0, b = 0;
        assert_int_equal(nw_chat58_senders_may(&sc, &a, &b), bare);
        if (bare) {
            assert_int_equal(a, a0);
            assert_int_equal(b, b0);
        }
    }
    *ln0 = a0, *ls0 = b0;
    return bare;
}

/* A text of an opening line (no stamp), then the line l three times: when nw_chat58_stamp()
 * reads l as a stamp (or l opens with "From: "), the pre-check lets it through from line 1. */
static int check_line(const uint8_t *l, size_t n)
{
    uint8_t t[256];
    static const char head[] = "hello there\n";
    size_t h = sizeof head - 1, o = h;
    memcpy(t, head, h);
    for (int k = 0; k < 3; k++) {
        memcpy(t + o, l, n);
        o += n;
        t[o++] = '\n';
    }
    int stamp = nw_chat58_stamp(t, h, h + n) != 0 || (n >= 10 && memcmp(l, "From: ", 6) == 0);
    size_t ln0, ls0;
    int may = senders_may(t, o, &ln0, &ls0);
    if (stamp && !may)
        print_error("stamp turned away: %.*s\n", (int)n, (const char *)l);
    if (stamp) {
        assert_true(may);
        assert_int_equal(ln0, 1);
        assert_int_equal(ls0, h);
    }
    return stamp;
}

static void test_stamp_gate_lets_every_stamp_through(void **state)
{
    (void)state;
    static const char *const lines[] = {"[12/03/2024, 18:21:05] Anna K: hi",
                                        "12.03.24, 18:21 - Anna K: hi",
                                        "[12-Mar-24 06:21 PM] anna",
                                        "Mar 12, 2024  6:21:05 PM",
                                        "2024-03-12 18:21:05 <anna> hi",
                                        "2024-03-12T18:21:05.000 * anna waves",
                                        "[18:21] <anna> hi",
                                        "From: anna (+44 7700 900123)",
                                        "1/2/24, 9:05 - Jo: x",
                                        "[Mar 12, 2024, 6:21:05 PM] Jo: x",
                                        "12-Mar-2024 06:21 Jo",
                                        "[2024-03-12 18:21] Jo: x"};
    static const uint8_t bytes[] = {'0', '9', '.', '/', '-', ':', ',', 'T', '[', ']',
                                    'M', 'a', 'z', ' ', 0,   'A', 'S', 'F', 0xC3};
    size_t stamps = 0;
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
        size_t n = strlen(lines[k]);
        assert_true(check_line((const uint8_t *)lines[k], n));
        uint8_t l[64];
        for (size_t p = 0; p < n && p < 26; p++)
            for (size_t b = 0; b < sizeof bytes; b++) {
                memcpy(l, lines[k], n);
                l[p] = bytes[b];
                stamps += (size_t)check_line(l, n);
                l[p] = lines[k][p]; /* and the byte dropped */
                memmove(l + p, l + p + 1, n - p - 1);
                stamps += (size_t)check_line(l, n - 1);
            }
    }
    assert_true(stamps > 1000); /* the grid reaches many stamps, not only the written ones */
    static const char nul[] = "12\0"
                              "03\0"
                              "2024, 18:21 - Jo: x"; /* strchr() finds the NUL */
    assert_true(check_line((const uint8_t *)nul, sizeof nul - 1));
}

/* The CSV's header opens the rows the walk reads with no stamp; two stamps and the header, or
 * the header alone, pass; prose, code, numbered lists, log levels and two stamps do not. */
static void test_stamp_gate_header_and_prose(void **state)
{
    (void)state;
    size_t ln0, ls0;
    static const char csv[] = "intro\nAuthorID,Author,Date,Content,Attachments,Reactions\n"
                              "\"1\",\"Berri\",\"x\",\"ok\"\n";
    assert_true(senders_may((const uint8_t *)csv, strlen(csv), &ln0, &ls0));
    assert_int_equal(ln0, 1);
    static const char *const no[] = {
        "Could you help me refactor this function so that it handles the empty case? def "
        "add(a, b):\n    return a + b\n\nprint(add(1, 2))\n UUID 123e4567-e89b-12d3",
        "1. fetch the data\n2. clean it\n3. plot it\n4. write it up\n",
        "ERROR: disk full\nWARN: retrying\nINFO: done\n",
        "[18:21] <anna> hi\n[18:22] <cara> yo\nbye\n",
        "Authorship,Author,Date,Content\n\"1\",\"a\"\n\"2\",\"b\"\n\"3\",\"c\"\n",
        "Mark 12, 2024\nMay 1st\n2024 was a year\n"};
    for (size_t k = 0; k < sizeof no / sizeof no[0]; k++)
        assert_false(senders_may((const uint8_t *)no[k], strlen(no[k]), &ln0, &ls0));
}

/* The chat exports' senders are found as before (the walk starts at the first stamp-like line,
 * past prose before it), and the number-word streets and OCR births visit_digits reads. */
static void test_findings_kept(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"see below\nthe export:\n[12/03/2024, 18:21:05] Anna K: hi\n[12/03/2024, 18:22:05] "
         "Jonas: ok\n[12/03/2024, 18:23:05] Anna K: fine\n",
         "PERSON=Anna K;PERSON=Jonas;PERSON=Anna K"},
        {"Mar 12, 2024  6:21:05 PM\nKaka G\nsandalye kim getiriyor?\n\nMar 12, 2024  6:25:05 "
         "PM\nMe\ntamam\n\n[12-Mar-24 06:30 PM] Tanyil\nask Kaka about the keys\n",
         "PERSON=Kaka G;PERSON=Tanyil;PERSON=Kaka"},
        {"Adresa: Str. Florilor nr. 7, Cluj-Napoca", "STREET_ADDRESS=Str. Florilor nr. 7"},
        {"Morada: Rua 25 de Abril 112, Lisboa", "STREET_ADDRESS=Rua 25 de Abril 112, Lisboa"},
        {"Adres: ul. 3 Maja 7, Warszawa", "STREET_ADDRESS=ul. 3 Maja 7, Warszawa"},
        {"Date of birth: O4.03.1987", "DATE_OF_BIRTH=O4.03.1987"},
        {"DOB: 27 O6 1965\n", "DATE_OF_BIRTH=27 O6 1965"},
        {"Date of birth: 28/Ol/1982\n", "DATE_OF_BIRTH=28/Ol/1982"},
        {"Here is the stack trace from version 2.4.1 of the service, order 884213 failed.", ""},
    };
    CHECK(c);
}

/* anon_chat58_sender_may() lets every sender key rewrite_chat58.c reads through, in any case and
 * with '_' or '-' inside, and "displayName"; a chat body's own keys are turned away. */
static void test_sender_key_gate(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "from",        "From",      "actor",     "ACTOR",       "sender",     "author",
        "username",    "user_name", "User-Name", "fromname",    "from_name",  "authorname",
        "author_name", "nickname",  "NickName",  "displayName", "sender_name"};
    for (size_t k = 0; k < sizeof yes / sizeof yes[0]; k++) {
        const uint8_t *key = (const uint8_t *)yes[k];
        assert_true(anon_chat58_sender_may(key, strlen(yes[k]), 2));
        assert_true(anon_chat58_sender_may(key, strlen(yes[k]), 40));
        assert_false(anon_chat58_sender_may(key, strlen(yes[k]), 41));
        assert_false(anon_chat58_sender_may(key, strlen(yes[k]), 1));
    }
    static const char *const no[] = {"content", "role", "model", "type", "text", "id", "x"};
    for (size_t k = 0; k < sizeof no / sizeof no[0]; k++)
        assert_false(anon_chat58_sender_may((const uint8_t *)no[k], strlen(no[k]), 8));
}

/* every prefix of stamp-like openings, the CSV header and a stamp alone at the text's end */
static void test_every_gate_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("[1\n12/0\nMar 1\n12-Mar-2\nFrom: a\n[12/03/2024, 18:21:05] Anna K: hi\n"
                      "AuthorID,Author,Date,Content\n\"1\",\"anna\",\"x\"\n2024-03-12 18:2");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stamp_gate_lets_every_stamp_through),
        cmocka_unit_test(test_stamp_gate_header_and_prose),
        cmocka_unit_test(test_findings_kept),
        cmocka_unit_test(test_sender_key_gate),
        cmocka_unit_test(test_every_gate_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
