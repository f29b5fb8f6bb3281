/* test_ag61.c: the cost round ag61 of stop 61 (issue 19 (g), exact): the agent body's per-key and
 * per-trigger look-ups made cheaper with the same answers.
 * - validate_secret.c's anon_secret_key_end() turns a key ending in 'y' away unless it ends in
 *   "key" (every word of that bucket does): pinned against the old loop, copied here, over every
 *   secret word in three cases, 8 bytes before it, and each of its last three bytes changed to
 *   all 256 values.
 * - session_keys.c's member_hint() finds a key matched whole in a hash table, not a walk of the
 *   ~115 words: a key of each list gives its list's hint in any case and spelling, and keys one
 *   byte off give none.
 * - session_keys.c's keyword buckets (anon_member_label()) built by a counting sort: the labels
 *   of phone, SSN, card, code and secret keys as before.
 * - names_chat.c's nw_chat_speakers() skips a line whose first byte opens no speaker, quote,
 *   frame or closing: a chat of three speakers with each of the 256 bytes before one line or
 *   every line, and a transcript after code lines, give the findings the start gave (a digest of
 *   every finding of the grid, recorded from the start build's library).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/names.h"

/* test_speaker_lines_as_before()'s grid on the start build (7019607a): its findings and digest */
#ifndef SPEAKER_FINDINGS
#define SPEAKER_FINDINGS 5028
#define SPEAKER_DIGEST 0xd476b52f19657f08ull
#endif

static const char *const secret_words[] = {
    "password",    "passwd",      "pwd",        "passphrase", "pass",           "secret",
    "token",       "api_key",     "api-key",    "apikey",     "access_key",     "access-key",
    "accesskey",   "secret_key",  "secret-key", "secretkey",  "private_key",    "private-key",
    "privatekey",  "app_key",     "app-key",    "appkey",     "encryption_key", "encryption-key",
    "signing_key", "signing-key", "master_key", "master-key"};
enum { NSECRET = sizeof secret_words / sizeof secret_words[0] };

static int alpha(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The start's anon_secret_key_end(): every word compared from its last byte back. */
static int old_key_end(const char *text, size_t p)
{
    for (size_t w = 0; w < NSECRET; w++) {
        size_t k = strlen(secret_words[w]), j = k;
        if (k > p)
            continue;
        while (j > 0) {
            char c = text[p - k + j - 1];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != secret_words[w][j - 1])
                break;
            j--;
        }
        if (j)
            continue;
        size_t b = p - k;
        if (b == 0 || !(alpha(text[b - 1]) || digit(text[b - 1])))
            return 1;
        if ((text[b - 1] >= 'a' && text[b - 1] <= 'z') && text[b] >= 'A' && text[b] <= 'Z')
            return 1;
        if (digit(text[b - 1]) && text[b] >= 'A' && text[b] <= 'Z')
            return 1;
    }
    return 0;
}

static void cased(char *out, const char *w, int how)
{
    size_t n = strlen(w);
    for (size_t i = 0; i <= n; i++) {
        char c = w[i];
        if (how == 1 && c >= 'a' && c <= 'z')
            c -= 32;
        if (how == 2 && i == 0 && c >= 'a' && c <= 'z')
            c -= 32; /* "Token", a hump after the prefix */
        out[i] = c;
    }
}

