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
 * Branch dobmix63: text that mixes two languages puts a birth word a sentence, a turn or a
 * note away from other events' dates ("Syn narodil se v Brně. Lhůta do 27. března 2010",
 * "gimusi — taip, prašymas pateiktas 2019 m. rugsėjo 5 d.", "(49, Stand 2021 m. gegužės 22
 * d.)"); the stems now hold application, deadline, translation, registry and "as of" words, the
 * languages sk, et, lt, lv, hr, sl, is, da and no, and ASCII-folded forms, and the veto is asked
 * at every DATE_OF_BIRTH finding of the emit chain (nw_dob62_veto_text(), from
 * names_clean57.c), so dates that month-word and prose readers take are judged too.
 *
 * The one thing to know: it is asked only at a date a birth rule took (names_visit_digits.c,
 * names_clean57.c), so text without births pays nothing. Nothing here allocates.
 */
#include "anonymize/names_dob62.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* Other events' label words, matched at a word's start (ASCII letters in any case); one that ends
 * in "$" only as a whole word. */
static const char *const events[] = {
    /* en */ "issue", "expir", "valid", "marri", "wedding", "move-in", "moved in", "contract",
    "appointment", "death", "died$", "hired", "employed since", "start date",
    /* de */ "ausstell", "ausgestellt", "g\303\274ltig", "ablauf", "eheschlie", "heirat",
    "verheiratet", "einzug", "eingezogen", "vertrag", "termin", "sterbe", "gestorben",
    /* fr */ "d\303\251livr", "expiration", "expire", "mariage", "mari\303\251",
    "d\303\251c\303\250s", "d\303\251c\303\251d\303\251", "emm\303\251nag", "entr\303\251e",
    "d\303\251but", "rendez-vous",
    /* nl */ "afgifte", "afgegeven", "geldig", "huwelijk", "getrouwd", "overlijden", "overleden",
    "verhuisd", "ingangsdatum", "in dienst", "afspraak",
    /* es */ "expedici", "expedido", "caducidad", "caduca", "matrimonio", "casad", "defunci",
    "fallecid", "se mud", "inicio", "cita$",
    /* it */ "rilascio", "rilasciat", "scadenza", "scade", "sposat", "morte$", "decedut",
    "trasferit", "ingresso", "assunzione", "assunt", "appuntamento",
    /* pt */ "emiss\303\243o", "emitid", "validade", "v\303\241lid", "casamento", "\303\263bito",
    "falecid", "mudou", "entrada", "admiss\303\243o", "admitid", "consulta",
    /* pl */ "wydan", "wa\305\274n", "\305\233lub", "zgon", "zm.", "zameldow", "zam. od", "umow",
    "wizyt",
    /* cs */ "vyd\303\241n", "platn", "s\305\210at", "\303\272mrt", "zem\305\231",
    "p\305\231ihl\303\241\305\241", "bydli\305\241t\304\233 od", "smlouv", "term\303\255n",
    /* sv */ "vigsel", "gift$", "utf\303\244rd", "giltig", "d\303\266d", "inflytt",
    "anst\303\244ll", "bes\303\266k",
    /* fi */ "vihki", "vihitty", "my\303\266nn", "my\303\266nt", "voimassa", "kuol", "muutt",
    "sopimus", "vastaanotto",
    /* hu */ "h\303\241zass\303\241g", "ki\303\241ll\303\255t", "\303\251rv\303\251ny",
    "\303\211rv\303\251ny", "elhal\303\241l", "elhunyt", "bek\303\266lt\303\266z", "szerz\305\221d",
    "id\305\221pont",
    /* tr */ "evlilik", "verili\305\237", "ge\303\247erli", "\303\266l\303\274m",
    "\303\226l\303\274m", "vefat", "ta\305\237\304\261nma", "i\305\237e giri\305\237",
    "\304\260\305\237e giri\305\237", "randevu",
    /* el */ "\316\263\316\254\316\274", "\316\255\316\272\316\264\316\277\317\203",
    "\316\273\316\256\316\276", "\316\233\316\256\316\276", "\316\273\316\256\316\263", /* λήγει */
    "\316\270\316\261\316\275\316\254\317\204",
    "\316\274\316\265\317\204\316\261\316\272\316\277\316\274",
    "\317\200\317\201\317\214\317\203\316\273\316\267\317\210",
    "\317\201\316\261\316\275\317\204\316\265\316\262\316\277\317\215",
    /* ro */ "c\304\203s\304\203tor", "eliber", "valabil", "deces", "mut\304\203r", "mutat",
    "angaj", "programare",
    /* branch dobmix63: applications, deadlines, translations, registry entries, "as of" and moves
       in the languages above and in sk, et, lt, lv, hr, sl, is, da, no, with their ASCII-folded
       forms ("wniosek z\305\202o\305\274ony", "lh\305\257ta do", "ba\305\237vuru tarihi", "tercume
       tarihi") */
    /* en */ "applica", "deadline", "translat", "regist", "filed", "submitted", "as of", "per ",
    /* de */ "antrag", "beantragt", "frist", "\303\274bersetz", "\303\234bersetz", "eintragung",
    "eingetragen", "umzug", "stand ",
    /* fr */ "demande$", "d\303\251lai", "delai", "traduction", "inscri", "d\303\251m\303\251nag",
    "demenag", "valable", "\303\240 la date",
    /* nl */ "aanvraag", "uiterlijk", "vertaling", "ingeschreven", "verhuiz", "peildatum",
    /* es, it, pt */ "solicitud", "plazo", "traducci", "mudanza", "boda$", "domanda", "traduzione",
    "iscri", "traslo", "valido", "pedido", "prazo", "tradu\303\247\303\243o", "mudan\303\247a",
    /* pl */ "wniosek", "wniosk", "t\305\202umacz", "tlumacz", "wpis", "przeprowadz", "wazn",
    "slub", "stan na",
    /* cs, sk */ "\305\276\303\241dost", "zadost", "lh\305\257t", "lhut", "p\305\231eklad",
    "preklad", "z\303\241pis", "zapis", "st\304\233hov", "stehov", "snatek", "vydan",
    "\305\276iados", "ziados", "lehota", "s\305\245ahov", "stahov", "sob\303\241\305\241", "sobas",
    /* hu */ "k\303\251relem", "kerelem", "hat\303\241rid", "hatarid", "ford\303\255t\303\241s",
    "forditas", "nyilv\303\241ntart", "nyilvantart", "k\303\266lt\303\266z", "koltoz", "hazassag",
    "kiallit", "ervenyes",
    /* fi, et */ "hakemus", "m\303\244\303\244r\303\244aik", "maaraaik",
    "k\303\244\303\244nn\303\266s", "kaannos", "rekister", "myonn", "abiell", "avaldus",
    "t\303\244htaeg", "tahtaeg", "t\303\265lge", "tolge", "registree", "v\303\244lja antud",
    "valja antud", "kehtib", "kolimi",
    /* tr */ "ba\305\237vuru", "basvuru", "terc\303\274me", "tercume", "sicil$", "nikah", "gecerli",
    "tasinma", "verilis", "teslim",
    /* el: αίτηση, αιτηση, προθεσμ, μετάφρασ, εγγραφ, ισχύ, εκδό; Latin letters */
    "\316\261\316\257\317\204\316\267\317\203", "\316\261\316\271\317\204\316\267\317\203",
    "\317\200\317\201\316\277\316\270\316\265\317\203\316\274",
    "\316\274\316\265\317\204\316\254\317\206\317\201\316\261\317\203",
    "\316\265\316\263\316\263\317\201\316\261\317\206", "\316\271\317\203\317\207\317\215",
    "\316\265\316\272\316\264\317\214", "aitisi", "prothesmi", "metafrasi", "eggrafi", "ischyei",
    "ekdothike", "\316\274\316\265\317\204\316\261\316\272\317\214\316\274", "gamos", "metakomisi",
    /* lt, lv */ "santuok", "pra\305\241ym", "prasym", "vertim", "\304\257registr", "iregistr",
    "i\305\241duot", "isduot", "galioja", "persikrausty", "laul\304\253b", "laulib", "iesniegum",
    "termi\305\206", "tulkojum", "re\304\243istr", "izsniegt", "der\304\253g", "derig",
    "p\304\201rcel", "parcel",
    /* hr, sl */ "vjen\304\215an", "vjencan", "zahtjev", "rok ", "prijevod", "upis", "izdan",
    "vrijedi", "selidb", "useljen", "poroka", "vloga", "prevod", "vpis", "velja", "selitev",
    "vselit",
    /* ro */ "cerere", "termen", "traducere", "\303\256nregistr", "inregistr", "mutare", "casator",
    /* is */ "br\303\272\303\260kaup", "brudkaup", "ums\303\263kn", "umsokn", "frest",
    "\303\276\303\275\303\260ing", "thyding", "skr\303\241\303\260", "skrad", "\303\272tgef",
    "utgef", "gildir", "flutning", "flutt",
    /* sv, da, no */ "ans\303\266kan", "ansokan", "sista dag", "\303\266vers\303\244tt", "oversatt",
    "flytt", "utfard", "bryllup", "ans\303\270gning", "ansogning", "overs\303\246t", "oversat",
    "udstedt", "gyldig", "flytning", "s\303\270knad", "soknad", "oversett", "utstedt"};

