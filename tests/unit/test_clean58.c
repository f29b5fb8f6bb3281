/* test_clean58.c: look-alikes found on PII-free text in the pack's other languages (branch
 * clean58, contrib/bench/accuracy/clean_types.py's catalogue and man page sources and
 * notes/clean58.md) stay as written through a rewrite: a translated message's first word and a
 * catalogue's list of place and language names, a man page's section headings, Python's True, a
 * locale source's month, day, language and country names, German nouns. Beside each, the person
 * of the same shape that must still go (a translator, an author among ordinary messages).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rewrite_rt.h"

static void test_catalogue_messages_are_no_people(void **state)
{
    (void)state;
    user_text_stays(
        "msgid \\\"Cannot install %s\\\"\\nmsgstr \\\"Kan %s niet installeren\\\"\\n\\n"
        "msgid \\\"Cannot stat file %s: %s\\\\n\\\"\\nmsgstr \\\"Kan status van bestand "
        "%s niet bepalen: %s\\\\n\\\"\\n\\nmsgid \\\"Unknown error\\\"\\nmsgstr "
        "\\\"Onbekende fout\\\"\\n");
    /* the header's translator goes, the team's language stays */
    char *r = rewrite(
        USER_OPEN "msgid \\\"\\\"\\nmsgstr \\\"\\\"\\n\\\"Project-Id-Version: apt 2.5.5\\\\n\\\"\\n"
                  "\\\"Last-Translator: Jeroen Schot <schot@a-eskwadraat.nl>\\\\n\\\"\\n"
                  "\\\"Language-Team: German <debian-l10n-german@lists.debian.org>\\\\n\\\"\\n"
                  "\\nmsgid \\\"Cannot install %s\\\"\\nmsgstr \\\"Kan %s niet installeren\\\"\\n"
                  "\\nmsgid \\\"Unknown error\\\"\\nmsgstr \\\"Onbekende fout\\\"\\n" USER_CLOSE,
        NULL);
    has(r, "Last-Translator: [PERSON_1]");
    has(r, "Language-Team: German <");
    has(r, "Kan %s niet");
    free(r);
    /* the same word outside a catalogue is still read as it was */
    user_text_masked("msgid \\\"translator-credits\\\"\\nmsgstr \\\"Helge Kreutzmann\\\"\\n\\n"
                     "msgid \\\"Unknown error\\\"\\nmsgstr \\\"Unbekannter Fehler\\\"\\n",
                     "msgstr \\\"[PERSON_1]\\\"");
}

static void test_catalogue_name_lists_are_no_people(void **state)
{
    (void)state;
    user_text_stays(
        "msgid \\\"Novara\\\"\\nmsgstr \\\"Novara\\\"\\n\\nmsgid \\\"Niigata\\\"\\nmsgstr "
        "\\\"Niigata\\\"\\n\\nmsgid \\\"Negeri Sembilan\\\"\\nmsgstr \\\"Negeri Sembilan"
        "\\\"\\n\\nmsgid \\\"Kampong Chhnang\\\"\\nmsgstr \\\"Kampong Chhnang\\\"\\n\\n"
        "msgid \\\"Si Sa Ket\\\"\\nmsgstr \\\"Si Sa Ket\\\"\\n");
    /* an author's name among ordinary messages is a person */
    user_text_masked(
        "msgid \\\"Written by %s.\\\\n\\\"\\nmsgstr \\\"Geschrieben von %s.\\\\n\\\"\\n\\n"
        "msgid \\\"Paul Eggert\\\"\\nmsgstr \\\"Paul Eggert\\\"\\n\\nmsgid \\\"  -V, "
        "--version           output version information\\\\n\\\"\\nmsgstr \\\"  -V, "
        "--version           Versionsinformation anzeigen\\\\n\\\"\\n",
        "msgid \\\"[PERSON_1]\\\"");
}

static void test_translated_phrases_are_no_people(void **state)
{
    (void)state;
    /* a capitalised phrase of a translation that shares no word with its message */
    char *r = rewrite(
        USER_OPEN "msgid \\\"Number of child tables: %d\\\"\\nmsgstr \\\"Anzahl Kindtabellen: "
                  "%d\\\"\\n\\nmsgid \\\"Recommended Applications\\\"\\nmsgstr \\\"Empfohlene "
                  "Anwendungen\\\"\\n\\nmsgid \\\"Places\\\"\\nmsgstr \\\"Orte\\\"\\n\\nmsgid "
                  "\\\"unknown file error\\\"\\nmsgstr \\\"Unbekannter Dateifehler\\\"\\n\\nmsgid "
                  "\\\"invalid data\\\"\\nmsgstr \\\"Ung\\u00fcltige Daten\\\"\\n\\nmsgid \\\"Paul "
                  "Eggert\\\"\\nmsgstr \\\"Paul Eggert\\\"\\n" USER_CLOSE,
        NULL);
    has(r, "Anzahl Kindtabellen");
    has(r, "Empfohlene Anwendungen");
    has(r, "Unbekannter Dateifehler");
    /* a name is carried over as it is */
    has(r, "msgid \\\"[PERSON_1]\\\"\\nmsgstr \\\"[PERSON_1]\\\"");
    free(r);
}

