/* names_travel8.c: people and dates of birth in airline and travel records, where the name is
 * written in the airline convention SURNAME/GIVEN: reservation displays ("1.KELLER/MARIA MRS",
 * "2.1OKAFOR/BAYO MR*ADT", several on a line), APIS and SSR DOCS records
 * (".../12JUL84/F/11JAN31/KELLER/MARIA/ANNA", the first date the passenger's birth), boarding
 * pass barcodes ("M1KELLER/MARIA       E6XKQ2L ..."), ticket rows ("|KELLER/MARIA|MS 12A|") and
 * labelled fields ("NAME OF PASSENGER  KELLER/MARIA"), in capitals or in mixed case.
 * names_docs4.c reads the plain "SURNAME/GIVEN TITLE"; this pass reads what stands around it.
 *
 * The one thing to know: a capital pair around a '/' is never enough ("TCP/IP", "AND/OR",
 * "LHR/JFK", "USD/EUR"). A pair is taken only with the airline shape around it: a title or a
 * passenger type after the given name, a passenger number glued before the surname, the DOCS
 * layout's sex and dates before it, the barcode's 20-byte field, a ticket number right before
 * it, or a passenger label or a ticket's pipe cell together with the lexicon's word that one of
 * the pair is a name (or a ticket number on the row). Pairs of ordinary words ("SETUP/TEARDOWN")
 * and routes ("LONDON/PARIS", "FRA/MUC") are left in the weak shapes. The pass looks only at the
 * '/' bytes memchr() finds, and at once leaves any whose neighbours are not a capital and a
 * capital or digit; nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int is_lo(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* A letter of a name: ASCII or a byte of an accented one ("MÜLLER"). */
static int name_byte(uint8_t c)
{
    return is_up(c) || is_lo(c) || c >= 0x80;
}

/* p[0 .. n) is w (lower case) with its ASCII letters in either case. */
static int eq_fold(const uint8_t *p, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n != m)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((is_up(p[i]) ? p[i] | 32 : p[i]) != (uint8_t)w[i])
            return 0;
    return 1;
}

static int in_list(const uint8_t *p, size_t n, const char *const *list, size_t nl)
{
    for (size_t k = 0; k < nl; k++)
        if (eq_fold(p, n, list[k]))
            return 1;
    return 0;
}

#define IN(p, n, l) in_list(p, n, l, sizeof l / sizeof l[0])

/* Titles and passenger types that follow the given name in reservation systems. */
static const char *const titles[] = {"mr",   "mrs", "ms",  "miss", "mstr", "dr",  "prof",
                                     "mx",   "chd", "inf", "adt",  "yth",  "src", "mme",
                                     "mlle", "sr",  "sra", "herr", "frau"};

/* Words no passenger bears, which capital slash pairs of ordinary text are made of. */
static const char *const not_names[] = {
    "and",    "or",      "yes",      "no",      "on",     "off",    "in",     "out",    "read",
    "write",  "get",     "post",     "put",     "input",  "output", "client", "server", "true",
    "false",  "pass",    "fail",     "dev",     "prod",   "open",   "closed", "buy",    "sell",
    "min",    "max",     "high",     "low",     "new",    "old",    "left",   "right",  "start",
    "stop",   "from",    "to",       "via",     "cash",   "check",  "nonref", "nonend", "non",
    "valid",  "after",   "before",   "chng",    "refund", "usd",    "eur",    "gbp",    "chf",
    "jpy",    "ok",      "cancel",   "ssr",     "osi",    "docs",   "rm",     "fp",     "fe",
    "tk",     "adt",     "chd",      "inf",     "the",    "of",     "for",    "with",   "km",
    "car",    "dbl",     "sgl",      "twn",     "bb",     "ro",     "hb",     "class",  "first",
    "second", "economy", "business", "premium", "flex",   "saver",  "return", "single"};

/* Cities of airline routes, written as itineraries write them ("LONDON/PARIS" is a route): a pair
 * of two of them, or of a city and a three-letter code, is no passenger when no title follows. */
