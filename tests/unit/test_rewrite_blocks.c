/* test_rewrite_blocks.c: consecutive text blocks of one message are read as one text
 * (rewrite_blocks.c): a label that ends one block names the value that starts the next, in
 * Anthropic text blocks, a tool_result's block array, OpenAI content parts and Gemini parts; a
 * value across a block's edge is masked in each block it touches and restores whole; look-alikes
 * after a label stay; blocks apart (an image between) and bodies of one block read as before; a
 * split walk gives the same bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rewrite_rt.h"

static void test_label_ends_block_value_starts_next_anthropic(void **st)
{
    (void)st;
    const char *body =
        "{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\",\"content\":["
        "{\"type\":\"text\",\"text\":\"Patient intake form\\nName:\"},"
        "{\"type\":\"text\",\"text\":\"Wentor Torashwickley\\nDate of birth:\"},"
        "{\"type\":\"text\",\"text\":\"May 28, 1988\\nReason for visit: follow-up\"}]}]}";
    const char *gone[] = {"Torashwickley", "May 28, 1988", NULL};
    const char *toks[] = {"[PERSON_1]\\nDate of birth:", "[DATE_OF_BIRTH_1]\\nReason", NULL};
    masked(body, gone, toks);
}

static void test_blocks_of_tool_result_openai_parts_gemini_parts(void **st)
{
    (void)st;
    const char *tool =
        "{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\",\"content\":["
        "{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"content\":["
        "{\"type\":\"text\",\"text\":\"Aufnahmebogen\\nGeburtsdatum:\"},"
        "{\"type\":\"text\",\"text\":\"12.03.1987\\nAnliegen: Kontrolle\"}]}]}]}";
    const char *oai = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
                      "{\"type\":\"text\",\"text\":\"Aufnahmebogen\\nGeburtsdatum:\"},"
                      "{\"type\":\"text\",\"text\":\"12.03.1987\\nAnliegen: Kontrolle\"}]}]}";
    const char *gem = "{\"contents\":[{\"role\":\"user\",\"parts\":["
                      "{\"text\":\"Aufnahmebogen\\nGeburtsdatum:\"},"
                      "{\"text\":\"12.03.1987\\nAnliegen: Kontrolle\"}]}]}";
    const char *gone[] = {"12.03.1987", NULL};
    const char *toks[] = {"\"[DATE_OF_BIRTH_1]\\nAnliegen", NULL};
    masked(tool, gone, toks);
    masked(oai, gone, toks);
    masked(gem, gone, toks);
}

static void test_value_across_block_edge_masked_piece_by_piece_and_restored(void **st)
{
    (void)st;
    const char *body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
                       "{\"type\":\"text\",\"text\":\"Tenant details\\nAddress: 30 Quarry Lane\"},"
                       "{\"type\":\"text\",\"text\":\"Springfield, IL 62704\\nThanks\"}]}]}";
    anon_session_t *s;
    char *r = rewrite(body, &s);
    assert_null(strstr(r, "Quarry"));
    assert_null(strstr(r, "62704"));
    assert_non_null(strstr(r, "\"Tenant details\\nAddress: [STREET_ADDRESS_1]\""));
    assert_non_null(strstr(r, "\"[STREET_ADDRESS_2]\\nThanks\""));
    /* each block's piece is a value of its own, so a token restores exactly what it replaced;
     * the model's answer names both: the whole address comes back */
    restores(s, "Send it to [STREET_ADDRESS_1]\n[STREET_ADDRESS_2].",
             "Send it to 30 Quarry Lane\nSpringfield, IL 62704.");
    anon_session_free(s);
    free(r);
}

static void test_restore_of_token_issued_in_joined_block(void **st)
{
    (void)st;
    const char *body = "{\"contents\":[{\"role\":\"user\",\"parts\":["
                       "{\"text\":\"Aufnahmebogen\\nGeburtsdatum:\"},"
                       "{\"text\":\"12.03.1987\\nName:\"},{\"text\":\"Jonas Brandt\"}]}]}";
    anon_session_t *s;
    char *r = rewrite(body, &s);
    assert_non_null(strstr(r, "{\"text\":\"[PERSON_1]\"}"));
    restores(s, "[PERSON_1] was born on [DATE_OF_BIRTH_1].",
             "Jonas Brandt was born on 12.03.1987.");
    anon_session_free(s);
    free(r);
}

static void test_lookalikes_after_labels_in_next_block_stay(void **st)
{
    (void)st;
    const char *body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
                       "{\"type\":\"text\",\"text\":\"Change request\\nProduct:\"},"
                       "{\"type\":\"text\",\"text\":\"Visual Studio Code\\nMeeting room:\"},"
                       "{\"type\":\"text\",\"text\":\"Einstein\\nRelease date:\"},"
                       "{\"type\":\"text\",\"text\":\"2024-03-01\"}]}]}";
    char *r = rewrite(body, NULL);
    assert_string_equal(r, body);
    free(r);
}

/* Blocks that are not one run (an image between, a tool_use, a JSON document in a block) and a
 * message of one block are read one by one, as they always were. */
static void test_blocks_apart_read_alone(void **st)
{
    (void)st;
    const char *apart =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
        "{\"type\":\"text\",\"text\":\"Aufnahmebogen\\nGeburtsdatum:\"},"
        "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x.example/a.png\"}},"
        "{\"type\":\"text\",\"text\":\"12.03.1987\"}]}]}";
    char *r = rewrite(apart, NULL);
    assert_string_equal(r, apart);
    free(r);
    const char *json = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
                       "{\"type\":\"text\",\"text\":\"Owner of the record:\"},"
                       "{\"type\":\"text\",\"text\":\"{\\\"id\\\": 7, \\\"ok\\\": true}\"}]}]}";
    r = rewrite(json, NULL);
    assert_string_equal(r, json);
    free(r);
    const char *one = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
                      "{\"type\":\"text\",\"text\":\"Name: Wentor Torashwickley\"}]}]}";
    r = rewrite(one, NULL);
    assert_non_null(strstr(r, "Name: [PERSON_1]"));
    free(r);
}

static void test_split_walk_gives_same_bytes(void **st)
{
    (void)st;
    const char *body =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
        "{\"type\":\"text\",\"text\":\"Patient intake form\\nName:\"},"
        "{\"type\":\"text\",\"text\":\"Wentor Torashwickley\\nDate of birth:\"},"
        "{\"type\":\"text\",\"text\":\"May 28, 1988\"}]},{\"role\":\"assistant\",\"content\":"
        "\"Noted, Wentor.\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
        "\"Address: 30 Quarry Lane\"},{\"type\":\"text\",\"text\":\"Springfield, IL 62704\"}]}]}";
    char *seq = rewrite(body, NULL);
    split_walk_same(body, seq);
    free(seq);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_label_ends_block_value_starts_next_anthropic),
        cmocka_unit_test(test_blocks_of_tool_result_openai_parts_gemini_parts),
        cmocka_unit_test(test_value_across_block_edge_masked_piece_by_piece_and_restored),
        cmocka_unit_test(test_restore_of_token_issued_in_joined_block),
        cmocka_unit_test(test_lookalikes_after_labels_in_next_block_stay),
        cmocka_unit_test(test_blocks_apart_read_alone),
        cmocka_unit_test(test_split_walk_gives_same_bytes),
    };
    return cmocka_run_group_tests(tests, setup, split_teardown);
}
