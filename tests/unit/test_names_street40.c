/* test_names_street40.c: the street40 round (gen_street40.py, notes/street40.md): an address read
 * back from the PIN or Eircode that ends it (names_street40.c): Indian addresses led by a unit
 * or house number, Irish ones led by a house number, a flat or a townland; the state or country
 * after the postcode; the opener before an address another reader ended with a postcode. Each
 * case with real PII beside it (a person before or after on the line, a form's other fields, a
 * phone, an e-mail, other languages, capitals and lower case) that must stay found as its own,
 * and look-alikes (a leaderboard, a ticket, SKUs, a rack, a county as a topic) that stay out.
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

static void test_street40_indian_address_read_back_from_its_pin(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to: Flat 775, B-Wing, Shanti Niketan, Andheri East, Mumbai 400069, Maharashtra | "
         "Priya Nair",
         "STREET_ADDRESS=Flat 775, B-Wing, Shanti Niketan, Andheri East, Mumbai 400069, "
         "Maharashtra;PERSON=Priya Nair"},
        {"Name: Rahul Iyer\nAddress: H.No. 8-2-156, Road No. 12, Banjara Hills, Hyderabad - "
         "500034\nDOB: 04/03/1987",
         "PERSON=Rahul Iyer;STREET_ADDRESS=H.No. 8-2-156, Road No. 12, Banjara Hills, Hyderabad - "
         "500034;DATE_OF_BIRTH=04/03/1987"},
        {"pls send to flat 656, sai residency, 14th cross, indiranagar, bengaluru 560038, thanks",
         "STREET_ADDRESS=flat 656, sai residency, 14th cross, indiranagar, bengaluru 560038"},
        {"ADDRESS: FLAT 607, B-WING, SHANTI NIKETAN, ANDHERI EAST, BENGALURU 560011",
         "STREET_ADDRESS=FLAT 607, B-WING, SHANTI NIKETAN, ANDHERI EAST, BENGALURU 560011"},
        {"Adresse de livraison : Flat 12, Sai Residency, MG Road, Bengaluru 560001, Inde. Merci, "
         "Élodie Dupont",
         "STREET_ADDRESS=Flat 12, Sai Residency, MG Road, Bengaluru 560001;PERSON=Élodie Dupont"},
        {"Priya Nair, Flat 12, Sai Residency, MG Road, Bengaluru 560001",
         "PERSON=Priya Nair;STREET_ADDRESS=Flat 12, Sai Residency, MG Road, Bengaluru 560001"},
        {"I met Priya Nair at Flat 12, Sai Residency, MG Road, Bengaluru 560001. Nice flat.",
         "PERSON=Priya Nair;STREET_ADDRESS=Flat 12, Sai Residency, MG Road, Bengaluru 560001"},
        {"Ship to Rahul Iyer, Door No. 2-2-89, Anna Salai, Ernakulam, Chennai-600015, ph x",
         "PERSON=Rahul Iyer;STREET_ADDRESS=Door No. 2-2-89, Anna Salai, Ernakulam, "
         "Chennai-600015"},
        /* (a label such as "Dirección:" before it takes the line's rest: another reader's) */
        {"Envío a Plot No. 51, Sector C, Vasant Kunj, New Delhi - 110030, Delhi (Lucía Navarro)",
         "STREET_ADDRESS=Plot No. 51, Sector C, Vasant Kunj, New Delhi - 110030, Delhi;"
         "PERSON=Lucía Navarro"},
        {"Enviar para #51, 14th Cross, Opp. Axis Bank, Vasant Kunj, New Delhi 110059, Delhi, "
         "India; e-mail x",
         "STREET_ADDRESS=#51, 14th Cross, Opp. Axis Bank, Vasant Kunj, New Delhi 110059, Delhi, "
         "India"},
        /* a long sentence before the unit: its last words only */
        {"Complaint no. 17568: streetlight not working for two weeks outside Door No. 387/1, "
         "Torbran Heights, 80 Feet Road, Aundh, Hyderabad 500093; reported by Harish Pillai.",
         "STREET_ADDRESS=Door No. 387/1, Torbran Heights, 80 Feet Road, Aundh, Hyderabad 500093;"
         "PERSON=Harish Pillai"},
    };
    CHECK(c);
}

