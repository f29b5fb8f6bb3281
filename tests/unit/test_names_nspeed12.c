/* test_names_nspeed12.c: the line passes that read the text's table of line ends (struct
 * nw_lines, names_internal.h) instead of finding each line's end again: names.c's chat_names()
 * (the first, which fills it), names_chat.c's speakers, names_rosters.c's name lines,
 * names_forms6.c's line values, names_tables7.c's rows. The table
 * is only a cache, so every answer must be the one each pass gave with its own memchr(): each
 * expectation below is the branch base's answer (this file's texts scanned by a program linked
 * against the base's library). The texts: chat lines, roster lines, attention lines and rows in
 * several languages, with CRLF, with and without a final newline, blank lines first, a text of
 * 140 lines whose speakers and name lines cross the table's bound of 128 lines, and code and
 * logs that open no line pass.
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

#include "names_cases.h"

static void test_line_passes_read_the_shared_line_ends(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Maren Oskvold: can you check the invoice?\nTobiah Wrenfield: on it\nMaren Oskvold: "
         "thanks",
         "PERSON=Maren Oskvold;PERSON=Tobiah Wrenfield;PERSON=Maren Oskvold"},
        {"Maren Oskvold: can you check the invoice?\r\nTobiah Wrenfield: on it\r\nMaren Oskvold: "
         "thanks\r\n",
         "PERSON=Maren Oskvold;PERSON=Tobiah Wrenfield;PERSON=Maren Oskvold"},
        {"\n\n[10:02] Quennel Darvik: hallo\n[10:03] Ilsabet Moorcrag: hoi\n\n",
         "PERSON=Quennel Darvik;PERSON=Ilsabet Moorcrag"},
        {"Speaker 1: bonjour\nSpeaker 2: salut, Aurèle Vantremont ici\nSpeaker 1: ça va",
         "PERSON=Aurèle Vantremont"},
        {"<Quennel> hey\n<Ilsabet> hi Quennel\n", "PERSON=Quennel"},
        {"> Glona, pode ver isso?\nObrigado,\nTesca", "PERSON=Tesca"},
        {"Grazie,\nTesca Ombrelli", "PERSON=Tesca Ombrelli"},
        {"Attendees:\nKavor Lenswick\nDoran Velmick\nTesni Aburrow\n",
         "PERSON=Kavor Lenswick;PERSON=Doran Velmick;PERSON=Tesni Aburrow"},
        {"Anwesend:\r\nKavor Lenswick\r\nDoran Velmick\r\nTesni Aburrow",
         "PERSON=Kavor Lenswick;PERSON=Doran Velmick;PERSON=Tesni Aburrow"},
        {"Attn: Brannoc Velworth\nRe: the lease\n", "PERSON=Brannoc Velworth"},
        {"z.Hd. Frau Ilsabet Moorcrag\nBetreff: Mietvertrag", "PERSON=Ilsabet Moorcrag"},
        {"À l'attention de M. Aurèle Vantremont\nObjet : bail", "PERSON=M. Aurèle Vantremont"},
        {"Naam          Stad\nPiet Dorrevaal Leeds\nAnna Quelmark  Gent\n", "PERSON=Anna Quelmark"},
        {"Rent 900 - Naomi 50% / Colin 50%\nGroceries 40 (Naomi)\n",
         "PERSON=Naomi;PERSON=Colin;PERSON=Naomi"},
        {"Kavor Lenswick & Tesni Aburrow\nDoran Velmick, 88, of Leeds\n", "PERSON=Doran Velmick"},
        {"def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n", ""},
        {"build: ok\ntest: ok\nlint: 2 warnings\n", ""},
        {"sudo: unable to resolve host\nsudo: unable to resolve host\n", ""},
        {"ab\ncd", ""},
        {"a\nb\nc\nd\ne\n", ""},
        {"\n", ""},
        {"\r\n\r\n", ""},
        {"Patient: Dorvenka Pell\nArzt: Dr. Quillan Moravec\nStatus: open",
         "PERSON=Dorvenka Pell;PERSON=Quillan Moravec"},
        {":Patient: Dorvenka Pell:", ""},
        {"Er schrieb: \"Tesca, kommst du?\" und ging.", "PERSON=Tesca"},
        {"Il a répondu : « Aurèle, viens ! »", "PERSON=Aurèle"},
        {"name: Anna Quelmark\ncity: Gent\ntime: 10:22:33", "PERSON=Anna Quelmark"},
        {"{\"first_name\": \"Maren\", \"last_name\": \"Oskvold\", \"note\": \"a:b:c\"}",
         "PERSON=Maren;PERSON=Oskvold"},
        {"Attendees: Kavor Lenswick, Doran Velmick\nAction: Tesni Aburrow to send the notes",
         "PERSON=Kavor Lenswick;PERSON=Doran Velmick;PERSON=Tesni Aburrow"},
        {"Aanwezig: Piet Dorrevaal, Anna Quelmark:", "PERSON=Piet Dorrevaal;PERSON=Anna Quelmark"},
        {"10:22:33 build: ok\n10:22:34 deploy: ok\nOwner: Ilsabet Moorcrag",
         "PERSON=Ilsabet Moorcrag"},
        {"Envíalo a C/ Velázquez 11, 28001 Madrid, por favor.",
         "STREET_ADDRESS=C/ Velázquez 11, 28001 Madrid"},
        {"Mail it to P.O. Box 4417, Springfield, IL 62704.",
         "STREET_ADDRESS=P.O. Box 4417, Springfield, IL 62704"},
        {"Écrivez à BP 45, 75001 Paris.", "STREET_ADDRESS=BP 45, 75001 Paris"},
        {"Morada: R. de Santa Catarina, 39, 4000-447 Porto",
         "STREET_ADDRESS=R. de Santa Catarina, 39, 4000-447 Porto"},
        {"Unit 8505 Box 12, DPO AE 09123", "STREET_ADDRESS=Unit 8505 Box 12, DPO AE 09123"},
        {"Bitte an B. Quellmark, Ringstraße 4, 10115 Berlin",
         "PERSON=B. Quellmark;STREET_ADDRESS=Ringstraße 4, 10115 Berlin"},
        {"Call Ulla Pirrwitz or Rasmus Cordell about CI/CD and P/E ratios.",
         "PERSON=Ulla Pirrwitz;PERSON=Rasmus Cordell"},
        {"[09:58] anna: hey tom, can you look?\n[09:59] tom: thanks anna\n",
         "PERSON=anna;PERSON=tom;PERSON=tom;PERSON=anna"},
        {"[09:58:12] Quennel: hallo ilsabet\r\n[10:00] Ilsabet: moin quennel\r\n",
         "PERSON=Quennel;PERSON=ilsabet;PERSON=Ilsabet;PERSON=quennel"},
        {"<anna> morning all\n<tomas> hey anna\nthanks priya, that fixed it",
         "PERSON=anna;PERSON=tomas;PERSON=anna;PERSON=priya"},
        {"line one\nthanks priya, that fixed it\ncheers marek", "PERSON=priya;PERSON=marek"},
    };
    CHECK(c);
}

/* speakers and name lines on both sides of line 128, labels and a quote after the 128th ':':
 * the tables hold 128 line ends and 128 colons, the passes find the rest themselves */
