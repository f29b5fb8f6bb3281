/* test_detect_markup50.c: values in the pieces document formats write them in (markup50.c).
 * - An ICS or vCard line folded at its limit (CRLF and one space) inside an e-mail address or a
 *   phone number is one value; a short line's break with a space after it is no fold.
 * - A letter written as a LaTeX accent escape (J\"urgen, Fran\c{c}ois) or an RTF escape (\'f6,
 *   \u252?) is that letter to the detectors; "\texttt{" before an address starts a word.
 * - The token replaces the escaped bytes, and the response restores them as they were sent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"
#include "rewrite_rt.h"

static void test_folded_ics_line_keeps_an_address_whole(void **state)
{
    (void)state;
    /* the view's pre-pass reads a line break after a digit, ')', '-', '@' or a space; a fold
     * after a letter or a dot is read once the view starts before it (notes/markup50.md) */
    static const char ics[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"ATTENDEE;CN=Anna Berg;X-NUM-GUESTS=0:"
        "mailto:biaczegro.biagrobiaski@gmail.\\r\\n com\\r\\nLOCATION:x\"}]}";
    static const char phone[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"BEGIN:VEVENT\\r\\nDESCRIPTION:Viewing on "
        "Saturday\\\\, Keller & Voss\\\\, please call us on +4\\r\\n 4 113 496 "
        "0007\\r\\nEND:VEVENT\"}]}";
    static const char shortline[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"mail: info@example.\\r\\n com\"}]}";
    char out[1024];
    body_forward(ics, out, sizeof out);
    if (strstr(out, "biagrobiaski") || strstr(out, "gmail."))
        fail_msg("a folded value was left in %s", out);
    body_forward(phone, out, sizeof out);
    if (strstr(out, "496 0007"))
        fail_msg("a folded phone number was left in %s", out);
    body_forward(shortline, out, sizeof out);
    if (!strstr(out, "info@example."))
        fail_msg("a short line's break was read as a fold in %s", out);
}

static void test_latex_and_rtf_escapes_read_as_letters(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: J\\\"urgen Schr\\\"oder\n", "PERSON=J\\\"urgen Schr\\\"oder"},
        {"Name: Bj\\'f6rn Schr\\'f6der\n", "PERSON=Bj\\'f6rn Schr\\'f6der"},
        {"E-Mail: \\href{mailto:maria.keller@web.de}{\\texttt{maria.keller@web.de}}",
         "EMAIL=maria.keller@web.de;EMAIL=maria.keller@web.de"},
    };
    CHECK(def_engine, c);
}

static void test_escaped_name_restores_as_written(void **state)
{
    (void)state;
    static const char req[] = "{\"messages\":[{\"role\":\"user\",\"content\":"
                              "\"Name: J\\\\\\\"urgen Schr\\\\\\\"oder\\n\"}]}";
    static const char want[] = "Dear J\\\"urgen Schr\\\"oder";
    anon_session_t *s;
    char *r = rewrite_openai(req, &s);
    lacks(r, "urgen");
    has(r, "[PERSON_1]");
    restores(s, "Dear [PERSON_1]", want);
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_folded_ics_line_keeps_an_address_whole),
        cmocka_unit_test(test_latex_and_rtf_escapes_read_as_letters),
        cmocka_unit_test(test_escaped_name_restores_as_written),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
