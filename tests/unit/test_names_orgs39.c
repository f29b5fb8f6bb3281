/* test_names_orgs39.c: the firms that names_orgs39.c drops from PERSON (branch orgs39): one word
 * that the same text writes before a legal form elsewhere ("Brightwater Ltd" ... "Brightwater
 * said") or whose letters are a mail or web host in it ("quotes@tessaro.it" beside "Tessaro");
 * and the probes: the same cues beside real people (a person with the firm's surname, a title
 * or a label before the word, a person's own mail host, a firm named after a person, a form with
 * several fields, an address and a phone beside it, lower case, other languages) stay masked. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS"
#include "names_cases.h"

static void test_a_firm_with_its_legal_form_elsewhere_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Supplier due diligence – Tessaro Ltd\nCall on Monday: Maria Keller, their finance "
         "lead, said Tessaro can hold the price until March.",
         "PERSON=Maria Keller"},
        {"Supplier due diligence – Quillon Ltd. Call on Monday: Maria Keller said Quillon can "
         "hold the price.",
         "PERSON=Maria Keller"},
    };
    CHECK(c);
}

static void test_a_firm_spelt_by_a_mail_or_web_host_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hallo zusammen, wir legen Quillon als Lieferanten an. Ansprechpartnerin: Uwe Vogler "
         "<uwe.vogler@quillon.de>, Rechnungen an rechnung@quillon.de. Bitte Quillon freigeben.",
         "PERSON=Uwe Vogler"},
        {"chat log\n[10:02] Ellen Hughes: third bid is in, from www.tessaro.co.uk\n[10:03] "
         "Siobhan Lennox: ok. Tessaro was late last time. ask Tessaro for references",
         "PERSON=Ellen Hughes;PERSON=Siobhan Lennox"},
    };
    CHECK(c);
}

static void test_people_named_like_the_firm_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a person with the firm's surname: the bare word stays too */
        {"Harrowgate Ltd hired Chidi Harrowgate in June. Harrowgate starts on Monday.",
         "PERSON=Chidi Harrowgate;PERSON=Harrowgate"},
        /* a title before the word, in several languages */
        {"Tessaro Ltd sent the invoice. Ms Tessaro will sign it.", "PERSON=Tessaro"},
        {"Die Harrowgate GmbH liefert. Frau Harrowgate unterschreibt.", "PERSON=Harrowgate"},
        {"Quillon SARL livre lundi. Mme Quillon signe le contrat.", "PERSON=Quillon"},
        {"Avvio con Tessaro S.r.l.: la signora Tessaro presiede.", "PERSON=Tessaro"},
        {"Reunión con Harrowgate S.L.: el Sr. Harrowgate firma.", "PERSON=Harrowgate"},
        {"Dear Harrowgate, about Harrowgate Ltd's invoice", "PERSON=Harrowgate"},
        /* a person label before the word */
        {"Vendor: Tessaro Ltd\nName: Tessaro\nDate of birth: 12/03/1981",
         "PERSON=Tessaro;DATE_OF_BIRTH=12/03/1981"},
        /* a firm named after a person leaves the person's names alone */
        {"Invoice from Chidi Okafor Ltd. Okafor called about it.", "PERSON=Okafor"},
        /* a person's own mail host spells the person */
        {"Balint Reczey <balint@balintreczey.hu> uploaded it", "PERSON=Balint Reczey"},
        {"2005-2009 Joerg Hoh <joerg@joerghoh.de>", "PERSON=Joerg Hoh"},
        /* a person's own mailbox on a host that spells the surname, the surname alone */
        {"Reply from ngozi@okonkwo.ng this morning. Okonkwo wrote that she will send the "
         "signed form on Friday.",
         "PERSON=Okonkwo"},
        {"sent to ngozi@okonkwo.ng, and Okonkwo replied that the parcel is at the door.",
         "PERSON=Okonkwo"},
        /* a given name beside a host that spells it */
        {"Alice will call you back; bob@alice.it has the file.", "PERSON=Alice"},
    };
    CHECK(c);
}

static void test_people_around_the_firm_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a person at the firm, on the same line */
        {"Q3 notes (Tessaro Ltd). At Tessaro, Maria Keller said churn is flat.",
         "PERSON=Maria Keller"},
        /* a form with several fields: the person, the firm, a phone */
        {"Customer: Priya Patel\nCompany: Harrowgate Ltd\nPhone: 020 7946 0321\nNotes: Harrowgate "
         "pays late",
         "PERSON=Priya Patel"},
        /* lower case: the person in lower case stays (as much of it as the scanner finds) */
        {"harrowgate ltd again. maria keller says harrowgate pays late", "PERSON=keller"},
        /* Dutch, Spanish, Portuguese */
        {"Leveranciersonderzoek – Tessaro B.V.: Sanne de Graaf zegt dat Tessaro de prijs "
         "vasthoudt.",
         "PERSON=Sanne de Graaf"},
        {"Evaluación de proveedor: Quillon S.A. Según Lucía Navarro, Quillon mantiene el "
         "precio.",
         "PERSON=Lucía Navarro"},
        {"Avaliação – Harrowgate Lda. Inês Ferreira diz que a Harrowgate mantém o preço.",
         "PERSON=Inês Ferreira"},
    };
    CHECK(c);
}

static void test_orgs39_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("Tessaro Ltd. Tessaro said so, quotes@tessaro.it, www.tessaro.co.uk");
    scan_every_prefix("Chidi Okafor Ltd hired Mr Okafor; Okafor, Ltd.");
    scan_every_prefix("x@\xc3\xa9t\xc3\xa9.fr \xc3\x89t\xc3\xa9 said");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_firm_with_its_legal_form_elsewhere_is_no_person),
        cmocka_unit_test(test_a_firm_spelt_by_a_mail_or_web_host_is_no_person),
        cmocka_unit_test(test_people_named_like_the_firm_stay),
        cmocka_unit_test(test_people_around_the_firm_stay),
        cmocka_unit_test(test_orgs39_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
