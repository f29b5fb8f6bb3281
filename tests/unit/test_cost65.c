/* test_cost65.c: branch cost65's gate (contrib/bench/accuracy/notes/cost65.md). nw_rare_bytes()
 * says in NW_RB_HIGH whether a text holds any byte of 0xCE or more, and nw_script2_has() skips
 * its pass over a text of scan()'s without one: the bit must be set for every such byte wherever
 * it stands (the AVX2 steps, the overlapping last step, the byte loop), and the births after a
 * script's birth word that the skipped pass no longer guards are still found, at the text's start
 * and end, in texts long enough for scan() to ask for the rare bytes (64 bytes or more). */
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

#define NAMES_SKIP_TYPE "PERSON"
#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* The bytes a Latin text holds: ASCII, Latin-1 and Latin Extended lead bytes (0xC3 .. 0xCD),
 * continuation bytes, the rare bytes' look-alikes; none of 0xCE or more. */
static const uint8_t latin[16] = {'a',  'Z',  '0',  ' ',  '.',  0xC3, 0xA9, 0xCD,
                                  0xBF, 0xC5, 0x82, 0x80, 0x3E, 0x4C, 0x7D, 0x0C};

static void fill(uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        b[i] = latin[i % 16];
}

static void test_high_bit_wherever_the_byte_is(void **state)
{
    (void)state;
    static const uint8_t high[] = {0xCE, 0xCF, 0xD0, 0xDB, 0xE0, 0xE2,
                                   0xE3, 0xED, 0xEF, 0xF0, 0xFF};
    uint8_t buf[256 + 32];
    for (int avx = 0; avx < 2; avx++) {
        nw_walk_avx2(avx);
        for (size_t len = 0; len <= 200; len++)
            for (size_t off = 0; off < 32; off += 7) {
                fill(buf + off, len);
                assert_int_equal(nw_rare_bytes(buf + off, len) & NW_RB_HIGH, 0);
                for (size_t k = 0; k < sizeof high && len; k++) {
                    size_t at[3] = {(len * 7 + k * 13) % len, len - 1, 0};
                    for (int a = 0; a < 3; a++) {
                        fill(buf + off, len);
                        buf[off + at[a]] = high[k];
                        assert_int_equal(nw_rare_bytes(buf + off, len) & NW_RB_HIGH, NW_RB_HIGH);
                    }
                }
                /* the eight bits are as before: a high byte sets no other */
                fill(buf + off, len);
                if (len)
                    buf[off + len / 2] = 0xE4;
                assert_int_equal(nw_rare_bytes(buf + off, len) & ~(unsigned)NW_RB_HIGH, 0);
            }
    }
    nw_walk_avx2(1);
}

/* A birth after a Cyrillic, Han or Hangul birth word in a text of 64 bytes or more, its script's
 * bytes at the start, or only at the end (the last AVX2 step overlaps the one before): found, with
 * AVX2 and without. */
static void test_script_births_in_long_texts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"The form below was filled in by the applicant at the counter, copied as typed. "
         "Дата рождения: 12.07.1979",
         "DATE_OF_BIRTH=12.07.1979"},
        {"Дата рождения: 12.07.1979, and the rest of the record is plain ASCII text that goes on "
         "for a while.\n",
         "DATE_OF_BIRTH=12.07.1979"},
        {"Please check the line below; the customer wrote it in their own language, twice over. "
         "我出生于1979年7月12日。",
         "DATE_OF_BIRTH=1979年7月12日"},
        {"Notes from the intake call, pasted from the ticket without edits by the support desk: "
         "출생일: 1979년 7월 12일",
         "DATE_OF_BIRTH=1979년 7월 12일"},
    };
    for (int avx = 0; avx < 2; avx++) {
        nw_walk_avx2(avx);
        CHECK(c);
    }
    nw_walk_avx2(1);
}

static void test_script_birth_prefixes(void **state)
{
    (void)state;
    scan_every_prefix("The form below was filled in by the applicant at the counter, copied as "
                      "typed. Дата рождения: 12.07.1979\n我出生于1979年7月12日。");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_high_bit_wherever_the_byte_is),
        cmocka_unit_test(test_script_births_in_long_texts),
        cmocka_unit_test(test_script_birth_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
