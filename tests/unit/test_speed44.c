/* test_speed44.c: the exact cheapenings of round thirty-six (issue 19). Each expectation is the
 * answer of the branch base (db430ee), taken by building this file against the base's library.
 * names_fp43.c's screens (a bit per list, first byte and length): every listed word passes its
 * list's screen, and the filter drops and keeps findings as it did, for each list (a UTF-8 first
 * byte, a word one letter longer than a listed one, a word of 32 bytes or more), through the
 * filter alone and through the default packs.
 * engine_sweep.c's "at" words, looked for once per text before a host's dot is walked back
 * (at_word_near()): e-mails spelled with "at", "ät", "chez" in any case, an "at" word at the
 * text's start, far before the host, none at all, a text of code full of dots; and each at
 * every offset across the 16- and 32-byte steps, with AVX2 and without.
 * names_rec40.c's candidates taken a word start at a time (16 bytes a step): e-mail local parts,
 * conjunctions, plural titles and other cases of a found name, words joined by '-' and '\'',
 * accented first letters, at every offset across the steps.
 * names_words.c's nw_fold() 8 or 4 bytes a step: against the byte loop it replaced, for every
 * length and room, ASCII, capitals, UTF-8 and bytes above 0x80 anywhere.
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

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_fp43_screens_pass_every_listed_word(void **state)
{
    (void)state;
    assert_true(nw_audit_fp43_screens() > 150);
}

static int forwarded;
static int count_emit(void *arg, int kind, size_t a, size_t e)
{
    (void)arg;
    (void)kind;
    (void)a;
    (void)e;
    forwarded++;
    return 0;
}

/* Does nw_fp43_emit() forward the finding `span` (its first occurrence in text) of kind? */
static int fp43_keeps(const char *text, const char *span, int kind)
{
    const char *p = strstr(text, span);
    assert_non_null(p);
    struct nw_link l = {(const uint8_t *)text, strlen(text), count_emit, NULL};
    forwarded = 0;
    assert_int_equal(nw_fp43_emit(&l, kind, (size_t)(p - text), (size_t)(p - text) + strlen(span)),
                     0);
    return forwarded;
}

