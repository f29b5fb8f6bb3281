/* names_spoken54.c: the run of a phone read out in words, as speech-to-text writes it (branch
 * spoken54). names_spoken51.c found runs of single digit words joined by single spaces ("oh seven
 * seven double four"); callers say more than that:
 *   - pairs and compounds in every language ("zéro six douze", "null eins siebzehn
 *     einunddreißig", "seventy four", "setenta y cuatro", "kahdeksankymmentäneljä"): a number
 *     word that names_asr.c's number reader takes (nw_asr_number_word()) and no single digit is
 *     read as two digits; a unit after a tens word of a two-word language ("seventy four",
 *     "sessenta e quatro") adds none;
 *   - "double", "doppio", "dubbel", "doble", "zweimal die", "deux fois" before a digit;
 *   - digits and digit words mixed ("zéro sept 4 sept");
 *   - fillers and self-corrections inside ("oh seven seven er sorry seven double oh"): up to
 *     three such words between two digit words belong to the run;
 *   - a country code after "plus" ("plus four four", "più tre nove", "artı doksan").
 * The digit words of fi/hu/ro/el are read here too; in a transcript names_asr.c notes every two
 * number words side by side (nw_spoken54_note_pair()), so languages whose digit words the cue
 * pass never stops at are read as well.
 *
 * The one thing to know: nothing here keeps text; a run is read at a noted position on the
 * engine's text, and its digits are only counted (names_spoken51.c decides what is a phone). */
#include "anonymize/names_internal.h"
#include "anonymize/names_spoken54.h"

#include <string.h>

#define N(a) (sizeof(a) / sizeof((a)[0]))

static int word_char(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '-' || c == '\'';
}

static int in_list(const uint8_t *w, size_t n, const char *const *l, size_t nl)
{
    if (n == 0 || n > 32)
        return 0;
    char f[33];
    for (size_t i = 0; i < n; i++)
        f[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 32 : w[i]);
    f[n] = 0;
    for (size_t i = 0; i < nl; i++)
        if (strcmp(f, l[i]) == 0)
            return 1;
    return 0;
}

/* Single digit words names_spoken51.c does not know (fi, hu, ro, el in Latin letters, and the
 * forms without diacritics), and the words that say the next digit twice. */
static const char *const digits54[] = {
    "nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan",
    "yhdeksän", "trei", "nulla", "egy", "kettő", "ketto", "három", "harom", "négy", "negy", "öt",
    "hat", "hét", "nyolc", "kilenc", "unu", "doi", "patru", "cinci", "șase", "şase", "sase",
    "șapte", "şapte", "sapte", "opt", "nouă", "noua", "miden", "mithen", "ena", "dio", "tria",
    "tessera", "pente", "exi", "epta", "okto", "ennea", "enia", "åtte", "dvě", "doppio", "dubbel",
    "doble", "duplo", "zweimal", "doppel",
    /* (branch phone56: the doubling words of da/no/pl/cs/hu/tr/ro/el, and the Greek digit
     * words "dyo" and "efta" as people spell them in Latin letters) */
    "dobbelt", "dobbel", "podwójne", "podwójna", "podwójnie", "dvakrát", "dupla", "çift", "cift",
    "dublu", "dipla", "diplo", "dyo", "efta"};
static const char *const triple54[] = {"triplo",     "dreimal", "triple",   "drievoudig",
                                       "tredobbelt", "trippel", "potrójne", "potrójna",
                                       "třikrát",    "tripla",  "triplu"};
/* Tens words of the languages that say the unit as a word of its own after them ("seventy
 * four", "setenta y cuatro", "sessenta e quatro", "douăzeci și cinci"): the unit adds no digit. */
