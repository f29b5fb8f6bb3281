/* test_wrap54.c: identifiers cut by a hard line wrap (branch wrap54,
 * contrib/bench/accuracy/notes/wrap54.md). Where a line ends at the text's wrap width (fold -w's
 * full lines) and the join across the break makes a value a validator accepts, the detection
 * view reads through the break (engine_view_wrap54.c); the rewrite masks each line's piece with
 * its own token and keeps the break, so a restore gives every piece back exactly. Look-alikes in
 * the same wraps stay: a count ending a line and a year starting the next, a commit hash and a
 * UUID cut by the wrap, an address split over short lines that are not at the width.
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

static void test_email_cut_by_a_fold_is_masked_piece_by_piece(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r =
        rewrite(TOOL_OPEN "please check the records below after the migration and send a sh\\n"
                          "ort summary before friday so the team ca mail: maria.keller@exam\\n"
                          "ple.com and please check the records below after the migration a\\n"
                          "nd send a short s end." TOOL_CLOSE,
                &s);
    lacks(r, "maria.keller@exam");
    lacks(r, "ple.com and");
    has(r, "mail: [EMAIL_1]\\n[EMAIL_2] and");
    restores(s, "[EMAIL_1]|[EMAIL_2]", "maria.keller@exam|ple.com");
    anon_session_free(s);
    free(r);
}

static void test_key_cut_twice_is_masked_on_every_line(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r =
        rewrite(TOOL_OPEN "please check the records below after the mig API key: sk-ant-api\\n"
                          "03-Ab3dE5gH7jK9mN1pQ3rS5tU7wX9yZ1bC3dF5gH7jK9mN1pQ3rS5tU7wX9yZ1b\\n"
                          "C3dF5gH7jK9mN1pQ3r rotate it please check the records below afte\\n"
                          "r the migration and send a short s end." TOOL_CLOSE,
                &s);
    lacks(r, "sk-ant-api");
    lacks(r, "03-Ab3dE5gH7jK9");
    lacks(r, "C3dF5gH7jK9mN1pQ3r rotate");
    has(r, " rotate it please");
    anon_session_free(s);
    free(r);
}

static void test_ip_addresses_cut_by_a_fold_are_masked(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN
                      "please check the records below after the migration and send a sh\\n"
                      "ort summary before friday so the t src IPv6 2a02:8071:4ab1:e28:2\\n"
                      "0dc:f8bd:115e:7179, src IPv4 91.134.7.211 please check the recor\\n"
                      "ds below after the migration and send a short summary bef end." TOOL_CLOSE,
                      &s);
    lacks(r, "2a02:8071:4ab1:e28:2");
    lacks(r, "0dc:f8bd:115e:7179");
    lacks(r, "91.134.7.211");
    anon_session_free(s);
    free(r);
}

static void test_compact_iban_cut_by_a_fold_is_masked(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r =
        rewrite(TOOL_OPEN "please check the records below after the migration and send a sh\\n"
                          "ort summary before friday so the team can close  IBAN: DE8937040\\n"
                          "0440532013000 please check the records below after the migration\\n"
                          " and send a short summary bef end." TOOL_CLOSE,
                &s);
    lacks(r, "DE8937040");
    lacks(r, "0440532013000");
    has(r, "IBAN: [IBAN_1]\\n[IBAN_2] please");
    anon_session_free(s);
    free(r);
}

/* look-alikes in the same wraps: nothing is masked, every byte stays */
static void test_lookalikes_at_a_wrap_stay(void **state)
{
    (void)state;
    static const char *const texts[] = {
        TOOL_OPEN "please check the records below after the migration and send a sh\\n"
                  "ort summary before friday so the team can close the  order 44172\\n"
                  "2024 was the year please check the records belo " TOOL_CLOSE,
        TOOL_OPEN "please check the records below after the migration and send a sh\\n"
                  "ort summary before friday so the tea commit 9fd4af2e0e980fd41aec\\n"
                  "ad8575cb54e83a1bbfd1 uuid 175157c3-cc25-d7fb-c897-2a2ab02120cb p\\n"
                  "lease check the records below after the migration and send a sho\\n"
                  "rt summary before friday end." TOOL_CLOSE,
    };
    static const char *const kept[] = {"order 44172\\n2024 was",
                                       "commit 9fd4af2e0e980fd41aec\\nad8575cb54e83a1bbfd1 uuid "
                                       "175157c3-cc25-d7fb-c897-2a2ab02120cb p"};
    for (size_t k = 0; k < 2; k++) {
        anon_session_t *s;
        char *r = rewrite(texts[k], &s);
        has(r, kept[k]);
        anon_session_free(s);
        free(r);
    }
}

/* short lines, none at a repeated width: the break is a line's end, not a wrap */
static void test_address_over_short_lines_is_not_joined(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN "mail: maria.keller@exam\\n"
                                "ple.com\\n"
                                "thanks, see you\\n"
                                "bye" TOOL_CLOSE,
                      &s);
    lacks(r, "[EMAIL");
    has(r, "@exam\\nple.com\\nthanks");
    anon_session_free(s);
    free(r);
}

