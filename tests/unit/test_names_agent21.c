/* test_names_agent21.c: the per-line passes' walks on agent bodies (branch agent21), with the
 * answers they gave before. The indents of code and YAML lines are skipped eight bytes a step
 * (nw_skip_spaces(), nw_skip_blanks() in names_internal.h: names_forms6.c's line_value(),
 * names_rosters.c's name_lines()); names_tables2.c walks back over a key before '=' once for
 * both of its readers (key_run_before(), then names_kv8_words.c's nw_kv8_key_at() from the same
 * walk) and reads the run without kind_of()'s trims (kind_of_run()). Each expectation below is
 * the base's answer: the texts were run through a program linked against main's library
 * (6fde54c, /work/fc/build-start35) and against the branch's, with the same output.
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
#include "anonymize/names_internal.h"

#include "names_cases.h"

static size_t spaces_bytewise(const uint8_t *t, size_t i, size_t le)
{
    while (i < le && t[i] == ' ')
        i++;
    return i;
}

static size_t blanks_bytewise(const uint8_t *t, size_t i, size_t le)
{
    while (i < le && (t[i] == ' ' || t[i] == '\t'))
        i++;
    return i;
}

/* Every start and end over runs of 0 to 70 spaces (tabs among them for the blanks), ended by a
 * letter, a newline or the end: the word steps stop where the byte loops stop, never past le. */
static void test_skip_spaces_stops_where_the_byte_loop_stops(void **state)
{
    (void)state;
    uint8_t buf[160];
    for (size_t run = 0; run <= 70; run++) {
        for (int tail = 0; tail < 3; tail++) {
            for (int tabs = 0; tabs < 2; tabs++) {
                memset(buf, 'x', sizeof buf);
                memset(buf + 3, ' ', run);
                if (tabs && run > 9)
                    buf[3 + 9] = '\t', buf[3 + run - 1] = '\t';
                buf[3 + run] = tail == 0 ? 'a' : tail == 1 ? '\n' : ' ';
                for (size_t i = 0; i < 3 + run + 2; i++)
                    for (size_t le = i; le <= 3 + run + 2; le++) {
                        if (!tabs)
                            assert_int_equal(nw_skip_spaces(buf, i, le),
                                             spaces_bytewise(buf, i, le));
                        assert_int_equal(nw_skip_blanks(buf, i, le), blanks_bytewise(buf, i, le));
                    }
            }
        }
    }
    assert_int_equal(nw_skip_spaces(buf, 5, 5), 5);
    assert_int_equal(nw_skip_spaces(buf, 6, 5), 6); /* past le: nothing read */
}

/* Keys before '=' (names_tables2.c's kv_fields(): key_run_before() and nw_kv8_key_at()):
 * 32 and 40 bytes long around the two walks' limits, dotted, at the text's start, after 61
 * bytes, CRLF, no newline at the end; code's `+=` and `==`. */
static void test_field_keys_walked_once(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"signer=Ana Lobo seq=3", "PERSON=Ana Lobo"},
        {"x=1\nreceived_by=Jan Smit", "PERSON=Jan Smit"},
        {"abcdefghijklmnopqrstuvwxyz_signer=Ana Lobo ok", "PERSON=Ana Lobo"},
        {"abcdefghijklmnopqrstuvwxyz0123_signer=Ana Lobo ok", "PERSON=Ana Lobo"},
        {"abcdefghijklmnopqrstuvwxyzabcdef_first_name=Maria Keller ok", "PERSON=Maria Keller"},
        {"abcdefghijklmnopqrstuvwxyzabcdefghijk.first_name=Maria", "PERSON=Maria"},
        {"customer.first_name=Maria customer.dob=1987-03-04",
         "PERSON=Maria;DATE_OF_BIRTH=1987-03-04"},
        {"row.driver=Jonas Weber\r\nrow.podSignedBy=\"Lena Vogt\"\r\n",
         "PERSON=Jonas Weber;PERSON=Lena Vogt"},
        {"obj.payload.receiver='Tom Baker' status=200", ""},
        {"{\"x\":1}\nuser2_name=Anna Keller last_name=Okafor", "PERSON=Anna Keller;PERSON=Okafor"},
        {"SIGNER=Ana Lobo", "PERSON=Ana Lobo"},
        {"Empf\xc3\xa4nger=Lena Vogt", "PERSON=Lena Vogt"},
        {"path=/v1/orders status=200 dur=12ms id=316183 name=Release Train", ""},
        {"  first-name = \"Maria\"\n  last.name = \"Keller\"", "PERSON=Maria;PERSON=Keller"},
        {"0123456789012345678901234567890123456789012345678901234567890signer=Ana Lobo",
         "PERSON=Ana Lobo"},
        {"total += item.price * item.qty\nreturn total", ""},
        {"if (p[i] == '\\n') return (int)i;", ""},
    };
    CHECK(c);
}

/* Labels after indents and marks (names_forms6.c's line_value()): eight spaces, a tab (not
 * skipped), 64 spaces, marks between spaces, a blank line before, CRLF. */
static void test_form_labels_after_indents(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"        - Witness: Maria Keller", "PERSON=Maria Keller"},
        {">  * Tenant: Anna Vogt\n> - Other driver: JAN DE VRIES",
         "PERSON=Anna Vogt;PERSON=JAN DE VRIES"},
        {"\t- Witness: Maria Keller", "PERSON=Maria Keller"},
        {"- - - Witness: maria keller", "PERSON=maria keller"},
        {"                                                                Witness: Maria Keller",
         "PERSON=Maria Keller"},
        {"       \n        Witness: Jeanne Martin\r\n", "PERSON=Jeanne Martin"},
    };
    CHECK(c);
}

/* Name lines after indents (names_rosters.c's name_lines()): four, eight and sixteen spaces,
 * tabs among them, CRLF, the last line with no newline, dated entries, things and code. */
static void test_name_lines_after_indents(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Team:\n    Anna Keller\n    Jorek Vlam\n    Priya Shah",
         "PERSON=Anna Keller;PERSON=Priya Shah"},
        {"\tAnna Keller\n \tJorek Vlam\n\t \tPriya Shah\n", "PERSON=Anna Keller;PERSON=Priya Shah"},
        {"        Anna Keller\r\n        Jorek Vlam\r\n        Priya Shah\r\n",
         "PERSON=Anna Keller;PERSON=Priya Shah"},
        {"                Anna Keller\n                Jorek Vlam\n                Priya Shah\n    "
         "    x = 1",
         "PERSON=Anna Keller;PERSON=Priya Shah"},
        {"        12.4.1925: Jan Wril und Anna Vogt.", "PERSON=Anna Vogt"},
        {"    20 March 1943 - Anna Vogt, aged 96\n", "PERSON=Anna Vogt"},
        {"    Widget Pro\n    Acme Ltd\n    Server Rack", ""},
        {"    def handle(req):\n        if not req.body:\n            raise ValueError('empty "
         "body')\n",
         ""},
        {"2026-11-30T12:34:15Z INFO  worker-0 request id=316183 path=/v1/orders status=200 "
         "dur=485ms\n"
         "2026-11-30T12:41:09Z WARN  worker-2 retry 575 for job 78498: connection reset by peer\n",
         ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_skip_spaces_stops_where_the_byte_loop_stops),
        cmocka_unit_test(test_field_keys_walked_once),
        cmocka_unit_test(test_form_labels_after_indents),
        cmocka_unit_test(test_name_lines_after_indents),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
