/* test_names_prose.c: PERSON where running prose puts a name with no label or form around it
 * (names_prose.c and its hooks in names.c and names_words.c): the object of a verb of talking or
 * sending through each locale's preposition, the source of a report, a role before the name,
 * minutes and action items, quoted-reply headers, titles, greetings and closings of these texts;
 * each with the look-alike it must leave alone. The names are invented (in no lexicon) unless
 * the case is about a lexicon name, so the prose is what finds them. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_person_as_object_of_talk_or_send_verb(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"I forwarded the logs to Bremaan yesterday.", "PERSON=Bremaan"},
        {"Yesterday I spoke with Cellah about the timeline.", "PERSON=Cellah"},
        {"Ich habe das mit Olsam besprochen.", "PERSON=Olsam"},
        {"J'ai transmis le dossier à Nirie hier.", "PERSON=Nirie"},
        {"Ik heb het doorgestuurd naar Bremaan.", "PERSON=Bremaan"},
        {"Le envié el contrato a Cellah ayer.", "PERSON=Cellah"},
        {"Ho inoltrato la mail a Olsam.", "PERSON=Olsam"},
        {"Encaminhei o e-mail para Nirie.", "PERSON=Nirie"},
        {"Looping in Zorbuck Quillery, who owns it now.", "PERSON=Zorbuck Quillery"},
        {"cc Zorbuck Quillery (goes by Olsam)", "PERSON=Zorbuck Quillery;PERSON=Olsam"},
        /* companies met with, a place with its number */
        {"We met with Ferrero and spoke with Zendesk.", ""},
        {"I sent it to Edeby 55 Møller Street", ""},
    };
    CHECK(c);
}

static void test_person_as_source_of_report(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"According to Ghushan, the cache was disabled.", "PERSON=Ghushan"},
        {"Laut Ghushan war der Cache deaktiviert.", "PERSON=Ghushan"},
        {"Según Fernández, el envío sale mañana.", "PERSON=Fernández"},
        {"Secondo Bremaan, la consegna è lunedì.", "PERSON=Bremaan"},
        /* companies named after people report too */
        {"According to Ferrero, the market grew.", ""},
        {"Selon Philips, le marché progresse.", ""},
    };
    CHECK(c);
}

static void test_person_in_apposition_minutes_and_references(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Our intern, Grace, rewrote the guide.", "PERSON=Grace"},
        {"Unser Praktikant, Olsam, hat die Doku überarbeitet.", "PERSON=Olsam"},
        {"Nachbar Seboni Zoiglann half beim Umbau.", "PERSON=Seboni Zoiglann"},
        {"AP (Cellah): update the runbook.", "PERSON=Cellah"},
        {"Action: Bremaan to follow up with finance.", "PERSON=Bremaan"},
        {"Present: Vantrel Oskamp, Zorbuck Quillery\nApologies: Tervo Danmoy",
         "PERSON=Vantrel Oskamp;PERSON=Zorbuck Quillery;PERSON=Tervo Danmoy"},
        {"Reference for Zorbuck Quillery\n\nI have known Zorbuck for years.",
         "PERSON=Zorbuck Quillery;PERSON=Zorbuck"},
        /* teams, firms and storms in the same places */
        {"Action: Platform to follow up.", ""},
        {"Baker McKenzie, Charles Schwab and others", ""},
        {"Storm Eunice closed the port.", ""},
        {"Seitdem leitet das Team.", ""},
    };
    CHECK(c);
}

static void test_person_after_reply_header_title_greeting_and_closing(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Am Di., 3. März 2026 um 10:14 Uhr schrieb Zorbuck Quillery:\n> hallo",
         "PERSON=Zorbuck Quillery"},
        {"El mar, 3 mar 2026 a las 10:14, Zorbuck Quillery escribió:", "PERSON=Zorbuck Quillery"},
        {"Em ter., 3 de mar. de 2026 às 10:14, Zorbuck Quillery escreveu:",
         "PERSON=Zorbuck Quillery"},
        {"La paciente Dña. Zeltrina Hovask acude por dolor.", "PERSON=Zeltrina Hovask"},
        {"Termin mit Mag. Zorbuck Quillery am Donnerstag.", "PERSON=Zorbuck Quillery"},
        {"Rendez-vous avec Me Sokolova mardi.", "PERSON=Sokolova"},
        {"Sentito l'avv. Olsam per il consenso.", "PERSON=Olsam"},
        {"Olá Bremaan,\ntudo bem?", "PERSON=Bremaan"},
        {"> Gruß Olsam", "PERSON=Olsam"},
    };
    CHECK(c);
}

static void test_person_quoted_or_seen_as_full_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The owner (\"Ulovir Pimball\") never answered.", "PERSON=Ulovir Pimball"},
        {"Der Vertrag nennt „Sebas Kestnir“ als Mieterin.", "PERSON=Sebas Kestnir"},
        {"El contrato nombra a «Nirie Sirrenu» como inquilina.", "PERSON=Nirie Sirrenu"},
        /* a given name alone after its full name, found by its shape with no context word */
        {"Ich habe Kliert Dainler wegen der Rechnung angerufen; Kliert war unsicher.",
         "PERSON=Kliert Dainler;PERSON=Kliert"},
        /* a German article after the given name is no particle before a noun */
        {"Stefan Keller leitet das Projekt. Seitdem leitet Stefan das Team in Berlin.",
         "PERSON=Stefan Keller;PERSON=Stefan"},
        {"Maria das Dores Ferreira assinou o contrato.", "PERSON=Maria das Dores Ferreira"},
        /* fonts and products in quotes: ordinary words */
        {"set the font to \"Noto Sans\" and \"Fira Code\"", ""},
        {"[\"Visual Studio Code\", \"Apache Kafka\", \"Red Hat\"]", ""},
    };
    CHECK(c);
}

/* The prose contexts read bytes around a run: every prefix of these texts, scanned alone, stays
 * inside its buffer (under ASan). A roster item at a text's end read the byte after it
 * (names_docs.c's semicolon_pair()). */
static void test_every_prose_prefix_is_scanned_safely(void **state)
{
    (void)state;
    static const char text[] =
        "Rendez-vous avec Me Sokolova. Sentito l'avv. Olsam. AP (Cellah): x. Action: Bremaan\n"
        "Laut Ghushan, \"Ulovir Pimball\" « Nirie Sirrenu » „Sebas Kestnir“ Gruß Olsam\n"
        "sent to Edeby 55 Møller Street; our intern, Grace, spoke with Cellah\n"
        "Class 5B: Quillery, Tervo; Oskamp, Vantrel";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_as_object_of_talk_or_send_verb),
        cmocka_unit_test(test_person_as_source_of_report),
        cmocka_unit_test(test_person_in_apposition_minutes_and_references),
        cmocka_unit_test(test_person_after_reply_header_title_greeting_and_closing),
        cmocka_unit_test(test_person_quoted_or_seen_as_full_name),
        cmocka_unit_test(test_every_prose_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
