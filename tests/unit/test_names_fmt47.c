/* test_names_fmt47.c: people, streets and births in the encodings agents pass them on in (branch
 * fmt47, contrib/bench/accuracy/notes/fmt47.md): letters written as HTML character references
 * (named, decimal, hexadecimal), a mail's quoted-printable bytes with soft line breaks inside a
 * name, RFC 2047 encoded words (Q and B, UTF-8 and Latin-1) are read decoded by the detection view
 * (engine_view.c), the finding covers the encoded bytes, and restore gives them back as written;
 * look-alikes in the same encodings (markup, env files, encoded subjects) stay. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static void test_html_references_in_names_are_read_decoded(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<p>Kontakt:<br>Ren&eacute; M&uuml;ller<br>Lindenstra&szlig;e 12<br>10969 Berlin</p>",
         "PERSON=Ren&eacute; M&uuml;ller;STREET_ADDRESS=Lindenstra&szlig;e 12<br>10969 Berlin"},
        {"<ul><li>Ma&#322;gorzata Wi&#347;niewska</li><li>Bj&#xF6;rn L&#xF6;fgren</li></ul>",
         "PERSON=Ma&#322;gorzata Wi&#347;niewska;PERSON=Bj&#xF6;rn L&#xF6;fgren"},
        {"<h3 class=\"member-name\">Ren&eacute;&nbsp;M&uuml;ller</h3>",
         "PERSON=Ren&eacute;&nbsp;M&uuml;ller"},
        {"<td>Siobh&aacute;n O&#39;Brien</td><td>04/03/1987</td>",
         "PERSON=Siobh&aacute;n O&#39;Brien"},
    };
    CHECK(def_engine, c);
}

static void test_quoted_printable_names_are_read_decoded(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Content-Transfer-Encoding: quoted-printable\n\nHallo J=C3=B6rg,\n\ndanke.\n\nMit "
         "freundlichen Gr=C3=BC=C3=9Fen\nK=C3=A4the Schr=C3=B6=\nder\n",
         "PERSON=J=C3=B6rg;PERSON=K=C3=A4the Schr=C3=B6=\nder"},
        /* CRLF, a soft break right inside an encoded letter's neighbour */
        {"Geburtsdatum: 04.03.1987\r\nName: Bj=C3=B6rn M=C3=BC=\r\nller\r\n",
         "DATE_OF_BIRTH=04.03.1987;PERSON=Bj=C3=B6rn M=C3=BC=\r\nller"},
        /* a Latin-1 body: its bytes count beside a lower-case letter where the text shows
         * quoted-printable */
        {"Content-Transfer-Encoding: quoted-printable\n\nBonjour,\n\nCordialement,\nH=E9l=E8ne "
         "Lef=E8vre\n",
         "PERSON=H=E9l=E8ne Lef=E8vre"},
    };
    CHECK(def_engine, c);
}

static void test_encoded_words_are_read_decoded(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"From: =?UTF-8?Q?Ren=C3=A9_M=C3=BCller?= <r.mueller@example.de>",
         "PERSON==?UTF-8?Q?Ren=C3=A9_M=C3=BCller?=;EMAIL=r.mueller@example.de"},
        {"To: =?ISO-8859-1?Q?J=F6rg_Sch=E4fer?= <j.schaefer@example.com>",
         "PERSON==?ISO-8859-1?Q?J=F6rg_Sch=E4fer?=;EMAIL=j.schaefer@example.com"},
        {"Cc: =?UTF-8?B?S8OkdGhlIFNjaHLDtmRlcg==?= <k.schroeder@example.org>",
         "PERSON==?UTF-8?B?S8OkdGhlIFNjaHLDtmRlcg==?=;EMAIL=k.schroeder@example.org"},
        /* one name over two encoded words: the blank between them is no part of the text */
        {"From: =?UTF-8?Q?M=C3=A4rta?= =?UTF-8?Q?_Lindstr=C3=B6m?= <m.lindstrom@example.se>",
         "PERSON==?UTF-8?Q?M=C3=A4rta?= =?UTF-8?Q?_Lindstr=C3=B6m?=;EMAIL=m.lindstrom@example.se"},
    };
    CHECK(def_engine, c);
}

