/* test_names_reversed8.c: PERSON for people written surname first with a comma in title case
 * ("Okafor, Chidi", "van Dijk, Jan", "García López, María José") that names_reversed8.c finds
 * as one span: after a label, in lists, as a mail display name, before a role in brackets or a
 * verb, in a table cell, alone on a line; per language; and the look-alikes in the same order
 * (given names in a list, towns with their country, firms, makes, sentence starts, vocatives,
 * streets with their town, citations). */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_surname_comma_given_before_a_verb_or_role(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Okafor, Chidi called.", "PERSON=Okafor, Chidi"},
        {"Smith, John (Sales) approved it.", "PERSON=Smith, John"},
        {"Brennan, Siobhan wrote: hi", "PERSON=Brennan, Siobhan"},
        {"Lefèvre, Claire a validé la demande.", "PERSON=Lefèvre, Claire"},
        {"Hoffmann, Sabine hat angerufen.", "PERSON=Hoffmann, Sabine"},
    };
    CHECK(c);
}

static void test_surname_comma_given_after_a_label_per_language(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mitarbeiter: Brekeller, Jan\n", "PERSON=Brekeller, Jan"},
        {"Klant: van Dijk, Jan\n", "PERSON=van Dijk, Jan"},
        {"Cliente: De Luca, Federica\n", "PERSON=De Luca, Federica"},
        {"Client : Girard, Aurélie\n", "PERSON=Girard, Aurélie"},
        {"Solicitante: García López, María José\n", "PERSON=García López, María José"},
        {"Titular: Sousa Lopes, Gonçalo\n", "PERSON=Sousa Lopes, Gonçalo"},
        /* the record's next field after the given name: "Owen" was left whole (found by
         * bench_split: a surname that is an English word, "greaves", took no given name) */
        {"Reporting person: Greaves, Owen, DOB 14/03/2004\n",
         "PERSON=Greaves, Owen;DATE_OF_BIRTH=14/03/2004"},
        {"Patient: Brekeller, Jan, 04/03/1987\n", "PERSON=Brekeller, Jan"},
        {"Name: Greaves, Owen, MRN 448812\n", "PERSON=Greaves, Owen"},
        /* a given name that is also a town after a one-word surname (also an English word:
         * "lopes"): "Sofia" was left whole, in a label's value and in a JSON member alike */
        {"Utente: Lopes, Sofia\n", "PERSON=Lopes, Sofia"},
        {"{\"fullName\": \"Lopes, Sofia\", \"note\": \"x\"}", "PERSON=Lopes, Sofia"},
        {"Greaves, Florence called\n", "PERSON=Greaves, Florence"},
    };
    CHECK(c);
}

static void test_surname_comma_given_in_lists_mail_and_roles(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Teilnehmer\nBremaubach, Ulrike\nWinholmann, Jan\nKrause, Tobias\n",
         "PERSON=Bremaubach, Ulrike;PERSON=Winholmann, Jan;PERSON=Krause, Tobias"},
        {"Attendees: Smith, Grace; Vogel, Jan; Romero, Javier\n",
         "PERSON=Smith, Grace;PERSON=Vogel, Jan;PERSON=Romero, Javier"},
        {"Lloejo, María José (Ventas) lo aprobó.", "PERSON=Lloejo, María José"},
        {"O'Brien, Seán called.", "PERSON=O'Brien, Seán"},
        {"From: \"Silva, Mariana\" <mariana.silva@example.org>\n", "PERSON=Silva, Mariana"},
    };
    CHECK(c);
}

static void test_commas_that_are_no_surname_first(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* towns in a list or after a town of two words stay towns */
        {"Town Hall, Santiago\n", ""},
        {"Offices: London, Paris, Sofia\n", ""},
        {"Well, John, that was quick.", ""},
        {"Danke, Jonas, bis morgen.", "PERSON=Jonas"},
        {"Grazie, Matteo, a presto.", "PERSON=Matteo"},
        {"Thanks, Maria! See you.", "PERSON=Maria"},
        {"However, Maria said no.", "PERSON=Maria"},
        {"Anna, Maria and Jonas are coming.", "PERSON=Anna;PERSON=Maria;PERSON=Jonas"},
        {"Ship to Portland, Oregon by Friday.", ""},
        {"We flew to Paris, France last spring.", ""},
        {"Vendor: Johnson, Inc.\n", ""},
        {"We live at Baker Street, London.", ""},
        {"Adres: Kerkstraat, Utrecht\n", ""},
        {"Standort: Graz, Österreich\n", ""},
        {"Venue: Town Hall, Sevilla\n", ""}, /* a town after a place (names_cities.c, lone49) */
        {"Hier, Saint Malo a appelé.", ""},
        {"Büro am boulevard Haussmann, Eugene\n", ""},
        {"Dieter Keller, Sohn des Reto Schneider.", "PERSON=Dieter Keller;PERSON=Reto Schneider"},
        {"Cordialement, Lionel Gauthier", "PERSON=Lionel Gauthier"},
        {"Hausverwaltung: Engel & Völkers, Svenja Öztürk\n", "PERSON=Svenja Öztürk"},
        {"Agent: Brightline Ltd, Verona\n", ""},
        {"Rome, Berlin and back home.", "PERSON=Rome"}, /* "Rome" alone: as before */
        {"Makes in stock: Ford, Toyota, Renault.", ""},
        {"Smith, J. (2019). A title. Journal.", "PERSON=Smith, J."}, /* the citation rule's */
    };
    CHECK(c);
}

static void test_every_reversed8_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Kunde: Brandstätter, Jürgen\n\"Keller, María José\" <m@x.org>; Smith, J");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_surname_comma_given_before_a_verb_or_role),
        cmocka_unit_test(test_surname_comma_given_after_a_label_per_language),
        cmocka_unit_test(test_surname_comma_given_in_lists_mail_and_roles),
        cmocka_unit_test(test_commas_that_are_no_surname_first),
        cmocka_unit_test(test_every_reversed8_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