static void test_secret_key_end_as_before(void **state)
{
    (void)state;
    static const char *const before[] = {"",     "x",  "db_", "my", "my.",     "9",
                                         "user", "A-", " ",   "\"", "\xC3\xA9"};
    size_t found = 0, asked = 0;
    for (size_t w = 0; w < NSECRET; w++)
        for (int how = 0; how < 3; how++)
            for (size_t b = 0; b < sizeof before / sizeof before[0]; b++) {
                char word[32], text[64];
                cased(word, secret_words[w], how);
                int n = snprintf(text, sizeof text, "%s%s", before[b], word);
                size_t p = (size_t)n;
                assert_int_equal(anon_secret_key_end(text, p), old_key_end(text, p));
                found += (size_t)old_key_end(text, p);
                for (size_t back = 1; back <= 3 && back <= p; back++)
                    for (int v = 0; v < 256; v++) {
                        char m[64];
                        memcpy(m, text, p + 1);
                        m[p - back] = (char)v;
                        asked++;
                        if (anon_secret_key_end(m, p) != old_key_end(m, p))
                            print_error("differs: %zu %d at -%zu\n", w, v, back);
                        assert_int_equal(anon_secret_key_end(m, p), old_key_end(m, p));
                    }
            }
    assert_true(found > NSECRET * 2); /* the words themselves are found */
    assert_true(asked > 50000);
    /* the keys of the agent body that reached the 'y' bucket: none is a secret's */
    static const char *const plain[] = {"body", "qty", "key", "monkey", "Key", "ky", "y"};
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
        assert_int_equal(anon_secret_key_end(plain[i], strlen(plain[i])),
                         old_key_end(plain[i], strlen(plain[i])));
}

static void test_member_hint_table(void **state)
{
    (void)state;
    static const struct {
        const char *key;
        int hint;
    } keys[] = {
        {"name", ANON_NAMES_HINT_NAME},
        {"Name", ANON_NAMES_HINT_NAME},
        {"nom", ANON_NAMES_HINT_NAME},
        {"author", ANON_NAMES_HINT_NAME},
        {"fullName", ANON_NAMES_HINT_PERSON},
        {"full_name", ANON_NAMES_HINT_PERSON},
        {"FULL NAME", ANON_NAMES_HINT_PERSON},
        {"Patient Name", ANON_NAMES_HINT_PERSON},
        {"pr\xC3\xA9nom", ANON_NAMES_HINT_PERSON},
        {"attendees", ANON_NAMES_HINT_PERSON},
        {"people", ANON_NAMES_HINT_PERSON},
        {"street", ANON_NAMES_HINT_STREET},
        {"address_line_1", ANON_NAMES_HINT_STREET},
        {"stra\xC3\x9F"
         "e",
         ANON_NAMES_HINT_STREET},
        {"houseNumber", ANON_NAMES_HINT_ADDR_PART},
        {"line2", ANON_NAMES_HINT_ADDR_PART},
        {"dob", ANON_NAMES_HINT_DOB},
        {"patientDob", ANON_NAMES_HINT_DOB},
        {"content", ANON_NAMES_HINT_NONE},
        {"role", ANON_NAMES_HINT_NONE},
        {"tool_call_id", ANON_NAMES_HINT_NONE},
        {"arguments", ANON_NAMES_HINT_NONE},
        {"names", ANON_NAMES_HINT_NONE},
        {"nam", ANON_NAMES_HINT_NONE},
        {"xname", ANON_NAMES_HINT_NONE},
        {"streets", ANON_NAMES_HINT_NONE},
        {"", ANON_NAMES_HINT_NONE},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        int h = anon_member_hint(keys[i].key, strlen(keys[i].key));
        if (h != keys[i].hint)
            print_error("%s: %d, not %d\n", keys[i].key, h, keys[i].hint);
        assert_int_equal(h, keys[i].hint);
    }
    /* a key of the lists with one letter changed: no whole match ("nane", "fullnamf") */
    static const char *const whole[] = {"name", "fullname", "attendees", "street", "housenumber"};
    for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++) {
        char k[32];
        size_t n = strlen(whole[i]);
        for (size_t j = 0; j < n; j++)
            for (char c = 'a'; c <= 'z'; c++) {
                memcpy(k, whole[i], n + 1);
                if (k[j] == c)
                    continue;
                k[j] = c;
                int h = anon_member_hint(k, n);
                assert_true(h == ANON_NAMES_HINT_NONE || h == ANON_NAMES_HINT_DOB ||
                            strcmp(k, "nome") == 0 || strcmp(k, "naam") == 0);
            }
    }
}