static const char *const cities[] = {
    "amsterdam",  "athens",       "atlanta",      "auckland",   "austin",    "bangkok",
    "barcelona",  "basel",        "beijing",      "beirut",     "belgrade",  "berlin",
    "bilbao",     "bogota",       "bologna",      "bordeaux",   "boston",    "bremen",
    "brussels",   "bruxelles",    "brussel",      "bucharest",  "budapest",  "cairo",
    "calgary",    "cancun",       "capetown",     "casablanca", "catania",   "chicago",
    "cologne",    "copenhagen",   "dallas",       "delhi",      "denver",    "detroit",
    "doha",       "dubai",        "dublin",       "dusseldorf", "edinburgh", "florence",
    "firenze",    "frankfurt",    "geneva",       "geneve",     "genf",      "genoa",
    "genova",     "glasgow",      "gothenburg",   "hamburg",    "hanoi",     "hannover",
    "havana",     "helsinki",     "hongkong",     "honolulu",   "houston",   "istanbul",
    "jakarta",    "jeddah",       "johannesburg", "kiev",       "kyiv",      "krakow",
    "lagos",      "lima",         "lisbon",       "lisboa",     "liverpool", "ljubljana",
    "london",     "losangeles",   "lyon",         "madrid",     "malaga",    "manchester",
    "manila",     "marrakech",    "marseille",    "melbourne",  "miami",     "milan",
    "milano",     "montreal",     "moscow",       "mumbai",     "munich",    "munchen",
    "muenchen",   "nairobi",      "naples",       "napoli",     "nantes",    "nice",
    "oslo",       "ottawa",       "palermo",      "palma",      "paris",     "perth",
    "porto",      "prague",       "praha",        "riga",       "riyadh",    "rome",
    "roma",       "rotterdam",    "salzburg",     "santiago",   "saopaulo",  "seattle",
    "seoul",      "sevilla",      "seville",      "shanghai",   "singapore", "sofia",
    "split",      "stockholm",    "strasbourg",   "stuttgart",  "sydney",    "tallinn",
    "tokyo",      "toronto",      "toulouse",     "turin",      "torino",    "valencia",
    "vancouver",  "venice",       "venezia",      "verona",     "vienna",    "wien",
    "vilnius",    "warsaw",       "warszawa",     "washington", "zagreb",    "zurich",
    "zuerich",    "orlando",      "phoenix",      "lasvegas",   "newark",    "anchorage",
    "nassau",     "tunis",        "algiers",      "accra",      "dakar",     "abuja",
    "addis",      "kigali",       "luanda",       "cairns",     "brisbane",  "adelaide",
    "wellington", "christchurch", "osaka",        "kyoto",      "taipei",    "cebu",
    "bali",       "denpasar",     "colombo",      "karachi",    "lahore",    "dhaka",
    "kathmandu",  "tehran",       "baku",         "tbilisi",    "yerevan",   "almaty",
    "tashkent",   "minsk",        "odessa",       "odesa",      "lviv",      "gdansk",
    "wroclaw",    "poznan",       "brno",         "bratislava", "debrecen",  "cluj",
    "varna",      "thessaloniki", "heraklion",    "larnaca",    "valletta",  "malta",
    "faro",       "funchal",      "ibiza",        "tenerife",   "lanzarote", "mallorca",
    "menorca",    "alicante",     "granada",      "cordoba",    "zaragoza",  "santander",
    "oviedo",     "bari",         "pisa",         "trieste",    "bergamo",   "cagliari",
    "olbia",      "ajaccio",      "bastia",       "lille",      "rennes",    "brest",
    "metz",       "luxembourg",   "antwerp",      "antwerpen",  "ghent",     "gent",
    "eindhoven",  "utrecht",      "groningen",    "hague",      "aachen",    "leipzig",
    "dresden",    "nuremberg",    "nurnberg",     "dortmund",   "essen",     "bonn",
    "karlsruhe",  "freiburg",     "innsbruck",    "graz",       "linz",      "bern",
    "lausanne",   "lugano",       "aberdeen",     "belfast",    "cardiff",   "bristol",
    "leeds",      "newcastle",    "birmingham",   "cork",       "shannon",   "reykjavik",
    "bergen",     "trondheim",    "stavanger",    "tromso",     "malmo",     "uppsala",
    "turku",      "tampere",      "oulu",         "aarhus",     "billund",
};

