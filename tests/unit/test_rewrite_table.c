/* test_rewrite_table.c: an array of arrays read as a table (rewrite_table.c), and a form's label
 * that ends one text of a conversation read before the next (rewrite.c lead_of(),
 * anon_session_scan_after()).
 *
 * Sheets values by rows: a cell is the value of its column's header ("Geburtsdatum", "Straße",
 * "Name" beside them); by columns after "majorDimension": "COLUMNS", of its inner array's first
 * cell; header cells, inventory sheets, a product "Name" column with no person column beside it
 * and arrays of numbers stay. A label that ends a tool result ("Data de nascimento:") is read
 * before the next tool result's text in the chat-completions, Anthropic and Responses shapes;
 * a product after "Produkt:" and a status after "Status:" stay. Two member names of one object
 * that name one person in two forms keep two tokens (anon_session_scan_key), so the object keeps
 * two members. A value under a person's name is read under the key of its object
 * (`{"Geburtstage": {"X": date}}`), and a key named like a person under a list-of-people key
 * (`"reviewers"`) as that key's value; settings, offices, i18n phrases and firms as keys stay.
 * Round trips give the bytes back. */
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
#include "anonymize/names.h"
#include "rewrite_rt.h"

static void test_sheet_rows_read_under_their_header(void **st)
{
    (void)st;
    const char *body = TOOL_OPEN
        "{\\\"range\\\":\\\"A1:D3\\\",\\\"majorDimension\\\":\\\"ROWS\\\",\\\"values\\\":"
        "[[\\\"Name\\\",\\\"Geburtsdatum\\\",\\\"Stra\303\237e\\\",\\\"Abteilung\\\"],"
        "[\\\"Brantor Wickley\\\",\\\"04.03.1987\\\",\\\"Lindenweg 5\\\",\\\"Helpdesk\\\"],"
        "[\\\"Kelwin Holbach\\\",\\\"1990-01-02\\\",\\\"Hauptstra\303\237e 9\\\","
        "\\\"Finance Team\\\"]]}" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "Wickley");
    lacks(r, "Holbach");
    lacks(r, "04.03.1987");
    lacks(r, "1990-01-02");
    lacks(r, "Lindenweg");
    /* the header row and the other column stay */
    has(r, "[[\\\"Name\\\",\\\"Geburtsdatum\\\",\\\"Stra\303\237e\\\",\\\"Abteilung\\\"]");
    has(r, "\\\"Helpdesk\\\"");
    has(r, "\\\"Finance Team\\\"");
    restores(s, "[PERSON_1], [DATE_OF_BIRTH_1], [STREET_ADDRESS_1]",
             "Brantor Wickley, 04.03.1987, Lindenweg 5");
    anon_session_free(s);
    free(r);
}

static void test_sheet_by_columns_read_under_first_cell(void **st)
{
    (void)st;
    const char *body =
        "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"read\","
        "\"response\":{\"range\":\"A1:C3\",\"majorDimension\":\"COLUMNS\",\"values\":["
        "[\"Nachname\",\"Wickley\",\"Holbach\"],[\"Geburtsdatum\",\"04.03.1987\",\"1990-01-02\"],"
        "[\"Eintritt\",\"2021-01-01\",\"2022-02-02\"]]}}}]}]}";
    char *r = rewrite(body, NULL);
    lacks(r, "Wickley");
    lacks(r, "04.03.1987");
    lacks(r, "1990-01-02");
    has(r, "[\"Eintritt\",\"2021-01-01\",\"2022-02-02\"]");
    has(r, "[\"Nachname\",");
    free(r);
}

