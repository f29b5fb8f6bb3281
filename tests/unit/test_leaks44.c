/* test_leaks44.c: the leaks and false findings stop 43 left open, through the default packs:
 * mountain huts, rescue helicopters, horses, desks and trades' firms are no people (and the
 * people beside them stay found); a surname or given name of two or three capitals after a
 * label that names that part is a person, codes and field names after such labels are not; a
 * mailbox spelled "x at host.tld" under .se, .gr, .ro, .tr, .me is an e-mail address; a
 * contact in a command to Bixby is a person, a kin word is not.
 * Each case lists every finding ("TYPE=value;..."), so a widened rule shows what it takes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_mountain_huts_and_rescue_helicopters_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"15:22 Ferito: Chiara Colombo. Recupero verso il Rifugio Vittorio Emanuele con Drago 151; "
         "a bordo Matteo Ricci.",
         "PERSON=Chiara Colombo;PERSON=Matteo Ricci"},
        {"08:04 Caller Rebecca Whitcombe (22) fell below the Cabane Bertol. Rega 10 tasked.",
         "PERSON=Rebecca Whitcombe"},
        {"11:55 Alarm: Katrin Hoffmann (58), Sturz unterhalb der Erzherzog-Johann-Hütte. Christoph "
         "14 alarmiert.",
         "PERSON=Katrin Hoffmann"},
        {"11:11 Zran\xc4\x9bn\xc3\xbd: Martin Proch\xc3\xa1zka. Transport z Chata V\xc3\xa1"
         "clava Havla, Kry\xc5\xa1tof 07.",
         "PERSON=Martin Proch\xc3\xa1zka"},
        {"Retour vers Refuge Albert 1er 16:58.", ""},
    };
    CHECK(c);
}

static void test_horses_are_no_people_where_the_text_says_horse(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nr. | Pferd | Reiter/in | Verein\n12 | Sir Donnerhall | Anna Weber | RFV Musterstadt\n",
         "PERSON=Anna Weber"},
        {"Name of horse: Sir Oldenburg\nSire: Sandro Hit\nDam: Weihe\nBreeder: Oliver Okafor\n",
         "PERSON=Oliver Okafor"},
        {"Anna Weber auf Sir Donnerhall gewinnt die Dressur Klasse M.", "PERSON=Anna Weber"},
        {"Francesca Colombo in sella a Lady Marlene vince la categoria.",
         "PERSON=Francesca Colombo"},
        /* a father in a family's form is a person: no horse in the text */
        {"Vater: Jonas Keller\nMutter: Maria Keller\n", "PERSON=Jonas Keller;PERSON=Maria Keller"},
    };
    CHECK(c);
}

static void test_desks_and_firms_after_a_contact_label_are_no_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Contactpersoon: Makelaardij Hofstad\nt.a.v. Sanne de Jong\n", "PERSON=Sanne de Jong"},
        {"Kontakt: Hausverwaltung Kr\xc3\xa4mer\nMieter: Jonas Keller\n", "PERSON=Jonas Keller"},
        {"Contact: Service Client\n", ""},
        {"Contactpersoon: Afdeling Inkoop\n", ""},
        {"Referente: Giulia Rossi\n", "PERSON=Giulia Rossi"},
        {"We sang Ave Maria at the end.", ""},
    };
    CHECK(c);
}

static void test_a_short_surname_in_capitals_after_its_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nachname: KO\nVorname: WEI\n", "PERSON=KO;PERSON=WEI"},
        {"Apellido : YU\n", "PERSON=YU"},
        {"FAMILIENAAM: DO    VOORNAAM: LAN\n", "PERSON=DO;PERSON=LAN"},
        {"6. Family name: HO | First name: Jun | Country: TW\n", "PERSON=HO;PERSON=Jun"},
        {"NAME: NG    FIRST NAME: QING\n", "PERSON=NG;PERSON=QING"},
        /* codes, answers, other labels and a bare Name: stay */
        {"Land: LI (Liechtenstein)\n", ""},
        {"2. Nachname: NA\n", ""},
        {"Name: API    Status: OK\n", ""},
        {"NACHNAME: VORNAME: GEBURTSORT:\n", ""},
        {"Sprache: DE\n", ""},
    };
    CHECK(c);
}

static void test_a_mailbox_spelled_with_at_under_nordic_greek_and_other_tlds(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"send it to holm8 at telia.se.", "EMAIL=holm8 at telia.se"},
        {"write to pappas98 AT otenet.gr if it breaks", "EMAIL=pappas98 AT otenet.gr"},
        {"bir sorun olursa mehmet-celik AT mynet.com.tr adresine yaz",
         "EMAIL=mehmet-celik AT mynet.com.tr"},
        {"write to andreea_stoica at yahoo.ro today", "EMAIL=andreea_stoica at yahoo.ro"},
        {"write to maria.keller at icloud.me if it breaks", "EMAIL=maria.keller at icloud.me"},
        /* files, hosts alone, methods and versions after "at" stay */
        {"look at main.rs first", ""},
        {"she studies at kth.se now", ""},
        {"the handler at index.ts", ""},
        {"look at self.map and at obj.then", ""},
        {"stuck at v2.3.1 since Monday", ""},
    };
    CHECK(c);
}

static void test_a_contact_in_a_bixby_command(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"07:11  \"bixby, ruf fenrutz gasgasmann an\"", "PERSON=fenrutz gasgasmann"},
        {"- Bixby, message Anouk", "PERSON=Anouk"},
        {"bixby, call mum", ""},
        {"07:12  \"bixby, ruf papa an\"", ""},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mountain_huts_and_rescue_helicopters_are_no_people),
        cmocka_unit_test(test_horses_are_no_people_where_the_text_says_horse),
        cmocka_unit_test(test_desks_and_firms_after_a_contact_label_are_no_people),
        cmocka_unit_test(test_a_short_surname_in_capitals_after_its_label),
        cmocka_unit_test(test_a_mailbox_spelled_with_at_under_nordic_greek_and_other_tlds),
        cmocka_unit_test(test_a_contact_in_a_bixby_command),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
