/* test_names_nspeed12.c: the passes that read a text's shared tables instead of finding the
 * same bytes again (names_internal.h, branch nspeed12): the line ends (struct nw_lines: names.c's
 * chat_names(), which fills it, names_chat.c's speakers, names_rosters.c's name lines,
 * names_forms6.c's line values, names_tables7.c's rows) and the places of ':', ')', '<', '=' and
 * '@' (struct nw_hits: key-value fields, quoted vocatives, roster labels, labels7; SQL and
 * brackets; MRZ zones, XML people and fields; bibliographies; mentions and handles), and
 * visit_capital()'s address openers asked only with addresses. The tables are only caches, so every
 * answer must be the one each pass gave with its own memchr(): each expectation below is the branch
 * base's answer (this file's texts scanned by a program linked against the base's library). The
 * texts: chat lines, roster lines, attention lines, rows, labels, quotes, SQL, XML, MRZ, BibTeX and
 * key=value text in several languages, with CRLF, with and without a final newline, blank lines
 * first, texts whose passes cross the tables' bound of 128 entries, and code and logs that open no
 * pass; then the tables' functions against the memchr() walk itself.
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
#include "anonymize/names_learn.h"

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
        /* the nicks themselves since names_chat9.c (capitalised nicks in angle brackets) */
        {"<Quennel> hey\n<Ilsabet> hi Quennel\n", "PERSON=Quennel;PERSON=Ilsabet;PERSON=Quennel"},
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
        {"Name\tCity\nAnna Quelmark\tGent\nPiet Dorrevaal\tLeeds",
         "PERSON=Anna Quelmark;PERSON=Piet Dorrevaal"},
        {"| Name | City |\n|---|---|\n| Anna Quelmark | Gent |\n", "PERSON=Anna Quelmark"},
        {"name,city\nAnna Quelmark,Gent\n\nfirst,last\nPiet,Dorrevaal\n",
         "PERSON=Anna Quelmark;PERSON=Piet"},
        {"\nKavor Lenswick\n", ""},
        {"Kavor Lenswick\n", ""},
        {"- [ ] Tesni: send the minutes\n- [ ] Doran: book the room\n", "PERSON=Doran"},
        {"Actions\n- Tesni Aburrow: send the minutes\n- Doran Velmick: book the room",
         "PERSON=Doran Velmick"},
        {"ping @quennel about it\nReported by Maren Oskvold (@moskvold)\ncc @Ilsabet, thanks",
         "PERSON=quennel;PERSON=Maren Oskvold;PERSON=Ilsabet"},
        {"Thanks Tobiah Wrenfield (@tobiah) and Kavor Lenswick (@kavor)\nmail me at a@b.example",
         "PERSON=Tobiah Wrenfield;PERSON=Kavor Lenswick"},
        {"(@x)(@y) Doran Velmick (@", "PERSON=Doran Velmick"},
        {"@", ""},
        {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<"
         "10\n<author>Maria Quelmark</author>",
         /* the holder's names too since branch lower11 */
         "PERSON=ERIKSSON;PERSON=ANNA<MARIA;DATE_OF_BIRTH=740812;PERSON=Maria Quelmark"},
        {"IDD<<T220001293<<<<<<<<<<<<<<<\n6408125M2010315D<<<<<<<<<<<<<4\nMUSTERMANN<<ERIKA<<<<<<<<"
         "<<<<<",
         "DATE_OF_BIRTH=640812;PERSON=MUSTERMANN;PERSON=ERIKA"},
        {"a <b> c <<", ""},
        {"x<", ""},
        {"<<", ""},
        {"INSERT INTO people (first_name, last_name) VALUES ('Maren', 'Oskvold'), ('Tobiah', "
         "'Wrenfield');",
         "PERSON=Maren;PERSON=Oskvold;PERSON=Tobiah;PERSON=Wrenfield"},
        {"f(a) g(b)\nINSERT INTO t (name) VALUES ('Kavor Lenswick');\nMeeting (with Doran Velmick) "
         "and Tesni Aburrow (née Quelmark)",
         "PERSON=Kavor Lenswick;PERSON=Doran Velmick;PERSON=Quelmark"},
        {"<author>Maria Quelmark</author>\n<dc:creator>Tobiah Wrenfield</dc:creator>\n<p>x</p>",
         "PERSON=Maria Quelmark;PERSON=Tobiah Wrenfield"},
        {"<person><fullName>Ilsabet Moorcrag</fullName><birthDate>1987-03-04</birthDate></person>",
         "PERSON=Ilsabet Moorcrag;DATE_OF_BIRTH=1987-03-04"},
        {"a < b and c<d", ""},
        {"@article{k, author = {Quelmark, Anna and Dorrevaal, Piet}, title={X}}",
         "PERSON=Quelmark, Anna;PERSON=Dorrevaal, Piet"},
        {"name=\"Doran Velmick\" dob=1985-04-12 a==b",
         "PERSON=Doran Velmick;DATE_OF_BIRTH=1985-04-12"},
        {"x = 1\ny == 2\nauthor = \"Tesni Aburrow\"", "PERSON=Tesni Aburrow"},
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

