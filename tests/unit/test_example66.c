/* test_example66.c: findings that are provably no one's (branch example66, anonymize/example66.c,
 * contrib/bench/accuracy/notes/example66.md). A phone of a range reserved for fiction (NANPA
 * 555-01XX, Ofcom's drama ranges) its line calls an example and a message id on a Message-ID,
 * In-Reply-To or References header are left as written; the same shapes one digit off, a mailbox on
 * From/To and a reserved-domain mailbox (masked on purpose, fail closed) stay masked.
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

/* Does text have a finding of type that covers needle (its first occurrence)? */
static int found(const char *text, const char *type, const char *needle)
{
    const char *p = strstr(text, needle);
    assert_non_null(p);
    size_t a = (size_t)(p - text), b = a + strlen(needle);
    anon_finding_t *f = NULL;
    size_t n = 0;
    int hit = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    for (size_t i = 0; i < n; i++)
        if (f[i].start <= a && f[i].end >= b &&
            !strcmp(anon_engine_type_name(eng, f[i].type), type))
            hit = 1;
    free(f);
    return hit;
}

static void test_fiction_phones_left(void **state)
{
    (void)state;
    static const char *const fiction[] = {
        "(415) 555-0134",   "+1 212 555 0199",     "1-800-555-0100",   "07700 900123",
        "+44 7700 900456",  "+44 (0)20 7946 0321", "020 7946 0999",    "0113 496 0123",
        "+44 161 496 0777", "01632 960001",        "0044 7700 900999", "555-0142",
    };
    char t[160];
    for (size_t i = 0; i < sizeof fiction / sizeof *fiction; i++) {
        snprintf(t, sizeof t, "Phone number (e.g. %s)\nCall me on %s today.", fiction[i],
                 fiction[i]);
        assert_false(found(t, "PHONE", fiction[i]));
    }
}

static void test_real_phones_still_masked(void **state)
{
    (void)state;
    /* a fiction range that no text calls an example: a signature's own number, masked */
    assert_true(found("Best,\nJonas\nescalation: +1 (604) 555-0124\n", "PHONE", "555-0124"));
    assert_true(found("CALLER: MARSH, EMMA   CB#: (827) 555-0169\n", "PHONE", "555-0169"));
    static const char *const real[] = {
        "(415) 555-0234", "+1 212 823 0199", "07700 901123", "+44 20 7946 1321",
        "0113 496 1123",  "0191 496 0123",   "07911 234567",
    };
    char t[160];
    for (size_t i = 0; i < sizeof real / sizeof *real; i++) {
        snprintf(t, sizeof t, "Phone number (e.g. %s)\nCall me on %s today.", real[i], real[i]);
        assert_true(found(t, "PHONE", real[i]));
    }
}

static void test_message_ids_are_no_mailbox(void **state)
{
    (void)state;
    const char *mail = "From: Maria Keller <maria.keller@posteo.de>\n"
                       "To: j.brennan@outlook.com\n"
                       "Message-ID: <CA+abc123XYZ_def456@mail.gmail.com>\n"
                       "In-Reply-To: <20240312.1a2b3c@mx.posteo.de>\n"
                       "References: <0100018e-aa.bb@eu-west-1.amazonses.com>\n"
                       " <AM6PR01MB1234ABCD@EUR03.prod.outlook.com>\n"
                       "Reply-To: <support@acme-tools.io>\n"
                       "Contact: john.smith@example.com\n\nHi";
    assert_true(found(mail, "EMAIL", "maria.keller@posteo.de"));
    assert_true(found(mail, "EMAIL", "j.brennan@outlook.com"));
    assert_true(found(mail, "EMAIL", "support@acme-tools.io"));
    assert_true(found(mail, "EMAIL", "john.smith@example.com")); /* reserved: masked on purpose */
    assert_false(found(mail, "EMAIL", "CA+abc123XYZ_def456@mail.gmail.com"));
    assert_false(found(mail, "EMAIL", "20240312.1a2b3c@mx.posteo.de"));
    assert_false(found(mail, "EMAIL", "0100018e-aa.bb@eu-west-1.amazonses.com"));
    assert_false(found(mail, "EMAIL", "AM6PR01MB1234ABCD@EUR03.prod.outlook.com"));
    /* an id shape in a sentence, not on a header: a mailbox as before */
    assert_true(
        found("write to <maria.keller@posteo.de> please", "EMAIL", "maria.keller@posteo.de"));
}

/* every prefix of a mail source and a fiction phone, cut inside a header, an id or the number
 * (the sanitizer build reads before no start and past no end) */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix(" <x@y.com>\nReferences:\n <a.b@c.de>\n\tz <q@r.io>\nMessage-ID: <m@n.org>\n"
                      "Tel: +44 (0)20 7946 0321, 555-0142, 0044 7700 900999 <");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fiction_phones_left),
        cmocka_unit_test(test_real_phones_still_masked),
        cmocka_unit_test(test_message_ids_are_no_mailbox),
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