/* Words for a passenger after which a ticket or a list writes one ("NAME OF PASSENGER",
 * "Passagier:", "Fluggast"): the name may go on after it on the line. */
static const char *const pax_labels[] = {
    "passenger",  "pax",        "traveller",   "traveler", "passagier", "passager",
    "passagère",  "passeggero", "passeggera",  "pasajero", "pasajera",  "passageiro",
    "passageira", "reisender",  "reisende",    "fluggast", "reiziger",  "viajero",
    "viajera",    "viajante",   "viaggiatore", "voyageur"};

/* Other labels of a travel document's name field ("Name:", "Guest:", "Titular:"): the name must
 * end its field. */
static const char *const labels[] = {"name",   "nom",    "naam",    "nombre",    "nome",
                                     "guest",  "gast",   "holder",  "titulaire", "titular",
                                     "driver", "ospite", "huésped", "hóspede",   "client"};

/* The word t[a .. e) of letters only, its case: 1 all capitals, 2 one capital then lower case. */
static int word_case(const uint8_t *t, size_t a, size_t e)
{
    int up = 0, lo = 0;
    for (size_t i = a; i < e; i++) {
        up += is_up(t[i]);
        lo += is_lo(t[i]);
    }
    if (!lo && up)
        return 1;
    return is_up(t[a]) && !(up > 1 && lo) ? 2 : 0;
}

/* DDMMMYY or DDMMMYYYY at a ("12JUL84", "12JUL1984"), not glued to a letter or digit after it:
 * its length, or 0. */
