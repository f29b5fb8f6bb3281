/* test_detect_phone45.c: real phones in the shapes and after the phone words of 22 countries
 * (stop 45, branch phone45, contrib/bench/accuracy/notes/phone45.md): the phone words and
 * abbreviations of cs, da, no, fi, el, hu, tr, ro, pl, sv and their compounds, Hungary's
 * one-digit area code after its trunk prefix, a dash between spaces after the area code, the
 * Belgian slash-and-dots notation, nine digits as 3.3.3 after a phone word. The same digits
 * after no phone word, and the ids, amounts and codes written like them, stay text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static void test_phone_words_of_every_language(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tel. \u010d.: 224 123 456", "PHONE=224 123 456"},
        {"Telefonn\u00ed \u010d\u00edslo: 224 123 456", "PHONE=224 123 456"},
        {"Tlf.nr.: 33 12 34 56", "PHONE=33 12 34 56"},
        {"Mobilnr.: 912 34 567", "PHONE=912 34 567"},
        {"Puh. 40 123 4567", "PHONE=40 123 4567"},
        {"Matkapuhelin: 40 123 4567", "PHONE=40 123 4567"},
        {"\u03a4\u03b7\u03bb. 210 1234567", "PHONE=210 1234567"},
        {"\u039a\u03b9\u03bd\u03b7\u03c4\u03cc: 6941234567", "PHONE=6941234567"},
        {"Telefonsz\u00e1m: 30 123 4567", "PHONE=30 123 4567"},
        {"Cep: 532 123 45 67", "PHONE=532 123 45 67"},
        {"Cep No: 532 123 45 67", "PHONE=532 123 45 67"},
        {"Telefon fix: 21 312 3456", "PHONE=21 312 3456"},
        {"Kom. 601 234 567", "PHONE=601 234 567"},
        {"Kom\u00f3rka: 601-234-567", "PHONE=601-234-567"},
        {"Tfn 8 123 456 78", "PHONE=8 123 456 78"},
        {"Mobiltelefon: 70 123 45 67", "PHONE=70 123 45 67"},
        {"Tlm. 912 345 678", "PHONE=912 345 678"},
        {"Cel. 347 1234567", "PHONE=347 1234567"},
        {"Tel. fisso: 347 1234567", "PHONE=347 1234567"},
        {"Natel: 79 123 45 67", "PHONE=79 123 45 67"},
        {"Direct line: 20 7946 0958", "PHONE=20 7946 0958"},
        /* a JSON key and a CSV column in the language */
        {"{\"puhelin\": \"40 123 4567\"}", "PHONE=40 123 4567"},
        {"id;puhelin\n7;40 123 4567", "PHONE=40 123 4567"},
        /* chat */
        {"zavolej mi na 224 123 456", "PHONE=224 123 456"},
        {"ring meg p\u00e5 912 34 567", "PHONE=912 34 567"},
        {"h\u00edvj a 30 123 4567 sz\u00e1mon", "PHONE=30 123 4567"},
    };
    CHECK(def_engine, c);
}

static void test_shapes_of_the_numbering_plans(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* Hungary: the trunk prefix 06 and Budapest's one-digit area code, a mobile's code in
         * brackets with the prefix */
        {"Budapest 06 1 622 9253", "PHONE=06 1 622 9253"},
        {"h\u00edvjon: 06-1-622-9253", "PHONE=06-1-622-9253"},
        {"iroda: (06 1) 622 9253", "PHONE=(06 1) 622 9253"},
        {"Mobil (06 30) 123 4567", "PHONE=(06 30) 123 4567"},
        /* a dash between spaces after the trunk 0 and the area code */
        {"Bel 06 - 12345678 na 17 uur", "PHONE=06 - 12345678"},
        {"kantoor 020 - 123 4567", "PHONE=020 - 123 4567"},
        /* Belgium's slash and dots */
        {"GSM 0470/12.34.56", "PHONE=0470/12.34.56"},
        {"T\u00e9l. 02/512.34.56", "PHONE=02/512.34.56"},
        {"Lotte Janssens\t0496.10.13.06", "PERSON=Lotte Janssens;PHONE=0496.10.13.06"},
        {"+32 497/69.03.39", "PHONE=+32 497/69.03.39"},
        {"Bud 0920-36529.", "PHONE=0920-36529"},
        {"\u03a4\u03b7\u03bb.: 699-5369105", "PHONE=699-5369105"},
        /* Danish dotted pairs are also a dotted quad: the IPv4 detector masks them first */
        {"Tlf.: 60.54.18.20", "IPV4=60.54.18.20"},
        /* nine digits as 3.3.3 after a phone word */
        {"Tel. 912.345.678", "PHONE=912.345.678"},
        {"Telefon: 601.234.567", "PHONE=601.234.567"},
    };
    CHECK(def_engine, c);
}

/* After a phone word that names a phone (not "number" or "contact"): eight or nine bare digits,
 * a number before an extension's word, a 00 number under an id's label when its calling code
 * and length hold, a German mobile in three fours. */
static void test_bare_runs_extensions_and_00_numbers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mobil: 39330247", "PHONE=39330247"},
        {"Telefonn\u00ed \u010d\u00edslo: 605385985", "PHONE=605385985"},
        {"Call us on 952 29 435.", "PHONE=952 29 435"},
        {"Telefone: 920 647 668", "PHONE=920 647 668"},
        {"Einkauf\n554 239 504 linka 246", "PHONE=554 239 504"},
        {"Riferimento: 0039 346 7656440", "PHONE=0039 346 7656440"},
        {"Notfall 0173 6344 6274", "PHONE=0173 6344 6274"},
        {"Telefon: 0512 20401-0", "PHONE=0512 20401-0"},
        /* the same runs without a phone word, and a date under one */
        {"Ordre 39330247", ""},
        {"Kundennummer 605385985", ""},
        {"Fax: 20240101", ""},
        {"Tel. 08973898", ""},
        {"Riferimento: 0039 3467", ""},
        {"IBAN: **** 0269 9285", ""},
        {"dump 0100 0000 0000", ""},
        {"BTW BE 0020.553.408", ""},
        {"BTW BE 0649.470.747", ""},
        {"livrare 09.04.2019 18.00", ""},
    };
    CHECK(def_engine, c);
}

static void test_look_alikes_stay_text(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the same digits with no phone word */
        {"Importe: 912.345.678", ""},
        {"Zam\u00f3wienie nr 601.234.567", ""},
        {"Betrag 1.234.567 EUR", ""},
        {"Org.nr. 923 456 789", ""},
        {"CVR 12345678", ""},
        {"SIREN 123 456 789", ""},
        {"NIP 123-456-78-90", ""},
        {"Cep: 01310-100", ""},
        /* a reference with a slash and dots, a range, a score */
        {"Az. 12/34.56.78", ""},
        {"Seiten 12 - 345678", ""},
        {"1 2 345 678", ""},
        /* a number word alone does not make a weak label a column's */
        {"id;kontakt\n7;12 345 678 90", ""},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phone_words_of_every_language),
        cmocka_unit_test(test_shapes_of_the_numbering_plans),
        cmocka_unit_test(test_bare_runs_extensions_and_00_numbers),
        cmocka_unit_test(test_look_alikes_stay_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