/* Look-alikes in the same encodings: markup words, an encoded subject, env files whose values
 * read like quoted-printable bytes or soft breaks, percent escapes (one byte of something, no
 * letter). */
static void test_encoded_look_alikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<nav><a href=\"/ueber-uns\">&Uuml;ber uns</a> &middot; <a>Impressum</a></nav>", ""},
        {"Subject: =?UTF-8?Q?R=C3=BCckfrage_zur_Rechnung?=", ""},
        {"Subject: =?UTF-8?Q?=C3=84nderung_der_=C3=96ffnungszeiten?=", ""},
        {"COLOR=FF0000\nACCENT=E9ecef\nLOG_LEVEL=\nLOG_FILE=app.log\n", ""},
        {"<p>&nbsp;</p><p>&copy; 2024 &middot; &raquo; Weiter</p>", ""},
        {"GET /search?q=caf%C3%A9&lang=fr HTTP/1.1", ""},
    };
    CHECK(def_engine, c);
}

/* Font names in a page's style sheet are no people; a person beside the style sheet stays one. */
static void test_font_names_in_css_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<style>body{font-family:'Open Sans', Arial, sans-serif}</style>", ""},
        {".byline{font-family:\"Times New Roman\",serif}\n.a{font:italic 12px Georgia}", ""},
        {"<style>h1{font-family: Lucida Grande; color: red}</style>\n<h1>Ren&eacute; "
         "M&uuml;ller</h1>",
         "PERSON=Ren&eacute; M&uuml;ller"},
        /* no font declaration: a surname that starts like one stays */
        {"Contact: Maria Keller, Fontaine", "PERSON=Maria Keller;PERSON=Fontaine"},
    };
    CHECK(def_engine, c);
}

/* Through a real anon_rewrite and restore: the token replaces the encoded bytes and the answer
 * gets them back exactly as they were written. */
static void test_encoded_names_restore_as_written(void **state)
{
    (void)state;
    chat_round_trip("<li>Ren&eacute; M&uuml;ller</li>", "M&uuml;ller", NULL);
    chat_round_trip("<li>Ma&#322;gorzata Wi&#347;niewska</li>", "Wi&#347;niewska", NULL);
    chat_round_trip("Content-Transfer-Encoding: quoted-printable\\n\\nGr=C3=BC=C3=9Fe\\nK=C3=A4the "
                    "Schr=C3=B6=\\nder",
                    "Schr=C3=B6", NULL);
    chat_round_trip("From: =?UTF-8?Q?Ren=C3=A9_M=C3=BCller?= <r.mueller@example.de>", "M=C3=BCller",
                    NULL);
    chat_round_trip("From: =?UTF-8?B?S8OkdGhlIFNjaHLDtmRlcg==?= <k@example.org>",
                    "S8OkdGhlIFNjaHLDtmRlcg", NULL);
}

/* The AVX2 pass and the scalar path find the same encoded names at every offset. */
static void test_view_avx2_and_scalar_agree_on_encoded_names(void **state)
{
    (void)state;
    static const char *const samples[] = {
        "<li>Ren&eacute; M&uuml;ller</li>",
        "From: =?UTF-8?Q?Ren=C3=A9_M=C3=BCller?= <r.mueller@example.de>",
        "Content-Transfer-Encoding: quoted-printable\n\nK=C3=A4the Schr=C3=B6=\nder\n",
    };
    check_views_agree(def_engine, samples, sizeof samples / sizeof *samples, -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_references_in_names_are_read_decoded),
        cmocka_unit_test(test_quoted_printable_names_are_read_decoded),
        cmocka_unit_test(test_encoded_words_are_read_decoded),
        cmocka_unit_test(test_encoded_look_alikes_stay),
        cmocka_unit_test(test_font_names_in_css_are_no_people),
        cmocka_unit_test(test_encoded_names_restore_as_written),
        cmocka_unit_test(test_view_avx2_and_scalar_agree_on_encoded_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