static void test_fp43_filter_drops_and_keeps_as_before(void **state)
{
    (void)state;
    static const struct {
        const char *text, *span;
        int keep;
    } c[] = {
        {"KARTA POBYTU\nNazwisko: KOWALCZYK", "KARTA POBYTU", 0},
        {"KARTAS POBYTX\nNazwisko: KOWALCZYK", "KARTAS POBYTX", 1},
        {"\xc4\xb0KAMET \xc4\xb0ZN\xc4\xb0\nSoyad\xc4\xb1: YILMAZ",
         "\xc4\xb0KAMET \xc4\xb0ZN\xc4\xb0", 0},
        {"\xc8\x98"
         "EDERE Popescu",
         "\xc8\x98"
         "EDERE Popescu",
         0},
        {"Tipo documento Rossi", "documento Rossi", 0},
        {"Tipo documentos Rossi", "documentos Rossi", 1},
        {"Mitziehende Personen:\n1. Maria Keller", "Mitziehende Personen", 0},
        {"Landratsamt Ebersberg", "Landratsamt Ebersberg", 0},
        {"Contact: Maria Stadt", "Maria Stadt", 1},
        {"Contact: Stadt Maria", "Stadt Maria", 0},
        {"Bezirkshauptmannschaft Gmunden", "Bezirkshauptmannschaft Gmunden", 0},
        {"an: Allgemeinmedizin Keller", "Allgemeinmedizin", 0},
        {"Kardiologie Bremen", "Kardiologie Bremen", 0},
        {"Dr. Cardiolog\xc3\xad"
         "a",
         "Cardiolog\xc3\xad"
         "a",
         0},
        {"Kadik\xc3\xb6y Belediyesi", "Kadik\xc3\xb6y Belediyesi", 0},
        {"Olof Palmes gata 3", "Olof Palmes", 0},
        {"Maria Keller Street: 12 High Road", "Maria Keller", 1},
        {"on MV Erasmus with Anna", "Erasmus", 0},
        {"the MS Europa left", "Europa", 0},
        {"MS KELLER signed", "KELLER", 1},
        {"Ticket: AVE Miguel de Cervantes", "AVE Miguel", 0},
        {"the ICE Konrad Zuse", "Konrad Zuse", 0},
        {"Adres: Str. Avram Iancu 12", "Avram Iancu", 0},
        {"Adres: Viale Roma 12", "Roma", 0},
        {"Smith et al. Jones wrote", "Jones", 1},
        {"Segundo apellido: Garc\xc3\xad"
         "a",
         "Segundo", 0},
        {"Segunda apellido: Garc\xc3\xad"
         "a",
         "Segunda", 1},
        {"She flew to Miami with Tom", "Miami", 0},
        {"She moved to Keller with Tom", "Keller", 1},
        {"Me llamo mucho la atenci\xc3\xb3n", "mucho", 0},
        {"Me llamo muchos la atenci\xc3\xb3n", "muchos", 1},
        {"te llamo ma\xc3\xb1"
         "ana, Pablo",
         "ma\xc3\xb1"
         "ana",
         0},
        {"Nachname: Keine Angabe", "Keine Angabe", 0},
        {"Besuch der Pflegekraft kommt", "Besuch der Pflegekraft", 0},
        {"Ursula von der Leyen met", "Ursula von der Leyen", 1},
        {"Queen Mary 2 sailed", "Queen Mary", 0},
        {"Frecciarossa Leonardo da Vinci", "Leonardo da Vinci", 0},
        {"Hi, I am John Smith, my email", "John Smith", 1},
        {"Dear Abcdefghijklmnopqrstuvwxyzabcdefgh Keller,",
         "Abcdefghijklmnopqrstuvwxyzabcdefgh Keller", 1},
        {"Dear Occupants, hi", "Occupants", 0},
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
        if (fp43_keeps(c[i].text, c[i].span, ANON_NAMES_PERSON) != c[i].keep) {
            print_error("text: %s\n  span: %s\n  want kept: %d\n", c[i].text, c[i].span, c[i].keep);
            bad = 1;
        }
    assert_false(bad);
    /* any other kind passes untouched */
    assert_int_equal(fp43_keeps("KARTA POBYTU", "KARTA POBYTU", ANON_NAMES_ADDRESS), 1);
}

static void test_fp43_through_the_default_packs(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"KARTA POBYTU\nNazwisko: KOWALCZYK\nImiona: Piotr", "PERSON=KOWALCZYK;PERSON=Piotr"},
        {"\xc4\xb0KAMET \xc4\xb0ZN\xc4\xb0\nSoyad\xc4\xb1: YILMAZ\nAd\xc4\xb1: Ay\xc5\x9f"
         "e",
         "PERSON=YILMAZ;PERSON=Ay\xc5\x9f"
         "e"},
        {"\xc8\x98"
         "EDERE\nNume: Popescu\nPrenume: Andrei",
         "PERSON=Popescu;PERSON=Andrei"},
        {"Name: Maria Keller\nAusstellende Beh\xc3\xb6rde: Landratsamt Ebersberg",
         "PERSON=Maria Keller"},
        {"Contact: David Villa, Maria Stadt", "PERSON=David Villa;PERSON=Maria Stadt"},
        {"\xc3\x9c"
         "berweisung an: Allgemeinmedizin Dr. Keller, Kardiologie Bremen",
         "PERSON=Keller"},
        {"She sailed on MV Erasmus with Anna Berg, and Dr. Keller took the ICE Konrad Zuse.",
         "PERSON=Anna Berg;PERSON=Keller"},
        {"MS KELLER and Ms Keller met; the MS Europa left with Jan Wolters.",
         "PERSON=Keller;PERSON=Jan Wolters"},
        {"Lives on Olof Palmes gata 3 with Erik Lund; Karl Johans gate 4 hosts Ola Nordmann.",
         "STREET_ADDRESS=Olof Palmes gata 3;PERSON=Erik Lund;PERSON=Ola Nordmann"},
        {"Segundo apellido: Garc\xc3\xad"
         "a\nNombre: Luc\xc3\xad"
         "a",
         "PERSON=Garc\xc3\xad"
         "a;PERSON=Luc\xc3\xad"
         "a"},
        {"She flew to Miami with Tom Baker; we drove from Ennis to Cork with Maria Keller.",
         "PERSON=Maria Keller"},
        {"Nachname: Keine Angabe\nVorname: Maria", "PERSON=Maria"},
        {"Besuch der Pflegekraft: Maria Keller kommt um 10.", "PERSON=Maria Keller"},
        {"Hi, I am John Smith, my email is john.smith@example.com and my phone is +1 415 555 0132.",
         "PERSON=John Smith;EMAIL=john.smith@example.com;PHONE=+1 415 555 0132"},
        {"Residencia Los Olivos, Calle Mayor 5, atenci\xc3\xb3n Juan P\xc3\xa9rez",
         "STREET_ADDRESS=Calle Mayor 5;PERSON=Juan P\xc3\xa9rez"},
        {"Queen Mary 2 sailed; Queen Elizabeth II spoke to Tom Baker.", "PERSON=Tom Baker"},
        {"Ticket: AVE Miguel de Cervantes, passenger Luc\xc3\xad"
         "a Garc\xc3\xad"
         "a.",
         "PERSON=Luc\xc3\xad"
         "a Garc\xc3\xad"
         "a"},
        {"Bezirkshauptmannschaft Gmunden wrote to Franz Huber.", "PERSON=Franz Huber"},
        {"te llamo ma\xc3\xb1"
         "ana, Pablo.",
         "PERSON=Pablo"},
    };
    CHECK(c);
}

