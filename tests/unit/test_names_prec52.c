/* test_names_prec52.c: a JSON member under a key a person also fills (names_prec52.c, read from
 * rewrite.c's member walk): a pet under "Patient" beside its chip or species key, a horse or a
 * boat under "Name" beside its breed, hull or berth keys stay readable; the owner beside them, a
 * clinic's patient with no animal key, and a name beside a phone stay masked. */
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

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

/* A Gemini functionResponse carrying obj natively, and an OpenAI tool result carrying it as a
 * JSON document in a string (esc: obj with its quotes escaped). */
#define GEMINI(obj)                                                                                \
    "{\"contents\": [{\"role\": \"user\", \"parts\": [{\"functionResponse\": {\"name\": \"db\", "  \
    "\"response\": " obj "}}]}]}"
#define OPENAI(esc)                                                                                \
    "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"check\"}, {\"role\": "  \
    "\"tool\", \"tool_call_id\": \"c\", \"content\": \"" esc "\"}]}"

static void test_prec52_pet_patient_member(void **state)
{
    (void)state;
    static const char *const bodies[] = {
        GEMINI("{\"records\": [{\"Patient\": \"Bella\", \"Chip\": \"981035097518870\", "
               "\"Owner\": \"Rebecca Okafor\"}]}"),
        OPENAI("[{\\\"Owner\\\": \\\"Rebecca Okafor\\\", \\\"species\\\": \\\"dog\\\", "
               "\\\"pasient\\\": \\\"Bella\\\"}]"),
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        char *out = rewrite_json(bodies[i]);
        assert_null(strstr(out, "Rebecca Okafor"));
        assert_non_null(strstr(out, "Bella"));
        free(out);
    }
    /* a clinic's patient: no animal key in the object */
    char *out =
        rewrite_json(GEMINI("{\"records\": [{\"Patient\": \"Bella Okafor\", \"Ward\": \"4B\", "
                            "\"Status\": \"admitted\"}]}"));
    assert_null(strstr(out, "Bella Okafor"));
    free(out);
}

static void test_prec52_thing_name_member(void **state)
{
    (void)state;
    static const char *const bodies[] = {
        GEMINI("{\"horses\": [{\"Name\": \"Lady Marigold\", \"Breed\": \"Hanoverian\", "
               "\"Owner\": \"Rebecca Okafor\"}]}"),
        OPENAI("{\\\"boats\\\": [{\\\"navn\\\": \\\"Lady Marigold\\\", \\\"Hull\\\": "
               "\\\"HIN-84806\\\", \\\"Berth\\\": \\\"B4\\\"}], \\\"crew\\\": [{\\\"Name\\\": "
               "\\\"Rebecca Okafor\\\", \\\"Role\\\": \\\"skipper\\\"}]}"),
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        char *out = rewrite_json(bodies[i]);
        assert_null(strstr(out, "Rebecca Okafor"));
        assert_non_null(strstr(out, "Lady Marigold"));
        free(out);
    }
    /* an owner's record keys the pet's chip and a phone: its name is a person's */
    char *out = rewrite_json(GEMINI("{\"owners\": [{\"Name\": \"Rebecca Okafor\", \"Chip\": "
                                    "\"981035097518870\", \"Phone\": \"on file\"}]}"));
    assert_null(strstr(out, "Rebecca Okafor"));
    free(out);
}

static void test_prec52_patient_spellings(void **state)
{
    (void)state;
    static const char *const k[] = {"Patient",   "paciente",  "pacijent", "pasien",
                                    "pacientas", "Patientin", "pacjent"};
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
        char in[96];
        int n = snprintf(in, sizeof in, "{\"%s\": \"Bella\", \"breed\": \"Lop\"}", k[i]);
        size_t at = (size_t)(strstr(in, "Bella") - in) + 5;
        assert_true(anon_names_thing_member(k[i], strlen(k[i]), "Bella", 5, (const uint8_t *)in,
                                            (size_t)n, at));
    }
    static const char in[] = "{\"patience\": \"Bella\", \"breed\": \"Lop\"}";
    assert_false(
        anon_names_thing_member("patience", 8, "Bella", 5, (const uint8_t *)in, sizeof in - 1, 20));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prec52_pet_patient_member),
        cmocka_unit_test(test_prec52_thing_name_member),
        cmocka_unit_test(test_prec52_patient_spellings),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