static const char *const tens2[] = {
    "twenty",       "thirty",        "forty",          "fifty",         "sixty",
    "seventy",      "eighty",        "ninety",         "veinte",        "treinta",
    "cuarenta",     "cincuenta",     "sesenta",        "setenta",       "ochenta",
    "noventa",      "vinte",         "trinta",         "quarenta",      "cinquenta",
    "sessenta",     "oitenta",       "dwadzieścia",    "trzydzieści",   "czterdzieści",
    "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt",
    "dvacet",       "třicet",        "čtyřicet",       "padesát",       "šedesát",
    "sedmdesát",    "osmdesát",      "devadesát",      "yirmi",         "otuz",
    "kırk",         "elli",          "altmış",         "yetmiş",        "seksen",
    "doksan",       "eikosi",        "trianta",        "saranta",       "peninta",
    "exinta",       "evdominta",     "ogdonta",        "eneninta",      "douăzeci",
    "treizeci",     "patruzeci",     "cincizeci",      "șaizeci",       "șaptezeci",
    "optzeci",      "nouăzeci"};
/* Words between a tens word and its unit, and between "zweimal"/"deux fois" and the digit. */
static const char *const links[] = {"y",    "e",    "și",  "şi",     "si",  "die",
                                    "fois", "keer", "mal", "kertaa", "kere"};
/* Fillers and self-corrections that may stand inside a run. */
static const char *const fillers[] = {"um", "er",   "uh",  "erm", "ehm", "äh",  "ähm", "euh",
                                      "eh", "este", "hum", "é",   "yyy", "eee", "öh",  "øh",
                                      "öö", "şey",  "ııı", "ăă",  "ee",  "hmm", "mm"};
static const char *const corrections[] = {
    "sorry",    "no",       "nee",      "nein",     "wacht",    "wait",        "pardon",
    "perdón",   "perdon",   "scusi",    "scusa",    "desculpe", "przepraszam", "förlåt",
    "undskyld", "unnskyld", "anteeksi", "bocsánat", "scuze",    "signomi",     "ochi",
    "nej",      "nei",      "ei",       "ne",       "nem",      "nie",         "não",
    "nu",       "non",      "falsch",   "sorry,",   "hayır",    "actually"};
/* Words before a country code. */
static const char *const pluses[] = {"plus", "più", "más", "mas", "mais", "artı", "plusz", "syn"};

enum { T_NONE, T_DIGIT, T_LINK, T_FILL, T_CORR };

/* Scandinavian pairs in one word: a tens stem and a digit word ("sekstito", "sjuttiotre",
 * "førtiåtte"), or a digit word, "og" and a Danish tens word ("treogfyrre", "otteogtres"). */
static int glued(const uint8_t *w, size_t n)
{
    static const char *const stems[] = {"tjue",   "tretti",  "førti", "femti",   "seksti", "sytti",
                                        "åtti",   "nitti",   "tjugo", "trettio", "fyrtio", "femtio",
                                        "sextio", "sjuttio", "åttio", "nittio"};
    static const char *const da_tens[] = {"tyve", "tredive",    "fyrre", "halvtreds",
                                          "tres", "halvfjerds", "firs",  "halvfems"};
    for (size_t i = 0; i < N(stems); i++) {
        size_t k = strlen(stems[i]);
        if (n > k && memcmp(w, stems[i], k) == 0 && nw_spoken51_digits(w + k, n - k) == 1)
            return 1;
    }
    for (size_t i = 0; i + 2 < n && i < 5; i++)
        if (w[i] == 'o' && w[i + 1] == 'g' && nw_spoken51_digits(w, i) == 1 &&
            in_list(w + i + 2, n - i - 2, da_tens, N(da_tens)))
            return 1;
    return 0;
}

/* Ordinals and words the number reader takes as one ("fourth", "neunten", "birth" as "bir" +
 * "th"): days of dates, no phone's digits. */
static int ordinal(const uint8_t *w, size_t n)
{
    static const char *const ends[] = {"th",  "st",  "nd", "rd", "ten", "ego",
                                       "ého", "ème", "án", "én", "ik"};
    for (size_t i = 0; i < N(ends); i++) {
        size_t k = strlen(ends[i]);
        if (n > k && memcmp(w + n - k, ends[i], k) == 0)
            return 1;
    }
    return 0;
}

/* What the token [a, b) is; for a digit token its digits in *d and whether it is a tens word of
 * a two-word language in *tens. */
