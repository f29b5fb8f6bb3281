/* test_detect_speedag.c: SECRET's key check before its pattern runs (branch speedag). The sweep
 * asks anon_a_secret_key() at a trigger literal ("d:", "n =", "y\":") whether a secret word ends
 * at the key's last letter and runs SECRET's anchored pattern only when one does: code and logs
 * are full of "name: ", "type=", "id\": " that anon_c_secret_key() rejected after the match. The
 * skip is exact only while every value a match there can have is one the context check rejects:
 * a random text test pins that against the pattern itself, and the cases below keep the answers
 * main gave before the change (taken with a program linked against main's library, 1876358,
 * /work/fc/build-start37, and against the branch's: the same output). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "findings.h"

#include "anonymize/anon_internal.h"

#include "default_engine.h"

static const anon_detector_def_t *secret_def(void)
{
    for (size_t i = 0; i < anon_pack_secrets.ndefs; i++)
        if (strcmp(anon_pack_secrets.defs[i].type, "SECRET") == 0)
            return &anon_pack_secrets.defs[i];
    return NULL;
}

/* The sweep anchors the pattern where the literal starts: every literal starts at the key's
 * last letter, and the detector is neither a window nor an around one. */
static void test_secret_literals_start_at_the_keys_last_letter(void **state)
{
    (void)state;
    const anon_detector_def_t *d = secret_def();
    assert_non_null(d);
    assert_int_equal(d->flags & (ANON_DF_WINDOW | ANON_DF_AROUND), 0);
    for (size_t i = 0; d->literals[i]; i++) {
        char c = d->literals[i][0];
        assert_true((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
}

static uint64_t rng = 20261204;

static unsigned next_rand(unsigned n)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)((rng >> 33) % n);
}

/* A random text of key-ish pieces: secret words in any case, other words, humps, digits,
 * quotes, backslashes, blanks, separators, line breaks and a two-byte letter. */
static size_t random_text(char *buf, size_t cap)
{
    static const char *const pieces[] = {"password",
                                         "PASSWORD",
                                         "Password",
                                         "passwd",
                                         "pass",
                                         "pwd",
                                         "PWD",
                                         "secret",
                                         "Secret",
                                         "token",
                                         "Token",
                                         "TOKEN",
                                         "api_key",
                                         "api-key",
                                         "apikey",
                                         "apiKey",
                                         "access_key",
                                         "private_key",
                                         "privateKey",
                                         "app_key",
                                         "signing-key",
                                         "master_key",
                                         "encryption_key",
                                         "secret_key",
                                         "passphrase",
                                         "key",
                                         "name",
                                         "type",
                                         "id",
                                         "com",
                                         "by",
                                         "my",
                                         "x",
                                         "A",
                                         "b",
                                         "9",
                                         "42",
                                         "_",
                                         "-",
                                         ".",
                                         "/",
                                         "$",
                                         "{",
                                         "}",
                                         "(",
                                         "[",
                                         "\"",
                                         "\"",
                                         "'",
                                         "\\",
                                         "\\\"",
                                         " ",
                                         " ",
                                         "  ",
                                         "\t",
                                         "=",
                                         "=",
                                         ":",
                                         ":",
                                         "=>",
                                         ":=",
                                         "==",
                                         ">",
                                         ";",
                                         ",",
                                         "\n",
                                         "\\n",
                                         "\xc3\xa9",
                                         "abc123",
                                         "hunter2",
                                         "Xy9",
                                         "****",
                                         "str",
                                         "none",
                                         "None",
                                         "os.env"};
    size_t n = 0, k = 1 + next_rand(12);
    for (size_t i = 0; i < k; i++) {
        const char *p = pieces[next_rand(sizeof pieces / sizeof pieces[0])];
        size_t l = strlen(p);
        if (n + l + 1 > cap)
            break;
        memcpy(buf + n, p, l);
        n += l;
    }
    buf[n] = '\0';
    return n;
}

/* Wherever SECRET's anchored pattern, its validator and its context check take a value, the
 * question asked before the pattern runs says yes at the same place: the skip drops no value.
 * (And the texts hold enough of both answers to mean something.) */
static void test_secret_anchor_check_never_drops_a_value(void **state)
{
    (void)state;
    const anon_detector_def_t *d = secret_def();
    assert_non_null(d);
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)d->pattern, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    assert_non_null(re);
    int vg = pcre2_substring_number_from_name(re, (PCRE2_SPTR) "v");
    assert_true(vg > 0);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    assert_non_null(md);
    size_t taken = 0, skipped = 0, matched_but_rejected = 0;
    char text[160];
    for (int round = 0; round < 60000; round++) {
        size_t len = random_text(text, sizeof text);
        for (size_t i = 0; i < len; i++) {
            char c = text[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                continue;
            int ask = anon_a_secret_key(text, i);
            int rc = pcre2_match(re, (PCRE2_SPTR)text, len, i, PCRE2_ANCHORED, md, NULL);
            if (rc < 0) {
                assert_int_equal(rc, PCRE2_ERROR_NOMATCH);
                skipped += !ask;
                continue;
            }
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            size_t vs = ov[0], ve = ov[1];
            if (rc > vg && ov[2 * vg] != PCRE2_UNSET) {
                vs = ov[2 * vg];
                ve = ov[2 * vg + 1];
            }
            size_t ok = ve - vs;
            if (ok && d->validate)
                ok = d->validate(text + vs, ve - vs);
            if (ok && anon_c_secret_key(text, len, vs, vs + ok)) {
                if (!ask)
                    fail_msg("value %.*s of \"%s\" at %zu: the anchor check says no", (int)ok,
                             text + vs, text, i);
                taken++;
            } else {
                matched_but_rejected++;
                skipped += !ask;
            }
        }
    }
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    assert_true(taken > 1000);
    assert_true(skipped > 1000);
    assert_true(matched_but_rejected > 1000);
}

/* Keys of every shape through the engine: separators, quotes, escaped JSON, camelCase humps,
 * digits, a word inside another, prose, code, a two-byte letter before or after the key. */
static void test_secret_keys_give_mains_answers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"password=hunter2x", "SECRET=hunter2x"},
        {"PASSWORD=Hunter2x!", "SECRET=Hunter2x!"},
        {"db_password = s3cr3t-Value", "SECRET=s3cr3t-Value"},
        {"DB_PASSWORD: \"s3cr3t value\"", "SECRET=s3cr3t value"},
        {"\"password\": \"correct horse battery\"", "SECRET=correct horse battery"},
        {"{\\\"password\\\": \\\"s3cr3t\\\"}", "SECRET=s3cr3t"},
        {"{\\\"apiKey\\\":\\\"AbC123xyZ\\\"}", "SECRET=AbC123xyZ"},
        {"'api_key' => 'xYz9876543'", ""},
        {"api-key:=abcd1234efgh", "SECRET=abcd1234efgh"},
        {"apikey :  'q1w2e3r4'", "SECRET=q1w2e3r4"},
        {"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
        {"secretKey: aB3dE5fG7h", "SECRET=aB3dE5fG7h"},
        {"secret_key=\"zz9zz9zz9\"", "SECRET=zz9zz9zz9"},
        {"privateKey = MIIEvQIBADANBg", "SECRET=MIIEvQIBADANBg"},
        {"private-key: 0x7f3a9c", "SECRET=0x7f3a9c"},
        {"encryption_key=deadbeef1234", "SECRET=deadbeef1234"},
        {"signingKey: sk9-8877", ""},
        {"masterKey => \"m4st3r\"", ""},
        {"appKey='abc-123-def'", "SECRET=abc-123-def"},
        {"app_key: xyz.789.abc", "SECRET=xyz.789.abc"},
        {"Pwd=Tr0ub4dor;", "SECRET=Tr0ub4dor"},
        {"OLDPWD=/home/alex", ""},
        {"passwd: letmein42", "SECRET=letmein42"},
        {"passphrase = \"a long phrase here\"", "SECRET=a long phrase here"},
        {"pass: x9y8z7", "SECRET=x9y8z7"},
        {"compass: north-2", ""},
        {"bypass = true", ""},
        {"max_tokens: 4096", ""},
        {"token: eyJhbGciOi.abc", "SECRET=eyJhbGciOi.abc"},
        {"access_token = ya29.a0AfH6SMB", "SECRET=ya29.a0AfH6SMB"},
        {"refresh_token: 1//0gLx-abc", "SECRET=1//0gLx-abc"},
        {"x_token=Z9z9Z9z9", "SECRET=Z9z9Z9z9"},
        {"authToken: \"abcDEF123\"", "SECRET=abcDEF123"},
        {"auth2Token: \"abcDEF123\"", "SECRET=abcDEF123"},
        {"auth_2token: \"abcDEF123\"", ""},
        {"myToken=qwerty12", "SECRET=qwerty12"},
        {"mytoken=qwerty12", ""},
        {"MYTOKEN=qwerty12", ""},
        {"Token: The user's token", ""},
        {"SECRET: the value", ""},
        {"secretName: my-secret", ""},
        {"client_secret: 8fGh2jK9", "SECRET=8fGh2jK9"},
        {"clientSecret\t=\t\"8fGh2jK9\"", "SECRET=8fGh2jK9"},
        {"client_secret\t:\tabc123def", ""},
        {"\"secret\" : \"x7y8z9\"", ""},
        {"secret= 'quoted value'", "SECRET=quoted value"},
        {"secret:= dollars$123", "SECRET=dollars$123"},
        {"password: ${DB_PASS}", ""},
        {"password = os.environ[\"DB_PASSWORD\"]", ""},
        {"password: Optional[str] = None", ""},
        {"token: str", ""},
        {"token = getenv(\"TOKEN\")", ""},
        {"password = \"********\"", ""},
        {"password: xxxxxxxx", ""},
        {"name: Maria Keller", "PERSON=Maria Keller"},
        {"user=alex host=db1 password=pa55word port=5432", "SECRET=pa55word"},
        {"key: value", ""},
        {"api_key: a\napi_key: bb1234\npassword=", "SECRET=bb1234"},
        {"stripe_api_key\\\\\\\": \\\\\\\"sk_abc123\\\\\\\"", ""},
        {"\\\"token\\\":\\\"abc\\\",\\\"password\\\":\\\"p4ss\\\"", "SECRET=p4ss"},
        {"the password is hunter2 and token= 12ab34cd", "SECRET=12ab34cd"},
        {"note: passwords= aa11bb22", ""},
        {"mypassword=aa11bb22", ""},
        {"my_password=aa11bb22", "SECRET=aa11bb22"},
        {"1Password=aa11bb22", "SECRET=aa11bb22"},
        {"9password=aa11bb22", ""},
        {"pass_word=aa11bb22", ""},
        {"Password : \"x y z\"", "SECRET=x y z"},
        {"password  =  'abc def'", ""},
        {"password=", ""},
        {"password=\"", ""},
        {"password:\"abc", ""},
        {"password\\\\\"=abc123", ""},
        {"password'=abc123", "SECRET=abc123"},
        {"password\"=abc123", "SECRET=abc123"},
        {"password\": \"abc123\"", "SECRET=abc123"},
        {"password\xc3\xa9=abc123", ""},
        {"\xc3\xa9password=abc123", "SECRET=abc123"},
        {"\xc3\x9c"
         "BERpassword=abc123",
         ""},
        {"mot de passe: abc123x", ""},
        {"Passwort: geheim123", ""},
        {"contrase\xc3\xb1"
         "a: secreto12",
         ""},
        {"token => 'abc123'", "SECRET=abc123"},
        {"token =>abc123", "SECRET=abc123"},
        /* a value that opens with '=' is a comparison's second byte, no secret (branch clean56:
         * "if token == self.eof" in Python's shlex gave SECRET "=") */
        {"token : = abc123", ""},
        {"token:=: abc123", "SECRET=:"},
        {"token == abc123", ""},
        {"token=>=abc", ""},
        {"SECRET_TOKEN=abc123def", "SECRET=abc123def"},
        {"SECRET_TOKEN =abc123def ; other", "SECRET=abc123def"},
        {"GITHUB_TOKEN: ghp_notreally", "SECRET=ghp_notreally"},
        {"api_key=AIzaSyA-1234567890abcdefghijklmnopqrs",
         "SECRET=AIzaSyA-1234567890abcdefghijklmnopqrs"},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_secret_literals_start_at_the_keys_last_letter),
        cmocka_unit_test(test_secret_anchor_check_never_drops_a_value),
        cmocka_unit_test(test_secret_keys_give_mains_answers),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
