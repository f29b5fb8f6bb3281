/* test_clean56.c: look-alikes found on real PII-free text (branch clean56,
 * contrib/bench/accuracy/clean_types.py and notes/clean56.md) stay as written through a rewrite:
 * code that reads a secret (a comparison, an options object's member, a member assigned from a
 * variable, a print list between strings), four-part versions in NEWS headings, after
 * "versions before" and in a quoted "name version", a file's birthtime beside a date, and Perl's
 * package arrays (@ISA) read as mentions, a title glued after a bracket. Beside each, the value of
 * the same shape that must still go.
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

static void test_secret_comparison_is_no_value(void **state)
{
    (void)state;
    user_text_stays("        token = self.get_token()\\n        if token == self.eof:\\n"
                    "            raise StopIteration\\n");
    user_text_stays("        this.apiKey = typeof apiKey === 'string' ? apiKey : null;\\n");
}

static void test_secret_read_from_an_options_object_stays(void **state)
{
    (void)state;
    user_text_stays("    const hasSecretKey = options.secretAccessKey !== undefined;\\n");
    user_text_stays("        secretAccessKey: options.secretAccessKey,\\n        sessionToken: "
                    "options.sessionToken,\\n");
    user_text_stays("            apiKey: this._options.apiKey,\\n");
    user_text_stays("          password: opts.password || password,\\n");
    user_text_masked("token = sk-abc123def456ghi789\\n", "[SECRET_1]");
}

static void test_member_assigned_from_a_variable_stays(void **state)
{
    (void)state;
    user_text_stays(
        "                    self.token = nextchar\\n                    self.state = 'a'\\n");
    user_text_stays("        this.apiKey = token;\\n        return true;\\n");
    user_text_stays("        this.webhookSecret = webhookSecret;\\n");
    /* a properties file's key has no blank before its '=', a variable has no dot before it */
    user_text_masked("spring.datasource.password=secretpass\\n", "[SECRET_1]");
    user_text_masked("DB_PASSWORD = hunterpass\\n", "[SECRET_1]");
}

static void test_print_list_between_strings_stays(void **state)
{
    (void)state;
    user_text_stays("    $DEBUG and print STDERR \\\"Token: \\\", $token->dump, \\\"\\\\n\\\";\\n");
}

static void test_four_part_versions_in_release_notes_stay(void **state)
{
    (void)state;
    user_text_stays("man-db 2.8.6.1 (5 August 2019)\\n===========================\\n\\n"
                    " * Fix a crash.\\n");
    user_text_stays(
        "    (Closes: #1000) and supported\\n    upgrades from versions before 1.7.9.5 (the "
        "version in Ubuntu 12.04)\\n");
    user_text_stays(".TH COB-CONFIG \\\"1\\\" \\\"September 2022\\\" \\\"cob-config 3.1.2.0\\\" "
                    "\\\"User Commands\\\"\\n");
    /* an address after a network word keeps going, a year in parentheses or not */
    user_text_masked("ssh from 23.4.5.6 (a box set up in 2019)\\n", "[IPV4_1]");
}

static void test_birthtime_is_no_birth_word(void **state)
{
    (void)state;
    char *r = rewrite(USER_OPEN "Sep 17, 2008: Pedro Giffuni: birthtime support\\n"
                                "Sep 17, 2008: Miklos Vajna: lzma reader and test.\\n" USER_CLOSE,
                      NULL);
    has(r, "Sep 17, 2008: ");
    lacks(r, "DATE_OF_BIRTH");
    free(r);
    user_text_masked("Birth: Sep 17, 2008\\n", "[DATE_OF_BIRTH_1]");
}

/* Perl's package arrays are no mentions; a handle after a cue still is */
static void test_perl_package_arrays_are_no_mentions(void **state)
{
    (void)state;
    user_text_stays("require Exporter;\\nour ($VERSION, @ISA, @EXPORT, %EXPORT_TAGS);\\n"
                    "@ISA = qw(Exporter);\\n");
    user_text_masked("thanks @isa for the review\\n", "@[PERSON_1]");
    user_text_masked("cc @maria, @jonas can you check\\n", "@[PERSON_2]");
}

/* a title glued after a bracket is an escape sequence's letter: "esc[m Debian #830313" */
static void test_title_glued_after_a_bracket_is_no_title(void **state)
{
    (void)state;
    user_text_stays("  * watch: better handling ANSI including esc[m            Debian #830313\\n");
    user_text_masked("[Mr Jonas Keller] called\\n", "[PERSON_1]");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_secret_comparison_is_no_value),
        cmocka_unit_test(test_secret_read_from_an_options_object_stays),
        cmocka_unit_test(test_member_assigned_from_a_variable_stays),
        cmocka_unit_test(test_print_list_between_strings_stays),
        cmocka_unit_test(test_four_part_versions_in_release_notes_stay),
        cmocka_unit_test(test_birthtime_is_no_birth_word),
        cmocka_unit_test(test_perl_package_arrays_are_no_mentions),
        cmocka_unit_test(test_title_glued_after_a_bracket_is_no_title),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