static int kind(const uint8_t *t, size_t a, size_t b, unsigned *d, int *tens)
{
    const uint8_t *w = t + a;
    size_t n = b - a;
    *tens = 0;
    if (is_digit(w[0])) {
        *d = (unsigned)n;
        return T_DIGIT;
    }
    if ((*d = nw_spoken51_digits(w, n)) != 0 || (*d = in_list(w, n, digits54, N(digits54))) != 0)
        return T_DIGIT;
    if (in_list(w, n, triple54, N(triple54))) {
        *d = 2;
        return T_DIGIT;
    }
    if (in_list(w, n, links, N(links)))
        return T_LINK;
    if (in_list(w, n, fillers, N(fillers)))
        return T_FILL;
    if (in_list(w, n, corrections, N(corrections)))
        return T_CORR;
    if (glued(w, n)) {
        *d = 2;
        return T_DIGIT;
    }
    if (n >= 3 && !ordinal(w, n) && nw_asr_number_word(t, a, b)) {
        *d = 2;
        *tens = in_list(w, n, tens2, N(tens2));
        return T_DIGIT;
    }
    return T_NONE;
}

/* The token that starts at b: its end (b when none). A token is a word or up to six digits. */
static size_t tok_end(const uint8_t *t, size_t len, size_t b)
{
    size_t e = b;
    if (b < len && is_digit(t[b])) {
        while (e < len && is_digit(t[e]) && e - b < 7)
            e++;
        return e - b > 6 || (e < len && word_char(t[e])) ? b : e;
    }
    while (e < len && word_char(t[e]) && e - b < 33)
        e++;
    return e - b > 32 || (e < len && is_digit(t[e])) ? b : e;
}

/* The token that ends at e: its start (e when none). */
static size_t tok_start(const uint8_t *t, size_t e)
{
    size_t a = e;
    if (e > 0 && is_digit(t[e - 1])) {
        while (a > 0 && is_digit(t[a - 1]) && e - a < 7)
            a--;
        return e - a > 6 || (a > 0 && word_char(t[a - 1])) ? e : a;
    }
    while (a > 0 && word_char(t[a - 1]) && e - a < 33)
        a--;
    return e - a > 32 || (a > 0 && is_digit(t[a - 1])) ? e : a;
}

static int zero(const uint8_t *w, size_t n)
{
    static const char *const zeros[] = {"zero",  "oh",    "null",  "nul",  "nula", "nulla",
                                        "nolla", "sıfır", "miden", "cero", "zéro", "noll"};
    return in_list(w, n, zeros, N(zeros));
}

/* A Turkish unit word after the space at w. */
static int turkish_unit(const uint8_t *t, size_t len, size_t w)
{
    static const char *const units[] = {"bir",  "iki",  "üç",    "dört", "beş",
                                        "altı", "yedi", "sekiz", "dokuz"};
    if (w + 1 >= len || t[w] != ' ')
        return 0;
    size_t e = tok_end(t, len, w + 1);
    return in_list(t + w + 1, e - w - 1, units, N(units));
}