static const char long_text[] =
    "line 0 of the log\nline 1 of the log\nline 2 of the log\nline 3 of the log\nline 4 of the "
    "log\nline 5 of the log\nline 6 of the log\nline 7 of the log\nline 8 of the log\nline 9 of "
    "the log\nline 10 of the log\nline 11 of the log\nline 12 of the log\nline 13 of the log\nline "
    "14 of the log\nline 15 of the log\nline 16 of the log\nline 17 of the log\nline 18 of the "
    "log\nline 19 of the log\nline 20 of the log\nline 21 of the log\nline 22 of the log\nline 23 "
    "of the log\nline 24 of the log\nline 25 of the log\nline 26 of the log\nline 27 of the "
    "log\nline 28 of the log\nline 29 of the log\nline 30 of the log\nline 31 of the log\nline 32 "
    "of the log\nline 33 of the log\nline 34 of the log\nline 35 of the log\nline 36 of the "
    "log\nline 37 of the log\nline 38 of the log\nline 39 of the log\nline 40 of the log\nline 41 "
    "of the log\nline 42 of the log\nline 43 of the log\nline 44 of the log\nline 45 of the "
    "log\nline 46 of the log\nline 47 of the log\nline 48 of the log\nline 49 of the log\nline 50 "
    "of the log\nline 51 of the log\nline 52 of the log\nline 53 of the log\nline 54 of the "
    "log\nline 55 of the log\nline 56 of the log\nline 57 of the log\nline 58 of the log\nline 59 "
    "of the log\nline 60 of the log\nline 61 of the log\nline 62 of the log\nline 63 of the "
    "log\nline 64 of the log\nline 65 of the log\nline 66 of the log\nline 67 of the log\nline 68 "
    "of the log\nline 69 of the log\nline 70 of the log\nline 71 of the log\nline 72 of the "
    "log\nline 73 of the log\nline 74 of the log\nline 75 of the log\nline 76 of the log\nline 77 "
    "of the log\nline 78 of the log\nline 79 of the log\nline 80 of the log\nline 81 of the "
    "log\nline 82 of the log\nline 83 of the log\nline 84 of the log\nline 85 of the log\nline 86 "
    "of the log\nline 87 of the log\nline 88 of the log\nline 89 of the log\nline 90 of the "
    "log\nline 91 of the log\nline 92 of the log\nline 93 of the log\nline 94 of the log\nline 95 "
    "of the log\nline 96 of the log\nline 97 of the log\nline 98 of the log\nline 99 of the "
    "log\nline 100 of the log\nline 101 of the log\nline 102 of the log\nline 103 of the log\nline "
    "104 of the log\nline 105 of the log\nline 106 of the log\nline 107 of the log\nline 108 of "
    "the log\nline 109 of the log\nline 110 of the log\nline 111 of the log\nline 112 of the "
    "log\nline 113 of the log\nline 114 of the log\nline 115 of the log\nline 116 of the log\nline "
    "117 of the log\nline 118 of the log\nline 119 of the log\nline 120 of the log\nline 121 of "
    "the log\nline 122 of the log\nline 123 of the log\nline 124 of the log\nline 125 of the "
    "log\nMaren Oskvold: ok\nTobiah Wrenfield: fine\nMaren Oskvold: sure\nTobiah Wrenfield: "
    "done\nline 130 of the log\nKavor Lenswick\nDoran Velmick\nTesni Aburrow\nline 134 of the "
    "log\nline 135 of the log\nline 136 of the log\nline 137 of the log\nline 138 of the log\nline "
    "139 of the log";