/* speakers and name lines on both sides of line 128, labels and a quote after the 128th ':',
 * SQL, XML, a bibliography and a relative in brackets after the 128th ')', '<' and '=': the
 * tables hold 128 line ends and 128 of each byte, the passes find the rest themselves */
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
static const char byte_text[] =
    "f(0) g(1) a<0 b=0 c==0\nf(1) g(2) a<1 b=1 c==1\nf(2) g(3) a<2 b=2 c==2\nf(3) g(4) a<3 b=3 "
    "c==3\nf(4) g(5) a<4 b=4 c==4\nf(5) g(6) a<5 b=5 c==5\nf(6) g(7) a<6 b=6 c==6\nf(7) g(8) a<7 "
    "b=7 c==7\nf(8) g(9) a<8 b=8 c==8\nf(9) g(10) a<9 b=9 c==9\nf(10) g(11) a<10 b=10 c==10\nf(11) "
    "g(12) a<11 b=11 c==11\nf(12) g(13) a<12 b=12 c==12\nf(13) g(14) a<13 b=13 c==13\nf(14) g(15) "
    "a<14 b=14 c==14\nf(15) g(16) a<15 b=15 c==15\nf(16) g(17) a<16 b=16 c==16\nf(17) g(18) a<17 "
    "b=17 c==17\nf(18) g(19) a<18 b=18 c==18\nf(19) g(20) a<19 b=19 c==19\nf(20) g(21) a<20 b=20 "
    "c==20\nf(21) g(22) a<21 b=21 c==21\nf(22) g(23) a<22 b=22 c==22\nf(23) g(24) a<23 b=23 "
    "c==23\nf(24) g(25) a<24 b=24 c==24\nf(25) g(26) a<25 b=25 c==25\nf(26) g(27) a<26 b=26 "
    "c==26\nf(27) g(28) a<27 b=27 c==27\nf(28) g(29) a<28 b=28 c==28\nf(29) g(30) a<29 b=29 "
    "c==29\nf(30) g(31) a<30 b=30 c==30\nf(31) g(32) a<31 b=31 c==31\nf(32) g(33) a<32 b=32 "
    "c==32\nf(33) g(34) a<33 b=33 c==33\nf(34) g(35) a<34 b=34 c==34\nf(35) g(36) a<35 b=35 "
    "c==35\nf(36) g(37) a<36 b=36 c==36\nf(37) g(38) a<37 b=37 c==37\nf(38) g(39) a<38 b=38 "
    "c==38\nf(39) g(40) a<39 b=39 c==39\nf(40) g(41) a<40 b=40 c==40\nf(41) g(42) a<41 b=41 "
    "c==41\nf(42) g(43) a<42 b=42 c==42\nf(43) g(44) a<43 b=43 c==43\nf(44) g(45) a<44 b=44 "
    "c==44\nf(45) g(46) a<45 b=45 c==45\nf(46) g(47) a<46 b=46 c==46\nf(47) g(48) a<47 b=47 "
    "c==47\nf(48) g(49) a<48 b=48 c==48\nf(49) g(50) a<49 b=49 c==49\nf(50) g(51) a<50 b=50 "
    "c==50\nf(51) g(52) a<51 b=51 c==51\nf(52) g(53) a<52 b=52 c==52\nf(53) g(54) a<53 b=53 "
    "c==53\nf(54) g(55) a<54 b=54 c==54\nf(55) g(56) a<55 b=55 c==55\nf(56) g(57) a<56 b=56 "
    "c==56\nf(57) g(58) a<57 b=57 c==57\nf(58) g(59) a<58 b=58 c==58\nf(59) g(60) a<59 b=59 "
    "c==59\nf(60) g(61) a<60 b=60 c==60\nf(61) g(62) a<61 b=61 c==61\nf(62) g(63) a<62 b=62 "
    "c==62\nf(63) g(64) a<63 b=63 c==63\nf(64) g(65) a<64 b=64 c==64\nf(65) g(66) a<65 b=65 "
    "c==65\nf(66) g(67) a<66 b=66 c==66\nf(67) g(68) a<67 b=67 c==67\nf(68) g(69) a<68 b=68 "
    "c==68\nf(69) g(70) a<69 b=69 c==69\nINSERT INTO t (full_name) VALUES ('Kavor "
    "Lenswick');\n<author>Maria Quelmark</author>\n@book{k, author = {Dorrevaal, Piet}}\nTesni "
    "Aburrow (née Quelmark)";