static void test_street40_irish_address_read_back_from_its_eircode(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Contact: Anna Keller, 59 Ashgrove Park, Ennis, Co. Clare, V95 R5X7",
         "PERSON=Anna Keller;STREET_ADDRESS=59 Ashgrove Park, Ennis, Co. Clare, V95 R5X7"},
        {"Lieferadresse: 231 Bóthar na Trá, Letterkenny, Co. Donegal, F92 Y5X4 – bitte bei Jonas "
         "Keller klingeln",
         "STREET_ADDRESS=231 Bóthar na Trá, Letterkenny, Co. Donegal, F92 Y5X4;PERSON=Jonas "
         "Keller"},
        {"please send the keys to Carrowmore, Mallow, Co. Cork, P51 KEAX, attn Siobhan Murphy",
         "STREET_ADDRESS=Carrowmore, Mallow, Co. Cork, P51 KEAX;PERSON=Siobhan Murphy"},
        {"Spedire a Apt 33, 333 Pyfmow Park, Tefoa, Co. Cork R73 9P2E, Giulia Rossi",
         "STREET_ADDRESS=Apt 33, 333 Pyfmow Park, Tefoa, Co. Cork R73 9P2E;PERSON=Giulia Rossi"},
        {"Adres: Knockraha, Kinsale, Co. Cork, V75 F2R3\nNaam: Pieter Bakker",
         "STREET_ADDRESS=Knockraha, Kinsale, Co. Cork, V75 F2R3;PERSON=Pieter Bakker"},
        {"Venue: 135 Melwen Grove, Rathfarnham, Dublin 14, D14DF9V\nRSVP: Sorcha Gallagher",
         "STREET_ADDRESS=135 Melwen Grove, Rathfarnham, Dublin 14, D14DF9V;PERSON=Sorcha "
         "Gallagher"},
        {"customer = {'name': 'Cuequi Quizarejo', 'address': 'Apt 74, Wicktor House, 66 Sráid na "
         "hEaglaise, Castlebar, Co. Mayo, F23 W637'}",
         "PERSON=Cuequi Quizarejo;STREET_ADDRESS=Apt 74, Wicktor House, 66 Sráid na hEaglaise, "
         "Castlebar, Co. Mayo, F23 W637"},
    };
    CHECK(c);
}

/* Two words before a town and a county are no townland: a person there stays a person. */
static void test_street40_person_before_a_town_is_no_townland(void **state)
{
    (void)state;
    char got[1024];
    render("Contact: Anna Keller, Clontarf, Dublin 3, D03 W7J3", got, sizeof got);
    assert_non_null(strstr(got, "PERSON=Anna Keller"));
    assert_null(strstr(got, "STREET_ADDRESS=Anna"));
}

static void test_street40_lookalikes_stay_out(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"#1, Falcons Team, Bengaluru - 560094 pts", ""},
        {"Ticket #2655, Priority High, Team Ashash Squad, Bangalore - 451564 (ref)", ""},
        {"Spare parts: H60 E0VN and Lot 84, Batch A62 1D6E are on back order.", ""},
        {"House prices in Co. Westmeath rose 12% in 2025", ""},
        {"Rack 12, Row C, Hall 2, Chennai DC-1 - asset 600113", ""},
        {"Meet at the lobby, Floor 3, Bengaluru 560001 office", ""},
        {"As shown in Plot 4, Table 2, Cohort B, n = 400051, the effect holds.", ""},
    };
    CHECK(c);
}

static void test_street40_every_prefix_scans(void **state)
{
    (void)state;
    scan_every_prefix("Ship to: Flat 775, B-Wing, Shanti Niketan, Andheri East, Mumbai - 400069, "
                      "Maharashtra, India | Apt 40, The Granary, 37 Sycamore Lawn, Dungarvan, Co. "
                      "Waterford X35 31F9, Ireland; Drumkeen, Clontarf, Dublin 3 D03 04YK");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_street40_indian_address_read_back_from_its_pin),
        cmocka_unit_test(test_street40_irish_address_read_back_from_its_eircode),
        cmocka_unit_test(test_street40_person_before_a_town_is_no_townland),
        cmocka_unit_test(test_street40_lookalikes_stay_out),
        cmocka_unit_test(test_street40_every_prefix_scans),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
