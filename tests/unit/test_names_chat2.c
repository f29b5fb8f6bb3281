/* test_names_chat2.c: the people of a conversation (names_chat2.c and its hooks in
 * names_chat.c): bare transcript speakers that no lexicon knows, once speakers repeat; IRC nicks
 * after a bare time; the French space before a speaker's colon; every speaker's name again in
 * the messages; names asked for or awaited ("hat jemand X gesehen", "X kommt gleich"); the name
 * alone under a closing of each language; the addressee opening a quoted message. Each with the
 * look-alikes it must leave alone: roles, bots, products, log labels and link lists as speakers,
 * products that "arrive", ordinary words opening a quote. */
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
#include "anonymize/names_learn.h"

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_bare_speakers_no_lexicon_knows_once_they_repeat(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Friwald von Gersmeer: Guten Morgen zusammen.\nAnsbert Brandhofer: Morgen.\n"
         "Friwald von Gersmeer: Fangen wir an.\n",
         "PERSON=Friwald von Gersmeer;PERSON=Ansbert Brandhofer;PERSON=Friwald von Gersmeer"},
        {"Wilej Boomkamp: Goedemorgen allemaal.\nOrsina Tjalwijk: Môgge.\nWilej Boomkamp: We "
         "beginnen.\n",
         "PERSON=Wilej Boomkamp;PERSON=Orsina Tjalwijk;PERSON=Wilej Boomkamp"},
        /* a clause's first word that is a given name too opens a message */
        {"Hiltrud Halmann: Guten Morgen.\nBernd Brunner: Morgen.\nHiltrud Halmann: Dann fangen "
         "wir an.\n",
         "PERSON=Hiltrud Halmann;PERSON=Bernd Brunner;PERSON=Hiltrud Halmann"},
        /* one speaker line is not a transcript */
        {"Wilej Boomkamp: Goedemorgen allemaal.\n", ""},
        /* roles, bots, log labels and link lists open lines too */
        {"Support: disk usage at 80%\nTODO: rotate the keys\nSupport: done\nERROR: timeout\n", ""},
        {"- Website: https://www.python.org\n- Developer's Guide: https://devguide.python.org/\n"
         "- Developer's Guide: https://devguide.python.org/\n- Issue Tracker: https://x.org/\n",
         ""},
    };
    CHECK(c);
}

static void test_speaker_with_french_space_before_colon(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Sylould Monelle : Bonjour à tous.\nMarette Lavard : Bonjour !\n"
         "Sylould Monelle : On commence.\n",
         "PERSON=Sylould Monelle;PERSON=Marette Lavard;PERSON=Sylould Monelle"},
        {"Sylould Monelle\xE2\x80\xAF: Bonjour.\nMarette Lavard\xE2\x80\xAF: Salut.\n"
         "Sylould Monelle\xE2\x80\xAF: On commence.\n",
         "PERSON=Sylould Monelle;PERSON=Marette Lavard;PERSON=Sylould Monelle"},
    };
    CHECK(c);
}

static void test_irc_nick_after_bare_time(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"11:06 <caldorbry> morning all\n11:07 <lonwyr> hi\n", "PERSON=caldorbry;PERSON=lonwyr"},
        /* a tag after a time is markup, not a nick */
        {"11:06 <br> morning all\n", ""},
    };
    CHECK(c);
}

static void test_speaker_after_bare_time_may_open_with_a_or_p(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* "P" and "A" after a time were read as "PM", "AM": the stamp swallowed the speaker */
        {"10:07 Poncla Drémaueuvre: Bonjour à tous.\n", "PERSON=Poncla Drémaueuvre"},
        {"10:07 PM Ansoria Veltrup: on it\n", "PERSON=Ansoria Veltrup"},
    };
    CHECK(c);
}

static void test_speaker_names_spread_over_the_conversation(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the late speaker is named before it speaks, by given name */
        {"Berwald Dornke: Guten Morgen.\nOsru Halwen: Morgen! Hilrike kommt gleich.\n"
         "Berwald Dornke: Fangen wir an.\nHilrike Mörsstedt: Bin da.\n",
         "PERSON=Berwald Dornke;PERSON=Osru Halwen;PERSON=Hilrike;PERSON=Berwald Dornke;"
         "PERSON=Hilrike Mörsstedt"},
        /* three speakers once each: a header block as much as a talk */
        {"Berwald Dornke: Guten Morgen.\nOsru Halwen: Morgen! Hilrike kommt gleich.\n"
         "Hilrike Mörsstedt: Bin da.\n",
         ""},
        {"14:28 Chloe Miller: @Tamwyr can you look\n14:29 Tamwyr Dorcombe: on it\n",
         "PERSON=Chloe Miller;PERSON=Tamwyr;PERSON=Tamwyr Dorcombe"},
        /* lower-case nicks that speak twice */
        {"14:50 <salton> hi\n14:50 <david> lol salton is late\n14:51 <salton> rude\n",
         "PERSON=salton;PERSON=david;PERSON=salton;PERSON=salton"},
        /* a product after a time speaks alone: its name does not spread */
        {"09:43 Zendesk: ticket 55 closed\n09:44 Zendesk: ticket 56 closed\nZendesk is down.\n",
         "PERSON=Zendesk;PERSON=Zendesk"},
        /* never inside a word, an address or a hyphenated name */
        {"10:01 <orsila> hi\n10:02 <tam> orsila2 and orsila@example.org\n",
         "PERSON=orsila;PERSON=tam"},
    };
    CHECK(c);
}