static void test_lines_past_the_table(void **state)
{
    (void)state;
    const struct tcase c[] = {
        {long_text, "PERSON=Maren Oskvold;PERSON=Tobiah Wrenfield;PERSON=Maren "
                    "Oskvold;PERSON=Tobiah Wrenfield;PERSON=Doran Velmick"},
        {colon_text, "PERSON=Dorvenka Pell;PERSON=Tesca;PERSON=Kavor Lenswick;PERSON=Doran "
                     "Velmick;PERSON=Ilsabet Moorcrag"},
        {byte_text,
         "PERSON=Kavor Lenswick;PERSON=Maria Quelmark;PERSON=Dorrevaal, Piet;PERSON=Quelmark"}};
    CHECK(c);
}

/* nw_hit_at() and nw_hit_from() give what the memchr() walk gives, with the table, without one
 * (NULL), past the table's 128 entries, after a walk that stopped early, and for a walk that
 * skips ahead (nw_hit_from(), as names_tables2.c's SQL does after its values); a copy of the
 * struct sc of another length or text has no table. */
static size_t next_of(const uint8_t *t, size_t len, uint8_t c, size_t from)
{
    const uint8_t *p = memchr(t + from, c, len - from);
    return p ? (size_t)(p - t) : len;
}

static void walk_hits(const char *text, size_t len, uint8_t c, size_t slot, size_t stop,
                      size_t skip)
{
    struct nw_hits h[NW_HIT_BYTES];
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)text;
    s.len = len;
    for (int k = 0; k < NW_HIT_BYTES; k++) {
        h[k].t = s.t;
        h[k].len = len;
        h[k].n = 0;
    }
    s.hits = h;
    assert_int_equal(nw_hit_slot(c), (int)slot);
    assert_ptr_equal(nw_hits_of(&s, c), &h[slot]);
    /* pass 0 stops after `stop` hits; pass 1 skips `skip` bytes after each hit (nw_hit_from());
     * then whole walks with the table, without one, with the table again */
    for (int pass = 0; pass < 5; pass++) {
        struct nw_hits *t = pass == 3 ? NULL : nw_hits_of(&s, c);
        if (pass == 1) {
            size_t k = 0, from = 0;
            for (;;) {
                size_t at = nw_hit_from(t, &s, c, &k, from);
                assert_int_equal(at, next_of(s.t, len, c, from));
                if (at >= len)
                    break;
                from = at + 1 + skip > len ? len : at + 1 + skip;
            }
            continue;
        }
        size_t want = next_of(s.t, len, c, 0), k = 0, at = nw_hit_at(t, &s, c, 0, 0);
        for (; at < len && (pass > 0 || k < stop); at = nw_hit_at(t, &s, c, ++k, at + 1)) {
            assert_int_equal(at, want);
            want = next_of(s.t, len, c, want + 1);
        }
        if (pass > 0)
            assert_int_equal(at, len);
    }
    assert_true(h[slot].n <= NW_HITS);
    struct sc copy = s;
    copy.len = len + 1;
    assert_null(nw_hits_of(&copy, c));
    copy.len = len;
    copy.t = (const uint8_t *)"other";
    assert_null(nw_hits_of(&copy, c));
}

static void test_hit_tables_match_the_memchr_walk(void **state)
{
    (void)state;
    static const uint8_t bytes[] = {':', ')', '<', '=', '@'};
    char big[600];
    for (size_t b = 0; b < sizeof bytes; b++) {
        uint8_t c = bytes[b];
        char small[] = "Name? Anna\nCity? Gent?";
        for (size_t i = 0; small[i]; i++)
            small[i] = small[i] == '?' ? (char)c : small[i];
        for (size_t i = 0; i < sizeof big; i++)
            big[i] = i % 4 == 1 ? (char)c : 'a'; /* 150 of the byte: past the table */
        for (size_t skip = 0; skip < 6; skip += 5) {
            walk_hits("", 0, c, b, 0, skip);
            walk_hits((const char *)&bytes[b], 1, c, b, 0, skip);
            walk_hits("no such byte here", 17, c, b, 3, skip);
            walk_hits(small, strlen(small), c, b, 1, skip);
            walk_hits(big, sizeof big, c, b, 5, skip);
            walk_hits(big, sizeof big, c, b, 140, skip);
            walk_hits(big, 2, c, b, 0, skip);
        }
    }
    assert_int_equal(nw_hit_slot(';'), -1);
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
    scan_every_prefix(
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n<author>Maria Quelmark</author>\n"
        "INSERT INTO t (name) VALUES ('Kavor Lenswick'); f(x) author = {Piet} <<");
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_passes_read_the_shared_line_ends),
        cmocka_unit_test(test_lines_past_the_table),
        cmocka_unit_test(test_hit_tables_match_the_memchr_walk),
        cmocka_unit_test(test_every_prefix_of_the_line_passes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
