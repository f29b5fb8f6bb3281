/* names_dob62.c: which date is the birth (branch dob62, issue 15). A record often holds a birth
 * and other dates of the same person or document close together: "Geb.-Datum: 20.06.1994 |
 * Gültig bis: 16.4.2010 - Geb.-Datum: 28.5.2000", "född den 2005-04-03, gift 21.02.1996",
 * "Muuttopäivä: 07.09.2002 — Sopimus alkaa: 17.04.2016 — Syntymäaika: ...". A birth cue on
 * either side may reach the wrong one. nw_dob62_veto() reads the date's own field, the bytes
 * back from the date to the field's start (a line break, '|', ';', a tab, ',', '(', a dash or
 * two spaces between words, a sentence's full stop), at most 64 bytes: a field whose label names
 * another event (issue, expiry, wedding, death, move-in, contract, hiring, appointment words of en,
 * de, fr, nl, es, it, pt, pl, cs, sv, fi, hu, tr, el, ro) and holds no birth word labels a date
 * that is no birth.
 *
 * The one thing to know: it is asked only at a date a birth rule took (names_visit_digits.c),
 * so text without births pays nothing. Nothing here allocates.
 */
#include "anonymize/names_dob62.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* Other events' label words, matched at a word's start (ASCII letters in any case). */
static const char *const events[] = {
    /* en */ "issue",
    "expir",
    "valid",
    "marri",
    "wedding",
    "move-in",
    "moved in",
    "contract",
    "appointment",
    "death",
    "died",
    "hired",
    "employed since",
    "start date",
    /* de */ "ausstell",
    "ausgestellt",
    "g\303\274ltig",
    "ablauf",
    "eheschlie",
    "heirat",
    "verheiratet",
    "einzug",
    "eingezogen",
    "vertrag",
    "termin",
    "sterbe",
    "gestorben",
    /* fr */ "d\303\251livr",
    "expiration",
    "expire",
    "mariage",
    "mari\303\251",
    "d\303\251c\303\250s",
    "d\303\251c\303\251d\303\251",
    "emm\303\251nag",
    "entr\303\251e",
    "d\303\251but",
    "rendez-vous",
    /* nl */ "afgifte",
    "afgegeven",
    "geldig",
    "huwelijk",
    "getrouwd",
    "overlijden",
    "overleden",
    "verhuisd",
    "ingangsdatum",
    "in dienst",
    "afspraak",
    /* es */ "expedici",
    "expedido",
    "caducidad",
    "caduca",
    "matrimonio",
    "casad",
    "defunci",
    "fallecid",
    "se mud",
    "inicio",
    "cita",
    /* it */ "rilascio",
    "rilasciat",
    "scadenza",
    "scade",
    "sposat",
    "morte",
    "decedut",
    "trasferit",
    "ingresso",
    "assunzione",
    "assunt",
    "appuntamento",
    /* pt */ "emiss\303\243o",
    "emitid",
    "validade",
    "v\303\241lid",
    "casamento",
    "\303\263bito",
    "falecid",
    "mudou",
    "entrada",
    "admiss\303\243o",
    "admitid",
    "consulta",
    /* pl */ "wydan",
    "wa\305\274n",
    "\305\233lub",
    "zgon",
    "zm.",
    "zameldow",
    "zam. od",
    "umow",
    "wizyt",
    /* cs */ "vyd\303\241n",
    "platn",
    "s\305\210at",
    "\303\272mrt",
    "zem\305\231",
    "p\305\231ihl\303\241\305\241",
    "bydli\305\241t\304\233 od",
    "smlouv",
    "term\303\255n",
    /* sv */ "vigsel",
    "gift",
    "utf\303\244rd",
    "giltig",
    "d\303\266d",
    "inflytt",
    "anst\303\244ll",
    "bes\303\266k",
    /* fi */ "vihki",
    "vihitty",
    "my\303\266nn",
    "my\303\266nt",
    "voimassa",
    "kuol",
    "muutt",
    "sopimus",
    "vastaanotto",
    /* hu */ "h\303\241zass\303\241g",
    "ki\303\241ll\303\255t",
    "\303\251rv\303\251ny",
    "\303\211rv\303\251ny",
    "elhal\303\241l",
    "elhunyt",
    "bek\303\266lt\303\266z",
    "szerz\305\221d",
    "id\305\221pont",
    /* tr */ "evlilik",
    "verili\305\237",
    "ge\303\247erli",
    "\303\266l\303\274m",
    "\303\226l\303\274m",
    "vefat",
    "ta\305\237\304\261nma",
    "i\305\237e giri\305\237",
    "\304\260\305\237e giri\305\237",
    "randevu",
    /* el */ "\316\263\316\254\316\274",
    "\316\255\316\272\316\264\316\277\317\203",
    "\316\273\316\256\316\276",
    "\316\233\316\256\316\276",
    "\316\273\316\256\316\263", /* λήγει */
    "\316\270\316\261\316\275\316\254\317\204",
    "\316\274\316\265\317\204\316\261\316\272\316\277\316\274",
    "\317\200\317\201\317\214\317\203\316\273\316\267\317\210",
    "\317\201\316\261\316\275\317\204\316\265\316\262\316\277\317\215",
    /* ro */ "c\304\203s\304\203tor",
    "eliber",
    "valabil",
    "deces",
    "mut\304\203r",
    "mutat",
    "angaj",
    "programare"};

/* Does the word at k (a word start) open with the stem w (ASCII letters in any case)? */
static int stem_at(const uint8_t *t, size_t k, size_t end, const char *w)
{
    size_t n = strlen(w);
    if (k + n > end)
        return 0;
    for (size_t j = 0; j < n; j++) {
        uint8_t c = t[k + j];
        if (c >= 'A' && c <= 'Z')
            c |= 32;
        if (c != (uint8_t)w[j])
            return 0;
    }
    return 1;
}

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

int nw_dob62_veto(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t a = ds, lim = ds > 64 ? ds - 64 : 0;
    while (a > lim) {
        uint8_t c = t[a - 1];
        if (c == '\n' || c == '|' || c == ';' || c == '\t' || c == ',' || c == '(' || c == '\\' ||
            c == '"')
            break;
        if (c == ' ' && a < ds && a >= 4 && word_byte(t[a]) &&
            (t[a - 2] == ' ' || (t[a - 2] == '-' && t[a - 3] == ' ') ||
             (t[a - 4] == 0xE2 && (t[a - 2] == 0x93 || t[a - 2] == 0x94))))
            break; /* two spaces, or a dash between spaces, before a word: the field starts */
        if ((c == '.' || c == '!' || c == '?') && a < ds && t[a] == ' ' && a >= 5 &&
            word_byte(t[a - 2]) && word_byte(t[a - 3]) && word_byte(t[a - 4]) &&
            word_byte(t[a - 5]))
            break; /* a sentence's end ("a kiállítást. 1998.11.23. született"), not an
                      abbreviation's ("zm. 12.03.2010") */
        if (is_digit(c) && a < ds)
            return 0; /* another value inside: not one label's field */
        a--;
    }
    if (a == lim && lim > 0)
        return 0;
    int ev = 0;
    for (size_t k = a; k < ds; k++) {
        if (k > a && word_byte(t[k - 1]))
            continue;
        if (!word_byte(t[k]))
            continue;
        if (nw_birth_word_at(s, k, ds))
            return 0; /* "Geburtsdatum / Ausstellungsdatum:", "born, married ..." */
        for (size_t q = 0; !ev && q < sizeof events / sizeof *events; q++)
            ev = stem_at(t, k, ds, events[q]);
    }
    return ev;
}
