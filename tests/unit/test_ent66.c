/* test_ent66.c: values with an escape or an encoding inside them (branch ent66,
 * contrib/bench/accuracy/notes/ent66.md). The detection view (engine_view_decode.c) reads a
 * letter percent-encoded as its UTF-8 bytes ("M%C3%BCller" in a form post), hex-escaped by a
 * shell ($'J\xc3\xb6rg' in a bash -x trace) or written as a \u escape escaped once more (JSON
 * inside a JSON string pasted after prose) as that letter, and a LaTeX accent in a brace group of
 * its own ("{\"e}", "{\l}", markup50.c) with its braces; the token replaces the encoded bytes.
 * The same encodings around a path, a town or a product stay as written; a mail's Message-ID,
 * In-Reply-To and References ids are no addresses (validate_net.c).
 */
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

#define USER_OPEN "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\""
#define USER_CLOSE "\"}]}"

static void has(const char *r, const char *want)
{
    if (!strstr(r, want))
        fail_msg("no %s in %s", want, r);
}

static void lacks(const char *r, const char *gone)
{
    if (strstr(r, gone))
        fail_msg("%s still in %s", gone, r);
}

/* Before: the name went out as written; only "Gro" of the street was taken. */
static void test_percent_encoded_letters_in_a_form_post(void **state)
{
    (void)state;
    char *r = rewrite_json(USER_OPEN
                           "POST /checkout\\nfirst_name=J%C3%BCrgen&last_name=M%C3%BCller&street="
                           "Gro%C3%9Fe+B%C3%A4ckerstra%C3%9Fe+16&next=%2Fdocs%2Fcaf%C3%A9%2Fmenu."
                           "html" USER_CLOSE);
    lacks(r, "J%C3%BCrgen");
    lacks(r, "M%C3%BCller");
    lacks(r, "B%C3%A4ckerstra");
    has(r, "&next=%2Fdocs%2Fcaf%C3%A9%2Fmenu.html");
    free(r);
}

/* Before: the traced name left in its \x escapes. */
static void test_shell_hex_escaped_letters(void **state)
{
    (void)state;
    char *r =
        rewrite_json(USER_OPEN "+ CUSTOMER=$'J\\\\xc3\\\\xb6rg D\\\\xc3\\\\xbcring'\\n+ export "
                               "CITY=$'M\\\\xc3\\\\xbcnchen'" USER_CLOSE);
    lacks(r, "rg D");
    has(r, "CUSTOMER=$'[PERSON_1]'");
    has(r, "CITY=$'M\\\\xc3\\\\xbcnchen'");
    free(r);
}

/* Before: JSON inside a JSON string after prose (not parsed as JSON) kept "I\\u00f1aki". */
static void test_unicode_escape_escaped_twice(void **state)
{
    (void)state;
    char *r = rewrite_json(
        USER_OPEN "Tool result:\\n{\\\"function\\\":{\\\"arguments\\\":\\\"{\\\\\\\"note\\\\\\\":"
                  "\\\\\\\"call I\\\\\\\\u00f1aki Mu\\\\\\\\u00f1oz tomorrow, not the "
                  "M\\\\\\\\u00fcnchen team\\\\\\\"}\\\"}}" USER_CLOSE);
    lacks(r, "u00f1aki");
    has(r, "call [PERSON_1] tomorrow");
    has(r, "M\\\\\\\\u00fcnchen team");
    free(r);
}

/* Before: a LaTeX accent in a brace group of its own cut the name at each group. */
static void test_latex_accents_in_brace_groups(void **state)
{
    (void)state;
    char *r =
        rewrite_json(USER_OPEN "\\\\setkomavar{fromname}{H{\\\\'e}l{\\\\`e}ne No{\\\\\\\"e}l}\\n"
                               "\\\\closing{Kind regards, Wi{\\\\'s}niewski}" USER_CLOSE);
    lacks(r, "ne No{");
    lacks(r, "niewski");
    has(r, "{fromname}{[PERSON_1]}");
    free(r);
}

/* Before: the Message-ID and the References ids were taken for addresses; the sender's stays one.
 */
static void test_message_ids_are_no_addresses(void **state)
{
    (void)state;
    char *r =
        rewrite_json(USER_OPEN "From: Maria Keller <maria.keller@posteo.de>\\nMessage-ID: "
                               "<932774.88.JavaMail.svc@mx18.seznam.cz>\\nReferences: "
                               "<a1b2.77@mail.gmx.net> <20261208.4411@mx.web.de>\\n" USER_CLOSE);
    lacks(r, "maria.keller@posteo.de");
    has(r, "Message-ID: <932774.88.JavaMail.svc@mx18.seznam.cz>");
    has(r, "References: <a1b2.77@mail.gmx.net> <20261208.4411@mx.web.de>");
    free(r);
}

static void test_every_ent66_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("first_name=J%C3%BCrgen&last_name=M%C3%BCller&x=%C3%A\n"
                      "+ C=$'J\\xc3\\xb6rg D\\xc3\\xbcring' $'\\xc3\\xb\n"
                      "{\"n\":\"I\\\\u00f1aki Mu\\\\u00f1oz\\\\u00f\n"
                      "H{\\'e}l{\\`e}ne No{\\\"e}l Wi{\\'s}niewski {\\l}{\\i}{\\.Z}{\\l\n"
                      "Message-ID: <1.2@mx.example.net>\nReferences: <a@b.c> <");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_percent_encoded_letters_in_a_form_post),
        cmocka_unit_test(test_shell_hex_escaped_letters),
        cmocka_unit_test(test_unicode_escape_escaped_twice),
        cmocka_unit_test(test_latex_accents_in_brace_groups),
        cmocka_unit_test(test_message_ids_are_no_addresses),
        cmocka_unit_test(test_every_ent66_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
