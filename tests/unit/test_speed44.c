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

/* Each case with the default engine and with one whose sweep runs without AVX2. */
static void check_both_sweeps(const struct tcase *c, size_t n)
{
    check(c, n);
    char err[256];
    anon_engine_t *keep = eng;
    setenv("HUSH_SWEEP_NO_AVX2", "1", 1);
    eng = anon_engine_new(NULL, err, sizeof err);
    unsetenv("HUSH_SWEEP_NO_AVX2");
    assert_non_null(eng);
    check(c, n);
    anon_engine_free(eng);
    eng = keep;
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fp43_screens_pass_every_listed_word),
        cmocka_unit_test(test_fp43_filter_drops_and_keeps_as_before),
        cmocka_unit_test(test_fp43_through_the_default_packs),
        cmocka_unit_test(test_at_host_mail_after_an_at_word),
        cmocka_unit_test(test_at_host_mail_at_every_offset),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
