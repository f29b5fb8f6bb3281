/* test_names_speednames.c: the gates of branch speednames, each a test that may only skip work
 * whose answer is known: names_asr.c's transcript test skips the role-label test of a line with
 * no ':' in its first 40 bytes (found from the text's next ':'), which gives the same answer at
 * the bound and when the next ':' lies lines ahead; names_bytes.c's rare bytes are the bytes a
 * plain search finds, at every length and offset, with AVX2 and without, and the passes they
 * let skip a search still find the people of texts that hold the byte. */
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

static unsigned plain_rare(const uint8_t *t, size_t n)
{
    static const char bytes[] = "<=@/|;\\\t"; /* in the order of the NW_RB_* bits */
    unsigned m = 0;
    for (size_t i = 0; i < n; i++)
        for (unsigned k = 0; k < 8; k++)
            if (t[i] == (uint8_t)bytes[k])
                m |= 1u << k;
    return m;
}

static void test_rare_bytes_match_a_plain_search(void **state)
{
    (void)state;
    static const uint8_t rare[8] = {'<', '=', '@', '/', '|', ';', '\\', '\t'};
    uint8_t buf[256 + 32];
    for (int avx = 0; avx < 2; avx++) {
        nw_walk_avx2(avx);
        for (size_t len = 0; len <= 200; len++)
            for (size_t off = 0; off < 32; off += 7) {
                /* letters, digits, bytes >= 0x80 and look-alikes of the rare bytes' nibbles */
                for (size_t i = 0; i < len; i++)
                    buf[off + i] = (uint8_t)("aZ09 .,:\x3e\x4c\x2c\x7d\xbc\xc3\x0c\x5b"[i % 16]);
                assert_int_equal(nw_rare_bytes(buf + off, len), plain_rare(buf + off, len));
                for (size_t k = 0; k < 8 && len; k++) {
                    size_t at = (len * 7 + k * 13) % len; /* one rare byte, anywhere */
                    uint8_t was = buf[off + at];
                    buf[off + at] = rare[k];
                    assert_int_equal(nw_rare_bytes(buf + off, len), 1u << k);
                    buf[off + at] = was;
                    buf[off + len - 1] = rare[k]; /* the last byte, the overlapping step's */
                    assert_int_equal(nw_rare_bytes(buf + off, len), 1u << k);
                    buf[off] = rare[(k + 1) % 8]; /* and the first */
                    assert_int_equal(nw_rare_bytes(buf + off, len),
                                     len == 1 ? 1u << ((k + 1) % 8)
                                              : 1u << k | 1u << ((k + 1) % 8));
                    for (size_t i = 0; i < len; i++)
                        buf[off + i] =
                            (uint8_t)("aZ09 .,:\x3e\x4c\x2c\x7d\xbc\xc3\x0c\x5b"[i % 16]);
                }
            }
    }
    nw_walk_avx2(1);
}

/* Texts whose people a pass finds after a search for a rare byte that the gate lets skip in texts
 * without it: the people stay found, with AVX2 and without, in a long text too (the 64-byte
 * steps) and next to other fields. */
static void test_rare_byte_passes_still_find_people(void **state)
{
    (void)state;
    static const struct tcase cases[] = {
        {"BEGIN:VEVENT\r\nORGANIZER;CN=Quillan Ashdene:mailto:q@brixcombe.co.uk\r\n"
         "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Velworth, Brannoc\":mailto:b@"
         "brixcombe.co.uk\r\nEND:VEVENT\r\n",
         "PERSON=Velworth, Brannoc"},
        {"\\author[2]{Telu Barez}\n\\affil[2]{Universidad de Sevilla}", "PERSON=Telu Barez"},
        {"Sheet1\n51\tVantrel Oskamp\tAarhus\t4\n50\tTervo Quillery\tGraz\t2\n",
         "PERSON=Tervo Quillery"},
    };
    char pad[600], text[1024], got[1024], want[1024];
    (void)check; /* names_cases.h's table check: these cases are looked for, not matched whole */
    for (int avx = 0; avx < 2; avx++) {
        nw_walk_avx2(avx);
        for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
            render(cases[c].text, got, sizeof got);
            assert_non_null(strstr(got, cases[c].want));
            /* after a long paragraph with none of the rare bytes but the case's own */
            memset(pad, 0, sizeof pad);
            for (size_t i = 0; i + 1 < 400; i++)
                pad[i] = "the build runs fine now. "[i % 25];
            snprintf(text, sizeof text, "%s\n\n%s", pad, cases[c].text);
            render(text, want, sizeof want);
            assert_non_null(strstr(want, cases[c].want));
        }
    }
    nw_walk_avx2(1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_asr_role_label_colon_at_the_40_byte_bound),
        cmocka_unit_test(test_asr_role_labels_after_lines_without_colon),
        cmocka_unit_test(test_rare_bytes_match_a_plain_search),
        cmocka_unit_test(test_rare_byte_passes_still_find_people),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