static size_t ddmmmyy(const struct sc *s, size_t a)
{
    static const char mon[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
    const uint8_t *t = s->t;
    size_t n = 7;
    if (a + 7 > s->len || !is_digit(t[a]) || !is_digit(t[a + 1]) || !is_digit(t[a + 5]) ||
        !is_digit(t[a + 6]))
        return 0;
    if (a + 9 <= s->len && is_digit(t[a + 7]) && is_digit(t[a + 8]))
        n = 9;
    if (a + n < s->len && is_alnum(t[a + n]))
        return 0;
    unsigned d = (unsigned)(t[a] - '0') * 10 + (unsigned)(t[a + 1] - '0');
    if (d < 1 || d > 31)
        return 0;
    for (size_t m = 0; m < 12; m++)
        if (memcmp(t + a + 2, mon + 3 * m, 3) == 0)
            return n;
    return 0;
}

/* The surname that ends at k (the '/'): its start, taking capital particles before it
 * ("VAN DER BERG/", "DA SILVA/"); k when there is none. */
static size_t surname_start(const struct sc *s, size_t k)
{
    static const char *const particles[] = {"van", "von", "der", "den", "de",  "da", "dos",
                                            "das", "del", "di",  "el",  "al",  "le", "la",
                                            "ni",  "mac", "bin", "ten", "ter", "st", "abu"};
    const uint8_t *t = s->t;
    size_t a = k;
    while (a > 0 && k - a < 30 && (name_byte(t[a - 1]) || t[a - 1] == '\'' || t[a - 1] == '-'))
        a--;
    while (a > 0 && t[a] == '-')
        a++;
    while (a >= 3 && t[a - 1] == ' ') {
        size_t pa = a - 1;
        while (pa > 0 && name_byte(t[pa - 1]) && a - pa < 6)
            pa--;
        if (!IN(t + pa, a - 1 - pa, particles) || (pa > 0 && name_byte(t[pa - 1])))
            break;
        a = pa;
    }
    return a;
}

static int ordinary(const struct sc *s, size_t a, size_t e);

/* The given names from g (after the '/'): up to three words of letters, one space apart, the
 * last not a title, the later ones no ordinary word. Their end, or g; *title gets the end of a
 * title after them, else 0. */
static size_t given_end(const struct sc *s, size_t g, size_t *title)
{
    const uint8_t *t = s->t;
    size_t e = g, i = g;
    *title = 0;
    for (int words = 0; words < 4 && i < s->len && name_byte(t[i]); words++) {
        size_t we = i;
        while (we < s->len && we - i < 30 && (name_byte(t[we]) || t[we] == '-' || t[we] == '\''))
            we++;
        while (we > i && (t[we - 1] == '-' || t[we - 1] == '\''))
            we--; /* "KELLER/MARIA-1.1": the passenger reference after a dash */
        if (words > 0 && IN(t + i, we - i, titles) && (we == s->len || !is_alnum(t[we]))) {
            *title = we;
            break;
        }
        if (words > 0 && (IN(t + i, we - i, not_names) || ordinary(s, i, we)))
            break; /* "KELLER/MARIA FROM PRG": the text goes on */
        if (words == 3)
            break;
        e = we;
        if (we + 1 >= s->len || t[we] != ' ' || !name_byte(t[we + 1]))
            break;
        i = we + 1;
    }
    if (!*title && e + 2 < s->len && t[e] == ' ' && t[e + 1] == ' ') {
        size_t p = e; /* "KELLER/MARIA      MRS": a fixed-width field padded before the title */
        while (p < s->len && p - e < 16 && t[p] == ' ')
            p++;
        size_t te = p;
        while (te < s->len && te - p < 5 && is_alnum(t[te]))
            te++;
        if (te > p && (te == s->len || !is_alnum(t[te])) && IN(t + p, te - p, titles))
            *title = te;
    }
    if (!*title && e < s->len && (t[e] == '*' || t[e] == '(') && e + 3 < s->len) {
        size_t te = e + 1; /* "MR*ADT" after a space handled above; "KELLER/MARIA(CHD/..." */
        while (te < s->len && is_up(t[te]) && te - e <= 4)
            te++;
        if (IN(t + e + 1, te - e - 1, titles))
            *title = te;
    }
    return e;
}

/* A passenger number glued before the surname at a ("1.", "2.1", "12.1", "1.1"): 1 or 0. */
static int pax_number(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t p = a, digits = 0;
    while (p > 0 && a - p < 6 && (is_digit(t[p - 1]) || t[p - 1] == '.')) {
        digits += is_digit(t[p - 1]);
        p--;
    }
    if (!digits || p == a || (p > 0 && (is_alnum(t[p - 1]) || t[p - 1] == '/')))
        return 0;
    return t[a - 1] == '.' || memchr(t + p, '.', a - p) != NULL;
}

/* A passenger number standing alone before the surname at a, at a line's start or after two
 * spaces ("   2 KELLER/MARIA", "MR    3 OKAFOR/BAYO", "1. KELLER/MARIA"): 1 or 0. */
static int pax_number_spaced(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    if (a < 2) /* a digit and a space at least: the text's start has neither */
        return 0;
    size_t p = a - 1;
    if (a >= 3 && t[a - 1] == ' ' && (t[a - 2] == '.' || t[a - 2] == ')'))
        p--; /* "1. KELLER/MARIA", "2) OKAFOR/BAYO" */
    if (p < 1 || t[a - 1] != ' ' || !is_digit(t[p - 1]))
        return 0;
    p--;
    if (p > 0 && is_digit(t[p - 1]))
        p--;
    return p == 0 || t[p - 1] == '\n' || (p >= 2 && t[p - 1] == ' ' && t[p - 2] == ' ');
}

/* The cell after the name's end e ("KELLER/MARIA | ADT |") holds a title or passenger type. */
static int title_cell_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t p = e;
    while (p < s->len && t[p] == ' ')
        p++;
    if (p >= s->len || (t[p] != '|' && t[p] != '\t' && t[p] != ';'))
        return 0;
    p++;
    while (p < s->len && t[p] == ' ')
        p++;
    size_t we = p;
    while (we < s->len && we - p < 6 && is_alnum(t[we]))
        we++;
    return we > p && (we == s->len || !is_alnum(t[we])) && IN(t + p, we - p, titles);
}

/* The line around k carries a ticket number: 13 digits, the airline's 3 and a '-' or ' ' inside
 * allowed ("0572345678901", "057-2345678901"). */
static int ticket_on_line(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t a = k, e = k;
    while (a > 0 && t[a - 1] != '\n' && k - a < 200)
        a--;
    while (e < s->len && t[e] != '\n' && e - k < 200)
        e++;
    for (size_t i = a; i < e;) {
        size_t n = 0, j = i;
        while (j < e && (is_digit(t[j]) || (n == 3 && (t[j] == '-' || t[j] == ' ')))) {
            n += is_digit(t[j]);
            j++;
        }
        if (n == 13)
            return 1;
        i = j > i ? j : i + 1;
    }
    return 0;
}