static void test_at_host_mail_after_an_at_word(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"write to maria.keller at example.com today", "EMAIL=maria.keller at example.com"},
        {"schreib an maria.keller \xc3\xa4t example.de bitte",
         "EMAIL=maria.keller \xc3\xa4t example.de"},
        {"Schreib an maria.keller \xc3\x84t example.de bitte",
         "EMAIL=maria.keller \xc3\x84t example.de"},
        {"\xc3\xa9"
         "crire \xc3\xa0 marie.dupont chez exemple.fr merci",
         "EMAIL=marie.dupont chez exemple.fr"},
        {"\xc3\xa9"
         "crire \xc3\xa0 marie.dupont CHEZ exemple.fr merci",
         "EMAIL=marie.dupont CHEZ exemple.fr"},
        {"MAIL MARIA.KELLER AT EXAMPLE.COM NOW", "EMAIL=MARIA.KELLER AT EXAMPLE.COM"},
        {"at maria.keller at example.com", "EMAIL=maria.keller at example.com"},
        {"maria.keller at example.com", "EMAIL=maria.keller at example.com"},
        {"meet me at the office. Then maria.keller at example.com and obj.execute(at.foo) ok",
         "EMAIL=maria.keller at example.com"},
        {"const x = obj.execute(a.b); the cat sat at home; y.push(z.pop())", ""},
        {"contact: ana at sub.example.co.uk or ana at example.org.",
         "EMAIL=ana at sub.example.co.uk"},
        {"john.smith@example.com and jane.doe@corp.example.org at noon",
         "EMAIL=john.smith@example.com;EMAIL=jane.doe@corp.example.org"},
        {"at.example.com ana.at example.com", ""},
        {"what at? ana.b at example.info, pat at example.biz", "EMAIL=ana.b at example.info"},
        {"meet at "
         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx then ana at example.com",
         ""},
    };
    check_both_sweeps(c, sizeof c / sizeof c[0]);
}

static void test_at_host_mail_at_every_offset(void **state)
{
    (void)state;
    static char text[70][512];
    struct tcase c[70];
    for (int k = 0; k < 70; k++) {
        char *p = text[k];
        memset(p, 'q', (size_t)k);
        p += k;
        p += sprintf(p, " write maria.keller at example.com ");
        memset(p, 'r', (size_t)k);
        p += k;
        p += sprintf(p, " and ana.b at web.de");
        for (int j = 0; j < k; j++)
            p += sprintf(p, " tt");
        sprintf(p, " x.y at ab.fr");
        c[k].text = text[k];
        c[k].want = "EMAIL=maria.keller at example.com;EMAIL=ana.b at web.de;EMAIL=x.y at ab.fr";
    }
    check_both_sweeps(c, 70);
}

