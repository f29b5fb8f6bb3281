/* test_names_forms42.c: the forms42 round (gen_forms42.py, notes/forms42.md): Romanian and
 * Turkish streets read back from their number word ("nr.", "No:") with their parts and towns
 * (names_forms42.c); Polish estates ("os."); Nordic unit parts after a number ("3 tr", "lgh
 * 1102", "H0302", "as 4", "3. sal"); Finnish "-kuja", Norwegian "allé", Breton "hent"; a clock's
 * seconds that are no house number; names under an EU Digital COVID Certificate's keys (fn, gn,
 * fnt, gnt) beside another of them or "nam"; the name fields of pl/tr/sv/no/da/fi/ro forms. Each
 * with a person or a birth date beside it that stays its own, and look-alikes (order and phone
 * numbers after "No:"/"nr.", streets named after people with no number, audit-trail times) that
 * stay out.
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

static void test_forms42_romanian_street_with_its_parts_and_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nume și prenume: Andreea Popescu\nAdresa: Str. Florilor nr. 87, bl. B2, sc. 3, ap. 9, "
         "400000 Cluj-Napoca, jud. Cluj\n",
         "PERSON=Andreea Popescu;STREET_ADDRESS=Str. Florilor nr. 87, bl. B2, sc. 3, ap. 9, "
         "400000 Cluj-Napoca, jud. Cluj"},
        {"domiciliat în Calea Victoriei nr. 25, et. 3, ap. 9, sector 1, București, posesor al CI",
         "STREET_ADDRESS=Calea Victoriei nr. 25, et. 3, ap. 9, sector 1, București"},
        {"livrarea la Str. Mihai Eminescu nr. 12, 010063 București, sector 2. Mulțumesc",
         "STREET_ADDRESS=Str. Mihai Eminescu nr. 12, 010063 București, sector 2"},
        {"Expeditor: Ioana Stoica, Bd. Ion C. Brătianu nr. 4, 700028 Iași, jud. Iași",
         "PERSON=Ioana Stoica;STREET_ADDRESS=Bd. Ion C. Brătianu nr. 4, 700028 Iași, jud. Iași"},
        {"Șos. Pantelimon nr. 28, bl. A1, sc. 4, ap. 4, sector 4, București",
         "STREET_ADDRESS=Șos. Pantelimon nr. 28, bl. A1, sc. 4, ap. 4, sector 4, București"},
    };
    CHECK(c);
}

static void test_forms42_turkish_street_with_its_parts_and_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Adı Soyadı: Ayşe Yılmaz\nAdres: Caferağa Mahallesi, Moda Caddesi No: 12 Daire: 5, 34710 "
         "Kadıköy/İstanbul\n",
         "PERSON=Ayşe Yılmaz;STREET_ADDRESS=Caferağa Mahallesi, Moda Caddesi No: 12 Daire: 5, "
         "34710 Kadıköy/İstanbul"},
        {"kargo adresim: Esentepe Mh., Ziya Gökalp Cad. No:130/17, 06420 Çankaya / ANKARA. Alıcı",
         "STREET_ADDRESS=Esentepe Mh., Ziya Gökalp Cad. No:130/17, 06420 Çankaya / ANKARA"},
        {"Bahçelievler Mah. Gül Sk. No:5 Kat:5 D:18, Kadıköy/İstanbul",
         "STREET_ADDRESS=Bahçelievler Mah. Gül Sk. No:5 Kat:5 D:18, Kadıköy/İstanbul"},
        {"Teslimat: Bağdat Caddesi No: 45/3 Suadiye", "STREET_ADDRESS=Bağdat Caddesi No: 45/3"},
    };
    CHECK(c);
}

static void test_forms42_polish_estate_and_nordic_units(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Adres zamieszkania: os. Tysiąclecia 12/4, 31-610 Kraków",
         "STREET_ADDRESS=os. Tysiąclecia 12/4, 31-610 Kraków"},
        {"Ny adress: Storgatan 30, 5 tr, 114 51 Stockholm",
         "STREET_ADDRESS=Storgatan 30, 5 tr, 114 51 Stockholm"},
        {"Adresse: Kirkeveien 88, H0206, 0368 Oslo",
         "STREET_ADDRESS=Kirkeveien 88, H0206, 0368 Oslo"},
        {"Osoite: Kuusitie 20 as 3, 90100 Oulu", "STREET_ADDRESS=Kuusitie 20 as 3, 90100 Oulu"},
        {"Osoite: Koivukuja 19 B 8, 40100 Jyväskylä",
         "STREET_ADDRESS=Koivukuja 19 B 8, 40100 Jyväskylä"},
        {"Adresse: Vestergade 128, 4. sal, 2200 København N",
         "STREET_ADDRESS=Vestergade 128, 4. sal, 2200 København N"},
        {"Adresse: Søndre Allé 46, 4. sal", "STREET_ADDRESS=Søndre Allé 46, 4. sal"},
        {"Chomlec'h : 13 hent Sant-Mikael, 29810 Plouarzel",
         "STREET_ADDRESS=13 hent Sant-Mikael, 29810 Plouarzel"},
    };
    CHECK(c);
}

static void test_forms42_dcc_names_under_their_keys(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"nam\": {\"fn\": \"Keller\", \"fnt\": \"KELLER\", \"gn\": \"Maria\", \"gnt\": "
         "\"MARIA\"}, \"dob\": \"1987-03-04\"}",
         "PERSON=Keller;PERSON=KELLER;PERSON=Maria;PERSON=MARIA;DATE_OF_BIRTH=1987-03-04"},
        {"nam:\n  fn: Le Bihan\n  gn: Yann\n  fnt: LE<BIHAN\n  gnt: YANN\n",
         "PERSON=Le Bihan;PERSON=Yann;PERSON=LE<BIHAN;PERSON=YANN"},
        {"nam={fn:\"Dąbrowska\",gn:\"Paweł\",fnt:\"DABROWSKA\",gnt:\"PAWEL\"}",
         "PERSON=Dąbrowska;PERSON=Paweł;PERSON=DABROWSKA;PERSON=PAWEL"},
    };
    CHECK(c);
}

static void test_forms42_name_fields_of_pl_tr_nordic_fi_ro_forms(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Nazwisko: KOWALCZYK\nImiona: Piotr\n", "PERSON=KOWALCZYK;PERSON=Piotr"},
        {"Soyadı: YILMAZ\nAdı: Ayşe\nDoğum Tarihi: 04.03.1987",
         "PERSON=YILMAZ;PERSON=Ayşe;DATE_OF_BIRTH=04.03.1987"},
        {"Efternamn: Lindqvist\nFörnamn: Sven\n", "PERSON=Lindqvist;PERSON=Sven"},
        {"Etternavn: HAUGEN\nFornavn: Sigrid\n", "PERSON=HAUGEN;PERSON=Sigrid"},
        {"Sukunimi: VIRTANEN\nEtunimet: Aino Johanna\n", "PERSON=VIRTANEN;PERSON=Aino Johanna"},
        {"Nume: POPESCU\nPrenume: Andreea\n", "PERSON=POPESCU;PERSON=Andreea"},
    };
    CHECK(c);
}

static void test_forms42_lookalikes_stay_out(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Sipariş No: 4711 kargoya verildi.", ""},
        {"Tel. nr. 0721 123 456 la birou", ""},
        {"Factura nr. 12 din 2024 a fost plătită.", ""},
        {"Atatürk Caddesi üzerindeki şubeye değil, eve lütfen.", ""},
        {"2024-03-04 - 09:41:03 AM GMT - Document emailed to the signer", ""},
        {"Meeting at 10:15 PM Central, room 4", ""},
        {"Ticket No: 12 Daire", ""},
        {"const handler = {fn: Handler, args: []}", ""},
        {"{\"fn\": \"Render\", \"line\": 12}", ""},
        {"gn: Ingress\nkind: Service", ""},
        {"Nume: N/A\nPrenume: -", ""},
        {"Nazwisko: (wpisz)\nImiona: ---", ""},
    };
    CHECK(c);
}

static void test_forms42_every_prefix_scans(void **state)
{
    (void)state;
    scan_every_prefix("Str. Florilor nr. 87, bl. B2, sc. 3, ap. 9, 400000 Cluj-Napoca, jud. Cluj; "
                      "Caferağa Mah., Moda Cad. No: 12 Kat:2 D: 5, 34710 Kadıköy / İSTANBUL; "
                      "Storgatan 30, 5 tr, lgh 1102; Kirkeveien 88, H0206; Kuusitie 20 as 3; "
                      "Vestergade 1, 3. sal; 09:41:03 AM; nam={fn:\"Le Bihan\",gnt:\"YANN\"}");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_forms42_romanian_street_with_its_parts_and_town),
        cmocka_unit_test(test_forms42_turkish_street_with_its_parts_and_town),
        cmocka_unit_test(test_forms42_polish_estate_and_nordic_units),
        cmocka_unit_test(test_forms42_dcc_names_under_their_keys),
        cmocka_unit_test(test_forms42_name_fields_of_pl_tr_nordic_fi_ro_forms),
        cmocka_unit_test(test_forms42_lookalikes_stay_out),
        cmocka_unit_test(test_forms42_every_prefix_scans),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
