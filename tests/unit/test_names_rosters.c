/* test_names_rosters.c: PERSON in lists of people (names_rosters.c): the items after a roster
 * label in each locale, inline and on the lines under it, iCalendar's CN parameters, an action's
 * owner, a block of name lines, a register's dated entries, a maiden name in brackets; each with
 * the look-alikes in the same shape (teams, rooms, agenda items, companies, a postal block). */
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
#include "anonymize/names_learn.h"

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_invitation_attendee_lists_name_every_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Subject: Q3 Planning\nRequired Attendees: Brannoc Velworth; Quillan Ashdene; Torvell, "
         "Maribeth\nOptional Attendees: Hesper Dunmarrow\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Torvell, Maribeth;PERSON=Hesper "
         "Dunmarrow"},
        {"Erforderliche Teilnehmer: Jannik Wolberger <j.wolberger@ostwal.de>; Falko Dernbrecht "
         "<f.dernbrecht@ostwal.de>\n",
         "PERSON=Jannik Wolberger;PERSON=Falko Dernbrecht"},
        {"Declined: Brannoc Velworth, Quillan Ashdene\nMaybe: Hesper Dunmarrow\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow"},
        /* Google Calendar's guest list under a header alone on its line */
        {"Sprint Review\nGuests\nBrannoc Velworth\nOrganizer\nQuillan Ashdene\n"
         "q.ashdene@brixcombe.co.uk\nHesper Dunmarrow\n",
         "PERSON=Brannoc Velworth;PERSON=Quillan Ashdene;PERSON=Hesper Dunmarrow"},
    };
    CHECK(c);
}

static void test_minutes_roster_labels_in_each_locale(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Anwesend: Jannik Wolberger, Ute Kastrelling, Falko Dernbrecht\nEntschuldigt: Heike "
         "Morsteiner\n",
         "PERSON=Jannik Wolberger;PERSON=Ute Kastrelling;PERSON=Falko Dernbrecht;PERSON=Heike "
         "Morsteiner"},
        {"Présents : Solène Varquier, Rémi Chambourd et Gaëlle Tarnissac\nExcusés : Arnaud "
         "Pelletrin\n",
         "PERSON=Solène Varquier;PERSON=Rémi Chambourd;PERSON=Gaëlle Tarnissac;PERSON=Arnaud "
         "Pelletrin"},
        {"Aanwezig:\n- Bram Verhoeksma\n- Femke van Dalkerink\n- Joris KAMPHORSTER\n\nRondvraag\n",
         "PERSON=Bram Verhoeksma;PERSON=Femke van Dalkerink;PERSON=Joris KAMPHORSTER"},
        /* (" y " also joins a double surname: "Ortega y Gasset") */
        {"Asistentes: Nerea Valcárzar; Iñigo Montesquilla; Pilar Garbenedo\n",
         "PERSON=Nerea Valcárzar;PERSON=Iñigo Montesquilla;PERSON=Pilar Garbenedo"},
        {"Presenti: Ilaria Fiorancelli, Tommaso DI VALBERTI e Sara Ricolmetti\n",
         "PERSON=Ilaria Fiorancelli;PERSON=Tommaso DI VALBERTI;PERSON=Sara Ricolmetti"},
        {"Presentes: Duarte Salvaneira; Leonor Teixadelo; Rui Gouvarinho\n",
         "PERSON=Duarte Salvaneira;PERSON=Leonor Teixadelo;PERSON=Rui Gouvarinho"},
        {"Minutes taken by: Torfenston Cormorham\n", "PERSON=Torfenston Cormorham"},
    };
    CHECK(c);
}

