/* test_leaks51.c: identifiers that still left after stop 50. A JSON number under a member name
 * that is itself a value (a person's name keying their phone, as contact maps and Sheets exports
 * write them) no longer makes the rewrite refuse the body (rewrite.c key_value_split): the key
 * and the number are masked and restored. A US SSN split into a 3-2-4 array is an SSN when its
 * name stands a few words back on the line (ssn_cue51.c), and stays a number without it; a
 * member "ssn_split" names its groups as "ssn_parts" does (session.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rewrite_rt.h"

static void test_number_keyed_by_person_is_rewritten_not_refused(void **st)
{
    (void)st;
    const char *body =
        GEMINI_FR_OPEN "{\"Andrei Stan\":40281295556,\"last_sync\":202565203973}" GEMINI_FR_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "Andrei");
    lacks(r, "40281295556");
    has(r, "{\"[PERSON_1]\":\"[PHONE_1]\",\"last_sync\":202565203973}");
    restores(s, "Call [PERSON_1] on [PHONE_1].", "Call Andrei Stan on 40281295556.");
    anon_session_free(s);
    free(r);
}

static void test_number_keyed_by_person_that_is_no_value_stays_a_number(void **st)
{
    (void)st;
    const char *body = GEMINI_FR_OPEN "{\"Andrei Stan\":123456789012345678}" GEMINI_FR_CLOSE;
    char *r = rewrite(body, NULL);
    has(r, "{\"[PERSON_1]\":123456789012345678}");
    free(r);
}

static void test_ssn_array_with_cue_words_back_masked_and_restored(void **st)
{
    (void)st;
    const char *body = TOOL_OPEN "The social security number on the W-2 scan came back from OCR "
                                 "as [\\\"536\\\",\\\"22\\\",\\\"8451\\\"]." TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "8451");
    has(r, "[US_SSN_1]");
    restores(s, "It is [US_SSN_1].", "It is 536\",\"22\",\"8451.");
    anon_session_free(s);
    free(r);
    r = rewrite(TOOL_OPEN
                "SSN field (payroll import, row 14) was split into [536, 22, 8451]" TOOL_CLOSE,
                NULL);
    lacks(r, "8451");
    free(r);
}

static void test_ssn_split_key_names_its_groups(void **st)
{
    (void)st;
    char *r = rewrite(GEMINI_FR_OPEN "{\"ssn_split\":[\"539\",\"96\",\"7367\"],"
                                     "\"badge\":[\"879\",\"43\",\"1955\"]}" GEMINI_FR_CLOSE,
                      NULL);
    lacks(r, "7367");
    has(r, "\"badge\":[\"879\",\"43\",\"1955\"]");
    free(r);
}

static void test_ssn_shaped_array_without_cue_stays(void **st)
{
    (void)st;
    char *r = rewrite(TOOL_OPEN "Page, line and year of the citation: [536, 22, 2005]. Counters: "
                                "[\\\"536\\\",\\\"22\\\",\\\"8451\\\"]" TOOL_CLOSE,
                      NULL);
    has(r, "[536, 22, 2005]");
    has(r, "8451");
    free(r);
    /* the cue named the array before; a sentence ended */
    r = rewrite(TOOL_OPEN "SSN field: [536, 22, 8451], counters [537, 23, 8452]" TOOL_CLOSE, NULL);
    has(r, "[537, 23, 8452]");
    free(r);
    r = rewrite(TOOL_OPEN "The SSN is on file. Counters: [537, 23, 8452]" TOOL_CLOSE, NULL);
    has(r, "[537, 23, 8452]");
    free(r);
    /* the cue on an earlier line does not reach */
    r = rewrite(TOOL_OPEN "SSN: see HR.\\nCounters: [536, 22, 8451]" TOOL_CLOSE, NULL);
    has(r, "[536, 22, 8451]");
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_keyed_by_person_is_rewritten_not_refused),
        cmocka_unit_test(test_number_keyed_by_person_that_is_no_value_stays_a_number),
        cmocka_unit_test(test_ssn_array_with_cue_words_back_masked_and_restored),
        cmocka_unit_test(test_ssn_split_key_names_its_groups),
        cmocka_unit_test(test_ssn_shaped_array_without_cue_stays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
