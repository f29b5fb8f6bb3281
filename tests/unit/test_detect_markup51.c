/* test_detect_markup51.c: one visible string written as several runs of document markup
 * (markup51.c).
 * - docx runs, a proofing mark between them, and an SVG tspan split are read as one string: both
 *   pieces of a name are found, each as its own finding; a paragraph break is a line break.
 * - A PDF TJ array's kerning gaps join its strings ("[(Ma) -20 (ria) -250 (Keller)] TJ").
 * - Each token replaces exactly its piece, the markup between the pieces goes out as it came, and
 *   the response restores every piece. */
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

static void test_docx_runs_split_name_found_per_piece(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<w:p><w:r><w:t>Name: </w:t></w:r><w:r><w:t>Ma</w:t></w:r><w:proofErr "
         "w:type=\"spellStart\"/><w:r><w:t xml:space=\"preserve\">ria Keller</w:t></w:r></w:p>",
         "PERSON=Ma;PERSON=ria Keller"},
        {"[(Ma) -20 (ria) -250 (Keller)] TJ", "PERSON=Ma;PERSON=ria;PERSON=Keller"},
    };
    CHECK(def_engine, c);
}

/* An SVG text block's lines are tspans that move down ("dy=\"18\"" or a "y" of their own): the
 * next line is not the rest of the last line's word, so a birth date and the street under it stay
 * two values (joined, "23/07/2000Calle de Alcalá 142" was neither). */
static void test_svg_tspan_on_a_new_line_is_not_joined(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<text x=\"60\" y=\"300\"><tspan x=\"60\" dy=\"0\">Fecha de nacimiento: "
         "23/07/2000</tspan><tspan x=\"60\" dy=\"18\">Calle de Alcal\xc3\xa1 142, 3\xc2\xba "
         "B</tspan><tspan x=\"60\" dy=\"18\">28014 Madrid</tspan></text>",
         "DATE_OF_BIRTH=23/07/2000;STREET_ADDRESS=Calle de Alcal\xc3\xa1 142, 3\xc2\xba B"},
        {"<text><tspan x=\"60\" y=\"300\">Geburtsdatum: 21.06.1986</tspan><tspan x=\"60\" "
         "y=\"318\">K\xc3\xb6nigsallee 107</tspan></text>",
         "DATE_OF_BIRTH=21.06.1986;STREET_ADDRESS=K\xc3\xb6nigsallee 107"},
    };
    CHECK(def_engine, c);
}

static void test_docx_paragraph_break_reads_as_line_break(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<w:p><w:r><w:t>Adresse: </w:t></w:r><w:r><w:t>\xc3\x85"
         "boulevard </w:t></w:r><w:r><w:t>"
         "148</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>8000 Aarhus C</w:t></w:r></w:p>",
         "STREET_ADDRESS=\xc3\x85"
         "boulevard;STREET_ADDRESS=148;STREET_ADDRESS=8000 Aarhus C"},
    };
    CHECK(def_engine, c);
}

static void test_run_split_name_restores_piece_by_piece(void **state)
{
    (void)state;
    static const char req[] =
        "{\"messages\":[{\"role\":\"user\",\"content\":\"<w:p><w:r><w:t>Name: </w:t></w:r><w:r>"
        "<w:t>J\xc3\xbcr</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>gen Schr\xc3\xb6"
        "der</w:t></w:r></w:p>\"}]}";
    static const char seam[] = "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>";
    anon_session_t *s;
    char *r = rewrite_openai(req, &s);
    lacks(r, "J\xc3\xbcr");
    lacks(r, "gen Schr");
    /* the markup between the pieces goes out as it came: one token on each side of it */
    const char *at = strstr(r, seam);
    assert_non_null(at);
    assert_true(at > r && at[-1] == ']');
    assert_true(at[strlen(seam)] == '[');
    restores(s, r, req);
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_docx_runs_split_name_found_per_piece),
        cmocka_unit_test(test_docx_paragraph_break_reads_as_line_break),
        cmocka_unit_test(test_svg_tspan_on_a_new_line_is_not_joined),
        cmocka_unit_test(test_run_split_name_restores_piece_by_piece),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