/* A ticket number stands right before the surname at a ("TKT 2201234567890 KELLER/MARIA",
 * "|220-1234567890| KELLER/MARIA"): 1 or 0. */
static int ticket_before(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t p = a, n = 0;
    while (p > 0 && a - p < 4 && (t[p - 1] == ' ' || t[p - 1] == '|' || t[p - 1] == '\t'))
        p--;
    if (p == a)
        return 0;
    while (p > 0 && n < 14 &&
           (is_digit(t[p - 1]) || (n == 10 && (t[p - 1] == '-' || t[p - 1] == ' ')))) {
        n += is_digit(t[p - 1]);
        p--;
    }
    return n == 13 && (p == 0 || !is_alnum(t[p - 1]));
}

/* The '/' at p closes a sex field that a birth date opens: "/12JUL84/M/", "/12JUL1984/FI/". */
static int sex_after_birth(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t x = p - 1;
    if (t[x] == 'I')
        x--;
    if (!(t[x] == 'M' || t[x] == 'F' || t[x] == 'U' || t[x] == 'X') || t[x - 1] != '/')
        return 0;
    for (size_t n = 7; n <= 9; n += 2)
        if (x >= n + 2 && t[x - n - 2] == '/' && ddmmmyy(s, x - n - 1) == n)
            return 1;
    return 0;
}

/* The DOCS layout before the surname at a: ".../12JUL84/F/11JAN31/" (sex, then the passport's
 * expiry in any layout with two digits at least): 1 or 0. */
static int docs_before(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t p = a - 1, digits = 0;
    if (a < 8 || t[a - 1] != '/')
        return 0;
    while (p > 0 && a - p < 13 && (is_alnum(t[p - 1]) || t[p - 1] == '-' || t[p - 1] == '.'))
        digits += is_digit(t[--p]);
    if (p == a - 1) /* Secure Flight: "/12JUL84/M//KELLER/MARIA", no expiry */
        return p >= 12 && t[p - 1] == '/' && sex_after_birth(s, p - 1);
    if (digits < 2 || a - 1 - p < 4 || p < 4 || t[p - 1] != '/')
        return 0;
    size_t x = p - 2; /* the sex: M, F, U, X, or MI/FI for an infant */
    if (t[x] == 'I')
        x--;
    return (t[x] == 'M' || t[x] == 'F' || t[x] == 'U' || t[x] == 'X') && t[x - 1] == '/';
}

/* A bar-coded boarding pass: "M1" before the surname at a and the 20-byte name field closed by
 * the electronic-ticket mark or a space. */
static int bcbp_at(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    return a >= 2 && t[a - 2] == 'M' && t[a - 1] >= '1' && t[a - 1] <= '9' &&
           (a == 2 || !is_alnum(t[a - 3])) && a + 21 < s->len &&
           (t[a + 20] == 'E' || t[a + 20] == ' ') && is_alnum(t[a + 21]);
}

/* The word before a (spaces, tabs, ':' skipped) is a passenger's label: 2 for a word for a
 * passenger, 1 for a name field's; 0, and *pipe set when a '|' stands there. */
static int label_before(const struct sc *s, size_t a, int *pipe)
{
    const uint8_t *t = s->t;
    size_t p = a;
    *pipe = 0;
    while (p > 0 && a - p < 12 && (t[p - 1] == ' ' || t[p - 1] == '\t' || t[p - 1] == ':'))
        p--;
    if (p == a && p > 0 && t[p - 1] != '|')
        return 0;
    if (p > 0 && t[p - 1] == '|') {
        *pipe = 1;
        return 0;
    }
    size_t w = p;
    while (w > 0 && p - w < 14 && name_byte(t[w - 1]))
        w--;
    if (w == p || (w > 0 && is_alnum(t[w - 1])))
        return 0;
    return IN(t + w, p - w, pax_labels) ? 2 : IN(t + w, p - w, labels);
}

/* What follows the name's end e is a cell's or a line's end ('|', a line break, two spaces, the
 * text's end, " - 123"). */