unsigned nw_spoken54_run(const uint8_t *t, size_t len, size_t p, size_t *ap, size_t *ep,
                         unsigned *flags)
{
    unsigned d, x;
    int tens;
    size_t a = tok_start(t, p + 1), gap = 0;
    *flags = 0;
    if (a > p || kind(t, a, p + 1, &x, &tens) != T_DIGIT)
        return 0;
    /* back to the first digit token of the run: over digit tokens and up to three fillers */
    for (size_t s = a, n = 0; s >= 2 && t[s - 1] == ' ' && n < 40; n++) { /* bounded: linear */
        size_t w = tok_start(t, s - 1);
        if (w == s - 1)
            break;
        int k = kind(t, w, s - 1, &x, &tens);
        if (k == T_NONE || (k != T_DIGIT && ++gap > 3))
            break;
        if (k == T_DIGIT) {
            gap = 0;
            a = w;
        }
        s = w;
    }
    /* on from there, counting */
    size_t e = a, s = a;
    int after_tens = 0, corr = 0;
    unsigned words = 0; /* digit words, not digits: "3 396224 654950" is a code's groups */
    size_t longest = 0;
    d = 0;
    gap = 0;
    for (unsigned n = 0; s < len && n < 48; n++) { /* a phone is fewer words than that */
        size_t w = tok_end(t, len, s);
        if (w == s)
            break;
        int k = kind(t, s, w, &x, &tens);
        if (k == T_NONE && d && w - s == 2 && t[s] == 'o' && t[s + 1] == 'n' &&
            turkish_unit(t, len, w)) {
            k = T_DIGIT; /* Turkish "on" (ten) before its unit: "on iki" */
            x = 2;
            tens = 1;
        }
        if (k == T_NONE || (k != T_DIGIT && ++gap > 3))
            break;
        if (k == T_DIGIT) {
            if (after_tens && x == 1 && !is_digit(t[s]) && !zero(t + s, w - s))
                x = 0; /* "seventy four": the unit is in the pair */
            d += x;
            words += !is_digit(t[s]);
            longest = is_digit(t[s]) && w - s > longest ? w - s : longest;
            after_tens = tens;
            gap = 0;
            e = w;
            if (corr)
                *flags |= NW_SPOKEN54_CORRECTED;
        } else {
            corr |= k == T_CORR;
            if (k != T_LINK)
                after_tens = 0;
        }
        if (w + 1 >= len || t[w] != ' ')
            break;
        s = w + 1;
    }
    if (words < 3 && longest > 3)
        return 0; /* GTIN and ISBN groups ("978 59 508 2403 6"); a phone's are of up to three */
    /* "plus four four ...": the country code's word */
    if (a >= 2 && t[a - 1] == ' ') {
        size_t w = tok_start(t, a - 1);
        if (w < a - 1 && in_list(t + w, a - 1 - w, pluses, N(pluses))) {
            a = w;
            *flags |= NW_SPOKEN54_PLUS;
        }
    }
    *ap = a;
    *ep = e;
    return d;
}

size_t nw_spoken54_note_pair(const uint8_t *t, size_t len, size_t a, size_t b, size_t c, size_t e)
{
    unsigned x, fl;
    int tens;
    size_t ra, re;
    if (b + 1 != c || c >= e || e > len)
        return 0;
    if (kind(t, a, b, &x, &tens) != T_DIGIT || kind(t, c, e, &x, &tens) != T_DIGIT)
        return 0;
    nw_spoken51_note_at(len, b - 1);
    return nw_spoken54_run(t, len, b - 1, &ra, &re, &fl) ? re : 0;
}

/* Phone words of the languages names_spoken51.c's list lacks, and the words of "nummeret mitt
 * er", "mój numer to", "to noumero mou einai". */
static const char *const phone54[] = {
    "telefonnummer", "telefonnummeret", "mobilnummer", "mobilnummeret", "mobilnumret",
    "telefonnumret", "kännykkä",        "puhelin",     "puhelinnumero", "numeroni",
    "numaram",       "numaramız",       "telefonum",   "cep",           "számom",
    "telefonszámom", "mobilom",         "kinito",      "tilefono",      "telefonu",
    "mobilní",       "telefonní",       "mobilul",     "telefonul",     "móvil",
    "cellulare",     "portable",        "mobile",      "landline"};
static const char *const number54[] = {"nummeret", "numret",  "nummer",  "numer", "numero",
                                       "número",   "numărul", "noumero", "číslo", "numéro"};
static const char *const poss54[] = {"mitt", "min", "mit", "mój",  "mio",
                                     "meu",  "mou", "meu", "moje", "mon"};
static const char *const copula54[] = {"er", "är", "to",  "è",  "é",   "e",  "einai",
                                       "on", "je", "est", "es", "ist", "is", "c'est"};

int nw_spoken54_phone_before(const uint8_t *t, size_t w, size_t e)
{
    if (in_list(t + w, e - w, phone54, N(phone54)))
        return 1;
    if (!in_list(t + w, e - w, copula54, N(copula54)) || w < 2 || t[w - 1] != ' ')
        return 0;
    size_t v = tok_start(t, w - 1);
    if (v >= w - 1 || !in_list(t + v, w - 1 - v, poss54, N(poss54)) || v < 2 || t[v - 1] != ' ')
        return 0;
    size_t u = tok_start(t, v - 1);
    return u < v - 1 && in_list(t + u, v - 1 - u, number54, N(number54));
}

