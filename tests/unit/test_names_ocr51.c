/* test_names_ocr51.c: values on OCR'd scans and faxes of forms (branch ocr51).
 * - A phone word as OCR misreads it on a scanned form ("Te1efone.", "TE1:", "T1F", "MOBI1E:",
 *   "TE1EFON") labels the number after it as a phone, as its spelling does; the table is
 *   narrow: a word that only looks like one ("TEA:", "TIFF") labels nothing ("TIF" is OCR'd
 *   "TLF" since phone63).
 * - A line-end hyphen inside a word (a scan keeps the printer's hyphenation) joins the two
 *   pieces: "Pem-\nberton" is one name, "SCHLÜTER-\nSTRASSE 12" one street (ocr51.c); the
 *   token replaces both pieces and the break, and the response restores them as they were sent.
 *   A list's dash and a capital after small letters start a new line as before. */
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

static void test_misread_phone_words_label_a_phone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Te1efone. 949 284 179\n", "PHONE=949 284 179"},
        {"TE1: 916 677 305\n", "PHONE=916 677 305"},
        {"T1F 89 60 04 02\n", "PHONE=89 60 04 02"},
        {"MOBI1E: 938 684 291\n", "PHONE=938 684 291"},
        /* words that only look like one label nothing */
        {"TEA: 949 284 179\n", ""},
        {"TIFF 89 60 04 02\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_line_end_hyphen_keeps_a_value_whole(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NAME: Harriet Pem-\nberton\n", "PERSON=Harriet Pem-\nberton"},
        {"NAME: Małgo-\n  rzata Wiśniewska\n", "PERSON=Małgo-\n  rzata Wiśniewska"},
        {"STRASSE: SCHLÜTER-\nSTRASSE 12\n", "STREET_ADDRESS=SCHLÜTER-\nSTRASSE 12"},
        /* a capital after small letters starts a new word: two findings, no join */
        {"NAME: Harriet Pem-\nBerton\n", "PERSON=Harriet Pem;PERSON=Berton"},
    };
    CHECK(def_engine, c);
}

/* The request rewritten, then an answer holding its token restored: the token comes back as the
 * text it replaced, both pieces and the hyphen and break between them. */
static void test_hyphen_split_value_round_trips(void **state)
{
    (void)state;
    static const char req[] = "{\"messages\":[{\"role\":\"user\",\"content\":\"Correct the OCR "
                              "errors:\\nNAME: Harriet Pem-\\nberton\\nTE1: 949 284 179\"}]}";
    static const char want[] = "Dear Harriet Pem-\nberton, we call 949 284 179.";
    static const char *const gone[] = {"berton", "Pem", "284", NULL};
    answer_round_trip(req, gone, "Dear [PERSON_1], we call [PHONE_1].", want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_misread_phone_words_label_a_phone),
        cmocka_unit_test(test_line_end_hyphen_keeps_a_value_whole),
        cmocka_unit_test(test_hyphen_split_value_round_trips),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
