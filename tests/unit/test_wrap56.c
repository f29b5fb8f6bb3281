/* test_wrap56.c: values cut by a writer that folds at exactly N columns, third round (branch
 * cwrap56, contrib/bench/accuracy/notes/cwrap56.md). The wrap join (engine_view_wrap54.c) now
 * reads through the marks a writer repeats on every line ("# ", "// ", "| ", " * ") and a folded
 * header's hanging indent, takes a key that starts after words on its line and runs over three
 * lines (a JWT after "Bearer"), and joins a date cut by the wrap. Each line's piece is its own
 * token that restores exactly its bytes; the break and the marks stay.
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

/* The round trip: a JWT after "Bearer ey" over three more full lines (lines of 64 columns). Before,
 * one line's piece alone was taken for a bearer token and the rest of the token went out. */
static void test_jwt_over_three_lines_round_trip(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r =
        rewrite(TOOL_OPEN "please check the records below after the migration and send us a\\n"
                          " short summary before friday so the team can close it and move o\\n"
                          "n with the next batch of requests today Authorization: Bearer ey\\n"
                          "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MDM1MTUwNjgiLCJpY\\n"
                          "XQiOjE2NjEwNzIyOTUsInNjb3BlIjoidXNlcjp3cml0ZSJ9.e-ey5dMghBbgyOEj\\n"
                          "laTOIDHq9d36MShtbkpCmx0-oHG rotate it, please check the records \\n"
                          "below after the migration and send a short note." TOOL_CLOSE,
                &s);
    lacks(r, "JhbGciOiJIUzI1NiIsInR5cCI6");
    lacks(r, "XQiOjE2NjEwNzIyOTUs");
    lacks(r, "laTOIDHq9d36MShtbkpCmx0");
    has(r, "Bearer ey\\n[JWT_1]\\n[JWT_2]\\n[JWT_3] rotate it");
    restores(s, "[JWT_1]|[JWT_2]|[JWT_3]",
             "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MDM1MTUwNjgiLCJpY|"
             "XQiOjE2NjEwNzIyOTUsInNjb3BlIjoidXNlcjp3cml0ZSJ9.e-ey5dMghBbgyOEj|"
             "laTOIDHq9d36MShtbkpCmx0-oHG");
    anon_session_free(s);
    free(r);
}

/* A card cut by a fold inside a shell comment: every line opens with "# ", the marks go with the
 * break and stay. */
static void test_card_cut_under_comment_marks_round_trip(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r =
        rewrite(TOOL_OPEN "# please check the records below after the migration and send us\\n"
                          "#  a short summary before friday so the team can close it and mo\\n"
                          "# ve on with the next batch of requests today the card 411111111\\n"
                          "# 1111111 and a short summary before friday so the team can clos\\n"
                          "# e it and move on with the next batch." TOOL_CLOSE,
                &s);
    lacks(r, "411111111\\n");
    lacks(r, "# 1111111 and");
    has(r, "the card [CREDIT_CARD_1]\\n# [CREDIT_CARD_2] and a short");
    restores(s, "[CREDIT_CARD_1]|[CREDIT_CARD_2]", "411111111|1111111");
    anon_session_free(s);
    free(r);
}

/* A birth date cut by the wrap after its year: a token per piece and the break kept (before, one
 * token took the break with it). */
static void test_birth_date_cut_by_a_fold_keeps_the_break(void **state)
{
    (void)state;
    anon_session_t *s;
    char *r =
        rewrite(TOOL_OPEN "please check the records below after the migration and send a sh\\n"
                          "sort summary by friday so the team can see, date of birth: 1972-\\n"
                          "02-17 and please check the records below after the migration and\\n"
                          "send a short summary." TOOL_CLOSE,
                &s);
    has(r, "date of birth: [DATE_OF_BIRTH_1]\\n[DATE_OF_BIRTH_2] and please");
    restores(s, "[DATE_OF_BIRTH_1]|[DATE_OF_BIRTH_2]", "1972-|02-17");
    anon_session_free(s);
    free(r);
}

/* The look-alike: a commit hash cut under "// " marks stays as written. */
static void test_hash_cut_under_comment_marks_stays(void **state)
{
    (void)state;
    const char *text = "// move on with the next batch of requests today the commit 3485\\n"
                       "// 700e697fa803e9f21141ac5b843e4f5764b19f36cda7a00ffe9ee0532477 \\n";
    char body[1024];
    snprintf(body, sizeof body,
             TOOL_OPEN "// please check the records below after the migration and send u\\n"
                       "// s a short summary before friday so the team can close it and \\n"
                       "%s"
                       "// was reverted, please check the records below after the migrat\\n"
                       "// ion and send it." TOOL_CLOSE,
             text);
    char *r = rewrite(body, NULL);
    has(r, text);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jwt_over_three_lines_round_trip),
        cmocka_unit_test(test_card_cut_under_comment_marks_round_trip),
        cmocka_unit_test(test_birth_date_cut_by_a_fold_keeps_the_break),
        cmocka_unit_test(test_hash_cut_under_comment_marks_stays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