static int field_end(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t p = e;
    while (p < s->len && t[p] == ' ')
        p++;
    return p == s->len || t[p] == '|' || t[p] == '\n' || t[p] == '\r' || t[p] == '\t' ||
           p >= e + 2 || (t[p] == '-' && p + 1 < s->len && (t[p + 1] == ' ' || is_digit(t[p + 1])));
}

/* The lexicon calls one of the words in t[a .. e) a given name or a surname that is no ordinary
 * word ("APPLE" is both), or with attested, one well attested as a given name ("JOHN"). */
static int lex_known(const struct sc *s, size_t a, size_t e, int attested)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i < e;) {
        size_t we = i;
        while (we < e && name_byte(t[we]))
            we++;
        unsigned f = we - i >= 3 ? nw_lexicon_in(t, s->len, i, we) : 0;
        if (nw_lexname(f) &&
            (!(f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) || (attested && (f & ANON_NL_ATTESTED))))
            return 1;
        i = we + 1;
    }
    return 0;
}

/* t[a .. e) has a word of three letters or more and a vowel in each such word ("LHR/JFK",
 * "TCP/IP" are codes; "DA SILVA" is not). */
static int vowels(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t n = 0;
    for (size_t i = a; i < e;) {
        size_t we = i;
        int v = 0;
        while (we < e && name_byte(t[we])) {
            v |= t[we] >= 0x80 || strchr("AEIOUYaeiouy", t[we]) != NULL;
            we++;
        }
        if (we - i >= 3 && !v)
            return 0;
        n += we - i >= 3;
        i = we + 1;
    }
    return n > 0;
}

/* A word of t[a .. e) is an ordinary word and no name ("SETUP/TEARDOWN", "SALES/MARKETING"). */
static int ordinary(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i < e;) {
        size_t we = i;
        while (we < e && name_byte(t[we]))
            we++;
        unsigned f = we > i ? nw_lexicon_in(t, s->len, i, we) : 0;
        if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !nw_lexname(f))
            return 1;
        i = we + 1;
    }
    return 0;
}

/* Both halves letters only, of one case style, no ordinary word: 1 or 0. */
static int pair_ok(const struct sc *s, size_t a, size_t k, size_t e, int titled)
{
    const uint8_t *t = s->t;
    int c1, c2;
    size_t i = k + 1, we = i;
    while (we < e && name_byte(t[we]))
        we++;
    if (k - a < 2 || (we - i < 2 && !titled))
        return 0;
    size_t sw = k;
    while (sw > a && name_byte(t[sw - 1]))
        sw--;
    c1 = word_case(t, sw, k);
    c2 = word_case(t, i, we);
    if (!c1 || c1 != c2)
        return 0;
    if (IN(t + sw, k - sw, not_names) || IN(t + i, we - i, not_names))
        return 0;
    return docs_before(s, a) || bcbp_at(s, a) || (!ordinary(s, a, k) && !ordinary(s, k + 1, e));
}

/* An infant's record: "SSR INFT LH HK1 KELLER/LENA 12MAY25", the birth after the name at e. */
static int infant_date_after(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t w = a > 24 ? a - 24 : 0;
    return e + 8 <= s->len && t[e] == ' ' && ddmmmyy(s, e + 1) && a - w >= 3 &&
           memmem(t + w, a - w, "INF", 3) != NULL;
}

/* The word t[a .. e) is a route's end: a city of the list, or three capitals (an airport code). */
static int route_end(const uint8_t *t, size_t a, size_t e)
{
    return (e - a == 3 && is_up(t[a]) && is_up(t[a + 1]) && is_up(t[a + 2])) ||
           IN(t + a, e - a, cities);
}

/* What stands around the pair a..k..e (no title after it) says airline: the DOCS layout, the
 * barcode, an infant's record, a passenger number, a passenger label, a ticket's row. */