static const char colon_text[] =
    "t=00:00:00 ok\nt=01:01:07 ok\nt=02:02:14 ok\nt=03:03:21 ok\nt=04:04:28 ok\nt=05:05:35 "
    "ok\nt=06:06:42 ok\nt=07:07:49 ok\nt=08:08:56 ok\nt=09:09:03 ok\nt=10:10:10 ok\nt=11:11:17 "
    "ok\nt=12:12:24 ok\nt=13:13:31 ok\nt=14:14:38 ok\nt=15:15:45 ok\nt=16:16:52 ok\nt=17:17:59 "
    "ok\nt=18:18:06 ok\nt=19:19:13 ok\nt=20:20:20 ok\nt=21:21:27 ok\nt=22:22:34 ok\nt=23:23:41 "
    "ok\nt=00:24:48 ok\nt=01:25:55 ok\nt=02:26:02 ok\nt=03:27:09 ok\nt=04:28:16 ok\nt=05:29:23 "
    "ok\nt=06:30:30 ok\nt=07:31:37 ok\nt=08:32:44 ok\nt=09:33:51 ok\nt=10:34:58 ok\nt=11:35:05 "
    "ok\nt=12:36:12 ok\nt=13:37:19 ok\nt=14:38:26 ok\nt=15:39:33 ok\nt=16:40:40 ok\nt=17:41:47 "
    "ok\nt=18:42:54 ok\nt=19:43:01 ok\nt=20:44:08 ok\nt=21:45:15 ok\nt=22:46:22 ok\nt=23:47:29 "
    "ok\nt=00:48:36 ok\nt=01:49:43 ok\nt=02:50:50 ok\nt=03:51:57 ok\nt=04:52:04 ok\nt=05:53:11 "
    "ok\nt=06:54:18 ok\nt=07:55:25 ok\nt=08:56:32 ok\nt=09:57:39 ok\nt=10:58:46 ok\nt=11:59:53 "
    "ok\nt=12:00:00 ok\nt=13:01:07 ok\nt=14:02:14 ok\nt=15:03:21 ok\nt=16:04:28 ok\nt=17:05:35 "
    "ok\nt=18:06:42 ok\nt=19:07:49 ok\nt=20:08:56 ok\nt=21:09:03 ok\nPatient: Dorvenka Pell\nEr "
    "schrieb: \"Tesca, kommst du?\"\nAttendees: Kavor Lenswick, Doran Velmick\nOwner: Ilsabet "
    "Moorcrag";
