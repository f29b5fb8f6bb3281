/* test_fid50.c: structured values in fid50's shapes. A value cut across two or three text blocks
 * (a streaming UI's or a paste's cut: an e-mail, a card, an IBAN with a space at the edge) is read
 * whole (rewrite_glue.c), masked in each block it touches and restored whole from the answer;
 * blocks cut between words and numbers that are no value read as before; a split walk gives
 * the same bytes. A keyless card array pasted in text is a card after a card word, not without
 * one (validate.c). A phone closed by an Arabic or ideographic comma is whole (engine_view.c); "ät"
 * between words before spelled dots is an obfuscated '@' (detectors_global.c). */
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

static void test_email_cut_across_anthropic_blocks_masked_and_restored(void **st)
{
    (void)st;
    const char *body = "{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\","
                       "\"content\":[{\"type\":\"text\",\"text\":\"New billing contact: amaugh\"},"
                       "{\"type\":\"text\",\"text\":\"ivel@gmx.at. Thanks!\"}]}]}";
    anon_session_t *s;
    char *r = rewrite(body, &s);
    assert_null(strstr(r, "amaugh"));
    assert_null(strstr(r, "ivel@"));
    assert_non_null(strstr(r, "\"New billing contact: [EMAIL_1]\""));
    assert_non_null(strstr(r, "\"[EMAIL_2]. Thanks!\""));
    /* one token per block's piece: each restores exactly the bytes it replaced */
    restores(s, "Saved [EMAIL_1][EMAIL_2].", "Saved amaughivel@gmx.at.");
    restores(s, "[EMAIL_1]", "amaugh");
    anon_session_free(s);
    free(r);
}

static void test_card_and_iban_cut_across_gemini_parts(void **st)
{
    (void)st;
    const char *card = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"my card is "
                       "5538\"},{\"text\":\"-4815-2969-4962, expiry soon\"}]}]}";
    char *r = rewrite(card, NULL);
    assert_null(strstr(r, "5538"));
    assert_null(strstr(r, "4962"));
    assert_non_null(strstr(r, "{\"text\":\"[CREDIT_CARD_2], expiry soon\"}"));
    free(r);
    /* a space at the edge, in the second block */
    const char *iban = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"IBAN: DE89 3704"
                       "\"},{\"text\":\" 0044 0532 0130 00 please\"}]}]}";
    anon_session_t *s;
    r = rewrite(iban, &s);
    assert_null(strstr(r, "3704"));
    assert_null(strstr(r, "0532"));
    restores(s, "[IBAN_1] [IBAN_2]", "DE89 3704 0044 0532 0130 00");
    anon_session_free(s);
    free(r);
}

