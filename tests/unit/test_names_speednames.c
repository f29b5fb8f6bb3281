/* test_names_speednames.c: the gates of branch speednames, each a test that may only skip work
 * whose answer is known: names_asr.c's transcript test skips the role-label test of a line with
 * no ':' in its first 40 bytes (found from the text's next ':'), which gives the same answer at
 * the bound and when the next ':' lies lines ahead. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/names_internal.h"

static int detect(const char *s, int *labelled)
{
    return nw_asr_detect((const uint8_t *)s, strlen(s), labelled);
}

static void test_asr_role_label_colon_at_the_40_byte_bound(void **state)
{
    (void)state;
    int labelled;
    /* "[" 31 digits "] agent:": the colon at byte 39 of each line, inside the bound */
    const char *in = "[0000000000000000000000000000000] agent: hi\n"
                     "[0000000000000000000000000000000] agent: yes\n"
                     "[0000000000000000000000000000000] agent: ok\n";
    assert_int_equal(detect(in, &labelled), 1);
    assert_int_equal(labelled, 1);
    /* one digit more: the colon at byte 40, past it, as the label test itself says */
    const char *out = "[00000000000000000000000000000000] agent: hi\n"
                      "[00000000000000000000000000000000] agent: yes\n"
                      "[00000000000000000000000000000000] agent: ok\n";
    detect(out, &labelled);
    assert_int_equal(labelled, 0);
}

static void test_asr_role_labels_after_lines_without_colon(void **state)
{
    (void)state;
    int labelled;
    /* the text's first ':' lies lines ahead: the lines before it skipped, the labels found */
    assert_int_equal(detect("hello there\nsome words here\nagent: hi um\ncaller: hello\n"
                            "agent: how can i help\n",
                            &labelled),
                     1);
    assert_int_equal(labelled, 1);
    /* a ':' late in a long line, then labels on the next lines */
    assert_int_equal(detect("we talked about the plan for a long while and then: fine\n"
                            "agent: hi\ncaller: hello\nagent: bye\n",
                            &labelled),
                     1);
    assert_int_equal(labelled, 1);
    /* a ':' in the line before each label's line only */
    detect("agent hi:\ncaller hello:\nagent bye:\n", &labelled);
    assert_int_equal(labelled, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_asr_role_label_colon_at_the_40_byte_bound),
        cmocka_unit_test(test_asr_role_labels_after_lines_without_colon),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
