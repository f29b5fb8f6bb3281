/* test_runs66.c: a value cut by a slide's DrawingML runs (markup51.c, branch runs66). PowerPoint
 * writes one visible string as several "<a:r><a:rPr .../><a:t>...</a:t></a:r>" runs whenever the
 * formatting or the spell checker changes inside it, and "<a:br>" inside a paragraph is a line
 * break: a phone cut over two runs, a card cut over two runs with a revision of its bold, and a
 * street then its town after an <a:br> are found, each piece as its own finding; the same runs
 * around an order number (no Luhn) and EMU offsets find nothing; every prefix of such text is
 * scanned without a read past its end. */
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

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* The findings of text as "TYPE=value;..." in order. */
static void found(const char *text, char *buf, size_t cap)
{
    anon_finding_t *f = NULL;
    size_t n = 0, o = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        int k = snprintf(buf + o, cap - o, "%s%s=%.*s", i ? ";" : "",
                         anon_engine_type_name(eng, f[i].type), (int)(f[i].end - f[i].start),
                         text + f[i].start);
        assert_true(k > 0 && (size_t)k < cap - o);
        o += (size_t)k;
    }
    free(f);
}

static void expect(const char *text, const char *want)
{
    char got[2048];
    found(text, got, sizeof got);
    if (strcmp(got, want) != 0)
        fail_msg("text: %s\n  want: %s\n  got:  %s", text, want, got);
}

#define PHONE_RUNS                                                                                 \
    "<a:p><a:r><a:rPr lang=\"de-DE\"/><a:t>Telefon: +49 30</a:t></a:r><a:r><a:rPr "                \
    "lang=\"de-DE\" b=\"1\" dirty=\"0\"/><a:t> 9018 2034</a:t></a:r></a:p>"
#define CARD_RUNS                                                                                  \
    "<a:p><a:r><a:rPr lang=\"en-GB\"/><a:t>Card: 5213 1463</a:t></a:r><a:r><a:rPr lang=\"en-GB\" " \
    "b=\"1\"><a:solidFill><a:srgbClr val=\"C00000\"/></a:solidFill></a:rPr><a:t> 7448 "            \
    "1722</a:t></a:r></a:p>"
#define STREET_RUNS                                                                                \
    "<a:p><a:r><a:rPr lang=\"de-DE\"/><a:t>Adresse: Lindenstra\xc3\x9f"                            \
    "e 14</a:t></a:r><a:br><a:rPr lang=\"de-DE\"/></a:br><a:r><a:rPr lang=\"de-DE\" "              \
    "err=\"1\"/><a:t>10969 Berlin</a:t></a:r></a:p>"
#define LOOKALIKE_RUNS                                                                             \
    "<p:spPr><a:xfrm><a:off x=\"914400\" y=\"1371600\"/><a:ext cx=\"8229600\" "                    \
    "cy=\"914400\"/></a:xfrm></p:spPr><a:p><a:r><a:rPr lang=\"en-US\"/><a:t>Order 4006 "           \
    "3813</a:t></a:r><a:r><a:rPr lang=\"en-US\" b=\"1\"/><a:t> 3393 1001</a:t></a:r></a:p>"

static void test_pptx_phone_split_over_runs_found_per_piece(void **state)
{
    (void)state;
    expect(PHONE_RUNS, "PHONE=+49 30;PHONE=9018 2034");
}

static void test_pptx_card_split_over_runs_found_per_piece(void **state)
{
    (void)state;
    expect(CARD_RUNS, "CREDIT_CARD=5213 1463;CREDIT_CARD=7448 1722");
}

static void test_pptx_line_break_between_street_and_town(void **state)
{
    (void)state;
    expect(STREET_RUNS, "STREET_ADDRESS=Lindenstra\xc3\x9f"
                        "e 14;STREET_ADDRESS=10969 Berlin");
}

static void test_pptx_runs_around_non_pii_find_nothing(void **state)
{
    (void)state;
    expect(LOOKALIKE_RUNS, "");
}

static void test_pptx_runs_prefixes(void **state)
{
    (void)state;
    scan_every_prefix(PHONE_RUNS "\n" CARD_RUNS "\n" STREET_RUNS
                                 "\n<a:p><a:r><a:t>x</a:t></a:r><a:");
}

/* A docx e-mail cut at its '@' joins; HTML words beside bold versions and order numbers stay as
 * they are. */
#define DOCX_EMAIL                                                                                 \
    "<w:p><w:r><w:t xml:space=\"preserve\">E-Mail: </w:t></w:r><w:r><w:t>maria.keller</w:t></w:r>" \
    "<w:r><w:rPr><w:noProof/></w:rPr><w:t>@gmx.de</w:t></w:r></w:p>"
#define HTML_LOOKALIKE                                                                             \
    "<p>Version <b>2.14</b>.3 of <em>Dyson</em> V15, order <b>4006 3813</b> 3393 1002</p>"

static void test_docx_email_cut_at_its_at_sign(void **state)
{
    (void)state;
    expect(DOCX_EMAIL, "EMAIL=maria.keller;EMAIL=@gmx.de");
    expect(HTML_LOOKALIKE, "");
}

static void test_docx_email_prefixes(void **state)
{
    (void)state;
    scan_every_prefix(DOCX_EMAIL "\n" HTML_LOOKALIKE "\n<w:r><w:t>x</w:t></w:r><w:r><w:t>@");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pptx_phone_split_over_runs_found_per_piece),
        cmocka_unit_test(test_pptx_card_split_over_runs_found_per_piece),
        cmocka_unit_test(test_pptx_line_break_between_street_and_town),
        cmocka_unit_test(test_pptx_runs_around_non_pii_find_nothing),
        cmocka_unit_test(test_pptx_runs_prefixes),
        cmocka_unit_test(test_docx_email_cut_at_its_at_sign),
        cmocka_unit_test(test_docx_email_prefixes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