static int airline_ctx(const struct sc *s, size_t a, size_t k, size_t e, int found)
{
    const uint8_t *t = s->t;
    int pipe = 0;
    if (docs_before(s, a) || bcbp_at(s, a) || infant_date_after(s, a, e))
        return 1;
    if (pax_number(s, a))
        return field_end(s, e) || (e < s->len && (t[e] == '/' || t[e] == '('));
    int end = field_end(s, e), vow = vowels(s, a, k) && vowels(s, k + 1, e) &&
                                     !(route_end(t, a, k) && route_end(t, k + 1, e));
    if (end && vow && ticket_before(s, a))
        return 1;
    if (pax_number_spaced(s, a) && end) /* after a titled passenger */
        return vow && (found || lex_known(s, a, e, 0));
    int label = label_before(s, a, &pipe);
    if (label == 2 && vow && (end || lex_known(s, a, e, 1)))
        return 1; /* "NAME OF PASSENGER KELLER/MARIA FROM FRA" */
    if ((label || pipe) && end && vow && (lex_known(s, a, e, 0) || !pipe || ticket_on_line(s, k)))
        return 1;
    if ((a == 0 || t[a - 1] == '\n' || pipe || t[a - 1] == '|') && title_cell_after(s, e))
        return 1;
    return end && vow && lex_known(s, a, e, 1) && ticket_on_line(s, k); /* "TKT 2201... X/ANNA" */
}

/* A second capital surname before the one at a, at a field's start ("Name: GARCIA LOPEZ/MARIA",
 * "|NGUYEN THI/HOA|"): its start, or a. */
static size_t second_surname(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    if (a < 3 || t[a - 1] != ' ' || !name_byte(t[a - 2]))
        return a;
    size_t pa = a - 1;
    while (pa > 0 && name_byte(t[pa - 1]) && a - 1 - pa < 20)
        pa--;
    uint8_t c = pa ? t[pa - 1] : '\n';
    if (!(c == '\n' || c == '|' || c == '\t' || ticket_before(s, pa) ||
          (c == ' ' && pa >= 2 && (t[pa - 2] == ':' || t[pa - 2] == ' ' || t[pa - 2] == '|'))))
        return a;
    if (word_case(t, pa, a - 1) != word_case(t, a, a + 1 < s->len ? a + 2 : a) ||
        !vowels(s, pa, a - 1) || IN(t + pa, a - 1 - pa, labels) || IN(t + pa, a - 1 - pa, titles) ||
        IN(t + pa, a - 1 - pa, not_names) || ordinary(s, pa, a - 1))
        return a;
    return pa;
}

/* A title glued to the given names g .. e in capitals ("OKAFOR/BAYOMR"): its length, the given
 * name keeping three letters; 0 for none. */
static size_t glued_title(const struct sc *s, size_t g, size_t e)
{
    static const char *const gl[] = {"MRS", "MISS", "MSTR", "MR", "MS"};
    const uint8_t *t = s->t;
    if (e - g < 5 || word_case(t, g, e) != 1 || (e < s->len && is_alnum(t[e])))
        return 0;
    for (size_t q = 0; q < sizeof gl / sizeof gl[0]; q++) {
        size_t m = strlen(gl[q]);
        if (e - g >= m + 3 && memcmp(t + e - m, gl[q], m) == 0)
            return m;
    }
    return 0;
}