/* Does the word at k (a word start) open with the stem w (ASCII letters in any case)? */
static int stem_at(const uint8_t *t, size_t k, size_t end, const char *w)
{
    size_t n = strlen(w), whole = n && w[n - 1] == '$';
    n -= whole; /* "died$": the whole word only, not "Diedke", "Gifty", "Mortensen", "DEMANDEUR" */
    if (k + n > end || (whole && k + n < end && (is_alnum(t[k + n]) || t[k + n] >= 0x80)))
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

int nw_dob62_words(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    int ev = 0;
    for (size_t k = a; k < b; k++) {
        if (k > a && word_byte(t[k - 1]))
            continue;
        if (!word_byte(t[k]))
            continue;
        if (nw_birth_word_at(s, k, b))
            return -1; /* "Geburtsdatum / Ausstellungsdatum:", "born, married ..." */
        for (size_t q = 0; !ev && q < sizeof events / sizeof *events; q++)
            ev = stem_at(t, k, b, events[q]);
    }
    return ev;
}

int nw_dob62_veto(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t a = ds, lim = ds > 64 ? ds - 64 : 0;
    while (a > lim && t[a - 1] == ' ')
        a--;
    if (ds - a >= 2 && a > 0 && t[a - 1] != ':')
        return 0; /* a column of its own ("Diedke Schoerhof    17-08-1963"): no label */
    a = ds;
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
    return nw_dob62_words(s, a, ds) > 0;
}

int nw_dob62_veto_text(const uint8_t *t, size_t len, size_t ds)
{
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = t;
    s.len = len;
    return nw_dob62_veto(&s, ds);
}
