/* test_chars58.c: values wrapped or hyphenated across lines in text copied out of PDFs, mail
 * clients and terminals (branch chars58, contrib/bench/accuracy/notes/chars58.md). The hard wrap
 * reader (engine_view_wrap54.c) measures a text's lines as their writer counted them when code
 * points show no width: an HTML mail wrapped as rendered (an entity one column,
 * engine_view_wrap58.c) and a terminal's cells (CJK two); a justified line that ends between two
 * whole digit groups reads its break as the space; a PDF's hyphen inside a digit group goes with
 * the break; a soft hyphen before the break is read past; an address with its signs hidden
 * ("(at)", "[.]", "(punkt)") cut at the width joins (engine_view_wrapobf58.c). Each line's piece is
 * its own token that restores its bytes; the break stays. A reference number cut the same way stays
 * as written.
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

/* The round trip of a value cut at a line's end: text (a tool result's JSON string) rewritten,
 * every piece of want ("a|b") gone, at (the tokens in place, the break kept) there, and the
 * tokens restoring the pieces as written. */
static void cut_round_trip(const char *text, const char *at, const char *tokens, const char *want)
{
    char body[2048], piece[128];
    snprintf(body, sizeof body, TOOL_OPEN "%s" TOOL_CLOSE, text);
    anon_session_t *s;
    char *r = rewrite(body, &s);
    for (const char *w = want; *w;) {
        size_t l = strcspn(w, "|");
        snprintf(piece, sizeof piece, "%.*s", (int)l, w);
        lacks(r, piece);
        w += l + (w[l] == '|');
    }
    has(r, at);
    restores(s, tokens, want);
    anon_session_free(s);
    free(r);
}

/* An HTML mail's source, wrapped at 64 columns as rendered: its lines are 79 to 96 characters
 * long in the source, 64 rendered. Before, one token took the card and the break. */
static void test_card_in_mail_wrapped_as_rendered(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(
        TOOL_OPEN
        "Gr&uuml;&szlig;e  aus K&ouml;ln, bitte  die Unterlagen  f&uuml;r n&auml;chste Woche "
        "pr&uuml;fen\\nund  die &Auml;nderungen  &uuml;bernehmen au&szlig;erdem die R&uuml;ckfrage "
        "Gr&uuml;&szlig;e aus\\nK&ouml;ln, bitte die Unterlagen f&uuml;r n&auml;chste Woche Karte: "
        "4111 1111 11\\n11 1111 Gr&uuml;&szlig;e aus K&ouml;ln, bitte die Unterlagen\\npr&uuml;fen "
        " und  die &Auml;nderungen  &uuml;bernehmen au&szl" TOOL_CLOSE,
        &s);
    lacks(r, "4111 1111 11");
    has(r, ": [CREDIT_CARD_1]\\n[CREDIT_CARD_2] ");
    restores(s, "[CREDIT_CARD_1]|[CREDIT_CARD_2]", "4111 1111 11|11 1111");
    anon_session_free(s);
    free(r);
}

/* A terminal's copy at 60 cells, CJK words two cells each: an address cut at the width. Before,
 * its local part was taken for a name and the rest went out. */
static void test_address_cut_in_terminal_cells(void **state)
{
    (void)state;
    cut_round_trip(
        "\xe4\xbc\x9a\xe8\xad\xb0\xe5\xae\xa4\xe3\x81\xae\xe4\xba\x88\xe7\xb4\x84 bitte die "
        "Unterlagen pr\xc3\xbc"
        "fen \xe6\x8b\x85\xe5\xbd\x93\xe8\x80\x85 \xe7\xa2\xba\xe8\xaa\x8d\xe6\xb8\x88\xe3\x81\xbf "
        "wir\\nhaben die  \xc3\x84nderungen  \xc3\xbc"
        "bernommen  \xe6\x9d\xb1\xe4\xba\xac  danke  "
        "\xe4\xbc\x9a\xe8\xad\xb0\xe5\xae\xa4\xe3\x81\xae\xe4\xba\x88\xe7\xb4\x84\\nbitte die "
        "Unterlagen pr\xc3\xbc"
        "fen \xe6\x8b\x85\xe5\xbd\x93\xe8\x80\x85 E-Mail: maria.keller@exam\\nple.net "
        "\xe4\xbc\x9a\xe8\xad\xb0\xe5\xae\xa4\xe3\x81\xae\xe4\xba\x88\xe7\xb4\x84 bitte die "
        "Unterlagen pr\xc3\xbc"
        "fen "
        "\xe6\x8b\x85\xe5\xbd\x93\xe8\x80\x85\\n\xe7\xa2\xba\xe8\xaa\x8d\xe6\xb8\x88\xe3\x81\xbf  "
        "wir  haben die  \xc3\x84nderungen  \xc3\xbc"
        "bernommen \xe6\x9d\xb1\xe4\xba\xac  danke",
        "E-Mail: [EMAIL_1]\\n[EMAIL_2] ", "[EMAIL_1]|[EMAIL_2]", "maria.keller@exam|ple.net");
}