static void test_email_over_three_blocks(void **st)
{
    (void)st;
    const char *body = "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":["
                       "{\"type\":\"input_text\",\"text\":\"write to frutz\"},"
                       "{\"type\":\"input_text\",\"text\":\"quetti\"},"
                       "{\"type\":\"input_text\",\"text\":\"@posteo.de today\"}]}]}";
    anon_session_t *s;
    char *r = rewrite(body, &s);
    assert_null(strstr(r, "frutz"));
    assert_null(strstr(r, "quetti"));
    assert_null(strstr(r, "posteo"));
    restores(s, "[EMAIL_1][EMAIL_2][EMAIL_3]", "frutzquetti@posteo.de");
    anon_session_free(s);
    free(r);
}

/* The fuzzer's find (stop 52): an e-mail whole before a block's edge and a word after it are two
 * things; every token restores exactly the bytes it replaced, so the response's echo of each
 * block comes back as sent. */
static void test_whole_email_then_word_block_not_glued(void **st)
{
    (void)st;
    const char *body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
                       "{\"type\":\"text\",\"text\":\"My mail carol@example.net\"},"
                       "{\"type\":\"text\",\"text\":\"image\"}]}]}";
    anon_session_t *s;
    char *r = rewrite(body, &s);
    assert_non_null(strstr(r, "{\"type\":\"text\",\"text\":\"image\"}"));
    restores(s, "[EMAIL_1]", "carol@example.net");
    anon_session_free(s);
    free(r);
    /* cut mid-value: masked in both blocks, each piece restored to itself */
    body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
           "{\"type\":\"text\",\"text\":\"My mail carol@exam\"},"
           "{\"type\":\"text\",\"text\":\"ple.net thanks\"}]}]}";
    r = rewrite(body, &s);
    assert_null(strstr(r, "exam"));
    assert_null(strstr(r, "ple.net"));
    restores(s, "\"My mail [EMAIL_1]\",\"[EMAIL_2] thanks\"",
             "\"My mail carol@exam\",\"ple.net thanks\"");
    anon_session_free(s);
    free(r);
}

static void test_blocks_cut_between_words_or_numbers_stay(void **st)
{
    (void)st;
    const char *body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
                       "{\"type\":\"text\",\"text\":\"build 4.2\"},"
                       "{\"type\":\"text\",\"text\":\"1 failed, see PR 12\"},"
                       "{\"type\":\"text\",\"text\":\"34 and more\"},"
                       "{\"type\":\"text\",\"text\":\"to come\"}]}]}";
    char *r = rewrite(body, NULL);
    assert_string_equal(r, body);
    free(r);
}

static void test_glued_blocks_split_walk_gives_same_bytes(void **st)
{
    (void)st;
    const char *body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
                       "{\"type\":\"text\",\"text\":\"contact: amaugh\"},"
                       "{\"type\":\"text\",\"text\":\"ivel@gmx.at, card 5538\"},"
                       "{\"type\":\"text\",\"text\":\"-4815-2969-4962\"}]},{\"role\":\"user\","
                       "\"content\":[{\"type\":\"text\",\"text\":\"IBAN DE89 3704\"},"
                       "{\"type\":\"text\",\"text\":\" 0044 0532 0130 00\"}]}]}";
    char *seq = rewrite(body, NULL);
    lacks(seq, "5538");
    split_walk_same(body, seq);
    free(seq);
}

static int finds(const char *text, const char *type)
{
    anon_finding_t *f = NULL;
    size_t nf = 0;
    assert_int_equal(anon_find(def_engine, text, strlen(text), &f, &nf), 0);
    int hit = 0;
    for (size_t i = 0; i < nf; i++)
        hit |= strcmp(anon_engine_type_name(def_engine, f[i].type), type) == 0;
    free(f);
    return hit;
}

static void test_keyless_card_array_in_text_after_card_word(void **st)
{
    (void)st;
    assert_true(
        finds("The OCR of the card returned [4111, 1111, 1111, 1111] for it", "CREDIT_CARD"));
    assert_true(finds("El OCR de la tarjeta devolvió [\"6011\",\"3221\",\"4641\",\"2384\"]",
                      "CREDIT_CARD"));
    /* no card word: a bounding box or port list that passes Luhn by chance stays */
    assert_false(finds("the scanner gave me [4111, 1111, 1111, 1111] again", "CREDIT_CARD"));
}

static void test_phone_closed_by_arabic_or_ideographic_comma_whole(void **st)
{
    (void)st;
    /* "+۹۸ ۹۱۷ ۴۴۶ ۳۶۷۶، ..." (Persian digits, an Arabic comma right after the last group) */
    const char *fa = "tel: +\xdb\xb9\xdb\xb8 \xdb\xb9\xdb\xb1\xdb\xb7 \xdb\xb4\xdb\xb4\xdb\xb6 "
                     "\xdb\xb3\xdb\xb6\xdb\xb7\xdb\xb6\xd8\x8c x";
    anon_finding_t *f = NULL;
    size_t nf = 0;
    assert_int_equal(anon_find(def_engine, fa, strlen(fa), &f, &nf), 0);
    assert_int_equal(nf, 1);
    assert_string_equal(anon_engine_type_name(def_engine, f[0].type), "PHONE");
    assert_int_equal(f[0].start, 5);
    assert_int_equal(f[0].end, strlen(fa) - 4); /* up to the comma */
    free(f);
    const char *ja = "090-1234-5678\xe3\x80\x81\xe3\x82\x88\xe3\x82\x8d\xe3\x81\x97\xe3\x81\x8f";
    assert_true(finds(ja, "PHONE"));
}

static void test_obfuscated_email_with_german_at_word(void **st)
{
    (void)st;
    assert_true(finds("Schreib mir an pmaurutz \xc3\xa4t posteo (punkt) de, danke", "EMAIL"));
    assert_true(finds("Schreib mir an pmaurutz \xc3\xa4t posteo dot de, danke", "EMAIL"));
    assert_false(finds("Ich bin \xc3\xa4t home punkt", "EMAIL"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_email_cut_across_anthropic_blocks_masked_and_restored),
        cmocka_unit_test(test_card_and_iban_cut_across_gemini_parts),
        cmocka_unit_test(test_email_over_three_blocks),
        cmocka_unit_test(test_whole_email_then_word_block_not_glued),
        cmocka_unit_test(test_blocks_cut_between_words_or_numbers_stay),
        cmocka_unit_test(test_glued_blocks_split_walk_gives_same_bytes),
        cmocka_unit_test(test_keyless_card_array_in_text_after_card_word),
        cmocka_unit_test(test_phone_closed_by_arabic_or_ideographic_comma_whole),
        cmocka_unit_test(test_obfuscated_email_with_german_at_word),
    };
    return cmocka_run_group_tests(tests, setup, split_teardown);
}
