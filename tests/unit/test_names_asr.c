/* test_names_asr.c: people, street addresses and dates of birth in speech-to-text transcripts
 * (names_asr.c and its hook in names.c): what makes a text a transcript; the name answering a
 * name question in each language; introductions ("quillan speaking", "hier ist X von", "spreek
 * ik met mevrouw X"); letters spelled one by one or with words ("q as in quebec"); dates and
 * streets read out in number words; the look-alikes left alone (codes read out, letter codes,
 * appointments, "since 2019", role labels); the tokens restored; every prefix scanned safely. */
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

static void test_transcript_recognised_by_role_labels_or_speech(void **state)
{
    (void)state;
    int labelled;
#define DETECT(s) nw_asr_detect((const uint8_t *)(s), strlen(s), &labelled)
    assert_int_equal(DETECT("agent: hello there\ncaller: hi um yes\nagent: how can i help\n"), 1);
    assert_int_equal(labelled, 1);
    assert_int_equal(DETECT("[00:00:03] spk_0: bonjour\n[00:00:09] spk_1 : euh oui\n"
                            "[00:00:15] spk_0: c'est à quel nom\n"),
                     1);
    assert_int_equal(DETECT("Kunde: ja hallo\nMitarbeiter: guten tag\nKunde: es geht um die "
                            "rechnung\n"),
                     1);
    /* no labels: no capital and hesitations, or no sentence punctuation at all */
    assert_int_equal(DETECT("um hi this is a call about my bill uh can you call me back later"), 1);
    assert_int_equal(labelled, 0);
    assert_int_equal(DETECT("yeah hi i wanted to change my plan and the address on the account "
                            "too"),
                     1);
    /* an ordinary text has a capital; a chat typed in lower case has punctuation */
    assert_int_equal(DETECT("Agent: hello there\nCaller: hi um yes\nAgent: how can I help\n"), 1);
    assert_int_equal(DETECT("Hi team, the build failed again. Please rerun it after the merge."),
                     0);
    assert_int_equal(DETECT("hey, the build failed again. can you rerun it after the merge? "
                            "thanks."),
                     0);
    /* speakers who are people, not roles: names_chat.c's transcripts */
    assert_int_equal(DETECT("Anna Keller: hello\nBernd Brunner: hi\nAnna Keller: let's start.\n"),
                     0);
#undef DETECT
}

static void test_name_answering_a_name_question_in_each_language(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"agent: can i have your full name please\ncaller: um yeah it's dorvin haskemby\n"
         "agent: thanks\n",
         "PERSON=dorvin haskemby"},
        {"Mitarbeiter: mit wem spreche ich\nKunde: ähm ja brunhelm okrasser\nMitarbeiter: danke\n",
         "PERSON=brunhelm okrasser"},
        {"conseiller : c'est à quel nom\nclient : euh tiberval\nconseiller : merci\n",
         "PERSON=tiberval"},
        {"medewerker: met wie spreek ik\nklant: uhm jorwerd kleimanstra\nmedewerker: dank u\n",
         "PERSON=jorwerd kleimanstra"},
        {"agente: con quién hablo\ncliente: eh soy ilduara menvaroz\nagente: gracias\n",
         "PERSON=ilduara menvaroz"},
        {"operatore: mi può dare nome e cognome\ncliente: ehm sì filandro quaccetti\n"
         "operatore: grazie\n",
         "PERSON=filandro quaccetti"},
        {"atendente: pode dizer-me o seu nome completo\ncliente: hum sim belmiro taquevedo\n"
         "atendente: obrigado\n",
         "PERSON=belmiro taquevedo"},
    };
    CHECK(c);
}

