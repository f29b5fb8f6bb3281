/* test_spoken59.c: speech-to-text transcripts, fifth round (branch spoken59, names_asr.c,
 * contrib/bench/accuracy/notes/spoken59.md): a WebVTT transcript's voice tags ("<v Caller>")
 * label its turns, so its births, streets and names in words are read as a transcript's, and a
 * person's name in a voice tag stays a person; a numbered transcript ("1. ja hallo ...") is a
 * transcript, its turn numbers no sentence punctuation; so is a truecased one without
 * punctuation under an ask; a surname spelled without its accents spells the said one; a
 * filler inside a birth said in words is part of it; a truecasing
 * recogniser's capital opening a role-labelled turn ("caller: Zählerstand vier") and a filler
 * there ("patient: hani ...") are no names. */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* Before: only the voice tag's "Maren Holt"; the name, the birth and the street in words went
 * unread (the tags' '<' made the text no transcript). */
static void test_webvtt_voice_tags(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Summarise this call:\n\n00:00.000 --> 00:04.500\n<v Caller>um my name is tessa "
         "brandvold</v>\n\n00:05.000 --> 00:09.000\n<v Maren Holt>and your date of birth "
         "please</v>\n\n00:09.500 --> 00:14.000\n<v Caller>the twenty fourth of march nineteen "
         "eighty seven</v>\n\n00:15.000 --> 00:19.000\n<v Caller>i live at twelve baker "
         "street</v>\n",
         "PERSON=tessa brandvold;PERSON=Maren Holt;DATE_OF_BIRTH=the twenty fourth of march "
         "nineteen eighty seven;STREET_ADDRESS=twelve baker street"},
    };
    CHECK(c);
}

/* Before: nothing (the "1. " read as sentence punctuation made the text prose). */
static void test_numbered_turns(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Fasse das Transkript zusammen:\n\n1. ja hallo mein name ist jonas weber\n2. geboren am "
         "vierten märz neunzehnhundertsiebenundachtzig\n3. ich wohne in der lindenstraße zwölf\n4. "
         "die bestellnummer ist vier fünf sechs\n",
         "PERSON=jonas weber;DATE_OF_BIRTH=am vierten märz neunzehnhundertsiebenundachtzig;"
         "STREET_ADDRESS=lindenstraße zwölf"},
    };
    CHECK(c);
}

/* Before: "Zählerstand", "Doğum" and "hani" were people. */
static void test_turn_openings_are_no_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"caller: Zählerstand vier fünf sechs sieben\nagent: Danke schön\ncaller: Doğum tarihim on "
         "mayıs\nagent: Und Ihr Name\ncaller: Mein Name ist Jonas Weber\n",
         "PERSON=Jonas Weber"},
        {"patient: hani sipariş numarası dokuz dokuz dört\ncaller: hani benim adım emre şahin\n"
         "patient: şey teslimat on beş aralık\n",
         "PERSON=emre şahin"},
        /* a name in capitals that opens a turn stays: a lexicon name, or two capitals */
        {"agent: how can i help\ncaller: Maria here about my order\nagent: and the surname\n"
         "caller: Järkan Järmänen\n",
         "PERSON=Maria;PERSON=Järkan Järmänen"},
    };
    CHECK(c);
}

/* A truecased transcript without punctuation under an ask; a filler inside a birth said in
 * words. Before: the birth and the street unread, "Moro" a person; "maart ..." alone. */
static void test_truecased_and_fillers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Resume esta transcrição:\n\nhum Meu nome é Mariana Almeida tipo Data de nascimento "
         "treze de abril de mil novecentos e setenta e um tipo A consulta é a sete de abril "
         "Leitura do contador um sete cinco zero nove um quatro oito hum Moro na rua da paz vinte "
         "e dois",
         "PERSON=Mariana Almeida;DATE_OF_BIRTH=treze de abril de mil novecentos e setenta e um;"
         "STREET_ADDRESS=rua da paz vinte e dois"},
        /* a birth said before its birth word closes the turn: the next turn's date is an
           appointment (before: a second birth) */
        {"caller: sekiz mart bin dokuz yüz altmış iki doğumluyum\nagent: randevu on iki mayıs\n"
         "caller: tamam\n",
         "DATE_OF_BIRTH=sekiz mart bin dokuz yüz altmış iki"},
        /* a day's ordinal above nineteen (no) and in the teens (cs) opens the birth (before:
           the month on) */
        {"agent: hei\ncaller: fødselsdato tjuende april nitten åttifem\nagent: takk\ncaller: "
         "datum narození dvacátého září devatenáct set padesát šest\n",
         "DATE_OF_BIRTH=tjuende april nitten åttifem;DATE_OF_BIRTH=dvacátého září devatenáct set "
         "padesát šest"},
        {"Vat dit transcript samen:\n\neh hoi met lotte van dijk\ngeboren op negen eh maart "
         "negentienhonderdnegenenzeventig\nnou de afspraak is op vijf juni\n",
         "PERSON=lotte van dijk;DATE_OF_BIRTH=negen eh maart negentienhonderdnegenenzeventig"},
    };
    CHECK(c);
}

/* A surname spelled without its accents spells the said one ("şahin" s a h i n, "järmänen" j a
 * r m a n e n): both are people. Before: "elif" alone. */
static void test_spelled_without_accents(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"agent: hello\ncaller: ben elif şahin harfleri s a h i n\nagent: tamam\ncaller: minä "
         "olen tiina järmänen kirjoitetaan j a r m a n e n\n",
         /* "tiina" too since lower61: the run after "minä olen" stops at the unknown third word */
         "PERSON=elif;PERSON=şahin;PERSON=s a h i n;PERSON=tiina;"
         "PERSON=järmänen;PERSON=j a r m a n e n"},
    };
    CHECK(c);
}

static void test_spoken59_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("00:00.000 --> 00:04.500\n<v Caller>my name is tessa</v>\n<v Maren>ok</v>\n"
                      "<v X>b</v>\n<v \n1. ja\n12. nein\ncaller: Zählerstand\nagent: Danke\n");
    scan_every_prefix(
        "Resume esta transcrição:\n\nhum Meu nome é Ana tipo Data de nascimento treze "
        "de abril de mil novecentos e setenta e um tipo A consulta hum Moro na rua 1.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_webvtt_voice_tags),
        cmocka_unit_test(test_numbered_turns),
        cmocka_unit_test(test_turn_openings_are_no_names),
        cmocka_unit_test(test_truecased_and_fillers),
        cmocka_unit_test(test_spelled_without_accents),
        cmocka_unit_test(test_spoken59_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
