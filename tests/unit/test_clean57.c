/* test_clean57.c: look-alikes found on PII-free text from outside the repository (branch clean57,
 * contrib/bench/accuracy/clean_types.py's new sources and notes/clean57.md) stay as written
 * through a rewrite: font families in a fontconfig file, a usage line's placeholders that open
 * the lines describing them, a copyright year before a name, a release's date after its quoted
 * name, code where a secret's value would stand (a member of a credential object, a variable
 * named like a secret, nullptr, a short hex constant, a number with separators, exports.X) and a
 * quoted section number. Beside each, the value of the same shape that must still go.
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

static void test_fontconfig_families_are_no_people(void **state)
{
    (void)state;
    user_text_stays(
        "<match target=\\\"pattern\\\">\\n\\t<test name=\\\"family\\\"><string>serif</string>"
        "</test>\\n\\t<edit name=\\\"family\\\" mode=\\\"append\\\">\\n\\t\\t<family>Lohit "
        "Bengali</family>\\n\\t\\t<family>VL Gothic</family> <!-- han (ja) -->\\n\\t</edit>\\n"
        "</match>\\n");
    user_text_stays(
        "<alias>\\n\\t<family>Baekmuk Gulim</family>\\n\\t<default><family>sans-serif</family>"
        "</default>\\n</alias>\\n");
    /* a long <prefer> list: its element is out of sight, three families in a row */
    user_text_stays("\\t\\t\\t<family>Mukti Narrow</family> <!-- bengali -->\\n\\t\\t\\t<family>"
                    "Hapax Berb\\u00e8re</family> <!-- tifinagh -->\\n\\t\\t\\t<family>Kochi Mincho"
                    "</family>\\n\\t\\t\\t<family>Baekmuk Batang</family> <!-- hangul (ko) -->\\n");
    /* a person in a comment beside a family is a person */
    user_text_masked(
        "<alias>\\n\\t\\t<family>XITS Math</family> <!-- Khaled Hosny -->\\n\\t\\t<default>"
        "<family>math</family></default>\\n</alias>\\n",
        "<!-- [PERSON_1] -->");
    /* HL7's family beside given is a surname */
    user_text_masked(
        "<patient>\\n  <name>\\n    <given>Maria</given>\\n    <family>Keller</family>\\n  "
        "</name>\\n</patient>\\n",
        "<family>[PERSON_2]</family>");
}

static void test_usage_placeholders_are_no_irc_nicks(void **state)
{
    (void)state;
    user_text_stays(
        "  fixup_qt4_executable(<executable>\\n    [<qtplugins> <libs> <dirs> <plugins_dir>])"
        "\\n\\n<qtplugins> should contain a list of the names of any Qt\\nplugins to be "
        "installed.\\n\\n<libs> will be passed to BundleUtilities.\\n");
    user_text_masked("<anna> morning all\\n<tom> hi anna\\n", "<[PERSON_1]> morning all");
    /* a nick quoted inside a chat line is still a nick */
    user_text_masked("<anna> morning all\\n<tom> <anna> said hi\\n<tom> ping <anna>\\n",
                     "<[PERSON_1]> morning all");
    user_text_masked("[10:01] <anna> morning all\\n[10:02] <tom> ping <anna>\\n",
                     "<[PERSON_1]> morning all");
    user_text_masked("[10:02] <anna> morning all\\n[10:03] <tom> hey anna\\n",
                     "<[PERSON_1]> morning all");
}

static void test_copyright_year_is_no_house_number(void **state)
{
    (void)state;
    char *r = rewrite(USER_OPEN " * Copyright 2004 Nicholas Miell\\n * Copyright 2005 Lars Knoll "
                                "& Zack Rusin, Trolltech\\n" USER_CLOSE,
                      NULL);
    lacks(r, "STREET_ADDRESS");
    free(r);
    user_text_masked("Ship it to 2005 Lars Knoll, Austin, TX 78701\\n", "[STREET_ADDRESS_1]");
}

static void test_release_date_after_quoted_name_is_no_birth(void **state)
{
    (void)state;
    char *r = rewrite(USER_OPEN "3.3.5 \\\"Happy Birthday Beddy\\\" (2014-01-22)\\n  libsensors: "
                                "Improve documentation\\n" USER_CLOSE,
                      NULL);
    has(r, "(2014-01-22)");
    free(r);
    user_text_masked("Born: 2014-01-22\\n", "[DATE_OF_BIRTH_1]");
}

static void test_code_where_a_secret_stands_stays(void **state)
{
    (void)state;
    user_text_stays("            const options = {\\n                apiKey: credential.type === "
                    "\\\"apiKey\\\" ? credential.value : null,\\n            };\\n");
    user_text_stays(
        "        const body = {\\n            subject_token: subjectToken,\\n        };\\n"
        "        this.cachedToken = {\\n            token: accessToken,\\n            "
        "expiresAt,\\n        };\\n");
    user_text_stays(
        "token: nullptr\\nsecret = 0x02\\napi_key = exports.apiKey\\nmax_token = 10_000\\n");
    user_text_masked("token: sk-abc123def456ghi789\\n", "[SECRET_1]");
    user_text_masked("secret = 0x9f8e7d6c5b4a39281706f5e4d3c2b1a0\\n", "[SECRET_1]");
    user_text_masked("password: MySecretPassword\\n", "[SECRET_1]");
    user_text_masked("password: hunter2\\n", "[SECRET_1]");
    user_text_masked("private-key: 0x7f3a9c\\n", "[SECRET_1]");
}

static void test_quoted_section_number_is_no_address(void **state)
{
    (void)state;
    user_text_stays(
        "    # According to the HTML5 specs sections \\\"8.2.4.44 Bogus comment state\\\"\\n");
    user_text_masked("see the server at 8.2.4.44 (our box)\\n", "[IPV4_1]");
}

static void test_clause_number_opening_a_comment_is_no_address(void **state)
{
    (void)state;
    user_text_stays("      // 4.2.6.1\\n      if (operation.response == null) {\\n");
    user_text_stays("\\t// 20.11.5.2 observer\\n\\tconstexpr rep\\n");
    user_text_stays("enum {\\n\\t/* 30.3.3.3 aMACControlFramesTransmitted */\\n\\tETHTOOL_A_X,\\n");
    user_text_masked("      // 23.4.5.6:22 is the bastion\\n", "[IPV4_1]");
    user_text_masked("      // connect to 23.4.5.6 first\\n", "[IPV4_1]");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fontconfig_families_are_no_people),
        cmocka_unit_test(test_usage_placeholders_are_no_irc_nicks),
        cmocka_unit_test(test_copyright_year_is_no_house_number),
        cmocka_unit_test(test_release_date_after_quoted_name_is_no_birth),
        cmocka_unit_test(test_code_where_a_secret_stands_stays),
        cmocka_unit_test(test_quoted_section_number_is_no_address),
        cmocka_unit_test(test_clause_number_opening_a_comment_is_no_address),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