static void test_inventory_and_product_tables_stay(void **st)
{
    (void)st;
    const char *inv = TOOL_OPEN "{\\\"values\\\":[[\\\"SKU\\\",\\\"Artikel\\\",\\\"Menge\\\"],"
                                "[\\\"SKU-00042\\\",\\\"Bosch Professional\\\",\\\"4\\\"],"
                                "[\\\"SKU-00043\\\",\\\"Philips Hue\\\",\\\"9\\\"]]}" TOOL_CLOSE;
    char *r = rewrite(inv, NULL);
    has(r, "Bosch Professional");
    has(r, "Philips Hue");
    free(r);
    /* a weak "Name" column with no birth, street or name-part column beside it */
    const char *prod = TOOL_OPEN "{\\\"values\\\":[[\\\"Name\\\",\\\"Version\\\"],"
                                 "[\\\"Apache Kafka\\\",\\\"3.6\\\"],"
                                 "[\\\"Visual Studio Code\\\",\\\"1.85\\\"]]}" TOOL_CLOSE;
    r = rewrite(prod, NULL);
    has(r, "Apache Kafka");
    has(r, "Visual Studio Code");
    free(r);
    /* a matrix of numbers and a table whose first cell is no string */
    const char *mat =
        TOOL_OPEN "{\\\"m\\\":[[\\\"1\\\",\\\"2\\\"],[\\\"3\\\",\\\"4\\\"]],"
                  "\\\"t\\\":[[1,\\\"Geburtsdatum\\\"],[2,\\\"2021-01-01\\\"]]}" TOOL_CLOSE;
    r = rewrite(mat, NULL);
    has(r, "[[\\\"1\\\",\\\"2\\\"],[\\\"3\\\",\\\"4\\\"]]");
    free(r);
}

static void test_label_ending_tool_result_read_before_next(void **st)
{
    (void)st;
    const char *oai =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Pages?\"},"
        "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"Ficha\\nData de nascimento:\"},"
        "{\"role\":\"tool\",\"tool_call_id\":\"c2\",\"content\":\"2006-04-08\\nMotivo: "
        "consulta\"}]}";
    const char *anth =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\","
        "\"tool_use_id\":\"t1\",\"content\":\"Ficha\\nData de nascimento: \"},{\"type\":"
        "\"tool_result\",\"tool_use_id\":\"t2\",\"content\":\"2006-04-08\\nMotivo: consulta\"}]}]}";
    const char *resp =
        "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":\"Pages?\"},"
        "{\"type\":\"function_call_output\",\"call_id\":\"c1\",\"output\":\"Ficha\\nData de "
        "nascimento:\\n\"},{\"type\":\"function_call_output\",\"call_id\":\"c2\",\"output\":"
        "\"2006-04-08\\nMotivo: consulta\"}]}";
    const char *bodies[] = {oai, anth, resp};
    for (size_t i = 0; i < 3; i++) {
        anon_session_t *s;
        char *r = rewrite(bodies[i], &s);
        lacks(r, "2006-04-08");
        has(r, "\"[DATE_OF_BIRTH_1]\\nMotivo: consulta\"");
        has(r, "Data de nascimento:");
        restores(s, "Born [DATE_OF_BIRTH_1].", "Born 2006-04-08.");
        anon_session_free(s);
        free(r);
    }
    /* without the label the date alone is no birth date */
    char *r = rewrite("{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c1\","
                      "\"content\":\"Ficha\\nData:\"},{\"role\":\"tool\",\"tool_call_id\":\"c2\","
                      "\"content\":\"2006-04-08\\nMotivo: consulta\"}]}",
                      NULL);
    has(r, "2006-04-08");
    free(r);
}

static void test_lookalikes_after_a_carried_label_stay(void **st)
{
    (void)st;
    const char *body =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Ticket?\"},"
        "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"Ticket 4471\\nProdukt:\"},"
        "{\"role\":\"tool\",\"tool_call_id\":\"c2\",\"content\":\"Adobe Acrobat\\nStatus:\"},"
        "{\"role\":\"tool\",\"tool_call_id\":\"c3\",\"content\":\"open\"},"
        "{\"role\":\"assistant\",\"content\":\"The ticket is about 3 items: see below.\"},"
        "{\"role\":\"user\",\"content\":\"Thanks\"}]}";
    char *r = rewrite(body, NULL);
    has(r, "\"Adobe Acrobat\\nStatus:\"");
    has(r, "\"content\":\"open\"");
    has(r, "\"content\":\"Thanks\"");
    free(r);
    /* a user's message that ends on a label and the answer to it are no tool's pages */
    r = rewrite("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Fill this "
                "in:\\nName:\"},{\"role\":\"assistant\",\"content\":\"Das Formular ist leer\"}]}",
                NULL);
    has(r, "\"Das Formular ist leer\"");
    free(r);
}

