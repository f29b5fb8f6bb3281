/* test_chat58.c: chat-app exports pasted into a prompt (branch chat58, names_chat58.c,
 * rewrite_chat58.c, contrib/bench/accuracy/notes/chat58.md): the senders of stamped export
 * lines (WhatsApp, iMessage, Discord, Matrix, IRC) and Discord CSV's Author cells are people in any
 * case and with an initial, and so are their given names inside the messages; "You", "Me", roles,
 * bots, network services and gamer tags are not; a time stamp is no street; the question word of an
 * ask is no given name; a JSON export's sender ("from", "user_name") beside its message's text is a
 * person, a bot's name beside "bot_id" is not; a Slack export in a request body is rewritten and
 * restored byte by byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "restore_bytes.h"

#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_chat58.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* WhatsApp's Android lines: "Margis G" (given name and initial) and a lower-case sender are
 * people, the given name again in a message too; "You" and "Admin" are not. Before: "Margis"
 * in the message and "lucía" only. */
static void test_whatsapp_senders(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"12.03.24, 18:21 - Margis G: ok sounds good\n12.03.24, 18:24 - You: running late\n"
         "12.03.24, 18:27 - Admin: <Media omitted>\n12.03.24, 18:30 - lucía: merci Margis !\n"
         "12.03.24, 18:33 - Margis G: booked the room for 7\n",
         "PERSON=Margis G;PERSON=lucía;PERSON=Margis;PERSON=Margis G"},
    };
    CHECK(c);
}

/* iMessage's stamp alone on its line, the sender on the next; Discord's sender after its
 * stamp; "Me" and a gamer's tag are no people. Before: "Kaka" in the message only. */
static void test_next_line_senders(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mar 12, 2024  6:21:05 PM\nKaka G\nsandalye kim getiriyor?\n\nMar 12, 2024  6:25:05 "
         "PM\nMe\ntamam\n\n[12-Mar-24 06:30 PM] Tanyil\nask Kaka about the keys\n\n[12-Mar-24 "
         "06:31 PM] shadowfox\nlol\n",
         "PERSON=Kaka G;PERSON=Tanyil;PERSON=Kaka"},
    };
    CHECK(c);
}

/* DiscordChatExporter's CSV: the Author cells under its header are people (the "#1234"
 * discriminator left out), a gamer's tag is not. Before: none of them. */
static void test_discord_csv(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"AuthorID,Author,Date,Content,Attachments,Reactions\n\"435545757144800659\",\"Berri\","
         "\"2024-01-14T11:05:35.000+00:00\",\"ok\",\"\",\"\"\n\"723991358167587020\",\"Szasza "
         "K#3396\",\"2024-09-18T17:38:16.000+00:00\",\"lol\",\"\",\"\"\n\"985455093383514414\","
         "\"frostbyte#5861\",\"2024-04-22T10:22:07.000+00:00\",\"gg\",\"\",\"\"\n",
         "PERSON=Berri;PERSON=Szasza K"},
    };
    CHECK(c);
}

/* Matrix and IRC after an ISO stamp: "* kaikai waves" names kaikai; bots and network services
 * ("coffeebot", "ChanServ", "Carl-bot") are no people; a spaced nick is read whole. */
static void test_matrix_irc_and_bots(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"2024-03-12 18:21:05 <@terbos.k:matrix.org> prima\n2024-03-12 18:22:05 "
         "<@coffeebot:matrix.org> [github] 2 new commits\n2024-03-12 18:23:05 * kaikai waves\n"
         "2024-03-12 18:24:05 <Bratino Teixeira> boa clutch\n[18:25] <ChanServ> topic set\n"
         "[18:26] <Carl-bot> welcome\n",
         "PERSON=kaikai;PERSON=Bratino Teixeira"},
    };
    CHECK(c);
}

/* Guards and precision: log lines with stamps name no sender; a time stamp's minutes open no
 * street (before: "21] elsie: hey bestie" was a STREET_ADDRESS); the question word of an ask
 * in Italian, French or Turkish is no given name (before: Chi, Qui, Kim). */
