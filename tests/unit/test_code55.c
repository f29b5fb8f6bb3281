/* test_code55.c: a value cut on the text side (branch code55,
 * contrib/bench/accuracy/notes/code55.md; session_join55.c). Literals joined in code
 * ("4539 1488 " + "3436 4670", Python's implicit concatenation over two lines, .concat(), SQL's
 * ||) and a birth or a key cut at a content block's edge read whole: each piece becomes its own
 * token of that type and restores in place; the quotes and operators stay. Look-alikes joined the
 * same way (order refs, versions, a number that fails Luhn) stay as they were, and the split walk
 * takes the same pieces. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"

#include "rewrite_rt.h"

#define ANTH_BLOCKS_OPEN                                                                           \
    "{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\",\"content\":["             \
    "{\"type\":\"text\",\"text\":\""
#define ANTH_NEXT "\"},{\"type\":\"text\",\"text\":\""
#define ANTH_BLOCKS_CLOSE "\"}]}]}"

/* 4539 1488 3436 4670 passes Luhn */
static void test_card_cut_over_plus_masked_and_restored(void **st)
{
    (void)st;
    const char *body =
        TOOL_OPEN "const card_number = \\\"4539 1488 \\\" + \\\"3436 4670\\\";\\n" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "3436 4670");
    lacks(r, "4539 1488");
    has(r, "\\\"[CREDIT_CARD_1] \\\" + \\\"[CREDIT_CARD_2]\\\"");
    restores(s, "[CREDIT_CARD_1] [CREDIT_CARD_2]", "4539 1488 3436 4670");
    anon_session_free(s);
    free(r);
}

static void test_iban_over_implicit_concatenation_on_two_lines_masked(void **st)
{
    (void)st;
    const char *body =
        TOOL_OPEN "iban = (\\n    \\\"DE3937\\\"\\n    \\\"0502991234567890\\\"\\n)\\n" TOOL_CLOSE;
    char *r = rewrite(body, NULL);
    lacks(r, "0502991234567890");
    lacks(r, "DE3937");
    free(r);
}

static void test_email_over_concat_and_ssn_over_pipes_masked(void **st)
{
    (void)st;
    const char *body =
        TOOL_OPEN "const email = 'anna.keller@pos'.concat('teo.de');\\n"
                  "UPDATE customers SET ssn = '425-5' || '2-4387' WHERE id = 7;\\n" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "anna.keller");
    lacks(r, "teo.de");
    lacks(r, "2-4387");
    has(r, "'.concat('");
    has(r, "' || '");
    anon_session_free(s);
    free(r);
}

static void test_birth_and_key_cut_at_a_block_edge_masked_and_restored(void **st)
{
    (void)st;
    const char *body =
        ANTH_BLOCKS_OPEN "Check this" ANTH_NEXT "born: 13/11/19" ANTH_NEXT "45\\nok" ANTH_NEXT
                         "API key sk-proj-H" ANTH_NEXT
                         "XRvrvNLKhqga2FUpkSPJ79WyHQL5FTK5H79F3m9\\nend" ANTH_BLOCKS_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "45\\nok");
    lacks(r, "XRvrvNLKhqga2FUpkSPJ79WyHQL5FTK5H79F3m9");
    has(r, "\"text\":\"[DATE_OF_BIRTH_2]\\nok\"");
    restores(s, "[DATE_OF_BIRTH_1][DATE_OF_BIRTH_2]", "13/11/1945");
    anon_session_free(s);
    free(r);
}

static void test_look_alikes_joined_the_same_way_stay(void **st)
{
    (void)st;
    const char *body = TOOL_OPEN "const ref = \\\"ORD-2026\\\" + \\\"-525931\\\";\\n"
                                 "version = (\\\"1.2\\\" \\\".3\\\")\\n"
                                 "const n = '4539 1488 ' + '3436 4671';\\n" TOOL_CLOSE;
    char *r = rewrite(body, NULL);
    has(r, "\\\"ORD-2026\\\" + \\\"-525931\\\"");
    has(r, "(\\\"1.2\\\" \\\".3\\\")");
    has(r, "'4539 1488 ' + '3436 4671'");
    free(r);
}

static void test_split_walk_takes_the_same_pieces(void **st)
{
    (void)st;
    const char *body =
        TOOL_OPEN "const card_number = \\\"4539 14\\\" + \\\"88 3436 4670\\\";\\n" TOOL_CLOSE;
    char *seq = rewrite(body, NULL);
    lacks(seq, "88 3436 4670");
    anon_split_test_block(1);
    for (unsigned t = 2; t <= 4; t++) {
        char *par = rewrite_par(body, t, NULL);
        assert_string_equal(par, seq);
        free(par);
    }
    anon_split_test_block(0);
    free(seq);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_card_cut_over_plus_masked_and_restored),
        cmocka_unit_test(test_iban_over_implicit_concatenation_on_two_lines_masked),
        cmocka_unit_test(test_email_over_concat_and_ssn_over_pipes_masked),
        cmocka_unit_test(test_birth_and_key_cut_at_a_block_edge_masked_and_restored),
        cmocka_unit_test(test_look_alikes_joined_the_same_way_stay),
        cmocka_unit_test(test_split_walk_takes_the_same_pieces),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