/* Justified PDF lines of 60 columns around a value's line (its line ends the first, the second
 * goes on after the value's rest). */
#define PDF_HEAD                                                                                   \
    "bitte  die Unterlagen  f\xc3\xbcr  n\xc3\xa4"                                                 \
    "chste  Woche  pr\xc3\xbc"                                                                     \
    "fen  und  die\\n\xc3\x84nderungen \xc3\xbc"                                                   \
    "bernehmen, danke sch\xc3\xb6n und viele Gr\xc3\xbc\xc3\x9f"                                   \
    "e bitte die\\nUnterlagen f\xc3\xbcr  n\xc3\xa4"                                               \
    "chste Woche pr\xc3\xbc"                                                                       \
    "fen und die "
#define PDF_TAIL                                                                                   \
    "bitte die Unterlagen f\xc3\xbcr n\xc3\xa4"                                                    \
    "chste Woche\\n\xc3\x84nderungen \xc3\xbc"                                                     \
    "bernehmen, danke sch\xc3\xb6n und viele Gr\xc3\xbc\xc3\x9f"                                   \
    "e bitte "

/* Justified PDF lines: a card cut by a line-end hyphen inside its third group. */
static void test_card_cut_by_pdf_hyphen_inside_a_group(void **state)
{
    (void)state;
    cut_round_trip(PDF_HEAD "Karte: 5483 19-\\n67 0735 2176 " PDF_TAIL,
                   "Karte: [CREDIT_CARD_1]\\n[CREDIT_CARD_2] bitte",
                   "[CREDIT_CARD_1]|[CREDIT_CARD_2]", "5483 19-|67 0735 2176");
}

/* A justified line that ends between two whole groups: the break is the card's space. */
static void test_card_broken_between_whole_groups(void **state)
{
    (void)state;
    cut_round_trip(PDF_HEAD "kort: 5215 5433\\n0887 5920 " PDF_TAIL,
                   "kort: [CREDIT_CARD_1]\\n[CREDIT_CARD_2] bitte",
                   "[CREDIT_CARD_1]|[CREDIT_CARD_2]", "5215 5433|0887 5920");
}

/* A soft hyphen (U+00AD) before the break inside an address. */
static void test_address_cut_after_a_soft_hyphen(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r = rewrite(TOOL_OPEN "bitte  die Unterlagen  f\xc3\xbcr  n\xc3\xa4"
                                "chste  Woche  pr\xc3\xbc"
                                "fen  und  die\\n\xc3\x84nderungen \xc3\xbc"
                                "bernehmen, danke sch\xc3\xb6n und viele Gr\xc3\xbc\xc3\x9f"
                                "e bitte die\\nUnterlagen f\xc3\xbcr  n\xc3\xa4"
                                "chste Woche E-Mail: desiree.kaufmann@exam\xc2\xad\\nple.net bitte "
                                "die Unterlagen f\xc3\xbcr n\xc3\xa4"
                                "chste Woche\\npr\xc3\xbc"
                                "fen und die \xc3\x84nderungen \xc3\xbc"
                                "bernehmen, danke  sch\xc3\xb6n und vi" TOOL_CLOSE,
                      &s);
    lacks(r, "kaufmann@exam");
    lacks(r, "ple.net");
    has(r, "[EMAIL_2] bitte");
    anon_session_free(s);
    free(r);
}

/* The look-alike: a reference number of 13 digits (no card, no phone) cut by a PDF hyphen stays. */
static void test_reference_cut_by_pdf_hyphen_stays(void **state)
{
    (void)state;
    char *r = rewrite(TOOL_OPEN
                      "bitte  die Unterlagen  f\xc3\xbcr  n\xc3\xa4"
                      "chste  Woche  pr\xc3\xbc"
                      "fen  und  die\\n\xc3\x84nderungen \xc3\xbc"
                      "bernehmen, danke sch\xc3\xb6n und viele Gr\xc3\xbc\xc3\x9f"
                      "e bitte die\\nUnterlagen  f\xc3\xbcr  n\xc3\xa4"
                      "chste Woche pr\xc3\xbc"
                      "fen Ref. 2481 2056 1205 3-\\n793 bitte die Unterlagen f\xc3\xbcr n\xc3\xa4"
                      "chste Woche\\nund  die \xc3\x84nderungen \xc3\xbc"
                      "bernehmen, danke sch\xc3\xb6n und  viele Gr" TOOL_CLOSE,
                      NULL);
    has(r, "Ref. 2481 2056 1205 3-\\n793 bitte");
    free(r);
}