/* The round trip: a card and an e-mail cut by a 76-column wrap, each piece its own token that
 * restores exactly its bytes; the line breaks stay where they were. */
static void test_card_and_email_cut_at_76_columns_round_trip(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(
        TOOL_OPEN "please check the records below after the migration card number: 4111 1111 11\\n"
                  "11 1111, mail please check the records below after the migratio jonas.weber@\\n"
                  "mailbox.org, thanks please check the records below after the migration and s\\n"
                  "end a short summary before friday so the team can close the ticket please ch\\n"
                  "eck the records bel end." TOOL_CLOSE,
        &s);
    lacks(r, "4111 1111 11");
    lacks(r, "jonas.weber@");
    lacks(r, "mailbox.org");
    has(r, "card number: [CREDIT_CARD_1]\\n[CREDIT_CARD_2], mail");
    has(r, " [EMAIL_1]\\n[EMAIL_2], thanks");
    restores(s, "card [CREDIT_CARD_1]/[CREDIT_CARD_2] mail [EMAIL_1]/[EMAIL_2]",
             "card 4111 1111 11/11 1111 mail jonas.weber@/mailbox.org");
    anon_session_free(s);
    free(r);
}

/* One line alone at a mail width (76, RFC 2045's) cut inside an IBAN, the next line short: no
 * second full line shows the width, the longest line being exactly 76 does (stop 54). A line of
 * 76 that ends in an order number and a next line opening with a year stay as written. */
static void test_one_line_at_a_mail_width_is_joined(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN "Hello team, please wire the refund for order 5512 to my account "
                                "IBAN DE89 37\\n04 0044 0532 0130 00 today.\\nThanks" TOOL_CLOSE,
                      &s);
    lacks(r, "DE89 37");
    lacks(r, "04 0044 0532");
    has(r, "IBAN [IBAN_1]\\n[IBAN_2] today.");
    restores(s, "[IBAN_1]|[IBAN_2]", "DE89 37|04 0044 0532 0130 00");
    anon_session_free(s);
    free(r);
    r = rewrite(TOOL_OPEN "Hello team, please check the figures in the sheet we shipped for order "
                          "44172\\n2024 was a good year.\\nThanks" TOOL_CLOSE,
                &s);
    has(r, "order 44172\\n2024 was");
    anon_session_free(s);
    free(r);
}

/* An address that ends its line whole, in a text of full lines (a fixed-width log or report):
 * the next line's date or capitalised word is no part of it, so the address is masked whole and
 * the next line stays (stop 54: the joined "anna.keller@firma.de2024-05-01" broke the address). */
static void test_whole_address_at_a_full_line_end_stays_whole(void **state)
{
    (void)state;
    static const char *const next[] = {
        "2024-05-01 the export failed twice and was restarted by ops team",
        "Next run is scheduled for tonight, nothing else changed there ok"};
    for (size_t k = 0; k < 2; k++) {
        char body[1024];
        snprintf(body, sizeof body,
                 TOOL_OPEN "Owner of the nightly export jobs, write to: anna.keller@firma.de\\n"
                           "%s\\nThanks for checking, the team will look at the logs tomorrow ok."
                           "\\nbye" TOOL_CLOSE,
                 next[k]);
        anon_session_t *s;
        char *r = rewrite(body, &s);
        has(r, "write to: [EMAIL_1]\\n");
        has(r, next[k]);
        restores(s, "[EMAIL_1]", "anna.keller@firma.de");
        anon_session_free(s);
        free(r);
    }
}

/* A phone that ends a full line and an address that opens the next: two values, not one address
 * ("12345maria.keller@..." is valid syntax; stop 54 measured it losing the address and a name). */
static void test_phone_then_address_on_the_next_line_stay_two(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r =
        rewrite(TOOL_OPEN
                "Please call the office back before noon today, tel. +49 30 "
                "12345\\nmaria.keller@firma.de is the one to write to about the export ok\\nThanks "
                "for checking, the team will look at the logs tomorrow ok.\\nbye" TOOL_CLOSE,
                &s);
    has(r, "tel. [PHONE_1]\\n[EMAIL_1] is the one");
    restores(s, "[PHONE_1]|[EMAIL_1]", "+49 30 12345|maria.keller@firma.de");
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_email_cut_by_a_fold_is_masked_piece_by_piece),
        cmocka_unit_test(test_one_line_at_a_mail_width_is_joined),
        cmocka_unit_test(test_whole_address_at_a_full_line_end_stays_whole),
        cmocka_unit_test(test_phone_then_address_on_the_next_line_stay_two),
        cmocka_unit_test(test_key_cut_twice_is_masked_on_every_line),
        cmocka_unit_test(test_ip_addresses_cut_by_a_fold_are_masked),
        cmocka_unit_test(test_compact_iban_cut_by_a_fold_is_masked),
        cmocka_unit_test(test_lookalikes_at_a_wrap_stay),
        cmocka_unit_test(test_address_over_short_lines_is_not_joined),
        cmocka_unit_test(test_card_and_email_cut_at_76_columns_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
