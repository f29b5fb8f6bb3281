/* test_names_ops15.c: people in operational records (names_ops15.c): a contact's name in a voice
 * assistant's command, in any case, after a wake word, a quote or a speaker; the names after role
 * fields of dispatch, ambulance, rescue and porting forms in their orders (`Surname, Given`,
 * `SURNAME Given`, a crew's list); and what they must leave: kin words, pronouns and ordinary
 * words after a command verb, verbs in running text, role fields whose value is no name; and a
 * birth column of a CSV export whose header carries a remark in brackets (names.c's csv_names). */
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

static void test_contacts_in_voice_commands(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Alexa voice history\n2024-03-02 07:31  \"alexa, call quazu timbekaye\"\n",
         "PERSON=quazu timbekaye"},
        {"alexa app history\n\"hey google, remind brerutz to take out the bins\"\n",
         "PERSON=brerutz"},
        {"Alexa and Google activity\n08:48  \"ok google zadzwoń do szywalko\"\n",
         "PERSON=szywalko"},
        {"transcript of my alexa\nuser: text wenashbran derderby i'm running late\n",
         "PERSON=wenashbran derderby"},
        {"Alexa and Siri log\n\"hey siri, message laarhui smesen saying hi\"\n",
         "PERSON=laarhui smesen"},
    };
    CHECK(c);
}

static void test_kin_pronouns_and_prose_after_command_verbs_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Alexa voice history\n\"alexa, call mama\"\n\"alexa, ruf oma an\"\n", ""},
        {"Alexa voice history\n\"alexa, remind me to water the plants\"\n", ""},
        {"Alexa voice history\n\"alexa, call the plumber\"\n", ""},
        /* no quote, wake word or speaker opens the line */
        {"The assistant should call quazu when the build fails.\n", ""},
        /* no assistant named in the text */
        {"\"call quazu timbekaye\"\n", ""},
    };
    CHECK(c);
}

static void test_names_after_role_fields(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Melder: Dramieski, Groszy, Rückruf folgt\n", "PERSON=Dramieski, Groszy"},
        {"CALLER: WENBRANASHTON, WICKASH   CB# folgt\n", "PERSON=WENBRANASHTON, WICKASH"},
        {"Requérant : Mme ROULANAUD Velquet\n", "PERSON=ROULANAUD Velquet"},
        {"Infortunato: Lonlonmaz Ghibruetti, nato il 1985\n", "PERSON=Lonlonmaz Ghibruetti"},
        {"Besättning: Torsig Boalqvist, R. Eltorberg – Ambulans 2040\n",
         "PERSON=Torsig Boalqvist;PERSON=R. Eltorberg"},
        /* after a role that is no crew, what follows the comma is a firm or a place */
        {"Contactpersoon: Gelsti Verhoeing, Kuipers Wonen\n", "PERSON=Gelsti Verhoeing"},
    };
    CHECK(c);
}

static void test_role_fields_without_a_name_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Patient: Keine Angabe\n", ""},
        {"RP: UNKNOWN, ANONYMOUS\n", ""},
        {"Caller: self\n", ""},
        {"Crew: 2 Paramedics\n", ""},
        {"Passenger: Business Class\n", ""},
        {"Rider: Lime Gen4\n", ""},
    };
    CHECK(c);
}

static void test_birth_column_whose_header_carries_a_remark(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Full name,Date of birth (DD/MM/YYYY),Team\nAnna Keller,09/02/1991,Byte Me\n",
         "PERSON=Anna Keller;DATE_OF_BIRTH=09/02/1991"},
        {"Timestamp,Full name,Email,T-shirt size,Date of birth (age check: 18+ on "
         "23/01/2024),Team\n"
         "06/19/2024 03:36:02,Anna Keller,anna@example.org,M,09/02/1991,Byte Me\n",
         "PERSON=Anna Keller;DATE_OF_BIRTH=09/02/1991"},
        /* a date under another bracketed header stays */
        {"Full name,Joined (DD/MM/YYYY),Team\nAnna Keller,09/02/2021,Byte Me\n",
         "PERSON=Anna Keller"},
    };
    CHECK(c);
}

static void test_ops15_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Alexa voice history\n\"alexa, call quazu timbekaye\"\n");
    scan_every_prefix("user: remind brerutz's mum\n assistant voice");
    scan_every_prefix("Melder: Dramieski, Groszy\nCrew: A. B (x), Torsig Boalqvist, \n");
    scan_every_prefix("Requérant : Mme ROULANAUD Velquet (");
    scan_every_prefix("Full name,Date of birth (DD/MM/YYYY),Team\nAnna Keller,09/02/1991,X\n");
    scan_every_prefix("Name,Date of birth (,Team)\n(,)\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contacts_in_voice_commands),
        cmocka_unit_test(test_kin_pronouns_and_prose_after_command_verbs_stay),
        cmocka_unit_test(test_names_after_role_fields),
        cmocka_unit_test(test_role_fields_without_a_name_stay),
        cmocka_unit_test(test_birth_column_whose_header_carries_a_remark),
        cmocka_unit_test(test_ops15_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