/* An address with its signs hidden in words, cut by the wrap inside the bracketed dot word
 * ("(pu" | "nkt)"); and one with bracketed signs, cut in the host. Before, both went out. */
static void test_hidden_address_cut_at_the_width(void **state)
{
    (void)state;
    cut_round_trip("bitte  die Unterlagen  f\xc3\xbcr  n\xc3\xa4"
                   "chste  Woche  pr\xc3\xbc"
                   "fen  und  die\\n\xc3\x84nderungen \xc3\xbc"
                   "bernehmen, danke sch\xc3\xb6n und viele Gr\xc3\xbc\xc3\x9f"
                   "e bitte die\\nUnterlagen  f\xc3\xbcr n\xc3\xa4"
                   "chste E-Mail: maria.keller (at) posteo (pu\\nnkt) de bitte die "
                   "Unterlagen f\xc3\xbcr n\xc3\xa4"
                   "chste Woche\\nWoche pr\xc3\xbc"
                   "fen und die \xc3\x84nderungen \xc3\xbc"
                   "bernehmen,  danke sch\xc3\xb6n ",
                   "E-Mail: [EMAIL_1]\\n[EMAIL_2] bitte", "[EMAIL_1]|[EMAIL_2]",
                   "maria.keller (at) posteo (pu|nkt) de");
    cut_round_trip("bitte  die Unterlagen  f\xc3\xbcr  n\xc3\xa4"
                   "chste  Woche  pr\xc3\xbc"
                   "fen  und  die\\n\xc3\x84nderungen \xc3\xbc"
                   "bernehmen, danke sch\xc3\xb6n und viele Gr\xc3\xbc\xc3\x9f"
                   "e bitte die\\nUnterlagen  f\xc3\xbcr  n\xc3\xa4"
                   "chste  Woche    Mail: maria.keller[@]post\\neo(.)de bitte die "
                   "Unterlagen f\xc3\xbcr n\xc3\xa4"
                   "chste Woche\\npr\xc3\xbc"
                   "fen und die \xc3\x84nderungen \xc3\xbc"
                   "bernehmen, danke  sch\xc3\xb6n und vi",
                   "Mail: [EMAIL_1]\\n[EMAIL_2] bitte", "[EMAIL_1]|[EMAIL_2]",
                   "maria.keller[@]post|eo(.)de");
}

/* The look-alike: words in parentheses cut at the width stay as written. */
static void test_parentheses_cut_at_the_width_stay(void **state)
{
    (void)state;
    char *r =
        rewrite(TOOL_OPEN "bitte  die Unterlagen  f\xc3\xbcr  n\xc3\xa4"
                          "chste  Woche  pr\xc3\xbc"
                          "fen  und  die\\n\xc3\x84nderungen \xc3\xbc"
                          "bernehmen, danke sch\xc3\xb6n und viele Gr\xc3\xbc\xc3\x9f"
                          "e bitte die\\nUnterlagen  f\xc3\xbcr       siehe (Anlage) und die "
                          "Unterlagen (Sei\\nte 4) bitte bitte die Unterlagen f\xc3\xbcr n\xc3\xa4"
                          "chste Woche\\nn\xc3\xa4"
                          "chste  Woche pr\xc3\xbc"
                          "fen und die  \xc3\x84nderungen  \xc3\xbc"
                          "bernehmen, da" TOOL_CLOSE,
                NULL);
    has(r, "siehe (Anlage) und die Unterlagen (Sei\\nte 4) bitte");
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_card_in_mail_wrapped_as_rendered),
        cmocka_unit_test(test_address_cut_in_terminal_cells),
        cmocka_unit_test(test_card_cut_by_pdf_hyphen_inside_a_group),
        cmocka_unit_test(test_card_broken_between_whole_groups),
        cmocka_unit_test(test_address_cut_after_a_soft_hyphen),
        cmocka_unit_test(test_reference_cut_by_pdf_hyphen_stays),
        cmocka_unit_test(test_hidden_address_cut_at_the_width),
        cmocka_unit_test(test_parentheses_cut_at_the_width_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