static void test_names_in_introductions(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"agent: thank you for calling zentrova my name is quillan how can i help\ncaller: hi\n"
         "agent: sure\n",
         "PERSON=quillan"},
        {"agent: good morning zentrova customer service quillan speaking\ncaller: hi\n"
         "agent: how can i help\n",
         "PERSON=quillan"},
        {"spk_0: hallo hier ist wendrun palsicker von der firma ostrava\nspk_1: ja worum geht "
         "es\nspk_0: um die rechnung\n",
         "PERSON=wendrun palsicker"},
        {"medewerker: goedemorgen spreek ik met mevrouw harlinga\nklant: ja\nmedewerker: ik bel "
         "over de levering\n",
         "PERSON=harlinga"},
        {"agente: grazie per aver chiamato zentrova le risponde ottavina come posso aiutarla\n"
         "cliente: sì buongiorno\nagente: prego\n",
         "PERSON=ottavina"},
        {"[00:00:03] spk_0: bonjour vous êtes bien chez verlumo je m'appelle solène ravignac\n"
         "[00:00:09] spk_1 : euh bonjour oui c'est pour ma box\n[00:00:15] spk_0: merci\n",
         "PERSON=solène ravignac"},
        {"um hi this is garrow plinkett calling from ostrava labs about the invoice uh can you "
         "call me back",
         "PERSON=garrow plinkett"},
    };
    CHECK(c);
}

static void test_spelled_letters_are_the_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the letters spell the word said before: both are the name */
        {"agent: can i have your full name please\ncaller: yeah it's dorvin haskemby\n"
         "agent: can you spell the last name\ncaller: h a s k e m b y\n",
         "PERSON=dorvin haskemby;PERSON=h a s k e m b y"},
        {"Kunde: ich heiße brunhelm okrasser\nKunde: o k r a s s e r\nMitarbeiter: danke\n",
         "PERSON=brunhelm okrasser;PERSON=o k r a s s e r"},
        /* a spelling asked for: the letters with their words */
        {"agent: can you spell that\ncaller: sure q as in quebec u as in uniform i as in india "
         "l as in lima\nagent: thanks\n",
         "PERSON=q as in quebec u as in uniform i as in india l as in lima"},
        /* a letter word before the letters ("é m a c u a d a") */
        {"atendente: o seu nome\ncliente: lucu macuada\ncliente: é m a c u a d a\natendente: "
         "obrigado\n",
         "PERSON=lucu macuada;PERSON=m a c u a d a"},
    };
    CHECK(c);
}

/* A name found in the call is a person wherever the call says it again; a weak introduction
 * with an adjective after it names no one. */
static void test_name_said_again_in_the_call(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"agent: can i have your full name please\ncaller: yeah it's dorvin haskemby\nagent: "
         "thanks dorvin one moment\nagent: right mr haskemby your plan is fine\n",
         "PERSON=dorvin haskemby;PERSON=dorvin;PERSON=haskemby"},
        {"agent: how can i help\ncaller: i got a bill and it's wrong\nagent: let me check\n", ""},
    };
    CHECK(c);
}

static void test_birth_dates_read_out_in_number_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"agent: and your date of birth\ncaller: uh march fourth nineteen eighty seven\n"
         "agent: thanks\n",
         "DATE_OF_BIRTH=march fourth nineteen eighty seven"},
        {"agent: and your date of birth\ncaller: oh four oh three eighty seven\nagent: thanks\n",
         "DATE_OF_BIRTH=oh four oh three eighty seven"},
        {"Mitarbeiter: und ihr geburtsdatum bitte\nKunde: vierter märz "
         "neunzehnhundertsiebenundachtzig\nMitarbeiter: danke\n",
         "DATE_OF_BIRTH=vierter märz neunzehnhundertsiebenundachtzig"},
        {"conseiller : vous êtes né quand\nclient : le quatre mars mille neuf cent "
         "quatre-vingt-sept\nconseiller : merci\n",
         "DATE_OF_BIRTH=le quatre mars mille neuf cent quatre-vingt-sept"},
        {"medewerker: wat is uw geboortedatum\nklant: vier maart negentien zevenentachtig\n"
         "medewerker: dank u\n",
         "DATE_OF_BIRTH=vier maart negentien zevenentachtig"},
        {"agente: y su fecha de nacimiento\ncliente: cuatro de marzo de mil novecientos "
         "ochenta y siete\nagente: gracias\n",
         "DATE_OF_BIRTH=cuatro de marzo de mil novecientos ochenta y siete"},
        {"operatore: e la data di nascita\ncliente: quattro marzo millenovecentottantasette\n"
         "operatore: grazie\n",
         "DATE_OF_BIRTH=quattro marzo millenovecentottantasette"},
        {"atendente: e a data de nascimento\ncliente: quatro de março de mil novecentos e "
         "oitenta e sete\natendente: obrigado\n",
         "DATE_OF_BIRTH=quatro de março de mil novecentos e oitenta e sete"},
    };
    CHECK(c);
}