static void test_icalendar_cn_parameter_names_organizer_and_attendees(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BEGIN:VEVENT\r\nORGANIZER;CN=Quillan Ashdene:mailto:q@brixcombe.co.uk\r\n"
         "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Velworth, Brannoc\":mailto:b@"
         "brixcombe.co.uk\r\nEND:VEVENT\r\n",
         "PERSON=Quillan Ashdene;PERSON=Velworth, Brannoc"},
        /* a room and a resource are no attendees */
        {"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Boardroom Atlas:mailto:r@brixcombe.co.uk\r\n"
         "ATTENDEE;CUTYPE=RESOURCE;CN=Beamer Kepler:mailto:k@brixcombe.co.uk\r\n",
         ""},
    };
    CHECK(c);
}

static void test_action_owner_and_motion(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"- Circulate the draft — Brannoc Velworth\n", "PERSON=Brannoc Velworth"},
        {"Action: Quillan Ashdene to circulate the draft\n", "PERSON=Quillan Ashdene"},
        {"Antrag von Falko Dernbrecht, unterstützt von Jannik Wolberger. Angenommen.\n",
         "PERSON=Falko Dernbrecht;PERSON=Jannik Wolberger"},
        /* a task whose first word is a noun */
        {"TODO: Angebot nachfassen\nAufgabe: Zeitstrahl zeichnen\n", ""},
    };
    CHECK(c);
}

static void test_name_lines_registers_and_maiden_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Starting XI:\n1 Callum HARTASHRIDGE (GK)\n2 Megan Torleyford (RB)\n3 Liam QUINSTONE "
         "(CB)\n",
         "PERSON=Callum HARTASHRIDGE;PERSON=Megan Torleyford;PERSON=Liam QUINSTONE"},
        {"Class of 1987\nOlivia Branmoor (née Dellacott)\nJames Fenworth\nSophie Haldanex\n",
         "PERSON=Olivia Branmoor;PERSON=Dellacott;PERSON=James Fenworth;PERSON=Sophie Haldanex"},
        {"Burials\n20 March 1943 – Harriet Quellmoor, aged 96\n", "PERSON=Harriet Quellmoor"},
        /* a class heading with its year over a table of its members */
        {"Promoción 1987 – Colegio San Blas\n| 1 | Talquián, Monqui | 1987 |\n| 2 | Garmon "
         "SALRIEDO (fallecido) | 1987 |\n",
         "PERSON=Talquián, Monqui;PERSON=Garmon SALRIEDO"},
    };
    CHECK(c);
}

static void test_lists_of_things_stay_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Attendees: Platform Team, Data Engineering, Customer Success\n", ""},
        {"Rooms:\n- Meeting Room Everest\n- Huddle Space B\n- Training Room 2\n", ""},
        {"Agenda:\n1. Budget Review\n2. Sprint Review\n3. Release Notes\n", ""},
        /* a postal block's name and company lines over the street */
        {"Rolf Andreev\nBerkery Noyes Mandasoft\nCynthia Martins\n77 3658 Sunburst Drive\n",
         "PERSON=Rolf Andreev;PERSON=Cynthia Martins"},
    };
    CHECK(c);
}

static void test_every_roster_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Anwesend:\n- Jannik Wolberger\n- Ute Kastrelling (geb. Morsteiner)\n"
                      "ATTENDEE;CN=\"Velworth, Brannoc\":mailto:b@x.io\r\n"
                      "20 March 1943 – Harriet Quellmoor und Jan Wril.\n- Book the hall — Bram "
                      "Verhoeksma");
}

int main(void)
{
    nw_learn_enable(0); /* the rules alone: the learnt model has test_names_learn.c */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invitation_attendee_lists_name_every_person),
        cmocka_unit_test(test_minutes_roster_labels_in_each_locale),
        cmocka_unit_test(test_icalendar_cn_parameter_names_organizer_and_attendees),
        cmocka_unit_test(test_action_owner_and_motion),
        cmocka_unit_test(test_name_lines_registers_and_maiden_names),
        cmocka_unit_test(test_lists_of_things_stay_text),
        cmocka_unit_test(test_every_roster_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