static void test_name_asked_for_or_awaited_in_a_chat(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[10:04] Heike Brandt: hat jemand Walmar gesehen?\n[10:05] Andreas Vogt: nein\n",
         "PERSON=Heike Brandt;PERSON=Walmar;PERSON=Andreas Vogt"},
        {"15:48 João Pedro: alguém viu o Thaís?\n15:49 Pedro Martins: não\n",
         "PERSON=João Pedro;PERSON=Thaís;PERSON=Pedro Martins"},
        {"15:06 mieke smit: is femtje er vandaag?\n15:07 joske: nee\n",
         "PERSON=mieke smit;PERSON=femtje;PERSON=joske"},
        {"09:00 Anna Keller: Francesca arriva subito.\n", "PERSON=Anna Keller;PERSON=Francesca"},
        /* things arrive and are seen too */
        {"09:00 Anna Keller: hat jemand Jenkins gesehen? the update arrive\n",
         "PERSON=Anna Keller"},
        /* and no chat, no cue */
        {"Hat jemand Walmar gesehen?\n", ""},
    };
    CHECK(c);
}

static void test_name_alone_under_a_closing_of_each_language(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ciao Gualte,\n\nti giro il file.\n\nA presto,\nRenadella\n",
         "PERSON=Gualte;PERSON=Renadella"},
        {"Oi Miguel,\n\nsegue o arquivo.\n\nAbs,\nGlona Teixeira\n",
         "PERSON=Miguel;PERSON=Glona Teixeira"},
        {"Hoi Sanne,\n\nhierbij het bestand.\n\nGroetjes,\nWoutrik\n",
         "PERSON=Sanne;PERSON=Woutrik"},
        {"Hola Marta,\n\nte adjunto el archivo.\n\nUn abrazo,\nZurama\n",
         "PERSON=Marta;PERSON=Zurama"},
        /* thanks with a comma close a message too; with a full stop they end a sentence */
        {"Ciao Marta,\n\nti giro il file.\n\nGrazie,\nTesca\n", "PERSON=Marta;PERSON=Tesca"},
        {"Bonjour Anna,\n\nci-joint.\n\nMerci,\nVerlau Sépondréonnet\n",
         "PERSON=Anna;PERSON=Verlau Sépondréonnet"},
        {"Merci.\n\nLe lun. 3 févr. 2025 à 10:14, Anna Keller a écrit :\n", "PERSON=Anna Keller"},
        /* a team under the closing (a product alone there is taken for a name: "Thanks,\n
         * Kubernetes" was before this branch too) */
        {"Hoi Sanne,\n\nhierbij het bestand.\n\nGroetjes,\nTeam Lumora\n", "PERSON=Sanne"},
    };
    CHECK(c);
}

static void test_addressee_opening_a_quoted_message(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"rewrite this more politely: \"tamissa, the report was due and I have nothing.\"",
         "PERSON=tamissa"},
        {"Formuliere bitte höflicher: \xE2\x80\x9E"
         "Berlinde, der Bericht war fällig.\xE2\x80\x9C",
         "PERSON=Berlinde"},
        {"Reformule plus poliment : \xC2\xAB Céette, le rapport était dû. \xC2\xBB",
         "PERSON=Céette"},
        /* ordinary words open quoted messages too */
        {"rewrite this more politely: \"Honestly, the report was due.\"", ""},
        {"rewrite this: \"thanks, the report was due.\"", ""},
        /* no colon before the quote: a value, not a message */
        {"the key \"tamissa, the\" is unused", ""},
    };
    CHECK(c);
}

static void test_addressee_opening_a_quoted_reply_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"segue o arquivo.\n\nEm 21/06/2025, Miguel Pinto escreveu:\n> Luilio, pode me mandar?",
         "PERSON=Miguel Pinto;PERSON=Luilio"},
        {"Le 3 mai, Anna Keller a écrit :\n> Bonjour,\n> Gémaurou, tu peux m'envoyer le fichier ?",
         "PERSON=Anna Keller;PERSON=Gémaurou"},
        /* an ordinary word, no attribution above, no space after the mark */
        {"On 3 May, Anna Keller wrote:\n> Thanks, the fix works.", "PERSON=Anna Keller"},
        {"Notes\n> Luilio, pode me mandar?", ""},
        {"copy the file:\n>Netscape, you can just copy it", ""},
    };
    CHECK(c);
}

static void test_conversation_frames_are_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix(
        "Sylould Monelle\xE2\x80\xAF: Bonjour.\nMarette Lavard : Salut.\n"
        "Sylould Monelle : Hilrike arrive.\n11:06 <salton> hi salton\n"
        "rewrite: \"tamissa, the\" \xC2\xAB x, y \xE2\x80\x9E\nwrote:\n> Luilio, a\n>");
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_speakers_no_lexicon_knows_once_they_repeat),
        cmocka_unit_test(test_speaker_with_french_space_before_colon),
        cmocka_unit_test(test_irc_nick_after_bare_time),
        cmocka_unit_test(test_speaker_after_bare_time_may_open_with_a_or_p),
        cmocka_unit_test(test_speaker_names_spread_over_the_conversation),
        cmocka_unit_test(test_name_asked_for_or_awaited_in_a_chat),
        cmocka_unit_test(test_name_alone_under_a_closing_of_each_language),
        cmocka_unit_test(test_addressee_opening_a_quoted_message),
        cmocka_unit_test(test_addressee_opening_a_quoted_reply_line),
        cmocka_unit_test(test_conversation_frames_are_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