static void test_lines_past_the_table(void **state)
{
    (void)state;
    const struct tcase c[] = {
        {long_text, "PERSON=Maren Oskvold;PERSON=Tobiah Wrenfield;PERSON=Maren "
                    "Oskvold;PERSON=Tobiah Wrenfield;PERSON=Doran Velmick"},
        {colon_text, "PERSON=Dorvenka Pell;PERSON=Tesca;PERSON=Kavor Lenswick;PERSON=Doran "
                     "Velmick;PERSON=Ilsabet Moorcrag"}};
    CHECK(c);
}

/* nw_colon_at() gives what the memchr() walk gives, with the table, without one (NULL), with a
 * copy of another length, past the table's 128 entries and after a walk that stopped early. */
static void walk_colons(const char *text, size_t len, size_t stop)
{
    struct nw_hits h;
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)text;
    s.len = len;
    h.t = s.t;
    h.len = len;
    h.n = 0;
    s.colons = &h;
    /* a first pass that stops after `stop` colons, then three whole walks */
    for (int pass = 0; pass < 4; pass++) {
        struct nw_hits *c = pass == 2 ? NULL : nw_colons_of(&s);
        const uint8_t *p = memchr(s.t, ':', len);
        size_t k = 0, at = nw_colon_at(c, &s, 0, 0);
        for (; at < len && (pass > 0 || k < stop); at = nw_colon_at(c, &s, ++k, at + 1)) {
            assert_non_null(p);
            assert_int_equal(at, (size_t)(p - s.t));
            p = memchr(p + 1, ':', len - (size_t)(p + 1 - s.t));
        }
        if (pass > 0) {
            assert_null(p);
            assert_int_equal(at, len);
        }
    }
    assert_true(h.n <= NW_HITS);
    struct sc copy = s; /* another length: the table is neither read nor filled */
    copy.len = len + 1;
    assert_null(nw_colons_of(&copy));
    copy.len = len;
    copy.t = (const uint8_t *)"other";
    assert_null(nw_colons_of(&copy));
}

static void test_colon_at_matches_the_memchr_walk(void **state)
{
    (void)state;
    walk_colons("", 0, 0);
    walk_colons(":", 1, 0);
    walk_colons("::", 2, 1);
    walk_colons("no colon here", 13, 3);
    walk_colons("Name: Anna\nCity: Gent:", 23, 1);
    char big[600];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = i % 4 == 1 ? ':' : 'a'; /* 150 colons: past the table */
    walk_colons(big, sizeof big, 5);
    walk_colons(big, sizeof big, 140);
    walk_colons(big, 2, 0);
}

static void test_every_prefix_of_the_line_passes(void **state)
{
    (void)state;
    scan_every_prefix(
        "Maren Oskvold: hi\r\n[10:02] Tobiah Wrenfield: ok\n> Glona, pode?\nGrazie,\n"
        "Tesca\nAttn: Brannoc Velworth\nKavor Lenswick\nDoran Velmick\nTesni Aburrow\n"
        "Rent 900 - Naomi 50% / Colin 50%\nKavor Lenswick & Tesni Aburrow");
    scan_every_prefix("Patient: Dorvenka Pell\nEr schrieb: \"Tesca, kommst du?\"\n"
                      "{\"last_name\": \"Oskvold\"}\nname: Anna Quelmark\nOwner: Ilsabet:");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_passes_read_the_shared_line_ends),
        cmocka_unit_test(test_lines_past_the_table),
        cmocka_unit_test(test_colon_at_matches_the_memchr_walk),
        cmocka_unit_test(test_every_prefix_of_the_line_passes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