static void test_rec40_evidence_at_word_starts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Please contact kaen.weindling@example.com; KAEN WEINDLING will join, and so will "
         "Weindling.",
         "EMAIL=kaen.weindling@example.com;PERSON=KAEN WEINDLING;PERSON=Weindling"},
        {"k.weindling@example.com wrote: Kaen Weindling agrees",
         "EMAIL=k.weindling@example.com;PERSON=Kaen Weindling"},
        {"kweindling@example.com signed; Kaen Weindling will call",
         "EMAIL=kweindling@example.com;PERSON=Kaen Weindling"},
        {"Ilse and Tomas Berglund came; tomas said hi",
         "PERSON=Ilse;PERSON=Tomas Berglund;PERSON=tomas"},
        {"=== KAEN WEINDLING ===", ""},
        {"Kaen Weindling joined, weindling agreed", "PERSON=Kaen Weindling;PERSON=weindling"},
        {"los Sres. Navarro y Quillez vinieron", "PERSON=Navarro y Quillez"},
        {"Jean-Pierre Dubois wrote to jean-pierre.dubois@example.fr; dubois replied, and Pierre "
         "too",
         "PERSON=Jean-Pierre Dubois;EMAIL=jean-pierre.dubois@example.fr;PERSON=dubois;PERSON="
         "Pierre"},
        {"O'Brien-Weindling emailed obrien@example.ie, Weindling-O'Brien said",
         "PERSON=O'Brien-Weindling;EMAIL=obrien@example.ie;PERSON=Weindling-O'Brien"},
        {"Dom\xc3\xadnguez wrote: maria.dominguez@example.es; Mar\xc3\xad"
         "a Dom\xc3\xadnguez is here, DOM\xc3\x8dNGUEZ too",
         "PERSON=Dom\xc3\xadnguez;EMAIL=maria.dominguez@example.es;PERSON=Mar\xc3\xad"
         "a Dom\xc3\xadnguez;PERSON=DOM\xc3\x8dNGUEZ"},
        {"Anna & Piet Keller; anna keller said hi", "PERSON=Piet Keller;PERSON=keller"},
    };
    CHECK(c);
    /* the same words at every offset: after "y-" (k % 7 > 0) the given name goes on a word */
    static char text[40][256];
    struct tcase d[40];
    for (int k = 0; k < 40; k++) {
        char *p = text[k];
        memset(p, 'x', (size_t)k);
        p += k;
        p += sprintf(p, " tomas.berglund@example.se: ");
        for (int j = 0; j < k % 7; j++)
            p += sprintf(p, "y-");
        sprintf(p, "Tomas Berglund and t'omas berglund, TOMAS BERGLUND, berglund said");
        d[k].text = text[k];
        d[k].want = k % 7 ? "EMAIL=tomas.berglund@example.se;PERSON=Berglund;PERSON=berglund;"
                            "PERSON=TOMAS BERGLUND;PERSON=berglund"
                          : "EMAIL=tomas.berglund@example.se;PERSON=Tomas Berglund;PERSON="
                            "berglund;PERSON=TOMAS BERGLUND;PERSON=berglund";
    }
    check(d, 40);
}

/* nw_fold() as it was: a byte loop, then the two-byte capitals from the start */
static size_t fold_ref(const char *p, size_t n, char *out, size_t cap)
{
    const uint8_t *s = (const uint8_t *)p;
    if (n <= cap) {
        uint8_t hi = 0;
        for (size_t i = 0; i < n; i++) {
            uint8_t c = s[i];
            hi |= c;
            out[i] = (char)(c + ((uint8_t)(c - 'A') < 26 ? 32 : 0));
        }
        if (!(hi & 0x80))
            return n;
    }
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (o >= cap)
            return 0;
        if (c >= 'A' && c <= 'Z')
            c = (uint8_t)(c + 32);
        else if (c == 0xC3 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E &&
                 s[i + 1] != 0x97) {
            if (o + 2 > cap)
                return 0;
            out[o++] = (char)0xC3;
            out[o++] = (char)(s[++i] + 0x20);
            continue;
        }
        out[o++] = (char)c;
    }
    return o;
}

static void test_fold_matches_the_byte_loop(void **state)
{
    (void)state;
    static const uint8_t pick[] = {'A', 'Z',  'a',  'z',  '@',  '[',  '`',  '{',  '0',  ' ',
                                   '-', 0x7F, 0x80, 0xC3, 0x84, 0x97, 0x9E, 0x9F, 0xBF, 0xFF};
    char in[48], a[64], b[64];
    unsigned x = 4242;
    for (int round = 0; round < 400; round++) {
        for (size_t k = 0; k < sizeof in; k++) {
            x = x * 1103515245u + 12345u;
            unsigned r = (x >> 16) % 64;
            /* mostly letters, a byte of the list now and then */
            in[k] = (char)(r < 20 ? pick[r] : r < 42 ? 'A' + (int)(r % 26) : 'a' + (int)(r % 26));
            if (round % 4 == 0 && in[k] & 0x80)
                in[k] = 'Q'; /* a quarter of the rounds all ASCII */
        }
        for (size_t n = 0; n <= 40; n++)
            for (size_t cap = n > 3 ? n - 3 : 0; cap <= n + 3; cap++) {
                memset(a, 0x55, sizeof a);
                memset(b, 0x55, sizeof b);
                assert_int_equal(nw_fold(in, n, a, cap), fold_ref(in, n, b, cap));
                assert_memory_equal(a, b, sizeof a);
            }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fp43_screens_pass_every_listed_word),
        cmocka_unit_test(test_fp43_filter_drops_and_keeps_as_before),
        cmocka_unit_test(test_fp43_through_the_default_packs),
        cmocka_unit_test(test_at_host_mail_after_an_at_word),
        cmocka_unit_test(test_at_host_mail_at_every_offset),
        cmocka_unit_test(test_rec40_evidence_at_word_starts),
        cmocka_unit_test(test_fold_matches_the_byte_loop),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
