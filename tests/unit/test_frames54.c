/* test_frames54.c: bare US SSNs in the frames a person pastes them in (branch frames54,
 * contrib/bench/accuracy/notes/frames54.md). Nine digits, or 3-2-4 with spaces or dots, are an
 * SSN when its name labels them: after a label with a qualifier on the line ("SSN (USA): "),
 * alone on the line under the label, in a box cell after the label's cell or under its column
 * head, after a log key "us_ssn=". Look-alikes in the same frames stay: the same numbers under
 * an id, order or member label, column or key. */
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

static void test_ssn_after_a_qualified_label_on_its_line(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"SSN (USA): 536 22 8451\n", "US_SSN=536 22 8451"},
        {"N\xc2\xba Seguro Social (EE. UU.) 536.22.8451\n", "US_SSN=536.22.8451"},
        {"Kundennr. (DE): 536 22 8451\n", ""},
        /* the name in an earlier sentence of the line */
        {"The SSN is on file. Ticket: 536 22 8451\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_ssn_alone_under_its_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Soc. Sec. No.\n\t536228451\n\nthanks\n", "US_SSN=536228451"},
        {"Member ID:\n\t536228451\n\nthanks\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_ssn_in_a_box_column_under_its_head(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"\xe2\x94\x82 Name \xe2\x94\x82 Soc. Sec. No. \xe2\x94\x82 Member \xe2\x94\x82\n"
         "\xe2\x94\x9c\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80\xe2\x94\xa4\n"
         "\xe2\x94\x82 x \xe2\x94\x82 536 22 8451 \xe2\x94\x82 417 28 3390 \xe2\x94\x82\n",
         "US_SSN=536 22 8451"},
    };
    CHECK(def_engine, c);
}

static void test_ssn_in_a_csv_column_before_a_numeric_cell(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"row,SSN (USA),Policy no.\nrow A,536 22 8451,417283390\n", "US_SSN=536 22 8451"},
        {"row,Policy no.,Amount\nrow A,536228451,12\n", ""},
        {"SS#: (536 22 8451)\n", "US_SSN=536 22 8451"},
    };
    CHECK(def_engine, c);
}

static void test_ssn_after_a_log_key(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ts=2026-03-01 svc=billing us_ssn=536228451 msg=retry\n", "US_SSN=536228451"},
        {"ts=2026-03-01 svc=billing order_no=536228451 msg=retry\n", ""},
    };
    CHECK(def_engine, c);
}

/* A box row's SSN under its column head in a request body: the token replaces the value and
 * restore gives it back as written. */
static void test_box_column_ssn_rewritten_and_restored(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r =
        rewrite(TOOL_OPEN "\xe2\x95\x91 Name \xe2\x95\x91 SSN (USA) \xe2\x95\x91\\n"
                          "\xe2\x95\x91 Ann \xe2\x95\x91 536.22.8451 \xe2\x95\x91\\n" TOOL_CLOSE,
                &s);
    lacks(r, "536.22.8451");
    has(r, "[US_SSN_1]");
    restores(s, "SSN: [US_SSN_1]", "SSN: 536.22.8451");
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ssn_after_a_qualified_label_on_its_line),
        cmocka_unit_test(test_ssn_alone_under_its_label),
        cmocka_unit_test(test_ssn_in_a_box_column_under_its_head),
        cmocka_unit_test(test_ssn_in_a_csv_column_before_a_numeric_cell),
        cmocka_unit_test(test_ssn_after_a_log_key),
        cmocka_unit_test(test_box_column_ssn_rewritten_and_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
