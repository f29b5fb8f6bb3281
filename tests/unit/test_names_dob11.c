/* test_names_dob11.c: dates of birth in the shapes names_dob11.c reads (branch dob11): a list of
 * people with their dates under a birth question, in every locale and date layout; the same list
 * under a question for travel days; a numbered family tree's "n." before a recent birth and an
 * invoice's "n."; an export's rows far below the header that names the birth column, and "DDN".
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
#include "anonymize/names_internal.h"

#define NAMES_SKIP_TYPE "PERSON" /* this file is about dates of birth */
#include "names_cases.h"

/* A list under a birth question, a turn later, relation and name in brackets or before it. */
static void test_dob11_list_under_birth_question(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"User: hi\n\nAssistant: What are the dates of birth of the children?\n\nUser: ok:\n"
         "- eldest (Vorin Taskel), 14-02-2009\n- Mira Taskel, 3rd June 2012\n",
         "DATE_OF_BIRTH=14-02-2009;DATE_OF_BIRTH=3rd June 2012"},
        {"Bot: Bitte nennen Sie die Geburtsdaten aller Reisenden.\n\nKunde: gerne\n"
         "1. Sohn (Elko Brandvey), 02.11.2011\n2. Tochter: Ruva Brandvey - 7. m\xc3\xa4rz 2015\n",
         "DATE_OF_BIRTH=02.11.2011;DATE_OF_BIRTH=7. m\xc3\xa4rz 2015"},
        {"IA : Quelles sont les dates de naissance ?\n\nmoi : voici\nma fille (Lise Carmont), "
         "21/09/2004\n",
         "DATE_OF_BIRTH=21/09/2004"},
        {"asistente: \xc2\xbf"
         "Fecha de nacimiento de cada uno?\nusuario:\n3) mi hijo (Teo "
         "Ilvarra), 1999-05-30\n",
         "DATE_OF_BIRTH=1999-05-30"},
        {"Q: data di nascita dei figli?\nA:\n- Nilo Brusca \xe2\x80\x93 12 aprile 2010\n",
         "DATE_OF_BIRTH=12 aprile 2010"},
        /* turns between the question and the list; one person a turn, "and" before a name */
        {"Assistant: Please send everyone's full name and date of birth.\nUser: one sec.\n"
         "Assistant: Take your time.\nUser: my wife (Ilse Varnholm), 12-03-1985\n",
         "DATE_OF_BIRTH=12-03-1985"},
        {"Assistant: What are your kids' dates of birth?\nUser: Lars Vinterholm, 12/03/2011\n"
         "User: and Britt Vinterholm, 05/06/2014\n",
         "DATE_OF_BIRTH=12/03/2011;DATE_OF_BIRTH=05/06/2014"},
    };
    CHECK(c);
}

/* The same lists under a question for another date, a future day, an appointment list. */
static void test_dob11_list_other_dates_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Assistant: Which day does each of you fly?\n\nUser: here:\n- my wife (Ilse Varn), "
         "12-03-2026\n- Tomo Varn, 14-03-2026\n",
         ""},
        {"Agent: Wann sind die Termine?\nKunde:\n1. Sohn (Elko Brandvey), 02.11.2024\n", ""},
        /* a birth question about animals: their names and dates in the same list */
        {"AI: Wann sind Ihre Hunde geboren?\n\nHuman: Klar, hier:\n- Rocco, 28.06.2017\nNala, "
         "13.02.2016\n",
         ""},
        {"Assistant: When were the kittens born?\nUser:\n- Pixel Vandermolen, 2022-04-13\n", ""},
        {"Appointments\n- Dr Palvi Renko, 04/05/2025\n", ""},
        /* a firm's founding date in reply to a birth question; a letter's place and date */
        {"Agent: Ich brauche Ihren Namen und Ihr Geburtsdatum.\n\nKlar. Ich bin Varnholt GmbH, "
         "21.05.2020.\n",
         ""},
        {"Il sottoscritto, nato a Pellora il giorno indicato nel registro,\ndichiara di aver "
         "ricevuto la somma per conto della ditta.\nSanta Irene Ligure, 2019-02-13\n",
         ""},
    };
    CHECK(c);
}

/* "n." after a name on a numbered tree's line: a recent birth too; an invoice stays. */
static void test_dob11_tree_mark(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Albero\n4. Dario Velmonte n. 08/07/2018, Castel Ubaldo\n", "DATE_OF_BIRTH=08/07/2018"},
        {"\xc3\x81rvore\n- Jo\xc3\xa3o Pirela n. 11-05-2019\n", "DATE_OF_BIRTH=11-05-2019"},
        {"Stammbaum\n3. Lina Oberkamp * 14.02.2016, Wettrich\n", "DATE_OF_BIRTH=14.02.2016"},
        {"- Ruben Askvold * 3 Mai 2017 in Tarnau\n", "DATE_OF_BIRTH=3 Mai 2017"},
        {"- Ruben Askvold \xe2\x80\xa0 3 Mai 2017 in Tarnau\n", ""},
        {"Fattura n. 12.03.2024, scadenza 30 giorni\n", ""},
        {"Pratica n. 12.03.2024, Roma\n", ""},
    };
    CHECK(c);
}

/* An export's birth column named far above the row; "DDN"; a booking column stays. */
static void test_dob11_export_columns(void **state)
{
    (void)state;
    static char text[4096];
    size_t o = (size_t)snprintf(text, sizeof text, "id;naam;GebDat;ticket\n");
    for (int i = 0; i < 30; i++)
        o += (size_t)snprintf(text + o, sizeof text - o, "%d;Vel Orsk%c;0%d.03.19%d;T-%d\n", i,
                              'a' + i % 26, 1 + i % 9, 50 + i, 100 + i);
    anon_finding_t *f = NULL;
    size_t n = 0, dob = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    for (size_t i = 0; i < n; i++)
        dob += strcmp(anon_engine_type_name(eng, f[i].type), "DATE_OF_BIRTH") == 0;
    free(f);
    assert_int_equal(dob, 30);
    static const struct tcase c[] = {
        {"id,nom,DDN,ticket\n1,Lo Parvain,03/11/1998,T-68\n", "DATE_OF_BIRTH=03/11/1998"},
        {"id,nom,depart,ticket\n1,Lo Parvain,03/11/2025,T-68\n", ""},
    };
    CHECK(c);
}

static void test_dob11_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    static const char text[] = "Assistant: dates of birth?\n\nUser:\n- my wife (Ilse Varn), "
                               "12-03-1985\n4. Dario Velmonte n. 08/07/2018\nid,nom,DDN\n1,Lo "
                               "Parvain,03/11/1998\n2,Ma Parvain,04/11/1998";
    scan_every_prefix(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dob11_list_under_birth_question),
        cmocka_unit_test(test_dob11_list_other_dates_stay),
        cmocka_unit_test(test_dob11_tree_mark),
        cmocka_unit_test(test_dob11_export_columns),
        cmocka_unit_test(test_dob11_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