static void test_member_labels(void **state)
{
    (void)state;
    static const struct {
        const char *key, *label;
    } keys[] = {
        {"phone", "phone: "},
        {"contactMobileNo", "phone: "},
        {"msisdn", "phone: "},
        {"phoneNumbers", "phone: "},
        {"ssn", "ssn: "},
        {"ssn_parts", "ssn: "},
        {"card_number_groups", "card: "},
        {"kartennummer", "card: "},
        {"cvv", "cvv: "},
        {"security_code", "cvv: "},
        {"api_key", "api_key"},
        {"password", "password"},
        {"content", NULL},
        {"role", NULL},
        {"hotel", NULL},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        size_t len = 0;
        const char *l = anon_member_label(keys[i].key, strlen(keys[i].key), &len);
        if (!keys[i].label) {
            assert_null(l);
            continue;
        }
        assert_non_null(l);
        if (len != strlen(keys[i].label) || memcmp(l, keys[i].label, len) != 0)
            print_error("%s: %.*s\n", keys[i].key, (int)len, l);
        assert_int_equal(len, strlen(keys[i].label));
        assert_memory_equal(l, keys[i].label, len);
    }
}

struct digest {
    uint64_t h;
    size_t n;
};

static int digest_emit(void *arg, int type, size_t a, size_t b)
{
    struct digest *d = arg;
    uint64_t v[3] = {(uint64_t)type, a, b};
    for (int k = 0; k < 3; k++)
        d->h = (d->h ^ v[k]) * 1099511628211ull;
    d->n++;
    return 0;
}

static void scan_into(struct digest *d, const char *text, size_t n)
{
    unsigned kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_ADDRESS | 1u << ANON_NAMES_DOB;
    d->h = (d->h ^ n) * 1099511628211ull;
    assert_int_equal(anon_names_scan(text, n, kinds, NULL, ANON_NAMES_HINT_NONE, digest_emit, d),
                     0);
}

static void test_speaker_lines_as_before(void **state)
{
    (void)state;
    static const char *const chats[] = {
        "Anna Keller: are you there\nBen Hart: yes, what is up\nAnna Keller: the deploy\n",
        "[10:02] Grace: ping\n[10:03] Tom Berger: pong\n[10:04] Grace: ok\n",
        "<anna.carter> hi all\n<ben_h> hey\n* anna.carter has quit\n",
        "mum: dinner at 7?\nme: yes\nmum: ok\n",
        "Grazie,\nTesca\n> Glona, pode ver isto?\n~anna: ok\n@ben: fine\n",
        "Speaker 1 (Maria Lopez): hello\nSpeaker 2: hi Maria\nSpeaker 1 (Maria Lopez): ok\n",
        "~anna: hey\n@jonas: hi anna\n~anna: lunch?\n@jonas: sure\n~priya: me too\n"};
    struct digest d = {1469598103934665603ull, 0};
    char text[512];
    for (size_t c = 0; c < sizeof chats / sizeof chats[0]; c++)
        for (int b = 0; b < 256; b++) {
            /* b before the first line, then b before every line */
            size_t n = 0, len = strlen(chats[c]);
            text[n++] = (char)b;
            memcpy(text + n, chats[c], len);
            n += len;
            scan_into(&d, text, n);
            n = 0;
            for (size_t i = 0; i < len; i++) {
                if (i == 0 || chats[c][i - 1] == '\n')
                    text[n++] = (char)b;
                text[n++] = chats[c][i];
            }
            scan_into(&d, text, n);
        }
    /* a transcript after an agent's tool output: indented code, braces, blank lines */
    static const char code[] = "def handle(req):\n    if not req.body:\n        raise "
                               "ValueError('x')\n}\n\n\t{\n# done\n";
    for (size_t c = 0; c < sizeof chats / sizeof chats[0]; c++) {
        int n = snprintf(text, sizeof text, "%s%s%s", code, chats[c], code);
        scan_into(&d, text, (size_t)n);
    }
    print_message("speaker grid: %zu findings, digest %016llx\n", d.n, (unsigned long long)d.h);
    assert_int_equal(d.n, SPEAKER_FINDINGS);
    assert_true(d.h == SPEAKER_DIGEST);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_secret_key_end_as_before),
        cmocka_unit_test(test_member_hint_table),
        cmocka_unit_test(test_member_labels),
        cmocka_unit_test(test_speaker_lines_as_before),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