static void test_streets_read_out_in_number_words(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"agent: and the first line of the address\ncaller: forty two wrenhollow lane apartment "
         "six\nagent: thanks\n",
         "STREET_ADDRESS=forty two wrenhollow lane apartment six"},
        {"agent: and the address\ncaller: one two three wrenhollow street springfield\n"
         "agent: thanks\n",
         "STREET_ADDRESS=one two three wrenhollow street springfield"},
        {"Mitarbeiter: und ihre adresse\nKunde: grävelinger straße zweiundzwanzig\n"
         "Mitarbeiter: danke\n",
         "STREET_ADDRESS=grävelinger straße zweiundzwanzig"},
        {"conseiller : votre adresse\nclient : vingt-huit rue des tilvannes lyon\nconseiller : "
         "merci\n",
         "STREET_ADDRESS=vingt-huit rue des tilvannes lyon"},
        {"medewerker: en uw adres\nklant: kortevlietstraat drieëntwintig utrecht\nmedewerker: "
         "dank u\n",
         "STREET_ADDRESS=kortevlietstraat drieëntwintig utrecht"},
        {"agente: y su dirección\ncliente: calle morvaleda número catorce sevilla\nagente: "
         "gracias\n",
         "STREET_ADDRESS=calle morvaleda número catorce sevilla"},
        {"operatore: mi conferma l'indirizzo\ncliente: via bresciadoro quarantasette torino\n"
         "operatore: grazie\n",
         "STREET_ADDRESS=via bresciadoro quarantasette torino"},
        {"atendente: qual é a morada\ncliente: rua da taquelinha número doze porto\natendente: "
         "obrigado\n",
         "STREET_ADDRESS=rua da taquelinha número doze porto"},
    };
    CHECK(c);
}

static void test_lookalikes_in_calls_left_alone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* codes read out, letter codes that spell nothing, appointments, years of custom */
        {"agent: your reference is k l m four four\ncaller: okay\nagent: and the code is a b c "
         "d\n",
         ""},
        {"agent: the engineer can come on march fourth\ncaller: okay\nagent: you have been with "
         "us since two thousand nineteen\ncaller: yes\nagent: your order number is four seven "
         "two nine one\n",
         ""},
        /* role labels are no people, nor are words the rest of the pack raised among them */
        {"agent: hello\ncaller: hi\nagent: what can i do\ncliente: claro gracias\n", ""},
        {"klant: goedemiddag nou het gaat over de family flex\nmedewerker: op welke naam\n"
         "klant: dank u\n",
         ""},
    };
    CHECK(c);
}

/* Role labels of a form, not a call: the people after them stay people. */
static void test_role_labels_holding_people_keep_them(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Caller: Ms Stanley\nAgent: Deborah J. Robinson\nCustomer: Kwame Anderson\nIssue: "
         "cannot log in\n",
         "PERSON=Stanley;PERSON=Deborah J. Robinson;PERSON=Kwame Anderson"},
    };
    CHECK(c);
}