static void test_stamps_logs_and_asks(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"2024-03-12 18:21:05 - ERROR: connection refused\n2024-03-12 18:21:06 - INFO: "
         "retrying\n2024-03-12 18:21:07 - Kafka: broker up\n2024-03-12 18:21:08 - WARN: slow\n",
         ""},
        {"[18:21] elsie: hey bestie\n[18:22] harvey: ok see you at 5\n[18:25] elsie: cool\n",
         "PERSON=elsie;PERSON=harvey;PERSON=elsie"},
        {"Chi ha detto cosa?\n\nQui a dit oui ?\nKim neyi kabul etti?\n", ""},
    };
    CHECK(c);
}

/* JSON exports pasted after an ask: Telegram's "from" in lower case and with an initial, Slack's
 * "user_name" are people beside the message's "text"; a bot's "username" beside "bot_id" and a
 * currency under "from" are not (before: Ashwenford alone, and Polly). */
static void test_json_senders_in_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Who agreed?\n{\"messages\": [{\"id\": 1, \"type\": \"message\", \"from\": \"galo\", "
         "\"from_id\": \"user1\", \"text\": \"ok\"}, {\"id\": 2, \"type\": \"message\", \"from\": "
         "\"Ashwenford T\", \"text\": \"lol\"}]}\n[{\"type\": \"message\", \"text\": \"hi\", "
         "\"user_name\": \"federicac\"}, {\"type\": \"message\", \"subtype\": \"bot_message\", "
         "\"text\": \"PR merged\", \"username\": \"Polly\", \"bot_id\": \"B01\"}]\n{\"from\": "
         "\"EUR\", \"to\": \"USD\", \"text\": \"rate 1.08\"}\n",
         "PERSON=galo;PERSON=Ashwenford T;PERSON=federicac"},
    };
    CHECK(c);
}

/* The stamp reader alone. */
static void test_stamp(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "[12/03/2024, 18:21:05]", "12.03.24, 18:21",          "[18:21]",
        "[12-Mar-24 06:21 PM]",   "Mar 12, 2024  6:21:05 PM", "2024-03-12 18:21:05",
        "2024-03-12T18:21:05.000"};
    for (size_t k = 0; k < sizeof yes / sizeof yes[0]; k++)
        assert_int_equal(nw_chat58_stamp((const uint8_t *)yes[k], 0, strlen(yes[k])),
                         strlen(yes[k]));
    static const char *const no[] = {"18:21 ok", "12.03.24 ok", "v1.2.3 18:21", "Mark 12, 2024"};
    for (size_t k = 0; k < sizeof no / sizeof no[0]; k++)
        assert_int_equal(nw_chat58_stamp((const uint8_t *)no[k], 0, strlen(no[k])), 0);
}

/* A Slack export inside a request body's string (walked as JSON): the sender's handle is masked
 * (before: left), the bot left (before: masked); the body is restored byte by byte. */
static void test_slack_body_restored(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"messages\": [{\"role\": \"user\", \"content\": \"[{\\\"type\\\": \\\"message\\\", "
        "\\\"text\\\": \\\"ok sounds good\\\", \\\"user\\\": \\\"U01\\\", \\\"user_name\\\": "
        "\\\"federicac\\\", \\\"user_profile\\\": {\\\"real_name\\\": \\\"Federica Colombo\\\"}}, "
        "{\\\"type\\\": \\\"message\\\", "
        "\\\"subtype\\\": \\\"bot_message\\\", \\\"text\\\": \\\"PR merged\\\", \\\"username\\\": "
        "\\\"Polly\\\", \\\"bot_id\\\": \\\"B01\\\"}]\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "federica"));
    assert_null(strstr(o, "Federica"));
    assert_non_null(strstr(o, "Polly"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* every prefix of stamped exports, cut inside a stamp, a sender or a bracket (the address
 * sanitizer build reads past no end) */
static void test_every_export_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("[18:21] <anna> hi\n[18:22] <@cara:matrix.org> yo\n[18:23] * anna waves\n"
                      "[18:24] -!- bob [~bob@host] has joined\n12/03/2024, 18:25 - Maria K: ok\n"
                      "[12/03/2024, 18:26:01] Jonas: fine\n[18:27] <");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_export_prefix_is_scanned_safely),
        cmocka_unit_test(test_whatsapp_senders),
        cmocka_unit_test(test_next_line_senders),
        cmocka_unit_test(test_matrix_irc_and_bots),
        cmocka_unit_test(test_stamps_logs_and_asks),
        cmocka_unit_test(test_json_senders_in_text),
        cmocka_unit_test(test_stamp),
        cmocka_unit_test(test_slack_body_restored),
        cmocka_unit_test(test_discord_csv),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