static void test_keys_of_one_person_in_two_forms_stay_two_keys(void **st)
{
    (void)st;
    const char *body = TOOL_OPEN "{\\\"staff\\\": {\\\"Brantor Wickley\\\": 3, "
                                 "\\\"Wickley, Brantor\\\": 6, \\\"Lisboa\\\": 1}}" TOOL_CLOSE;
    anon_session_t *s;
    char *r = rewrite(body, &s);
    lacks(r, "Wickley");
    has(r, "{\\\"[PERSON_1]\\\": 3, \\\"[PERSON_2]\\\": 6, \\\"Lisboa\\\": 1}");
    restores(s, "[PERSON_1] and [PERSON_2]", "Brantor Wickley and Wickley, Brantor");
    anon_session_free(s);
    free(r);
    /* a value names the same person in its other form: one token, as before */
    r = rewrite("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                "\"Maria Keller wrote. Keller, Maria signed.\"}]}",
                NULL);
    has(r, "[PERSON_1] wrote. [PERSON_1] signed.");
    free(r);
}

static void test_owner_key_reads_values_and_keys_named_like_people(void **st)
{
    (void)st;
    /* values under people's names: the object's key says what they are */
    char *r = rewrite(TOOL_OPEN
                      "{\\\"Geburtstage\\\": {\\\"Kelkelmann, Holfen\\\": \\\"25. Juli "
                      "1950\\\", \\\"Bremau Mauholrutzmann\\\": \\\"2002-03-27\\\"}}" TOOL_CLOSE,
                      NULL);
    lacks(r, "25. Juli 1950");
    lacks(r, "2002-03-27");
    free(r);
    /* keys under a list-of-people key are read as its values */
    r = rewrite(TOOL_OPEN "{\\\"reviewers\\\": {\\\"Gausaraud, Sarteau\\\": 2, "
                          "\\\"Brantor Wickley\\\": 1}}" TOOL_CLOSE,
                NULL);
    lacks(r, "Gausaraud");
    lacks(r, "Wickley");
    has(r, "{\\\"reviewers\\\": {");
    free(r);
}

static void test_keys_and_values_of_things_stay(void **st)
{
    (void)st;
    const char *docs[] = {
        TOOL_OPEN "{\\\"settings\\\": {\\\"Word Wrap\\\": \\\"on\\\", \\\"Font Family\\\": "
                  "\\\"Fira Code\\\", \\\"editor.tabSize\\\": 4}}" TOOL_CLOSE,
        TOOL_OPEN "{\\\"offices\\\": {\\\"Santa Cruz\\\": {\\\"headcount\\\": 4}, \\\"Porto "
                  "Alegre\\\": {\\\"headcount\\\": 9}}}" TOOL_CLOSE,
        TOOL_OPEN "{\\\"messages\\\": {\\\"Save Changes\\\": \\\"Speichern\\\", \\\"Sign In\\\": "
                  "\\\"Anmelden\\\"}}" TOOL_CLOSE,
        TOOL_OPEN
        "{\\\"vendors\\\": {\\\"Hugo Boss AG\\\": {\\\"contract\\\": \\\"C-0042\\\"}}}" TOOL_CLOSE,
    };
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        char *r = rewrite(docs[i], NULL);
        if (strcmp(r, docs[i]) != 0)
            fail_msg("%s changed: %s", docs[i], r);
        free(r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sheet_rows_read_under_their_header),
        cmocka_unit_test(test_sheet_by_columns_read_under_first_cell),
        cmocka_unit_test(test_inventory_and_product_tables_stay),
        cmocka_unit_test(test_label_ending_tool_result_read_before_next),
        cmocka_unit_test(test_lookalikes_after_a_carried_label_stay),
        cmocka_unit_test(test_keys_of_one_person_in_two_forms_stay_two_keys),
        cmocka_unit_test(test_owner_key_reads_values_and_keys_named_like_people),
        cmocka_unit_test(test_keys_and_values_of_things_stay),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
