/* test_leaks53.c: an xlsx sheet's XML pasted into a request keeps a form's label and its value in
 * two cells of one row (branch leaks53, contrib/bench/accuracy/notes/leaks53.md). The detection
 * view reads the markup between the cells as a tab and between rows as a line break
 * (anonymize/markup53.c), so "Mobile</t></is></c><c r=\"B2\"><v>447924521866</v></c>" is masked
 * as "Mobile\t447924521866" is, and restored byte for byte; a label naming no phone or birth
 * leaves its number, and markup that is no cell boundary stays as it was. A "nationalNumber" member
 * (libphonenumber's PhoneNumber as protobuf JSON) is a phone key (session_keys.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#include "rewrite_rt.h"

#define ROW(r, a, b)                                                                               \
    "<row r=\\\"" r "\\\"><c r=\\\"A" r "\\\" t=\\\"inlineStr\\\"><is><t>" a                       \
    "</t></is></c><c r=\\\"B" r "\\\"><v>" b "</v></c></row>"

static void test_xlsx_label_cell_and_phone_cell_masked_and_restored(void **st)
{
    (void)st;
    const char *body =
        TOOL_OPEN "<sheetData>" ROW("1", "Full name", "x") ROW("2", "Mobile", "447924521866")
            ROW("3", "Employee no", "5957630") "</sheetData>" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "447924521866");
    has(r, "<v>[PHONE_1]</v>");
    has(r, "<v>5957630</v>");
    restores(s, "<c r=\"B2\"><v>[PHONE_1]</v></c>", "<c r=\"B2\"><v>447924521866</v></c>");
    anon_session_free(s);
    free(r);
}

static void test_xlsx_str_cells_birth_date_masked_and_restored(void **st)
{
    (void)st;
    const char *body =
        TOOL_OPEN "<row r=\\\"3\\\"><c r=\\\"A3\\\" t=\\\"str\\\"><v>Geburtsdatum</v></c><c "
                  "r=\\\"B3\\\" t=\\\"str\\\"><v>21.08.1967</v></c></row>" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "21.08.1967");
    has(r, "<v>[DATE_OF_BIRTH_1]</v>");
    restores(s, "geboren [DATE_OF_BIRTH_1]", "geboren 21.08.1967");
    anon_session_free(s);
    free(r);
}

static void test_xlsx_cells_without_a_label_stay(void **st)
{
    (void)st;
    /* an order number beside its label, and an invoice date: no phone, no birth */
    const char *body = TOOL_OPEN "<sheetData>" ROW("1", "Order no", "2025004512")
        ROW("2", "Invoice date", "04.06.2025") "</sheetData>" TOOL_CLOSE;
    char *r = rewrite(body, NULL);
    has(r, "<v>2025004512</v>");
    has(r, "<v>04.06.2025</v>");
    free(r);
}

static void test_national_number_of_a_phone_message_masked_and_restored(void **st)
{
    (void)st;
    /* libphonenumber's PhoneNumber as protobuf JSON: the number after its country code, a JSON
     * number or an int64 string; the account number beside it stays */
    const char *body = TOOL_OPEN
        "{\\\"phone\\\":{\\\"countryCode\\\":44,\\\"nationalNumber\\\":7539156148},"
        "\\\"alt\\\":{\\\"country_code\\\":49,\\\"national_number\\\":\\\"15112345678\\\"},"
        "\\\"accountNumber\\\":\\\"4394706410\\\"}" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "7539156148");
    lacks(r, "15112345678");
    has(r, "4394706410");
    restores(s, "Ruf [PHONE_2] an.", "Ruf 15112345678 an.");
    anon_session_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_xlsx_label_cell_and_phone_cell_masked_and_restored),
        cmocka_unit_test(test_xlsx_str_cells_birth_date_masked_and_restored),
        cmocka_unit_test(test_xlsx_cells_without_a_label_stay),
        cmocka_unit_test(test_national_number_of_a_phone_message_masked_and_restored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