static void test_transcript_tokens_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "agent: can i have your full name please\ncaller: yeah it's dorvin haskemby\n"
                     "agent: and your date of birth\ncaller: march fourth nineteen eighty seven\n";
    char *o = rewrite_body(s, ANON_BODY_TEXT, in);
    assert_string_equal(o, "agent: can i have your full name please\ncaller: yeah it's [PERSON_1]\n"
                           "agent: and your date of birth\ncaller: [DATE_OF_BIRTH_1]\n");
    free(o);
    anon_buf_t out = {0};
    const char *resp = "Summary: [PERSON_1], born [DATE_OF_BIRTH_1], called.";
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    for (size_t i = 0; i < strlen(resp); i++) /* one byte at a time */
        assert_int_equal(anon_restorer_feed(r, (const uint8_t *)resp + i, 1, &out) >= 0, 1);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    assert_string_equal(
        (char *)out.data,
        "Summary: dorvin haskemby, born march fourth nineteen eighty seven, called.");
    anon_buf_free(&out);
    anon_restorer_free(r);
    anon_session_free(s);
}

/* Transcript files as meeting tools export them: WebVTT (a header, cue numbers and times
 * between the labelled lines) and Otter/Teams (a role and a time on a line, the text below). */
static void test_exported_transcript_files(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nAgent: can i have your full name please\n\n"
         "2\n00:00:04.500 --> 00:00:07.000\nCaller: yeah it's dorvin haskemby\n\n3\n"
         "00:00:07.500 --> 00:00:09.000\nAgent: and your date of birth\n\n4\n"
         "00:00:09.500 --> 00:00:12.000\nCaller: march fourth nineteen eighty seven\n",
         "PERSON=dorvin haskemby;DATE_OF_BIRTH=march fourth nineteen eighty seven"},
        {"Speaker 1  0:00\ncan i have your full name please\n\nSpeaker 2  0:04\nyeah it's dorvin "
         "haskemby\n\nSpeaker 1  0:07\nand your date of birth\n\nSpeaker 2  0:09\nuh the fourth "
         "of march eighty seven\n",
         "PERSON=dorvin haskemby;DATE_OF_BIRTH=the fourth of march eighty seven"},
        /* the cue times after a birth question are no date */
        {"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAgent: and your date of birth\n\n"
         "00:00:04.500 --> 00:00:07.000\nCaller: i do not remember\n\n00:00:07.500 --> "
         "00:00:09.000\nAgent: okay\n",
         ""},
    };
    CHECK(c);
}

/* An hour's call is ten thousand words: read in windows, the name asked for at its end too. */
static void test_long_call_read_in_windows(void **state)
{
    (void)state;
    static const char turn[] = "agent: okay um let me check the system for you\ncaller: sure\n";
    static const char end[] = "agent: can i have your full name please\ncaller: yeah it's "
                              "dorvin haskemby\nagent: thanks\n";
    size_t reps = 1200, n = reps * (sizeof turn - 1) + sizeof end;
    char *text = malloc(n);
    assert_non_null(text);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * (sizeof turn - 1), turn, sizeof turn - 1);
    memcpy(text + reps * (sizeof turn - 1), end, sizeof end);
    char got[1024];
    render(text, got, sizeof got);
    assert_string_equal(got, "PERSON=dorvin haskemby");
    free(text);
}

static void test_transcripts_are_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("agent: can you spell that\ncaller: q as in quebec u as i\nagent: and your "
                      "date of birth\ncaller: é m a c u\n[00:00:03] spk_0 : vingt-huit rue des "
                      "t\nagent: l'adresse\ncaller: um quatre-vingt-");
    scan_every_prefix("um uh my name is dorvin h a s k e m b y forty two wrenhollow lane");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_transcript_recognised_by_role_labels_or_speech),
        cmocka_unit_test(test_name_answering_a_name_question_in_each_language),
        cmocka_unit_test(test_names_in_introductions),
        cmocka_unit_test(test_spelled_letters_are_the_name),
        cmocka_unit_test(test_name_said_again_in_the_call),
        cmocka_unit_test(test_birth_dates_read_out_in_number_words),
        cmocka_unit_test(test_streets_read_out_in_number_words),
        cmocka_unit_test(test_lookalikes_in_calls_left_alone),
        cmocka_unit_test(test_role_labels_holding_people_keep_them),
        cmocka_unit_test(test_transcript_tokens_restored),
        cmocka_unit_test(test_exported_transcript_files),
        cmocka_unit_test(test_long_call_read_in_windows),
        cmocka_unit_test(test_transcripts_are_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
