/* test_cost48.c: the cost round of stop 48 (issue 19, exact). names_lists2.c summarises a text's
 * lines in one walk (lines_summary()) and runs contact_lines(), rite_entries() and
 * action_owners() only when a line leaves them work: three lines in a row whose words open with
 * a letter or a quote within 240 bytes, a line whose words open with a capital, a line that opens
 * with a bullet or a number. These texts must be found as before (each expectation is the answer
 * of the round's start, main at 44dd0313) and the look-alikes left as before: the lists after
 * code, blank lines and prose as a chat's message holds them, runs of two, runs broken by a long
 * line, a blank line or a line of symbols, and texts of more lines than the summary holds.
 */
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

#include "names_cases.h"

#define CODE "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n"
#define LIST                                                                                       \
    "- ETHAN VORSQUILL \xe2\x80\x93 12 Harwick Road, Leeds LS6 2AB\n- olwenna drabsley "           \
    "\xe2\x80\x93 "                                                                                \
    "?\n- Grace Tamberlick \xe2\x80\x93 grace.t@example.org\n"
#define ETHAN "PERSON=ETHAN VORSQUILL;STREET_ADDRESS=12 Harwick Road, Leeds LS6 2AB;"
#define FOUND ETHAN "PERSON=olwenna drabsley;PERSON=Grace Tamberlick"

static void test_contact_lists_after_code_and_prose(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Could you help me refactor this function so that it handles the empty case? " CODE LIST,
         FOUND},
        {CODE "\n" LIST "\n" CODE, FOUND},
        {LIST, FOUND},
        {"Alumni list:\n" LIST "Thanks!", FOUND},
        /* a run of two, and runs broken by a blank line, a long line and a line of symbols */
        {CODE "- ETHAN VORSQUILL \xe2\x80\x93 12 Harwick Road, Leeds LS6 2AB\n"
              "- Grace Tamberlick \xe2\x80\x93 grace.t@example.org\n",
         ETHAN "PERSON=Grace Tamberlick"},
        {"- ETHAN VORSQUILL \xe2\x80\x93 12 Harwick Road, Leeds LS6 2AB\n\n- olwenna drabsley "
         "\xe2\x80\x93 ?\n- Grace Tamberlick \xe2\x80\x93 grace.t@example.org\n",
         ETHAN "PERSON=Grace Tamberlick"},
        {"- ETHAN VORSQUILL \xe2\x80\x93 12 Harwick Road, Leeds LS6 2AB\n- olwenna drabsley "
         "\xe2\x80\x93 ? The build fails on the CI runner with a linker error about a missing "
         "symbol, and the deployment at 2024-05-01 used commit 9f8e7d6c5b4a and took 42 seconds; "
         "summarise the meeting notes below in three bullet points for the team please.\n"
         "- Grace Tamberlick \xe2\x80\x93 grace.t@example.org\n",
         ETHAN "PERSON=Grace Tamberlick"},
        {"- ETHAN VORSQUILL \xe2\x80\x93 12 Harwick Road, Leeds LS6 2AB\n-> 42 -- ok\n- olwenna "
         "drabsley \xe2\x80\x93 ?\n- Grace Tamberlick \xe2\x80\x93 grace.t@example.org\n",
         ETHAN "PERSON=Grace Tamberlick"},
        /* names that open with a quote or a letter after a number */
        {"1. 'Ethan Vorsquill': 0151 2345678\n2. 'Grace Tamberlick': 0171 1112223\n3. 'Mira "
         "Sandovel': 0160 9998887\n",
         ""},
        /* code alone: no list */
        {CODE CODE CODE, ""},
    };
    CHECK(c);
}

static void test_rites_and_owners_among_code_lines(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {CODE "Baptismal register\nKEVAN WHITMORL was baptised on 3 May 2023.\n",
         "PERSON=KEVAN WHITMORL"},
        {CODE "kevan whitmorl was baptised on 3 May 2023.\n", ""},
        {CODE "Anwesend: Walinold Drabsteiner\nEntschuldigt: Rahömar Anseihofer\nAufgaben:\n"
              "- Walinold & Rahömar: Saal buchen\n- Budget: Saal buchen\n",
         "PERSON=Walinold Drabsteiner;PERSON=Rahömar Anseihofer;PERSON=Walinold;PERSON=Rahömar"},
        {"Anwesend: Walinold Drabsteiner\nEntschuldigt: Rahömar Anseihofer\nAufgaben:\n"
         "Walinold & Rahömar: Saal buchen\n",
         "PERSON=Walinold Drabsteiner;PERSON=Rahömar Anseihofer;PERSON=Rahömar"},
    };
    CHECK(c);
}

/* More lines than the summary holds (128): every walk reads every line, as before. */
static void test_lists_past_the_summarys_lines(void **state)
{
    (void)state;
    static const char *const tails[] = {
        LIST, "Baptismal register\nKEVAN WHITMORL was baptised on 3 May 2023.\n",
        "Anwesend: Walinold Drabsteiner\nEntschuldigt: Rahömar Anseihofer\nAufgaben:\n"
        "- Walinold & Rahömar: Saal buchen\n"};
    static const char *const want[] = {
        FOUND, "PERSON=KEVAN WHITMORL",
        "PERSON=Walinold Drabsteiner;PERSON=Rahömar Anseihofer;PERSON=Walinold;PERSON=Rahömar"};
    for (size_t lines = 120; lines <= 136; lines += 4)
        for (size_t k = 0; k < 3; k++) {
            char text[4096], got[1024];
            size_t o = 0;
            for (size_t j = 0; j < lines; j++)
                o += (size_t)snprintf(text + o, sizeof text - o, "%s\n", j % 3 ? "x = 1" : "");
            snprintf(text + o, sizeof text - o, "%s", tails[k]);
            render(text, got, sizeof got);
            if (strcmp(got, want[k]) != 0)
                print_error("lines %zu, tail %zu: got %s\n", lines, k, got);
            assert_string_equal(got, want[k]);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contact_lists_after_code_and_prose),
        cmocka_unit_test(test_rites_and_owners_among_code_lines),
        cmocka_unit_test(test_lists_past_the_summarys_lines),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