/* The name around the '/' at k: emitted when its shape says airline; *next past it. */
static int name_at(struct sc *s, size_t k, size_t *next, int *found)
{
    const uint8_t *t = s->t;
    size_t a = surname_start(s, k), title, e, g = k + 1, middle = 0;
    if (a == k)
        return 0;
    int inf = a >= 1 && t[a - 1] == '(' && k - a > 5 && memcmp(t + a, "INF", 3) == 0;
    if (inf)
        a += 3; /* "MRS(INFKELLER/LENA/12MAY25)": the infant after the adult */
    e = given_end(s, g, &title);
    if (e == g)
        return 0;
    if (IN(t + a, k - a, titles)) { /* "KELLER/JAN MR/MARIA MRS": one surname, two travellers */
        if (!title || word_case(t, g, e) != 1 || !vowels(s, g, e))
            return 0;
        *next = e;
        int rc =
            (s->kinds & (1u << ANON_NAMES_PERSON)) ? s->emit(s->arg, ANON_NAMES_PERSON, g, e) : 0;
        return rc < 0 ? rc : 1;
    }
    if (bcbp_at(s, a) && e > a + 20)
        e = a + 20; /* the field is 20 bytes: the ticket mark and the locator follow */
    if (e < s->len && is_digit(t[e]))
        return 0;
    if (e + 1 < s->len && t[e] == '/' && name_byte(t[e + 1]) && docs_before(s, a)) {
        size_t t2, me = given_end(s, e + 1, &t2); /* DOCS: ".../KELLER/MARIA/ANNA" */
        if (me >= e + 3 && (me == s->len || !is_alnum(t[me])))
            middle = me;
    }
    size_t glued = title ? 0 : glued_title(s, g, e);
    if (!pair_ok(s, a, k, e - glued, title || glued))
        return 0;
    int ok;
    if (glued) /* "OKAFOR/BAYOMR", not a record locator "TP/BNUQMR" */
        ok = vowels(s, a, k) && vowels(s, g, e - glued);
    else
        ok = title || inf || airline_ctx(s, a, k, e, *found);
    size_t a2 = inf ? a : second_surname(s, a);
    if (!ok && a2 < a)
        ok = airline_ctx(s, a2, k, e, *found);
    if (!ok)
        return 0;
    a = a2;
    size_t end = middle ? middle : e - glued;
    int rc = 0;
    if (s->kinds & (1u << ANON_NAMES_PERSON))
        rc = s->emit(s->arg, ANON_NAMES_PERSON, a, end);
    /* an infant's or a child's birth right after the name ("/12MAY25)", " 12MAY25" in SSR INFT) */
    size_t n = end + 8 <= s->len ? ddmmmyy(s, end + 1) : 0;
    if (rc >= 0 && (s->kinds & (1u << ANON_NAMES_DOB)) && n &&
        (t[end] == '/' || infant_date_after(s, a, end)))
        rc = s->emit(s->arg, ANON_NAMES_DOB, end + 1, end + 1 + n);
    *next = end;
    *found = 1;
    return rc < 0 ? rc : 1;
}

/* A birth date at the '/' at k: the DOCS "/12JUL84/F/" before the sex, "CHD/12JUL19" and
 * "SSR CHLD .. HK1/12JUL19". */
static int birth_at(struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t n;
    if (k + 2 < s->len &&
        (t[k + 1] == 'M' || t[k + 1] == 'F' || t[k + 1] == 'U' || t[k + 1] == 'X') &&
        (t[k + 2] == '/' || (t[k + 2] == 'I' && k + 3 < s->len && t[k + 3] == '/')))
        for (n = 7; n <= 9; n += 2)
            if (k >= n + 1 && t[k - n - 1] == '/' && ddmmmyy(s, k - n) == n)
                return s->emit(s->arg, ANON_NAMES_DOB, k - n, k);
    if (k >= 3 && (n = ddmmmyy(s, k + 1)) != 0 &&
        ((memcmp(t + k - 3, "CHD", 3) == 0 && (k == 3 || !is_alnum(t[k - 4]))) ||
         (k >= 12 && memcmp(t + k - 3, "HK1", 3) == 0 && memmem(t + k - 12, 9, "CHLD", 4))))
        return s->emit(s->arg, ANON_NAMES_DOB, k + 1, k + 1 + n);
    return 0;
}

int nw_travel8(struct sc *s)
{
    const uint8_t *t = s->t;
    int dob = (s->kinds & (1u << ANON_NAMES_DOB)) != 0;
    size_t next = 0;
    int found = 0; /* a passenger taken in this text: a bare numbered line may be the next */
    /* the '/' of the text from scan()'s table: docs4 and profileurl read what this walk finds */
    struct nw_hits *h = nw_hits_of(s, '/');
    for (size_t n = 0, k = nw_hit_at(h, s, '/', 0, 0); k < s->len;
         k = nw_hit_at(h, s, '/', ++n, k + 1)) {
        if (k < 1 || k + 2 >= s->len)
            continue;
        uint8_t b = t[k - 1], c = t[k + 1];
        int rc = 0;
        if (dob && (is_digit(c) || (is_digit(b) && is_up(c))))
            rc = birth_at(s, k);
        else if (k >= next && (is_up(b) || (is_lo(b) && t[k + 2] >= 'a')) && is_up(c))
            rc = name_at(s, k, &next, &found);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* For names_fixedcols.c: f (folded) is one of the cities above ("Lyon", "Graz" in a Name
 * column are no people). */
int nw_route_city(const char *f)
{
    return NW_ONE_OF(f, cities);
}