int nw_spoken54_in_phone(const uint8_t *t, size_t len, size_t a, size_t b)
{
    size_t ra, re;
    unsigned fl;
    if (b <= a)
        return 0;
    return nw_spoken54_run(t, len, b - 1, &ra, &re, &fl) >= 9 && ra <= a && re >= b;
}

/* Animals and boats a caller names ("my dog milo", "vår hund milo var jätteduktig", "our boat
 * sea breeze"): the name after them is no person's. */
static const char *const animals[] = {
    "dog",     "dogs",     "cat",    "puppy",    "kitten",   "pup",      "hamster",  "rabbit",
    "horse",   "pony",     "parrot", "budgie",   "tortoise", "boat",     "yacht",    "dinghy",
    "hund",    "hündin",   "katze",  "kater",    "welpe",    "pferd",    "boot",     "chien",
    "chienne", "chat",     "chatte", "chaton",   "chiot",    "lapin",    "cheval",   "bateau",
    "voilier", "hond",     "kat",    "poes",     "konijn",   "paard",    "bootje",   "perro",
    "perra",   "gato",     "gata",   "gatito",   "cachorro", "conejo",   "caballo",  "barco",
    "cane",    "gatto",    "gatta",  "coniglio", "cavallo",  "barca",    "cão",      "cadela",
    "coelho",  "cavalo",   "pies",   "piesek",   "kot",      "kotek",    "królik",   "koń",
    "łódka",   "łódź",     "jacht",  "katt",     "kanin",    "häst",     "båt",      "hest",
    "båd",     "hunden",   "katten", "båten",    "koira",    "koiramme", "koirani",  "kissa",
    "kissani", "kissamme", "vene",   "veneemme", "pes",      "kočka",    "kocour",   "králík",
    "kůň",     "loď",      "kutya",  "kutyám",   "macska",   "macskánk", "hajó",     "hajónk",
    "köpek",   "köpeğim",  "kedi",   "kedim",    "kedimiz",  "tekne",    "teknemiz", "câine",
    "câinele", "pisica",   "pisică", "skylos",   "skafos"};

/* Owners' words before the animal ("vår hund", "our dog", "mi perro"). */
static const char *const owners[] = {
    "my",    "our",   "vår",    "vårt", "min",   "mitt",  "vores", "mit",     "mein",
    "meine", "unser", "unsere", "mon",  "ma",    "notre", "mi",    "nuestro", "nuestra",
    "mio",   "mia",   "il",     "la",   "o",     "a",     "nosso", "nossa",   "meu",
    "minha", "mój",   "moja",   "nasz", "nasza", "náš",   "naše",  "moje",    "az",
    "onze",  "mijn",  "de",     "the",  "el",    "le"};

size_t nw_spoken54_animal_cut(const uint8_t *t, size_t a, size_t b)
{
    if (a >= 2 && t[a - 1] == ' ') { /* "my dog milo" */
        size_t w = tok_start(t, a - 1);
        if (w < a - 1 && in_list(t + w, a - 1 - w, animals, N(animals)))
            return a;
    }
    for (size_t i = a; i < b;) { /* "perro max", "vår hund milo"; "eryıl köpeğim bruno" */
        size_t e = i;
        while (e < b && word_char(t[e]))
            e++;
        if (e > i && in_list(t + i, e - i, animals, N(animals))) {
            while (i > a && !word_char(t[i - 1]))
                i--;
            size_t w = tok_start(t, i); /* "vår hund milo": no "vår" alone */
            return w == a && in_list(t + a, i - a, owners, N(owners)) ? a : i;
        }
        i = e + 1;
    }
    return b;
}

/* Birth words said after the date ("ich bin am elften mai 1940 geboren", "on üç mart ...
 * doğumluyum"). */
int nw_spoken54_post_birth(const char *f)
{
    static const char *const post[] = {"geboren",    "doğumluyum", "doğumlu",
                                       "doğumludur", "gennimeni",  "gennimenos"};
    return in_list((const uint8_t *)f, strlen(f), post, N(post));
}