static void test_roff_headings_are_no_people(void **state)
{
    (void)state;
    char *r =
        rewrite(USER_OPEN ".SH \\\"VEJA TAMB\\u00c9M\\\"\\n.IX Header \\\"VEJA TAMB\\u00c9M\\\"\\n"
                          "\\\\&\\\\fBdebhelper\\\\fR\\\\|(7)\\n.SH \\\"AUTOR\\\"\\n"
                          "Joey Hess <joeyh@debian.org>\\n" USER_CLOSE,
                NULL);
    lacks(r, "VEJA [PERSON");
    has(r, "[PERSON_1] <");
    free(r);
    user_text_masked(".SH \\\"ZOBACZ TAK\\u017bE\\\"\\n\\\\fBfree\\\\fP(1)\\n.SH AUTOR\\n"
                     "Napisany przez Henryka Nowaka.\\n",
                     "przez [PERSON_1]");
    r = rewrite(USER_OPEN ".SH \\\"ZOBACZ TAK\\u017bE\\\"\\n\\\\fBfree\\\\fP(1)\\n" USER_CLOSE,
                NULL);
    lacks(r, "PERSON");
    free(r);
}

static void test_python_constants_are_no_people(void **state)
{
    (void)state;
    user_text_stays("    def __call__(self, force=False, name=True, ignore=False):\\n        if "
                    "self._called and not force:\\n            return False\\n        "
                    "self._called = True\\n        return True\\n");
    user_text_masked("def lookup(name=None):\\n    owner = \\\"Anna Schmidt\\\"\\n    return "
                     "owner\\n",
                     "[PERSON_1]");
}

static void test_locale_source_names_are_no_people(void **state)
{
    (void)state;
    char *r = rewrite(USER_OPEN
                      "LC_IDENTIFICATION\\ntitle      \\\"Tulu language locale for "
                      "India\\\"\\nlanguage   \\\"Tulu\\\"\\nterritory  \\\"India\\\"\\nEND "
                      "LC_IDENTIFICATION\\n\\nLC_TIME\\nabday   \\\"Lin\\\";\\\"Lun\\\";/\\n"
                      "        \\\"Mar\\\";\\\"Miy\\\";/\\n        \\\"Huw\\\";\\\"Biy\\\";/\\n"
                      "        \\\"Sab\\\"\\nEND LC_TIME\\n% Contact: Rene Torres\\n" USER_CLOSE,
                      NULL);
    has(r, "\\\"Tulu language locale for India\\\"");
    has(r, "language   \\\"Tulu\\\"");
    has(r, "\\\"Sab\\\"");
    has(r, "Contact: [PERSON_1]");
    free(r);
}

static void test_german_nouns_are_no_people(void **state)
{
    (void)state;
    static const char *text =
        "Wenn keine Nummer angegeben wird, wird der Cursor in die letzte Zeile der Datei\\n"
        "gesetzt. In der ersten Datei wird der Cursor auf das erste Auftreten gesetzt, und die "
        "Datei\\nwird nicht mit der Tabelle verbunden, die eine Zeile hat und nicht leer ist.\\n";
    user_text_stays(text);
    /* a person in the same German text still goes */
    char buf[1024];
    snprintf(buf, sizeof buf,
             "%sDer Peter hat die Datei gestern an Herrn Kowalczyk geschickt, "
             "der sie nicht lesen konnte.\\n",
             text);
    user_text_masked(buf, "Herrn [PERSON_");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalogue_messages_are_no_people),
        cmocka_unit_test(test_catalogue_name_lists_are_no_people),
        cmocka_unit_test(test_translated_phrases_are_no_people),
        cmocka_unit_test(test_roff_headings_are_no_people),
        cmocka_unit_test(test_python_constants_are_no_people),
        cmocka_unit_test(test_locale_source_names_are_no_people),
        cmocka_unit_test(test_german_nouns_are_no_people),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
